"""The bad-news model's corpus: new text that gives the recipient bad news about their
own matter (label ``bad_news``): a delay, an outage, a cancellation, a billing error, a
refusal, data loss, a price rise, a charge, a lost or damaged item.

Negatives are what a model must not read as bad news for the recipient: forwarded news
articles and market bulletins (losses, lay-offs, floods happening to others), negated
and hedged sentences ("there won't be any delay", "may be unavailable if ..."), planned
maintenance, changes the customer asked for, good news, confirmations, reminders,
routine business email.  Everything is written for this project: composed from
hand-written parts (``_empathy_parts.py``), plus ``bad_news/pos-*.txt`` and
``bad_news/neg-*.txt``.
"""
from __future__ import annotations

from _common import HERE, compose, hand_written, hand_written_batch, read_lines
from _empathy_parts import AMOUNTS, DAYS, ITEMS_PLAIN, NEWDAYS, SERVICES, labelled_examples

LABEL = "bad_news"

YOUR = [
    "your order", "your parcel", "your delivery", "your installation", "your booking", "your flight",
    "your appointment", "your repair", "your claim", "your application", "your refund", "your shipment",
    "your kitchen", "your sofa", "your course", "your class", "your transfer", "your visa application",
    "your hearing", "your surgery", "your conservatory", "your order of 40 chairs", "your container",
    "your wedding cake", "your payroll run", "your server migration", "your website launch",
    "your loan disbursement", "your policy renewal", "your tour", "your room", "your tickets",
]
CAUSES = [
    "the factory is behind on orders", "of a shortage of parts", "the steel hasn't come in",
    "we were short of drivers", "the courier lost the consignment", "of a system error on our side",
    "the engineer is off sick", "the manufacturer has stopped making it", "the vessel missed its slot",
    "customs have held the container", "our payment processor had a fault", "of a mistake on our part",
    "the chef has left", "too few bookings came in", "the venue double-booked",
    "the aircraft has a technical fault", "a server update failed", "the migration overran",
]
REFUSE = [
    "we are unable to offer a refund", "we cannot accept the return", "the repair isn't covered",
    "your request has been declined", "your claim has been rejected", "your application was unsuccessful",
    "we're not able to extend the deadline", "this ticket type is non-refundable",
    "a payment plan isn't possible on this account", "we can't waive the late fee",
    "your appeal has not been upheld", "no compensation is payable",
    "your extension request has been declined", "we cannot reinstate your account",
    "the warranty does not cover this damage", "your policy excludes this type of damage",
]

