"""Human output: ``path:line:col: CODE [severity] message``, the line, a caret underline.

The line is shown whole when it fits in about 100 columns, else as a window around the
finding with ``…`` marks; carets count tabs and wide characters as a terminal does.
"""
from __future__ import annotations

from collections import Counter

from ..findings import Severity
from ._common import expand, window

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def statistics(results) -> list[str]:
    """ruff's --statistics table: count, code, rule name, category; most frequent first."""
    from ..rules import get_rule

    counts = Counter((f.code, f.category) for r in results for f in r.findings)
    out = []
    for (code, cat), n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        rule = get_rule(code)
        out.append(f"{n:5d}  {code}  {rule.name if rule else '-':<24} {cat}")
    return out


def summary(results, total: Counter, paint=lambda s, c: s) -> str:
    n = sum(total.values())
    drafts = _plural(len(results), "draft")
    if not n:
        return f"All clear: {drafts} checked."
    parts = ", ".join(paint(_plural(total[s], str(s)) if s != Severity.INFO else f"{total[s]} info", _COLORS[s])
                      for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if total[s])
    files = sum(1 for r in results if r.findings)
    return f"Found {_plural(n, 'finding')} ({parts}) in {files} of {drafts}."


def source_lines(line: str, span: tuple[int, int], sensitive: bool = False) -> tuple[str, tuple[str, str] | None]:
    """The line to show under a finding and its caret line (indent, carets).

    ``span`` is where the finding stands in the (scrubbed) line, past any redaction
    before it.  A long line is cut to a window around the finding; tabs are expanded to
    8 columns in both lines, and wide characters (CJK, emoji) count two columns, so the
    carets stand under the finding in a terminal.  A sensitive finding gets no carets
    (its redacted form is shown instead of the value).
    """
    shown, start, end = window(line, *span)
    text, cols = expand(shown)
    if sensitive:
        return text, None
    return text, (" " * cols[start], "^" * max(1, cols[end] - cols[start]))


def render(results, options) -> str:
    """Findings with their line, then a summary.  As in ruff: ``--statistics`` prints the
    table of counts per rule only, and ``-q`` prints the findings without the summary."""
    paint = (lambda s, c: f"{c}{s}{_RESET}") if options.color else (lambda s, c: s)
    if options.statistics:
        out = statistics(results)
        return "\n".join(out) + ("\n" if out else "")
    out: list[str] = []
    total = Counter()
    for res in results:
        for f in res.findings:
            total[f.severity] += 1
            loc = paint(f"{f.path}:{f.line}:{f.column}:", _BOLD)
            sev = paint(f"[{f.severity}]", _COLORS[f.severity])
            out.append(f"{loc} {paint(f.code, _BOLD)} {sev} {f.message}")
            if options.show_source:
                line = res.display_line(f.line)
                if line.strip():
                    shown, carets = source_lines(line, res.display_span(f), f.sensitive)
                    out.append(f"  {shown}")
                    if carets is not None:
                        out.append("  " + carets[0] + paint(carets[1], _COLORS[f.severity]))
            if f.suggestion:
                out.append(paint(f"  help: {f.suggestion}", _DIM))
            if options.show_match and f.match:
                out.append(paint(f"  match: [{f.match[0]}] {f.match[1]!r}", _DIM))
    if not options.quiet and results:
        out.append(summary(results, total, paint))
    return "\n".join(out) + ("\n" if out else "")
