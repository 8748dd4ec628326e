"""Time and culture: time without a zone (TIM001), ambiguous numeric date (TIM002),
idioms that do not travel (TIM003)."""
from __future__ import annotations

import pytest
from helpers import findings, message_findings

from replylint import Config


def tim(body: str, code: str, **kwargs) -> list[str]:
    return [f.excerpt for f in message_findings(body, **kwargs) if f.code == code]


OUT = dict(to="Tom Baker <tom@acme.example>", sender="Ann <ann@ourco.example>")
IN = dict(to="Bea <bea@ourco.example>", sender="Ann <ann@ourco.example>")


@pytest.mark.parametrize("sentence,flagged", [
    ("Shall we talk at 3pm tomorrow?", "3pm"),
    ("I can call you at 10:30 on Friday.", "10:30"),
    ("The window opens at 9 a.m. on Monday.", "9 a.m."),
])
def test_time_without_zone_to_another_domain(sentence, flagged):
    assert tim(f"Hi Tom,\n\n{sentence}\n\nAnn\n", "TIM001", **OUT) == [flagged]


@pytest.mark.parametrize("sentence", [
    "Shall we talk at 3pm CET tomorrow?",
    "Shall we talk at 3pm your time tomorrow?",
    "Shall we talk at 15:00 UTC tomorrow?",
    "Shall we talk at 3pm (Europe/Berlin) tomorrow?",
    "Shall we talk at 3pm Eastern tomorrow?",
    "Shall we talk at 3pm ET tomorrow?",
    "We met for 3 hours on Monday.",
    "Version 2.10 is out.",
])
def test_time_with_zone_or_no_time(sentence):
    assert tim(f"Hi Tom,\n\n{sentence}\n\nAnn\n", "TIM001", **OUT) == []


def test_same_domain_needs_no_zone():
    assert tim("Hi Bea,\n\nShall we talk at 3pm tomorrow?\n\nAnn\n", "TIM001", **IN) == []


def test_plain_text_needs_home_domains_and_suggests_the_home_zone():
    text = "Hi Tom,\n\nShall we talk at 3pm tomorrow?\n"
    assert [f for f in findings(text, to="tom@acme.example") if f.code == "TIM001"] == []
    cfg = Config().with_overrides(options_={"home-domains": ["ourco.example"], "home-time-zone": "CET"})
    got = [f for f in findings(text, cfg, to="tom@acme.example") if f.code == "TIM001"]
    assert len(got) == 1 and "3pm CET" in got[0].suggestion
    assert [f for f in findings(text, cfg, to="bea@ourco.example") if f.code == "TIM001"] == []


@pytest.mark.parametrize("date", ["03/04/2026", "3/4/26", "03.04.2026", "11/10/2026"])
def test_ambiguous_date(date):
    assert [f.excerpt for f in findings(f"Hi Tom,\n\nThe renewal is due on {date}.\n") if f.code == "TIM002"] == [date]


@pytest.mark.parametrize("text", [
    "The renewal is due on 2026-04-03.",
    "The renewal is due on 13/04/2026.",
    "The renewal is due on 04/04/2026.",
    "The renewal is due on 3 April 2026.",
    "Pay 1/2 of it now and 1/4 later.",
])
def test_unambiguous_dates(text):
    assert [f for f in findings(f"Hi Tom,\n\n{text}\n") if f.code == "TIM002"] == []


def test_date_style_spells_out_the_date():
    cfg = Config().with_overrides(options_={"date-style": "dmy"})
    got = [f for f in findings("Hi Tom,\n\nThe renewal is due on 03/04/2026.\n", cfg) if f.code == "TIM002"]
    assert "3 April 2026" in got[0].suggestion and got[0].edits[0].text == "3 April 2026"
    cfg = Config().with_overrides(options_={"date-style": "mdy"})
    got = [f for f in findings("Hi Tom,\n\nThe renewal is due on 03/04/2026.\n", cfg) if f.code == "TIM002"]
    assert "4 March 2026" in got[0].suggestion


