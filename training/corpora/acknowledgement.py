"""The acknowledgement model's corpus: apology, sympathy, understanding, validation or
recognition of the client's situation in the new text (label ``acknowledgement``),
including "We regret ...", "that's not good enough", "I hear you", stock apologies,
and thanks for patience.

Negatives: the bad news and facts themselves, non-apologies ("sorry if you feel that
way"), "sorry?" as "pardon", "I'm sorry to say" before nothing sad, thanks for an email,
neutral and routine business email, and the client's complaints.  Everything is
written for this project: composed from hand-written parts, plus
``acknowledgement/pos-*.txt`` and ``acknowledgement/neg-*.txt``.
"""
from __future__ import annotations

import re

from _common import compose, hand_written, hand_written_batch
from _empathy_parts import DAYS, ITEMS_PLAIN, SERVICES, WAITS, labelled_examples

LABEL = "acknowledgement"

WHAT = [
    "your order is late", "the delay", "the trouble with {item}", "the mix-up with {item}",
    "the outage", "the wait", "the confusion", "the problem with {item}", "what happened on {day}",
    "the mistake on your invoice", "the way your call was handled", "the cancellation",
    "the damage to {item}", "having to chase us", "the disruption", "all the hassle",
    "the double charge", "losing the photos", "the noise", "the missed appointment",
    "you were kept waiting {wait}", "{item} arrived damaged", "the engineer didn't turn up",
    "we let you down", "the poor service", "the stress this has caused", "your experience",
]

POS = [
    "I'm really sorry about {what}.",
    "I'm so sorry about {what}.",
    "Sorry about {what}.",
    "Sorry for {what}, that's on us.",
    "We're sorry for {what}.",
    "We apologise for {what}.",
    "We apologize for {what}.",
    "Please accept our apologies for {what}.",
    "Please accept my sincere apologies for {what}.",
    "My apologies for {what}.",
    "Apologies for {what}.",
    "Our apologies for {what}.",
    "I apologise unreservedly for {what}.",
    "We regret {what}.",
    "We regret that {what2}.",
    "We sincerely regret the inconvenience caused.",
    "We regret to inform you that your application was not successful.",
    "I regret that we couldn't do more.",
    "I understand how frustrating {what} must be.",
    "I completely understand your frustration.",
    "I totally get the frustration.",
    "I understand this is not the news you were hoping for.",
    "I know this isn't what you wanted to hear.",
    "I know how much you were counting on {item}.",
    "That sounds like a really stressful week.",
    "I can imagine how upsetting that must have been.",
    "That must have been really stressful.",
    "That sounds incredibly frustrating.",
    "That's not how we want any customer to feel.",
    "That's not good enough, and I'm sorry.",
    "You're right to be annoyed.",
    "You have every right to be upset.",
    "You're absolutely right, we should have told you sooner.",
    "You shouldn't have had to chase us.",
    "Nobody should be spoken to that way.",
    "You've every reason to complain.",
    "I hear you.",
    "I hear you, and I'm on it.",
    "Fair enough, we got this wrong.",
    "We got this wrong.",
    "That one's on us.",
    "This was our mistake, not yours.",
    "We dropped the ball here.",
    "We didn't do well enough on {what}.",
    "We've let you down and I'm sorry.",
    "Thank you for your patience.",
    "Thanks for bearing with us.",
    "Thank you for bearing with us while we sorted this out.",
    "Thanks for your patience while we checked.",
    "Thank you for being so understanding.",
    "Thanks for flagging it, and sorry it happened.",
    "I was sorry to hear about {what}.",
    "I'm sorry to hear about your mother.",
    "I'm so sorry for your loss.",
    "Please accept our condolences.",
    "Our thoughts are with you and your family.",
    "I'm sorry to hear you've had such a difficult time.",
    "I'm sorry this has been so disruptive.",
    "I'm sorry it's taken so long.",
    "Sorry it's taken {wait} to get back to you on this.",
    "Sorry again for all the trouble.",
    "Apologies once again,",
    "Again, my apologies.",
    "Apologies once more.",
    "We apologise for any inconvenience caused.",
    "We apologise for any inconvenience this may cause.",
    "Sorry for any inconvenience.",
    "We're sorry for the inconvenience.",
    "I know it's been a long wait, and I appreciate your patience.",
    "I appreciate this has been a really frustrating few weeks.",
    "I appreciate how disappointing this is.",
    "I really appreciate your patience with {item}.",
    "I realise this is a big disappointment.",
    "I realise this causes real problems for you.",
    "I know the timing couldn't be worse.",
    "I'd be annoyed too.",
    "I'd feel the same in your position.",
    "Honestly, that's not acceptable, and I'm sorry.",
    "That should never have happened.",
    "This is not the standard we hold ourselves to.",
    "I'm sorry we didn't get it right the first time.",
    "Sorry, we messed up.",
    "My sincere apologies, {name}.",
    "Sincere apologies for the delay.",
    "Kindly accept our apologies for the inconvenience caused.",
    "We deeply regret the inconvenience.",
    "We are extremely sorry for the trouble caused to you.",
    "Sorry po for the delay.",
    "Pasensya na po for the delay.",
    "Ma'am, we sincerely apologise for the lapse on our side.",
    "Sir, we regret the inconvenience caused to you.",
    "Sorry for the wahala.",
    "Eish, sorry about that.",
    "Ag shame, sorry to hear that.",
    "Gutted for you, honestly.",
    "What a rubbish experience, sorry.",
    "I'm sorry to be the bearer of bad news.",
    "I'm afraid I have some disappointing news, and I'm sorry about it.",
    "It pains me to tell you this.",
    "I wish I had better news.",
    "I wish the answer were different.",
    "Thank you for raising this, you were right to.",
]

