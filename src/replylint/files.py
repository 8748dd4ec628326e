"""Which files are drafts: walking folders, globs, ``.gitignore``.

One glob anchoring everywhere (``include``, ``exclude``, ``per-file-ignores``,
``template-files``): patterns are gitignore-style (``pathspec``) and relative to the
folder of the config file that sets them (``--include``/``--exclude`` on the command
line: relative to the current folder).  A pattern without a slash matches a name at any
depth (``*.tpl``, ``drafts``), one with a slash is anchored (``templates/**/*.j2``,
``/root.eml``), and ``!pattern`` re-includes.

Walking a folder skips hidden entries and whatever ``.gitignore`` files (in the folder,
its parents up to the repository root, and below) ignore; a folder of mail
(``cur/``/``new/``, a Maildir) is one entry.  A folder with no drafts, or one that cannot
be read, is an error: CI must not pass on nothing.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .draft.archive import MBOX_SUFFIXES, is_maildir
from .draft.readers import EML_SUFFIXES, HTML_SUFFIXES, TEMPLATE_SUFFIXES

TEXT_DRAFT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
DRAFT_SUFFIXES = sorted({*TEXT_DRAFT_SUFFIXES, *HTML_SUFFIXES, *EML_SUFFIXES, *MBOX_SUFFIXES, *TEMPLATE_SUFFIXES})
DEFAULT_INCLUDE = [f"*{s}" for s in DRAFT_SUFFIXES]

if TYPE_CHECKING:  # pragma: no cover
    import pathspec


def spec(patterns: Iterable[str]) -> "pathspec.PathSpec":
    # Imported here: a check of one file or of standard input matches no pattern, and
    # pathspec's import was a twentieth of a cold check.
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines([p[2:] if p.startswith("./") else p for p in patterns])


def relative(path: str | Path, base: Path | None) -> str | None:
    """``path`` relative to ``base`` in POSIX form, or None when it is outside."""
    base = (base or Path.cwd()).resolve()
    try:
        rel = Path(os.path.abspath(path)).relative_to(base)
    except ValueError:
        try:
            rel = Path(path).resolve().relative_to(base)
        except (ValueError, OSError):
            return None
    return rel.as_posix()


def file_of(path: str) -> str:
    """The file a draft came from: an mbox message is named ``archive.mbox#3``."""
    return re.sub(r"#\d+$", "", path)


def matches(path: str | Path, patterns: Iterable[str], base: Path | None) -> bool:
    """Whether ``path`` matches gitignore-style ``patterns`` anchored at ``base``.

    A file outside ``base`` is matched by its name only (a pattern without a slash).
    """
    patterns = list(patterns)
    path = file_of(str(path))
    if not patterns or str(path) in ("", "-"):
        return False
    rel = relative(path, base)
    if rel is None:
        rel = Path(path).name
        patterns = [p for p in patterns if "/" not in p.removeprefix("./").rstrip("/")]
    return bool(patterns) and spec(patterns).match_file(rel)


@dataclass
class _GitIgnores:
    """The .gitignore files that apply while walking (each relative to its folder)."""

    specs: list[tuple[Path, pathspec.PathSpec]] = field(default_factory=list)

    def add(self, folder: Path) -> None:
        f = folder / ".gitignore"
        try:
            lines = f.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return
        self.specs.append((folder, spec(lines)))

    def ignored(self, path: Path, is_dir: bool = False) -> bool:
        for folder, s in self.specs:
            try:
                rel = path.relative_to(folder).as_posix()
            except ValueError:
                continue
            if s.match_file(rel + ("/" if is_dir else "")):
                return True
        return False


def _repo_parents(folder: Path) -> list[Path]:
    """Folders above ``folder`` up to the git repository root (none outside a repository)."""
    out = []
    for parent in folder.resolve().parents:
        out.append(parent)
        if (parent / ".git").exists():
            return out
    return []


@dataclass
class Collected:
    files: list[str]
    errors: list[str]


def collect(paths: Iterable[str], include: list[str], exclude: list[str], *, include_base: Path | None = None,
            exclude_base: Path | None = None, cli_exclude: list[str] = (), force_exclude: bool = False,
            respect_gitignore: bool = True) -> Collected:
    """Files (and Maildir folders) to lint under ``paths``, in order, and errors to report."""
    inc = None  # compiled when a folder is walked
    files: list[str] = []
    errors: list[str] = []

    def excluded(p: Path) -> bool:
        return matches(p, exclude, exclude_base) or matches(p, cli_exclude, None)

    for given in paths:
        if given == "-":
            files.append(given)
            continue
        root = Path(given)
        if not root.is_dir() or is_maildir(root):
            if force_exclude and excluded(root):
                continue  # pre-commit passes every staged file: honour exclude for them too
            files.append(given)
            continue
        ignores = _GitIgnores()
        if respect_gitignore:
            for parent in reversed(_repo_parents(root)):
                ignores.add(parent)
        found = 0

        def onerror(exc: OSError) -> None:
            errors.append(f"{exc.filename}: cannot read folder ({exc.strerror or exc})")

        for folder, dirs, names in os.walk(root, onerror=onerror):
            here = Path(folder)
            if respect_gitignore:
                ignores.add(here)
            keep = []
            for d in sorted(dirs):
                sub = here / d
                if d.startswith(".") or ignores.ignored(sub, is_dir=True) or excluded(sub):
                    continue
                if is_maildir(sub):
                    files.append(str(sub))
                    found += 1
                    continue
                keep.append(d)
            dirs[:] = keep
            for name in sorted(names):
                f = here / name
                if name.startswith(".") or ignores.ignored(f) or excluded(f):
                    continue
                rel = relative(f, include_base)
                if inc is None:
                    inc = spec(include)
                if not inc.match_file(rel if rel is not None else name):
                    continue
                if not f.is_file():
                    continue
                files.append(str(f))
                found += 1
        if not found and not any(e.startswith(str(root)) for e in errors):
            errors.append(f"{given}: no drafts found under this folder (looked for {', '.join(include[:6])}"
                          f"{', ...' if len(include) > 6 else ''})")
    return Collected(files, errors)
