"""Completeness rules: what a draft says is there and is not.

Attachments are known from the MIME structure of an ``.eml`` (its parts with a file
name), from ``--attachment NAME`` and from ``lint_text(attachments=[...])``.  In a plain
text draft with none given, nobody knows: the finding is info there.
"""
from __future__ import annotations

import re

from ..findings import Severity
from ..patterns import compile_regex
from . import ALL_TEXT, NEW_TEXT, Context, Hit, Rule, register


def _compiled(ctx: Context) -> dict:
    def build():
        lex = ctx.lexicons.get("completeness")
        return {
            "mentions": [compile_regex(p, f"completeness.attachment_mentions[{i}]")
                         for i, p in enumerate(lex["attachment_mentions"])],
            "subjects": frozenset(re.sub(r"\s+", " ", s.strip().lower()) for s in lex["placeholder_subjects"]),
        }
    return ctx.compiled(("completeness", "compiled"), build)


def attachments_known(draft) -> bool:
    # Readers set ``attachments_known`` (a message lists its own attachments); a bench that
    # builds messages from bare labelled bodies clears it, since it cannot know them.
    return bool(draft.attachments) or draft.attachments_known


@register
class MissingAttachment(Rule):
    """## What it does
    Flags "see attached", "please find attached", "I've attached", "the attached
    report" in the new text of a message that has no attachment, the check mail clients
    make at send time.  Attachments are read from the message's MIME parts; for a plain
    text draft give them with ``--attachment NAME`` (CLI) or ``attachments=[...]`` (API).
    A plain text draft with none given gets an info finding, since nothing says whether
    the file will be attached.

    ## Why it matters
    "Please find attached" with nothing attached costs the client a reply, you a second
    message, and both of you a day; on a contract or an invoice it looks careless.

    ## Example
        Please find attached the signed contract.

    ## Use instead
    Attach the file before sending, or say when it will follow.
    """

    code = "CMP001"
    name = "missing-attachment"
    category = "completeness"
    severity = Severity.WARNING
    message = "mentions an attachment, but the message has none"
    suggestion = "attach the file, or remove the mention"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        draft = ctx.draft
        if draft.attachments or draft.section == "subject":  # "See attached" as a subject: the body says it too
            return
        text = draft.masked
        low = text.lower()
        if "attach" not in low and "enclos" not in low:
            return
        known = attachments_known(draft)
        seen: set[int] = set()
        for rx in _compiled(ctx)["mentions"]:
            for m in rx.finditer(text):
                if m.start() in seen or not ctx.in_parts(m.start(), NEW_TEXT):
                    continue
                seen.add(m.start())
                if known:
                    yield Hit(m.start(), m.end(), match=("completeness.attachment_mentions", m.group().lower()))
                else:
                    yield Hit(m.start(), m.end(), severity=Severity.INFO,
                              message="mentions an attachment; no attachment is known for this draft",
                              suggestion="attach the file (give --attachment NAME when linting plain text)",
                              match=("completeness.attachment_mentions", m.group().lower()))
                return  # one finding per draft: the fix is the same


_X_RUN = re.compile(r"X{3,}")


def _template_marker(ctx: Context, subject: str) -> bool:
    """The whole subject is a marker TPL002 reports ("TBD", "TODO", "XXX"): the more
    specific rule, which names the marker (and blocks), as ruff keeps the more specific
    of two overlapping rules."""
    exact = ctx.lexicons.get("template").get("markers", {}).get("exact", [])
    return subject in exact or bool(_X_RUN.fullmatch(subject))


@register
class PlaceholderSubject(Rule):
    """## What it does
    Flags an empty subject or one that says nothing: "(no subject)", a bare "Re:" or
    "Fwd:", "TBD", "test", "untitled".  It reads the subject only when there is one to
    read: an ``.eml`` (a missing Subject header counts as empty) or a subject given to
    the API; a plain text draft has none.  The finding points at the Subject line (part
    ``subject``; in an ``.eml``, that header's line and column), or at the top of the
    headers when the message has no Subject header.  A subject that is only a marker
    TPL002 reports ("TBD", "TODO", "XXX") is left to TPL002: one finding is enough.

    ## Why it matters
    The subject is what the client sees in their inbox and searches for later.  An empty
    one looks unfinished, lands in spam filters and is impossible to find again.

    ## Example
        Subject: Re:

    ## Use instead
        Subject: Re: Invoice 4471 -- corrected copy
    """

    code = "CMP002"
    name = "placeholder-subject"
    category = "completeness"
    severity = Severity.WARNING
    message = "empty or placeholder subject"
    suggestion = "write a subject that says what the message is about"
    parts = ALL_TEXT

    def check(self, ctx: Context):
        # The subject is linted as a text of its own (the draft's "subject" extra), so the
        # finding lands on the Subject line, not in the body.
        draft = ctx.draft
        if draft.section != "subject" or draft.template:
            return
        text = draft.text
        if re.sub(r"\s+", " ", text.strip().lower()) not in _compiled(ctx)["subjects"]:
            return
        shown = text.strip()
        if _template_marker(ctx, shown):
            return          # TPL002 reports the marker itself: one finding is enough
        start = len(text) - len(text.lstrip())
        if draft.subject is None and not shown:
            message = "no Subject header: the message has no subject"
        else:
            message = f"subject is {'empty' if not shown else repr(shown[:40])}: a placeholder"
        yield Hit(start, start + len(shown), message=message)
