"""Inline suppression directives, in whatever comment syntax the file has.

* ``replylint: disable=PRM001,LEK`` covers exactly its own line;
* ``replylint: disable-next-line=PRM001`` covers exactly the line below it;
* without ``=codes`` a directive covers every rule.

Codes are separated by commas and never run across a line break: whatever follows the
list (a reason, or anything else) is ordinary text and is linted.  Only the directive and
the comment markers around it are masked (see :mod:`replylint.draft.mask`), so a
directive can never hide text from the rules.  For ``.eml`` files the
``X-Replylint-Disable: PRM001, LEK`` header disables codes for the whole message.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# One code, prefix or category; a list is comma separated, spaces and tabs allowed around
# commas, never a newline (a list that ran on swallowed the next line before).
_CODE = r"[A-Za-z][A-Za-z0-9_-]*"
DIRECTIVE = re.compile(
    rf"replylint:[ \t]*(disable-next-line|disable)\b(?:[ \t]*=[ \t]*({_CODE}(?:[ \t]*,[ \t]*{_CODE})*))?",
    re.I,
)
NEXT_LINE = "disable-next-line"


@dataclass
class Directive:
    line: int          # 1-based source line of the directive
    column: int
    end_column: int
    selectors: list[str]  # empty: every rule
    lines: tuple[int, int] = (0, 0)  # first and last line it covers
    kind: str = "disable"
    # True when nothing but the comment sits on the directive's line (a `disable` there
    # covers an empty line: the user most likely meant disable-next-line).
    alone: bool = False
    used: bool = field(default=False)


def parse_codes(value: str | None) -> list[str]:
    return [s.strip() for s in (value or "").split(",") if s.strip()]


def find_directives(source: str) -> list[Directive]:
    out = []
    for n, line in enumerate(source.split("\n"), start=1):
        for m in DIRECTIVE.finditer(line):
            kind = m.group(1).lower()
            covered = n + 1 if kind == NEXT_LINE else n
            rest = (line[: m.start()] + " " + line[m.end():])
            alone = not re.sub(r"<!--|-->|\{#-?|-?#\}|\{\{!(?:--)?|(?:--)?\}\}|\{%-?\s*(?:end)?comment\s*-?%\}|#|//|%|\s", "", rest)
            out.append(Directive(n, m.start() + 1, m.end() + 1, parse_codes(m.group(2)), (covered, covered),
                                 kind, alone))
    return out
