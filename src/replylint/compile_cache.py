"""Compiled lexicon phrases, cached between runs under the user's cache folder.

Turning ~3,600 lexicon phrases into token patterns (spaCy's tokenizer and the
lemmatizer on every word) was most of a cold start's own cost.  The result depends only
on the lexicons (built-in and the user's), the spaCy pipeline and replylint's code, so
it is kept in ``$XDG_CACHE_HOME/replylint/`` (else ``~/.cache/replylint/``) under a key
hashed from all of those: changing a lexicon file, the model or replylint makes a new
key, and a stale file is never read.  It holds lexicon phrases and their patterns only,
never draft text (the memo is filled by phrase compilation, which reads lexicons).

``REPLYLINT_CACHE_DIR`` chooses the folder; ``REPLYLINT_NO_CACHE=1`` turns it off.
A cache that cannot be read or written is ignored.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from . import __version__

_CODE = ("patterns.py", "lemmatizer.py", "pipeline.py")


def cache_dir() -> Path | None:
    if os.environ.get("REPLYLINT_NO_CACHE", "").strip().lower() not in ("", "0", "no", "false", "off"):
        return None
    given = os.environ.get("REPLYLINT_CACHE_DIR")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base or not os.path.isabs(base):
        base = str(Path.home() / ".cache")
    return Path(base) / "replylint"


def key(model: str | None, lexicon_fingerprint: str) -> str:
    import spacy

    h = hashlib.sha256()
    h.update(json.dumps([__version__, spacy.__version__, model, lexicon_fingerprint]).encode())
    here = Path(__file__).resolve().parent
    for name in _CODE:
        try:
            h.update((here / name).read_bytes())
        except OSError:
            h.update(name.encode())
    return h.hexdigest()[:32]


# Files of older keys (another replylint version, changed lexicons) are removed when a
# new one is written, past this many of a kind: the folder does not grow forever.
KEEP = 32


def read_blob(name: str) -> bytes | None:
    """The bytes cached under ``name``, or None (no cache, no file, unreadable)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with open(folder / name, "rb") as fh:
            return fh.read()
    except OSError:
        return None


def write_blob(name: str, data: bytes) -> None:
    """Keep ``data`` under ``name`` (atomically); a cache that cannot be written is skipped."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".blob-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, folder / name)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return
    _prune(folder, name.split("-", 1)[0] + "-", keep=name)


def _prune(folder: Path, prefix: str, keep: str) -> None:
    """Remove all but the KEEP newest files of one kind (never ``keep``)."""
    try:
        olds = [e for e in os.scandir(folder) if e.name.startswith(prefix) and e.name != keep and e.is_file()]
        olds.sort(key=lambda e: e.stat().st_mtime, reverse=True)
        for entry in olds[KEEP - 1:]:
            os.unlink(entry.path)
    except OSError:
        pass  # another process pruned it first


def _file(cache_key: str) -> Path | None:
    folder = cache_dir()
    return folder / f"phrases-{cache_key}.json" if folder else None


def load(cache_key: str) -> dict[str, list] | None:
    path = _file(cache_key)
    if path is None:
        return None
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def save(cache_key: str, memo: dict[str, list]) -> None:
    path = _file(cache_key)
    if path is None:
        return
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".phrases-", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(memo, fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return  # a read-only home: compile again next time
    _prune(path.parent, "phrases-", keep=path.name)
