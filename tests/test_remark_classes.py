"""Remark classes read from the heldout5 and heldout3 misses (fourth wave), each with
fresh variants written here (other words, other shapes) and hard negatives of the same
shape: sarcastic praise for a trivial act, a jab at the reader's ability dressed as a
generality, a guide the reader is assumed to have skipped, "even your interns could",
sarcastic thanks for slowness, and asides in Nigerian Pidgin and Hindi-English.
"""
from __future__ import annotations

import pytest
from helpers import findings

TO = "Maeve Quinlan <maeve.quinlan@brightwater-dental.example>"


def codes(text: str) -> list[str]:
    return [f.code for f in findings(text, None, to=TO) if f.category == "remark"]


def draft(body: str, quoted: str = "") -> str:
    return f"Hi Maeve,\n\n{body}\n\nBest regards,\nRob\nOrchard Lane IT\n" + (f"\n{quoted}\n" if quoted else "")


# -- sarcastic praise for a trivial act ------------------------------------------------
@pytest.mark.parametrize("body", [
    "Congrats on finding the power button! Everything's back up.",
    "Well done for locating the plug socket, the screen should stay on now.",
    "Bravo on mastering the caps lock key. Your password works again.",
    "Congratulations on figuring out the light switch, Maeve.",
    "Gold star for spotting that the router was unplugged!",
    "Oh, bravo for discovering the reset button at last.",
    "Huge congratulations on working out that the kettle needs to be switched on.",
    "Achievement unlocked: you found the spam folder.",
    "Give yourself a medal for remembering the caps lock key.",
])
def test_sarcastic_praise_for_a_trivial_act(body):
    assert "RMK003" in codes(draft(body))


@pytest.mark.parametrize("body", [
    "Congratulations on winning the Hartley contract!",
    "Well done for finding the root cause so quickly - that saved us a day.",
    "Thanks for spotting that the router was unplugged, that saved a callout.",
    "Congratulations on discovering such a lovely venue for the party.",
    "We discovered the power button was sticking, so we replaced it.",
    "Congratulations to the whole team on launching the new switch range!",
    "Well done for finding the leak under the sink - that saved the ceiling.",
    "Great work identifying which end of the pipeline was dropping messages.",
    "Congrats on the new office! The plug sockets are being fitted on Monday.",
    "Kudos to your engineers for locating the fault in the mains supply.",
])
def test_real_praise_and_thanks_are_not_sarcasm(body):
    assert codes(draft(body)) == []


# -- a jab at the reader's ability, dressed as a generality ---------------------------
@pytest.mark.parametrize("body", [
    "Not everyone can manage a three-step guide, so I've recorded a video as well.",
    "Not everybody is able to follow a simple instruction, so here it is again with pictures.",
    "Some people struggle with even a one-line instruction, so I've highlighted the button in red.",
    "Not everyone can be trusted with a basic form, so I've filled in the parts I could.",
    "Some folk seem to find even a two-step login too much, so I've sent a video.",
])
def test_generalised_jab_at_the_readers_ability(body):
    assert "RMK003" in codes(draft(body))


@pytest.mark.parametrize("body", [
    "Not everyone can attend in person, so we'll record the session.",
    "Not everyone reads the small print, so we've put the key terms on page one.",
    "I've attached a screenshot with arrows showing where to click.",
    "Not everyone finds the portal easy, so our team can set it up for you.",
    "Not everyone has a printer at home, so we've sent a paper copy.",
    "Not everybody follows the newsletter, so here is the short version.",
    "Some people find the two-step login annoying; you can switch it off in Settings.",
])
def test_facts_about_people_are_not_jabs(body):
    assert codes(draft(body)) == []


# -- a guide the reader is assumed to have skipped -------------------------------------
@pytest.mark.parametrize("body", [
    "As explained in the welcome pack (which presumably went straight in the bin), the code is on page 3.",
    "The setting is in section 4 of the manual, which I suspect nobody opened.",
    "It's all in the instructions (which I'm guessing went unread), but here it is again.",
    "As per the FAQ, which clearly nobody bothered with, the reset is under Settings.",
    "The answer is on the first page of the FAQ, which I presume you skipped.",
    "It's in the leaflet that came in the box (which presumably nobody read).",
])
def test_guide_assumed_unread(body):
    assert "RMK003" in codes(draft(body))


