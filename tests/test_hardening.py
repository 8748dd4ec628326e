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


# -- helpers for the CLI cases --------------------------------------------------------

import os
import shutil
import subprocess
import sys
from pathlib import Path

from replylint.errors import ConfigError, InputError, ReplylintError

EXE = shutil.which("replylint")


def cli(*args, stdin=None, cwd=None, timeout=120):
    cmd = [EXE, *args] if EXE else [sys.executable, "-m", "replylint", *args]
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("REPLYLINT_DEBUG", None)
    return subprocess.run(cmd, input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                          capture_output=True, cwd=cwd, env=env, timeout=timeout)


def one_line_error(proc) -> str:
    err = proc.stderr.decode("utf-8", "replace").strip()
    assert proc.returncode == 2, (proc.returncode, err)
    assert "Traceback" not in err and "internal error" not in err, err
    assert err.count("\n") == 0, err
    return err


@pytest.fixture
def draft_dir(tmp_path):
    (tmp_path / "d.txt").write_text("Hi Sam,\n\nWe guarantee delivery tomorrow.\n\nThanks,\nOmar\n")
    return tmp_path


# -- finding 3: small inputs hang the linter -----------------------------------------

@pytest.mark.parametrize("unit", ["=", "%", "!", "{", "*", "_", "'", '"', "(", ")", "$", "#", "&", "<", "😀", "❤️"])
def test_finding3_runs_of_one_punctuation_character_are_neutralised_before_tokenizing(unit):
    from replylint.draft import draft_from_text
    from replylint.draft.mask import RUN_KEEP

    run = unit * 5000
    text = f"Hi Sam,\n\n{run}\n\n> {run}\n\nThanks\n"
    draft = draft_from_text(text, "d.txt")
    assert len(draft.masked) == len(draft.text)  # offsets preserved
    longest = max(len(tok) for tok in draft.masked.split())
    assert longest <= RUN_KEEP + 2, longest  # no long run reaches the tokenizer


def test_finding3_a_long_run_of_equals_in_quoted_text_lints_quickly_in_a_subprocess(draft_dir):
    (draft_dir / "r.txt").write_text("Hi,\n\nThanks for this.\n\nOn Mon, Kim wrote:\n> " + "=" * 12000 + "\n")
    proc = cli("check", "r.txt", cwd=draft_dir, timeout=90)
    assert proc.returncode in (0, 1), proc.stderr


