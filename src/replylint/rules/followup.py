"""Follow-up rules: say when the client will hear from you.

FUP001: a promise to come back ("I'll get back to you", "we'll look into it") or a vague
time ("shortly", "in due course", "ASAP") in a sentence where someone on our side commits
to something, with no concrete time or trigger in that sentence.

FUP002: a reply to the client's question made only of sentences that answer nothing and
say nothing about what happens next (thanks, sympathy, "I've passed this to the team").

Every pattern is a regular expression in ``lexicons/followup.toml``.
"""
from __future__ import annotations

import re

from ..draft.model import QUOTED
from ..findings import Severity
from ..patterns import compile_regex
from . import NEW_TEXT, Context, Hit, Rule, register


def _compiled(ctx: Context) -> dict:
    def build():
        lex = ctx.lexicons.get("followup")
        # Each pattern compiled on its own: a user's pattern runs on RE2 and is never
        # joined into a Python alternation.
        out = {key: [compile_regex(p, f"followup.{key}[{i}]") for i, p in enumerate(lex[key])]
               for key in ("future", "promises", "vague", "concrete", "not_promises",
                           "client_requests", "social_questions", "says_nothing")}
        out["either"] = _any_of(out["vague"] + out["promises"])
        return out
    return ctx.compiled(("followup", "compiled"), build)


def _any_of(rxs: list):
    """One Python regex that matches where any of ``rxs`` does: most sentences promise
    nothing, and one search says so for all of them.  None when a pattern is not ours
    (a user's RE2 pattern is never joined into a Python alternation) or flags differ."""
    if not rxs or not all(isinstance(rx, re.Pattern) and rx.flags == rxs[0].flags for rx in rxs):
        return None
    try:
        return re.compile("|".join(f"(?:{rx.pattern})" for rx in rxs), rxs[0].flags)
    except re.error:  # e.g. the same group name twice
        return None


def _first(rxs, text: str):
    best = None
    for rx in rxs:
        m = rx.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


@register
class VagueFollowUp(Rule):
    """## What it does
    Flags a promise to come back that gives no time: "I'll get back to you soon", "we'll
    look into it", "you'll hear from us shortly", "in due course", "ASAP".  A sentence
    that names a time or a trigger is left alone: "I'll get back to you by Friday noon",
    "within two hours", "tomorrow", "once the engineers have restarted it", "until the
    transfer clears", "two days before you arrive", a step in a sequence ("the parts are
    on order, then we'll fit them and let you know").  So are
    questions, hopes and conditions ("I hope we meet soon", "I'll let you know if
    anything changes"), needs of our own ("we will need to ... soon") and a social
    "talk to you soon".

    Info by default: a nudge, never a blocker.  Its judged precision on real mail is
    high (every finding of the shared corpus is a promise with no time), but whether a
    missing time matters depends on what is promised: "I'll send a calendar invite
    shortly" or "we'll rearrange and let you know the new date" are fine to send, and
    three of the 162 clean drafts written blind in the seventh wave were blocked by such
    sentences and nothing else.  Raise it with ``severity`` where your team promises
    response times (``[tool.replylint.severity] FUP001 = "warning"``).

    ## Why it matters
    "Soon" means an hour to one person and a week to another.  A client without a time
    chases you, or waits and grows angry; a time you give sets what they expect and
    tells them when to worry.

    ## Example
        We'll look into it and get back to you shortly.

    ## Use instead
        We'll look into it and get back to you by 3pm tomorrow (CET).
    """

    code = "FUP001"
    name = "vague-follow-up"
    category = "followup"
    severity = Severity.INFO
    message = "promise to follow up with no time"
    suggestion = "say when: 'by Friday noon', 'within two hours', 'tomorrow morning'"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        c = _compiled(ctx)
        for sent in ctx.sentences(NEW_TEXT):
            text = ctx.text_of(sent)
            if text.rstrip().endswith("?"):
                continue
            if c["either"] is not None and c["either"].search(text) is None:
                continue
            vague = _first(c["vague"], text)
            promise = _first(c["promises"], text)
            if vague is None and promise is None:
                continue
            if _first(c["future"], text) is None:
                continue
            if _first(c["concrete"], text) is not None or _first(c["not_promises"], text) is not None:
                continue
            m = vague or promise
            yield Hit(sent.start_char + m.start(), sent.start_char + m.end(),
                      message="vague time for a follow-up" if vague else None,
                      match=("followup.vague" if vague else "followup.promises", m.group().lower()))


# Lines that start an older message inside the client's quoted one: where it ends.
_OLDER = re.compile(r"^(?:On\b.{0,200}\bwrote:\s*$|-{2,}\s*(?:Original|Forwarded)\s+Message|From:\s|Sent:\s|Date:\s)", re.I)
_ATTRIBUTION = re.compile(r"^(?:On\b.{0,200}\bwrote:\s*$|.{0,120}\bwrote:\s*$|-{2,}\s*Original\s+Message|(?:From|Sent|To|Cc|Subject|Date):\s)", re.I)
# The client's sign-off or signature delimiter: what follows ("Questions? Call us") is not asked.
_SIGN_OFF = re.compile(r"^(?:--\s*$|(?:many\s+thanks|thanks(?:\s+again)?|thank\s+you|best(?:\s+regards|\s+wishes)?|(?:kind|warm|warmest)\s+regards|regards|cheers|sincerely|yours(?:\s+sincerely|\s+truly)?)\s*[,!.]?\s*$)", re.I)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n\s*\n")
_GREETING = re.compile(r"^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|greetings)\b[^,\n!.?]{0,40}[,!.]?\s*", re.I)
_NAME_ONLY = re.compile(r"^[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s*[,!.]?$")


