"""The words that name the recipient and the client in a draft: roster, To header,
greeting, company domain, authors of quoted blocks."""
from __future__ import annotations

import re
from email.utils import parseaddr

from ...draft.model import BODY, QUOTED
from .. import Context
from .lexicon import Lexicon, lexicon
from .words import GREETING, HONORIFICS, LEXICON, WEBMAIL


def _joined_domains(ctx: Context) -> tuple[str, ...]:
    """The recipients' company domains written as one word ("harrowfieldjoinery"): a
    name in the draft that starts one names the recipient's company."""
    def build() -> tuple[str, ...]:
        out = []
        for rec in ctx.draft.recipients:
            domain = rec.rpartition("<")[2].rstrip("> ").partition("@")[2].lower()
            label = domain.split(".")[0] if "." in domain else ""
            if label and label not in WEBMAIL and label.isalpha():
                out.append(label)
        return tuple(out)
    return ctx.memo((LEXICON, "joined-domains"), build)


def names(ctx: Context) -> set[str]:
    """Computed on first use: most drafts never need a target."""
    return ctx.memo((LEXICON, "names"), lambda: _names(ctx, lexicon(ctx)))


def _names(ctx: Context, lex: Lexicon) -> set[str]:
    """Lower-case words that name the client or the recipient in this draft."""
    words: set[str] = set()

    def add(name: str | None) -> None:
        for w in re.findall(r"[A-Za-z][\w'’-]+", name or ""):
            lw = w.lower()
            if len(lw) > 2 and lw not in lex.name_stopwords and lw not in HONORIFICS:
                words.add(lw)

    clients = ctx.config.clients or {}
    for name, spec in clients.items():
        add(name)
        for alias in spec.get("aliases", []):
            add(alias)
    for rec in ctx.draft.recipients:
        display, _, addr = rec.rpartition("<")
        add(display.strip(' "'))
        local, _, domain = (addr or rec).rstrip("> ").partition("@")
        add(re.sub(r"[._+-]+", " ", local).title())
        # The recipient's company from their domain ("brightwater-dental.example"), not webmail.
        label = domain.split(".")[0].lower() if "." in domain else ""
        if label and label not in WEBMAIL:
            add(re.sub(r"[_-]+", " ", label))
    # Authors of quoted and forwarded blocks: "Typical Joan" below Joan's own message.
    for seg in ctx.draft.segments:
        if seg.kind == QUOTED and seg.author:
            display, addr = parseaddr(seg.author) if "@" in seg.author else (seg.author, "")
            add(display)
            if addr:
                add(re.sub(r"[._+-]+", " ", addr.split("@")[0]).title())
    words |= _greeted(ctx)
    return words


def greeted(ctx: Context) -> set[str]:
    """Lower-case words of the recipient's name as the draft greets them ("Hi Maeve")."""
    return _greeted(ctx)


def _greeted(ctx: Context) -> set[str]:
    def build() -> set[str]:
        for seg in ctx.draft.spans(BODY):
            m = GREETING.search(ctx.draft.text, seg.start, min(seg.end, seg.start + 300))
            if m:
                return {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", m.group(1))} - HONORIFICS
            break
        return set()

    return ctx.memo((LEXICON, "greeted"), build)
