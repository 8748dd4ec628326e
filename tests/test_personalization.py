"""Personalization rules: generic greeting (PRS001), wrong name (PRS002), scripted line (PRS003)."""
from __future__ import annotations

import pytest
from helpers import findings, message_findings

from replylint import Severity


def prs(text: str, **kwargs) -> list[tuple[str, str, Severity]]:
    return [(f.code, f.excerpt, f.severity) for f in findings(text, **kwargs) if f.category == "personalization"]


BODY = "\n\nThank you for your message about the invoice. I have corrected the amount.\n\nBest regards,\nAnn\n"


# -- PRS001 ---------------------------------------------------------------------------
@pytest.mark.parametrize("greeting", [
    "Dear Customer", "Dear Sir/Madam", "Dear Sir / Madam", "Dear Sir or Madam", "To whom it may concern",
    "Hi there", "Valued client", "Dear valued customer", "dear customer",
])
def test_generic_greeting_is_a_warning_when_the_name_is_known(greeting):
    got = prs(f"{greeting},{BODY}", to="Tom Baker <tom@acme.example>")
    assert [(c, s) for c, _, s in got] == [("PRS001", Severity.WARNING)]
    assert got[0][1].lower().startswith(greeting.lower().split()[0])


def test_generic_greeting_is_info_when_nothing_names_the_reader():
    assert [(c, s) for c, _, s in prs(f"Dear Customer,{BODY}", to="support@acme.example")] == [("PRS001", Severity.INFO)]
    assert [(c, s) for c, _, s in prs(f"Dear Customer,{BODY}")] == [("PRS001", Severity.INFO)]


def test_name_known_from_first_last_address_and_from_the_quoted_thread():
    assert prs(f"Hi there,{BODY}", to="tom.baker@acme.example")[0][2] == Severity.WARNING
    quoted = ("Dear Customer,\n\nThe invoice is corrected.\n\nAnn\n\n"
              "On Mon, 7 Dec 2026, Tom Baker <tom@acme.example> wrote:\n> Hi Ann,\n> the invoice is wrong.\n> Tom\n")
    got = prs(quoted, to="tom@acme.example")
    assert [(c, s) for c, _, s in got] == [("PRS001", Severity.WARNING)]


@pytest.mark.parametrize("text", [
    "Hi there is a problem with the invoice, Tom.\n\nAnn",      # not a greeting line
    "Hi Tom,\n\nDear customer service teams are hard to find.\n", # not at the top
    "Hi Tom,\n\nThank you.\n",
    "Greetings from Lisbon! The workshop went well.\n",          # not followed by punctuation/end
])
def test_generic_greeting_hard_negatives(text):
    assert [c for c, _, _ in prs(text, to="Tom Baker <tom@acme.example>") if c == "PRS001"] == []


# -- PRS002 ---------------------------------------------------------------------------
@pytest.mark.parametrize("greeting,to", [
    ("Hi Sarah", "Tom Baker <tom@acme.example>"),
    ("Hi Sarah", "tom.baker@acme.example"),
    ("Dear Ms. Jones", "Tom Baker <tom@acme.example>"),
    ("Hello Sarah", "\"Baker, Tom\" <tb@acme.example>"),
    ("Hi Sarah", "tom.manning@acme.example"),                # a surname is not a role
])
def test_greeting_to_another_name(greeting, to):
    got = [(c, e) for c, e, _ in prs(f"{greeting},{BODY}", to=to) if c == "PRS002"]
    assert len(got) == 1 and got[0][1] in greeting


def test_two_greeted_names_neither_the_reader_are_both_reported():
    got = [e for c, e, _ in prs(f"Hi Sarah and Ann,{BODY}", to="Tom Baker <tom@acme.example>") if c == "PRS002"]
    assert got == ["Sarah", "Ann"]


@pytest.mark.parametrize("greeting,to", [
    ("Hi Tom", "Tom Baker <tom@acme.example>"),
    ("Hi Bob", "Robert Smith <rs@acme.example>"),
    ("Hi Liz", "Elizabeth Taylor <et@acme.example>"),
    ("Hi Robert", "Bob Smith <bob@acme.example>"),
    ("Dear Mr. Baker", "Tom Baker <tom@acme.example>"),
    ("Hi Chris", "Christopher Lee <cl@acme.example>"),
    ("Hi Tom", "tom.baker@acme.example"),
    ("Hi team", "Tom Baker <tom@acme.example>"),
    ("Hi all", "Tom Baker <tom@acme.example>"),
    ("Hi Acme Team", "Tom Baker <tom@acme.example>"),
    ("Hi Sarah", "tbaker@acme.example"),            # nothing says who tbaker is
    ("Hi Sarah", "support@acme.example"),           # a role address
    ("Hi Sarah", "Tom Baker <tom@acme.example>, Sarah Lin <sl@acme.example>"),
    ("Hi Tom and Sarah", "Tom Baker <tom@acme.example>"),   # the reader and someone beside them
    ("Hi Sarah and Tom", "tom.baker@acme.example"),
    ("Hi Sarah", "network.manager@acme.example"),   # a dotted role address names nobody
    ("Hi Sarah", "bookings.team@acme.example"),
])
def test_greeting_name_hard_negatives(greeting, to):
    recipients = [t.strip() for t in to.split(", ") if "@" in t] if to.count("@") > 1 else to
    assert [c for c, _, _ in prs(f"{greeting},{BODY}", to=recipients) if c == "PRS002"] == []


def test_nickname_table_is_extended_by_a_user_lexicon(tmp_path):
    from replylint import Config

    lex = tmp_path / "names.toml"
    lex.write_text('[personalization.nicknames]\nalexander = ["sasha"]\n', encoding="utf-8")
    cfg = Config().with_overrides(lexicon_files=[lex])
    text = f"Hi Sasha,{BODY}"
    assert [f.code for f in findings(text, cfg, to="Alexander Ivanov <ai@acme.example>") if f.code == "PRS002"] == []
    assert [f.code for f in findings(text, to="Alexander Ivanov <ai@acme.example>") if f.code == "PRS002"] == ["PRS002"]


def test_wrong_name_in_an_eml():
    got = message_findings(f"Hi Sarah,{BODY}", to="Tom Baker <tom@acme.example>")
    assert [f.code for f in got if f.code == "PRS002"] == ["PRS002"]


# -- PRS003 ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hi Tom,\n\nThank you for reaching out. We value your business.\n\nBest regards,\nAnn\n",
    "Your call is important to us.\n",
    "Hi Tom,\n\nI looked at your ticket. We apologize for any inconvenience caused.\n\nRegards,\nAnn\n",
])
def test_scripted_closing(text):
    assert [c for c, _, _ in prs(text, to="tom@acme.example") if c == "PRS003"] == ["PRS003"]


@pytest.mark.parametrize("text", [
    "Hi Tom,\n\nWe value your business, so I refunded the fee today. It shows within 5 days.\n\nBest regards,\nAnn\n",
    "Hi Tom,\n\nWe value your business. I refunded the fee today; it shows within 5 days.\n\nBest regards,\nAnn\n",
    "Hi Tom,\n\nThe fee is refunded.\n\nBest regards,\nAnn\n",
])
def test_scripted_line_hard_negatives(text):
    assert [c for c, _, _ in prs(text, to="tom@acme.example") if c == "PRS003"] == []
