"""An eighth-wave probe of the overpromise rules: fresh sentences of our own (written for
this file, not taken from any labelled set), one batch per class of the overpromise
misses of heldout13-15 once PRM008 fell to info.

* ``VOUCHED``: a promise word ("I promise", "promise po", "guaranteed", "I can promise you
  that much", "That's a promise.", "you have my word") vouching for a future someone or
  something else decides ("it'll sail", "timber prices are going up by spring", "the
  typhoon will not hit on the day", "your rash will clear up") is a third-party outcome
  (PRM005), read by ``_overpromise_scan/vouched.py`` whatever the outcome's words; the
  writer's own future vouched for ("I'll bring the samples Thursday, promise", "I'm going
  to send the figures tonight, I promise"), their product doing its job ("the new pump
  will stop the flooding, I promise": PRM001), the reader's reaction ("you'll love it, I
  promise") and a condition anywhere in the clause vouched for ("if the bank agrees, ...,
  I promise") do not block.
* ``WEATHER``: the weather told as settled in more words ("the snow will have melted",
  "the typhoon will turn north", "you'll have a dry, sunny afternoon", "it'll be blue
  skies all weekend"), against plans, forecasts, mixed outlooks ("sunshine or showers"),
  tide tables and the writer's own rooms.
* ``OTHERS``: outcomes others decide, plain futures ("the valuer will come in at the full
  asking price", "the ferry won't be cancelled", "lumber prices are going to climb",
  "Daniel will get a place at Hillcrest on appeal", "the scar will be completely gone"),
  against notices, visits, the writer's own prices and hedges.
* ``NEVER``: PRM003 on a never-again scoped to the writer's own process or to being
  noticed ("so it can't happen again at the next billing run", "so it can't recur
  unnoticed": the class of PRM003's two clean false alarms on heldout13, not flagged)
  against the blanket promise ("so it can't happen again", "this will never happen
  again, at any branch", "next year or any year").

``*2`` batches were written after the readers were done and measured once, as a check
that they read the class and not the first batch.  Each sentence is one test; a
positive blocks at default severities, a negative does not.

First-try rates (blocking at default, before this wave's fixes): VOUCHED positives
20/25 caught, negatives 21/25 quiet (4 PRM002/PRM006 on the writer's own future or a
condition before a closing "I promise"); WEATHER 11/20 caught, 19/20 quiet; OTHERS 9/25
caught, 20/20 quiet; NEVER 9/12 caught, 12/12 quiet (the heldout13 shapes themselves
were flagged).  Second batches, first run after the fixes: VOUCHED2 10/10 caught, 8/10
quiet (the two fixed since: "I'm going to ..., I promise", "..., you have my word");
WEATHER2 7/8, 7/8; OTHERS2 6/8, 7/8.
"""
from __future__ import annotations

import pytest
from promise_probe import blocking, copied, labelled_runs

VOUCHED_POSITIVES = [
    "The boat will go out on Saturday, I promise.",
    "Your parcel clears customs this week, I promise you.",
    "The bank will say yes to the remortgage, I promise you that much.",
    "Trust the process: the council will sign off the extension, you have my word on it.",
    "The train will be on time for your connection, I swear.",
    "Prices on copper are rising by at least a tenth before summer, guaranteed.",
    "The buyer won't pull out, I can promise you that.",
    "It will stay dry for the ceremony, I promise.",
    "Yes, the flight will leave on time, promise.",
    "Your son will pass his driving test next week, I promise you.",
    "The insurer is going to pay every penny of this claim. That's a promise.",
    "The landlord will hand the whole deposit back, I'd put it in writing.",
    "He'll get into Cambridge, I promise you that.",
    "The wind will drop by the afternoon, I promise, so the crossing will be smooth.",
    "The shares will be worth double by next year, I guarantee it.",
    "The vet will have her back on her feet in a week, I promise.",
    "The tribunal will find in your favour, no doubt about it.",
    "The surveyor will value it at the full price, take it from me.",
    "Your rash will clear up within days, I promise you.",
    "The airline will refund the whole fare, I can promise you that much.",
    "The container won't be held at the port, promise.",
    "The roads will be clear of snow by Friday, I guarantee it.",
    "Rest easy, the match will go ahead on Sunday, I promise you.",
    "The judge will throw their claim out, you have my word.",
    "The pound will be stronger by the time you travel, I promise.",
]

