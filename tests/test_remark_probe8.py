"""A probe of fresh remark sentences (eighth wave), one batch per class of remark or
false alarm that the seventh wave's blind sets (heldout13-15, development sets now)
showed, written here and not taken from any labelled set.  Each batch has sentences in
several places (new text, forwarded and Outlook-quoted notes, pasted chat, P.S.),
registers and Englishes, and hard negatives of the same shape.  FIRST_TRY records the
catch rate of each batch (positives caught, negatives left quiet) on the rules before
they were changed for it.

Classes:
- ``names`` (negatives mostly): a place, a surname or a brand in title case with a rude
  stem inside it, at the start of a line, after a colon or in a list ("Thursday:
  Shitterton (Dorset)"); positives: the stem as swearing in title case ("Shitshow.",
  "Bullshit, frankly").
- ``offers`` (negatives mostly): a curt offer of help ("if you need more, just say.",
  "just shout", "just ask") and a word whose lemma is a title ("missing invoices" is
  not "Miss Invoices"); positives: ", just saying." tagged on a jab, mock titles.
- ``mockpraise``: congratulations for a trivial act, the reader's reply or finding a
  part of a message or a device ("Congratulations on finding the reply button",
  "well done for finally answering"); negatives: real congratulations and thanks.
- ``foreign``: an insult in another language about the client in a forwarded or quoted
  note (Spanish, Polish, Italian, French, German, Portuguese, Dutch, Czech, Romanian,
  Turkish); negatives: the same notes saying nothing rude, and the words as surnames.
- ``absolute``: a person called "an absolute/utter/total X" where X is no praise, in
  any English ("she's an absolute headwreck", "he's a total weapon"); negatives: "an
  absolute star", "a complete beginner", "an absolute bargain" (a thing).
- ``sneer``: a sneer at the reader or a complainant by its shape ("some of us have
  actual work to do", "nothing better to do", "will find something to moan about",
  "perhaps next time you could actually read it", "we thought you'd emigrated");
  negatives: the same words said plainly.
- ``oneword``: an insult said as a whole sentence or a sarcastic "genius" before a role
  ("Clown.", "Her genius art director wants 8K textures"); negatives: the words about a
  performer or an idea ("Clown booked.", "Genius idea, thank you").
"""
from __future__ import annotations

import pytest
from remark_places import blocking, probe_params

BATCHES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {}

BATCHES["names"] = (
    [
        ('b', 'Shitshow. That is the only word for how the courier handled it.'),
        ('f', 'Bullshit, frankly. She signed the form in March.'),
        ('c', 'Shitty week, she rang nine times'),
        ('q', 'Clusterfuck. Their buyer changed the order again.'),
        ('o', 'Fuckwit from their office rang again about the VAT.'),
        ('p', 'P.S. Shite weather, stay dry.'),
        ('w', 'Shitstorm incoming, he has seen the invoice'),
        ('f', 'Bullshitting us again about the deposit, that one.'),
        ('n', 'Fucking hell, third time this week.'),
        ('b', 'Apeshit is the word for how he reacted to the quote.'),
    ],
    [
        ('b', 'Here is the route for Tuesday:\n- Monday: Shitterton, then Wareham\n- Tuesday: Poole'),
        ('b', 'Stops next week:\nShitterton (Dorset)\nBere Regis\nDorchester'),
        ('f', 'Thursday: Shitterton - the one-off drop you asked about.'),
        ('b', 'Our new supplier is Fuckel GmbH in Linz; their catalogue is attached.'),
        ('b', 'Delivery points:\n1. Fucking Strasse 4 (old address)\n2. Mattighofen depot'),
        ('o', 'Shittu Logistics will collect the pallets at 9.'),
        ('b', 'Attendees:\n- Adebayo Shittu\n- Marion Shitole\n- Kemi Ade'),
        ('b', 'Shittu & Co have confirmed the booking for Friday.'),
        ('q', 'Please invoice Shitterton Parish Council directly.'),
        ('b', 'The hall in Shitterton is free on the 14th.'),
        ('b', 'Route: Poole > Wareham > Shitterton > Bere Regis.'),
        ('c', 'Shitterton drop done, on to Bere Regis'),
        ('b', 'Fuckelberg Hof is the venue for the tasting.'),
        ('b', 'Scunthorpe, Penistone and Cockermouth are on the Friday run.'),
        ('b', 'Monday: Lickey End\nTuesday: Clitheroe\nWednesday: Middlesex'),
        ('b', 'Shitake mushrooms are off the menu this week, sorry.'),
        ('p', 'P.S. Shitterton village fete is on the 20th if you fancy it.'),
        ('b', 'Our contact at Shittim Wood Joinery is Paul.'),
        ('w', 'Shitterton done, van heading back'),
        ('b', 'Dear Mr Shittu,\n\nYour account is now open.'),
        ('b', 'Venue options:\n* Shitterton Barn\n* Anderson Manor'),
        ('f', 'Customer: Fuckel family, order 4471, paid in full.'),
    ],
)

