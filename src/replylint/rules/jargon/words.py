"""Words the client may not know: buzzwords (JRG001), unexplained acronyms (JRG002),
trade terms (JRG003) and internal names (JRG004)."""
from __future__ import annotations

import re

from ...draft.model import BODY
from ...findings import Severity
from .. import NEW_TEXT, Context, Hit, Rule, register
from .._jargon_lex import (
    ACRONYM_RE,
    acronym_base,
    acronym_word,
    after_greeting,
    after_number,
    analyse,
    char_span,
    explained,
    internal_matcher,
    is_acronym_shape,
    raise_for_audience,
    selected_domains,
    shouted,
    used_as,
)
from .names import (
    _AMPERSAND_BEFORE,
    _AMPERSAND_NAME,
    _CODE_BEFORE,
    _ROMAN,
    _alone_on_its_line,
    _in_a_name,
    _in_a_table,
    listed_with_a_name,
    named,
)


def _normalised(text: str) -> str:
    return " ".join(text.lower().split())


_PLAIN_WORDS = re.compile(r"[A-Za-z][A-Za-z' -]*")


def plain_replacement(matched: str, phrase: str, suggestion: str) -> str | None:
    """The plain word to put in place of ``matched``, when it can be put there as is.

    The suggestion's first alternative ("use" of "use / rely on"), without its advice in
    brackets, and only for a match in the entry's own form ("leverage", not "leveraging":
    "use" would need inflecting, which a dictionary of plain words does not know).
    """
    if any(c in phrase for c in "|?_=") or _normalised(matched.replace("-", " ")) != _normalised(phrase.replace("-", " ")):
        return None
    plain = re.sub(r"\([^)]*\)", "", suggestion.split(" / ")[0]).strip()
    if not plain or not _PLAIN_WORDS.fullmatch(plain) or len(plain.split()) > 4:
        return None
    return plain[0].upper() + plain[1:] if matched[:1].isupper() else plain


def buzzwords_in(ctx: Context) -> list:
    """Buzzwords of the new text: (start, end, entry key, Entry, matched text), in order;
    not those the client used first, nor allowed ones, nor a word in its other use."""
    def build():
        an = analyse(ctx)
        lex, doc = an.lex, ctx.doc
        out = []
        for key, s, e in an.matches:
            entry = lex.entries.get(key)
            if entry is None or entry.kind != "buzz" or key in an.client_keys:
                continue
            start, end = char_span(doc, s, e)
            matched = ctx.draft.masked[start:end]
            if _normalised(matched) in an.allow or entry.phrase.lower() in an.allow:
                continue
            if entry.pos and not used_as(doc[s], entry.pos, ctx.pipeline.has_tagger):
                continue
            out.append((start, end, key, entry, matched))
        return out
    return ctx.memo(("jargon", "buzzwords"), build)


@register
class Buzzword(Rule):
    """## What it does
    Flags corporate buzzwords ("leverage", "synergies", "circle back", "move the needle",
    "low-hanging fruit", "deep dive", ...) in the new text, through inflections and small
    variations ("leveraging", "circled back", "low hanging fruit").  Words that are only
    buzzwords in one use are checked for it: "we'll leverage" is flagged, "your leverage
    ratio" is not.  Common office phrases ("reach out", "going forward") are reported as
    info.  A buzzword the client used in their own quoted message is not flagged, and the
    findings go up one level when the client says they are new to this.

    ## Why it matters
    Buzzwords stand in for content: the client has to guess what will actually be done,
    and many readers (and most non-native speakers) find them vague or off-putting.

    ## Example
    ```
    We'll leverage our synergies to move the needle and circle back next week.
    ```

    ## Use instead
    Say what will happen: "We'll use your existing booking data to cut no-shows, and
    I'll send the figures on Friday."  Each finding suggests a plain word.
    """

    code = "JRG001"
    name = "buzzword"
    category = "jargon"
    severity = Severity.WARNING
    message = "buzzword"
    suggestion = "say it plainly"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        an = analyse(ctx)
        for start, end, key, entry, matched in buzzwords_in(ctx):
            level, msg = raise_for_audience(entry.level, an, f"buzzword '{matched}'")
            plain = plain_replacement(matched, entry.phrase, entry.suggestion)
            yield Hit(start, end, message=msg, suggestion=f"say it plainly: {entry.suggestion}", severity=level,
                      edits=((start, end, plain),) if plain else (),
                      match=(f"jargon.{key.split(':')[1]}", entry.phrase))