VOUCHED_NEGATIVES = [
    "I'll send the revised quote on Monday, I promise.",
    "We'll be at the venue by eight, I promise you.",
    "The invoice is attached this time, I promise.",
    "You'll love the new kitchen, I promise you.",
    "I promise I'll call you back this afternoon.",
    "We guarantee our own fitting work for two years.",
    "I can't promise the flight will leave on time, but we'll keep an eye on it.",
    "Nobody can promise the weather will hold, so we've booked the marquee sides.",
    "I promise you we did check the figures twice.",
    "As promised, here is the breakdown of the fees.",
    "The insurer has already paid the claim, I promise you.",
    "I'll have it fixed before you're back, I promise.",
    "We'll keep your details private, you have my word.",
    "If the bank agrees, the move will go ahead on the 9th, I promise.",
    "The forecast says it should stay dry, though I can't promise anything.",
    "Our team will tidy everything up before we leave, I promise.",
    "I promise we won't share your email address with anyone.",
    "It was a genuine mistake on our part, I promise you.",
    "We'll refund the delivery fee today, I promise.",
    "I'll bring the samples on Thursday, promise.",
    "Our price is guaranteed for 30 days from the quote.",
    "The courier should be with you on Friday, but I'll chase it if not.",
    "You'll find the form easy to fill in, I promise.",
    "I'll be honest with you: the council may take longer than usual.",
    "I promise to keep you posted as soon as the bank replies.",
]

VOUCHED2_POSITIVES = [
    "The cheque from the insurers will clear by Tuesday, I promise.",
    "Believe it or not, the council are going to pass your plans, I promise you that.",
    "The shipment won't get stuck at Felixstowe, promise.",
    "Your rent won't go up next year, guaranteed.",
    "The bride's flight will land on time, I swear to you.",
    "Nickel prices are climbing another 10% by June, guaranteed.",
    "The swelling will be gone by the weekend, I promise.",
    "The kids will sail through the entrance test, I promise you.",
    "The hotel will give you the sea-view room, that's a promise.",
    "Your cat will pull through the operation, I promise.",
]

VOUCHED2_NEGATIVES = [
    "I'll ring the hotel first thing tomorrow, I promise.",
    "We'll sort the paperwork out this week, promise.",
    "I'm going to send you the revised figures tonight, I promise.",
    "You'll enjoy the course, I promise.",
    "The contract's attached now, I promise you.",
    "We'll look after your dog as if she were ours, you have my word.",
    "It won't cost you a penny extra, I promise.",
    "You'll be fine, I promise, the procedure is routine and I'll be there.",
    "As I promised on the phone, here's the full breakdown.",
    "Our fitters will leave the place spotless, I promise.",
]

WEATHER_POSITIVES = [
    "You'll have a dry, sunny afternoon for the photos.",
    "It'll be blue skies all weekend for the wedding.",
    "The sun will shine for your garden party, so leave the gazebo at home.",
    "There won't be a drop of rain on the day.",
    "The storm won't reach us before Sunday, so the ceremony is safe outdoors.",
    "The sea will be flat calm for your crossing.",
    "It'll be wall-to-wall sun for the whole fortnight.",
    "The snow will have melted by the time you drive up.",
    "The river won't flood this winter, so there's no need for the sandbags.",
    "Don't worry about the hurricane, it will miss the island completely.",
    "The weather will be perfect for the barbecue.",
    "The wind will have died down by the time the ferry leaves.",
    "You'll get glorious sunshine the entire week in Crete.",
    "The rain will hold off until after the match.",
    "It's going to be bone dry for your outdoor ceremony.",
    "The frost won't touch your seedlings this spring.",
    "The typhoon will turn north before it gets anywhere near you.",
    "The crossing will be smooth as glass on Tuesday.",
    "The heatwave will break before your guests arrive.",
    "There'll be no fog at the airport on Friday morning, so you'll land on time.",
]

