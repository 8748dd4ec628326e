"""A small phrase language for lexicons, compiled to spaCy ``Matcher`` patterns.

Lexicon phrases are written as words separated by spaces::

    guarantee                 a word: matches every inflection (by lemma)
    =guaranteed               "=" matches this exact form only
    promise|guarantee|swear   alternatives
    will? never happen again  "?" makes a word optional
    by _{0,3} tomorrow        "_" is any word; _{0,3} up to three of them, _? _* _+ too
    #num %                    "#num" is a number-like token ("100", "ten")
    100%                      literal words are split the way the tokenizer splits text

Matching ignores case.  Rules keep meaning (negation, hedging, who is speaking) in code.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from .errors import ConfigError

_GAP = re.compile(r"^_(\?|\*|\+|\{\d*,?\d*\})?$")
_ITEM = re.compile(r"^(=?[^\s|?]+(?:\|=?[^\s|?]+)*)(\?)?$")


class PhraseSyntaxError(ConfigError):
    pass


def _compile_phrase(phrase: str, tokenize: Callable[[str], list[str]], lemma: Callable[[str], str]) -> list[dict]:
    tokens: list[dict] = []
    for item in phrase.split():
        gap = _GAP.match(item)
        if gap:
            op = gap.group(1)
            tokens.append({"OP": op} if op else {})
            continue
        if item in ("#num", "#num?"):
            tok = {"LIKE_NUM": True}
            if item.endswith("?"):
                tok["OP"] = "?"
            tokens.append(tok)
            continue
        m = _ITEM.match(item)
        if not m:
            raise PhraseSyntaxError(f"bad phrase {phrase!r}: cannot read {item!r}")
        alts, optional = m.group(1).split("|"), bool(m.group(2))
        if len(alts) > 1:
            exact = any(a.startswith("=") for a in alts)
            values = sorted({a.lstrip("=").lower() if exact else lemma(a.lstrip("=")) for a in alts})
            tok = {"LOWER" if exact else "LEMMA": {"IN": values}}
            if optional:
                tok["OP"] = "?"
            tokens.append(tok)
            continue
        word = alts[0]
        exact = word.startswith("=")
        parts = tokenize(word.lstrip("="))
        for k, part in enumerate(parts):
            if exact or not any(ch.isalpha() for ch in part):
                tok = {"LOWER": part.lower()}
            else:
                tok = {"LEMMA": lemma(part)}
            if optional and len(parts) == 1:
                tok["OP"] = "?"
            tokens.append(tok)
    if not tokens or all(t.get("OP") in ("?", "*") for t in tokens):
        raise PhraseSyntaxError(f"bad phrase {phrase!r}: it can match nothing")
    return tokens


def _simple_lemmas(tokens: list[dict]) -> list[str] | None:
    """The lemma sequence of a phrase with no operators, alternatives or exact forms."""
    out = []
    for tok in tokens:
        if "OP" in tok or len(tok) != 1:
            return None
        if "LEMMA" in tok and isinstance(tok["LEMMA"], str):
            out.append(tok["LEMMA"])
        elif "LOWER" in tok and isinstance(tok["LOWER"], str) and not any(c.isalpha() for c in tok["LOWER"]):
            out.append(tok["LOWER"])  # punctuation and digits lemmatize to their lowercase form
        else:
            return None
    return out


class PhraseSet:
    """Named groups of phrases compiled into spaCy matchers.

    Plain phrases (the bulk of every lexicon) go to a hash-based ``PhraseMatcher`` on
    lemmas, which costs the same for ten phrases or ten thousand; phrases with
    operators, alternatives or exact forms go to a ``Matcher``.
    """

    def __init__(self, nlp, lemmatize: Callable[[str], str]) -> None:
        self.nlp = nlp
        self.matcher = Matcher(nlp.vocab, validate=False)
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self._lemma = lemmatize
        self._tok_cache: dict[str, list[str]] = {}
        self.phrases: dict[str, list[str]] = {}
        self._has_patterns = self._has_phrases = False

    def _tokenize(self, text: str) -> list[str]:
        hit = self._tok_cache.get(text)
        if hit is None:
            hit = [t.text for t in self.nlp.tokenizer(text)]
            self._tok_cache[text] = hit
        return hit

    def add(self, key: str, phrases: Iterable[str]) -> None:
        phrases = [p for p in phrases if p and p.strip()]
        if not phrases:
            return
        try:
            compiled = [_compile_phrase(p, self._tokenize, self._lemma) for p in phrases]
        except PhraseSyntaxError as exc:
            raise PhraseSyntaxError(f"lexicon group {key!r}: {exc}") from None
        patterns, docs = [], []
        for tokens in compiled:
            lemmas = _simple_lemmas(tokens)
            if lemmas is None:
                patterns.append(tokens)
            else:
                docs.append(Doc(self.nlp.vocab, words=lemmas, lemmas=lemmas))
        if patterns:
            self.matcher.add(key, patterns)
            self._has_patterns = True
        if docs:
            self.phrase_matcher.add(key, docs)
            self._has_phrases = True
        self.phrases.setdefault(key, []).extend(phrases)

    def __call__(self, doc, greedy_longest: bool = True) -> list[tuple[str, int, int]]:
        """Matches as (key, start_token, end_token); overlapping matches of one key keep the longest."""
        matches = []
        if self._has_patterns:
            matches.extend(self.matcher(doc))
        if self._has_phrases:
            matches.extend(self.phrase_matcher(doc))
        strings = doc.vocab.strings
        out = [(strings[m], s, e) for m, s, e in matches]
        return longest_per_key(out) if greedy_longest else out


    def in_span(self, span, greedy_longest: bool = True) -> list[tuple[str, int, int]]:
        """Matches inside one Span (a sentence), as (key, start, end) offsets into its Doc."""
        rel = _span_relative_offsets(span.doc.vocab)
        strings = span.doc.vocab.strings
        out = []
        if self._has_patterns:
            off = span.start if rel["matcher"] else 0
            out.extend((strings[k], s + off, e + off) for k, s, e in self.matcher(span))
        if self._has_phrases:
            off = span.start if rel["phrase_matcher"] else 0
            out.extend((strings[k], s + off, e + off) for k, s, e in self.phrase_matcher(span))
        return longest_per_key(out) if greedy_longest else out


_RELATIVE: dict[str, bool] = {}


def _span_relative_offsets(vocab) -> dict[str, bool]:
    """Whether spaCy's Matcher / PhraseMatcher report offsets relative to a Span they are
    given (the two differ, and have changed between releases): probed once."""
    if not _RELATIVE:
        doc = Doc(vocab, words=["a", "b", "c"])
        m = Matcher(vocab)
        m.add("probe", [[{"ORTH": "c"}]])
        pm = PhraseMatcher(vocab)
        pm.add("probe", [Doc(vocab, words=["c"])])
        _RELATIVE["matcher"] = m(doc[1:])[0][1] == 1
        _RELATIVE["phrase_matcher"] = pm(doc[1:])[0][1] == 1
    return _RELATIVE


def longest_per_key(matches: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Sorted by start; of overlapping matches of one key, the longest (earliest) is kept."""
    ordered = sorted(matches, key=lambda x: (x[1], -(x[2] - x[1])))
    kept: list[tuple[str, int, int]] = []
    last_end: dict[str, int] = {}
    for key, s, e in ordered:
        if s < last_end.get(key, -1):
            continue
        kept.append((key, s, e))
        last_end[key] = e
    return kept


def compile_regex(pattern: str, where: str, flags: int = re.I) -> re.Pattern:
    """Compile a user- or lexicon-supplied regex, turning errors into one-line config errors."""
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise ConfigError(f"{where}: bad regular expression {pattern!r} ({exc})") from None
