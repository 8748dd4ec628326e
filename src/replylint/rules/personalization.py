"""Personalization rules: greetings that name nobody, or the wrong person, and stock lines.

Who the reader is comes from the draft, never from guessing: the display names of the
To/Cc addresses ("Tom Baker <tom@x.com>"), a ``first.last@`` address, the name on a quoted
message the recipient wrote, and the greeting of a quoted message written to them.
Greetings are read only at the top of the new text (its first three non-empty lines).
"""
from __future__ import annotations

import re
from email.utils import getaddresses

from ..draft.model import BODY, QUOTED
from ..findings import Severity
from ..patterns import compile_regex
from . import NEW_TEXT, Context, Hit, Rule, register

# Greeting lines are looked for in this many non-empty lines at the top of a part.
GREETING_LINES = 3
_NAME = r"[A-Z][a-z'\u2019-]+|[A-Z]{2,}(?=[,!:\s])"


def _lex(ctx: Context) -> dict:
    return ctx.lexicons.get("personalization")


def _phrase_rx(phrase: str) -> str:
    """A lexicon phrase as a regex: words escaped, spaces and slashes flexible."""
    words = [w for w in re.split(r"\s+", phrase.strip()) if w]
    parts = []
    for w in words:
        parts.append(r"\s*/\s*".join(re.escape(x) for x in w.split("/")))
    return r"\s+".join(parts)


def _compiled(ctx: Context) -> dict:
    def build():
        lex = _lex(ctx)
        generic = "|".join(sorted((_phrase_rx(p) for p in lex["generic_greetings"]), key=len, reverse=True))
        words = "|".join(sorted((_phrase_rx(p) for p in lex["greeting_words"]), key=len, reverse=True))
        titles = "|".join(re.escape(t) for t in lex["titles"])
        scripted = "|".join(sorted((_phrase_rx(p) for p in lex["scripted_lines"]), key=len, reverse=True))
        groups: dict[str, set[str]] = {}
        for canon, nicks in lex.get("nicknames", {}).items():
            names = {canon.lower(), *(n.lower() for n in nicks)}
            for n in names:
                groups.setdefault(n, set()).update(names)
        return {
            # Built here from escaped words in one alternation: cannot backtrack badly.
            "generic": compile_regex(rf"^[ \t]*(?:{generic})[ \t]*(?=[,!:.;\-\u2013\u2014]|[ \t]*$)",
                                     "personalization.generic_greetings", re.I | re.M, trusted=True),
            "named": compile_regex(
                rf"^[ \t]*(?i:{words})[ \t,]+(?:(?i:{titles})\.?[ \t]+)?(?P<name>{_NAME})(?:[ \t]+(?P<last>{_NAME}))?"
                rf"(?:[ \t]*(?:,|and|&)[ \t]*(?P<name2>{_NAME}))?[ \t]*(?=[,!:.;\-\u2013\u2014]|$)",
                "personalization.greeting_words", re.M, trusted=True),
            "named_i": compile_regex(rf"^[ \t]*(?:{words})\b", "personalization.greeting_words", re.I | re.M, trusted=True),
            "scripted": compile_regex(rf"\b(?:{scripted})\b", "personalization.scripted_lines", re.I, trusted=True),
            "not_names": frozenset(w.lower() for w in lex["not_names"]),
            "titles": frozenset(t.lower() for t in lex["titles"]),
            "roles": frozenset(r.lower() for r in lex["role_mailboxes"]),
            "nicknames": groups,
        }
    return ctx.compiled(("personalization", "compiled"), build)


def _top_lines(text: str, start: int, end: int, n: int = GREETING_LINES) -> tuple[int, int]:
    """The span covering the first ``n`` non-empty lines of text[start:end]."""
    pos, seen = start, 0
    while pos < end and seen < n:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip():
            seen += 1
        pos = stop + 1
    return start, min(pos, end)


def _body_top(ctx: Context) -> tuple[int, int] | None:
    bodies = ctx.draft.spans(BODY)
    if not bodies and not ctx.draft.segments:
        return _top_lines(ctx.draft.masked, 0, len(ctx.draft.masked))
    for seg in bodies:
        if ctx.draft.masked[seg.start:seg.end].strip():
            return _top_lines(ctx.draft.masked, seg.start, seg.end)
    return None


def _name_words(display: str) -> list[str]:
    """Words of a display name, "Baker, Tom" and "Tom Baker" alike."""
    return [w for w in re.split(r"[\s,.\"'()]+", display) if len(w) >= 2 and w.isalpha()]