@pytest.mark.parametrize("body", [
    "The setting is in section 4 of the manual, which I've attached again in case it went to spam.",
    "As mentioned in the welcome pack (which may have arrived after you'd left), the code is on page 3.",
    "I assume the manual was lost in the move, so here's a fresh copy.",
    "We skipped section 4 of the manual because it covers the older model.",
    "The answer is on page 6 of the FAQ, which I've attached again.",
    "I assume you skipped the optional step, which is fine for your model.",
    "The invoice, which I suspect went to your old address, is attached again.",
    "The guide that I assume you'll want for training is attached.",
])
def test_resending_a_guide_is_not_a_jab(body):
    assert codes(draft(body)) == []


# -- "even your interns could" -------------------------------------------------------
@pytest.mark.parametrize("body", [
    "It's so simple even your warehouse lads couldn't mess it up.",
    "Even the temps on your front desk could run it.",
    "Honestly, even your office juniors could set this up in five minutes.",
    "Honestly, even the interns at your Leeds branch could have done this.",
    "Even your sales lads would manage this one.",
    "It's so robust even your apprentices couldn't break it.",
])
def test_even_your_staff_could(body):
    assert "RMK003" in codes(draft(body))


@pytest.mark.parametrize("body", [
    # A feature of the product, not a jab: "can" with a verb of access.
    "Even your remote staff can log in from home.",
    "Even the older tills in your shop can run the new software.",
    "Your front-desk staff will get a two-hour training session on Monday.",
    "Even your Leeds team can join the call by phone.",
    "Even the interns will get a licence, at no extra cost.",
    "Even your apprentices can access the training portal.",
])
def test_what_staff_can_do_is_a_feature(body):
    assert codes(draft(body)) == []


# -- sarcastic thanks for slowness ---------------------------------------------------
@pytest.mark.parametrize("body", [
    "Cheers for finally replying — three weeks, a new record.",
    "Thanks for eventually getting back to me. The contract is attached.",
    "Many thanks for getting round to it at last, the form is now complete.",
    "Ta for finally sending the signed copy.",
    "Thank you for finally sending the meter reading.",
    "Cheers for eventually getting round to signing it.",
])
def test_sarcastic_thanks_for_slowness(body):
    assert "RMK003" in codes(draft(body))


@pytest.mark.parametrize("body", [
    "Thanks for getting back to me so quickly.",
    "Thanks for your patience; the contract is finally ready.",
    "Cheers for the update, we finally have a date for the install.",
    "Thank you for sending the meter reading; the bill is finally correct.",
    "Thanks for getting back to us. We've finally fixed the sync issue.",
])
def test_thanks_near_finally_is_not_sarcasm(body):
    assert codes(draft(body)) == []


# -- asides in Nigerian Pidgin and Hindi-English, in forwarded notes and chat ------------
FWD = "---------- Forwarded message ---------\nFrom: {who}\n{line}"


@pytest.mark.parametrize("quoted", [
    FWD.format(who="Emeka (site team)", line="Oga no sabi anything about inverter, na only shout him sabi."),
    FWD.format(who="Bola", line="Madam dey vex for nothing, she no dey listen."),
    "> [Slack] Dele: that madam no sabi anything, she dey complain for nothing",
    "> [WhatsApp] Kunle: oga dey shout for nothing again, abeg",
    "> [WhatsApp, 10:02] Arjun: this client bheja fry kar raha hai, same doubt again and again",
    "> [WhatsApp] Rohit: ye aadmi dimag kha gaya yaar, 10 calls since morning",
    "> [WhatsApp, 10:05] Neha: uncle is eating my head since morning with the same question",
    "> Anjali: Mr Rao keeps eating our heads about the discount",
])
def test_regional_asides_in_forwarded_notes(quoted):
    assert "RMK001" in codes(draft("Done, details below.", quoted))


@pytest.mark.parametrize("quoted", [
    "> [WhatsApp, 10:02] Arjun: sir's dimaag is very sharp, he spotted the pricing error",
    FWD.format(who="Bola", line="I no sabi the exact address, abeg send am again."),
    "> Anjali: this data migration is eating my head, will finish by Friday",
    "> Kunle: I no sabi the password, abeg send am",
])
def test_regional_words_that_are_not_remarks(quoted):
    assert codes(draft("Done, details below.", quoted)) == []


