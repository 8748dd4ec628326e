"""``replylint held list|show|send|drop``: see and act on what the sendmail hook kept.

``list`` and ``show`` print headers, the stored envelope and the findings summary kept
at block time (codes, lines, messages; never the message body or an excerpt).  ``send``
hands the held copy to the command it was meant for, with the same arguments (Bcc
recipients included) from the same working folder, after checking it again with the
config it was checked with (``--no-lint`` skips the check); a copy that MAY have been
sent (state ``sending``) needs ``--force``.  ``drop`` deletes a held copy and its envelope.
"""
from __future__ import annotations

import email.parser
import email.policy
import os
import shlex
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ..errors import ReplylintError
from . import held as held_mod

SHOWN_HEADERS = ("From", "To", "Cc", "Bcc", "Subject", "Date", "Message-ID")


class HeldError(ReplylintError):
    """A held-copy command cannot do what was asked (unknown id, may have been sent, ...)."""


@dataclass
class Where:
    """Which held folders to look in."""

    path: Path
    configured: bool
    environ: Mapping[str, str]


def where(held_dir: str | None, config_path: str | None, environ: Mapping[str, str] | None = None,
          cwd: Path | None = None, err: TextIO | None = None) -> Where:
    from ..config import Config

    env = os.environ if environ is None else environ
    config = None
    if not held_dir:
        try:
            config = Config.load(Path(config_path)) if config_path else Config.discover(cwd or Path.cwd())
        except ReplylintError as exc:
            # A broken config is exactly when messages get held: still show the default folder.
            if err is not None:
                err.write(f"replylint: {' '.join(str(exc).split())}; looking in the default held folder\n")
    path, configured = held_mod.held_dir_choice(config, held_dir, env)
    return Where(path, configured, env)


def _stores(w: Where, err: TextIO) -> Iterator[held_mod.Store]:
    for folder, store, problem in held_mod.existing_stores(w.path, configured=w.configured, environ=w.environ):
        if store is None:
            err.write(f"replylint: skipped {folder}: {problem}\n")
            continue
        yield store


def entries(w: Where, err: TextIO) -> list[held_mod.Entry]:
    out: list[held_mod.Entry] = []
    for store in _stores(w, err):
        out.extend(store.entries())
    return sorted(out, key=lambda e: (e.stamp, e.id))


def find(w: Where, ident: str, err: TextIO) -> held_mod.Entry:
    found = [e for store in _stores(w, err) for e in [store.find(ident)] if e is not None]
    if not found:
        raise HeldError(f"no held message {ident!r} (see `replylint held list`)")
    return found[0]


def _headers(entry: held_mod.Entry):
    try:
        return email.parser.BytesParser(policy=email.policy.default).parsebytes(entry.read_message(), headersonly=True)
    except Exception:  # a message we cannot parse is still listed
        return None


def _header(msg, name: str) -> str:
    if msg is None:
        return ""
    try:
        values = msg.get_all(name) or []
        return " ".join(" ".join(str(v).split()) for v in values)
    except Exception:
        return "?"


def _subject(entry: held_mod.Entry, msg, secret_codes: set[str] | None = None) -> str:
    env = entry.read_envelope()
    hidden = {f.get("code", "?") for f in env.get("findings", []) or []
              if isinstance(f, dict) and f.get("part") == "subject" and f.get("sensitive")}
    hidden |= secret_codes or set()
    if hidden:  # never print a detected secret whole
        return f"[withheld: {', '.join(sorted(hidden))}]"
    return _header(msg, "Subject")


def secret_codes(texts: list[str]) -> list[set[str]]:
    """For each text (a subject line), the codes of sensitive findings in it.

    Subjects are shown by ``list`` and ``show``; they are checked here with the default
    rules so that a card number or key in one is withheld even when the copy was held
    before it was checked.  If checking fails, a subject with a digit is withheld.
    """
    if not any(texts):
        return [set() for _ in texts]
    try:
        from ..config import Config
        from ..draft import draft_from_text
        from ..engine import lint_many

        drafts = [draft_from_text(t or "", "subject") for t in texts]
        return [{f.code for f in r.findings if f.sensitive} for r in lint_many(drafts, Config())]
    except Exception:
        return [{"unchecked"} if any(c.isdigit() for c in t or "") else set() for t in texts]


def recipients(entry: held_mod.Entry, msg) -> list[str]:
    """Header recipients, then addresses only the envelope (command line) has, e.g. mutt's Bcc."""
    from email.utils import getaddresses

    out: list[str] = []
    for name in ("To", "Cc", "Bcc"):
        try:
            values = [str(v) for v in (msg.get_all(name) or [])] if msg is not None else []
        except Exception:
            values = []
        for _, addr in getaddresses(values):
            if addr and addr not in out:
                out.append(addr)
    for arg in envelope_recipients(entry.read_envelope().get("command") or []):
        if arg not in out:
            out.append(arg)
    return out


# sendmail/msmtp options whose value is the next argument (-f SENDER is not a recipient).
_VALUE_OPTIONS = {"-f", "-F", "-r", "-N", "-R", "-V", "-B", "-L", "-X", "-C", "-O", "-a", "-p", "-h", "-q"}


