"""Import spaCy without its command-line app (imported for its side effect, first).

``import spacy`` runs ``from .cli.info import info`` for the ``spacy.info`` shortcut,
and ``spacy.cli`` imports every spaCy command with their own dependencies (typer,
weasel, requests, httpx...): about a quarter of spaCy's import time, on every cold
``replylint check``, every hook run and every ``--jobs`` start, for code that linting
never runs.  So spaCy is imported here with ``spacy.cli`` and ``spacy.cli.info`` stood
in for by two empty modules, which are removed again right after: a later
``import spacy.cli`` (``python -m replylint.training``, a user's own code) imports
the real package as usual, and ``spacy.info`` imports the real function when called.

If spaCy is already imported, or its layout is not what this expects, spaCy is
imported the ordinary way: this only ever changes how long the import takes.
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types

_STUBBED = ("spacy.cli", "spacy.cli.info")


def _info(*args, **kwargs):
    """spaCy's ``spacy.info``, imported when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


class _NoCli(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def __init__(self) -> None:
        self.made: dict[str, types.ModuleType] = {}

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in _STUBBED:
            return None
        return importlib.machinery.ModuleSpec(fullname, self, is_package=fullname == "spacy.cli")

    def create_module(self, spec):
        return None

    def exec_module(self, module) -> None:
        if module.__name__ == "spacy.cli.info":
            module.info = _info
        else:
            module.__path__ = []  # a package with no submodules of its own
        self.made[module.__name__] = module


def _import() -> None:
    if "spacy" in sys.modules:
        return
    from .regex_cache import recording

    finder = _NoCli()
    sys.meta_path.insert(0, finder)
    try:
        with recording():  # spaCy compiles its regular expressions on import
            import spacy  # noqa: F401
        failed = False
    except Exception:  # pragma: no cover - a spaCy whose import needs its CLI
        failed = True
    finally:
        sys.meta_path.remove(finder)
    _forget(finder)
    if failed:  # pragma: no cover
        import spacy  # noqa: F401, F811 - the ordinary way; its errors are the real ones


def _forget(finder: _NoCli) -> None:
    """Take the stand-ins out of sys.modules, so later imports find the real package."""
    for name, module in finder.made.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]
    spacy = sys.modules.get("spacy")
    if spacy is not None and getattr(spacy, "cli", None) is finder.made.get("spacy.cli"):
        del spacy.cli
    if spacy is None:
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]


_import()
