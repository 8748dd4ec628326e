"""A sixth-wave probe for the remark and abuse models: fresh remarks written here (not
taken from any labelled set) in the shapes the fifth wave's unseen drafts showed the
models read least: a third person belittled in passing inside a long business sentence,
sarcasm that dismisses the reader's complaint, mocking nicknames from films and
fairy tales, patronising endearments, disbelief in scare quotes, insults in other
languages left in an internal note (German, Spanish, French, Swahili, Hindi, Tagalog,
Malay and Singlish), profanity spelt with symbols or inside a compound; and hard
negatives of the same shapes (criticism of a product, the writer on themselves, the
client's own angry words quoted, warm endearments, a film character named as a film
character, foreign-language business notes, names and places with rude substrings).

Each line is linted at default settings inside a short message; a positive must raise a
blocking (warning or error) remark finding, a negative none.  The first-try catch rate
(before the sixth-wave remark corpus) is recorded in docs/models.md.
"""
from __future__ import annotations

import pytest
from helpers import findings

from replylint.findings import Severity

TO = "Priya Natarajan <priya@oakbank-dental.example>"


def _body(text: str) -> str:
    return f"Hi Priya,\n\nThe new appointment cards are attached.\n\n{text}\n\nBest wishes,\nOwen\nLarchmont Print\n"


def _note(text: str) -> str:
    return ("Dear Dr Natarajan,\n\nThank you for the order; proofs will follow on Wednesday.\n\n"
            "Kind regards,\nOwen Price\nLarchmont Print\n\n"
            "> From: Hana Kowalski\n> To: Owen Price\n"
            f"> {text}\n")


def _forward(text: str) -> str:
    return ("Hi Priya,\n\nForwarding the production note so you have the dates.\n\nOwen\n\n"
            "---------- Forwarded message ---------\nFrom: Studio <studio@larchmont-print.example>\n"
            f"To: Owen Price <owen@larchmont-print.example>\n\n{text}\n")


def _chat(text: str) -> str:
    return ("Hi Priya,\n\nHere is the studio chat about the reprint, for your records:\n\n"
            f"[09:41] Hana: {text}\n[09:42] Owen: ok, reprint Tuesday\n\nOwen\n")


def _client(text: str) -> str:
    """The client's own message, quoted below the reply."""
    return ("Hi Priya,\n\nI'm sorry about the misprint; the corrected cards go out today.\n\nOwen\n\n"
            "On Mon, 9 Nov 2026 at 08:10, Priya Natarajan <priya@oakbank-dental.example> wrote:\n"
            f"> {text}\n")


PLACES = {"b": _body, "n": _note, "f": _forward, "c": _chat, "r": _client}


def blocking(place: str, text: str) -> list[str]:
    return [f.code for f in findings(PLACES[place](text), None, to=TO)
            if f.category == "remark" and f.severity >= Severity.WARNING]


