"""Follow-up rules: say when the client will hear from you.

A promise to come back ("I'll get back to you", "we'll look into it") or a vague time
("shortly", "in due course", "ASAP") in a sentence where someone on our side commits to
something, with no concrete time or trigger in that sentence.  Every pattern is a
regular expression in ``lexicons/followup.toml``.
"""
from __future__ import annotations

from ..findings import Severity
from ..patterns import compile_regex
from . import NEW_TEXT, Context, Hit, Rule, register


def _compiled(ctx: Context) -> dict:
    def build():
        lex = ctx.lexicons.get("followup")
        # Each pattern compiled on its own: a user's pattern runs on RE2 and is never
        # joined into a Python alternation.
        return {key: [compile_regex(p, f"followup.{key}[{i}]") for i, p in enumerate(lex[key])]
                for key in ("future", "promises", "vague", "concrete", "not_promises")}
    return ctx.compiled(("followup", "compiled"), build)


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
    "within two hours", "tomorrow", "once the engineers have restarted it".  So are
    questions, hopes and conditions ("I hope we meet soon", "I'll let you know if
    anything changes"), needs of our own ("we will need to ... soon") and a social
    "talk to you soon".

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
    severity = Severity.WARNING
    message = "promise to follow up with no time"
    suggestion = "say when: 'by Friday noon', 'within two hours', 'tomorrow morning'"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        c = _compiled(ctx)
        for sent in ctx.sentences(NEW_TEXT):
            text = sent.text
            if text.rstrip().endswith("?"):
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
