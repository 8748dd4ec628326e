"""A probe of fresh remark sentences (seventh wave), one batch per class of remark or
false alarm that the sixth wave's blind sets (heldout10-12, development sets now) showed,
written here and not taken from any labelled set.  Each batch has sentences in several
places (new text, forwarded and Outlook-quoted notes, pasted chat, P.S.), registers and
Englishes, and hard negatives of the same shape.  FIRST_TRY records the catch rate of
each batch on the rules before they were changed for it.

Classes:
- ``selfdep`` (negatives mostly): the writer on themself in an exclamation ("What a
  numpty I was", "What a doughnut, me"); positives: the same shape about someone else.
- ``sense`` (negatives mostly): a word's other sense read from its syntax: "lame" of an
  animal or with a limb or gait ("lame on her left fore", "went lame"), "mean" as a verb
  before a clause ("it doesn't mean you have to pay"), a noun before a relative clause
  ("the crack you mention").
- ``abbrev``: a chat abbreviation in capitals tagged on at the end of a clause or said
  to someone ("Third change this week FFS.", "FFS Gemma, ..."); negatives: FFS the
  billing term ("on an FFS basis", "the FFS claims").
- ``foreign``: "a pain", "a bore", "thick" said of the client in another language or
  English (Spanish, Welsh, Afrikaans, German, French, Dutch, Portuguese, Hinglish,
  Yiddish, Australian, Scots); negatives: the same words as surnames, places or
  "heavy" said of a crate.
"""
from __future__ import annotations

import pytest
from remark_places import blocking, probe_params

BATCHES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {}

BATCHES["selfdep"] = (
    [
        ('b', "What a numpty he was to send you last month's figures."),
        ('b', 'What an idiot your installer is, he fitted it upside down.'),
        ('c', 'what a muppet she is, third wrong postcode this month'),
        ('o', 'What a plonker their buyer is - he ordered 200 instead of 20 again.'),
        ('b', 'Your accountant is such a dope, he filed it late again.'),
        ('f', 'What an eejit that man is. Send him the form again.'),
        ('q', 'Silly woman put her old postcode on the form again.'),
        ('b', "Call him a clown if you like, but he's your project manager and he's clueless."),
        ('c', 'dozy cow forgot the meter reading again'),
        ('w', 'what a wally their site manager is, left the gate open again'),
        ('o', "Dana's such a numpty, she booked the wrong day again."),
        ('p', "P.S. What a dunce your office manager is - third time he's lost the key."),
    ],
    [
        ('b', "What a numpty I was - I sent you last month's figures. The right file is attached."),
        ('b', 'What an idiot I am, I forgot the attachment. Here it is.'),
        ('b', "What a muppet I've been: the invoice had the wrong VAT rate. Corrected copy attached."),
        ('b', 'Total plonker moment on my part, I booked the van for the wrong Friday. Fixed now.'),
        ('b', "Silly me, I put your old postcode on the label. I've reprinted it."),
        ('b', "I'm such a dope - the link I sent was to the test site. Here's the live one."),
        ('b', 'Honestly, what a wally I was to miss that in the contract. Sorry, Dana.'),
        ('b', "Call me a clown, but I read 13:00 as 3pm. We'll be there at one."),
        ('b', "I was an absolute eejit and left the key in my other coat; I'll drop it round tonight."),
        ('p', 'P.S. What a dunce I am, I forgot to say the parking is free after six.'),
        ('b', 'Bit of a numpty move from me: I quoted the 2025 price list. New quote attached.'),
        ('b', 'Our team were real clowns on this one - we shipped the wrong colour. Replacement goes out today.'),
        ('b', 'My bad, I was a complete div and copied the wrong account number. Correct one below.'),
        ('b', "What a daft thing of me to do; I've sent the tickets to your old address."),
        ('b', 'I feel a right idiot, the booking was under my name, not yours. Sorted now.'),
        ('b', "Call me stupid, but I hadn't seen the second page of your form. All done now."),
        ('b', "How dim of me - I didn't notice the second invoice. Both are paid now."),
        ('b', "I'm an absolute muppet, I double-booked the room. You have it from 2pm."),
        ('b', "What a doughnut, me: I left you off the invite. You're on it now."),
        ('b', "Dozy me, I forgot the meter reading. It's 45213."),
        ('c', 'what an idiot I am, sent her the wrong form, resending now'),
        ('o', 'What a numpty I was yesterday, I told Dana the wrong date. Can you resend the correct one?'),
    ],
)