POSITIVES = [
    # a third person belittled in passing, inside an ordinary business sentence
    ("b", "Your practice manager, who is lovely but not the sharpest tool in the box, sent the old logo again."),
    ("b", "Could someone other than your new temp, who seems a few sandwiches short of a picnic, confirm the address?"),
    ("b", "We had the proof back from your husband, who clearly has no idea what a bleed margin is, so please check it yourself."),
    ("b", "The receptionist, bless her dim little heart, booked the courier for the wrong day."),
    ("b", "Your IT man, who is frankly as sharp as a bowling ball, deleted the shared folder."),
    ("b", "We spoke to your office junior, who is slow on the uptake to put it kindly, and he had no idea."),
    # sarcasm that dismisses the reader
    ("b", "Printers are not magic boxes, Priya, and shouting at us will not make the ink dry sooner."),
    ("b", "I realise patience is not your strong suit, but the cards will come when they come."),
    ("b", "Sending the same email four times a day does not make it arrive any faster, funnily enough."),
    ("b", "Shockingly, the proof you never approved was not printed."),
    ("b", "Maybe try reading the proof before you sign it off next time, just a thought."),
    ("b", "Wow, a whole week to notice the typo, impressive."),
    # disbelief in scare quotes, mockery of the client's story
    ("n", "she says the box was \"crushed\" on arrival, yeah right"),
    ("c", "oh he \"never got\" the invoice, course he didn't"),
    ("n", "apparently the cards \"smudged by themselves\", sure Jan"),
    ("c", "she swears she \"checked every word\" lmao"),
    # mocking nicknames from films, fairy tales and pantomime
    ("n", "Tell the Wicked Witch of the West her cards are on the van."),
    ("n", "Cruella rang again about the colour of the envelopes."),
    ("c", "Grumpy from the seven dwarfs is on hold for you"),
    ("n", "Let's wait until Mr Bean has finished changing the font again."),
    ("c", "Lady Muck wants a discount for her own typo"),
    ("n", "Send it before Her Royal Highness changes her mind for the fifth time."),
    # patronising endearments and condescension at the reader
    ("b", "Now don't fret, sweetie, leave the technical side to the grown-ups."),
    ("b", "No need to bother yourself with the paper weights, darling, I'll choose something pretty."),
    ("b", "Just sign where the little yellow stickers are, there's a good girl."),
    ("b", "I'll explain it again nice and slowly, since the last email seemed to go over your head."),
    ("b", "Don't worry your little head about the invoices, dear, that's my job."),
    ("b", "It really isn't complicated, even for someone who struggles with attachments."),
    # pasted-chat asides
    ("c", "she's lost the plot completely over one misprint"),
    ("c", "not this nutjob again 🙄"),
    ("c", "the dentist woman is a total headcase"),
    ("c", "whoever hired this guy needs their head examined"),
    ("c", "he's thick as pig shit honestly"),
    ("c", "bruh this lady is straight up delusional"),
    # profanity spelt with symbols or inside a compound
    ("b", "Sorry for the cock-up with the envelopes last week, totally our fault."),
    ("b", "Apologies for the sh*tstorm of emails this morning, the system went haywire."),
    ("b", "The courier made a complete balls-up of the delivery, sorry."),
    ("b", "What a f-ing week it has been in the studio."),
    ("b", "The new machine is a pain in the a$$ but the cards look great."),
    ("n", "this order is a total cluster-f, tell her Tuesday"),
    ("c", "holy sh!t she wants 5000 by Friday"),
    ("b", "Our supplier really screwed the pooch on the card stock, I'm afraid."),
    # insults in other languages left in an internal note
    ("n", "Kundin hat schon wieder angerufen, die ist echt eine dumme Kuh."),
    ("n", "Der Typ ist ein kompletter Idiot, macht einfach weiter."),
    ("n", "Este cliente es un pendejo, no le hagas caso."),
    ("n", "La clienta es una idiota, ya lo sabes."),
    ("n", "Quel connard, il a encore changé la date."),
    ("n", "Mteja huyu ni mpumbavu, usimjibu leo."),
    ("n", "Yeh aadmi poora bewakoof hai, ignore karo."),
    ("n", "Ang tanga talaga ng client na ito, pang-apat na beses na."),
    ("n", "This aunty damn blur one, ask her three times already."),
    ("n", "Client bodoh betul, reprint again lah."),
    ("c", "dis one na mumu, no mind am"),
    ("n", "Ullu ka pattha hai yeh banda, teesri baar galti."),
    # other Englishes and registers
    ("c", "the man is a proper eejit, so he is"),
    ("c", "she's a right galah, that one"),
    ("c", "useless drongo sent the wrong file again"),
    ("n", "The gentleman from accounts is, with respect, a complete buffoon."),
    ("n", "Between ourselves, the client is a tiresome old fusspot."),
    ("c", "yaar this fellow is a full-on duffer"),
]

