"""A probe of fresh remark sentences (sixth wave), one batch per class of remark the
fifth wave's blind sets showed the rules missing, written here and not taken from any
labelled set.  Each batch has remarks in several places, registers and Englishes and as
many hard negatives of the same shape.  The first-try catch rate of each batch (before
the rules were changed for it) is recorded in FIRST_TRY.

Classes:
- ``foreign``: an internal note in another language insults the client ("Der ist ein
  Vollidiot"), under a mail client's headers in that language ("Von:", "De:") or a
  "Note from the site team:" label; negatives: neutral notes in the same languages,
  surnames and places that look like insult words.
- ``condescend``: a patronising endearment or a "leave the hard part to me" pat on the
  head ("don't worry your pretty little head"); negatives: the same words in kind use.
- ``hedged``: a trait put-down in a relative clause or behind a hedge ("your clerk, who
  I gather is a bit dim, ..."); negatives: the same shape about a thing, or praise.
- ``impatience``: sarcasm at the reader's chasing ("ringing us every hour won't make the
  ship sail faster"); negatives: the same shape as help or as a plain fact.
- ``masked``: profanity spelt with symbols inside compounds ("f***-up", "sh*tshow");
  negatives: ratings, markdown, redactions, formulae.
- ``disbelief``: sarcastic disbelief of the client's account ("sure they did", "likely
  story"); negatives: sincere agreement with the same words.
- ``verbsense`` (negatives mostly): a word that insults a person as an adjective but is
  a verb or a noun here ("here's what they mean", "they dim the lights").
"""
from __future__ import annotations

import pytest
from remark_places import blocking, probe_params

BATCHES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {}

BATCHES["foreign"] = (
    [
        ("g", "Der Kunde nervt total, schon wieder eine Änderung."),
        ("g", "Die Frau ist echt eine dumme Kuh, ruf du sie an."),
        ("g", "So ein Trottel, er hat die falsche Adresse angegeben."),
        ("f", "Ce client est un vrai connard, il conteste tout."),
        ("f", "Elle est complètement conne, elle a encore perdu le bon de commande."),
        ("q", "Quel abruti, il a signé pour la mauvaise palette."),
        ("f", "Este cliente es un pendejo, cambia la fecha cada semana."),
        ("q", "Qué gilipollas, otra vez pidiendo descuento."),
        ("f", "Il cliente è un cretino, ha sbagliato l'ordine di nuovo."),
        ("q", "Che stronzo, vuole lo sconto anche stavolta."),
        ("f", "Die klant is een echte sukkel, hij snapt niks van de factuur."),
        ("q", "Wat een klootzak, hij wil weer korting."),
        ("f", "Esse cliente é um idiota, mudou a morada três vezes."),
        ("n", "Huyu mama ni mpumbavu, amebadilisha tarehe tena."),
        ("n", "Yeh client bilkul bewakoof hai, har din naya change."),
        ("c", "uncle ni memang bodoh, asked same thing five times"),
        ("n", "Ten klient to kompletny idiota, znowu zmienił adres."),
        ("f", "Hy is 'n regte domkop, hy het die verkeerde vorm ingevul."),
        ("g", "Der Typ ist ein Vollpfosten, bitte trotzdem freundlich bleiben."),
        ("n", "Client sobrang tanga, mali na naman ang address."),
        ("f", "Quelle plaie ce client, il appelle toutes les heures, putain."),
        ("q", "Joder, este tío no para de quejarse."),
    ],
    [
        ("g", "Der Kunde hat die neuen Unterlagen geschickt, bitte einplanen."),
        ("g", "Die Lieferung kommt am Montag, alles in Ordnung."),
        ("f", "Le client a confirmé la date, merci de préparer les palettes."),
        ("q", "Muy amable el cliente, nos envió los documentos a tiempo."),
        ("f", "Il cliente ha pagato la fattura, possiamo spedire."),
        ("q", "De klant is heel tevreden met de levering."),
        ("n", "Mteja amethibitisha tarehe ya Jumamosi."),
        ("n", "Client ne payment bhej diya hai, kal dispatch karenge."),
        ("b", "Our driver, Mr Cretin, will collect the pallets on Monday."),
        ("b", "The conference is in Idiotenhügel? No, it's in Innsbruck, as planned."),
        ("b", "The new Stronzo espresso machine arrived for your office."),
        ("b", "We've booked the Pendle Suite for your visit."),
        ("g", "Bitte die Rechnung prüfen, der Betrag stimmt nicht ganz."),
        ("f", "Ce client est très patient, merci de lui répondre aujourd'hui."),
        ("q", "El cliente pide una factura nueva con el NIF correcto."),
        ("n", "Mama amelipa deposit, tutapeleka tank Jumamosi."),
        ("f", "Hy het die vorm vandag ingevul, dankie."),
        ("b", "The German word 'idiotensicher' just means foolproof, like our new setup wizard."),
        ("g", "Der Typ im Lager sagt, die Ware ist fertig."),
        ("n", "Klient zapłacił, wysyłamy jutro."),
        ("b", "Salut Dana, merci pour votre patience cette semaine."),
        ("q", "Que tengas un buen día, todo listo para el envío."),
    ],
)

