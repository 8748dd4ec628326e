"""Internal-material rules (LEK020-LEK023): internal markers, cost and margin figures,
internal hosts and private addresses, attachments named internal."""
from __future__ import annotations

import bisect
import fnmatch
import re

from ... import spacy_names as sp
from ...draft.model import DISCLAIMER, QUOTED
from ...findings import Severity
from ...patterns import PhraseSet, longest_per_key, sentence_starts
from .. import ALL_TEXT, Context, Hit, Rule, register
from . import text as lt
from .common import by_recipient, enabled, leak_lexicon, level, lower_text, text_sketch

# -- internal material --------------------------------------------------------------

_NON_WORD = re.compile(r"[^\w'’%-]+")
_GAP_ITEM = re.compile(r"^_(\?|\*|\+|\{\d*,?\d*\})?$")


def _anchor(phrase: str) -> list[str]:
    """The words a phrase cannot match without: its longest required item (all alternatives)."""
    best: list[str] = []
    for item in phrase.split():
        if _GAP_ITEM.match(item) or item.startswith("#num") or item.endswith("?"):
            continue
        alts = [a.lstrip("=") for a in item.split("|") if a.lstrip("=")]
        if alts and (not best or min(map(len, alts)) > min(map(len, best))):
            best = alts
    return best


def _phrases(ctx: Context):
    """The leak PhraseSet, the (figure, marker, all) anchor words that gate where it
    runs, the phrases' required words by anchor, and whether those may be looked for in
    the whole text first."""
    def build():
        lex = leak_lexicon(ctx)
        ps = PhraseSet(ctx.pipeline.nlp, ctx.pipeline.lemmatize)
        # Marker and cue sentences are matched wherever an anchor word is; figure
        # sentences only when they also hold an amount; exclusions only where a figure is.
        # Anchors are lowercase word starts found with str.find (inflections share them:
        # "cost" finds "costs"); irregular forms are covered by adding the lemma too.
        anchors: dict[str, set[str]] = {"marker": set(), "figure": set()}
        for section, prefix in (("markers", "marker"), ("figures", "figure")):
            for group, phrases in lex.get(section, {}).items():
                ps.add(f"{prefix}:{group}", phrases)
                if group == "exclusions":
                    continue
                kind = "marker" if prefix == "marker" or group == "cues" else "figure"
                for ph in phrases:
                    for alt in _anchor(ph):
                        parts = [t.text for t in ctx.pipeline.nlp.tokenizer(alt) if any(c.isalnum() for c in t.text)] or [alt]
                        word = max(parts, key=len).lower()
                        lemma = ctx.pipeline.lemmatize(word)
                        anchors[kind].add(word if word.startswith(lemma) else lemma)
                        if not word.startswith(lemma):
                            anchors[kind].add(word)
        def minimal(words: set[str]) -> tuple[str, ...]:
            # "client" already finds "clients": keep only words no other anchor is a prefix of.
            return tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words)))

        marker_anchors, figure_anchors = minimal(anchors["marker"]), minimal(anchors["figure"])
        all_anchors = tuple(sorted(set(marker_anchors) | set(figure_anchors)))
        # Every phrase's required words (as lowercase stems): a sentence missing one of
        # them cannot match the phrase, so the (costly) matcher skips it.
        reqs = []
        for section in ("markers", "figures"):
            for group, phrases in lex.get(section, {}).items():
                if group == "exclusions":
                    continue
                for ph in phrases:
                    items = []
                    for item in ph.split():
                        if _GAP_ITEM.match(item) or item.startswith("#num") or item.endswith("?"):
                            continue
                        if not all(any(c.isalnum() for c in a) for a in item.split("|")):
                            continue          # "[ internal ]", "£|usd": symbols are not words of the sketch
                        alts = set()
                        for a in item.split("|"):
                            a = a.lstrip("=").lower()
                            stem = ctx.pipeline.lemmatize(a) if a.isalpha() else a
                            alts.add(a if not a.startswith(stem) else stem)
                            if not a.startswith(stem):
                                alts.add(stem)
                        items.append(tuple(sorted(alts)))
                    if items:
                        reqs.append(tuple(items))
        # Index each requirement list under the anchors its most selective item starts with:
        # anchor -> (" anchor", the requirements as looked up in a sentence padded with
        # spaces (" word"), the same as looked up anywhere in the text ("word")).
        by_anchor: dict[str, tuple[str, list[tuple], list[tuple]]] = {}
        for a in all_anchors:
            rs = [req for req in reqs
                  if any(alt.startswith(a) or a.startswith(alt) for alts in req for alt in alts if len(alt) >= 3)]
            if rs:
                by_anchor[a] = (" " + a, [tuple(tuple(" " + alt for alt in alts) for alts in req) for req in rs], rs)
        # The whole-text test below reads a word in the text as it is in a padded sentence,
        # which holds for words without spaces (all of them, unless a lemma has one).
        words = [*all_anchors, *(x for req in reqs for alts in req for x in alts)]
        whole_text_test = not any(c.isspace() for w in words for c in w)
        return ps, (figure_anchors, marker_anchors, all_anchors), by_anchor, whole_text_test
    return ctx.compiled(("leak", "phrases"), build)


