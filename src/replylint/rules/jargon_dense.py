"""Jargon that blocks: drafts so dense with buzzwords, or with unexplained acronyms and
trade terms, that the client would struggle to follow them, and run-on sentences.

JRG001-JRG003 report every buzzword, acronym and trade term, and on real mail most of
those single findings are an office's ordinary shorthand or a name (precision well
below 0.9, so they are info by default).  What separates a draft a client cannot follow
is density and use: several distinct buzzwords in a short text, or a string of
unexplained shorthand used as the words of the message ("the RTS", "your PNR", "UPNs")
rather than as names.  These rules count what JRG001-JRG003 found (the same checks for
quoted client text, explanations, known acronyms and the reader's own trade) and fire
once per draft.
"""
from __future__ import annotations

import re

from ..findings import Severity
from ..draft.model import BODY
from . import NEW_TEXT, Context, Hit, Rule, register
from ._jargon_lex import ACRONYM_RE, acronym_base, analyse, is_acronym_shape, raise_for_audience
from ._prose import joined_not_sentence, not_prose
from .jargon import _paragraphs, buzzwords_in, named_party, unexplained_acronyms, unexplained_terms

# Buzzword-laden: at least this many distinct buzzwords (warning-level entries), and at
# least BUZZ_DENSITY per 100 words of new text.  On the labelled drafts every draft a
# reviewer called buzzword-heavy has 3+ in under 100 words; in 1,960 real Enron mails no
# mail has 3.
BUZZ_MIN = 3
BUZZ_DENSITY = 1.5
# Jargon-laden: at least this many distinct unexplained acronyms and trade terms, at
# least JARGON_STRONG of them with evidence of being terms rather than names, and at
# least JARGON_DENSITY per 100 words of new text.
JARGON_MIN = 3
JARGON_STRONG = 2
JARGON_DENSITY = 3.0
# A terse note ("Fixed. Stale krb ticket + DNS scavenging on the DC, flushed & rejoined.")
# is all shorthand with fewer items: in new text of at most JARGON_SHORT_WORDS words, two
# unexplained items are enough when both are trade terms or acronyms our lexicons list
# as trade shorthand (not codes: "your BA117 flight" is a flight).
JARGON_SHORT_WORDS = 25
# A draft that is mostly shorthand: at least JARGON_DENSE_MIN distinct unexplained
# acronyms and terms at JARGON_DENSE_DENSITY or more per 100 words needs only one of them
# with evidence of being a term: "CTR up on PMax, CPA down 14%, ROAS holding at 5.2, spend
# moved from the DSA into RLSA audiences" leaves no doubt that these are the message's
# words, not names.
# (Four are enough at twice that density: "OEE at 71%, MTBF improving, MTTR still above
# target, FPY steady at 96".)
# An acronym that is the subject of its clause ("SOCO was on the bid", "FPL is selling")
# may be a party's name, as a person's would be: the dense path does not count those.
JARGON_DENSE_MIN = 5
JARGON_DENSE_DENSITY = 5.0
_SUBJECT_VERB_AFTER = re.compile(
    r"['’]?s?[ \t]+(?:is|was|are|were|has|had|have|will|would|can|could|should|may|might|must|does|did|do|"
    r"isn't|wasn't|aren't|weren't|hasn't|won't|can't|doesn't|didn't|says|said|wants|wanted|told|asked|"
    r"sent|bought|sold|buys|sells|called|agreed)\b")

# An acronym given a reading or a state ("ALT is elevated", "USG was 1.012", "the SDMA
# is within range", "CI is green"): a measured quantity or a system's status, not a party
# that acts, so it is a term and not the subject a name would be.
_MEASURED_AFTER = re.compile(
    r"['’]?s?[ \t]+(?:is|are|was|were)[ \t]+(?:still[ \t]+|now[ \t]+|slightly[ \t]+|a[ \t]+bit[ \t]+|mildly[ \t]+)?"
    r"(?:\d|elevated|raised|high|higher|low|lower|normal|within|above|below|green|red|amber|"
    r"stable|positive|negative|borderline|out[ \t]+of[ \t]+range|in[ \t]+range)\b", re.I)

