"""Regression tests for issue 11 (hardening from a fuzzing campaign), one per finding.

Each test names the finding it covers; each failed on main before the fix.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from replylint import Config, lint_text
from replylint.baseline import Baseline, fingerprint
from replylint.formatters import RenderOptions, get, names

CARD = "4111 1111 1111 1111"
SAME_SHOWN_CARD = "4111 1000 0000 1111"  # another valid card, shown as "4111 **** **** 1111"
PASSWORD = "Quill&Harbour!58x"

# The card sits inside the first 80 characters of a long, hard paragraph (JRG005),
# and the password, found once after its label, recurs on a line with jargon findings.
LEAKY = (
    "Hi Sam,\n\n"
    f"The card {CARD} that you used for the original order will get the refund as we discussed "
    "on the call yesterday afternoon with your finance team and it should arrive within a few "
    "working days after our accounts team has approved it.\n\n"
    f"Password: {PASSWORD}\n\n"
    f"We will leverage synergies going forward, so {PASSWORD} stays valid per our SLA and KPI.\n\n"
    "Thanks,\nOmar\n"
)


def _outputs(report) -> dict[str, str]:
    return {n: get(n).render([report.result], RenderOptions(statistics=True, show_source=True)) for n in names()}


def _compact(value: str) -> str:
    return value.replace(" ", "").replace("-", "")


# -- finding 1: secrets printed whole -------------------------------------------------

def test_finding1_secret_inside_a_non_sensitive_excerpt_is_scrubbed_in_every_format():
    report = lint_text(LEAKY, Config(), path="d.txt")
    codes = {f.code for f in report.findings}
    assert {"LEK001", "LEK013", "JRG005"} <= codes
    jrg = next(f for f in report.findings if f.code == "JRG005")
    assert "4111 **** **** 1111" in jrg.excerpt  # the excerpt is still useful
    for fmt, out in _outputs(report).items():
        for value in (CARD, _compact(CARD), PASSWORD):
            assert value not in out, f"{value!r} printed whole in {fmt}"


def test_finding1_a_repeated_password_is_scrubbed_by_value_not_position():
    report = lint_text(LEAKY, Config(), path="d.txt")
    line = next(f.line for f in report.findings if f.code == "JRG001")
    shown = report.result.display_line(line)
    assert PASSWORD not in shown and "leverage" in shown


def test_finding1_hook_report_and_api_dicts_are_scrubbed():
    from replylint.hooks.sendmail import _describe

    report = lint_text(LEAKY, Config(), path="d.txt")
    text = "\n".join(line for f in report.findings for line in _describe(f))
    text += json.dumps(report.to_dict())
    assert CARD not in text and PASSWORD not in text


def test_finding1_messages_and_suggestions_are_scrubbed_too():
    # JRG004 names the internal name it found; when that name is also a detected secret
    # (here a password), the message must not carry it.
    from replylint.redaction import Redaction
    from replylint.draft import draft_from_text
    from replylint.findings import Finding, Severity

    draft = draft_from_text(f"Password: {PASSWORD}\n", "d.txt")
    start = draft.text.index(PASSWORD)
    secret = Finding("LEK013", "leak", Severity.ERROR, "password", "d.txt", 1, start + 1, 1, 1,
                     sensitive=True, start=start, end=start + len(PASSWORD), redacted="********")
    other = Finding("JRG004", "jargon", Severity.INFO, f"internal name '{PASSWORD}'", "d.txt", 1, 1, 1, 1,
                    suggestion=f"say what {PASSWORD} is", start=0, end=len(draft.text))
    red = Redaction(draft, [secret, other])
    shown = red.finding(other)
    assert PASSWORD not in shown.message + shown.suggestion + shown.excerpt
    assert "********" in shown.message


# -- finding 2: redacted secrets recoverable from fingerprints ------------------------

def test_finding2_sensitive_fingerprints_do_not_depend_on_the_hidden_digits(tmp_path):
    a = lint_text(f"Card: {CARD}\n", Config(select=["LEK001"]), path="m.txt").result
    b = lint_text(f"Card: {SAME_SHOWN_CARD}\n", Config(select=["LEK001"]), path="m.txt").result
    (fa,), (fb,) = a.findings, b.findings
    assert fa.excerpt == fb.excerpt
    assert fingerprint(a, fa) == fingerprint(b, fb)
    sarif = json.loads(get("sarif").render([a], RenderOptions()))
    (res,) = sarif["runs"][0]["results"]
    assert res["partialFingerprints"]["replylint/v1"] == fingerprint(a.report(), fa)


def test_finding2_non_sensitive_fingerprint_hashes_scrubbed_text():
    report = lint_text(LEAKY, Config(), path="d.txt")
    res = report.result
    jrg = next(f for f in res.findings if f.code == "JRG005")
    assert CARD not in res.matched_text(jrg) and "4111 **** **** 1111" in res.matched_text(jrg)
    swapped = lint_text(LEAKY.replace(CARD, SAME_SHOWN_CARD), Config(), path="d.txt").result
    assert fingerprint(res, jrg) == fingerprint(swapped, next(f for f in swapped.findings if f.code == "JRG005"))


def test_finding2_baseline_keeps_working_for_non_sensitive_findings(tmp_path):
    report = lint_text(LEAKY, Config(), path="d.txt")
    path = tmp_path / "baseline.json"
    baseline = Baseline.from_results([report.result], path)
    again = lint_text(LEAKY, Config(), path="d.txt").result
    (filtered,) = baseline.filter([again])
    assert filtered.findings == []
    raw = json.dumps(sorted(baseline.counts))
    assert CARD not in raw and PASSWORD not in raw


# -- finding 7 (part): non-UTF-8 file names -------------------------------------------

def test_finding7_non_utf8_file_name_keeps_json_and_sarif_valid():
    name = b"caf\xe9-draft.txt".decode("utf-8", "surrogateescape")
    report = lint_text("We guarantee delivery tomorrow, 100%.\n", Config(), path=name)
    assert report.findings
    for fmt in names():
        out = get(fmt).render([report.result], RenderOptions(errors=[f"{name}: cannot read"]))
        out.encode("utf-8")  # strict: no lone surrogates
        if fmt in ("json", "sarif"):
            json.loads(out)
        if fmt == "junit":
            ET.fromstring(out)
