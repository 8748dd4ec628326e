"""Second round of the sixth wave's remark probe (see test_remark_probe6.py): fresh
sentences for classes found while reading the blind sets' misses and the earlier
probes' known misses, each batch measured before the rules were changed for it
(FIRST_TRY).

- ``nickname``: a villain, a pantomime or a mock-royal name for someone in the client's
  office ("Lord Farquaad has changed the font again"); negatives: real peers and
  captains, costumes, films and shows.
- ``fobbing``: an internal instruction to fob the client off, string them along or let
  them stew ("fob her off with the usual"); negatives: the same verbs about things.
- ``englishes``: remarks about the client in Englishes other than British or American
  (Indian, Nigerian, South African, Singaporean, Irish, Scottish, Australian, Filipino,
  Kenyan); negatives: the same words in kind or neutral use.
- placement: every remark of both rounds that the rules catch in the new text also
  blocks in a P.S. below the sign-off, and never in the client's own quoted message
  (their words, not ours).
"""
from __future__ import annotations

import pytest
import test_remark_probe6 as first_round
from remark_places import blocking, probe_params

BATCHES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {}

BATCHES["nickname"] = (
    [
        ("q", "Wait until Lord Farquaad has finished fiddling with the logo before you send it."),
        ("f", "Darth Vader from their procurement team wants another discount."),
        ("c", "voldemort has emailed again about the invoice"),
        ("q", "Her Royal Highness in accounts would like the pallets gift-wrapped, apparently."),
        ("f", "His Majesty wants the quote redone in a bigger font."),
        ("o", "Cruella from Harbourline rang, she wants the deposit back."),
        ("q", "Mr Bean at their depot signed for the wrong crates again."),
        ("f", "Hyacinth Bucket has complained about the colour of the van."),
        ("c", "Miss Trunchbull is on line 2 for you, good luck"),
        ("q", "Basil Fawlty over at their hotel is shouting about the linen again."),
        ("f", "The Ice Queen in their finance team still hasn't approved the PO."),
        ("q", "Don't let Captain Pedantic see the draft until the commas are fixed."),
        ("c", "king karen has arrived, hide"),
        ("f", "Their resident Sherlock worked out that the box was upside down."),
        ("q", "Einstein in their warehouse put the pallets in the car park."),
        ("f", "Lady Muck wants a refund for the delivery she refused."),
        ("c", "the dragon lady is back, someone else take it"),
        ("o", "Our old friend Mr Grumpy wants the quote by tonight."),
        ("q", "Señor Cheapskate is asking for a discount on the discount."),
        ("f", "The Wicked Witch of Harbourline has sent her list of demands."),
    ],
    [
        ("b", "Lord Hartley will chair the board meeting on the 14th."),
        ("b", "Captain Okafor will pilot the charter flight on Friday."),
        ("b", "We've hired a Darth Vader costume for the launch party."),
        ("b", "The Grinch is showing at the cinema next to your office."),
        ("b", "Tickets for Scrooge at the Old Vic are in the envelope."),
        ("b", "Her Majesty's Revenue and Customs has confirmed the refund."),
        ("b", "The Duchess of Kent Hospital is on the delivery route."),
        ("b", "Mr Bean box sets are out of stock until March."),
        ("b", "Our quiz night theme is Fawlty Towers, so come as Basil."),
        ("b", "The Ice Queen sculpture will be delivered on a refrigerated truck."),
        ("b", "Einstein's theory is on the poster you ordered."),
        ("b", "Sherlock Holmes Museum tickets are booked for your team outing."),
        ("b", "King's Cross is the closest station to our office."),
        ("b", "Lady Margaret Hall has asked for the same quote."),
        ("b", "Captain Cook Cruises will collect your group at 10."),
        ("b", "The Wicked musical tickets are for the 12th."),
        ("b", "Miss Saigon is on at the theatre near your hotel."),
        ("b", "His Majesty the King visited the port last week, so security is tight."),
        ("b", "The Mr Men books for the children's corner have arrived."),
        ("b", "Señor Martínez from Valencia will take the meeting."),
    ],
)

BATCHES["fobbing"] = (
    [
        ("f", "Just fob her off with the usual line about the courier."),
        ("q", "String him along until the end of the month, then say no."),
        ("c", "let her stew for a couple of days lol"),
        ("f", "Give them the runaround, they'll give up eventually."),
        ("q", "Palm him off on the junior team, I'm not dealing with him."),
        ("o", "Ignore her, she'll go away if we don't answer."),
        ("f", "Let him sweat, he can wait for his refund."),
        ("c", "just ghost them tbh"),
        ("q", "Keep her dangling until she gives up on the refund."),
        ("f", "Stall him for another week, he'll forget about it."),
        ("c", "leave him on read lol"),
        ("q", "Don't pick up if it's her again, let it go to voicemail."),
        ("f", "Fob them off till Monday, nobody's looking at it before then."),
        ("o", "Make him wait, he's been rude to Lisa twice."),
        ("q", "Bin her complaint, she complains about everything."),
        ("f", "Just tell her it's in the post and hope she forgets."),
        ("c", "stonewall them until they go elsewhere"),
        ("q", "Pass him to someone else, I've had enough of him."),
        ("f", "Let them wait, they never pay on time anyway."),
        ("c", "let's just run down the clock on her claim"),
    ],
    [
        ("f", "Just bin the old version of the schedule."),
        ("q", "Ignore the earlier email, it had the wrong date."),
        ("c", "let the paint dry for a couple of days"),
        ("f", "Let it go to voicemail if you're on the other call; I'll ring her back."),
        ("q", "Pass her to Lisa, who handles refunds."),
        ("f", "Please give them the full tour when they arrive."),
        ("o", "Make sure he doesn't wait; seat him in the lounge."),
        ("q", "Keep her posted until the refund lands."),
        ("f", "Let him know the refund is on its way."),
        ("c", "leave the pallets on the dock for now"),
        ("q", "Don't let her wait outside; the office opens at 8."),
        ("f", "String lights for the launch are in box 4."),
        ("c", "ghost kitchen orders go through the side door"),
        ("q", "Let them have the discount, they've been loyal for years."),
        ("f", "Tell her it's in the post; the tracking number is below."),
        ("o", "Stall 4 at the market is theirs on Saturday."),
        ("q", "Let the dough rest for an hour before shaping."),
        ("f", "Give them a call if the ferry is late."),
        ("c", "ignore me, wrong chat"),
        ("q", "Fob watches are in the second display case."),
    ],
)