# Words before an acronym that make it a common noun: "the RTS", "your PNR", "an SLA",
# "our new WMS", "the client's GDS", "Your GMP" opening a sentence ("that" is left out:
# "the GISB that CES sent").
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Yy]our|[Oo]ur|[Tt]heir|[Tt]his|[Tt]hese|[Tt]hose|[Ee]ach|[Aa]ny|[Nn]o|[Mm]y|"
    r"[Hh]is|[Hh]er|[Ii]ts|[Ee]very|same)"
    r"|\b[A-Za-z]+['’]s)\s+(?:[a-z]+[ -])?$"
)
# A code of the acronym's own code set right after it: "rejected with CARC 16 and RARC N290".
_CODE_AFTER = re.compile(r"[ \t]+[A-Z]?\d{1,4}[A-Z]?\b(?![.,:/]\d)")


# Form and status codes used as words of the message: "the TA6 and TA10", "an AR-7
# hold", "the 1098-T reconciliation" (letters with digits: two to five capitals and one
# to three digits, or a hyphenated code).  Only after a determiner (or joined by "and",
# "or" or a comma to one that has it), so flight numbers, model numbers and postcodes
# named on their own are not counted; single-letter codes (A4, M25, Q3, P60) never are.
# Also a capital with one or two lower-case letters ("the Cr4", "the Tr1", "the Sa3"), a
# section number in lower-case s ("the s21 notice", "your s32") and a letter code with a
# hyphenated letter ("the GG-A notice").
_FORM_CODE = re.compile(
    r"(?<![\w/.-])([A-Z]{2,5}\d{1,3}[A-Z]?|[A-Z]{1,4}-\d{1,3}[A-Z]?|\d{3,4}-[A-Z]"
    r"|[A-Z][a-z]{1,2}\d{1,3}[A-Z]?|s\d{1,3}[A-Z]?|[A-Z]{2,4}-[A-Z])(?![\w/-]|\.\d)")
# Codes of everyday things, not of a trade's paperwork (a year, a gas, a console, a cable, a disease).
_NOT_FORM_CODE = re.compile(r"(?:FY|CO|NO|SO|PM|MP|PS|USB|CR|IP|DDR|HDMI|COVID|SARS|GPT|RTX|GTX|LED|MK|UK|EU|US|GB|AAA|AA"
                            r"|Mk|No|Nr|Vol|Fig|Rm|St|Ver|Rev|Gen|Ep|Op|Pt|Gen)\d|COVID-|SARS-")
_CODE_DETERMINER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Yy]our|[Oo]ur|[Tt]heir|[Tt]his|[Tt]hat|[Ee]ach|[Aa]ny|[Nn]o|[Ii]ts)\s+(?:[a-z]+[ -])?$")
_CODE_JOINED = re.compile(r"(?:,|\band|\bor|/)\s*$")


def form_codes(ctx: Context) -> list[tuple[int, int, str]]:
    """Distinct form or status codes of the new text used as words, each at its first use
    (start, end, code); not the client's own codes, and not one explained in brackets."""
    text = ctx.draft.masked
    client = analyse(ctx).client_text
    out: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    for seg in ctx.draft.spans(BODY):
        determined_end = -1
        for m in _FORM_CODE.finditer(text, seg.start, seg.end):
            code = m.group(1)
            before = text[max(seg.start, m.start() - 30):m.start()]
            if _CODE_DETERMINER.search(before):
                ok = True
            else:
                # "the OS1 and OS2 results": joined to a code that had a determiner.
                ok = determined_end >= 0 and m.start() - determined_end <= 6 and bool(
                    _CODE_JOINED.search(text[determined_end:m.start()]))
            if not ok:
                continue
            determined_end = m.end()
            if code in seen or _NOT_FORM_CODE.match(code) or (client and code in client):
                continue
            if re.match(r"(?:[ \t]+[a-z]+)?\s*\(", text[m.end():m.end() + 20]) or re.match(r"\s+\d[A-Z]{2}\b", text[m.end():m.end() + 5]):
                continue  # "the TR1 (transfer deed)", "the Cr4 form (...)", or a postcode "GU21 4XY"
            seen.add(code)
            out.append((m.start(), m.end(), code))
    return out


def new_text_words(ctx: Context) -> int:
    """Words (alphabetic or numeric tokens) in the sentences of the new text."""
    return ctx.memo(("jargon", "new words"), lambda: sum(n for _, _, sents in _paragraphs(ctx) for _, _, n in sents))


def _list(names: list[str]) -> str:
    return ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")


