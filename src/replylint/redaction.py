"""Redaction by construction: every text a report shows comes from a scrubbed view.

After all rules have run on a draft, the engine collects every sensitive value that was
detected (the matched text of each finding of a ``sensitive`` rule) and builds a
:class:`Redaction`: a view of the draft in which every occurrence of each value --
wherever it recurs, found by value, not only at the finding's position -- is replaced
by its redacted form (``4111 **** **** 1111``).  Excerpts, display lines, messages and
suggestions of *every* finding are cut from that view, so a long-sentence excerpt or a
quoted line cannot carry a card number that a leak rule found elsewhere in the draft.

A Redaction holds only scrubbed text, never the draft: formatters get it through
:class:`ReportedFile`, which has no way back to the draft.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .draft import Draft
    from .findings import Finding

# Values shorter than this are scrubbed at their position only: replacing every "12"
# of a draft would make reports unreadable and hide nothing.
MIN_VALUE_LEN = 4
DEFAULT_REDACTION = "[redacted]"
EXCERPT_MAX = 80
_SEPARATORS = re.compile(r"[\s\-.]+")


def _variants(value: str) -> set[str]:
    """The value as found, with its spacing normalised, and compact ("4111-1111" -> "41111111")."""
    out = {value, " ".join(value.split()), _SEPARATORS.sub("", value)}
    return {v for v in out if len(v) >= MIN_VALUE_LEN}


def _one_line(redacted: str | None) -> str:
    return " ".join((redacted or DEFAULT_REDACTION).split()) or DEFAULT_REDACTION


class Scrubber:
    """Replaces every occurrence of each sensitive value (and its variants) in a string."""

    def __init__(self, values: dict[str, str]):
        table: dict[str, str] = {}
        for value, redacted in values.items():
            for v in sorted(_variants(value), key=len, reverse=True):
                table.setdefault(v, _one_line(redacted))
        self._table = table
        self.values = dict(values)
        # Longest first, so a value that contains another is replaced whole.
        self._pattern = (re.compile("|".join(re.escape(v) for v in sorted(table, key=len, reverse=True)))
                         if table else None)

    def __bool__(self) -> bool:
        return self._pattern is not None

    def spans(self, text: str) -> Iterable[tuple[int, int, str]]:
        if self._pattern is None:
            return ()
        return ((m.start(), m.end(), self._table[m.group()]) for m in self._pattern.finditer(text))

    def scrub(self, text: str | None) -> str | None:
        if text is None or self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self._table[m.group()], text)


@dataclass(frozen=True)
class ScrubbedText:
    """Text with spans replaced, and a map from original offsets to offsets in it.

    A replaced span keeps its line breaks (the redaction is followed by as many
    newlines as the value held), so line numbers stay those of the original.
    """

    text: str
    # (orig_start, orig_end, new_start, new_end) for every replaced span, in order.
    spans: tuple[tuple[int, int, int, int], ...] = ()

    @classmethod
    def build(cls, text: str, scrubber: Scrubber, positions: Iterable[tuple[int, int, str]] = ()) -> "ScrubbedText":
        found = [(a, b, r) for a, b, r in positions if 0 <= a < b <= len(text)]
        found.extend(scrubber.spans(text))
        if not found:
            return cls(text)
        found.sort(key=lambda s: (s[0], -s[1]))
        merged: list[list] = []
        for a, b, r in found:
            if merged and a < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
                continue
            merged.append([a, b, r])
        out: list[str] = []
        spans = []
        pos = new = 0
        for a, b, r in merged:
            out.append(text[pos:a])
            new += a - pos
            rep = r + "\n" * text.count("\n", a, b)
            spans.append((a, b, new, new + len(rep)))
            out.append(rep)
            new += len(rep)
            pos = b
        out.append(text[pos:])
        return cls("".join(out), tuple(spans))

    def offset(self, pos: int, end: bool = False) -> int:
        """Where original offset ``pos`` lands; inside a replaced span, its start (or end)."""
        if not self.spans:
            return pos
        i = bisect.bisect_right(self.spans, (pos, float("inf"))) - 1
        if i < 0:
            return pos
        a, b, na, nb = self.spans[i]
        if pos < b:
            return nb if end and pos > a else na
        return nb + (pos - b)

    def slice(self, start: int, end: int) -> str:
        """The scrubbed text of original span [start, end): a value it touches is shown whole, redacted."""
        return self.text[self.offset(start) : self.offset(end, end=True)]


class Redaction:
    """Scrubbed views of one draft: its linted text and the source the user gave."""

    def __init__(self, draft: "Draft", findings: Iterable["Finding"]):
        secrets = [(f.start, f.end, _one_line(f.redacted)) for f in findings
                   if f.sensitive and f.unit == 0 and 0 <= f.start < f.end <= len(draft.text)]
        self.scrubber = Scrubber({draft.text[a:b]: r for a, b, r in secrets})
        self.text = ScrubbedText.build(draft.text, self.scrubber, secrets)
        if draft.source_text is None:
            self.source = self.text
        else:
            at, at_end = draft.to_source, draft.to_source_end
            self.source = ScrubbedText.build(draft.source_text, self.scrubber,
                                             [(at(a), at_end(b), r) for a, b, r in secrets])
        self._lines: list[str] | None = None
        self._starts: list[int] | None = None
        self._shift: tuple[list[int], list[int]] | None = None

    def scrub(self, text: str | None) -> str | None:
        """A message or suggestion with every sensitive value replaced."""
        return self.scrubber.scrub(text)

    def span_on_line(self, line: int, column: int, end_line: int, end_column: int) -> tuple[int, int]:
        """Where a finding at ``line:column`` (to ``end_line:end_column``, columns of the
        user's file) stands in the scrubbed ``line(line)``: 0-based [start, end).  A
        redaction shorter or longer than the value it replaced moves what follows it on
        the line; carets and highlights use this, not the file's column."""
        text = self.line(line)
        if self._starts is None:
            src, starts = self.source.text, [0]
            i = src.find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = src.find("\n", i + 1)
            self._starts = starts
        if not 0 < line <= len(self._starts):
            return _clip(text, column - 1, end_column - 1 if end_line == line else len(text))
        new_start = self._starts[line - 1]
        orig_start = new_start - self._shift_before(new_start)
        start = self.source.offset(orig_start + column - 1) - new_start
        end = (self.source.offset(orig_start + end_column - 1, end=end_column > column) - new_start
               if end_line == line else len(text))
        return _clip(text, start, end)

    def _shift_before(self, new: int) -> int:
        """How much longer the scrubbed text is than the original before scrubbed offset ``new``."""
        if self._shift is None:
            ends, total = [], []
            acc = 0
            for a, b, na, nb in self.source.spans:
                acc += (nb - na) - (b - a)
                ends.append(nb)
                total.append(acc)
            self._shift = (ends, total)
        ends, total = self._shift
        i = bisect.bisect_right(ends, new) - 1
        return total[i] if i >= 0 else 0

    def span(self, f: "Finding") -> tuple[int, int]:
        return self.span_on_line(f.line, f.column, f.end_line, f.end_column)

    def excerpt(self, start: int, end: int, limit: int = EXCERPT_MAX) -> str:
        """The scrubbed text of [start, end) on one line, at most ``limit`` characters."""
        text = " ".join(self.text.slice(start, max(start, end)).split())
        return text if len(text) <= limit else text[: limit - 1] + "…"

    def matched_text(self, f: "Finding") -> str:
        """The scrubbed text a finding covers, whole (what non-sensitive fingerprints hash)."""
        if 0 <= f.start < f.end:
            return self.text.slice(f.start, f.end)
        return self.scrub(f.excerpt) or ""

    def line(self, line: int) -> str:
        """Scrubbed 1-based source line (as the user's file numbers it)."""
        if self._lines is None:
            self._lines = self.source.text.split("\n")
        return self._lines[line - 1].rstrip("\r") if 0 < line <= len(self._lines) else ""

    def finding(self, f: "Finding") -> "Finding":
        """``f`` with its excerpt, message and suggestion taken from scrubbed text."""
        excerpt = _one_line(f.redacted) if f.sensitive else (
            self.excerpt(f.start, f.end) if f.end > f.start else self.scrub(f.excerpt))
        return replace(f, excerpt=excerpt, message=self.scrub(f.message), suggestion=self.scrub(f.suggestion),
                       redacted=_one_line(f.redacted) if f.sensitive else None,
                       edits=tuple(self._edit(e) for e in f.edits))

    def _edit(self, e):
        """An edit whose text is scrubbed (a sensitive value is never a replacement) and
        whose range is also placed in the scrubbed source, for ``--diff``."""
        return replace(e, text=self.scrub(e.text) or "", view_start=self.source.offset(e.source_start),
                       view_end=self.source.offset(e.source_end, end=e.source_end > e.source_start))

    def diff(self, path: str, edits) -> str:
        """A unified diff (``check --diff``) of the scrubbed source and the same with ``edits``."""
        if not edits:
            return ""
        import difflib

        before, after = self.edited(edits)
        out = list(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=f"a/{path.lstrip('/')}", tofile=f"b/{path.lstrip('/')}"))
        if out and not out[-1].endswith("\n"):
            out[-1] += "\n\\ No newline at end of file\n"
        return "".join(out)

    def edited(self, edits) -> tuple[str, str]:
        """(scrubbed source, scrubbed source with ``edits`` applied); overlapping edits
        after the first are skipped."""
        before = self.source.text
        out, pos = [], 0
        for e in sorted(edits, key=lambda e: (e.view_start, e.view_end)):
            if e.view_start < pos or e.view_start < 0:
                continue
            out.append(before[pos:e.view_start])
            out.append(e.text)
            pos = e.view_end
        out.append(before[pos:])
        return before, "".join(out)


