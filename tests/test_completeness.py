"""Completeness: attachment mentioned but missing (CMP001), placeholder subject (CMP002)."""
from __future__ import annotations

from email.message import EmailMessage

import pytest
from click.testing import CliRunner
from helpers import eml, findings

from replylint import Config, Severity, lint_message, lint_text
from replylint.cli import main


def cmp_(report) -> list[tuple[str, Severity]]:
    return [(f.code, f.severity) for f in report.findings if f.category == "completeness"]


@pytest.mark.parametrize("sentence", [
    "Please find attached the signed contract.",
    "See attached for the figures.",
    "I've attached the invoice.",
    "The report is attached.",
    "As shown in the attached spreadsheet, the totals match.",
])
def test_attachment_mentioned_in_a_message_without_one(sentence):
    rep = lint_message(eml(f"Hi Tom,\n\n{sentence}\n\nBest,\nAnn\n", subject="Contract"), Config())
    assert cmp_(rep) == [("CMP001", Severity.WARNING)]


def test_attachment_present_in_the_mime_structure():
    msg = EmailMessage()
    msg["To"], msg["From"], msg["Subject"] = "tom@acme.example", "ann@ourco.example", "Contract"
    msg.set_content("Hi Tom,\n\nPlease find attached the signed contract.\n\nBest,\nAnn\n")
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="contract.pdf")
    assert cmp_(lint_message(bytes(msg), Config())) == []


def test_plain_text_attachments_from_the_api():
    text = "Hi Tom,\n\nPlease find attached the signed contract.\n"
    assert cmp_(lint_text(text, Config(), attachments=["contract.pdf"])) == []
    assert cmp_(lint_text(text, Config(), attachments=[])) == [("CMP001", Severity.WARNING)]
    assert cmp_(lint_text(text, Config())) == [("CMP001", Severity.INFO)]  # nobody said


