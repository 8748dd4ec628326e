"""Jargon and clarity: buzzwords, unexplained acronyms and trade terms, internal names,
hard-to-read paragraphs and overlong sentences.

Words live in ``lexicons/jargon.toml`` (buzzwords, "I'm new to this" cues),
``lexicons/acronyms.toml`` (acronyms everyone knows, common expansions) and
``lexicons/jargon_terms.toml`` (trade terms by domain).  The code holds the judgement:
parts of speech, whether a term is explained nearby, whether the client used it first,
and whether the client says they are new to this (then findings go up one level).

A package: ``names`` (is an acronym a name?), ``options`` (config keys), ``words``
(JRG001-JRG004) and ``readability`` (JRG005-JRG006 and the sentence view the
draft-level rules in ``jargon_dense`` share).
"""
from __future__ import annotations

from . import options  # noqa: F401  (registers the config keys)
from .names import _may_be_contacted, _may_be_listed, _may_be_owner, listed_with_a_name, named, named_party
from .readability import (
    HardToRead,
    LongSentence,
    _cmu_syllables,
    _hyphenation_points,
    _hyphenator,
    _paragraphs,
    grade_level,
    paragraph_prose,
)
from .words import (
    Buzzword,
    InternalTerm,
    TradeTerm,
    UnexplainedAcronym,
    buzzwords_in,
    plain_replacement,
    unexplained_acronyms,
    unexplained_terms,
)

__all__ = [
    "Buzzword", "HardToRead", "InternalTerm", "LongSentence", "TradeTerm", "UnexplainedAcronym",
    "_cmu_syllables", "_hyphenation_points", "_hyphenator", "_may_be_contacted", "_may_be_listed",
    "_may_be_owner", "_paragraphs", "buzzwords_in", "grade_level", "listed_with_a_name", "named",
    "named_party", "paragraph_prose", "plain_replacement", "unexplained_acronyms", "unexplained_terms",
]