class MessageRedaction:
    """Scrubbed views of a draft and its extras (subject, other alternatives, attachments).

    Lines are the file's: each text knows where it sits in the file (``line_offset``);
    a transfer-encoded text shows no line (the file holds base64 there).  Every line and
    excerpt is scrubbed of the sensitive values found in *any* of the texts.
    """

    def __init__(self, units: list[tuple["Draft", Redaction]]):
        self.units = units
        values: dict[str, str] = {}
        for _, red in units:
            values.update(red.scrubber.values)
        self.scrubber = Scrubber(values)

    def scrub(self, text: str | None) -> str | None:
        return self.scrubber.scrub(text)

    def line(self, line: int) -> str:
        for draft, red in self.units:
            if draft.encoded:
                continue
            local = line - draft.line_offset
            if local >= 1:
                red.line(1)  # builds its line list
                if local <= len(red._lines or ()):
                    return self.scrub(red.line(local)) or ""
        return ""

    def span(self, f: "Finding") -> tuple[int, int]:
        """Where ``f`` stands in ``line(f.line)`` (see :meth:`Redaction.span_on_line`)."""
        for draft, red in self.units:
            if draft.encoded:
                continue
            local = f.line - draft.line_offset
            if local >= 1:
                red.line(1)
                if local <= len(red._lines or ()):
                    text = self.line(f.line)
                    if text != red.line(local):  # scrubbed again for another text's values
                        break
                    return red.span_on_line(local, f.column, f.end_line - draft.line_offset, f.end_column)
        text = self.line(f.line)
        return _clip(text, f.column - 1, f.end_column - 1 if f.end_line == f.line else len(text))

    def diff(self, path: str, edits) -> str:
        """``check --diff`` for a message whose text is its file's own lines from line 1
        (no headers above it); for a message file the edits are shown as findings only."""
        draft, red = self.units[0]
        if draft.line_offset or draft.encoded or len(self.units) > 1:
            return ""
        return red.diff(path, edits)

    def matched_text(self, f: "Finding") -> str:
        unit = f.unit if 0 <= f.unit < len(self.units) else 0
        return self.scrub(self.units[unit][1].matched_text(f)) or ""


