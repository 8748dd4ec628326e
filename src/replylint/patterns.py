"""A small phrase language for lexicons, compiled to spaCy-style token patterns.

Lexicon phrases are written as words separated by spaces::

    guarantee                 a word: matches every inflection (by lemma)
    =guaranteed               "=" matches this exact form only
    promise|guarantee|swear   alternatives
    will? never happen again  "?" makes a word optional
    by _{0,3} tomorrow        "_" is any word; _{0,3} up to three of them, _? _* _+ too
    #num %                    "#num" is a number-like token ("100", "ten")
    100%                      literal words are split the way the tokenizer splits text

Matching ignores case.  Rules keep meaning (negation, hedging, who is speaking) in code.

:class:`PhraseSet` matches the patterns itself rather than through spaCy's ``Matcher``,
which tries every pattern at every token: here a phrase is only tried where its rarest
word occurs.  Its results are the ``Matcher``'s (tests hold the two side by side).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from . import spacy_names as sp
from .errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

_GAP = re.compile(r"^_(\?|\*|\+|\{\d*,?\d*\})?$")
_ITEM = re.compile(r"^(=?[^\s|?]+(?:\|=?[^\s|?]+)*)(\?)?$")


class PhraseSyntaxError(ConfigError):
    pass


def expand_alternatives(phrase: str, tokenize: Callable[[str], list[str]]) -> list[str]:
    """The phrase as one or more phrases in which every alternative is a single token.

    A pattern token tests one text token, so an alternative the tokenizer splits
    ("e-mail", "follow-up", "cannot", "100%") could never match inside ``a|b|c``.  Such
    an alternative becomes a variant of its own, written as a word, which compiles to the
    token sequence the text has: ``email|e-mail|message`` -> ``email|message`` and
    ``e-mail``.  Contractions written alone (``'m``, ``'ve``) are left as they are: the
    tokenizer splits them differently outside a word than after one.
    """
    variants: list[list[str]] = [[]]
    changed = False
    for item in phrase.split():
        m = None if _GAP.match(item) or "|" not in item else _ITEM.match(item)
        if m is None:
            for v in variants:
                v.append(item)
            continue
        alts, optional = m.group(1).split("|"), m.group(2) or ""

        def splits(alt: str) -> bool:
            word = alt.lstrip("=")
            return not word.startswith(("'", "’")) and word != "#num" and len(tokenize(word)) > 1

        multi = [a for a in alts if splits(a)]
        if not multi:
            for v in variants:
                v.append(item)
            continue
        changed = True
        single = [a for a in alts if a not in multi]
        options: list[str | None] = ["|".join(single) + optional] if single else []
        options += multi
        if optional:
            options.append(None)  # an optional item may be left out altogether
        variants = [v + ([o] if o else []) for v in variants for o in options]
    if not changed:
        return [phrase]
    return [" ".join(v) for v in variants if v]


def _compile_phrase(phrase: str, tokenize: Callable[[str], list[str]], lemma: Callable[[str], str]) -> list[dict]:
    # The pipeline's lemmatizer carries a memo of compiled phrases (loaded from and saved
    # to the user's cache, see compile_cache): tokenizing and lemmatizing every lexicon
    # phrase was most of a cold start.  Callers only read the patterns.
    memo = getattr(lemma, "phrase_memo", None)
    if memo is not None:
        hit = memo.get(phrase)
        if hit is None:
            hit = memo[phrase] = _compile_phrase_uncached(phrase, tokenize, lemma)
            lemma.phrase_memo_changed = True
        return hit
    return _compile_phrase_uncached(phrase, tokenize, lemma)


def _compile_phrase_uncached(phrase: str, tokenize: Callable[[str], list[str]], lemma: Callable[[str], str]) -> list[dict]:
    tokens: list[dict] = []
    for item in phrase.split():
        gap = _GAP.match(item)
        if gap:
            op = gap.group(1)
            if op and op.startswith("{"):
                try:
                    lo, hi = _repeat(op)
                except PhraseSyntaxError:
                    raise PhraseSyntaxError(f"bad phrase {phrase!r}: cannot read gap {item!r}") from None
                if lo > hi:
                    raise PhraseSyntaxError(f"bad phrase {phrase!r}: gap {item!r} has its bounds reversed")
            tokens.append({"OP": op} if op else {})
            continue
        if item.startswith("_") and item[1:2] in ("{", "?", "*", "+"):
            raise PhraseSyntaxError(f"bad phrase {phrase!r}: cannot read gap {item!r} (write _, _?, _*, _+ or _{{m,n}})")
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


# Words too common to anchor a phrase on: a phrase is only tried where its anchor
# occurs, so an anchor on "the" would try it nearly everywhere.
_COMMON = frozenset(
    "a an the and or but if of to in on at by for with from as is are was were be been am "
    "do does did have has had i we you he she it they me us him her them my our your his its "
    "their this that these those not no so very can could will would shall should may might "
    "must just all any some more most much what which who when where how there here up out "
    "about than then too also get go make take".split()
)
# Everyday words of business email: a poor anchor when a phrase has a better one.
_FREQUENT = frozenset(
    "sorry know need last call check tell please thanks thank email time help let see look "
    "send like new want good great day week get go make take say work find give use attach "
    "hope sure next back again fine happy even never off year thing job offer word enough "
    "following follow per first second now still request".split()
)
_UNBOUNDED = 1 << 30


def _repeat(op: str | None) -> tuple[int, int]:
    """How many tokens a pattern token takes, from its spaCy ``OP``."""
    if op is None:
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "*":
        return 0, _UNBOUNDED
    if op == "+":
        return 1, _UNBOUNDED
    m = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op)
    if not m or not (m.group(1) or m.group(3)):
        raise PhraseSyntaxError(f"unsupported operator {op!r}")
    lo = int(m.group(1) or 0)
    hi = int(m.group(3)) if m.group(3) else (_UNBOUNDED if m.group(2) else lo)
    return lo, hi


# What one pattern token tests, as an index into DocIndex.columns (or ANY / NUM).
_LEMMA, _LOWER, _ANY, _NUM = 0, 1, 2, 3


class DocIndex:
    """The columns phrase matching reads, built once per Doc and shared by every PhraseSet.

    Reading spaCy ``Token`` objects costs more than tokenizing: one ``to_array`` call
    gives lemma and lower-case hashes, and the set of hashes present lets a phrase set
    skip a draft without its words at the cost of one set intersection.
    """

    __slots__ = ("n", "columns", "present", "candidates", "_num", "_num_set", "_positions", "_orths", "_is_number")

    def __init__(self, doc: Doc) -> None:
        self.n = len(doc)
        self._num: list[int] | None = None
        self._num_set: set[int] | None = None
        # replylint's lemmatizer (the pipeline's last component) leaves the columns here.
        given = doc.user_data.get("replylint_columns")
        if given is not None and len(given[0]) == self.n:
            lemma, lower, self._orths, self._is_number = given
        elif self.n:
            arr = doc.to_array([sp.LEMMA, sp.LOWER, sp.LIKE_NUM])
            lemma, lower = arr[:, 0].tolist(), arr[:, 1].tolist()
            self._num = arr[:, 2].nonzero()[0].tolist()
        else:
            lemma, lower, self._num = [], [], []
        self.columns = (lemma, lower)
        self.present = (set(lemma), set(lower))
        # (phrase set, column, anchor hash) -> its patterns that can match in this doc;
        # a set called once per sentence decides this once per doc.
        self.candidates: dict[tuple[int, int, int], list] = {}
        self._positions: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})

    @classmethod
    def of(cls, doc: Doc) -> "DocIndex":
        index = doc.user_data.get("replylint_index")
        if index is None or index.n != len(doc):
            index = doc.user_data["replylint_index"] = cls(doc)
        return index

    def positions(self, col: int, h: int) -> list[int]:
        """Token indices where column ``col`` holds hash ``h`` (which must be present)."""
        got = self._positions[col].get(h)
        if got is None:
            got = self._positions[col][h] = indices_of(self.columns[col], h)
        return got

    @property
    def numbers(self) -> list[int]:
        """Token indices of number-like tokens."""
        if self._num is None:
            is_number = self._is_number
            self._num = [i for i, orth in enumerate(self._orths) if is_number[orth]]
        return self._num

    @property
    def number_set(self) -> set[int]:
        """The same indices as a set, for membership tests."""
        if self._num_set is None:
            self._num_set = set(self.numbers)
        return self._num_set


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices where the Doc's sentences start, 0 first; read once per Doc and
    shared by the rules that group matches by sentence."""
    got = doc.user_data.get("replylint_sentence_starts")
    if got is None or got[0] != len(doc):
        starts = indices_of(doc.to_array(sp.SENT_START).tolist(), 1) if len(doc) else []
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        got = doc.user_data["replylint_sentence_starts"] = (len(doc), starts)
    return got[1]