@register
class BuzzwordLaden(Rule):
    """## What it does
    Flags a draft whose new text leans on buzzwords: three or more distinct buzzwords
    (the warning-level words of JRG001: "leverage", "synergies", "move the needle",
    "best-in-class", ...; not the common office phrases JRG001 reports as info), at
    least 1.5 per 100 words.  One finding per draft, at the first buzzword, listing them.
    Buzzwords in the client's own quoted message, and those in `jargon-allow`, do not
    count; the finding goes up one level when the client says they are new to this.

    JRG001 still reports each buzzword (info by default: one buzzword alone is often an
    ordinary word of the trade).  This rule is the one that blocks: a run of them means
    the draft says little the client can act on.

    ## Why it matters
    A message built from buzzwords reads as a sales pitch or a brush-off: the client
    cannot tell what will actually happen, when, or what they must do, and asks again.

    ## Example
    ```
    We're leveraging best-in-class synergies across the ecosystem to move the needle,
    and we'll circle back once we've done a deep dive.
    ```

    ## Use instead
    Say what will happen and when: "We're moving your account to the new billing
    system on 1 May; your price stays the same. I'll send the new invoice layout on
    Friday."
    """

    code = "JRG007"
    name = "buzzword-laden"
    category = "jargon"
    severity = Severity.WARNING
    message = "buzzword-laden draft"
    suggestion = "say plainly what will happen, when, and what the client needs to do"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        found = [b for b in buzzwords_in(ctx) if b[3].level >= Severity.WARNING]
        names: dict[str, tuple[int, int, str]] = {}
        for start, end, _key, entry, matched in found:
            names.setdefault(entry.phrase, (start, end, matched))
        if len(names) < BUZZ_MIN:
            return
        words = new_text_words(ctx)
        if not words or 100 * len(names) / words < BUZZ_DENSITY:
            return
        start, end, _ = min(names.values())
        shown = [m for _, _, m in sorted(names.values())]
        level, msg = raise_for_audience(
            Severity.WARNING, analyse(ctx), f"{len(names)} buzzwords in {words} words: {_list(shown)}"
        )
        yield Hit(start, end, message=msg, severity=level)


# A word after the acronym that shows the acronym ends its noun phrase ("the RTS didn't
# post", "a PSE.", "the ASI is cleared"): anything else after it is the noun it modifies
# ("our EPE schedule sheet": our sheet, for EPE), and the determiner belongs to that noun.
_MODIFIES_NEXT = re.compile(r"[ \t]+(?![a-z]+(?:ed|n't)\b)(?!(?:" + "|".join((
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
    "must", "does", "did", "do", "and", "or", "but", "nor", "to", "of", "in", "on", "at", "for", "from", "with",
    "by", "as", "that", "which", "who", "whom", "whose", "where", "when", "if", "so", "then", "than", "because",
    "before", "after", "until", "since", "once", "while", "under", "over", "into", "onto", "via", "per",
    "against", "about", "through", "between", "within", "without", "shows", "says", "needs", "goes", "went",
    "isn't", "wasn't", "hasn't", "won't", "can't", "doesn't", "didn't")) + r")\b)[A-Za-z][a-z]+\b")


def _term_like(text: str, start: int, end: int, base: str, listed: bool, head_only: bool = False) -> bool:
    """An acronym used as a word of the message, not as a name: a listed trade or
    business acronym, one after a determiner or possessive ("the RTS", "your PNR"), or a
    plural in lower-case s ("UPNs").  With ``head_only`` a determiner counts only when the
    acronym ends its noun phrase (not "our EPE schedule sheet")."""
    if listed:
        return True
    if text[start:end] != base and text[start:end].endswith("s"):
        return True
    if _CODE_AFTER.match(text, end) or _MEASURED_AFTER.match(text, end):
        return True
    if head_only and _MODIFIES_NEXT.match(text, end):
        return False
    return bool(_DETERMINER_BEFORE.search(text, max(0, start - 40), start))


def _names_parties_by_acronym(ctx: Context) -> bool:
    """Some acronym of the new text names an organisation: it owns something or someone
    calls, meets or hears from it ("I called LADWP", "HMRC's deadline")."""
    text = ctx.draft.masked
    seen = set()
    for seg in ctx.draft.spans(BODY):
        for m in ACRONYM_RE.finditer(text, seg.start, seg.end):
            if not is_acronym_shape(m.group(1)):
                continue
            base = acronym_base(m.group(1))
            if base not in seen:
                seen.add(base)
                if named_party(base, text):
                    return True
    return False


