"""An eighth-wave probe of PRM008, the overpromise models (docs/models.md, "overpromise" and
"overpromise_broad"): fresh sentences of our own, written for this file before the models
were retrained, and in no corpus, labelled set or mail.

Positives: certainty about an outcome the writer does not control, told as settled:
weather and sea, courts, tribunals, ombudsmen, examiners, valuers and lenders, markets,
bare present tenses ("the buyers' offer comes through on Monday"), certainty argued from a
track record ("it never rains in Seville in June"), advice that rests on the outcome
("skip the extended warranty, that compressor will outlast the fridge"), idioms ("bet
your bottom dollar", "take that to the bank", "sure as night follows day"), bullets, a
P.S., and Nigerian, Australian, Scottish, Irish, Singaporean, Indian, Kenyan and American
English.  Hard negatives of the same shapes: hedged, conditional, negated, asked,
reported or past; the third party has already acted ("the landlord returned the full
bond"); the writer's own act, policy or product ("I'll put the quote in writing");
explanations of terms ("FCA means ... the risk is yours from then on"); the writer's own
bad news with a revised date and a gesture; logistics notes full of shorthand; notices.

First-try catch rate, measured on the seventh wave's models before any eighth-wave line
was written into a corpus (PRM008 alone, at declared severities):
  positives 38/60; negatives flagged 0/60
  (any overpromise code at declared severities: positives 44/60, negatives 2/60)

What PRM008 still misses (or still flags) is a strict xfail with its reason, so a model
that reads one more must move it up.
"""
from __future__ import annotations

import pytest
from promise_probe import copied, prm008

MISS = "scored below both models' thresholds (or read as hedged by the rule)"
FLAGGED = "a model over-scores this hedged, reported or own-act line"