POS = [
    "{your} has been delayed until {newday}.",
    "{your} now begins on {newday}, not {day}.",
    "{your} is going to be roughly a month late.",
    "{your} is running two weeks behind.",
    "{your} won't arrive until {newday}.",
    "{your} will not be ready by {day} as planned.",
    "{your} has been pushed back to {newday} because {cause}.",
    "Because {cause}, {your} has been delayed.",
    "{your} has been cancelled.",
    "{your} has been cancelled because {cause}.",
    "We have had to cancel {your}.",
    "Unfortunately {your} has been cancelled.",
    "Sadly we have to cancel {your}.",
    "{refuse}.",
    "Unfortunately {refuse}.",
    "I'm afraid {refuse}.",
    "After reviewing it, {refuse}.",
    "Having reviewed your file, {refuse}.",
    "Regrettably {refuse}.",
    "{service} was down for {hours} hours on {day}.",
    "{service} was offline most of this morning because {cause}.",
    "{service} is currently down and we don't have a fix yet.",
    "There is an outage affecting {service}.",
    "Your landline was dead for most of Tuesday.",
    "Your {plain} was lost in transit.",
    "{your} was damaged in the warehouse.",
    "The video footage from the reception was lost.",
    "Your files from last week were never backed up.",
    "Some of your data was deleted and cannot be restored.",
    "Your emails from {day} were lost when the server failed.",
    "We charged you twice by mistake.",
    "Your card was charged twice due to a processing error.",
    "Your invoice went to an old email address, so it's now overdue.",
    "We under-quoted you; the job will cost {amount} more.",
    "We've added a {amount} late payment charge to your account.",
    "We have applied a charge of {amount} for the missed appointment.",
    "Your monthly price will increase from {amount} to a higher rate from {day}.",
    "From {day} your subscription will go up by 40%.",
    "Your premium is increasing by {amount} at renewal.",
    "Your rent will rise by {amount} a month from {day}.",
    "The fine still applies and is payable this month.",
    "We can't move the {day} deadline.",
    "You still owe {amount}, payable by {day}.",
    "You'll have to come in again to repeat the test.",
    "The lab couldn't use your sample.",
    "Your payment failed and your account has been suspended.",
    "Your account will be closed on {day}.",
    "Your Wednesday spin class is being dropped from the timetable.",
    "Your regular slot is no longer available.",
    "The spare is out of stock at the maker with no date given.",
    "The item you ordered is out of stock and we can't get more.",
    "We no longer stock {plain}.",
    "Your {plain} failed its inspection.",
    "Your car failed its MOT on brakes and tyres.",
    "The survey found subsidence, so the lender has withdrawn the offer.",
    "The bank has declined your mortgage application.",
    "Your visa was refused.",
    "The court did not grant your application.",
    "We lost the case.",
    "Your flight has been moved to {newday}, a day later.",
    "The hotel has downgraded your room.",
    "Your tour has been shortened to three days.",
    "You'll need to upload last week's orders again as they didn't reach us.",
    "You will need to re-enter your details as they were lost.",
    "The refund will take another six weeks.",
    "Your refund has been rejected by our finance team.",
    "We will not be able to deliver on {day} after all.",
    "The engineer is not available until {newday}.",
    "We can't send anyone out until {newday}.",
    "There's been a problem with {your}.",
    "There's a problem with your payment.",
    "Your order has been lost by the courier.",
    "Your parcel was returned to sender.",
    "Your loan instalment was taken twice this month.",
    "Your salary credit will be delayed by three days this month.",
    "The shipment didn't make the sailing and goes on {newday} instead.",
    "Customs have held your container pending inspection.",
    "Your domain expired and the site went offline.",
    "Your backup has been failing since {day}.",
    "Your website was hacked and customer data may have been exposed.",
    "Your password was exposed in a breach on our side.",
    "We made a mistake with your tax return and you now owe {amount}.",
    "Your pension transfer has been held up at the other provider.",
    "Your grade has been lowered after moderation.",
    "Your place on the course has been withdrawn.",
    "The course is full and you are on the waiting list.",
    "We're closing your branch on {day}, so your account will move to our online service.",
    "Your contract will not be renewed.",
    "We have decided not to proceed with your order.",
    "The wedding venue is no longer available on your date.",
    "The stone you chose has been discontinued.",
    "Your cake will not be ready until the afternoon.",
    "Delivery is now expected in late August rather than July.",
    "Kindly note your loan disbursement is delayed due to pending verification.",
    "Please be informed that your application has been rejected.",
    "We regret to inform you that {your} has been cancelled.",
    "Po, your parcel is delayed due to the typhoon and will arrive {newday}.",
    "Your account was debited {amount} in error.",
    "Your gas supply will be disconnected on {day} unless the balance is paid.",
    "Service to your street will be off for repairs until further notice.",
]

