"""A one-byte-per-character sketch of a draft's text, for the leak detectors' gates.

A regular expression costs tens of nanoseconds a character of text, a ``bytes`` or
``str`` method about one.  Most drafts hold no card, key or private address, so each
detector first asks the sketch whether its pattern can match at all ("three digits in
a row?", "16 key characters in a row?") and runs its regex only when the answer is yes.
Every gate is a necessary condition of the pattern it guards: findings never change.
"""
from __future__ import annotations

import re

# UTF-8 lead bytes of the code point ranges that hold a Unicode decimal digit (category
# Nd: Arabic-Indic, Devanagari, fullwidth, ...).  ``\d`` and ``int()`` accept those
# digits, so a character with one of these lead bytes may be a digit.
DIGIT_LEAD_BYTES = frozenset({0xD9, 0xDB, 0xDF, 0xE0, 0xE1, 0xEA, 0xEF, 0xF0})


def _shape_table() -> bytes:
    table = bytearray(range(256))  # other ASCII (spaces, punctuation) stays itself
    table[ord("0"):ord("9") + 1] = b"0" * 10
    table[ord("A"):ord("Z") + 1] = b"A" * 26
    table[ord("a"):ord("z") + 1] = b"a" * 26
    for b in range(0x80, 0x100):
        table[b] = ord("9") if b in DIGIT_LEAD_BYTES else ord("~")
    return bytes(table)


_SHAPE = _shape_table()
_CONTINUATION = bytes(range(0x80, 0xC0))


def shape(text: str) -> bytes:
    """One byte per character of ``text`` (same offsets): an ASCII digit is ``0``, an ASCII
    letter ``A``/``a``, other ASCII itself, a non-ASCII character ``9`` when it may be a
    Unicode digit and ``~`` otherwise.

    Two C passes: UTF-8 encoding, then one translate that classifies each character by
    its lead byte and drops the continuation bytes.
    """
    return text.encode("utf-8", "surrogatepass").translate(_SHAPE, _CONTINUATION)


def may_hold_unicode_digits(sketch: bytes) -> bool:
    """May the text hold a non-ASCII digit (which a gate spelt in ASCII digits misses)?"""
    return b"9" in sketch


def may_hold(sketch: bytes, *runs: bytes) -> bool:
    """Can a ``\\d`` pattern match the text, given that every match of it holds one of
    ``runs`` (written as the sketch spells them: ``b"000-00-0000"``)?  A text with a
    possible non-ASCII digit always may."""
    return may_hold_unicode_digits(sketch) or any(r in sketch for r in runs)


# Key characters [A-Za-z0-9_.+/=:-] (ASCII only), as the sketch spells them.
_KEY_TABLE = bytes(ord("k") if b in b"Aa0_-.+/=:" else ord(" ") for b in range(256))
_KEY_RUN = re.compile(rb"k{16,}")
_SIXTEEN_KEYS = b"k" * 16


def key_runs(sketch: bytes) -> list[tuple[int, int]]:
    """Spans of the maximal runs of 16+ key characters ``[A-Za-z0-9_.+/=:-]``."""
    keys = sketch.translate(_KEY_TABLE)
    if _SIXTEEN_KEYS not in keys:
        return []
    return [m.span() for m in _KEY_RUN.finditer(keys)]
