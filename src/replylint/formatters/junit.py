"""JUnit XML: one test suite, one test case per finding (as ruff), so Jenkins, Azure
DevOps, CircleCI and action-junit-report show every one; a draft without findings is one
passing test case.

A finding at or above ``--fail-on`` is a failure; one below it is a passing test case
with the finding in its ``system-out``.  Input errors are test cases with an ``error``.  Only messages and
(redacted) excerpts are written, never source lines.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

_BAD_XML = re.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _x(value) -> str:
    return _BAD_XML.sub("\ufffd", str(value))


def _describe(f) -> str:
    lines = [f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}"]
    if f.excerpt:
        lines.append(f"excerpt: {f.excerpt}")
    if f.suggestion:
        lines.append(f"help: {f.suggestion}")
    return "\n".join(lines)


def render(results, options) -> str:
    suites = ET.Element("testsuites", name="replylint")
    suite = ET.SubElement(suites, "testsuite", name="replylint")
    failures = errors = 0
    tests = 0
    for res in results:
        if not res.findings:
            tests += 1
            ET.SubElement(suite, "testcase", classname=_x(res.path), name=_x(res.path), file=_x(res.path))
        for f in res.findings:
            if options.quiet and f.severity < options.fail_on:
                continue
            tests += 1
            case = ET.SubElement(suite, "testcase", classname=_x(res.path),
                                 name=_x(f"{f.code} at {res.path}:{f.line}:{f.column}"), file=_x(res.path),
                                 line=str(f.line))
            if f.severity >= options.fail_on:
                failures += 1
                el = ET.SubElement(case, "failure", type=f.code,
                                   message=_x(f"{f.line}:{f.column} {f.code} [{f.severity}] {f.message}"))
                el.text = _x(_describe(f))
            else:
                ET.SubElement(case, "system-out").text = _x(_describe(f))
    for n, err in enumerate(options.errors, 1):
        errors += 1
        case = ET.SubElement(suite, "testcase", classname="replylint", name=_x(err.split(": ", 1)[0] or f"input {n}"))
        ET.SubElement(case, "error", type="input", message=_x(err)).text = _x(err)
    tests += len(options.errors)
    for el in (suites, suite):
        el.set("tests", str(tests))
        el.set("failures", str(failures))
        el.set("errors", str(errors))
    suite.set("skipped", "0")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
