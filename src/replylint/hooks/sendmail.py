"""``replylint sendmail [--] COMMAND [ARGS...]``: lint a message on its way to sendmail.

Reads the whole RFC 5322 message from standard input and lints it.  When it passes,
COMMAND runs with the message byte for byte as it came, less its ``X-Replylint-*``
header fields, and its exit status becomes ours.  When it is blocked nothing is sent:
a report (with redacted excerpts, never the message) goes to stderr, a copy goes to
the held folder, and the exit status is 65 (EX_DATAERR).

Overrides: an ``X-Replylint-Disable: CODES`` (or ``all``) header, or the environment
variable ``REPLYLINT_DISABLE`` (``1``/``all`` to skip the check, or codes, prefixes or
categories separated by commas).  When replylint itself fails, ``on-error = "hold"``
keeps the message and exits 75 (EX_TEMPFAIL); ``"send"`` sends it unchecked.
"""
from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO

from ..errors import ReplylintError
from ..findings import Finding, Severity
from . import held as held_mod
from .headers import strip_replylint_headers

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


def _say(err: TextIO, text: str) -> None:
    for line in text.splitlines():
        err.write(f"replylint: {line}\n" if line else "\n")
    err.flush()


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


def _blocked_report(blocking: list[Finding], others: int, fail_on: Severity, path: Path | None,
                    hold_error: str | None) -> str:
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
                 f"(or \"all\"), or set {DISABLE_ENV}=1")
    return "\n".join(lines)


def _hold(data: bytes, directory: Path, reason: str) -> tuple[Path | None, str | None]:
    try:
        return held_mod.hold(data, directory, reason), None
    except OSError as exc:
        return None, f"{directory}: {exc.strerror or exc}"


def _status_text(code: int) -> str:
    if code < 0:
        try:
            return f"killed by signal {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def _send(command: Sequence[str], original: bytes, outgoing: bytes, directory: Path, err: TextIO) -> int:
    """Run COMMAND with ``outgoing`` on stdin; keep a held copy until it has succeeded."""
    pending, hold_error = _hold(original, directory, held_mod.SENDING)
    if pending is None:
        _say(err, f"warning: could not keep a safety copy ({hold_error}); sending anyway")
    try:
        proc = subprocess.Popen(list(command), stdin=subprocess.PIPE)
    except OSError as exc:
        where = ""
        if pending:
            pending = held_mod.rename_reason(pending, held_mod.SENDING, held_mod.SEND_FAILED)
            where = f"; the message is held in {pending}"
        _say(err, f"cannot run {command[0]!r}: {exc.strerror or exc}{where}")
        return EX_UNAVAILABLE
    try:
        proc.communicate(outgoing)
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    code = proc.returncode
    if code == 0:
        if pending is not None:
            try:
                os.unlink(pending)
            except OSError:
                pass
        return EX_OK
    if pending is not None:
        pending = held_mod.rename_reason(pending, held_mod.SENDING, held_mod.SEND_FAILED)
        _say(err, f"{command[0]} failed ({_status_text(code)}); the message is held in {pending}")
    else:
        _say(err, f"{command[0]} failed ({_status_text(code)})")
    return code if code > 0 else 128 + (-code)


def run(command: Sequence[str], data: bytes, *, config_path: str | os.PathLike | None = None,
        fail_on: str | Severity | None = None, on_error: str | None = None,
        held_dir: str | os.PathLike | None = None, environ: Mapping[str, str] | None = None,
        err: TextIO | None = None, cwd: Path | None = None) -> int:
    """The whole wrapper; returns the exit status.  ``data`` is the message as read."""
    import sys

    from ..config import Config
    from ..draft import draft_from_message, parse_message_bytes
    from ..engine import lint_many

    env = os.environ if environ is None else environ
    err = err or sys.stderr
    if not command:
        _say(err, "sendmail: no command to pass the message to (usage: replylint sendmail [--] COMMAND [ARGS...])")
        return EX_USAGE
    outgoing = strip_replylint_headers(data)
    disabled = env_disabled(env)

    config = None
    policy = on_error
    try:
        if config_path:
            config = Config.load(Path(config_path))
        else:
            config = Config.discover(cwd or Path.cwd())
        if fail_on is not None:
            config = config.with_overrides(fail_on=Severity.parse(fail_on))
        policy = policy or config.option("on-error")
    except Exception as exc:  # a bad config, or e.g. an unreadable folder while looking for it
        reason = " ".join(str(exc).split()) if isinstance(exc, (ReplylintError, ValueError)) \
            else f"internal error: {exc.__class__.__name__}"
        if disabled == {"ALL"}:  # the user said not to check: a broken config must not stop the mail
            policy = "send"
        return _failed(command, data, outgoing, reason, policy, config, held_dir, env, err)
    directory = held_mod.held_dir_for(config, held_dir, env)

    if disabled == {"ALL"}:
        _say(err, f"checks skipped ({DISABLE_ENV} is set)")
        return _send(command, data, outgoing, directory, err)
    try:
        msg = parse_message_bytes(data, MESSAGE_NAME)
        draft = draft_from_message(msg, MESSAGE_NAME)
        if disabled:
            draft.disabled = set(draft.disabled) | disabled
        result = next(lint_many([draft], config))
    except ReplylintError as exc:
        return _failed(command, data, outgoing, " ".join(str(exc).split()), policy, config, held_dir, env, err)
    except Exception as exc:  # an internal error must not lose the message
        if env.get("REPLYLINT_DEBUG"):
            import traceback

            traceback.print_exc(file=err)
        reason = f"internal error: {exc.__class__.__name__}"
        return _failed(command, data, outgoing, reason, policy, config, held_dir, env, err)

    blocking = result.blocking(config.fail_on)
    if blocking:
        path, hold_error = _hold(data, directory, held_mod.BLOCKED)
        _say(err, _blocked_report(blocking, len(result.findings) - len(blocking), config.fail_on, path, hold_error))
        return EX_DATAERR
    return _send(command, data, outgoing, directory, err)


def _failed(command, data, outgoing, reason, policy, config, held_dir, env, err) -> int:
    policy = (policy or "hold").lower()
    try:
        directory = held_mod.held_dir_for(config, held_dir, env)
    except Exception:  # a broken config gives no held-dir; use the default
        directory = held_mod.default_held_dir(env)
    if policy == "send":
        _say(err, f"warning: could not check the message ({reason}); sending it unchecked (on-error = \"send\")")
        return _send(command, data, outgoing, directory, err)
    path, hold_error = _hold(data, directory, held_mod.ERROR)
    if path is not None:
        _say(err, f"could not check the message: {reason}\nmessage NOT sent; it is held in {path}")
    else:
        _say(err, f"could not check the message: {reason}\nmessage NOT sent, and could NOT be held ({hold_error})")
    return EX_TEMPFAIL
