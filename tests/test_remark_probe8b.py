"""A second batch for the eighth wave's classes, written after the first fixes (of
test_remark_probe8.py) and measured before any change for it: how far those fixes carry
to phrasing they were not written against.  FIRST_TRY is that measurement.  Same
classes as test_remark_probe8.py; fresh words, shapes, Englishes and places.
"""
from __future__ import annotations

import pytest
from remark_places import blocking, probe_params

BATCHES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {}

BATCHES["mockpraise"] = (
    [
        ('b', 'Bravo on tracking down the attachments at last.'),
        ('b', 'Gold star for locating page 2 of our letter.'),
        ('b', 'Well done you for opening our email - only three reminders needed.'),
        ('p', 'P.S. Congrats on finding the unsubscribe link.'),
        ('b', 'Kudos on discovering the FAQ, it answers all of this.'),
        ('q', 'Well done to their office for finally ringing back.'),
        ('b', 'Congratulations on spotting the Pay Now button.'),
        ('b', 'Nice work finding section 4 of the handbook.'),
        ('b', 'Congratulations on finally reading your emails.'),
        ('o', 'Give yourself a medal for finding the instructions.'),
        ('b', 'Great effort locating the login link after only a month.'),
        ('b', 'Bravo for answering the phone.'),
    ],
    [
        ('b', 'Congratulations on winning the tender!'),
        ('b', 'Well done on finding such a lovely venue.'),
        ('b', 'Bravo for spotting the typo in the invoice before it went out.'),
        ('b', 'Congratulations on finally opening the new restaurant.'),
        ('b', 'Well done on answering every question at the hearing.'),
        ('b', 'Thanks for finding the attachment and sending it on.'),
        ('b', 'Congrats on the new job - and on finding a flat so fast.'),
        ('b', 'Kudos to your team for locating the fault in the wiring.'),
        ('b', 'Well done for reading the whole report over the weekend.'),
        ('b', 'Congratulations on responding so well to the inspection findings.'),
        ('b', 'Gold star to Priya for finding the missing pallet.'),
        ('b', 'Great job on the page layouts.'),
    ],
)

BATCHES["sneer"] = (
    [
        ('b', 'Some of us have a business to run, so please decide by Friday.'),
        ('f', 'Retired chap with far too much time on his hands, ignore.'),
        ('c', 'she has nothing better to do than email us at 6am'),
        ('b', 'Maybe next time try actually opening the attachment.'),
        ('b', 'We were starting to wonder if you had emigrated.'),
        ('o', 'He would find something to gripe about in paradise.'),
        ('b', 'Perhaps you could actually check your spam folder this time.'),
        ('q', 'Some folk just love to whinge, this one especially.'),
        ('b', "Some of us have other clients, you'll be amazed to hear."),
        ('w', 'that man has clearly got nothing better to do with his day'),
        ('b', 'Thought you had vanished off the face of the planet!'),
        ('f', 'People like him will always find something to complain about.'),
    ],
    [
        ('b', 'Some of us have a standing meeting on Fridays, so Thursday is better.'),
        ('b', 'If you ever have nothing better to do, pop in for a coffee.'),
        ('b', 'Maybe next time we can do the handover in person.'),
        ('b', 'We were starting to worry the courier had lost it.'),
        ('b', 'You could actually claim the VAT back on this.'),
        ('b', 'There is far too much time spent on paperwork; we have simplified it.'),
        ('b', 'Some people prefer paper invoices; just tell us.'),
        ('b', 'I thought you had gone on leave, so I sent it to Mark.'),
        ('b', 'Perhaps you could check with your bank whether the payment left?'),
        ('b', 'We will always find something that fits the budget.'),
        ('b', 'Some of us in the office have worked with your father before.'),
        ('b', 'If you have time on your hands next week, the training is free.'),
    ],
)

