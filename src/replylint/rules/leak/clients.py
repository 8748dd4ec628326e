"""Other-client rules (LEK030-LEK031): a draft naming a client of your roster other than
the recipient's."""
from __future__ import annotations

import re

from ...draft.model import DISCLAIMER, QUOTED, SIGNATURE
from ...findings import Severity
from .. import ALL_TEXT, Context, Hit, Rule, register
from .._remark_common.authorship import counts_against_draft
from . import roster as ros
from .common import enabled, leak_lexicon, level

# -- other clients ------------------------------------------------------------------

def _roster(ctx: Context) -> ros.Roster | None:
    clients = ctx.config.clients
    if not clients:
        return None
    key = ("leak", "roster", tuple(sorted((n, tuple(s.get("aliases", [])), tuple(s.get("domains", []))) for n, s in clients.items())))

    def build():
        r = leak_lexicon(ctx).get("roster", {})
        return ros.build_roster(clients, {w.lower() for w in r.get("legal_suffixes", [])},
                                {w.lower() for w in r.get("generic_words", [])})
    return ctx.compiled(key, build)


def _sentence_start(text: str):
    def at(offset: int) -> bool:
        before = text[:offset].rstrip(" \t")
        return not before or before[-1] in ".!?\n:;-•*(\"“–—"
    return at


def _roster_view(ctx: Context):
    """(own clients, recipient known?, mentions) for this draft, memoised."""
    def build():
        roster = _roster(ctx)
        if roster is None:
            return set(), False, []
        draft = ctx.draft
        vocabulary = getattr(ctx.pipeline.lemmatize, "known", set())

        def ordinary(word: str) -> bool:
            return word in vocabulary

        own = ros.recipients_clients(draft.recipients, roster, ordinary)
        known = bool(own)
        if draft.sender:
            c = roster.client_of_address(draft.sender, ordinary)
            if c:
                own.add(c)
        own_names = {ros.squash(n) for n in ctx.option("leak-own-names")}
        for n in ctx.option("leak-own-names"):
            c = roster.client_of_domain(n) if "." in n else None
            if c:
                own.add(c)
        lex = leak_lexicon(ctx).get("roster", {})
        legal = {w.lower() for w in lex.get("legal_suffixes", [])}
        generic = {w.lower() for w in lex.get("generic_words", [])}
        honor = {w.lower() for w in lex.get("honorifics", [])}
        text = draft.masked
        openers = {w.lower() for w in lex.get("sentence_openers", [])}

        def common(word: str) -> bool:
            return word in openers or word in vocabulary

        mentions = ros.find_mentions(text, roster, legal, generic, honor, _sentence_start(text), common)
        mentions += ros.domain_mentions(text, roster)
        kept, seen = [], []
        for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
            if any(m.start < e and s < m.end for s, e in seen):
                continue
            seen.append((m.start, m.end))
            seg = draft.segment_at(m.start)
            if seg.kind in (SIGNATURE, DISCLAIMER) or (seg.kind == QUOTED and seg.by_recipient is True):
                continue
            if ros.squash(m.text) in own_names or ros.squash(m.client) in own_names:
                continue
            kept.append(m)
        return own, known, kept
    return ctx.memo(("leak", "roster-view"), build)


# -- a client spoken of as someone other than the reader (recipient unknown) ----------

# Said of the client outright: "who are also with us", "also a client of ours", "another
# client of ours", "one of our other clients", "with us too", "who also use us".
_OTHER_CLIENT_CUE = re.compile(
    r"\b(?:also|too)\b[^.!?\n]{0,25}\b(?:with us|clients?|customers?|use us|of ours)\b"
    r"|\b(?:with us|of ours|use us)[ \t]+(?:too|as well)\b"
    r"|\banother[ \t]+(?:\w+[ \t]+)?(?:client|customer)\b|\bour[ \t]+other[ \t]+(?:clients|customers)\b",
    re.I)