@register
class UnexplainedAcronym(Rule):
    """## What it does
    Flags an acronym (an all-capitals term such as "SLA", "PNR", "GPO", or "PoP") in the
    new text that the client may not know, once, at its first use.  It is not flagged when:
    the draft spells it out anywhere, before or after ("service level agreement (SLA)",
    "SLA (service level agreement)", "SLA stands for ..."); it is on the list of acronyms
    every reader knows (PDF, FAQ, CEO, USA, ID, UK, VAT, ...: `lexicons/acronyms.toml`)
    or in `jargon-allow`; the client used it in their own quoted message or in the
    subject they wrote ("Re: SAML or OIDC?"); or it belongs to a trade domain the reader
    knows: one switched off with `jargon-domains`, one the client's own message (or reply
    subject) uses two or more terms of (a technical question gets a technical answer), or
    IT when the draft itself carries shell commands or program code (an import, an
    assignment from a call, a dotted call, a line of JSON, a pasted key, environment
    setting, log line or traceback).  An acronym on no list is the reader's own trade
    shorthand when the reader knows a domain, and one inside a proper name ("Silver
    Choice QHP", "Dental QHP Plus") is part of the name, as is one that stands anywhere in
    the draft where only a name can: owning something ("AEP's traders"), called, met or
    heard from ("I called LADWP"), or listed with a capitalised name ("Sonat or GTC").
    Capitals used
    for emphasis ("DO NOT SHARE"), reference codes ("CHG-4471"), units after a number
    ("2 TB") and Roman numerals are not acronyms.

    A lone unexplained acronym is reported as info; from `jargon-acronym-warn-count`
    (default 2) in one draft they are warnings, and one level higher when the client says
    they are new to this.

    ## Why it matters
    Shorthand that is obvious inside the company is noise to the client: they cannot act
    on a message they cannot decode, and a string of acronyms reads as "not written for you".

    ## Example
    ```
    Your PNR is live in the GDS and the OSI is in.
    ```

    ## Use instead
    Spell it out or say what it means: "Your booking is confirmed (reference ABC123) and
    the airline has your honeymoon request."
    """

    code = "JRG002"
    name = "unexplained-acronym"
    category = "jargon"
    severity = Severity.WARNING
    message = "unexplained acronym"
    suggestion = "spell it out the first time, e.g. 'service level agreement (SLA)', or use plain words"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        unexplained = unexplained_acronyms(ctx)
        if not unexplained:
            return
        an = analyse(ctx)
        level = Severity.WARNING if len(unexplained) >= ctx.option("jargon-acronym-warn-count") else Severity.INFO
        for start, end, base, info in unexplained:
            msg = f"unexplained acronym '{base}'"
            if len(unexplained) > 1:
                msg += f" ({len(unexplained)} in this draft)"
            lvl, msg = raise_for_audience(level, an, msg)
            sugg = self.suggestion
            if info:
                sugg = f"spell it out or say what it means: {info[0][1]}"
            yield Hit(start, end, message=msg, suggestion=sugg, severity=lvl)