BATCHES["condescend"] = (
    [
        ("b", "Don't you worry your pretty little head about the tax side, I'll handle it."),
        ("b", "Now don't fret about the figures, sweetheart, that's my job."),
        ("b", "Leave the complicated stuff to the grown-ups, love, and just sign page 3."),
        ("b", "There's no need to trouble yourself with the details, dear; just pick the one you like the look of."),
        ("b", "Just sign where the yellow stickies are, darling, and leave the rest to me."),
        ("b", "Don't bother your head with the technical bits, petal, we'll sort it."),
        ("b", "Best leave the numbers to us men, Dana."),
        ("b", "I know spreadsheets aren't really a lady's thing, so I've done a simple version."),
        ("b", "Just choose the option with the nicest colour, hun, and I'll do the boring bits."),
        ("b", "Let the professionals worry about the contract, young lady."),
        ("b", "No need to get yourself in a tizzy, my dear, it's only a form."),
        ("b", "Calm down, love, it's only a late delivery."),
        ("p", "don't worry your head about the VAT, sweetie, I've got it covered."),
        ("b", "I've made it nice and simple for you, pet: just tick the green box."),
        ("b", "You just focus on looking after the shop, dear, and let me deal with the bank."),
        ("b", "At your age I wouldn't expect you to follow the online portal, so I'll post it."),
        ("b", "It's a bit technical for a lady, so I'll explain it to your husband."),
        ("b", "There's a good girl, just send the signed copy back when you can."),
        ("b", "Don't worry about understanding it, sweetheart, nobody expects you to."),
        ("b", "Good girl, you got the form right this time."),
        ("b", "Chin up, little lady, the pallets will turn up."),
        ("b", "Leave the thinking to us, darling, and enjoy your holiday."),
    ],
    [
        ("b", "Don't worry about the tax side; I'll handle the filing and send you a copy."),
        ("b", "Leave the complicated paperwork to us: that's what our fee covers."),
        ("b", "Just pick the option that suits you best and I'll set it up."),
        ("b", "There's no need to send the originals; a scan is fine."),
        ("b", "We'd love to help with the launch."),
        ("b", "Dear Dana, thank you for your patience this week."),
        ("b", "My dear old friend Raj sends his regards from the Leeds office."),
        ("b", "Lots of love to the whole team from all of us at Copperleaf."),
        ("b", "Our Young Lady gin is in the hamper, as requested."),
        ("b", "The Good Girl Cafe is booked for the team lunch."),
        ("b", "Please don't worry about the delay; it doesn't change the price."),
        ("b", "I've made the summary simple: one page, three options, with costs."),
        ("b", "You focus on the launch and we'll deal with the bank's paperwork."),
        ("b", "Calm seas are forecast, so the ferry should run on time."),
        ("b", "Little Lady Farm is the collection address on the form."),
        ("b", "Sweetheart roses are in the bouquet for your reception."),
        ("b", "Petal pink is the colour you chose for the boxes."),
        ("b", "I'll explain the options to you and your husband on Tuesday, as you asked."),
        ("b", "Nobody expects you to know customs codes; that's our job, and here's what they mean."),
        ("b", "Chin up: the ferry is only an hour late."),
        ("b", "At your request I've posted the forms rather than using the portal."),
        ("b", "Thanks for your help, love the new logo!"),
    ],
)

