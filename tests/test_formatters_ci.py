"""CI output formats: SARIF 2.1.0 (schema-validated), GitHub annotations, JUnit XML.

Every format must keep sensitive findings redacted.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from replylint import Config, lint_text
from replylint.cli import main
from replylint.draft import draft_from_text
from replylint.engine import FileResult
from replylint.findings import Finding, Severity
from replylint.formatters import RenderOptions, get, names
from replylint.formatters.github import escape_data, escape_property
from replylint.rules import all_rules

REPO = Path(__file__).resolve().parents[1]
SCHEMA = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
SECRET = "4111 1111 1111 1111"
REDACTED = "4111 **** **** 1111"

DRAFT = (
    "Dear [Client Name],\n\n"
    "Your refund of £X,XXX was approved today.\n"
    f"We charged the card {SECRET} for the replacement.\n\n"
    "Thanks,\nGreta\n"
)


def _sensitive(draft, path: str) -> Finding:
    start = draft.text.index(SECRET)
    line, col = draft.line_col(start)
    _, end_col = draft.line_col(start + len(SECRET))
    return Finding(code="LEK001", category="leak", severity=Severity.ERROR, message="payment card number in the draft",
                   path=path, line=line, column=col, end_line=line, end_column=end_col, excerpt=REDACTED,
                   sensitive=True, start=start, end=start + len(SECRET), redacted=REDACTED,
                   suggestion="remove the number; refer to the card by its last four digits")


def results(path: str = "library/refund, final:v2.txt") -> list[FileResult]:
    """A real lint result (template findings) plus a hand-made sensitive finding on the same draft."""
    report = lint_text(DRAFT, Config(select=["template"]), path=path)
    draft = report.result.draft
    findings = sorted(report.findings + [_sensitive(draft, path)], key=lambda f: (f.line, f.column))
    clean = lint_text("Hi Sam,\n\nThanks for the photos; the repair is booked for Monday.\n\nBest,\nGreta\n",
                      Config(), path="library/clean.txt").result
    return [FileResult(draft, findings), clean]


def render(fmt: str, res=None, **opts) -> str:
    return get(fmt).render(res if res is not None else results(), RenderOptions(**opts))


def test_formats_are_discovered():
    assert {"sarif", "github", "junit"} <= set(names())


@pytest.mark.parametrize("fmt", ["sarif", "github", "junit", "text", "json", "concise", "gitlab", "markdown", "html"])
def test_secret_never_printed(fmt):
    out = render(fmt)
    assert SECRET not in out and SECRET.replace(" ", "") not in out
    assert "1111 1111" not in out


# -- SARIF ---------------------------------------------------------------------------
def test_sarif_validates_against_the_official_schema():
    if not SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SCHEMA} (expected ../shared/schemas relative to the repo)")
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is needed to validate SARIF (pip install .[test])")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for res in (results(), []):
        doc = json.loads(render("sarif", res, errors=["broken.eml: malformed MIME message"] if not res else []))
        jsonschema.validate(doc, schema, cls=jsonschema.Draft7Validator)


def test_sarif_rule_metadata_and_results():
    doc = json.loads(render("sarif"))
    assert doc["version"] == "2.1.0"
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "replylint"
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == {r.code for r in all_rules()}
    tpl = rules["TPL001"]
    assert tpl["name"] == "unfilled-placeholder"
    assert tpl["defaultConfiguration"]["level"] == "error"
    assert "## Why it matters" in tpl["help"]["text"] and "template syntax" in tpl["fullDescription"]["text"]
    assert "##" not in tpl["fullDescription"]["text"]
    by_rule = {r["ruleId"]: r for r in run["results"]}
    assert set(by_rule) == {"TPL001", "TPL002", "LEK001"}
    loc = by_rule["TPL001"]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "library/refund%2C%20final%3Av2.txt"
    assert loc["region"] == {"startLine": 1, "startColumn": 6, "endLine": 1, "endColumn": 19}
    assert by_rule["TPL001"]["level"] == "error"
    assert driver["rules"][by_rule["TPL001"]["ruleIndex"]]["id"] == "TPL001"
    assert run["columnKind"] == "unicodeCodePoints"
    assert by_rule["LEK001"]["properties"]["excerpt"] == REDACTED
    assert by_rule["TPL002"]["partialFingerprints"]["replylint/v1"]


def test_sarif_levels_follow_configured_severity(tmp_path):
    draft = tmp_path / "x.txt"
    draft.write_text("Hi,\n\nYour fee will be £XXX a month.\n\nThanks\n")
    res = CliRunner().invoke(main, ["check", "--format", "sarif", "--severity", "TPL002=info", str(draft)])
    doc = json.loads(res.stdout)
    (result,) = doc["runs"][0]["results"]
    assert result["level"] == "note"
    assert res.exit_code == 0


# -- GitHub --------------------------------------------------------------------------
def test_github_escaping():
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_github_annotations():
    lines = render("github").splitlines()
    assert len(lines) == 3
    first = lines[0]
    assert first.startswith("::error file=library/refund%2C final%3Av2.txt,line=1,col=6,endLine=1,endColumn=19,")
    assert "title=TPL001 unfilled-placeholder::" in first
    props, message = first[len("::error "):].split("::", 1)
    assert "\n" not in message and "%0Ahelp: " in message
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)


def test_github_severity_commands_and_errors():
    draft = draft_from_text("Hi\n", "a.txt")
    mk = lambda sev: Finding(code="TPL002", category="template", severity=sev, message="m", path="a.txt",
                             line=1, column=1, end_line=1, end_column=2)
    res = [FileResult(draft, [mk(Severity.ERROR), mk(Severity.WARNING), mk(Severity.INFO)])]
    out = get("github").render(res, RenderOptions(errors=["b.eml: not valid UTF-8"])).splitlines()
    assert [line.split(" ", 1)[0] for line in out] == ["::error", "::warning", "::notice", "::error"]
    assert out[-1].endswith("::b.eml: not valid UTF-8")


# -- JUnit ---------------------------------------------------------------------------
def test_junit_structure():
    root = ET.fromstring(render("junit"))
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    # One test case per finding (as ruff), a clean draft is one passing case.
    assert [c.get("classname") for c in cases] == ["library/refund, final:v2.txt"] * 3 + ["library/clean.txt"]
    assert [c.get("name").split(" at ")[0] for c in cases[:3]] == ["TPL001", "TPL002", "LEK001"]
    failures = [c.find("failure") for c in cases[:3]]
    assert [f.get("type") for f in failures] == ["TPL001", "TPL002", "LEK001"]
    assert cases[3].findall("failure") == [] and cases[3].get("name") == "library/clean.txt"
    assert suite.get("tests") == "4" and suite.get("failures") == "3" and suite.get("errors") == "0"
    assert REDACTED in failures[2].text


def test_junit_non_blocking_findings_do_not_fail():
    draft = draft_from_text("Hi\n", "a.txt")
    info = Finding(code="TPL002", category="template", severity=Severity.INFO, message="minor <thing> & \x0c",
                   path="a.txt", line=1, column=1, end_line=1, end_column=2)
    out = get("junit").render([FileResult(draft, [info])], RenderOptions(fail_on=Severity.WARNING,
                                                                        errors=["c.txt: no such file"]))
    root = ET.fromstring(out)  # control characters and markup are escaped
    cases = root.find("testsuite").findall("testcase")
    assert cases[0].findall("failure") == [] and "minor <thing>" in cases[0].find("system-out").text
    assert cases[1].find("error").get("message") == "c.txt: no such file"


# -- through the CLI, with a real sensitive rule when one is installed ---------------
@pytest.mark.parametrize("fmt", ["sarif", "github", "junit"])
def test_cli_formats_with_a_real_card_number(tmp_path, fmt):
    path = tmp_path / "draft.txt"
    path.write_text(f"Hi Nora,\n\nFor the record, the card we charged was {SECRET}.\n\nThanks,\nPiet\n")
    probe = lint_text(path.read_text(), Config())
    if not any(f.sensitive for f in probe.findings):
        pytest.skip("no sensitive (leak) rule reports card numbers in this tree yet")
    res = CliRunner().invoke(main, ["check", "--format", fmt, str(path)])
    assert res.exit_code == 1
    assert SECRET not in res.stdout and SECRET.replace(" ", "") not in res.stdout
    assert "LEK" in res.stdout