def _clip(text: str, start: int, end: int) -> tuple[int, int]:
    start = max(0, min(start, len(text)))
    return start, max(start, min(end, len(text)))


def printable(text: str) -> str:
    """``text`` as valid Unicode: a file name's undecodable bytes (surrogate escapes) become U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


@dataclass(frozen=True)
class ReportedFile:
    """What a formatter sees of one draft: a printable path, findings, scrubbed lines.

    It has no draft and no unscrubbed text: excerpts, messages and suggestions were
    built from the scrubbed view, and ``display_line`` reads it too.
    """

    path: str
    findings: list["Finding"] = field(default_factory=list)
    _redaction: Redaction | None = field(default=None, repr=False, compare=False)

    def display_line(self, line: int) -> str:
        return self._redaction.line(line) if self._redaction is not None else ""

    def matched_text(self, f: "Finding") -> str:
        return self._redaction.matched_text(f) if self._redaction is not None else f.excerpt

    def display_span(self, f: "Finding") -> tuple[int, int]:
        """Where ``f`` stands in ``display_line(f.line)``: 0-based [start, end), moved by
        any redaction before it on the line (a finding to a later line: to the end)."""
        if self._redaction is not None:
            return self._redaction.span(f)
        text = self.display_line(f.line)
        return _clip(text, f.column - 1, f.end_column - 1 if f.end_line == f.line else len(text))

    def diff(self) -> str:
        """A unified diff of what the findings' edits would do to the scrubbed source."""
        if self._redaction is None:
            return ""
        return self._redaction.diff(self.path, [e for f in self.findings for e in f.edits])