BATCHES["sense"] = (
    [
        ('b', 'Your manager is so lame, he cancelled again.'),
        ('c', "she's lame as hell, won't even pick up the phone"),
        ('b', 'He was really mean to our driver when he arrived.'),
        ('o', 'Their buyer is mean and petty, knocks 5% off every invoice.'),
        ('f', "That guy is a mean old so-and-so, don't give him the discount."),
        ('c', "honestly she's so mean to the juniors"),
        ('b', 'Your receptionist was mean and rude to our engineer.'),
        ('w', 'lame client, lame excuses, same as ever'),
    ],
    [
        ('b', "Bramble was slightly lame on her near hind after the trot-up, so we'll rest her for a week."),
        ('b', "Your dog went lame after the walk; it's likely a sprain and she should be sound in a few days."),
        ('b', "He's still a little lame behind, so keep him on box rest until I've seen him again."),
        ('b', 'The ewe was lame in two feet, so we trimmed and treated her.'),
        ('b', "If she goes lame again, call the surgery and we'll X-ray the hoof."),
        ('b', "He's sound at walk but lame at trot on the left fore."),
        ('b', 'It does not mean you have to pay twice.'),
        ('b', "That doesn't mean you've done anything wrong."),
        ('b', 'This means you can claim the full amount back.'),
        ('b', 'Does that mean she needs to sign as well?'),
        ('b', 'I think they mean the March invoice, not April.'),
        ('b', 'By "net" we mean after tax, so you will receive £1,200.'),
        ('b', "I didn't mean you had to come in; a call is fine."),
        ('b', 'What do you mean by the second option? Happy to go through it.'),
        ('b', "A high score doesn't necessarily mean he is at risk; it's one test of several."),
        ('b', 'The mean time to repair is four hours, and the mean score was 7.2.'),
        ('b', "It would mean you wait until May, which I know isn't ideal."),
        ('b', 'Sorry, I meant you, not your colleague, for the signature.'),
        ('b', "The mare is lame, so the lesson is off until she's sound."),
        ('b', 'We think the cow is lame because of a stone bruise.'),
        ('b', "It's a lame excuse on our part and I won't pretend otherwise: we missed the deadline."),
        ('b', "That doesn't mean they are wrong, only that the data is old."),
        ('b', 'She was slightly lame on her left fore after the flexion test, but sound in a straight line.'),
        ('b', "He's lame again on the right hind, so I'd like to block the foot on Tuesday."),
        ('b', "She's a bit lame behind after the show, nothing serious."),
        ('b', 'When we trotted him up he was mildly lame, which fits a bruised sole.'),
        ('b', "She's lame and off her food, so please bring her in today."),
        ('b', "I'm afraid he's been lame since Friday; the farrier found an abscess."),
    ],
)

BATCHES["abbrev"] = (
    [
        ('f', 'Moved them to Thursday. Third change this week FFS.'),
        ('o', "FFS Gemma, this is the fifth time he's asked. Just send it."),
        ('q', 'Another refund request FFS'),
        ('c', 'wants it moved again FFS'),
        ('w', 'FFS not this guy again'),
        ('f', "He's changed the colour again WTF."),
        ('o', 'WTF is she on about, we sent it Tuesday.'),
        ('q', 'FML, she wants the whole thing redone.'),
        ('c', 'Dana again FFS!!'),
        ('n', 'Sixth call today FFS.'),
        ('f', 'Ordered the wrong size AGAIN. FFS.'),
        ('o', 'FFS. Just refund him and be done.'),
        ('f', 'Fourth reschedule FFS, sort it out someone.'),
        ('o', "Honestly FFS Raj, stop cc'ing the client."),
        ('c', 'lol wtf is this request'),
        ('w', 'OMG FFS they want it by tomorrow'),
        ('q', 'Same question again STFU already.'),
        ('f', 'Wtf Dana, read the email.'),
        ('g', 'Schon wieder geändert, FFS.'),
        ('n', 'Late again FFS'),
    ],
    [
        ('b', 'Your plan is billed on an FFS basis, so each visit is charged separately.'),
        ('b', 'The FFS claims for March are attached.'),
        ('b', 'Medicare FFS rates went up 2% this year.'),
        ('b', 'Under FFS, each appointment is invoiced on the day.'),
        ('f', 'FFS: 12 claims, CAP: 40 claims. Numbers for the report.'),
        ('b', 'The FFS (fee-for-service) schedule is attached.'),
        ('b', "We've switched you from FFS to capitation from April."),
        ('b', 'Please see the FFS schedule, page 3.'),
        ('f', 'Attached FFS report for Q3.'),
        ('o', 'Can you pull the FFS numbers before Friday?'),
    ],
)

