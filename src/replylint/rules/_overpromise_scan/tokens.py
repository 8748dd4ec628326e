"""Word-id sets and the draft's tokens as id columns, shared by the scan's modules."""
from __future__ import annotations

from dataclasses import dataclass

from ...strhash import hash_string


def word_ids(words: set[str]) -> frozenset[int]:
    """Word ids (spaCy string hashes), to test against the draft's lemma and lowercase columns."""
    return frozenset(map(hash_string, words))


_NOT, _BE = hash_string("not"), hash_string("be")
_GOING, _TO = hash_string("going"), hash_string("to")
_AND = hash_string("and")
# "it's nailed on": the lemmatizer leaves a contracted "'s" as it is (it may be a possessive).
_BE_FORMS = word_ids({"'s", "’s", "is", "are", "'re", "’re", "was", "were"})
# A match with its own subject or object: "I/we ... assure", "... assure you/us/me".
_OWN_SUBJECT = word_ids({"i", "we"})
_OWN_OBJECT = word_ids({"you", "us", "me"})


@dataclass
class Columns:
    """The draft's tokens as id columns: lemma and lowercase form, character offset."""

    lemma: list[int]
    lower: list[int]
    idx: list[int]


def char_end(doc, token_end: int) -> int:
    """The character offset just after the token before ``token_end``."""
    last = doc[token_end - 1]
    return last.idx + len(last.text)