# -- second round: shapes written fresh, not read in any set --------------------------
@pytest.mark.parametrize("body", [
    # a mock title for a person who makes demands
    "Her Majesty wants it by Friday.",
    "His Lordship has decided he wants it in blue now.",
    "Her Ladyship has requested yet another change to the font.",
    "His Highness demands a callback before nine.",
    # a person's mood mocked in idioms
    "Somebody woke up on the wrong side of the bed.",
    "Looks like somebody got out of the wrong side of bed this morning.",
    "Someone needs a nap.",
    "Someone's had their Weetabix, judging by the tone of that email.",
    "Somebody is in a strop today, judging by his last email.",
    # patronising words for a client's staff
    "Tell your finance girl to check her inbox.",
    "Your accounts girl has sent the wrong form again.",
    "The old dear in your accounts office rang again.",
    # what a person thinks of us or of themselves
    "Your husband seems to think he knows better than the engineer.",
    "He seems to think he knows it all.",
    "She must think we're made of money.",
    "They must think we're a charity.",
    "Your receptionist clearly has better things to do than answer the phone.",
    "Your bookkeeper could do with a calculator.",
    # work likened to a child's, sarcasm about a slow reply, a pat on the head
    "Your CFO's email reads like it was written in crayon.",
    "Her report reads like it was scribbled in crayon.",
    "Nice of you to join us in this century.",
    "Welcome to the 21st century, Maeve.",
    "Poor Dave, bless, he really does try.",
    "He thinks the quote is a starting bid, bless.",
    # scare quotes around what a person did or is
    'I see your accountant has been "helping" again.',
    'Their "IT department" is a lad with a laptop.',
    'Your manager\'s "improvements" broke the layout again.',
])
def test_remarks_about_a_person_second_round(body):
    assert "RMK001" in codes(draft(body))


@pytest.mark.parametrize("body", [
    # sarcastic wonder at an obvious result
    "Amazing what happens when you actually turn it on.",
    "It's amazing how it starts working when you actually plug it in.",
    "It's almost as if reading the email helps.",
    "It's almost as if following the guide works.",
    "Imagine that, it works when you follow the steps.",
    "Fancy that, everything worked once the cable was in.",
    "Who knew the instructions were there to be read?",
    "Was the big red START button not a clue?",
    "Were the three red warning lights not a hint?",
    # the task called trivial, the reader's skill doubted
    "It's hardly rocket science.",
    "It's not exactly rocket science.",
    "With respect, this isn't rocket science.",
    "I appreciate maths isn't for everyone.",
    "I realise spelling isn't for everyone.",
    "Reading comprehension, eh?",
    "I know, technology is hard.",
    "Maybe ask a grown-up to help you with the setup.",
    "Perhaps ask a responsible adult to enter the code.",
    "I've sorted your little emergency with the mouse.",
    "Glad we could sort out your tricky little problem of the screen being off.",
    # exasperation at the reader
    "We're not mind readers, unfortunately.",
    "We're not psychic, so you'll need to tell us what's wrong.",
    "Perhaps next time check before shouting at us.",
    "Maybe next time read the contract before ranting at us.",
    "Lovely to hear from you after three weeks of silence.",
    "So you've decided to grace us with a reply.",
    "So nice of you to grace us with a response.",
    "Oh look, he's alive.",
    "Oh look, she's alive!",
])
def test_belittling_the_reader_second_round(body):
    assert "RMK003" in codes(draft(body))


@pytest.mark.parametrize("body", [
    "Her Majesty's Revenue and Customs wants the return by January.",
    "His Honour Judge Patel decided the case on Friday.",
    "The bed in room 4 was on the wrong side of the wall, so we moved it.",
    "Take a break and have a cuppa, you've earned it.",
    "We are made of sterner stuff, don't worry.",
    "The kids' drawings were done in crayon and look lovely.",
    "Thanks for gracing our stand at the expo, it was lovely to meet you.",
    "The 21st century building is fully accessible.",
    "It's amazing what the team achieved when they actually had the right tools. Well done all!",
    "It's almost as if the weather knew we were launching.",
    "Imagine that: a whole week in Portugal! Enjoy it.",
    "Was the parking not a problem? Let me know for next time.",
    "It's not rocket science, which is why we can have it done by Friday.",
    "Rocket science isn't for everyone, but your son's project looks great.",
    "We're not able to see your screen, so please send a photo.",
    "Please read the contract before signing; take your time.",
    "Sorry to hear about your little one's cold.",
    "Good to hear from you after so long!",
    "Lovely to hear from you after all this time, how is the new shop?",
    "I asked a grown-up question and got a grown-up answer, thank you.",
    'Click "help" in the top menu and choose "contact".',
    'Switch your account to "expert" mode to see the extra fields.',
    'You said it was "urgent", so we\'ve moved it to the top of the queue.',
    'The "professional" plan includes five users.',
    "Bless you, that's so kind.",
    "Poor thing, I hope she feels better soon.",
    "She must think about it over the weekend and let us know.",
    "They must be tired after the trip.",
    "Maths isn't my strong suit, so please double-check the totals.",
    "Who knew the hotel would be fully booked? We've found another one nearby.",
    "I know the new system is a lot to take in, so here's a one-page summary.",
    "Your receptionist Kelly was lovely when I rang.",
])
def test_same_shapes_that_are_not_remarks_second_round(body):
    assert codes(draft(body)) == []


