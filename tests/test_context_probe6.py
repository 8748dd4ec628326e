"""The context models on the sixth wave's probe: fresh sentences and short passages.

Read off heldout8/heldout9's empathy misses and false alarms as classes, then written
fresh for this file before the models were retrained (other words, registers, Englishes
and placements; none is copied from a labelled set or from real mail, and none is in a
training corpus, checked below):

* bad news for the reader told in passing, in a list, as a formal decision, as a result
  or reading, as a price rise or charge, in other Englishes; and same-shape news that is
  good, resolved, supposed, requested, someone else's, or an explanation;
* a client's complaint in plain facts, a plea or a short demand; and colleagues' notes
  about a customer (also in Pidgin), a client's own mishap, questions and praise;
* an acknowledgement in plain words; and neutral "appreciate", "understand", "note",
  sorry for the writer's own slip.

(Two positives and three hard negatives of the first try were dropped: older corpus lines
already held them; the counts below leave them out.)
``FIRST_TRY`` is what the models shipped before the retraining read (positives at or above
the bar, hard negatives at or above it); ``MEASURED`` what the retrained models read.  A
model that reads fewer positives, or any hard negative, fails.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from replylint import Config, lint_text
from replylint.findings import Severity
from replylint.models import available, scores_of
from replylint.pipeline import build_language
from replylint.rules import _empathy_model  # noqa: F401 - registers the options read below
from replylint.rules import get_rule, option_default

ROOT = Path(__file__).resolve().parents[1]
NAMES = ("bad_news", "complaint", "acknowledgement")
pytestmark = pytest.mark.skipif(
    not set(NAMES) <= set(available()), reason="the empathy models are not shipped in this build"
)

# The bar a sentence must reach to count: each model's threshold (for bad news 0.9, also
# the veto a lexicon cue must pass, so the first try was measured at the same bar).
BAR = {"bad_news": "bad-news-model-threshold", "complaint": "complaint-model-threshold",
       "acknowledgement": "acknowledgement-model-threshold"}

PROBE = {
    "bad_news": (
        [
            "On the catering side, the florist has dropped out, so there won't be flowers on the tables.",
            "- Sunday's boat trip: called off by the operator.",
            'The committee was unable to support your request for an extension.',
            'Your standing charge rises to 62p a day from 1 April.',
            "We've had to call off Thursday's tasting evening.",
            'We will no longer be able to look after your account after March.',
            'Your card has been frozen while we look into some unusual activity.',
            'The primary database failed over at 02:14 and your orders were rejected for 47 minutes.',
            'Pallet 3 of your order is missing at the depot.',
            'Your loan file has been kept on hold, kindly note.',
            'Your goods could not be cleared this week as customs have seized the container.',
            'Your booking po did not push through because the payment bounced.',
            'Application withdrawn: supporting documents not received.',
            'The surveyor has valued the flat at £20,000 below the price you agreed.',
            "Your son's place in the squad has been given to another player.",
            'Your complimentary room upgrade has been withdrawn.',
            "We've found more asbestos under the stairs, which adds three weeks and about £4,000 to your job.",
            'Our quote for your roof has gone up by 15% because slate prices have risen.',
            "The lab says your sample was contaminated, so you'll need to give another one.",
            'Your loyalty points expired at the end of last month.',
            "We won't be renewing the maintenance contract for your building.",
            "Your session with Dr Ahmed on the 9th can't go ahead and the next free slot is in July.",
            'Your pension transfer has stalled because the old provider has lost your paperwork.',
            'The venue has double-booked the hall, so your party will have to move to the smaller room.',
            'Your student visa extension was not granted.',
            'Your mortgage offer has expired and the new rate is higher.',
            'We were unable to recover the photos from the damaged drive.',
            "Your parcel was delivered to the wrong address and the courier can't get it back.",
            'From next month, delivery to your postcode will cost £6 instead of being free.',
            "The backup for your practice hasn't run since 3 October.",
            "The band you booked has split up and won't be playing at your wedding.",
            'We can only refund half of the deposit under the terms you signed.',
            "Your team's training day is off, as the trainer has broken her leg.",
            'Your grant payment will be three months late this year.',
            'Your new boiler failed its first service and needs a replacement valve.',
            "Heads-up: your go-live slips to the 30th, the vendor hasn't delivered the API keys.",
            "We've decided to close the Leeds branch, so your appointments will move to Bradford.",
            'Your tickets for the 14th are void as the show has been cancelled.',
            'Sadly the stone you picked for the worktop is discontinued.',
            "Your claim for the stolen bike has been turned down as the lock wasn't an approved type.",
        ],
        [
            'The settlement for your flood claim has been paid into your account today.',
            '- Invoices now sync to your ledger every hour instead of once a day.',
            "Can't wait to see you all there, it'll be brilliant!",
            'The check fails because the certificate chain is missing the intermediate, and adding it fixes the error.',
            'The columnist argues the regulator made the wrong call on energy prices.',
            'Priya is leaving us at the end of the month to set up her own practice.',
            'The outage last night was fixed before any of your orders were affected.',
            "If the ferry is cancelled, we'll rebook you on the next sailing at no cost.",
            'None of your files were touched by the fault.',
            "As you asked, we've cancelled the Friday collection.",
            'Your rent stays at £950 for another year.',
            "Send the claim form with your receipts and we'll process it within ten days.",
            'The month-end report appears once the month has closed, usually on the 2nd.',
            'Your claim has been closed because it was paid in full.',
            'The old card has been cancelled and your new one is on its way.',
            'The valuation came in £10,000 above the asking price.',
            'Your place on the September course is confirmed.',
            'Unlike last year, there will be no price rise at renewal.',
            'Your goods have been cleared by customs and will be delivered tomorrow, kindly note.',
            '- The reminder texts now go out from your own sender name.',
            'The new app loads in under a second and lets your staff mark dishes as sold out.',
            'Our engineers fixed the leak and dried out the ceiling on Tuesday.',
            'The storm damage to the barn roof is fully covered, and the payment is on its way.',
            'Since the upgrade, your pages load twice as fast.',
            'Your deposit has been refunded in full.',
            'The delay at the port has cleared and your container is on the truck.',
            "We're thrilled to tell you the planning application was approved.",
            'Last quarter the market fell 8%, the report says, mostly in tech shares.',
            'Rates across the sector went up this year, according to the trade press.',
            'The MTTR for the quarter was 38 minutes against a target of an hour.',
            'Traffic was routed through the backup link during the test window, as planned.',
            'Your account has been upgraded to the business plan at the same price.',
            'Nothing has changed with your delivery, it still arrives on Friday.',
            'The late fee has been waived.',
            'Your flight is on time and the gate opens at 9:40.',
            'The team closed the ticket after your confirmation that the printer works.',
            "The doctor's surgery will be closed on bank holiday Monday, as every year.",
            'We will stop sending paper statements, as you requested.',
            'Our office moves to Canal Street on the 3rd; your account manager stays the same.',
        ],
    ),
    "complaint": (
        [
            'Nobody from your shop has rung me back.',
            'Half the tiles arrived cracked.',
            'I want to know why I was charged a cancellation fee.',
            'We had forty guests and no heating.',
            'Three of the twelve chairs wobble already.',
            'My daughter sat in the school office for an hour because your bus never came.',
            "I'd like an explanation.",
            'This is simply not good enough.',
            'Your driver left the parcel out in the rain.',
            "We lost a full day's trading.",
            "I've been in tears over this.",
            "Please don't cancel our booking, we have nowhere else to go.",
            'Sort it out.',
            "We've been without hot water since Tuesday.",
            'Una don collect my money since and I never see the goods.',
            'Kindly note this is the fourth reminder and still no action from your end.',
            'What is going on?',
            'Nobody said sorry.',
            'We were sent home without our car and no courtesy vehicle.',
            'Out of 40 plants, 15 came in dead.',
            'Most of the stock is ruined.',
            'The technician turned up without the part, again.',
            'I feel completely let down.',
            'My mother was left on a trolley for six hours.',
            'Hindi pa rin dumating ang order ko, two weeks na po.',
            'You have taken payment twice and I cannot pay my rent.',
            "That's the second weekend ruined.",
            'I trusted you with this and look what happened.',
            'Still no refund.',
        ],
        [
            "He's rung four times today, can someone else take the next call?",
            'Customer keeps chasing, leave it till Monday.',
            'This customer don call again, abeg help me answer am.',
            'The tiles arrived this morning, all fine.',
            'What time will the driver come on Thursday?',
            'My salary came in late this month, which is why the rent was short.',
            "Since we turned on two-factor login, two users can't get in; is there a setting we missed?",
            'Thanks for sorting the invoice so quickly.',
            'Could you send me the report for October?',
            'My son starts in September, what uniform does he need?',
            'Please can you move the delivery to Friday?',
            "We have forty guests coming, so we'll need two more tables.",
            'The heating engineer is coming on Tuesday to service the boiler.',
            'Is it possible to pay the deposit in two parts?',
            "We'd like to add another user to the account.",
            "Our accountant asked for a copy of last year's statements.",
            'Hope you had a good weekend!',
            'The shipment left our warehouse this morning.',
            "I'm away from the 3rd so please send it before then.",
            'Just checking the booking is still for six people.',
            'Tell am say the truck go reach tomorrow.',
            'Kindly share the revised quotation at your earliest.',
            'Loving the new menu, the team are chuffed.',
            'My colleague Dan will pick up the keys.',
            'We spoke last week about the kitchen, here are the measurements.',
            'The board approved the budget, so we can go ahead.',
            'Can you confirm the delivery address is the warehouse, not the shop?',
            'Salamat po sa mabilis na reply!',
            'The old supplier let us down, which is why we came to you.',
            "Our last caterer was awful, so we're really glad to have found you.",
        ],
    ),
    "acknowledgement": (
        [
            'I know this wait has been really stressful for you.',
            'That must have been awful to come home to.',
            'We let you down on this one.',
            "I completely get why you're annoyed.",
            'Sorry to hear about the trouble with the bank.',
            "That's on us, and I'm sorry.",
            "I can see how much this trip meant to Zara, and I'm sorry we can't hold the place.",
            'I appreciate how worrying it is not to be able to get at your wages.',
            'Please accept our apologies for the lost files.',
            'We should have told you about the price change much sooner.',
            "I'm gutted for you, honestly.",
            "We're very sorry the chicks didn't survive the journey.",
            'What happened on Saturday night should never have happened.',
            'I understand what a blow this is after all your work on the application.',
            'Sorry po talaga for the hassle.',
            "We hear you, and you're right to be upset.",
            "It's a rotten thing to happen the week before your wedding.",
            "I recognise the outage cost you a busy Saturday's takings.",
            'Our sincere apologies for the distress this has caused.',
        ],
        [
            'I appreciate your quick reply.',
            "I understand you're away next week.",
            'Sorry, I meant Tuesday, not Thursday.',
            "Please find the surveyor's report attached.",
            'We note your comments about the check-in desk.',
            'Since the booking rules were followed, there is nothing more to pay out.',
            'I hear the weather in Cork is glorious this week.',
            'Sorry to bother you again about the signature.',
            'We recognise revenue when the goods are shipped.',
            'Apologies in advance for the long email.',
            'The airline said sorry to passengers in a statement.',
            'Unfortunately the 4pm slot has gone, but 5pm is free.',
            'I understand the invoice has now been paid.',
            'Thanks for letting us know about the change of address.',
            'Sorry for the slow reply, I was off sick.',
            'Hope that helps!',
            'We take data security seriously.',
            'Please be informed that the office closes at 4pm on Friday.',
        ],
    ),
}


NEWS = [
    ('Hi Tamsin,',
     "Quick update on the shop fit. The shelving went in yesterday and looks smart. The chiller cabinet, though, has been damaged in transit and the maker can't send another until mid-May, so the deli counter won't open with the rest of the shop."),
    ('Dear Mr Varga,',
     'The scholarship panel met last week and reviewed forty applications. Your application was not among those selected for funding this year. Feedback is available on request from the office.'),
    ('Hello Jo,',
     "Here's where we are with the trip:\n- Flights: booked\n- Hotel: confirmed\n- Whale-watching boat: cancelled by the operator, no replacement found\n- Transfers: booked"),
    ('Dear Ms Oyelaran,',
     'We have completed our review of your account. From 1 March the facility will be withdrawn and any balance must be repaid within 30 days. Please contact the branch to arrange repayment.'),
    ('Hi Bogdan,',
     'The lab has finished testing the water samples from your well. The nitrate level is above the safe limit, so the water should not be used for drinking until a filter is fitted. The report is attached.'),
    ('Dear Parent,',
     'Further to your enquiry, Maya did not meet the entry standard in the music audition and cannot join the junior orchestra this term. She may audition again in September.'),
    ('Hi Kemi,',
     'Your container reached Tema on Monday but customs flagged the paperwork. It is now held for inspection and release will take at least ten more days. Storage charges from day four are payable by the consignee.'),
    ('Good morning Mr Ramos,',
     'This is to advise that the unit you reserved at Harbour View has been allocated to another buyer, as the reservation fee was not received by the deadline. Other units remain available.'),
    ('Hi Lena,',
     'The accounts are nearly done. One thing: HMRC has rejected the late-filing appeal, so the £300 penalty stands and needs paying by the 31st. Everything else is on track.'),
    ('Hey Marcus,',
     'Great news on the new site, the designs look fab. Bit of a spanner though: the payment provider has closed our merchant account for your shop, so online checkout will be off until we find a new one.'),
    ('Dear Mrs Kaur,',
     'We write regarding your claim for the lost jewellery. Under section 5 of your policy, items over £1,500 must be listed individually. As the ring was not listed, the claim cannot be paid.'),
    ('Hi Dev,',
     'The cloud bill for March came in at $14,200, about double the usual, because the test cluster was left running over the holidays. That amount will be charged to your card on Friday.'),
    ('Hello Sione,',
     'Your flight to Auckland on the 12th no longer operates. The airline has moved you to the 14th, arriving two days later. The new e-ticket is attached.'),
    ('Dear Mr Haddad,',
     'The annual service of your lift found corrosion in the main cable. The lift has been taken out of service and will stay closed until the cable is replaced, which takes about three weeks.'),
    ('Hi Ruth,',
     "The vet rang with the results. Biscuit's bloods show kidney disease, and it is not something that can be cured. The vet would like to see you both on Thursday to talk about what comes next."),
    ('Dear Sir,',
     'Your request to defer the second-year fees has been considered by the finance committee and has not been approved. The full balance remains due on 1 October.'),
    ('Hi team at Copper Kettle,',
     'The health inspection on Tuesday gave the kitchen a rating of 2. The inspector listed the fridge temperatures and the missing cleaning log. The rating will be published online next week.'),
    ('Hi Priyanka,',
     'Our payroll provider failed to send the pension contributions for the last two months. They are being paid now, but the pension fund will not backdate any growth you missed.'),
]

ROUTINE = [
    ('Hi Tamsin,',
     'Quick update on the shop fit. The shelving went in yesterday and looks smart. The chiller cabinet arrives on Thursday, so the deli counter will open with the rest of the shop.'),
    ('Dear Mr Varga,',
     "The scholarship panel met last week and reviewed forty applications. I'm delighted to say your application was selected for funding this year. The award letter is attached."),
    ('Hello Jo,',
     "Here's where we are with the trip:\n- Flights: booked\n- Hotel: confirmed\n- Whale-watching boat: booked for the Tuesday\n- Transfers: booked"),
    ('Dear Ms Oyelaran,',
     'We have completed our annual review of your account. The facility continues on the same terms, and no action is needed from you.'),
    ('Hi Bogdan,',
     'The lab has finished testing the water samples from your well. Everything is well within the safe limits, so there is nothing you need to do. The report is attached.'),
    ('Dear Parent,',
     'Further to your enquiry, the junior orchestra auditions are on 14 September in the music block. Maya is welcome to come along with her own instrument.'),
    ('Hi Kemi,',
     'Your container reached Tema on Monday and cleared customs the same day. It will be on the truck to your warehouse tomorrow morning.'),
    ('Good morning Mr Ramos,',
     'This is to confirm that the unit you reserved at Harbour View is held for you until the 30th. The reservation receipt is attached.'),
    ('Hi Lena,',
     'The accounts are nearly done. One thing: HMRC has accepted the late-filing appeal, so the £300 penalty is cancelled. Everything else is on track.'),
    ('Hey Marcus,',
     'Great news on the new site, the designs look fab. The payment provider has approved the merchant account, so online checkout can go live on Monday.'),
    ('Dear Mrs Kaur,',
     'We write regarding your claim for the lost jewellery. The ring was listed on your policy, so the claim has been accepted and payment will reach you within five working days.'),
    ('Hi Dev,',
     'The cloud bill for March came in at $6,900, a little under the usual, since we switched off the test cluster over the holidays. The invoice is attached.'),
    ('Hello Sione,',
     'Your flight to Auckland on the 12th is confirmed and seats 14A and 14B are reserved for you. The e-ticket is attached.'),
    ('Dear Mr Haddad,',
     'The annual service of your lift is complete and everything passed. The next service is due in twelve months, and the certificate is attached.'),
    ('Hi Ruth,',
     "The vet rang with the results. Biscuit's bloods are all normal, so the tummy upset was probably something she ate. No need to bring her back unless it returns."),
    ('Dear Sir,',
     'Your request to pay the second-year fees in three instalments has been approved. The schedule is attached, with the first payment due on 1 October.'),
    ('Hi team at Copper Kettle,',
     'The health inspection on Tuesday gave the kitchen a rating of 5. The inspector praised the fridge records and the cleaning log. The rating will be published online next week.'),
    ('Hi Priyanka,',
     'Your pension contributions for the last two months have gone through to the fund as normal. Your annual statement will follow in May.'),
]


# (positives read, hard negatives read) at the bar
FIRST_TRY = {"bad_news": (15, 0), "complaint": (17, 1), "acknowledgement": (15, 0)}
MEASURED = {"bad_news": (12, 0), "complaint": (20, 0), "acknowledgement": (14, 0)}
# Passages (news caught, routine drafts blocked) at default settings; the first try is the
# previous models with the bad-news model's own findings off (its default then); with them
# on at 0.9 the previous models caught 7 and blocked none.
PASSAGES_FIRST_TRY = (3, 0)
PASSAGES_MEASURED = (7, 0)


@pytest.fixture(scope="module")
def nlp():
    return build_language(None)


def score(nlp, label: str, text: str) -> float:
    return max(s for _, _, s in scores_of(nlp(text), label))


@pytest.mark.parametrize("label", NAMES)
def test_hard_negatives_stay_below_the_bar(nlp, label):
    bar = option_default(BAR[label])
    high = [(t, round(score(nlp, label, t), 3)) for t in PROBE[label][1]]
    assert [(t, s) for t, s in high if s >= bar] == []


@pytest.mark.parametrize("label", NAMES)
def test_positives_read_at_least_as_measured(nlp, label):
    bar = option_default(BAR[label])
    read = sum(score(nlp, label, t) >= bar for t in PROBE[label][0])
    assert read >= MEASURED[label][0]


def blocking(greeting: str, body: str) -> list[str]:
    text = f"{greeting}\n\n{body}\n\nRegards,\nSam"
    found = lint_text(text, Config(select=["empathy"], preview=True)).findings
    return [f.code for f in found if f.severity >= Severity.WARNING and get_rule(f.code).earned]


@pytest.mark.parametrize("greeting, body", ROUTINE)
def test_routine_passages_do_not_block(greeting, body):
    assert blocking(greeting, body) == []


def test_news_passages_block_at_least_as_measured():
    caught = [bool(blocking(g, b)) for g, b in NEWS]
    assert sum(caught) >= PASSAGES_MEASURED[0]


@pytest.mark.skipif(not (ROOT / "training" / "corpus.py").is_file(), reason="needs the source tree")
@pytest.mark.parametrize("label", NAMES)
def test_probe_is_in_no_training_corpus(label):
    sys.path.insert(0, str(ROOT / "training"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "training"))
    seen = {" ".join(text.lower().split()) for text, _ in corpus.examples(label, ROOT)[0]}
    probe = [t for pos, neg in PROBE.values() for t in pos + neg] + [b for _, b in NEWS + ROUTINE]
    assert [t for t in probe if " ".join(t.lower().split()) in seen] == []
