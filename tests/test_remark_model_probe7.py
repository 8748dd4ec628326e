"""A seventh-wave probe for the remark and abuse models: fresh remarks written here (not
taken from any labelled set, tweet or mail) in the kinds the unseen drafts of heldout10 to
heldout12 showed the models read least, and same-shape hard negatives.

Kinds: mocking asides in pasted chat and forwarded notes; condescension at the reader
(slow explanations, "even you", "someone younger"); sarcasm at the reader; put-downs in
other Englishes and languages (Irish, Australian, South African, Welsh, Scottish,
Nigerian Pidgin, Taglish, Hinglish, Spanish, Polish); mocking nicknames; profanity
spelt with symbols or minced.  Negatives: blunt criticism of a product or a supplier's
process, self-deprecation, the client's angry words quoted, an animal or a thing
called lame, "mean" as a verb, warm nicknames, plain notes in the same languages.

Each line is linted at default settings in one of the places of ``remark_places``; a
positive must raise a blocking remark finding, a negative none.  The first-try catch
rate (before the seventh-wave remark corpus) is recorded in docs/models.md.
"""
from __future__ import annotations

import pytest
from remark_places import blocking, probe_params

CHAT = ([
    ("c", "lol she's asked for the same report four times, does she even read"),
    ("w", "this guy honestly thinks VAT is optional 😂"),
    ("c", "omg he's ringing AGAIN, someone take his phone off him"),
    ("w", "man's a walking headache, tell him Friday and hang up"),
    ("c", "their buyer has the attention span of a goldfish"),
    ("w", "she's away with the fairies, send it in writing"),
    ("c", "the clown from their finance team wants a credit note"),
    ("f", "Mr Know-It-All rang to tell us how to tow a caravan. Booked him for Monday."),
    ("o", "Done. Her Majesty wants gold foil on everything now, naturally."),
    ("q", "Reprint sorted. Captain Clipboard will find something else to moan about by lunch."),
], [
    ("c", "she's asked for the report again, I'll resend it with the totals highlighted"),
    ("w", "he's ringing again, can someone pick up? I'm on the other line"),
    ("c", "their buyer wants a credit note for the damaged pallet"),
    ("w", "tell him Friday and send the confirmation in writing"),
    ("c", "lol the printer jammed on the last sheet, reprinting now"),
    ("f", "Mr Nowak rang to ask how to hitch the caravan. Booked him for Monday."),
    ("o", "Done. She wants gold foil on the invitations now, fine by me."),
    ("q", "Reprint sorted. Their quality lead will check the run by lunch."),
])

CONDESCENSION = ([
    ("b", "I've broken it down into very short steps so it doesn't tax you too much."),
    ("b", "Perhaps get a grown-up in your office to read the contract with you."),
    ("b", "I'll use small words this time, since the big ones didn't seem to land."),
    ("b", "Even someone with your limited grasp of numbers should be able to follow the total."),
    ("b", "If the portal is too much for you, a pen and paper form is available."),
    ("p", "Maybe have one of your children show you how the app works."),
    ("b", "I appreciate technology isn't really your thing at your age."),
    ("b", "It is genuinely not hard, but I'll go through it once more for your benefit."),
], [
    ("b", "I've broken it down into short steps so it's quicker to follow."),
    ("b", "Happy to walk your office manager through the contract on a call."),
    ("b", "If the portal is awkward, a paper form is available too."),
    ("p", "The app guide has pictures for each step, in case that helps."),
    ("b", "I'll go through it once more on the phone if that's easier."),
    ("b", "Sorry, my last email was too long; here is the short version."),
])

SARCASM = ([
    ("b", "Thank you for your fourth email today; the first three were also riveting."),
    ("b", "Truly, your grasp of our terms and conditions is an inspiration to us all."),
    ("b", "What a surprise, the client who never reads anything didn't read the quote either."),
    ("i", "Amazing how the heating only breaks the day after our invoice lands, isn't it."),
    ("b", "Congratulations on finding the one clause you didn't bother to read."),
    ("b", "Clearly our engineers know nothing and you, a florist, know best."),
], [
    ("b", "Thank you for your emails today; I've answered all three below."),
    ("b", "Your feedback on our terms was really useful and we've changed clause 4."),
    ("i", "The heating broke the day after the service, so we'll come back free of charge."),
    ("b", "Congratulations on the new shop, we'd love to quote for the signage."),
    ("b", "Our engineers will confirm, but your suggestion looks right to me."),
])

ENGLISHES = ([
    ("f", "That fella from the hotel is a right gobshite, don't give him an inch."),
    ("q", "Their foreman is a few stubbies short of a six-pack, check his figures."),
    ("o", "The oke from procurement is a proper moegoe, get it all signed."),
    ("f", "Their manager is a bit of a dafty, mind, send him the diagram."),
    ("q", "Yer man in stores is a total dope, he sent the wrong bolts again."),
    ("n", "That oga no get sense at all, him dey shout for nothing."),
    ("c", "grabe ang bobo ni sir, ilang beses na naming sinabi"),
    ("w", "ye banda ekdum dhakkan hai, samajh hi nahi aata usko"),
    ("n", "El jefe de compras es un inútil, no sabe ni leer un albarán."),
    ("c", "ten klient to kompletny debil, dzwoni co godzinę"),
    ("f", "Their office manager is a proper numpty, ask for it in writing."),
    ("q", "That lady from the school board is a real dragon, mind the wording."),
], [
    ("f", "That fella from the hotel is a gent, give him the trade rate."),
    ("q", "Their foreman is sharp on figures, he spotted the error straight away."),
    ("o", "The oke from procurement wants it all signed before Friday."),
    ("q", "Yer man in stores sent the bolts over; the wrong size, so we'll swap them."),
    ("n", "Oga don approve am, make una deliver tomorrow morning."),
    ("c", "sir said ok na daw yung quote, send na natin bukas"),
    ("w", "bhai client ne final approve kar diya, kal delivery karo"),
    ("n", "El jefe de compras quiere el albarán firmado antes del viernes."),
    ("c", "klient dzwonił, prosi o fakturę do piątku"),
    ("f", "The Dragon Inn on the high street has booked the function room."),
])

