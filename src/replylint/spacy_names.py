"""spaCy names that rules and phrase matching use, imported on first use.

``import spacy`` costs most of a cold start, and ``replylint --help``, ``rules`` and
``rule CODE`` need none of it: rule modules refer to ``spacy_names.IDX`` (an attribute,
looked up when a draft is linted) instead of ``from spacy.attrs import IDX`` (run when
the module is imported), so the rule registry loads without spaCy.
"""
from __future__ import annotations

from typing import Any

_WHERE = {
    "Doc": "spacy.tokens",
    "Span": "spacy.tokens",
    "Matcher": "spacy.matcher",
    "hash_string": "spacy.strings",
    "STOP_WORDS": "spacy.lang.en.stop_words",
}
_ATTRS = {"IDX", "IS_ALPHA", "IS_SPACE", "LEMMA", "LENGTH", "LIKE_NUM", "LOWER", "ORTH", "SENT_START"}


def __getattr__(name: str) -> Any:
    import importlib

    if name in _ATTRS:
        where = "spacy.attrs"
    elif name in _WHERE:
        where = _WHERE[name]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where), name)
    globals()[name] = value  # later look-ups are plain module attributes
    return value
