"""Ask a running ``replylint daemon`` to lint; any failure means "lint in-process".

Imports nothing heavy (no spaCy, no rules), so a hook that finds the daemon pays for
Python, the request and the lint only.  The socket is used only when it and its folder
belong to this user and nobody else can open them.
"""
from __future__ import annotations

import base64
import json
import os
import socket
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path

SOCKET_ENV = "REPLYLINT_SOCKET"
OFF_ENV = "REPLYLINT_NO_DAEMON"
SOCKET_NAME = "engine.sock"
PROTOCOL = 1
MAX_REPLY = 64 * 1024 * 1024


class Unavailable(Exception):
    """No usable daemon (none running, not ours, died mid-request, or an error)."""


def socket_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_RUNTIME_DIR/replylint``, else a private folder in the temp dir."""
    env = os.environ if environ is None else environ
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isabs(runtime) and os.path.isdir(runtime):
        return Path(runtime) / "replylint"
    import tempfile

    return Path(tempfile.gettempdir()) / f"replylint-{os.getuid()}"


def socket_path(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    given = env.get(SOCKET_ENV)
    return Path(given) if given else socket_dir(env) / SOCKET_NAME


def check_private(path: Path) -> None:
    """Raise Unavailable unless ``path`` is our socket in a folder only we can use."""
    uid = os.getuid()
    try:
        folder = os.lstat(path.parent)
        st = os.lstat(path)
    except OSError:
        raise Unavailable(f"no daemon socket at {path}") from None
    if not stat.S_ISDIR(folder.st_mode) or folder.st_uid != uid or folder.st_mode & 0o022:
        raise Unavailable(f"{path.parent}: not a private folder of this user")
    if not stat.S_ISSOCK(st.st_mode) or st.st_uid != uid or st.st_mode & 0o077:
        raise Unavailable(f"{path}: not a private socket of this user")


def request(payload: dict, *, path: Path | None = None, timeout: float = 60.0) -> dict:
    """One request, one reply (a JSON line each way)."""
    path = path or socket_path()
    check_private(path)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.connect(str(path))
        sock.sendall(json.dumps({"v": PROTOCOL, **payload}).encode() + b"\n")
        sock.shutdown(socket.SHUT_WR)
        chunks, size = [], 0
        while True:
            chunk = sock.recv(1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_REPLY:
                raise Unavailable("reply too large")
    except OSError as exc:
        raise Unavailable(f"daemon at {path}: {exc.strerror or exc}") from None
    finally:
        sock.close()
    try:
        reply = json.loads(b"".join(chunks))
    except ValueError:
        raise Unavailable("the daemon went away mid-request (no complete reply)") from None
    if not isinstance(reply, dict) or not reply.get("ok"):
        raise Unavailable(str(reply.get("error") if isinstance(reply, dict) else "bad reply"))
    return reply


def alive(path: Path | None = None) -> bool:
    try:
        request({"op": "ping"}, path=path, timeout=5.0)
        return True
    except Unavailable:
        return False


def wanted(environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return env.get(OFF_ENV, "").strip().lower() in ("", "0", "no", "false", "off")


def lint_message(data: bytes, *, cwd: str | os.PathLike, config_path: str | os.PathLike | None = None,
                 fail_on: str | None = None, disabled: Iterable[str] | None = None,
                 socket_path: Path | None = None, timeout: float = 60.0) -> list:
    """The findings for an RFC 5322 message, linted by the daemon (as Finding objects)."""
    reply = request({
        "op": "lint-message",
        "data": base64.b64encode(data).decode("ascii"),
        "cwd": str(cwd),
        "config": str(config_path) if config_path else None,
        "fail_on": str(fail_on) if fail_on else None,
        "disabled": sorted(disabled) if disabled else None,
    }, path=socket_path, timeout=timeout)
    return [finding_from_dict(d) for d in reply["findings"]]


def run_check(args: list[str], data: bytes, *, cwd: str | os.PathLike, socket_path: Path | None = None,
              timeout: float = 60.0) -> dict:
    """``replylint check ARGS -`` run by the daemon from ``cwd`` on ``data`` (standard
    input): ``{"status": int, "stdout": str, "stderr": str}``."""
    reply = request({"op": "check", "args": [str(a) for a in args], "cwd": str(cwd),
                     "stdin": base64.b64encode(data).decode("ascii")}, path=socket_path, timeout=timeout)
    if not isinstance(reply.get("status"), int) or not all(isinstance(reply.get(k), str) for k in ("stdout", "stderr")):
        raise Unavailable("bad reply")
    return reply


def finding_to_dict(f) -> dict:
    """Every field of a Finding as JSON (severity by name, edits as dicts, tuples as lists)."""
    import dataclasses

    def plain(value):
        if dataclasses.is_dataclass(value):
            return {fl.name: plain(getattr(value, fl.name)) for fl in dataclasses.fields(value)}
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        return value

    out = {field.name: plain(getattr(f, field.name)) for field in dataclasses.fields(f)}
    out["severity"] = str(f.severity)
    return out


def finding_from_dict(d: dict):
    """The Finding :func:`finding_to_dict` wrote (fields this version does not know are dropped)."""
    import dataclasses

    from ..findings import Edit, Finding, Severity

    known = {fl.name for fl in dataclasses.fields(Finding)}
    data = {k: v for k, v in d.items() if k in known}
    data["severity"] = Severity.parse(d["severity"])
    if "edits" in data:
        data["edits"] = tuple(Edit(**e) for e in data["edits"] or ())
    if data.get("match") is not None:
        data["match"] = tuple(data["match"])
    return Finding(**data)
