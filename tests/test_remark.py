"""Remark rules: RMK001 derogatory remarks, RMK002 profanity, RMK003 belittling the reader.

Every rule has real positives and hard negatives (negative words about things, firm
disagreement, titles and product names, "idiot-proof" about a product, the client's
own quoted words).
"""
from __future__ import annotations

import pytest
from helpers import findings

from replylint import Config
from replylint.errors import ConfigError

TO = "Maeve Quinlan <maeve.quinlan@brightwater-dental.example>"


def remark(text: str, config: Config | None = None, to: str = TO):
    return [f for f in findings(text, config, to=to) if f.category == "remark"]


def codes(text: str, config: Config | None = None, to: str = TO) -> list[str]:
    return [f.code for f in remark(text, config, to)]


def draft(body: str) -> str:
    return f"Hi Maeve,\n\n{body}\n\nBest regards,\nRob\nOrchard Lane IT\n"


# -- RMK001: derogatory remarks about people ------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "They haven't got a clue, as usual, so I've reset the router myself.",
        "Between us, she is completely unbearable on the phone.",
        "Honestly this guy is hard work. The invoice is attached again.",
        "He can't read a delivery note to save his life, so I've highlighted the date.",
        "Their front-desk staff are clueless about the booking system.",
        "What a high-maintenance customer. Anyway, the refund is done.",
        "Your reception lads seem totally out of their depth with the new phones.",
        "His spelling is a joke, but I think he wants the blue tiles.",
        "Tell the muppets in their accounts team to pay the invoice.",
        "They're serial complainers, so expect another email tomorrow.",
    ],
)
def test_derogatory_remarks_about_people(body):
    assert "RMK001" in codes(draft(body))


def test_roster_name_is_a_target():
    cfg = Config.from_dict({"clients": {"Harbourside Bakery": {"aliases": ["the bakery"]}}})
    text = draft("Sorry, Harbourside are hopeless with paperwork, so the form is late.")
    hits = [f for f in remark(text, cfg) if f.code == "RMK001"]
    assert hits and "Harbourside" in hits[0].message
    # The same sentence about an unknown product is criticism of a thing.
    assert "RMK001" not in codes(draft("Sorry, Timesheetly is hopeless with paperwork, so the form is late."))


def test_insult_caps_only_abbreviation():
    assert "RMK001" in codes(draft("Between us the client is a total PITA about invoices."))
    assert "RMK001" not in codes(draft("Lunch on Friday will be falafel and pita bread."))


def test_forwarded_internal_note_is_reported_as_quoted():
    text = (
        "Hi Maeve,\n\nPlease see the note from our billing team below.\n\nThanks,\nRob\n\n"
        "---------- Forwarded message ---------\n"
        "From: Gary Holt <gary.holt@orchardlane.example>\n"
        "Date: Mon, 3 Jun 2024 at 09:10\n"
        "Subject: Re: March invoice\n"
        "To: Rob Price <rob.price@orchardlane.example>\n\n"
        "Three emails about one line item. She has no idea what she's talking about, send her the PDF again.\n"
    )
    hits = [f for f in remark(text) if f.code == "RMK001"]
    assert hits and hits[0].part == "quoted" and "(in quoted text)" in hits[0].message


def test_fragment_in_colleague_note_counts_but_not_in_new_text():
    quoted = (
        "Hi Maeve,\n\nAll sorted, see below.\n\nRob\n\n"
        "-----Original Message-----\nFrom: Dana Shore\nSent: 4 June 2024 10:02\nTo: Rob Price\n"
        "Subject: RE: booking\n\nMoved her to the Tuesday slot. Absolute nightmare.\n"
    )
    assert "RMK001" in codes(quoted)
    # In the writer's own new text a bare "absolute nightmare" is about the situation.
    assert "RMK001" not in codes(draft("Your flight was cancelled twice. Absolute nightmare, I know."))


