"""Small helpers shared by the tests (import with ``from helpers import ...``)."""
from __future__ import annotations

from replylint import Config, lint_message, lint_text
from replylint.findings import Finding


def findings(text: str, config: Config | None = None, **kwargs) -> list[Finding]:
    """Findings for a plain-text draft."""
    return lint_text(text, config or Config(), **kwargs).findings


def codes(text: str, config: Config | None = None, **kwargs) -> set[str]:
    return {f.code for f in findings(text, config, **kwargs)}


def categories(text: str, config: Config | None = None, **kwargs) -> set[str]:
    return {f.category for f in findings(text, config, **kwargs)}


def eml(body: str, *, subject: str = "Re: your account", to: str = "Client <client@example.org>",
        sender: str = "Support <support@ourco.example>", extra_headers: dict[str, str] | None = None) -> bytes:
    """An RFC 5322 message around ``body``."""
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    return bytes(msg)


def message_findings(body: str, config: Config | None = None, **kwargs) -> list[Finding]:
    return lint_message(eml(body, **kwargs), config or Config()).findings
