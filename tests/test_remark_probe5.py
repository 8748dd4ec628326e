"""A probe of fresh remark sentences (fifth wave), written here and not taken from any
labelled set: remarks about the client or their people, and profanity, in every place
a draft carries them (the new text, a forwarded colleague's note, quoted internal
history, a P.S. below the sign-off, a pasted chat line), in several registers and
Englishes; and hard negatives of the same shapes (blunt criticism of a product or a
document, the writer on themselves, the client's own words quoted, a headline or a
sign, kind idioms with insult words, names and places with profane substrings, polite
firm refusals).

Each sentence is linted at default settings inside a short reply to a client; a
positive must raise a blocking (warning or error) remark finding, a negative none.
"""
from __future__ import annotations

import pytest
from helpers import findings

from replylint.findings import Severity

TO = "Dana Whitfield <dana.whitfield@harbourline-freight.example>"


def _body(text: str) -> str:
    return f"Hi Dana,\n\n{text}\n\nKind regards,\nTom\nCopperleaf Services\n"


def _forward(text: str) -> str:
    return ("Hi Dana,\n\nPlease see the update below; the revised schedule is attached.\n\n"
            "Kind regards,\nTom\nCopperleaf Services\n\n"
            "---------- Forwarded message ---------\nFrom: Raj Mehta <raj.mehta@copperleaf.example>\n"
            "To: Tom Price <tom.price@copperleaf.example>\nSubject: Re: Harbourline schedule\n\n"
            f"{text}\n")


def _quoted(text: str) -> str:
    return ("Hi Dana,\n\nAdding you to the thread so you have the dates.\n\nBest,\nTom\n\n"
            "On Tue, 3 Nov 2026 at 09:12, Priya Shah <priya.shah@copperleaf.example> wrote:\n"
            f"> {text}\n")


def _ps(text: str) -> str:
    return f"Hi Dana,\n\nThe revised schedule is attached.\n\nKind regards,\nTom\nCopperleaf Services\n\nP.S. {text}\n"


def _chat(text: str) -> str:
    return ("Hi Dana,\n\nHere is what the team said when the delivery slipped, for your records:\n\n"
            f"[14:02] Liam: {text}\n[14:03] Sara: ok I'll ring the depot\n\nThanks,\nTom\n")


def _client(text: str) -> str:
    """The client's own message, quoted below the reply."""
    return ("Hi Dana,\n\nI'm sorry about this; I've asked the depot to call you today.\n\nKind regards,\nTom\n\n"
            "On Mon, 2 Nov 2026 at 17:40, Dana Whitfield <dana.whitfield@harbourline-freight.example> wrote:\n"
            f"> {text}\n")


def _outlook(text: str) -> str:
    """A colleague's earlier message below the reply, Outlook style."""
    return ("Hi Dana,\n\nI've looped you in so you have the history.\n\nThanks,\nTom\n\n"
            "-----Original Message-----\nFrom: Gemma Ross <gemma.ross@copperleaf.example>\n"
            "Sent: Monday, 2 November 2026 16:05\nTo: Tom Price <tom.price@copperleaf.example>\n"
            f"Subject: RE: Harbourline\n\n{text}\n")


def _client_outlook(text: str) -> str:
    """The client's own earlier message below the reply, Outlook style."""
    return ("Hi Dana,\n\nI'm sorry; a manager will call you this afternoon.\n\nRegards,\nTom\n\n"
            "-----Original Message-----\nFrom: Dana Whitfield <dana.whitfield@harbourline-freight.example>\n"
            "Sent: Monday, 2 November 2026 16:05\nTo: Tom Price <tom.price@copperleaf.example>\n"
            f"Subject: Refund\n\n{text}\n")


PLACES = {"b": _body, "f": _forward, "q": _quoted, "p": _ps, "c": _chat, "r": _client, "o": _outlook, "s": _client_outlook}


def blocking(place: str, text: str) -> list[str]:
    draft = PLACES[place](text)
    return [f.code for f in findings(draft, None, to=TO)
            if f.category == "remark" and f.severity >= Severity.WARNING]