BATCHES["offers"] = (
    [
        ('b', 'Maybe read the terms before you email next time, just saying.'),
        ('c', 'she could have checked the attachment, just sayin.'),
        ('f', 'Mr Invoices has been on the phone again about the 3p difference.'),
        ('q', 'Miss Refund rang again, third time today.'),
        ('w', 'Mrs Spreadsheet wants the figures in a different colour now'),
        ('b', 'You could have read the contract first. Just saying!'),
        ('o', 'Lady Paperwork wants everything printed twice.'),
        ('p', 'P.S. Some of us read the manual, just saying.'),
    ],
    [
        ('b', 'If you need anything else before Thursday, just say.'),
        ('b', 'If you want the spare banners dropped at the venue, just say.'),
        ('b', 'Happy to send more samples - just say the word.'),
        ('b', 'If anything is unclear, just ask.'),
        ('b', 'Any problems, just shout.'),
        ('b', 'If you need a hand with the move, just holler.'),
        ('p', 'P.S. If the time doesn\'t suit, just say and we\'ll rearrange.'),
        ('b', 'Need a different colour? Just say so.'),
        ('b', 'If you\'d rather we called, just say when.'),
        ('b', 'Want us to wait until Monday? Just say.'),
        ('b', 'Just say if you want the large size instead.'),
        ('b', 'Should anything go wrong, just give us a shout.'),
        ('b', 'I know your customers have been missing invoices all week - sorry.'),
        ('b', 'Your tenants have been missing reminders since the server move.'),
        ('b', 'We were missing receipts for March, but they have turned up.'),
        ('b', 'Some clients were missing refunds, which we have now paid.'),
        ('b', 'Several patients have been missing reminders; we are fixing the texts.'),
        ('f', 'Missing invoices: 4471 and 4472, both re-sent today.'),
        ('b', 'You may be missing attachments if your mail filter strips them.'),
        ('b', 'Just say yes and we will book it.'),
        ('c', 'if they need a reprint just say'),
        ('b', 'Whatever suits you best, just say.'),
    ],
)

