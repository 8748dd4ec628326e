"""The installed ``replylint`` command, run as a real subprocess."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXE = shutil.which("replylint")
PROMISE = "Don't worry, we guarantee delivery by tomorrow.\n"
HEDGED = "We aim to send the revised draft by Friday.\n"


def run(*args: str, stdin: str | bytes | None = None, cwd: Path | None = None, env: dict | None = None):
    cmd = [EXE, *args] if EXE else [sys.executable, "-m", "replylint", *args]
    data = stdin.encode() if isinstance(stdin, str) else stdin
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(cmd, input=data, capture_output=True, cwd=cwd, env=full_env, timeout=120)


def out(p) -> str:
    return p.stdout.decode()


def err(p) -> str:
    return p.stderr.decode()


def test_help_and_version():
    p = run("--help")
    assert p.returncode == 0 and "check" in out(p) and "rules" in out(p)
    v = subprocess.run([sys.executable, "-m", "replylint", "--version"], capture_output=True, timeout=60)
    assert v.returncode == 0 and b"replylint" in v.stdout


def test_guarantee_exits_1_with_overpromise_finding(tmp_path):
    p = run("check", "-", stdin=PROMISE, cwd=tmp_path)
    assert p.returncode == 1, out(p) + err(p)
    assert "PRM" in out(p) and "-:1:" in out(p)


def test_hedged_commitment_exits_0(tmp_path):
    p = run("check", "-", stdin=HEDGED, cwd=tmp_path)
    assert p.returncode == 0, out(p)


def test_severity_override_by_category_and_code(tmp_path):
    assert run("check", "-", "--severity", "overpromise=info", stdin=PROMISE, cwd=tmp_path).returncode == 0
    codes = {f["code"] for f in json.loads(out(run("check", "-", "--format", "json", stdin=PROMISE, cwd=tmp_path)))["files"][0]["findings"]}
    by_code = ",".join(f"{c}=info" for c in codes)
    assert run("check", "-", "--severity", by_code, stdin=PROMISE, cwd=tmp_path).returncode == 0


def test_severity_override_in_config(tmp_path):
    (tmp_path / ".replylint.toml").write_text('[severity]\noverpromise = "info"\n')
    assert run("check", "-", stdin=PROMISE, cwd=tmp_path).returncode == 0
    (tmp_path / ".replylint.toml").write_text('fail-on = "info"\n')
    assert run("check", "-", stdin=PROMISE, cwd=tmp_path).returncode == 1


def test_unknown_config_key_is_one_line_exit_2(tmp_path):
    (tmp_path / ".replylint.toml").write_text('colour = "red"\n')
    p = run("check", "-", stdin=HEDGED, cwd=tmp_path)
    assert p.returncode == 2
    lines = err(p).strip().splitlines()
    assert len(lines) == 1 and "colour" in lines[0] and "Traceback" not in err(p)


def test_explicit_config_and_missing_config(tmp_path):
    cfg = tmp_path / "strict.toml"
    cfg.write_text('[severity]\noverpromise = "info"\n')
    assert run("check", "--config", str(cfg), "-", stdin=PROMISE, cwd=tmp_path).returncode == 0
    p = run("check", "--config", str(tmp_path / "nope.toml"), "-", stdin=PROMISE, cwd=tmp_path)
    assert p.returncode == 2 and "Traceback" not in err(p)


def test_unreadable_file_reported_others_still_linted(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(PROMISE)
    bad = tmp_path / "bad.msg"  # Outlook's Compound File format: refused with advice
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    p = run("check", str(tmp_path / "missing.txt"), str(bad), str(good), cwd=tmp_path)
    assert p.returncode == 2
    assert "missing.txt: no such file" in err(p) and "save the message as .eml" in err(p)
    assert "good.txt:1:" in out(p)
    assert "Traceback" not in err(p)


def test_json_output_shape(tmp_path):
    p = run("check", "-", "--format", "json", "--stdin-filename", "draft.txt", stdin=PROMISE, cwd=tmp_path)
    data = json.loads(out(p))
    assert set(data) == {"version", "files", "summary"}
    f = data["files"][0]
    assert f["path"] == "draft.txt"
    keys = {"code", "category", "severity", "message", "suggestion", "line", "column", "end_line", "end_column", "part", "excerpt",
            "section", "position", "edits"}
    # "match" where a lexicon entry fired, "score" for a model's finding.
    assert f["findings"] and all(keys <= set(x) <= keys | {"match", "score"} for x in f["findings"])
    assert any(x["category"] == "overpromise" and x["part"] == "body" for x in f["findings"])
    assert data["summary"]["findings"] == len(f["findings"])


def test_exit_zero_fail_on_quiet_statistics(tmp_path):
    assert run("check", "-", "--exit-zero", stdin=PROMISE, cwd=tmp_path).returncode == 0
    assert run("check", "-", "--fail-on", "error", "--severity", "overpromise=warning", stdin=PROMISE, cwd=tmp_path).returncode == 0
    stats = run("check", "-", "--statistics", stdin=PROMISE, cwd=tmp_path)
    assert "overpromise" in out(stats)
    quiet = run("check", "-", "-q", stdin=HEDGED, cwd=tmp_path)
    assert quiet.returncode == 0 and out(quiet) == ""


def test_no_colour_when_not_a_tty_or_no_color(tmp_path):
    p = run("check", "-", stdin=PROMISE, cwd=tmp_path)
    assert "\033[" not in out(p)
    forced = run("check", "-", "--color", stdin=PROMISE, cwd=tmp_path)
    assert "\033[" in out(forced)


def test_folders_include_exclude(tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "a.txt").write_text(PROMISE)
    (tmp_path / "t" / "b.md").write_text(HEDGED)
    (tmp_path / "t" / "skip.txt").write_text(PROMISE)
    (tmp_path / "t" / "data.csv").write_text(PROMISE)
    p = run("check", "t", "--exclude", "skip.txt", "--format", "json", cwd=tmp_path)
    paths = sorted(Path(f["path"]).name for f in json.loads(out(p))["files"])
    assert paths == ["a.txt", "b.md"]


def test_eml_on_stdin(tmp_path):
    raw = f"From: me@ourco.example\nTo: ann@client.example\nSubject: Update\n\nHi Ann,\n\n{PROMISE}".encode()
    p = run("check", "-", stdin=raw, cwd=tmp_path)
    assert p.returncode == 1 and "PRM" in out(p)


def test_missing_model_is_a_clear_error(tmp_path):
    p = run("check", "-", "--model", "no_such_pipeline_xyz", stdin=HEDGED, cwd=tmp_path)
    assert p.returncode == 2 and "no_such_pipeline_xyz" in err(p) and "Traceback" not in err(p)
    assert len(err(p).strip().splitlines()) == 1


def test_rules_list_and_docs():
    p = run("rules", "--format", "json")
    rules = json.loads(out(p))
    assert {"code", "name", "category", "severity"} <= set(rules[0])
    assert any(r["category"] == "overpromise" for r in rules)
    doc = run("rule", "PRM001")
    assert doc.returncode == 0 and "What it does" in out(doc) and "Why it matters" in out(doc)
    bad = run("rule", "NOPE01")
    assert bad.returncode == 2 and "unknown rule" in err(bad)


def test_every_rule_has_complete_docs():
    # In process: one subprocess per rule would only time Python start-up.
    from click.testing import CliRunner

    from replylint.cli import main
    from replylint.rules import all_rules

    runner = CliRunner()
    for rule in all_rules():
        res = runner.invoke(main, ["rule", rule.code])
        assert res.exit_code == 0, res.output
        for heading in ("What it does", "Why it matters", "Example", "Use instead"):
            assert heading in res.output, f"{rule.code} docs lack {heading!r}"


def test_inline_suppression_and_unused_suppression(tmp_path):
    draft = "Hi,\n\n<!-- replylint: disable-next-line=overpromise -->\n" + PROMISE
    p = run("check", "-", stdin=draft, cwd=tmp_path)
    assert p.returncode == 0 and "PRM" not in out(p)
    stale = "Hi,\n\n# replylint: disable=PRM001\n\n\n" + HEDGED
    p = run("check", "-", "--format", "json", stdin=stale, cwd=tmp_path)
    codes = [f["code"] for f in json.loads(out(p))["files"][0]["findings"]]
    assert codes == ["TPL100"]


def test_eml_disable_header(tmp_path):
    raw = f"From: me@ourco.example\nTo: ann@client.example\nX-Replylint-Disable: overpromise\nSubject: x\n\n{PROMISE}".encode()
    p = run("check", "-", stdin=raw, cwd=tmp_path)
    assert p.returncode == 0, out(p)


@pytest.mark.skipif(not EXE, reason="replylint is not installed as a command")
def test_module_and_command_agree(tmp_path):
    a = run("check", "-", "--format", "json", stdin=PROMISE, cwd=tmp_path)
    b = subprocess.run([sys.executable, "-m", "replylint", "check", "-", "--format", "json"], input=PROMISE.encode(),
                       capture_output=True, cwd=tmp_path, timeout=120)
    assert json.loads(a.stdout)["files"] == json.loads(b.stdout)["files"]


def test_model_option_loads_an_installed_pipeline_from_a_path(tmp_path):
    # No trained model can be downloaded here; a pipeline saved to disk is loaded the same way.
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(tmp_path / "mini_pipeline")
    p = run("check", "-", "--model", str(tmp_path / "mini_pipeline"), stdin=PROMISE, cwd=tmp_path)
    assert p.returncode == 1 and "PRM" in out(p), err(p)
