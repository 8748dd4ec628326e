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