# -- mocking nicknames, placating asides, oaths -------------------------------------
CHAT = "> [Teams] Dev: {line}"


@pytest.mark.parametrize("line", [
    "Mr Five-Emails-A-Day is at it again",
    "Mr Shouty rang again about the van",
    "Captain Indecisive changed the colour again",
    "here comes Mrs Never-Happy",
    "Professor Know-Better has opinions on our invoices",
    "Lady Always-Right wants a call",
    "just smile and nod, he'll never notice the difference",
    "she won't know the difference anyway",
    "don't let him get going on the parking again",
])
def test_nicknames_and_placating_asides_in_chat(line):
    assert "RMK001" in codes(draft("Sorted, see below.", CHAT.format(line=line)))


@pytest.mark.parametrize("body", [
    "Mr Smith-Jones will attend on Monday.",
    "Mrs Hardy-Long signed the lease.",
    "Mr Young will chair the meeting.",
    "Dr Sharp confirmed the results.",
    "Our Mr Fix-It service covers small repairs.",
    "Miss Perfect Bridal is our client for the wedding dresses.",
    "Please smile and nod at the camera for the ID photo.",
    "You won't notice any difference in speed after the upgrade.",
    "Thank God the parcel arrived.",
])
def test_names_services_and_product_claims_are_not_nicknames(body):
    assert codes(draft(body)) == []


@pytest.mark.parametrize("body", [
    "For God's sake, the parcel is on its way.",
    "Jesus wept, the invoice is wrong again.",
    "For Christ's sake, the van broke down again.",
])
def test_oaths_are_profanity(body):
    assert "RMK002" in codes(draft(body))


# -- condescension in other words ----------------------------------------------------
@pytest.mark.parametrize("body", [
    "I'll explain it again in case it didn't sink in the first time.",
    "In case that didn't register, the meter reading is due Monday.",
    "I did explain all this on the phone, but here it is in writing, since that didn't stick.",
    "Let's try this one more time.",
    "Let's try that one more time: the code goes in the second box.",
    "Once more, with feeling: the form needs a signature.",
    "I'll go through it again, very slowly.",
    "I've gone through it again, really slowly, step by step.",
    "Hopefully it makes sense this time round.",
    "Please read this email properly before replying.",
    "Please read my email fully before ringing the office again.",
    "In case you missed it the first three times, the deadline is Friday.",
    "This is the third time I've had to explain this.",
    "Did you read my last email at all?",
    "You'd think a director would know how to open a PDF.",
    "For someone in finance, you're oddly bad with numbers.",
    "You're surprisingly bad with dates for an events planner.",
    "I'd have expected better from someone in your position.",
    "I thought someone with your experience would know this.",
    "As any first-year student knows, the VAT is separate.",
    "Most of our clients manage this without help.",
    "Most of our customers cope with it fine on their own.",
    "Our other clients don't seem to have any trouble with it.",
    "Other users don't seem to find any difficulty with the login.",
])
def test_condescension_in_other_words(body):
    assert "RMK003" in codes(draft(body))


@pytest.mark.parametrize("body", [
    "Your designer is hopeless, frankly.",
    "With all due respect, your nephew has no idea what he's doing.",
])
def test_more_people_a_remark_can_be_about(body):
    assert "RMK001" in codes(draft(body))