def find_all(text: str, sub: str):
    """Every start of ``sub`` in ``text`` (overlapping), by ``str.find``."""
    i = text.find(sub)
    while i != -1:
        yield i
        i = text.find(sub, i + 1)


def indices_of(column: list, value) -> list[int]:
    """Every index of ``value`` in ``column``: list.index scans in C, far cheaper than a
    Python loop over every token."""
    out, i = [], -1
    try:
        while True:
            i = column.index(value, i + 1)
            out.append(i)
    except ValueError:
        return out


class _Pattern:
    """One compiled phrase: token tests with repeat ranges, matched outwards from an anchor."""

    __slots__ = ("key", "slots", "anchor", "needs", "needs_number", "fixed")

    def __init__(self, key: str, slots: list[tuple[int, frozenset[int], int, int]], anchor: int | None,
                 rarity: Callable[[frozenset[int]], tuple]) -> None:
        self.key = key
        self.slots = slots      # (what, hashes, lo, hi)
        self.anchor = anchor    # index of a slot that takes exactly one token, or None
        # Words that must all be in a doc for the pattern to match there: a cheap test
        # that spares walking the pattern at every occurrence of a common anchor.
        # Rarest first, so the test usually fails on its first set.
        needs = [(w, h) for i, (w, h, lo, _) in enumerate(slots) if lo and w in (_LEMMA, _LOWER) and i != anchor]
        self.needs = sorted(needs, key=lambda need: rarity(need[1]))
        self.needs_number = any(w == _NUM and lo for w, _, lo, _ in slots)
        # Every slot takes exactly one token: checked by position, without a search.
        self.fixed = all((lo, hi) == (1, 1) for _, _, lo, hi in slots)

    def possible(self, index: DocIndex) -> bool:
        if self.needs_number and not index.numbers:
            return False
        present = index.present
        for w, h in self.needs:
            if present[w].isdisjoint(h):
                return False
        return True

    def fixed_match(self, index: DocIndex, pos: int, lo: int, hi: int) -> tuple[int, int] | None:
        start = pos - self.anchor
        end = start + len(self.slots)
        if start < lo or end > hi:
            return None
        cols = index.columns
        for j, (what, hashes, _, _) in enumerate(self.slots):
            if what == _ANY:
                continue
            if what == _NUM:
                if start + j not in index.number_set:
                    return None
            elif cols[what][start + j] not in hashes:
                return None
        return start, end

    def ends(self, index: DocIndex, first: int, pos: int, limit: int) -> set[int]:
        """Positions where slots[first:] can end when they start at ``pos`` (< ``limit``)."""
        return _reach(self.slots[first:], index, pos, limit, 1)

    def starts(self, index: DocIndex, last: int, pos: int, limit: int) -> set[int]:
        """Positions where slots[:last] can start when they end at ``pos`` (>= ``limit``)."""
        return _reach(self.slots[:last][::-1], index, pos, limit, -1)


