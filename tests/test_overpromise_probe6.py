"""A sixth-wave probe of the overpromise rules: fresh sentences of our own (written for
this file, not taken from any labelled set), one batch per class of sentence found
missing or wrongly flagged on the development sets heldout8 and heldout9.

* ``PRONOUN``: someone else's decision told with a pronoun ("they", "she", "he") whose
  third party is named in the sentence before ("I sent the claim to the insurer. They
  will pay out in full."); hard negatives: the same pronoun for the writer's own team,
  a hedged, conditional or procedural step ("they'll write to you").
* ``SLOTS``: idioms of certainty whose open slot was a closed list: a stake ("I'd stake
  my job on it"), "as good as" a settled outcome ("as good as stamped"), "the last ...
  you'll ever" see, a floor under a number someone else delivers ("not less than 8
  tonnes"); hard negatives: comparisons, expectations met, the writer's own terms.
* ``RELIANCE``: a licence to act on someone else's outcome ("The visa comes through next
  week. Go ahead and book your flights."); hard negatives: the licence after a fact, a
  hedge, a condition, the writer's own action, or for a call with the writer.
* ``ANTI_HEDGE``: a hedge denied after an outcome ("The supplier will deliver on the 3rd.
  That's not a guess."); hard negatives: after a fact, a price, the writer's own date, a
  hedge kept ("that's a hunch, not a promise").
* ``OWN_AND_TERMS``: certainty about the writer's own people ("our crew will 100% be on
  site at 6am") and "guaranteed" as a commercial term ("the room is guaranteed on your
  card", "guaranteed numbers"), each with positives of the same shape about someone
  else's people or an outcome.

Each sentence is one test, so the pass rate is the probe's figure.  A positive must raise
a blocking overpromise finding at default severities; no negative may.  First-try catch
rates, measured before the fixes of this wave: PRONOUN 5/22 positives caught (all by the
model or a closing idiom), 22/22 negatives quiet; SLOTS 7/20 caught, 20/20 quiet;
RELIANCE 10/22 caught
(mostly by the model), 21/22 quiet; ANTI_HEDGE 13/20 caught (by the outcome
before it), 20/20 quiet; OWN_AND_TERMS 12/12 caught, 7/20 quiet (13 false alarms: the writer's own crew with a
certainty word and a time, and "guaranteed" as a booking or event term).
"""
from __future__ import annotations

import pytest
from promise_probe import blocking, copied, labelled_runs

from replylint import Config

PRONOUN_POSITIVES = [
    "I sent the claim form to the insurer this morning. They will pay out in full for the ceiling.",
    "The embassy has your file now. They'll approve it within the week.",
    "I've spoken to the buyer's agent. They are going to accept your counter-offer.",
    "The planning committee had a look at the drawings. They'll grant permission at the next sitting.",
    "Your appeal went to the tribunal on Monday. They will rule in your favour.",
    "The airline has the complaint now. They'll refund the whole fare, seat upgrades included.",
    "The hiring manager rang me after the interview. She'll offer you the job tomorrow.",
    "HMRC have the amended return. They will cancel the penalty.",
    "The landlord has seen the photos of the flat. He'll give you the full deposit back.",
    "I forwarded everything to the loss adjuster. He will sign off the full claim next week.",
    "The judge read our submissions yesterday. She is going to dismiss the case.",
    "The lender's underwriters have your payslips. They will approve the loan on Monday.",
    "Customs have inspected the pallet. They'll release it tomorrow morning.",
    "The admissions panel met last night. They will give your daughter a place in September.",
    "I rang the ombudsman about your case. They will order the energy company to refund you.",
    "The hospital's funding panel looked at the scans. They'll approve the operation.",
    "Your employer's HR team have the sick notes. They will pay you in full for the time off.",
    "The council rang back about the parking fine - they're going to waive it.",
    "Spoke with the visa officer today; she will grant the extension, no dramas.",
    "- Insurer has all the photos\n- They will cover the full rebuild",
    "The examiners have the remark request. They'll raise the grade to an A.",
    "P.S. The sellers got back to me and they will accept the lower price.",
]