# The client referred back to in the third person: "as they're out of feed", "their only
# backup", "theirs ended in an adjustment".
_THEY = re.compile(r"\b(?:they|their|theirs|them|themselves|they're|they've|they'd|they'll|they’re|they’ve)\b", re.I)
# The name framed as the reader's own: "your team at X", "you at X", "everyone at X",
# "your X account", "the X crew" after "you and".
_OWN_FRAME_BEFORE = re.compile(
    r"(?:\b(?:you|your|yours|yourselves|everyone|all|colleagues?|team|crew|staff|manager|boss|people)"
    r"[ \t]+(?:\w+[ \t]+){0,2}?(?:at|from|of)[ \t]+(?:the[ \t]+)?"
    r"|\byour[ \t]+(?:\w+[ \t]+)?|\byou[ \t]+and[ \t]+(?:the[ \t]+)?"
    # a document made for the reader's company: "the summary for X", "your renewal for X"
    r"|\b(?:summary|report|update|proposal|quote|quotation|invoices?|plan|figures|results|numbers|review|"
    r"statement|account|orders?|renewal|contract|pack|schedule|booking|agenda|minutes)[ \t]+for[ \t]+(?:the[ \t]+)?)$",
    re.I)
_YOU = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'll|you’re|you’ve|you’ll)\b", re.I)
# Courtesies that hold a "you" but no matter of the reader's: "Thanks for your time".
_FORMULA = re.compile(r"\s*(?:many[ \t]+)?(?:thanks|thank[ \t]+you|sorry|apologies|i[ \t]+hope|hope|cheers)\b", re.I)
_GREETING_LINE = re.compile(r"^[ \t]*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|to|attn|attention)\b", re.I)
# A plural head after the name ("the X invoices ... they cover"): "they" is the head.
_PLURAL_HEAD_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?!(?:this|is|was|has|does|its|us|as|his|always|perhaps|across|unless|plus|thus)\b)[a-z]+s\b(?![ \t]+(?:is|are|was|were|have|has|had|will|pay|paid|took|lost|use|say))")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s(?:[–—]|-{1,2})\s|\s+and\s+")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    hit = _SENTENCE_END.search(text, end)
    return lo, (hit.end() if hit else len(text))


def _sentence_before(text: str, lo: int) -> tuple[int, int]:
    """The bounds of the sentence before the one starting at ``lo``, which may sit in the
    paragraph before, across a blank line."""
    end = lo
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end <= 1:
        return end, end
    return _sentence_bounds(text, end - 1, end - 1)[0], end


def _third_party(text: str, start: int, end: int) -> bool:
    """Does the draft speak of the client named at start:end as someone other than its
    reader?  Yes when its sentence says so ("who are also with us", "another client of
    ours"), or when the client is referred back to in the third person ("they", "their")
    in its sentence or the next while that sentence, the next or the one before speaks of
    the reader's own matter as "you" (not a courtesy: "Thanks for your time") -- unless
    the name is framed as the reader's own ("your team at X", "Dear X team")."""
    line_start = text.rfind("\n", 0, start) + 1
    if _GREETING_LINE.match(text, line_start):
        return False
    lo, hi = _sentence_bounds(text, start, end)
    if _OWN_FRAME_BEFORE.search(text[max(lo, start - 40):start]):
        return False
    sentence = text[lo:hi]
    if _OTHER_CLIENT_CUE.search(sentence):
        return True
    nxt = _SENTENCE_END.search(text, hi)
    nxt_end = nxt.end() if nxt else len(text)
    after = text[end:hi] + text[hi:nxt_end]
    # "Kestrel Bakeries' HMRC investigation", "Brennan Timber's consignment": a client's
    # own matter, told beside the reader's ("your accounts"), is another client's.
    possessive = _POSSESSIVE_END.search(text, start, end) is not None
    they = not _PLURAL_HEAD_AFTER.match(text, end) and _THEY.search(after)
    if not possessive and not they:
        return False
    # The reader's own matter beside it ("Your delivery moves to Friday", "your records
    # are in far better shape", "we don't want that for you"): a report about the
    # reader's own company speaks of it as "they" too, but has no "you" apart from it.
    prev_lo, prev_end = _sentence_before(text, lo)
    if len(text[prev_lo:prev_end].strip()) <= 5 and prev_lo > 1:      # "P.S." is not a sentence
        prev_lo, prev_end = _sentence_before(text, prev_lo)
    # A possessive alone speaks of another client only when the sentence before is the
    # reader's and its own is not ("We can't start your accounts. The team is tied up on
    # X's investigation."); "X's order is confirmed, and your invoice is attached" is the
    # reader's own company, named.
    pieces = ((prev_lo, prev_end), (lo, hi), (hi, nxt_end)) if they else ((prev_lo, prev_end),)
    if not they and _YOU.search(text[lo:hi]):
        return False
    for a, b in pieces:
        piece = text[a:b]
        if _GREETING_LINE.match(piece):
            continue
        if _FORMULA.match(piece):
            # "Thanks for your time" holds no matter of the reader's; "Sorry for the
            # wait -- your six containers cleared" does, after the courtesy.
            rest = _CLAUSE_BREAK.split(piece, 1)
            if len(rest) < 2:
                continue
            piece = rest[1]
        if _YOU.search(piece):
            return True
    return False


