"""Baselines: adopt replylint on a large existing library without fixing everything first.

``replylint check --write-baseline FILE`` records today's findings; ``--baseline FILE``
then reports only findings that are not in it.  A finding is recorded by a fingerprint
of its rule code, its file path (relative to the baseline file) and its normalised
matched text -- taken from the scrubbed view, so a secret inside a long sentence never
enters it -- and it survives lines moving up or down.  Line numbers are not part of it.

Sensitive findings (card numbers, keys, ...) are fingerprinted by code, path, their
rank among that code's findings in the file (first card, second card, ...) and the
redacted form every report shows anyway (``4111 **** **** 1111``): nothing in the
baseline file is derived from the hidden part of the value, so no guess of it can be
tested offline, however much time is spent; and a different card put in the place of
a baselined one is still reported when its shown digits differ.  (A keyed hash would survive reordering better but
needs a key kept outside the repository on every machine and CI runner; a baseline is
meant to be committed and shared, so we chose the ordinal.)  Adding a new card above
an old one shifts the ranks, so that file's cards show up again: fix them or rewrite
the baseline.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .engine import FileResult
from .errors import ConfigError
from .inputs import read_file
from .findings import Finding

FORMAT = "replylint-baseline"
VERSION = 1


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def norm_path(path: str, root: Path | None = None) -> str:
    """``path`` relative to ``root`` with forward slashes (as given when outside it)."""
    if path in ("-", "") or path.startswith("<"):
        return path
    p = Path(path)
    if root is not None:
        try:
            rel = os.path.relpath(p.resolve(), root.resolve())
            if not rel.startswith(".."):
                return Path(rel).as_posix()
        except ValueError:  # pragma: no cover - another drive on Windows
            pass
    return p.as_posix()


def fingerprint(result, f: Finding, root: Path | None = None) -> str:
    """A stable id for a finding: code, relative path and scrubbed matched text (sensitive
    findings: their rank instead of any text); no line numbers.

    ``result`` is a FileResult or the ReportedFile view formatters get.
    """
    if f.sensitive:
        shown = f.redacted or f.excerpt  # what every report prints anyway
        blob = "\x00".join(("v2-sensitive", f.code, norm_path(result.path, root), str(f.ordinal), shown))
    else:
        text_key = hashlib.sha256(_norm(result.matched_text(f)).encode("utf-8")).hexdigest()
        blob = "\x00".join(("v1", f.code, norm_path(result.path, root), text_key))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:24]


@dataclass
class BaselinedResult(FileResult):
    """A FileResult with the baselined findings hidden from reports.

    It keeps the result's redaction, so the hidden findings' sensitive values stay
    scrubbed from everything shown next to the new findings.
    """

    baselined: list[Finding] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.redaction is None:
            self.redaction = FileResult(self.draft, self.findings + self.baselined).redaction


@dataclass
class Baseline:
    counts: Counter = field(default_factory=Counter)
    root: Path | None = None

    @classmethod
    def from_results(cls, results: list[FileResult], path: Path) -> "Baseline":
        root = path.resolve().parent
        counts: Counter = Counter()
        for r in results:
            for f in r.findings:
                counts[(fingerprint(r, f, root), f.code, norm_path(r.path, root))] += 1
        return cls(counts, root)

    def write(self, path: Path) -> int:
        entries = [
            {"fingerprint": fp, "code": code, "path": p, **({"count": n} if n > 1 else {})}
            for (fp, code, p), n in sorted(self.counts.items(), key=lambda kv: (kv[0][2], kv[0][1], kv[0][0]))
        ]
        data = {"format": FORMAT, "version": VERSION, "findings": entries}
        try:
            path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot write baseline ({exc.strerror or exc})") from None
        return sum(self.counts.values())

    @classmethod
    def load(cls, path: Path) -> "Baseline":
        if not path.exists() and not path.is_symlink():
            raise ConfigError(f"{path}: baseline file not found (create it with --write-baseline)")
        try:
            data = json.loads(read_file(path, f"{path} (baseline)", error=ConfigError).decode("utf-8"))
        except RecursionError:
            raise ConfigError(f"{path}: not a replylint baseline (nested too deeply)") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not a replylint baseline (invalid JSON: {exc})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("findings"), list):
            raise ConfigError(f"{path}: not a replylint baseline")
        if data.get("version") != VERSION:
            raise ConfigError(f"{path}: unsupported baseline version {data.get('version')!r} (expected {VERSION})")
        counts: Counter = Counter()
        for e in data["findings"]:
            try:
                n = int(e.get("count", 1))
                counts[(str(e["fingerprint"]), str(e["code"]), str(e["path"]))] += n
            except (KeyError, TypeError, ValueError, AttributeError):
                raise ConfigError(f"{path}: malformed baseline entry {json.dumps(e)[:80]}") from None
        return cls(counts, path.resolve().parent)

    def filter(self, results: list[FileResult]) -> list[BaselinedResult]:
        """Results with the findings recorded in the baseline moved out of sight.

        A fingerprint recorded N times hides at most N findings, so a second copy of an
        old problem in the same file is still reported.
        """
        left = Counter({fp: n for (fp, _c, _p), n in self.counts.items()})
        out = []
        for r in results:
            new, old = [], []
            for f in r.findings:
                fp = fingerprint(r, f, self.root)
                if left[fp] > 0:
                    left[fp] -= 1
                    old.append(f)
                else:
                    new.append(f)
            out.append(BaselinedResult(r.draft, new, r.redaction, baselined=old))
        return out
