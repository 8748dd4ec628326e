"""The Python API for scripts and hooks: thin wrappers over :func:`replylint.engine.lint`."""
from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from pathlib import Path

from .config import Config
from .draft import Draft, draft_from_message, draft_from_text, parse_message_bytes, read_path
from .engine import FileResult, lint_many
from .findings import Finding, Severity


@dataclass
class Report:
    """Findings for one draft, with the answer a pre-send hook needs."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    result: FileResult | None = field(default=None, repr=False)

    def blocking(self, fail_on: Severity | str = Severity.WARNING) -> list[Finding]:
        """Findings at or above ``fail_on``: a non-empty list means "do not send"."""
        level = Severity.parse(fail_on)
        return [f for f in self.findings if f.severity >= level]

    def __bool__(self) -> bool:  # a report is "truthy" when it found something
        return bool(self.findings)


def _report(draft: Draft, config: Config | None) -> Report:
    res = next(lint_many([draft], config or Config()))
    return Report(draft.path, res.findings, res)


def lint_text(text: str, config: Config | None = None, *, path: str = "<text>", fmt: str = "txt",
              to: list[str] | str | None = None, subject: str | None = None, template: bool = False,
              in_reply_to: str | None = None) -> Report:
    """Lint a plain-text (or ``fmt="md"``/``"template"``) draft.

    ``in_reply_to`` is the text of the message the draft answers, when it is not quoted
    in the draft (empathy rules read it to tell whether the client was complaining).
    """
    recipients = [to] if isinstance(to, str) else to
    draft = draft_from_text(text, path, fmt=fmt, recipients=recipients, subject=subject, template=template)
    draft.in_reply_to = in_reply_to
    return _report(draft, config)


def lint_message(message: EmailMessage | Message | bytes | str, config: Config | None = None, *,
                 path: str = "<message>") -> Report:
    """Lint an email message: an ``EmailMessage``, or its RFC 5322 bytes/str."""
    if isinstance(message, str):
        message = message.encode("utf-8", "surrogateescape")
    if isinstance(message, (bytes, bytearray)):
        message = parse_message_bytes(bytes(message), path)
    return _report(draft_from_message(message, path), config)


def lint_file(path: str | Path, config: Config | None = None) -> Report:
    """Lint a file (.txt, .md, .html, .eml, templates); config is discovered when None."""
    config = config or Config.discover(Path(path))
    return _report(read_path(path), config)