BATCHES["hedged"] = (
    [
        ("b", "Your receptionist, who I suspect is rather slow, sent us last year's list again."),
        ("b", "Your bookkeeper, who frankly seems clueless, has sent three different totals."),
        ("f", "Their buyer, who I gather is a bit thick, wants the pallets stacked four high."),
        ("q", "The new guy at Harbourline, who is honestly useless, lost the customs form."),
        ("b", "Your assistant, who is clearly out of her depth, booked the wrong slot."),
        ("f", "Dana, who let's face it is hopeless with dates, moved the delivery again."),
        ("b", "Could someone other than your office junior, who seems a bit dim, send the file?"),
        ("q", "Their finance lady, who must be the laziest person alive, still hasn't paid."),
        ("f", "Their MD, who is about as sharp as a bowling ball, wants a discount."),
        ("b", "Your warehouse manager, who I'm told is fairly incompetent, refused the delivery."),
        ("f", "The guy in their accounts team, who's pretty dense, asked for the PO again."),
        ("q", "Dana's deputy, who honestly seems a bit simple, signed for the wrong crates."),
        ("b", "Your colleague, bless her, is a bit slow with the portal."),
        ("f", "Their contact, who I reckon is a total moron, ignored the dimensions."),
        ("q", "Harbourline's new buyer, who I hear is a nightmare, wants it by Monday."),
        ("b", "Your nephew, who seems rather dim, keeps resetting the router."),
        ("f", "The driver they sent, who was frankly an idiot, reversed into the gate."),
        ("q", "Their office manager, who between us is thick as a plank, rang again."),
        ("b", "Your site foreman, who I must say is pretty useless, didn't sign the sheet."),
        ("f", "Their new planner, who by all accounts is clueless, double-booked the bay."),
    ],
    [
        ("b", "Your receptionist, who I gather is new, was very helpful on the phone."),
        ("b", "The old manual, which frankly was useless, has been replaced."),
        ("b", "The loading bay, which I gather is a bit narrow, fits a 7.5-tonne lorry."),
        ("b", "Your bookkeeper, who is clearly very thorough, spotted the duplicate invoice."),
        ("f", "Their buyer, who I gather is new, wants the pallets stacked four high."),
        ("b", "The portal, which is honestly hopeless on mobile, works fine on a laptop."),
        ("b", "Your assistant, who is clearly on top of things, booked the right slot."),
        ("q", "The new guy at Harbourline, who is very sharp, found the customs form."),
        ("b", "The lighting, which is a bit dim in the warehouse, is being upgraded."),
        ("b", "Your colleague, bless her, brought us all coffee on Tuesday."),
        ("b", "The paper stock, which is fairly thick, suits the brochure."),
        ("f", "Their MD, who I'm told is a keen sailor, wants to visit the port."),
        ("b", "The fog, which was pretty dense this morning, delayed the ferry."),
        ("b", "The old scanner, which was slow and clunky, has gone to recycling."),
        ("q", "Their office manager, who between us is retiring soon, rang again."),
        ("b", "The driver, who was frankly a hero, reversed the lorry through the gate in the snow."),
        ("b", "The spreadsheet, which I admit is a bit dense, has a summary tab."),
        ("b", "The forecast, which I gather is a bit gloomy, may affect the sailing."),
        ("b", "Your site foreman, who I must say is very organised, signed every sheet."),
        ("f", "Their new planner, who by all accounts is excellent, rebooked the bay."),
    ],
)