def _client_message(draft) -> str:
    """The client's latest message: the first quoted block they wrote (its own lines, not
    the older messages quoted inside it), else the message given with ``in_reply_to``."""
    for seg in draft.segments:
        if seg.kind != QUOTED or seg.by_recipient is False or seg.forwarded:
            continue
        lines, depth, started = [], None, False
        for raw in draft.text[seg.start:seg.end].split("\n"):
            stripped = raw.lstrip()
            level = len(stripped) - len(stripped.lstrip(">"))
            line = stripped.lstrip("> \t")
            if not started:
                if not line or _ATTRIBUTION.match(line):
                    continue
                started, depth = True, level
            elif level > depth or _OLDER.match(line) or _SIGN_OFF.match(line):
                break                                     # older history, or their signature
            lines.append(line)
        return "\n".join(lines)
    return draft.in_reply_to or ""


def _sentences(text: str) -> list[str]:
    out = []
    for para in _SENTENCE_END.split(text):
        s = " ".join(para.split())
        if s:
            out.append(s)
    return out


def client_questions(ctx: Context) -> list[str]:
    """What the client's latest message asks: a sentence ending in "?" that is not small
    talk, or a request written without one ("Could you send ...", "Please let me know ...")."""
    c = _compiled(ctx)
    asked = []
    for s in _sentences(_client_message(ctx.draft).replace("\u2019", "'")):
        greeting = _GREETING.match(s)
        s = s[greeting.end():] if greeting else s
        if len(s) < 6 or any(rx.search(s) for rx in c["social_questions"]):
            continue
        if s.endswith("?") or any(rx.search(s) for rx in c["client_requests"]):
            asked.append(s)
    return asked


@register
class ReplyWithNoNextStep(Rule):
    """## What it does
    Flags a reply to a client who asked something ("When will my refund arrive?",
    "Could you send the invoice again?") when the new text holds nothing but thanks,
    sympathy and hand-offs: "Thanks for your email.  I'm sorry for the trouble.  I've
    passed this on to our billing team."  The client's question is read from their
    quoted message (the latest one, not older history) or from the message given with
    ``--in-reply-to`` / ``in_reply_to=``.

    To stay reliable it flags only a reply in which *every* sentence is one of those
    (``says_nothing`` in ``lexicons/followup.toml``).  One sentence of anything else and
    it is quiet: an answer ("Yes, the invoice was paid on 3 May."), "Thanks, done.", a
    question back, a next step ("I'll send it by Friday" -- a vague "we'll look into it"
    is FUP001's), a date, a link, an attachment.  Small talk ("How are you?") is not a
    question to answer.  In an inline reply the answers written between the client's
    quoted lines are new text like any other.  Info: a nudge, never a blocker.

    ## Why it matters
    A client who asked a question and got back "thanks, we've passed it on" still does
    not know what happens next, or when.  They write again, or call, and the second
    contact is angrier than the first.

    ## Example
        Thanks for your email. I've passed this on to our billing team.

        > When will my refund be processed?

    ## Use instead
        Your refund was approved today and reaches your card within 5 working days.
        (or: Our billing team has your refund; I'll confirm the date by Thursday noon.)
    """

    code = "FUP002"
    name = "reply-with-no-next-step"
    category = "followup"
    severity = Severity.INFO
    message = "reply to the client's question that neither answers it nor says what happens next"
    suggestion = "answer it, or say who does what by when: 'I'll send the corrected invoice by Friday noon'"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        draft = ctx.draft
        if not draft.in_reply_to and not any(s.kind == QUOTED for s in draft.segments):
            return
        says_nothing = _compiled(ctx)["says_nothing"]
        last = None
        for n, sent in enumerate(ctx.sentences(NEW_TEXT)):
            text = sent.text.replace("\u2019", "'")
            lead = len(text) - len(text.lstrip())
            body = " ".join(text.split())
            greeting = _GREETING.match(body)
            if greeting:
                body = body[greeting.end():]
            elif n == 0 and _NAME_ONLY.match(body):
                continue                                  # "Tom," on its own line
            if body.endswith("?"):
                return                                    # a question back
            core = body.rstrip(" .!\u2026")
            if not core:
                continue
            if not any(rx.fullmatch(core) for rx in says_nothing):
                return                                    # it says something
            last = (sent.start_char + lead, sent.start_char + len(text.rstrip()))
        if last is None:
            return
        asked = client_questions(ctx)
        if not asked:
            return
        q = asked[0] if len(asked[0]) <= 60 else asked[0][:57].rstrip() + "..."
        more = f" (and {len(asked) - 1} more)" if len(asked) > 1 else ""
        yield Hit(*last, message=f"the client asked '{q}'{more}; this reply neither answers it nor says what happens next")