# -- TIM003: idioms and sports metaphors ---------------------------------------------
def idioms(text: str, **kwargs):
    return [f for f in findings(f"Hi Tom,\n\n{text}\n\nBest,\nAnn\n", **kwargs) if f.code == "TIM003"]


@pytest.mark.parametrize("sentence,flagged,edit", [
    ("Your migration was a slam dunk.", "slam dunk", "sure thing"),
    ("The new audit rules are a sticky wicket.", "sticky wicket", "difficult situation"),
    ("Delays like this are par for the course in December.", "par for the course", "normal"),
    ("Piece of cake: it took five minutes.", "Piece of cake", "Easy"),   # capital kept
    ("You really hit it out of the park with the launch.", "hit it out of the park", None),
    ("Sorry, we dropped the ball on your refund.", "dropped the ball", None),
    ("The ball is in your court now.", "ball is in your court", None),
    ("They keep moving the goalposts on the scope.", "goalposts", None),
    ("Someone needs to step up to the plate.", "step up to the plate", None),
    ("The auditors threw us a curveball.", "curveball", "surprise"),
    ("The date is still up in the air.", "up in the air", "undecided"),
    ("Could you pick this ball up while I'm away?", "pick this ball up", None),
])
def test_idiom_that_does_not_travel(sentence, flagged, edit):
    (f,) = idioms(sentence)
    assert f.excerpt == flagged and f.severity.name == "INFO"
    assert [e.text for e in f.edits] == ([edit] if edit else [])
    assert f.suggestion.startswith("say it plainly")


@pytest.mark.parametrize("sentence", [
    "We walked out of the park at six.",                  # literal words, no idiom
    "The course is a par 72 over eighteen holes.",
    "Let's touch base on Friday.",                        # JRG001's buzzword, not flagged twice
    "Can you give me a ballpark figure?",
    "We will move the needle on response times.",
    "The cake was delivered on Monday.",
    "Our team dropped the price by 10%.",
])
def test_idiom_hard_negatives(sentence):
    assert idioms(sentence) == []


def test_jargon_keeps_its_own_phrases():
    found = findings("Hi Tom,\n\nLet's touch base next week with a ballpark figure.\n\nAnn\n")
    assert {f.excerpt for f in found if f.code == "JRG001"} == {"touch base", "ballpark"}
    assert not [f for f in found if f.code == "TIM003"]


def test_the_clients_own_idiom_and_quoted_text_are_not_flagged():
    text = ("Hi Tom,\n\nAgreed, the ball is in your court: tell us which date suits you.\n\nBest,\nAnn\n\n"
            "On Mon, Tom Baker <tom@acme.example> wrote:\n> Fair enough, the ball is in my court.\n"
            "> It was a slam dunk last year.\n")
    assert [f.excerpt for f in findings(text, to="Tom Baker <tom@acme.example>") if f.code == "TIM003"] == []
    # Without the client's words, the reply's idiom is flagged, and the quote never is.
    other = text.replace("the ball is in my court", "fine")
    assert [f.excerpt for f in findings(other, to="Tom Baker <tom@acme.example>") if f.code == "TIM003"] == [
        "ball is in your court"]


def test_an_idiom_in_the_subject_line_is_flagged_there():
    found = message_findings("Hi Tom,\n\nThe figures are below.\n\nAnn\n", subject="Q3 was a slam dunk", **OUT)
    (f,) = [f for f in found if f.code == "TIM003"]
    assert f.part == "subject" and f.excerpt == "slam dunk"


def test_a_users_lexicon_adds_idioms(tmp_path):
    extra = tmp_path / "ours.toml"
    extra.write_text('[culture.idioms]\n"over the moon" = "delighted"\n', encoding="utf-8")
    cfg = Config.from_dict({"lexicons": [str(extra)]})
    (f,) = idioms("We are over the moon with the result.", config=cfg)
    assert f.excerpt == "over the moon" and [e.text for e in f.edits] == ["delighted"]
