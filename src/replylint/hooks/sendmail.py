"""``replylint sendmail [--] COMMAND [ARGS...]``: lint a message on its way to sendmail.

Reads the whole RFC 5322 message from standard input and lints it.  When it passes,
COMMAND runs with the message byte for byte as it came, less its ``X-Replylint-*``
header fields, and its exit status becomes ours.  When it is blocked nothing is sent:
a report (with redacted excerpts, never the message) goes to stderr, a copy goes to
the held folder, and the exit status is 65 (EX_DATAERR).

Never losing the message: a copy (with its envelope, the command line) is written and
fsynced to the held folder *before* linting starts; its state is renamed ``sending``
before COMMAND starts and it is removed only once COMMAND has exited 0.  COMMAND reads
the message from an in-memory file, never from a pipe we hold, so if replylint dies it
still gets the whole message or none of it (never a truncated one).  SIGTERM, SIGHUP
and SIGINT keep the copy, print its path and exit 75 (EX_TEMPFAIL); SIGKILL leaves it
in the state it had (``checking``: not sent; ``sending``: may have been sent).

Overrides: an ``X-Replylint-Disable: CODES`` (or ``all``) header, or the environment
variable ``REPLYLINT_DISABLE`` (``1``/``all`` to skip the check, or codes, prefixes or
categories separated by commas).  When replylint itself fails, ``on-error = "hold"``
keeps the message and exits 75 (EX_TEMPFAIL); ``"send"`` sends it unchecked.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import ReplylintError
from ..findings import Finding, Severity
from . import held as held_mod
from .headers import strip_replylint_headers

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Config

# sysexits.h
EX_OK = 0
EX_USAGE = 64
EX_DATAERR = 65
EX_UNAVAILABLE = 69
EX_TEMPFAIL = 75

DISABLE_ENV = "REPLYLINT_DISABLE"
_ALL_WORDS = {"1", "all", "true", "yes", "on"}
_OFF_WORDS = {"", "0", "false", "no", "off"}
MESSAGE_NAME = "message"
HANDLED_SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, n))
# How long a signal handler waits for a running mail command to finish, to know
# whether the message went out.
SEND_GRACE_SECONDS = 1.0


def _say(err: TextIO, text: str) -> None:
    for line in text.splitlines():
        err.write(f"replylint: {line}\n" if line else "\n")
    err.flush()


def _say_raw(text: str) -> None:
    """Write to fd 2 directly: safe inside a signal handler that interrupted a write to sys.stderr."""
    data = "".join(f"replylint: {line}\n" for line in text.splitlines()).encode("utf-8", "replace")
    while data:
        try:
            n = os.write(2, data)
        except InterruptedError:
            continue
        except OSError:
            return
        data = data[n:]


def env_disabled(environ: Mapping[str, str]) -> set[str] | None:
    """What ``REPLYLINT_DISABLE`` turns off: None (nothing), {"ALL"}, or selectors."""
    raw = environ.get(DISABLE_ENV, "").strip()
    if raw.lower() in _OFF_WORDS:
        return None
    if raw.lower() in _ALL_WORDS:
        return {"ALL"}
    return {s.strip().upper() for s in raw.replace(";", ",").split(",") if s.strip()} or None


def _describe(f: Finding) -> list[str]:
    where = f"line {f.line}" + (f" ({f.part})" if f.part != "body" else "")
    excerpt = f" \u2014 \"{f.excerpt}\"" if f.excerpt else ""
    out = [f"  {where}: {f.code} [{f.severity}] {f.message}{excerpt}"]
    if f.suggestion:
        out.append(f"      help: {f.suggestion}")
    return out


def finding_summary(f: Finding) -> dict[str, Any]:
    """What the envelope keeps of a finding: never the excerpt, only what points at it."""
    return {"code": f.code, "severity": str(f.severity), "line": f.line, "part": f.part, "message": f.message,
            "sensitive": bool(f.sensitive)}


def _blocked_report(blocking: list[Finding], others: int, fail_on: Severity, path: Path | None,
                    hold_error: str | None, resend: str) -> str:
    n = len(blocking)
    lines = [f"message NOT sent: {n} finding{'s' if n != 1 else ''} at or above {fail_on}:"]
    for f in blocking:
        lines.extend(_describe(f))
    if others:
        lines.append(f"  (and {others} below {fail_on})")
    if path is not None:
        lines.append(f"a copy is held in {path}")
    else:
        lines.append(f"could NOT save a copy in the held folder ({hold_error}); keep your draft")
    codes = ",".join(sorted({f.code for f in blocking}))
    lines.append(f"to send it anyway: fix the draft, or add the header \"X-Replylint-Disable: {codes}\" "
                 f"(or \"all\"), or set {DISABLE_ENV}=1{resend}")
    return "\n".join(lines)


def _status_text(code: int) -> str:
    if code < 0:
        try:
            return f"killed by signal {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def _signame(signum: int) -> str:
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


# -- signals ---------------------------------------------------------------------

@dataclass
class Guard:
    """What a signal handler needs to know to keep the message: where it is and what is running."""

    phase: str = "start"  # start (no copy yet) -> held (checking) -> sending -> done
    entry: "held_mod.Entry | None" = None
    hold_error: str | None = None
    proc: "subprocess.Popen | None" = None
    command: str = ""
    pending: int | None = None  # a signal that arrived before the copy existed
    installed: list = field(default_factory=list)

    def install(self) -> None:
        for s in HANDLED_SIGNALS:
            try:
                self.installed.append((s, signal.signal(s, self._handler)))
            except (ValueError, OSError):  # not the main thread: the caller handles its own signals
                pass

    def uninstall(self) -> None:
        for s, old in self.installed:
            try:
                signal.signal(s, old)
            except (ValueError, OSError, TypeError):
                pass
        self.installed.clear()

    def _handler(self, signum, frame) -> None:
        if self.phase == "start":
            if self.pending is None:
                self.pending = signum  # acted on as soon as the copy is on disk
                return
            # A second signal while the message is still being read: it is not ours yet.
            _say_raw(f"stopped by {_signame(signum)} before the message was read: NOT sent, nothing held")
            os._exit(EX_TEMPFAIL)
        if self.phase == "done":
            return
        for s in HANDLED_SIGNALS:  # one handler at a time; we are about to exit
            try:
                signal.signal(s, signal.SIG_IGN)
            except (ValueError, OSError):
                pass
        os._exit(self.stop(signum))

    def check_pending(self) -> None:
        if self.pending is not None and self.phase != "start":
            signum, self.pending = self.pending, None
            self._handler(signum, None)

    def stop(self, signum: int) -> int:
        """Leave the message in a state that says what happened; tell the user; the exit status."""
        name = _signame(signum)
        entry = self.entry
        if self.phase == "sending":
            code = self._wait_for_command()
            if code == 0:
                if entry is not None:
                    try:
                        entry.remove()
                    except OSError:
                        pass
                _say_raw(f"stopped by {name}; {self.command} had already sent the message")
                return EX_OK
            if entry is None:
                _say_raw(f"stopped by {name} while {self.command} was running; the message MAY have been sent "
                         f"and could not be held ({self.hold_error})")
                return EX_TEMPFAIL
            if code is None:
                _mark(entry, held_mod.SENDING, f"replylint stopped by {name} while {self.command} "
                                               "was running with the message")
            else:
                _mark(entry, held_mod.SEND_FAILED, f"{self.command} failed ({_status_text(code)}); "
                                                   f"replylint stopped by {name}")
            if code is None:
                _say_raw(f"stopped by {name} while {self.command} was running: the message MAY have been sent.\n"
                         f"it is held in {entry.path}\ncheck your sent mail before sending it again "
                         f"(replylint held send --force {entry.id})")
            else:
                _say_raw(f"stopped by {name}; {self.command} failed ({_status_text(code)}); "
                         f"the message is held in {entry.path}")
            return EX_TEMPFAIL
        if entry is None:
            _say_raw(f"stopped by {name}: message NOT sent, and it could NOT be held ({self.hold_error}); keep your draft")
            return EX_TEMPFAIL
        _mark(entry, held_mod.INTERRUPTED, f"replylint stopped by {name} before sending")
        _say_raw(f"stopped by {name}: message NOT sent; it is held in {entry.path}")
        return EX_TEMPFAIL

    def _wait_for_command(self) -> int | None:
        """The mail command's status if it ends within the grace period, else None (still running)."""
        proc = self.proc
        if proc is None:
            return None
        if proc.returncode is not None:
            return proc.returncode
        deadline = time.monotonic() + SEND_GRACE_SECONDS
        while True:
            try:
                pid, status = os.waitpid(proc.pid, os.WNOHANG)
            except ChildProcessError:
                return proc.returncode
            except InterruptedError:
                continue
            if pid:
                return os.waitstatus_to_exitcode(status)
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.02)


