"""Inline suppression: ``replylint: disable=PRM001`` in a comment on the line or above it.

Works in any comment syntax (``{# #}``, ``<!-- -->``, ``{{!-- --}}``, ``#``), because the
directive is found in the raw source and template syntax is masked before linting, so
the client never sees it in a rendered template.  For ``.eml`` files the
``X-Replylint-Disable: PRM001, LEK`` header disables codes for the whole message.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

DIRECTIVE = re.compile(r"replylint:\s*disable(?:\s*=\s*([A-Za-z0-9_,\s-]*[A-Za-z0-9]))?", re.I)


@dataclass
class Directive:
    line: int          # 1-based source line of the directive
    column: int
    end_column: int
    selectors: list[str]  # empty: every rule
    lines: tuple[int, int] = (0, 0)  # lines it covers (its own and the next)
    used: bool = field(default=False)


def find_directives(source: str) -> list[Directive]:
    out = []
    for n, line in enumerate(source.split("\n"), start=1):
        for m in DIRECTIVE.finditer(line):
            sels = [s.strip() for s in re.split(r"[,\s]+", m.group(1) or "") if s.strip()]
            out.append(Directive(n, m.start() + 1, m.end() + 1, sels, (n, n + 1)))
    return out
