"""A detected secret or identifier never appears whole in text or JSON output.

Runs the installed ``replylint`` command as a subprocess (and the formatters in-process),
on drafts that carry every kind of sensitive value, in new text and in quoted history.
The sarif/github/junit formatters test their own redaction.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from replylint import Config, lint_text
from replylint.formatters import RenderOptions, get, names

EXE = shutil.which("replylint")

# Made-up or public test values; each must be reported and never printed whole.
SECRETS = {
    "card": "4111 1111 1111 1111",
    "amex": "378282246310005",
    "iban": "FR14 2004 1010 0505 0001 3M02 606",
    "ssn": "321-54-9876",
    "nino": "AB 12 34 56 C",
    "github": "ghp_Zq4xT8mWv2LrN6yB1cKd9PsF3hJu7EoA5gXi",
    "stripe": "sk_live_4eC39HqLyjWDarjtT1zdp7dcQm2",
    "password": "Quill&Harbour!58x",
    "prose_pw": "Heron#Gate58",
    "conn_pw": "Gr4nite-Fox",
    "token": "Wq7Lp2ZxT9vBn4KmR8sYd3Hc",
}

DRAFT = f"""Hi Sam,

Here is everything for the migration:

Card on file: {SECRETS["card"]} (exp 09/27)
Refund goes to IBAN {SECRETS["iban"]}
SSN: {SECRETS["ssn"]}, NI number {SECRETS["nino"]}
GITHUB_TOKEN={SECRETS["github"]}
Password: {SECRETS["password"]}
DB: postgres://shop:{SECRETS["conn_pw"]}@db.example.com:5432/shop
Your API key is {SECRETS["token"]}

Thanks,
Omar

On Mon, 3 Jun 2024, Lee Park <lee@ourco.example> wrote:
> Use the Amex {SECRETS["amex"]} and the live key {SECRETS["stripe"]}.
> The admin password is {SECRETS["prose_pw"]} for now.
"""


def _pieces(value: str) -> list[str]:
    """The value and its compact form: neither may appear in any output."""
    compact = re.sub(r"[\s-]", "", value)
    return sorted({value, compact})


def _assert_no_secret(output: str) -> None:
    for name, value in SECRETS.items():
        for piece in _pieces(value):
            assert piece not in output, f"{name} leaked into the output"


def run(*args: str, stdin: str | None = None, cwd=None):
    cmd = [EXE, *args] if EXE else [sys.executable, "-m", "replylint", *args]
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(cmd, input=stdin.encode() if stdin else None, capture_output=True, cwd=cwd, env=env, timeout=180)


def test_every_value_is_detected():
    findings = lint_text(DRAFT, Config(select=["leak"])).findings
    got = {f.code for f in findings}
    assert {"LEK001", "LEK002", "LEK003", "LEK005", "LEK010", "LEK012", "LEK013", "LEK014"} <= got
    # One finding per value: 11 values.
    assert len(findings) == len(SECRETS)
    assert all(f.sensitive and f.redacted for f in findings)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_cli_output_never_shows_a_value_whole(tmp_path, fmt):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    p = run("check", "--select", "leak", "--format", fmt, "--statistics", str(draft), cwd=tmp_path)
    out, err = p.stdout.decode(), p.stderr.decode()
    assert p.returncode == 1, err
    _assert_no_secret(out)
    _assert_no_secret(err)
    assert "LEK001" in out and "LEK013" in out


def test_cli_text_output_shows_redacted_forms(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    out = run("check", "--select", "leak", str(draft), cwd=tmp_path).stdout.decode()
    assert "4111 **** **** 1111" in out          # card: first and last four, separators kept
    assert "ghp_****" in out                     # key: first four characters
    assert "Password: ********" in out           # password: nothing of it
    assert "(in quoted text)" in out


def test_cli_json_excerpts_are_redacted(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    data = json.loads(run("check", "--select", "leak", "--format", "json", str(draft), cwd=tmp_path).stdout)
    excerpts: dict[str, list[str]] = {}
    for f in data["files"][0]["findings"]:
        excerpts.setdefault(f["code"], []).append(f["excerpt"])
    assert sorted(excerpts["LEK001"]) == ["3782*******0005", "4111 **** **** 1111"]
    assert excerpts["LEK013"] == ["********", "********"]
    assert excerpts["LEK010"] == ["ghp_****", "sk_l****"]


def test_cli_stdin_and_eml(tmp_path):
    p = run("check", "--select", "leak", "-", stdin=DRAFT, cwd=tmp_path)
    assert p.returncode == 1
    _assert_no_secret(p.stdout.decode() + p.stderr.decode())
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Omar <omar@ourco.example>"
    msg["To"] = "Sam <sam@client.example>"
    msg["Subject"] = "Migration"
    msg.set_content(DRAFT)
    eml = tmp_path / "draft.eml"
    eml.write_bytes(bytes(msg))
    for fmt in ("text", "json"):
        p = run("check", "--select", "leak", "--format", fmt, str(eml), cwd=tmp_path)
        assert p.returncode == 1
        _assert_no_secret(p.stdout.decode() + p.stderr.decode())


@pytest.mark.parametrize("fmt", sorted(set(["text", "json"]) | set(names())))
def test_formatters_in_process(fmt):
    """Every output format present (text and json here; the others are also tested by their author)."""
    from replylint.draft import draft_from_text
    from replylint.engine import lint_many

    results = list(lint_many([draft_from_text(DRAFT, "d.txt")], Config(select=["leak"])))
    out = get(fmt).render(results, RenderOptions(show_source=True, statistics=True))
    _assert_no_secret(out)
    # Two values on one source line are both scrubbed from the shown line.
    res = results[0]
    for f in res.findings:
        _assert_no_secret(res.display_line(f.line))