def _readers_thread(ctx: Context, offset: int) -> bool:
    """Is the text at ``offset`` in the reader's quoted thread (their message, their
    history), not material of ours quoted in the draft (a forwarded message, a pasted
    chat or a colleague's note)?  Whose quoted words they are is decided once, for every
    rule, by ``counts_against_draft``."""
    return ctx.draft.segment_at(offset).kind == QUOTED and not counts_against_draft(ctx, offset)


@register
class OtherClient(Rule):
    """## What it does
    Flags a mention of another client from your roster (config `clients`) in a draft
    whose recipient belongs to a known client: the client's name, an alias, the short
    name people write ("Pellham Rowe" for "Pellham Rowe Accountants Ltd": legal
    suffixes and generic trailing words are dropped automatically), "&"/"and" spelt
    either way, or an email address or domain of theirs.  The recipient is matched to a
    client by the configured `domains`, else by a domain that spells the client's name
    (pellhamrowe.co.uk, mail.pellhamrowe.com, pellham-rowe.com, harperandvale or
    harpervale for "Harper & Vale"; a documentation placeholder beside it is skipped:
    pellhamrowe.example.co.uk, example-pellhamrowe.com), else by a mailbox on a public
    mail service that spells it (pellhamrowe@gmail.com), else by their own name for
    person, family or family-business clients (luca.rossi@ for "Rossi family",
    kofi.mensah@ for "Mensah Haulage").

    When the recipient's client is unknown (a role mailbox, a placeholder domain) and the
    draft names only one roster client (two or more are LEK031's), that mention is a
    finding, at warning, only where the draft sets the client apart from its reader: the
    sentence says so ("who are also with us", "another client of ours", "one of our other
    clients"), or the client is referred back to as "they"/"their" in its sentence or the
    next beside the reader's own matter, told as "you" in the same, the next or the
    sentence before ("Your delivery moves to Friday. The oven time went to Harbour Lane
    Bakery, as they lost a batch") -- not a report on the reader's own company ("Here's
    the summary for Calder Valley Foods. Their on-time rate was 97.8%"), not when
    the name is the reader's own ("Dear Castlegate Dental team", "your team at ...",
    "you at ...", "your Castlegate Dental account"), nor where "they" is the plural noun
    after the name ("the Castlegate Dental invoices ... they cover March"), nor when the
    client is named in the reader's quoted thread (there it is most likely the reader's
    own). A quoted block that is ours -- a forwarded message, a pasted chat or note of
    colleagues -- is not the reader's thread. A possessive is a third party too when the
    sentence before tells the reader's matter and its own sentence does not ("We can't
    file your return before the 20th. The office is on Lindley Bakehouse's tax enquiry"),
    but not "Lindley Bakehouse's order is confirmed, and your invoice is attached".
    A courtesy before the reader's matter still counts it ("Sorry for the wait -- your
    pallets left this morning").

    A client is named by its full name, an alias, the name without a legal suffix, a
    trade word or a family firm's tail ("Sampson & Sons" is "Sampson's"), without a
    parenthesis ("Pryce & Sons (Hill Top)"; the parenthesis alone names it weakly), and
    by its distinctive first word where that is used as a name: a possessive or a group
    ("Tregothnan's manager", "the Tregothnan lot"), never an ordinary word or a place
    ("the Tregothnan estate road").

    Never a finding: the recipient's own client; your own company (the sender's domain,
    `leak-own-names`, your signature); names inside the recipient's own quoted message;
    a short name that is part of a person's name ("Dana Rossi", "Mr Rossi") or of a
    longer company name ("Farrow Quill LLP"); other customers mentioned anonymously.

    ```toml
    [tool.replylint.clients."Acme Corp"]
    aliases = ["Acme", "ACME Logistics"]
    domains = ["acme.example"]
    ```

    ## Why it matters
    Telling one client about another's dispute, bill or settlement breaks confidence
    (and often a contract or professional rule), and the forwarded thread makes it easy.

    ## Example
    ```
    We handled the same dispute for Tarnmoor Logistics; they settled for £40,000.
    ```

    ## Use instead
    ```
    We've handled similar disputes, which have usually settled at mediation.
    ```
    """

    code = "LEK030"
    name = "other-client"
    category = "leak"
    severity = Severity.ERROR
    message = "names another client"
    suggestion = "remove the other client's name and details, or describe the case anonymously"
    parts = ALL_TEXT

    def check(self, ctx: Context):
        if not ctx.config.clients or not enabled(ctx, self.name):
            return
        own, known, mentions = _roster_view(ctx)
        if not known:
            # The recipient's client is unknown and only one client is named (two or more
            # are LEK031's): a finding only where the draft itself sets that client apart
            # from the reader.
            named = {m.client for m in mentions if m.client not in own}
            # A client named in the quoted thread is most likely the reader's own (their
            # message, their signature): the thread is theirs -- unless the quoted block is
            # ours: a forwarded message or a pasted chat or note of colleagues.
            quoted = {m.client for m in mentions if _readers_thread(ctx, m.start)}
            if len(named) == 1 and not quoted:
                text = ctx.draft.masked
                for m in mentions:
                    if m.client not in own and _third_party(text, m.start, m.end):
                        yield Hit(m.start, m.end, message=f"names another client ({m.client})",
                                  severity=level(ctx, Severity.WARNING))
                        break
            return
        for m in mentions:
            if m.client not in own:
                yield Hit(m.start, m.end, message=f"names another client ({m.client})",
                          severity=level(ctx, self.severity))