def _phrase_matches(ctx: Context) -> list[tuple[str, int, int]]:
    """Leak phrase matches (key, start token, end token), run only on sentences with an anchor."""
    def build():
        ps, (figure_ids, marker_ids, anchor_ids), reqs, whole_text_test = _phrases(ctx)
        doc = ctx.doc
        if not len(doc):
            return []
        low = lower_text(ctx)

        # A sentence is matched only if it holds an anchor and every required word of a
        # phrase indexed under it.  Most drafts cannot pass that even as a whole text,
        # which is cheaper to ask than finding the anchors' sentences.
        present = {a for a in anchor_ids if a in low}
        if whole_text_test and not any(all(any(x in low for x in alts) for alts in req)
                                       for a in present if a in reqs for req in reqs[a][2]):
            return []

        def offsets(words) -> list[int]:
            out = []
            for w in words:
                if w not in present:
                    continue
                i = low.find(w)
                while i >= 0:
                    if not i or not low[i - 1].isalnum():
                        out.append(i)
                    i = low.find(w, i + 1)
            return out

        # A figure sentence must hold an amount, which has a digit.
        fig_at = offsets(figure_ids) if lt.may_hold(text_sketch(ctx), b"0") else []
        mark_at = offsets(marker_ids)
        if not fig_at and not mark_at:
            return []
        starts = sentence_starts(doc)
        start_chars = doc.to_array(sp.IDX)[starts].tolist()
        sents: dict[int, object] = {}

        def add(at: list[int], need_amount: bool) -> None:
            for k in sorted({bisect.bisect_right(start_chars, i) - 1 for i in at}):
                a = starts[k]
                if a in sents:
                    continue
                b = starts[k + 1] if k + 1 < len(starts) else len(doc)
                end_char = start_chars[k + 1] if k + 1 < len(starts) else len(low)
                chunk = low[start_chars[k]:end_char]
                # Amounts are matched in the text as written: "USD 310" is upper case.
                if need_amount and not _AMOUNT.search(ctx.draft.masked, start_chars[k], end_char):
                    continue
                sents[a] = (b, chunk)

        add(fig_at, True)
        add(mark_at, False)
        # An anchor missing from the text is missing from every sentence of it.
        indexed = [reqs[a] for a in present if a in reqs] if whole_text_test else list(reqs.values())
        out = []
        for a, (b, chunk) in sents.items():
            padded = " " + _NON_WORD.sub(" ", chunk).replace("n't", " n't")
            cands = [r for anchor, rs, _ in indexed if anchor in padded for r in rs]
            if not any(all(any(x in padded for x in alts) for alts in req) for req in cands):
                continue
            out.extend(ps.in_span(doc[a:b], greedy_longest=False))
        return longest_per_key(out)
    return ctx.memo(("leak", "phrase-matches"), build)