def envelope_recipients(command: list) -> list[str]:
    """Addresses given as recipients on a sendmail-style command line (after its options)."""
    out: list[str] = []
    args = [a for a in command[1:] if isinstance(a, str)]
    skip = only_operands = False
    for arg in args:
        if skip:
            skip = False
            continue
        if not only_operands:
            if arg == "--":
                only_operands = True
                continue
            if arg in _VALUE_OPTIONS:
                skip = True
                continue
            if arg.startswith("-"):
                continue
        if "@" in arg:
            out.append(arg)
    return out


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def list_text(w: Where, err: TextIO) -> str:
    rows = []
    found = entries(w, err)
    messages = [_headers(e) for e in found]
    secrets = secret_codes([_header(m, "Subject") for m in messages])
    for e, msg, codes in zip(found, messages, secrets):
        env = e.read_envelope()
        state = f"{e.state} (in progress)" if e.in_use() else e.state
        rows.append((e.id, e.created(), state, _clip(_subject(e, msg, codes), 60),
                     ", ".join(recipients(e, msg)), held_mod.STATE_MEANING.get(e.state, e.state),
                     str(env.get("reason") or "")))
    if not rows:
        return "no held messages\n"
    out = []
    for ident, date, state, subject, rcpts, meaning, reason in rows:
        out.append(f"{ident}  {date}  {state:<11}  {subject or '(no subject)'}")
        out.append(f"          to: {rcpts or '(no recipients)'}")
        out.append(f"          {meaning}" + (f": {reason}" if reason else ""))
    return "\n".join(out) + "\n"


def show_text(entry: held_mod.Entry) -> str:
    msg = _headers(entry)
    env = entry.read_envelope()
    lines = [f"id:       {entry.id}", f"file:     {entry.path}", f"state:    {entry.state} \u2014 "
             f"{held_mod.STATE_MEANING.get(entry.state, '?')}", f"held at:  {entry.created()}"]
    if env.get("reason"):
        lines.append(f"reason:   {env['reason']}")
    command = env.get("command")
    if command:
        lines.append(f"command:  {shlex.join(str(c) for c in command)}")
        lines.append(f"in:       {env.get('cwd') or '?'}")
    else:
        lines.append("command:  (no envelope stored; send it with: replylint sendmail -- COMMAND < FILE)")
    if env.get("config"):
        lines.append(f"config:   {env['config']}")
    lines.append("")
    for name in SHOWN_HEADERS:
        value = _subject(entry, msg, secret_codes([_header(msg, "Subject")])[0]) if name == "Subject" \
            else _header(msg, name)
        if value:
            lines.append(f"{name}: {value}")
    only_envelope = [a for a in recipients(entry, msg) if a not in _header(msg, "To") + _header(msg, "Cc") + _header(msg, "Bcc")]
    if only_envelope:
        lines.append(f"(envelope only, e.g. Bcc): {', '.join(only_envelope)}")
    findings = [f for f in env.get("findings", []) or [] if isinstance(f, dict)]
    lines.append("")
    if findings:
        lines.append(f"findings when it was checked ({len(findings)}):")
        for f in findings:
            part = f" ({f.get('part')})" if f.get("part") not in (None, "body") else ""
            lines.append(f"  line {f.get('line')}{part}: {f.get('code')} [{f.get('severity')}] {f.get('message')}")
    elif entry.state == held_mod.BLOCKED:
        lines.append("findings: (not recorded)")
    else:
        lines.append("findings: none recorded (it was not blocked)")
    return "\n".join(lines) + "\n"


def send(w: Where, ident: str, *, lint: bool, force: bool, err: TextIO) -> int:
    """Send a held copy as its original command would have; the exit status as ``replylint sendmail``'s."""
    from . import sendmail

    entry = find(w, ident, err)
    if not entry.lock():
        raise HeldError(f"{entry.id} is being checked or sent by another replylint right now")
    env = entry.read_envelope()
    command = env.get("command")
    if not command or not isinstance(command, list) or not all(isinstance(c, str) for c in command):
        raise HeldError(f"{entry.id}: no envelope stored; send it with: replylint sendmail -- COMMAND < {entry.path}")
    if entry.state == held_mod.SENDING and not force:
        raise HeldError(f"{entry.id} MAY have been sent already ({env.get('reason') or 'the mail command was running'}); "
                        "check your sent mail, then use --force to send it again")
    cwd = Path(env.get("cwd") or os.getcwd())
    config_path = env.get("config")
    if config_path and not Path(config_path).is_file():
        err.write(f"replylint: the config it was checked with ({config_path}) is gone; using the one found from {cwd}\n")
        config_path = None
    setup = sendmail.prepare(command, config_path=config_path, fail_on=env.get("fail-on"),
                             on_error=env.get("on-error"), held_dir=str(entry.store.path), environ=w.environ,
                             cwd=cwd if cwd.is_dir() else Path.cwd())
    data = entry.read_message()
    return sendmail.run_prepared(setup, data, environ=w.environ, err=err, entry=entry, lint=lint)


def drop(w: Where, idents: list[str], err: TextIO) -> list[Path]:
    found = [find(w, i, err) for i in idents]  # all or nothing: an unknown id drops none
    busy = [e.id for e in found if e.in_use()]
    if busy:
        raise HeldError(f"{', '.join(busy)}: being checked or sent by another replylint right now")
    paths = []
    for e in found:
        paths.append(e.path)
        e.remove()
    return paths
