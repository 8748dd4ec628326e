"""The pre-send hook never loses a message, whatever happens to replylint.

The installed ``replylint sendmail`` command runs as a real process in front of a fake
mail command that records what it delivers (it reads the whole message, waits, then
moves it into place: a delivery is all or nothing).  Each case kills replylint with a
signal at a seeded random moment after an anchor it waits for:

* ``read``    - replylint has read the whole message (the test owns the file that is
                its stdin and watches the shared file offset);
* ``held``    - the held copy has appeared;
* ``sending`` - the held copy has been renamed ``sending`` (the mail command is about
                to start, or runs);
* ``command`` - the mail command has started reading the message.

Afterwards the message must be delivered or held (byte for byte), never neither; a
held copy of a message that was delivered must say ``sending`` (may have been sent);
never two deliveries; SIGTERM/SIGHUP/SIGINT end with 75 and the held path printed (or
0 when the mail command finished within replylint's grace period).  One case kills
before the message is read: then nothing may be held or sent and replylint must not
have read all of it (the mail client still has it and sees the failure).
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

CLEAN_BODY = (
    "Hi Dana,\n\nThanks for sending over the signed order form. I have passed it to our\n"
    "billing team and you will get the updated invoice by email this week.\n\nBest regards,\nSam\n"
)
MESSAGE = (
    "From: Sam Support <sam@ourco.example>\nTo: Dana Client <dana@client.example>\n"
    "Subject: Re: renewal\nDate: Tue, 24 Nov 2026 10:00:00 +0000\nMessage-ID: <renewal-1@ourco.example>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    + CLEAN_BODY
).encode()

# (signal, anchor); delays are drawn from a seeded generator below.
CASES = [
    ("SIGTERM", "start"),     # during start-up: the message is not taken yet
    ("SIGTERM", "read"),      # just after reading: held before replylint gives up
    ("SIGHUP", "held"),       # while checking
    ("SIGINT", "held"),
    ("SIGKILL", "held"),      # no handler runs: the "checking" copy must be there
    ("SIGINT", "sending"),    # renamed sending: the command may or may not have started
    ("SIGKILL", "command"),   # the mail command keeps running with the whole message
    ("SIGTERM", "command"),   # the mail command outlives the grace period: "may have been sent"
]
SEED = 20261207
MAIL_DELAY = 2.0  # seconds the fake mail command takes: longer than the hook's grace period


def _replylint() -> str:
    found = shutil.which("replylint", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    assert found, "the replylint command is not installed"
    return found


def _fake_mail(tmp: Path) -> Path:
    script = tmp / "fake-sendmail"
    script.write_text(
        "#!/bin/sh\n"
        "# read everything, take a while, then deliver atomically\n"
        'part="$DELIVER_TO/.part-$$"\n'
        'cat > "$part" || exit 74\n'
        f"sleep {MAIL_DELAY}\n"
        'mv "$part" "$DELIVER_TO/delivered-$$.eml"\n'
    )
    script.chmod(0o755)
    return script


def _wait_for(pred, timeout: float, proc: subprocess.Popen | None = None) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        if proc is not None and proc.poll() is not None:
            return pred()
        time.sleep(0.003)
    return False


def _run_case(tmp: Path, signame: str, anchor: str, delay: float) -> dict:
    home = tmp / "home"
    home.mkdir(parents=True)
    deliver = tmp / "delivered"
    deliver.mkdir()
    held = tmp / "state" / "replylint" / "held"
    msg_file = tmp / "message.eml"
    msg_file.write_bytes(MESSAGE)
    env = {"HOME": str(home), "XDG_STATE_HOME": str(tmp / "state"), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "DELIVER_TO": str(deliver), "LANG": "C.UTF-8"}
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    work = tmp / "work"
    work.mkdir()
    stdin = open(msg_file, "rb")  # shared file description: its offset shows how much replylint read
    try:
        proc = subprocess.Popen([_replylint(), "sendmail", str(_fake_mail(tmp)), "-oi", "dana@client.example"],
                                stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=work)

        def offset() -> int:
            return os.lseek(stdin.fileno(), 0, os.SEEK_CUR)

        anchors = {
            "start": lambda: True,
            "read": lambda: offset() >= len(MESSAGE),
            "held": lambda: held.is_dir() and any(held.glob("*.eml")),
            "sending": lambda: held.is_dir() and any(held.glob("*-sending-*.eml")),
            "command": lambda: any(deliver.glob(".part-*")) or any(deliver.glob("delivered-*")),
        }
        reached = _wait_for(anchors[anchor], 240, proc)
        time.sleep(delay)
        killed = proc.poll() is None
        if killed:
            proc.send_signal(getattr(signal, signame))
        out, err = proc.communicate(timeout=240)
        read_all = offset() >= len(MESSAGE)
    finally:
        stdin.close()
    # Let an orphaned mail command finish what it started.
    _wait_for(lambda: not list(deliver.glob(".part-*")), MAIL_DELAY + 30)
    return {
        "rc": proc.returncode, "err": err.decode(errors="replace"), "reached": reached, "killed": killed,
        "read_all": read_all,
        "delivered": [p.read_bytes() for p in deliver.glob("delivered-*.eml")],
        "held": {p.name: p.read_bytes() for p in held.glob("*.eml")} if held.is_dir() else {},
    }


def test_killing_the_hook_at_random_points_never_loses_the_message(tmp_path):
    rng = random.Random(SEED)
    plan = [(sig, anchor, round(rng.uniform(0.0, 0.05 if anchor == "start" else 0.4), 3)) for sig, anchor in CASES]
    results: dict[int, dict] = {}

    def work(i, sig, anchor, delay):
        try:
            results[i] = _run_case(tmp_path / f"case{i}", sig, anchor, delay)
        except BaseException as exc:  # reported below
            results[i] = {"exception": exc}

    threads = [threading.Thread(target=work, args=(i, *p)) for i, p in enumerate(plan)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    for i, (sig, anchor, delay) in enumerate(plan):
        r = results[i]
        label = f"{sig} at {anchor}+{delay}s"
        assert "exception" not in r, f"{label}: {r.get('exception')!r}"
        assert r["reached"], f"{label}: anchor never reached; rc={r['rc']} err={r['err']}"
        delivered, held_copies = r["delivered"], r["held"]
        assert len(delivered) <= 1, f"{label}: delivered twice"
        assert all(d == MESSAGE for d in delivered), f"{label}: a partial or altered message was delivered"
        assert all(h == MESSAGE for h in held_copies.values()), f"{label}: a held copy is not the message"
        assert len(held_copies) <= 1, f"{label}: more than one held copy {sorted(held_copies)}"
        if anchor == "start" and not r["read_all"]:
            # Killed before it took the message: the mail client still has it (non-zero exit).
            assert not delivered and not held_copies, label
            assert r["rc"] != 0, label
            continue
        assert delivered or held_copies, f"{label}: message lost (rc={r['rc']}, err={r['err']!r})"
        if delivered and held_copies:
            [name] = held_copies
            assert "-sending-" in name, f"{label}: a delivered message is held as {name} (a resend would duplicate)"
        if sig == "SIGKILL":
            assert r["rc"] in (-signal.SIGKILL, 0), f"{label}: rc={r['rc']}"
            continue
        if r["rc"] == 0:  # finished (or the mail command succeeded within the grace period)
            assert delivered and not held_copies, label
            continue
        assert r["rc"] == 75, f"{label}: rc={r['rc']} err={r['err']!r}"
        [name] = held_copies
        assert name in r["err"] and "held in" in r["err"], f"{label}: path not printed: {r['err']!r}"
        if anchor == "command":  # the mail command was running with the message
            assert "-sending-" in name and "MAY have been sent" in r["err"], f"{label}: {name} {r['err']!r}"
        elif "-sending-" in name:  # the rename to sending had happened (e.g. a fast machine checked it already)
            assert "MAY have been sent" in r["err"], f"{label}: {name} {r['err']!r}"
        else:  # stopped before the mail command started: not sent, and safe to send again
            assert not delivered and "-interrupted-" in name and "NOT sent" in r["err"], f"{label}: {name} {r['err']!r}"