@register
class JargonLaden(Rule):
    """## What it does
    Flags a draft whose new text hands the client a string of unexplained shorthand:
    three or more distinct unexplained acronyms and trade terms (what JRG002 and JRG003
    find: not spelled out, not known to every reader, not the client's own words, not a
    domain the reader evidently knows), at least 3 per 100 words, of which at least two
    are plainly terms rather than names: a trade term, an acronym our lexicons list as
    trade or business shorthand, one used as a common noun ("the RTS", "Your PNR", "an
    ASN", "the client's GDS"), a plural ("UPNs") or one followed by a code of its code set
    ("CARC 16").  An acronym that stands somewhere in the draft where only a name can
    ("AEP's traders", "I called LADWP", "Sonat or GTC"), or in a list with such a name
    ("LADWP, EWEB and SRP"), is a name and does not count; nor does an acronym every
    office reader knows (an NDA, a PO, the SLA: `office` in the acronyms lexicon).  In a
    draft that names its parties by acronym (one is called, met, owns something or holds
    a contract: "CGLF k#64502"), an
    acronym counts only with evidence of its own that it is a term, and a determiner is
    that evidence only when the acronym ends its phrase ("a PSE", not "our EPE schedule
    sheet", which is our sheet for EPE).  Form and status codes count too, as terms, when
    a determiner makes them words of the sentence ("the SA302 and the SA100", "an AR-12
    hold", "the 1099-K", "the Cr4", "the s21 notice", "the GG-A notice"; two to five
    capitals with digits, a capital and one or two lower-case letters with digits, a
    section number in lower-case s, or a hyphenated code), not
    flight or model numbers named on their own, single-letter codes ("A4", "M25"),
    everyday ones ("FY24", "CO2", "PS5", "USB3"), the client's own, or one explained in
    brackets.  A draft that is mostly shorthand (five or more of them, at least 5 per
    100 words, or four at 10 per 100, not counting an acronym that is the subject of
    its clause, "SOCO was on the bid", which may be a party's name -- one given a reading
    or a state is a term: "ALT is elevated", "USG was 1.012", "CI is green") needs only one of
    them plainly a term: "CTR up on PMax, CPA down 14%, ROAS holding at 5.2, spend moved
    from the DSA into RLSA audiences".  A terse note of at most 25 words needs only two, when both are trade
    terms or acronyms our lexicons list ("Fixed - stale krb ticket and DNS scavenging,
    rejoined."), not codes.  One finding per draft, at the first of them,
    listing them.  The finding goes up one level when the client says they are new to
    this.

    JRG002 and JRG003 still report each term (info by default: alone, an acronym is often
    a company's name or an office's ordinary shorthand).  This rule is the one that
    blocks: several of them close together leave the client decoding instead of reading.

    ## Why it matters
    A client who meets three codes in two sentences cannot act on the message: they
    guess, phone back, or miss the one thing they had to do.

    ## Example
    ```
    The RTS didn't post because the WMS rejected the ASN, so the SSCC labels were
    reprinted and the linehaul left without your pallets.
    ```

    ## Use instead
    Plain words for each step: "Our warehouse system rejected the delivery notice from
    your supplier, so your pallets missed Tuesday's lorry. They leave on Thursday."
    """

    code = "JRG008"
    name = "jargon-laden"
    category = "jargon"
    severity = Severity.WARNING
    message = "draft is dense with unexplained acronyms and trade terms"
    suggestion = "spell out or explain each one, or say it in plain words"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        office = analyse(ctx).lex.office
        acronyms = [a for a in unexplained_acronyms(ctx) if a[2].upper() not in office]
        terms = unexplained_terms(ctx)
        codes = [c for c in form_codes(ctx) if not any(s < c[1] and c[0] < e for s, e, _, _ in acronyms)]
        found = len(acronyms) + len(terms) + len(codes)
        if found < JARGON_STRONG:
            return
        words = new_text_words(ctx)
        if found < JARGON_MIN and not words <= JARGON_SHORT_WORDS:
            return
        items = [(s, e, b) for s, e, b, _ in acronyms] + [(s, e, ctx.draft.masked[s:e]) for s, e, _ in terms] + codes
        if not words or 100 * len(items) / words < JARGON_DENSITY:
            return
        lex = analyse(ctx).lex
        text = ctx.draft.masked
        # A code after a determiner is used as a word of the message, as a term is.
        strong = len(terms) + len(codes) + sum(
            _term_like(text, s, e, b, b.upper() in lex.acronym_info) for s, e, b, _ in acronyms
        )
        not_subjects = [i for i in items if not _SUBJECT_VERB_AFTER.match(text, i[1]) or _MEASURED_AFTER.match(text, i[1])]
        density = 100 * len(items) / words
        dense = (len(not_subjects) >= JARGON_DENSE_MIN and density >= JARGON_DENSE_DENSITY) or (
            len(not_subjects) >= JARGON_DENSE_MIN - 1 and density >= 2 * JARGON_DENSE_DENSITY)
        if strong < (1 if dense else JARGON_STRONG):
            return
        if found < JARGON_MIN and (codes or not all(b.upper() in lex.acronym_info for _, _, b, _ in acronyms)):
            return  # a short note needs terms our lexicons list, not flight or form codes
        if _names_parties_by_acronym(ctx):
            # The draft names organisations by acronym, so an acronym with no sign of its
            # own of being a term may be one more of them: count only those with one.
            kept = [(s, e, b) for s, e, b, _ in acronyms
                    if _term_like(text, s, e, b, b.upper() in lex.acronym_info, head_only=True)]
            items = kept + [(s, e, ctx.draft.masked[s:e]) for s, e, _ in terms] + codes
            if len(items) < JARGON_MIN or 100 * len(items) / words < JARGON_DENSITY:
                return
        items.sort()
        start, end, _ = items[0]
        level, msg = raise_for_audience(
            Severity.WARNING, analyse(ctx),
            f"{len(items)} unexplained acronyms and trade terms in {words} words: {_list([b for _, _, b in items])}",
        )
        yield Hit(start, end, message=msg, severity=level)


