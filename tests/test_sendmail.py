"""replylint sendmail: the pre-send wrapper, its held folder and header stripping.

The wrapper runs real commands (sh) as the "sendmail" behind it; nothing is mocked
except, in one test, the engine raising an internal error.
"""
from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from replylint import Config, lint_message
from replylint.hooks import held, sendmail
from replylint.hooks.headers import strip_replylint_headers

CARD = "4111 1111 1111 1111"
CLEAN_BODY = (
    "Hi Dana,\n\nThanks for sending over the signed order form. I have passed it to our\n"
    "billing team and you will get the updated invoice by email this week.\n\nBest regards,\nSam\n"
)
LEAK_BODY = (
    "Hi Dana,\n\nFor your records, the card we charged for the renewal is " + CARD + ",\n"
    "the same one as last year.\n\nBest regards,\nSam\n"
)


def message(body: str, extra: str = "", eol: str = "\n") -> bytes:
    head = [
        "From: Sam Support <sam@ourco.example>",
        "To: Dana Client <dana@client.example>",
        "Subject: Re: renewal",
        "Date: Tue, 24 Nov 2026 10:00:00 +0000",
        "Message-ID: <renewal-1@ourco.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    text = "\n".join(head) + "\n" + extra + "\n" + body
    return text.replace("\n", eol).encode("utf-8")


@pytest.fixture
def env(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_STATE_HOME": str(tmp_path / "state"), "PATH": os.environ.get("PATH", "")}
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return env


@pytest.fixture
def bad(tmp_path):
    """(body, working folder) for a draft that leaks a card number and must be blocked."""
    work = tmp_path / "work"
    work.mkdir()
    assert "LEK001" in {f.code for f in lint_message(message(LEAK_BODY), Config()).blocking()}
    return LEAK_BODY, work


@pytest.fixture
def work(tmp_path):
    w = tmp_path / "clean-work"
    w.mkdir()
    assert not lint_message(message(CLEAN_BODY), Config()).findings, "the clean draft should lint clean"
    return w


def capture_cmd(out: Path) -> list[str]:
    return ["sh", "-c", 'cat > "$0"; printf "%s\\n" "$@" > "$0.args"', str(out)]


def held_files(env) -> list[Path]:
    d = held.default_held_dir(env)
    return sorted(d.glob("*.eml")) if d.exists() else []


def all_files(env) -> list[Path]:
    d = held.default_held_dir(env)
    return sorted(d.iterdir()) if d.exists() else []


def run(cmd, data, env, cwd, **kw):
    err = io.StringIO()
    code = sendmail.run(cmd, data, environ=env, err=err, cwd=cwd, **kw)
    return code, err.getvalue()


# -- header stripping -----------------------------------------------------------

def test_strip_removes_replylint_fields_with_continuations_only():
    data = (b"From: a@ourco.example\r\nX-Replylint-Disable: LEK001,\r\n  PRM001\r\n"
            b"Subject: quarterly\r\n  report\r\nx-replylint-note:\tchecked\r\n"
            b"X-Replylinter: keep me\r\n\r\nX-Replylint-Disable: all\r\nbody line\r\n")
    out = strip_replylint_headers(data)
    assert out == (b"From: a@ourco.example\r\nSubject: quarterly\r\n  report\r\n"
                   b"X-Replylinter: keep me\r\n\r\nX-Replylint-Disable: all\r\nbody line\r\n")


def test_strip_leaves_other_messages_untouched():
    data = message(CLEAN_BODY, eol="\r\n") + b"\xff\xfe raw bytes stay"
    assert strip_replylint_headers(data) == data
    assert strip_replylint_headers(b"") == b""
    # Header-only message whose last field is an X-Replylint one.
    assert strip_replylint_headers(b"From: a\nX-Replylint-Disable: all") == b"From: a\n"


# -- held folder -----------------------------------------------------------------

def test_held_files_are_private_unique_and_complete(tmp_path):
    d = tmp_path / "st" / "held"
    paths = {held.hold(b"message %d" % i, d, held.BLOCKED) for i in range(20)}
    assert len(paths) == 20
    assert stat.S_IMODE(d.stat().st_mode) == 0o700
    for p in paths:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
        assert "-blocked-" in p.name and p.suffix == ".eml"
    assert sorted(p.read_bytes() for p in paths) == sorted(b"message %d" % i for i in range(20))
    assert not [p for p in d.iterdir() if p.name.startswith(".tmp")]


def test_held_folder_tightens_a_loose_existing_folder(tmp_path):
    env = {"XDG_STATE_HOME": str(tmp_path / "state"), "HOME": str(tmp_path)}
    d = held.default_held_dir(env)
    d.mkdir(parents=True)
    os.chmod(d, 0o775)
    store = held.open_store(d, configured=False, environ=env)
    store.create(b"x", held.ERROR)
    assert store.path == d and store.note is None
    assert stat.S_IMODE(d.stat().st_mode) == 0o700
    # A folder the user named (held-dir) and owns is theirs to share: its mode is left alone.
    shared = tmp_path / "team-held"
    shared.mkdir()
    os.chmod(shared, 0o770)
    store = held.open_store(shared, configured=True, environ=env)
    assert store.path == shared and stat.S_IMODE(shared.stat().st_mode) == 0o770


def test_default_held_dir_follows_xdg_then_home(tmp_path):
    assert held.default_held_dir({"XDG_STATE_HOME": "/srv/state", "HOME": "/home/u"}) == Path("/srv/state/replylint/held")
    assert held.default_held_dir({"XDG_STATE_HOME": "relative", "HOME": "/home/u"}) == Path("/home/u/.local/state/replylint/held")
    assert held.default_held_dir({"HOME": "/home/u"}) == Path("/home/u/.local/state/replylint/held")


def test_held_dir_from_config_is_relative_to_the_config(tmp_path):
    (tmp_path / ".replylint.toml").write_text('held-dir = "outbox/held"\n')
    cfg = Config.discover(tmp_path)
    assert held.held_dir_for(cfg, None, {}) == tmp_path / "outbox" / "held"
    assert held.held_dir_for(cfg, tmp_path / "cli", {}) == tmp_path / "cli"


@pytest.mark.parametrize("text, error", [
    ('held-dir = 3\n', "held-dir"),
    ('on-error = "drop"\n', "on-error"),
])
def test_bad_hook_options_are_config_errors(tmp_path, text, error):
    from replylint.errors import ConfigError

    (tmp_path / ".replylint.toml").write_text(text)
    with pytest.raises(ConfigError, match=error):
        Config.discover(tmp_path)


# -- the wrapper -----------------------------------------------------------------

def test_clean_message_is_passed_on_byte_for_byte_without_replylint_headers(tmp_path, env, work):
    extra = "X-Replylint-Note: checked by hand,\n  twice\n"
    data = message(CLEAN_BODY, extra, eol="\r\n")
    out = tmp_path / "sent.eml"
    code, err = run(capture_cmd(out) + ["-oi", "--", "dana@client.example"], data, env, work)
    assert code == 0, err
    assert out.read_bytes() == message(CLEAN_BODY, eol="\r\n")
    assert out.with_name("sent.eml.args").read_text().split() == ["-oi", "--", "dana@client.example"]
    assert held_files(env) == []  # the safety copy is gone once the command succeeded
    assert err == ""


def test_blocked_message_is_held_not_sent_and_report_is_redacted(tmp_path, env, bad):
    body, folder = bad
    data = message(body)
    out = tmp_path / "sent.eml"
    code, err = run(capture_cmd(out), data, env, folder)
    assert code == sendmail.EX_DATAERR == 65
    assert not out.exists()
    [kept] = held_files(env)
    assert kept.read_bytes() == data
    assert "-blocked-" in kept.name
    assert str(kept) in err
    assert "NOT sent" in err
    assert CARD not in err and "the same one as last year" not in err
    assert "LEK001" in err and "4111 **** **** 1111" in err  # the redacted excerpt


def test_exit_status_of_the_command_is_kept_and_message_held(tmp_path, env, work):
    data = message(CLEAN_BODY)
    code, err = run(["sh", "-c", "cat >/dev/null; exit 3"], data, env, work)
    assert code == 3
    [kept] = held_files(env)
    assert kept.read_bytes() == data and "-send-failed-" in kept.name
    assert str(kept) in err


def test_command_killed_by_a_signal_leaves_the_message_held(tmp_path, env, work):
    data = message(CLEAN_BODY)
    code, err = run(["sh", "-c", "head -c 10 >/dev/null; kill -KILL $$"], data, env, work)
    assert code == 128 + 9
    [kept] = held_files(env)
    assert kept.read_bytes() == data
    assert "SIGKILL" in err and str(kept) in err


def test_missing_command_leaves_the_message_held(tmp_path, env, work):
    code, err = run([str(tmp_path / "no-such-sendmail")], message(CLEAN_BODY), env, work)
    assert code == sendmail.EX_UNAVAILABLE
    [kept] = held_files(env)
    assert str(kept) in err


@pytest.mark.parametrize("how", ["header-all", "header-codes", "env-all", "env-codes"])
def test_overrides_send_a_blocked_message(tmp_path, env, bad, how):
    body, folder = bad
    codes = ",".join(sorted({f.code for f in lint_message(message(body), Config.discover(folder)).blocking()}))
    extra = ""
    if how == "header-all":
        extra = "X-Replylint-Disable: all\n"
    elif how == "header-codes":
        extra = f"X-Replylint-Disable: {codes}\n"
    elif how == "env-all":
        env = {**env, "REPLYLINT_DISABLE": "1"}
    else:
        env = {**env, "REPLYLINT_DISABLE": codes.lower()}
    out = tmp_path / "sent.eml"
    code, err = run(capture_cmd(out), message(body, extra), env, folder)
    assert code == 0, err
    assert out.read_bytes() == message(body)  # the override header does not leave
    assert held_files(env) == []


def test_env_disable_zero_does_not_disable(tmp_path, env, bad):
    body, folder = bad
    code, _ = run(capture_cmd(tmp_path / "sent.eml"), message(body), {**env, "REPLYLINT_DISABLE": "0"}, folder)
    assert code == 65


def test_fail_on_comes_from_the_config_or_the_command_line(tmp_path, env, bad):
    body, folder = bad
    (folder / ".replylint.toml").write_text('[severity]\nALL = "info"\n')
    out = tmp_path / "sent.eml"
    code, _ = run(capture_cmd(out), message(body), env, folder)
    assert code == 0 and out.exists()  # info findings do not block at the default fail-on
    out.unlink()
    code, _ = run(capture_cmd(out), message(body), env, folder, fail_on="info")
    assert code == 65 and not out.exists()
    (folder / ".replylint.toml").write_text('fail-on = "info"\n[severity]\nALL = "info"\n')
    code, _ = run(capture_cmd(out), message(body), env, folder)
    assert code == 65 and not out.exists()


def test_bad_config_holds_by_default(tmp_path, env):
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / ".replylint.toml").write_text("select = [\n")
    out = tmp_path / "sent.eml"
    code, err = run(capture_cmd(out), message(CLEAN_BODY), env, folder)
    assert code == sendmail.EX_TEMPFAIL == 75
    assert not out.exists()
    [kept] = held_files(env)
    assert "-error-" in kept.name and str(kept) in err
    assert "invalid TOML" in err and "Traceback" not in err


def test_env_disable_sends_even_with_a_broken_config(tmp_path, env):
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / ".replylint.toml").write_text("fail-on = 'loud'\n")
    out = tmp_path / "sent.eml"
    code, err = run(capture_cmd(out), message(CLEAN_BODY), {**env, "REPLYLINT_DISABLE": "all"}, folder)
    assert code == 0 and out.read_bytes() == message(CLEAN_BODY)
    assert "unchecked" in err and held_files(env) == []