@pytest.mark.parametrize(
    "body",
    [
        # Negative words about things, processes, weather, our own tooling.
        "This bug is a nightmare, but it's fixed and the invoices are re-issued.",
        "The old export was useless and the new one is hopeless with decimals, so we rebuilt it.",
        "The weather has been awful, so the roofers are a day behind.",
        "Our ticketing tool is a pain and sent you three copies; sorry about that.",
        "Migrating the mailboxes was hard work, but everything is in place now.",
        "The staff portal is clunky and buggy; we are replacing it in May.",
        # The writer on their own mistake.
        "I'm an idiot - I attached last year's report. The right one is attached now.",
        "Our team was out of its depth with the old firewall, which is why we brought in a specialist.",
        # Firm, polite disagreement.
        "I have to respectfully disagree: the site diary shows the layout was approved on 16 April, after the cut-off.",
        # Ordinary uses of the words.
        "They're entitled to a full refund under the policy.",
        "If you can't read the attachment, let me know and I'll send it as a PDF.",
        "Your team has been hard-working and patient throughout.",
        "Thanks for a nightmare-free move, and for the clear handover notes.",
        "Karen from your finance team has the revised quote.",
        "Your reception team were brilliant on Tuesday.",
        "Don't worry, you're not stupid - the form really is confusing.",
        "Your clinic can book the skin prick test for Monday.",
        "The jerk chicken and the vegan option are both on the buffet.",
        "Under a loser-pays rule the costs could be significant.",
        "Your team said they couldn't read the PDF, so here it is as a Word file.",
        "We had a handful of customers affected by the outage.",
        "Our FFS claims for March are attached.",
    ],
)
def test_hard_negatives_derogatory(body):
    assert codes(draft(body)) == []


def test_names_of_songs_and_products_are_not_insults():
    body = (
        'The playlist for the launch has "Send In The Clowns" and "American Idiot" on it, '
        "and the bar will run a Bloody Mary station next to the Damn Fine Coffee cart."
    )
    assert codes(draft(body)) == []


def test_greeting_name_karen_is_not_the_slur():
    text = "Hi Karen,\n\nThe keys are at reception.\n\nBest,\nRob\n"
    assert codes(text, to="Karen Doyle <karen@example.org>") == []
    assert "RMK001" in codes(draft("Brace yourself, the landlord has gone full Karen about the bins."))


def test_recipients_own_quoted_words_are_not_held_against_the_draft():
    text = (
        "Hi Maeve,\n\nI'm sorry about the delay; an engineer is booked for Thursday at 10:00.\n\n"
        "Kind regards,\nRob\n\n"
        "On Mon, 3 Jun 2024 at 18:20, Maeve Quinlan <maeve.quinlan@brightwater-dental.example> wrote:\n"
        "> Your engineers are useless idiots and this bloody printer has been dead for a week.\n"
    )
    assert codes(text) == []


def test_unattributed_trailing_quote_is_the_message_answered_but_pasted_chat_is_ours():
    answered = draft("Sorry for the wait - the part arrives tomorrow.") + "\n> this is a shit service, honestly\n"
    assert codes(answered) == []
    pasted = (
        "Hi Maeve,\n\nHere's what our engineer said:\n\n> [14:02] Sam: ffs, the config was never saved\n\n"
        "Sorry again,\nRob\n"
    )
    assert "RMK002" in codes(pasted)
    introduced = (
        "Hi Maeve,\n\nOur warehouse lead's comment, for the record:\n\n> total muppets, they booked the wrong slot\n\n"
        "We've rebooked you for Friday.\n\nRob\n"
    )
    assert "RMK001" in codes(introduced)


def test_interleaved_answers_do_not_hold_the_clients_words_against_us():
    text = (
        "Hi Maeve,\n\nAnswers below.\n\n> Why is this damn printer still broken after three visits?\n\n"
        "The fuser unit was faulty; a new one is fitted on Thursday.\n\n"
        "> And who do I talk to about the bloody invoice?\n\nMe - I've credited the March call-out.\n\nRob\n"
    )
    assert codes(text) == []


# -- RMK002: profanity ------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Sorry, the bloody courier left it at the wrong house again.",
        "The supplier's shitty portal logged me out twice.",
        "The lads have been working their arses off on the fit-out.",
        "That was a proper cock-up on the dispatch side.",
        "What the hell happened with the second delivery?",
        "The f***ing printer jammed again, sorry.",
        "It's a sh!t situation, I know, but we'll sort it.",
        "wtf, the total doubled overnight. Checking now.",
    ],
)
def test_profanity(body):
    assert "RMK002" in codes(draft(body))


@pytest.mark.parametrize(
    "body",
    [
        "Dick Smith in your warehouse signed for the pallet.",
        "Our class clown of a printer is finally fixed.",
        "The Ass. Director signed the form on Monday.",
        "We can assess the damage on Friday and pass the report to your insurer.",
        "Please fill in the shipping form and the hellebores will go out on Tuesday.",
    ],
)
def test_profanity_hard_negatives(body):
    assert "RMK002" not in codes(draft(body))


