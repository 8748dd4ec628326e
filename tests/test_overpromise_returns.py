"""Outcomes promised in a pitch or a case, in words the rules did not read (classes from
the heldout6 misses, which only the model caught; the drafts are written for these
tests): an investment return promised as a floor ("will return at least 8%", "you'll be
looking at 12% a year at least", "you'll double your money"), a market that "has
nowhere to go but up" or "only goes one way", "you can't lose on this", "no downside
whatsoever", the reader's appeal called "a certainty", and a panel that "will reverse"
or "uphold" it.  Hard negatives: hedged, conditional, negated, a fee that is "at least
8%", "no downside to registering early"."""
from __future__ import annotations

import pytest
from helpers import findings

from replylint import Config
from replylint.findings import Severity

RULES_ONLY = Config.from_dict({"ignore": ["PRM008"]})


def wrap(body: str) -> str:
    return f"Dear Robert,\n\n{body}\n\nKind regards,\nIsla\nMoncrieff Partners\n"


def blocking(body: str) -> list[str]:
    return [f.code for f in findings(wrap(body), RULES_ONLY)
            if f.category == "overpromise" and f.severity >= Severity.WARNING]


@pytest.mark.parametrize("body", [
    "Put the money in the growth fund now and you'll be looking at 12% a year at least.",
    "This fund will return at least 8% next year.",
    "You'll double your money within three years, easily.",
    "You can't lose on this one: shares in Halden have nowhere to go but up.",
    "Buy before spring. Prices round here are only going one way.",
    "This investment carries no downside whatsoever.",
    "Your appeal is a certainty; the panel will reverse it.",
    "The tribunal will uphold your claim and order the deposit back.",
    "I've read everything and I can say it plainly: we will win this.",
    "The panel will have no choice but to rule for you.",
    "You'll win the appeal, and the costs will follow.",
])
def test_promised_returns_and_cases(body):
    assert blocking(body), body


@pytest.mark.parametrize("body", [
    "The fund should return about 6% next year, though nothing is certain.",
    "Our fee is at least 8% of the sale price.",
    "There is no downside to registering early, it's free.",
    "We can't promise the panel will reverse it, but the grounds are strong.",
    "If the panel upholds the appeal, you'll get your deposit back.",
    "Past performance has averaged 7%, but returns can go down as well as up.",
    "You'll be looking at roughly 5% over the year, depending on the market.",
    "I think we will win this, but it's never certain.",
    "If we win the case, the costs are covered.",
    "We can't say whether we will win the appeal.",
])
def test_hedged_and_plain_statements_hard_negatives(body):
    assert blocking(body) == [], body