def test_on_error_send_passes_the_message_through_with_a_warning(tmp_path, env):
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / ".replylint.toml").write_text('on-error = "send"\nselect = ["NOPE999"]\n')
    out = tmp_path / "sent.eml"
    code, err = run(capture_cmd(out), message(CLEAN_BODY), env, folder)
    # The config is invalid, so its own on-error cannot be trusted: it holds...
    assert code == 75 and not out.exists()
    # ...unless the command line says "send".
    code, err = run(capture_cmd(out), message(CLEAN_BODY), env, folder, on_error="send")
    assert code == 0 and out.read_bytes() == message(CLEAN_BODY)
    assert "unchecked" in err


def test_on_error_send_from_config_covers_an_unreadable_message(tmp_path, env):
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / ".replylint.toml").write_text('on-error = "send"\n')
    # An Outlook .msg file (Compound File bytes) piped as a message: replylint cannot read it.
    # (A multipart without a boundary, used here before, is now read as text, as clients do.)
    broken = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    out = tmp_path / "sent.eml"
    code, err = run(capture_cmd(out), broken, env, folder)
    assert code == 0 and out.read_bytes() == broken
    assert "unchecked" in err
    (folder / ".replylint.toml").write_text("")
    out.unlink()
    code, err = run(capture_cmd(out), broken, env, folder)
    assert code == 75 and not out.exists()
    assert len(held_files(env)) == 1


