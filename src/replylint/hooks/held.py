"""The held folder: where ``replylint sendmail`` keeps messages it did not send.

A message is written there when it is blocked, when replylint could not check it
(``on-error = "hold"``), and - before the real sendmail command runs - as a safety
copy that is deleted only once that command has succeeded.  So a message is never
lost, even when the mail client throws it away after a failed send.

Files are created with mode 0600 in a folder with mode 0700, written to a temporary
name in the same folder and then linked into place, so a file under its final name
is always complete.  Names are ``<UTC time>-<reason>-<random>.eml`` and never reused.
"""
from __future__ import annotations

import os
import secrets
import stat
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Config

# Why a message is in the held folder; part of its file name.
BLOCKED, ERROR, SENDING, SEND_FAILED = "blocked", "error", "sending", "send-failed"


def default_held_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_STATE_HOME/replylint/held``, or ``~/.local/state/replylint/held``."""
    env = os.environ if environ is None else environ
    state = env.get("XDG_STATE_HOME", "").strip()
    if state and os.path.isabs(state):  # the XDG spec says to ignore relative paths
        base = Path(state)
    else:
        home = env.get("HOME") or os.path.expanduser("~")
        base = Path(home) / ".local" / "state"
    return base / "replylint" / "held"


def held_dir_for(config: "Config | None", override: str | os.PathLike | None = None,
                 environ: Mapping[str, str] | None = None) -> Path:
    """The held folder: ``override`` (e.g. ``--held-dir``), else config ``held-dir``, else the default."""
    if override:
        return Path(os.path.expandvars(os.path.expanduser(os.fspath(override))))
    value = config.option("held-dir") if config is not None else None
    if value:
        path = Path(os.path.expandvars(os.path.expanduser(value)))
        if not path.is_absolute() and config is not None and config.path is not None:
            path = config.path.parent / path
        return path
    return default_held_dir(environ)


def _private_dir(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    st = directory.stat()
    if stat.S_IMODE(st.st_mode) & 0o077 and st.st_uid == os.getuid():
        os.chmod(directory, 0o700)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def hold(data: bytes, directory: Path, reason: str) -> Path:
    """Save ``data`` atomically under a new unique name in ``directory``; return its path.

    Raises ``OSError`` when the folder cannot be created or written.
    """
    _private_dir(directory)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    tmp = directory / f".tmp-{secrets.token_hex(8)}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        while True:
            final = directory / f"{stamp}-{reason}-{secrets.token_hex(4)}.eml"
            try:
                os.link(tmp, final)  # fails instead of overwriting
            except FileExistsError:
                continue
            except OSError:  # a file system without hard links
                if final.exists():
                    continue
                os.replace(tmp, final)
            break
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
    _fsync_dir(directory)
    return final


def rename_reason(path: Path, old: str, new: str) -> Path:
    """Rename ``…-old-xxxx.eml`` to ``…-new-xxxx.eml``; the old path if that fails."""
    name = path.name
    marker = f"-{old}-"
    if marker not in name:
        return path
    target = path.with_name(name.replace(marker, f"-{new}-", 1))
    try:
        os.link(path, target)
        os.unlink(path)
    except OSError:
        return path
    return target