# -- RMK003: belittling the reader -------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "I'm sure even you can manage that.",
        "Let me explain it slowly: the red cable goes in the red socket.",
        "Even a school child could follow these steps.",
        "The form is so short a five-year-old could fill it in.",
        "Click Save. A child could do it.",
        "Please actually read the instructions this time.",
        "I know filling in forms isn't everyone's strong suit, so I've ticked the boxes for you.",
        "Attention to detail clearly isn't your thing.",
        "Well done, Einstein - the router works better when it's plugged in.",
        "We've made the new setup idiot-proof for you.",
    ],
)
def test_belittling(body):
    assert "RMK003" in codes(draft(body))


@pytest.mark.parametrize(
    "body",
    [
        "The new router is idiot-proof: plug it in and it configures itself.",
        "We've built a foolproof backup routine that runs every night.",
        "Our child-proof caps meet the new packaging standard.",
        "I'll explain the options on our call, and we can go slowly through the contract.",
        "If spreadsheets aren't your favourite thing, we can do the import for you.",
        "Our trainer will walk your staff through it step by step.",
    ],
)
def test_belittling_hard_negatives(body):
    assert codes(draft(body)) == []


def test_endearment_in_the_salutation_is_a_greeting_but_not_in_a_jab():
    # found on real mail: a note to family opening "Hi, Sweethearts,"
    note = "Hi, Sweethearts,\n\nGrandad is home from hospital and asking after you all.\n\nLove,\nMum\n"
    assert "RMK003" not in codes(note)
    assert "RMK003" not in codes("Dear darling,\n\nThe keys are under the mat.\n\nJo\n")
    assert "RMK003" in codes(draft("The button is the big green one, sweetie."))


# -- broader coverage: indirect remarks, sarcasm, nicknames, group nouns ----------------------
@pytest.mark.parametrize(
    "body",
    [
        # Regional and less common insults, group insults.
        "Between us, their site foreman is a bit of a galah with paperwork.",
        "The jokers in their purchasing team have lost the PO again.",
        "Lazy lot, the pair of them - the forms came back blank.",
        # Indirect: "that lot at the council", attributes reached through "of".
        "That crowd at the housing office are clueless, so I phoned the planner myself.",
        "Her command of basic arithmetic is shaky at best, so I've added the totals.",
        "He's got the memory of a goldfish, so expect another call about the PIN.",
        # "Typical ...", sneering about a message, mocking nicknames.
        "Typical Maeve - changes the date, then asks why the van is late.",
        "Yet another moaning voicemail from reception about the parking bays.",
        "Lady Muck wants the invoice reissued in her maiden name.",
        "Mr Fussy has sent the artwork back for the fourth time.",
        # Will never get it; can't use a computer; thinks they know best.
        "Sent the guide again but she'll never grasp it, honestly.",
        "He couldn't use a computer if his life depended on it.",
        "Their director thinks he knows best, so the roof will leak again.",
        # A person-only word said of a name the draft does not otherwise know.
        "Declan at the depot is utterly gormless, so I've booked the van myself.",
    ],
)
def test_indirect_and_regional_remarks(body):
    assert "RMK001" in codes(draft(body))


@pytest.mark.parametrize(
    "body",
    [
        "Shouldn't need saying, but I'd have thought it was obvious the meter has to be reachable.",
        "Thanks for nothing, I suppose the engineer will just come back on Monday.",
        "I've resent it, since you obviously didn't read the first one.",
        "Did you even open the attachment?",
        "Do try to keep up: the prices changed in March.",
        "I'm not sure what part of 'no refunds after 30 days' was unclear.",
        "Spelling clearly isn't Maeve's strong suit, but the order is right.",
        "Maybe read the terms before complaining about them.",
        "Nice of you to finally grace us with a reply.",
        "Let's hope you actually show up this time.",
        "For the umpteenth time, the portal password is on the welcome letter.",
        "As I've already explained twice, the warranty does not cover water damage.",
    ],
)
def test_sarcasm_and_condescension(body):
    assert "RMK003" in codes(draft(body))


@pytest.mark.parametrize(
    "body",
    [
        # "Typical" of things; "typical client" as a profile.
        "Typical turnaround is five working days from sign-off.",
        "A typical client on this plan needs three licences.",
        "Typical Tuesday Traffic on the ring road held the van up.",
        # Conditional offers, sincere blessings, sincere thanks.
        "If golf isn't your thing, the hotel has a spa.",
        "May God bless her; our thoughts are with your family.",
        "Kind of you to think of us, and thanks for the referral.",
        # Same words about things, products, tools and food.
        "Our old booking system is a bit of a dinosaur, so we're replacing it.",
        "The old boiler was about as useful as a chocolate teapot; the new one is fitted.",
        "The git repository and the build notes are attached.",
        "Add the dill at the end and simmer for two minutes.",
        "We've moved the reporting data into Snowflake.",
        "Check the dipstick before the long drive.",
        # Ordinary phrases that share words with the new patterns.
        "You'll never get it wrong with the new template.",
        "You can't use the printer until the engineer has been.",
        "What part of the invoice is unclear? I'm happy to go through it.",
        "The residents at Oak Court are delighted with the new bins.",
        "Her grasp of the brief is excellent, and the plans are approved.",
        "The total pest control package is attached.",
        "It's been a bit of a nightmare week, sorry for the slow reply.",
        "They were spoilt for choice at the tasting.",
        "I know it's a lot to take in, so take your time.",
        "Did you manage to read the report?",
        "Please read the guide before calling the helpline.",
        "I think he's an engineer at your head office.",
    ],
)
def test_hard_negatives_broader(body):
    assert codes(draft(body)) == []