def _address_names(c: dict, display: str, addr: str) -> set[str]:
    """Lower-case names one recipient goes by: the display name's words, else the parts of
    a ``first.last@`` address that is not a role address (empty when neither says)."""
    words = _name_words(display)
    if words and "@" not in display:
        return {w.lower() for w in words}
    local = addr.split("@", 1)[0].lower()
    parts = [p for p in re.split(r"[._\-]+", local) if p]
    # "network.manager@", "bookings.team@": a role, whichever part names it.
    if (local not in c["roles"] and not any(p in c["roles"] for p in parts) and len(parts) >= 2
            and all(p.isalpha() for p in parts) and len(parts[0]) >= 2):
        return set(parts)
    return set()


def recipient_names(ctx: Context) -> set[str]:
    """Lower-case names the reader is known by (empty when nothing says)."""
    def build() -> set[str]:
        c = _compiled(ctx)
        names: set[str] = set()
        for display, addr in getaddresses(ctx.draft.recipients):
            names.update(_address_names(c, display, addr))
        for seg in ctx.draft.spans(QUOTED):
            if seg.by_recipient and seg.author:
                display = getaddresses([seg.author])[0][0] or seg.author.split("<", 1)[0]
                names.update(w.lower() for w in _name_words(display) if "@" not in w)
            elif seg.by_recipient is False:
                # A quoted message written to the recipient greets them by name.
                a, b = _top_lines(ctx.draft.masked, seg.start, seg.end, 4)
                for m in c["named"].finditer(ctx.draft.masked, a, b):
                    if m.group("name").lower() not in c["not_names"]:
                        names.add(m.group("name").lower())
        return names
    return ctx.memo(("personalization", "names"), build)


def _same_person(name: str, known: set[str], c: dict) -> bool:
    name = name.lower()
    if name in known:
        return True
    forms = c["nicknames"].get(name, set())
    if forms & known:
        return True
    # "Hi Chris" to Christopher / Christina: a prefix of three letters or more.
    return any(len(name) >= 3 and (k.startswith(name) or name.startswith(k) and len(k) >= 3) for k in known)


@register
class GenericGreeting(Rule):
    """## What it does
    Flags a greeting that names nobody at the top of the draft: "Dear Customer",
    "Dear Sir/Madam", "To whom it may concern", "Hi there", "Valued client".

    It is a warning when the reader's name is known (the To: display name, a
    ``first.last@`` address, the name on their quoted message, or the greeting a quoted
    message to them used), and info otherwise: sometimes you really do not know it.

    ## Why it matters
    A client who has written to you by name and gets "Dear Customer" back reads a form
    letter: nobody looked at their message.  Using their name is the cheapest sign that
    a person is answering.

    ## Example
    To: Tom Baker <tom@acme.example>

        Dear Customer,
        Thank you for your message.

    ## Use instead
        Hi Tom,
        Thank you for your message.
    """

    code = "PRS001"
    name = "generic-greeting"
    category = "personalization"
    severity = Severity.WARNING
    message = "generic greeting: the reader's name is known"
    suggestion = "greet the reader by name"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        top = _body_top(ctx)
        if top is None:
            return
        c = _compiled(ctx)
        m = c["generic"].search(ctx.draft.masked, *top)
        if not m:
            return
        s = m.start() + len(m.group()) - len(m.group().lstrip())
        names = recipient_names(ctx)
        if names:
            first = sorted(names)[0]
            yield Hit(s, m.end(), match=("personalization.generic_greetings", m.group().strip().lower()),
                      suggestion=f"greet the reader by name (the draft knows it, e.g. {first.title()!r})")
        else:
            yield Hit(s, m.end(), severity=Severity.INFO,
                      message="generic greeting: use the reader's name if you know it",
                      match=("personalization.generic_greetings", m.group().strip().lower()))


