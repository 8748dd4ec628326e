"""A seventh-wave probe of PRM008, the overpromise models (docs/models.md, "overpromise" and
"overpromise_broad"): fresh sentences of our own, written for this file before the models
were retrained, and in no corpus, labelled set or mail.

Positives: certainty about an outcome the writer does not control (results, rankings,
court and tribunal outcomes, approvals, deliveries, markets, weather, health, security),
in idioms ("in the bag", "safe as houses", "full stop"), terse chat, formal letters,
bullets, a P.S., and Nigerian, Singaporean, Indian, Australian and other Englishes.
Hard negatives of the same shapes: hedged, conditional, negated, asked, reported or past;
guarantees about the writer's own act, policy or product ("attached this time, promise",
"I promise I'll send it", warranty and refund terms, a "Guaranteed" QoS class, "full
stop" as punctuation); ordinary notices with "will", "every", "never".

First-try catch rate, measured on the sixth wave's models before any seventh-wave line
was written into a corpus (PRM008 alone, at declared severities):
  positives 31/49; negatives flagged 1/50
After retraining with the seventh wave's corpus lines (training/corpora/overpromise/
*-wave7*.txt, written apart from this file; none repeats a probe sentence):
  positives 35/49; negatives flagged 0/50

What PRM008 still misses is listed as a strict xfail with its reason, so a model that
reads one more must move it up.
"""
from __future__ import annotations

import pytest
from promise_probe import model_draft, prm008

from replylint import Config, lint_text