POSITIVES = [
    pytest.param('body', 'The forecast is irrelevant, the sun comes out for every wedding we do on that terrace.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', "You won't need the gazebo, it never rains in Seville in June."),
    pytest.param('ps', 'Forget the umbrellas, Saturday will be dry from dawn to dusk.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', "The snow won't settle on the route, so the coach will get your guests there on time."),
    ('body', 'Their insurers will fold before it ever gets to a hearing and pay the lot.'),
    pytest.param('body', 'No judge in the land would rule against you on these facts.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', "The ombudsman will side with you, it's as clear a case as I've seen."),
    ('body', "The examiners will pass her, she's a natural behind the wheel."),
    ('body', "The lender's surveyor values it at the agreed price, he always does on that estate."),
    pytest.param('body', "The tribunal finds for you and awards the full twelve months' pay, end of.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'The committee always approves extensions like this, so your planning consent is safe.'),
    ('body', 'That airline has never once cancelled the early flight, so you will make your connection.'),
    ('body', 'The crossing goes ahead whatever the wind does, those boats are built for it.'),
    pytest.param('body', 'Your train will not be delayed, the line was upgraded last year.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Copper will be 30% higher by Christmas, put the order in now.'),
    ('body', "House prices in that postcode only go one way, you'll be sitting on a fortune."),
    pytest.param('body', "Buy the shares this week, they're doubling after the results on Thursday.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Rents there rise every year without fail, so your yield is locked in.'),
    pytest.param('body', "The buyers' mortgage offer comes through on Monday, you can book the removal men.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'Your deposit protection claim pays out next week, the scheme is a formality.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'The funding lands in your account on the 1st, so sign the lease today.'),
    pytest.param('body', 'The developer hands over the keys in April, you can give notice on your rental.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'You can bet your bottom dollar the council signs it off this month.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', "It's a dead cert, the panel will pick your design."),
    ('body', 'Sure as night follows day, the courier will be at your door by nine.'),
    pytest.param('body', 'That contract is ours, you can take that to the bank.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Cast-iron certainty: your licence is renewed before the old one runs out.'),
    pytest.param('ps', "The buyer won't back out, I'd stake my reputation on it.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'After one session with our physio your back pain will be gone for good.'),
    ('body', 'The fertility treatment will work first time, our results speak for themselves.'),
    ('body', 'Your mum will walk again within a month of the operation.'),
    ('body', 'These implants will last you the rest of your life, no question.'),
    pytest.param('body', 'Kindly note the High Commission will definitely issue the visa before your travel date.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', "Don't fear, the customs people go clear am quick quick, by Tuesday e don land."),
    ('body', 'Bro the landlord sure will refund the full bond, no stress at all.'),
    ('body', "Confirm the county will approve your building plans, I've sorted everything with them."),
    pytest.param('body', "Aye, the Calmac boat will sail the morning, it's never off in May.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', "Ah sure look, the council will give you the grant, it's a given."),
    ('body', 'The bank will approve your loan one, confirm chop can.'),
    ('body', "Y'all don't need to worry, the inspector is gonna pass that house for sure."),
    ('body', 'Cancel the bridging loan, the sale completes on Friday without a hitch.'),
    pytest.param('body', "No need for a backup caterer, the chef's flight lands with hours to spare.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Skip the extended warranty, that compressor will outlast the fridge.'),
    ('body', "Don't bother with travel insurance, nothing is going to go wrong on this trip."),
    pytest.param('body', 'Tell your investors the FDA clears the device in the spring.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('bullet', 'Customs release: Thursday, no chance of a hold-up', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('bullet', 'Visa decision: a certain yes, book the flights', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('ps', "The jury's verdict is a foregone conclusion, you'll walk out a free man."),
    ('body', 'Rest easy, your pension will never lose value whatever the markets do.'),
    ('body', 'The new site will rank number one on Google within a fortnight.'),
    pytest.param('body', "This campaign will triple your bookings by the summer, I'd put money on it.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'The app will never crash again now the fix is in.'),
    ('body', "Your staff will all love the new rota, there won't be a single complaint."),
    pytest.param('body', 'Your son will get the scholarship, the trustees are friends of mine.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'Honestly, the adjuster approves the full claim once he sees the photos.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', "Rest assured the surgeon at St Mary's will operate on Tuesday, whatever the waiting list says."),
    pytest.param('body', "Your tenant pays on time every month from now on, I've had a word.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'The pipes will never freeze again after this job.'),
    ('body', 'The strike will be over by the weekend and your shipment moves on Monday.'),
    ('body', 'By the time you land in Lagos, the goods will have cleared the port, I assure you.'),
]

HARD_NEGATIVES = [
    ('body', "The forecast for Saturday is mixed, so we've booked the marquee sides just in case."),
    ('body', "It rarely rains in Seville in June, but we'll keep the gazebo on standby."),
    ('body', 'If the snow settles on the route, the coach company will call you to rearrange.'),
    ('body', "Their insurers may well settle before a hearing, though I can't promise that."),
    ('body', 'I think the facts favour you, but a judge could see it differently.'),
    ('body', 'The ombudsman usually takes eight to twelve weeks to reach a view.'),
    ('body', "She's a confident driver; I hope the test goes well for her on Thursday."),
    ('body', "The lender's surveyor visits on Tuesday and will send his report to the bank, not to us."),
    ('body', "The tribunal found for you and awarded six months' pay, which is now in your account."),
    ('body', "The committee approved your extension at last night's meeting, minutes attached."),
    ('body', 'The airline has moved your flight to 7:40 and the booking reference is unchanged.'),
    ('body', 'The crossing was cancelled this morning because of the wind; your new sailing is at 14:00.'),
    ('body', "Copper prices are hard to call, so we can fix today's rate for 30 days if you like."),
    ('body', 'Did the buyers say when their mortgage offer is likely to come through?'),
    ('body', 'The landlord returned the full bond on Friday, so nothing more is owed.'),
    ('body', 'The developer has already handed over the keys to the other flats on your floor.'),
    ('body', 'The council signed off the plans last week and the approval letter is attached.'),
    ('body', "The courier's tracking shows delivery between nine and one, though that is their estimate."),
    ('body', "I'll put the quote in writing today so you have the price fixed for a month."),
    ('body', "I promise I'll ring the insurer first thing and chase the claim for you."),
    ('body', "I'll stake out a slot in the diary for the site visit next Wednesday."),
    ('body', "We'll send the engineer back free of charge if the fault recurs within a year."),
    ('body', 'Every repair we carry out comes with a twelve-month guarantee on parts and labour.'),
    ('body', 'Our fixed-price promise means the quote you sign is the price you pay.'),
    ('body', "I'm sorry to say the tannery has delayed the leather, so your chairs will now arrive on the 22nd rather than the 9th."),
    ('body', "I'll be honest with you: the factory missed its slot and your order will ship a week later than planned."),
    ('body', "As a thank-you for waiting, we've added a free set of cushion covers to your order."),
    ('body', 'FCA means the seller hands the goods to your carrier at the named place, and the risk is yours from then on.'),
    ('body', 'Under a fixed-rate mortgage your payment stays the same for the term, whatever happens to the base rate.'),
    ('body', 'Escrow simply means the money sits with a neutral party until both sides have done what they agreed.'),
    ('body', 'In plain English, the excess is the part of any claim you pay yourself before the insurer pays the rest.'),
    ('body', 'A bridging loan covers the gap between buying your new home and selling your old one.'),
    ('body', 'The container is on the feeder to Rotterdam, ETA the 12th, and the D&D clock starts on discharge.'),
    ('body', "Once the B/L is released, the haulier will book a slot at the terminal and we'll send you the POD."),
    ('body', 'The CMR note goes with the driver and you sign it on delivery, so please check the pallets first.'),
    ('body', 'The Met Office says Saturday will be dry, although their long-range forecasts do change.'),
    ('body', 'The agent told us the flat will sell within a week; in my experience it takes longer.'),
    ('body', 'Several analysts expect copper to rise by Christmas, but nobody knows for sure.'),
    ('body', "I can't say for certain the ferry will sail, as the skipper decides on the morning."),
    ('body', "Nobody can promise you'll be pain-free after surgery, but most patients improve a lot."),
    ('body', "There's no guarantee the panel will pick your design, though the brief suits it well."),
    ('body', "We can't promise the buyer won't pull out, but their solicitor seems organised."),
    ('body', "Should the valuation come in low, we'll talk to the lender together about the options."),
    ('body', 'Your physio sessions are on Tuesdays at 4, and the first one is next week.'),
    ('body', "The surgery will be at St Mary's and the ward will call you the day before with a time."),
    ('body', "Your dad's discharge is planned for Friday, subject to the consultant's round."),
    ('body', "Implants usually last many years with good care, and we'll check them at every visit."),
    ('body', "Kindly note the High Commission's processing time is currently 15 working days."),
    ('body', 'Abeg send the documents by Friday so we fit submit am on Monday.'),
    ('body', "Bro I'll drop the keys round after work, no stress."),
    ('body', "The county planning office is closed until the 3rd, so I'll chase them then."),
    ('body', 'Aye, the Calmac timetable is on their site, and the summer sailings start in May.'),
    ('body', "Ah sure look, I'll send on the grant form this evening."),
    ('body', 'Can check with the bank whether the loan is approved or not ah?'),
    ('body', "Y'all are welcome to come by the office whenever suits and we'll go through the inspection report."),
    ('body', "Your completion date is agreed for Friday, and I'll call as soon as the funds arrive."),
    ('body', "Your new rota starts on the 1st; tell me if any shift doesn't work for you."),
    ('body', 'The app update fixes the login bug we found last week, and the release notes are attached.'),
    ('body', 'We never pass your details to marketing companies, and you can ask us to delete them at any time.'),
    ('body', 'From Monday all deliveries will go to the loading bay at the back of the building.'),
]


@pytest.mark.parametrize("placement,sentence", POSITIVES)
def test_prm008_reads_a_settled_outcome_someone_else_decides(placement, sentence):
    found = prm008(placement, sentence)
    assert len(found) == 1 and found[0].score >= 0.8


@pytest.mark.parametrize("placement,sentence", HARD_NEGATIVES)
def test_prm008_leaves_the_same_shapes_alone(placement, sentence):
    assert prm008(placement, sentence) == []


def _sentences(params):
    return [p.values[1] if hasattr(p, "values") else p[1] for p in params]


def test_the_probe_is_written_fresh():
    # Not copied from a labelled development set (no shared ten-word run).
    assert copied(_sentences(POSITIVES) + _sentences(HARD_NEGATIVES)) == []
    assert len(POSITIVES) == 60 and len(HARD_NEGATIVES) == 60
