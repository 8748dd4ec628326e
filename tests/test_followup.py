"""FUP001: a promise to come back that gives no time."""
from __future__ import annotations

import pytest
from helpers import findings


def fup(text: str) -> list[str]:
    return [f.excerpt for f in findings(text) if f.code == "FUP001"]


@pytest.mark.parametrize("sentence,flagged", [
    ("I'll get back to you soon.", "soon"),
    ("We'll look into it.", "look into it"),
    ("You'll hear from us shortly.", "shortly"),
    ("We will review your request in due course.", "in due course"),
    ("I will send the corrected invoice ASAP.", "ASAP"),
    ("Our team will get back to you as soon as possible.", "as soon as possible"),
    ("I'll let you know.", "let you know"),
])
def test_vague_follow_up(sentence, flagged):
    assert fup(f"Hi Tom,\n\n{sentence}\n\nBest,\nAnn\n") == [flagged]


@pytest.mark.parametrize("sentence", [
    "I'll get back to you by Friday noon.",
    "We'll look into it and reply within two hours.",
    "I will send the corrected invoice tomorrow morning.",
    "I'll let you know once the engineers have restarted the server.",
    "We'll get back to you at 3pm CET.",
    "I'll update you by end of day.",
    "Could you get back to me soon?",                # a question to the client
    "Please get back to us soon.",                   # asks the client, promises nothing
    "The new release is coming soon.",               # no one commits to anything
    "I'll get back to you on 2026-12-09.",
    "I won't be able to look into it.",
])
def test_follow_up_hard_negatives(sentence):
    assert fup(f"Hi Tom,\n\n{sentence}\n\nBest,\nAnn\n") == []


def test_quoted_promise_is_not_ours():
    text = "Hi Tom,\n\nDone: the refund went out today.\n\nOn Mon, Tom wrote:\n> I'll get back to you soon.\n"
    assert fup(text) == []


@pytest.mark.parametrize("sentence", [
    "I hope we will get to meet in person soon.",
    "I'll talk to you soon.",
    "I will let you know if there are any updates.",
    "We will need to notify the board very soon.",
    "I also need to let you know we will have an extra guest.",
    "I shall call you within the next few days.",
    "I will let you know the minute it's back up.",
])
def test_follow_up_hard_negatives_from_real_mail_shapes(sentence):
    assert fup(f"Hi Tom,\n\n{sentence}\n\nBest,\nAnn\n") == []