def test_typical_name_of_quoted_author_and_not_our_side():
    text = (
        "Hi Maeve,\n\nThe revised rota is below.\n\nRob\n\n"
        "---------- Forwarded message ---------\n"
        "From: Priya Nair <priya.nair@orchardlane.example>\n"
        "Date: Tue, 4 Jun 2024 at 16:20\n"
        "Subject: Re: rota\n"
        "To: Rob Price <rob.price@orchardlane.example>\n\n"
        "Rota attached. Eamon rang twice about it, typical of that lot.\n"
    )
    hits = [f for f in remark(text) if f.code == "RMK001"]
    assert hits and hits[0].part == "quoted"
    assert "RMK001" not in codes(draft("Typical of our team to finish early - the rota is attached."))


def test_sarcasm_in_pasted_chat_but_not_in_clients_quoted_words():
    pasted = (
        "Hi Maeve,\n\nHere's what the workshop said:\n\n"
        "> [14:02] Kev: bit of a drongo, this one\n"
        "> [14:03] Sam: lol she thinks the chassis number is optional\n\n"
        "Rob\n"
    )
    assert "RMK001" in codes(pasted)
    # The client calling their own caretaker names is the client's text, not ours.
    clients_words = (
        "Hi Maeve,\n\nI'll send a plumber on Thursday.\n\nRob\n\n"
        "On Mon, 3 Jun 2024 at 09:00, Maeve Quinlan <maeve.quinlan@brightwater-dental.example> wrote:\n"
        "> Our caretaker is a total numpty and flooded the basement again.\n"
    )
    assert codes(clients_words) == []


def test_aside_below_the_sign_off_is_read():
    text = (
        "Hi Maeve,\n\nThe revised quote is attached.\n\nBest regards,\nRob\nOrchard Lane IT\n\n"
        "PS Gary - she's utterly clueless about the lease, so keep the call short.\n"
    )
    assert "RMK001" in codes(text)
    # A plain signature with a job title is not a remark.
    plain = "Hi Maeve,\n\nThe quote is attached.\n\nBest regards,\nRob\nHead of Support, Mad Hatter Events\n"
    assert codes(plain) == []


def test_unattributed_quote_about_the_recipient_by_name_is_not_theirs():
    ours = "Hi Maeve,\n\nThe quote is attached.\n\nRob\n\n> Maeve is hopeless with the portal, print it for her.\n"
    assert "RMK001" in codes(ours)
    # The recipient's own words about their staff, signed with their name, stay theirs.
    theirs = (
        "Hi Maeve,\n\nI'll send an engineer on Friday.\n\nRob\n\n"
        "> Our caretaker is hopeless with the boiler, he reset it again.\n> Maeve\n"
    )
    assert codes(theirs) == []


# -- users extend and allow-list through lexicons --------------------------------------------
def test_user_lexicon_extends_and_allows(tmp_path):
    lex = tmp_path / "ours.toml"
    lex.write_text('[remark]\ninsults = ["gobshite"]\nallow = ["bloody"]\n', encoding="utf-8")
    cfg = Config.from_dict({"lexicons": [str(lex)]})
    assert "RMK001" in codes(draft("The gobshite at the depot lost it."), cfg)
    assert "RMK002" not in codes(draft("Sorry, the bloody courier lost it."), cfg)


@pytest.mark.parametrize(
    "body",
    ["It's a SH!T situation, I know.", "What a F**KING mess.", "It's a ſh!t situation, I know."],
)
def test_masked_profanity_in_capitals_and_case_folded_letters(body):
    # The masked regexes only run on drafts holding one of their needles ("sh!"):
    # capitals, and letters a case-insensitive regex folds to ASCII ("ſ"), still count.
    assert "RMK002" in codes(draft(body))