# -- the wrapper -----------------------------------------------------------------

@dataclass
class Setup:
    """Everything decided before the message is read: config, policy, held folder."""

    command: list[str]
    config: "Config | None"
    config_error: str | None
    policy: str
    disabled: set[str] | None
    held_path: Path
    held_configured: bool
    envelope: dict
    cwd: Path


def prepare(command: Sequence[str], *, config_path: str | os.PathLike | None = None,
            fail_on: str | Severity | None = None, on_error: str | None = None,
            held_dir: str | os.PathLike | None = None, environ: Mapping[str, str] | None = None,
            cwd: Path | None = None) -> Setup:
    """Load the config and pick the held folder; never raises for a bad config (it is recorded)."""
    from ..config import Config

    env = os.environ if environ is None else environ
    cwd = Path(cwd or Path.cwd())
    disabled = env_disabled(env)
    config = None
    config_error = None
    policy = on_error
    try:
        config = Config.load(Path(config_path)) if config_path else Config.discover(cwd)
        if fail_on is not None:
            config = config.with_overrides(fail_on=Severity.parse(fail_on))
        policy = policy or config.option("on-error")
    except Exception as exc:  # a bad config, or e.g. an unreadable folder while looking for it
        config_error = " ".join(str(exc).split()) if isinstance(exc, (ReplylintError, ValueError)) \
            else f"internal error: {exc.__class__.__name__}"
        config = None
        if disabled == {"ALL"}:  # the user said not to check: a broken config must not stop the mail
            policy = "send"
    try:
        held_path, configured = held_mod.held_dir_choice(config, held_dir, env)
    except Exception:  # pragma: no cover - a broken config gives no held-dir
        held_path, configured = held_mod.default_held_dir(env), False
    envelope = {
        "command": list(command),
        "cwd": str(cwd),
        "config": os.path.abspath(config_path) if config_path else (str(config.path) if config is not None and config.path else None),
        "fail-on": str(fail_on) if fail_on is not None else None,
        "on-error": on_error,
    }
    return Setup(list(command), config, config_error, (policy or "hold").lower(), disabled, held_path,
                 configured, envelope, cwd)


