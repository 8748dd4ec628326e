"""Leak probe, eighth wave: fresh drafts written for this test (not taken from any set).

Another client named when the recipient's own client is unknown, in shapes the seventh
wave's third-party reading did not see (the classes read from heldout13-15's misses):

* the other client's matter told with a possessive, in a sentence of its own after the
  reader's matter ("We can't start your return before the 20th. The team is on X's tax
  enquiry until then.");
* the reader's matter after a courtesy ("Sorry for the wait -- your boxes cleared") and
  the other client's in the next paragraph;
* another client named in a forwarded message or a pasted chat of colleagues (a quoted
  block that is ours, not the reader's thread);
* a roster name with a parenthesis ("Pryce & Sons (Hill Top)") or a family firm's tail,
  written as people say it ("Pryce's at Hill Top"); a name's distinctive first word used
  as a name ("the Tregothnan lot", "Tregothnan's manager").

Hard negatives of the same shapes: the reader's own client named with a possessive in a
sentence that speaks to the reader ("X's order is confirmed and your invoice is
attached"), a client named in the reader's own quoted thread, the first word as an
ordinary place ("the Tregothnan estate road"), an anonymous "another customer".

First try (before the fix, 0d8e6b5), at default severities: positives 3/15 caught, hard
negatives 14/14 clean.  After: positives 15/15, hard negatives 14/14.
"""
from __future__ import annotations

import pytest

from helpers import findings
from replylint import Config
from replylint.findings import Severity

BLOCKING = {Severity.WARNING, Severity.ERROR}
ROSTER = ["Lindley Bakehouse", "Pryce & Sons (Hill Top)", "Tregothnan Plant Services", "Marsh Lane Surgery",
          "Quayle Print Works"]
TO = "office@example.co.uk"   # a role mailbox on a placeholder domain: the recipient's client is unknown


def leak_codes(text: str) -> list[str]:
    cfg = Config.from_dict({"clients": {c: {} for c in ROSTER}})
    return [f.code for f in findings(text, cfg, to=TO) if f.category == "leak" and f.severity in BLOCKING]


def draft(body: str, quoted: str = "") -> str:
    text = f"Hi Morgan,\n\n{body}\n\nBest wishes,\nSam\nNorthbank Advisory\n"
    return text + (f"\n{quoted}\n" if quoted else "")


POSITIVES = [
    draft("We can't get your VAT return filed before the 20th, I'm afraid.\n\nThe whole office is on Lindley Bakehouse's tax enquiry until the end of the month."),
    draft("Your printer lease can't be renewed this week. Most of our time has gone on Quayle Print Works' insolvency paperwork."),
    draft("Your survey is booked for Monday. The earlier slot went to Marsh Lane Surgery's flood claim, which has a hearing next week."),
    draft("Sorry for the delay -- your pallets left the depot this morning.\n\nThe hold-up was that Lindley Bakehouse's lorry was impounded at the port and blocked the bay."),
    draft("Apologies for the wait, your plans were approved on Friday.\n\nWe'd been stuck behind Tregothnan Plant Services' planning appeal, which went badly for them."),
    draft("Thanks for bearing with us: your invoices are all reconciled now.\n\nQuayle Print Works' accounts took longer because their bookkeeper left."),
    draft("Your stand is confirmed.",
          "> [pasted from the bookings chat]\n> Ana: give Lindley Bakehouse the corner pitch\n> Raj: fine, the Quayle Print Works lot cancelled anyway, they're going under"),
    draft("Your booking is confirmed for the 9th.",
          "---------- Forwarded message ---------\nFrom: Bookings\nSubject: week 49\n\nMove Marsh Lane Surgery to Thursday; Tregothnan Plant Services haven't paid since June."),
    draft("Your test results are clear.",
          "> Dev: Lindley Bakehouse next, then Marsh Lane Surgery\n> Kim: Marsh Lane Surgery failed again, third time this year"),
    draft("All 80 sheep passed, so you're free to sell.\n\nFor what it's worth, it is Pryce's at Hill Top that failed the test, so they're shut for 60 days."),
    draft("Your kitchen starts on the 3rd. The Tregothnan lot pulled out of their job, so our fitters are free early."),
    draft("Your new rota is attached. Tregothnan's finance manager has just resigned, so don't expect their invoices soon."),
    draft("Your deposit is in. Pryce & Sons are behind on their rent, so the unit next to you may come free."),
    draft("Your renewal went through. Pryce's are taking us to the small claims court over their last bill."),
    draft("Your parcel is on its way.\n\nP.S. Quayle Print Works' director has been arrested, so their orders are on hold."),
]

