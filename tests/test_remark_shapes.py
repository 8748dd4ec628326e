"""Remark rules on classes found by reading misses of the development sets:
who wrote a line of an unattributed quoted block, names that contain a swear word,
sarcasm about the reader's attention, treating a person as a small child, and
regional asides.  Each class has real positives and hard negatives.
"""
from __future__ import annotations

import pytest
from helpers import findings

TO = "Maeve Quinlan <maeve.quinlan@brightwater-dental.example>"


def codes(text: str) -> list[str]:
    return [f.code for f in findings(text, None, to=TO) if f.category == "remark"]


def draft(body: str, quoted: str = "") -> str:
    return f"Hi Maeve,\n\n{body}\n\nBest regards,\nRob\nOrchard Lane IT\n" + (f"\n{quoted}\n" if quoted else "")


# -- whose line of an unattributed quoted block it is -------------------------------------
@pytest.mark.parametrize("quoted", [
    # A colleague's note signed at its end, above the client's own message.
    "> Rob - go easy on the extras, she's clueless about licences anyway. - Dana\n> Hi Rob, can we get the invoice? Maeve",
    "> Can someone patient take this one? The old bat rang four times yesterday. -- Kofi",
    # A speaker before a colon, with a channel tag instead of a time.
    "> [Teams] Dana: sending the quote now\n> [Teams] Kofi: lol this customer again, third change today",
    "> Kofi: another muppet who can't find the attachment",
])
def test_signed_or_spoken_line_in_unattributed_quote_is_ours(quoted):
    assert "RMK001" in codes(draft("The quote is attached.", quoted))


@pytest.mark.parametrize("quoted", [
    # The recipient signs their own angry message: their words, not ours.
    "> Your support staff are clueless and I want a refund. - Maeve",
    "> Honestly your engineers are hopeless.\n> Maeve",
    # A label before a colon is not a speaker.
    "> Update: your engineers are hopeless, nobody came.",
    # A dash and a capitalised word inside the client's line is not a signature.
    "> The installers were useless - Tuesday and Wednesday both wasted.",
])
def test_recipients_own_quoted_words_stay_theirs(quoted):
    assert codes(draft("I'm sorry; an engineer is booked for Thursday.", quoted)) == []


# -- names that contain a swear word ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Dear Mr Shittumbe,\n\nYour parcel left the depot this morning.\n\nKind regards,\nRob\n",
    "Hi Maeve,\n\nI've copied in Ada Shitakova, who runs the Leeds office.\n\nRob\n",
    "Hi Maeve,\n\nThe meeting is at our office in Fuckingham Lane, beside the station.\n\nRob\n",
])
def test_names_with_profane_substrings_are_names(text):
    assert "RMK002" not in codes(text)


@pytest.mark.parametrize("body", [
    "Clusterfuck of a week, sorry for the silence.",
    "The handover was a total shitshow, sorry.",
    "Apeshit is the word for how the MD reacted.",
])
def test_embedded_profanity_still_counts(body):
    assert "RMK002" in codes(draft(body))


# -- sarcasm about the reader's attention -----------------------------------------------
@pytest.mark.parametrize("body", [
    "The form is attached again. Maybe try opening it this time.",
    "Some of us actually check the terms before we sign.",
    "Sent it twice already. Oh wait, you never check email, do you?",
    "Here is the chart again, and I even drew some diagrams.",
    "Does he not read anything we send him?",
    "Do they ever read anything we put in the newsletter?",
])
def test_sarcasm_about_attention(body):
    assert "RMK003" in codes(draft(body))


@pytest.mark.parametrize("body", [
    "Could you try opening the file in Chrome instead of Edge?",
    "Some of us will be away over Christmas, so replies may be slower.",
    "Oh wait, I forgot to attach the invoice. Here it is.",
    "I've drawn a diagram of the new layout for you.",
    "If you don't read the PDF on your phone, I can post a copy.",
    "Did you read the summary? Happy to go through it on a call.",
])
def test_attention_hard_negatives(body):
    assert codes(draft(body)) == []


