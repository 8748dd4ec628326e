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
- ``applicant``: a recruiter's internal note mocking a candidate ('she "managed a team"',
  "a joke of a candidate"); negatives: fair notes on candidates.
- ``sarcasm``: sarcasm about a person ("said no one ever", "look who finally
  answered"); negatives: the same praise meant.
- ``bless``: "bless him"-style pats on the head ("bless em they're trying", "poor love
  can't work out the page"); negatives: real blessings and thanks, sympathy, and the
  writer on themselves ("feeling like a total numpty, forgot to CC you").
- ``spelt``: profanity spelt with other symbols and sounds ("@ss", "$hitshow", "phuck",
  "b***dy", "f-all"); negatives: codes, addresses, prices, places and compounds
  ("SH1T-22", "dana@ss-freight", "hell-for-leather").
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


BATCHES["applicant"] = (
    [
        ("q", "Another one with a 'PhD' from a website. Bin it."),
        ("f", "His CV is a work of fiction, don't bother calling him."),
        ("c", "lol this one thinks he's senior, reject"),
        ("q", "She 'managed a team' of two interns. Next."),
        ("f", "Diploma-mill degree, obviously. Not worth a reply."),
        ("c", "another timewaster applying for every job we post"),
        ("q", "Can't even spell the company name in his cover letter. Bin."),
        ("f", "Her 'ten years of experience' is ten years of the same year."),
        ("c", "this guy applied 4 times, does he not get the hint lol"),
        ("q", "Clueless candidate, wasted an hour of my life."),
        ("f", "He turned up in flip-flops, what a joke of a candidate."),
        ("c", "desperate much? third email today asking about the role"),
        ("q", "The applicant is a walking red flag, pass."),
        ("f", "Ha, she thinks she's worth 80k. Dream on."),
        ("c", "cv looks like a ransom note lmao"),
        ("q", "Not touching this one with a bargepole, total chancer."),
        ("f", "He's delusional if he thinks we'll match that salary."),
        ("c", "she's applied for the CEO job with a paper round on her CV lol"),
        ("q", "The candidate couldn't string two words together."),
        ("f", "Useless interview, he'd clearly never heard of us."),
    ],
    [
        ("q", "Another strong application came in today; shortlisted."),
        ("f", "His CV is well laid out, worth a call."),
        ("c", "this one has the right experience, invite him"),
        ("q", "She managed a team of twelve. Next step: interview."),
        ("f", "The degree is from an accredited university, checked."),
        ("c", "another applicant for the warehouse role, from Leeds"),
        ("q", "There's a typo in the company name in his cover letter, but the rest is strong."),
        ("f", "Her ten years of experience in freight are exactly what we need."),
        ("c", "this guy applied 4 times, keen! let's talk to him"),
        ("q", "Good candidate, an hour well spent."),
        ("f", "He came to the interview straight from a site visit, in work boots."),
        ("c", "third email today from the recruiter about the role"),
        ("q", "The applicant raised a red flag about our notice period, fair point."),
        ("f", "She asked for 80k, which is above our band; let's discuss."),
        ("c", "cv layout is a bit busy but content is good"),
        ("q", "We'll pass on this one, the role needs a forklift licence."),
        ("f", "He expects more than our budget, so we'll decline politely."),
        ("c", "she's applied for the CEO job, has board experience"),
        ("q", "The candidate was nervous but answered every question."),
        ("f", "Short interview; he had already accepted another offer."),
    ],
)

BATCHES["sarcasm"] = (
    [
        ("f", "Nice of him to finally pay, only three months late."),
        ("q", "Look who decided to answer her emails at last."),
        ("c", "wow she actually read the terms, mark the calendar"),
        ("f", "Miracles do happen: he signed the form."),
        ("q", "Give the man a medal, he found the attachment."),
        ("f", "Oh look, another essay from Dana about the pallets."),
        ("c", "genius here booked it for Christmas Day"),
        ("q", "Clearly a rocket scientist, that one, he plugged it in backwards."),
        ("f", "Stop the press, their buyer returned a call."),
        ("c", "and the award for slowest reply goes to harbourline again"),
        ("q", "She's a real ray of sunshine, as ever."),
        ("f", "Another triumph from their accounts team: wrong PO, again."),
        ("c", "he's discovered caps lock, everyone take cover"),
        ("q", "Bravo, Dana, only four attempts to get the postcode right."),
        ("f", "Top marks to their office for losing the same form twice."),
        ("c", "what a surprise, she wants it cheaper"),
        ("q", "The man's a genius, he ordered 40 pallets for a 20-pallet van."),
        ("f", "Gold star to whoever at Harbourline thought Sunday delivery was free."),
        ("c", "oh joy, it's him again"),
        ("q", "Thrilled to hear from Dana again, said no one ever."),
    ],
    [
        ("f", "Nice of him to pay early; the invoice is cleared."),
        ("q", "Look who joined the team: Dana's new assistant, Priya."),
        ("c", "she read the terms and agreed, all good"),
        ("f", "The form is signed, so we can book the crane."),
        ("q", "Give the driver a medal, he got through the snow."),
        ("f", "Dana sent a helpful summary of the pallet counts."),
        ("c", "genius idea from Kofi to use the side gate"),
        ("q", "It isn't rocket science, but the wiring diagram helps."),
        ("f", "Stop the press: the ferry is on time and the crane is booked."),
        ("c", "and the award for best supplier goes to harbourline, well deserved"),
        ("q", "She's a ray of sunshine, the crew love her visits."),
        ("f", "A triumph from their accounts team: every invoice reconciled."),
        ("c", "caps lock was on, that's why the password failed"),
        ("q", "Bravo to the whole team for the early delivery."),
        ("f", "Top marks to their office for the tidy paperwork."),
        ("c", "no surprise, the price went up with fuel"),
        ("q", "The engineer is a genius, he fixed it in ten minutes."),
        ("f", "Gold star to our driver for the careful unloading."),
        ("c", "oh joy, the sun's out for the delivery"),
        ("q", "Thrilled to hear from Dana again, she's been away a month."),
    ],
)

BATCHES["bless"] = (
    [
        ("f", "Bless his little heart, he tried to assemble it himself."),
        ("q", "Aww, she's doing her best, bless."),
        ("c", "bless, he thinks the warranty covers dropping it"),
        ("f", "God love her, she still hasn't found the attachment."),
        ("q", "Poor old Dana, she's completely lost with the portal."),
        ("f", "Bless them, they've sent the form to the wrong office again."),
        ("c", "he's a sweet old thing but he hasn't a clue"),
        ("q", "Bless her heart, she thinks VAT is optional."),
        ("f", "Sweet summer child thinks we deliver on Christmas Day."),
        ("c", "the poor dear thinks the pallets fly themselves"),
        ("q", "Poor love can't work out the tracking page."),
        ("f", "He means well, bless him, but he broke it again."),
        ("c", "aw bless, she's sent a fax"),
        ("q", "Bless, they tried to fix the printer with a butter knife."),
        ("f", "She's lovely really, bless her, just not very bright."),
        ("c", "bless his cotton socks, he's printed the whole website"),
        ("q", "Poor thing thinks the contract is negotiable."),
        ("f", "God bless him, he's tried to pay by cheque again."),
        ("c", "bless em they're trying"),
        ("q", "Dana, bless her, has ordered ten times what she needs."),
    ],
    [
        ("f", "God bless, and safe travels home."),
        ("q", "Bless you for sorting the paperwork so quickly."),
        ("c", "bless you, that's a huge help"),
        ("f", "Poor Dana had a rough week with the move; let's be flexible."),
        ("q", "The poor driver was stuck in traffic for three hours."),
        ("f", "She's lovely and very bright, the team enjoyed the meeting."),
        ("c", "sweet, the pallets arrived early"),
        ("q", "Poor thing, the dog was frightened by the forklift."),
        ("f", "Blessings to you and your family this season."),
        ("c", "he's a sweetheart, he brought biscuits for the crew"),
        ("q", "I'm useless with the portal myself, so I asked IT."),
        ("f", "I'm a bit slow today, sorry for the late reply."),
        ("c", "I've been an idiot and sent the wrong file, resending"),
        ("q", "My fault entirely, I'm hopeless with dates."),
        ("f", "Bless the weather, it held off for the installation."),
        ("c", "my bad, I'm a muppet, wrong attachment"),
        ("q", "I'm clueless about VAT, so I've asked our accountant."),
        ("f", "We made a right mess of the labels, sorry."),
        ("c", "feeling like a total numpty, forgot to CC you"),
        ("q", "The poor old van finally gave up on the motorway."),
    ],
)

BATCHES["spelt"] = (
    [
        ("b", "The carrier f#cked up the booking again, sorry."),
        ("c", "this portal is sh1t honestly"),
        ("b", "Their driver was a right @ss to our receptionist."),
        ("c", "omg what a $hitshow at the port"),
        ("q", "He's being a total b!tch about the invoice."),
        ("c", "fkin ferry cancelled again"),
        ("b", "That supplier is full of sh*te, we're switching."),
        ("c", "phuck this week tbh"),
        ("q", "Their buyer is an a$$hole, don't cc him."),
        ("c", "wtf is going on with the labels"),
        ("b", "Sorry, the new software is total cr@p."),
        ("q", "Bloody h3ll, the crane is broken again."),
        ("c", "the depot is in a right fcking mess"),
        ("f", "He's such a d1ck about the delivery slots."),
        ("c", "stfu about the pallets already lol"),
        ("b", "The courier was b***dy useless, sorry."),
        ("q", "This is a complete sh!tshow, tell them tomorrow."),
        ("c", "ffs not again"),
        ("b", "We got absolutely f-all from the insurer."),
        ("q", "The whole thing is buggered, frankly."),
    ],
    [
        ("b", "Use code SH1T-22 only if you mean the Shitake order, not the shiitake one."),
        ("b", "The hashtag is #fuchsia for the launch colour."),
        ("b", "Email me at dana@ss-freight.example with questions."),
        ("b", "The price is $hipping included, as the quote says."),
        ("b", "Part no. B1TCH-04 is the bracket for the hatch."),
        ("b", "The f-stop on the camera was set to f/8."),
        ("b", "Our crane crew finished early, great work."),
        ("b", "Please note the Cr@p promo code was a typo; use CRAFT10."),
        ("b", "The hell-for-leather pace is behind us; the schedule is calm now."),
        ("b", "Sorry, the file was corrupted in transit."),
        ("b", "The press is in Scunthorpe, so delivery takes a day."),
        ("b", "Ask for Dick Whittington's pantomime tickets at the box office."),
        ("b", "The h3 heading in the template needs a bigger font."),
        ("b", "The D1 licence lets the driver take the minibus."),
        ("b", "The A55 is closed, so the driver will use the A494."),
        ("b", "Cockpit panels for the simulator arrive Thursday."),
        ("b", "Attach the Sussex Assessor's report, please."),
        ("b", "Our assessor will visit the Essex site on Monday."),
        ("b", "The Bugatti model kit is back in stock."),
        ("b", "The grapes are from the Penistone farm shop."),
    ],
)

# Positives caught / positives, negatives kept quiet / negatives, before the fix.
FIRST_TRY = {
    "nickname": ("6/20", "20/20"),
    "fobbing": ("6/20", "20/20"),
    "englishes": ("16/20", "19/20"),
    "applicant": ("8/20", "20/20"),
    "sarcasm": ("5/20", "20/20"),
    "bless": ("15/20", "18/20"),
    "spelt": ("13/20", "18/20"),
}
# "let it go to voicemail" is also what a busy colleague is told: the remark is only in
# "if it's her again", which is not a remark on its own.
# The applicant and sarcasm batches' misses need more than a phrase: a claim mocked with
# no person named ("Another one with a 'PhD'"), a verdict in a fragment ("Bin."), a
# contradiction read only from the facts ("a genius, he ordered 40 pallets for a
# 20-pallet van"), praise whose words are sincere elsewhere ("Give the man a medal",
# "a real ray of sunshine", "Top marks to ...", "Stop the press").
KNOWN_MISSES = {
    "Don't pick up if it's her again, let it go to voicemail.",
    "Poor old Dana, she's completely lost with the portal.",
    "Another one with a 'PhD' from a website. Bin it.",
    'Diploma-mill degree, obviously. Not worth a reply.',
    "Can't even spell the company name in his cover letter. Bin.",
    "Her 'ten years of experience' is ten years of the same year.",
    'this guy applied 4 times, does he not get the hint lol',
    'desperate much? third email today asking about the role',
    'cv looks like a ransom note lmao',
    "she's applied for the CEO job with a paper round on her CV lol",
    "Useless interview, he'd clearly never heard of us.",
    'wow she actually read the terms, mark the calendar',
    'Give the man a medal, he found the attachment.',
    'Stop the press, their buyer returned a call.',
    "She's a real ray of sunshine, as ever.",
    'Another triumph from their accounts team: wrong PO, again.',
    "he's discovered caps lock, everyone take cover",
    'Bravo, Dana, only four attempts to get the postcode right.',
    'Top marks to their office for losing the same form twice.',
    'what a surprise, she wants it cheaper',
    "The man's a genius, he ordered 40 pallets for a 20-pallet van.",
    'Gold star to whoever at Harbourline thought Sunday delivery was free.',
}
# The trained model (RMK004, the model lane's) reads "a right laugh" as a put-down.
# And "Cr@p" as a mistyped promo code is read as the masked word it looks like.
KNOWN_FALSE_ALARMS = {
    "She's a right laugh, the crew loved her.",
    "Please note the Cr@p promo code was a typo; use CRAFT10.",
}


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