def unexplained_acronyms(ctx: Context) -> list:
    """Unexplained acronyms of the new text, each at its first use: (start, end, base,
    [(domain, explanation)]), in order.  What JRG002 reports and JRG008 counts."""
    def build():
        an = analyse(ctx)
        lex = an.lex
        draft = ctx.draft
        text = draft.masked
        selected = selected_domains(ctx, lex)
        # Worked out at the first acronym that gets as far as needing them.
        domains = term_spans = None
        whole = text
        found: dict[str, tuple[int, int, str]] = {}
        for seg in draft.spans(BODY):
            for m in ACRONYM_RE.finditer(text, seg.start, seg.end):
                word = m.group(1)
                if not is_acronym_shape(word):
                    continue
                base = acronym_base(word)
                key = base.upper()
                if key in found or key in lex.known or base.lower() in an.allow or word.lower() in an.allow:
                    continue
                if _ROMAN.fullmatch(base):               # Part II, Henry VIII
                    continue
                if key in lex.units and after_number(m, text):
                    continue
                if _CODE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    continue                             # part of a code: "NL91 ABNA ..."
                if shouted(m, text, lex) or after_greeting(m, text):
                    continue
                if _in_a_name(m, text) or _AMPERSAND_NAME.match(text, m.end()) or _AMPERSAND_BEFORE.search(
                        text, max(0, m.start() - 6), m.start()):
                    continue                             # "Blue Meadow PPO", "PG & E": a name
                if named(base, text) or listed_with_a_name(base, text):
                    continue                             # "AEP's traders", "called LADWP": a name
                if _alone_on_its_line(text, m.start(), m.end()):
                    continue                             # sign-off initials ("SS") or a heading
                if _in_a_table(text, m.start()):
                    continue                             # a ticker or code in a table row
                if term_spans is None:
                    term_spans = _term_spans(ctx, lex, an, selected)
                    domains = selected - an.reader_domains
                info = lex.acronym_info.get(key, [])
                if info and all(d is not None and d not in domains for d, _ in info):
                    continue                             # a domain the reader knows
                if not info and an.reader_domains:
                    continue                             # unlisted: shorthand of the reader's own trade
                if any(s <= m.start() < e for s, e in term_spans):
                    continue                             # part of a trade term already reported
                found[key] = (m.start(), m.end(), base)
        if not found:
            return []
        client = an.client_text
        unexplained = []
        for key, (start, end, base) in found.items():
            info = [(d, x) for d, x in lex.acronym_info.get(key, []) if d is None or d in domains]
            expansions = [x.split(":")[0].strip().lower() for _, x in info if ":" in x]
            if explained(base, whole, expansions):
                continue
            if client and acronym_word(base).search(client):
                continue                                 # the client's own word
            unexplained.append((start, end, base, info))
        return sorted(unexplained)
    return ctx.memo(("jargon", "acronyms"), build)


def _term_spans(ctx, lex, an, domains) -> list[tuple[int, int]]:
    out = []
    for key, s, e in an.matches:
        entry = lex.entries.get(key)
        if entry is not None and entry.kind == "term" and entry.domain in domains:
            out.append(char_span(ctx.doc, s, e))
    return out


# Text right after a term that explains it: "(...)", ", which means", " - the point
# at which", " is when ...", "i.e.", "(also called ...)".
_EXPLAINED_AFTER = re.compile(
    r"""^["'”’]?\s*(?:
        \(\s*[a-z] |
        ,?\s*(?:which|that)\s+(?:means|is|are)\b |
        \s*(?:[-–—:])\s+(?:the|a|an|when|where|what|how|that|this|it|i\.e\.|in plain|meaning)\b |
        ,?\s*(?:i\.e\.|e\.g\.|meaning|or\s+in\s+other\s+words|in\s+other\s+words|also\s+called|also\s+known\s+as|known\s+as|put\s+simply|in\s+plain\s+terms)\b |
        \s+(?:is|are|means|refers\s+to)\s+(?:the|a|an|when|where|what|how|that|just|simply|basically|essentially|our|your)\b
    )""",
    re.X | re.I,
)
_EXPLAINED_BEFORE = re.compile(r"(?:called|known as|so-called|what we call|term|word|phrase|means? by)\s*[\"'“‘]?\s*$", re.I)
_EXPLAINS_NEXT = re.compile(r"^\s*(?:in plain (?:terms|english)|in other words|put simply|simply put|that means|this means|in short|basically)\b", re.I)


def _explained_nearby(text: str, start: int, end: int) -> bool:
    if _EXPLAINED_AFTER.match(text[end : end + 80]):
        return True
    if _EXPLAINED_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    # The next sentence starts "In plain terms, ..." / "That means ...".
    rest = text[end : end + 400]
    m = re.search(r"[.!?]\s+", rest)
    return bool(m and _EXPLAINS_NEXT.match(rest[m.end() :]))


# A capitalised term naming a team or department ("Underwriting Team", "Claims
# Department" in a sign-off) is the unit's name, not the trade term used at the reader.
_UNIT_AFTER = re.compile(r"[ \t]+(?:Team|Department|Dept\b|Desk|Unit|Division|Office|Section|Centre|Center)\b")