@pytest.mark.parametrize("body", [
    "I'll explain it again on the call if that helps.",
    "Let's try another date, as Tuesday doesn't work for us.",
    "Let's try Tuesday instead.",
    "In case you missed it, our office closes early on Friday.",
    "In case the first email didn't arrive, here it is again.",
    "It didn't sink in until later how much work you'd put in, thank you.",
    "Did you get my last email? I wasn't sure it arrived.",
    "This is the third time the courier has failed, and I'm sorry.",
    "Please read the terms carefully before signing.",
    "Most of our clients choose the annual plan.",
    "Most of our customers cope with a small backlog over Christmas, so don't worry.",
    "Other users have had the same issue, so it's not just you.",
    "You're surprisingly good at this for a first go!",
    "For a first attempt, the draft is very good.",
    "For someone new to the system, you've picked it up quickly.",
    "With all due respect, we can't agree to those terms.",
    "Our consultant is brilliant with this kind of case.",
    "Your nephew was very helpful when we came round.",
    "The gardener is booked for Thursday.",
    "Your teenager's school project sounds fascinating.",
])
def test_same_words_said_kindly(body):
    assert codes(draft(body)) == []


# -- asides in other Englishes, in pasted chat ------------------------------------------
@pytest.mark.parametrize("line", [
    "Sean: yer man is a total gombeen, ignore him",
    "Sean: she's an awful wagon, honestly",
    "Sean: yer man's a pure weapon",
    "Sean: what a dose that client is",
    "Shaz: the bloke's a total dropkick",
    "Shaz: fair dinkum, she's a few stubbies short of a six-pack",
    "Shaz: she's as useful as an ashtray on a motorbike",
    "Shaz: the guy's got kangaroos loose in the top paddock",
    "Thabo: that oke is a proper poes",
    "Thabo: this tannie is so befok, calls every hour",
    "Thabo: the client is a real mampara",
    "Wei: this uncle damn kiasu, want discount somemore",
    "Wei: this auntie so lecheh, ask same thing ten times",
    "Wei: that one is a real chao ah beng",
    "Joy: si sir ang kupal talaga",
    "Joy: ang yabang ng client na yan",
    "Chidi: this man na mumu, e no sabi wetin e want",
    "Chidi: oga na big fool, abeg",
    "Chidi: madam too dey form, she no get sense",
    "Priya: uncle is total nautanki, drama every call",
    "Priya: this fellow is a chindi, bargaining for 50 rupees",
    "Priya: sir is one number ka chamcha",
    "Priya: such a bewakoof, told him 5 times",
])
def test_regional_asides_in_pasted_chat(line):
    assert codes(draft("Done, see below.", f"> {line}")) != []


@pytest.mark.parametrize("line", [
    "Shaz: fair dinkum, the delivery came early",
    "Thabo: the oke from the bank is coming at 2",
    "Wei: this uncle very nice one, bought extra",
    "Joy: salamat po, ang bait ng client",
    "Chidi: oga don pay, abeg send receipt",
    "Priya: uncle is very happy with the quote",
    "Joy: the client na very kind, sent merienda",
])
def test_same_englishes_said_kindly(line):
    assert codes(draft("Done, see below.", f"> {line}")) == []


@pytest.mark.parametrize("body", [
    "The portal is f'ing useless today.",
    "Oh for f's sake.",
    "What the actual f.",
    "Sorry, total cluster-f of a week.",
])
def test_more_masked_profanity(body):
    assert "RMK002" in codes(draft(body))


@pytest.mark.parametrize("body", [
    "The F1 car is at the fair.",
    "Grade F is a fail, for the record.",
    "What the form asks for is a signature.",
    "We need the cluster-free layout.",
])
def test_letters_that_are_not_masked_profanity(body):
    assert codes(draft(body)) == []


# -- sneers at what the reader asked for, patronising address, stereotypes ----------------
@pytest.mark.parametrize("body,code", [
    ('Thanks for your "feedback" on the logo.', "RMK001"),
    ('Your "urgent" request can wait until Monday.', "RMK001"),
    ('Her "small change" took the whole afternoon.', "RMK001"),
    ("I'm sure it made sense at the time.", "RMK003"),
    ("Let me guess, you didn't restart it?", "RMK003"),
    ("Let me guess: he wants a discount.", "RMK003"),
    ("Thanks for the novel, I'll read it when I retire.", "RMK003"),
    ("Cheers for the lecture on VAT.", "RMK003"),
    ("Listen, young lady, the deadline was Friday.", "RMK003"),
    ("Look, sweetie, the form is attached.", "RMK003"),
    ("Typical woman, changed her mind again.", "RMK001"),
    ("Typical bloke, didn't read the instructions.", "RMK001"),
    ("Women and technology, eh?", "RMK001"),
    ("Old people and computers, honestly.", "RMK001"),
])
def test_sneers_patronising_address_and_stereotypes(body, code):
    assert code in codes(draft(body))