def test_plain_text_attachments_from_the_cli(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Hi Tom,\n\nPlease find attached the signed contract.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", "--select", "CMP001", "--attachment", "contract.pdf", str(draft)])
    assert r.exit_code == 0 and "CMP001" not in r.output
    r = CliRunner().invoke(main, ["check", "--select", "CMP001", str(draft)])
    assert "CMP001" in r.output


@pytest.mark.parametrize("text", [
    "Hi Tom,\n\nThe contract is signed; I will attach it to the ticket tomorrow.\n",
    "Hi Tom,\n\nCan you send the attachment again? It did not open.\n",
    "Hi Tom,\n\nDone.\n\nOn Mon, Tom wrote:\n> Please find attached the contract.\n",
])
def test_attachment_hard_negatives(text):
    assert cmp_(lint_text(text, Config(), attachments=[])) == []


@pytest.mark.parametrize("subject", ["", "(no subject)", "Re:", "tbd", "  fwd: ", "untitled"])
def test_placeholder_subject(subject):
    assert ("CMP002", Severity.WARNING) in cmp_(lint_text("Hi Tom,\n\nDone.\n", Config(), subject=subject))


def test_missing_subject_header_in_an_eml():
    raw = b"To: tom@acme.example\nFrom: ann@ourco.example\n\nHi Tom,\n\nDone.\n"
    assert ("CMP002", Severity.WARNING) in cmp_(lint_message(raw, Config()))


@pytest.mark.parametrize("subject", ["Re: Invoice 4471", "Contract", "Test results for batch 7", None])
def test_subject_hard_negatives(subject):
    assert [c for c, _ in cmp_(lint_text("Hi Tom,\n\nDone.\n", Config(), subject=subject)) if c == "CMP002"] == []


# -- the subject line is linted where it is written ---------------------------------
RAW = ("From: Ann <ann@ourco.example>\nTo: Tom <tom@acme.example>\nSubject: {subject}\n"
       "Date: Mon, 7 Dec 2026 09:00:00 +0000\n\nHi Tom,\n\nThe refund went out today.\n\nBest,\nAnn\n")


@pytest.mark.parametrize("subject,excerpt", [("Re:", "Re:"), ("untitled", "untitled"), ("", "")])
def test_placeholder_subject_points_at_the_subject_line(subject, excerpt):
    (f,) = [f for f in lint_message(RAW.format(subject=subject).encode(), Config()).findings if f.code == "CMP002"]
    assert (f.part, f.section, f.line, f.column) == ("subject", "subject", 3, 10)
    assert f.excerpt == excerpt and f.end_column == 10 + len(excerpt)


@pytest.mark.parametrize("subject,message", [
    ("TBD", "'TBD' marker"), ("TODO", "'TODO' marker"), ("XXX", "'XXX'-style placeholder"),
])
def test_a_marker_subject_is_one_finding_the_template_rules(subject, message):
    # Both rules would name it; TPL002, the more specific (it names the marker), keeps it.
    found = [f for f in lint_message(RAW.format(subject=subject).encode(), Config(preview=True)).findings
             if f.part == "subject"]
    assert [f.code for f in found] == ["TPL002"] and message in found[0].message
    assert found[0].severity == Severity.ERROR


def test_a_marker_word_inside_a_real_subject_is_not_a_placeholder_subject():
    found = lint_message(RAW.format(subject="Venue for the launch TBD").encode(), Config(preview=True)).findings
    assert [f.code for f in found if f.code == "CMP002"] == []


def test_missing_subject_header_points_at_the_headers_not_the_body():
    raw = b"To: tom@acme.example\nFrom: ann@ourco.example\n\nHi Tom,\n\nDone.\n"
    (f,) = [f for f in lint_message(raw, Config()).findings if f.code == "CMP002"]
    assert (f.part, f.line, f.column) == ("subject", 1, 1) and "no Subject header" in f.message


def test_placeholder_subject_from_the_api_is_reported_as_the_subject():
    (f,) = [f for f in lint_text("Hi Tom,\n\nDone.\n", Config(), subject="(no subject)").findings if f.code == "CMP002"]
    assert f.part == "subject" and f.excerpt == "(no subject)"


@pytest.mark.parametrize("subject,code,excerpt", [
    ("We guarantee it will never fail again", "PRM003", "it will never fail again"),
    ("Your idiot intern broke it", "RMK001", "idiot"),
    ("Card 4111 1111 1111 1111 on file", "LEK001", "4111 **** **** 1111"),
    ("Call at 3pm tomorrow", "TIM001", "3pm"),
])
def test_the_subject_line_is_linted_by_the_rules_that_apply_to_it(subject, code, excerpt):
    found = lint_message(RAW.format(subject=subject).encode(), Config(preview=True)).findings
    hits = [f for f in found if f.code == code]
    assert hits and all(f.part == "subject" and f.line == 3 for f in hits), found
    assert hits[0].excerpt == excerpt
    col = 10 + subject.index(excerpt.split()[0])
    assert hits[0].column == col


def test_subject_hard_negatives_for_the_body_rules():
    # An attachment word in the subject is the body's business (CMP001 reads the body once);
    # a time with its zone is fine; follow-up and jargon rules need prose, not a subject.
    for subject in ["See attached invoice", "Call at 3pm CET", "Will get back to you soon", "Leverage synergies"]:
        found = lint_message(RAW.format(subject=subject).encode(), Config(preview=True)).findings
        assert not [f for f in found if f.part == "subject"], (subject, found)


@pytest.mark.parametrize("subject", [
    "Re: Your salesman guaranteed March delivery",   # the client's words, answered
    "RE: Internet down all afternoon - AGAIN",
    "Re: you idiots",
])
def test_a_reply_subject_repeats_the_clients_words_and_is_not_held_against_the_draft(subject):
    found = lint_message(RAW.format(subject=subject).encode(), Config(preview=True)).findings
    assert [f for f in found if f.part == "subject"] == []
    # The same words written by us, in a new subject, are ours.
    own = lint_message(RAW.format(subject=subject.split(":", 1)[1]).encode(), Config(preview=True)).findings
    assert [f for f in own if f.part == "subject"]


def test_a_secret_in_a_reply_subject_is_still_found():
    found = lint_message(RAW.format(subject="Re: card 4111 1111 1111 1111 declined").encode(), Config()).findings
    assert [(f.code, f.part) for f in found if f.part == "subject"] == [("LEK001", "subject")]
