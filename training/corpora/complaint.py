"""The complaint model's corpus: what a client wrote to complain (label ``complaint``)
against what clients write otherwise.

Positives: frustration, repeated failure, long waits ("over 30 minutes now"), threats to
leave ("last time I buy"), demands for refunds, distress, sarcasm ("great job guys"),
all-caps anger, in many registers and Englishes.  Negatives: thanks, praise, questions,
neutral follow-ups, what-if questions, "miss you", "I'm crying" as laughter, joy with
"!!", complaints about the weather or the writer's own day, business email of every
kind.  Everything is written for this project: composed here from hand-written parts
(``_empathy_parts.py``), plus hand-written lines in ``complaint/pos-*.txt`` and
``complaint/neg-*.txt`` (the public posts to a brand in ``*-tweets.txt`` also in two
seeded variants each: another account, lower case, no closing punctuation).

``complaint/check.jsonl`` (80 client messages in the format of
``bench/data/complaints.jsonl``) is written for this project too and never trained on:
it is where ``complaint-model-threshold`` is checked
(``python bench/complaints.py training/corpora/complaint/check.jsonl``).
"""
from __future__ import annotations

import random
import re

from _common import HERE, compose, hand_written, hand_written_batch, read_lines
from _empathy_parts import AMOUNTS, COMPANY, DAYS, ITEMS, ITEMS_PLAIN, SERVICES, TIMES, WAITS, labelled_examples

LABEL = "complaint"

