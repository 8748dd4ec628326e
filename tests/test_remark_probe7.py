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
- ``condescend``: belittling the reader's ability ("it would be lost on you", "ask
  someone younger in your office", "try reading the manual before blaming us");
  negatives: the same help offered plainly.
- ``compare``: a person likened to a child, an animal or an object ("like talking to a
  brick wall", "the attention span of a gnat", "couldn't plug in a kettle");
  negatives: the same comparisons said of things and processes.
- ``chatdown``: a put-down of a third person in pasted chat or an internal note ("how
  is this man running a pharmacy when he can't attach a file", "for all I care",
  "Brian (theirs - hopeless)"); negatives: the same chat about the work.
- ``pasted``: a chat export forwarded with no headers and lower-case handles
  ("[16:20] j.ward: ..."), a client team's work in scare quotes (their "testing"), a
  mock title made of a trait ("Lady Perfect", "Mr Important"); negatives: the same
  chat about the work, real titles and names ("Lady Margaret Hall", "Princess Cruises").
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
        ('b', 'She trotted up slightly lame on the near fore after we flexed the joint, but was sound on the lunge.'),
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

BATCHES["condescend"] = (
    [
        ('b', 'I could walk you through the numbers, but I suspect it would be lost on you.'),
        ('b', "There's a detailed appendix, though frankly it would be wasted on someone like you."),
        ('b', "Let me put this in simpler terms so it's easier for you to follow."),
        ('b', "I'll try once more in plainer language, since the first two attempts didn't land with you."),
        ('b', "If that's too complicated, maybe ask someone younger in your office to help."),
        ('b', 'Perhaps get one of your grandchildren to set it up for you.'),
        ('b', "I appreciate reading emails is tricky when you're so terribly busy."),
        ('b', "I know attention to detail isn't really your thing, so I've highlighted the important bit in yellow."),
        ('b', 'It might be worth actually reading the terms before sending emails in capitals.'),
        ('b', 'Maybe try reading the manual before blaming our product.'),
        ('b', 'Perhaps practise a bit more before blaming the matchmaking, champ.'),
        ('b', "Don't you worry your pretty little head about the paperwork, sweetheart."),
        ('b', 'Best leave the tricky sums to me and your hubby, pet.'),
        ('b', "Now, don't fret about the numbers, darling - that's what the men in the office are for."),
        ('b', "Bless, you tried your best with the spreadsheet, I'll take it from here."),
        ('b', 'No offence, but this is probably a bit above your pay grade.'),
        ('b', "I'll keep it short since long emails seem to be a struggle for you."),
        ('b', 'You might want to get someone who understands computers to read this.'),
        ('p', 'P.S. The button is the big green one. Big. Green.'),
        ('b', 'Not sure how to make it any clearer than the last three emails, but here goes, slowly.'),
        ('b', 'Try to keep up, Dana: the form goes to us, not to the council.'),
        ('b', "Honestly, this stuff is over your head, so just sign where I've marked."),
    ],
    [
        ('b', "I'll put this in simpler terms, as the first version was full of our jargon - sorry."),
        ('b', 'I could walk you through the numbers on a call if that would help.'),
        ('b', "If the setup is fiddly, I'm happy to do it for you remotely."),
        ('b', "I know you're very busy at the moment, so I'll keep this short."),
        ('b', "It's worth reading section 4 of the terms, which covers exactly this."),
        ('b', "Please don't worry about the paperwork; we'll handle all of it."),
        ('b', "Leave the complicated bits to us - that's what you pay us for."),
        ('b', "Your husband mentioned he'd like to join the call; Thursday works for both of you."),
        ('b', 'The button is the green one at the top right.'),
        ('b', 'I appreciate this is a lot to take in; shall we go through it on Thursday?'),
        ('b', "Our manual isn't clear on this, which is our fault; here's a simpler version."),
        ('b', "Please don't worry your head about the deposit, it's fully protected."),
        ('b', "I'll explain it more clearly this time: my first email was confusing."),
        ('b', 'Anyone in your office can set it up; it takes two minutes.'),
        ('b', "Happy to explain the technical side if it's useful, otherwise the summary below covers it."),
        ('b', 'You might want to ask your IT provider to read this, as it covers your firewall.'),
        ('b', "This is above our pay grade too, so I've asked our director to reply."),
        ('b', "Try to keep the receipt, as you'll need it for the warranty."),
        ('b', "Nothing here is over your head: the short version is that you're on track."),
        ('b', 'Please check your details before sending the form back.'),
        ('b', "It's worth reading the FAQ before calling, as most answers are there."),
        ('b', "Nothing in the contract is above your pay grade - it's written for homeowners."),
        ('b', "We've put the steps in a table so it's easier for you to follow."),
    ],
)

BATCHES["compare"] = (
    [
        ('b', 'Every Monday the same question, mate - replying to you is like babysitting a toddler.'),
        ('b', 'Agreeing a date with your husband is like trying to negotiate with fog.'),
        ('b', 'Your previous web guy must have got his qualifications out of a Christmas cracker.'),
        ('c', "their IT lad couldn't plug in a kettle tbh"),
        ('o', 'Getting a decision out of her is like pulling teeth.'),
        ('f', 'Talking to their finance team is like talking to a brick wall.'),
        ('b', 'Your site manager has the organisational skills of a goldfish.'),
        ('c', "he's got the memory of a goldfish, asked for the code three times"),
        ('w', "she's as thick as two short planks honestly"),
        ('o', 'Working with Dana is like herding cats blindfolded.'),
        ('q', "He couldn't organise a piss-up in a brewery."),
        ('f', 'Their IT guy is about as useful as a chocolate teapot.'),
        ('b', 'Your team tested it like a cat walking across a keyboard.'),
        ('c', 'Brian has the attention span of a gnat'),
        ('o', 'Dealing with this client is like wrestling a pig in mud.'),
        ('n', "Hy is so dom soos 'n esel."),
        ('b', 'Your office manager runs the account like a toddler runs a bank.'),
        ('c', 'this client is thick as mince'),
        ('o', 'Their CFO is dumber than a box of rocks.'),
        ('f', 'Honestly, reasoning with their buyer is like arguing with a parking meter.'),
        ('c', "he couldn't boil a kettle tbh"),
        ('o', "Kevin has the manners of a pig, don't put him on the call."),
        ('c', 'their buyer has the manners of a farmyard pig'),
    ],
    [
        ('b', 'Finding the fault was like looking for a needle in a haystack, but we got there.'),
        ('b', "The new portal works like a charm, and it's as easy as pie to use."),
        ('b', "Getting planning permission in your area is like pulling teeth, but we'll keep pushing."),
        ('b', 'Our old system had the memory of a goldfish, which is why we replaced it.'),
        ('b', "The route is like a maze at first, so I've attached a map."),
        ('b', 'The old boiler was about as useful as a chocolate teapot, so replacing it was the right call.'),
        ('b', "Dealing with the council's planning office can take weeks; we'll chase them."),
        ('b', 'Working with your team has been a pleasure, like working with old friends.'),
        ('b', "The kids will love it: it's like a toddler's dream playground."),
        ('b', 'The valve was as stiff as a board, so we replaced it.'),
        ('b', 'The cable runs like a spine down the middle of the building.'),
        ('b', "Trying to get a courier slot in December is like herding cats, so we've booked early."),
        ('b', "This gearbox couldn't handle the load, so we've fitted a bigger one."),
        ('b', "The network was configured like a home router, so we've rebuilt it for an office."),
        ('b', 'The instructions read like they were written for a toaster, which is on us; new ones attached.'),
        ('b', 'Your dog has the energy of a puppy again - great news after the surgery.'),
        ('b', 'The wall was as thick as two bricks, so we used the longer anchors.'),
        ('b', "It's like dealing with a brand new car: the first service is free."),
        ('b', 'The staging server has the memory of a goldfish; it resets every night by design.'),
        ('b', 'Like a toddler with a new toy, our designer is thrilled with your logo brief!'),
        ('c', 'Server has the memory of a goldfish, so it resets nightly.'),
        ('c', "Printer couldn't print a sandwich menu today lol"),
        ('b', "Our engineer couldn't open a door today because the key snapped."),
        ('b', "Dana has the patience of a saint, and we're grateful."),
        ('b', "The boiler couldn't heat a bath, so we replaced it."),
        ('b', 'The old server had the memory of a rocking horse, so we replaced it.'),
    ],
)

BATCHES["chatdown"] = (
    [
        ('c', "how is this man running a pharmacy when he can't attach a file lol"),
        ('w', "how is she a director if she can't read a spreadsheet"),
        ('o', 'The usual entitled crowd from Unit 4 will be whining by Friday.'),
        ('f', 'Mrs Hale can complain to the Pope for all I care, the kitchen ships Tuesday.'),
        ('c', 'he can stand there with a clipboard for all I care'),
        ('q', "Their site lead (useless, chase him) still hasn't signed."),
        ('o', 'Contact: Brian (theirs - hopeless, ignore his emails)'),
        ('c', 'lol she thinks the warranty covers her dropping it'),
        ('w', 'imagine being this bad at reading an invoice'),
        ('f', 'Half of them think we run a charity.'),
        ('o', 'Him again. Wants a discount for the third time, what a surprise.'),
        ('c', "he'll cry about it anyway, just send it"),
        ('q', "She's going to kick off again, she always does."),
        ('w', 'why are all their staff this slow'),
        ('f', 'Guess who forgot his password again. Yes, him.'),
        ('c', 'this woman has called 6 times today, someone else take her'),
        ('o', 'The usual whinge from the Pattersons, ignore it.'),
        ('n', 'Mr Clarke is being a pain again, just book it for Monday.'),
        ('c', "the guy's a walking disaster tbh"),
        ('f', "Good luck with that one, she's a nightmare."),
        ('w', 'their buyer is a waste of oxygen'),
        ('o', "He'll be throwing his toys again by lunchtime."),
    ],
    [
        ('c', 'the customer has called 6 times today, can someone call her back with an update'),
        ('c', 'she thinks the warranty covers accidental damage, can you check her policy?'),
        ('w', 'their buyer asked for the spec sheet again, sending now'),
        ('o', 'Brian is the contact for sign-off; chase him for the M&E certificate.'),
        ('f', "She'll need the van by Tuesday, so please push the other job."),
        ('c', 'how does the customer open the pdf if the link expired? resend?'),
        ('o', 'The Pattersons have complained about the noise again; please call them today.'),
        ('q', "She's worried about the delay, please ring her first thing."),
        ('w', 'all their staff need access by Friday'),
        ('f', 'Guess who found the missing pallet? Yes, the night shift. Well done, team.'),
        ('c', "he'll want to know the delivery date, can you send it"),
        ('n', 'Mr Clarke wants to move the survey to Monday, please rebook.'),
        ('o', 'Contact: Brian (theirs - handles sign-off, call after 10am)'),
        ('c', 'lol the printer jammed again, sorry for the delay on the labels'),
        ('f', 'Half of them have already paid, the rest are due Friday.'),
        ('c', "the site lead hasn't signed yet, chasing again tomorrow"),
        ('w', "imagine the site when it's finished, it's going to look great"),
        ('q', "He was upset about the wait and fair enough, it's been three weeks."),
        ('o', "The usual update from the Pattersons: all fine, they'll pay Friday."),
        ('c', "she can wait in reception, the room's ready at 2"),
    ],
)

BATCHES["pasted"] = (
    [
        ('x', '[09:02] sam.o: that guy is a total muppet, third password reset this week'),
        ('x', "[11:40] priya_k: she's clueless, just send her the PDF again"),
        ('x', "[16:20] j.ward: honestly their buyer couldn't find a kettle in a kitchen"),
        ('x', '[08:15] dev-ops-mike: can we fire this client already'),
        ('b', 'Their QA team\'s "testing" amounted to opening the homepage once.'),
        ('b', 'Your accountant\'s "review" appears to have been a quick glance on the way to lunch.'),
        ('o', 'Lady Perfect (their MD) wants the colours changed again.'),
        ('o', 'Mr Important from procurement rang again, demanding a call back within the hour.'),
        ('f', 'Sir Know-it-all has sent his own drawings again.'),
        ('c', 'Princess Fussypants wants the cake moved to Saturday'),
        ('b', 'Your office manager\'s "proofreading" missed the company name spelt wrong on page one.'),
        ('x', '[13:05] lee.b: lol she thinks the warranty covers dropping it in the bath'),
        ('o', 'Lord Fusspot (their CEO) wants the appendix re-ordered.'),
        ('b', 'I have to say, your developers\' "testing" looks like one click on the login page.'),
        ('b', 'I must say, your "quick fix" took the whole site down.'),
        ('f', 'Mr Important (the new FD) has rejected the invoice again.'),
    ],
    [
        ('x', '[09:02] sam.o: password reset done for the client, third this week'),
        ('x', '[11:40] priya_k: she asked for the PDF again, sending now'),
        ('x', '[16:20] j.ward: their buyer confirmed the kitchen layout'),
        ('x', '[08:15] dev-ops-mike: can we move this client to the new server'),
        ('b', 'Our testing found two issues, both fixed in the release notes attached.'),
        ('b', 'The "review" tab in your dashboard lists every change we made.'),
        ('o', 'Lady Margaret Hall (their college) has booked the room again.'),
        ('o', 'Mr Important-Jones from procurement rang; please call him back today.'),
        ('f', 'Sir Keith has sent his drawings again; they look great.'),
        ('c', 'Princess Cruises wants the booking moved to Saturday'),
        ('b', "Your team's proofreading caught the typo on page one - thank you."),
        ('x', '[13:05] lee.b: she wants to know whether the warranty covers accidental damage'),
        ('b', 'You called it "urgent" in your email, so we moved it up the queue.'),
        ('o', "The Lord Mayor (the council's chair) opens the fair at ten."),
        ('b', "I have to say, your team's testing was thorough - it caught three bugs we'd missed."),
    ],
)

# (positives caught, hard negatives left quiet) by the rules of main before this probe's changes.
FIRST_TRY = {
    "selfdep": ("12/12", "13/22"),
    "sense": ("8/8", "17/28"),
    "abbrev": ("12/20", "10/10"),
    "foreign": ("7/20", "22/22"),
    "condescend": ("8/22", "22/23"),
    "compare": ("12/23", "21/26"),
    "chatdown": ("7/22", "20/20"),
    "pasted": ("4/16", "15/15"),
}

KNOWN_MISSES: set[str] = {
    'It might be worth actually reading the terms before sending emails in capitals.',
    'Perhaps practise a bit more before blaming the matchmaking, champ.',
    'P.S. The button is the big green one. Big. Green.',
    'Your office manager runs the account like a toddler runs a bank.',
    'The usual entitled crowd from Unit 4 will be whining by Friday.',
    'imagine being this bad at reading an invoice',
    'why are all their staff this slow',
    'Guess who forgot his password again. Yes, him.',
    'this woman has called 6 times today, someone else take her',
}
KNOWN_FALSE_ALARMS: set[str] = {
    "She's lame and off her food, so please bring her in today.",
    "Please don't worry your head about the deposit, it's fully protected.",
    'Like a toddler with a new toy, our designer is thrilled with your logo brief!',
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
