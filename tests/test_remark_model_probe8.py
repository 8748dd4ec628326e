"""An eighth-wave probe for the remark and abuse models: fresh remarks written here (not
taken from any labelled set, tweet or mail) in the kinds the unseen drafts of heldout13 to
heldout15 showed the models read least, and same-shape hard negatives.

Kinds: profanity or an insult inside a long business sentence (the bag-of-words score is
diluted by twenty ordinary words); asides in other languages in forwarded notes and
pasted chat (Polish, Portuguese, Italian, Turkish, Romanian, German, French, Dutch,
Hindi, Urdu, Nigerian Pidgin, Afrikaans, Tagalog, Malay, Swahili, Greek); sarcasm at the
reader in plain words; condescension; profane abbreviations and mild British profanity;
mocking nicknames.  Negatives: the same shapes about a product or a third-party system,
the writer on themselves, the client's anger quoted back politely, plain notes in the
same languages, and place names with rude substrings.

Each line is linted at default settings in one of the places of ``remark_places``; a
positive must raise a blocking remark finding, a negative none.  The first-try catch
rate (main before the eighth-wave remark model) is recorded in docs/models.md.
"""
from __future__ import annotations

import pytest
from remark_places import blocking, probe_params

LONG = ([
    ("b", "We rang the depot twice this morning and the useless sods still can't tell us which van your sofa is on, so I've escalated it to their manager."),
    ("b", "The replacement part finally turned up yesterday afternoon, after the bleeding supplier sent it to our old unit in Hinckley instead of the new one."),
    ("p", "Sorry the scan is crooked again, the stupid frigging copier in our office chewed the first two pages and I had to feed them in by hand."),
    ("f", "I've put the revised numbers in column F, although frankly their finance director is such a dimwit that he'll probably ask us to explain the totals again."),
    ("o", "Please can someone else take the call with their operations lead on Thursday, because I honestly can't listen to that pompous windbag for another hour."),
    ("b", "We had to redo the whole floor plan on Friday because the clowns at the council planning office lost the drawings we handed in back in June."),
    ("q", "Kitchen units are fitted and the worktops go in on Monday, assuming their useless git of a site foreman remembers to leave the side gate unlocked."),
    ("b", "Your tickets are attached, and I'm sorry it took so long, but the ticketing system was being a total pain in the arse all morning and kept logging us out."),
    ("f", "Quote for the extension is attached, but tbh the homeowner is a proper nightmare and keeps changing her mind every time we've priced anything up."),
    ("b", "I'm afraid the hire van broke down on the ring road, so the whole damn delivery schedule has slipped by a day and we'll be with you on Wednesday instead."),
], [
    ("b", "We rang the depot twice this morning and they still can't tell us which van your sofa is on, so I've escalated it to their manager."),
    ("b", "The replacement part finally turned up yesterday afternoon, after the supplier sent it to our old unit in Hinckley instead of the new one."),
    ("p", "Sorry the scan is crooked again, the copier in our office chewed the first two pages and I had to feed them in by hand."),
    ("f", "I've put the revised numbers in column F, and their finance director will probably want to go through the totals with us on a call."),
    ("o", "Please can someone else take the call with their operations lead on Thursday, because I'm on site all day and can't get away."),
    ("b", "We had to redo the whole floor plan on Friday because the council planning office lost the drawings we handed in back in June."),
    ("b", "Your tickets are attached, and I'm sorry it took so long, but the ticketing system was a real headache all morning and kept logging us out."),
    ("f", "Quote for the extension is attached; the homeowner is keen to compare two layouts, so I've priced both and marked the differences."),
    ("b", "Honestly, the old booking software was an absolute disaster from start to finish, which is exactly why we replaced it with the new system in March."),
    ("b", "I was a complete idiot and attached last year's price list to the quote, so please ignore it; the correct one is attached now with the new rates."),
])