def _reach(slots: list, index: DocIndex, pos: int, limit: int, step: int) -> set[int]:
    """Where a walk over ``slots`` from ``pos`` can stop: rightwards (``step`` 1, tokens
    pos, pos+1, ... below ``limit``) or leftwards (``step`` -1, tokens pos-1, pos-2, ...
    from ``limit`` on), every repeat count of every slot tried."""
    out: set[int] = set()
    cols = index.columns
    stack = [(0, pos)]
    seen = set()
    while stack:
        i, p = stack.pop()
        if (i, p) in seen:
            continue
        seen.add((i, p))
        if i == len(slots):
            out.add(p)
            continue
        what, hashes, lo, hi = slots[i]
        if lo == 0:
            stack.append((i + 1, p))
        k = 0
        while k < hi:
            t = p + k if step > 0 else p - k - 1  # the next token the walk would take
            if (t >= limit if step > 0 else t < limit) or not _test(what, hashes, cols, index, t):
                break
            k += 1
            if k >= lo:
                stack.append((i + 1, p + step * k))
    return out


def _test(what: int, hashes: frozenset[int], cols, index: DocIndex, i: int) -> bool:
    if what == _ANY:
        return True
    if what == _NUM:
        return i in index.number_set
    return cols[what][i] in hashes