BATCHES["foreign"] = (
    [
        ('f', 'Menudo pesado el señor Ruiz, tres correos antes del desayuno.'),
        ('q', 'La clienta es una pesada, otra vez cambia la fecha.'),
        ('o', "Mae e'n dipyn o twpsyn, he's lost the parking permit again."),
        ('n', "Die oom is so dom soos 'n donkie, bel hom maar môre."),
        ('f', 'Qué pesadilla de cliente, no para de llamar.'),
        ('g', 'Der Typ ist so ein Depp, er hat schon wieder die falsche Nummer geschickt.'),
        ('o', 'Ese señor es un plasta, llama cada hora.'),
        ('c', 'the client is a proper eejit, sent the wrong form again'),
        ('f', "He's a right galah, ordered the wrong size again."),
        ('c', 'that bloke is a total drongo'),
        ('w', 'this guy is a complete bampot'),
        ('o', "He's such a schmuck, wants another discount."),
        ('q', "She's a nudnik, calls every hour."),
        ('f', 'Il est vraiment lourd ce client, il rappelle toutes les heures.'),
        ('g', 'Die Kundin ist total bescheuert, sie will alles neu.'),
        ('n', "Ou is 'n regte mampara, hy het weer die verkeerde vorm gestuur."),
        ('f', 'Ke client hi pagal hai kya, same question again'),
        ('o', 'Wat een zeur, die klant belt elke dag.'),
        ('c', 'dat vent is een randdebiel'),
        ('f', 'Aquele cliente é um chato, liga todo dia.'),
    ],
    [
        ('f', 'El cliente ha llamado cinco veces hoy, por favor llámale.'),
        ('q', 'La clienta quiere cambiar la fecha otra vez; ¿puedes mirarlo?'),
        ('o', 'Same invoice as last year for Mr Pugh, six hours including set-up.'),
        ('n', 'Hy wil die eiland 30cm na die venster skuif. Maak die verandering.'),
        ('g', 'Der Kunde hat schon wieder die Nummer geschickt, bitte prüfen.'),
        ('f', 'Il rappelle demain pour confirmer la livraison.'),
        ('b', 'The Pesado family have confirmed the villa for August.'),
        ('b', 'Your order from Esel & Co. has shipped.'),
        ('b', 'The Galah Cafe booking is confirmed for Saturday.'),
        ('f', 'Die Kundin möchte alles neu gestaltet haben, bitte Angebot schicken.'),
        ('o', 'Wat een mooie keuken, de klant is erg blij.'),
        ('f', 'Aquele cliente liga todo dia para saber da entrega; manda o rastreio.'),
        ('b', 'The heavy (pesado) crate ships separately, as noted on the Spanish label.'),
        ('c', 'the client is from Dom in Croatia, shipping via Split'),
        ('n', 'Hy het die vorm gestuur; alles is reg.'),
        ('g', 'Die Lieferung ist da, alles bestens.'),
        ('b', 'Drongo Creek Farm is on the delivery list for Tuesday.'),
        ('b', "We've booked Schmuck Jewellery's stand for the fair."),
        ('f', 'Ke client hi naya order bheja hai, please check.'),
        ('q', 'Le client est très content de la cuisine.'),
        ('f', 'Le colis est trop lourd pour le coursier, il faut deux personnes.'),
        ('q', 'La palette est vraiment lourde, prévoir un transpalette.'),
    ],
)

# (positives caught, hard negatives left quiet) by the rules of main before this probe's changes.
FIRST_TRY = {
    "selfdep": ("12/12", "13/22"),
    "sense": ("8/8", "16/28"),
    "abbrev": ("12/20", "10/10"),
    "foreign": ("7/20", "22/22"),
}

KNOWN_MISSES: set[str] = set()
KNOWN_FALSE_ALARMS: set[str] = {
    "She's lame and off her food, so please bring her in today.",
}


@pytest.mark.parametrize("place,text", list(probe_params(BATCHES, 0, KNOWN_MISSES)))
def test_probe7_remarks_block(place, text):
    assert blocking(place, text), (place, text)


@pytest.mark.parametrize("place,text", list(probe_params(BATCHES, 1, KNOWN_FALSE_ALARMS)))
def test_probe7_hard_negatives_stay_quiet(place, text):
    assert not blocking(place, text), (place, text, blocking(place, text))


def test_probe7_batches_are_large_enough():
    for name, (pos, neg) in BATCHES.items():
        assert len(neg) >= 10, name
        assert len(pos) >= 8, name
    texts = {t for pos, neg in BATCHES.values() for _, t in pos + neg}
    assert KNOWN_MISSES | KNOWN_FALSE_ALARMS <= texts
    assert set(FIRST_TRY) == set(BATCHES)