# -- positives ------------------------------------------------------------------------
POSITIVES = [
    # condescension, a pat on the head
    ("f", "Bless her, she did try to fill in the form herself."),
    ("f", "Poor lamb thinks the contract covers weekends."),
    ("q", "He means well, bless, but he hasn't a clue what a pallet is."),
    ("b", "I've kept this very short and simple for you, given how the last email went."),
    ("b", "I've used small words this time so nothing gets lost."),
    ("f", "Sweet of him to try fixing it himself, shame he made it worse."),
    ("q", "Aww, she thinks we'll waive the fee. Adorable."),
    ("b", "Hopefully even your warehouse lads can follow these steps."),
    ("f", "She's trying her best, bless her cotton socks, but it's beyond her."),
    ("c", "bless him he tried"),
    ("b", "I've highlighted the button in bright red, just in case it's too hard to spot for you."),
    ("b", "Given your, ahem, age, I've printed the instructions in a big font."),
    ("f", "Cute that he thinks he can negotiate the rate down again."),
    # mocking nicknames and labels
    ("f", "Tell the usual muppet from their accounts team the invoice is attached."),
    ("f", "Her Ladyship wants the loading bay repainted by Friday."),
    ("q", "Sir Moans-a-Lot has emailed again about the pallets."),
    ("c", "Captain Clipboard is on the phone for you"),
    ("f", "The Duchess of Dock 4 has sent another list of demands."),
    ("f", "Professor Google has done his own research and wants a new quote."),
    ("q", "The clown in their procurement team lost the PO again."),
    ("f", "Mr Know-All from Harbourline rang to tell us how to do our jobs."),
    ("c", "princess in accounts wants it gift wrapped apparently"),
    ("f", "Looks like the resident genius at Harbourline changed the address again."),
    ("q", "Dana the dragon is breathing fire about the delay."),
    # pasted chat about the client
    ("c", "lol this client again"),
    ("c", "omg not Harbourline again, kill me"),
    ("c", "brace yourselves, she's on the warpath again 😂"),
    ("c", "this woman is doing my head in"),
    ("c", "ugh, the Harbourline lot again 🙄"),
    ("c", "lmao she actually thinks we deliver on Sundays"),
    ("c", "here comes trouble, Dana's on line 2"),
    ("c", "why are they like this"),
    ("c", "she's having a meltdown over one pallet lol"),
    ("c", "can someone else take her call, I can't deal with her today"),
    ("c", "this guy has the memory of a goldfish"),
    ("c", "honestly who hired these clowns"),
    # mild and symbol-spelt profanity
    ("b", "I'd be pissed off too if my order went missing twice."),
    ("b", "The depot made a right bloody mess of the paperwork, I'm afraid."),
    ("b", "What a shitshow this week has been with the ferries."),
    ("b", "Honestly, the courier cocked it up again."),
    ("b", "The booking system is crap, so we're moving you to email confirmations."),
    ("b", "Damn, that's not the news I wanted to send you."),
    ("b", "It was a total balls-up on the carrier's side."),
    ("b", "Sh*t happens, but we'll make it right."),
    ("b", "The new portal is a load of bollocks, sorry."),
    ("b", "We'll get the f***ing thing delivered tomorrow, promise."),
    ("b", "The customs form is a pain in the arse, I know."),
    ("b", "Bugger, I forgot to attach the schedule."),
    ("b", "The warehouse software is piss-poor, we all agree."),
    ("b", "Hell, even we couldn't find the tracking page."),
    ("b", "Tbh the first draft of the spec was a bit WTF."),
    ("b", "The fricking label printer jammed again."),
    ("b", "That's one hell of a mess the courier left."),
    ("b", "Sorry, the s**t weather in Dover held the ferry."),
    ("b", "Apologies, the driver was a bit of an arse to your staff."),
    ("b", "Christ, what a week."),
    ("p", "the depot lads said the old forklift is f*cked, hence the delay."),
    ("b", "Screw the paperwork, we'll just ship it."),
    ("b", "Effing Brexit forms again, sorry for the delay."),
    ("b", "Our system had a bit of a crapfest overnight."),
    ("b", "Oh ffs, the attachment didn't go through."),
    # remarks about the client in a forwarded or quoted internal thread
    ("f", "She's a nutter, just give her the refund so she goes away."),
    ("f", "He's thick as mud, explain it in pictures."),
    ("q", "Total time-waster, this one. Don't bend over backwards."),
    ("f", "Tight as a gnat's chuff, that lot. They'll haggle over 50p."),
    ("q", "Dana's a nightmare, I'd rather pull teeth than ring her."),
    ("f", "Don't bother with him, he's an absolute tool."),
    ("q", "Their buyer is as dim as a broken bulb."),
    ("f", "God, she's hard work. Just agree with everything."),
    ("q", "They're a bunch of penny-pinching whingers, frankly."),
    ("f", "Honestly, the woman never shuts up. Forty minutes on the phone."),
    ("q", "Typical Harbourline, change the order the day before it ships."),
    ("f", "He's got a screw loose if he thinks we're paying for that."),
    ("f", "Their ops manager couldn't organise a sock drawer."),
    ("q", "She's dumb as a box of rocks but she pays on time."),
    ("f", "What a prat. Who orders forty pallets and then asks what a pallet is?"),
    ("q", "Their finance guy is a total waste of space."),
    ("f", "He's a sleazy little weasel, watch him on the discount."),
    ("f", "This client is high maintenance with a capital H."),
    ("q", "They're clueless, the whole lot of them."),
    ("f", "She's barking mad, she wants a refund for a parcel that arrived."),
    # sarcasm about a person
    ("f", "Oh great, another brilliant idea from Dana. Can't wait."),
    ("q", "Because obviously he knows more about shipping than our whole ops team."),
    ("f", "I'm sure her nephew who 'does computers' will sort it in no time."),
    ("f", "What a surprise, he's forgotten to pay again."),
    ("b", "I'm sure you read every word of my last three emails."),
    ("f", "Another masterpiece of an email from Dana, all in capitals."),
    ("q", "He's a real ray of sunshine on the phone, as always."),
    ("f", "Shock horror, they've changed their minds again."),
    ("b", "Thanks for your email, which I see you wrote without reading mine."),
    ("f", "Genius over there has booked the collection for a bank holiday."),
    ("q", "Clearly the brains of the operation, that one."),
    ("b", "No doubt you'll find something else to complain about next week."),
    # indirect remarks about competence
    ("b", "Perhaps ask someone in your office who understands spreadsheets to check it."),
    ("b", "It's only two clicks, so I'm confident even you can manage it."),
    ("b", "Maybe get one of the younger members of your team to help you with the portal."),
    ("b", "I realise reading a tracking number isn't for everyone."),
    ("b", "Please try actually reading the attachment before calling us again."),
    ("b", "Kindly go through the email properly once before raising another ticket."),
    ("b", "As I have now explained four times, the invoice is attached."),
    ("b", "A toddler could book a collection on our site."),
    ("b", "I'll type slowly so you can keep up."),
    ("b", "Do try to keep up, the dates haven't changed."),
    # other Englishes
    ("f", "This fellow is a big headache only, always asking for discounts."),
    ("f", "He is simply eating my brain with his daily calls."),
    ("q", "Useless fellow, he does not know his own PO number."),
    ("f", "This oga no get sense at all, he wants delivery yesterday."),
    ("f", "The madam is just forming, she knows the fee is correct."),
    ("q", "That mumu from their office called again."),
    ("f", "Sobrang kulit ng client na ito, every hour she follows up."),
    ("f", "Ang arte naman ni madam, she wants the boxes in pink."),
    ("f", "He's a bloody galah, he sent it to the wrong port."),
    ("q", "Flamin' dropkick at their depot signed for the wrong crates."),
    ("f", "Eish, this oke is a proper doos."),
    ("f", "Yer man at Harbourline is a total eejit."),
    ("q", "Absolute bampot, he's disputing his own signature."),
    ("f", "He so siao one, call ten times a day."),
    ("q", "Their clerk blur like sotong, cannot find the invoice."),
    ("f", "He is very stupid person, he cannot understand simple thing."),
    ("f", "She is behaving like a small child, crying for small small things."),
    ("q", "Arre, this uncle is pakau, every day same question."),
    ("f", "He's a right plonker, that one."),
    ("f", "What a drongo, booked the truck for the wrong day."),
    # remarks in a P.S.
    ("p", "don't forward this to Gary, he's a clown."),
    ("p", "sorry about their CFO, he's a pompous git."),
    ("p", "their buyer is a moron, so keep it simple."),
    ("p", "ignore Kevin in their accounts, he's a waste of oxygen."),
    ("p", "the driver said your receptionist was a right cow to him."),
    ("p", "we all know Dana is a control freak, so cc her on everything."),
    # a remark in quoted internal history
    ("q", "Honestly these people are idiots. Send the standard reply."),
    ("q", "Harbourline again. They're a pain in the backside."),
    ("q", "Their new manager is an arrogant so-and-so."),
    ("q", "Don't promise her anything, she's a liar."),
    ("q", "He's an absolute muppet, he booked the wrong ferry twice."),
    ("q", "Lazy sods haven't even unpacked the last delivery."),
    ("q", "Smile and nod, she'll never know the difference."),
    # more unseen phrasing
    ("f", "Their accounts lady is thick as two planks."),
    ("f", "He's not the sharpest knife in the block, is he."),
    ("f", "The lights are on but nobody's home with that one."),
    ("q", "She's two sandwiches short of a picnic."),
    ("f", "Their boss is a jumped-up little pen-pusher."),
    ("f", "Dana's lot couldn't find their own warehouse with a map."),
    ("f", "The lad on their desk is a walking disaster."),
    ("q", "Mrs Whitfield is an absolute battleaxe."),
    ("f", "What a cheapskate, haggling over the pallet wrap."),
    ("q", "She's got a face like a smacked arse every time we visit."),
    ("f", "Their driver is a knobhead, he reversed into our gate."),
    ("f", "The guy is a complete idiot, no offence."),
    ("b", "Your colleague in goods-in is frankly incompetent."),
    ("b", "With respect, your buyer doesn't know what he's talking about."),
    ("b", "Your warehouse manager was rude and, frankly, an embarrassment."),
    ("f", "Honestly she's so annoying, every email is URGENT."),
    ("f", "Harbourline are a bunch of cowboys, always have been."),
    ("q", "Their transport planner is out of his depth."),
    ("f", "The man's a snake, get everything in writing."),
    ("f", "Dana is such a drama queen about one late pallet."),
    # slang from the development sets' misses, in fresh words
    ("f", "Jislaaik, the okes at their depot are proper chops."),
    ("q", "Their new guy is such a chop, he lost the gate keys again."),
    ("b", "Double-booking seems to be a hobby of yours, so I've blocked out the whole week."),
    ("b", "Missing the cut-off is something of a speciality for your team, so we've moved it to noon."),
    ("f", "She'll sign anything, silly old dear, doesn't read a word."),
    ("q", "He hasn't a scooby what a bill of lading is."),
    ("b", "Parts of your brief were pretty wtf, but we got there."),
    ("b", "The first mock-up was a bit ffs, I'll admit."),
    # a second batch, written and measured before any fix for it (about half caught before, 87 of 91 after)
    ("b", "I'll walk you through it again, nice and slowly."),
    ("b", "Let's go over this one more time, shall we?"),
    ("b", "Did you even look at the attachment before replying?"),
    ("b", "Not sure which part of 'closed on Sundays' was unclear."),
    ("b", "Happy to draw you a diagram if words aren't working."),
    ("b", "No offence, but your team clearly has no idea what they're doing."),
    ("b", "Bless your heart, you did try to fill it in."),
    ("b", "I appreciate maths isn't your strong point, so I've done the sums for you."),
    ("b", "You might want to ask an adult to help with the online form."),
    ("b", "I know it's a lot of numbers for you, so just look at the total."),
    ("b", "Reading the FAQ first would have saved us both some time, just saying."),
    ("b", "It really isn't that complicated, even for a first-timer like you."),
    ("b", "I've attached it again, in case you lost it like the last two times."),
    ("b", "Please have someone competent look at it before you reply."),
    ("b", "If you'd bothered to check your spam folder you'd have found it."),
    ("f", "Mr Urgent has emailed again, everything is top priority as usual."),
    ("q", "Her Majesty in 4B wants the lift fixed by tonight."),
    ("f", "The Grinch in their finance team rejected the invoice again."),
    ("c", "lord vader from procurement is on line 3"),
    ("f", "Little Miss Sunshine from reception complained about the parking."),
    ("q", "Chief Whinger has sent his weekly list."),
    ("c", "this dude is unreal lol"),
    ("c", "she's lost the plot completely"),
    ("c", "rofl he wants it for free"),
    ("c", "pray for me, it's Mr Patel on the phone"),
    ("c", "i swear this guy is going to be the death of me"),
    ("c", "she is the WORST"),
    ("c", "not him again 🙄"),
    ("c", "the Blakes want another viewing, kill me now"),
    ("c", "he's off his head, he wants a refund for a visit he cancelled"),
    ("c", "what an absolute weapon"),
    ("c", "can't stand this woman"),
    ("c", "sooo done with this client"),
    ("b", "That was a bullsh*t excuse from the supplier, to be honest."),
    ("b", "The carrier gave us some BS about a system outage."),
    ("b", "FFS, the portal is down again."),
    ("b", "We're up shit creek with the customs paperwork this week."),
    ("b", "Bloody hell, that's a big order!"),
    ("b", "The sodding van broke down on the M1."),
    ("b", "We sent you a shitload of samples last month."),
    ("b", "I'm not arsed about the deadline, take your time."),
    ("b", "I was pi$$ed off when I saw the damage too."),
    ("b", "The carrier is being a right pain in the ass about the claim."),
    ("b", "Sorry the install was such a clusterf*ck."),
    ("b", "jfc, what a week this has been."),
    ("b", "We're knackered but the move is done, thank f**k."),
    ("b", "That quote from the builder is fecking outrageous."),
    ("b", "Their last update was utter bollox."),
    ("b", "The damn printer ate your contract, I'm reprinting it now."),
    ("b", "Holy crap, that's a lot of pallets."),
    ("b", "The tech side went completely tits up on Monday."),
    ("f", "This uncle is not understanding anything, simply wasting our time."),
    ("f", "She is one very irritating lady, calling every hour."),
    ("q", "Such a cheap fellow, bargaining for 100 rupees."),
    ("f", "Total nonsense fellow, don't give him credit."),
    ("f", "This man is a big fool, he paid twice and is now shouting."),
    ("q", "Him head no correct at all."),
    ("f", "This customer na wahala, every day new wahala."),
    ("f", "Oga dey disturb us upandan about one small invoice."),
    ("f", "Grabe, ang kulit niya talaga, five emails today."),
    ("q", "Nakakainis talaga yung client na yan."),
    ("f", "She's so OA, it's just one scratch on the box."),
    ("f", "He's carrying on like a pork chop over a five-minute delay."),
    ("q", "Useless as tits on a bull, that site manager."),
    ("f", "Yer man at the council is an awful gobdaw."),
    ("q", "Absolute bawbag, he's trying to get out of paying."),
    ("f", "He's a dead-set muppet, he gave us the wrong address."),
    ("f", "What a wanker, he shouted at our driver."),
    ("q", "Dude's a total tool, he wants us to eat the shipping."),
    ("f", "This lady is nuts, she wants a refund for a delivery that arrived early."),
    ("f", "He's dumb as a rock, honestly."),
    ("q", "She's a real pain in the butt about the invoices."),
    ("f", "The guy is a complete jerk to our drivers."),
    ("f", "Another day, another complaint from Mr Hale."),
    ("q", "Mr Hale's daily complaint has arrived, right on schedule."),
    ("f", "Can't wait to hear what she's unhappy about today."),
    ("q", "Nice of her to finally turn up, three hours late."),
    ("f", "Clearly he's a genius, he unplugged the server to save power."),
    ("f", "He's really outdone himself this time, ordered the wrong size twice."),
    ("q", "Oh joy, Mrs Pike wants to talk about the fence again."),
    ("f", "Trust him to lose the keys the day before the move."),
    ("o", "Don't waste your time on him, he's a tyre-kicker."),
    ("o", "She's a nasty piece of work, keep it formal."),
    ("o", "They're idiots but they pay, so smile."),
    ("o", "He is a moron. Just send the form again."),
    ("o", "Honestly that woman is unhinged."),
    ("o", "He's a pompous twit, ignore the tone."),
    ("p", "sorry about Gary on your side, he's a bit of a knob."),
    ("p", "between us, their procurement woman is a nightmare."),
    ("p", "their MD is a complete arse, so good luck on Monday."),
    ("p", "shame about your boss, what a grump."),
]