PRONOUN_NEGATIVES = [
    "I sent the claim form to the insurer this morning. They should reply within ten days.",
    "The embassy has your file now. They will contact you if they need anything else.",
    "I've spoken to the buyer's agent. They'll get back to me tomorrow.",
    "Our engineers looked at the logs. They will roll out the fix tonight.",
    "The planning committee had a look at the drawings. They'll decide at the next sitting.",
    "The airline has the complaint now. They'll probably refund the fare, but I can't promise.",
    "Your appeal went to the tribunal on Monday. They will set a hearing date in the new year.",
    "The hiring manager rang me after the interview. She'll call you tomorrow with her decision.",
    "HMRC have the amended return. They will write to you with their decision.",
    "The landlord has seen the photos of the flat. He'll decide about the deposit by Friday.",
    "My colleagues in accounts have your invoice. They'll refund the overpayment today.",
    "I forwarded everything to the loss adjuster. He will visit the house next week.",
    "The judge read our submissions yesterday. I hope she will dismiss the case.",
    "The lender's underwriters have your payslips. If they approve the loan, we can exchange on Monday.",
    "Our warehouse team packed it today. They'll ship it first thing tomorrow.",
    "Customs have inspected the pallet. Once they release it, the haulier will bring it over.",
    "The admissions panel met last night. They will announce the places in March.",
    "The registry has the forms. They will not accept photocopies, so please post the originals.",
    "The hospital's funding panel looked at the scans. Whether they'll approve it is up to them.",
    "We sent the contract to your bank. They'll need two forms of ID from you.",
    "The council rang back about the parking fine - they're going to review it.",
    "Our fitters know the house well. They will replace the whole kitchen on Tuesday.",
]

SLOTS_POSITIVES = [
    "It went out with Parcelforce today and I'd stake my job on it arriving by Saturday.",
    "I would bet my last tenner on the council approving it.",
    "I'd put my pension on the buyers signing this week.",
    "I'd wager my car on the appeal going your way.",
    "Consider your mortgage as good as approved.",
    "The licence is as good as issued - the inspector loved the premises.",
    "Your refund is as good as paid, the airline just needs to press the button.",
    "Treat the permit as good as stamped.",
    "Your son's place at the school is as good as confirmed.",
    "That was the last power cut you'll ever have at the farm.",
    "This is the last damp patch you will ever see on that wall.",
    "You've paid the last late fee you'll ever pay to that bank.",
    "After the upgrade that's the last dropped call your team will ever get.",
    "Sow it in March and you will harvest not less than 40 bags an acre.",
    "You will get no less than 6% a year from this bond.",
    "The campaign will bring you not fewer than 100 new leads a month.",
    "Your flat will rent for no less than £1,800 a month.",
    "You'll have a minimum of 30 bookings a week from the listing.",
    "The landlord will hand back every penny of the deposit, I'd put my house on that.",
    "Your pension pot will grow by not less than 7% every year.",
]

SLOTS_NEGATIVES = [
    "I wouldn't stake my job on it arriving before Saturday.",
    "I'd put my money on the March date, but it's the council's call.",
    "The new model is as good as the old one, and cheaper.",
    "The repair looks as good as expected.",
    "The service was as good as advertised.",
    "Your kitchen is as good as we could make it in the time.",
    "Was that the last invoice you'll need from us this year?",
    "This is the last reminder you'll get from me before the deadline.",
    "That was the last session of the course; you'll get the certificate next week.",
    "Orders of not less than 40 bags qualify for free delivery.",
    "Deposits of no less than £500 are needed to hold the date.",
    "The bond pays no less than 6% if held to maturity, as set out in the terms.",
    "We charge a minimum of 30 minutes for each call-out.",
    "The minimum order is 30 units a week.",
    "Please allow no less than ten working days for the bank to process it.",
    "I can't promise you'll get no less than 6%, it depends on rates.",
    "If you plant in March you should get about 40 bags an acre.",
    "We'll refund every penny of the deposit today.",
    "The bank may pay no less than the minimum rate, but it decides.",
    "It is as good as any other lender's offer I've seen.",
]