BATCHES["absolute"] = (
    [
        ("f", "Their site manager is a complete chancer."),
        ("c", "he's an absolute wean, cried about a scratch"),
        ("q", "Honestly she's an utter nuisance."),
        ("o", "Mrs Kaye is a total pain, rang about the bins again."),
        ("f", "He's a right numpty with a spreadsheet."),
        ("w", "that buyer is an absolute wind-up merchant"),
        ("f", "Their director's a complete dinosaur about email."),
        ("n", "He is an utter bore on the phone."),
        ("c", "she's a total drip tbh"),
        ("f", "Your contact there is an absolute snake."),
        ("q", "Their accountant is a right jobsworth."),
        ("o", "He's a proper headache, this one."),
    ],
    [
        ("b", "Your daughter is an absolute natural with horses."),
        ("b", "She's a complete novice, so we'll go slowly."),
        ("b", "Tom has been an absolute rock this month."),
        ("b", "He's a total pro - the install took an hour."),
        ("b", "The view from the terrace is an absolute treat."),
        ("b", "Your new hire is a right laugh, the team love her."),
        ("b", "The new system is a complete mystery to most of us."),
        ("b", "The delay was a total pain, and I'm sorry."),
        ("b", "She's an absolute wizard with the accounts."),
        ("b", "Our courier was a complete stranger to the area."),
        ("b", "He's a real gentleman and a pleasure to work with."),
        ("b", "That roof is an utter liability in a storm."),
    ],
)

BATCHES["foreign"] = (
    [
        ("f", "Este cliente es un imbécil, cambia el pedido cada día."),
        ("q", "Questo cliente è un idiota totale."),
        ("o", "Ce client est un crétin fini, il a tout changé."),
        ("f", "Ten klient to idiota, znowu dzwoni."),
        ("q", "Der Kunde ist ein Idiot, wieder neue Maße."),
        ("f", "Essa cliente é uma imbecil, mudou a data."),
        ("o", "Die klant is een sukkel, alweer te laat."),
        ("f", "Klient to debil, nie czyta maili."),
        ("c", "el tipo es un pendejo"),
        ("f", "Bu müşteri aptal, yine aradı."),
    ],
    [
        ("f", "Este cliente es muy puntual, confirma el pedido."),
        ("q", "Questo cliente paga sempre in tempo."),
        ("o", "Ce client est fidèle depuis dix ans."),
        ("f", "Ten klient płaci zawsze na czas."),
        ("q", "Der Kunde ist sehr zufrieden mit der Lieferung."),
        ("f", "Essa cliente é ótima, sempre educada."),
        ("o", "Die klant is tevreden, alles geleverd."),
        ("b", "Our Lisbon partner, Idiota Lda, has not replied."),
        ("b", "The Debil family have booked the cottage for June."),
        ("f", "Bu müşteri çok memnun kaldı."),
    ],
)

BATCHES["oneword"] = (
    [
        ("f", "Wants the logo bigger and smaller at once. Muppet."),
        ("c", "rang to ask if we're open on Christmas day. donkey."),
        ("q", "Lost the keys twice in a week. Total clown."),
        ("o", "They sent the wrong drawings again. Cowboys, the lot of them."),
        ("f", "Ordered 500 and wants to pay for 50. What a joker."),
        ("w", "paid the wrong invoice again. numpty"),
        ("f", "Still no deposit. Chancers."),
        ("q", "Asked for a discount on a free sample. Absolute clown."),
    ],
    [
        ("b", "Entertainment: Clown."),
        ("b", "Clown and face painter booked for 2pm."),
        ("b", "Amateurs and professionals both welcome."),
        ("b", "Cowboy boots are back in stock."),
        ("b", "The Joker costume is in size M."),
        ("b", "Donkey rides are included in the farm visit."),
        ("b", "Muppet Show tickets arrived today."),
        ("b", "Our star performer: Clown Bobo."),
        ("b", "Tool hire is on page 2."),
        ("b", "Plank sizes are listed below."),
    ],
)

