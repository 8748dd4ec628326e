"""End to end: real neomutt (batch mode) -> replylint sendmail -> a capture command.

neomutt builds the message itself; a recorder in front of the wrapper keeps exactly
what neomutt handed over, so "byte-identical" is checked against that.  Skips only
when neomutt is not installed (.ci/run installs it with apt-get).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from replylint import Config, lint_text
from replylint.hooks.headers import strip_replylint_headers

NEOMUTT = shutil.which("neomutt")
pytestmark = pytest.mark.skipif(NEOMUTT is None, reason="neomutt is not installed (apt-get install neomutt)")

CARD = "4111 1111 1111 1111"
CLEAN_BODY = ("Hi Priya,\n\nThanks for the quick reply. The workshop is booked for Thursday at 2pm\n"
              "in the main office, and I have sent a calendar invite to your team.\n\nKind regards,\nSam\n")
LEAK_BODY = ("Hi Priya,\n\nI checked the payment: the card on the account is " + CARD + ",\n"
             "so the renewal went through.\n\nKind regards,\nSam\n")


def _replylint() -> str:
    found = shutil.which("replylint", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    assert found, "the replylint command is not installed"
    return found


@pytest.fixture
def box(tmp_path):
    """A temp HOME/XDG world with a recorder, a capture command and a muttrc."""
    home = tmp_path / "home"
    (home / "mail").mkdir(parents=True)
    work = tmp_path / "work"
    work.mkdir()
    recorder = tmp_path / "record"
    recorder.write_text('#!/bin/sh\n# keep what neomutt sends, then pass it on\ntee "$RECORD_TO" | "$@"\n')
    capture = tmp_path / "capture"
    capture.write_text('#!/bin/sh\ncat > "$CAPTURE_TO"\nprintf "%s\\n" "$@" > "$CAPTURE_TO.args"\n')
    killer = tmp_path / "killed-sendmail"
    killer.write_text('#!/bin/sh\nhead -c 100 > /dev/null\nkill -KILL $$\n')
    for f in (recorder, capture, killer):
        f.chmod(0o755)
    env = {
        "HOME": str(home), "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "TERM": "dumb",
        "RECORD_TO": str(tmp_path / "in.eml"), "CAPTURE_TO": str(tmp_path / "out.eml"),
    }
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]

    class Box:
        pass

    b = Box()
    b.tmp, b.home, b.work, b.env = tmp_path, home, work, env
    b.inp, b.out = tmp_path / "in.eml", tmp_path / "out.eml"
    b.held = tmp_path / "state" / "replylint" / "held"

    def muttrc(sendmail_cmd: Path, extra: str = "") -> Path:
        rc = tmp_path / "muttrc"
        rc.write_text(
            f'set sendmail = "{recorder} {_replylint()} sendmail {sendmail_cmd}"\n'
            "set sendmail_wait = 0\n"
            'set from = "Sam Support <sam@ourco.example>"\nset use_from = yes\nset use_envelope_from = yes\n'
            'set record = ""\nset copy = no\nset charset = "utf-8"\nset send_charset = "us-ascii:utf-8"\n'
            f'set folder = "{home}/mail"\nset spoolfile = "{home}/mail/inbox"\nset mbox_type = Maildir\n'
            "set header_cache = \"\"\nset message_cachedir = \"\"\n" + extra
        )
        return rc

    def send(body: str, rc: Path):
        return subprocess.run([NEOMUTT, "-n", "-F", str(rc), "-s", "Re: workshop", "--", "priya@client.example"],
                              input=body.encode(), capture_output=True, env=env, cwd=work, timeout=120)

    b.muttrc, b.send, b.capture, b.killer = muttrc, send, capture, killer
    return b


def _bad_body(work: Path) -> str:
    assert "LEK001" in {f.code for f in lint_text(LEAK_BODY, Config()).blocking()}
    return LEAK_BODY


def _held(box) -> list[Path]:
    return sorted(box.held.glob("*.eml")) if box.held.exists() else []


def test_clean_draft_is_captured_byte_identical(box):
    assert not lint_text(CLEAN_BODY, Config()).findings
    proc = box.send(CLEAN_BODY, box.muttrc(box.capture, "my_hdr X-Replylint-Note: read twice\n"))
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    sent_by_neomutt = box.inp.read_bytes()
    assert b"X-Replylint-Note: read twice" in sent_by_neomutt
    captured = box.out.read_bytes()
    assert captured == strip_replylint_headers(sent_by_neomutt)
    assert captured == sent_by_neomutt.replace(b"X-Replylint-Note: read twice\n", b"")
    assert b"The workshop is booked for Thursday" in captured
    assert "priya@client.example" in box.out.with_name("out.eml.args").read_text()
    assert _held(box) == []


def test_leaking_draft_is_held_and_nothing_captured(box):
    body = _bad_body(box.work)
    proc = box.send(body, box.muttrc(box.capture))
    assert proc.returncode != 0
    assert not box.out.exists()
    [kept] = _held(box)
    assert kept.read_bytes() == box.inp.read_bytes()
    assert CARD.encode() in kept.read_bytes()
    assert CARD.encode() not in proc.stdout + proc.stderr
    assert b"LEK001" in proc.stdout + proc.stderr


def test_override_header_sends_the_leaking_draft_without_the_header(box):
    body = _bad_body(box.work)
    proc = box.send(body, box.muttrc(box.capture, "my_hdr X-Replylint-Disable: all\n"))
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    assert box.out.read_bytes() == box.inp.read_bytes().replace(b"X-Replylint-Disable: all\n", b"")
    assert b"X-Replylint" not in box.out.read_bytes()


def test_killed_sendmail_leaves_the_message_in_the_held_folder(box):
    proc = box.send(CLEAN_BODY, box.muttrc(box.killer))
    assert proc.returncode != 0
    [kept] = _held(box)
    assert kept.read_bytes() == box.inp.read_bytes()
    assert "send-failed" in kept.name


def test_bcc_recipients_are_kept_in_the_envelope_and_resent(box):
    """neomutt passes Bcc recipients only as arguments (the header is not written):
    the held copy keeps them, and `replylint held send` hands them to the same command."""
    body = _bad_body(box.work)
    proc = subprocess.run([NEOMUTT, "-n", "-F", str(box.muttrc(box.capture)), "-s", "Re: workshop",
                           "-b", "audit@ourco.example", "--", "priya@client.example"],
                          input=body.encode(), capture_output=True, env=box.env, cwd=box.work, timeout=120)
    assert proc.returncode != 0 and not box.out.exists()
    [kept] = _held(box)
    assert b"audit@ourco.example" not in kept.read_bytes()  # neomutt does not write the Bcc header
    ident = kept.stem.rsplit("-", 1)[1]

    def held_cmd(*args):
        return subprocess.run([_replylint(), "held", *args], capture_output=True, env=box.env, cwd=box.tmp, timeout=300)

    listed = held_cmd("list").stdout.decode()
    assert ident in listed and "audit@ourco.example" in listed and "priya@client.example" in listed
    shown = held_cmd("show", ident).stdout.decode()
    assert "(envelope only, e.g. Bcc): audit@ourco.example" in shown
    assert CARD not in shown
    sent = held_cmd("send", "--no-lint", ident)
    assert sent.returncode == 0, sent.stderr.decode(errors="replace")
    assert box.out.read_bytes() == box.inp.read_bytes()
    args = box.out.with_name("out.eml.args").read_text().split()
    assert "audit@ourco.example" in args and "priya@client.example" in args
    assert _held(box) == []
