"""Tone rules: TON001 shouting, TON002 passive-aggressive, TON003 blame,
TON004 condescension, TON005 non-apology.  New text only; positives and hard negatives."""
from __future__ import annotations

import pytest
from helpers import findings

from replylint import Config
from replylint.findings import Severity

TO = "Tom Alder <tom.alder@alder-joinery.example>"


def tone(body: str, config: Config | None = None):
    text = f"Hi Tom,\n\n{body}\n\nKind regards,\nPriya\nNorthgate Lettings\n"
    return [f for f in findings(text, config, to=TO) if f.category == "tone"]


def codes(body: str, min_severity: Severity = Severity.INFO) -> list[str]:
    return [f.code for f in tone(body) if f.severity >= min_severity]


# -- TON001 shouting ----------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "PLEASE DO NOT SEND the keys by post, drop them at the office.",
        "The meter reading is due today. YOU MUST SUBMIT IT BEFORE 5PM.",
        "Thanks for the photos!!! We'll book the cleaner.",
        "You paid the deposit twice?! I'll refund one straight away.",
    ],
)
def test_shouting(body):
    assert "TON001" in codes(body, Severity.WARNING)


def test_single_capitalised_word_is_information_only():
    hits = [f for f in tone("We have NOT received the signed tenancy agreement yet.") if f.code == "TON001"]
    assert [f.severity for f in hits] == [Severity.INFO]


@pytest.mark.parametrize(
    "body",
    [
        "Your VAT invoice and the HMRC PAYE letter are attached as a PDF.",
        "The GDPR request went to our DPO on Monday; the SLA is 30 days.",
        "Please quote ref NGL-2291 ASAP when you pay by BACS.",
        "NEXT STEPS\nSign the inventory and return it by Friday.",
        "Thanks so much for the flowers!",
    ],
)
def test_shouting_hard_negatives(body):
    assert "TON001" not in codes(body)


# -- TON002 passive-aggressive --------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "As per my last email, the deposit is returned within ten days.",
        "As I already said, the boiler service is booked for the 12th.",
        "As previously stated, pets are not allowed in the flat.",
        "I've now explained the break clause three times.",
        "I'm not sure how to make this any clearer: the rent is due on the 1st.",
        "For the third time, the inventory is attached.",
        "There is no need to email four times a day about the same repair.",
        "This is the third time I'm asking for the meter reading.",
        "As stated in my previous email, the renewal date is fixed.",
        "I'm sending the tenancy agreement for the last time.",
        "And for the second time: the keys are with the concierge.",
    ],
)
def test_passive_aggressive(body):
    assert "TON002" in codes(body)


@pytest.mark.parametrize(
    "body",
    [
        "As discussed on the phone, the deposit is returned within ten days.",
        "As mentioned in our call, the boiler service is booked for the 12th.",
        "I've attached my last email's attachments again in case they were blocked.",
        "This is the third time the contractor has missed a slot, and I'm sorry; we've replaced them.",
        # an event counted, a schedule: nobody is repeating themselves to the reader
        "The boiler broke down for the third time, sadly, so we've ordered a new one.",
        "For the last time this year, the office closes at noon on Friday.",
        "The lift is being serviced for the second time this month, from 9 to 11.",
    ],
)
def test_passive_aggressive_hard_negatives(body):
    assert "TON002" not in codes(body)


# -- TON003 blame ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "You failed to return the signed form before the deadline.",
        "The late fee is your fault, not ours.",
        "You should have read the terms before signing.",
        "If you had followed the checklist the check-out would have been fine.",
        "You were told the deposit covers cleaning.",
        "You shouldn't have signed the lease before the inspection.",
    ],
)
def test_blame(body):
    assert "TON003" in codes(body)


@pytest.mark.parametrize(
    "body",
    [
        "You should have received an email with the link on Monday.",
        "I have to respectfully disagree: the inspection report from 3 May shows the stain was there at check-in.",
        "The form reached us after the deadline, so the next slot is 3 June.",
        "We failed to send the reminder, and that's our fault. I'm sorry.",
        "It isn't your fault the parcel went missing, and I don't think you were told about the new depot.",
        "I'm sorry - you shouldn't have been kept waiting, and I've raised it with the manager.",
        "You shouldn't have had to chase us twice for the refund.",
    ],
)
def test_blame_hard_negatives(body):
    assert "TON003" not in codes(body)


# -- TON004 condescension ---------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "As anyone knows, rent is paid in advance.",
        "It's not rocket science: take a meter reading on the day you move out.",
        "Surely you understand that we cannot hold the flat without a deposit.",
        "Needless to say, the keys must be returned.",
    ],
)
def test_condescension(body):
    assert "TON004" in codes(body, Severity.WARNING)