NEGATIVES = [
    # criticism of a product, a document or a process, in the same shapes
    ("b", "The old card template, which is frankly a mess, has been replaced."),
    ("b", "The laminator is as sharp as a bowling ball when it comes to thick stock, so we use the big press."),
    ("b", "The proofing portal is slow on the uptake after midnight, so please approve before then."),
    ("b", "Printers are not magic boxes, so the heavier card needs a day to dry before we cut it."),
    ("b", "The delivery will come on Thursday; the courier's tracking page is a bit of a nightmare."),
    ("b", "That font is a pain to read on small cards, so we've gone up a size."),
    # the writer on themselves
    ("b", "I was a complete idiot and attached last year's price list, sorry."),
    ("b", "My brain is mush today, so I may have missed something; shout if so."),
    ("b", "I'm not the sharpest tool in the box with spreadsheets, so Hana checked the totals."),
    ("b", "I made a right mess of the first proof, my apologies."),
    ("b", "I'll explain it again, since my last email was a muddle."),
    # the client's own angry words, quoted below a kind reply
    ("r", "Your courier is useless and the cards arrived soaked."),
    ("r", "This is the third time you have got our phone number wrong, which is ridiculous."),
    ("r", "I am fed up of chasing you, frankly."),
    ("r", "Whoever printed these should be ashamed, the colours are all wrong."),
    # warm endearments and kind idioms
    ("b", "Thanks a million, you're a star for sending the logo so quickly."),
    ("b", "Bless you for chasing the courier, that saved us a day."),
    ("c", "Priya's a legend, she sent the artwork at 6am"),
    ("b", "Hana has been a proper rock this month."),
    ("b", "Don't worry about the invoice, it's all sorted on our side."),
    ("b", "No need to bother yourself with the paper weights, I'll send three samples to choose from."),
    # film and fairy-tale characters named as themselves
    ("b", "The theatre's Wicked Witch of the West poster is on the press today."),
    ("b", "We printed the Cruella de Vil costume labels for the school play."),
    ("b", "The Mr Bean box set flyers have been delivered to the cinema."),
    ("b", "The Seven Dwarfs nursery asked for 200 name badges."),
    ("b", "Her Royal Highness opened the new surgery in 2019, according to your website."),
    # scare quotes about things, not a person's honesty
    ("b", "The \"matte\" finish on the sample is actually silk, so we'll reprint."),
    ("b", "The so-called express service took three days, so we've refunded the upgrade."),
    # foreign-language business notes without an insult
    ("n", "Kundin hat angerufen, die Karten sollen bis Freitag fertig sein."),
    ("n", "Der Kunde möchte die Farbe ändern, bitte neuen Proof schicken."),
    ("n", "El cliente pide cambiar la fecha de entrega al lunes."),
    ("n", "La cliente a encore changé la date, merci de vérifier."),
    ("n", "Mteja ameomba tubadilishe tarehe ya kuleta kadi."),
    ("n", "Client ne address change kiya hai, kal bhej do."),
    ("n", "Pakisabi sa client na handa na ang mga card bukas."),
    ("n", "Aunty asked to change the colour already, can reprint tomorrow lah."),
    ("c", "oga don approve the proof, make we print am"),
    # names and places with rude substrings, rude words in other senses
    ("b", "Dr Dikshit will collect the cards from our Scunthorpe shop."),
    ("b", "The cards for Mrs Titmuss and Mr Cockburn are in the second box."),
    ("b", "Penistone Road is closed, so the van will come via Sheffield."),
    ("b", "We used the cock-a-doodle-do font from the farm shop job, as you liked it."),
    ("b", "The bleed margin is 3 mm, so keep text away from the edge."),
    ("b", "The dentist's hygienist, Fanny Smith, asked for her own set of cards."),
    ("b", "Please send the files as a PDF; the Balls Pond Road branch uses the same template."),
    # blunt but civil business lines
    ("b", "We can't reprint for free when the proof was approved with the typo, I'm afraid."),
    ("b", "To be clear, the deadline for changes was Monday at noon."),
    ("b", "Please read the proof carefully before approving, as we print exactly what is signed off."),
    ("b", "It isn't complicated: one proof, one approval, then print."),
    ("c", "she's on holiday till Monday, I'll ring her then"),
    ("c", "he wants 500 more by Friday, can we do it?"),
]


# Measured at default settings.  First try (main at 935ec54, the shipped remark model, before
# the remark lane's sixth-wave rules): 35 of 60 remarks blocked, 1 of 50 negatives blocked
# (RMK001).  With the remark lane's rules (8f8a3e6) and chat lines split (b298ec4): 49 of 60.
# A remark model trained with the sixth-wave corpus (remark/*-wave6-*.txt) read 50 of 60 at
# remark-model-threshold 0.95 (models alone 18 -> 20) but was not shipped (docs/models.md,
# "Sixth wave").  The eighth wave's second remark model (remark_broad) reads two more.
# These stay unread by rules and the shipped models:
KNOWN_MISSES = {
    "We had the proof back from your husband, who clearly has no idea what a bleed margin is, so please check it yourself.",
    "Shockingly, the proof you never approved was not printed.",
    "Wow, a whole week to notice the typo, impressive.",
    "apparently the cards \"smudged by themselves\", sure Jan",
    "she swears she \"checked every word\" lmao",
    "Grumpy from the seven dwarfs is on hold for you",
    "bruh this lady is straight up delusional",
    "Our supplier really screwed the pooch on the card stock, I'm afraid.",
    "yaar this fellow is a full-on duffer",
}


@pytest.mark.parametrize("place,text", [
    pytest.param(p, t, marks=pytest.mark.xfail(reason="known miss", strict=False)) if t in KNOWN_MISSES else (p, t)
    for p, t in POSITIVES])
def test_probe6_remarks_block(place, text):
    assert blocking(place, text), (place, text)


# Phrase-rule false alarms (RMK001, the remark lane's): a character or a title named as itself.
FALSE_ALARMS = {
    "The theatre's Wicked Witch of the West poster is on the press today.",
    "Her Royal Highness opened the new surgery in 2019, according to your website.",
}


@pytest.mark.parametrize("place,text", [
    pytest.param(p, t, marks=pytest.mark.xfail(reason="known false alarm", strict=False)) if t in FALSE_ALARMS else (p, t)
    for p, t in NEGATIVES])
def test_probe6_hard_negatives_stay_quiet(place, text):
    assert not blocking(place, text), (place, text, blocking(place, text))


def test_probe6_is_large_enough():
    assert len(POSITIVES) >= 50 and len(NEGATIVES) >= 45
    assert len({t for _, t in POSITIVES}) == len(POSITIVES) and len({t for _, t in NEGATIVES}) == len(NEGATIVES)
    assert KNOWN_MISSES <= {t for _, t in POSITIVES} and len(KNOWN_MISSES) <= len(POSITIVES) // 5
    assert FALSE_ALARMS <= {t for _, t in NEGATIVES}
