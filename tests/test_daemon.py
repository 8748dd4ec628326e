"""``replylint daemon``: one warm engine for sendmail, with a safe fallback (issue 15).

The daemon is started as the user would start it; hooks find it through the socket.
When it is not there, not private, or dies mid-request, the message is still linted
(in-process) and held or sent: never lost.
"""
from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from helpers import eml
from replylint import Config, lint_message
from replylint.service import client

EXE = shutil.which("replylint")
# Blocks by default (a card number is an error); the findings come back redacted.
BLOCKED = eml("Hi Ann,\n\nYour card 4111 1111 1111 1111 is on file for the renewal.\n\nBest,\nBo\n")
CLEAN = eml("Thanks for the files. I will send the revised draft on Friday.\n")


def cmd(*args: str) -> list[str]:
    return [EXE, *args] if EXE else [sys.executable, "-m", "replylint", *args]


def env_for(tmp: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in (client.SOCKET_ENV, client.OFF_ENV)}
    run = tmp / "run"
    run.mkdir(mode=0o700, exist_ok=True)
    return {**env, "XDG_RUNTIME_DIR": str(run), "XDG_STATE_HOME": str(tmp / "state"), "NO_COLOR": "1", **extra}


def sendmail(tmp: Path, message: bytes, env: dict, out: Path):
    return subprocess.run(cmd("sendmail", "--", "sh", "-c", f"cat > {out}"), input=message, capture_output=True,
                          env=env, cwd=tmp, timeout=300)


def held_files(tmp: Path) -> list[Path]:
    folder = tmp / "state" / "replylint" / "held"
    return sorted(p for p in folder.rglob("*.eml")) if folder.exists() else []