# -- a person treated as a child, and contempt in other Englishes ------------------------
@pytest.mark.parametrize("body", [
    "Go through it with him like he's six, slowly.",
    "Their contractor plastered it like a toddler with a trowel.",
    "Tell her Monday so she shuts up for a bit.",
    "That lot are cowboys, I wouldn't let them near the boiler.",
    "Her sense of colour is tragic, but fine, beige it is.",
    "The man's a walking help-desk ticket.",
    "Most of the class were hopeless anyway.",
    "Na wa for this client o, always shouting.",
    "This oga no dey read anything we send.",
    "Hay naku, ang kulit talaga ni sir.",
    "He loves to talk, so keep the call short.",
    "Their fitters made a right pig's ear of the skirting.",
])
def test_person_as_child_and_regional_asides(body):
    assert codes(draft(body)), body


@pytest.mark.parametrize("body", [
    "The instructions are written so anyone can follow them, like a recipe.",
    "Our trainer's 'explain it like I'm five' sessions went down well.",
    "The cowboy boots you ordered are back in stock.",
    "The colour fading on the sign is tragic; we'll reprint it free.",
    "Most of the group enjoyed the workshop, and the feedback is attached.",
    "He likes to talk through options before deciding, so I've sent three.",
    "We made a right mess of the dates, sorry, corrected below.",
    "Walking tours start at ten; the ticket is attached.",
    "Please keep the door shut until the paint is dry.",
])
def test_person_as_child_and_regional_hard_negatives(body):
    assert codes(draft(body)) == [], body


# -- idioms of contempt, sarcasm at the reader, a quoted note headed "From:" --------------
@pytest.mark.parametrize("body", [
    "He asked for a refund on the used stock, what a cheek.",
    "Honestly she's driving me round the bend with the colour changes.",
    "Their site manager is an absolute weapon.",
    "Honestly, their landlord is cracked.",
    "Bet he can't even work a kettle.",
    "His emails read like ransom notes.",
    "Their buyer is a few cards short of a deck.",
    "Shall I try reading it out to you on a call?",
    "Attached in red, since the bold apparently wasn't enough.",
    "If you'd read past the first paragraph you would know the price.",
    "Perhaps pass it to someone in the office who can read a contract.",
    "I'll go through it again, it's not like I have other clients.",
    "Done, princess, the upgrade is live.",
    "Don't worry your pretty little head about the VAT.",
])
def test_idioms_of_contempt_and_sarcasm(body):
    assert codes(draft(body)), body


@pytest.mark.parametrize("body", [
    "Your email said the courier was rude to you; I'm sorry, and I've reported it.",
    "You mentioned the installer was useless at explaining the settings, so I've written a guide.",
    "The screen on the returned tablet is cracked, so we'll replace it.",
    "This printer is driving me up the wall, sorry for the delay.",
    "The princess cake for the party is confirmed.",
    "The dog next door was barking during the call, apologies.",
    "I'd trust her to run the project on her own.",
    "We'll check the cheek pads on the helmet before dispatch.",
    "If you haven't read past the summary yet, the key dates are on page 3.",
    "We have other clients on the same plan, so the price is fixed.",
])
def test_idioms_of_contempt_hard_negatives(body):
    assert codes(draft(body)) == [], body


def test_quoted_note_headed_from_a_colleague_is_ours_but_from_the_recipient_is_theirs():
    ours = draft("Install confirmed for Monday.", "> From: Ade (install team)\n> Tell him to clear the loft this time, these people are unserious.")
    assert "RMK001" in codes(ours)
    theirs = draft("Install confirmed for Monday.", "> From: Maeve Quinlan\n> Your install team are unserious, they never turned up.")
    assert codes(theirs) == []


# -- an eye roll or facepalm aimed at a person, sarcastic wonder, regional words ----------
@pytest.mark.parametrize("body", [
    "He wants the logo bigger again 🙄",
    "Is this her fifth call today 🤦 anyway, sending the form.",
    "Their buyer changed the spec again smh.",
    "The client asked for a 'quick tweak' *eye roll*",
    "He paid on time for once, wonders never cease.",
    "She answered the phone. Shock horror.",
    "She found the attachment, give her a gold star.",
    "That fella from the council is a gobshite.",
    "Their supervisor is blur like sotong.",
    "This uncle is pagal, I tell you.",
])
def test_eye_rolls_at_people_and_sarcastic_wonder(body):
    assert "RMK001" in codes(draft(body)), body


