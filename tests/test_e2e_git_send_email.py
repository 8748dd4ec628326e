"""End to end: real ``git send-email`` with examples/hooks/sendemail-validate.

A local SMTP server (aiosmtpd on 127.0.0.1, started and stopped here) stands in for
the mail relay.  A draft that leaks is refused by the hook and never reaches the
server; a clean one arrives intact.  Skips only when git send-email (Debian package
git-email; .ci/run installs it) or aiosmtpd (the ``test`` extra) is missing.
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from replylint import Config, lint_message

ROOT = Path(__file__).resolve().parents[1]
HOOK = ROOT / "examples" / "hooks" / "sendemail-validate"


def _has_send_email() -> bool:
    git = shutil.which("git")
    if git is None:
        return False
    try:
        exec_path = subprocess.run([git, "--exec-path"], capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(exec_path) and os.access(os.path.join(exec_path, "git-send-email"), os.X_OK)


pytestmark = pytest.mark.skipif(not _has_send_email(),
                                reason="git send-email is not installed (apt-get install git-email)")

CARD = "4111 1111 1111 1111"
CLEAN_BODY = ("Hi Marta,\n\nThanks for the notes from Tuesday. I have updated the project plan with\n"
              "the new review dates and shared it in the project folder.\n\nBest,\nSam\n")
LEAK_BODY = ("Hi Marta,\n\nThe refund went back to the card you gave us, " + CARD + ",\n"
             "and should show up within a few days.\n\nBest,\nSam\n")


def draft(body: str, subject: str, extra: str = "") -> bytes:
    return ("From: Sam Support <sam@ourco.example>\nTo: Marta Client <marta@client.example>\n"
            f"Subject: {subject}\n{extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n"
            "Content-Transfer-Encoding: 7bit\n\n" + body).encode()


def bad_body() -> str:
    assert "LEK001" in {f.code for f in lint_message(draft(LEAK_BODY, "x"), Config()).blocking()}
    return LEAK_BODY


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp():
    controller_mod = pytest.importorskip("aiosmtpd.controller", reason="aiosmtpd is not installed (pip install '.[test]')")

    class Sink:
        def __init__(self):
            self.messages: list[tuple[str, list[str], bytes]] = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content or envelope.content)))
            return "250 OK"

    sink = Sink()
    controller = controller_mod.Controller(sink, hostname="127.0.0.1", port=_free_port(), ready_timeout=10)
    controller.start()
    try:
        yield controller.port, sink
    finally:
        controller.stop()


@pytest.fixture
def repo(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    repo = tmp_path / "repo"
    env = {
        "HOME": str(home), "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
        "GIT_CONFIG_NOSYSTEM": "1", "LANG": "C.UTF-8", "GIT_TERMINAL_PROMPT": "0",
        "GIT_AUTHOR_NAME": "Sam", "GIT_AUTHOR_EMAIL": "sam@ourco.example",
        "GIT_COMMITTER_NAME": "Sam", "GIT_COMMITTER_EMAIL": "sam@ourco.example",
    }
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    found = shutil.which("replylint", path=env["PATH"])
    assert found, "the replylint command is not installed"
    env["REPLYLINT"] = found
    subprocess.run(["git", "init", "-q", str(repo)], check=True, env=env, timeout=60)
    hooks = repo / ".git" / "hooks"
    hooks.mkdir(exist_ok=True)
    shutil.copy(HOOK, hooks / "sendemail-validate")
    (hooks / "sendemail-validate").chmod(0o755)
    return repo, env


def send(repo, env, port, path: Path, extra_env=None):
    return subprocess.run(
        ["git", "send-email", "--confirm=never", "--quiet", "--suppress-cc=all", "--no-thread",
         "--smtp-server=127.0.0.1", f"--smtp-server-port={port}",
         "--from=Sam Support <sam@ourco.example>", "--to=marta@client.example", "--transfer-encoding=7bit",
         str(path)],
        cwd=repo, env={**env, **(extra_env or {})}, stdin=subprocess.DEVNULL, capture_output=True, timeout=120,
    )


def _body(raw: bytes) -> bytes:
    raw = raw.replace(b"\r\n", b"\n")
    return raw.split(b"\n\n", 1)[1]


def test_clean_draft_arrives_intact(smtp, repo):
    port, sink = smtp
    repo, env = repo
    assert not lint_message(draft(CLEAN_BODY, "x"), Config()).findings
    path = repo / "clean.eml"
    path.write_bytes(draft(CLEAN_BODY, "Project plan updated"))
    proc = send(repo, env, port, path)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    [(mail_from, rcpts, raw)] = sink.messages
    assert mail_from == "sam@ourco.example" and rcpts == ["marta@client.example"]
    assert _body(raw) == CLEAN_BODY.encode()
    assert b"Subject: Project plan updated" in raw


def test_leaking_draft_is_refused_and_never_reaches_the_server(smtp, repo):
    port, sink = smtp
    repo, env = repo
    path = repo / "refund.eml"
    path.write_bytes(draft(bad_body(), "Your refund"))
    proc = send(repo, env, port, path)
    err = (proc.stdout + proc.stderr).decode(errors="replace")
    assert proc.returncode != 0
    assert "rejected by sendemail-validate hook" in err
    assert sink.messages == []
    assert CARD not in err  # the report is redacted
    assert "LEK001" in err
    # The same draft from a patch series file (not .eml) is read as an email too.
    patch = repo / "0001-refund.patch"
    patch.write_bytes(b"From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n" + path.read_bytes())
    proc = send(repo, env, port, patch)
    assert proc.returncode != 0 and sink.messages == []
    # The report names the file git passed, which exists (not a made-up "....patch.eml").
    err = (proc.stdout + proc.stderr).decode(errors="replace")
    assert ".patch.eml" not in err
    assert re.search(re.escape(str(patch.resolve())) + r":\d+:\d+", err), err
    assert "LEK001" in err and CARD not in err


def test_overrides_let_a_refused_draft_through(smtp, repo):
    port, sink = smtp
    repo, env = repo
    body = bad_body()
    path = repo / "refund.eml"
    path.write_bytes(draft(body, "Your refund"))
    proc = send(repo, env, port, path, {"REPLYLINT_DISABLE": "1"})
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    path.write_bytes(draft(body, "Your refund", extra="X-Replylint-Disable: all\n"))
    proc = send(repo, env, port, path)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    assert len(sink.messages) == 2
    assert all(_body(raw) == body.encode() for _, _, raw in sink.messages)


def test_config_is_found_from_the_work_tree(smtp, repo):
    port, sink = smtp
    repo, env = repo
    body = bad_body()
    codes = ",".join(sorted({f.code for f in lint_message(draft(body, "x"), Config()).blocking()}))
    (repo / ".replylint.toml").write_text(f"ignore = {codes.split(',')!r}\n".replace("'", '"'))
    path = repo / "refund.eml"
    path.write_bytes(draft(body, "Your refund"))
    proc = send(repo, env, port, path)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    assert len(sink.messages) == 1
