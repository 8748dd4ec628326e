"""A fifth-wave probe of the overpromise rules: fresh sentences of our own (written for
this file, not taken from any labelled set), across industries, registers and Englishes.

POSITIVES are certainty about an outcome or a deadline the writer does not control
(couriers, airlines, lenders, courts, insurers, schools, the market, the weather, future
failures), in many shapes: results promised as facts, outcome verbs in the future with no
modal, idioms of certainty, "no more X", numbers promised, a state held "through any ...",
third parties' habits told as assurances.  NEGATIVES have the same shapes but are hedged,
negated, conditional, the writer's own actions and policies, past facts, procedural steps,
contract terms stated as terms, or the client's own words.

Each sentence is one test, so the pass rate is the probe's figure.  Every positive must
raise a blocking overpromise finding at default severities; no negative may.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import findings

from replylint import Config
from replylint.findings import Severity

POSITIVES = [
    # --- deadlines that hang on someone else, said with an idiom of certainty
    "The parts land on Tuesday and not a day later.",
    "Your parcel will be with you by noon tomorrow, hand on heart.",
    "The courier will have it at your door by 9am Saturday, without a shadow of a doubt.",
    "The refund hits your account on Thursday, end of story.",
    "Customs will release the container by Wednesday at the very latest.",
    "Your sofa arrives on the 14th, you can set your watch by it.",
    "The engineer from the network will have you connected on Monday, rain or shine.",
    "The registry will issue the title deeds within 48 hours, like clockwork.",
    "The new passport will be back before your trip, take that to the bank.",
    "The airline will have your bag back to you tonight, I'd bet my life on it.",
    "The permit comes through this week, period.",
    "The shipment will dock in Felixstowe on the 3rd, no ifs, no buts.",
    "Your keys will be ready for collection on Friday, 110%.",
    "The lab results will be back by Thursday, hands down.",
    "The bank will release the funds first thing Monday, sure as eggs is eggs.",
    "The visa stamp will be in your passport before the 20th, count on that.",
    "The fabric from the mill arrives Tuesday without fail.",
    "The windows come from the factory on the 9th and go in on the 10th, simple as that.",
    # --- outcome verbs in the future, no modal, someone else deciding
    "Your landlord is going to hand back the full deposit.",
    "The examiners will mark the portfolio up once they see the sketchbook.",
    "The buyers will pay the full asking price.",
    "The magistrate will throw the speeding fine out.",
    "The adjuster will sign off the whole claim when he visits.",
    "Northfield Building Society will approve you, your accounts are strong.",
    "Brightwater Bank will lend you the full amount.",
    "The hiring panel will offer you the role on Friday.",
    "The university will take her on the foundation year.",
    "The council will grant the licence at the next sitting.",
    "The ombudsman will order them to refund you.",
    "The supplier will knock 20% off once I ask.",
    "The other side will settle before it gets to court.",
    "The insurer will replace the whole kitchen, not just the cabinet.",
    "The surgeon will have you running again by spring.",
    "The school will move him up to the top set after this term.",
    "Your GP will sign you off for the full month.",
    "The board will sign the contract at Thursday's meeting.",
    # --- results and states promised as facts
    "After this course he will walk into the grammar school.",
    "With twelve sessions she'll get an A in maths.",
    "Our students always get into their first-choice university.",
    "You'll make the connection in Doha easily, there's loads of time.",
    "You'll be ahead of inflation for the next decade with this fund.",
    "Your portfolio will outperform the FTSE this year.",
    "The fund will beat the market year after year.",
    "You will be mortgage-free in ten years on this plan.",
    "Your daughter will pass her driving test first time.",
    "You'll sail through the visa interview.",
    "The tenant will be out by the end of the month.",
    "The sellers will take £20k under asking.",
    "Your line will stay up through any storm from now on.",
    "The site will stay online through any traffic spike you throw at it.",
    "The new pumps will keep your basement dry through any downpour.",
    "The backup generator will keep the shop running through every power cut.",
    "Your hedge will survive any winter now it's been treated.",
    "The new server will cope with any load, whatever happens.",
    "The appeal succeeds, I've seen a dozen like it.",
    "This loan gets approved, no question.",
    "Your flat sells within a fortnight at that price.",
    "The render will survive any British winter without cracking.",
    # --- idioms of certainty
    "Consider yourself approved.",
    "The mortgage is as good as signed.",
    "It's a sure bet the council approves the extension.",
    "You're a shoo-in for the grant.",
    "Honestly, the promotion is a lock.",
    "It's a no-brainer, the planning will go through.",
    "The buyer will complete on Friday, it's nailed on.",
    "There's zero doubt the airline will refund you.",
    "There is not a hope the inspector fails the wiring.",
    "The tribunal will side with you, it's bulletproof.",
    "100 per cent the fabric will be in on Tuesday.",
    "The transfer will go through today, you can take that as gospel.",
    "I can categorically say the loan will be approved.",
    "The refund is a certainty.",
    "It's signed and sealed: the landlord will fix the roof this month.",
    "The results will come back clear, I just know it.",
    "Mark my words, the shares will double.",
    "Without doubt the court will award you costs.",
    "It's guaranteed that the airline will pay out.",
    "Believe me, the embassy will grant the visa.",
    # --- "no more X", "you won't have to worry", problems promised away
    "No more missed deliveries, ever.",
    "Say goodbye to damp for good.",
    "Data breaches are a thing of the past for you now.",
    "With the new UPS, downtime will be a thing of the past.",
    "Your cash-flow worries are over.",
    "Phishing emails won't reach your staff any more.",
    "Your pipes will never freeze again.",
    "That's the end of your leaking roof, for good.",
    "You can forget about flooding in the cellar from now on.",
    "You'll never have another sleepless night over your tax return.",
    "Viruses won't be an issue for you anymore.",
    "Power cuts are now a non-issue for your business.",
    "You won't ever see a blocked drain again.",
    "Outages are history once we move you to the new platform.",
    "Your server is now immune to ransomware.",
    "Nobody is ever getting into that account again.",
    "You will never be locked out of your email again.",
    "Mould will never come back in that bathroom.",
    "Late payments from your tenants are a thing of the past.",
    "The noise from the motorway will be gone for ever.",
    # --- numbers promised
    "You'll save £400 a year on energy, minimum.",
    "This campaign delivers a 3x return inside a quarter.",
    "Your score goes up 120 points once the default is removed.",
    "The new layout will cut your waiting list by a third.",
    "You will lose two dress sizes before the wedding.",
    "Your rental yield will hit 8% in year one.",
    "Your pension pot will grow to £500k by the time you're 60.",
    "The valuation will come in at £620,000 at least.",
    "Your rankings will jump into the top three within eight weeks.",
    "Your sales double within 90 days of launch.",
    "This ad spend brings in 50 qualified leads every week.",
    "Your premiums will drop by 30% at renewal.",
    "The house will fetch at least 450 thousand.",
    "Your credit score will climb past 750 by summer.",
    "Your electricity bill will be cut in half.",
    "Your followers will hit 100k by Christmas.",
    "You'll have 40 new patients a month from the new site.",
    "Open rates will go up by 25% with the new subject lines.",
    # --- weather and nature
    "The weather will hold for your garden party.",
    "It won't rain on the day, I've checked.",
    "The concrete will be fully cured by Monday whatever the weather.",
    "Even if it pours, nothing is stopping the pour on Friday.",
    "The snow won't stop the crew getting to you on Thursday.",
    "The sea will be flat calm for your crossing.",
    "You'll have blue skies the whole week in Crete.",
    "The river won't flood this year with the new barrier.",
    # --- third parties' habits told as assurances
    "Airlines never bump passengers on that route.",
    "Banks always say yes to applicants with your profile.",
    "The council waves these extensions through every time.",
    "Customs never hold our shipments.",
    "Examiners always reward a portfolio like this.",
    "The connecting flight always waits for late arrivals.",
    "Lenders never turn down a deposit that size.",
    "Buyers always pay over asking on this street.",
    # --- other Englishes and registers
    "Your visa will come for sure by Monday itself, no tension.",
    "Loan sanction will happen this week only, 100 percent.",
    "Sir, your file will get cleared by the registrar tomorrow itself.",
    "The container will clear at the port this week, no shaking.",
    "Your permit will surely be released by the city hall on Friday po.",
    "Confirm can get the flat approval one, don't worry.",
    "The ATO will have your refund out in a week, no dramas.",
    "Your rego will go through sweet as, guaranteed.",
    "You'll be grand, the plane will wait for you.",
    "The factor will get the roof sorted before winter, nae bother.",
    "Your loan closes on the 15th, hands down.",
    "The appraisal is gonna come in over ask, no sweat.",
    "The underwriter's gonna sign off for sure.",
    "Kindly note the bank will definitely disburse the amount by Tuesday.",
    "The municipality will pass the plans, no stress at all.",
    "Don't fash yourself, the sheriff will find in your favour.",
    # --- terse, bullet and chat registers
    "Refund from airline: 100% coming Friday.",
    "- approval from the bank: Monday, guaranteed\n- keys: Friday",
    "ETA Tues from the supplier, locked in.",
    "visa def approved by fri",
    "Approval from HMRC? Consider it a done deal.",
    "Lol the buyer's not going anywhere, sale completes Friday for sure.",
    "Quick one: the council signs off Thursday, no question.",
    "FYI the insurer pays out in full on this, zero risk.",
]

NEGATIVES = [
    # --- hedged
    "We expect the visa within ten days, though the embassy sets the pace.",
    "The courier should have it with you by noon tomorrow.",
    "Your credit score may improve once the default is removed.",
    "We aim to have the kitchen finished by Friday afternoon.",
    "Hopefully the weather holds for Saturday.",
    "There's a good chance the seller accepts.",
    "I'd be surprised if the bank said no, but let's wait for the letter.",
    "Based on similar cases, we'd expect the tribunal to find for you.",
    "The airline is likely to refund you, but it can take a few weeks.",
    "The concrete normally cures in about a week in this weather.",
    "We're hopeful the council will approve the extension next month.",
    "In most cases the insurer pays out within a fortnight.",
    "The shares could double, but they could also halve.",
    "Fingers crossed the parts arrive Tuesday.",
    "It looks like the buyer will complete on Friday, all being well.",
    "The landlord ought to return the deposit once the inventory is checked.",
    "I think the lender will approve you, but it's their call.",
    "Our estimate is that your bill will come down by around a third.",
    "Most years the river stays within its banks.",
    "The forecast suggests a dry weekend.",
    "Delivery is planned for the 14th.",
    "Your parcel is due to arrive on Thursday.",
    "The fund aims to beat inflation over the long term.",
    "We're confident in the application, though approval is the embassy's decision.",
    "With luck the snow clears before Thursday.",
    "Typically the registry issues deeds within two weeks.",
    "I reckon the examiners will like the portfolio.",
    # --- negated and disclaimers
    "I can't promise the airline will rebook you.",
    "No one can guarantee a place at the grammar school.",
    "We can't say for certain when customs will release the container.",
    "There's no guarantee the shares will recover.",
    "I wouldn't count on the refund before Friday.",
    "It's not certain the council will approve the plans.",
    "We don't control when the bank releases the funds.",
    "I won't pretend the appeal is a sure thing.",
    "Nobody can say how the market will move this year.",
    "The tribunal won't hear the case before March.",
    "The insurer won't cover wear and tear.",
    "The embassy won't accept photocopies of the bank statements.",
    "Results aren't guaranteed, and rankings move every week.",
    "I'm not saying the weather will hold, just that the forecast looks kind.",
    # --- conditional
    "If the council signs off in March, we can start in April.",
    "If the worktops arrive Wednesday, the fitter can finish by Friday.",
    "Provided the survey comes back clean, the lender should approve you.",
    "As long as the buyer's mortgage offer comes through, we'll exchange next week.",
    "Unless the airline cancels again, you'll land at 6pm.",
    "If it rains on Friday, we'll move the pour to Monday.",
    "Should the insurer decline, we'll take it to the ombudsman.",
    "Assuming the lab isn't backed up, results come back in three days.",
    # --- the writer's own actions, policies and products
    "I will call you at 3 to go through the figures.",
    "We will refund the delivery fee today.",
    "I'll send the invoice for the first block tonight.",
    "We'll have the revised drawings with you by Friday.",
    "Our engineers will be on site at 8am Monday.",
    "We'll be there at 9 sharp to start the survey.",
    "Consider it done: I'll send the revised quote today.",
    "Rain or shine, the office is open 8 to 6.",
    "We never share your details with third parties.",
    "Our prices won't go up before April.",
    "We'll match any written quote from a local competitor, as set out in our price-match policy.",
    "You won't receive any more reminders from us.",
    "No more paper forms: you can now sign everything online.",
    "You won't need to fill in the form again; we've saved your details.",
    "Payment reminders will stop now that the invoice is paid.",
    "We will never ask for your password by email.",
    "I'll chase the courier first thing tomorrow and let you know.",
    "I'll book the framers for Monday once the slab is poured.",
    "We'll hold the room until 6pm.",
    "I'll make sure the tutor has the mock papers by Monday.",
    "We will always answer the phone within three rings.",
    "You'll get our weekly report every Monday morning.",
    "We'll cover the cost of the return postage.",
    "I'll personally check the wiring before the inspector comes.",
    "Our team will monitor the server overnight.",
    "I promise to call you back before five.",
    "We'll be in touch by Friday with the valuation.",
    "We'll refund you in full if you cancel within 14 days.",
    # --- past facts and reports
    "Last year the fund returned 9%.",
    "The fund has beaten the market for five years, but past performance is no guide.",
    "I'm certain I sent the form on Monday.",
    "I'm 100% sure the invoice went out yesterday.",
    "The parcel definitely left our warehouse on Tuesday.",
    "The bank definitely received the transfer; the confirmation is attached.",
    "The council approved the extension last week.",
    "The airline refunded you on the 3rd.",
    "The tribunal ruled in your favour on Monday.",
    "Prices on the street went up 12% last year.",
    "The survey came back clean.",
    "Your score went up 40 points after the default was removed.",
    "Customs released the container this morning.",
    "The weather held for the whole of the wedding.",
    "The courier has confirmed delivery for Thursday.",
    # --- procedural steps and timetables
    "The court will set a date for the hearing.",
    "HMRC will write to you with the assessment.",
    "Your score will be recalculated at the end of the month.",
    "The buyer will pay the stamp duty.",
    "Your flight leaves at 07:40 from Terminal 2.",
    "The train to Leeds will leave from platform 4.",
    "The embassy will return your passport by courier.",
    "The surgeon will go through the risks with you at the consultation.",
    "The council will send you a decision letter.",
    "The examiners will mark the papers in July.",
    "The lender will ask for three months of payslips.",
    "The landlord will inspect the flat before returning the deposit.",
    "The insurer will send an adjuster next week to look at the damage.",
    "The registry will contact you if anything is missing.",
    "The bank will need your passport and a utility bill.",
    "The tribunal will decide whether the claim goes ahead.",
    # --- contract terms stated as terms
    "Under the tenancy, the landlord will return the deposit within ten days of the end of the tenancy, less any agreed deductions.",
    "Under the policy, the insurer will pay up to £5,000 for water damage.",
    "The contract guarantees a minimum of 20 hours per month.",
    "The SLA commits us to a four-hour response.",
    "Your plan ends on 31 March and will renew automatically.",
    "Your premium will go up by £4 a month at renewal.",
    "Your deposit is protected by the tenancy deposit scheme.",
    "Clause 7 says the seller will pay for any survey the buyer commissions.",
    "The terms state that the airline will reimburse reasonable hotel costs during a delay.",
    "Our 12-month workmanship guarantee covers the fitting.",
    # --- the client's own words and requests
    "You said the last agent promised a sale within two weeks; we don't make that kind of promise.",
    "You asked whether the sale would definitely complete Friday; I can't say for certain.",
    "Your note says the airline told you the refund would arrive by Friday.",
    "You mentioned you'd like a guarantee that the roof won't leak; I'm afraid no roofer can give one.",
    "Your client said they were promised delivery by Friday.",
    # --- certainty words that do not promise an outcome
    "Trust me, I've been through the same thing with my own boiler.",
    "Without a doubt, this has been a tough month for your team.",
    "No doubt you'll have questions, so I've attached a short FAQ.",
    "Please add a full stop after the date in clause 3.",
    "I'm sure you're busy, so I'll keep this short.",
    "No question is too small, so just ask.",
    "I'm certain you'll find the guide useful.",
    "Your house will look great with the new windows.",
    "You'll love the view from the balcony.",
    "It was a pleasure, and rest assured we have your file safe in our system.",
    "I swear this printer has a mind of its own.",
    "I know the last month has been hard on you.",
    "Don't let the regulator run the whole scheme, period.",
    "There's no question that my own work has improved since I joined your firm.",
    "It's no bother at all to change the date.",
    "I'll send the spare keys over today, no bother.",
    # --- "no more", "never", "always" that describe, not promise
    "No more than two guests per room, please.",
    "There are no more slots this week, but Monday is free.",
    "The fund never invests in tobacco.",
    "The courier always rings before delivering.",
    "The council always sends a letter first.",
    "The bank never calls from a withheld number.",
    "Airlines always ask for the booking reference, so keep it handy.",
    "You'll never guess who I ran into at the conference.",
    "The boiler never came back on after the power cut.",
    "The noise stopped once the fan was replaced.",
    # --- numbers that are facts, prices or the writer's own terms
    "You'll save £40 if you pay the annual fee upfront.",
    "The course costs £400 for ten sessions.",
    "Your bill will be £42 a month from April.",
    "Our fee is 1.5% of the sale price.",
    "The report covers 120 properties across the county.",
    "Your order of 50 chairs will ship from our warehouse.",
    "Open rates went up by 25% after the change.",
    "We'll run the campaign for 90 days and report weekly.",
    # --- other Englishes, hedged or own
    "Kindly note we will send the documents by Tuesday itself.",
    "We will try our level best to get the file cleared by the registrar tomorrow.",
    "By God's grace the container should clear this week.",
    "We'll do our best po to have the permit by Friday.",
    "Should be sweet as for the rego, but the department has the final say.",
    "We'll be with you at 8 sharp, no dramas.",
    "Will revert by EOD with the updated quote.",
    "We're hoping the municipality passes the plans this month.",
]


# Positives the rules do not read yet (a strict xfail: one that starts passing must move
# out of this list).  What they lack: a bare weekday as a time ("completes Friday"), a
# present tense of someone else's act ("the appeal succeeds", "waves these through every
# time"), verbs of a decision outside the lists ("take her on", "order them to refund",
# "knock 20% off", "be out by"), Singlish "confirm can".
KNOWN_MISSES = {
    "The parts land on Tuesday and not a day later.",
    "The university will take her on the foundation year.",
    "The ombudsman will order them to refund you.",
    "The supplier will knock 20% off once I ask.",
    "The board will sign the contract at Thursday's meeting.",
    "The tenant will be out by the end of the month.",
    "The appeal succeeds, I've seen a dozen like it.",
    "That's the end of your leaking roof, for good.",
    "The council waves these extensions through every time.",
    "Confirm can get the flat approval one, don't worry.",
    "Refund from airline: 100% coming Friday.",
    "Lol the buyer's not going anywhere, sale completes Friday for sure.",
}
# Default severities (what blocks a send for a user), not the suite's preview.
DEFAULTS = Config.from_dict({"preview": False})


def blocking(body: str) -> list[str]:
    text = f"Hi Priya,\n\n{body}\n\nBest,\nTom\nHarrow & Lane\n"
    return [f.code for f in findings(text, DEFAULTS)
            if f.category == "overpromise" and f.severity >= Severity.WARNING]


@pytest.mark.parametrize("body", [
    pytest.param(b, marks=pytest.mark.xfail(strict=True, reason="not read yet")) if b in KNOWN_MISSES else b
    for b in POSITIVES
])
def test_probe5_positive_blocks(body):
    assert blocking(body), body


@pytest.mark.parametrize("body", NEGATIVES)
def test_probe5_hard_negative_does_not_block(body):
    assert not blocking(body), (body, blocking(body))


def test_probe5_has_enough_sentences():
    assert len(POSITIVES) >= 150 and len(NEGATIVES) >= 150
    assert len(set(POSITIVES)) == len(POSITIVES) and len(set(NEGATIVES)) == len(NEGATIVES)
    assert KNOWN_MISSES <= set(POSITIVES)


_ROOT = Path(__file__).resolve().parents[1]
# The development sets only (a blind held-out set is never opened by a test).
_SETS = [_ROOT / "bench" / "data" / f"{name}.jsonl"
         for name in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "recall-dev")]
_SETS.append(_ROOT.parent / "shared" / "eval" / "dev.jsonl")


def _runs(text: str, n: int = 10) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_probe5_copies_no_ten_word_run_from_a_labelled_set():
    runs: set[tuple[str, ...]] = set()
    for path in _SETS:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    runs |= _runs(item.get("body", "") if isinstance(item, dict) else "")
    if not runs:
        pytest.skip("no labelled sets beside the repo")
    for body in POSITIVES + NEGATIVES:
        assert not (_runs(body) & runs), body