POS = [
    "I've been on hold for {wait} now.",
    "I have been waiting {wait} for {item} and nobody has told me anything.",
    "over {wait} now and still nothing",
    "This is the {times} time I've had to chase {item}.",
    "{item} still hasn't arrived.",
    "{item} STILL isn't working.",
    "{item} is still not fixed, {wait} later.",
    "This is the last time I order from {company}.",
    "Never again, honestly.",
    "I want a full refund.",
    "I want my money back.",
    "Refund me or I'm going to my bank.",
    "If {item} isn't sorted by {day} I will cancel my contract.",
    "I'm cancelling my account and taking my business elsewhere.",
    "I'll be leaving a review about this.",
    "I will be reporting this to the ombudsman.",
    "I'm going to take this to Trading Standards.",
    "The service is terrible.",
    "Your customer service is a joke.",
    "{company} are absolutely useless.",
    "Honestly the worst experience I've ever had with a company.",
    "I'm extremely disappointed with how this has been handled.",
    "I am very unhappy with {item}.",
    "I'm fed up of chasing {company}.",
    "I'm sick and tired of being passed from pillar to post.",
    "Nobody has called me back despite promising to.",
    "You promised a call back and it never came.",
    "Your engineer didn't turn up, again.",
    "The driver never showed up and I took a day off work for this.",
    "{item} arrived damaged.",
    "{item} arrived broken and the box was soaking wet.",
    "{item} is the wrong size, the wrong colour and two weeks late.",
    "You've charged me twice for {item}.",
    "I've been overcharged {amount} and nobody will explain why.",
    "Why have I been billed {amount} when I cancelled in {day}?",
    "Why is {item} still not done after {wait}?",
    "How many times do I have to explain this?",
    "How hard can it be to deliver {item} on time?",
    "What exactly am I paying for?",
    "Well done, {company}, that's the {times} outage this month.",
    "Just love paying for {service} that never works.",
    "Oh brilliant, {item} is late again. Shocker.",
    "Thanks for nothing.",
    "Wow. Just wow. Still no {item}.",
    "Fantastic service as always, if you like waiting {wait}.",
    "Nice to know my business means so little to {company}.",
    "{service} has been down for {wait} and I can't work.",
    "{service} keeps dropping out every evening.",
    "{service} has been dead since {day}.",
    "I've lost a day's work because of {service}.",
    "This is ridiculous.",
    "This is unacceptable.",
    "This is beyond a joke.",
    "This is a disgrace.",
    "Absolutely shocking service.",
    "Very poor service, I must say.",
    "I am not happy at all.",
    "I'm really upset about {item}.",
    "I'm so stressed about this, I can't sleep.",
    "I've been let down again.",
    "You've let me down badly.",
    "I was told {item} would be here by {day} and it wasn't.",
    "Your website says in stock but {item} never came.",
    "No one replies to emails or answers the phone.",
    "I've sent five emails and had nothing back.",
    "I've called five times and been cut off every time.",
    "Each time I call I get a different answer.",
    "Your staff were rude and dismissive.",
    "The agent hung up on me.",
    "The receptionist was incredibly rude to my mother.",
    "We paid {amount} for {item} and it's rubbish.",
    "{item} broke after two days.",
    "{item} is faulty and you won't replace it.",
    "The room was filthy and smelled of smoke.",
    "Our flight was cancelled and nobody told us.",
    "My bags never arrived and no one is helping.",
    "I was kept waiting at the surgery for over an hour.",
    "My pension transfer has taken {wait}, which is appalling.",
    "My refund of {amount} is still not in my account.",
    "I'm still waiting for my refund.",
    "Still waiting.",
    "Still no response.",
    "Still no word from {company}.",
    "Hello?? Anyone there??",
    "Is anyone actually reading these emails?",
    "Please stop sending me generic replies and fix the problem.",
    "Your so-called fix hasn't fixed anything.",
    "The problem is back, exactly as before.",
    "It's happened again.",
    "Same issue as last week, nothing has changed.",
    "I'm disgusted with the way I've been treated.",
    "Kindly note that I am very much disappointed with your service.",
    "Kindly look into this matter urgently as I have been suffering since {day}.",
    "Sir, this is the {times} reminder and still no action from your side.",
    "Till date no one has attended to my complaint.",
    "It is very bad service from your end.",
    "Please do the needful, it has been {wait} already.",
    "Po, it has been {wait} and my {plain} is still not delivered.",
    "Grabe, {wait} na and still no update.",
    "Abeg, since {day} I have been calling and nobody is picking.",
    "This is not fair at all, I paid complete.",
    "Una service no good at all.",
    "Ag man, {item} is broken again.",
    "Yoh, this is the worst.",
    "I am totally frustrated with {company}.",
    "I feel completely ignored.",
    "It's been a nightmare from start to finish.",
    "Do you even care about your customers?",
    "Absolutely livid right now.",
    "Really poor show.",
    "I'm not impressed.",
    "Not good enough.",
    "Frankly this is a shambles.",
    "The whole thing has been a shambles from day one.",
    "Your app crashes every time I try to pay.",
    "I've had to take time off work three times for this.",
    "Our staff couldn't clock in for the whole shift because {service} was down.",
    "We lost sales all weekend because the card terminal didn't work.",
    "The builders left our garden in a state.",
    "The work was not done to a good standard.",
    "The invoice is wrong again.",
    "You've sent me someone else's documents.",
    "My data has been lost and nobody can tell me why.",
    "The photos you sent are blurry and half of them are missing.",
    "My son was sent home and no one told us why.",
    "I am writing to make a formal complaint about {item}.",
    "Please treat this as a formal complaint.",
    "I wish to complain about the service I received on {day}.",
    "I'm raising a complaint because {item} has not been resolved.",
    "Last time I use {company}.",
    "I will never recommend {company} to anyone.",
    "Expect a one-star review.",
    "WHERE IS MY {plain}???",
    "WHY IS THIS STILL NOT FIXED",
    "I AM VERY ANGRY",
    "I need this sorted TODAY.",
    "You have had {wait} to fix this.",
    "The so-called express delivery took {wait}.",
    "The parcel was left in the rain and everything is ruined.",
    "The dress came with a huge stain on it.",
    "My dad waited {wait} on the phone and gave up.",
    "I'm paying for a service I'm not getting.",
    "Clearly nobody there knows what they're doing.",
    "The left hand doesn't know what the right hand is doing over there.",
    "It's the {times} time this has happened this year.",
    "That's {times} missed appointment now.",
    "Honestly, what a joke.",
    "You can't keep treating customers like this.",
    "I expected much better from {company}.",
    "This is not the service I was promised.",
    "I feel cheated.",
    "I feel like I've been scammed.",
    "You took my money and delivered nothing.",
    "Our tenants have had no hot water for {wait}.",
    "My shop has had no internet for {wait}, costing me customers.",
]