WEATHER_NEGATIVES = [
    "The forecast looks dry for the afternoon, but we'll bring the marquee sides just in case.",
    "It rained all morning, so we've moved the photos indoors.",
    "We'll put the sides on the marquee if the wind picks up.",
    "The weather might turn, so pack a coat.",
    "Sunny weather is forecast, though it can change quickly in the hills.",
    "We'll have umbrellas ready at the door for your guests.",
    "The sun was out for the whole of last year's event.",
    "If it rains, we'll move the drinks reception into the barn.",
    "I hope you get a dry day for the photos.",
    "The storm damaged the fence, and our team will repair it on Monday.",
    "Let's keep an eye on the forecast and decide on Thursday.",
    "We'll cover the seedlings with fleece if frost is forecast.",
    "The ferry company will text you if the sailing is cancelled.",
    "We'll check the weather on Friday and call you.",
    "The marquee will keep your guests dry whatever the sky does.",
    "The heating will keep the room warm for the evening.",
    "Our driver will wait at arrivals with a sign.",
    "The snow chains are in the boot in case you need them.",
    "I'll book the indoor room as a backup in case of rain.",
    "The crossing usually takes about ninety minutes.",
    "You'll have a dry run of the presentation on Monday afternoon.",
    "You'll have a quiet evening to settle in after the move.",
    "The tide will be out at three, so you can walk across to the island.",
    "It'll be a sunny room, as it faces south.",
    "You'll get a dry cleaning voucher with the booking for the weekend.",
    "The river walk will be open again from Saturday.",
    "Sun cream will be provided at the pool.",
    "You'll have a dry, warm room in the annex whatever the weather.",
    "The snow plough will clear the drive if it snows.",
    "The storm last week flooded the car park, so we've moved parking to the rear.",
    "It'll be sunshine or showers, so bring layers.",
    "The frost damaged some of the tiles last winter; we'll replace them on Monday.",
]

WEATHER2_POSITIVES = [
    "The clouds will have cleared by the time the fireworks start.",
    "You'll get a dry, sunny morning for the race.",
    "It'll be blue skies over the lake for your photos.",
    "The gales won't reach the coast until Monday, so the sailing is safe.",
    "There won't be a cloud over the bay all weekend.",
    "The hurricane will miss Barbados by a long way.",
    "The sun is going to shine on your big day.",
    "The flood water will have gone down by the time you move in.",
]

WEATHER2_NEGATIVES = [
    "The forecast shows rain on Saturday, so we've booked the hall as well.",
    "You'll have a quiet weekend to recover after the move.",
    "It'll be a dry run of the ceremony on Friday.",
    "We'll hand out ponchos if it rains.",
    "The snow last week closed the road for two days.",
    "The sunroom will be finished by Friday.",
    "You'll have a bright, modern kitchen once the work is done.",
    "The storm drain will be cleared by our team on Monday.",
]

OTHERS_POSITIVES = [
    "The valuer will come in at the full asking price.",
    "Your daughter will definitely get a place at Hillcrest on appeal.",
    "The application will sail through the council without a hitch.",
    "They'll settle well before it reaches court.",
    "There's no way the judge rules against you on this.",
    "You'll be ranked first on Google for 'plumber Bristol' within two months.",
    "The ferry won't be cancelled, so book the removal van for the afternoon.",
    "Lumber prices are going to climb at least 15% by the new year.",
    "The scar will be completely gone after the third session.",
    "The results will last a lifetime with no side effects at all.",
    "The mortgage lender will approve you without asking for more payslips.",
    "The panel will definitely overturn the decision.",
    "HMRC won't open an enquiry into this return.",
    "Your offer will be accepted by the vendor tomorrow.",
    "The other side will cave before the hearing.",
    "Your back pain will be gone for good after this course of treatment.",
    "The exam board will raise her mark on review.",
    "Your new hire will definitely pass the vetting checks.",
    "There's no chance the bank refuses the loan.",
    "The train strike won't affect your journey on the 12th.",
    "The refund will land in your account before Christmas.",
    "Google will put you at the top of the map results within a fortnight.",
    "Fuel costs will fall by a third before the summer.",
    "The hair will grow back thicker within two months.",
    "The buyer's surveyor won't find anything wrong with the roof.",
]