@pytest.mark.parametrize(
    "pattern, needles",
    [
        (r"\bsh[*!]t\b", {"sh*t", "sh!t"}),
        (r"\bf[*#]{1,4}(?:ing)?", {"f*", "f#"}),
        (r"(?:a|@)[$*]{2}", {"a$", "a*", "@$", "@*"}),
        (r"\bd(?:amn|[*#]mn)", {"amn", "*mn", "#mn"}),
        (r"\w+[*]", {"*"}),
        (r"(?:x|)\w+", None),
    ],
)
def test_masked_regex_needles(pattern, needles):
    import re

    from replylint.rules._remark_common import _needles

    assert _needles(re.compile(pattern, re.I)) == (None if needles is None else frozenset(needles))


def test_bad_user_regex_is_a_one_line_config_error(tmp_path):
    lex = tmp_path / "ours.toml"
    lex.write_text("[remark]\nmasked = ['f[*']\n", encoding="utf-8")
    cfg = Config.from_dict({"lexicons": [str(lex)]})
    with pytest.raises(ConfigError) as exc:
        findings(draft("Thanks for the update."), cfg)
    assert "bad regular expression" in str(exc.value) and "\n" not in str(exc.value)


def test_rule_docs_have_the_four_sections():
    from replylint.rules import get_rule

    for code in ("RMK001", "RMK002", "RMK003"):
        doc = get_rule(code).docs()
        for heading in ("## What it does", "## Why it matters", "## Example", "## Use instead"):
            assert heading in doc, (code, heading)


# -- breadth: how staff speak ill of clients, across Englishes and registers --------
@pytest.mark.parametrize(
    "body",
    [
        "Don't bother chasing, he never pays on time anyway.",
        "Here we go again with Mrs Okafor and her parking complaint.",
        "Talking to him is like talking to a brick wall.",
        "[14:02] Sam: lol this guy thinks he can get it for free",
        "Mr Adeyemi is a big fraud, abeg don't release the goods.",
        "That oga is stingy like nothing.",
        "Mrs Tan very kiasu one, always want extra discount.",
        "They're a bunch of crooks, get the money up front.",
        "He's a shonky operator, watch him.",
        "She's fat and lazy.",
        "He's rude and arrogant.",
        "He talks cock all the time, don't believe him.",
        "He's too old to understand email, print it for him.",
        "She's a gold-digger, watch the prenup.",
        "Maeve is being difficult again, just agree to it.",
        "He can't speak English properly so send a diagram.",
        "He doesn't understand anything, just bill him.",
        "She's skint, ask for the deposit first.",
        "This customer is a real piece of work.",
        "He has no shame, asking for another refund.",
    ],
)
def test_remark_breadth_positives(body):
    assert "RMK001" in codes(draft(body))


def test_remark_in_outlook_original_message():
    text = ("Hi Maeve,\n\nAgreed, see attached.\n\nRob\n\n-----Original Message-----\n"
            "From: Sam Patel <sam@orchardlane.example>\nSent: Tuesday\nTo: Rob\nSubject: RE: quote\n\n"
            "Rob - she's being difficult again, just agree to it\n")
    assert "RMK001" in codes(text)


@pytest.mark.parametrize(
    "body",
    [
        "He's a big fan of the new layout.",
        "The fraud team will call you tomorrow.",
        "She is demanding a refund, which we'll process today.",
        "He never pays by card, only by transfer.",
        "Here we go again with the snow, the depot is shut.",
        "The shady side of the garden suits ferns.",
        "Talking to the helpdesk bot is like talking to a brick wall, I agree.",
        "If he was rude to you, please tell me and I'll deal with it.",
        "It's a difficult time for your family, take as long as you need.",
        "The timeline is crazy but we'll make it.",
        "The line was so bad I couldn't hear you, sorry.",
        "Sorry, I was rude on the call and I apologise.",
        "Our engineer was rude and I've spoken to him.",
        "The software is dodgy on older laptops.",
        "She is a pleasure to work with.",
    ],
)
def test_remark_breadth_hard_negatives(body):
    assert codes(draft(body)) == []


@pytest.mark.parametrize(
    "body",
    [
        "Obviously you didn't read the contract.",
        "Any fool can see the figures don't add up.",
        "I shouldn't have to explain this again.",
        "Do you even know how to use email?",
        "You'd know this if you had read the guide.",
    ],
)
def test_belittling_breadth(body):
    assert "RMK003" in codes(draft(body))


@pytest.mark.parametrize(
    "body",
    [
        "As mentioned in my last email, the invoice is attached.",
        "Sorry, I should have explained this more clearly.",
        "Please read the attachment before our call.",
    ],
)
def test_belittling_breadth_negatives(body):
    assert codes(draft(body)) == []