_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t>*\-•(\[]*$")
_LABEL_AFTER = re.compile(r"[ \t]*(?:[:\-–—|)\]]|\n|$)")


def _as_label(text: str, start: int, end: int) -> bool:
    """"Internal notes: ..." or "[internal draft]" labels the text; "we have had some
    internal discussions about it" is a sentence about the work.  A label opens its line
    (after bullets, quote marks or a bracket), or is followed by a colon, a dash, a
    closing bracket or the end of the line, or is written in capitals."""
    written = text[start:end]
    if written.isupper():
        return True
    if _LABEL_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    return _LABEL_AFTER.match(text, end) is not None


_BRACKET_TAG = re.compile(r"\[[ \t]*(?:INTERNAL|Internal)(?:[ \t]+(?:ONLY|Only|only|USE ONLY|use only))?[ \t]*\]")
# A line labelled internal: "INTERNAL - ...", "Internal: ...", "FYI - internal: ..."
# (capitals, or a capitalised or lower-case word before a colon; quote marks may open it).
_LINE_MARKER = re.compile(
    r"(?m)^[ \t>]*(?:(?:FYI|fyi|NB|N\.B\.|PS|P\.S\.)[ \t]*[-–—:]?[ \t]*)?\[?"
    r"(?:INTERNAL|CONFIDENTIAL[ \t]*[-–—/:][ \t]*INTERNAL|(?:Internal|internal)(?=[ \t]*:))"
    r"\]?(?=[ \t]*(?:[-–—:|,]|$))")


# What an internal note says that a note to the client does not: the client in the third
# person, or coaching for a colleague.
_NOTE_THIRD_PERSON = re.compile(r"\b(?:customer|customers|client|clients|cust|they|them|their|she|her|he|him|his)\b", re.I)
_NOTE_COACHING = re.compile(
    r"\b(?:(?:do not|don't|dont|never)[ \t]+(?:volunteer|tell|mention|offer|reveal|disclose|extend)"
    r"|only if|if (?:needed|pushed|asked)|can (?:go|drop|come down|stretch)(?:[ \t]+(?:up|down|as low|as high))?[ \t]+(?:to|as)"
    r"|up to [£$€]|authority|walk-?away|floor|flag|escalate|watch (?:out|for)|write off|written off|override"
    r"|credit watch|on hold|chargeback)\b", re.I)
# What makes such a note confidential rather than only rude (a rude note to self is a
# remark, not a leak): money, terms, credit and the client's standing with us.
_NOTE_CONFIDENTIAL = re.compile(
    r"[£$€]\s?\d|\d\s?(?:%|k\b)|\b(?:floor|margin|cost|costs|discount|credit|overdue|arrears|debt|chargeback|"
    r"write[ -]off|written[ -]off|collections|authority|limit|budget|compensation|goodwill|refund|voucher|"
    r"liability|override|terms|price|priced|pricing|fee|fees|charge|invoice|invoices|payment|payments|lawsuit|"
    r"sued|insolvency|administration|audit|affordability|retention)\b", re.I)
_NOTE_TO_READER = re.compile(r"\b(?:you|your|yours)\b", re.I)
_NOTE_LABEL_CACHE: dict[tuple[str, ...], re.Pattern] = {}


def _note_label_regex(roles: tuple[str, ...]) -> re.Pattern:
    rx = _NOTE_LABEL_CACHE.get(roles)
    if rx is None:
        alt = "|".join(sorted((re.escape(r).replace(r"\ ", r"[ \t]+") for r in roles), key=len, reverse=True))
        rx = re.compile(
            r"^[ \t>]*(?:[\[(][ \t]*|-{2,}[ \t]*)?(?:pasted[ \t]+from[ \t]+(?:the[ \t]+)?)?"
            r"(?:(?:" + alt + r")[ \t]+(?:note|notes|comment|comments|history)|note[ \t]+to[ \t]+self"
            r"|from[ \t]+(?:the|our)[ \t]+(?:" + alt + r"))"
            r"(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*(?::|-{1,2}(?=[ \t]|$)|–|—)",
            re.I | re.M)
        _NOTE_LABEL_CACHE[roles] = rx
    return rx


def internal_notes(ctx: Context) -> list[tuple[int, int]]:
    """Labelled notes for colleagues left in the draft ("Agent note (J. Firth): approved
    goodwill floor is 15%, manager can go to 20%"): the label's span, when what follows it
    (to the end of its paragraph, or the next paragraph after a "-- pasted from case
    notes --" line) talks about the client in the third person or coaches a colleague,
    and never speaks to the reader."""
    text = ctx.draft.text
    low = text.lower()
    if "note" not in low and "comment" not in low and "from the" not in low and "history" not in low:
        return []
    roles = tuple(w.lower() for w in leak_lexicon(ctx).get("notes", {}).get("roles", []))
    if not roles:
        return []
    out = []
    for m in _note_label_regex(roles).finditer(text):
        end = text.find("\n\n", m.end())
        if end < 0:
            end = len(text)
        elif not text[m.end():end].strip(" \t-–—]").strip():
            nxt = text.find("\n\n", end + 2)  # a heading line: the note is the next paragraph
            end = len(text) if nxt < 0 else nxt
        body = text[m.end():end]
        if _NOTE_TO_READER.search(body):
            continue
        if not (_NOTE_THIRD_PERSON.search(body) or _NOTE_COACHING.search(body)):
            continue
        if not _NOTE_CONFIDENTIAL.search(body):
            continue  # "[NOTE TO SELF - she is unbearable, keep this short]": a remark, not a leak
        label = m.group().strip(" \t>[(-–—:")
        start = m.start() + m.group().find(label[:1]) if label else m.start()
        out.append((start, start + len(label)))
    return out


@register
class InternalMarker(Rule):
    """## What it does
    Flags text marked as not for the recipient: "internal only", "for internal use",
    "not for external distribution", "do not share with the customer", "confidential -
    do not forward", a line starting `INTERNAL -`, `Internal:` or `FYI - internal:`, a
    bracketed `[INTERNAL]` tag.  In quoted or forwarded text not written by the recipient,
    secrecy from "them" counts too ("don't mention the outage to them until legal signs
    off"); in new text that is as likely a surprise party.  "Internal notes", "internal draft"
    and the like count as labels ("Internal notes: ...", "[internal draft]"), not in a
    sentence about the work ("we have had some internal discussions about it").
    It reads forwarded and quoted blocks too, where such notes usually hide.  A standard
    confidentiality footer ("this email is confidential ... do not forward") is not a
    finding; markers are phrases in `[leak.markers]` of the leak lexicon, extend them
    with your own.  A note for colleagues left in the draft counts too: a label naming
    who wrote it at the start of a line ("Agent note (J. Firth):", "CRM note -", "[Account
    manager note: ...", "From the team lead:", "Note to self:"; roles in `[leak.notes]`)
    when what follows talks about the client in the third person or coaches a colleague
    ("if they push", "can go to 15%", "don't volunteer it") about money, terms, credit or
    the client's standing with you, and never speaks to the reader ("Booking notes:
    please bring photo ID" and "Rep note for your records: ..." are not findings; nor is
    a note that is only rude about the client, which is the remark rules' business).

    ## Why it matters
    The classic leak is an internal thread forwarded to the client: the marker says the
    author never meant them to read it.

    ## Example
    ```
    ---------- Forwarded message ---------
    Internal only: the v1 API shuts down in Q3 and customers haven't been told.
    ```

    ## Use instead
    Write the client their own answer, and leave the internal thread out.
    """

    code = "LEK020"
    name = "internal-marker"
    category = "leak"
    severity = Severity.ERROR
    message = "text marked internal or not for the recipient"
    suggestion = "remove the internal material (check forwarded and quoted blocks)"
    parts = ALL_TEXT

    def check(self, ctx: Context):
        doc = ctx.doc
        hits = []
        for key, s, e in _phrase_matches(ctx):
            if not key.startswith("marker:"):
                continue
            span = doc[s:e]
            if key == "marker:labels" and not _as_label(ctx.draft.text, span.start_char, span.end_char):
                continue
            if key == "marker:asides" and ctx.kind_at(span.start_char) != QUOTED:
                continue
            hits.append((span.start_char, span.end_char, span.text.lower()))
        masked = ctx.draft.masked
        for m in _LINE_MARKER.finditer(masked) if ("INTERNAL" in masked or "nternal" in masked) else ():
            word = re.search(r"\[?(?:INTERNAL|CONFIDENTIAL|[Ii]nternal)", m.group())
            hits.append((m.start() + word.start(), m.end(), "internal"))
        hits += [(s, e, "note") for s, e in internal_notes(ctx)]
        # "[INTERNAL]" is masked as a template placeholder, so the phrases never see it.
        text = ctx.draft.text
        for m in _BRACKET_TAG.finditer(text) if "[" in text and ctx.draft.placeholders else ():
            if masked[m.start():m.end()] != text[m.start():m.end()]:
                hits.append((m.start(), m.end(), "internal"))
        if not hits or not enabled(ctx, self.name):
            return
        strong = [w.lower() for w in leak_lexicon(ctx).get("footer", {}).get("strong_in_footer", [])]
        seen: list[tuple[int, int]] = []
        for start, end, low in sorted(hits):
            seg = ctx.draft.segment_at(start)
            if seg.kind == DISCLAIMER and not any(w in low for w in strong):
                continue
            if seg.kind == QUOTED and seg.by_recipient is True:
                continue
            if any(start < e and s < end for s, e in seen):
                continue
            seen.append((start, end))
            yield Hit(start, end, severity=level(ctx, self.severity))


_AMOUNT = re.compile(
    r"(?:[£$€¥₹]|\b(?:USD|GBP|EUR|AUD|CAD|NZD|INR|ZAR|CHF|SEK|NOK|DKK|Rs\.?|CA\$|A\$|NZ\$|R)\s?)\d[\d,]*(?:\.\d+)?"
    r"|\b\d[\d,]*(?:\.\d+)?\s?(?:%|per ?cent\b|pounds\b|dollars\b|euros?\b|quid\b|rand\b|rupees\b|(?:USD|GBP|EUR)\b|p\b|k\b)"
    # a unit price written bare after "is", "of" or "=", as colleagues do in chat: "our
    # landed cost is 2.35" (not "version 2.35", "at 10.30")
    r"|\b(?:is|was|of|=|around|about|only|just)[ \t]+\d{1,5}\.\d{2}(?![\d.,:/%-]?\d|[ \t]*(?:am|pm|a\.m|p\.m|hrs|h)\b)",
)
_NOT_FIGURES = {"figure:exclusions", "figure:cues"}
_READER = {"you", "your", "you've", "you’ve", "you'd", "you’d", "yourself"}
_OWNER = re.compile(r"\b(?:we|our|us|my|I|me|we're|we've|I'm|I've)\b", re.I)


@register
class InternalFigure(Rule):
    """## What it does
    Flags internal commercial figures: your cost price, landed or wholesale cost, your
    margin or markup, a floor or walk-away price, an approval limit, "signed off on going
    as low as ...", "plenty of headroom" - when the same sentence carries an amount
    (£310, 35%, USD 20).  Offer wording ("the lowest we can go is £18", "approved up
    to 25%") counts only in a quoted or forwarded internal thread or in a paragraph with
    a confidence cue ("between you and me", "off the record"): said to the client, it is
    an offer, not a leak.  "Margins are tight for everyone" (no figure), "your gross
    margin was 32%" (the client's figure) and "our costs have gone up 8%, so prices rise"
    (a public price change) and a per-user figure ("$90,000 for 80 users": a
    subscription the writer's side would buy) are not findings.  Also findings: an
    approval limit told as the writer's own ("I've been approved to go as low as 22%
    off", "my manager cleared me to come down to £950"; not the reader's approval, "the
    call-out you signed off on"), a margin with a word before the figure ("we're only
    making about 18% on that unit", not "making about 12% more deliveries") and the
    split of the client's price ("she takes home £410 and the rest is our fee", "we keep
    £35"; not "£1,250, which covers the carer and all our costs").  Phrases are in
    `[leak.figures]` of the leak lexicon.

    ## Why it matters
    Once a client knows your cost or your floor, every future negotiation starts there,
    and the figure travels to your competitors.

    ## Example
    ```
    Off the record, our cost on each cabinet is £310.
    ```

    ## Use instead
    ```
    The best price I can offer for this volume is £420 per cabinet.
    ```
    """

    code = "LEK021"
    name = "internal-figure"
    category = "leak"
    severity = Severity.WARNING
    message = "internal cost, margin or price floor disclosed"
    suggestion = "quote the client's price, not your cost, margin or approval limit"
    parts = ALL_TEXT

    def check(self, ctx: Context):
        doc = ctx.doc
        matches = _phrase_matches(ctx)
        figures = [(k, s, e) for k, s, e in matches if k.startswith("figure:") and k not in _NOT_FIGURES]
        if not figures or not enabled(ctx, self.name):
            return
        excluded = {doc[s].sent.start for k, s, e in matches if k == "figure:exclusions"}
        cues = [doc[s].idx for k, s, e in matches if k == "figure:cues"]
        text = ctx.draft.text
        done = set()
        for key, s, e in figures:
            sent = doc[s].sent
            if sent.start in excluded or sent.start in done:
                continue
            if not _AMOUNT.search(sent.text):
                continue
            if key == "figure:margin" and not _OWNER.search(sent.text):
                continue
            if key == "figure:floor" and any(t.lower_ in _READER for t in doc[max(sent.start, s - 3):s]):
                continue  # the reader's own approval: "the call-out you signed off on"
            span = doc[s:e]
            if by_recipient(ctx, span.start_char) or ctx.kind_at(span.start_char) == DISCLAIMER:
                continue
            if key == "figure:offer" and ctx.kind_at(span.start_char) != QUOTED:
                # An offer made to the client is not a leak; the same words next to a
                # confidence cue ("between us") in the same paragraph are.
                lo = text.rfind("\n\n", 0, span.start_char)
                hi = text.find("\n\n", span.end_char)
                hi = len(text) if hi < 0 else hi
                if not any(lo <= c < hi for c in cues):
                    continue
            done.add(sent.start)
            yield Hit(span.start_char, span.end_char, severity=level(ctx, self.severity))


def _host_tools(ctx: Context):
    def build():
        h = leak_lexicon(ctx).get("hosts", {})
        tlds = "|".join(re.escape(t) for t in h.get("internal_tlds", []))
        labels = "|".join(re.escape(t) for t in h.get("internal_labels", []))
        devices = "|".join(re.escape(d).replace(r"\ ", r"\s+").replace(r"\-", "-?") for d in h.get("own_devices", []))
        host_rx = re.compile(
            r"(?<![\w@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*"
            rf"(?:(?:[a-z0-9-]+\.)*(?:{labels})\.(?:[a-z0-9-]+\.)+[a-z]{{2,24}}|(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{tlds})))(?![\w-]|\.[a-z0-9])",
            re.I,
        ) if tlds and labels else None
        gate = re.compile(rf"\.(?:{tlds}|{labels})(?![\w-])", re.I) if tlds and labels else None
        # Whose device: the owner before it ("your home router") or after it ("the
        # router at your office", "the printer in our server room").
        own_rx = re.compile(
            rf"\b(?:(your|own|our|my|the company's)\b(?:\W+[\w-]+){{0,3}}?\W+(?:{devices})s?"
            rf"|(?:{devices})s?[ \t]+(?:at|in|on|for)[ \t]+(?:the[ \t]+)?(your|our|my|the company's))\b",
            re.I) if devices else None
        return host_rx, gate, own_rx, set(h.get("home_router_ips", []))
    return ctx.compiled(("leak", "hosts"), build)


_IPV4 = re.compile(r"(\d\d?\d?\.\d\d?\d?\.\d\d?\d?\.\d\d?\d?)(?![\w]|\.\d)")
# A private address starts 10. (or 010.), 172. or 192.: without one, no IPv4 match is kept.
_PRIVATE_STARTS = ("10.", "172.", "192.")
_BARE_URL_HOST = re.compile(r"\bhttps?://([a-z][a-z0-9-]{1,62})(?::\d{2,5})?(?=[/\s]|$)", re.I)
_ANY_HOST = re.compile(r"(?<![\w@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\w-])", re.I)
_VERSION_BEFORE = re.compile(r"(?:version|ver\.?|v|build|release)\s*$", re.I)


def _private_ip(ip: str) -> bool:
    try:
        a, b, c, d = (int(x) for x in ip.split("."))
    except ValueError:
        return False
    if max(a, b, c, d) > 255:
        return False
    return a == 10 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168)