BATCHES["mockpraise"] = (
    [
        ('b', 'Congratulations on finding the reply button! Here are the dates again.'),
        ('b', 'Well done on locating the attachment. It has been there since June.'),
        ('b', 'Congratulations on finding clause 12 - it has been in the lease since you signed it.'),
        ('b', 'Congrats on discovering page 4 of the quote.'),
        ('b', 'Oh, congratulations on finally replying. We had almost given up.'),
        ('f', 'Well done to him for finally answering his phone.'),
        ('c', 'congrats on reading the email lol'),
        ('b', 'Bravo for finding the link we sent three times.'),
        ('p', 'P.S. Gold star for opening the attachment this time.'),
        ('b', 'Congratulations on working out the login page at last.'),
        ('q', 'Well done her for spotting section 3 of the contract, only took a month.'),
        ('b', 'Kudos for finally reading the small print.'),
        ('b', 'Congratulations on remembering your password!'),
        ('w', 'well done on finding the send button mate'),
        ('b', 'Congratulations on getting back to us - only five weeks.'),
        ('b', 'Great job finding our email in your spam folder.'),
        ('o', 'Nice work discovering the FAQ page, Gemma.'),
        ('b', 'Congratulations on answering the phone at last.'),
        ('b', 'Well done for finally reading paragraph 2.'),
        ('b', 'Congrats on finding the instructions. They were in the box.'),
        ('b', 'Hats off to you for finding the Submit button.'),
        ('b', 'Congratulations on responding to our fourth email.'),
    ],
    [
        ('b', 'Congratulations on finding a buyer so quickly!'),
        ('b', 'Congratulations on the new premises - it looks wonderful.'),
        ('b', 'Well done for finding the root cause; the fix is in.'),
        ('b', 'Thanks for spotting the mistake in clause 12, corrected now.'),
        ('b', 'Congratulations on finally completing your degree!'),
        ('b', 'Well done on getting the planning approval.'),
        ('b', 'Congrats on finding a venue you love.'),
        ('b', 'Thanks for replying so quickly.'),
        ('b', 'Thank you for reading the proposal so carefully.'),
        ('b', 'Congratulations on the launch, and on finding such a great team.'),
        ('b', 'Well done on passing your inspection.'),
        ('b', 'Congratulations on opening the second shop!'),
        ('b', 'Great job on the presentation yesterday.'),
        ('b', 'Thanks for finding the attachment, I had forgotten to add it.'),
        ('b', 'Congratulations on your engagement!'),
        ('b', 'Well done for finding a cheaper supplier.'),
        ('b', 'Kudos to your team for finding the leak so fast.'),
        ('p', 'P.S. Congratulations on finally getting the keys!'),
        ('b', 'Congratulations on reaching 1,000 customers.'),
        ('b', 'Thanks for getting back to us, the dates work.'),
        ('b', 'Well done on answering all the auditor\'s questions.'),
        ('b', 'Bravo for finding a way to cut the costs.'),
    ],
)

BATCHES["foreign"] = (
    [
        ('f', 'Tom, te lo paso. Este cliente es un idiota, cambió todo otra vez.'),
        ('f', 'Ten klient to straszny debil, znowu zmienia kolor.'),
        ('q', 'Questo cliente è un cretino, ha cambiato le date tre volte.'),
        ('o', 'Ce client est un vrai connard, il a encore changé la commande.'),
        ('f', 'Der Kunde ist ein Vollidiot, schon wieder neue Farben.'),
        ('q', 'Esse cliente é um idiota, mudou tudo de novo.'),
        ('f', 'Die klant is een idioot, alweer een nieuwe datum.'),
        ('o', 'Tenhle zákazník je úplný blbec, zase změna.'),
        ('f', 'Clientul ăsta e un tâmpit, a schimbat iar comanda.'),
        ('q', 'Bu müşteri tam bir salak, yine değiştirdi.'),
        ('c', 'ese tío es un gilipollas, otra vez con el descuento'),
        ('f', 'La señora es una pesada y una imbécil, cuarta llamada hoy.'),
        ('f', 'Ten facet to kretyn, trzeci raz to samo.'),
        ('o', 'Il cliente è uno stronzo, non paga mai.'),
        ('f', 'Quel abruti a encore perdu la facture.'),
        ('q', 'Der Typ ist so ein Trottel, er hat die Rechnung verloren.'),
        ('f', 'El cliente es un pendejo, no lee nada.'),
        ('w', 'esse cara é um babaca, ligou cinco vezes'),
        ('f', 'Ta klientka to idiotka, dzwoni co godzinę.'),
        ('f', 'Este cliente es tonto de remate, no entiende el plano.'),
    ],
    [
        ('f', 'Tom, te lo paso. Este cliente es muy amable, confirma el 12.'),
        ('f', 'Ten klient jest bardzo miły, potwierdza piątek.'),
        ('q', 'Questo cliente è molto gentile, conferma le date.'),
        ('o', 'Ce client est très sympa, il confirme la commande.'),
        ('f', 'Der Kunde ist sehr nett, Farben bestätigt.'),
        ('q', 'Esse cliente é muito simpático, confirmou tudo.'),
        ('f', 'Die klant is heel vriendelijk, datum bevestigd.'),
        ('o', 'Zákazník je v pohodě, potvrdil termín.'),
        ('f', 'Clientul a confirmat comanda, totul e în regulă.'),
        ('q', 'Müşteri çok nazik, siparişi onayladı.'),
        ('b', 'Maria Idiota from the Lisbon office will send the figures.'),
        ('b', 'Our courier partner Debil Transport will collect on Friday.'),
        ('f', 'El cliente confirma el 12; ha cambiado las fechas dos veces, sin problema.'),
        ('f', 'Klient prosi o zmianę koloru płytek, zrobimy w piątek.'),
        ('b', 'The book "El Idiota" is the Spanish edition of Dostoevsky.'),
        ('b', 'Le client a changé la commande; on livre lundi.'),
        ('f', 'Der Kunde hat die Farben geändert, kein Problem.'),
        ('b', 'We stock Tonto Rossi wines in the cellar.'),
        ('q', 'A cliente mudou a data, sem problema nenhum.'),
        ('f', 'La señora llamó otra vez para confirmar, muy simpática.'),
    ],
)

