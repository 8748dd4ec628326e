"""spaCy's string hash (``spacy.strings.hash_string``) without importing spaCy.

Rule modules keep word ids as module constants (token columns hold these hashes).
Computing them with spaCy would load spaCy whenever the rule registry is imported,
which ``replylint rules`` and ``--help`` must not pay.  spaCy hashes the UTF-8 bytes
with MurmurHash64A, seed 1; once spaCy is loaded its own (compiled) function is used.
"""
from __future__ import annotations

import sys

_M = 0xC6A4A7935BD1E995
_MASK = (1 << 64) - 1
_compiled = None


def _murmur64a(data: bytes, seed: int = 1) -> int:
    n = len(data)
    h = (seed ^ (n * _M)) & _MASK
    full = n - n % 8
    for i in range(0, full, 8):
        k = int.from_bytes(data[i : i + 8], "little")
        k = (k * _M) & _MASK
        k ^= k >> 47
        k = (k * _M) & _MASK
        h ^= k
        h = (h * _M) & _MASK
    if n % 8:
        h ^= int.from_bytes(data[full:], "little")
        h = (h * _M) & _MASK
    h ^= h >> 47
    h = (h * _M) & _MASK
    h ^= h >> 47
    return h


def hash_string(text: str) -> int:
    """The id spaCy gives ``text`` in its StringStore."""
    global _compiled
    if _compiled is None:
        strings = sys.modules.get("spacy.strings")
        if strings is None:
            return _murmur64a(text.encode("utf-8"))
        _compiled = strings.hash_string
    return _compiled(text)
