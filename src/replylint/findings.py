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
)

# Where in the message a finding sits.  "quoted" covers replies and forwarded blocks.
PARTS = ("body", "quoted", "signature", "header")


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
    # Sensitive findings: 1-based rank among this code's findings in the draft (by
    # position), what their fingerprints use instead of anything derived from the value.
    ordinal: int = field(default=0, compare=False, repr=False)
    # A trained model's score for the sentence (0..1); None for rule findings.
    score: float | None = field(default=None, compare=False)

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
            **({"score": self.score} if self.score is not None else {}),
        }
