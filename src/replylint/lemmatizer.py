"""A small English lemmatizer: irregular forms plus suffix rules guided by a vocabulary.

Rules only need lemmas for the words their lexicons mention, so instead of a
dictionary of every English word (spacy-lookups-data is a 98 MB wheel) we strip
regular inflections and keep a candidate only when the vocabulary knows it.  The
vocabulary is every base word found in the lexicons, so "leveraging" becomes
"leverage" because a lexicon says "leverage".
"""
from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[a-z][a-z'-]*")
_VOWELS = set("aeiou")


def candidates(word: str) -> list[str]:
    """Possible lemmas of a regularly inflected lowercase word, most likely first."""
    out: list[str] = []
    n = len(word)
    if n > 4 and word.endswith("ies"):
        out.append(word[:-3] + "y")
    if n > 4 and word.endswith("ied"):
        out.append(word[:-3] + "y")
    if n > 4 and word.endswith("ying"):
        out.append(word[:-4] + "ie")
    # "-es" is a plural or third-person ending only after a sibilant or "o" (boxes, watches,
    # goes); elsewhere the "e" belongs to the stem, and "rates" or "lines" would otherwise
    # reach "rat" or "lin" whenever a lexicon names the shorter word.
    if n > 4 and word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh", "o")):
        out.append(word[:-2])
    if n > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        out.append(word[:-1])
    # No -er/-est: "manager", "offer", "number" would lose their ending to "manage", "off", "numb".
    for suffix in ("ed", "ing"):
        if n > len(suffix) + 2 and word.endswith(suffix):
            stem = word[: -len(suffix)]
            out.append(stem + "e")
            out.append(stem)
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
                out.append(stem[:-1])
            if suffix == "ed" and stem.endswith("i"):
                out.append(stem[:-1] + "y")
    if n > 3 and word.endswith("'s"):
        out.append(word[:-2])
    # British and American spellings of -ise/-ize verbs are one lemma (the -ize form).
    extra = []
    for c in [word, *out]:
        if "is" in c[-5:]:
            extra.append(re.sub(r"is(e|ed|es|ing|ation)?$", lambda m: "iz" + (m.group(1) or ""), c))
    # A word is never its own candidate ("revision" has no -ise ending to rewrite).
    return out + [e for e in extra if e not in out and e != word]


class Lemmatizer:
    def __init__(self, irregular: dict[str, str], not_inflected: Iterable[str] = (), vocabulary: Iterable[str] = ()) -> None:
        self.irregular = {k.lower(): v.lower() for k, v in irregular.items()}
        self.not_inflected = {w.lower() for w in not_inflected}
        self.known: set[str] = set()
        self._cache: dict[str, str] = {}
        self.add_vocabulary(vocabulary)

    def add_vocabulary(self, words: Iterable[str]) -> None:
        """Add base words; a word that is itself an inflection of another known word is skipped."""
        words = {w.lower() for w in words if _WORD.fullmatch(w.lower())}
        pool = words | self.known
        for w in words:
            if w in self.not_inflected or not any(c in pool for c in candidates(w)):
                self.known.add(w)
        self._cache.clear()

    def __call__(self, word: str) -> str:
        lower = word.lower()
        hit = self._cache.get(lower)
        if hit is not None:
            return hit
        lemma = self._lemma(lower)
        self._cache[lower] = lemma
        return lemma

    def _lemma(self, lower: str) -> str:
        if lower in self.irregular:
            return self.irregular[lower]
        if lower in self.known or lower in self.not_inflected:
            if "is" in lower[-5:] and lower.endswith(("ise", "ised", "ises", "ising", "isation")):
                alt = candidates(lower)[-1]
                if alt in self.known:
                    return alt
            return lower
        for cand in candidates(lower):
            if cand in self.irregular:
                return self.irregular[cand]
            if cand in self.known:
                return cand
        return lower


def vocabulary_of(data) -> set[str]:
    """Every lowercase word found in a nested lexicon structure."""
    words: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            words.update(_WORD.findall(value.lower()))
        elif isinstance(value, dict):
            for k, v in value.items():
                words.update(_WORD.findall(str(k).lower()))
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    walk(data)
    return words