@register
class GreetingWrongName(Rule):
    """## What it does
    Flags a greeting to a name that is not the recipient's: "Hi Sarah" in a draft to
    ``Tom Baker <tom@acme.example>`` or to ``tom.baker@acme.example``.  Nicknames count
    as the same name ("Bob" for Robert, "Liz" for Elizabeth; the table is
    ``[personalization.nicknames]`` in the lexicon, which a user lexicon extends), as do
    the recipient's last name ("Dear Ms Baker") and a shortened form ("Chris" for
    Christopher).  It says nothing when the draft does not tell who the reader is: no
    display name, a role address (``support@``, ``network.manager@``), or a one-word
    address (``tbaker@``); nor when the greeting names the recipient beside someone else
    ("Hi Priya and Ollie" to Priya: a partner or colleague greeted with them).

    ## Why it matters
    A greeting to the wrong person is the classic sign of a copied reply.  The client
    learns that they got someone else's answer, and may wonder what else was copied.

    ## Example
    To: Tom Baker <tom@acme.example>

        Hi Sarah,

    ## Use instead
        Hi Tom,
    """

    code = "PRS002"
    name = "greeting-wrong-name"
    category = "personalization"
    severity = Severity.WARNING
    message = "greeting names someone who is not a recipient"
    suggestion = "check who this goes to; greet the recipient by their name"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        if not ctx.draft.recipients:
            return
        top = _body_top(ctx)
        if top is None:
            return
        c = _compiled(ctx)
        m = c["named"].search(ctx.draft.masked, *top)
        if not m:
            return
        names = [m.group("name")] + ([m.group("name2")] if m.group("name2") else [])
        names = [n for n in names if n.lower() not in c["not_names"] and n.lower() not in c["titles"]]
        if not names or (m.group("last") and m.group("last").lower() in c["not_names"]):
            return  # "Hi Acme Team": a company's team, not a person
        known = self._known(ctx)
        if not known:
            return
        last = m.group("last")
        if any(_same_person(n, known, c) for n in names) or (last and _same_person(last, known, c)):
            return  # "Hi Priya and Ollie" to Priya: the other is greeted beside the reader
        for i, n in enumerate(names):
            start = m.start("name") if i == 0 else m.start("name2")
            end = (m.end("last") if last else m.end("name")) if i == 0 else m.end("name2")
            who = ", ".join(sorted(w.title() for w in known))
            yield Hit(start, end, message=f"greeting names {n!r}, but the recipient is known as {who}",
                      edits=())

    def _known(self, ctx: Context) -> set[str]:
        # Only the recipients' own names: a quoted greeting is too weak to accuse a draft.
        c = _compiled(ctx)
        names: set[str] = set()
        for display, addr in getaddresses(ctx.draft.recipients):
            found = _address_names(c, display, addr)
            if not found and addr:
                return set()  # one reader we cannot name: no evidence the greeting is wrong
            names.update(found)
        return names


_CLOSING_LINE = re.compile(
    r"^\s*(?:(?:kind(?:est)?|best|warm(?:est)?|many)\s+(?:regards|wishes|thanks)|regards|best|cheers|thanks(?:\s+again)?|"
    r"thank\s+you|sincerely|yours(?:\s+(?:sincerely|truly|faithfully))?|all\s+the\s+best|take\s+care)\b[\s,.!]*$",
    re.I)


@register
class ScriptedLine(Rule):
    """## What it does
    Flags a stock scripted line ("your call is important to us", "we value your
    business", "we apologize for any inconvenience caused") when it is the whole
    message or its whole closing: the last sentence of the new text before the sign-off.
    The same line inside a reply that says something specific is left alone.

    ## Why it matters
    Clients recognise call-centre scripts.  A message that is only a script, or that ends
    on one instead of on what happens next, reads as if nobody dealt with them.

    ## Example
        Thank you for reaching out. We value your business.

    ## Use instead
        Thank you for reaching out. I have refunded the duplicate charge; you will see it
        on your statement within five working days.
    """

    code = "PRS003"
    name = "scripted-line"
    category = "personalization"
    severity = Severity.WARNING
    message = "stock scripted line as the closing of the message"
    suggestion = "end with something specific to this client: what you did, or what happens next and when"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        text = ctx.draft.masked
        rx = _compiled(ctx)["scripted"]
        if not rx.search(text):
            return
        sents = []
        for sent in ctx.sentences(NEW_TEXT):
            st = sent.text.strip()
            if _CLOSING_LINE.match(st) or len(st.split()) <= 2:
                continue  # sign-off or name
            if _compiled(ctx)["named_i"].match(st) and len(st.split()) <= 4:
                continue  # greeting
            sents.append(sent)
        if not sents:
            return
        last = sents[-1]
        m = rx.search(text, last.start_char, last.end_char)
        if m:
            whole = len(sents) == 1 or all(rx.search(text, s.start_char, s.end_char) for s in sents)
            yield Hit(m.start(), m.end(),
                      message="stock scripted line as the whole message" if whole else None)