_RARITIES: dict[frozenset[int], tuple] = {}


def _slot_test(key: str, tok: dict) -> tuple[int, str | None]:
    """What one token spec tests: (_ANY | _NUM | _LEMMA | _LOWER, the attribute read)."""
    tests = set(tok) - {"OP"}
    if not tests:
        return _ANY, None
    if tests == {"LIKE_NUM"} and tok["LIKE_NUM"] is True:
        return _NUM, None
    if len(tests) == 1 and tests <= {"LEMMA", "LOWER"}:
        attr = tests.pop()
        return (_LEMMA if attr == "LEMMA" else _LOWER), attr
    raise PhraseSyntaxError(f"lexicon group {key!r}: unsupported token test {tok!r}")


class PhraseSet:
    """Named groups of phrases, matched on a Doc's lemma and lower-case columns.

    Each phrase is tried only where its anchor occurs: its least common required word
    (or a number, for phrases that are all numbers and gaps).  So a set costs little
    however many phrases it holds, and next to nothing on a draft without its words;
    the Doc's columns and position index (:class:`DocIndex`) are built once per Doc and
    shared by every set.  Matches are what spaCy's ``Matcher`` would give for the same
    token patterns: every (key, start, end), optionally reduced to the longest per key.
    """

    def __init__(self, nlp, lemmatize: Callable[[str], str]) -> None:
        self.nlp = nlp
        self._lemma = lemmatize
        self._tok_cache: dict[str, list[str]] = {}
        self.phrases: dict[str, list[str]] = {}
        # anchor hash -> patterns anchored on it, per column (lemma, lower)
        self._anchored: tuple[dict[int, list[_Pattern]], dict[int, list[_Pattern]]] = ({}, {})
        # The anchored words, as sets to intersect with a Doc's: rebuilt on the next match
        # after an add (rebuilding them on every add made compiling quadratic).
        self._keys: tuple[frozenset[int], frozenset[int]] | None = (frozenset(), frozenset())
        self._on_numbers: list[_Pattern] = []
        self._everywhere: list[_Pattern] = []

    def _tokenize(self, text: str) -> list[str]:
        hit = self._tok_cache.get(text)
        if hit is None:
            hit = [t.text for t in self.nlp.tokenizer(text)]
            self._tok_cache[text] = hit
        return hit

    def compile(self, key: str, phrases: Iterable[str]) -> list[tuple[str, list[dict]]]:
        """Each phrase with its token pattern; a bad phrase is a PhraseSyntaxError naming
        ``key`` (an empty one, bad syntax, or a token test :meth:`add_pattern` refuses)."""
        phrases = list(phrases)
        for p in phrases:
            if not isinstance(p, str) or not p.strip():
                raise PhraseSyntaxError(f"lexicon group {key!r}: empty phrase {p!r} (it would match nothing)")
        phrases = [v for p in phrases for v in expand_alternatives(p, self._tokenize)]
        try:
            compiled = [_compile_phrase(p, self._tokenize, self._lemma) for p in phrases]
        except PhraseSyntaxError as exc:
            raise PhraseSyntaxError(f"lexicon group {key!r}: {exc}") from None
        for tokens in compiled:
            for tok in tokens:
                _slot_test(key, tok)
        return list(zip(phrases, compiled))

    def add(self, key: str, phrases: Iterable[str]) -> None:
        compiled = self.compile(key, phrases)
        if not compiled:
            return
        for _, tokens in compiled:
            self.add_pattern(key, tokens)
        self.phrases.setdefault(key, []).extend(p for p, _ in compiled)

    def add_pattern(self, key: str, tokens: list[dict]) -> None:
        """Add one spaCy-style token pattern (LEMMA / LOWER / LIKE_NUM tests, any OP)."""
        strings = self.nlp.vocab.strings
        slots = []
        for tok in tokens:
            lo, hi = _repeat(tok.get("OP"))
            what, attr = _slot_test(key, tok)
            if attr is None:
                slots.append((what, frozenset(), lo, hi))
            else:
                value = tok[attr]
                values = value["IN"] if isinstance(value, dict) else [value]
                slots.append((what, frozenset(strings.add(v) for v in values), lo, hi))
        best, best_score = None, None
        for i, (what, hashes, lo, hi) in enumerate(slots):
            if (lo, hi) != (1, 1) or what not in (_LEMMA, _LOWER):
                continue
            score = self._rarity(hashes)
            if best_score is None or score < best_score:
                best, best_score = i, score
        if best is None:
            best = next((i for i, s in enumerate(slots) if s[0] == _NUM and (s[2], s[3]) == (1, 1)), None)
        pattern = _Pattern(key, slots, best, self._rarity)
        if best is None:
            self._everywhere.append(pattern)
        elif slots[best][0] == _NUM:
            self._on_numbers.append(pattern)
        else:
            what, hashes = slots[best][0], slots[best][1]
            for h in hashes:
                self._anchored[what].setdefault(h, []).append(pattern)
            self._keys = None

    @property
    def _anchor_keys(self) -> tuple[frozenset[int], frozenset[int]]:
        keys = self._keys
        if keys is None:
            keys = self._keys = (frozenset(self._anchored[0]), frozenset(self._anchored[1]))
        return keys

    def _rarity(self, hashes: frozenset[int]) -> tuple:
        """Lower is rarer: a slot of uncommon words, with fewer alternatives, longer ones."""
        # Memoized for the process: a hash names one string, and the same word sets come
        # back in every lexicon (and in each validating PhraseSet the jargon rules make).
        got = _RARITIES.get(hashes)
        if got is None:
            words = [self.nlp.vocab.strings[h] for h in hashes]
            common = sum(w in _COMMON or not w.isalpha() for w in words)
            got = _RARITIES[hashes] = (common, sum(w in _FREQUENT for w in words), len(words),
                                       -min(map(len, words)))
        return got

    def __call__(self, doclike, greedy_longest: bool = True) -> list[tuple[str, int, int]]:
        """Matches in a Doc, or inside a Span of one, as (key, start, end) Doc token
        offsets; with ``greedy_longest`` overlapping matches of one key keep the longest."""
        doc = getattr(doclike, "doc", doclike)
        lo, hi = (doclike.start, doclike.end) if doclike is not doc else (0, len(doc))
        if hi <= lo:
            return []
        index = DocIndex.of(doc)
        found: set[tuple[str, int, int]] = set()
        # A short span (a sentence of a long thread) looks up only its own words.
        local = hi - lo < index.n // 2
        for col in (0, 1):
            anchored = self._anchored[col]
            words = set(index.columns[col][lo:hi]) if local else index.present[col]
            for h in words.intersection(self._anchor_keys[col]):
                patterns = index.candidates.get((id(self), col, h))
                if patterns is None:
                    patterns = index.candidates[id(self), col, h] = [p for p in anchored[h] if p.possible(index)]
                if not patterns:
                    continue
                for pos in index.positions(col, h):
                    if lo <= pos < hi:
                        for pattern in patterns:
                            self._around(pattern, index, pos, lo, hi, found)
        if self._on_numbers and index.numbers:
            patterns = [p for p in self._on_numbers if p.possible(index)]
            for pos in index.numbers:
                if lo <= pos < hi:
                    for pattern in patterns:
                        self._around(pattern, index, pos, lo, hi, found)
        for pattern in self._everywhere:
            for pos in range(lo, hi):
                for end in pattern.ends(index, 0, pos, hi):
                    if end > pos:
                        found.add((pattern.key, pos, end))
        if greedy_longest:
            return longest_per_key(found)
        return sorted(found, key=lambda x: (x[1], -(x[2] - x[1]), x[0]))

    @staticmethod
    def _around(pattern: _Pattern, index: DocIndex, pos: int, lo: int, hi: int, found: set) -> None:
        if pattern.fixed:
            got = pattern.fixed_match(index, pos, lo, hi)
            if got is not None:
                found.add((pattern.key, *got))
            return
        a = pattern.anchor
        ends = pattern.ends(index, a + 1, pos + 1, hi)
        if not ends:
            return
        for start in pattern.starts(index, a, pos, lo):
            for end in ends:
                found.add((pattern.key, start, end))

    def in_span(self, span, greedy_longest: bool = True) -> list[tuple[str, int, int]]:
        """Matches inside one Span (a sentence), as (key, start, end) offsets into its Doc."""
        return self(span, greedy_longest)


