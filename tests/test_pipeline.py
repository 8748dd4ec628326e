"""The default pipeline's own components: email-aware sentence starts and lemmas."""
from __future__ import annotations

import pytest

from replylint.config import Config
from replylint.pipeline import get_pipeline


@pytest.fixture(scope="module")
def nlp():
    cfg = Config()
    return get_pipeline(cfg.model, cfg.lexicons).nlp


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_punctuation_ends_a_sentence_but_not_an_abbreviation(nlp):
    text = "Thanks for the call. Dr. Smith will join, e.g. on Monday! Is that fine? Yes."
    assert sentences(nlp, text) == [
        "Thanks for the call.", "Dr. Smith will join, e.g. on Monday!", "Is that fine?", "Yes.",
    ]


def test_an_initial_does_not_end_a_sentence(nlp):
    assert sentences(nlp, "Ask J. Doe about it. Then reply.") == ["Ask J. Doe about it.", "Then reply."]


def test_email_layout_starts_sentences(nlp):
    text = (
        "Hi Sam,\n"
        "\n"
        "Here is what we changed in the release that went out this morning for you\n"
        "and your team:\n"
        "- faster exports\n"
        "1. new filters\n"
        "Best regards\n"
        "Ana"
    )
    got = sentences(nlp, text)
    assert got[0] == "Hi Sam,"
    # A long line that does not end in punctuation runs on into the next one.
    assert got[1].startswith("Here is what we changed") and got[1].endswith("your team:")
    assert got[2:] == ["- faster exports", "1. new filters", "Best regards", "Ana"]


def test_each_pasted_chat_line_is_a_sentence(nlp):
    """A chat line opening with its time and speaker starts a sentence, however long the
    line before it (a remark in one line is not read with the next speaker's reply)."""
    text = (
        "Here is what the team said about the reprint, for your records:\n"
        "[09:41] Hana: she swears she checked every word of the proof before sending it\n"
        "[09:42] Owen: ok, reprint Tuesday\n"
        "[07/11/2026, 10:14] Kofi Mensah: the van is loaded and leaving the depot right now\n"
        "10:15 Tom Price: noted\n"
    )
    got = sentences(nlp, text)
    assert got[1:] == [
        "[09:41] Hana: she swears she checked every word of the proof before sending it",
        "[09:42] Owen: ok, reprint Tuesday",
        "[07/11/2026, 10:14] Kofi Mensah: the van is loaded and leaving the depot right now",
        "10:15 Tom Price: noted",
    ]
    # A time inside a wrapped sentence is no chat line.
    wrapped = ("We will meet on the third floor for the quarterly review, which runs from\n"
               "10:00 to 11:30 as usual, and then walk over to lunch.")
    assert sentences(nlp, wrapped) == [wrapped]


def test_whitespace_never_starts_a_sentence(nlp):
    doc = nlp("First line here.\n\n\n   Second line here.  Third one.")
    for sent in doc.sents:
        assert not sent[0].is_space or sent.start == 0


def test_lemmas_cover_inflections(nlp):
    doc = nlp("We guaranteed it and they are promising more.")
    assert [t.lemma_ for t in doc][:3] == ["we", "guarantee", "it"]
    assert doc[6].lemma_ == "promise"
