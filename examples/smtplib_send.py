#!/usr/bin/env python3
"""Send a draft with smtplib, but only if replylint lets it through.

    python examples/smtplib_send.py --from me@ourco.example --to client@example.org \
        --subject "Re: your invoice" draft.txt [--host localhost --port 25]

The config is discovered from the working directory ([tool.replylint] in
pyproject.toml or .replylint.toml).  A blocked draft is not sent: the report (with
sensitive matches redacted) goes to stderr and the exit status is 65.
"""
from __future__ import annotations

import argparse
import smtplib
import sys
from email.message import EmailMessage
from pathlib import Path

from replylint import Config, lint_message

EX_DATAERR = 65


def build(sender: str, to: list[str], subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("draft", type=Path, help="plain-text body of the message")
    ap.add_argument("--from", dest="sender", required=True)
    ap.add_argument("--to", action="append", required=True)
    ap.add_argument("--subject", required=True)
    ap.add_argument("--host", default="localhost")
    ap.add_argument("--port", type=int, default=25)
    args = ap.parse_args(argv)

    msg = build(args.sender, args.to, args.subject, args.draft.read_text(encoding="utf-8"))
    report = lint_message(msg, Config.discover())
    if report.blocking():  # at or above the config's fail-on (default: warning)
        sys.stderr.write(report.format())
        sys.stderr.write("not sent: fix the draft first\n")
        return EX_DATAERR
    del msg["X-Replylint-Disable"]  # an override header is for replylint only
    with smtplib.SMTP(args.host, args.port, timeout=30) as smtp:
        smtp.send_message(msg)
    print(f"sent to {', '.join(args.to)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