BATCHES["absolute"] = (
    [
        ('f', "Took three goes to get the card through, she's an absolute headwreck."),
        ('c', "he's a total weapon, rang at 6am about a bin"),
        ('q', 'Their manager is an utter liability, lost the keys again.'),
        ('o', "She's an absolute nightmare, fourth change this week."),
        ('f', "He's a right melter, same question five times."),
        ('w', "that one's an absolute walloper"),
        ('f', "Their IT guy is a complete waste of space."),
        ('c', 'she is an absolute menace, third complaint today'),
        ('q', "Honestly he's an utter roaster."),
        ('f', "Their buyer's a proper pain, changes his mind hourly."),
        ('o', 'Mr Doyle is an absolute head-melter.'),
        ('f', "He's a total space cadet, forgot the meeting again."),
        ('c', "she's a complete liability tbh"),
        ('n', "He's an absolute dose, moaning about the lift again."),
        ('f', "The landlord is an absolute shambles of a man."),
        ('w', "that client is a total nightmare"),
        ('q', "He's a right eejit, lost the form twice."),
        ('f', 'She is an utter pest, rang four times before nine.'),
        ('c', "he's an absolute gowk"),
        ('o', "Their director is a complete wazzock."),
    ],
    [
        ('b', "Priya is an absolute star - she sorted the whole order in a day."),
        ('b', "Your son's a total natural on the drums."),
        ('b', 'Our driver Sam is an absolute gem.'),
        ('b', "He's a complete beginner, so we'll start with the basics."),
        ('b', "She's a total stranger to the system, so I'll walk her through it."),
        ('b', 'The new lens is an absolute bargain at that price.'),
        ('b', 'Your venue is an absolute dream.'),
        ('b', "He's an absolute legend for fitting us in on a Sunday."),
        ('b', 'It was an absolute pleasure to work with your team.'),
        ('b', "She's a real pro at the paperwork."),
        ('b', 'Parking there is an absolute nightmare, so come by train.'),
        ('b', 'The traffic was a total nightmare this morning.'),
        ('b', "He's an absolute diamond, thank him from us."),
        ('b', 'A waterproof cover is an absolute must in winter.'),
        ('b', "She's a complete newcomer to sailing, and very keen."),
        ('b', "Your accountant's been an absolute lifesaver."),
        ('b', 'The old boiler is a total liability; we recommend replacing it.'),
        ('b', "He's a total perfectionist about the finish, which we love."),
        ('b', 'The garden is an utter delight in June.'),
        ('b', "She's an absolute trooper, she stayed till the end."),
    ],
)

