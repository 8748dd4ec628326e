"""The Python API: lint_text, lint_message, Config, Report.blocking(), and the smtplib example."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

import replylint
from replylint import Config, Report, Severity, lint_file, lint_message, lint_text

ROOT = Path(__file__).resolve().parents[1]
PROMISE = "Hi Ola,\n\nWe guarantee the data export will be finished by Monday morning.\n\nBest,\nKim\n"
PLACEHOLDER = "Hi {{first_name}},\n\nThe export you asked for is attached.\n\nBest,\nKim\n"
CLEAN = "Hi Ola,\n\nThe export you asked for is attached as a spreadsheet.\n\nBest,\nKim\n"


def email_of(body: str, **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Kim <kim@ourco.example>"
    msg["To"] = "Ola <ola@client.example>"
    msg["Subject"] = "Your data export"
    for k, v in headers.items():
        msg[k.replace("_", "-")] = v
    msg.set_content(body)
    return msg


def test_lint_text_returns_a_report_with_findings():
    report = lint_text(PROMISE)
    assert isinstance(report, Report)
    assert report.findings and all(f.category == "overpromise" for f in report.findings)
    assert report.blocking() == report.findings  # warnings block at the default fail-on
    assert not report.ok()
    assert report


def test_clean_text_is_ok():
    report = lint_text(CLEAN)
    assert report.findings == [] and report.blocking() == [] and report.ok() and not report


def test_blocking_levels_and_config_fail_on():
    report = lint_text(PROMISE)
    assert report.blocking("error") == [] and report.ok(Severity.ERROR)
    relaxed = Config.from_dict({"fail-on": "error"})
    report = lint_text(PROMISE, relaxed)
    assert report.findings and report.blocking() == [] and report.ok()
    assert report.blocking("info") == report.findings
    strict = lint_text(PLACEHOLDER, relaxed)
    assert [f.code for f in strict.blocking()] == ["TPL001"]
    with pytest.raises(ValueError):
        report.blocking("loud")


def test_lint_message_takes_email_message_bytes_and_str():
    msg = email_of(PLACEHOLDER)
    as_obj = lint_message(msg)
    as_bytes = lint_message(bytes(msg))
    as_str = lint_message(msg.as_string())
    assert [f.code for f in as_obj.findings] == [f.code for f in as_bytes.findings] == [f.code for f in as_str.findings]
    assert "TPL001" in {f.code for f in as_obj.findings}
    assert as_obj.findings[0].part == "body"


def test_lint_message_honours_the_disable_header():
    assert lint_message(email_of(PLACEHOLDER)).blocking()
    assert not lint_message(email_of(PLACEHOLDER, X_Replylint_Disable="TPL001")).findings
    assert not lint_message(email_of(PROMISE, X_Replylint_Disable="all")).findings
    kept = lint_message(email_of(PROMISE + "\n" + PLACEHOLDER, X_Replylint_Disable="overpromise"))
    assert {f.category for f in kept.findings} == {"template"}


def test_config_selects_and_ignores():
    assert not lint_text(PROMISE, Config.from_dict({"ignore": ["overpromise"]})).findings
    only = lint_text(PROMISE + PLACEHOLDER, Config.from_dict({"select": ["TPL"]}))
    assert {f.code for f in only.findings} == {"TPL001"}


def test_config_errors_are_one_line_config_errors():
    from replylint.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown key 'fail_on'"):
        Config.from_dict({"fail_on": "error"})


def test_report_format_and_to_dict():
    report = lint_text(PROMISE, path="reply.txt")
    text = report.format()
    assert "reply.txt:" in text and report.findings[0].code in text
    data = json.loads(json.dumps(report.to_dict()))
    assert data["blocked"] is True and data["path"] == "reply.txt"
    assert [f["code"] for f in data["findings"]] == [f.code for f in report.findings]
    assert json.loads(report.format("json"))


def test_sensitive_findings_stay_redacted_in_every_output():
    card = "4111 1111 1111 1111"
    report = lint_message(email_of(f"Hi Ola,\n\nWe refunded the card ending {card} today.\n\nBest,\nKim\n"))
    assert [f.code for f in report.blocking()] == ["LEK001"]
    assert all(card not in out for out in (report.format(), report.format("json"), json.dumps(report.to_dict())))
    assert "4111 **** **** 1111" in report.format()


def test_lint_file_discovers_the_config(tmp_path):
    (tmp_path / ".replylint.toml").write_text('fail-on = "error"\n')
    draft = tmp_path / "reply.txt"
    draft.write_text(PROMISE)
    report = lint_file(draft)
    assert report.findings and report.ok()


def test_package_is_typed_and_exports_the_api():
    assert (Path(replylint.__file__).parent / "py.typed").is_file()
    for name in ("Config", "Report", "Severity", "lint_text", "lint_message", "lint_file"):
        assert name in replylint.__all__
    assert lint_text.__annotations__["return"] in (Report, "Report")


# -- examples/smtplib_send.py against a local SMTP server ------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp():
    controller_mod = pytest.importorskip("aiosmtpd.controller", reason="aiosmtpd is not installed (pip install '.[test]')")
    received: list[bytes] = []

    class Sink:
        async def handle_DATA(self, server, session, envelope):
            received.append(bytes(envelope.original_content or envelope.content))
            return "250 OK"

    controller = controller_mod.Controller(Sink(), hostname="127.0.0.1", port=_free_port(), ready_timeout=10)
    controller.start()
    try:
        yield controller.port, received
    finally:
        controller.stop()


def run_example(tmp_path, port, body):
    draft = tmp_path / "draft.txt"
    draft.write_text(body)
    env = {**os.environ, "HOME": str(tmp_path)}
    return subprocess.run(
        [sys.executable, str(ROOT / "examples" / "smtplib_send.py"), str(draft), "--from", "kim@ourco.example",
         "--to", "ola@client.example", "--subject", "Your data export", "--host", "127.0.0.1", "--port", str(port)],
        capture_output=True, cwd=tmp_path, env=env, timeout=120,
    )


def test_smtplib_example_refuses_a_blocked_draft(tmp_path, smtp):
    port, received = smtp
    proc = run_example(tmp_path, port, PLACEHOLDER)
    assert proc.returncode == 65
    assert b"TPL001" in proc.stderr and b"not sent" in proc.stderr
    assert received == []


def test_smtplib_example_sends_a_clean_draft(tmp_path, smtp):
    port, received = smtp
    proc = run_example(tmp_path, port, CLEAN)
    assert proc.returncode == 0, proc.stderr
    [raw] = received
    assert b"attached as a spreadsheet" in raw and b"Subject: Your data export" in raw
