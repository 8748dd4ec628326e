"""Bounded reading: every byte replylint reads from a file or stdin goes through here.

* Only regular files (and standard input) are read.  A FIFO, a device (``/dev/zero``),
  a socket is refused with one line: opening is non-blocking, so a FIFO with no writer
  cannot hang the linter or the pre-send hook.
* At most ``max-input-size`` bytes are read (default 25 MB, see :data:`DEFAULT_MAX_BYTES`),
  checked before anything is decoded; a larger input is a one-line error, exit 2.
  25 MB is the largest message the big mail services accept, so any message that could
  be sent fits, while ``/dev/zero`` piped into stdin stops after 25 MB instead of filling
  the memory.  Set it with ``max-input-size`` in the config or ``--max-input-size``.
"""
from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from .errors import ConfigError, InputError, ReplylintError

DEFAULT_MAX_BYTES = 25_000_000
# Longest text the engine lints, in characters (spaCy's own limit is set above it, so
# spaCy's E088 never reaches the user).
MAX_TEXT_CHARS = 5_000_000

_max_bytes = DEFAULT_MAX_BYTES
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.I)
_UNITS = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "kib": 2**10, "m": 10**6, "mb": 10**6, "mib": 2**20,
          "g": 10**9, "gb": 10**9, "gib": 2**30}


def parse_size(value: object, where: str = "max-input-size") -> int:
    """Bytes in ``10MB``, ``500kB``, ``2MiB`` or a plain integer; a ValueError naming ``where`` otherwise."""
    if isinstance(value, bool):
        raise ValueError(f"{where}: expected a size such as 25MB")
    if isinstance(value, int):
        n = value
    else:
        m = _SIZE.match(str(value))
        if not m:
            raise ValueError(f"{where}: expected a size such as 25MB, got {value!r}")
        n = int(float(m.group(1)) * _UNITS[(m.group(2) or "").lower()])
    if n < 1:
        raise ValueError(f"{where}: must be at least 1 byte")
    return n


def max_input_bytes() -> int:
    return _max_bytes


def set_max_input_bytes(n: int | None) -> None:
    """Set the limit for this process (the CLI does, from its option or the config)."""
    global _max_bytes
    _max_bytes = DEFAULT_MAX_BYTES if n is None else int(n)


def _too_big(what: str, limit: int) -> str:
    return f"{what}: larger than the input limit of {limit:,} bytes (raise it with --max-input-size or max-input-size)"


def read_stream(stream: BinaryIO, what: str = "standard input", limit: int | None = None,
                error: type[ReplylintError] = InputError) -> bytes:
    """Read at most ``limit`` bytes from a binary stream; more is an error."""
    limit = _max_bytes if limit is None else limit
    chunks, total = [], 0
    while total <= limit:
        chunk = stream.read(min(1 << 20, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise error(_too_big(what, limit))
    return b"".join(chunks)


def read_file(path: str | Path, what: str | None = None, limit: int | None = None,
              error: type[ReplylintError] = InputError) -> bytes:
    """The bytes of a regular file, at most ``limit``; anything else is a one-line ``error``.

    ``what`` names the file in messages (default: the path).
    """
    what = what or str(path)
    limit = _max_bytes if limit is None else limit
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise error(f"{what}: no such file") from None
    except IsADirectoryError:
        raise error(f"{what}: is a directory") from None
    except PermissionError:
        raise error(f"{what}: permission denied") from None
    except OSError as exc:
        raise error(f"{what}: cannot read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise error(f"{what}: is a directory")
        if not stat.S_ISREG(st.st_mode):
            kind = ("a FIFO" if stat.S_ISFIFO(st.st_mode) else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)
                    else "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file")
            raise error(f"{what}: is {kind}, not a regular file (pipe it to standard input with - instead)"
                        if kind != "not a regular file" else f"{what}: not a regular file")
        if st.st_size > limit:
            raise error(_too_big(what, limit))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as fh:
            fd = -1
            return read_stream(fh, what, limit, error)
    except OSError as exc:
        raise error(f"{what}: cannot read ({exc.strerror or exc})") from None
    finally:
        if fd >= 0:
            os.close(fd)


def load_toml(path: Path, what: str, limit: int | None = None) -> dict:
    """A TOML file (a regular file, within the input limit) as a dict; any failure is a
    one-line ConfigError naming the file."""
    try:
        data = read_file(path, str(path), limit, error=ConfigError)
    except ConfigError as exc:
        if str(exc).endswith("no such file"):
            raise ConfigError(f"{path}: {what} file not found") from None
        raise
    if sys.version_info >= (3, 11):  # imported here: `replylint --help` reads no TOML
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: {what} is not valid UTF-8 (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML (arrays or tables nested too deeply)") from None