# -- hard negatives -------------------------------------------------------------------
NEGATIVES = [
    # blunt criticism of a product, process, document or system
    ("b", "The old booking portal was useless, which is why we replaced it."),
    ("b", "Frankly the tracking page is a mess; we're redesigning it."),
    ("b", "This process is a nightmare for everyone, so we've simplified it."),
    ("b", "The spec is confusing in places; could you clarify sections 3 and 4?"),
    ("b", "Our old invoicing system was a joke, I'll admit."),
    ("b", "The first draft of the contract was hopeless, so legal rewrote it."),
    ("b", "The customs rules are ridiculous, but we have to follow them."),
    ("b", "The weather this week has been terrible for the ferries."),
    ("b", "The delay is unacceptable and we're taking it up with the carrier."),
    ("b", "Frankly, the handover document was a shambles, so we redid it."),
    ("b", "The label printer is temperamental, so we print two copies."),
    ("b", "That route is a pain in winter, so we go via Calais."),
    ("b", "The form is awkward to fill in; I've pre-filled what I could."),
    ("b", "The warehouse app is painfully slow on older phones."),
    ("b", "This bug is a nightmare to reproduce, but we're on it."),
    ("f", "The depot's scanner is broken again, so the manifests are late."),
    ("f", "Their system is clunky; the export needs three steps."),
    ("q", "The rate card is a mess, let's tidy it before it goes out."),
    ("b", "The pricing page is misleading and we've asked marketing to fix it."),
    ("b", "The hold music is awful, I know, and it's being changed."),
    # the writer on themselves, or their own side
    ("b", "Total idiot moment on my part, I attached the wrong schedule."),
    ("b", "I'm such a muppet, I forgot the attachment again."),
    ("b", "Silly me, I sent the draft rather than the final version."),
    ("b", "My bad, I got the dates wrong."),
    ("b", "We dropped the ball on this one and I'm sorry."),
    ("b", "Brain fade on my side, the invoice is now attached."),
    ("b", "Idiot me, the wrong file went out. Here's the right one."),
    ("b", "Muppet me, I forgot the PO number. It's 4471."),
    ("b", "Gardening is something of a hobby of mine, so I loved the photos."),
    ("b", "We serve a lamb chop and a veggie option at the launch lunch."),
    ("b", "Karate chop demos are part of the team-building day."),
    ("b", "Speaking wth the depot now, will update shortly."),
    ("b", "I feel like a right numpty for missing that."),
    ("b", "We made a proper mess of the booking, and that's on us."),
    ("b", "I was an idiot not to double-check the postcode."),
    ("b", "Call me a dinosaur, but I still prefer a phone call."),
    ("b", "Our team were slow to respond, and I apologise."),
    ("b", "I'm hopeless with spreadsheets myself, so I've asked Raj to check the totals."),
    ("b", "I'm clearly losing my mind this week, the right file is attached."),
    ("f", "I'm an idiot, I booked the van for the wrong day. Fixing it now."),
    ("q", "My fault entirely, I misread the PO."),
    # the client's own words, quoted
    ("r", "This is a bloody disgrace and I want my money back."),
    ("r", "Your driver was an absolute idiot and nearly hit my car."),
    ("r", "What the hell is going on with my order?"),
    ("r", "Your staff are useless and nobody calls back."),
    ("r", "I'm sick of this crap, sort it out."),
    ("r", "Your company is a joke."),
    ("r", "Honestly, are you people clueless or just lazy?"),
    ("r", "F*** this, I'm cancelling."),
    ("b", "You said our driver was rude, and you were right to raise it."),
    ("b", "I understand you felt our staff were useless on the phone, and I'm sorry."),
    ("b", "You wrote that the service was 'a bloody joke', and I can see why."),
    # headlines, signs, titles, quotations of others
    ("b", "The sign at the depot gate says \"No Idiots Beyond This Point\", which the drivers love."),
    ("b", "Did you see the headline \"Fool's Gold: Freight Rates Tumble\" in this week's Lloyd's List?"),
    ("b", "We watched Dumb and Dumber at the team social, great fun."),
    ("b", "The book club is reading \"Bloody Brilliant Women\" this month."),
    ("b", "Our Christmas quiz had a round on the film \"Dirty Rotten Scoundrels\"."),
    ("b", "The van is named \"Big Stupid Bertha\" by the drivers, it's on the side panel."),
    ("b", "The word \"idiot\" comes from a Greek word for a private person."),
    ("b", "The song \"Loser\" by Beck was playing in the warehouse all day."),
    ("b", "Please order two Bloody Marys for the launch brunch."),
    # idioms with insult words, used kindly
    ("b", "You're a star, thank you for sorting the paperwork."),
    ("b", "You absolute legend, the pallets arrived early."),
    ("b", "Bless you for being so patient with us."),
    ("b", "God bless, and have a safe trip."),
    ("b", "Your team were crazy busy this week and still delivered."),
    ("b", "Raj is a smart cookie, he'll spot anything off."),
    ("b", "Your new tracking feature is wicked fast."),
    ("b", "She's a tough cookie and a great negotiator."),
    ("b", "Your warehouse team absolutely killed it on the stock count."),
    ("b", "The new site looks sick, well done."),
    ("b", "He's a dark horse, I had no idea he spoke Dutch."),
    ("b", "She's a machine, forty orders packed before lunch."),
    ("b", "The kids were little monkeys at the open day, so much fun."),
    ("b", "Your driver is a diamond, he helped us unload."),
    ("b", "We were mad keen to get this right for you."),
    ("b", "It was insanely good value, thanks for the tip."),
    ("b", "I'd be a fool to turn down an offer like that."),
    ("b", "Don't be a stranger, drop in when you're in Leeds."),
    ("b", "It's a crazy idea, but it might just work."),
    ("b", "Nothing stupid about that question at all."),
    # names, places and words with profane substrings
    ("b", "The shipment leaves from Scunthorpe on Tuesday."),
    ("b", "Our depot near Penistone will handle the collection."),
    ("b", "Please ask for Mr Dickens at reception."),
    ("b", "The driver will call at Cockermouth on the way."),
    ("b", "Mrs Cockburn in accounts has approved the refund."),
    ("b", "The consignment is routed through Bitche in Lorraine."),
    ("b", "We're assessing the damage claim now."),
    ("b", "The cocktail reception starts at six."),
    ("b", "The Sussex warehouse has spare capacity."),
    ("b", "Ms Hancock will pass it to Mr Shittu for sign-off."),
    ("b", "The Matsushita order is ready for collection."),
    ("b", "Our Wankdorf office in Bern handles Swiss customs."),
    ("b", "The pallets go to Twatt in Orkney on the Friday ferry."),
    ("b", "We moved the meeting to the Dickinson room."),
    ("b", "The shiitake mushrooms for the launch lunch are from a local grower."),
    ("b", "Please classify these items under the passenger cargo code."),
    ("b", "The analyst flagged the Essex route as expensive."),
    ("b", "The Hell's Kitchen venue is booked for the team dinner."),
    ("b", "Our driver comes from Hell, a small village in Norway."),
    ("b", "Arsenal are playing at home, so expect traffic near the depot."),
    # polite, firm refusals and disagreement
    ("b", "I'm afraid we can't refund this, as the warranty lapsed in June."),
    ("b", "We won't be able to deliver on Sunday; Monday is the earliest."),
    ("b", "I have to disagree: the contract sets the collection window at 48 hours."),
    ("b", "That's not something we can offer, but here is what we can do."),
    ("b", "We don't accept liability for goods packed by the sender."),
    ("b", "I understand your frustration, but the fee stands."),
    ("b", "With respect, the figures in your email don't match the invoice."),
    ("b", "As mentioned in my previous email, the invoice is attached."),
    ("b", "We have explained our position and it hasn't changed."),
    ("b", "No, we can't move the date, the ferry is fully booked."),
    ("b", "We cannot agree to a discount on this order."),
    ("b", "I'm not able to share the driver's personal number."),
    # neutral talk about people and their behaviour
    ("f", "Dana has called three times this week; please ring her back today."),
    ("f", "Mr Lee is upset about the damaged crate; let's offer a credit."),
    ("q", "She asked for the boxes in a different colour, can we do that?"),
    ("f", "Their buyer is new and may need a walkthrough of the portal."),
    ("f", "He's very particular about the paperwork, so double-check it."),
    ("q", "They're a demanding client but fair, and they pay on time."),
    ("f", "Their finance team is small and stretched, so send reminders early."),
    ("q", "Her English is limited, so keep the email short and clear."),
    ("f", "The customer is confused about the two invoices; can you call her?"),
    ("f", "He's frustrated, and honestly he has a point."),
    ("c", "Dana called again, can someone ring her back?"),
    ("c", "this client again wants the Tuesday slot, can we do it"),
    ("c", "she's asked about the invoice again, I'll reply"),
    ("c", "ugh, the printer again"),
    ("c", "lol the van broke down again, unreal"),
    ("c", "omg the ferry is late again"),
    ("c", "sorted, she's happy now"),
    ("c", "can you take her call, I'm in a meeting"),
    ("b", "Typical turnaround is three working days."),
    ("b", "A typical customer orders twice a month."),
    ("b", "Our lawyer will review the terms by Friday."),
    ("b", "The French office handles the Calais paperwork."),
    ("b", "You know what the weather is like in February, so we've added a buffer."),
    ("b", "Thanks again for your patience."),
    ("b", "Me again, sorry, one more question about the pallets."),
    ("b", "Here we go: the revised schedule is attached."),
    # P.S. notes that are fine
    ("p", "Gary says hello, and thanks for the biscuits."),
    ("p", "your driver was lovely, please pass on our thanks."),
    ("p", "I'll be out on Friday; Raj will cover."),
    ("p", "the crazy golf night is on the 12th if your team fancies it."),
    # words that look like profanity or insults in other senses
    ("b", "The dam on the river has raised water levels at the port."),
    ("b", "We'll need a bigger crate for the bulldog statue."),
    ("b", "Please mark the crate 'fragile' and 'this way up'."),
    ("b", "The cock valve on the tanker needs replacing."),
    ("b", "We store the fertiliser away from the ammonium nitrate, as the rules say."),
    ("b", "The donkey engine on the old steamer is being restored."),
    ("b", "Shipping to Dickson City takes two days."),
    ("b", "We use a blind shipment so the end customer sees your branding."),
    ("b", "The goose-neck trailer is booked for Thursday."),
    ("b", "Please don't pass the tracking number to third parties."),
    ("b", "The puppy-training pads are in aisle four."),
    ("b", "We do not ship live animals, including snakes and spiders."),
    ("b", "The clown costumes for the charity day arrived in one piece."),
    ("b", "The parcel was damaged in a crash on the M6, but no one was hurt."),
    ("b", "Your staff were brilliant, not a single complaint from our drivers."),
    ("b", "It was a pain to organise, but worth it."),
    ("b", "The shipping lane was a nightmare during the storm."),
    ("b", "The new forklift is a beast."),
    ("b", "I'd be annoyed too if my order went missing, and I'm sorry it did."),
    ("b", "You have every right to be angry about the delay."),
    # the second batch's hard negatives
    ("b", "Attached is Priya's weekly rant on freight rates, as promised."),
    ("b", "Margins on the Calais run are the worse they have been since 2019."),
    ("b", "The old printer was an absolute nightmare, so we've replaced it."),
    ("b", "That template is clunky and we're replacing it."),
    ("b", "The road closures were ridiculous this week."),
    ("b", "This form is stupidly long; we're cutting it to one page."),
    ("b", "The first design was rubbish, so the studio redid it."),
    ("b", "The contract wording is a mess and we'll fix it."),
    ("b", "Our phone system was useless on Monday, sorry for the missed calls."),
    ("b", "The traffic was insane on the ring road."),
    ("b", "The delivery window is a joke, I agree, and we're changing it."),
    ("f", "Their website is a maze; send them the direct link."),
    ("o", "The file they sent is corrupt, ask for it again."),
    ("b", "Dumb question from me, but is the loading bay covered?"),
    ("b", "Call me old-fashioned, but I'd like a signed copy."),
    ("b", "My brain is fried after the audit, apologies for the late reply."),
    ("b", "I'm a complete moron sometimes, the file is attached now."),
    ("b", "We were idiots to trust that supplier, and it won't happen again."),
    ("b", "I'm an absolute numpty with dates, it's the 14th not the 12th."),
    ("b", "Stupid autocorrect changed your name, sorry Dana."),
    ("b", "I've been a bit of a pain with all these questions, thank you for your patience."),
    ("s", "This is bullshit. I want a manager."),
    ("s", "Your courier is a moron."),
    ("s", "What the f*** is going on with my refund?"),
    ("s", "You lot are clueless."),
    ("b", "You called our invoice 'a load of rubbish', which I understand after the mix-up."),
    ("b", "You mentioned that the driver was rude, and I've raised it with him."),
    ("b", 'The article was titled "Why Smart People Make Stupid Decisions", worth a read.'),
    ("b", 'The warning sign reads "Danger: Idiots at Work" as a joke from the site crew.'),
    ("b", 'We\'re sponsoring a screening of "The Jerk" at the film club.'),
    ("b", 'The podcast "Freakonomics" had a good episode on pricing.'),
    ("b", "Our quiz team is called The Muppets, don't ask."),
    ("b", "Mr Dikshit from the Pune office will join the call."),
    ("b", "Kuntz Electroplating have confirmed the order."),
    ("b", "Ms Titcombe will sign the lease on Friday."),
    ("b", "The Cockshott family have booked the cottage."),
    ("b", "Please send samples to our Middlesex depot."),
    ("b", "We stock Assam and Darjeeling for the office."),
    ("b", "The shipment is going to Shitterton in Dorset, yes that's the real name."),
    ("b", "Our surveyor Mr Bumstead will visit Tuesday."),
    ("b", "The Penistone Road site is closed for resurfacing."),
    ("b", "Mrs Fanny Walker from HR has approved the leave."),
    ("b", "Ms Cummings will handle the handover."),
    ("b", "The analysis is in the spreadsheet tab 'Assumptions'."),
    ("b", "You're a lifesaver, thank you."),
    ("b", "What a legend, the whole team is grateful."),
    ("b", "Cheeky request, but could we have the keys a day early?"),
    ("b", "Our staff are nuts about your new flavours."),
    ("b", "He's a beast at Excel, he'll have it done by noon."),
    ("b", "She's wicked smart and a joy to work with."),
    ("b", "Your sales team is absolutely crushing it this quarter."),
    ("b", "The new menu is killer, congrats to the chef."),
    ("b", "You lot are brilliant, thanks for the quick turnaround."),
    ("b", "Mad props to your warehouse for the fast pick."),
    ("b", "Don't worry, you're not being a pain at all."),
    ("b", "There's no such thing as a stupid question, so ask away."),
    ("b", "Unfortunately we cannot accept returns after 30 days."),
    ("b", "I'm sorry, but we won't waive the late fee this time."),
    ("f", "Mrs Lo rang four times today and is understandably upset."),
    ("f", "He's unhappy with the quote; can you call him before Friday?"),
    ("o", "She wants the refund to her original card, please process it."),
    ("c", "client wants it Friday, can we?"),
    ("c", "he's on line 3, about the invoice"),
    ("c", "ugh, the server again"),
    ("c", "she's lovely, just needs a call back"),
    ("c", "can't find the invoice, can you resend to her"),
    ("b", "Another day, another update: the ferry sails at nine."),
    ("b", "The damage was minor, just a dent in the crate."),
    ("b", "We'll go over this one more time at Tuesday's meeting with the full team."),
    ("b", "Let me walk you through the new portal on a call, it's quicker than email."),
    ("b", "If maths isn't your favourite subject, the calculator on page 2 does the sums."),
    ("b", "I'll ask an adult education provider near you to send their brochure."),
    ("p", "the lads in the depot say hi."),
    ("p", "Dana, you're a star for sorting the parking."),
]