@pytest.mark.parametrize("body", [
    "The courier is late again 🙄 sorry about that.",
    "I forgot to attach the file 🤦 here it is.",
    "Our team stayed late to finish it 🙄 but it's done.",
    "Thanks for waiting 🙃 the part is here.",
    "The ode on the anniversary card was lovely.",
    "Miracles do happen: the parcel arrived a day early.",
    "A cat learned to open the fridge. Wonders never cease.",
    "Please give her our thanks for the quick reply.",
    "We reviewed the dose instructions with the pharmacist.",
])
def test_eye_rolls_and_regional_hard_negatives(body):
    assert codes(draft(body)) == [], body


@pytest.mark.parametrize("body", [
    "Their admin lot couldn't run a bath.",
    "Honestly, the landlord is a grumpy old git.",
    "Their builders are clueless about damp.",
])
def test_group_with_a_trade_and_old_insults(body):
    assert "RMK001" in codes(draft(body)), body


@pytest.mark.parametrize("body", [
    "Their admin lot asked for the forms by Friday.",
    "Our builders are clueless about the new regs, so we've booked training.",
    "The grumpy old man in the film was the best bit.",
])
def test_group_with_a_trade_hard_negatives(body):
    assert codes(draft(body)) == [], body


# -- contempt for a group or for dealing with someone; more sarcasm at the reader -----------
@pytest.mark.parametrize("body", [
    "Clueless, the lot of them.",
    "Honestly I can't stand the man.",
    "He's the worst client we have.",
    "God knows how she kept her job.",
    "How is that guy still employed?",
    "Lord High-and-Mighty wants a call at seven.",
    "Their MD is a glorified bookkeeper.",
    "She's too stingy to pay for support.",
    "He's a complete tool.",
    "she's so annoying omg",
    "He needs to get a grip.",
    "He does it on purpose to wind us up.",
    "I know spelling isn't everyone's strong suit.",
    "Second reminder, as the first was evidently too subtle.",
    "For the people at the back: the office is closed on Friday.",
    "I'm sure even your accounts team can manage a two-step form.",
    "We've been over this, twice.",
    "We'll go through it step by tiny step.",
])
def test_group_contempt_and_more_sarcasm(body):
    assert codes(draft(body)), body


@pytest.mark.parametrize("body", [
    "I can't stand the heat in the server room either.",
    "They're too busy to meet this week, so Friday it is.",
    "The glorified spreadsheet we used before has been retired.",
    "That's how she got her job at the bank, through our course.",
    "Golf isn't everyone's thing, so there's a spa option too.",
    "We've been over this plan twice with the engineer and it's solid.",
    "The step-by-step guide is attached.",
    "Our worst month for deliveries was March, sorry again.",
    "He's a tool-maker by trade, so he'll love the workshop.",
    "I'm too tired to think straight, I'll reply properly tomorrow.",
])
def test_group_contempt_hard_negatives(body):
    assert codes(draft(body)) == [], body


@pytest.mark.parametrize("body", [
    "> [08:02] Tam: their office manager is so extra",
    "Kindly note this gentleman is a big headache.",
    "He's the stupidest customer I've dealt with.",
    "She's thicker than a bag of spanners.",
    "He's a mean so-and-so.",
    "Their buyer is a proper wind-up merchant.",
    "That man is a fraudster.",
    "Oga is a stingy somebody.",
    "The guy's a fruitcake.",
])
def test_more_slang_and_regional_insults(body):
    assert codes(draft(body)), body


@pytest.mark.parametrize("body", [
    "The extra charge for weekend delivery is £20.",
    "Collection is extra, so I've left it off the quote.",
    "A big headache for everyone was the road closure, now lifted.",
    "Somebody from our team will call you tomorrow.",
    "The fraud team has frozen the card as a precaution.",
    "We've ordered the Christmas fruitcake for the office.",
])
def test_more_slang_hard_negatives(body):
    assert codes(draft(body)) == [], body