# Negatives: not bad news for the recipient about their own matter.
NEG = [
    "Good news: {your} is on track for {day}.",
    "{your} won't be held up at all.",
    "{your} is not delayed.",
    "{your} remains scheduled for {day} as agreed.",
    "{your} has been dispatched and should arrive {day}.",
    "{your} has been confirmed for {day}.",
    "{your} is ready to collect.",
    "{your} was approved.",
    "Your refund of {amount} has been processed.",
    "Your claim has been accepted and payment will follow.",
    "Congratulations, your application was successful!",
    "You've passed the assessment.",
    "Following your call, {your} is now on {newday} as you wanted.",
    "As requested, your delivery has been rescheduled to {newday}.",
    "We've cancelled your subscription as you asked.",
    "Per your request, {your} has been cancelled and no fee applies.",
    "Your booking for {day} has been changed to {newday} at your request.",
    "Routine maintenance is scheduled for {service} overnight on {day} (1am to 3am).",
    "{service} will be offline for scheduled upgrades on {day}.",
    "Scheduled maintenance: {service} may be briefly unavailable on {day} overnight.",
    "You don't need to do anything.",
    "If {your} is delayed, we will let you know straight away.",
    "Should the courier be delayed, we'll refund the delivery fee.",
    "Flights may be delayed if the weather turns.",
    "Prices may increase next year, but we will give you notice.",
    "In rare cases the portal can be slow at month end.",
    "I can't guarantee it by {day}, though most parcels take 48 hours.",
    "We aim to finish by {day}, weather permitting.",
    "No charges will apply.",
    "There is nothing to pay.",
    "Your bill stays the same.",
    "Your price will stay the same.",
    "Shares of the company fell 4 percent after the results.",
    "The company reported a loss of $12 million for the quarter.",
    "Analysts expect further job cuts at the bank, the newspaper reported.",
    "Heavy snow has shut mountain passes, slowing truck deliveries across the region, officials said.",
    "The storm knocked out power to 200,000 homes in the region, officials said.",
    "The regulator fined the utility for late filings.",
    "Several utilities have cancelled supply deals, according to the report.",
    "A national retailer reported falling sales and plans to close stores.",
    "The central bank raised rates by a quarter point on Thursday.",
    "Diesel costs climbed for a third week, the survey found.",
    "The senator said the bill would not create a delay in the project.",
    "Mr. DeLay spoke at the conference on {day}.",
    "The court dismissed the lawsuit against the former executives.",
    "Power prices spiked as the heatwave continued, traders said.",
    "The airline cancelled 300 flights nationwide because of the strike, the BBC reported.",
    "Earthquake alert: a magnitude 4.2 quake was recorded near the coast.",
    "WEATHER ALERT: HEAVY RAIN EXPECTED {day} IN THE NORTH REGION.",
    "The market was volatile this week, with gas futures down sharply.",
    "The project was delayed last year, but it is now complete.",
    "Last year's outage led us to build a second data centre.",
    "We fixed the problem with {service} this morning.",
    "{service} is back up and working normally.",
    "The bug has been fixed in the latest release.",
    "A new unit is on its way to you, free of charge.",
    "Please find attached the invoice for {day}.",
    "Just a reminder that your {amount} subscription renews on the 1st.",
    "Reminder: your check-up is on {day} at 11:15.",
    "The office shuts early on {day} for the staff party.",
    "Your statement for {day} is now available.",
    "Payment of {amount} is due within 30 days.",
    "The deadline for {your} is {day}.",
    "Please bring your insurance card.",
    "We've received your payment, thank you.",
    "Thanks for your order; we'll email you when it ships.",
    "Your engineer will arrive between 8am and 12pm on {day}.",
    "Welcome aboard! Your account is set up.",
    "We are pleased to confirm your booking.",
    "We're delighted to let you know {your} is complete.",
    "Our new prices start on {day}; your plan is not affected.",
    "Unfortunately I'm out of the office on {day}, but Sarah can help.",
    "Unfortunately I missed your call this morning; call me back any time.",
    "Sorry for the slow reply, I was travelling.",
    "I couldn't open the attachment, could you resend it?",
    "Can you send me the signed form by {day}?",
    "We don't charge for the first consultation.",
    "There is no late fee if you pay by {day}.",
    "The item is back in stock.",
    "No fault was found on the line.",
    "We found no damage to the car.",
    "The test came back negative.",
    "Nothing was lost and all your files are safe.",
    "Your data was restored in full.",
    "Please do not reply to this automated message.",
    "Our team will be at the trade fair on {day}.",
    "We are pleased to announce our new office in Lagos.",
    "The old system will be switched off on {day}, after your move to the new one.",
    "We're retiring the old app on {day}; the new one is already on your phone.",
    "The event was cancelled last year, so we're excited to run it again.",
    "The supplier went bust, which is why we switched to a better one last year.",
    "I hope your flight wasn't too delayed!",
    "Sorry to hear your train was cancelled, hope you got home OK.",
    "The other client had a delay, but yours is fine.",
    "Kindly note the office will remain closed on {day} on account of Diwali.",
    "Po, your parcel is out for delivery today.",
    "Your loan has been disbursed.",
]