def _recipients_network(own_rx: re.Pattern, text: str, start: int, end: int) -> bool:
    """Is this address on the recipient's own network?  Yes when the device nearest to it
    in its paragraph is theirs ("your router"), or when the reader is told to open it in
    their browser ("open a browser and type 192.168.1.1 into the address bar"): an
    address a client can open is on the client's network, unless a device of ours is
    nearer or the sentence says the address is ours ("our office router at ...")."""
    lo = max(text.rfind("\n\n", 0, start), 0)
    hi = text.find("\n\n", end)
    hi = len(text) if hi < 0 else hi
    best = None
    for m in own_rx.finditer(text, lo, hi):
        dist = start - m.end() if m.end() <= start else m.start() - end
        if best is None or abs(dist) < best[0]:
            best = (abs(dist), (m.group(1) or m.group(2)).lower())
    if best is not None:  # the nearest device decides
        return best[1] in ("your", "own")
    if not _IN_A_BROWSER.search(text, lo, hi):
        return False
    s_lo = max(text.rfind(c, lo, start) for c in ".!?\n") + 1
    s_hi = min([i for i in (text.find(c, end, hi) for c in "!?\n") if i >= 0] + [hi])
    dot = re.search(r"\.(?:\s|$)", text[end:s_hi])
    if dot:
        s_hi = end + dot.start()
    return not _OURS.search(text, max(lo, s_lo), s_hi)


