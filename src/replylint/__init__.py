"""replylint: a linter for outgoing email drafts to clients."""
from __future__ import annotations

__version__ = "0.1.0"

from .api import Report, lint_file, lint_message, lint_text  # noqa: E402
from .config import Config  # noqa: E402
from .engine import lint  # noqa: E402
from .findings import Finding, Severity  # noqa: E402

__all__ = ["Config", "Finding", "Report", "Severity", "__version__", "lint", "lint_file", "lint_message", "lint_text"]