def run(command: Sequence[str], data: bytes, *, config_path: str | os.PathLike | None = None,
        fail_on: str | Severity | None = None, on_error: str | None = None,
        held_dir: str | os.PathLike | None = None, environ: Mapping[str, str] | None = None,
        err: TextIO | None = None, cwd: Path | None = None) -> int:
    """The whole wrapper; returns the exit status.  ``data`` is the message as read."""
    err = err or sys.stderr
    if not command:
        _say(err, "sendmail: no command to pass the message to (usage: replylint sendmail [--] COMMAND [ARGS...])")
        return EX_USAGE
    setup = prepare(command, config_path=config_path, fail_on=fail_on, on_error=on_error, held_dir=held_dir,
                    environ=environ, cwd=cwd)
    return run_prepared(setup, data, environ=environ, err=err)


def run_prepared(setup: Setup, data: bytes, *, environ: Mapping[str, str] | None = None,
                 err: TextIO | None = None, guard: Guard | None = None,
                 entry: "held_mod.Entry | None" = None, lint: bool = True) -> int:
    """Hold, lint, then send or keep.  ``entry``: an existing held copy (``replylint held send``)."""
    env = os.environ if environ is None else environ
    err = err or sys.stderr
    own_guard = guard is None
    guard = guard or Guard()
    if own_guard:
        guard.install()
    store = None
    try:
        if entry is None:
            entry, store = _hold_first(setup, data, guard, env, err)
        else:
            guard.entry = entry
        guard.phase = "held"
        guard.check_pending()
        return _check_and_send(setup, data, entry, guard, env, err, lint)
    finally:
        guard.phase = "done"
        if own_guard:
            guard.uninstall()
        if store is not None:
            store.close()