_IN_A_BROWSER = re.compile(r"\b(?:web[ -]?)?browser\b|\baddress[ -]bar\b|\burl[ -]bar\b", re.I)
_OURS = re.compile(r"\b(?:our|ours|my|we|we're|we've|us|the company's|the office)\b", re.I)


@register
class InternalHost(Rule):
    """## What it does
    Flags internal infrastructure: private IPv4 addresses (10.x, 172.16-31.x,
    192.168.x), host names under never-public names (`*.internal`, `*.corp`, `*.local`,
    `*.lan`) or in an internal zone (`kibana.int.example.net`), single-word hosts in URLs
    (`http://wiki/`), and hosts you list in `leak-internal-hosts`.  A 192.168.x.x
    address, or a common router default such as 10.0.0.1, is not a finding when the
    nearest device word in its paragraph is the recipient's ("type 192.168.1.1 into a
    browser - it opens your router's settings"): that is the customer's own network.
    The same holds for such an address the reader is told to open in their browser
    ("open a browser and type 192.168.1.1 into the address bar") when no device of ours
    is nearer and the sentence does not say the address is ours.
    "Our office router at 192.168.0.1" is still a finding.  Email addresses and version
    numbers ("version 10.0.0.1") are not hosts.

    ## Why it matters
    Internal names and addresses map your network for an attacker, and the links do not
    work for the client anyway.

    ## Example
    ```
    Logs are on http://kibana.corp.example.internal/app (server 10.8.3.21).
    ```

    ## Use instead
    ```
    I've attached the relevant log lines.
    ```
    """

    code = "LEK022"
    name = "internal-host"
    category = "leak"
    severity = Severity.WARNING
    message = "internal host name or private IP address"
    suggestion = "describe the system instead; the client cannot reach internal addresses"
    parts = ALL_TEXT

    def check(self, ctx: Context):
        text = ctx.draft.masked
        host_rx, gate, own_rx, home_ips = _host_tools(ctx)
        found: list[tuple[int, int, str]] = []
        if "." in text:
            sketch = text_sketch(ctx)
            maybe_private = text.count(".") >= 3 and lt.may_hold(sketch, b"0.0") and (
                any(p in text for p in _PRIVATE_STARTS) or lt.may_hold_unicode_digits(sketch))
            for m in _IPV4.finditer(text) if maybe_private else ():
                if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_."):
                    continue
                ip = m.group(1)
                if not _private_ip(ip) or _VERSION_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                    continue
                if own_rx is not None and (ip in home_ips or ip.startswith("192.168.")):
                    if _recipients_network(own_rx, text, m.start(), m.end()):
                        continue
                found.append((m.start(1), m.end(1), "private IP address"))
            if host_rx is not None and gate.search(text):
                for m in host_rx.finditer(text):
                    found.append((m.start(1), m.end(1), "internal host name"))
            patterns = ctx.option("leak-internal-hosts")
            if patterns:
                for m in _ANY_HOST.finditer(text):
                    host = m.group(1).lower()
                    if any(fnmatch.fnmatch(host, p.lower()) or host == p.lower() for p in patterns):
                        found.append((m.start(1), m.end(1), "internal host name"))
        if "://" in text:
            for m in _BARE_URL_HOST.finditer(text):
                if m.group(1).lower() != "localhost":
                    found.append((m.start(1), m.end(1), "internal host name"))
        if not found or not enabled(ctx, self.name):
            return
        seen: list[tuple[int, int]] = []
        for start, end, what in sorted(found):
            if any(start < e and s < end for s, e in seen) or by_recipient(ctx, start):
                continue
            seen.append((start, end))
            yield Hit(start, end, message=what, severity=level(ctx, self.severity))


