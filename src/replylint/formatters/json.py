"""Machine output: one JSON object with every file's findings and a summary."""
from __future__ import annotations

import json
from collections import Counter

from .. import __version__


def render(results, options) -> str:
    files = [{"path": r.path, "findings": [f.to_dict() for f in r.findings]} for r in results]
    sev = Counter(str(f.severity) for r in results for f in r.findings)
    cats = Counter(f.category for r in results for f in r.findings)
    summary = {
        "files": len(results),
        "files_with_findings": sum(1 for r in results if r.findings),
        "findings": sum(sev.values()),
        "by_severity": {k: sev.get(k, 0) for k in ("error", "warning", "info")},
        "by_category": dict(sorted(cats.items())),
        "blocking": sum(1 for r in results for f in r.findings if f.severity >= options.fail_on),
        "fail_on": str(options.fail_on),
        "errors": list(options.errors),
    }
    return json.dumps({"version": __version__, "files": files, "summary": summary}, indent=2, ensure_ascii=False) + "\n"
