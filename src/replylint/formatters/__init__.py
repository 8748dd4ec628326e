"""Output formats.  A formatter is a module here with ``render(results, options) -> str``.

Formatters never see a draft.  ``get(name).render(results, options)`` hands the module
:class:`~replylint.redaction.ReportedFile` objects: a printable ``path``, ``findings``
whose excerpt, message and suggestion were cut from the scrubbed view of the draft,
and ``display_line(n)``, the scrubbed source line.  Every detected sensitive value is
already replaced there, wherever it recurs; there is no unscrubbed text to reach.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field, replace

from ..findings import Severity


@dataclass
class RenderOptions:
    color: bool = False
    show_source: bool = True
    statistics: bool = False
    quiet: bool = False
    show_match: bool = False  # text: name the lexicon table and entry that fired
    fail_on: Severity = Severity.WARNING
    errors: list[str] = field(default_factory=list)  # one-line input errors, by file


def names() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


@dataclass(frozen=True)
class Formatter:
    """A format module behind the one door: results become ReportedFile views first."""

    name: str
    module: object

    def render(self, results, options: RenderOptions) -> str:
        from ..redaction import printable

        views = [r.report() if hasattr(r, "report") else r for r in results]
        if options.errors:
            options = replace(options, errors=[printable(e) for e in options.errors])
        return self.module.render(views, options)


def get(name: str) -> Formatter:
    if name not in names():
        raise KeyError(name)
    return Formatter(name, importlib.import_module(f"{__name__}.{name}"))
