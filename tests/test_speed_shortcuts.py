"""Speed shortcuts decide exactly what the slow way decides (issue 15).

A shortcut that skips work (a regex not compiled because the text cannot match it)
must never change a finding: each is checked here against the slow way on texts
built to sit on its edges.
"""
from __future__ import annotations

import random

from replylint.rules import _jargon_lex as J

ACRONYMS = ["SLA", "KPI", "ROI", "EOD", "P&L", "Q3", "API", "SLAs"]
PIECES = ["(", "(", "( ", ")", " ", "\n", "\t", "\u00a0", "\u2003", "s", ",", "-", "–", "—", ":", "x", ".", "stands for",
          "is short for", "short for", "means", "meaning", "i.e.", "that is", "refers to", "in other words",
          " (service level agreement)", "(key performance indicator)", "Alpha Beta", "aSLA"]


def _texts(acronym: str, rng: random.Random, n: int):
    for _ in range(n):
        yield "".join(rng.choice(PIECES + [acronym, acronym + "s", acronym.lower()]) for _ in range(rng.randint(1, 14)))


def test_acronym_explanation_prechecks_never_skip_a_match():
    rng = random.Random(15)
    hits = {"in_parens": 0, "before_parens": 0, "defined": 0}
    for acronym in ACRONYMS:
        for text in _texts(acronym, rng, 3000):
            if J._explanation_pattern("in_parens", acronym).search(text):
                hits["in_parens"] += 1
                assert J._after_opening(text, acronym), (acronym, text)
            if J._explanation_pattern("before_parens", acronym).search(text):
                hits["before_parens"] += 1
                assert J._followed_by(text, acronym, ("(",), ""), (acronym, text)
            if J._explanation_pattern("defined", acronym).search(text):
                hits["defined"] += 1
                assert J._followed_by(text, acronym, J._DEFINING_STARTS, ",", "-–—:"), (acronym, text)
    assert min(hits.values()) > 20, hits  # the edges were reached


def test_acronym_prechecks_do_skip_texts_that_cannot_match():
    assert not J._after_opening("the SLA (as agreed) holds", "SLA")
    assert J._after_opening("agreed ( \n SLA) holds", "SLA")
    assert not J._followed_by("our SLA is fine (really)", "SLA", ("(",), "")
    assert J._followed_by("our SLAs\u00a0(service level agreements)", "SLA", ("(",), "")
    assert not J._followed_by("SLA: we mean it", "SLA", J._DEFINING_STARTS, ",", "-–—:")
    assert J._followed_by("SLA, — that is the deal", "SLA", J._DEFINING_STARTS, ",", "-–—:")


def test_explained_as_before():
    known: list[str] = []
    assert J.explained("SLA", "Our SLA (service level agreement) is attached.", known)
    assert J.explained("SLA", "Our service level agreement (SLA) is attached.", known)
    assert J.explained("SLA", "The SLA - that is, the service terms - is attached.", known)
    assert not J.explained("SLA", "The SLA, i.e. the service terms, is attached.", known)  # the regex's \b after 'i.e.'
    assert not J.explained("SLA", "The SLA is attached (see page 2).", known)


NAME_PIECES = [" ", "\n", "\u00a0", "'s", "’s", ",", " and ", " or ", "/", "&", "called ", "e-mail ", "spoke with ",
               "on behalf of ", "Visited ", "meeting with ", "the ", "Sonat", "Wesco", "x", ".", "CALLED ", "ed",
               " are", "İ", "K", "ſ"]


def test_name_slot_prechecks_never_skip_a_match():
    import re

    from replylint.rules.jargon import names as jargon

    rng = random.Random(16)
    hits = [0, 0, 0]
    for base in ["AEP", "LADWP", "NYSEG", "GTC", "P&L", "TLR", "NNG"]:
        for _ in range(3000):
            text = "".join(rng.choice(NAME_PIECES + [base, base.lower(), base + "s"]) for _ in range(rng.randint(1, 10)))
            a = re.escape(base)
            if re.search(jargon._NAME_OWNER.format(a=a), text):
                hits[0] += 1
                assert jargon._may_be_owner(base, text), (base, text)
            if re.search(jargon._NAME_CONTACT.format(a=a), text, re.I):
                hits[1] += 1
                assert jargon._may_be_contacted(base, text), (base, text)
            if re.search(jargon._NAME_PARTNER.format(a=a), text):
                hits[2] += 1
                assert jargon._may_be_listed(base, text), (base, text)
    assert min(hits) > 20, hits


def test_named_as_before():
    from replylint.rules.jargon import _may_be_contacted, named

    assert named("AEP", "AEP's traders called back.")
    assert named("LADWP", "I then called LADWP about it.")
    assert named("NYSEG", "We had a meeting with NYSEG today.")
    assert named("GTC", "Both Sonat or GTC may bid.")
    assert not named("SLA", "The SLA is attached.")
    assert not _may_be_contacted("SLA", "The SLA is attached, call me.")
    assert _may_be_contacted("SLA", "Please \u212aeep the SLA.")  # lower() and IGNORECASE may disagree: the regex decides