def unexplained_terms(ctx: Context) -> list:
    """Trade terms of the new text left unexplained, each once: (start, end, Entry).
    What JRG003 reports and JRG008 counts."""
    def build():
        an = analyse(ctx)
        lex = an.lex
        text = ctx.draft.masked
        domains = selected_domains(ctx, lex)
        seen: set[str] = set()
        out = []
        for key, s, e in an.matches:
            entry = lex.entries.get(key)
            if entry is None or entry.kind != "term" or entry.domain not in domains:
                continue
            if entry.domain in an.reader_domains:
                continue
            start, end = char_span(ctx.doc, s, e)
            if key in an.client_keys or entry.phrase in seen:
                continue
            phrase_text = _normalised(text[start:end])
            if phrase_text in an.allow or entry.phrase.lower() in an.allow:
                continue
            if an.client_text and phrase_text in _normalised(an.client_text):
                continue
            seen.add(entry.phrase)
            if _explained_nearby(text, start, end):
                continue
            if text[start:start + 1].isupper() and _UNIT_AFTER.match(text, end):
                seen.discard(entry.phrase)                # "Underwriting Team": a team's name
                continue
            out.append((start, end, entry))
        return out
    return ctx.memo(("jargon", "terms"), build)


@register
class TradeTerm(Rule):
    """## What it does
    Flags technical and trade terms a lay client is unlikely to know (IT: "cron job",
    "exponential backoff", "DNS propagation"; payments: "MT103", "correspondent charges";
    investing: "factor tilt"; insurance: "subrogation", "betterment"; freight: "bill of
    lading", "demurrage"; travel: "fare basis", "non-endo"; legal: "notwithstanding",
    "without prejudice"; and more) when they are used without an explanation nearby
    ("... (the fee other banks take)", "..., which means ...", "... is when ...", or a
    next sentence starting "In plain terms").  Each finding suggests a plain explanation,
    once per term.  Terms the client used in their own quoted message or reply subject are
    not flagged, nor are terms of a domain the reader evidently knows (see JRG002: the
    client writes in its terms, or the reply carries code), nor a capitalised term that
    names a team or department ("Underwriting Team" in a sign-off).  Choose the domains
    that matter for your readers with `jargon-domains` (default: all, because the usual
    reader of a client email is not a specialist; narrow it for specialist readers).

    ## Why it matters
    A term that is everyday language inside the trade leaves a householder guessing, and
    a guessing client phones back, misreads a deadline, or loses trust.

    ## Example
    ```
    Your insurer will pursue subrogation, and betterment applies to the new roof.
    ```

    ## Use instead
    "Your insurer will try to recover the cost from the builder. Because the new roof
    leaves you better off than before, part of its cost is yours."
    """

    code = "JRG003"
    name = "trade-term"
    category = "jargon"
    severity = Severity.WARNING
    message = "trade term without an explanation"
    suggestion = "explain it in plain words the first time"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        an = analyse(ctx)
        text = ctx.draft.masked
        for start, end, entry in unexplained_terms(ctx):
            level, msg = raise_for_audience(
                Severity.WARNING, an, f"{entry.domain} term '{text[start:end]}' used without an explanation"
            )
            yield Hit(start, end, message=msg, suggestion=f"explain it: {entry.suggestion}", severity=level)


@register
class InternalTerm(Rule):
    """## What it does
    Flags internal project code names and tool names listed in the `internal-terms`
    config key (for example `internal-terms = ["Project Falcon", "Kibana", "OpsHub"]`)
    when they appear in the new text, any case.

    ## Why it matters
    Names that everyone in the office knows mean nothing to the client, and some of them
    (code names, internal systems) are better not shared at all.

    ## Example
    ```
    The fix is in OpsHub and will ship with Project Falcon.
    ```

    ## Use instead
    "The fix is logged on our side and will be in the next update, due on 3 June."
    """

    code = "JRG004"
    name = "internal-term"
    category = "jargon"
    severity = Severity.WARNING
    message = "internal name the client will not know"
    suggestion = "describe what it is ('our ticketing system') or leave it out"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        if not ctx.option("internal-terms"):
            return
        an = analyse(ctx)
        doc = ctx.doc
        seen = set()
        for _, s, e in sorted(internal_matcher(ctx)(doc), key=lambda m: (m[1], -m[2])):
            start, end = char_span(doc, s, e)
            if not ctx.in_parts(start, self.parts):
                continue
            name = _normalised(ctx.draft.masked[start:end])
            if name in seen:
                continue
            seen.add(name)
            level, msg = raise_for_audience(Severity.WARNING, an, f"internal name '{ctx.draft.masked[start:end]}'")
            yield Hit(start, end, message=msg, severity=level)
