"""One line per finding, every finding: ``path:line:col: CODE [severity] message``.

For editors' error formats (Vim's ``errorformat``, Emacs ``compile``) and grep; the
message is the redacted one every report shows.  A summary line ends it unless ``-q``.
"""
from __future__ import annotations

from collections import Counter

from .text import statistics, summary


def render(results, options) -> str:
    if options.statistics:
        out = statistics(results)
        return "\n".join(out) + ("\n" if out else "")
    out, total = [], Counter()
    for res in results:
        for f in res.findings:
            total[f.severity] += 1
            out.append(f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {' '.join(f.message.split())}")
    if not options.quiet and results:
        out.append(summary(results, total))
    return "\n".join(out) + ("\n" if out else "")