OWN_AND_TERMS_POSITIVES = [
    "The courier's driver will 100% be at your door at 8am.",
    "The airline's crew will definitely be ready to board you at 6am.",
    "Their installer will 100% have the line live by noon.",
    "The council's team will definitely be on site at 7am Monday.",
    "Delivery is guaranteed by Friday.",
    "Your booking with the airline is guaranteed to be upgraded.",
    "Your visa is guaranteed to be approved on the card application.",
    "The rebate is guaranteed to reach your account by Monday.",
    "You're guaranteed a place on the course.",
    "The council will release your parking bay on receipt of nothing more than the form, guaranteed.",
    "The scaffolders will 100% be finished by the 3rd.",
    "The buyer's solicitor will definitely exchange tomorrow.",
    # a second round, written after the fixes (not counted in the first-try rate)
    "Their engineers will definitely be with you by 9am Monday.",
    "The landlord's builders will 100% be finished by the 1st.",
    "The removal firm's van will definitely be outside at 7am.",
    "Shipping is guaranteed to arrive within 48 hours.",
    "Your place on the flight is guaranteed, they will not bump you.",
    "The hotel's shuttle will 100% be at arrivals when you land.",
    "Approval is guaranteed by the end of the week.",
    "The printers' courier will definitely have the banners at the venue by noon.",
]

OWN_AND_TERMS_NEGATIVES = [
    "Our crew will 100% be on site at 6am - I'm driving the van myself.",
    "Our team will definitely be at the venue by 7am to set up.",
    "My engineers will 100% be with you at 9am sharp.",
    "Our fitters will definitely be there at 8 on Monday.",
    "Our driver will 100% be outside the hotel at 5am for the airport run.",
    "Our installers will definitely have the stage up by noon.",
    "I'll 100% be at the site at 6am.",
    "The room is guaranteed on your Mastercard for late arrival.",
    "Your reservation is guaranteed with the card on file.",
    "The booking is guaranteed by a one-night deposit.",
    "Please send the final guaranteed numbers by the 14th.",
    "We need your guaranteed guest count ten days before the event.",
    "The guaranteed minimum spend for the room is £2,000.",
    "Late check-in is fine as the reservation is guaranteed on card.",
    "Your file will be sent to your new solicitor on receipt of their signed authority.",
    "The keys will be released on receipt of the final payment.",
    "The certificate will be issued upon receipt of the completed form.",
    "Your deposit will be returned on receipt of the signed inventory.",
    "Our team will 100% be on the stand by 8, as agreed with the organisers.",
    "Our staff will definitely be at reception from 7 to let the cleaners in.",
]

RELIANCE_POSITIVES = [
    "The visa comes through next week. Go ahead and book your flights.",
    "The bank will sign off the mortgage on Friday, so feel free to give notice on your flat.",
    "The offer is coming on Monday - you can hand in your resignation now.",
    "Your claim goes through next week, so go ahead and order the new carpets.",
    "The parts will be here Wednesday. Book the fitter for Thursday and tell your guests the kitchen is ready.",
    "The grant lands next month, so feel free to hire the two extra staff now.",
    "The tribunal rules for you next week; you can start spending the compensation.",
    "Your results will be fine. Go ahead and book the celebration dinner.",
    "The insurer pays for the lot, so go ahead and book the builders.",
    "The landlord will sign the renewal, so you can tell the removal firm to stand down.",
    "Your shipment lands on the 4th. You can safely schedule the launch event for the 5th.",
    "The council will approve the extension, so there's no harm in ordering the windows now.",
    "Your refund will clear by Friday, so you can plan the weekend away around it.",
    "The new firmware stops the dropouts, so you can get rid of the backup router.",
    "The buyers are signing on Tuesday. Go ahead and put the deposit down on the new place.",
    "Your loan will be in your account on Thursday - go ahead and pay the builder's deposit.",
    "The embassy returns passports within three days, so book the ferry for the weekend after.",
    "The container clears customs on Monday, so tell your customers the stock is in from Tuesday.",
    "Your son gets his place at the academy; you can cancel the other school's offer.",
    "The sellers will accept, so go ahead and instruct the removal men for the 20th.",
    "Approval is coming this week. Feel free to let your staff know the project is on.",
    "The courier is dropping it off tomorrow, so you can cancel the backup order.",
]
RELIANCE_NEGATIVES = [
    "The visa should come through next week; once it does, go ahead and book your flights.",
    "I'm hoping the bank signs off on Friday. Please don't give notice on your flat until it does.",
    "Feel free to book a call with me whenever suits.",
    "Your order was delivered yesterday. Go ahead and book the fitter.",
    "We'll have the kitchen finished by Friday. Go ahead and plan the dinner party for Saturday.",
    "The parts arrived this morning, so you can book the fitter for Thursday.",
    "Your visa has been approved. Go ahead and book your flights.",
    "The offer letter is attached, so you can hand in your resignation whenever you're ready.",
    "If the insurer agrees, go ahead and book the builders.",
    "The bank may sign off on Friday, but I'd hold off giving notice until you have it in writing.",
    "Go ahead and send me the documents when you have them.",
    "We've refunded the full amount today, so feel free to cancel the card.",
    "The courier collected it this afternoon. You can track it with the link below.",
    "Your new phone is set up and ready, so feel free to recycle the old one.",
    "Your booking is confirmed, so go ahead and book your taxi from the airport.",
    "The visa decision usually takes two weeks. I'd wait for it before you book flights.",
    "Our team will be at the venue at 6am, so you can let the caterers in from 7.",
    "The forecast looks dry for Saturday, but keep the marquee booking just in case.",
    "Your landlord has signed the renewal, so you can tell the removal firm to stand down.",
    "Assuming the loan clears on Thursday, go ahead and pay the builder's deposit on Friday.",
    "The grant was awarded last week, so feel free to hire the extra staff now.",
    "We'll send the signed contract tomorrow, so feel free to book the kick-off meeting.",
    # a second round, written after the fix (not counted in the first-try rate)
    "The report will be ready next week. Feel free to book a call to go through it.",
    "The report will be ready next week; you can tell me what you think then.",
    "The new version goes live on Monday, so you can stop using the old link.",
    "Prices go up in April, so you can order now to beat the rise.",
    "The office is closed on Friday, so you can pay the invoice on Monday instead.",
    "The new version will go live on Monday, so you can stop using the old link.",
    "The hotel opens at 3pm, so you can check in any time after that.",
]