# -- sarcasm about the reader's pace and grasp -----------------------------------------------
@pytest.mark.parametrize("body", [
    "Great that we finally got it through to you.",
    "Kind of you to reply, eventually.",
    "Shout if any of the longer words are a problem.",
    "It's all in the guide you never opened.",
    "I know forms are confusing for some.",
    "Reset the router, if that's not too technical.",
    "Amazing what reading the terms does.",
    "I've done the thinking for you, just sign page 2.",
    "Don't strain yourself, I'll fill it in.",
    "Perhaps a refresher in basic maths would help.",
    "You don't understand your own lease.",
    "Not to be rude, but the answer is on page one.",
    "Did you actually read the quote?",
    "Here it is once more, and slowly.",
    "Other clients seem to manage it fine.",
    "A child could install this app.",
    "You clearly enjoy wasting our time.",
])
def test_sarcasm_about_pace_and_grasp(body):
    assert codes(draft(body)), body


@pytest.mark.parametrize("body", [
    "I couldn't get through to you on the phone, so I'm emailing instead.",
    "At least you'll have the keys by Friday, even if the lift is late.",
    "The guide avoids jargon and uses short sentences.",
    "The email you didn't receive has been sent again.",
    "Setup can be tricky for some routers, so here's a guide.",
    "Amazing what a difference the new layout makes!",
    "Please don't strain yourself lifting the boxes; the driver will help.",
    "You know your own business best, so the choice is yours.",
    "Have you actually received the parcel yet? Tracking says delivered.",
    "Child seats can be fitted by the hire desk.",
    "Most customers set it up themselves, but we're happy to visit.",
])
def test_sarcasm_about_pace_hard_negatives(body):
    assert codes(draft(body)) == [], body


# -- how a person behaves, talks, looks or lies --------------------------------------------
@pytest.mark.parametrize("body", [
    "He changes his mind more often than his shirts.",
    "She's the human equivalent of a car alarm.",
    "Let him moan, he'll calm down.",
    "He's off on one about the parking again.",
    "Her royal pain-in-the-neck wants a call.",
    "He has no idea what he wants.",
    "Their director is full of hot air.",
    "He's a flake, don't wait for him.",
    "Don't trust a word he says.",
    "She lies through her teeth.",
    "He's been a massive pain all week.",
    "He smells like an ashtray.",
    "Their rep is a sleazeball.",
    "The man never shuts up.",
    "He could bore for England.",
    "She's got a chip on her shoulder about agencies.",
])
def test_behaviour_idioms(body):
    assert codes(draft(body)), body


@pytest.mark.parametrize("body", [
    "I changed my mind about the colour, the blue is better.",
    "Please let them know the van is outside.",
    "The flake of paint on the door has been touched up.",
    "The floor is slippery after cleaning, so the sign is up.",
    "The meeting room smells like fresh paint, sorry.",
    "We trust every word of your report.",
    "Our flaky Wi-Fi dropped the call, sorry.",
    "I have no idea what the courier did, but it's arrived.",
])
def test_behaviour_idioms_hard_negatives(body):
    assert codes(draft(body)) == [], body


@pytest.mark.parametrize("body", [
    "They're demanding but fair, and we like working with them.",
    "She's fussy, but lovely with it.",
    "Happy to explain it again, slowly if that helps.",
])
def test_weighed_words_and_offers_are_not_remarks(body):
    assert codes(draft(body)) == [], body


@pytest.mark.parametrize("body", [
    "They're demanding and rude.",
    "Let me explain it slowly, since it didn't go in last time.",
])
def test_unweighed_words_still_count(body):
    assert codes(draft(body)), body


@pytest.mark.parametrize("body", [
    "> [20:01] Rohit: ye client full nautanki hai",
    "> [20:01] Rohit: kanjoos uncle again, wants it free",
    "> [20:01] Joy: that man na agbaya",
    "> [20:01] Lito: bwisit talaga si ma'am",
    "> [20:01] Pieter: the oke is a doos",
    "> [20:01] Wei: this uncle damn goondu",
])
def test_words_of_other_englishes(body):
    assert codes(draft("Notes below.", body)), body