def test_internal_error_holds_the_message(tmp_path, env, work, monkeypatch):
    import replylint.engine

    def boom(*a, **k):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(replylint.engine, "lint_many", boom)
    out = tmp_path / "sent.eml"
    code, err = run(capture_cmd(out), message(CLEAN_BODY), env, work)
    assert code == 75 and not out.exists()
    assert "internal error" in err
    assert len(held_files(env)) == 1


def test_unwritable_held_folder_still_refuses_a_blocked_message(tmp_path, env, bad):
    body, folder = bad
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    out = tmp_path / "sent.eml"
    code, err = run(capture_cmd(out), message(body), env, folder, held_dir=blocker / "held")
    assert code == 65 and not out.exists()
    # The folder asked for cannot be made: the default one is used, and the user is told.
    [kept] = held_files(env)
    assert f"did not use the held folder ({blocker / 'held'}: Not a directory)" in err
    assert str(kept) in err


def test_no_folder_at_all_still_refuses_a_blocked_message(tmp_path, env, bad, monkeypatch):
    body, folder = bad
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setattr(held.tempfile, "gettempdir", lambda: str(blocker))
    env = {**env, "HOME": str(blocker), "XDG_STATE_HOME": str(blocker)}
    out = tmp_path / "sent.eml"
    code, err = run(capture_cmd(out), message(body), env, folder, held_dir=blocker / "held")
    assert code == 65 and not out.exists()
    assert "could NOT save a copy" in err
    # A clean message is still sent (with a warning) when nothing can be held.
    code, err = run(capture_cmd(out), message(CLEAN_BODY), env, folder, held_dir=blocker / "held")
    assert code == 0 and out.exists() and "could not keep a safety copy" in err