@pytest.fixture(scope="module")
def daemon(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("daemon")
    env = env_for(tmp)
    proc = subprocess.Popen(cmd("daemon"), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    path = client.socket_path(env)
    deadline = time.monotonic() + 300
    while not client.alive(path):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"daemon did not start: {proc.stderr.read().decode()}")
        time.sleep(0.2)
    yield tmp, env, path, proc
    subprocess.run(cmd("daemon", "--stop"), env=env, capture_output=True, timeout=60)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()


def served(path: Path) -> int:
    return client.request({"op": "ping"}, path=path)["served"]


def test_socket_is_private(daemon):
    tmp, env, path, _ = daemon
    assert path == tmp / "run" / "replylint" / "engine.sock"
    st = os.lstat(path)
    assert stat.S_ISSOCK(st.st_mode) and stat.S_IMODE(st.st_mode) == 0o600 and st.st_uid == os.getuid()
    assert stat.S_IMODE(os.lstat(path.parent).st_mode) == 0o700
    status = subprocess.run(cmd("daemon", "--status"), env=env, capture_output=True, timeout=60)
    assert status.returncode == 0 and b"running" in status.stdout


def test_sendmail_uses_the_daemon_and_blocks_or_sends(daemon):
    tmp, env, path, _ = daemon
    before = served(path)
    out = tmp / "sent-blocked.eml"
    p = sendmail(tmp, BLOCKED, env, out)
    assert p.returncode == 65, p.stderr
    assert b"LEK001" in p.stderr and b"4111 1111 1111 1111" not in p.stderr and not out.exists()
    assert any(f.read_bytes() == BLOCKED for f in held_files(tmp))
    out = tmp / "sent-clean.eml"
    p = sendmail(tmp, CLEAN, env, out)
    assert p.returncode == 0, p.stderr
    assert out.read_bytes() == CLEAN
    assert served(path) == before + 2  # both were linted by the daemon


def test_daemon_findings_equal_in_process_findings(daemon, tmp_path):
    _, _, path, _ = daemon
    for message in (BLOCKED, CLEAN, eml("Don't worry, we guarantee delivery by tomorrow. FYI this guy is clueless.\n")):
        via_daemon = client.lint_message(message, cwd=tmp_path, socket_path=path)
        here = lint_message(message, Config(), path="message").findings
        assert [f.to_dict() for f in via_daemon] == [f.to_dict() for f in here]
        assert all("4111 1111 1111 1111" not in f.excerpt for f in via_daemon)


def test_daemon_reloads_a_changed_config(daemon, tmp_path):
    _, _, path, _ = daemon
    cfg = tmp_path / ".replylint.toml"
    # Selections that say exactly what comes back, whatever other rules read the draft.
    cfg.write_text('select = ["TPL001"]\n')
    assert client.lint_message(BLOCKED, cwd=tmp_path, socket_path=path) == []
    time.sleep(0.01)
    cfg.write_text('select = ["LEK"]\n')
    assert {f.code for f in client.lint_message(BLOCKED, cwd=tmp_path, socket_path=path)} == {"LEK001"}


def test_without_a_daemon_sendmail_lints_in_process(tmp_path):
    env = env_for(tmp_path)
    assert not client.alive(client.socket_path(env))
    out = tmp_path / "sent.eml"
    assert sendmail(tmp_path, BLOCKED, env, out).returncode == 65 and not out.exists()
    p = sendmail(tmp_path, CLEAN, env, out)
    assert p.returncode == 0 and out.read_bytes() == CLEAN


FAKE_DAEMON = textwrap.dedent("""
    import os, signal, socket, sys
    path = sys.argv[1]
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    os.umask(0o177)
    s.bind(path)
    s.listen(1)
    print("ready", flush=True)
    conn, _ = s.accept()
    conn.recv(1 << 20)                      # the request arrives...
    os.kill(os.getpid(), signal.SIGKILL)    # ...and the daemon dies before answering
""")


@pytest.mark.parametrize("message,expected", [(BLOCKED, 65), (CLEAN, 0)])
def test_daemon_killed_mid_request_loses_nothing(tmp_path, message, expected):
    env = env_for(tmp_path)
    path = client.socket_path(env)
    fake = subprocess.Popen([sys.executable, "-c", FAKE_DAEMON, str(path)], stdout=subprocess.PIPE, text=True)
    assert fake.stdout.readline().strip() == "ready"
    out = tmp_path / "sent.eml"
    p = sendmail(tmp_path, message, env, out)
    assert fake.wait(timeout=60) == -signal.SIGKILL  # it really died mid-request
    assert p.returncode == expected, p.stderr
    if expected == 0:
        assert out.read_bytes() == message  # linted in-process, then sent
        assert held_files(tmp_path) == []  # the safety copy went once it was sent
    else:
        assert not out.exists()
        assert [f.read_bytes() for f in held_files(tmp_path)] == [message]


def test_a_socket_that_is_not_private_is_not_used(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o777)
    fake = folder / "engine.sock"
    import socket

    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(str(fake))
    s.listen(1)
    try:
        with pytest.raises(client.Unavailable, match="not a private folder"):
            client.request({"op": "ping"}, path=fake, timeout=2)
        os.chmod(folder, 0o700)
        os.chmod(fake, 0o666)
        with pytest.raises(client.Unavailable, match="not a private socket"):
            client.request({"op": "ping"}, path=fake, timeout=2)
    finally:
        s.close()


def test_stale_socket_of_a_killed_daemon_is_replaced(tmp_path):
    env = env_for(tmp_path)
    path = client.socket_path(env)
    first = subprocess.Popen(cmd("daemon"), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while not client.alive(path) and time.monotonic() < deadline:
        time.sleep(0.2)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=60)
    assert path.exists() and not client.alive(path)  # left behind
    out = tmp_path / "sent.eml"
    assert sendmail(tmp_path, CLEAN, env, out).returncode == 0 and out.read_bytes() == CLEAN
    again = subprocess.Popen(cmd("daemon"), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300
        while not client.alive(path):
            assert again.poll() is None, again.stderr.read()
            assert time.monotonic() < deadline
            time.sleep(0.2)
        second = subprocess.run(cmd("daemon"), env=env, capture_output=True, timeout=300)
        assert second.returncode == 2 and b"already running" in second.stderr
    finally:
        again.terminate()
        again.wait(timeout=60)
    assert not path.exists()  # a daemon that stops removes its socket


def test_every_finding_field_crosses_the_socket_unchanged():
    """The wire format carries every field (edits, match, score, ...) and rebuilds equal
    findings, so a new Finding field cannot silently turn the daemon off."""
    import dataclasses
    import json

    message = eml("We will leverage our synergies. Your card 4111 1111 1111 1111 is on file.\n"
                  "We will definitely ship it by Friday.\n")
    for f in lint_message(message, Config(), path="message").findings:
        wire = json.loads(json.dumps(client.finding_to_dict(f)))
        back = client.finding_from_dict(wire)
        for field in dataclasses.fields(f):
            assert getattr(back, field.name) == getattr(f, field.name), field.name


HOOK = Path(__file__).resolve().parents[1] / "examples" / "hooks" / "sendemail-validate"
CHECK_PROBE = textwrap.dedent("""
    import sys
    sys.argv = ["replylint", *sys.argv[1:]]
    from replylint.cli import main
    try:
        main()
    finally:
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "numpy"))
        print("HEAVY", heavy[:2], file=sys.stderr)
""")


def check_stdin(tmp: Path, message: bytes, env: dict, *extra: str):
    args = ["check", *extra, "--no-color", "--stdin-filename", "patch.eml", "--stdin-format", "eml", "-"]
    return subprocess.run([sys.executable, "-c", CHECK_PROBE, *args], input=message, capture_output=True,
                          env=env, cwd=tmp, timeout=300)


def test_check_daemon_gives_the_in_process_output_without_loading_spacy(daemon, tmp_path):
    _, env, path, _ = daemon
    (tmp_path / ".replylint.toml").write_text('ignore = ["PRS001"]\n')  # found from the working folder
    for message in (BLOCKED, CLEAN):
        before = served(path)
        via = check_stdin(tmp_path, message, env, "--daemon")
        assert served(path) == before + 1, via.stderr  # the daemon linted it
        here = check_stdin(tmp_path, message, {**env, client.OFF_ENV: "1"}, "--daemon")
        plain = check_stdin(tmp_path, message, env)
        assert via.returncode == here.returncode == plain.returncode == (1 if message is BLOCKED else 0)
        assert via.stdout == here.stdout == plain.stdout
        assert via.stderr.split(b"HEAVY")[0] == here.stderr.split(b"HEAVY")[0]
        assert b"HEAVY []" in via.stderr, via.stderr  # the client never loaded the pipeline
        assert b"HEAVY ['numpy'" in here.stderr or b"HEAVY ['spacy'" in here.stderr
    assert b"4111 1111 1111 1111" not in check_stdin(tmp_path, BLOCKED, env, "--daemon").stdout


def test_check_daemon_falls_back_in_process_when_none_runs_or_it_dies(tmp_path):
    env = env_for(tmp_path)
    assert not client.alive(client.socket_path(env))
    plain = check_stdin(tmp_path, BLOCKED, env)
    none = check_stdin(tmp_path, BLOCKED, env, "--daemon")
    assert none.returncode == plain.returncode == 1 and none.stdout == plain.stdout and b"LEK001" in none.stdout
    fake = subprocess.Popen([sys.executable, "-c", FAKE_DAEMON, str(client.socket_path(env))],
                            stdout=subprocess.PIPE, text=True)
    assert fake.stdout.readline().strip() == "ready"
    died = check_stdin(tmp_path, BLOCKED, env, "--daemon")
    assert fake.wait(timeout=60) == -signal.SIGKILL  # it really died mid-request
    assert died.returncode == 1 and died.stdout == plain.stdout


def test_git_send_email_hook_uses_the_daemon_and_works_without_it(daemon, tmp_path):
    _, env, path, _ = daemon
    patch = tmp_path / "0001-renewal.patch"
    patch.write_bytes(BLOCKED)
    before = served(path)
    hooked = subprocess.run(["sh", str(HOOK), str(patch)], capture_output=True, env=env, cwd=tmp_path, timeout=300)
    assert hooked.returncode == 1 and b"LEK001" in hooked.stdout, hooked.stderr
    assert served(path) == before + 1
    no_daemon = tmp_path / "elsewhere"
    no_daemon.mkdir()
    alone = subprocess.run(["sh", str(HOOK), str(patch)], capture_output=True, env=env_for(no_daemon),
                           cwd=tmp_path, timeout=300)
    assert alone.returncode == 1 and alone.stdout == hooked.stdout
    assert patch.read_bytes() == BLOCKED  # the hook never touches the patch