@pytest.mark.parametrize("key,pattern", [
    ("leak-allow-patterns", r"([A-Za-z0-9_]+)+!"),
    ("leak-allow-patterns", r"(\w|[A-Za-z0-9_])*!"),
])
def test_finding3_catastrophic_user_regex_runs_in_linear_time(draft_dir, key, pattern):
    (draft_dir / ".replylint.toml").write_text(f"{key} = [{json.dumps(pattern)}]\n")
    (draft_dir / "k.txt").write_text("Hi,\n\nYour token is ghp_Zq4xT8mWv2LrN6yB1cKd9PsF3hJu7EoA5gXi xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n")
    proc = cli("check", "k.txt", cwd=draft_dir, timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert b"LEK" in proc.stdout


def test_finding3_catastrophic_regex_in_a_user_lexicon_runs_in_linear_time(draft_dir):
    (draft_dir / "lex.toml").write_text('[remark]\nmasked = ["(a+)+$"]\n')
    (draft_dir / ".replylint.toml").write_text('lexicons = ["lex.toml"]\n')
    (draft_dir / "a.txt").write_text("Hi,\n\n" + "a" * 60 + "!\n")
    proc = cli("check", "a.txt", cwd=draft_dir, timeout=60)
    assert proc.returncode in (0, 1), proc.stderr


def test_finding3_regexes_re2_cannot_run_are_config_errors():
    for bad in (r"(a)\1", r"(?<=x)y"):
        with pytest.raises(ConfigError, match="leak-allow-patterns"):
            Config.from_dict({"leak-allow-patterns": [bad]})


@pytest.mark.parametrize("option", [None, "--config", "--in-reply-to", "--baseline"])
def test_finding3_a_fifo_is_refused_not_waited_on(draft_dir, option):
    fifo = draft_dir / "fifo"
    os.mkfifo(fifo)
    args = ("check", "fifo") if option is None else ("check", option, "fifo", "d.txt")
    err = one_line_error(cli(*args, cwd=draft_dir, timeout=30))
    assert "fifo" in err and "FIFO" in err


# -- finding 4: no size limit ----------------------------------------------------------

@pytest.mark.parametrize("option", [None, "--config", "--in-reply-to", "--baseline"])
def test_finding4_dev_zero_is_refused(draft_dir, option):
    args = ("check", "/dev/zero") if option is None else ("check", option, "/dev/zero", "d.txt")
    err = one_line_error(cli(*args, cwd=draft_dir, timeout=30))
    assert "/dev/zero" in err


def test_finding4_stdin_stops_at_the_limit(draft_dir):
    err = one_line_error(cli("check", "--max-input-size", "1MB", "-", stdin=b"a" * 1_500_000, cwd=draft_dir))
    assert "standard input" in err and "1,000,000" in err


def test_finding4_size_limit_from_the_config_and_for_lexicons(draft_dir):
    (draft_dir / "lex.toml").write_text('[overpromise.absolute]\nphrases = ["' + "x" * 3000 + '"]\n')
    (draft_dir / ".replylint.toml").write_text('max-input-size = "2kB"\nlexicons = ["lex.toml"]\n')
    err = one_line_error(cli("check", "d.txt", cwd=draft_dir))
    assert "lex.toml" in err and "2,000 bytes" in err
    (draft_dir / ".replylint.toml").write_text('max-input-size = "nope"\n')
    err = one_line_error(cli("check", "d.txt", cwd=draft_dir))
    assert "max-input-size" in err


def test_finding4_text_longer_than_the_engine_lints_is_a_one_line_error_not_E088():
    from replylint.inputs import MAX_TEXT_CHARS

    with pytest.raises(InputError, match="more than replylint lints"):
        lint_text("word " * (MAX_TEXT_CHARS // 5 + 10), Config())


# -- finding 7: internal errors on hostile input ---------------------------------------

_H = b"From: a@b.example\nTo: c@d.example\nSubject: hi\nMIME-Version: 1.0\n"
HOSTILE_MIME = {
    "8bit-content-disposition": _H + b'Content-Type: text/plain\nContent-Disposition: inline; filename="caf\xe9.txt"\n\nWe guarantee it.\n',
    "charset-undefined": _H + b"Content-Type: text/plain; charset=undefined\n\nWe guarantee it.\n",
    "charset-punycode": _H + b"Content-Type: text/plain; charset=punycode\n\nWe guarantee it \xff.\n",
    "charset-with-nul": _H + b'Content-Type: text/plain; charset="utf\x00-8"\n\nWe guarantee it.\n',
    "bad-base64-encoded-word": b"From: =?utf-8?b?!!!notbase64?= <a@b.example>\nTo: c@d.example\nSubject: hi\n\nWe guarantee it.\n",
    "lone-surrogate-unicode-escape": _H + b"Content-Type: text/plain; charset=unicode_escape\n\nWe guarantee \\ud800 it.\n",
    "charset-rot13": _H + b"Content-Type: text/plain; charset=rot13\n\nWe guarantee it.\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_MIME))
def test_finding7_hostile_mime_is_read_and_every_format_renders(name):
    from replylint import lint_message

    report = lint_message(HOSTILE_MIME[name], Config(), path=f"{name}.eml")
    assert "PRM001" in {f.code for f in report.findings}  # the body was read and linted
    for fmt in names():
        out = get(fmt).render([report.result], RenderOptions())
        out.encode("utf-8")
        if fmt in ("json", "sarif"):
            json.loads(out)


def test_finding7_hostile_mime_through_the_cli(draft_dir):
    for name, data in HOSTILE_MIME.items():
        (draft_dir / f"{name}.eml").write_bytes(data)
    proc = cli("check", "--format", "json", *[f"{n}.eml" for n in HOSTILE_MIME], cwd=draft_dir)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["summary"]["errors"] == [] and doc["summary"]["files"] == len(HOSTILE_MIME)


def test_finding7_deeply_nested_toml_is_a_config_error(draft_dir):
    (draft_dir / ".replylint.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    err = one_line_error(cli("check", "d.txt", cwd=draft_dir))
    assert ".replylint.toml" in err and "nested" in err


def test_finding7_lexicon_replace_must_be_a_list(draft_dir):
    (draft_dir / "lex.toml").write_text("[overpromise]\n_replace = 5\n")
    (draft_dir / ".replylint.toml").write_text('lexicons = ["lex.toml"]\n')
    err = one_line_error(cli("check", "d.txt", cwd=draft_dir))
    assert "_replace" in err


def test_finding7_output_to_a_full_disk_is_a_one_line_error(draft_dir):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "wb") as full:
        cmd = [EXE, "check", "d.txt"] if EXE else [sys.executable, "-m", "replylint", "check", "d.txt"]
        proc = subprocess.run(cmd, stdout=full, stderr=subprocess.PIPE, cwd=draft_dir, timeout=120)
    assert proc.returncode == 2
    err = proc.stderr.decode().strip()
    assert err.count("\n") == 0 and "No space left" in err and "internal error" not in err


def test_finding7_non_utf8_file_name_through_the_cli(draft_dir):
    name = b"caf\xe9.txt"
    with open(os.path.join(os.fsencode(draft_dir), name), "wb") as fh:
        fh.write(b"Hi,\n\nWe guarantee delivery tomorrow.\n")
    for fmt in ("json", "sarif", "text", "github", "junit"):
        proc = cli("check", "--format", fmt, os.fsdecode(name), cwd=draft_dir)
        assert proc.returncode == 1, proc.stderr
        out = proc.stdout.decode("utf-8")  # strict
        if fmt in ("json", "sarif"):
            json.loads(out)


# -- finding 8: config mistakes that switch the linter off -----------------------------

@pytest.mark.parametrize("data,key", [
    ({"ignore": [""]}, "ignore"),
    ({"ignore": [" "]}, "ignore"),
    ({"select": [""]}, "select"),
    ({"extend-select": [""]}, "extend-select"),
    ({"per-file-ignores": {"*": [""]}}, "per-file-ignores"),
    ({"severity": {"": "info"}}, "severity"),
])
def test_finding8_empty_selectors_are_config_errors_naming_the_key(data, key):
    with pytest.raises(ConfigError, match=key):
        Config.from_dict(data)


@pytest.mark.parametrize("phrase", ["guarantee _{0,3", "", "  ", "guarantee _{3,1} delivery"])
def test_finding8_invalid_phrases_are_config_errors(draft_dir, phrase):
    (draft_dir / "lex.toml").write_text(f"[overpromise.absolute]\nphrases = [{json.dumps(phrase)}]\n")
    (draft_dir / ".replylint.toml").write_text('lexicons = ["lex.toml"]\n')
    err = one_line_error(cli("check", "d.txt", cwd=draft_dir))
    assert "phrase" in err or "empty entry" in err


def test_finding8_empty_selectors_on_the_command_line(draft_dir):
    err = one_line_error(cli("check", "--severity", "=info", "d.txt", cwd=draft_dir))
    assert "severity" in err
