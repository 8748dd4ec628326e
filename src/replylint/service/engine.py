"""The warm engine: everything a resident front end needs, built once per process.

``replylint daemon`` (Unix socket) and a language server hold one :class:`WarmEngine`
each; a request costs the lint of its draft only: the spaCy pipeline, compiled
lexicons and parsed configs are kept.  Configs are cached by file and reloaded when
the file, or a lexicon file it names, changes.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path

from ..config import Config, find_config_file
from ..engine import FileResult, lint_many
from ..findings import Severity

WARM_UP = "Hi Ann,\n\nWe guarantee the refund by tomorrow; card 4111 1111 1111 1111.\n\nBest,\nBo\n"


def _stamp(paths: Iterable[Path]) -> tuple:
    out = []
    for p in paths:
        try:
            st = os.stat(p)
            out.append((str(p), st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((str(p), None, None))
    return tuple(out)


class WarmEngine:
    """One pipeline, kept warm; thread-safe (requests are linted one at a time)."""

    def __init__(self) -> None:
        self._configs: dict[tuple, tuple[tuple, Config]] = {}
        self._lock = threading.Lock()

    def warm(self, config: Config | None = None) -> None:
        """Build the pipeline and compile every rule's lexicons before the first request."""
        from ..draft import draft_from_text

        self.lint(draft_from_text(WARM_UP, "warm-up.txt"), config or Config())

    def config(self, config_path: str | os.PathLike | None = None, cwd: str | os.PathLike | None = None,
               fail_on: str | Severity | None = None) -> Config:
        """The config a CLI run from ``cwd`` (or with ``--config``) would use, cached."""
        path = Path(config_path) if config_path else find_config_file(Path(cwd or Path.cwd()))
        key = (str(path) if path else None, str(fail_on) if fail_on else None)
        with self._lock:
            cached = self._configs.get(key)
            if cached is not None:
                stamp, cfg = cached
                if stamp == _stamp(self._watched(path, cfg)):
                    return cfg
            cfg = Config.load(path) if path else Config()
            if fail_on is not None:
                cfg = cfg.with_overrides(fail_on=Severity.parse(fail_on))
            self._configs[key] = (_stamp(self._watched(path, cfg)), cfg)
            return cfg

    @staticmethod
    def _watched(path: Path | None, cfg: Config) -> list[Path]:
        files = [path] if path else []
        return files + [Path(p) for p in getattr(cfg.lexicons, "extra_files", [])]

    def lint(self, draft, config: Config) -> FileResult:
        with self._lock:
            return next(lint_many([draft], config))

    def lint_message(self, data: bytes, config: Config, *, name: str = "message",
                     disabled: Iterable[str] | None = None) -> FileResult:
        """Lint an RFC 5322 message as ``replylint sendmail`` does."""
        from ..draft import draft_from_message, parse_message_bytes

        draft = draft_from_message(parse_message_bytes(data, name), name)
        if disabled:
            draft.disabled = set(draft.disabled) | set(disabled)
        return self.lint(draft, config)

    def run_check(self, args: list[str], stdin: bytes, cwd: str) -> tuple[int, str, str]:
        """``replylint check ARGS`` as run from ``cwd`` with ``stdin``: the command's own
        code (same config discovery, findings and output), on this warm pipeline.
        Returns (exit status, stdout, stderr); raises when the command itself crashed."""
        from click.testing import CliRunner

        from ..cli import main

        # One at a time: the command runs in this process's folder and standard streams.
        with self._lock:
            here = os.getcwd()
            os.chdir(cwd)
            try:
                result = CliRunner().invoke(main, ["check", "--jobs", "1", *args], input=stdin)
            finally:
                os.chdir(here)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result.exit_code, result.stdout, result.stderr

    def lint_text(self, text: str, config: Config, *, path: str = "<text>") -> FileResult:
        """Lint an editor buffer: the format follows the file name, as ``check`` reads it."""
        from ..draft import read_draft

        return self.lint(read_draft(text.encode("utf-8"), path), config)