@register
class SeveralClients(Rule):
    """## What it does
    When the recipient's client is unknown (no recipient, or an address that matches no
    roster client), flags a draft that names two or more roster clients: one of them is
    probably not the recipient's.  Reported once, at the second client's first mention.
    Give the recipient (`To:` in an `.eml`, `--to ADDRESS` for plain text) to get the
    exact check of LEK030 instead.

    ## Why it matters
    A draft that talks about two clients is the usual shape of a cross-client leak.

    ## Example
    ```
    Harper & Vale's migration went well; Tarnmoor's is next week.
    ```

    ## Use instead
    Keep each client's details in that client's email.
    """

    code = "LEK031"
    name = "several-clients"
    category = "leak"
    severity = Severity.WARNING
    message = "names several clients and the recipient's client is unknown"
    suggestion = "check which client this is for (give the recipient with --to) and remove the others"
    parts = ALL_TEXT

    def check(self, ctx: Context):
        if not ctx.config.clients or not enabled(ctx, self.name):
            return  # no roster: no client can be named
        own, known, mentions = _roster_view(ctx)
        if known:
            return
        first: dict[str, ros.Mention] = {}
        for m in mentions:
            if m.client not in own:
                first.setdefault(m.client, m)
        if len(first) < 2:
            return
        ordered = sorted(first.values(), key=lambda m: m.start)
        names = ", ".join(m.client for m in ordered)
        second = ordered[1]
        yield Hit(second.start, second.end, message=f"names {len(ordered)} clients ({names}) and the recipient's client is unknown",
                  severity=level(ctx, self.severity))


