"""The held folder's safety (hijack scenarios, umask) and `replylint held list|show|send|drop`.

Through the installed command wherever the user would see it; in-process only to stand
in for another user when the tests cannot chown (not root).
"""
from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from replylint.hooks import held, sendmail

CARD = "4111 1111 1111 1111"
LEAK = (
    "From: Sam Support <sam@ourco.example>\nTo: Dana Client <dana@client.example>\n"
    "Cc: Lee <lee@ourco.example>\nSubject: Re: renewal\nMessage-ID: <r1@ourco.example>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    "Hi Dana,\n\nThe card we charged for the renewal is " + CARD + ", the same one as last year.\n\n"
    "Best regards,\nSam\n"
).encode()
CLEAN = LEAK.replace(b"The card we charged for the renewal is " + CARD.encode() + b", the same one as last year.",
                     b"Thanks for the signed order form; the invoice follows this week.")
NOBODY = 65534


def _replylint() -> str:
    found = shutil.which("replylint", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    assert found, "the replylint command is not installed"
    return found


@pytest.fixture
def world(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    env = {"HOME": str(home), "XDG_STATE_HOME": str(tmp_path / "state"), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "LANG": "C.UTF-8", "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    capture = tmp_path / "capture"
    capture.write_text('#!/bin/sh\ncat > "$CAPTURE_TO"\nprintf "%s\\n" "$@" > "$CAPTURE_TO.args"\n')
    capture.chmod(0o755)
    env["CAPTURE_TO"] = str(tmp_path / "out.eml")

    class W:
        pass

    w = W()
    w.tmp, w.home, w.work, w.env, w.capture = tmp_path, home, work, env, capture
    w.out = tmp_path / "out.eml"
    w.default = tmp_path / "state" / "replylint" / "held"

    def cli(*args, data=b"", umask=None, cwd=None):
        cmd = [_replylint(), *args]
        if umask is not None:
            cmd = ["sh", "-c", f'umask {umask:03o}; exec "$@"', "sh", *cmd]
        return subprocess.run(cmd, input=data, capture_output=True, env=env, cwd=cwd or work, timeout=300)

    w.cli = cli
    return w


def _ids(folder: Path) -> list[str]:
    return [p.name.rsplit("-", 1)[1][:-4] for p in sorted(folder.glob("*.eml"))]


# -- private folder ----------------------------------------------------------------

def test_every_created_folder_is_private_under_umask_000(world):
    deep = world.tmp / "a" / "b" / "c"
    world.env["XDG_STATE_HOME"] = str(deep)
    proc = world.cli("sendmail", str(world.capture), data=LEAK, umask=0)
    assert proc.returncode == 65, proc.stderr
    folder = deep / "replylint" / "held"
    for d in (world.tmp / "a", world.tmp / "a" / "b", deep, deep / "replylint", folder):
        assert stat.S_IMODE(d.stat().st_mode) == 0o700, d
    files = list(folder.iterdir())
    assert len(files) == 2  # the message and its envelope
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)


def test_symlinked_held_dir_is_not_followed(world):
    attacker = world.tmp / "attacker"
    attacker.mkdir()
    link = world.tmp / "held-link"
    link.symlink_to(attacker)
    proc = world.cli("sendmail", "--held-dir", str(link), str(world.capture), data=LEAK)
    err = proc.stderr.decode()
    assert proc.returncode == 65
    assert list(attacker.iterdir()) == []
    assert f"{link} is a symbolic link" in err
    [kept] = world.default.glob("*.eml")
    assert kept.read_bytes() == LEAK and str(kept) in err


def test_symlinked_default_folder_falls_back_to_a_fresh_private_folder(world):
    attacker = world.tmp / "attacker"
    attacker.mkdir()
    world.default.parent.mkdir(parents=True)
    world.default.symlink_to(attacker)
    proc = world.cli("sendmail", str(world.capture), data=LEAK)
    err = proc.stderr.decode()
    assert proc.returncode == 65
    assert list(attacker.iterdir()) == []
    [fresh] = world.home.glob(held.FALLBACK_PREFIX + "*")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700
    [kept] = fresh.glob("*.eml")
    assert kept.read_bytes() == LEAK
    assert "is a symbolic link" in err and str(kept) in err
    # `held list` finds messages in fallback folders too, and says why it skips the link.
    proc = world.cli("held", "list")
    assert _ids(fresh)[0] in proc.stdout.decode()
    assert "is a symbolic link" in proc.stderr.decode()


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to chown to another user")
def test_held_dir_owned_by_another_user_is_not_used(world):
    shared = world.tmp / "shared-held"
    shared.mkdir()
    os.chmod(shared, 0o777)
    os.chown(shared, NOBODY, NOBODY)
    (world.work / ".replylint.toml").write_text(f'held-dir = "{shared}"\n')
    proc = world.cli("sendmail", str(world.capture), data=LEAK)
    err = proc.stderr.decode()
    assert proc.returncode == 65
    assert list(shared.iterdir()) == []
    assert f"{shared} belongs to another user (uid {NOBODY}" in err
    [kept] = world.default.glob("*.eml")
    assert str(kept) in err


def test_foreign_owner_is_refused_in_process(world, monkeypatch):
    # Stand in for another user: the folder belongs to us, "we" are someone else.
    shared = world.tmp / "shared-held"
    shared.mkdir()
    monkeypatch.setattr(held, "current_uid", lambda: os.geteuid() + 4242)
    with pytest.raises(held.UnsafeFolder, match="belongs to another user"):
        held.open_checked_dir(shared, configured=True)
    # Every candidate is foreign now, and a fresh folder (made by us, so also "foreign")
    # cannot be checked either: the hook still refuses the message and says so.
    err = io.StringIO()
    code = sendmail.run(["true"], LEAK, environ=world.env, err=err, cwd=world.work, held_dir=shared)
    assert code == 65
    assert "could NOT save a copy" in err.getvalue() and "belongs to another user" in err.getvalue()


def test_group_writable_default_folder_is_tightened_but_named_one_kept(world):
    world.default.mkdir(parents=True)
    os.chmod(world.default, 0o777)
    proc = world.cli("sendmail", str(world.capture), data=LEAK)
    assert proc.returncode == 65
    assert stat.S_IMODE(world.default.stat().st_mode) == 0o700


# -- the envelope and `replylint held` ------------------------------------------------

def test_envelope_keeps_the_command_line_and_held_commands_use_it(world):
    args = ["-oi", "-f", "sam@ourco.example", "--", "dana@client.example", "boss@hidden.example"]
    proc = world.cli("sendmail", str(world.capture), *args, data=LEAK)
    assert proc.returncode == 65
    assert not world.out.exists()
    [kept] = world.default.glob("*-blocked-*.eml")
    ident = _ids(world.default)[0]
    meta = world.default / f"{kept.name.split('-blocked-')[0]}-{ident}.json"
    assert stat.S_IMODE(meta.stat().st_mode) == 0o600
    envelope = json.loads(meta.read_text())
    assert envelope["command"] == [str(world.capture), *args]
    assert envelope["cwd"] == str(world.work)
    assert CARD not in meta.read_text() and "1111" not in meta.read_text()

    listed = world.cli("held", "list").stdout.decode()
    assert ident in listed and "blocked" in listed and "Re: renewal" in listed
    assert "dana@client.example" in listed and "boss@hidden.example" in listed  # the Bcc from the envelope
    assert "finding(s) at or above warning" in listed

    shown = world.cli("held", "show", ident).stdout.decode()
    assert "Subject: Re: renewal" in shown and "Cc: Lee <lee@ourco.example>" in shown
    assert "(envelope only, e.g. Bcc): boss@hidden.example" in shown
    assert "LEK001 [error]" in shown
    assert CARD not in shown and "the same one as last year" not in shown  # never the body

    # `send` checks again with the same config: still blocked, still held.
    proc = world.cli("held", "send", ident, cwd=world.tmp)
    assert proc.returncode == 65 and not world.out.exists()
    assert list(world.default.glob("*.eml")) == [kept]
    # --no-lint sends it exactly as the original command would have, from the same folder.
    proc = world.cli("held", "send", "--no-lint", ident, cwd=world.tmp)
    assert proc.returncode == 0, proc.stderr
    assert world.out.read_bytes() == LEAK
    assert world.out.with_name("out.eml.args").read_text().split() == args
    assert list(world.default.iterdir()) == []
    assert world.cli("held", "list").stdout.decode() == "no held messages\n"


def test_send_after_fixing_the_held_copy_and_stripping_overrides(world):
    proc = world.cli("sendmail", str(world.capture), "bcc@hidden.example", data=LEAK)
    assert proc.returncode == 65
    [kept] = world.default.glob("*.eml")
    # The user fixes the held copy and adds an override header, then sends it.
    kept.write_bytes(CLEAN.replace(b"Subject:", b"X-Replylint-Note: fixed\nSubject:"))
    proc = world.cli("held", "send", _ids(world.default)[0])
    assert proc.returncode == 0, proc.stderr
    assert world.out.read_bytes() == CLEAN
    assert world.out.with_name("out.eml.args").read_text().split() == ["bcc@hidden.example"]


def test_a_copy_that_may_have_been_sent_needs_force(world):
    store = held.open_store(world.default, configured=False, environ=world.env)
    entry = store.create(CLEAN, held.SENDING, {"command": [str(world.capture), "dana@client.example"],
                                              "cwd": str(world.work), "reason": "replylint stopped by SIGKILL"})
    listed = world.cli("held", "list").stdout.decode()
    assert "sending" in listed and "MAY HAVE BEEN SENT" in listed
    proc = world.cli("held", "send", entry.id)
    assert proc.returncode == 2 and not world.out.exists()
    assert "MAY have been sent already" in proc.stderr.decode() and b"Traceback" not in proc.stderr
    proc = world.cli("held", "send", "--force", entry.id)
    assert proc.returncode == 0, proc.stderr
    assert world.out.read_bytes() == CLEAN


def test_drop_removes_the_copy_and_envelope_and_unknown_ids_are_errors(world):
    world.cli("sendmail", str(world.capture), data=LEAK)
    ident = _ids(world.default)[0]
    proc = world.cli("held", "drop", ident, "deadbeef")
    assert proc.returncode == 2 and "no held message 'deadbeef'" in proc.stderr.decode()
    assert len(list(world.default.iterdir())) == 2  # all or nothing
    proc = world.cli("held", "drop", ident)
    assert proc.returncode == 0 and "dropped" in proc.stdout.decode()
    assert list(world.default.iterdir()) == []
    proc = world.cli("held", "show", ident)
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


def test_failed_send_keeps_the_envelope_for_a_resend(world):
    failing = world.tmp / "failing"
    failing.write_text("#!/bin/sh\ncat >/dev/null\nexit 75\n")
    failing.chmod(0o755)
    proc = world.cli("sendmail", str(failing), "-t", data=CLEAN)
    assert proc.returncode == 75
    [kept] = world.default.glob("*-send-failed-*.eml")
    assert str(kept) in proc.stderr.decode()
    shown = world.cli("held", "show", _ids(world.default)[0]).stdout.decode()
    assert "send-failed" in shown and "exit status 75" in shown and f"command:  {failing} -t" in shown


def test_held_list_works_with_a_broken_config(world):
    (world.work / ".replylint.toml").write_text("select = [\n")
    proc = world.cli("sendmail", str(world.capture), data=CLEAN)
    assert proc.returncode == 75
    [kept] = world.default.glob("*-error-*.eml")
    proc = world.cli("held", "list")
    assert proc.returncode == 0 and _ids(world.default)[0] in proc.stdout.decode()
    assert "invalid TOML" in proc.stderr.decode()


def test_a_secret_in_the_subject_is_never_listed_or_shown_whole(world):
    leaky = LEAK.replace(b"Subject: Re: renewal", b"Subject: card " + CARD.encode())
    proc = world.cli("sendmail", str(world.capture), data=leaky)
    assert proc.returncode == 65
    ident = _ids(world.default)[0]
    listed = world.cli("held", "list").stdout.decode()
    shown = world.cli("held", "show", ident).stdout.decode()
    for out in (listed, shown):
        assert ident in out and CARD not in out and "[withheld: LEK001]" in out


def test_a_copy_being_checked_or_sent_is_not_sent_or_dropped_twice(world):
    # This process plays a `replylint sendmail` that is still checking the message.
    store = held.open_store(world.default, configured=False, environ=world.env)
    entry = store.create(CLEAN, held.CHECKING, {"command": [str(world.capture)], "cwd": str(world.work)})
    assert entry.lock()
    assert "checking (in progress)" in world.cli("held", "list").stdout.decode()
    for args in (("send", "--force", entry.id), ("drop", entry.id)):
        proc = world.cli("held", *args)
        assert proc.returncode == 2 and "by another replylint right now" in proc.stderr.decode()
    assert not world.out.exists() and entry.path.exists()
    entry.unlock()  # that process ended (the kernel drops its lock even after SIGKILL)
    proc = world.cli("held", "send", entry.id)
    assert proc.returncode == 0, proc.stderr
    assert world.out.read_bytes() == CLEAN