BATCHES["englishes"] = (
    [
        ("f", "This uncle is very kanjoos, he wants free delivery for one box."),
        ("q", "That aunty has no sense, she ordered the wrong size again."),
        ("f", "This madam is too stubborn, she will not listen to anybody."),
        ("c", "that oga dey craze, he wants it yesterday"),
        ("q", "The man is a whole mumu, he signed the wrong form."),
        ("f", "This oke is a proper mampara, he gave us the wrong address."),
        ("c", "aiyo this customer so lecheh, ask same thing ten times"),
        ("q", "The client damn kiasu, want everything also free."),
        ("f", "Yer man's an awful gobdaw, he won't read the contract."),
        ("q", "She's a right bampot, disputing her own signature."),
        ("f", "He's a total fuckwit, no wonder the order's wrong."),
        ("c", "this bloke's a few stubbies short of a six-pack"),
        ("q", "Their foreman is a dead-set galah."),
        ("f", "Ang kulit ng client na ito, every day she calls."),
        ("q", "That one is a proper wasteman, never pays on time."),
        ("f", "Huyu jamaa ni mjinga, he keeps changing the site."),
        ("c", "uncle buay paiseh, ask for discount again"),
        ("q", "This fellow is a first-class duffer, he lost the keys twice."),
        ("f", "That chap is thick as a brick, explain it with pictures."),
        ("q", "The guy is such a sook, cried about a scratch on the crate."),
    ],
    [
        ("f", "This uncle is very kind, he brought tea for the drivers."),
        ("q", "That aunty knows her stuff, she spotted the error first."),
        ("f", "This madam is very particular about the colour, so please match the swatch."),
        ("c", "that oga dey office till 5, call him there"),
        ("q", "The man signed the right form this time, all good."),
        ("f", "This oke from Durban will drive the truck."),
        ("c", "aiyo sorry, I sent the wrong file"),
        ("q", "The client wants everything in one delivery, can?"),
        ("f", "Yer man from the council rang, the permit is approved."),
        ("q", "She's a right laugh, the crew loved her."),
        ("f", "He's a total pro, the order went out early."),
        ("c", "this bloke's been great, sent two stubbies for the lads"),
        ("q", "Their foreman is dead-set on the 6am start."),
        ("f", "Salamat po, client confirmed the date."),
        ("q", "That one is proper sorted, paid the same day."),
        ("f", "Huyu jamaa ni mzuri, he paid the deposit."),
        ("c", "uncle very paiseh, he said sorry for the late reply"),
        ("q", "This fellow is a first-class engineer, he fixed it in an hour."),
        ("f", "That chap is as sharp as a tack, he caught the error."),
        ("q", "The guy is such a gent, he helped unload the crates."),
    ],
)


# Positives caught / positives, negatives kept quiet / negatives, before the fix.
FIRST_TRY = {
    "nickname": ("6/20", "20/20"),
    "fobbing": ("6/20", "20/20"),
    "englishes": ("16/20", "19/20"),
}
# "let it go to voicemail" is also what a busy colleague is told: the remark is only in
# "if it's her again", which is not a remark on its own.
KNOWN_MISSES = {"Don't pick up if it's her again, let it go to voicemail."}
# The trained model (RMK004, the model lane's) reads "a right laugh" as a put-down.
KNOWN_FALSE_ALARMS = {"She's a right laugh, the crew loved her."}


@pytest.mark.parametrize("place,text", list(probe_params(BATCHES, 0, KNOWN_MISSES)))
def test_probe6b_remarks_block(place, text):
    assert blocking(place, text), (place, text)


@pytest.mark.parametrize("place,text", list(probe_params(BATCHES, 1, KNOWN_FALSE_ALARMS)))
def test_probe6b_hard_negatives_stay_quiet(place, text):
    assert not blocking(place, text), (place, text, blocking(place, text))


def test_probe6b_batches_are_large_enough():
    for name, (pos, neg) in BATCHES.items():
        assert len(pos) >= 20 and len(neg) >= 20, name
    texts = {t for pos, neg in BATCHES.values() for _, t in pos + neg}
    assert KNOWN_MISSES | KNOWN_FALSE_ALARMS <= texts
    assert set(FIRST_TRY) == set(BATCHES)


def _caught_remarks():
    for module in (first_round, __import__(__name__)):
        for name, (pos, _) in module.BATCHES.items():
            for _, text in pos:
                if text not in module.KNOWN_MISSES:
                    yield pytest.param(text, id=f"{name}-{text[:40]}")


@pytest.mark.parametrize("text", list(_caught_remarks()))
def test_probe6_remark_blocks_in_a_ps_and_never_in_the_clients_own_message(text):
    assert blocking("p", text), text
    assert not blocking("r", text), (text, blocking("r", text))