OTHERS_NEGATIVES = [
    "We'll submit the application to the council on Monday.",
    "The valuer is booked for Thursday morning.",
    "The judge will set a date for the hearing in the next few weeks.",
    "The council will write to you with their decision.",
    "We'll work to improve your ranking, though nobody controls Google's results.",
    "Prices may rise in the new year, so it could be worth ordering now.",
    "Most patients see the scar fade a lot over the course.",
    "The panel will hear the appeal on the 4th of June.",
    "HMRC will send you a letter confirming the refund.",
    "We'll put your offer to the vendor this afternoon.",
    "If the other side doesn't reply by Friday, we'll apply to the court.",
    "The treatment usually helps with back pain, though everyone responds differently.",
    "The exam board will publish the results in August.",
    "We'll run the vetting checks this week.",
    "I think the bank is likely to approve the loan, but we'll know next week.",
    "Our engineer will fix the boiler on Tuesday.",
    "The refund was sent this morning and normally takes three to five days.",
    "Your new website will go live on Monday.",
    "The surveyor will send his report within five working days.",
    "We'll chase the lender for a decision tomorrow.",
    "Our prices will rise by 4% from the first of April.",
    "Prices will go up by 3% on 1 May, as per our letter.",
    "The ferry company will text you if the sailing is delayed.",
    "If the ferry is cancelled, we'll rebook the van for the next day.",
    "The flight may be delayed because of the strike, so keep an eye on the app.",
    "Daniel will get a letter from the school with the appeal date.",
    "Your son will get a place on the waiting list automatically.",
    "He'll get a copy of the report by email.",
    "Sarah will get the keys from our office on Friday.",
    "The valuer will come out on Tuesday morning.",
    "The surveyor will come back to you with a quote.",
    "The buyer's surveyor will look at the roof and the boiler.",
    "The train won't stop at Reading on Sundays.",
    "The bank won't open an account without two forms of ID.",
    "The council won't find your application unless you use the reference number.",
    "Energy costs have risen sharply this year, which is why our tariff changed.",
    "We'll keep the timber prices fixed until the end of March.",
    "Your new hire will need to pass the vetting checks before starting.",
]

OTHERS2_POSITIVES = [
    "Aluminium prices will double before you need to reorder.",
    "The train won't be delayed, so you'll be there for the start.",
    "Your daughter will get the apprenticeship at Rolls-Royce.",
    "The surveyor will value it at £350,000, no problem.",
    "The sailing won't be cancelled, so don't book a hotel.",
    "The rash will be completely gone in a week.",
    "Freight rates are going to fall by a quarter next month.",
    "The flight won't be overbooked, so you'll definitely get a seat.",
]

OTHERS2_NEGATIVES = [
    "Our rates will go up by 2% in January.",
    "The train may be delayed by the engineering works, so allow extra time.",
    "Your daughter will get a confirmation email from us today.",
    "The surveyor will visit on Thursday at 10am.",
    "If the sailing is cancelled, the ferry company will rebook you.",
    "The rash usually settles within a week or two.",
    "He'll get a reply from us by Friday.",
    "The flights we booked won't be refundable, I'm afraid.",
]

NEVER_POSITIVES = [
    "We've restarted the server, so this will never happen again.",
    "It can't happen again, I promise you.",
    "You'll never have another outage with us.",
    "We've fixed it, and it can't recur.",
    "The leak has been sealed and will never come back.",
    "This kind of mistake is impossible from now on.",
    "Rest assured it won't ever happen again.",
    "The new firewall means nobody can ever get into your network again.",
    "We've changed supplier, so there will be no more delays, ever.",
    "The bug is gone for good and will never affect your reports again.",
    "We've replaced the pump, so your basement won't flood again.",
    "From now on your invoices will always be right.",
    "I've put a marker on the file, so it can't happen again.",
    "I've had a word with the team and this will never happen again, at any branch.",
    "A new test is in place, so it can't recur, full stop.",
    "It can't happen again, ever.",
    "We've upgraded the router so the outage can't happen again next year or any year.",
    "With the new backup power, you'll never lose a morning's work again.",
    "The replacement valve means the boiler won't ever break down again.",
    "We've retrained the whole team, so a mix-up like this will never happen again.",
]

NEVER_NEGATIVES = [
    "I've added a note to your file so the fee isn't charged again at your next renewal.",
    "We've added a check so this can't slip through unnoticed next time.",
    "I've switched off the duplicate direct debit so it can't be taken again next month.",
    "We've put a block on the old card so it can't be charged again by our system.",
    "I've removed the duplicate line so it won't appear on next month's invoice.",
    "We've added an alert so we'll catch it straight away if it happens again.",
    "We're adding a test so that bug can't reach production without us noticing.",
    "I've updated your address on our system so letters can't go to the old flat again.",
    "The second charge has been cancelled and won't be taken again.",
    "We've fixed the template so the wrong date can't be printed on your next statement.",
    "I've flagged your account so the late fee can't be applied again at the next billing run.",
    "We've added a second sign-off so an unchecked quote can't be sent out by us again.",
    "I've also put a flag on your file so it can't happen again at the next renewal.",
    "We've added an automated check, so it can't recur unnoticed.",
    "A reminder is now set on our side so it won't happen again on your next invoice.",
    "We've changed the export so this can't happen again without us being alerted.",
    "The rota now has a second name on it so it can't slip through the net again.",
    "I've cancelled the duplicate order so it won't be sent again at the next dispatch.",
    "We've added your new email so reminders can't go to the old address next month.",
    "I've set an alert on the account so a missed payment can't go unnoticed again.",
]