PROFANITY = ([
    ("b", "Sorry, the f@#king scanner ate the pages again, resending now."),
    ("p", "Apologies for the delay, it's been a bl**dy nightmare of a week."),
    ("b", "Honestly the courier made a right pig's ear of it, what a sh1tshow."),
    ("b", "Total fustercluck at the depot today, but your order is out."),
    ("f", "Depot lost the pallet, AGAIN. ffs."),
    ("b", "Our new software is a steaming pile of sh*te, sorry for the delay."),
    ("c", "fml the van's broken down in the rain"),
    ("b", "The supplier's a bunch of a-holes but your parts are on the way."),
], [
    ("b", "Sorry, the scanner jammed on the pages again, resending now."),
    ("p", "Apologies for the delay, it has been a very long week."),
    ("b", "The courier got the address wrong; a replacement goes out today."),
    ("b", "Our new software has a bug in the exports, sorry for the delay."),
    ("c", "the van's broken down in the rain, ETA pushed to 4pm"),
    ("b", "The supplier was late but your parts are on the way."),
])

OTHER_NEGATIVES = ([], [
    # an animal or a thing called lame, "mean" as a verb, criticism of a product
    ("b", "The mare is lame on her near fore, so the vet will see her Tuesday."),
    ("b", "Our old booking widget was a bit lame, so we rebuilt it."),
    ("b", "I mean to send the revised plans by Thursday."),
    ("b", "By 'final' I mean the version your board signs off."),
    ("b", "Does the error mean the card was declined?"),
    ("b", "The v3 dashboard was frankly rubbish, and version 4 fixes the worst of it."),
    # self-deprecation and the client's own anger, quoted
    ("b", "I'm a total muppet, I attached last month's statement."),
    ("b", "My memory is shocking; thanks for the reminder about the deposit."),
    ("r", "This is the worst service I have ever had and I want a refund today."),
    ("s", "Your engineer left mud all over my carpet, absolutely disgraceful."),
    ("r", "I'm sick of being passed from one department to the next."),
    # warm nicknames and banter about things
    ("c", "Captain Fixit has the boiler going again, legend"),
    ("b", "Our Queen of Spreadsheets, Anjali, has reconciled the whole quarter."),
    ("b", "The sales figures are insane this month, well done team."),
])

BATCHES = {"chat": CHAT, "condescension": CONDESCENSION, "sarcasm": SARCASM, "englishes": ENGLISHES,
           "profanity": PROFANITY, "negatives": OTHER_NEGATIVES}

# Measured at default settings (docs/models.md, "Seventh wave").  First try (main at 2e49f5a):
# 29 of 44 remarks blocked (RMK004 alone 14), no negative.  The seventh wave's candidate
# remark model (trained with remark/*-wave7-*.txt; not shipped) read 30 of 44 (RMK004 alone
# 16) at its threshold 0.95.  The eighth wave's second remark model (remark_broad) reads two
# more (31 of 44, RMK004 alone 6).  These stay unread by the rules and the shipped models:
KNOWN_MISSES = {
    "this guy honestly thinks VAT is optional 😂",
    "Even someone with your limited grasp of numbers should be able to follow the total.",
    "If the portal is too much for you, a pen and paper form is available.",
    "Maybe have one of your children show you how the app works.",
    "It is genuinely not hard, but I'll go through it once more for your benefit.",
    "Thank you for your fourth email today; the first three were also riveting.",
    "Amazing how the heating only breaks the day after our invoice lands, isn't it.",
    "Clearly our engineers know nothing and you, a florist, know best.",
    "grabe ang bobo ni sir, ilang beses na naming sinabi",
    "El jefe de compras es un inútil, no sabe ni leer un albarán.",
    "ten klient to kompletny debil, dzwoni co godzinę",
    "That lady from the school board is a real dragon, mind the wording.",
    "Total fustercluck at the depot today, but your order is out.",
}
FALSE_ALARMS: set[str] = set()


@pytest.mark.parametrize("place,text", list(probe_params(BATCHES, 0, KNOWN_MISSES)))
def test_probe7_remarks_block(place, text):
    assert blocking(place, text), (place, text)


@pytest.mark.parametrize("place,text", list(probe_params(BATCHES, 1, FALSE_ALARMS)))
def test_probe7_hard_negatives_stay_quiet(place, text):
    assert not blocking(place, text), (place, text, blocking(place, text))


def test_probe7_is_large_enough():
    pos = [t for b in BATCHES.values() for _, t in b[0]]
    neg = [t for b in BATCHES.values() for _, t in b[1]]
    assert len(pos) >= 40 and len(neg) >= 40
    assert len(set(pos)) == len(pos) and len(set(neg)) == len(neg)
    assert KNOWN_MISSES <= set(pos) and FALSE_ALARMS <= set(neg)