NEG = [
    "Thanks for your email.",
    "Thank you for your message.",
    "Thanks for getting in touch.",
    "Thanks for the update.",
    "Thanks for the photos.",
    "Thank you for your order.",
    "Thanks for your payment.",
    "Thanks for your application.",
    "{item} has been delayed until {day}.",
    "Your booking has been cancelled.",
    "Unfortunately {item} is not covered.",
    "Unfortunately we are unable to offer a refund.",
    "I'm afraid the ticket is non-refundable.",
    "Regrettably the claim has been declined.",
    "The part is on back order.",
    "The portal was offline on Tuesday morning.",
    "Your refund went through last week.",
    "As stated before, the charge applies.",
    "Sale items are not returnable under our policy.",
    "Refunds usually take a fortnight.",
    "The next engineer slot is next week.",
    "Sorry if you feel that way.",
    "I'm sorry you feel that we have let you down, but the policy is clear.",
    "We're sorry you're unhappy with our decision, but it is final.",
    "Sorry, what do you mean?",
    "Sorry?",
    "Sorry, which order is this about?",
    "Sorry to bother you, but could you sign the form?",
    "Sorry for the late reply, I was on leave.",
    "Sorry for the slow response.",
    "Apologies for the short notice, but can we move the call to {day}?",
    "Sorry to chase, but did you get the contract?",
    "Sorry, I forgot to attach the file.",
    "Oops, wrong attachment, sorry!",
    "I understand you'd like to change the date.",
    "I understand you're moving house next month.",
    "I see you've asked for a copy of the invoice.",
    "We note your complaint and will respond within 8 weeks.",
    "Your feedback has been passed to the team.",
    "Our team has looked at your case.",
    "I've checked your query.",
    "Following your enquiry, details are below.",
    "Please find the updated invoice attached.",
    "Please send the item back with the label provided.",
    "A replacement will be sent within 5 working days.",
    "We'll update you when stock arrives.",
    "Your reference is JOB-10394.",
    "Money's on its way back.",
    "Kindly note the credit will show in two parts.",
    "Please do not reply to this automated message.",
    "We regret nothing about the decision to expand.",
    "No regrets, it was the right call.",
    "I'm sorry to say the pub quiz is back on {day}!",
    "Patience is a virtue, as my gran used to say.",
    "Understood.",
    "Noted, thanks.",
    "Great, thanks!",
    "Looking forward to it.",
    "See you on {day}.",
    "Welcome aboard!",
    "Congratulations on the new role!",
    "Happy to help.",
    "Let me know if you have any questions.",
    "Hope you had a good weekend.",
    "Hope this helps.",
    "Please call me if you need anything else.",
    "It was lovely to meet you yesterday.",
    "Your service will resume tomorrow.",
    "{service} is back up and working.",
    "We have fixed the problem with {service}.",
    "An engineer is booked for Thursday morning.",
    "There's no call-out fee.",
    "The update is live; refresh the page.",
    "We are unable to process your request without a signature.",
    "You will need to resend the documents.",
    "This email and any attachments are confidential.",
    "The regulator said it regretted the delay in publishing the report.",
    "The company apologised to shareholders for the losses, the paper reported.",
    "The minister expressed sympathy for the victims of the flood.",
    "Our hearts go out to everyone in the region, the CEO said in a statement.",
    "He said sorry to the crowd after the match.",
    "My condolences were sent with the flowers last week.",
    "I'm not sorry at all, it was the right decision.",
    "There's nothing to apologise for.",
    "No need to apologise!",
    "No apology needed.",
    "Don't worry about it.",
    "You don't need to thank me.",
    "Sorry not sorry 😂",
    "I'm so sorry for being late to the call, traffic was awful.",
    "Sorry, I'm out of the office until {day}.",
]