BATCHES["sneer"] = (
    [
        ('b', 'Some of us have actual work to do, so please read the contract.'),
        ('b', 'Some of us have real jobs, you know.'),
        ('f', 'Some people will find something to moan about whatever we do.'),
        ('b', 'We cannot run the hall to suit one neighbour with nothing better to do.'),
        ('c', 'man with nothing better to do on a sunday, again'),
        ('b', 'Perhaps next time you could actually be in when the driver calls.'),
        ('b', 'Maybe next time you could actually read the confirmation.'),
        ('b', 'Perhaps you could actually open the attachment before ringing us.'),
        ('b', 'We were starting to think you had emigrated.'),
        ('b', "Ah, there you are! We thought you'd fallen off the face of the earth."),
        ('p', "P.S. We'd started to think you'd joined a monastery."),
        ('q', 'Clearly she has nothing better to do than ring us hourly.'),
        ('o', 'Some people just love to complain about everything.'),
        ('f', 'A retired man with too much time on his hands, basically.'),
        ('b', "If you could actually try reading the invoice, you'd see the VAT."),
        ('b', 'Some of us do have other customers, believe it or not.'),
        ('c', 'people like her always find something to whinge about'),
        ('b', 'Next time maybe actually check the box before you email.'),
        ('b', 'We were beginning to think you had been abducted by aliens.'),
        ('f', 'Typical pensioner with nothing better to do than complain.'),
    ],
    [
        ('b', 'Some of us have holidays in August, so replies may be slower.'),
        ('b', 'Some of our staff have real experience with listed buildings.'),
        ('b', 'If you have nothing better to do on Saturday, come to our open day!'),
        ('b', 'Perhaps next time you could bring the receipt, which will speed things up.'),
        ('b', 'You could actually save money by paying annually.'),
        ('b', 'You might actually prefer the blue one in daylight.'),
        ('b', 'We thought you had already left for the holidays, so we waited.'),
        ('b', 'I thought you had moved to the Leeds office.'),
        ('b', 'Some people find the green more restful; others prefer the grey.'),
        ('b', 'Some neighbours may find the noise difficult, so we finish at 11.'),
        ('b', 'Perhaps you could send the plans by Friday?'),
        ('b', 'There is nothing better to do on a rainy day than visit the museum.'),
        ('b', 'We will find something to suit your budget.'),
        ('b', 'Maybe next time we could meet at your office.'),
        ('b', 'Some of us have been with the firm for twenty years.'),
        ('b', 'It would actually be cheaper to replace the whole unit.'),
        ('b', 'We thought you might like to see the first proofs.'),
        ('b', 'Some customers will always want the newest model, and that is fine.'),
        ('b', 'You could actually do this yourself from the portal, if you prefer.'),
        ('b', 'If you have time on your hands this weekend, the fair is on.'),
    ],
)

BATCHES["oneword"] = (
    [
        ('f', 'He wants 8K textures on a handheld. Clown.'),
        ('c', 'she wants it by tomorrow for free. muppet'),
        ('q', 'Third change this week. Amateurs.'),
        ('o', 'They lost the keys again. Clowns.'),
        ('f', "Can someone tell Ingrid's genius art director that it won't fit on the disc?"),
        ('w', 'their genius buyer ordered 200 instead of 20'),
        ('f', 'Their genius of a manager deleted the folder.'),
        ('c', 'lost the form again. idiot.'),
        ('q', 'Cowboys. The lot of them.'),
        ('f', 'Your genius IT guy unplugged the router again.'),
        ('o', 'Wants a refund after 90 days. Joker.'),
        ('f', 'Has anyone told the genius in their accounts team about VAT?'),
    ],
    [
        ('b', 'Clown booked for the party on Saturday.'),
        ('b', 'Genius idea, thank you - we will use it.'),
        ('b', 'Your art director is a genius; the mock-ups are superb.'),
        ('b', 'The genius bar at the store can swap the battery.'),
        ('b', 'Clowns, face painters and a magician are all confirmed.'),
        ('b', 'Amateurs welcome - the course starts from scratch.'),
        ('b', 'Joker cards are removed from the deck for this game.'),
        ('b', 'Cowboys and Indians themed party supplies are on page 3.'),
        ('b', 'Muppets tickets for the 14th are attached.'),
        ('b', 'A genius move by your marketing team - sales doubled.'),
        ('b', 'Genius. That fixed it, thank you!'),
        ('b', 'Your genius designer has done it again - we love the logo.'),
    ],
)

BATCHES["ignorance"] = (
    [
        ('b', "I gather your new clerk is still working out which end of a stapler is which."),
        ('f', "He doesn't know which end of a drill is which, so don't let him near the wall."),
        ('c', 'she wouldnt know which end of a spreadsheet is which'),
        ('q', "Their buyer couldn't tell which end of a pallet is which."),
        ('o', 'Poor lad is still learning which end of the phone to talk into.'),
        ('p', 'P.S. Maybe send someone who knows which end of a screwdriver is which.'),
        ('f', 'Their site manager does not know one end of a ladder from the other.'),
        ('w', "he doesn't know one end of a hammer from the other lol"),
        ('b', "Your office junior is still figuring out which end of the pen to hold."),
        ('f', "Honestly she wouldn't know which end of a mouse to click."),
    ],
    [
        ('b', 'Please label which end of the cable is which before you unplug it.'),
        ('b', 'Can you tell which end of the pipe is which from the photo?'),
        ('b', 'The arrows show which end of the beam is which.'),
        ('b', 'We mark which end of each roll is the start.'),
        ('b', 'It does not matter which end of the hose you connect first.'),
        ('b', 'Check which end of the battery is positive before fitting it.'),
        ('b', 'I never know which end of the table to sit at, so I will follow you.'),
        ('b', 'The engineer is still learning the new booking system, so bear with us.'),
        ('b', 'She knows one end of the estate from the other better than anyone.'),
        ('b', 'From one end of the site to the other, the fencing is done.'),
    ],
)

