"""Masked-profanity regexes with the strings every match holds, so most drafts skip the
regex pass over their whole text."""
from __future__ import annotations

import re
from dataclasses import dataclass

try:  # the regex parser: private but long stable; needles are read off its parse tree
    from re import _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse

from ...patterns import lower_gates_sound


@dataclass
class MaskedRegex:
    """A masked-profanity regex and, when its pattern shows them, lowercase strings one of
    which every match holds ("f*", "sh!"): a draft with none of them is not scanned,
    which spares most drafts a regex pass over their whole text.  The strings are kept
    by their least common character, tested first."""

    regex: re.Pattern
    needles: dict[str, list[str]] | None

    def finditer(self, text: str, lowered: str):
        """Matches in ``text``; ``lowered`` is ``text.lower()``."""
        needles = self.needles
        if needles is not None and not any(c in lowered and any(n in lowered for n in needles[c]) for c in needles):
            if lower_gates_sound(text):
                return iter(())
        return self.regex.finditer(text)


# Required runs of characters are kept while they have at most this many spellings.
_MAX_NEEDLES = 16


def _needles(rx: re.Pattern) -> frozenset[str] | None:
    """Lowercase ASCII strings one of which every match of ``rx`` holds (after lowercasing),
    read off the parsed pattern; None when the pattern does not show any."""
    try:
        return _sequence_needles(_sre_parse.parse(rx.pattern, rx.flags))
    except Exception:  # an unfamiliar parse tree: scan every draft, as without needles
        return None


def _sequence_needles(items) -> frozenset[str] | None:
    """Needles for a sequence of parsed items: its most telling required part.  A part is
    a run of single characters from small known sets, which every match holds side by
    side ("sh" then one of "*!#"), or a group, alternation or repeat with needles itself."""
    best: frozenset[str] | None = None
    run = {""}
    for op, av in items:
        single = op is _sre_parse.LITERAL or op is _sre_parse.IN
        repeated = op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT) and av[0] >= 1
        chars = None
        if single:
            chars = _one_of(op, av)
        elif repeated and len(av[2]) == 1:
            chars = _one_of(*av[2][0])  # its first time round continues the run
        if chars is not None and len(run) * len(chars) > _MAX_NEEDLES:
            best, run = _more_telling(best, _spelt(run)), {""}
        if chars is not None and len(chars) <= _MAX_NEEDLES:
            run = {r + c for r in run for c in chars}
            if single:
                continue
        best, run = _more_telling(best, _spelt(run)), {""}
        if op is _sre_parse.SUBPATTERN:
            best = _more_telling(best, _sequence_needles(av[-1]))
        elif op is _sre_parse.BRANCH:
            options = [_sequence_needles(alt) for alt in av[1]]
            if all(o is not None for o in options):
                best = _more_telling(best, frozenset().union(*options))
        elif repeated:
            best = _more_telling(best, _sequence_needles(av[2]))
    return _more_telling(best, _spelt(run))


def _spelt(run: set[str]) -> frozenset[str] | None:
    """A run's spellings as needles (None for the empty run)."""
    return None if run == {""} else frozenset(run)


def _one_of(op, av) -> set[str] | None:
    """The lowercase characters one parsed item matches, when it takes exactly one
    character from a small set of ASCII ones."""
    if op is _sre_parse.LITERAL:
        return {chr(av).lower()} if av < 128 else None
    if op is not _sre_parse.IN:
        return None
    out: set[str] = set()
    for kind, value in av:
        if kind is _sre_parse.LITERAL and value < 128:
            out.add(chr(value).lower())
        elif kind is _sre_parse.RANGE and value[1] < 128 and value[1] - value[0] < 16:
            out.update(chr(c).lower() for c in range(value[0], value[1] + 1))
        else:  # a negated set, a category (\w, \d), a wide range
            return None
    return out or None


def _by_rarest_char(needles: frozenset[str] | None) -> dict[str, list[str]] | None:
    """Needles grouped by their least common character: a symbol, else a digit, else a letter."""
    if needles is None:
        return None
    out: dict[str, list[str]] = {}
    for needle in sorted(needles):
        out.setdefault(min(needle, key=lambda c: (c.isalpha(), c.isdigit())), []).append(needle)
    return out


def _more_telling(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two needle sets, the rarer in ordinary text: symbols, longer, fewer."""
    if a is None or b is None:
        return a if b is None else b

    def score(needles: frozenset[str]):
        return (all(not n.isalnum() for n in needles), min(map(len, needles)), -len(needles))

    return max(a, b, key=score)
