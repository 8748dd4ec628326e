"""A seventh-wave probe of the overpromise rules: fresh sentences of our own (written for
this file, not taken from any labelled set), one batch per class.

* ``OWN``: a guarantee word about what the writer controls (their own workmanship
  warranty, their own booking or refund terms, "I promise" about their own act or
  attachment, "Guaranteed" as a Kubernetes QoS class) against the same words about an
  outcome others control (a council, a supplier, a buyer, the weather, the market, the
  client's results).  The class of PRM001's blind false alarms on heldout10 and heldout12;
  read by ``_overpromise_scan/control.py``.  A negative raises no overpromise finding even
  at declared severities (PRM001 is info by default, so its precision is measured
  there); a positive raises one at declared severities.
* ``NOQ``: "no questions (asked)" closing the writer's own refund, exchange or
  cancellation offer is a policy, not certainty (PRM006's clean false alarm on
  heldout12); "no question" closing someone else's outcome still is.

Each sentence is one test, so the pass rate is the probe's figure.  First-try rates,
measured before the fixes of this wave: OWN negatives 6/24 quiet at declared severities
(17 PRM001, 1 PRM002), positives 23/24 caught at declared severities (18/24 blocking at
default); NOQ negatives 8/20 quiet (PRM006 and PRM002 on the closing "no questions", one
PRM008), positives 20/20 caught.
"""
from __future__ import annotations

import pytest
from helpers import findings
from promise_probe import copied, labelled_runs, wrap

from replylint import Config
from replylint.findings import Severity

# Declared severities: PRM001 at warning, as its precision is measured.
DECLARED = Config.from_dict({"preview": True})


def declared(body: str) -> list[str]:
    """The overpromise codes at warning or above, at declared severities."""
    return [f.code for f in findings(wrap(body), DECLARED)
            if f.category == "overpromise" and f.severity >= Severity.WARNING]


OWN_NEGATIVES = [
    "We guarantee all our labour for twelve months, so if a joint we soldered fails, we'll come back and redo it at no cost.",
    'Our workmanship is guaranteed for five years from the date the job is signed off.',
    'I guarantee every weld my lads make on site - if one cracks inside the year, we replace it for free.',
    "We guarantee you a table by the window on the night; it's written on the booking.",
    'Cancel up to 48 hours before and we guarantee you a full refund of the deposit.',
    'Unused tickets are refundable, guaranteed, right up to the day before the show.',
    'Sorry about that - I promise the right version is attached this time.',
    "Here's the signed contract, properly attached now, I promise!",
    'I promise to go through your notes before our call.',
    'Set the CPU request equal to the limit and the scheduler treats the pod as Guaranteed.',
    'Pods whose requests match their limits land in the Guaranteed QoS class, so they are the last to be evicted.',
    'We guarantee our technician will wear shoe covers and tidy up before leaving.',
    'Every repair we carry out is guaranteed: if the same fault comes back within 90 days, the labour is on us.',
    "I promise we'll keep your details private.",
    'We guarantee not to pass your email address on to anyone.',
    "The cake is guaranteed nut-free - our bakery doesn't handle nuts at all.",
    'We guarantee you a parking space in our own car park for the whole stay.',
    "If you're not happy with the clean, we guarantee to come back and redo it free of charge.",
    'Each frame is hand-finished in our own workshop, and we guarantee the joinery for ten years.',
    "I promise I'll bring the sample boards along to the meeting.",
    "I promise this is the last form I'll ask you to fill in.",
    "Your seat on the course is guaranteed - I've reserved it in your name.",
    "We guarantee the decorating for two years; any cracking or peeling in that time and we'll touch it up.",
    'Honestly, the attachment is there this time, I promise.',
]

OWN_POSITIVES = [
    'We guarantee the council will sign off the extension.',
    'I promise the parts will arrive from Germany in time for the install.',
    'The new coating is guaranteed to survive whatever weather this winter throws at it.',
    'I guarantee your house will sell within a month.',
    "We guarantee you'll be on the first page of Google.",
    'I promise the judge will see it our way.',
    'Your visa is guaranteed - the embassy always says yes to files like yours.',
    'I guarantee the shares will be worth double by next spring.',
    'We guarantee your luggage will make the connection with you.',
    'I promise the airline will refund every penny.',
    'The plan is guaranteed to take ten kilos off you.',
    "I can promise you the buyer won't pull out.",
    "Book the party for the garden - I guarantee it won't rain.",
    'I guarantee the bank will lend you the full amount.',
    "You're guaranteed to pass the inspection next week.",
    'I promise the market will recover before you need the money.',
    'Your new website is guaranteed to double your enquiries.',
    'We guarantee the landlord will hand back your whole deposit.',
    'Our campaign guarantees you 500 new followers by Christmas.',
    "I guarantee the supplier will honour last year's price.",
    'I promise the tribunal will award you compensation.',
    'The treatment is guaranteed to clear your skin for good.',
    'We guarantee the regulator will approve the licence this time.',
    'I promise your son will get into the grammar school.',
]

