"""Configuration: ``[tool.replylint]`` in pyproject.toml, or ``.replylint.toml``.

Found upward from the linted file (stdin: from the working directory); ``--config``
wins.  ``.replylint.toml`` holds the same keys at its top level, as ``ruff.toml`` does.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .inputs import load_toml, parse_size
from .findings import CATEGORIES, Severity
from .lexicon import Lexicons
from .rules import PREFIXES, Rule, all_rules, option_default, options
from .hooks import options as _hook_options  # noqa: F401  (declares held-dir, on-error)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = (".replylint.toml", "replylint.toml", "pyproject.toml")
CORE_KEYS = {
    "select", "ignore", "extend-select", "severity", "fail-on", "preview", "model", "lexicons",
    "per-file-ignores", "clients", "internal-domains", "include", "exclude", "max-input-size",
}
CLIENT_KEYS = {"aliases", "domains"}


def _str_list(value: Any, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key}: expected a list of strings")
    return list(value)


def resolve_selector(selector: str, rules: list[Rule] | None = None) -> set[str]:
    """Codes named by a selector: a code, a prefix (PRM, PRM0), a category, or ALL."""
    rules = rules if rules is not None else all_rules()
    if not isinstance(selector, str) or not selector.strip():
        raise ConfigError(f"empty selector {selector!r} (name a code, prefix, category or ALL)")
    s = selector.strip()
    if s.upper() == "ALL":
        return {r.code for r in rules}
    if s.lower() in CATEGORIES:
        return {r.code for r in rules if r.category == s.lower()}
    up = s.upper()
    codes = {r.code for r in rules if r.code.startswith(up)}
    if not codes and up[:3] in PREFIXES.values() and len(up) <= 6:
        # A valid prefix of a category that has no rule with that number yet.
        raise ConfigError(f"unknown rule code {s!r}")
    if not codes:
        raise ConfigError(f"unknown rule code or category {s!r} (see `replylint rules`)")
    return codes


@dataclass
class Config:
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING
    # Give every rule its declared severity, even one not yet measured precise enough on
    # real mail to block by default (see precision.py).
    # REPLYLINT_PREVIEW=1 in the environment sets it too (for CI jobs and test suites).
    preview: bool = field(default_factory=lambda: os.environ.get("REPLYLINT_PREVIEW", "") not in ("", "0"))
    model: str | None = None
    lexicon_files: list[Path] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    clients: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    internal_domains: list[str] = field(default_factory=list)
    include: list[str] | None = None
    exclude: list[str] = field(default_factory=list)
    options_: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    # Largest input read, in bytes (None: inputs.DEFAULT_MAX_BYTES).
    max_input_size: int | None = None

    # -- loading -----------------------------------------------------------
    @classmethod
    def from_dict(cls, data: dict, where: str = "config", base: Path | None = None) -> "Config":
        opts = options()
        unknown = [k for k in data if k not in CORE_KEYS and k not in opts]
        if unknown:
            raise ConfigError(f"{where}: unknown key {unknown[0]!r}")
        base = base or Path.cwd()
        cfg = cls()
        try:
            if "select" in data:
                cfg.select = _str_list(data["select"], "select")
            cfg.ignore = _str_list(data.get("ignore", []), "ignore")
            cfg.extend_select = _str_list(data.get("extend-select", []), "extend-select")
            sev = data.get("severity", {})
            if not isinstance(sev, dict):
                raise ConfigError("severity: expected a table of code or category = level")
            cfg.severity = {k: Severity.parse(v) for k, v in sev.items()}
            if "fail-on" in data:
                cfg.fail_on = Severity.parse(data["fail-on"])
            if "preview" in data:
                if not isinstance(data["preview"], bool):
                    raise ConfigError("preview: expected true or false")
                cfg.preview = data["preview"]
            if data.get("model") is not None:
                if not isinstance(data["model"], str):
                    raise ConfigError("model: expected the name of an installed spaCy pipeline")
                cfg.model = data["model"] or None
            cfg.lexicon_files = [(base / p) for p in _str_list(data.get("lexicons", []), "lexicons")]
            pfi = data.get("per-file-ignores", {})
            if not isinstance(pfi, dict):
                raise ConfigError("per-file-ignores: expected a table of glob = [codes]")
            cfg.per_file_ignores = {k: _str_list(v, f"per-file-ignores.{k}") for k, v in pfi.items()}
            cfg.clients = cls._clients(data.get("clients", {}))
            cfg.internal_domains = [d.lower().lstrip("@") for d in _str_list(data.get("internal-domains", []), "internal-domains")]
            if "include" in data:
                cfg.include = _str_list(data["include"], "include")
            cfg.exclude = _str_list(data.get("exclude", []), "exclude")
            if "max-input-size" in data:
                cfg.max_input_size = parse_size(data["max-input-size"])
            for key, opt in opts.items():
                if key in data:
                    cfg.options_[key] = opt.check(data[key])
            cfg.validate()
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}") from None
        except ConfigError as exc:
            raise ConfigError(f"{where}: {exc}") from None
        cfg.path = None
        return cfg

    @staticmethod
    def _clients(value: Any) -> dict[str, dict[str, list[str]]]:
        if not isinstance(value, dict):
            raise ConfigError("clients: expected tables like [tool.replylint.clients.\"Acme Corp\"]")
        out = {}
        for name, spec in value.items():
            if spec is None or spec == {}:
                spec = {}
            if not isinstance(spec, dict):
                raise ConfigError(f"clients.{name}: expected a table with aliases and domains")
            bad = set(spec) - CLIENT_KEYS
            if bad:
                raise ConfigError(f"clients.{name}: unknown key {sorted(bad)[0]!r}")
            out[name] = {
                "aliases": _str_list(spec.get("aliases", []), f"clients.{name}.aliases"),
                "domains": [d.lower().lstrip("@") for d in _str_list(spec.get("domains", []), f"clients.{name}.domains")],
            }
        return out

    @classmethod
    def load(cls, path: Path) -> "Config":
        raw = load_toml(path, "config")
        if path.name == "pyproject.toml":
            raw = raw.get("tool", {}).get("replylint", {})
            where = f"{path}: [tool.replylint]"
        else:
            where = str(path)
        cfg = cls.from_dict(raw, where, base=path.parent)
        cfg.path = path
        return cfg

    @classmethod
    def discover(cls, start: Path | None = None) -> "Config":
        """The config that applies to a file in ``start`` (a folder or file), or defaults."""
        found = find_config_file(start or Path.cwd())
        return cls.load(found) if found else cls()

    # -- checks and derived values ----------------------------------------
    def validate(self) -> None:
        groups = [("select", self.select or []), ("ignore", self.ignore), ("extend-select", self.extend_select),
                  ("severity", list(self.severity))]
        groups += [(f"per-file-ignores.{glob!r}", codes) for glob, codes in self.per_file_ignores.items()]
        for key, selectors in groups:
            for sel in selectors:
                try:
                    resolve_selector(sel)
                except ConfigError as exc:
                    raise ConfigError(f"{key}: {exc}") from None
        for glob in self.per_file_ignores:
            if not glob.strip():
                raise ConfigError("per-file-ignores: empty glob \"\" (name the files, e.g. \"*.eml\")")
        _ = self.lexicons  # a bad lexicon file fails now, with its name

    def with_overrides(self, **changes: Any) -> "Config":
        new = replace(self, **{k: v for k, v in changes.items() if v is not None})
        new.__dict__.pop("lexicons", None)
        new.__dict__.pop("enabled", None)
        new.validate()
        return new

    @cached_property
    def lexicons(self) -> Lexicons:
        return Lexicons(self.lexicon_files, self.max_input_size)

    @cached_property
    def enabled(self) -> list[Rule]:
        rules = all_rules()
        if self.select is None:
            codes = {r.code for r in rules if getattr(r, "default_enabled", True)}
        else:
            codes = set().union(*(resolve_selector(s, rules) for s in self.select)) if self.select else set()
        for s in self.extend_select:
            codes |= resolve_selector(s, rules)
        for s in self.ignore:
            codes -= resolve_selector(s, rules)
        return [r for r in rules if r.code in codes]

    def severity_of(self, rule: Rule) -> Severity:
        configured = self.configured_severity(rule)
        if configured is not None:
            return configured
        return rule.severity if self.preview else rule.default_severity

    def configured_severity(self, rule: Rule) -> Severity | None:
        """Severity set in config: a code beats a prefix, which beats a category, then ALL."""
        best: tuple[int, Severity] | None = None
        for key, level in self.severity.items():
            k = key.strip()
            if k.upper() == rule.code:
                rank = 3
            elif k.lower() == rule.category:
                rank = 1
            elif rule.code.startswith(k.upper()) and k.upper() != "ALL":
                rank = 2
            elif k.upper() == "ALL":
                rank = 0
            else:
                continue
            if best is None or rank > best[0]:
                best = (rank, level)
        return best[1] if best else None

    def ignored_for(self, path: str) -> set[str]:
        from .files import file_of, matches

        out: set[str] = set()
        # Globs are gitignore-style, relative to the config file's folder (as for
        # include, exclude and template-files).
        base = self.path.parent if self.path else None
        for pattern, codes in self.per_file_ignores.items():
            if matches(file_of(path), [pattern], base):
                for c in codes:
                    out |= resolve_selector(c)
        return out

    def option(self, name: str) -> Any:
        if name in self.options_:
            return self.options_[name]
        return option_default(name)


def find_config_file(start: Path) -> Path | None:
    start = start.resolve()
    here = start if start.is_dir() else start.parent
    for folder in (here, *here.parents):
        for name in CONFIG_FILES:
            cand = folder / name
            if not cand.is_file():
                continue
            if name == "pyproject.toml":
                # A broken pyproject.toml is a config error: skipping it would let a
                # parent's config apply without a word.
                tool = load_toml(cand, "config").get("tool", {})
                if not isinstance(tool, dict) or "replylint" not in tool:
                    continue
            return cand
    return None