BATCHES["ignorance"] = (
    [
        ('f', "Their caretaker wouldn't know which end of a paintbrush to hold."),
        ('c', "their new guy doesnt know one end of a van from the other"),
        ('q', 'She is still discovering which end of a keyboard is which.'),
        ('b', 'Perhaps send someone who can tell one end of a boiler from the other.'),
        ('o', "Honestly he couldn't tell which end of a brush is which."),
        ('f', 'Their junior still hasn\'t worked out which end of the phone is which.'),
        ('w', 'he genuinely doesnt know which end of a tape measure is which'),
        ('p', 'P.S. Their buyer does not know one end of a forklift from the other.'),
    ],
    [
        ('b', 'Mark which end of the frame is the top before you ship it.'),
        ('b', 'Either end of the cable fits either socket.'),
        ('b', 'We will tell you which end of the garden the shed goes in.'),
        ('b', 'The driver knows one end of the county from the other.'),
        ('b', 'I can never tell which end of the car park is closer, so let us meet at the gate.'),
        ('b', 'Which end of the hall would you like the stage?'),
        ('b', 'The sticker shows which end of the board faces up.'),
        ('b', 'He knows every end of the business and will help.'),
        ('b', 'Not sure which end of the month suits you - let us know.'),
        ('b', 'Please check which end of the roll is damaged.'),
    ],
)

BATCHES["repeat"] = (
    [
        ('b', 'We even wrote it in red at the top of the quote.'),
        ('b', 'It is in the welcome pack, the one you never opened.'),
        ('b', "I'm not sure which of my three emails you skipped."),
        ('b', 'As stated on the form, in capitals, we do not collect on Sundays.'),
        ('b', 'I already explained this in bold in my email of the 3rd.'),
        ('f', 'It was on page one. In bold. Twice.'),
        ('b', "Not sure which bit of 'non-refundable' you misread."),
        ('b', 'I did spell it out in the contract, in large print.'),
    ],
    [
        ('b', 'Anything in bold on the form is required.'),
        ('b', 'We wrote the new prices in red on the list.'),
        ('b', 'I already explained the delay to your colleague on Monday.'),
        ('b', 'The deadline is in capitals at the top of the letter.'),
        ('b', "I'm not sure which of the two dates you'd like, so I've held both."),
        ('b', 'Please fill in the form in block capitals.'),
        ('b', 'The part you asked about is on page 3.'),
        ('b', 'We even wrote a short guide for new tenants - attached.'),
        ('b', 'The one you asked for is out of stock, sorry.'),
        ('b', 'I did say we would call on Friday, and I will.'),
    ],
)

FIRST_TRY: dict[str, tuple[str, str]] = {
    "mockpraise": ("12/12", "12/12"),
    "sneer": ("8/12", "12/12"),
    "absolute": ("12/12", "10/12"),
    "foreign": ("10/10", "10/10"),
    "oneword": ("8/8", "9/10"),
    "ignorance": ("7/8", "10/10"),
    "repeat": ("6/8", "10/10"),
}

KNOWN_MISSES: set[str] = {
    "Their junior still hasn't worked out which end of the phone is which.",
    'It was on page one. In bold. Twice.',
    "Not sure which bit of 'non-refundable' you misread.",
}
KNOWN_FALSE_ALARMS: set[str] = {
    'Your new hire is a right laugh, the team love her.',
    "She's an absolute wizard with the accounts.",
    'Muppet Show tickets arrived today.',
}


@pytest.mark.parametrize("place,text", list(probe_params(BATCHES, 0, KNOWN_MISSES)))
def test_probe8b_remarks_block(place, text):
    assert blocking(place, text), (place, text)


@pytest.mark.parametrize("place,text", list(probe_params(BATCHES, 1, KNOWN_FALSE_ALARMS)))
def test_probe8b_hard_negatives_stay_quiet(place, text):
    assert not blocking(place, text), (place, text, blocking(place, text))


def test_probe8b_batches_are_large_enough():
    for name, (pos, neg) in BATCHES.items():
        assert len(neg) >= 10, name
        assert len(pos) >= 8, name
    texts = {t for pos, neg in BATCHES.values() for _, t in pos + neg}
    assert KNOWN_MISSES | KNOWN_FALSE_ALARMS <= texts
    assert set(FIRST_TRY) == set(BATCHES)
