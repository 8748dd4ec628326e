"""Human output: ``path:line:col: CODE [severity] message``, the line, a caret underline."""
from __future__ import annotations

from collections import Counter

from ..findings import Severity

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def render(results, options) -> str:
    out: list[str] = []
    paint = (lambda s, c: f"{c}{s}{_RESET}") if options.color else (lambda s, c: s)
    total = Counter()
    for res in results:
        for f in res.findings:
            total[f.severity] += 1
            if options.quiet and f.severity < options.fail_on:
                continue
            loc = paint(f"{f.path}:{f.line}:{f.column}:", _BOLD)
            sev = paint(f"[{f.severity}]", _COLORS[f.severity])
            out.append(f"{loc} {paint(f.code, _BOLD)} {sev} {f.message}")
            if options.show_source and not options.quiet:
                line = res.display_line(f.line)
                if line.strip():
                    out.append(f"  {line}")
                    if not f.sensitive:
                        width = (f.end_column - f.column) if f.end_line == f.line else len(line) - f.column + 1
                        out.append("  " + " " * (f.column - 1) + paint("^" * max(1, width), _COLORS[f.severity]))
            if f.suggestion and not options.quiet:
                out.append(paint(f"  help: {f.suggestion}", _DIM))
    if options.statistics:
        counts = Counter((f.code, f.category) for r in results for f in r.findings)
        if out:
            out.append("")
        for (code, cat), n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
            out.append(f"{n:5d}  {code}  {cat}")
    n = sum(total.values())
    if not options.quiet:
        if n:
            parts = ", ".join(f"{total[s]} {s}" for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if total[s])
            files = sum(1 for r in results if r.findings)
            out.append(f"Found {n} finding{'s' if n != 1 else ''} ({parts}) in {files} of {len(results)} draft{'s' if len(results) != 1 else ''}.")
        elif results:
            out.append(f"All clear: {len(results)} draft{'s' if len(results) != 1 else ''} checked.")
    return "\n".join(out) + ("\n" if out else "")
