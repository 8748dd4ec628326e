"""The default-severity policy: a rule blocks by default only with measured precision."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from replylint import Config, lint_text, precision
from replylint.cli import main
from replylint.findings import Severity
from replylint.rules import all_rules, get_rule

ROOT = Path(__file__).resolve().parents[1]
JUDGEMENTS = ROOT / "bench" / "data" / "realmail-judgements.jsonl"


@pytest.mark.parametrize("figures, category, expected", [
    ({"findings": 300, "judged": 27, "right": 14}, "jargon", False),    # judged, below 0.9
    ({"findings": 53, "judged": 12, "right": 11}, "remark", True),      # judged, 0.92
    ({"findings": 40, "judged": 5, "right": 5}, "tone", False),         # too few judged
    ({"findings": 3, "judged": 3, "right": 3}, "leak", True),           # rare, every one right
    ({"findings": 3, "judged": 3, "right": 2}, "leak", False),          # rare, one wrong
    ({"findings": 0, "judged": 0, "right": 0}, "leak", True),           # unmeasured exact format
    ({"findings": 0, "judged": 0, "right": 0}, "overpromise", False),   # unmeasured, no basis
])
def test_policy(monkeypatch, figures, category, expected):
    monkeypatch.setattr(precision, "_data", lambda: {"mails": 100, "codes": {"XYZ001": figures}})
    assert precision.earned("XYZ001", category) is expected
    default = precision.default_severity(Severity.WARNING, "XYZ001", category)
    assert default == (Severity.WARNING if expected else Severity.INFO)


@pytest.mark.parametrize("real, drafts, category, expected", [
    ({"findings": 0, "judged": 0, "right": 0}, {"findings": 20, "right": 19}, "overpromise", True),   # 0.95
    ({"findings": 0, "judged": 0, "right": 0}, {"findings": 20, "right": 17}, "overpromise", False),  # 0.85
    ({"findings": 0, "judged": 0, "right": 0}, {"findings": 4, "right": 4}, "overpromise", False),    # too few
    # Real mail decides whenever the rule fires there: drafts never outvote a wrong finding.
    ({"findings": 2, "judged": 2, "right": 1}, {"findings": 40, "right": 40}, "overpromise", False),
])
def test_rules_silent_on_real_mail_are_judged_on_labelled_drafts(monkeypatch, real, drafts, category, expected):
    data = {"mails": 100, "codes": {"XYZ001": real}, "drafts": {"XYZ001": drafts}}
    monkeypatch.setattr(precision, "_data", lambda: data)
    assert precision.earned("XYZ001", category) is expected


def test_rule_command_gives_the_drafts_basis_of_a_rule_silent_on_real_mail():
    rule = next(r for r in all_rules() if precision.measured(r.code).findings == 0
                and precision.on_drafts(r.code).findings and r.category not in precision.EXACT_CATEGORIES)
    out = CliRunner().invoke(main, ["rule", rule.code]).output
    assert "No finding on real mail to judge" in out and "on labelled drafts" in out


def test_rule_defaults_follow_the_shipped_figures():
    for rule in all_rules():
        assert rule.earned == precision.earned(rule.code, rule.category)
        if not rule.earned:
            assert rule.default_severity <= Severity.INFO


def test_unearned_rule_is_info_by_default_and_declared_with_preview(monkeypatch):
    # Promises, buzzwords and an unexplained internal acronym, so that some rule that has
    # not earned its severity yet (the broad jargon rules, at the time of writing) fires.
    text = ("Hi Dana,\n\nYour visa will definitely be approved. We guarantee a 100% success rate. "
            "You get unlimited revisions, and we'll beat any quote. Going forward we will "
            "leverage our synergies to move the needle, and the QPX team will action the RFC "
            "in the next CAB window.\n\nThanks,\nSam\n")
    monkeypatch.delenv("REPLYLINT_PREVIEW", raising=False)
    unearned = {r.code for r in all_rules() if not r.earned and r.severity >= Severity.WARNING}
    default = [f for f in lint_text(text, Config()).findings if f.code in unearned]
    assert default and all(f.severity == Severity.INFO for f in default), sorted(unearned)
    preview = [f for f in lint_text(text, Config(preview=True)).findings if f.code in unearned]
    assert any(f.severity >= Severity.WARNING for f in preview)
    raised = Config(severity={"overpromise": Severity.WARNING}, preview=False)
    assert all(f.severity == Severity.WARNING for f in lint_text(text, raised).findings if f.category == "overpromise")


def test_preview_key_is_read_from_config():
    assert Config.from_dict({"preview": True}).preview is True
    with pytest.raises(Exception):
        Config.from_dict({"preview": "yes"})


def test_rule_command_shows_measured_precision():
    out = CliRunner().invoke(main, ["rule", "JRG002"]).output
    assert "Measured on real mail:" in out and "judged right" in out
    data = json.loads(CliRunner().invoke(main, ["rules", "--format", "json"]).output)
    row = next(r for r in data if r["code"] == "JRG002")
    assert row["judged"] > 0 and row["precision"] is not None and row["declared_severity"] == "warning"


def test_judgements_hold_no_mail_text_and_back_the_shipped_figures():
    judged, right = Counter(), Counter()
    for line in JUDGEMENTS.read_text(encoding="utf-8").splitlines():
        j = json.loads(line)
        assert set(j) == {"id", "code", "start", "end", "verdict", "reason"}
        assert j["verdict"] in ("right", "wrong") and len(j["reason"]) <= 80
        assert get_rule(j["code"]) is not None
        judged[j["code"]] += 1
        right[j["code"]] += j["verdict"] == "right"
    for code, c in precision._data()["codes"].items():
        # Shipped figures count only judgements that still match a finding.
        assert c["judged"] <= judged[code] and c["right"] <= right[code], code


def test_rule_command_says_a_rule_silent_on_real_mail_needs_enough_draft_findings():
    rule = next((r for r in all_rules() if precision.measured(r.code).findings == 0
                 and 0 < precision.on_drafts(r.code).findings < precision.MIN_DRAFT_FINDINGS
                 and r.category not in precision.EXACT_CATEGORIES and not r.earned), None)
    if rule is None:
        pytest.skip("no rule is held back by too few draft findings in the shipped data")
    out = CliRunner().invoke(main, ["rule", rule.code]).output
    assert f"over at least {precision.MIN_DRAFT_FINDINGS} findings" in out
    assert "until its judged precision on real mail" not in out


BLIND = ROOT / "bench" / "data" / "blind-evidence"


def test_blind_records_hold_ids_and_codes_only_and_back_the_shipped_draft_figures():
    """A held-out set measured before anyone read it counts as it was measured then: its
    record holds draft ids, codes and verdicts (no text), every id exists in its set with the
    recorded verdict, and the shipped draft figures are the sum of records and today's runs."""
    records = sorted(BLIND.glob("*.json"))
    assert records, "no blind record"
    shipped = json.loads((ROOT / "src" / "replylint" / "data" / "precision.json").read_text())
    sources = shipped["drafts_sets"]
    for path in records:
        record = json.loads(path.read_text())
        assert set(record) == {"set", "commit", "items", "pairs"}
        labelled = {}
        with (ROOT / "bench" / "data" / record["set"]).open(encoding="utf-8") as fh:
            for line in fh:
                item = json.loads(line)
                labelled[item["id"]] = item["labels"]
        assert record["items"] == len(labelled)
        for pair in record["pairs"]:
            assert set(pair) == {"id", "code", "right"}
            rule = get_rule(pair["code"])
            assert rule is not None
            assert pair["right"] == (rule.category in labelled[pair["id"]])
        counted = [s for s in sources if s.split(" ")[0] == record["set"]]
        # A record of this wave's blind set waits, uncounted, until the set becomes a
        # development set; from then on the set counts as the record says, never as linted.
        assert counted in ([], [f"{record['set']} (blind, {record['commit']})"])
    # A false alarm seen blind stays counted: EMP004 misfired on heldout7 before it was read.
    h7 = json.loads((BLIND / "heldout7.json").read_text())
    wrong = Counter(p["code"] for p in h7["pairs"] if not p["right"])
    assert shipped["drafts"]["EMP004"]["findings"] - shipped["drafts"]["EMP004"]["right"] >= wrong["EMP004"] > 0
