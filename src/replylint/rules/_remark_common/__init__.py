"""Shared machinery for the remark rules: one matcher, targets, whose text it is.

Remark rules read the new text and the quoted history.  Everything that does not
depend on the rule (the phrase matches, the names that count as people, which quoted
blocks the recipient wrote) is computed once per draft through ``ctx.memo``.

Modules: ``words`` (the word lists and line patterns), ``needles`` (masked-profanity
regexes with the strings every match holds), ``lexicon`` (the compiled ``[remark]``
lexicon and the per-draft phrase matches), ``names`` (the words that name the recipient
and the client), ``authorship`` (whose text it is), ``targets`` (who a negative word is
said of) and ``titles`` (names of things: song titles, products, quoted words).
"""
from __future__ import annotations

from .authorship import counts_against_draft
from .lexicon import DraftInfo, Lexicon, info, lexicon, overlaps
from .names import greeted, names
from .needles import MaskedRegex, _needles
from .targets import (
    BURDEN_NOUNS,
    SUBJECT_PREPS,
    is_fragment,
    is_person,
    predicate_target,
    said_of_self,
    sent_from_us,
    subject_target,
    trailing_verdict_target,
)
from .titles import CLOSING_QUOTES, NICKNAME_TITLES, OPENING_QUOTES, is_quoted_word, is_title_or_quoted_name
from .words import (
    AUXILIARIES,
    BRIDGE,
    CHAT_LINE,
    CLIENT_NOUNS,
    CONDITIONALS,
    CONTINUATIONS,
    COPULAS,
    GREETING,
    GROUP_NOUNS,
    GROUPS,
    HONORIFICS,
    LEXICON,
    NEGATIONS,
    OUR_SIDE,
    PARTITIVE_GROUPS,
    PARTITIVES,
    PERSON_POSSESSIVES,
    PERSON_PRONOUNS,
    QUOTE_PAIRS,
    SELF_POSSESSIVES,
    SMALL_TITLE_WORDS,
    WEBMAIL,
)

__all__ = [
    "AUXILIARIES", "BRIDGE", "BURDEN_NOUNS", "CHAT_LINE", "CLIENT_NOUNS", "CLOSING_QUOTES", "CONDITIONALS",
    "CONTINUATIONS", "COPULAS", "GREETING", "GROUPS", "GROUP_NOUNS", "HONORIFICS", "LEXICON", "NEGATIONS",
    "NICKNAME_TITLES", "OPENING_QUOTES", "OUR_SIDE", "PARTITIVES", "PARTITIVE_GROUPS", "PERSON_POSSESSIVES",
    "PERSON_PRONOUNS", "QUOTE_PAIRS", "SELF_POSSESSIVES", "SMALL_TITLE_WORDS", "SUBJECT_PREPS", "WEBMAIL",
    "DraftInfo", "Lexicon", "MaskedRegex", "_needles", "counts_against_draft", "greeted", "info", "is_fragment",
    "is_person", "is_quoted_word", "is_title_or_quoted_name", "lexicon", "names", "overlaps", "predicate_target",
    "said_of_self", "sent_from_us", "subject_target", "trailing_verdict_target",
]