# Positives the rules still miss (honest record; the test passes once they are read).
# Each needs more than a phrase: a mock title without a verb of wanting ("The Duchess of
# Dock 4"), a name with an epithet ("Dana the dragon"), a greeting that may be fond
# ("here comes trouble"), an imperative that is also DIY ("Screw the ..."), and sarcasm
# whose words are sincere elsewhere ("What a surprise", "a ray of sunshine", "the brains
# of the operation").
KNOWN_MISSES = {
    "The Duchess of Dock 4 has sent another list of demands.",
    "Dana the dragon is breathing fire about the delay.",
    "here comes trouble, Dana's on line 2",
    "Screw the paperwork, we'll just ship it.",
    "What a surprise, he's forgotten to pay again.",
    "He's a real ray of sunshine on the phone, as always.",
    "Clearly the brains of the operation, that one.",
    "I know it's a lot of numbers for you, so just look at the total.",
    "lord vader from procurement is on line 3",
    "this dude is unreal lol",
    "He's really outdone himself this time, ordered the wrong size twice.",
}
# Hard negatives the trained remark model (RMK004, the model lane's) still reads as a
# remark; the phrase rules are quiet on them.
MODEL_FALSE_ALARMS = {
    "The file they sent is corrupt, ask for it again.",
}


@pytest.mark.parametrize("place,text", [
    pytest.param(p, t, marks=pytest.mark.xfail(reason="known miss", strict=False)) if t in KNOWN_MISSES else (p, t)
    for p, t in POSITIVES])
def test_probe_remarks_block(place, text):
    assert blocking(place, text), (place, text)


@pytest.mark.parametrize("place,text", [
    pytest.param(p, t, marks=pytest.mark.xfail(reason="RMK004 model false alarm", strict=False))
    if t in MODEL_FALSE_ALARMS else (p, t) for p, t in NEGATIVES])
def test_probe_hard_negatives_stay_quiet(place, text):
    assert not blocking(place, text), (place, text, blocking(place, text))


def test_probe_is_large_enough():
    assert len(POSITIVES) >= 150 and len(NEGATIVES) >= 150
    assert KNOWN_MISSES <= {t for _, t in POSITIVES} and len(KNOWN_MISSES) <= len(POSITIVES) // 20
