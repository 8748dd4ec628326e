"""The Python API for scripts and hooks: thin wrappers over :func:`replylint.engine.lint`.

    from replylint import Config, lint_message

    report = lint_message(msg, Config.discover())  # msg: EmailMessage or RFC 5322 bytes
    if report.blocking():                          # at or above the config's fail-on
        print(report.format())                     # sensitive matches stay redacted
"""
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
    # The config's fail-on: what blocking() uses when not given a level.
    fail_on: Severity = Severity.WARNING

    def blocking(self, fail_on: Severity | str | None = None) -> list[Finding]:
        """Findings at or above ``fail_on`` (default: the config's ``fail-on``).

        A non-empty list means "do not send".
        """
        level = self.fail_on if fail_on is None else Severity.parse(fail_on)
        return [f for f in self.findings if f.severity >= level]

    def ok(self, fail_on: Severity | str | None = None) -> bool:
        """True when nothing blocks: the draft may be sent."""
        return not self.blocking(fail_on)

    def format(self, fmt: str = "text", *, color: bool = False) -> str:
        """The report as ``replylint check`` prints it (``text``, ``json``, ...); sensitive matches redacted."""
        from . import formatters

        if self.result is None:
            raise ValueError("this report has no lint result to format")
        options = formatters.RenderOptions(color=color, fail_on=self.fail_on)
        return formatters.get(fmt).render([self.result], options)

    def to_dict(self) -> dict:
        """JSON-ready: path, ``blocked`` (at the config's fail-on) and findings (excerpts redacted)."""
        return {"path": self.path, "blocked": not self.ok(), "findings": [f.to_dict() for f in self.findings]}

    def __bool__(self) -> bool:  # a report is "truthy" when it found something
        return bool(self.findings)


def _report(draft: Draft, config: Config | None) -> Report:
    config = config or Config()
    res = next(lint_many([draft], config))
    return Report(draft.path, res.findings, res, config.fail_on)


def lint_text(text: str, config: Config | None = None, *, path: str = "<text>", fmt: str = "txt",
              to: list[str] | str | None = None, subject: str | None = None, template: bool = False,
              in_reply_to: str | None = None, attachments: list[str] | None = None) -> Report:
    """Lint a plain-text (or ``fmt="md"``/``"template"``) draft.

    ``in_reply_to`` is the text of the message the draft answers, when it is not quoted
    in the draft (empathy rules read it to tell whether the client was complaining).
    ``attachments`` names the files sent with it (``[]``: none; ``None``: not known).
    """
    recipients = [to] if isinstance(to, str) else to
    draft = draft_from_text(text, path, fmt=fmt, recipients=recipients, subject=subject, template=template)
    draft.in_reply_to = in_reply_to
    if attachments is not None:  # [] says "no attachment", None "not known"
        draft.attachments = list(attachments)
        draft.attachments_known = True
    return _report(draft, config)


def lint_message(message: EmailMessage | Message | bytes | str, config: Config | None = None, *,
                 path: str = "<message>") -> Report:
    """Lint an email message: an ``EmailMessage``, or its RFC 5322 bytes/str.

    The text body is linted (HTML converted); To/Cc pick the client for leak rules and
    an ``X-Replylint-Disable: CODES`` (or ``all``) header turns rules off for it.
    """
    if isinstance(message, str):
        message = message.encode("utf-8", "surrogateescape")
    if isinstance(message, (bytes, bytearray)):
        message = parse_message_bytes(bytes(message), path)
    return _report(draft_from_message(message, path), config)


def lint_file(path: str | Path, config: Config | None = None) -> Report:
    """Lint a file (.txt, .md, .html, .eml, templates); config is discovered when None."""
    config = config or Config.discover(Path(path))
    return _report(read_path(path), config)
