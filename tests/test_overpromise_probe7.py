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
* ``OWN2``: a second batch of the same class, written after the reader was done and
  measured once, as a check that it reads the class and not the first batch: 18/20
  negatives quiet at declared severities on that first run (19/20 once "the right one
  is attached" stopped counting "one" as a time), positives 20/20 found.
* ``NOQ``: "no questions (asked)" closing the writer's own refund, exchange or
  cancellation offer is a policy, not certainty (PRM006's clean false alarm on
  heldout12); "no question" closing someone else's outcome still is.

* ``GRADE``, ``WEATHER``, ``CONNECTION``, ``MARKET``: everyday outcomes others decide,
  the classes of the overpromise misses of heldout10-12 once PRM001 fell to info (read by
  ``_promise_reader/everyday.py``): a grade ("she's going to get a 9 in her GCSE"), the
  weather ("it never rains here in June", "you'll have clear skies"), a travel connection
  ("you'll make the connection", "the first flight is never late"), a market's move
  promised away or a price at sale ("timber prices won't go up", "those lambs will make
  £140 a head").  A positive blocks at default severities; a negative (the same words as a
  fact, a plan, a history, a hedge or the writer's own price) does not.
* ``MAY``: "May" the month read as the modal hedge ("between now and May, she will get
  a grade 8", "the May hearing"): a capital "May" inside its sentence is the month; the
  modal ("the council may approve it") still hedges.
* ``RANK``: a search or marketplace position promised by a moving verb ("we'll get your
  shop to the number one spot on Google", "we'll rank your practice first on Google"),
  against the same words for a report, a look or a document ("we'll show you the top
  result on Google", "I'll get the first page of the report to you").

Each sentence is one test, so the pass rate is the probe's figure.  First-try rates,
measured before the fixes of this wave: OWN negatives 6/24 quiet at declared severities
(17 PRM001, 1 PRM002), positives 23/24 caught at declared severities (18/24 blocking at
default); NOQ negatives 8/20 quiet (PRM006 and PRM002 on the closing "no questions", one
PRM008), positives 20/20 caught.  Blocking at default, first try: GRADE 8/20 caught, 20/20 negatives
quiet; WEATHER 6/20, 19/20; CONNECTION 10/20, 20/20; MARKET 10/20, 20/20.  After the
fixes: GRADE 20/20, WEATHER 17/20, CONNECTION 16/20, MARKET 19/20; negatives unchanged.
MAY: 8/20 caught first try, 19/20 after; negatives 20/20 quiet before and after.  RANK:
5/20 caught first try, 20/20 after; negatives 17/20 quiet first try, 20/20 after.
"""
from __future__ import annotations

import pytest
from helpers import findings
from promise_probe import blocking, copied, labelled_runs, wrap

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

GRADE_POSITIVES = [
    'Tomasz is going to get a 9 in his English GCSE.',
    'With two more terms of lessons she will get a grade 8 in physics.',
    "He'll come out with an A* in further maths.",
    'Your daughter is going to pass her grade 5 piano exam with distinction.',
    'Kwame will score a 7 in the IELTS speaking test.',
    "She's going to get an A in her chemistry A level.",
    'He will get a grade 7 or higher in the summer.',
    'Ravi is gonna smash the 11+ and get into the grammar.',
    'Your son will get top marks in the mock.',
    'Chloe will pass her driving test first time.',
    "Amara's going to get a first in her dissertation.",
    'He will get a band 8 in the writing module.',
    'The kids will all get level 3 in the assessment.',
    'Mia will get 90% or more in the final paper.',
    'With our revision pack, he will get full marks in the practical.',
    'Junaid is going to pass the bar exam on his first attempt.',
    'She will get an A in her history coursework.',
    'Nadia will walk the entrance exam.',
    'Leo is going to ace his theory test.',
    'Your lad will pass the CSCS test no bother.',
]

GRADE_NEGATIVES = [
    'Tomasz is working at a 7 now and could reach a 9 with steady practice.',
    'She got a grade 8 in physics last summer.',
    'He is aiming for an A* in further maths.',
    'The grade boundaries for a 9 were 212 out of 240 last year.',
    "I'll mark her grade 5 theory paper by Friday.",
    'Kwame needs a 7 in the IELTS speaking test for his visa.',
    'Most of our students get an A or A* at A level, though every year is different.',
    'He will sit the grade 7 exam in the summer.',
    'Your son will get his mock results on Monday.',
    'Chloe will take her driving test in March.',
    'If she keeps this up she should get a first.',
    'He will get a chance to resit the writing module in June.',
    'The kids will all get a certificate for taking part.',
    'Mia will get the final paper back marked by the end of the week.',
    'He will get the practical book to keep after the course.',
    'Junaid is going to sit the bar exam in July.',
    'She will get feedback on her history coursework next week.',
    'Nadia will get a copy of the entrance exam syllabus.',
    'Leo is going to book his theory test for May.',
    'Your lad will get his CSCS card in the post.',
]

WEATHER_POSITIVES = [
    "It just doesn't rain here in early September, so skip the marquee.",
    "It never rains in Marrakech in May - you won't need a single umbrella.",
    "You'll have clear skies and sunshine for the photos.",
    'The sun will shine on your big day, trust me.',
    'Whatever the wind does on the night, the show goes ahead.',
    "Don't worry about the weather, it's always dry here in July.",
    "You'll get a glorious sunset over the bay for the ceremony.",
    'The snow will be perfect for your ski week in February.',
    "There'll be no rain on Saturday, so the barbecue's on.",
    'Whatever the rains do, the harvest will come in at eight tonnes.',
    'The sea will be flat calm for your boat trip.',
    "You won't need the gazebo - it'll be dry all afternoon.",
    "The monsoon won't reach us before your trip ends.",
    'The fog will have lifted well before your flight.',
    "You'll see the Northern Lights on your second night.",
    'It never snows in Cape Town in June, so pack light.',
    'The wind will drop by the time the yachts race.',
    'The rain will hold off for the garden party.',
    'Bank on sunshine all week for the retreat.',
    "There won't be a cloud in the sky for the fireworks.",
]

WEATHER_NEGATIVES = [
    'It rained on the day last year, so we had the marquee up.',
    'If it rains, the ceremony moves into the orangery.',
    "The forecast looks dry at the moment, but we'll keep the marquee on standby.",
    "We'll put the heaters on the terrace in case it gets cold.",
    'The sun sets at about 8:40pm in June, so book the photographer for 8.',
    "It doesn't matter if it rains - the barn holds 120.",
    "We've had ceremonies on the lawn every summer for ten years.",
    "You'll have the terrace to yourselves from 6pm.",
    'The lights in the marquee will be on from dusk.',
    'The snow chains are in the boot of the hire car.',
    "There'll be no charge for the gazebo if you don't use it.",
    'The wind turbines on the hill will be in some photos, sorry.',
    'The sea view rooms are on the second floor.',
    'Umbrellas will be at the door for guests, just in case.',
    "We'll decide on the outdoor option on the Thursday, once we see the forecast.",
    'The rain cover for the stage arrives on Friday.',
    'It usually stays dry here in July, but we plan for showers anyway.',
    'The Northern Lights tour runs every night that the sky is clear.',
    "We'll text you on the morning if the boat trip is off because of the weather.",
    'The fireworks will start at 9pm sharp.',
]

CONNECTION_POSITIVES = [
    "Your first flight is never late, so you'll make the connection in Istanbul.",
    'You will make the transfer in Dubai easily, they always hold the plane.',
    'The inbound is always early, so a 45-minute change is plenty.',
    "The ferry always waits for the train, so you won't miss it.",
    "You'll catch the 14:10 connection in Frankfurt, no problem.",
    "The airline holds connections for through passengers, so you'll make it.",
    "The coach from the airport is never late, you'll make the check-in.",
    "Don't worry about the tight change in Amsterdam - you'll make it.",
    'KLM never leaves a connecting passenger behind.',
    "The train always gets in on time, so you'll make your boat.",
    "You'll make your onward flight easily even with the short layover.",
    'The transfer bus will be waiting for you whatever time you land.',
    'Your bags will make the connection with you.',
    "You won't miss the connection - the gates are right next to each other.",
    "The shuttle never runs late, so you'll be at the terminal in time.",
    'The first leg always lands early, so the change in Nairobi is easy.',
    "You're going to make the connection in Singapore without breaking a sweat.",
    "The 7:05 from Leeds is never delayed, so you'll make the Eurostar.",
    "Trust me, you'll make the 55-minute change in Doha.",
    "They'll hold the connecting flight for you if the first one is late.",
]

CONNECTION_NEGATIVES = [
    'The connection in Istanbul is 2 hours 20, which the airline sets as its minimum plus a margin.',
    'If your first flight is late, the airline will rebook you on the next one at no cost, under their rules.',
    "The inbound was early on both of our last two trips, but I'd still allow the longer change.",
    "I've booked a 3-hour layover in Dubai to be safe.",
    "You'll need to collect your bags and check in again in Frankfurt.",
    'The coach from the airport leaves every 30 minutes.',
    "You'll change planes in Amsterdam, at the same terminal.",
    'The train gets in at 10:12 and the boat leaves at 11:00.',
    "I'll meet you at arrivals in Singapore.",
    'Your bags are checked through to Manila.',
    "We'll send the transfer details the week before you fly.",
    "The change in Nairobi is tight, so I'd suggest the later flight.",
    'The gates are close together in Doha, which helps.',
    'The 7:05 from Leeds was on time every day last week.',
    'The shuttle runs every 20 minutes from 5am.',
    "If you miss the connection, call us on the emergency number and we'll sort it.",
    "I'll book you on the earlier ferry so there's time to spare.",
    "You'll land at 14:05 and the onward flight leaves at 16:30.",
    "The airline may hold the connection, but I wouldn't count on it.",
    'Your onward boarding pass will be issued at the transfer desk.',
]

MARKET_POSITIVES = [
    "Timber prices won't go up before you place the order in March.",
    "Interest rates won't rise again this year, so fix later.",
    'Those lambs will make £140 a head at the very least.',
    "The bullocks will fetch over two grand apiece at Thursday's sale.",
    "Steel isn't going to get any dearer before spring.",
    "Fuel costs won't climb before the contract starts.",
    "Your shares won't drop below what you paid.",
    "The pound won't fall against the euro before your trip.",
    "The rent on your flat won't go down, whatever happens.",
    'Copper will stay above $9,000 a tonne until you sell.',
    'Your property is going to be worth 20% more next year.',
    "Gold isn't going to fall this year, so buy now.",
    'Your ewes will make at least £200 each in the ring.',
    "House prices here won't drop while the new station is being built.",
    'The painting will go for six figures at auction.',
    "The rand won't weaken before your payment lands.",
    "Container rates won't spike before your shipment.",
    'Those heifers will sell for at least £1,700 a head.',
    "Wheat won't drop under £200 a tonne this harvest.",
    'Your crypto is going to hit six figures by Christmas.',
]

MARKET_NEGATIVES = [
    'Timber prices went up 8% last spring.',
    "Our prices won't go up before your order in March - the quote is fixed.",
    "Interest rates may rise again this year, so it's worth looking at a fixed deal.",
    'Those lambs made £140 a head last week.',
    "The bullocks will be sold at Thursday's sale, lot 40 onwards.",
    "Our fee won't go up before the contract starts.",
    'Your shares were bought at 412p.',
    'The pound fell against the euro last month.',
    "The rent on your flat won't change until the tenancy renews - it's in the lease.",
    'Copper traded at $9,000 a tonne yesterday.',
    'Your property was valued at £410,000 in March.',
    'Gold is up 12% this year.',
    'Your ewes will be penned in ring 2 on Friday.',
    'House prices here have risen every year since 2015.',
    'The painting will be in the October sale with a guide of £80-100k.',
    'The rand weakened last week, so the transfer cost more.',
    'Container rates were stable in the last quarter.',
    "We'll hold the price on the heifer feed until the end of the month.",
    "Our delivery charge won't rise this harvest.",
    'Your crypto wallet will be set up by Christmas.',
]

MAY_POSITIVES = [
    'With weekly lessons between now and May, she will get a grade 8 in her GCSE.',
    'The council will approve the extension before the end of May, guaranteed.',
    'From March to May the insurer will pay out on every claim you send them.',
    'Your visa will be granted in time for your May start date.',
    'The buyer will accept your offer once the May survey is done.',
    'Between April and May your rankings will jump to the first page of Google.',
    'The shipment lands in early May without fail.',
    "Interest rates won't rise between now and May.",
    'The tribunal will find in your favour at the May hearing.',
    'It never rains here in May, so skip the marquee.',
    'The landlord will return your whole deposit when you leave in May.',
    'Your sales will double by the end of May.',
    'The embassy will approve the renewal before your May flight.',
    'Come May, the market will bounce back.',
    'The parts will 100% arrive by May 3rd.',
    "After the May exams he's going to get straight 9s.",
    'Through April and May, your flat will rent for at least £1,500 a month.',
    'The bank will sign off the loan in May, no question.',
    'Your house will sell before May, I guarantee it.',
    'The May sale will fetch over £2,000 a head for those bullocks.',
]

MAY_NEGATIVES = [
    'The council may approve the extension before the end of the month.',
    "The insurer may pay out, but it's their decision.",
    'Your visa may be granted in time for your start date.',
    'The buyer may accept your offer once the survey is done.',
    'Your rankings may improve over the next few months.',
    'The shipment may land in early June.',
    'Interest rates may rise between now and the summer.',
    'The tribunal may find in your favour.',
    "It may rain, so we'll keep the marquee on standby.",
    'The landlord may return some of your deposit.',
    'Your sales may grow once the campaign starts in May.',
    'The embassy may approve the renewal before your flight in May.',
    'The market may bounce back by May, but nobody can say.',
    'The parts may arrive by May 3rd if the factory is on schedule.',
    'He may get a 9 after the May exams if he keeps practising.',
    'Your flat may rent for around £1,500 a month from May.',
    'The bank may sign off the loan in May.',
    'Your house may sell before May.',
    'The May sale may fetch a good price for those bullocks.',
    "We'll send the May invoice on the 1st.",
]

RANK_POSITIVES = [
    "We'll get Bella's Bakery to the number one spot on Google in six weeks.",
    'Our package will put your salon at the top spot on Google Maps.',
    "We're going to get your shop onto the first page of Google by spring.",
    "We'll push the clinic to the number one position on Google for 'dentist Leeds'.",
    'The new content will take your firm to the top of Google within a month.',
    'We will get your app to the number one slot on the App Store.',
    "We'll move your listing to the first page of Amazon results.",
    'Our team will get your hotel to the top spot on TripAdvisor this season.',
    "We'll get the restaurant to number one on Google for 'pizza Cork'.",
    "We'll put your garage in the top position on Google Maps in 30 days.",
    "With the Gold plan we'll get you to page one of Google.",
    "We'll take your plumbing business to the first spot on Bing.",
    'We will get your brand into the top result on Google for every product.',
    "We'll get your café into the number one place on Yelp.",
    'Your site will hit the number one spot on Google by March.',
    "We'll rank your practice first on Google for every local search.",
    "I'll get your B&B to the top of TripAdvisor before the summer.",
    'Our backlinks will push you to the first page of Google in a fortnight.',
    "We're going to put your store at the number one spot on Amazon.",
    "We'll get your firm ranked number one on Google in three months.",
]

RANK_NEGATIVES = [
    "We'll check where your shop sits on the first page of Google each month.",
    "We'll send you a report on your Google position every Friday.",
    "We'll aim to move you up the Google results over the next few months.",
    'Your site was on the first page of Google last spring.',
    "We'll set up your Google Business profile on Monday.",
    "We'll work to improve your position on Google, though no one can promise a spot.",
    "We'll show you the top result on Google for your name.",
    "We'll track your ranking on Amazon weekly.",
    "I'll get the first page of the report to you by noon.",
    "We'll take a look at the top spot on TripAdvisor to see what they do well.",
    "We'll put your logo at the top of the page.",
    "We'll get your menu onto the first page of the website.",
    "We'll move your listing to the new category on Amazon.",
    "We'll get the number one priority tickets sorted first.",
    'Your café is currently in the number one place on Yelp.',
    "We'll review the first page of Google results together on Thursday.",
    'If the reviews keep coming, you could reach the first page of Google.',
    "We'll put your address at the top of the contact page.",
    "We'll take your photos to the top floor studio for the shoot.",
    "We'll get you a copy of the top ten list.",
]

OWN2_NEGATIVES = [
    'All the tiling we did is guaranteed for three years against cracking or lifting.',
    'We guarantee every stitch on the alterations - if a seam goes, bring it back.',
    "I promise I'll have a proper look at the invoice tonight.",
    'We guarantee you a pitch with electric hook-up for the whole week.',
    'Sorry, wrong file again - the right one is attached now, I promise.',
    "We guarantee the plastering for a year; hairline cracks we'll fill for free.",
    "Book by Friday and we guarantee you this year's rate.",
    "I promise we won't ring you during working hours.",
    'We guarantee to replace any plant from our nursery that dies in its first season.',
    'Our carpentry is guaranteed for ten years, full stop.',
    "I promise I'll keep this between us.",
    "The cabin upgrade is guaranteed - I've added it to your booking myself.",
    'We guarantee a refund of the full fee if we cancel the class.',
    'I promise to bring the spare keys when I come round.',
    "We guarantee you'll be seated together - I've blocked the row.",
    'We guarantee our prices for twelve months from the date of this quote.',
    'We guarantee all the wiring our electricians install for five years.',
    'The roof repair we did last week is guaranteed, so call us if it drips.',
    "Sorry for the slow reply, I promise I'm on it now.",
    'We guarantee not to share your photos without asking you first.',
]

OWN2_POSITIVES = [
    'I promise the delivery van will be there by nine.',
    'We guarantee the tiles will arrive from Italy before the fitters start.',
    'I promise you the judge will throw this out.',
    'We guarantee your application will be accepted this time.',
    'I guarantee the price of your flat will go up next year.',
    'The paint is guaranteed to survive any storm the coast throws at it.',
    'We guarantee your blog will get 10,000 readers a month.',
    'I promise the planning officer will recommend approval.',
    'We guarantee your investment will double in five years.',
    'I can promise you the sun will shine on the day.',
    'Our programme is guaranteed to get you promoted within a year.',
    'I guarantee the vendor will drop the price.',
    "I promise the customs officers won't open the parcel.",
    "We guarantee you'll be approved for the mortgage.",
    'The cream is guaranteed to clear the rash within a week.',
    'I promise the hospital will operate before Christmas.',
    "We guarantee the trains won't be on strike that day.",
    'I guarantee the ferry will sail on time whatever the sea does.',
    'Your landlord will agree to the pet, I promise.',
    'I promise your son will make the first team this season.',
]

# Known misses, kept visible (strict xfail: a fix makes them pass and must remove them).
KNOWN = {
    # a product's own attribute ("nut-free") is read as an outcome: the reader takes only
    # warranties, bookings and acts as the writer's
    "The cake is guaranteed nut-free - our bakery doesn't handle nuts at all.",
    # the writer's own act in the passive ("you'll be seated together"): "you" as the
    # subject of a clause is read as the reader's outcome
    "We guarantee you'll be seated together - I've blocked the row.",
    # "this is the last form": a present clause whose only future is the writer's own
    "I promise this is the last form I'll ask you to fill in.",
    # "Our campaign guarantees ..." is read as a named policy (PRM007, info)
    "Our campaign guarantees you 500 new followers by Christmas.",
    # a carrier's habit told with a name ("KLM") or in a clause before the promise; a
    # carrier's act promised with a condition after it
    "The airline holds connections for through passengers, so you'll make it.",
    "KLM never leaves a connecting passenger behind.",
    "They'll hold the connecting flight for you if the first one is late.",
    # a price held at a level ("stay above $9,000")
    "Copper will stay above $9,000 a tonne until you sell.",
    # "whatever the wind does" with a present tense; "it'll be dry" ("it" is too many
    # things: paint, a floor); "bank on sunshine" inside its clause
    "Whatever the wind does on the night, the show goes ahead.",
    "You won't need the gazebo - it'll be dry all afternoon.",
    "Bank on sunshine all week for the retreat.",
    # a sunset time read as an outcome a licence relies on (PRM006 reliance)
    "The sun sets at about 8:40pm in June, so book the photographer for 8.",
    # "straight 9s": a plural of grades is not read
    "After the May exams he's going to get straight 9s.",
}


def _cases(sentences):
    return [pytest.param(s, marks=pytest.mark.xfail(strict=True, reason="not read yet")) if s in KNOWN else s
            for s in sentences]


@pytest.mark.parametrize("body", _cases(OWN_NEGATIVES + OWN2_NEGATIVES))
def test_guarantees_the_writer_controls_are_not_overpromises(body):
    assert not declared(body), (body, declared(body))


@pytest.mark.parametrize("body", _cases(OWN_POSITIVES + OWN2_POSITIVES))
def test_guarantees_of_what_others_control_are_flagged(body):
    assert declared(body), body


@pytest.mark.parametrize("body", _cases(NOQ_NEGATIVES))
def test_no_questions_asked_offer_is_not_certainty(body):
    assert not declared(body), (body, declared(body))


@pytest.mark.parametrize("body", _cases(NOQ_POSITIVES))
def test_no_question_after_an_outcome_is_certainty(body):
    assert declared(body), body


@pytest.mark.parametrize("body", _cases(GRADE_POSITIVES + WEATHER_POSITIVES + CONNECTION_POSITIVES + MARKET_POSITIVES
                                       + MAY_POSITIVES + RANK_POSITIVES))
def test_everyday_outcomes_others_decide_block(body):
    assert blocking(body), body


@pytest.mark.parametrize("body", _cases(GRADE_NEGATIVES + WEATHER_NEGATIVES + CONNECTION_NEGATIVES + MARKET_NEGATIVES
                                       + MAY_NEGATIVES + RANK_NEGATIVES))
def test_everyday_hard_negatives_do_not_block(body):
    assert not blocking(body), (body, blocking(body))


def test_probe7_batches_are_big_enough_and_fresh():
    batches = [OWN_NEGATIVES, OWN_POSITIVES, NOQ_NEGATIVES, NOQ_POSITIVES, GRADE_POSITIVES, GRADE_NEGATIVES,
               WEATHER_POSITIVES, WEATHER_NEGATIVES, CONNECTION_POSITIVES, CONNECTION_NEGATIVES, MARKET_POSITIVES,
               MARKET_NEGATIVES, MAY_POSITIVES, MAY_NEGATIVES, RANK_POSITIVES, RANK_NEGATIVES, OWN2_NEGATIVES,
               OWN2_POSITIVES]
    every = [s for b in batches for s in b]
    assert len(set(every)) == len(every)
    assert all(len(b) >= 20 for b in batches)
    assert KNOWN <= set(every)
    if not labelled_runs():
        pytest.skip("no labelled sets beside the repo")
    assert not copied(every)