# A season's weather waved away and a figure said to be settled (written with the fix).
SEASON_POSITIVES = [
    "The barley will do four tonnes to the acre whatever the summer throws at it.",
    "The roses will flower in June whatever this spring brings.",
    "The yield is in the bag, so you can sign the forward contract now.",
    "That valuation is in the bag, don't worry.",
    "Her grade is in the bag after that coursework.",
]
SEASON_NEGATIVES = [
    "The seed is in the bag by the door for you to collect.",
    "Whatever the summer brings, we'll keep you posted on the crop.",
    "The price list is in the bag with your order.",
    "The number is in the bag on the front seat.",
    "The valuation report is in the bag I left at reception.",
    "Your grade sheet is in the bag, along with the certificate.",
]

# "No way" denying someone else's outcome ("there's no way the bank turns you down"),
# PRM006; against "no way to know", "no way round it", the writer's own "no way we can",
# a past or a modal, and an opinion about a present fact ("no way the numbers are
# right").  First try 6/20 caught, 20/20 quiet.
NOWAY_POSITIVES = [
    "There's no way the bank turns you down with these figures.",
    "There's simply no way a judge sees this differently.",
    "There is no way the council refuses an extension this small.",
    "No way the insurer wriggles out of this one.",
    "There's no way the buyer walks away now.",
    "There's no way the airline charges you for the change.",
    "Honestly, there's no way HMRC queries a return this clean.",
    "There's no way the tribunal finds against you.",
    "There's no way the landlord keeps your deposit.",
    "There's no way the examiners mark her down for that.",
    "There's no way the surveyor flags anything on this house.",
    "There's no way the lender says no.",
    "There's no way the panel rejects your appeal.",
    "There's no way the visa gets refused.",
    "There's no way the market drops before you sell.",
    "There's no way it rains on Saturday.",
    "There's no way your claim gets rejected.",
    "There is no way the shipment misses the sailing.",
    "There's no way the other side takes this to court.",
    "There's no way the school turns him down.",
]
NOWAY_NEGATIVES = [
    "There's no way we can finish the kitchen by Friday, I'm afraid.",
    "There's no way to know how long the council will take.",
    "There's no way of telling what the insurer will decide.",
    "There's no way round the stamp duty, unfortunately.",
    "I can see no way the fee could be lower.",
    "Is there no way the bank could extend the deadline?",
    "There's no way I could have known about the change.",
    "There was no way the courier could reach you in the snow.",
    "There's no way for us to see your card details.",
    "There's no way around the waiting period, sadly.",
    "No way! That's brilliant news about the offer.",
    "There's no way we'd charge you for that.",
    "There's no way I'm letting you pay for our mistake.",
    "There's no way to speed the visa up, I'm afraid.",
    "There's no way of predicting the market.",
    "There's no way you could have spotted that.",
    "There's no way the old boiler can be repaired, so we'll replace it.",
    "There's no way the bank would tell us, so please call them.",
    "I can't promise there's no way the insurer will query it.",
    "There's no way the courier left it, our driver still has it.",
    "There's no way this invoice is right; can you check it?",
    "There's no way he knows about the merger yet.",
    "There's no way the figures add up.",
    "There's no way that makes sense for a small firm like yours.",
    "There's no way the numbers are correct.",
]

