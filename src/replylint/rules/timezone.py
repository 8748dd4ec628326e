"""Time and culture rules: a time with no zone, a date that reads two ways, an idiom
that does not travel.

Whether the reader is elsewhere comes from the addresses: a recipient whose domain
differs from the sender's.  A plain text draft has no sender, so TIM001 says nothing
there unless ``home-domains`` names the writer's own domains.  Patterns are in
``lexicons/timezone.toml``; idioms in ``lexicons/culture.toml``.
"""
from __future__ import annotations

import calendar
from email.utils import getaddresses, parseaddr

import re

from ..draft.model import QUOTED
from ..findings import Severity
from ..patterns import PhraseSet, compile_regex
from . import NEW_TEXT, Context, Hit, Rule, register, register_option


def _str(value):
    if not isinstance(value, str):
        raise ValueError("expected a string")
    return value.strip()


def _date_style(value):
    v = _str(value).lower()
    if v not in ("", "dmy", "mdy"):
        raise ValueError("date-style: use \"dmy\" (03/04 is 3 April), \"mdy\" (03/04 is March 4) or \"\"")
    return v


def _domains(value):
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError("home-domains: expected a list of domains, e.g. [\"ourco.example\"]")
    return [v.strip().lower().lstrip("@") for v in value]


register_option("home-time-zone", "", _str,
                "Your time zone (e.g. \"CET\", \"Europe/Berlin\"), offered in TIM001's suggestion.")
register_option("date-style", "", _date_style,
                "How you write numeric dates (\"dmy\" or \"mdy\"): TIM002 then spells out the date you meant.")
register_option("home-domains", [], _domains,
                "Your own mail domains: a recipient outside them is elsewhere (TIM001), when the draft has no From.")


def _compiled(ctx: Context) -> dict:
    def build():
        lex = ctx.lexicons.get("timezone")
        return {
            "times": [compile_regex(p, f"timezone.times[{i}]") for i, p in enumerate(lex["times"])],
            "zones": [compile_regex(p, f"timezone.zone_abbreviations[{i}]", 0)
                      for i, p in enumerate(lex["zone_abbreviations"])]
                     + [compile_regex(p, f"timezone.zones[{i}]") for i, p in enumerate(lex["zones"])],
            "date": compile_regex(lex["numeric_date"], "timezone.numeric_date"),
        }
    return ctx.compiled(("timezone", "compiled"), build)


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[-1].lower() if "@" in addr else ""


def recipient_elsewhere(ctx: Context) -> bool:
    home = set(ctx.option("home-domains"))
    sender = _domain(parseaddr(ctx.draft.sender or "")[1])
    if sender:
        home.add(sender)
    if not home:
        return False
    doms = {_domain(a) for _, a in getaddresses(ctx.draft.recipients)} - {""}
    return bool(doms - home)


@register
class TimeWithoutZone(Rule):
    """## What it does
    Flags a time of day with no time zone ("call at 3pm tomorrow", "by 15:30") in a draft
    to someone outside your own domain: the recipient's address is in another domain
    than the From address (or than ``home-domains``).  A zone in the same sentence
    ("3pm CET", "15:00 UTC", "3pm your time", "Europe/Berlin") is enough.

    ## Why it matters
    A client in another city reads "3pm" as their 3pm.  One of you misses the call, and
    it is the client who feels let down.

    ## Example
        Shall we talk at 3pm tomorrow?

    ## Use instead
        Shall we talk at 3pm CET (9am in New York) tomorrow?
    """

    code = "TIM001"
    name = "time-without-zone"
    category = "timezone"
    message = "time of day with no time zone, to a recipient elsewhere"
    suggestion = "add the time zone: '3pm CET', or give both: '3pm London / 10am New York'"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        if not ctx.draft.recipients or not recipient_elsewhere(ctx):
            return
        c = _compiled(ctx)
        zone = ctx.option("home-time-zone")
        for sent in ctx.sentences(NEW_TEXT):
            text = sent.text
            found = [m for rx in c["times"] for m in rx.finditer(text)]
            if not found:
                continue
            if any(rx.search(text) for rx in c["zones"]):
                continue
            m = min(found, key=lambda m: m.start())
            lead = 0
            if not m.group()[0].isdigit():  # "at 15:30": the time is the last word
                lead = len(m.group()) - len(m.group().split()[-1])
            s, e = sent.start_char + m.start() + lead, sent.start_char + m.end()
            shown = ctx.draft.text[s:e]
            yield Hit(s, e, suggestion=f"add the time zone: '{shown} {zone}'" if zone else None,
                      edits=((e, e, f" {zone}"),) if zone else ())