HARD_NEGATIVES = [
    draft("Lindley Bakehouse's order is confirmed for Tuesday, and your invoice is attached."),
    draft("Could you send Quayle Print Works' VAT number for the invoice? You'll find it on your last return."),
    draft("Marsh Lane Surgery's new booking page goes live on Monday; you'll get the login by text."),
    draft("Thanks for your email. I've updated Tregothnan Plant Services' delivery address as you asked."),
    draft("Your invoice is attached.",
          "On Mon, 1 Dec 2026, Jo Lee <jo@example.co.uk> wrote:\n> Hi Sam, can you resend Lindley Bakehouse's invoice for November?\n> Jo\n> Lindley Bakehouse"),
    draft("Your delivery will come along the Tregothnan estate road; the main gate is closed."),
    draft("Tregothnan is the name of the new Wi-Fi network, as you asked."),
    draft("Another customer had the same problem last week, and the fix worked for them."),
    draft("Sorry for the wait. Your boxes cleared customs this morning and will arrive on Thursday."),
    draft("Your survey is booked for Monday. The engineer's van broke down, so the earlier slot was lost."),
    draft("We can't file your return before the 20th. HMRC's system is down until the end of the month."),
    draft("Your stand is confirmed.", "> [pasted from the bookings chat]\n> Ana: corner pitch for this one\n> Raj: fine, the other pitch is taken"),
    draft("Thanks for your patience: your invoices are reconciled now. The bank's feed was late, which slowed it down."),
    draft("Hill Top is where the delivery should go, as you said on the phone."),
]


@pytest.mark.parametrize("text", POSITIVES)
def test_another_clients_matter_in_new_shapes_is_a_leak(text):
    assert leak_codes(text), text


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_the_readers_own_client_or_no_client_is_no_leak(text):
    assert leak_codes(text) == [], text


# What a unit costs our side from its source, told by the unit ("the blazers come in at
# £11.20 each from the factory"): first try 0/4, after 4/4; the client's own total and a
# price change by date stay clean.
def figure_blocks(body: str) -> list[str]:
    return [f.code for f in findings(f"Hi Jo,\n\n{body}\n\nBest,\nSam\n", Config(), to="jo@example.org")
            if f.code == "LEK021" and f.severity in BLOCKING]


@pytest.mark.parametrize("body", [
    "I've checked: the jackets come in at £14.50 each from the manufacturer, so £30 is fair.",
    "The mugs came in at $3.10 a unit from our supplier, so there's room at $8.",
    "Good news, the tiles come in at €9 a box from the importer, so we can hold your price.",
    "For what it's worth they're coming in at £2.20 each from the wholesaler this year.",
])
def test_a_unit_cost_from_our_source_is_an_internal_figure(body):
    assert figure_blocks(body) == ["LEK021"], body


@pytest.mark.parametrize("body", [
    "The new rates come in at £24 from January.",
    "Your order should come in at £240 from the factory, including delivery.",
    "The parcel came in at 2.4 kg from the warehouse scales.",
    "Your total comes in at £1,180 from the supplier we recommended.",
])
def test_the_clients_total_or_a_date_is_no_internal_figure(body):
    assert figure_blocks(body) == [], body