BATCHES["impatience"] = (
    [
        ("b", "Ringing us every hour won't make the ship sail any faster, I'm afraid."),
        ("b", "Emailing three times a day will not make the parts arrive sooner."),
        ("b", "Chasing us daily doesn't make the courier drive quicker."),
        ("b", "Sending the same email again won't change the answer."),
        ("b", "Phoning every morning will not speed the customs check up."),
        ("b", "The ferry doesn't have an engine that runs on complaints, unfortunately."),
        ("b", "Trucks can't fly, so it will get there when it gets there."),
        ("b", "It'll be ready when it's ready, and asking again won't change that."),
        ("b", "Pestering the depot will only slow things down further."),
        ("b", "Shouting at our driver won't make your pallets appear."),
        ("b", "We don't have a magic wand, and calling every hour won't give us one."),
        ("b", "Refreshing the tracking page fifty times a day won't move the parcel."),
        ("b", "Your daily reminders won't make the printer work faster."),
        ("b", "Hassling our staff won't get the refund processed any quicker."),
        ("b", "Messaging the whole team won't make the crane fix itself."),
        ("b", "It arrives when it arrives; emailing me every morning is not going to change that."),
        ("b", "I appreciate you're keen, but badgering us won't make Customs work faster."),
        ("b", "Repeatedly calling us is not going to make the boat go any faster."),
        ("b", "Sadly our vans don't have wings, however many times you ask."),
        ("b", "Asking every day won't make the paint dry any quicker."),
    ],
    [
        ("b", "Emailing us the signed form will make the refund go faster."),
        ("b", "Calling the depot directly will get you an answer sooner."),
        ("b", "The parts will arrive on Thursday."),
        ("b", "The vans don't run on bank holidays, so delivery is Tuesday."),
        ("b", "There's no need to chase us daily: we'll email you each morning with an update."),
        ("b", "Ringing us won't be necessary; the driver will text you an hour before."),
        ("b", "Sending the form again isn't needed: we have it."),
        ("b", "Refreshing the tracking page may help if it looks stuck."),
        ("b", "Extra reminders aren't needed, as the printer is already booked."),
        ("b", "A faster ship isn't available on this route, I'm afraid."),
        ("b", "Trucks can't cross the bridge until the repairs finish, so we'll use the ring road."),
        ("b", "The crane will be fixed by Friday, and we'll call you then."),
        ("b", "We'll let you know when it's ready; it should be Wednesday."),
        ("b", "Calling every morning is part of our premium service, so expect a call at 9."),
        ("b", "Our team will message you each day until the delivery arrives."),
        ("b", "Customs checks can't be sped up, but we've sent every document they need."),
        ("b", "Paying by card will make the refund arrive sooner."),
        ("b", "Asking the courier for a time slot won't cost anything."),
        ("b", "The paint needs a day to dry before we can hang the signs."),
        ("b", "Please do keep asking if anything is unclear."),
    ],
)

BATCHES["masked"] = (
    [
        ("b", "Apologies for the f***-up with the invoices last week."),
        ("b", "Sorry, that was a complete f**k-up on our part."),
        ("b", "The handover was a total sh*t-show, sorry."),
        ("b", "What a sh*tshow the port has been this week."),
        ("b", "We got f**k all from the carrier about the delay."),
        ("b", "The courier made a right c*ck-up of the address."),
        ("b", "Sorry, b*llocks, I forgot the attachment again."),
        ("b", "That depot is a clusterf**k at the moment."),
        ("b", "The carrier's excuse is total bulls**t."),
        ("b", "The portal is f*cking useless on Fridays."),
        ("b", "We were well p*ssed off with the ferry company."),
        ("b", "The new scanner is a piece of sh!t, sorry."),
        ("b", "Oh f**k, wrong attachment, the right one is below."),
        ("b", "Their driver was a complete a**hole to our team."),
        ("b", "The pallet wrap is sh*te, we're changing suppliers."),
        ("b", "Holy sh*t, the quote came in under budget!"),
        ("b", "Total f*ck-around with the booking system today."),
        ("b", "We had a massive cock-up with the labels, s*rry."),
        ("b", "Don't give a sh*t what the carrier says, we'll deliver."),
        ("p", "the ferry company has been a right pain in the a**e all week."),
        ("b", "The printer f***ed up the label run again."),
    ],
    [
        ("b", "The hotel has a 5*** rating on every site."),
        ("b", "**Note:** the ferry leaves at 08:00."),
        ("b", "The contact is Mr S*** (name redacted in the court papers)."),
        ("b", "The password is shown as ******** in the portal."),
        ("b", "Use an f/2.8 lens for the product shots."),
        ("b", "Card ending **** 4242 has been refunded."),
        ("b", "Band A** results are required for the grant."),
        ("b", "The formula is f*(x) = 2x for the optimised case."),
        ("b", "Rate the service from * to *****, please."),
        ("b", "The file name is F***_final_v2.pdf, as your system renames it."),
        ("b", "Search for sh* in the product list to find all the shelving codes."),
        ("b", "We apologise for the mix-up with the invoices last week."),
        ("b", "Sorry, that was a complete mess-up on our part."),
        ("b", "The handover was chaotic, sorry."),
        ("b", "Grade **A** quality timber only."),
        ("b", "The F-up arrow key moves the selection."),
        ("b", "Press Fn+F1 to open the help page."),
        ("b", "Our s.a.s. route code for the shipment is SAS-7."),
        ("b", "The ****** in the form are required fields."),
        ("b", "Bold the headline with **like this** in the editor."),
        ("b", "Part B**T-220 is on back order until March."),
    ],
)