# Sentences shaped like bad news ("will not", "has not", "cannot", "lost", "cut") that
# are instructions, policies, colleagues' plans or other people's news.
NEG_SHAPES = [
    "{person} will not be in the office on {day}.",
    "{person} won't be able to make the {event} on {day}.",
    "{person} can't join the {event}, so {person2} will cover.",
    "{person} has not sent the {doc} yet.",
    "The {doc} has not been signed yet and won't be final until it is.",
    "The {doc} hasn't been reviewed by legal yet.",
    "You will not be able to {action} until {precondition}.",
    "You cannot {action} unless {precondition}.",
    "{action_cap} is not possible until {precondition}.",
    "Staff will not be able to {action} during the {event}.",
    "The {event} has been moved to {day} in room {room}.",
    "The {event} on {day} is cancelled; we'll pick it up next week.",
    "{org} reported a loss for the quarter, the {paper} said.",
    "{org} cut {number} jobs after profits fell, according to the {paper}.",
    "{org} delayed its {project} by a year, the {paper} reported.",
    "{org} shares fell {number} percent on {day}.",
    "{org} cancelled its {project}, citing high costs.",
    "The {project} at {org} was halted after the accident, officials said.",
    "Prices for {commodity} dropped sharply this week.",
    "{commodity} supplies remain tight after the outage at {org}.",
    "{person} has been with {org} for {number} years and ran the {project}.",
    "{person} lost {possessive} luggage on the way to the {event}.",
    "{person}'s flight was cancelled, so {person2} will present instead.",
    "We lost the {event} to {org}, but it was close.",
    "The {project} was rejected by the board last year, so we reworked it.",
]
NEG_SLOTS = {
    "person": ["Kim", "Jeff", "Sally", "Mark", "Louise", "Vince", "Tana", "Rick", "Priya", "Chidi", "Mei", "John"],
    "person2": ["Greg", "Ann", "Dave", "Ifeoma", "Raj", "Lucy"],
    "possessive": ["his", "her", "their"],
    "event": ["offsite", "board dinner", "team lunch", "training", "conference", "softball game", "review", "weekly call"],
    "doc": ["memo", "term sheet", "side letter", "budget", "confirmation", "draft", "minutes", "amendment"],
    "action": ["edit the deal", "archive the order", "change the password", "submit the claim", "log in", "select that product"],
    "action_cap": ["Editing the deal", "Archiving the order", "Changing the password", "Submitting the claim"],
    "precondition": ["the trade settles", "your manager approves it", "the account is activated", "all orders are closed", "IT resets it"],
    "room": ["4C", "32-B", "the boardroom", "EB 3321"],
    "org": ["Dynegy", "the utility", "the regional bank", "a Houston refiner", "the pipeline operator", "Reliant", "the state agency", "a rival trader"],
    "paper": ["Journal", "Chronicle", "wire service", "newspaper", "trade press"],
    "project": ["power plant", "pipeline expansion", "merger", "bond sale", "IPO", "trading floor move"],
    "commodity": ["natural gas", "crude", "power", "propane", "steel"],
    "number": ["2", "4", "12", "300", "1,200", "15"],
}


WAVE6_COPIES = 2


def examples(root):
    slots = {
        "your": YOUR, "cause": CAUSES, "refuse": REFUSE, "day": DAYS, "newday": NEWDAYS,
        "amount": AMOUNTS, "service": SERVICES, "plain": [i.replace("the ", "") for i in ITEMS_PLAIN],
        "hours": ["two", "three", "eleven", "six", "four"],
    }
    pos = compose(POS, slots, 2800, seed=1401)
    neg = compose(NEG, slots, 2600, seed=1402) + compose(NEG_SHAPES, {**slots, **NEG_SLOTS}, 1400, seed=1406)
    hpos, hneg = hand_written("bad_news", LABEL)
    # Long neutral sentences (processes, legal and technical detail) count three times: a
    # bag-of-words model adds up a long sentence's words, and these teach it that length
    # and procedure are not news.
    hneg += 2 * read_lines(HERE / "bad_news" / "neg-wave5-long.txt")
    # The sixth wave's lines (news told in passing, in lists, in formal decisions, results
    # and office mail that is not news) are a few hundred among thousands of composed
    # ones: each counts 2 * WAVE6_COPIES times (positives are doubled below with every
    # hand-written positive), so the model learns their shapes.
    w6pos, w6neg = hand_written_batch("bad_news", "wave6")
    hpos += (WAVE6_COPIES - 1) * w6pos
    hneg += (2 * WAVE6_COPIES - 1) * w6neg
    # The hand-written lines say bad news in more ways than the templates do: each counts twice.
    return labelled_examples(LABEL, pos, neg, hpos, hneg, seed=1400, mail=2500, leave_out=_BAD_WORDS, hpos_copies=2)


# Ordinary-email lines that could be bad news for a recipient are left out of the negatives.
_BAD_WORDS = ("unfortunately", "afraid", "cannot accept", "won't be able", "not able", "keeps crashing",
              "slow again", "wrong", "bug where")


# Recorded with the model (model.json) and checked by tests/test_models.py.
PROBES = [
    "Your installation has been pushed back by six weeks.",
    "Unfortunately your claim has been declined.",
    "Your order has been cancelled because the item sold out.",
    "There won't be any delay to your order.",
    "Shares of the utility fell 4 percent on Tuesday, the paper said.",
    "We will carry out planned maintenance on Sunday night.",
]
