"""Empathy: does a draft need an acknowledgement, and does it have one?

The phrases live in ``lexicons/empathy.toml``; this module holds the logic around them:

* **who wrote it** -- complaint cues are read only in what the client wrote: the latest
  quoted message by the recipient (or by an unknown author), the ``in_reply_to`` text,
  and the subject line.  Quoted text we (or a colleague) wrote never counts.
* **negation, hedges, conditions** -- "no delay", "may be unavailable", "if your flight
  is cancelled" are not bad news; "not a complaint" is not a complaint.
* **routine sentences** -- planned maintenance, a cancellation the client asked for, a
  fix: a cue word in such a sentence does not count.
* **weights** -- a strong cue decides alone, a weak one needs a second cue.

Nothing here stores or logs draft text: cues keep offsets and a few quoted words for
the finding's message (which the user sees in their own report).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import SENT_START

from ..draft.model import BODY, QUOTED
from ..draft.readers import draft_from_message, parse_message_bytes, sniff_format
from ..draft.split import split
from ..errors import ConfigError, ReplylintError
from ..patterns import PhraseSet, compile_regex

LEXICON = "empathy"
STRONG, WEAK = 2, 1
NEEDED = 2  # total cue weight that makes a reply need an acknowledgement

_NEGATORS = {"no", "not", "never", "without", "nor", "nothing", "neither"}
_NOT_FORMS = {"not", "n't", "n’t", "never"}
_HEDGES = {"may", "might", "could", "can", "possibly", "occasionally", "sometimes", "rarely", "unlikely", "briefly"}
_CONDITIONS = {"if", "unless", "whether", "suppose", "supposing"}
_GREETING = re.compile(r"^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings|hiya|morning)\b", re.I)
_ATTRIBUTION = re.compile(
    r"^\s*(>\s*)*(on\s.{0,300}\bwrote\s*:|-{2,}\s*(original|forwarded) message|from:\s|begin forwarded message)",
    re.I,
)
_QUOTE_DEPTH = re.compile(r"^[ \t]*((?:>[ \t]?)*)")
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|sv|tr)\s*(\[\d+\])?\s*:\s*)+", re.I)
_CUE_TIERS = (":strong", ":weak", ":change")
_ACK_GROUPS = ("apology", "sympathy", "understanding", "validation", "patience")


@dataclass
class Cue:
    """One reason the draft needs empathy."""

    kind: str          # "complaint" or "bad_news"
    source: str        # "quoted", "in_reply_to", "subject", "draft"
    weight: int
    words: str         # a few words of the trigger, for the message
    key: str           # the normalised cue, so one repeated weak cue counts once
    start: int | None = None  # offsets into draft.text (None for subject / in_reply_to)
    end: int | None = None
    change: bool = False  # a change of date or plan: evidence only next to another cue

    def reason(self) -> str:
        where = {
            "quoted": "the client wrote",
            "in_reply_to": "the message you reply to says",
            "subject": "the subject says",
            "draft": "the draft says",
        }[self.source]
        return f"{where} '{self.words}'"


@dataclass
class Analysis:
    cues: list[Cue] = field(default_factory=list)
    # Acknowledgements in the new text: (start, end, group); group "boilerplate" for
    # apologies with nothing specific in them.
    acks: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def score(self) -> int:
        # One cue counts once: repeated, or echoed by the draft ("failing" in the client's
        # question and in our explanation) it is still one piece of evidence.
        # A subject naming a topic ("Re: Refund", "Re: Delay") is not a complaint: one
        # weak subject cue on its own is not evidence, unless the client's message or a
        # second subject cue backs it up.
        subject_weak = {c.key for c in self.cues if c.source == "subject" and c.weight == WEAK}
        lone_subject = len(subject_weak) == 1 and not any(
            c.source in ("quoted", "in_reply_to") or (c.source == "subject" and c.weight > WEAK) for c in self.cues
        )
        seen: dict[str, int] = {}
        changes: set[str] = set()
        for c in self.cues:
            if lone_subject and c.source == "subject":
                continue
            if c.change:
                changes.add(c.key)
            else:
                seen[c.key] = max(seen.get(c.key, 0), c.weight)
        # Moved dates and plans ("new date", "rescheduled") add up only with other news.
        base = sum(seen.values())
        return base + (len(changes - set(seen)) if base else 0)

    @property
    def needed(self) -> bool:
        return self.score >= NEEDED

    def main_cue(self) -> Cue | None:
        """The cue to quote: the strongest, the client's words before the draft's."""
        if not self.cues:
            return None
        order = {"quoted": 0, "in_reply_to": 1, "subject": 2, "draft": 3}
        return sorted(self.cues, key=lambda c: (-c.weight, order[c.source], c.start or 0))[0]

    def bad_news(self) -> list[Cue]:
        return sorted((c for c in self.cues if c.source == "draft"), key=lambda c: c.start or 0)

    def specific_acks(self) -> list[tuple[int, int, str]]:
        return [a for a in self.acks if a[2] != "boilerplate"]


# -- compiled lexicon ----------------------------------------------------------

def _phrase_list(lex: dict, table: str, key: str) -> list[str]:
    value = lex.get(table, {}).get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"lexicon [empathy.{table}] {key}: expected a list of phrases")
    return value


def compiled(ctx):
    """One phrase set for every empathy phrase, plus the shouting regexes."""

    def build():
        lex = ctx.lexicons.get(LEXICON)
        ps = PhraseSet(ctx.pipeline.nlp, ctx.pipeline.lemmatize)
        for table, keys in (
            ("complaint", ("strong", "weak", "calm", "not_cues")),
            ("bad_news", ("strong", "weak", "change", "routine", "not_cues")),
            ("acknowledgement", (*_ACK_GROUPS, "boilerplate", "non_apology")),
        ):
            for key in keys:
                ps.add(f"{table}:{key}", _phrase_list(lex, table, key))
        shouting = [
            compile_regex(p, "lexicon [empathy.complaint] shouting", flags=0)
            for p in _phrase_list(lex, "complaint", "shouting")
        ]
        return ps, shouting

    return ctx.compiled(("empathy", "phrases"), build)


# -- reading a doc -------------------------------------------------------------

def _words(doc, s: int, e: int, limit: int = 48) -> str:
    # Start on a whole word: "didn't turn up", not "n't turn up".
    if s > 0 and doc[s].text[:1] in "'’" or doc[s].lower_ in ("n't", "n’t", "not") and s > 0 and not doc[s - 1].whitespace_:
        s -= 1
    text = " ".join(doc[s:e].text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _preceded_by(doc, sent_start: int, s: int, words: set[str], window: int) -> bool:
    lo = max(sent_start, s - window)
    for tok in doc[lo:s]:
        if tok.lemma_.lower() in words or tok.lower_ in words:
            # "May" inside a sentence is the month, not a hedge.
            if tok.lower_ == "may" and tok.text != "may" and tok.i != sent_start:
                continue
            # "can't", "could not": a refusal, not a hedge.
            if words is _HEDGES and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _NOT_FORMS:
                continue
            return True
    return False


def _is_question(doc, start: int, end: int) -> bool:
    for i in range(end - 1, start - 1, -1):
        tok = doc[i]
        if not tok.is_space:
            return tok.text.endswith("?")
    return False


def _sentence_starts(doc) -> list[int]:
    """Token indices where sentences start (one array read, no Span objects)."""
    if not len(doc):
        return []
    flags = doc.to_array([SENT_START])
    starts = [i for i in np.flatnonzero(flags == 1).tolist()]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return starts


def _by_sentence(doc, matches):
    """Matches grouped by sentence: {(sent_start, sent_end): [(key, start, end), ...]}."""
    starts = _sentence_starts(doc)
    n = len(doc)
    out: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
    for key, s, e in matches:
        k = bisect.bisect_right(starts, s) - 1
        bounds = (starts[k], starts[k + 1] if k + 1 < len(starts) else n)
        out.setdefault(bounds, []).append((key, s, e))
    return out


def _has_specific_ack(matches) -> bool:
    """True when a sentence's matches include an acknowledgement that is neither
    boilerplate nor a non-apology."""
    plain = [(s, e) for k, s, e in matches if k in ("acknowledgement:boilerplate", "acknowledgement:non_apology")]
    for k, s, e in matches:
        if k.startswith("acknowledgement:") and k not in ("acknowledgement:boilerplate", "acknowledgement:non_apology"):
            if not any(a <= s < b or s <= a < e for a, b in plain):
                return True
    return False


def _cues_in(doc, all_matches, kinds: tuple[str, ...], source: str, offset_ok=None) -> list[Cue]:
    """Cues of the given kinds ("complaint", "bad_news") in ``doc``."""
    cues: list[Cue] = []
    wanted = [m for m in all_matches if m[0].split(":", 1)[0] in kinds or m[0].startswith("acknowledgement:")]
    if not any(m[0].endswith(_CUE_TIERS) for m in wanted):
        return cues
    for (sent_start, sent_end), matches in _by_sentence(doc, wanted).items():
        keys = {k for k, _, _ in matches}
        if not any(k.endswith(_CUE_TIERS) for k in keys):
            continue
        if "complaint:calm" in keys and all(
            _preceded_by(doc, sent_start, s, _NEGATORS, 2) for k, s, _ in matches if k == "complaint:calm"
        ):
            keys.discard("complaint:calm")  # "not happy with" is not calm
        question = _is_question(doc, sent_start, sent_end)
        for key, s, e in matches:
            table, tier = key.split(":")
            if table not in kinds or tier not in ("strong", "weak", "change"):
                continue
            if any(k == f"{table}:not_cues" and a < e and s < b for k, a, b in matches):
                continue
            if offset_ok is not None and not offset_ok(doc[s].idx):
                continue
            if _preceded_by(doc, sent_start, s, _NEGATORS, 3):
                continue
            if table == "complaint":
                if "complaint:calm" in keys:
                    continue
                # A what-if question ("What happens if the parcel arrives damaged?") is
                # not a complaint; a threat ("If this is not fixed, I will cancel.") is.
                if question and _preceded_by(doc, sent_start, s, _CONDITIONS, 8):
                    continue
            else:
                if "bad_news:routine" in keys:
                    continue
                if _preceded_by(doc, sent_start, s, _HEDGES, 4) or _preceded_by(doc, sent_start, s, _CONDITIONS, 12):
                    continue
                if e - s > 2 and _preceded_by(doc, s + 1, e - 1, _HEDGES, e - s):  # "rates may increase"
                    continue
                if doc[sent_start].lower_ == "should":  # "Should the courier be delayed, ..."
                    continue
                if question:
                    continue
                # An apology sentence names the bad news; it is not news itself.
                if _has_specific_ack(matches):
                    continue
            words = _words(doc, s, e)
            cues.append(
                Cue(
                    kind=table, source=source, weight=STRONG if tier == "strong" else WEAK, change=tier == "change",
                    words=words, key=" ".join(t.lemma_.lower() for t in doc[s:e]),
                    start=doc[s].idx if source in ("quoted", "draft") else None,
                    end=doc[e - 1].idx + len(doc[e - 1]) if source in ("quoted", "draft") else None,
                )
            )
    return cues


def _shouting(text: str, regexes, source: str, base: int | None = None) -> list[Cue]:
    cues = []
    for rx in regexes:
        for m in rx.finditer(text):
            cues.append(Cue("complaint", source, WEAK, m.group(0), f"shout:{m.group(0).lower()}",
                            start=None if base is None else base + m.start(),
                            end=None if base is None else base + m.end()))
    return cues


# -- who wrote what -------------------------------------------------------------

def client_ranges(draft) -> list[tuple[int, int]]:
    """Char ranges of the latest quoted message written by the client (or by an unknown author).

    Quoted blocks written by us or a colleague (``by_recipient is False``) are skipped;
    older history nested below the latest message (deeper ``>`` or a second attribution)
    is left out, since an old complaint already answered does not make today's reply need
    an apology.
    """
    seg = next((s for s in draft.segments if s.kind == QUOTED and s.by_recipient is not False), None)
    if seg is None:
        return []
    text = draft.text
    ranges: list[tuple[int, int]] = []
    pos = seg.start
    depth = None
    started = False
    while pos < seg.end:
        nl = text.find("\n", pos, seg.end)
        end = seg.end if nl < 0 else nl + 1
        line = text[pos:end]
        if line.strip():
            d = _QUOTE_DEPTH.match(line).group(1).count(">")
            if _ATTRIBUTION.match(line):
                if started:
                    break
            else:
                if depth is None:
                    depth = d
                if d > depth:
                    break
                started = True
                ranges.append((pos, end))
        pos = end
    return ranges


def _spans(doc, char_ranges):
    """Token spans covering the given character ranges (merged, in order)."""
    out = []
    for a, b in sorted(char_ranges):
        span = doc.char_span(a, b, alignment_mode="expand") if b > a else None
        if span is None or not len(span):
            continue
        if out and span.start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], span.end)
        else:
            out.append([span.start, span.end])
    return [doc[s:e] for s, e in out]


def _in_ranges(ranges):
    def ok(offset: int) -> bool:
        return any(a <= offset < b for a, b in ranges)
    return ok


# -- the analysis ----------------------------------------------------------------

def analyse(ctx) -> Analysis:
    return ctx.memo(("empathy", "analysis"), lambda: _analyse(ctx))


def _analyse(ctx) -> Analysis:
    ps, shouting = compiled(ctx)
    draft, doc = ctx.draft, ctx.doc
    nlp = ctx.pipeline.nlp
    an = Analysis()

    def in_body(offset: int) -> bool:
        return draft.segment_at(offset).kind == BODY

    # 1. What the client wrote: latest quoted message, in_reply_to, subject.
    ranges = client_ranges(draft)
    # Only the new text and the client's latest message matter: long quoted history and
    # signatures are not matched at all.
    matches = []
    for span in _spans(doc, [(s.start, s.end) for s in draft.segments if s.kind == BODY] + ranges):
        matches += ps(span)
    if ranges:
        an.cues += _cues_in(doc, matches, ("complaint",), "quoted", offset_ok=_in_ranges(ranges))
        for a, b in ranges:
            an.cues += _shouting(draft.masked[a:b], shouting, "quoted", base=a)
    reply = getattr(draft, "in_reply_to", None)
    if reply and reply.strip():
        own = _reply_text(reply)
        if own.strip():
            rdoc = nlp(own)
            an.cues += _cues_in(rdoc, ps(rdoc), ("complaint",), "in_reply_to")
            an.cues += _shouting(own, shouting, "in_reply_to")
    if draft.subject and draft.subject.strip():
        subject = _SUBJECT_PREFIX.sub("", draft.subject).strip()
        if subject:
            sdoc = _one_sentence_doc(ctx.pipeline.nlp, subject)
            an.cues += _cues_in(sdoc, ps(sdoc), ("complaint",), "subject")
            an.cues += _shouting(subject, shouting, "subject")

    # 2. Bad news and acknowledgement in the new text.
    an.cues += _cues_in(doc, matches, ("bad_news",), "draft", offset_ok=in_body)
    acks = [(k, s, e) for k, s, e in matches if k.startswith("acknowledgement:") and in_body(doc[s].idx)]
    non_apology = [(s, e) for k, s, e in acks if k == "acknowledgement:non_apology"]
    boiler = [(s, e) for k, s, e in acks if k == "acknowledgement:boilerplate"]
    for key, s, e in acks:
        group = key.split(":", 1)[1]
        if group in ("non_apology", "boilerplate"):
            continue
        if any(a <= s < b or s <= a < e for a, b in non_apology):
            continue
        if any(a <= s < b or s <= a < e for a, b in boiler):
            group = "boilerplate"
        an.acks.append((doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), group))
    for s, e in boiler:
        start = doc[s].idx
        if not any(a <= start < b for a, b, _ in an.acks):
            an.acks.append((start, doc[e - 1].idx + len(doc[e - 1]), "boilerplate"))
    an.acks.sort()
    return an


def _reply_text(reply: str) -> str:
    """What the client wrote in the message being replied to: its new text only (a saved
    .eml is read through its body; quoted history and signature are left out)."""
    reply = reply.replace("\r\n", "\n")
    if sniff_format(reply[:4096].encode("utf-8", "replace")) == "eml":
        try:
            parsed = draft_from_message(parse_message_bytes(reply.encode("utf-8", "surrogateescape"), "<in-reply-to>"))
        except ReplylintError:
            parsed = None
        if parsed is not None:
            return parsed.new_text
    return "".join(reply[s.start:s.end] for s in split(reply) if s.kind == BODY)


def _one_sentence_doc(nlp, text: str):
    """A Doc with lemmas for a one-line text (the subject): tokenizer and lemmatizer only."""
    # No sentence starts are set: the whole text is read as one sentence.
    return nlp.get_pipe("replylint_lemmatizer")(nlp.make_doc(text))


def first_body_sentence(ctx):
    """The first sentence of the new text that is not a greeting (where a missing
    acknowledgement belongs)."""
    fallback = None
    for sent in ctx.sentences():
        if fallback is None:
            fallback = sent
        if _GREETING.match(sent.text) and len(sent) <= 8:
            continue
        return sent
    return fallback


def body_words(ctx) -> int:
    return sum(1 for sent in ctx.sentences() for t in sent if t.is_alpha)