# -- the command line ------------------------------------------------------------

def cli(args, data, env, cwd, timeout=60):
    return subprocess.run([sys.executable, "-m", "replylint", "sendmail", *args], input=data,
                          capture_output=True, env=env, cwd=cwd, timeout=timeout)


def test_cli_passes_arguments_after_the_command_untouched(tmp_path, env, work):
    out = tmp_path / "sent.eml"
    data = message(CLEAN_BODY)
    proc = cli([*capture_cmd(out), "-f", "sam@ourco.example", "--", "dana@client.example"], data, env, work)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == data
    assert out.with_name("sent.eml.args").read_text().split() == ["-f", "sam@ourco.example", "--", "dana@client.example"]


def test_cli_blocked_prints_the_held_path_and_exits_65(tmp_path, env, bad):
    body, folder = bad
    out = tmp_path / "sent.eml"
    proc = cli(["--held-dir", str(tmp_path / "myheld"), "--", *capture_cmd(out)], message(body), env, folder)
    assert proc.returncode == 65
    assert not out.exists()
    [kept] = list((tmp_path / "myheld").glob("*.eml"))
    assert str(kept) in proc.stderr.decode()
    assert proc.stdout == b""


def test_cli_message_over_the_input_limit_is_refused_with_75_and_never_read_whole(tmp_path, env):
    (tmp_path / ".replylint.toml").write_text('max-input-size = "2KB"\n')
    out = tmp_path / "sent.eml"
    big = message(CLEAN_BODY) + b"x" * 1_000_000
    proc = cli(["--held-dir", str(tmp_path / "myheld"), "--", *capture_cmd(out)], big, env, tmp_path)
    assert proc.returncode == 75
    assert b"larger than the input limit of 2,000 bytes" in proc.stderr and b"Traceback" not in proc.stderr
    assert not out.exists()
    # Within the limit the same config sends as usual.
    small = message(CLEAN_BODY)
    assert len(small) < 2000
    assert cli(["--", *capture_cmd(out)], small, env, tmp_path).returncode == 0 and out.read_bytes() == small


def test_cli_without_a_command_is_a_usage_error(tmp_path, env):
    proc = cli([], b"", env, tmp_path)
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr
