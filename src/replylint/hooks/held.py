"""The held folder: where ``replylint sendmail`` keeps messages it has not (yet) sent.

A message is written here *before* it is checked, and stays until it has been sent or
the user has been told where it is.  Its state is part of its file name, so that ``ls``
and ``replylint held list`` say what happened to it:

``<UTC time>-<state>-<id>.eml``   the message exactly as the mail client handed it over
``<UTC time>-<id>.json``          its envelope: the mail command and its arguments (e.g.
                                  the Bcc recipients mutt passes there), the working
                                  folder, the config used, why it is held, and a summary
                                  of the findings (codes, lines, messages; never excerpts)

States: ``checking`` (replylint was stopped while checking it: not sent), ``blocked``,
``error`` (replylint could not check it), ``interrupted`` (stopped by a signal before
sending), ``sending`` (the mail command was running with it: it MAY have been sent, so
``held send`` refuses it without ``--force``), ``send-failed``.

Safety: every folder replylint creates is made 0700 whatever the umask; the held folder
is opened with ``O_NOFOLLOW`` and checked on the open descriptor (a real folder, owned by
the user, not writable by group or others unless the user configured it as ``held-dir``
and owns it).  A folder that fails is not used: the message goes to a fresh private
folder instead and the caller is told why.  All files are created 0600 relative to that
descriptor, written to a temporary name, fsynced and linked into place, so a file under
its final name is always complete.
"""
from __future__ import annotations

import errno
import json
import os
import re
import secrets
import stat
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Config

# States (part of the file name).  BLOCKED, ERROR, SENDING and SEND_FAILED are the
# names earlier versions used as "reasons", so their files are listed too.
CHECKING, BLOCKED, ERROR, INTERRUPTED, SENDING, SEND_FAILED = (
    "checking", "blocked", "error", "interrupted", "sending", "send-failed")
STATES = (CHECKING, BLOCKED, ERROR, INTERRUPTED, SENDING, SEND_FAILED)
STATE_MEANING = {
    CHECKING: "not sent (being checked right now, or replylint was stopped while checking it)",
    BLOCKED: "not sent (blocked by findings)",
    ERROR: "not sent (replylint could not check it)",
    INTERRUPTED: "not sent (interrupted before sending)",
    SENDING: "MAY HAVE BEEN SENT (the mail command was, or still is, running with it)",
    SEND_FAILED: "not sent (the mail command failed)",
}

_NAME = re.compile(r"^(?P<stamp>\d{8}T\d{6}Z)-(?P<state>[a-z-]+?)-(?P<id>[0-9a-f]{8})\.eml$")
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
FALLBACK_PREFIX = ".replylint-held-"


def current_uid() -> int:
    """The user the held folder must belong to (a function so tests can stand in for another user)."""
    return os.geteuid()


def default_held_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_STATE_HOME/replylint/held``, or ``~/.local/state/replylint/held``."""
    env = os.environ if environ is None else environ
    state = env.get("XDG_STATE_HOME", "").strip()
    if state and os.path.isabs(state):  # the XDG spec says to ignore relative paths
        base = Path(state)
    else:
        base = _home(env) / ".local" / "state"
    return base / "replylint" / "held"


def _home(env: Mapping[str, str]) -> Path:
    return Path(env.get("HOME") or os.path.expanduser("~"))


def held_dir_for(config: "Config | None", override: str | os.PathLike | None = None,
                 environ: Mapping[str, str] | None = None) -> Path:
    """The held folder: ``override`` (e.g. ``--held-dir``), else config ``held-dir``, else the default."""
    path, _ = held_dir_choice(config, override, environ)
    return path


def held_dir_choice(config: "Config | None", override: str | os.PathLike | None = None,
                    environ: Mapping[str, str] | None = None) -> tuple[Path, bool]:
    """(folder, configured): configured is True when the user named the folder."""
    if override:
        return Path(os.path.expandvars(os.path.expanduser(os.fspath(override)))), True
    value = config.option("held-dir") if config is not None else None
    if value:
        path = Path(os.path.expandvars(os.path.expanduser(value)))
        if not path.is_absolute() and config is not None and config.path is not None:
            path = config.path.parent / path
        return path, True
    return default_held_dir(environ), False


# -- the folder ------------------------------------------------------------------

class UnsafeFolder(Exception):
    """The held folder exists but must not be used; the message says why."""


def make_private_dirs(path: Path) -> list[Path]:
    """Create ``path`` and any missing parents, each 0700 whatever the umask; return those created."""
    missing: list[Path] = []
    p = Path(os.path.abspath(path))
    while not os.path.lexists(p):
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    created: list[Path] = []
    for d in reversed(missing):
        try:
            os.mkdir(d, 0o700)
        except FileExistsError:
            continue  # made meanwhile by someone else: the checks on the final folder decide
        created.append(d)
        # mkdir's mode is masked by the umask (0700 & ~0222 would be 0500); set it exactly,
        # on a descriptor, so that a symlink swapped in meanwhile is not followed.
        fd = os.open(d, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC)
        try:
            os.fchmod(fd, 0o700)
        finally:
            os.close(fd)
    return created


def open_checked_dir(path: Path, *, configured: bool, created: bool = False) -> int:
    """An O_NOFOLLOW descriptor of ``path`` after the safety checks; raises UnsafeFolder or OSError."""
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        raise UnsafeFolder(f"{path} is a symbolic link")
    if not stat.S_ISDIR(st.st_mode):
        raise UnsafeFolder(f"{path} is not a folder")
    try:
        fd = os.open(path, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # swapped for a symlink after the lstat
            raise UnsafeFolder(f"{path} is a symbolic link") from None
        raise
    try:
        st = os.fstat(fd)  # the folder we will write into, not whatever the path names later
        if not stat.S_ISDIR(st.st_mode):
            raise UnsafeFolder(f"{path} is not a folder")
        uid = current_uid()
        if st.st_uid != uid:
            raise UnsafeFolder(f"{path} belongs to another user (uid {st.st_uid}, you are {uid})")
        mode = stat.S_IMODE(st.st_mode)
        if mode & 0o077 and (created or not configured):
            # Our own default folder (or one we just made): make it private.
            os.fchmod(fd, 0o700)
        # A folder the user named and owns may be shared on purpose (its files stay 0600).
        return fd
    except BaseException:
        os.close(fd)
        raise


@dataclass
class Store:
    """An opened, checked held folder."""

    path: Path
    fd: int
    note: str | None = None  # why this is not the folder the user expected

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    # -- files relative to the folder's descriptor --
    def _write_tmp(self, data: bytes) -> str:
        """A new private temporary file holding ``data``, fsynced; its name in the folder."""
        tmp = f".tmp-{secrets.token_hex(8)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _CLOEXEC | _NOFOLLOW, 0o600, dir_fd=self.fd)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except BaseException:
            self._unlink_quietly(tmp)
            raise
        return tmp

    def _unlink_quietly(self, name: str) -> None:
        try:
            os.unlink(name, dir_fd=self.fd)
        except OSError:
            pass

    def _write_new(self, name: str, data: bytes) -> None:
        tmp = self._write_tmp(data)
        try:
            os.link(tmp, name, src_dir_fd=self.fd, dst_dir_fd=self.fd)  # never overwrites
        finally:
            self._unlink_quietly(tmp)

    def _replace(self, name: str, data: bytes) -> None:
        tmp = self._write_tmp(data)
        try:
            os.rename(tmp, name, src_dir_fd=self.fd, dst_dir_fd=self.fd)
        except BaseException:
            self._unlink_quietly(tmp)
            raise

    def sync(self) -> None:
        try:
            os.fsync(self.fd)
        except OSError:
            pass

    def read(self, name: str) -> bytes:
        fd = os.open(name, os.O_RDONLY | _CLOEXEC | _NOFOLLOW, dir_fd=self.fd)
        with os.fdopen(fd, "rb") as fh:
            return fh.read()

    def names(self) -> list[str]:
        return sorted(os.listdir(self.fd))

    # -- entries --
    def create(self, data: bytes, state: str, envelope: Mapping[str, Any] | None = None) -> "Entry":
        """Hold ``data`` (and its envelope) under a new name; both are on disk when this returns."""
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        while True:
            entry = Entry(self, stamp, state, secrets.token_hex(4))
            try:
                self._write_new(entry.name, data)
            except FileExistsError:
                continue
            break
        entry.envelope = {"id": entry.id, "created": _iso_now(), **(envelope or {})}
        try:
            self._replace(entry.meta_name, _dump(entry.envelope))
        except OSError:
            pass  # the message itself is safe; an envelope is a convenience
        self.sync()
        return entry

    def entries(self) -> list["Entry"]:
        out = []
        for name in self.names():
            m = _NAME.match(name)
            if m:
                out.append(Entry(self, m["stamp"], m["state"], m["id"]))
        return out

    def find(self, ident: str) -> "Entry | None":
        ident = os.path.basename(ident)
        m = _NAME.match(ident)
        if m:
            ident = m["id"]
        ident = ident.lower().removesuffix(".json")
        for e in self.entries():
            if e.id == ident or f"{e.stamp}-{e.id}" == ident:
                return e
        return None


@dataclass
class Entry:
    store: Store
    stamp: str
    state: str
    id: str
    envelope: dict | None = field(default=None, repr=False)
    _lock_fd: int | None = field(default=None, repr=False, compare=False)

    @property
    def name(self) -> str:
        return f"{self.stamp}-{self.state}-{self.id}.eml"

    @property
    def meta_name(self) -> str:
        return f"{self.stamp}-{self.id}.json"

    @property
    def path(self) -> Path:
        return self.store.path / self.name

    def created(self) -> str:
        s = self.stamp
        return f"{s[0:4]}-{s[4:6]}-{s[6:8]} {s[9:11]}:{s[11:13]}:{s[13:15]}Z"

    def _relocate(self) -> None:
        """Find the file again by its id (a rename was interrupted before ``state`` was updated)."""
        for name in self.store.names():
            m = _NAME.match(name)
            if m and m["id"] == self.id and m["stamp"] == self.stamp:
                self.state = m["state"]
                return
        raise FileNotFoundError(self.name)

    def set_state(self, state: str, **meta: Any) -> None:
        """Rename to the new state (atomically) and record ``meta`` in the envelope; fsynced."""
        if state != self.state:
            new = Entry(self.store, self.stamp, state, self.id).name
            try:
                os.rename(self.name, new, src_dir_fd=self.store.fd, dst_dir_fd=self.store.fd)
            except FileNotFoundError:
                self._relocate()
                if self.state != state:
                    os.rename(self.name, new, src_dir_fd=self.store.fd, dst_dir_fd=self.store.fd)
            self.state = state
        if meta:
            env = self.read_envelope()
            env.update(meta)
            self.envelope = env
            try:
                self.store._replace(self.meta_name, _dump(env))
            except OSError:
                pass
        self.store.sync()

    def lock(self) -> bool:
        """Claim the copy for this process (an advisory lock on the file, kept across renames,
        released by the kernel when the process ends however it ends).  False if another
        replylint holds it: it is being checked or sent right now."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            return True
        if self._lock_fd is not None:
            return True
        try:
            fd = os.open(self.name, os.O_RDONLY | _CLOEXEC | _NOFOLLOW, dir_fd=self.store.fd)
        except FileNotFoundError:
            self._relocate()
            fd = os.open(self.name, os.O_RDONLY | _CLOEXEC | _NOFOLLOW, dir_fd=self.store.fd)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._lock_fd = fd
        return True

    def in_use(self) -> bool:
        """Is another process checking or sending this copy right now?"""
        if self._lock_fd is not None:
            return False
        try:
            if not self.lock():
                return True
        except OSError:
            return False
        self.unlock()
        return False

    def unlock(self) -> None:
        fd = self._lock_fd
        if fd is not None:
            self._lock_fd = None
            os.close(fd)

    def read_message(self) -> bytes:
        try:
            return self.store.read(self.name)
        except FileNotFoundError:
            self._relocate()
            return self.store.read(self.name)

    def read_envelope(self) -> dict:
        if self.envelope is None:
            try:
                self.envelope = json.loads(self.store.read(self.meta_name))
                if not isinstance(self.envelope, dict):
                    self.envelope = {}
            except (OSError, ValueError):
                self.envelope = {}
        return dict(self.envelope)

    def remove(self) -> None:
        for name in (self.name, self.meta_name):
            try:
                os.unlink(name, dir_fd=self.store.fd)
            except FileNotFoundError:
                if name == self.name:
                    try:
                        self._relocate()
                        os.unlink(self.name, dir_fd=self.store.fd)
                    except FileNotFoundError:
                        pass
        self.store.sync()


def _iso_now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _dump(obj: Any) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# -- opening a store -------------------------------------------------------------

def open_store(path: Path, *, configured: bool, environ: Mapping[str, str] | None = None) -> Store:
    """The held folder to write into: ``path`` when it is safe, else a private fallback.

    Raises ``OSError`` only when no folder at all can be used (the caller then says so).
    """
    env = os.environ if environ is None else environ
    problems: list[str] = []
    candidates: list[tuple[Path, bool]] = [(path, configured)]
    default = default_held_dir(env)
    if os.path.abspath(default) != os.path.abspath(path):
        candidates.append((default, False))
    for cand, conf in candidates:
        try:
            created = make_private_dirs(cand)
            fd = open_checked_dir(cand, configured=conf, created=Path(os.path.abspath(cand)) in created)
        except UnsafeFolder as exc:
            problems.append(str(exc))
            continue
        except OSError as exc:
            problems.append(f"{cand}: {exc.strerror or exc}")
            continue
        note = None
        if problems:
            note = f"did not use the held folder ({'; '.join(problems)}); using {cand} instead"
        return Store(cand, fd, note)
    # Neither folder is safe: a fresh private folder nobody else can have prepared.
    last_error: OSError | None = None
    for parent in (_home(env), Path(tempfile.gettempdir())):
        try:
            fresh = Path(tempfile.mkdtemp(prefix=FALLBACK_PREFIX, dir=parent))  # 0700, new, ours
            fd = open_checked_dir(fresh, configured=False, created=True)
        except (OSError, UnsafeFolder) as exc:
            last_error = exc if isinstance(exc, OSError) else OSError(str(exc))
            continue
        return Store(fresh, fd, f"did not use the held folder ({'; '.join(problems)}); "
                                f"using a new private folder {fresh} instead")
    raise OSError(f"no safe held folder ({'; '.join(problems)}; {last_error})")


def existing_stores(path: Path, *, configured: bool, environ: Mapping[str, str] | None = None
                    ) -> Iterator[tuple[Path, Store | None, str | None]]:
    """Every held folder worth listing: ``path``, the default, and fallback folders in $HOME.

    Yields (folder, store or None, problem); folders that do not exist are skipped.
    """
    env = os.environ if environ is None else environ
    seen: set[str] = set()
    cands: list[tuple[Path, bool]] = [(path, configured), (default_held_dir(env), False)]
    for parent in (_home(env), Path(tempfile.gettempdir())):
        try:
            for name in sorted(os.listdir(parent)):
                if name.startswith(FALLBACK_PREFIX):
                    cands.append((parent / name, False))
        except OSError:
            pass
    for cand, conf in cands:
        key = os.path.abspath(cand)
        if key in seen or not os.path.lexists(cand):
            continue
        seen.add(key)
        try:
            fd = open_checked_dir(cand, configured=conf)
        except UnsafeFolder as exc:
            if str(cand).startswith(str(Path(tempfile.gettempdir()))) and not conf and cand != default_held_dir(env):
                continue  # someone else's fallback folder in /tmp: not ours to mention
            yield cand, None, str(exc)
            continue
        except OSError as exc:
            yield cand, None, f"{cand}: {exc.strerror or exc}"
            continue
        yield cand, Store(cand, fd), None


# -- kept for callers of the old API ---------------------------------------------

def hold(data: bytes, directory: Path, reason: str) -> Path:
    """Save ``data`` under a new name in ``directory`` (checked, or a fallback); return its path."""
    store = open_store(directory, configured=True)
    try:
        return store.create(data, reason).path
    finally:
        store.close()