BATCHES["repeat"] = (
    [
        ('b', 'I did say that in my last email, in bold.'),
        ('b', "It's on the receipt, the website and the label, so I'm not sure which of those you missed."),
        ('b', 'We did mention this in capitals on the booking form.'),
        ('b', 'As I said in my last three emails - in bold, underlined - the office is closed.'),
        ('f', 'I literally wrote it in red on the front page.'),
        ('b', "It was in the email. The one you didn't read."),
        ('b', 'Not sure which part of "closed on Mondays" was unclear.'),
        ('b', 'I said so in block capitals on the invoice.'),
        ('b', "I'm not sure which of the four reminders you overlooked."),
        ('p', 'P.S. The answer is still in the email I sent on Monday, in bold.'),
    ],
    [
        ('b', 'The closing date is shown in bold on page 2.'),
        ('b', 'I have put the changes in red so they are easy to find.'),
        ('b', 'We did mention the delay in our last email; sorry it was not clearer.'),
        ('b', 'The key dates are in capitals at the top of the form.'),
        ('b', "I'm not sure which of the two quotes you'd prefer - both attached."),
        ('b', "Not sure which part of the form is unclear? Call me and we'll go through it."),
        ('b', 'As I mentioned on Monday, the office is closed on the 24th.'),
        ('b', 'The terms are in bold on the back of the receipt.'),
        ('b', 'I wrote the totals in red where they changed.'),
        ('b', 'Please reply in capitals if the form asks for it.'),
    ],
)

FIRST_TRY: dict[str, tuple[str, str]] = {
    "names": ("10/10", "9/22"),
    "offers": ("7/8", "13/22"),
    "mockpraise": ("4/22", "20/22"),
    "foreign": ("14/20", "20/20"),
    "absolute": ("14/20", "20/20"),
    "sneer": ("3/20", "20/20"),
    "oneword": ("5/12", "10/12"),
    "ignorance": ("1/10", "10/10"),
    "repeat": ("1/10", "9/10"),
}

KNOWN_MISSES: set[str] = {
    'You could have read the contract first. Just saying!',
    'congrats on reading the email lol',
    'well done on finding the send button mate',
    "Can someone tell Ingrid's genius art director that it won't fit on the disc?",
    'their genius buyer ordered 200 instead of 20',
    'Their genius of a manager deleted the folder.',
    'Your genius IT guy unplugged the router again.',
}
KNOWN_FALSE_ALARMS: set[str] = {
    'Delivery points:\n1. Fucking Strasse 4 (old address)\n2. Mattighofen depot',
    'Clowns, face painters and a magician are all confirmed.',
    'Muppets tickets for the 14th are attached.',
    "Not sure which part of the form is unclear? Call me and we'll go through it.",
}


@pytest.mark.parametrize("place,text", list(probe_params(BATCHES, 0, KNOWN_MISSES)))
def test_probe8_remarks_block(place, text):
    assert blocking(place, text), (place, text)


@pytest.mark.parametrize("place,text", list(probe_params(BATCHES, 1, KNOWN_FALSE_ALARMS)))
def test_probe8_hard_negatives_stay_quiet(place, text):
    assert not blocking(place, text), (place, text, blocking(place, text))


def test_probe8_batches_are_large_enough():
    for name, (pos, neg) in BATCHES.items():
        assert len(neg) >= 10, name
        assert len(pos) >= 8, name
    texts = {t for pos, neg in BATCHES.values() for _, t in pos + neg}
    assert KNOWN_MISSES | KNOWN_FALSE_ALARMS <= texts
    assert set(FIRST_TRY) == set(BATCHES)
