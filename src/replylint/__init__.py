"""replylint: a linter for outgoing email drafts to clients."""
from __future__ import annotations

__version__ = "0.1.0"

# The public names are imported on first use: `replylint --help`, `rules` and `rule`
# must not pay for spaCy, which the engine imports.
_EXPORTS = {
    "Report": "api", "lint_file": "api", "lint_message": "api", "lint_text": "api",
    "Config": "config", "lint": "engine", "Finding": "findings", "Severity": "findings",
}
__all__ = ["Config", "Finding", "Report", "Severity", "__version__", "lint", "lint_file", "lint_message", "lint_text"]


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
