"""SARIF 2.1.0 output, for GitHub code scanning and other static-analysis dashboards.

Every rule is described in ``tool.driver.rules`` (name, short and full description, the
rule's documentation as help text, default level).  Results carry the rule id, level,
message and a region; they never carry source text, only the finding's excerpt, which is
already redacted for sensitive findings.
"""
from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from .. import __version__
from ..baseline import fingerprint
from ..rules import all_rules
from ._common import level, what_it_does

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> tuple[str, str | None]:
    """(uri, uriBaseId) for a path: relative paths are relative to the source root."""
    if not path or path == "-" or path.startswith("<"):
        return quote(path or "-", safe=""), None
    p = Path(path)
    if p.is_absolute():
        return p.as_uri(), None
    posix = PurePosixPath(*p.parts).as_posix()
    return quote(posix, safe="/"), "%SRCROOT%"


def _rule_descriptor(rule) -> dict:
    docs = rule.docs()
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.message},
        "fullDescription": {"text": what_it_does(docs)},
        "help": {"text": docs, "markdown": docs},
        "defaultConfiguration": {"level": level(rule.default_severity)},
        "properties": {"category": rule.category, "tags": [rule.category]},
    }


def render(results, options) -> str:
    rules = all_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    root = Path.cwd()
    sarif_results = []
    for res in results:
        for f in res.findings:
            uri, base = _uri(f.path)
            location = {"artifactLocation": {"uri": uri, **({"uriBaseId": base} if base else {})},
                        "region": {"startLine": f.line, "startColumn": f.column,
                                   "endLine": max(f.end_line, f.line), "endColumn": max(f.end_column, 1)}}
            text = f.message + (f"\nhelp: {f.suggestion}" if f.suggestion else "")
            item = {
                "ruleId": f.code,
                "level": level(f.severity),
                "message": {"text": text},
                "locations": [{"physicalLocation": location}],
                "partialFingerprints": {"replylint/v1": fingerprint(res, f, root)},
                "properties": {"category": f.category, "part": f.part, "excerpt": f.excerpt,
                               "sensitive": f.sensitive},
            }
            if f.score is not None:
                item["properties"]["score"] = f.score
            if f.edits:
                item["fixes"] = [{
                    "description": {"text": f.suggestion or f.message},
                    "artifactChanges": [{
                        "artifactLocation": location["artifactLocation"],
                        "replacements": [{
                            "deletedRegion": {"startLine": e.line, "startColumn": e.column,
                                              "endLine": e.end_line, "endColumn": e.end_column},
                            "insertedContent": {"text": e.text},
                        } for e in f.edits],
                    }],
                }]
            if f.code in index:
                item["ruleIndex"] = index[f.code]
            sarif_results.append(item)
    invocation = {
        "executionSuccessful": not options.errors,
        "toolExecutionNotifications": [{"level": "error", "message": {"text": e}} for e in options.errors],
    }
    doc = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "replylint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule_descriptor(r) for r in rules],
            }},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": sarif_results,
        }],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