@register
class AmbiguousDate(Rule):
    """## What it does
    Flags a numeric date whose day and month could be swapped: "03/04/2026" is 3 April
    in London and March 4 in New York.  A date that reads one way only ("13/04/2026",
    "04/04/2026") and ISO dates ("2026-04-03") are left alone.  With ``date-style``
    ("dmy" or "mdy") set, the suggestion spells out the date you meant.

    ## Why it matters
    A client who reads a deadline or a delivery date a month off acts on it.  Writing
    the month as a word costs three letters.

    ## Example
        The renewal is due on 03/04/2026.

    ## Use instead
        The renewal is due on 3 April 2026 (or 2026-04-03).
    """

    code = "TIM002"
    name = "ambiguous-date"
    category = "timezone"
    message = "numeric date that reads two ways (day/month or month/day)"
    suggestion = "write the month as a word ('3 April 2026') or use ISO ('2026-04-03')"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        text = ctx.draft.masked
        if "/" not in text and "." not in text:
            return
        style = ctx.option("date-style")
        for m in _compiled(ctx)["date"].finditer(text):
            a, b = int(m.group(1)), int(m.group(3))
            if not (1 <= a <= 12 and 1 <= b <= 12) or a == b:
                continue
            if not ctx.in_parts(m.start(), NEW_TEXT):
                continue
            year = m.group(4)
            year = ("20" + year) if len(year) == 2 else year
            suggestion = edits = None
            if style:
                day, month = (a, b) if style == "dmy" else (b, a)
                spelled = f"{day} {calendar.month_name[month]} {year}"
                suggestion = f"write it as '{spelled}'"
                edits = ((m.start(), m.end(), spelled),)
            yield Hit(m.start(), m.end(), suggestion=suggestion, edits=edits or ())


_IDIOM_TABLES = ("idioms", "idioms_advice")
_PLAIN = re.compile(r"[A-Za-z][A-Za-z' -]*")


def _idioms(ctx: Context) -> tuple[PhraseSet, dict[str, tuple[str, str, str]]]:
    """One phrase set of every idiom (key "table:phrase") and what each key suggests."""
    def build():
        lex = ctx.lexicons.get("culture")
        ps = PhraseSet(ctx.pipeline.nlp, ctx.pipeline.lemmatize)
        entries = {}
        for table in _IDIOM_TABLES:
            for phrase, plain in (lex.get(table) or {}).items():
                key = f"{table}:{phrase}"
                ps.add(key, [phrase])
                entries[key] = (table, phrase, plain)
        return ps, entries
    return ctx.compiled(("culture", "idioms"), build)


def _drop_in(matched: str, phrase: str, plain: str) -> str | None:
    """The plain words to put in place of ``matched``: the suggestion's first alternative,
    only when the text has the phrase in the entry's own form (no inflection, no gap)."""
    if any(c in phrase for c in "|?_=") or " ".join(matched.lower().split()) != " ".join(phrase.lower().split()):
        return None
    words = plain.split(" / ")[0].strip()
    if not words or not _PLAIN.fullmatch(words):
        return None
    return words[0].upper() + words[1:] if matched[:1].isupper() else words


def _jargon_spans(ctx: Context) -> list[tuple[int, int]]:
    """Spans the jargon lexicon's buzzwords cover ("touch base", "ballpark"): JRG001's
    business, never flagged twice."""
    from ._jargon_lex import analyse, char_span  # the jargon rules' shared, per-draft analysis

    an = analyse(ctx)
    return [char_span(ctx.doc, s, e) for key, s, e in an.matches
            if (entry := an.lex.entries.get(key)) is not None and entry.kind == "buzz"]


@register
class IdiomThatDoesNotTravel(Rule):
    """## What it does
    Flags idioms and sports metaphors that a reader from another country, or reading
    English as a second language, may not know: "hit it out of the park", "a slam dunk",
    "step up to the plate", "drop the ball", "move the goalposts", "a sticky wicket",
    "par for the course", "the ball is in your court", "a curveball", "piece of cake".
    Each finding says what to write instead, and offers the plain words as an edit where
    they can replace the phrase as written.  Phrases the jargon rules already flag
    ("touch base", "ballpark figure", "move the needle") are left to JRG001, and an
    idiom the client used in their own quoted message is theirs to read.  The list is
    ``lexicons/culture.toml`` (add your own under ``[culture.idioms]``).  Info: a nudge,
    never a blocker.

    ## Why it matters
    Baseball, cricket and golf each belong to a few countries, and idioms are the last
    thing a second-language reader learns.  A client who does not know what "a sticky
    wicket" is has to guess -- or ask, which costs a day -- and may feel the mail was
    not written for them.

    ## Example
        Your migration was a slam dunk, but the new audit rules are a sticky wicket.

    ## Use instead
        Your migration went smoothly, but the new audit rules are a difficult problem.
    """

    code = "TIM003"
    name = "idiom-that-does-not-travel"
    category = "timezone"
    severity = Severity.INFO
    message = "idiom that may not travel"
    suggestion = "say it plainly"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        ps, entries = _idioms(ctx)
        found = ps(ctx.doc)
        if not found:
            return
        doc, draft = ctx.doc, ctx.draft
        hits, client = [], set()
        for key, s, e in found:
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
            kind = ctx.kind_at(start)
            if kind == QUOTED:
                seg = draft.segment_at(start)
                if seg.by_recipient is not False and not seg.forwarded:
                    client.add(key)  # the client's own idiom: they know it
            elif kind in self.parts:
                hits.append((key, start, end))
        hits = [h for h in hits if h[0] not in client]
        if not hits:
            return
        taken = _jargon_spans(ctx)
        for key, start, end in hits:
            if any(a < end and start < b for a, b in taken):
                continue
            table, phrase, plain = entries[key]
            matched = draft.masked[start:end]
            words = _drop_in(matched, phrase, plain) if table == "idioms" else None
            shown = " ".join(matched.split())
            yield Hit(start, end, message=f"idiom '{shown}' may not travel: readers elsewhere may not know it",
                      suggestion=f"say it plainly: {plain}", edits=((start, end, words),) if words else (),
                      match=(f"culture.{table}", phrase))
