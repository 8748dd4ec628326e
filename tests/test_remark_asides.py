"""Remark classes read from the heldout6 misses (fourth wave, after it became a
development set), each with fresh variants written here (other words, other shapes)
and hard negatives of the same shape.  Most sat in a colleague's note below a polite
reply: a person "moaning again", contempt for a complainer as a generality ("she'd
moan if you gave it to her free"), a mocking nickname made from an office object
("Lady Clipboard"), a first name used as a label ("the Karen upstairs"), an adjective
before a noun for a burden ("a stingy nightmare"), a verdict after what someone did
("..., useless as always"), an abbreviated oath in capitals said on its own ("FFS."),
and sending the reader to their grandchildren or to someone with "basic" skills.
"""
from __future__ import annotations

import pytest
from helpers import findings

TO = "Jo Marsh <jo.marsh@finchley-homes.example>"


def codes(text: str, to: str = TO) -> list[str]:
    return [f.code for f in findings(text, None, to=to) if f.category == "remark"]


def with_note(note: str) -> str:
    """A short reply with a colleague's internal note forwarded below it."""
    return ("Hi Jo,\n\nThanks, all sorted now.\n\nSam\nFinchley Homes Lettings\n\n"
            "---------- Forwarded message ---------\nFrom: Kim Lee\nSubject: Re: flat 3\n\n" + note + "\n")


def with_quote(note: str) -> str:
    """A short reply above the writer's own earlier message, quoted."""
    return "Hi Jo,\n\nNoted, I'll ring you later.\n\nSam\n\n> On Mon, Sam wrote:\n> " + note + "\n"


def plain(body: str, greeting: str = "Hi Jo") -> str:
    return f"{greeting},\n\n{body}\n\nKind regards,\nSam\nFinchley Homes Lettings\n"


# -- moaning again; contempt for a complainer as a generality ------------------------
@pytest.mark.parametrize("note", [
    "Mr Oduya whinging again about the late fee. Just waive it.",
    "She's bleating again about the parking permit, ignore her.",
    "They are moaning about the wifi again. Third time.",
    "That woman would moan if you handed her the sofa for free.",
    "Give them a free upgrade and they'd still find something to grumble about.",
    "He'd complain if you gave him the flat rent-free, honestly.",
])
def test_moaning_again_and_the_complainer_generality(note):
    assert "RMK001" in codes(with_note(note))


@pytest.mark.parametrize("note", [
    "Mrs Okafor wrote again about the tiles; I have replied with the returns form.",
    "The client complained again about the noise, and she is right to: it is the third night.",
    "Sorry to moan again, but the invoice still shows the old rate.",
    "Existing customers would complain if we gave the upgrade to newcomers for free.",
    "The boiler is playing up again, so the engineer is booked for Tuesday.",
])
def test_moaning_again_hard_negatives(note):
    assert codes(with_note(note)) == []


# -- mocking nicknames from an office object; a first name as a label -----------------
@pytest.mark.parametrize("note", [
    "Lady Clipboard has sent another list. Sort it before she escalates.",
    "Mr Reply-All copied the whole board in again.",
    "Captain Small Print wants clause 4 reworded for the fifth time.",
    "Mrs Receipts is querying a 40p difference.",
    "Our resident Karen in flat 9 wants the bins moved.",
    "Brace yourselves, the Karen upstairs is on the phone about parking.",
    "Total Karen energy from the woman at the front desk today.",
])
def test_object_nicknames_and_a_name_as_a_label(note):
    assert "RMK001" in codes(with_quote(note))


@pytest.mark.parametrize("note", [
    "Mrs Baker and Mr Fisher have both signed the renewal.",
    "Karen in accounts will send the invoice on Friday.",
    "Karen and I will visit the flat on Monday.",
    "Please send the receipts and the clipboard checklist to Mr Page.",
])
def test_nickname_hard_negatives(note):
    assert codes(with_quote(note)) == []


def test_greeting_a_karen_is_not_the_label():
    text = plain("Your keys are at reception.", greeting="Hi Karen")
    assert codes(text, to="Karen Doyle <karen.doyle@example.org>") == []


# -- an adjective before a noun for a burden; a verdict after what someone did --------
@pytest.mark.parametrize("note", [
    "Rachel will push back - she's a stingy nightmare, so hold firm.",
    "He is a whiny pain, honestly.",
    "They're a needy headache, so keep replies short.",
    "He got the postcode wrong again, useless as always.",
    "She booked the wrong date - clueless as usual.",
    "They missed the viewing, lazy as ever.",
])
def test_burden_nouns_and_trailing_verdicts(note):
    assert "RMK001" in codes(with_note(note))


@pytest.mark.parametrize("note", [
    "The migration was a real nightmare scenario for the whole team.",
    "She is a chronic pain patient, so please book a ground-floor room.",
    "The old printer jammed again, useless as ever.",
    "She fixed the leak in an hour, impossible as it seemed.",
    "He replied the same day, helpful as always.",
])
def test_burden_and_verdict_hard_negatives(note):
    assert codes(with_note(note)) == []


# -- an abbreviated oath in capitals said on its own --------------------------------
@pytest.mark.parametrize("note", [
    "FFS. Fourth call today from him.",
    "FFS, he has rung four times since lunch.",
])
def test_capital_oath_said_alone(note):
    assert "RMK002" in codes(with_note(note))