def _hold_first(setup: Setup, data: bytes, guard: Guard, env, err):
    try:
        store = held_mod.open_store(setup.held_path, configured=setup.held_configured, environ=env)
    except OSError as exc:
        guard.hold_error = str(exc)
        return None, None
    if store.note:
        _say(err, store.note)
    try:
        entry = store.create(data, held_mod.CHECKING, setup.envelope)
    except OSError as exc:
        guard.hold_error = f"{store.path}: {exc.strerror or exc}"
        store.close()
        return None, None
    guard.entry = entry
    try:
        entry.lock()  # `replylint held send` must not send it while we check or send it
    except OSError:
        pass
    return entry, store


@dataclass
class _DaemonResult:
    findings: list[Finding]

    def blocking(self, fail_on: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity >= fail_on]


def _from_daemon(setup: Setup, data: bytes, env) -> _DaemonResult | None:
    """The findings from a running ``replylint daemon`` (its warm engine), or None.

    None when no daemon runs, the socket is not this user's private one, or the daemon
    fails or dies mid-request: the caller then lints in-process.  The held copy made
    before this call keeps the message safe either way.
    """
    from ..service import client

    if not client.wanted(env):
        return None
    try:
        findings = client.lint_message(data, cwd=setup.cwd, config_path=setup.envelope.get("config"),
                                       fail_on=setup.envelope.get("fail-on"), disabled=setup.disabled,
                                       socket_path=client.socket_path(env))
    except client.Unavailable:
        return None
    return _DaemonResult(findings)


def _check_and_send(setup: Setup, data: bytes, entry, guard: Guard, env, err, lint: bool) -> int:
    outgoing = strip_replylint_headers(data)
    if setup.config_error is not None:
        return _failed(setup, data, outgoing, setup.config_error, entry, guard, err)
    if setup.disabled == {"ALL"} or not lint:
        why = f"{DISABLE_ENV} is set" if lint else "--no-lint"
        _say(err, f"checks skipped ({why})")
        return _send(setup, outgoing, entry, guard, err)
    config = setup.config
    try:
        result = _from_daemon(setup, data, env)
        if result is None:  # no daemon: lint here
            from ..draft import draft_from_message, parse_message_bytes
            from ..engine import lint_many

            msg = parse_message_bytes(data, MESSAGE_NAME)
            draft = draft_from_message(msg, MESSAGE_NAME)
            if setup.disabled:
                draft.disabled = set(draft.disabled) | setup.disabled
            result = next(lint_many([draft], config))
    except ReplylintError as exc:
        return _failed(setup, data, outgoing, " ".join(str(exc).split()), entry, guard, err)
    except Exception as exc:  # an internal error must not lose the message
        if env.get("REPLYLINT_DEBUG"):
            import traceback

            traceback.print_exc(file=err)
        return _failed(setup, data, outgoing, f"internal error: {exc.__class__.__name__}", entry, guard, err)

    blocking = result.blocking(config.fail_on)
    if blocking:
        path = None
        if entry is not None:
            try:
                entry.set_state(held_mod.BLOCKED, reason=f"{len(blocking)} finding(s) at or above {config.fail_on}",
                                findings=[finding_summary(f) for f in result.findings])
                path = entry.path
            except OSError as exc:
                guard.hold_error = f"{entry.store.path}: {exc.strerror or exc}"
        resend = f"; or send the held copy unchecked: replylint held send --no-lint {entry.id}" if entry is not None else ""
        _say(err, _blocked_report(blocking, len(result.findings) - len(blocking), config.fail_on, path,
                                  guard.hold_error, resend))
        return EX_DATAERR
    return _send(setup, outgoing, entry, guard, err)


