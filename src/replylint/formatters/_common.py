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


# -- showing a line ---------------------------------------------------------------------
# A source line is shown whole when it fits; a longer one (a one-line HTML email can be
# 20 KB) is shown as a window of about this many columns around the finding, with "…"
# where it was cut, so a report grows with its findings, not with its drafts' lines.
WINDOW = 100
ELLIPSIS = "…"
TAB = 8


def char_width(ch: str) -> int:
    """Terminal columns a character takes: 2 for East Asian Wide/Fullwidth (CJK, most
    emoji), 0 for combining marks, joiners and variation selectors, else 1."""
    import unicodedata

    if ch < "\u0300":
        return 1
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def expand(text: str, start: int = 0) -> tuple[str, list[int]]:
    """``text`` with tabs expanded to the next multiple of 8 columns, and the column
    (0-based, in terminal cells) where each character of ``text`` begins, plus one more
    entry for the end: what carets are placed by."""
    out, cols, col = [], [], start
    for ch in text:
        cols.append(col)
        if ch == "\t":
            n = TAB - col % TAB
            out.append(" " * n)
            col += n
        else:
            out.append(ch)
            col += char_width(ch)
    cols.append(col)
    return "".join(out), cols


def window(line: str, start: int, end: int, width: int = WINDOW) -> tuple[str, int, int]:
    """The part of ``line`` to show for a finding at [start, end) (0-based character
    offsets): the whole line if it is at most ``width`` columns wide, else about
    ``width`` columns around the finding with ``…`` where it was cut.  Returns (shown
    text, start, end) with the offsets moved into the shown text; a finding longer than
    the window is cut at its end."""
    start = max(0, min(start, len(line)))
    end = max(start, min(end, len(line)))
    if len(line) <= 4 * width and sum(TAB if ch == "\t" else char_width(ch) for ch in line) <= width:
        return line, start, end
    # Only the neighbourhood of the finding is measured (a 25 MB line with many findings
    # must not be walked whole for each): no window needs more characters than this.
    lo, hi = max(0, start - 2 * width), min(len(line), min(end, start + 2 * width) + 2 * width)
    shown, s, e = _window(line[lo:hi], start - lo, min(end, hi) - lo, width)
    if lo > 0 and not shown.startswith(ELLIPSIS):
        shown, s, e = ELLIPSIS + shown, s + 1, e + 1
    if hi < len(line) and not shown.endswith(ELLIPSIS):
        shown += ELLIPSIS
    return shown, s, e


def _window(line: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    widths = [TAB if ch == "\t" else char_width(ch) for ch in line]
    budget = width
    # The finding first (at most the whole window), then context on both sides in turn.
    right = start
    while right < end and budget - widths[right] >= 0:
        budget -= widths[right]
        right += 1
    right = max(right, min(start + 1, len(line)))
    left = start
    turn = 0
    while budget > 0 and (left > 0 or right < len(line)):
        if (turn % 2 == 0 and left > 0) or right >= len(line):
            if widths[left - 1] > budget:
                break
            left -= 1
            budget -= widths[left]
        else:
            if widths[right] > budget:
                break
            budget -= widths[right]
            right += 1
        turn += 1
    head = ELLIPSIS if left > 0 else ""
    tail = ELLIPSIS if right < len(line) else ""
    return head + line[left:right] + tail, start - left + len(head), min(end, right) - left + len(head)
