"""User-supplied regular expressions, run in linear time.

Regexes from the user (``leak-allow-patterns``, patterns a user lexicon adds) are
compiled with RE2 (the ``google-re2`` package): matching time is linear in the text
whatever the pattern, so ``(a+)+$`` cannot stall the linter or the pre-send hook.  RE2
has no backreferences or look-around; a pattern using them is a one-line config error.
Differences from Python's ``re`` to know: ``\\w``, ``\\d`` and ``\\b`` are ASCII-only,
and ``\\Z`` is written ``\\z``.

:class:`LinearRegex` offers the part of ``re.Pattern`` the rules use (search, match,
fullmatch, finditer, findall, sub, ``pattern``, ``flags``, ``groups``).  ``pos`` and
``endpos`` are applied by slicing, so scanning many short spans of a long text costs
the spans' length, not the text's each time.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .errors import ConfigError

try:  # pragma: no cover - import guard
    import re2 as _re2
except ImportError:  # pragma: no cover
    _re2 = None


class LinearMatch:
    """A match of a LinearRegex, offsets relative to the whole text."""

    __slots__ = ("_m", "_base", "string", "re")

    def __init__(self, m, base: int, string: str, rx: "LinearRegex"):
        self._m, self._base, self.string, self.re = m, base, string, rx

    def _shift(self, span: tuple[int, int]) -> tuple[int, int]:
        return span if span[0] < 0 else (span[0] + self._base, span[1] + self._base)

    def span(self, group=0) -> tuple[int, int]:
        return self._shift(self._m.span(group))

    def start(self, group=0) -> int:
        return self.span(group)[0]

    def end(self, group=0) -> int:
        return self.span(group)[1]

    def group(self, *groups):
        return self._m.group(*groups)

    def __getitem__(self, group):
        return self._m.group(group)

    def groups(self, default=None):
        return self._m.groups(default)

    def groupdict(self, default=None):
        return self._m.groupdict(default)


class LinearRegex:
    def __init__(self, pattern: str, flags: int, compiled):
        self.pattern, self.flags, self._rx = pattern, flags, compiled
        self.groups = compiled.groups

    def _span(self, text: str, pos: int | None, endpos: int | None) -> tuple[str, int]:
        pos = 0 if pos is None else max(0, min(pos, len(text)))
        endpos = len(text) if endpos is None else max(pos, min(endpos, len(text)))
        return (text, 0) if pos == 0 and endpos == len(text) else (text[pos:endpos], pos)

    def _wrap(self, m, base: int, text: str) -> LinearMatch | None:
        return None if m is None else LinearMatch(m, base, text, self)

    def search(self, text: str, pos: int | None = None, endpos: int | None = None) -> LinearMatch | None:
        part, base = self._span(text, pos, endpos)
        return self._wrap(self._rx.search(part), base, text)

    def match(self, text: str, pos: int | None = None, endpos: int | None = None) -> LinearMatch | None:
        part, base = self._span(text, pos, endpos)
        return self._wrap(self._rx.match(part), base, text)

    def fullmatch(self, text: str, pos: int | None = None, endpos: int | None = None) -> LinearMatch | None:
        part, base = self._span(text, pos, endpos)
        return self._wrap(self._rx.fullmatch(part), base, text)

    def finditer(self, text: str, pos: int | None = None, endpos: int | None = None) -> Iterator[LinearMatch]:
        part, base = self._span(text, pos, endpos)
        return (LinearMatch(m, base, text, self) for m in self._rx.finditer(part))

    def findall(self, text: str, pos: int | None = None, endpos: int | None = None) -> list:
        part, _ = self._span(text, pos, endpos)
        return self._rx.findall(part)

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self._rx.sub(repl, text, count)

    def __repr__(self) -> str:
        return f"LinearRegex({self.pattern!r})"


def compile_linear(pattern: str, where: str, flags: int = 0) -> LinearRegex:
    """Compile a user's regex with RE2; anything RE2 cannot run is a one-line ConfigError."""
    if not isinstance(pattern, str):
        raise ConfigError(f"{where}: expected a regular expression string")
    if _re2 is None:  # pragma: no cover - google-re2 is a dependency
        raise ConfigError(f"{where}: user regular expressions need the google-re2 package (pip install google-re2)")
    try:
        re.compile(pattern, flags)  # Python's syntax first: the error users know
    except re.error as exc:
        raise ConfigError(f"{where}: bad regular expression {pattern!r} ({exc})") from None
    options = _re2.Options()
    options.log_errors = False
    options.case_sensitive = not flags & re.I
    options.dot_nl = bool(flags & re.S)
    try:
        compiled = _re2.compile(("(?m)" if flags & re.M else "") + pattern, options)
    except _re2.error as exc:
        reason = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise ConfigError(f"{where}: regular expression {pattern!r} cannot be run in linear time ({reason}); "
                          "backreferences and look-around are not supported") from None
    return LinearRegex(pattern, flags, compiled)