def _mark(entry, state: str, reason: str) -> None:
    """Record a held copy's state in its name; best effort, because the copy itself is what must survive."""
    try:
        entry.set_state(state, reason=reason)
    except OSError:
        pass


def _failed(setup: Setup, data, outgoing, reason, entry, guard: Guard, err) -> int:
    if setup.policy == "send":
        _say(err, f"warning: could not check the message ({reason}); sending it unchecked (on-error = \"send\")")
        return _send(setup, outgoing, entry, guard, err)
    if entry is not None:
        _mark(entry, held_mod.ERROR, f"could not check it: {reason}")
        _say(err, f"could not check the message: {reason}\nmessage NOT sent; it is held in {entry.path}")
    else:
        _say(err, f"could not check the message: {reason}\nmessage NOT sent, and could NOT be held ({guard.hold_error})")
    return EX_TEMPFAIL


def _message_stdin(outgoing: bytes):
    """A readable descriptor holding the whole message (memory-backed where possible), or None for a pipe."""
    create = getattr(os, "memfd_create", None)
    if create is None:
        return None
    try:
        fd = create("replylint-message", getattr(os, "MFD_CLOEXEC", 1))
    except OSError:
        return None
    view = memoryview(outgoing)
    while view:
        n = os.write(fd, view)
        view = view[n:]
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


def _send(setup: Setup, outgoing: bytes, entry, guard: Guard, err: TextIO) -> int:
    """Run COMMAND with ``outgoing`` on stdin; the held copy says ``sending`` until it has succeeded."""
    command = setup.command
    guard.command = command[0]
    if entry is None:
        _say(err, f"warning: could not keep a safety copy ({guard.hold_error}); sending anyway")
    else:
        _mark(entry, held_mod.SENDING, f"{command[0]} was started with the message")
    stdin_fd = _message_stdin(outgoing)
    cwd = setup.cwd if setup.cwd.is_dir() else None
    guard.phase = "sending"
    try:
        proc = subprocess.Popen(list(command), stdin=stdin_fd if stdin_fd is not None else subprocess.PIPE, cwd=cwd)
    except OSError as exc:
        guard.phase = "held"
        where = ""
        if entry is not None:
            _mark(entry, held_mod.SEND_FAILED, f"cannot run {command[0]!r}: {exc.strerror or exc}")
            where = f"; the message is held in {entry.path}"
        _say(err, f"cannot run {command[0]!r}: {exc.strerror or exc}{where}")
        guard.check_pending()
        return EX_UNAVAILABLE
    finally:
        if stdin_fd is not None:
            os.close(stdin_fd)
    guard.proc = proc
    guard.check_pending()
    if stdin_fd is None:
        try:
            proc.communicate(outgoing)
        except BrokenPipeError:
            pass
    code = proc.wait()
    guard.phase = "done"
    if code == 0:
        if entry is not None:
            try:
                entry.remove()
            except OSError:
                pass
        return EX_OK
    if entry is not None:
        _mark(entry, held_mod.SEND_FAILED, f"{command[0]} failed ({_status_text(code)})")
        _say(err, f"{command[0]} failed ({_status_text(code)}); the message is held in {entry.path}")
    else:
        _say(err, f"{command[0]} failed ({_status_text(code)})")
    return code if code > 0 else 128 + (-code)