NEG = [
    "Thanks a lot for fixing {item} this fast!",
    "Thanks, {item} arrived today and it's perfect.",
    "Great job guys, the launch went really well!",
    "Really loving the new {service}, thanks.",
    "Brilliant, thanks for the update.",
    "Fantastic news, thank you!",
    "We miss you at the Tuesday book club!",
    "Miss you guys, hope all is well.",
    "I'm literally crying 😂 your voice note killed me.",
    "I'm crying laughing at the office party photos.",
    "lol I'm dead, that meme is too good",
    "Haha this is brilliant!!",
    "Yay!! So excited for the launch!!",
    "We did it!! Huge thanks to everyone!!",
    "Where is {item} at the moment, please?",
    "Could you let me know when {item} will arrive?",
    "Is there any update on {item}?",
    "Just checking in on {item}.",
    "Just following up on my email from {day}.",
    "Any news on {item}? No rush.",
    "What happens if {item} arrives damaged?",
    "What if the flight is delayed - can I still check in?",
    "If the parcel doesn't arrive by {day}, what should I do?",
    "Could I please change my appointment to {day}?",
    "Is paying monthly an option?",
    "Please could you send me a copy of {item}?",
    "I'd like to upgrade my plan.",
    "We'd like to book for 12 people on {day}.",
    "Can you confirm the total for {item}?",
    "How do I reset my password?",
    "Do you deliver to Cebu?",
    "Do you have this in a size 12?",
    "Kindly share the invoice for {day}.",
    "Kindly confirm receipt of the documents.",
    "Please do the needful and send the quotation.",
    "Po, can I ask if {item} is available?",
    "Abeg, send me the account details so I can pay.",
    "The kettle I bought isn't the colour I wanted, can I exchange it?",
    "I'd like to return {item} as it doesn't fit.",
    "The weather here has been terrible all week.",
    "Traffic was a nightmare this morning, sorry I'm late.",
    "My train was cancelled so I'll join the call from home.",
    "I've had a horrible cold all week.",
    "Work has been crazy busy.",
    "I'm so sorry for the delay in replying.",
    "Apologies, I sent the wrong file.",
    "My bad, I typed the wrong order number.",
    "Thanks for your patience with me.",
    "The engineer was lovely and very helpful.",
    "Your driver was so polite, please pass on our thanks.",
    "We're really happy with the work.",
    "Five stars from us!",
    "Happy to recommend {company} to anyone.",
    "I have no complaints at all.",
    "This is not a complaint, just a question about {item}.",
    "No problem at all, take your time.",
    "No worries, {day} is fine.",
    "Not urgent, whenever you get a chance.",
    "I'll be out of the office until {day}.",
    "Please find attached the signed contract.",
    "See you on {day}!",
    "Congratulations on the new office!",
    "Happy new year to you and the team.",
    "Our accountant will call you on {day}.",
    "We've moved house, please update my address.",
    "My new number is 0917 555 0143.",
    "I've paid the invoice today.",
    "Payment of {amount} sent.",
    "Could we move the meeting to {day}?",
    "Is it possible to get a quote for {item}?",
    "What time does the shop open on {day}?",
    "I'd love to hear more about your services.",
    "We're interested in {service} for our office.",
    "The previous supplier was terrible, which is why we're switching to you.",
    "Our old provider kept overcharging us, so we're glad to move.",
    "The market has been awful this quarter for everyone.",
    "Prices have gone up everywhere, it's crazy.",
    "Honestly the best service I've had in years.",
    "Wow, that was fast!",
    "OMG the cake was amazing, everyone loved it!!",
    "Thanks a million, you're a star.",
    "Keep up the good work.",
    "Sorry to bother you again, but could you resend the link?",
    "I might have missed it, but did you send {item}?",
    "I think there may be a typo on page 2.",
    "Please can you double-check the dates on {item}?",
    "Quick question about {item}.",
    "Just a heads-up that I'll be away next week.",
    "We need {item} by {day} if possible.",
    "Could you call me back when you get a moment?",
    "I'll wait for your reply.",
    "Let me know if you need anything else from me.",
    "All good on our side.",
    "The new {service} works perfectly now, thanks for fixing it.",
    "{service} is back up, cheers.",
    "No more issues since the update, thank you.",
    "Thanks for the refund, received today.",
    "We would like to cancel our booking for {day} as our plans have changed.",
    "Please cancel my subscription at the end of the month, I'm moving abroad.",
    "I'm dying to see the final designs!",
    "The movie was so sad, I cried the whole way through.",
    "I'm absolutely gutted I missed the party.",
    "We're so sorry to hear the office is moving, we'll miss you.",
    "We had an amazing time, thank you!",
    "The kids loved it.",
    "Cheers for the quick turnaround!",
    "I am writing to enquire about {item}.",
    "I wish to apply for the position advertised.",
    "Kindly advise on the next steps.",
    "Please note my change of address.",
    "Thanks for the heads-up about {day}.",
    "Understood, thanks for letting me know.",
    "That's fine, {day} works for us.",
    "Could you remind me of the price for {item}?",
    "Please send the invoice to accounts@ rather than to me.",
    "Can your engineer come on {day} instead?",
]