def test_mild_condescension_is_information_and_aimed_at_the_reader():
    hits = [f for f in tone("Simply click the link and enter your reference.") if f.code == "TON004"]
    assert [f.severity for f in hits] == [Severity.INFO]
    hits = [f for f in tone("Obviously you will need to sign both copies.") if f.code == "TON004"]
    assert [f.severity for f in hits] == [Severity.INFO]


@pytest.mark.parametrize(
    "body",
    [
        "We simply can't lower the rent this year, but we can freeze it until 2026.",
        "The landlord obviously wants the repair done properly.",
        "The process is simple and takes about ten minutes.",
    ],
)
def test_condescension_hard_negatives(body):
    assert "TON004" not in codes(body)


# -- TON005 non-apology ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "I'm sorry if you feel that way, but the fee stands.",
        "Sorry you feel the service has been slow.",
        "I apologise if you were offended by the inspection notes.",
        "We're sorry for any confusion you may have experienced.",
    ],
)
def test_non_apology(body):
    assert "TON005" in codes(body)


@pytest.mark.parametrize(
    "body",
    [
        "I'm sorry the repair took three visits; that isn't good enough.",
        "Sorry you've been without hot water all week.",
        "I'm sorry for the confusion our letter caused.",
    ],
)
def test_non_apology_hard_negatives(body):
    assert "TON005" not in codes(body)


# -- scope, suggestions, extension ----------------------------------------------------------
def test_tone_reads_new_text_only():
    text = (
        "Hi Tom,\n\nThe repair is booked for Thursday.\n\nKind regards,\nPriya\n\n"
        "On Mon, 3 Jun 2024 at 18:20, Tom Alder <tom.alder@alder-joinery.example> wrote:\n"
        "> AS I ALREADY SAID, the tap is STILL leaking!!! You failed to send anyone.\n"
    )
    assert [f for f in findings(text, to=TO) if f.category == "tone"] == []


def test_every_finding_has_a_suggestion():
    body = "As per my last email, you failed to pay. I'm sorry if you feel that way!!"
    hits = tone(body)
    assert {f.code for f in hits} >= {"TON001", "TON002", "TON003", "TON005"}
    assert all(f.suggestion for f in hits)


def test_user_lexicon_extends_and_allows(tmp_path):
    lex = tmp_path / "ours.toml"
    lex.write_text(
        '[tone.passive_aggressive]\nphrases = ["with respect , as I have said"]\n'
        '[tone.shouting]\nacronyms = ["NORTHGATE"]\ncommon_words = ["lettings"]\n'
        '[tone.allow]\nphrases = ["needless to say"]\n',
        encoding="utf-8",
    )
    cfg = Config.from_dict({"lexicons": [str(lex)]})
    assert "TON002" in [f.code for f in tone("With respect, as I have said, the deposit is safe.", cfg)]
    assert "TON004" not in [f.code for f in tone("Needless to say, the keys must be returned.", cfg)]
    assert "TON001" not in [f.code for f in tone("NORTHGATE LETTINGS will inspect on Friday.", cfg)]


def test_rule_docs_have_the_four_sections():
    from replylint.rules import get_rule

    for code in ("TON001", "TON002", "TON003", "TON004", "TON005"):
        doc = get_rule(code).docs()
        for heading in ("## What it does", "## Why it matters", "## Example", "## Use instead"):
            assert heading in doc, (code, heading)


# -- real-mail false alarms (issue 13): written for these tests, not copied from mail ----
BULLETIN = (
    "Hi Priya,\n\nForwarding the carrier's notice below.\n\n"
    "NORTHLINE FREIGHT SERVICE ADVISORY\n\n"
    "HEAVY SNOW IS EXPECTED ACROSS THE UPPER VALLEY ROUTES FROM LATE MONDAY. COLLECTIONS NORTH OF "
    "THE RIVER MAY BE DELAYED BY ONE WORKING DAY AND DRIVERS WILL CALL AHEAD WHERE THEY CAN.\n\n"
    "Thanks,\nOwen\n"
)


def test_machine_bulletin_in_capitals_is_not_shouting():
    assert "TON001" not in {f.code for f in findings(BULLETIN) if f.severity.name != "INFO"}


def test_capitals_headline_line_is_not_shouting():
    text = ("Hi Priya,\n\nThis ran in the trade press today:\n\n"
            "REGULATOR TIGHTENS RULES ON OVERNIGHT PARCEL LOCKERS\n"
            "The new code applies from April and covers every operator.\n\nOwen\n")
    assert "TON001" not in {f.code for f in findings(text)}


def test_capitals_sentence_among_lower_case_is_still_shouting():
    text = ("Hi Priya,\n\nThe new rota is attached. YOU MUST SIGN IN AT THE GATE BEFORE EVERY SHIFT. "
            "Let me know if anything is unclear.\n\nOwen\n")
    assert "TON001" in {f.code for f in findings(text)}