@pytest.mark.parametrize("body", [
    "Dr Kak and Mr Fok will join the call on Monday.",
    "Ms Siao and Mr Sadu signed the lease.",
    "The Doos family booked the cottage for June.",
])
def test_surnames_that_are_words_elsewhere(body):
    assert codes(draft(body)) == [], body


@pytest.mark.parametrize("body", [
    'Quoting your email: "your team are useless" - you were right, and we have fixed it.',
    'Your review called us “total cowboys”, and after the missed visit that was fair.',
])
def test_the_readers_own_words_quoted_back_are_theirs(body):
    assert codes(draft(body)) == [], body


@pytest.mark.parametrize("body", [
    'I told him "you are an idiot" and hung up.',
    'Tell him "you are clueless" from me.',
])
def test_quoted_remarks_of_our_own_still_count(body):
    assert codes(draft(body)), body


@pytest.mark.parametrize("body", [
    "> [09:00] Tam: she's mean as anything",
    "> [09:00] Tam: he's so boring on calls",
    "> [09:00] Tam: she's a bit much",
    "> [09:00] Tam: he's such a baby about it",
    "> [09:00] Tam: they're animals",
    "> [09:00] Tam: he's a sad little man",
    "> [09:00] Tam: he's so dramatic",
])
def test_chat_lines_about_a_person(body):
    assert codes(draft("Notes below.", body)), body


@pytest.mark.parametrize("body", [
    "He meant well, and the mix-up is ours.",
    "She means the March invoice, not April.",
    "The results are dramatic: bills down a third.",
    "The animals at the farm park loved the new feed.",
    "She had a baby boy last week, so she's on leave.",
    "It's a lot better since the update.",
    "The pig farm's delivery is booked for Tuesday.",
])
def test_chat_lines_hard_negatives(body):
    assert codes(draft(body)) == [], body


# -- profanity spelt with symbols, digits or letters left out --------------------------------
@pytest.mark.parametrize("body", [
    "The portal is b*llocks, sorry.",
    "The install was a sh1tshow, apologies.",
    "This client is annoying af.",
    "wtaf, the invoice doubled.",
    "The fcuking printer jammed.",
    "What the f is going on with the order?",
    "The b@stard thing won't sync.",
    "He's a d*ck about refunds.",
    "That was a shambolic f-up on our side.",
    "The p!ss-poor packaging broke the vase.",
    "Their quote is total BS.",
    "The courier's been a-holes about it.",
])
def test_profanity_spelt_with_symbols(body):
    assert "RMK002" in codes(draft(body)), body


@pytest.mark.parametrize("body", [
    "The wiring meets BS 7671, certificate attached.",
    "The FCUK jacket is back in stock in medium.",
    "Our AF team (accounts and finance) will call you.",
    "Please find the d1ck3ns file reference below: REF-22.",
    "The F-type Jaguar is booked for the wedding.",
])
def test_profanity_symbol_hard_negatives(body):
    assert "RMK002" not in codes(draft(body)), body


@pytest.mark.parametrize("body", [
    "Our team were idiots here, and I'm sorry.",
    "Our whole team are clowns at times, apologies.",
    "My lot are muppets, honestly, but we'll fix it today.",
    "Love from all the muppets in the office!",
    "Thanks from all the crazy people in the studio!",
    "Cheers from all the lunatics at HQ.",
])
def test_our_own_side_and_greetings_from_us_are_self_deprecation(body):
    assert codes(draft(body)) == [], body


@pytest.mark.parametrize("body", [
    "My boss is an idiot.",  # one person of ours is someone else
    "Our contractor is a moron.",
    "Our client is an idiot.",
    "Their team were idiots here.",
    "Thanks from Dave, who is an idiot.",  # the greeting is not what the insult names
    "Love from all of us, even the muppets at your head office!",
    "The crazy people in your finance team rejected it again.",
])
def test_others_still_count_beside_self_deprecation(body):
    assert "RMK001" in codes(draft(body)), body
