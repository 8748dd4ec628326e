"""Output formats.  A formatter is a module here with ``render(results, options) -> str``.

Formatters only see :class:`~replylint.engine.FileResult` objects, whose findings carry
redacted excerpts, and must show source text only through ``FileResult.display_line``,
which scrubs every sensitive match.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field

from ..findings import Severity


@dataclass
class RenderOptions:
    color: bool = False
    show_source: bool = True
    statistics: bool = False
    quiet: bool = False
    fail_on: Severity = Severity.WARNING
    errors: list[str] = field(default_factory=list)  # one-line input errors, by file


def names() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def get(name: str):
    if name not in names():
        raise KeyError(name)
    return importlib.import_module(f"{__name__}.{name}")
