"""Time and culture: time without a zone (TIM001), ambiguous numeric date (TIM002)."""
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