def longest_per_key(matches: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Sorted by start; of overlapping matches of one key, the longest (earliest) is kept."""
    # The key breaks ties, so results never depend on set order (hash seeds).
    ordered = sorted(matches, key=lambda x: (x[1], -(x[2] - x[1]), x[0]))
    kept: list[tuple[str, int, int]] = []
    last_end: dict[str, int] = {}
    for key, s, e in ordered:
        if s < last_end.get(key, -1):
            continue
        kept.append((key, s, e))
        last_end[key] = e
    return kept


def compile_regex(pattern: str, where: str, flags: int = re.I, *, trusted: bool = False):
    """Compile a lexicon- or user-supplied regex; errors become one-line config errors.

    A pattern shipped in replylint's own lexicons is compiled with Python's ``re`` (we
    wrote and tested it).  Any other -- a user lexicon's, ``leak-allow-patterns`` -- is
    compiled with RE2 (:mod:`replylint.safe_regex`): linear-time matching whatever the
    pattern, so a catastrophic-backtracking regex cannot stall the linter.
    """
    if not isinstance(pattern, str):
        raise ConfigError(f"{where}: expected a regular expression string")
    from .lexicon import builtin_strings
    from .safe_regex import compile_linear

    # ``trusted``: the caller built the pattern in a shape that cannot backtrack (an
    # escaped prefix and one bounded character class), so Python's ``re`` may run it.
    if not trusted and pattern not in builtin_strings():
        return compile_linear(pattern, where, flags)
    from . import regex_cache

    try:
        return regex_cache.compile(pattern, flags)
    except re.error as exc:
        raise ConfigError(f"{where}: bad regular expression {pattern!r} ({exc})") from None


# The characters ``re.IGNORECASE`` matches to an ASCII letter besides its two cases:
# dotless i and long s stay themselves in ``str.lower()`` (a gate looking for "pin" or
# "pass" there cannot see them), dotted I lowers to two characters (offsets shift), and
# the Kelvin sign lowers to k.
_CASE_FOLD_ODDITIES = ("\u0130", "\u0131", "\u017f", "\u212a")


def lower_gates_sound(text: str) -> bool:
    """Does finding a case-insensitive pattern's ASCII words in ``text.lower()`` decide
    whether the pattern can match?"""
    return text.isascii() or not any(c in text for c in _CASE_FOLD_ODDITIES)
