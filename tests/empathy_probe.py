"""What the empathy probe tests share: the empathy codes a draft raises (declared and
default severities) and a batch turned into parameters whose known misses are strict
expected failures.

Import with ``from empathy_probe import blocking, cases, codes`` (tests/ is on the path,
as for ``helpers``)."""
from __future__ import annotations

import pytest

from replylint import Config, lint_text
from replylint.findings import Severity
from replylint.rules import get_rule

PREVIEW = Config(select=["empathy"], preview=True)


def codes(text: str, config: Config = PREVIEW, **kwargs) -> list[str]:
    """Empathy codes at warning or above (declared severities)."""
    return [f.code for f in lint_text(text, config, **kwargs).findings
            if f.category == "empathy" and f.severity >= Severity.WARNING]


def blocking(text: str, **kwargs) -> list[str]:
    """Empathy codes that block a send at default severities (earned precision)."""
    return [c for c in codes(text, **kwargs) if get_rule(c).earned]


def cases(items, known: dict[int, str]):
    """The batch as parameters (a tuple item fills several arguments); ``known`` misses
    (index: why) are strict expected failures, so a change that catches one must move it
    out of the list."""
    return [pytest.param(*(item if isinstance(item, tuple) else (item,)),
                         marks=pytest.mark.xfail(strict=True, reason=known[i])) if i in known
            else item for i, item in enumerate(items)]
