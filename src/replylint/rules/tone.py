"""Tone: shouting, passive-aggressive formulas, blame, condescension, non-apologies.

Tone rules read the new text only (what the writer is sending now) and are warnings or
information: they ask for a second look rather than block a send.  Phrases live in
``lexicons/tone.toml``; each table there carries the suggested rewording.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import ConfigError
from ..findings import Severity
from ..patterns import PhraseSet
from . import NEW_TEXT, Context, Hit, Rule, register
from ._remark_common import overlaps

LEXICON = "tone"
PHRASE_GROUPS = ("passive_aggressive", "blame", "condescension", "non_apology")
# A run of words in capitals, not inside a longer word.  The pattern opens with the
# capital itself (the look-behind then checks the character before it) so the regex
# engine can skip straight from one capital to the next.
CAPS_RUN = re.compile(r"[A-Z](?<![\w'’&-][A-Z])[A-Z'’]*[A-Z](?:[ \t]+[A-Z][A-Z'’]*[A-Z])*(?![\w'’&-])")
BANGS = re.compile(r"[!?]*![!?]*")
SELF = {"we", "i", "it", "this", "that", "which", "they", "he", "she", "there", "'re", "'m", "we've", "just"}
SECOND = {"you", "your", "you're", "yourself", "yourselves", "u"}


@dataclass
class ToneLexicon:
    phrases: PhraseSet
    suggestions: dict[str, str]
    acronyms: set[str]
    common: set[str]
    mild: set[str]
    repeat_verbs: set[str]


def _list(table: dict, key: str, where: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"lexicon [tone] {where}.{key}: expected a list of strings")
    return value


def _table(lex: dict, name: str) -> dict:
    value = lex.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(f"lexicon [tone] {name}: expected a table")
    return value


def lexicon(ctx: Context) -> ToneLexicon:
    def build() -> ToneLexicon:
        lex = ctx.lexicons.get(LEXICON)
        ps = PhraseSet(ctx.pipeline.nlp, ctx.pipeline.lemmatize)
        suggestions = {}
        for group in PHRASE_GROUPS:
            table = _table(lex, group)
            ps.add(group, _list(table, "phrases", group))
            suggestions[group] = str(table.get("suggestion", ""))
        cond = _table(lex, "condescension")
        ps.add("mild", _list(cond, "mild", "condescension"))
        ps.add("allow", _list(_table(lex, "allow"), "phrases", "allow"))
        shout = _table(lex, "shouting")
        pa = _table(lex, "passive_aggressive")
        return ToneLexicon(
            phrases=ps,
            suggestions=suggestions,
            acronyms={w.upper() for w in _list(shout, "acronyms", "shouting")},
            common={w.lower().replace("’", "'") for w in _list(shout, "common_words", "shouting")},
            mild={w.lower() for w in _list(cond, "mild", "condescension")},
            repeat_verbs={w.lower() for w in _list(pa, "repeat_verbs", "passive_aggressive")},
        )

    return ctx.compiled((LEXICON, "lexicon"), build)


def _matches(ctx: Context) -> tuple[dict[str, list[tuple[int, int]]], list[tuple[int, int]]]:
    """Phrase matches in the new text by group (token spans), and allowed character spans."""

    def build():
        doc = ctx.doc
        groups: dict[str, list[tuple[int, int]]] = {}
        allowed: list[tuple[int, int]] = []
        for key, start, end in lexicon(ctx).phrases(doc):
            span = doc[start:end]
            if key == "allow":
                allowed.append((span.start_char, span.end_char))
            elif ctx.in_parts(span.start_char, NEW_TEXT):
                groups.setdefault(key, []).append((start, end))
        return groups, allowed

    return ctx.memo((LEXICON, "matches"), build)


NEGATIONS = {"not", "n't", "never", "no", "nobody", "hardly"}


class _PhraseRule(Rule):
    group: str
    parts = NEW_TEXT
    # Blame and condescension turn kind when negated: "it's not your fault".
    negatable = False

    def check(self, ctx: Context):
        groups, allowed = _matches(ctx)
        if self.group not in groups:
            return
        suggestion = lexicon(ctx).suggestions.get(self.group) or None
        doc = ctx.doc
        last_end = -1
        for start, end in sorted(groups[self.group]):
            span = doc[start:end]
            if start < last_end or overlaps(allowed, span.start_char, span.end_char):
                continue
            if self.negatable and any(doc[j].lower_ in NEGATIONS for j in range(max(doc[start].sent.start, start - 3), start)):
                continue
            last_end = end
            yield Hit(span.start_char, span.end_char, suggestion=suggestion)


def _upper_share(text: str) -> tuple[float, int]:
    letters = [c for c in text if c.isalpha()]
    return (sum(c.isupper() for c in letters) / len(letters) if letters else 0.0), len(text.split())


def _caps_heading(line: str) -> bool:
    """A whole line in capitals that is not a sentence: a heading, a headline, a label
    ("FERC ADDS ANOTHER LAYER TO POLICY ON NEGOTIATED-RATE AUTHORITY")."""
    share, words = _upper_share(line)
    return share >= 0.9 and words <= 12 and not line.rstrip().endswith((".", "!", "?"))


def _caps_block(text: str, start: int, end: int) -> bool:
    """Capitals that are the paragraph's whole style, not emphasis against lower case:
    machine bulletins (weather, pipeline and telex notices) and caps-lock writing."""
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", end)
    para = text[para_start : len(text) if para_end < 0 else para_end]
    share, words = _upper_share(para)
    return share >= 0.7 and words >= 12


@register
class Shouting(Rule):
    """## What it does
    Flags shouting in the new text: runs of two or more words in capitals that are not
    acronyms ("PLEASE READ THE ATTACHED", "DO NOT reply"), and runs of exclamation marks
    ("!!", "!!!", "?!"). A single capitalised common word used for emphasis ("we have
    NOT received it") is reported as information.

    Acronyms and codes are not shouting: a capitalised word counts only when it is an
    ordinary word (`common_words` in `lexicons/tone.toml`) or sits in a run with one,
    and never when it is in the `acronyms` list. A short line that is all capitals
    (a heading such as "NEXT STEPS") is not reported.

    ## Why it matters
    Capitals and stacked exclamation marks read as raised voice; in a tense exchange
    they escalate it.

    ## Example
    ```
    Please DO NOT SEND the documents again!!!
    ```

    ## Use instead
    Use sentence case and one short sentence for emphasis: "Please don't send the
    documents again: we have them all."
    """

    code = "TON001"
    name = "shouting"
    category = "tone"
    severity = Severity.WARNING
    message = "shouting (capitals or repeated exclamation marks)"
    suggestion = "write in sentence case with a single '.' or '!'; make the point with a short sentence instead"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        lex = lexicon(ctx)
        text = ctx.draft.masked
        for seg in ctx.draft.spans(*NEW_TEXT):
            chunk = text[seg.start : seg.end]
            for m in CAPS_RUN.finditer(chunk):
                words = m.group(0).split()
                plain = [w for w in words if w.replace("’", "'") not in lex.acronyms and w.upper() not in lex.acronyms]
                common = [w for w in plain if w.lower().replace("’", "'") in lex.common]
                start = seg.start + m.start()
                end = seg.start + m.end()
                if len(plain) >= 2 and common:
                    line_start = text.rfind("\n", 0, start) + 1
                    line_end = text.find("\n", end)
                    line = text[line_start : len(text) if line_end < 0 else line_end].strip(" \t:-–*#")
                    if line == m.group(0) and len(words) <= 5:
                        continue  # a heading
                    if _caps_heading(line) or _caps_block(text, start, end):
                        continue
                    yield Hit(start, end, message="shouting: words in capitals")
                elif len(words) == 1 and common and len(words[0]) >= 3:
                    yield Hit(start, end, message="emphasis in capitals", severity=Severity.INFO,
                              suggestion="use sentence case; if the word matters, put it in its own short sentence")
            if "!" not in chunk:
                continue  # a plain test is far cheaper than the regex scan
            for m in BANGS.finditer(chunk):
                if len(m.group(0)) >= 2:
                    yield Hit(seg.start + m.start(), seg.start + m.end(), message="shouting: repeated exclamation marks")


@register
class PassiveAggressive(_PhraseRule):
    """## What it does
    Flags passive-aggressive formulas in the new text: "per my last email", "as I
    already said", "as previously stated", "as I've now explained three times", "for the
    third time", "not sure how to make this any clearer", "there's no need to email six
    times a day".

    Neutral references back ("as discussed on the phone", "as mentioned in our call")
    are not reported.  "For the third time" is the writer repeating themselves only when
    it heads the sentence ("For the third time, the form is attached") or follows a verb
    of asking, telling or sending ("I'm asking for the last time"); an event counted
    ("the server failed for the third time") or a schedule ("for the last time this
    year, the office closes early") is not reported.

    ## Why it matters
    These phrases tell the reader they are slow or careless without saying so; clients
    hear the irritation and the exchange gets longer, not shorter.

    ## Example
    ```
    As per my last email, the invoice is attached.
    ```

    ## Use instead
    Restate the point once, plainly: "The invoice is attached again here for ease."
    """

    code = "TON002"
    name = "passive-aggressive"
    category = "tone"
    severity = Severity.WARNING
    message = "passive-aggressive phrasing"
    suggestion = "restate the point once, briefly and neutrally"
    group = "passive_aggressive"

    def check(self, ctx: Context):
        lex = lexicon(ctx)
        doc = ctx.doc
        for hit in super().check(ctx):
            span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
            if span is not None and _counted_time(span) and not _writer_repeating(span, lex.repeat_verbs):
                continue
            yield hit


_ORDINAL_TIME = {"second", "third", "fourth", "fifth", "last", "umpteenth", "hundredth", "nth"}
_SENTENCE_LEAD = {"and", "so", "ok", "okay", "right", "now", "again", "once", "yes", "look"}


def _counted_time(span) -> bool:
    """"for the third time": a count of times, not "as I've said three times"."""
    words = [t.lower_ for t in span]
    return len(words) >= 4 and words[:2] == ["for", "the"] and words[2] in _ORDINAL_TIME and words[-1] == "time"


def _writer_repeating(span, repeat_verbs: set[str]) -> bool:
    """The count frames the writer repeating themselves: it heads the sentence and a
    comma or colon follows ("For the third time, ..."), or a verb of asking, telling or
    sending comes before it in the sentence ("I'm asking for the last time")."""
    sent = span.sent
    before = [t for t in sent if t.i < span.start]
    if all(t.is_punct or t.lower_ in _SENTENCE_LEAD for t in before):
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if nxt is not None and nxt.text in {",", ":", "-", "—", "–", "!"}:
            return True
    return any(t.lemma_.lower() in repeat_verbs or t.lower_ in repeat_verbs for t in before)


@register
class Blame(_PhraseRule):
    """## What it does
    Flags wording that puts the fault on the reader: "you failed to", "that's your
    fault", "you should have read", "if you had followed the instructions", "you were
    told", "you got it wrong".

    Facts stated about what happened ("the form arrived after the deadline", "the
    firewall rules on your side were not updated") are not reported: disagreeing with
    evidence is fine, assigning blame to the person is what reads badly. "You should
    have received an email" is not blame and is not reported, nor is sympathy in the
    same words ("you shouldn't have been kept waiting", "you shouldn't have had to chase us").

    ## Why it matters
    Blame makes the client defend themselves instead of solving the problem with you,
    and reads badly if the thread is ever escalated.

    ## Example
    ```
    You failed to submit the form before the deadline.
    ```

    ## Use instead
    Describe what happened and what comes next: "The form reached us after the
    deadline, so the next available slot is 3 June."
    """

    code = "TON003"
    name = "blame"
    category = "tone"
    severity = Severity.WARNING
    message = "blames the reader"
    suggestion = "describe what happened and what happens next, not who is at fault"
    group = "blame"
    negatable = True


@register
class Condescension(_PhraseRule):
    """## What it does
    Flags condescending phrases in the new text ("as anyone knows", "it's not rocket
    science", "surely you understand", "needless to say", "I shouldn't have to explain")
    as warnings, and the words "obviously" and "simply" as information when they are
    aimed at the reader ("simply click the link", "obviously you will need to...").

    "We simply can't reduce the price" (about the writer's side) is not reported.

    ## Why it matters
    Telling the reader something is obvious or simple implies they should not have
    needed to ask. Clients who struggled with the "simple" step feel talked down to.

    ## Example
    ```
    As anyone knows, invoices are due within 30 days.
    ```

    ## Use instead
    State the point without the framing: "Invoices are due within 30 days."
    """

    code = "TON004"
    name = "condescension"
    category = "tone"
    severity = Severity.WARNING
    message = "condescending phrasing"
    suggestion = "drop the framing; state the point and let the reader judge"
    group = "condescension"

    def check(self, ctx: Context):
        yield from super().check(ctx)
        groups, allowed = _matches(ctx)
        doc = ctx.doc
        for start, end in groups.get("mild", []):
            span = doc[start:end]
            if overlaps(allowed, span.start_char, span.end_char):
                continue
            sent = doc[start].sent
            before = [doc[j].lower_ for j in range(max(sent.start, start - 3), start)]
            if before and before[-1] in SELF:
                continue  # "we simply can't", "it obviously"
            if span.text.lower() == "simply":
                aimed = start == sent.start or any(w in SECOND for w in before) or (before and before[-1] in ("-", "•", "*", ":"))
            else:
                aimed = any(t.lower_ in SECOND for t in sent)
            if aimed:
                yield Hit(span.start_char, span.end_char, message=f"condescending word '{span.text}'",
                          severity=Severity.INFO,
                          suggestion="drop it: what is simple or obvious to us may not be to the reader")


@register
class NonApology(_PhraseRule):
    """## What it does
    Flags non-apologies: "sorry if you feel that way", "sorry you feel", "I apologise if
    you were offended", "sorry for any confusion you may have", "sorry for any perceived
    delay". They apologise for the reader's reaction instead of for what happened.

    Real apologies ("I'm sorry the delivery was late", "sorry you've been without it
    all week") are not reported.

    ## Why it matters
    A non-apology reads as "you are overreacting", which usually makes an upset client
    angrier than no apology at all.

    ## Example
    ```
    I'm sorry if you feel the service was slow.
    ```

    ## Use instead
    Apologise for the event and say what you are doing: "I'm sorry our replies were
    slow last week; you now have a named contact, Ana, on 01632 960 000."
    """

    code = "TON005"
    name = "non-apology"
    category = "tone"
    severity = Severity.WARNING
    message = "non-apology: apologises for the reader's feelings, not for what happened"
    suggestion = "apologise for what happened, not for how they feel"
    group = "non_apology"
