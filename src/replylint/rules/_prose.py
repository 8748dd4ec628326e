"""Is a stretch of text prose?  Tables, lists and encoding debris are not sentences.

The sentence splitter sees a flattened table, a run of names or a lettered list as one
long "sentence"; readability rules (JRG005, JRG006) must not hold those against the
writer.  The checks are cheap and need no model: layout marks, list markers, the share
of function words (prose has many: the, of, to, ...; tables and name lists have few) and
the share of commas.
"""
from __future__ import annotations

import re

# Function words of running English prose (our own short list).
FUNCTION_WORDS = frozenset("""
a an the of to in on at by for from with about into over under after before than then
and or but nor so if because while as that which who whom whose what when where why how
is are was were be been being am do does did have has had will would can could shall
should may might must not no it its this these those there here we you they he she i me
us them him her his their our your my all any each some such also only just very
""".split())

_ENUMERATOR = re.compile(r"(?:^|[\s(])(?:[a-z]|[ivx]{1,4}|\d{1,2})[).]\s", re.I)
_QP_DEBRIS = re.compile(r"=(?:09|20|3D|\r?\n)|=\s{2}")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def not_prose(text: str) -> bool:
    """True for a table, a list, a run of names or quoted-printable debris."""
    if len(_QP_DEBRIS.findall(text)) >= 2 or text.count("\t") >= 2:
        return True
    if len(_ENUMERATOR.findall(text)) >= 2 or text.count("•") >= 2:
        return True
    words = _WORD.findall(text)
    if len(words) < 8:
        return False
    function = sum(w.lower() in FUNCTION_WORDS for w in words)
    if function / len(words) < 0.2:
        return True
    return text.count(",") / len(words) >= 0.3


# A colon that introduces something (not a clock time or a URL): the sentence splitter
# joins "the following: A B C" lists and "Heading: text" lines into one "sentence".
_INTRODUCING_COLON = re.compile(r":(?![0-9/])")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z'’-]*")


def joined_not_sentence(text: str, strict: bool = True) -> bool:
    """True when the sentence splitter joined what is not one sentence: a heading or list
    lines joined to the next line (a short line inside it, or one ending in a colon),
    semicolon-separated items, or a run of names or Title Case (capitalised words: over a
    third of the words, or with ``strict`` over 15%).  With ``strict`` (a check that
    blocks) a colon that introduces what follows counts too, and so do sentences that
    may be prose after all: a long sentence with a colon in it, or one dense with the
    defined terms of a contract ("an Event of Default or Specified Condition")."""
    lines = [ln.strip() for ln in text.strip().split("\n")]
    if any(len(ln) < 50 or ln.endswith(":") for ln in lines[:-1]):
        return True
    if text.count(";") >= 2 or (strict and _INTRODUCING_COLON.search(text)):
        return True
    words = _WORD.findall(text)
    if not words:
        return True
    capitalised = len(_CAPITALISED.findall(text)) - 1      # not the sentence's first word
    return capitalised > (0.15 if strict else 0.34) * len(words)
