"""Human output: ``path:line:col: CODE [severity] message``, the line, a caret underline."""
from __future__ import annotations

from collections import Counter

from ..findings import Severity

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
                    out.append(f"  {line}")
                    if not f.sensitive:
                        width = (f.end_column - f.column) if f.end_line == f.line else len(line) - f.column + 1
                        out.append("  " + " " * (f.column - 1) + paint("^" * max(1, width), _COLORS[f.severity]))
            if f.suggestion:
                out.append(paint(f"  help: {f.suggestion}", _DIM))
            if options.show_match and f.match:
                out.append(paint(f"  match: [{f.match[0]}] {f.match[1]!r}", _DIM))
    if not options.quiet and results:
        out.append(summary(results, total, paint))
    return "\n".join(out) + ("\n" if out else "")