@pytest.mark.parametrize("body", [
    "Thanks for your feedback on the logo, it's really useful.",
    'You marked it "urgent", so it\'s first in the queue.',
    'The "small change" option costs £20.',
    "It made sense at the time to delay the launch.",
    "Let me guess the size: a medium?",
    "Thanks for the novel idea, we'll try it.",
    "Thanks for the lecture notes, they were great.",
    "The young lady at your front desk was very helpful.",
    "A typical woman in her 40s spends more on insurance, according to the report.",
    "Typical bloke behaviour isn't something we see on our courses.",
    "Women in technology are under-represented, and our grant helps.",
    "Older people and computers: our free class starts Monday.",
])
def test_same_words_without_the_sneer(body):
    assert codes(draft(body)) == []


# -- mock surprise at a trivial cause --------------------------------------------------
@pytest.mark.parametrize("body", [
    "Shocking news: the cable needed to be plugged in. Who'd have guessed.",
    "Turns out the green button does what it says. Who knew.",
    "Plot twist: the printer needed paper.",
    "Spoiler: it was the caps lock again.",
    "Shockingly, the invoice was in the attachment all along.",
    "Who knew? It works when the monitor isn't switched off.",
    "Surprise, surprise, the laptop was on mute.",
    "Lo and behold, the router was unplugged.",
    "Mystery solved: the battery was flat.",
    "Funnily enough, it works when you use the right password.",
])
def test_mock_surprise_at_a_trivial_cause(body):
    assert "RMK003" in codes(draft(body))


@pytest.mark.parametrize("body", [
    "Who knew the hotel would be fully booked? We've found another one nearby.",
    "Plot twist: the venue has a rooftop bar.",
    "Turns out the fault was in our router, not your network.",
    "Mystery solved: our engineer had left the router unplugged, sorry.",
    "Funnily enough, we were just talking about you.",
    "Lo and behold, the sun came out for the launch.",
    "Amazingly, the old printer still works.",
    "Who knew tax could be this interesting? Our seminar is on Friday.",
    "Spoiler alert: the new model has a bigger battery.",
    "Surprise! The team has a cake for your last day.",
])
def test_surprise_without_a_trivial_cause_or_at_ourselves(body):
    assert codes(draft(body)) == []


# -- internal asides that dismiss a person ------------------------------------------------
@pytest.mark.parametrize("line", [
    "he's one of those clients, you know the type",
    "he's a character, to put it politely",
    "I'd rather stick pins in my eyes than call her back",
    "he's living in cloud cuckoo land",
    "bill him for the hassle, he deserves it",
    "add a moron surcharge",
    "let him stew till Monday",
])
def test_dismissive_internal_asides(line):
    assert "RMK001" in codes(draft("Done, see below.", f"> Kofi: {line}"))


@pytest.mark.parametrize("body", [
    "I'd rather stick pins in my eyes than do my tax return, so thank you for handling it.",
    "You know the drill: sign, scan, send.",
    "She's very experienced, to put it mildly.",
    "We never bill for the hassle of rebooking.",
    "The new tax surcharge applies from April.",
    "He lived in Cuckoo Lane for years.",
    "He's a genius at logistics, honestly.",
])
def test_same_idioms_not_about_a_person(body):
    assert codes(draft(body)) == []


# -- condescension in Indian English ----------------------------------------------------
@pytest.mark.parametrize("body", [
    "You are not understanding simple thing, so I explain again.",
    "I am explaining you many times but still you are not getting.",
    "You people are not knowing anything about accounts.",
    "Please stop disturbing us with same same question.",
    "This is very basic thing, even small child knows.",
    "Madam is not having any sense of the process.",
    "Sir, you are not reading my mail properly only.",
])
def test_condescension_in_indian_english(body):
    assert codes(draft(body)) != []


@pytest.mark.parametrize("body", [
    "You are not receiving the invoice because the address was wrong, sorry.",
    "Kindly share your GST number before Friday.",
    "I am explaining the new process in the attached PDF.",
    "Please stop by our office any time this week.",
    "This is a very basic plan, ideal for small shops.",
    "Sorry to disturb you on a Sunday.",
    "You are not reading the latest version; here it is.",
])
def test_indian_english_that_is_not_condescension(body):
    assert codes(draft(body)) == []
