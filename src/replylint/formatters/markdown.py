"""A Markdown report for ``$GITHUB_STEP_SUMMARY`` and merge-request comments.

A summary (counts by severity, category and rule), then one table per draft: where,
rule, severity, message and the (redacted) excerpt.  Built from the scrubbed report
views like every format; cells are escaped so a draft cannot break the table.
"""
from __future__ import annotations

from collections import Counter

_ICON = {"error": "🔴", "warning": "🟠", "info": "🔵"}


def _cell(text) -> str:
    text = " ".join(str(text or "").split())
    for ch in "\\|`*_<>[]":
        text = text.replace(ch, "\\" + ch)
    return text


def render(results, options) -> str:
    findings = [f for r in results for f in r.findings]
    sev = Counter(str(f.severity) for f in findings)
    out = ["## replylint", ""]
    if not findings:
        out.append(f"All clear: {len(results)} draft{'s' if len(results) != 1 else ''} checked.")
    else:
        counts = ", ".join(f"{_ICON[s]} {sev[s]} {s}" for s in ("error", "warning", "info") if sev[s])
        with_findings = sum(1 for r in results if r.findings)
        out.append(f"**{len(findings)} finding{'s' if len(findings) != 1 else ''}** ({counts}) "
                   f"in {with_findings} of {len(results)} draft{'s' if len(results) != 1 else ''}; "
                   f"{sum(1 for f in findings if f.severity >= options.fail_on)} at or above `{options.fail_on}`.")
        out += ["", "| rule | category | findings |", "|---|---|---:|"]
        for (code, cat), n in sorted(Counter((f.code, f.category) for f in findings).items(),
                                     key=lambda x: (-x[1], x[0])):
            out.append(f"| {code} | {cat} | {n} |")
        for res in results:
            if not res.findings:
                continue
            out += ["", f"### {_cell(res.path)}", "", "| line | rule | severity | message | excerpt |",
                    "|---:|---|---|---|---|"]
            for f in res.findings:
                out.append(f"| {f.line}:{f.column} | {f.code} | {_ICON[str(f.severity)]} {f.severity} | "
                           f"{_cell(f.message)} | {_cell(f.excerpt)} |")
    if options.errors:
        out += ["", "### Not checked", ""] + [f"- {_cell(e)}" for e in options.errors]
    return "\n".join(out) + "\n"