@register
class InternalAttachment(Rule):
    """## What it does
    Flags an attachment (in an `.eml` draft) whose file name says it is internal
    ("Q3 pricing - INTERNAL.xlsx", "staff_only_rota.pdf", "not for client") as a
    warning, and one whose name says confidential or restricted as info (a client's own
    confidential contract is often meant for them).  Words are in `[leak.attachments]`.

    ## Why it matters
    Attaching the wrong file is as easy as pasting the wrong text, and the file name is
    often the only clue.

    ## Example
    An email to a client with `Margin model INTERNAL v3.xlsx` attached.

    ## Use instead
    Attach the client version of the document, or remove the attachment.
    """

    code = "LEK023"
    name = "internal-attachment"
    category = "leak"
    severity = Severity.WARNING
    message = "attachment name marks it internal"
    suggestion = "check that this file is meant for the client"
    parts = ALL_TEXT

    def check(self, ctx: Context):
        if not ctx.draft.attachments or not enabled(ctx, self.name):
            return
        words = leak_lexicon(ctx).get("attachments", {})

        def norm(s: str) -> str:
            return " " + " ".join(re.split(r"[\s_.\-()\[\]]+", s.lower())) + " "

        internal = [norm(w) for w in words.get("internal", [])]
        confidential = [norm(w) for w in words.get("confidential", [])]
        for fname in ctx.draft.attachments:
            n = norm(fname)
            if any(w in n for w in internal):
                yield Hit(0, 0, message=f"attachment '{fname}' is marked internal",
                          severity=level(ctx, Severity.WARNING))
            elif any(w in n for w in confidential):
                yield Hit(0, 0, message=f"attachment '{fname}' is marked confidential: check it is meant for this recipient",
                          severity=level(ctx, Severity.INFO))