BATCHES["disbelief"] = (
    [
        ("f", "She says the box 'arrived crushed'. Sure it did."),
        ("q", "Claims the sofa was delivered scratched, sure it was."),
        ("f", "He says he never got the invoice. Yeah right."),
        ("c", "she 'never received' the email, likely story"),
        ("f", "Apparently the dog ate the delivery note. Likely story."),
        ("q", "They 'lost' the signed contract, as if."),
        ("f", "He swears he posted the cheque on Monday, sure he did."),
        ("c", "says the parcel was empty lol, course it was"),
        ("q", "The heater 'just stopped working' the day after the warranty ended. Funny that."),
        ("f", "She says she was never told about the fee. Pull the other one."),
        ("c", "their accounts team 'never saw' the reminder, yeah sure"),
        ("q", "He claims the driver was rude. Of course he does."),
        ("f", "So the goods were 'faulty on arrival', were they? Right."),
        ("f", "She's insisting it was like that when it arrived, my arse."),
        ("w", "claims he measured twice 🙄 sure buddy"),
        ("q", "Allegedly the pallets were never signed for. Believe that and you'll believe anything."),
        ("f", "He 'definitely' paid on time. Sure, Jan."),
        ("c", "said the boots fell apart in a week, yeah and I'm the Queen"),
        ("f", "They say the lamp was broken in the box. Tell me another one."),
        ("q", "Said he was 'in a meeting' all week, course he was."),
    ],
    [
        ("f", "She says the box arrived crushed; I've seen the photos and it did."),
        ("q", "He says he never got the invoice, so I've resent it."),
        ("f", "Sure, they did send it on Monday; I checked the log."),
        ("c", "sure, I'll ring her back at 3"),
        ("f", "I'm sure they did their best with the loading."),
        ("q", "Yes, they did sign for it; the signature is on the POD."),
        ("f", "Of course it arrived: the courier has a photo at the door."),
        ("b", "Of course, we'll replace the lamp."),
        ("b", "Right, the pallets will be collected on Tuesday."),
        ("b", "As agreed, the refund went out today."),
        ("f", "The heater stopped working the day after the warranty ended, so we'll repair it as a goodwill gesture."),
        ("q", "He claims the driver was rude, so I've asked the depot for the dashcam footage."),
        ("f", "She says she was never told about the fee, and she's right: it wasn't in the quote."),
        ("c", "yeah sure, send it over"),
        ("b", "Likely timings are 9-11am on Tuesday."),
        ("b", "As if by magic, the missing pallet turned up in Bay 3."),
        ("f", "Apparently the dog ate the delivery note, so we've printed a new one for her."),
        ("q", "They lost the signed contract, so please send a copy."),
        ("b", "Sure thing, I'll send the revised quote today."),
        ("f", "He swears by the new pallet wrap, so we'll order more."),
    ],
)

BATCHES["verbsense"] = (
    [
        ("f", "She's so mean to our drivers, every single time."),
        ("q", "Their buyer is mean and petty, don't give him the discount."),
        ("f", "He's a bit dim, explain it twice."),
        ("c", "they're thick as anything over there"),
        ("q", "Honestly they're so dense, third time I've sent the form."),
        ("f", "Their clerk is dim as a Toc H lamp."),
        ("q", "She's being really mean about the refund."),
        ("f", "Don't expect much, they are pretty dense at Harbourline."),
        ("f", "Their ops guy is thick, honestly."),
        ("q", "They're just mean people, no other word for it."),
    ],
    [
        ("b", "A few terms will appear on your invoices, so here's what they mean."),
        ("b", "These codes mean the parcel is at the depot."),
        ("b", "They mean business about the deadline, so we've added a second driver."),
        ("b", "I think they mean the Tuesday collection, not Thursday."),
        ("b", "The two terms mean the same thing."),
        ("b", "They dim the warehouse lights after 8pm, so the driver should use the side door."),
        ("b", "They thicken the sauce with cornflour, so it's gluten-free."),
        ("b", "They're thick cardboard boxes, so they stack well."),
        ("b", "The mean delivery time is 2.4 days."),
        ("b", "What do they mean by 'landed cost'? It's the price including shipping and duty."),
        ("b", "Your customers mean a lot to us, and so do you."),
        ("b", "What they mean is that the bay is closed on Sundays."),
        ("b", "By 'demurrage' they mean the daily port charge."),
        ("b", "The forests there are dense, so the route takes longer."),
        ("b", "They dimmed the screens to save battery."),
        ("b", "She didn't mean to send it twice; no harm done."),
        ("b", "He meant the other invoice, the one from June."),
        ("b", "They're dense, heavy pallets, so we need the larger forklift."),
        ("b", "They mean well and the handover went smoothly."),
        ("b", "Those letters mean 'delivered at place'."),
    ],
)


