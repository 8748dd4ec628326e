"""The Draft: one email to lint, split into the parts rules care about."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

# Segment kinds.  "disclaimer" is reported as part "signature".
BODY, QUOTED, SIGNATURE, DISCLAIMER = "body", "quoted", "signature", "disclaimer"
# The diff of a patch sent as mail (below the "---" of ``git format-patch``): read by the
# leak and remark rules (a key or an insult in a diff reaches the reader), not by style rules.
DIFF = "diff"


@dataclass
class Segment:
    kind: str
    start: int
    end: int
    # For quoted blocks: who wrote it, as the attribution line says ("Kwame Asante <k@x.com>").
    author: str | None = None
    # For quoted blocks: True when the author is the recipient (the client's own words),
    # False when it is someone else (a colleague, another client), None when unknown.
    by_recipient: bool | None = None
    forwarded: bool = False

    @property
    def part(self) -> str:
        return "signature" if self.kind == DISCLAIMER else self.kind


@dataclass
class Draft:
    """An email draft.

    ``text`` is the source the user gave (for ``.eml``: the decoded body part), and every
    offset a rule reports is into it.  ``masked`` has the same length: quote markers,
    template syntax and HTML leftovers are blanked so NLP sees prose, and offsets still
    line up with ``text``.
    """

    path: str
    text: str
    masked: str
    format: str = "txt"
    subject: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    recipients: list[str] = field(default_factory=list)
    sender: str | None = None
    attachments: list[str] = field(default_factory=list)
    # Whether ``attachments`` is the whole truth (an .eml's MIME parts, --attachment, the
    # API's attachments=); a plain text draft's attachments are otherwise unknown.
    attachments_known: bool = False
    segments: list[Segment] = field(default_factory=list)
    # Codes (or "all") disabled for the whole message, e.g. by an X-Replylint-Disable header.
    disabled: set[str] = field(default_factory=set)
    # Spans of template syntax (start, end) that were masked.
    placeholders: list[tuple[int, int]] = field(default_factory=list)
    # Line offset of ``text`` inside the file the user gave, and a map back to source
    # offsets when the text was converted (HTML): [(text_offset, source_offset), ...].
    source_map: list[tuple[int, int]] | None = None
    source_text: str | None = None
    template: bool = False
    # The message this draft replies to, when given separately (``--in-reply-to FILE``,
    # ``lint_text(in_reply_to=...)``): plain text, read by rules that need context.
    in_reply_to: str | None = None
    # Lines of the file before ``text`` starts (an ``.eml`` body below its headers): added to
    # every reported line, so positions land on the file's own lines.
    line_offset: int = 0
    # 1-based file line of each header (lower-case name), for findings about a header.
    header_lines: dict[str, int] = field(default_factory=dict)
    # True when the text was transfer-encoded in the file (base64, quoted-printable): its
    # own lines are not the file's, so every position is the part's first line.
    encoded: bool = False
    # Which text of the message this is: "body" for the main text; the other texts a client
    # reads are linted as ``extras`` of the main draft: "subject", "text/html" (another
    # alternative), "attribute" (href/src/alt/title), "attachment".
    section: str = "body"
    label: str | None = None  # e.g. an attachment's file name, a message's Message-ID
    # Rule categories that read this text (None: all of them).
    categories: frozenset[str] | None = None
    extras: list["Draft"] = field(default_factory=list)
    # What reading had to do that the user should know (a charset read leniently...).
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if len(self.masked) != len(self.text):
            raise ValueError("masked text must keep the length of the text")
        self._line_starts: list[int] | None = None
        self._seg_starts: list[int] | None = None
        self._map_keys: list[int] | None = None

    # -- parts -------------------------------------------------------------
    def segment_at(self, offset: int) -> Segment:
        if not self.segments:
            return Segment(BODY, 0, len(self.text))
        if self._seg_starts is None:
            self._seg_starts = [s.start for s in self.segments]
        i = bisect.bisect_right(self._seg_starts, offset) - 1
        return self.segments[max(i, 0)]

    def part_at(self, offset: int) -> str:
        return self.segment_at(offset).part

    def spans(self, *kinds: str) -> list[Segment]:
        return [s for s in self.segments if s.kind in kinds]

    @property
    def new_text(self) -> str:
        return "".join(self.masked[s.start : s.end] for s in self.spans(BODY))

    @property
    def quoted_text(self) -> str:
        return "".join(self.masked[s.start : s.end] for s in self.spans(QUOTED))

    # -- positions ---------------------------------------------------------
    def _source(self) -> tuple[str, int]:
        return (self.source_text, 0) if self.source_text is not None else (self.text, 0)

    def to_source(self, offset: int) -> int:
        if not self.source_map:
            return offset
        if self._map_keys is None:
            self._map_keys = [t for t, _ in self.source_map]
        i = bisect.bisect_right(self._map_keys, offset) - 1
        if i < 0:
            return offset
        t, s = self.source_map[i]
        return s + (offset - t)

    def to_source_end(self, offset: int) -> int:
        """Where a span ending at text ``offset`` ends in the source: just after its last
        character.  (``to_source`` maps an offset to the character that starts there,
        which in HTML can sit after a closing tag: "<b>1111</b> on" would end after the
        "</b>", and a highlight or a redaction would take the tag with it.)"""
        if not self.source_map or offset <= 0:
            return self.to_source(offset)
        if self._map_keys is None:
            self._map_keys = [t for t, _ in self.source_map]
        i = bisect.bisect_right(self._map_keys, offset - 1) - 1
        if i < 0:
            return self.to_source(offset)
        t, s = self.source_map[i]
        end = s + (offset - t)
        src = self.source_text
        nxt = self.source_map[i + 1][0] if i + 1 < len(self.source_map) else len(self.text)
        if src is not None and nxt - t == 1 and src.startswith("&", s):   # an entity: "&amp;" is one character
            semi = src.find(";", s, s + 12)
            end = semi + 1 if semi > 0 else end
        return end

    def line_col(self, offset: int, end: bool = False) -> tuple[int, int]:
        """1-based line and column of a text offset in the file the user gave (for an
        encoded part: the part's first line, column 1); ``end``: of a span's end."""
        if self.encoded:
            return self.line_offset + 1, 1
        line, col = self.local_line_col(offset, end)
        return line + self.line_offset, col

    def file_line(self, local_line: int) -> int:
        """The file line of a line of ``source_text`` (or ``text``)."""
        return self.line_offset + (1 if self.encoded else local_line)

    def local_line_col(self, offset: int, end: bool = False) -> tuple[int, int]:
        """1-based line and column of a text offset in ``source_text`` (or ``text``)."""
        src = self.source_text if self.source_text is not None else self.text
        off = self.to_source_end(offset) if end else self.to_source(offset)
        if self._line_starts is None:
            starts, i = [0], src.find("\n")
            while i >= 0:  # str.find scans in C; a Python loop over characters costs 50x more
                starts.append(i + 1)
                i = src.find("\n", i + 1)
            self._line_starts = starts
        line = bisect.bisect_right(self._line_starts, off) - 1
        return line + 1, off - self._line_starts[line] + 1

    def source_line(self, line: int) -> str:
        src = self.source_text if self.source_text is not None else self.text
        lines = src.split("\n")
        return lines[line - 1].rstrip("\r") if 0 < line <= len(lines) else ""
