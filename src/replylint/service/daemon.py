"""``replylint daemon``: the warm engine behind a private Unix socket.

Protocol: one JSON line in, one JSON object back, then the connection closes.
Requests carry ``"v": 1`` and an ``op``: ``ping``, ``lint-message`` (``data``: the
message, base64; ``cwd``/``config``/``fail_on``/``disabled`` as ``replylint sendmail``
takes them), ``check`` (``args`` of ``replylint check ... -``, ``cwd``, ``stdin``
base64: what ``check --daemon`` sends; the reply holds its ``status``, ``stdout`` and
``stderr``) and ``stop``.  Replies are ``{"ok": true, ...}`` or ``{"ok": false,
"error": "..."}``; findings carry redacted excerpts only, as every report does.

Safety: the socket lives in a folder of mode 0700 owned by the user
(``$XDG_RUNTIME_DIR/replylint``, else ``$TMPDIR/replylint-UID``), is created with mode
0600, and each peer's uid is checked (``SO_PEERCRED``) before it is read.  Nothing
listens on a network port.  Draft text is never logged or written anywhere.
"""
from __future__ import annotations

import base64
import json
import os
import signal
import socket
import socketserver
import stat
import struct
import sys
import threading
import time
from pathlib import Path

from ..errors import ConfigError, ReplylintError
from . import client
from .engine import WarmEngine

MAX_REQUEST = 64 * 1024 * 1024


def prepare_socket_path(path: Path) -> None:
    """Make the socket's folder private, and clear a dead daemon's socket."""
    folder = path.parent
    uid = os.getuid()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"replylint: cannot create {folder} ({exc.strerror or exc})") from None
    st = os.lstat(folder)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != uid:
        raise ConfigError(f"replylint: {folder} is not a folder owned by you; not using it for the daemon socket")
    if st.st_mode & 0o077:
        os.chmod(folder, 0o700)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISSOCK(st.st_mode) or st.st_uid != uid:
        raise ConfigError(f"replylint: {path} exists and is not your socket; remove it or choose --socket")
    if client.alive(path):
        raise ConfigError(f"replylint: a daemon is already running on {path} (stop it with `replylint daemon --stop`)")
    os.unlink(path)  # a daemon that died left it behind


def _peer_uid(sock: socket.socket) -> int | None:
    so_peercred = getattr(socket, "SO_PEERCRED", None)
    if so_peercred is None:  # pragma: no cover - not Linux: the 0600 socket in a 0700 folder guards it
        return os.getuid()
    creds = sock.getsockopt(socket.SOL_SOCKET, so_peercred, struct.calcsize("3i"))
    return struct.unpack("3i", creds)[1]


class _Handler(socketserver.StreamRequestHandler):
    timeout = 30  # a client that sends nothing cannot hold a thread forever

    def handle(self) -> None:
        server: Daemon = self.server  # type: ignore[assignment]
        server.touch()
        if _peer_uid(self.connection) != os.getuid():
            return  # another user: say nothing
        line = self.rfile.readline(MAX_REQUEST + 1)
        try:
            reply = server.answer(json.loads(line))
        except ValueError:
            reply = {"ok": False, "error": "bad request"}
        try:
            self.wfile.write(json.dumps(reply).encode() + b"\n")
        except OSError:
            pass  # the client went away; it lints in-process
        if reply.get("stopping"):
            threading.Thread(target=server.shutdown, daemon=True).start()


class Daemon(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True

    def __init__(self, path: Path, engine: WarmEngine | None = None, idle_timeout: float = 0) -> None:
        self.path = path
        self.engine = engine or WarmEngine()
        self.idle_timeout = idle_timeout
        self.last_used = time.monotonic()
        self.served = 0  # lint requests answered (tests and --status read it)
        prepare_socket_path(path)
        old = os.umask(0o177)
        try:
            super().__init__(str(path), _Handler)
        finally:
            os.umask(old)
        os.chmod(path, 0o600)
        self._inode = os.lstat(path).st_ino

    def touch(self) -> None:
        self.last_used = time.monotonic()

    def answer(self, req: dict) -> dict:
        if not isinstance(req, dict) or req.get("v") != client.PROTOCOL:
            return {"ok": False, "error": f"unsupported request (protocol {client.PROTOCOL} expected)"}
        op = req.get("op")
        if op == "ping":
            from .. import __version__

            return {"ok": True, "pid": os.getpid(), "version": __version__, "socket": str(self.path),
                    "served": self.served}
        if op == "stop":
            return {"ok": True, "stopping": True}
        if op == "lint-message":
            try:
                config = self.engine.config(req.get("config"), req.get("cwd"), req.get("fail_on"))
                result = self.engine.lint_message(base64.b64decode(req["data"]), config, disabled=req.get("disabled"))
            except ReplylintError as exc:
                return {"ok": False, "error": " ".join(str(exc).split())}
            except Exception as exc:  # never a traceback to the client; it lints in-process
                return {"ok": False, "error": f"internal error: {exc.__class__.__name__}"}
            self.served += 1
            return {"ok": True, "fail_on": str(config.fail_on),
                    "findings": [client.finding_to_dict(f) for f in result.findings]}
        if op == "check":
            args, cwd = req.get("args"), req.get("cwd")
            if not (isinstance(args, list) and all(isinstance(a, str) for a in args) and isinstance(cwd, str)
                    and os.path.isabs(cwd) and os.path.isdir(cwd)):
                return {"ok": False, "error": "bad check request"}
            try:
                status, out, err = self.engine.run_check(args, base64.b64decode(req.get("stdin") or ""), cwd)
            except Exception as exc:  # the client lints in-process
                return {"ok": False, "error": f"internal error: {exc.__class__.__name__}"}
            self.served += 1
            return {"ok": True, "status": status, "stdout": out, "stderr": err}
        return {"ok": False, "error": f"unknown op {op!r}"}

    def service_actions(self) -> None:
        if self.idle_timeout and time.monotonic() - self.last_used > self.idle_timeout:
            threading.Thread(target=self.shutdown, daemon=True).start()

    def close(self) -> None:
        self.server_close()
        try:
            if os.lstat(self.path).st_ino == self._inode:  # still ours, not a newer daemon's
                os.unlink(self.path)
        except OSError:
            pass


def serve(path: Path, idle_timeout: float = 0, say=None) -> int:
    """Run a daemon in the foreground until stopped (SIGTERM, SIGINT or ``--stop``)."""
    say = say or (lambda text: print(f"replylint: {text}", file=sys.stderr, flush=True))
    engine = WarmEngine()
    daemon = Daemon(path, engine, idle_timeout)  # refuses early when one already runs
    try:
        engine.warm()  # the first request must not pay the compile; early clients wait
    except BaseException:
        daemon.close()
        raise

    def stop(signum, frame):
        threading.Thread(target=daemon.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    say(f"daemon ready on {path} (pid {os.getpid()})")
    try:
        daemon.serve_forever(poll_interval=0.5)
    finally:
        daemon.close()
    say("daemon stopped")
    return 0
