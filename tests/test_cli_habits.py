"""CLI habits users bring from ruff, through the installed command."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

EXE = shutil.which("replylint")
DRAFT = ("Hi Ann,\n\nWe will leverage our synergy. Your card 4111 1111 1111 1111 is on file.\n"
         "The refund will definitely arrive tomorrow.\nThis idiot client never reads.\n\nBest,\nBo\n")


def run(*args, cwd=None):
    cmd = [EXE, *args] if EXE else [sys.executable, "-m", "replylint", *args]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=120,
                          env={**os.environ, "NO_COLOR": "1"})


def _draft(tmp_path):
    (tmp_path / "d.txt").write_text(DRAFT)
    return "d.txt"


def test_concise_is_one_line_per_finding_and_every_finding(tmp_path):
    name = _draft(tmp_path)
    full = json.loads(run("check", name, "--format", "json", cwd=tmp_path).stdout)["files"][0]["findings"]
    for flag in ("--format", "--output-format"):
        p = run("check", name, flag, "concise", cwd=tmp_path)
        assert p.returncode == 1
        lines = p.stdout.splitlines()
        assert len(lines) == len(full) + 1 and lines[-1].startswith("Found ")
        assert [ln.split(" ", 2)[1] for ln in lines[:-1]] == [f["code"] for f in full]
        assert all(ln.startswith("d.txt:") for ln in lines[:-1])
        assert "4111 1111" not in p.stdout
    quiet = run("check", name, "--format", "concise", "-q", cwd=tmp_path)
    assert len(quiet.stdout.splitlines()) == len(full)


def test_statistics_prints_only_the_table_with_rule_names(tmp_path):
    p = run("check", _draft(tmp_path), "--statistics", cwd=tmp_path)
    lines = p.stdout.splitlines()
    assert p.returncode == 1
    assert lines[0].split()[:3] == ["2", "JRG001", "buzzword"]
    assert any(ln.split()[1:3] == ["LEK001", "card-number"] for ln in lines)
    assert not any("Found" in ln or "help:" in ln or ":3:" in ln for ln in lines)


def test_quiet_prints_findings_without_the_summary(tmp_path):
    p = run("check", _draft(tmp_path), "-q", cwd=tmp_path)
    assert "d.txt:3:41: LEK001" in p.stdout and "help:" in p.stdout
    assert "Found" not in p.stdout


def test_summary_is_pluralised(tmp_path):
    p = run("check", _draft(tmp_path), "--severity", "JRG001=info,PRM002=warning", cwd=tmp_path)
    assert "(2 errors, 1 warning, 2 info) in 1 of 1 draft." in p.stdout.splitlines()[-1]
    (tmp_path / "one.txt").write_text("Hi,\n\nYour card 4111 1111 1111 1111 is on file.\n")
    q = run("check", "one.txt", "--select", "LEK001", cwd=tmp_path)
    assert q.stdout.splitlines()[-1] == "Found 1 finding (1 error) in 1 of 1 draft."


def test_gitlab_code_quality(tmp_path):
    p = run("check", _draft(tmp_path), "--format", "gitlab", cwd=tmp_path)
    issues = json.loads(p.stdout)
    assert p.returncode == 1 and "4111 1111" not in p.stdout
    assert {i["check_name"] for i in issues} >= {"JRG001", "LEK001", "RMK001"}
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    card = [i for i in issues if i["check_name"] == "LEK001"][0]
    assert card["severity"] == "critical" and card["location"] == {"path": "d.txt", "lines": {"begin": 3, "end": 3}}
    assert all(i["type"] == "issue" and i["description"] for i in issues)


def test_rule_by_name_and_all_and_unknown_category():
    by_name = run("rule", "card-number")
    assert by_name.returncode == 0 and by_name.stdout.startswith("# LEK001 card-number")
    assert run("rule", "LEK001").stdout == by_name.stdout
    every = run("rule", "--all")
    rules = json.loads(run("rules", "--format", "json").stdout)
    assert every.stdout.count("\n# ") + 1 == len(rules)
    bad = run("rule", "no-such-rule")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    cat = run("rules", "--category", "nonsense")
    assert cat.returncode == 2 and "unknown category 'nonsense'" in cat.stderr
    assert run("rules", "--category", "leak").stdout.strip()


def test_markdown_report_for_step_summaries(tmp_path):
    name = _draft(tmp_path)
    p = run("check", name, "--format", "markdown", cwd=tmp_path)
    md = p.stdout
    assert p.returncode == 1 and md.startswith("## replylint\n")
    assert "4111 1111" not in md and "4111 \\*\\*\\*\\* \\*\\*\\*\\* 1111" in md
    full = json.loads(run("check", name, "--format", "json", cwd=tmp_path).stdout)["files"][0]["findings"]
    rows = [ln for ln in md.splitlines() if ln.startswith("| ") and ln.split(" | ")[0][2:].replace(":", "").isdigit()]
    assert [r.split(" | ")[1] for r in rows] == [f["code"] for f in full]
    assert "### d.txt" in md and "| JRG001 | jargon | 2 |" in md


def test_junit_one_testcase_per_finding(tmp_path):
    import xml.etree.ElementTree as ET

    name = _draft(tmp_path)
    full = json.loads(run("check", name, "--format", "json", cwd=tmp_path).stdout)["files"][0]["findings"]
    p = run("check", name, "--format", "junit", cwd=tmp_path)
    cases = ET.fromstring(p.stdout).find("testsuite").findall("testcase")
    assert [c.get("name").split(" at ")[0] for c in cases] == [f["code"] for f in full]
    blocking = [f for f in full if f["severity"] in ("warning", "error")]
    assert sum(1 for c in cases if c.find("failure") is not None) == len(blocking)
    assert "4111 1111" not in p.stdout


def test_show_files_and_show_settings(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text(DRAFT)
    (tmp_path / "drafts" / "b.eml").write_text("Subject: x\n\nHi\n")
    (tmp_path / "drafts" / "notes.py").write_text("x = 1\n")
    (tmp_path / ".replylint.toml").write_text('ignore = ["JRG001"]\nfail-on = "error"\n')
    files = run("check", "drafts", "--show-files", cwd=tmp_path)
    assert files.returncode == 0 and files.stdout.splitlines() == ["drafts/a.txt", "drafts/b.eml"]
    st = run("check", "drafts", "--show-settings", cwd=tmp_path)
    assert st.returncode == 0
    assert ".replylint.toml" in st.stdout and 'ignore = ["JRG001"]' in st.stdout and 'fail-on = "error"' in st.stdout
    assert "  LEK001 error  card-number" in st.stdout and "JRG001" not in st.stdout.split("Enabled rules")[1]


def test_show_match_names_the_lexicon_entry(tmp_path):
    p = run("check", _draft(tmp_path), "--show-match", cwd=tmp_path)
    assert "  match: [jargon.buzzwords_verb] 'leverage'" in p.stdout
    assert "match:" not in run("check", "d.txt", cwd=tmp_path).stdout