ANTI_HEDGE_POSITIVES = [
    "The fund will beat inflation for the next decade. That isn't a forecast, it's maths.",
    "Your flat will sell within a fortnight - and that's not a guess.",
    "The council will approve the plans in March. This is not speculation.",
    "Your premiums will fall next year; I'm not guessing here.",
    "The parcel lands on Thursday. That's no estimate, it's a fact.",
    "The bank is going to accept the offer. That's not a hunch, I know how they work.",
    "Your score will go up 80 points. It's not a prediction, it's how the system works.",
    "The tribunal will side with you, and that's not wishful thinking.",
    "Customs will release the goods tomorrow. No guesswork involved.",
    "The embassy will issue the visa next week. Not a maybe - a definite.",
    "Your rankings will be top three by spring. This isn't a projection, it's what happens every time.",
    "The insurer will cover the lot. I'm not speculating.",
    "The shares will double this year, and I don't mean that as a forecast.",
    "The landlord will return the whole deposit; that isn't an opinion, it's how it goes.",
    "P.S. The supplier will deliver on the 3rd. That's not a guess.",
    "- Planning approved by the 20th\n- Not an estimate, a fact",
    "Your refund is coming on Friday. This isn't a hope, it's a certainty.",
    "The airline will rebook you for free. That's no gamble.",
    "House prices here are going up 10% next year, and it's not a theory.",
    "The buyer will complete on the 28th; I'm not just saying that.",
]
ANTI_HEDGE_NEGATIVES = [
    "The fee is £400. That's not an estimate, it's the fixed price.",
    "That's not a guess, it's what the invoice says.",
    "It isn't a forecast, just last month's actual figures.",
    "We'll be on site at 8. That's not a guess, it's in the diary.",
    "It might rain on Saturday, though that's just a guess.",
    "Is that a forecast or a guess?",
    "The report shows sales rose 4% last year. That's not a projection, it's the audited result.",
    "We will invoice you on the 1st. That isn't an estimate, it's our billing date.",
    "This is not a prediction, only a rough guide: the insurer may pay between £2,000 and £3,000.",
    "Your score went up 80 points last month. That's not a guess, it's on the statement.",
    "I'll call you tomorrow, and that's not a maybe.",
    "The delivery was on Tuesday. That's not speculation, the courier's photo shows it.",
    "Please treat the figures as an estimate, not a forecast.",
    "The bank should accept the offer, but that's a hunch, not a promise.",
    "The guide price is £350,000. That's not a valuation.",
    "It's not a forecast I'd rely on: the council could approve it in March or in June.",
    "We don't make predictions about the market.",
    "That's not a guess on my part; the letter from the council is attached.",
    "The tribunal may side with you, but I'm not speculating on the outcome.",
    "The contract price is fixed, which is not an estimate we can change.",
]