def test_recipient_company_from_domain_is_a_target():
    assert "RMK001" in codes(draft("Brightwater are useless with paperwork, so I filled it in."))
    # A webmail domain names nobody; our own side is not a target.
    assert "RMK001" not in codes(draft("Gmail is useless with attachments this week."), to="Maeve <maeve@gmail.com>")
    assert codes(draft("Our lot are useless at admin, sorry - fixed now.")) == []


def test_family_name_and_their_lot_are_targets():
    assert "RMK001" in codes(draft("The Quinlans are impossible, but the patio is booked."))
    assert "RMK001" in codes(draft("Her lot are useless, so I'll chase the landlord myself."))


# -- real-mail false alarms (issue 13): written for these tests, not copied from mail ----
@pytest.mark.parametrize("body", [
    'Protesters outside the depot held placards reading "Moron" and ``Shame\'\' at the managers.',
    "For the kids' party, bring your own clown costume and a packed lunch.",
    "Client demand for the evening slots has doubled since March.",
    "You demanded a full breakdown of the charges, and it is attached.",
    "The word 'idiot' appears in the complaint we received, so legal have a copy.",
])
def test_mentions_and_other_senses_are_not_remarks(body):
    assert "RMK001" not in codes(draft(body))


@pytest.mark.parametrize("body", [
    "Honestly, their site manager is a total clown.",
    "Stop it, you clown, the invoice was right.",
    "She is so demanding, and rude with it.",
])
def test_person_frames_still_reported(body):
    assert "RMK001" in codes(draft(body))


@pytest.mark.parametrize("body", [
    "I was speaking wth the depot manager this morning about the van.",
    "The courier's knee was bloody after the fall, so he went to the clinic first.",
    "She came back with a bloody nose from the five-a-side match.",
    "His sleeve looked bloody, but it was only paint from the site.",
])
def test_typos_and_literal_senses_are_not_profanity(body):
    assert "RMK002" not in codes(draft(body))


@pytest.mark.parametrize("body", [
    "wtf, the invoice is wrong again.",
    "The portal is down again, wth?",
    "It was a bloody nightmare to get the van in.",
    "That's a bloody awful way to run a warehouse.",
])
def test_interjections_and_intensifiers_are_profanity(body):
    assert "RMK002" in codes(draft(body))


# Fresh variants of the two real-mail classes, found by probing past the judged mails:
# a clown booked as an entertainer, and "wth" mistyped for "with" at a sentence start.
@pytest.mark.parametrize("body", [
    "For Saturday's picnic we've booked a face painter and a clown for the little ones.",
    "We still need a clown and a magician for the holiday party; any ideas?",
])
def test_a_clown_booked_for_an_event_is_no_insult(body):
    assert "RMK001" not in codes(draft(body))


@pytest.mark.parametrize("body", [
    "Their new trader is a clown.",
    "He's a clown, ignore him.",
    "What a clown.",
])
def test_a_person_called_a_clown_is_still_an_insult(body):
    assert "RMK001" in codes(draft(body))


@pytest.mark.parametrize("body,profane", [
    ("wth the new rates, we should see savings of 10% next month.", False),
    ("Wth your approval I'll send it today.", False),
    ("wth is going on with the invoice?", True),
    ("WTH the system is down again.", True),
    ("wth, nobody told me about the meeting", True),
])
def test_wth_before_a_determiner_is_with_mistyped(body, profane):
    assert ("RMK002" in codes(draft(body))) is profane


def test_insult_the_writer_owns_after_it_is_self_deprecation():
    # the heldout2 class: an apology calling the writer's own slip an "idiot moment"
    assert "RMK001" not in codes(draft("Total idiot moment on my part - wrong file attached, sorry."))
    assert "RMK001" not in codes(draft("Bit of a clown move of me to send the old price list."))
    assert "RMK001" in codes(draft("Total idiot moment on his part - he sent the wrong file."))


@pytest.mark.parametrize("body", [
    "I know you accountant types think a scan of a fax is fine, but it isn't.",
    "Nobody turned up again. This guy is unserious.",
    "Another call from our favourite mad cat lady about the gate.",
    "The most indecisive couple I've planned for, third menu change this week.",
    "Worth actually checking the dates next time before booking.",
])
def test_group_sneers_nicknames_and_next_time_jabs(body):
    assert {"RMK001", "RMK003"} & set(codes(draft(body))), body


@pytest.mark.parametrize("body", [
    "Which file types can your printer take?",
    "We're not crazy about the blue either, so let's try the green.",
    "I'll check the dates again next time we speak.",
    "The couple in the photo are the previous owners.",
    "Could you list types of cover you need?",
    "Can you mix types in one order?",
    "It's been a crazy couple of weeks here, sorry for the slow reply.",
    "Sorry - we'll actually check the seals next time before dispatch.",
    "I'll actually read the full report this time before our call.",
])
def test_same_words_without_the_sneer(body):
    assert codes(draft(body)) == [], body