HERE_COMPLAINT = HERE / "complaint"

# Fictitious account names a public post is addressed to (none is a real brand's).
HANDLES = ["@brand", "@ZentoBroadband", "@NorthvaleRail", "@KiteAir", "@MarloBank", "@ShopOrla",
           "@FastParcelUK", "@TelcoNova", "@QuickBiteNG", "@PinoyMartPH", "@CapeFibre", "@HomeGasCo",
           "@Streamly_help", "@Dervo_Support", "@metrobus_info", "@AsterInsurance"]


def tweet_variants(lines: list[str], seed: int, per_line: int = 2) -> list[str]:
    """More copies of the hand-written public posts as people send them: addressed to
    another account (or to none), in lower case, without the closing punctuation.  The
    account name is no evidence either way, so it varies."""
    rng = random.Random(seed)
    out = []
    for line in lines:
        for _ in range(per_line):
            handle = rng.choice(HANDLES)
            t = line.replace("@brand", handle)
            r = rng.random()
            if "@" not in t and r < 0.4:
                t = f"{handle} {t}" if r < 0.25 else f"{t} {handle}"
            elif "@" in t and r < 0.15:
                t = re.sub(r"\s*@\w+\s*", " ", t).strip()
            r = rng.random()
            if r < 0.3:
                t = t.lower()
            if rng.random() < 0.3:
                t = t.rstrip(".!")
            out.append(t)
    return out


WAVE6_COPIES = 3


def examples(root):
    slots = {
        "item": ITEMS, "plain": [i.split(" ", 1)[-1].upper() for i in ITEMS], "company": COMPANY,
        "wait": WAITS, "times": TIMES, "day": DAYS, "amount": AMOUNTS, "service": SERVICES,
    }
    pos = compose(POS, slots, 2600, seed=1301)
    neg = compose(NEG, slots, 2600, seed=1302)
    hpos, hneg = hand_written("complaint", LABEL)
    # The sixth wave's lines (plain-fact complaints, pleas and demands; colleagues' notes
    # and clients' own mishaps that are not complaints) count WAVE6_COPIES times among
    # thousands of composed ones.
    w6pos, w6neg = hand_written_batch("complaint", "wave6")
    hpos += (WAVE6_COPIES - 1) * w6pos
    hneg += (WAVE6_COPIES - 1) * w6neg
    hpos += tweet_variants(read_lines(HERE_COMPLAINT / "pos-tweets.txt"), 1306)
    hneg += tweet_variants(read_lines(HERE_COMPLAINT / "neg-tweets.txt"), 1307)
    return labelled_examples(LABEL, pos, neg, hpos, hneg, seed=1300, mail=2500, leave_out=_COMPLAINT_WORDS)


# Ordinary-email lines that could be a complaint from a client are left out of the negatives.
_COMPLAINT_WORDS = ("slow again", "keeps crashing", "not what we agreed", "wrong", "rubbish", "useless",
                    "nightmare", "pain", "mess", "disagree", "still awaiting", "any update")


# Recorded with the model (model.json) and checked by tests/test_models.py.
PROBES = [
    "I've been on hold for over 30 minutes now.",
    "This is the last time I buy from you.",
    "Third time this month the app is down, brilliant.",
    "Thanks so much, the parcel arrived today!",
    "I'm crying 😂 that's hilarious",
    "Can you tell me when the engineer is coming?",
]