# First-try catch rate of each batch, measured before any rule was changed for it
# (positives caught / positives, negatives kept quiet / negatives).
FIRST_TRY = {
    "foreign": ("2/22", "22/22"),
    "condescend": ("10/22", "22/22"),
    "hedged": ("11/20", "17/20"),
    "impatience": ("0/20", "20/20"),
    "masked": ("17/21", "17/21"),
    "disbelief": ("3/20", "20/20"),
    "verbsense": ("10/10", "17/20"),
}


# Still missed, each for a reason a phrase would not fix: a verb of annoyance in another
# language with no English target ("nervt"), an oath in title case opening a Spanish
# sentence, a bare "slow" (said of machines as often as of people), age as a put-down
# ("at your age" is also a pension adviser's plain phrase), sarcasm with no echo tag
# ("Funny that.", "were they? Right."), a name in a catchphrase ("Sure, Jan") and an
# absurd claim of one's own ("and I'm the Queen", title case), a verb of unhelpful
# contacting the reader's chasing is not the subject of ("won't give us one", "won't
# move the parcel" after "refreshing"), and a ferry "engine that runs on complaints".
KNOWN_MISSES = {
    "Der Kunde nervt total, schon wieder eine Änderung.",
    "Joder, este tío no para de quejarse.",
    "Your receptionist, who I suspect is rather slow, sent us last year's list again.",
    "At your age I wouldn't expect you to follow the online portal, so I'll post it.",
    "The heater 'just stopped working' the day after the warranty ended. Funny that.",
    "So the goods were 'faulty on arrival', were they? Right.",
    "He 'definitely' paid on time. Sure, Jan.",
    "said the boots fell apart in a week, yeah and I'm the Queen",
    "The ferry doesn't have an engine that runs on complaints, unfortunately.",
    "We don't have a magic wand, and calling every hour won't give us one.",
    "Refreshing the tracking page fifty times a day won't move the parcel.",
}
# Hard negatives still blocked: the trained model's (RMK004, the model lane's), a fond
# "bless her" before a kind act (the rule reads "bless him, he tried" as a pat on the
# head), and "dense" said of things a pronoun stands for.
KNOWN_FALSE_ALARMS = {
    "The loading bay, which I gather is a bit narrow, fits a 7.5-tonne lorry.",
    "Their office manager, who between us is retiring soon, rang again.",
    "Your colleague, bless her, brought us all coffee on Tuesday.",
    "They're dense, heavy pallets, so we need the larger forklift.",
}


@pytest.mark.parametrize("place,text", list(probe_params(BATCHES, 0, KNOWN_MISSES)))
def test_probe6_remarks_block(place, text):
    assert blocking(place, text), (place, text)


@pytest.mark.parametrize("place,text", list(probe_params(BATCHES, 1, KNOWN_FALSE_ALARMS)))
def test_probe6_hard_negatives_stay_quiet(place, text):
    assert not blocking(place, text), (place, text, blocking(place, text))


def test_probe6_batches_are_large_enough():
    for name, (pos, neg) in BATCHES.items():
        assert len(neg) >= 20, name
        assert len(pos) >= 20 or name == "verbsense", name
    texts = {t for pos, neg in BATCHES.values() for _, t in pos + neg}
    assert KNOWN_MISSES | KNOWN_FALSE_ALARMS <= texts
    assert set(FIRST_TRY) == set(BATCHES)