LANGUAGES = ([
    ("f", "Ten gość to skończony kretyn, trzeci raz pyta o to samo."),
    ("q", "Esse cliente é um burro, não entende nada do contrato."),
    ("f", "Quel cliente è proprio uno scemo, ha cambiato idea di nuovo."),
    ("c", "bu adam tam bir salak, her gün fikrini değiştiriyor"),
    ("o", "Clientul ăsta e un prost, a sunat de cinci ori azi."),
    ("f", "Der Typ ist ein totaler Vollidiot, er ruft jede Stunde an."),
    ("q", "Ce client est un vrai crétin, il ne lit jamais nos mails."),
    ("w", "die klant is echt een sukkel, belt elk uur over hetzelfde"),
    ("f", "Yeh client poora ullu hai, kuch bhi samajhta nahi."),
    ("c", "eh banda bilkul khotta hai, har cheez do baar samjhani padti hai"),
    ("f", "Dis customer na mumu, e no dey read anything wey we send am."),
    ("q", "Die vrou is so dom soos 'n donkie, sy het weer die vorm verloor."),
    ("w", "walang utak talaga yung customer na 'to, paulit-ulit na lang"),
    ("c", "pelanggan ni bodoh betul, tanya benda sama setiap hari"),
    ("f", "Huyu mteja ni mjinga kabisa, hasomi barua zetu."),
    ("o", "Aftos o pelatis einai entelos vlakas, allazei gnomi kathe mera."),
], [
    ("f", "Ten klient pyta o fakturę, wyślę ją jutro rano."),
    ("q", "Esse cliente pediu o contrato de novo, mando hoje à tarde."),
    ("f", "Quel cliente ha cambiato la data di consegna, la nuova è lunedì."),
    ("c", "bu müşteri faturayı tekrar istiyor, yarın gönderirim"),
    ("o", "Clientul a sunat de două ori azi, îl sun eu mâine."),
    ("f", "Der Kunde ruft morgen wieder an, bitte die Preise bereithalten."),
    ("q", "Ce client veut une copie du devis, je la renvoie ce soir."),
    ("w", "die klant belt morgen terug over de levering"),
    ("f", "Yeh client kal tak payment kar dega, please invoice bhej do."),
    ("f", "Dis customer don pay, make we send am receipt today."),
    ("q", "Die vrou het die vorm weer gestuur, ek sal dit môre nagaan."),
    ("w", "tumawag ulit yung customer, papadala ko na yung resibo"),
    ("c", "pelanggan tu dah bayar, nanti saya hantar resit"),
    ("f", "Mteja amelipa, tafadhali mtumie risiti leo."),
])

SARCASM = ([
    ("b", "Lovely to hear from you at last; we'd begun to wonder whether your keyboard had been stolen."),
    ("b", "Shocking news, I know, but the deadline was printed on the form the whole time."),
    ("b", "Nice of you to finally open the parcel we delivered in August."),
    ("i", "As it says in the first line of the invoice you apparently skimmed past, the VAT is included."),
    ("b", "Who could have guessed that a password works better when you type it correctly."),
    ("b", "Bravo for noticing the error six weeks after you signed it off."),
    ("b", "I'm sure your cousin who did a weekend course knows far more about wiring than our electricians."),
], [
    ("b", "Lovely to hear from you; we'd wondered whether our last email had reached you."),
    ("b", "Sorry, the deadline was printed on the form but we should have mentioned it in the email too."),
    ("b", "Thanks for opening the parcel, and sorry it sat with the courier for so long."),
    ("i", "The VAT is included; it's on the first line of the invoice, which I know is easy to miss."),
    ("b", "Thanks for spotting the error, even six weeks on it's worth fixing."),
    ("b", "Your cousin's suggestion is a good one and our electricians will look at it on Monday."),
])

CONDESCENSION = ([
    ("b", "I've highlighted the hard words in yellow so you don't get lost this time."),
    ("b", "Let me go really slowly, because the last three explanations clearly went over your head."),
    ("b", "Don't trouble yourself with the figures, sweetheart, the men in accounts will sort it."),
    ("b", "Perhaps ask whoever set up your email for you to help with the login as well."),
    ("b", "I realise reading a two-page contract is a big ask, so here is the gist in one sentence."),
], [
    ("b", "I've highlighted the key dates in yellow so they're easy to find."),
    ("b", "Let me go through it again more slowly, as my last explanation wasn't clear."),
    ("b", "Don't trouble yourself with the figures, our accounts team will sort it for you."),
    ("b", "If it helps, whoever set up your email can also help with the login."),
    ("b", "The contract is two pages long, so here is the gist in one sentence for your records."),
])

PROFANITY = ([
    ("f", "wtaf, they want the logo in Comic Sans now"),
    ("c", "ffs the van's broken down again"),
    ("q", "JFC, round eleven of edits on a one-page flyer."),
    ("f", "Omfg this portal is going to finish me off."),
    ("p", "Sorry for the delay, the sodding router died."),
    ("b", "The bloody alarm went off at the unit again last night, so we've had the engineer back out."),
    ("w", "bloody hell, who approved this price"),
    ("o", "Effing courier lost it again, sending another."),
], [
    ("f", "wait, they want the logo in a different font now?"),
    ("c", "fyi the van's broken down again, sending a taxi"),
    ("q", "Round eleven of edits on a one-page flyer, but we're nearly there."),
    ("p", "Sorry for the delay, the router died."),
    ("b", "The alarm went off at the unit again last night, so we've had the engineer back out."),
    ("o", "Courier lost it again, sending another."),
])