# Positives the rules do not read yet, and negatives they still flag (strict xfail: one
# that starts passing must move out of this set).
KNOWN = {
    # a second order of someone else ("order the energy company to refund you"), pay
    # "in full" by an employer, a grade raised: verbs outside the lists
    "I rang the ombudsman about your case. They will order the energy company to refund you.",
    "Your employer's HR team have the sick notes. They will pay you in full for the time off.",
    "The examiners have the remark request. They'll raise the grade to an A.",
    # "call" names a phone call to the never-again rules (not_problem), even "dropped"
    "After the upgrade that's the last dropped call your team will ever get.",
    # a licence after a present tense with no time ("the firmware stops the dropouts"), an
    # imperative opening its sentence ("Book the fitter ..."), an outcome noun outside the
    # lists ("your shipment")
    "The parts will be here Wednesday. Book the fitter for Thursday and tell your guests the kitchen is ready.",
    "Your shipment lands on the 4th. You can safely schedule the launch event for the 5th.",
    "The new firmware stops the dropouts, so you can get rid of the backup router.",
    # a participle with no auxiliary ("Planning approved by the 20th") is not read as an
    # outcome told before the denied hedge
    "- Planning approved by the 20th\n- Not an estimate, a fact",
    # "100%" inside a clause, with a "when" clause for its time (not a time word)
    "The hotel's shuttle will 100% be at arrivals when you land.",
    # a condition on a step the reader takes does not soften an explicit "guaranteed"
    "The council will release your parking bay on receipt of nothing more than the form, guaranteed.",
}


def _cases(sentences):
    return [pytest.param(s, marks=pytest.mark.xfail(strict=True, reason="not read yet")) if s in KNOWN else s
            for s in sentences]


@pytest.mark.parametrize("body", _cases(PRONOUN_POSITIVES))
def test_pronoun_for_a_third_party_blocks(body):
    assert blocking(body), body


@pytest.mark.parametrize("body", _cases(PRONOUN_NEGATIVES))
def test_pronoun_hard_negatives_do_not_block(body):
    assert not blocking(body), (body, blocking(body))


@pytest.mark.parametrize("body", _cases(SLOTS_POSITIVES))
def test_open_slots_of_certainty_idioms_block(body):
    assert blocking(body), body


@pytest.mark.parametrize("body", _cases(SLOTS_NEGATIVES))
def test_open_slots_hard_negatives_do_not_block(body):
    assert not blocking(body), (body, blocking(body))


@pytest.mark.parametrize("body", _cases(RELIANCE_POSITIVES))
def test_licence_to_act_on_an_outcome_blocks(body):
    assert blocking(body), body


@pytest.mark.parametrize("body", _cases(RELIANCE_NEGATIVES))
def test_licence_hard_negatives_do_not_block(body):
    assert not blocking(body), (body, blocking(body))


@pytest.mark.parametrize("body", _cases(ANTI_HEDGE_POSITIVES))
def test_hedge_denied_after_an_outcome_blocks(body):
    assert blocking(body), body


@pytest.mark.parametrize("body", _cases(ANTI_HEDGE_NEGATIVES))
def test_hedge_denied_hard_negatives_do_not_block(body):
    assert not blocking(body), (body, blocking(body))


@pytest.mark.parametrize("body", _cases(OWN_AND_TERMS_POSITIVES))
def test_someone_elses_people_and_guaranteed_outcomes_block(body):
    # PRM001 is info by the precision policy until it re-earns warning on new evidence:
    # a guarantee it alone finds is found, at its declared severity.
    assert blocking(body) or "PRM001" in blocking(body, Config.from_dict({"preview": True})), body


@pytest.mark.parametrize("body", _cases(OWN_AND_TERMS_NEGATIVES))
def test_own_people_and_guarantee_terms_do_not_block(body):
    assert not blocking(body), (body, blocking(body))


def test_probe6_batches_are_big_enough_and_fresh():
    batches = [PRONOUN_POSITIVES, PRONOUN_NEGATIVES, SLOTS_POSITIVES, SLOTS_NEGATIVES, RELIANCE_POSITIVES, RELIANCE_NEGATIVES,
               ANTI_HEDGE_POSITIVES, ANTI_HEDGE_NEGATIVES,
               OWN_AND_TERMS_POSITIVES, OWN_AND_TERMS_NEGATIVES]
    every = [s for b in batches for s in b]
    assert len(set(every)) == len(every)
    assert sum(map(len, batches)) >= 210
    assert KNOWN <= set(every)
    if not labelled_runs():
        pytest.skip("no labelled sets beside the repo")
    assert not copied(every)