@pytest.mark.parametrize("body,flagged", [
    # a dash between spaces ends the clause; only a dash inside a word makes a compound
    ("Honestly, this guy is a nightmare - nobody else takes his calls.", True),
    ("Our new portal is hassle-free.", False),
    ("The week was a headache - two outages in a row.", False),
    # an emphatic "only" after the predicate does not make it attributive
    ("That fellow is a headache only, every week a new complaint.", True),
])
def test_dash_and_emphatic_only_after_a_remark(body, flagged):
    assert ("RMK001" in codes(draft(body))) is flagged, body


def test_the_recipients_company_from_a_joined_up_domain_is_a_target():
    note = ("Dear Ms Varga,\n\nThe fee stands, but we can split the payment.\n\nKind regards,\nImogen\n\n"
            "-----Original Message-----\nFrom: Gary Tull <gary.tull@ourco.example>\n"
            "Sent: 23 November 2026 16:48\nTo: Imogen Hale <imogen.hale@ourco.example>\nSubject: RE: fee\n\n"
            "Typical Lindqvist - late every month and then they complain.\n")
    assert "RMK001" in codes(note, to="Accounts <accounts@lindqvistfoods.example>")
    # the same word is no target when the recipient is someone else
    assert "RMK001" not in codes(note, to="Accounts <accounts@otherfirm.example>")
    # "a typical <name> order" describes a kind of order
    assert codes("Hi Eva,\n\nA typical Lindqvist order is two pallets.\n\nJo\n",
                 to="Accounts <accounts@lindqvistfoods.example>") == []


# -- remarks read from the shape of a sentence, and new families ------------------------
@pytest.mark.parametrize("body,code", [
    # a pat on the head
    ("Bless him, he tried his best with the spreadsheet.", "RMK001"),
    ("Aww bless her, she still thinks the portal is broken.", "RMK001"),
    ("Bless them, they sent the wrong form again.", "RMK001"),
    # nouns for a person, regional ones too
    ("Some dipstick in their IT department blocked our emails.", "RMK001"),
    ("Their buyer is an absolute plank.", "RMK001"),
    ("The wazzock on their helpdesk hung up on me.", "RMK001"),
    ("That bozo who runs their warehouse lost it.", "RMK001"),
    # sarcasm at the client's staff
    ("Your procurement people, in their infinite wisdom, rejected the PO.", "RMK001"),
    ("The geniuses in your IT team blocked our domain again.", "RMK001"),
    ("Your accounts team have outdone themselves yet again - the form is lost.", "RMK001"),
    # exasperation at someone, in pasted chat or a forwarded note
    ("See Dev's note below:\n> ugh, these people again", "RMK001"),
    ("> [10:02] Priya: omg not the Hendersons again", "RMK001"),
    ("Forwarding the thread:\n> Sigh. This customer again \U0001F644", "RMK001"),
    ("> [11:40] Sam: ugh, him again", "RMK001"),
    # stereotyping by role or nationality
    ("Typical lawyer, billing for reading his own email.", "RMK001"),
    ("Classic accountant - counting every penny twice.", "RMK001"),
    ("Typical banker behaviour!", "RMK001"),
    ("You know what the French are like with paperwork.", "RMK001"),
    ("Well, he's a salesman, what did you expect?", "RMK001"),
    ("What do you expect from an estate agent?", "RMK001"),
    # mild profanity
    ("The sodding courier left it in the rain.", "RMK002"),
    ("That's a load of cobblers and you know it.", "RMK002"),
    # condescension
    ("I'll keep it very simple this time.", "RMK003"),
    ("Let me try once more, in plain English this time.", "RMK003"),
    ("As I've explained in my last three emails, the deadline was Friday.", "RMK003"),
    ("I'm not sure how else I can explain it to you.", "RMK003"),
    ("I know English isn't your first language, so I'll keep it short.", "RMK003"),
    ("Their IT fellow is a proper duffer, he reset the wrong password.", "RMK001"),
    ("He's a total knob.", "RMK001"),
    ("She's a few slices short of a loaf.", "RMK001"),
    ("I swear this guy is allergic to reading emails.", "RMK001"),
    ("Your team's idea of urgent is hilarious.", "RMK001"),
    ("Not sure what planet their procurement lot live on.", "RMK001"),
    ("Good luck getting a straight answer out of that lot.", "RMK001"),
    ("Your manager clearly doesn't read his emails.", "RMK001"),
    ("This bloke is doing my head in.", "RMK001"),
    ("Their CFO is a bit of a dinosaur.", "RMK001"),
    ("Their accountant is so bobo, he can't even use Excel.", "RMK001"),
    ("Their office manager is about as sharp as a bowling ball.", "RMK001"),
    ("Honestly the guy is a walking disaster.", "RMK001"),
    ("I've met smarter doorknobs than their project lead.", "RMK001"),
    ("Their guy is a useless lump.", "RMK001"),
    ("Their lawyers are such sharks.", "RMK001"),
    ("Your IT guy is a complete waste of space.", "RMK001"),
    ("Well done to your warehouse for losing it twice, truly impressive.", "RMK001"),
    ("For the third time, the invoice is attached.", "RMK003"),
    ("So, for the third time, the invoice is attached.", "RMK003"),
    ("Sod it, I'll drive over myself.", "RMK002"),
    ("Their agent is a total retard.", "RMK001"),
    ("Their finance director is incredibly smug.", "RMK001"),
    ("His spreadsheets are a joke.", "RMK001"),
    ("Her timekeeping is atrocious.", "RMK001"),
    ("> [10:02] Priya: ugh, this client", "RMK001"),
    ("> [10:02] Priya: this customer \U0001F644", "RMK001"),
    ("> [10:02] Priya: smh these people lol", "RMK001"),
    ("How many more times do I need to explain this?", "RMK003"),
    ("Engineers, eh? Can't write an email to save their lives.", "RMK001"),
    ("Lawyers, huh.", "RMK001"),
    ("Their pathetic excuse for a manager never replied.", "RMK001"),
    ("Their director thinks he's God's gift.", "RMK001"),
    ("She is such a cow.", "RMK001"),
    ("Their support team are monkeys.", "RMK001"),
])
def test_remark_families_in_unseen_words(body, code):
    got = codes(draft(body))
    assert code in got, (body, got)