NICKNAMES = ([
    ("q", "Professor Clipboard is back with another list of complaints about the signage."),
    ("o", "Lady Muck wants her invoice on headed paper, naturally."),
    ("f", "Mr Fusspot rang to ask about the font on the receipt, third call today."),
    ("c", "Sir Moans-a-lot is on line two for you"),
    ("q", "The Duchess of Procurement has rejected the quote again."),
], [
    ("q", "Professor Clarke is back with some notes on the signage."),
    ("o", "Lady Margaret wants her invoice on headed paper, please."),
    ("f", "Mr Fossey rang to ask about the font on the receipt."),
    ("c", "Sir Malcolm is on line two for you"),
    ("q", "The Duchess of Cornwall Hotel has approved the quote."),
])

PLACES_AND_OTHERS = ([], [
    ("b", "The van will leave Scunthorpe at six and reach Penistone by nine."),
    ("f", "Stock for the Cockermouth and Wetwang shops goes out on Tuesday."),
    ("b", "We've booked the coach from Pratts Bottom to Lickey End for the school trip."),
    ("q", "The Shitterton site survey is attached, along with the Crapstone one."),
    ("b", "Our Bitche office in Moselle will handle the French invoices."),
    ("b", "You wrote that we are the most useless firm you've ever dealt with, and after this week I understand why."),
    ("b", "I was a muppet and sent the wrong file, sorry; the right one is attached."),
    ("i", "Fair enough, our old portal really was rubbish, which is why we replaced it."),
    ("b", "The client said our last invoice was a total joke, so I've checked it line by line."),
    ("c", "the printer is being a nightmare today, reprinting on the other one"),
])

BATCHES = {"long": LONG, "languages": LANGUAGES, "sarcasm": SARCASM, "condescension": CONDESCENSION,
           "profanity": PROFANITY, "nicknames": NICKNAMES, "others": PLACES_AND_OTHERS}

# Measured at default settings (docs/models.md, "Eighth wave").  First try (main at
# 0d8e6b5): 33 of 51 remarks blocked (RMK004 alone 1), one negative blocked (RMK003).
# With the second remark model (remark_broad) 34 of 51 (RMK004 2).  These stay unread:
KNOWN_MISSES = {
    "The replacement part finally turned up yesterday afternoon, after the bleeding supplier sent it to our old unit in Hinckley instead of the new one.",
    "Kitchen units are fitted and the worktops go in on Monday, assuming their useless git of a site foreman remembers to leave the side gate unlocked.",
    "Quote for the extension is attached, but tbh the homeowner is a proper nightmare and keeps changing her mind every time we've priced anything up.",
    "Esse cliente é um burro, não entende nada do contrato.",
    "bu adam tam bir salak, her gün fikrini değiştiriyor",
    "Clientul ăsta e un prost, a sunat de cinci ori azi.",
    "eh banda bilkul khotta hai, har cheez do baar samjhani padti hai",
    "Aftos o pelatis einai entelos vlakas, allazei gnomi kathe mera.",
    "Lovely to hear from you at last; we'd begun to wonder whether your keyboard had been stolen.",
    "Shocking news, I know, but the deadline was printed on the form the whole time.",
    "As it says in the first line of the invoice you apparently skimmed past, the VAT is included.",
    "Who could have guessed that a password works better when you type it correctly.",
    "Bravo for noticing the error six weeks after you signed it off.",
    "I'm sure your cousin who did a weekend course knows far more about wiring than our electricians.",
    "Perhaps ask whoever set up your email for you to help with the login as well.",
    "I realise reading a two-page contract is a big ask, so here is the gist in one sentence.",
    "The Duchess of Procurement has rejected the quote again.",
}
# RMK003's (a phrase rule of the remark lane), not a model's: "go through it again more slowly".
FALSE_ALARMS = {
    "Let me go through it again more slowly, as my last explanation wasn't clear.",
}


@pytest.mark.parametrize("place,text", list(probe_params(BATCHES, 0, KNOWN_MISSES)))
def test_probe8_remarks_block(place, text):
    assert blocking(place, text), (place, text)


@pytest.mark.parametrize("place,text", list(probe_params(BATCHES, 1, FALSE_ALARMS)))
def test_probe8_hard_negatives_stay_quiet(place, text):
    assert not blocking(place, text), (place, text, blocking(place, text))


def test_probe8_is_large_enough():
    pos = [t for b in BATCHES.values() for _, t in b[0]]
    neg = [t for b in BATCHES.values() for _, t in b[1]]
    assert len(pos) >= 40 and len(neg) >= 40
    assert len(set(pos)) == len(pos) and len(set(neg)) == len(neg)
    assert KNOWN_MISSES <= set(pos) and FALSE_ALARMS <= set(neg)
