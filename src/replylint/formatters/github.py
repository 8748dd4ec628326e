"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per finding.

GitHub shows them as annotations on the pull request's changed lines.  Messages carry
the rule message and the help text, never source text (excerpts are left out).
"""
from __future__ import annotations

from ..findings import Severity
from ..rules import get_rule

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _props(**props) -> str:
    return ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())


def render(results, options) -> str:
    out = []
    for res in results:
        for f in res.findings:
            if options.quiet and f.severity < options.fail_on:
                continue
            rule = get_rule(f.code)
            title = f"{f.code} {rule.name}" if rule else f.code
            props = _props(file=f.path, line=f.line, col=f.column, endLine=max(f.end_line, f.line),
                           endColumn=f.end_column, title=title)
            message = f.message + (f"\nhelp: {f.suggestion}" if f.suggestion else "")
            out.append(f"::{_COMMAND[f.severity]} {props}::{escape_data(message)}")
    for err in options.errors:
        out.append(f"::error {_props(title='replylint')}::{escape_data(err)}")
    return "\n".join(out) + ("\n" if out else "")
