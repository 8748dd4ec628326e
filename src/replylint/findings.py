"""Findings and severities: what the engine hands to every front end."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace


class Severity(enum.IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use info, warning or error)") from None

    def lower(self, steps: int = 1) -> "Severity":
        return Severity(max(0, self - steps))

    def raise_(self, steps: int = 1) -> "Severity":
        return Severity(min(2, self + steps))

    def __str__(self) -> str:
        return self.name.lower()


CATEGORIES = (
    "jargon",
    "overpromise",
    "empathy",
    "leak",
    "remark",
    "tone",
    "personalization",
    "template",
    "followup",
    "completeness",
    "input",
    "timezone",
)

# Where in the message a finding sits.  "quoted" covers replies and forwarded blocks.
PARTS = ("body", "quoted", "signature", "header", "subject", "link", "attribute", "attachment", "diff")
# How ``line``/``column`` are meant: "exact" (the file's own line and column) or "part"
# (the text was transfer-encoded in the file -- base64, quoted-printable -- so the
# position is the first line of that MIME part).
POSITIONS = ("exact", "part")


@dataclass(frozen=True)
class Edit:
    """A machine-applicable suggestion: replace a range of the draft with ``text``.

    ``line``/``column`` (1-based, end exclusive) are positions in the file the user gave,
    as a finding's are.  ``text`` of a sensitive finding's edit is its redacted form,
    never the value.  replylint never applies edits itself; editors (code actions) and
    ``check --diff`` show them.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    # Offsets into the linted text (Draft.text) and into the scrubbed source the
    # report shows (what ``--diff`` edits); not part of any output format.
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)
    source_start: int = field(default=0, compare=False, repr=False)
    source_end: int = field(default=0, compare=False, repr=False)
    view_start: int = field(default=-1, compare=False, repr=False)
    view_end: int = field(default=-1, compare=False, repr=False)

    def to_dict(self) -> dict:
        return {"line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "text": self.text}


@dataclass(frozen=True)
class Finding:
    code: str
    category: str
    severity: Severity
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    part: str = "body"
    suggestion: str | None = None
    # Text shown to the user; already redacted when the rule marks the match sensitive.
    excerpt: str = ""
    sensitive: bool = False
    # Offsets into the linted text (Draft.text); not part of any output format.
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)
    # Redacted replacement for the matched text, used to scrub source lines in reports.
    redacted: str | None = field(default=None, compare=False, repr=False)
    # Which text of the message: "body" (the main text), "subject", "text/html" (another
    # alternative), "link"/"attribute" (HTML attribute text), "attachment NAME".
    section: str = "body"
    position: str = "exact"
    # Index of the text in [draft, *draft.extras] the offsets refer to; not output.
    unit: int = field(default=0, compare=False, repr=False)
    # Sensitive findings: 1-based rank among this code's findings in the draft (by
    # position), what their fingerprints use instead of anything derived from the value.
    ordinal: int = field(default=0, compare=False, repr=False)
    # A trained model's score for the sentence (0..1); None for rule findings.
    score: float | None = field(default=None, compare=False)
    # Suggested replacements (see :class:`Edit`); empty where the rule knows none.
    edits: tuple[Edit, ...] = field(default=(), compare=False)
    # The lexicon table and entry that fired, e.g. ("jargon.buzzwords", "leverage").
    match: tuple[str, str] | None = field(default=None, compare=False)

    def with_severity(self, severity: Severity) -> "Finding":
        return replace(self, severity=severity)

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "category": self.category,
            "severity": str(self.severity),
            "message": self.message,
            "suggestion": self.suggestion,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "part": self.part,
            "excerpt": self.excerpt,
            "edits": [e.to_dict() for e in self.edits],
            **({"match": {"table": self.match[0], "entry": self.match[1]}} if self.match else {}),
            **({"score": self.score} if self.score is not None else {}),
            "section": self.section,
            "position": self.position,
        }