@pytest.mark.parametrize("body", [
    "God bless you for your patience this week.",
    "Bless you for the quick reply!",
    "Typical lead times are three to five working days.",
    "The typical lawyer's fee for a conveyance is about £900.",
    "Typical turnaround is two weeks.",
    "Classic car insurance is a specialist market.",
    "He's a salesman at Dixons, so he knows the stock well.",
    "What did you expect the total to be?",
    "You know what the lawyer said about the lease?",
    "Let me know what the French office is like to work with.",
    "Our French office will handle the paperwork.",
    "Me again, sorry - one more question.",
    "Thanks again, and sorry again for the mix-up.",
    "> [10:02] Priya: the Hendersons again asked about parking",
    "This client again asked for a quote, I've sent one.",
    "Check the dipstick before you drive off.",
    "I'll keep it brief: two steps and you're done.",
    "Let me keep this simple: the new plan costs less.",
    "As I explained on the phone, the fee is £40.",
    "As I mentioned in my previous email, the office is closed on Friday.",
    "I'm a total muppet, I attached the wrong file.",
    "English isn't my first language, so please forgive any errors.",
    "If English isn't your first language, we can send the letter in Polish.",
    "Their IT fellow reset the wrong password, so I've asked him to try again.",
    "Good luck with the launch next week!",
    "The dinosaur exhibit opens on Monday.",
    "We are a bunch of engineers who love this stuff.",
    "My manager will read the draft first.",
    "The door knob is loose, I'll bring a screwdriver.",
    "Honestly the launch was a walking disaster, our fault entirely.",
    "The old lump of concrete is still in the drive.",
    "Well done to your warehouse team for the quick turnaround!",
    "The new pump is about as quiet as a fridge.",
    "The loan sharks article was a good read.",
    "That meeting was a complete waste of time.",
    "We laid new sod in the garden.",
    "The fire retardant was applied.",
    "For the last time this year, the office closes early.",
    "The new design is smug and vapid, let's redo it.",
    "I was a coward about raising it, sorry.",
    "Ugh, this weather.",
    "Omg this customer is lovely.",
    "Sigh. Monday again.",
    "> [10:02] Priya: ugh him",
    "Thanks, eh?",
    "The engineers, eh, were late.",
    "The weather was dreadful all week.",
    "The monkeys at the zoo loved the new enclosure.",
    "No excuse for a late payment, sorry.",
])
def test_remark_families_hard_negatives(body):
    got = codes(draft(body))
    assert not got, (body, got)


def test_exasperation_in_the_clients_own_quoted_message_is_not_ours():
    body = "Sorry for the wait.\n\nOn Tue, Maeve Quinlan wrote:\n> ugh, these people again"
    assert not codes(draft(body))
