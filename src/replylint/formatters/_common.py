"""Helpers shared by the CI formatters (not a format: modules starting with _ are skipped)."""
from __future__ import annotations

import re

from ..findings import Severity

_SECTION = re.compile(r"^##\s+(.+?)\s*$", re.M)


def rule_sections(docs: str) -> dict[str, str]:
    """A rule's docstring split by its "## ..." headings: {"What it does": "...", ...}."""
    out: dict[str, str] = {}
    parts = _SECTION.split(docs)
    for i in range(1, len(parts) - 1, 2):
        out[parts[i].strip()] = parts[i + 1].strip()
    return out


def what_it_does(docs: str) -> str:
    text = rule_sections(docs).get("What it does") or docs.strip()
    return " ".join(text.split())


def level(severity: Severity) -> str:
    """SARIF level of a severity (GitHub uses the same words, with notice for note)."""
    return {Severity.ERROR: "error", Severity.WARNING: "warning"}.get(severity, "note")