# Run-on sentence: at least RUN_ON_WORDS words of running prose with at least
# RUN_ON_CLAUSES clause links.  The run-on sentences reviewers flagged on the labelled
# drafts run to 110-140 words; JRG006 (45 words) stays the broad, informative check.
RUN_ON_WORDS = 70
RUN_ON_CLAUSES = 4
# Words that link one clause to the next ("..., which ...", "and once you're there").
_CLAUSE_LINK = re.compile(
    r"\b(?:which|who|whom|whose|where|whereby|wherein|that|because|although|though|while|whereas|if|unless|"
    r"once|until|after|before|since|so|and|but|or|then|having|being|thereby|subject|notwithstanding|"
    r"insofar|including|bearing)\b",
    re.I,
)


def run_on_prose(sentence: str) -> int:
    """The clause links of a stretch of running prose written as one sentence, or 0 when
    it is not one: a table or list (see ``not_prose``), or what the splitter joined (a
    heading or list lines, a list after a colon, semicolon items, a run of names or Title
    Case: see ``joined_not_sentence``)."""
    if not_prose(sentence) or joined_not_sentence(sentence):
        return 0
    return len(_CLAUSE_LINK.findall(sentence))


@register
class RunOnSentence(Rule):
    """## What it does
    Flags a sentence of new text that runs on: 70 words or more of running prose, with
    four or more clauses strung together ("..., which ...", "and once ...", "after
    which ...", "subject to ..."), the kind of sentence a reader has to take apart
    before they can act on it.  What the sentence splitter joins into one "sentence" but
    is not one is skipped: tables and lists, a heading or list lines joined to the next
    line, a list after a colon, semicolon-separated items, runs of names or Title Case.

    JRG006 reports every sentence over `jargon-max-sentence-words` (45) words as info;
    this rule is the one that blocks.  The run-on sentences reviewers flagged on the
    labelled drafts run to 110-140 words; a long but well-built sentence of 50 words is
    left to JRG006.

    ## Why it matters
    The client loses the thread halfway: the deadline, the price or the one step they
    must take is buried in the middle, and they reply asking what you meant.

    ## Example
    ```
    To reset your password go to the portal, which you can reach from the welcome email
    or by typing the address, and once you have entered your work email, which is the one
    ending in our domain, you will be asked to verify your identity, after which ...
    ```

    ## Use instead
    One point per sentence, or numbered steps: "1. Open the portal from the welcome
    email. 2. Enter your work email. 3. Approve the prompt on your phone. 4. Choose a new
    password."
    """

    code = "JRG009"
    name = "run-on-sentence"
    category = "jargon"
    severity = Severity.WARNING
    message = "run-on sentence"
    suggestion = "split it: one point per sentence, or numbered steps"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        an = None
        text = ctx.draft.masked
        for _, _, sents in _paragraphs(ctx):
            for start, end, n in sents:
                if n < RUN_ON_WORDS:
                    continue
                links = run_on_prose(text[start:end])
                if links < RUN_ON_CLAUSES:
                    continue
                an = an or analyse(ctx)
                level, msg = raise_for_audience(
                    Severity.WARNING, an, f"run-on sentence: {n} words, {links} clauses strung together"
                )
                yield Hit(start, end, message=msg, severity=level)