@pytest.mark.parametrize("body", [
    "We bill the Medicare FFS plan monthly; the FFS claims are attached.",
    "Rates for fee-for-service (FFS) are in the table below.",
    "FFS: 14 claims, all paid.",
])
def test_capital_abbreviation_as_a_term_hard_negatives(body):
    assert codes(plain(body)) == []


# -- sending the reader to their grandchildren or to someone with "basic" skills -----
@pytest.mark.parametrize("body", [
    "The form is a normal Word file. Perhaps one of your grandkids could show you how to open it.",
    "It's only a zip file. A colleague with basic IT knowledge should be able to unzip it for you.",
    "Ask one of your grandchildren to help you download the app.",
    "Someone in your team with basic spreadsheet skills can sort the columns for you.",
])
def test_grandchildren_and_basic_skills(body):
    assert "RMK003" in codes(plain(body, greeting="Dear Mr Adeyemi"))


@pytest.mark.parametrize("body", [
    "Your grandchildren are very welcome at the open day on Saturday.",
    "Anyone with basic computer skills can follow the setup guide, and we are here if not.",
    "The evening course teaches basic computer skills to adults.",
    "If you like, our technician can set it up for you on Thursday.",
    "Your grandson can collect the parcel on your behalf with this letter.",
])
def test_grandchildren_and_basic_skills_hard_negatives(body):
    assert codes(plain(body, greeting="Dear Mr Adeyemi")) == []


# -- more of the same classes, found by writing fresh notes in other words ------------
@pytest.mark.parametrize("note", [
    # getting rid of a person rather than helping them
    "Someone please take her off my hands, she has rung four times today.",
    "Honestly, give him whatever he wants so he goes away.",
    "Just credit the 12p so they stop ringing.",
    "I'd rather eat glass than deal with this lot again.",
    # what a person cannot do, has, thinks, or how others fare with them
    "She clearly has nothing better to do all day.",
    "The old boy can't work his own phone. Post it to him.",
    "He can't even spell VAT, so check every figure.",
    "Mrs Ortega thinks she's the only customer we have.",
    "He acts like he owns the place, ignore the tone.",
    "God help whoever has to sit next to him.",
    "No wonder his last agent dropped him.",
    # contempt in other words and other Englishes
    "Dumb question from the client again, see below.",
    "Does this woman ever stop talking?",
    "Another essay from Mr Dunne. Nobody reads these.",
    "That's the third tantrum this week from flat 12.",
    "Kindly ignore his rants, he is like that only.",
    "Don't let her start on the bins, she'll be here all day.",
    "This aunty is too much, she wants discount on discount.",
    "Oga is vexing again, just send him the receipt.",
    "Madam no get patience at all, she don call five times.",
    "Bro this client is mad annoying fr.",
    "His emails are unreadable, like a toddler smashed the keyboard.",
    "The boomer in unit 3 wants everything printed.",
    "That man would complain if he won the lottery.",
])
def test_more_asides_in_other_words(note):
    assert codes(with_note(note)), note


@pytest.mark.parametrize("note", [
    "I've cancelled the direct debit so they stop charging you twice.",
    "We've updated the address so he stops getting the old reminders.",
    "I'd rather call than email, if that suits you.",
    "We'd rather talk to them in person than deal with it by email.",
    "I have nothing better planned for Friday, so Friday works.",
    "Please send the form back so we can take it off your hands.",
    "Good question from the client, see below.",
    "I can't work out the new phone system, can you help?",
    "Could you ask her to stop calling the old number and use the new one?",
    "The quote is too much for us this year, sorry.",
    "I'm never happy with the first draft, so here is a second.",
    "She'd complain if we lost the parcel, and rightly so.",
    "The boomer generation holds most of the housing stock.",
    "Don't let them start the works before the permit is in.",
    "I can't even open the file on my laptop.",
])
def test_more_asides_hard_negatives(note):
    assert codes(with_note(note)) == []


# -- the reader sent elsewhere for help, in other words (RMK003) ---------------------
@pytest.mark.parametrize("body", [
    "It's a normal PDF. Maybe a younger member of staff could open it for you.",
    "If it's beyond you, perhaps a family member who is good with computers can take over.",
    "Most people manage to open a PDF without calling us.",
    "Perhaps get someone who knows how computers work to have a look.",
    "Your grandson might be able to explain what a browser is.",
    "I appreciate technology may not come naturally at your age.",
    "If you can find someone tech-savvy in your office, they'll sort it in seconds.",
    "I've attached it again; try double-clicking it this time.",
    "This is the third time I've sent the same link.",
    "A quick Google would have answered this.",
    "The instructions are in plain English, so please read them.",
    "Someone computer literate in your office should be able to assist.",
])
def test_reader_sent_elsewhere_in_other_words(body):
    assert "RMK003" in codes(plain(body, greeting="Dear Mr Gough"))


@pytest.mark.parametrize("body", [
    "It's a standard PDF. If you have a colleague who looks after IT, they're welcome to call us too.",
    "Our younger customers often use the app, but phone booking works just as well.",
    "The course is for anyone who wants to know how computers work.",
    "A quick search on our help page will also find the guide.",
    "This is the third time we've sent a replacement, and I'm sorry it failed again.",
    "Try restarting the router this time, and if it still fails call me.",
    "The contract is in plain English, so it should be easy to check.",
    "Most people manage to finish the form in about ten minutes.",
    "If it's beyond your budget this year, we can spread the cost.",
    "Our apprentices are good with computers and will set the new laptops up for you.",
])
def test_reader_sent_elsewhere_hard_negatives(body):
    assert codes(plain(body, greeting="Dear Mr Gough")) == []