WAVE6_COPIES = 2


def examples(root):
    slots = {"item": ITEMS_PLAIN, "day": DAYS, "wait": WAITS, "service": SERVICES,
             "name": ["Priya", "Mr Obi", "Ma'am", "Sarah", "Dev", "Mrs Kent", "Kwame", "Joanne"]}
    what2 = ["{item} arrived damaged", "your landline went down", "the portal was down",
             "your booking was cancelled", "you were kept waiting", "we got this wrong"]
    # {what} parts hold slots of their own: fill them first (seeded), then the templates.
    slots["what"] = [w[:1].lower() + w[1:] for w in compose(WHAT, slots, 300, seed=1500)]
    slots["what2"] = [w[:1].lower() + w[1:] for w in compose(what2, slots, 60, seed=1506)]
    templates = POS
    pos = compose(templates, slots, 2400, seed=1501)
    neg = compose(NEG, slots, 1800, seed=1502)
    hpos, hneg = hand_written("acknowledgement", LABEL)
    # The sixth wave's lines (plain-word acknowledgements; neutral "appreciate", "note",
    # "understand", sarcasm) count 2 * WAVE6_COPIES times, positives with the doubling below.
    w6pos, w6neg = hand_written_batch("acknowledgement", "wave6")
    hpos += (WAVE6_COPIES - 1) * w6pos
    hneg += (2 * WAVE6_COPIES - 1) * w6neg
    # Bad news said plainly is what an acknowledgement must not be mistaken for: the
    # bad-news corpus's hand-written news without a word of apology or sympathy joins
    # the negatives ("Unfortunately your claim has been declined." acknowledges nothing).
    news, _ = hand_written("bad_news", "bad_news")
    hneg += [t for t in news if not _ACK_IN_NEWS.search(t)]
    return labelled_examples(LABEL, pos, neg, hpos, hneg, seed=1500, mail=3000, leave_out=_ACK_WORDS,
                             hpos_copies=2)


# News lines holding any of these may acknowledge the reader: they are not taken as negatives.
_ACK_IN_NEWS = re.compile(r"sorry|apolog|regret|afraid|sadly|wish|hate to|bad news|not the (?:update|news)|"
                          r"i know|understand|appreciate|frustrat|annoying|gutted|pain", re.I)

# Ordinary-email lines holding an apology are left out of the negatives.
_ACK_WORDS = ("sorry", "apolog", "regret", "dropped the ball", "my bad", "patience")


# Recorded with the model (model.json) and checked by tests/test_models.py.
PROBES = [
    "I'm so sorry about the delay.",
    "We regret the inconvenience this has caused.",
    "I completely understand how frustrating this must be.",
    "Thanks for your email.",
    "Sorry, which invoice do you mean?",
    "Your order has been dispatched.",
]