# Known misses and false alarms, kept visible (strict xfail: a fix makes them pass and must
# remove them).
KNOWN = {
    # a customs hold is read as a term of a policy (PRM007, info)
    "The container won't be held at the port, promise.",
    # "bone dry" after "it" ("it" is too many things: paint, plaster, a floor)
    "It's going to be bone dry for your outdoor ceremony.",
    # the writer's own marquee or room held dry "whatever the weather" (PRM006 invariance reads any future)
    "The marquee will keep your guests dry whatever the sky does.",
    "You'll have a dry, warm room in the annex whatever the weather.",
    # flood water is not read as weather
    "The flood water will have gone down by the time you move in.",
    # "will be cleared" is read as a clearance decision whatever is cleared
    "The storm drain will be cleared by our team on Monday.",
    # the writer's own rates: a market phrase of the lexicon, read before the clause reader's "our"
    "Our rates will go up by 2% in January.",
    # "they" with no third party named before it
    "They'll settle well before it reaches court.",
    # decisions outside the verb lists (open an enquiry, raise a mark, pass vetting, an apprenticeship, a ranking "at the top", overbooking)
    "HMRC won't open an enquiry into this return.",
    "The exam board will raise her mark on review.",
    "Your new hire will definitely pass the vetting checks.",
    "Your daughter will get the apprenticeship at Rolls-Royce.",
    "Google will put you at the top of the map results within a fortnight.",
    "The flight won't be overbooked, so you'll definitely get a seat.",
    # a plain deadline with no certainty word (PRM002 needs one); a body's result ("grow back thicker")
    "The refund will land in your account before Christmas.",
    "The hair will grow back thicker within two months.",
    # a literal bag ("in the bag" right after a figure's noun)
    "The number is in the bag on the front seat.",
    # "no way" before a verb the lemmatizer does not know, or a plural subject's verb
    "No way the insurer wriggles out of this one.",
    "There's no way the examiners mark her down for that.",
    # never-again in other shapes: "impossible from now on", "nobody can ever get into", "will always be right"
    "This kind of mistake is impossible from now on.",
    "The new firewall means nobody can ever get into your network again.",
    "From now on your invoices will always be right.",
}


def _cases(sentences):
    return [pytest.param(s, marks=pytest.mark.xfail(strict=True, reason="not read yet")) if s in KNOWN else s
            for s in sentences]


POSITIVES = (VOUCHED_POSITIVES + VOUCHED2_POSITIVES + WEATHER_POSITIVES + WEATHER2_POSITIVES + OTHERS_POSITIVES
             + OTHERS2_POSITIVES + NEVER_POSITIVES + SEASON_POSITIVES + NOWAY_POSITIVES)
NEGATIVES = (VOUCHED_NEGATIVES + VOUCHED2_NEGATIVES + WEATHER_NEGATIVES + WEATHER2_NEGATIVES + OTHERS_NEGATIVES
             + OTHERS2_NEGATIVES + NEVER_NEGATIVES + SEASON_NEGATIVES + NOWAY_NEGATIVES)


@pytest.mark.parametrize("body", _cases(POSITIVES))
def test_probe8_positive_blocks(body):
    assert blocking(body), body


@pytest.mark.parametrize("body", _cases(NEGATIVES))
def test_probe8_negative_does_not_block(body):
    assert not blocking(body), (body, blocking(body))


def test_vouched_outcome_is_a_third_party_outcome():
    assert blocking("The pound will be stronger by the time you travel, I promise.") == ["PRM005"]
    assert blocking("Yes, the ferry will sail, I promise, storm or not.") == ["PRM005"]


def test_scoped_never_again_is_quiet_and_blanket_still_blocks():
    assert not blocking("I've put a note on the account so it can't happen again at the next billing run.")
    assert not blocking("We're adding a test so it can't recur unnoticed.")
    assert blocking("I've put a note on the account so it can't happen again.") == ["PRM003"]
    assert blocking("We're adding a test so it can't recur.") == ["PRM003"]


def test_probe8_batches_are_big_enough_and_fresh():
    pairs = [(VOUCHED_POSITIVES + VOUCHED2_POSITIVES, VOUCHED_NEGATIVES + VOUCHED2_NEGATIVES),
             (WEATHER_POSITIVES + WEATHER2_POSITIVES, WEATHER_NEGATIVES + WEATHER2_NEGATIVES),
             (OTHERS_POSITIVES + OTHERS2_POSITIVES, OTHERS_NEGATIVES + OTHERS2_NEGATIVES),
             (NEVER_POSITIVES, NEVER_NEGATIVES), (NOWAY_POSITIVES, NOWAY_NEGATIVES)]
    every = POSITIVES + NEGATIVES
    assert len(set(every)) == len(every)
    assert all(len(p) >= 20 and len(n) >= 20 for p, n in pairs)
    assert KNOWN <= set(every)
    if not labelled_runs():
        pytest.skip("no labelled sets beside the repo")
    assert not copied(every)
