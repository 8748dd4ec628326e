"""Lexicons: the phrases and terms rules use, as TOML data.

Built-in lexicons live in ``lexicons/`` (shipped inside the wheel as
``replylint/lexicons``).  Users extend them with their own TOML files, listed in the
``lexicons`` config key.  A user file holds one table per lexicon it changes::

    [overpromise]
    certainty_markers = ["cast-iron"]      # lists are extended
    _replace = ["hedges"]                  # ...unless named here: then they replace
    hedges = ["aim", "hope"]

An unknown lexicon name in a user file is a config error.
"""
from __future__ import annotations

import functools
import hashlib
import json
import marshal
import sys
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .inputs import DEFAULT_MAX_BYTES, load_toml

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def builtin_dir() -> Path:
    """Where the built-in lexicons are: inside the installed package, else the source tree."""
    try:
        packaged = Path(str(resources.files("replylint") / "lexicons"))
        if packaged.is_dir():
            return packaged
    except (ModuleNotFoundError, TypeError):  # pragma: no cover
        pass
    source = Path(__file__).resolve().parents[2] / "lexicons"
    if source.is_dir():
        return source
    raise ConfigError("replylint: built-in lexicons not found (broken installation)")


def _load_toml(path: Path, builtin: bool = False, limit: int | None = None) -> dict:
    # Our own lexicons are read whatever the user's max-input-size.
    return load_toml(path, "lexicon", DEFAULT_MAX_BYTES if builtin else limit)


def _strings(value: Any, out: set[str]) -> None:
    if isinstance(value, str):
        out.add(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            _strings(v, out)
    elif isinstance(value, list):
        for v in value:
            _strings(v, out)


@functools.lru_cache(maxsize=1)
def _builtin() -> tuple[str, bytes]:
    """The built-in lexicons' digest, and the lexicons parsed, as marshal bytes:
    ``{file stem: table}``.

    Parsing the TOML files is a large part of a cold start, and they only change with
    replylint: the parsed tables are cached under the user's cache folder, keyed by the
    files' names and bytes (a changed file is a new key), and parsed once per process.
    Each caller unmarshals its own copy, so nobody shares mutable tables.
    """
    from . import compile_cache

    files = sorted(builtin_dir().glob("*.toml"))
    digest = hashlib.sha256(repr(sys.version_info).encode())
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    key = digest.hexdigest()[:32]
    name = f"lexicons-{key}.marshal"
    blob = compile_cache.read_blob(name)
    if blob is not None:
        try:
            if isinstance(marshal.loads(blob), dict):
                return key, blob
        except (ValueError, EOFError, TypeError):
            pass  # a damaged file: parse again
    tables = {path.stem: _load_toml(path, builtin=True) for path in files}
    try:
        blob = marshal.dumps(tables)
    except ValueError:  # a value marshal cannot hold (a TOML date): keep it in memory only
        import pickle

        return key, b"P" + pickle.dumps(tables)
    compile_cache.write_blob(name, blob)
    return key, blob


def builtin_tables() -> dict[str, dict]:
    """A fresh copy of every built-in lexicon, by name."""
    blob = _builtin()[1]
    if blob[:1] == b"P":
        import pickle

        return pickle.loads(blob[1:])
    return marshal.loads(blob)


@functools.lru_cache(maxsize=1)
def builtin_strings() -> frozenset[str]:
    """Every string in replylint's own lexicons: the regexes we ship and trust."""
    out: set[str] = set()
    _strings(builtin_tables(), out)
    return frozenset(out)


def _no_blank_entries(value: Any, where: str) -> None:
    """An empty phrase or pattern in a user lexicon is a mistake (it matches nothing, or
    everything): a config error naming the key, never skipped in silence."""
    if isinstance(value, dict):
        for k, v in value.items():
            _no_blank_entries(v, f"{where}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            if isinstance(v, str) and not v.strip():
                raise ConfigError(f"{where}[{i}]: empty entry {v!r} (it would match nothing)")
            _no_blank_entries(v, f"{where}[{i}]")


def _merge(base: dict, extra: dict, where: str) -> dict:
    out = dict(base)
    replace = extra.get("_replace", [])
    if not isinstance(replace, list) or not all(isinstance(k, str) for k in replace):
        raise ConfigError(f"{where}._replace: expected a list of key names")
    replace = set(replace)
    for key, value in extra.items():
        if key == "_replace":
            continue
        old = out.get(key)
        if key in replace or old is None:
            out[key] = value
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + [v for v in value if v not in old]
        elif isinstance(old, dict) and isinstance(value, dict):
            out[key] = _merge(old, value, f"{where}.{key}")
        elif type(old) is not type(value) and not (isinstance(old, (int, float)) and isinstance(value, (int, float))):
            raise ConfigError(f"{where}.{key}: expected {type(old).__name__}, got {type(value).__name__}")
        else:
            out[key] = value
    return out


class Lexicons:
    """All lexicons, built-in plus user extensions, by name (the file stem)."""

    def __init__(self, extra_files: list[str | Path] | None = None, max_bytes: int | None = None) -> None:
        """``max_bytes``: the config's max-input-size for the user's files (None: the process limit)."""
        self.extra_files = [Path(p) for p in (extra_files or [])]
        self._data: dict[str, dict] = builtin_tables()
        for path in self.extra_files:
            for name, table in _load_toml(path, limit=max_bytes).items():
                if name not in self._data:
                    raise ConfigError(f"{path}: unknown lexicon [{name}] (known: {', '.join(sorted(self._data))})")
                if not isinstance(table, dict):
                    raise ConfigError(f"{path}: [{name}] must be a table")
                _no_blank_entries(table, f"{path}: [{name}]")
                self._data[name] = _merge(self._data[name], table, f"{path}: [{name}]")

    def get(self, name: str) -> dict[str, Any]:
        try:
            return self._data[name]
        except KeyError:
            raise ConfigError(f"replylint: lexicon {name!r} not found") from None

    def names(self) -> list[str]:
        return sorted(self._data)

    @cached_property
    def fingerprint(self) -> str:
        if not self.extra_files:  # the built-in files' digest says the same, for less
            return _builtin()[0][:16]
        blob = json.dumps(self._data, sort_keys=True, default=str).encode()
        return hashlib.sha1(blob).hexdigest()[:16]
