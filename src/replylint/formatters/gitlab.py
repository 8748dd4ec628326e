"""GitLab Code Quality report (a JSON array of issues), for ``artifacts:reports:codequality``.

Each finding is one issue: description (the redacted message), ``check_name`` (the rule
code), a fingerprint (the one baselines and SARIF use: never derived from a secret's
value), severity (error -> critical, warning -> major, info -> info) and the location.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..baseline import fingerprint

_SEVERITY = {"error": "critical", "warning": "major", "info": "info"}


def render(results, options) -> str:
    root = Path.cwd()
    issues, seen = [], {}
    for res in results:
        for f in res.findings:
            base = fingerprint(res, f, root)
            seen[base] = seen.get(base, 0) + 1  # the same words twice in a draft: two issues
            fp = hashlib.sha256(f"{base}\0{seen[base]}".encode()).hexdigest()
            issues.append({
                "type": "issue",
                "description": f"{f.code} {' '.join(f.message.split())}",
                "check_name": f.code,
                "categories": ["Style"] if f.category in ("jargon", "tone", "template") else ["Security"]
                if f.category == "leak" else ["Clarity"],
                "fingerprint": fp,
                "severity": _SEVERITY[str(f.severity)],
                "location": {"path": f.path, "lines": {"begin": f.line, "end": max(f.end_line, f.line)}},
            })
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