MISS = "scored below both models' thresholds"
FLAGGED = "a model over-scores the writer's own act or a hedged line"
POSITIVES = [
    # --- results / rankings
    ('body', 'Your daughter is getting into Westfield Grammar this September, mark my words.'),
    ('body', 'The new listing will be on the first page of Amazon by the end of the week, no question.'),
    ('body', 'Your appeal is a slam dunk; the tribunal will find in your favour.'),
    ('body', 'The judge will throw the case out on day one, you have nothing to worry about.'),
    pytest.param('body', 'That planning application sails through committee on the 9th, full stop.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('ps', "You're walking away from this audit with a clean bill, I'd put my house on it.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    # --- approvals / deliveries
    ('body', 'The bank will sign off your overdraft extension before payday, take it as read.'),
    ('body', 'Royal Mail will have the parcel on your doorstep by Saturday morning, rain or shine.'),
    ('body', 'The freight will clear customs in Felixstowe on Tuesday and be with you Wednesday, no ifs or buts.'),
    pytest.param('body', 'Your passport renewal comes back inside a fortnight, the passport office never drags its feet in spring.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'The embassy is a rubber stamp for applicants like you, so go ahead and book your flights.'),
    ('ps', 'Consider the loan approved; the underwriters will wave it through.'),
    # --- markets / money
    ('body', 'Bitcoin will be back above its high by Easter, so hold your nerve and buy more.'),
    ('body', "This flat will be worth double in five years, it's a no-brainer."),
    pytest.param('body', 'Rates are coming down in March, so lock nothing in now.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Your pension pot will comfortably beat inflation every single year.'),
    ('body', 'The tax office will refund the full overpayment this month, count on it.'),
    # --- weather / events
    ('ps', "The marquee won't be needed; the weekend is going to be glorious from start to finish."),
    ('body', 'The snow will have cleared from the pass by the time you drive up, trust me.'),
    pytest.param('body', 'There will be no queues at the gates on opening day.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', "The river won't burst its banks again this winter, the new barrier sees to that.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    # --- health
    ('body', 'Three injections and that shoulder of yours will be perfect again, guaranteed.'),
    pytest.param('body', 'Your dad will be home from hospital by the weekend, the doctors always move fast on this ward.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('ps', 'The rash will be gone in three days once you start the cream, promise.'),
    ('body', 'Your blood pressure will be back to normal within the month.'),
    # --- legal / security / tech
    ('body', 'The other side will settle before trial, they always fold.'),
    ('body', 'Your new firewall means nobody will ever get into that network again.'),
    ('body', 'The migration will run without a single minute of downtime for your customers.'),
    pytest.param('body', 'The patch from Microsoft lands on Tuesday and fixes it for good.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    # --- idioms and terse
    ('ps', "Visa's in the bag, start packing."),
    ('body', "Contract's a done deal, the other party's signing tomorrow."),
    pytest.param('body', "It's nailed on, the council pays out before Christmas.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'Bank on a sell-out crowd.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', "Don't even think about a plan B, the venue's sorted and the weather's sorted.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', "Safe as houses: the buyer's funds will be there on completion day."),
    ('ps', 'Zero chance the airline bumps you off that flight.'),
    ('body', 'Sorted - the landlord will give you the whole deposit back.'),
    # --- other Englishes / registers
    ('body', 'Sir, rest assured the customs people will release your container latest by Monday.'),
    pytest.param('body', 'No wahala, the buyer go pay complete before month end.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Confirm plus chop, the approval will come out this week itself.'),
    ('body', "Don't stress mate, the strata will approve the reno, no worries at all."),
    ('ps', 'The permit will be approved lah, you can start hiring already.'),
    ('body', 'Kindly be assured that the board will approve your promotion at the next sitting.'),
    pytest.param('body', 'We are pleased to inform you that your claim will be paid in full by the insurer upon receipt of this letter.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'Per our discussion, the regulator will grant the licence in Q2 and the launch proceeds as planned.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Your shipment is guaranteed to arrive before the holiday, whatever the port strike does.'),
    ('bullet', "Investor funding: confirmed for March, they won't pull out"),
    ('body', 'Your grant application is a certainty this round, the panel loves projects like yours.'),
    ('ps', 'Tell your guests the ferry runs on the day whatever the sea is doing.'),
]

HARD_NEGATIVES = [
    # --- hard negatives: hedged / conditional / negated / asked / reported / past
    ('body', 'Your daughter has a good chance at Westfield Grammar, though the admissions panel decides.'),
    ('body', 'If the listing gets enough reviews, it may reach the first page within a month or two.'),
    ('body', "I can't promise the tribunal will find in your favour, but the case is solid."),
    ('body', "The planning committee meets on the 9th; I'll let you know their decision the same day."),
    ('body', 'The bank expects to decide on your overdraft extension before payday.'),
    ('body', "Royal Mail's tracking says Saturday, but their estimates do slip."),
    ('body', 'Customs clearance usually takes two to three days at Felixstowe.'),
    ('body', 'Nobody can say where bitcoin goes next, so only invest what you could lose.'),
    ('body', 'Will the flat be worth more in five years? Hard to say; it depends on the market.'),
    ('body', "The forecast for the weekend looks good, but we've kept the marquee as a backup."),
    ('body', 'Did the doctors say when your dad might be home?'),
    ('body', 'Most patients feel better within a few weeks of the injections, though it varies.'),
    ('body', 'The airline told us the flight is not overbooked.'),
    ('body', 'Last year the council paid out before Christmas.'),
    ('body', "The buyer's solicitor says their funds should be ready on completion day."),
    ('body', 'Is the visa approved yet, or are we still waiting on the embassy?'),
    ('body', 'Unless the port strike goes ahead, the shipment should arrive before the holiday.'),
    ('body', "The regulator hasn't given us a date for the licence decision."),
    ('body', 'We hoped the ferry would run, but the sea was too rough on the day.'),
    ('body', 'Her blood pressure was back to normal within the month.'),
    # --- the writer's own act, policy or product
    ('body', "Here's the corrected invoice, attached this time, promise."),
    ('body', "I promise I'll send the signed copy first thing tomorrow."),
    ('body', "I'll call you at ten on Thursday, you have my word."),
    ('body', 'Every boiler we fit comes with a ten-year parts and labour warranty.'),
    ('body', "If you're not happy within 30 days, we refund you in full, no questions asked."),
    ('body', "Our price match promise: find it cheaper elsewhere and we'll match it."),
    ('body', 'We guarantee a reply to every support ticket within one working day.'),
    ('body', 'The Guaranteed QoS class reserves bandwidth for each pod in the cluster.'),
    ('body', 'Choose the guaranteed delivery option at checkout if the date matters.'),
    ('body', 'I will personally be on site at 7am to let the crew in.'),
    ('body', "We'll cover the cost of the replacement part, whatever the cause."),
    ('body', 'Your account manager will be in touch on Monday with the revised figures.'),
    ('body', 'Our team will have the report on your desk by Friday noon.'),
    ('body', 'Your nightly backups now go to the new storage account.'),
    ('body', 'The new portal goes live on Monday and your login details are below.'),
    ('body', 'Sorry, my mistake - the drawings are attached now.'),
    ('body', 'We stand behind our workmanship for five years after handover.'),
    ('body', "I'll make sure the courier has the right address this time."),
    ('body', 'Full stop after each bullet, please, so the list reads the same throughout.'),
    ('body', 'Guaranteed minimum pension is a part of some older workplace schemes.'),
    # --- everyday business mail with will / every / never
    ('body', 'The office will be closed on Monday for the bank holiday.'),
    ('body', 'Every invoice must now carry the purchase order number.'),
    ('body', 'We never share customer details with third parties.'),
    ('body', 'The meeting will start at 2pm in the main boardroom.'),
    ('body', 'All staff will need to complete the fire safety training by March.'),
    ('body', 'The training budget will be reviewed at the end of the quarter.'),
    ('body', "Your order number is 48213 and you'll find the tracking link below."),
    ('body', 'Thanks for your patience while we sorted this out.'),
    ('body', "Please confirm whether you'd like the blue or the grey finish."),
    ('body', 'The price will rise by 3% from April, in line with your contract.'),
]


@pytest.mark.parametrize("placement,sentence", POSITIVES)
def test_prm008_reads_a_promise_no_phrase_list_holds(placement, sentence):
    found = prm008(placement, sentence)
    assert len(found) == 1 and found[0].score >= 0.8


@pytest.mark.parametrize("placement,sentence", HARD_NEGATIVES)
def test_prm008_leaves_the_same_shapes_alone(placement, sentence):
    assert prm008(placement, sentence) == []


def test_a_denied_chance_is_certainty_not_a_hedge():
    # "chance" is a hedge of the lexicon; "zero chance ..." and "no chance of ..." deny it.
    assert prm008("body", "Zero chance the airline bumps you off that flight.")
    assert prm008("body", "There's a good chance the airline bumps you off that flight.") == []


def test_an_info_phrase_finding_does_not_hide_the_model_warning():
    # A phrase rule at info (PRM001 fell to info by the precision policy; here PRM005 set
    # to info by the user) does not turn PRM008's warning on the same sentence into a note.
    text = model_draft("body", "You'll have blue skies and sunshine over the lake for your photos, I promise you that.")
    quiet = lint_text(text, Config.from_dict({"severity": {"PRM005": "info"}}))
    codes = {(f.code, str(f.severity)) for f in quiet.findings if f.category == "overpromise"}
    assert ("PRM008", "warning") in codes and ("PRM005", "info") in codes
    # A phrase rule that warns on the sentence itself says more: the model's finding,
    # which would only repeat it, is dropped.
    loud = lint_text(text, Config.from_dict({"preview": True}))
    codes = {(f.code, str(f.severity)) for f in loud.findings if f.category == "overpromise"}
    assert ("PRM005", "warning") in codes and not any(c == "PRM008" for c, _ in codes)