NOQ_NEGATIVES = [
    "If it doesn't fit, send it back within 30 days and we'll refund you, no questions asked.",
    "Change your mind and I'll cancel the order, no questions.",
    "Any problem with the frame, bring it back and we'll swap it, no questions asked.",
    'You can return the unused tiles for a full refund - no questions.',
    "We'll take the sofa back and refund the lot, no questions, if it isn't right for the room.",
    "If you'd prefer to pull out, I'll give you your deposit back straight away, no questions asked.",
    'Happy to cancel the booking for you - no questions, no fees.',
    "We'll exchange it for another size, no questions asked, any time this month.",
    "If you're not happy after the first lesson, we'll refund the course fee, no questions.",
    "Bring it in and we'll replace it on the spot, no questions asked.",
    "I'll credit the full amount back to your card today, no questions.",
    "No questions asked: if the plants die within a year, we'll replace them.",
    'Cancel anytime before the 1st and we refund everything, no questions.',
    "We'll take the old boiler away for you free of charge, no questions asked.",
    "If the print isn't what you pictured, we'll redo it, no questions.",
    "Just send the headphones back in the box and I'll sort the refund, no questions.",
    "We'll waive our own late fee this once, no questions.",
    'Return the dress within 14 days for a full refund, no questions asked.',
    "If the trial doesn't suit your team, we'll cancel the subscription - no questions.",
    "Any faulty bulbs, let us know and we'll send replacements, no questions.",
]

NOQ_POSITIVES = [
    'The courier will have it with you on Thursday, no question.',
    'The council will approve the extension, no question.',
    'Your visa will be granted, no question about it.',
    'The buyer will accept your offer, no question.',
    'It will sell above asking, no question.',
    'The weather will hold for the wedding, no question.',
    'The tribunal will find in your favour, no question.',
    'The parts will arrive before the weekend - no question.',
    'Your rankings will jump in a month, no question.',
    'The insurer will pay the full amount, no question.',
    'The shipment clears customs tomorrow, no question.',
    'The airline will upgrade you, no question.',
    'No question, the bank will approve the loan.',
    'The market will bounce back by spring, no question.',
    'The landlord will return your full deposit, no question.',
    'Your share price will double this year, no question.',
    'The planning officer will sign it off next week, no question.',
    "She'll get into Cambridge, no question.",
    'The new firewall will stop every attack, no question.',
    'The hotel will hold the room past midnight, no question.',
]

# Known misses, kept visible (strict xfail: a fix makes them pass and must remove them).
KNOWN = {
    # a product's own attribute ("nut-free") is read as an outcome: the reader takes only
    # warranties, bookings and acts as the writer's
    "The cake is guaranteed nut-free - our bakery doesn't handle nuts at all.",
    # "this is the last form": a present clause whose only future is the writer's own
    "I promise this is the last form I'll ask you to fill in.",
    # "Our campaign guarantees ..." is read as a named policy (PRM007, info)
    "Our campaign guarantees you 500 new followers by Christmas.",
    # the model (PRM008) reads the writer's own exchange offer as a promise
    "We'll exchange it for another size, no questions asked, any time this month.",
}


def _cases(sentences):
    return [pytest.param(s, marks=pytest.mark.xfail(strict=True, reason="not read yet")) if s in KNOWN else s
            for s in sentences]


@pytest.mark.parametrize("body", _cases(OWN_NEGATIVES))
def test_guarantees_the_writer_controls_are_not_overpromises(body):
    assert not declared(body), (body, declared(body))


@pytest.mark.parametrize("body", _cases(OWN_POSITIVES))
def test_guarantees_of_what_others_control_are_flagged(body):
    assert declared(body), body


@pytest.mark.parametrize("body", _cases(NOQ_NEGATIVES))
def test_no_questions_asked_offer_is_not_certainty(body):
    assert not declared(body), (body, declared(body))


@pytest.mark.parametrize("body", _cases(NOQ_POSITIVES))
def test_no_question_after_an_outcome_is_certainty(body):
    assert declared(body), body


def test_probe7_batches_are_big_enough_and_fresh():
    batches = [OWN_NEGATIVES, OWN_POSITIVES, NOQ_NEGATIVES, NOQ_POSITIVES]
    every = [s for b in batches for s in b]
    assert len(set(every)) == len(every)
    assert all(len(b) >= 20 for b in batches)
    assert KNOWN <= set(every)
    if not labelled_runs():
        pytest.skip("no labelled sets beside the repo")
    assert not copied(every)
