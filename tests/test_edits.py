"""Structured suggestions: edits on findings, JSON ``edits``, SARIF ``fixes``, ``check --diff``."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from helpers import findings

EXE = shutil.which("replylint")
CARD = "4111 1111 1111 1111"
DRAFT = ("Hi Ann,\n\nWe will leverage the new portal. Your card " + CARD + " is on file.\n"
         "The refund will definitely arrive tomorrow.\n\nBest,\nBo\n")


def run(*args, cwd=None):
    cmd = [EXE, *args] if EXE else [sys.executable, "-m", "replylint", *args]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=120,
                          env={**os.environ, "NO_COLOR": "1"})


def by_code(fs, code):
    return [f for f in fs if f.code == code]


def test_buzzword_edit_is_its_plain_word_in_base_form_only():
    [f] = by_code(findings("We will leverage the new portal.\n"), "JRG001")
    [e] = f.edits
    assert (e.line, e.column, e.end_column, e.text) == (1, 9, 17, "use")
    assert f.match == ("jargon.buzzwords_verb", "leverage")
    # "leveraging" would need "using": the lexicon knows no inflection, so no edit.
    [g] = by_code(findings("We are leveraging the new portal.\n"), "JRG001")
    assert g.edits == ()


def test_buzzword_edit_keeps_a_capital():
    fs = by_code(findings("Leverage the new portal, please.\n"), "JRG001")
    assert fs and fs[0].edits and fs[0].edits[0].text == "Use"


def test_card_edit_is_the_redacted_form_never_the_number():
    fs = findings(DRAFT)
    [card] = by_code(fs, "LEK001")
    [e] = card.edits
    assert e.text == "ending 1111"  # "Your card ending 1111"
    for f in fs:
        for ed in f.edits:
            assert "1111 1111" not in ed.text and "41111111" not in ed.text.replace(" ", "")
    [other] = by_code(findings("Use 4111 1111 1111 1111 for the test.\n"), "LEK001")
    assert other.edits[0].text == "card ending 1111"


def test_certainty_word_hedged_or_removed():
    [f] = by_code(findings("The refund will definitely arrive tomorrow.\n"), "PRM002")
    [e] = f.edits
    assert e.text == "should " and (e.column, e.end_column) == (12, 28)
    # A guarantee needs the writer's words: no edit.
    fs = by_code(findings("We guarantee delivery by tomorrow.\n"), "PRM002") + \
        by_code(findings("We guarantee delivery by tomorrow.\n"), "PRM001")
    assert fs and all(f.edits == () for f in fs)


def test_json_edits_and_sarif_fixes(tmp_path):
    p = tmp_path / "d.txt"
    p.write_text(DRAFT)
    data = json.loads(run("check", str(p), "--format", "json").stdout)
    fs = data["files"][0]["findings"]
    assert all("edits" in f for f in fs)
    jrg = [f for f in fs if f["code"] == "JRG001"][0]
    assert jrg["edits"] == [{"line": 3, "column": 9, "end_line": 3, "end_column": 17, "text": "use"}]
    assert jrg["match"] == {"table": "jargon.buzzwords_verb", "entry": "leverage"}
    sarif = run("check", str(p), "--format", "sarif").stdout
    assert CARD not in sarif
    results = json.loads(sarif)["runs"][0]["results"]
    lek = [r for r in results if r["ruleId"] == "LEK001"][0]
    rep = lek["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert rep["insertedContent"]["text"] == "ending 1111"
    assert rep["deletedRegion"]["startLine"] == 3


def test_diff_prints_what_edits_would_do_and_writes_nothing(tmp_path):
    p = tmp_path / "d.txt"
    p.write_text(DRAFT)
    r = run("check", "d.txt", "--diff", cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert r.stdout.startswith("--- a/d.txt\n+++ b/d.txt\n@@")
    assert "+We will use the new portal. Your card ending 1111 is on file.\n" in r.stdout
    assert "-We will leverage the new portal. Your card 4111 **** **** 1111 is on file.\n" in r.stdout
    assert "+The refund should arrive tomorrow.\n" in r.stdout
    assert CARD not in r.stdout
    assert p.read_text() == DRAFT
    one_job = run("check", "d.txt", "--diff", "-j", "1", cwd=tmp_path)
    assert one_job.stdout == r.stdout
