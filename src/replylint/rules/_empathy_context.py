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

What keeps it cheap: each table of the lexicon is matched only where it can count
(complaints in what the client wrote, bad news and acknowledgements in the new text,
acknowledgements only once they can matter), word tests read the shared DocIndex columns
rather than Token objects, and the subject line is lemmatized and matched only when some
complaint phrase finds in it every word it cannot do without.

Nothing here stores or logs draft text: cues keep offsets and a few quoted words for
the finding's message (which the user sees in their own report).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple


from ..draft.model import BODY, QUOTED, SIGNATURE
from ..draft.mask import neutralise_runs
from ..draft.split import split
from .. import spacy_names as sp
from ..errors import ConfigError, ReplylintError
from ..strhash import hash_string
from ..patterns import DocIndex, PhraseSet, _compile_phrase, compile_regex, sentence_starts
from ._empathy_model import ModelView, scores, score_text

LEXICON = "empathy"
STRONG, WEAK = 2, 1
NEEDED = 2  # total cue weight that makes a reply need an acknowledgement


def _hashes(*words: str) -> frozenset[int]:
    # Token columns hold string hashes: compare hashes, never build the strings.
    return frozenset(hash_string(w) for w in words)


# Words that address the reader: bad news in a sentence with one of them is about the
# reader's own matter ("your order", "we cannot refund you").
_YOU = _hashes("you", "your", "yours", "yourself", "yourselves")
# Words of the writer's side: bad news "we" bring about ("We will no longer be able to act
# for you") in the opening of a message addressed to the reader is news for them.
_WE = _hashes("we", "our", "us", "ours")
_NEGATORS = _hashes("no", "not", "never", "without", "nor", "nothing", "neither", "zero")
_NONE = _hashes("none")
_NOT_FORMS = _hashes("not", "n't", "n’t", "never")
_HEDGES = _hashes("may", "might", "could", "can", "possibly", "occasionally", "sometimes", "rarely", "unlikely", "briefly")
_CONDITIONS = _hashes("if", "unless", "whether", "suppose", "supposing")
_NOT_WORD = _hashes("n't", "n’t", "not")
# "No chance of that falling through", "zero chance the council rejects it": a promise
# that the bad thing will not happen.
_NO_CHANCE = _hashes("no", "zero", "little", "nil", "slim", "not")
_CHANCE = _hashes("chance", "chances", "risk", "danger", "possibility", "likelihood", "way")
# "You won't face any more delays", "no more leaks": the bad thing ends.
_ANY_MORE = _hashes("more", "further", "longer")
_ANY_NO = _hashes("any", "no")
# A cue in a clause of cause ("the late filing was due to HMRC's own outage") explains
# something else; the news, if any, is in the main clause.
_CAUSE_AFTER = _hashes("to", "of", "by")
_CAUSE_BEFORE = {hash_string("due"): hash_string("to"), hash_string("owing"): hash_string("to"),
                 hash_string("because"): hash_string("of"), hash_string("caused"): hash_string("by")}
_NO_NEVER = _hashes("no", "never")
_MAY = hash_string("may")
_SHOULD = hash_string("should")
_SPACE, _QUESTION, _OTHER = 0, 1, 2  # how a token ends, for questions (_Lexicon.ending)
_GREETING = re.compile(r"^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings|hiya|morning|kia ora)\b", re.I)
# A salutation that is only the reader's name ("Leon,", "Mr Okwu,", "Ms. Delgado:").
_VOCATIVE = re.compile(r"^\s*((?i:mr|mrs|ms|miss|dr|prof)\.?\s+)?[A-Z][\w'’.-]*(\s+[A-Z][\w'’.-]*){0,2}\s*[,:;]\s*$")
# The sentences after the salutation where a message gives its own news.
OPENING_SENTENCES = 2
# A salutation to a group ("All,", "Hi everyone,", "Dear colleagues,") opens a broadcast:
# its news is everyone's, not the reader's own matter.
_GROUP = re.compile(r"\b(all|everyone|everybody|team|teams|colleagues|folks|guys|y'all|friends|members|staff|people|"
                    r"gentlemen|ladies|lawyers|traders|users|customers|subscribers|family|families|neighbours|neighbors|"
                    r"committee|board|parents|class|group|crew|squad)\b", re.I)
# A salutation to a role rather than a person ("Dear Customer,", "Dear Valued Member,",
# "Dear Power Outage Database Customer,", "Dear Sir or Madam,") opens a mailing sent to
# everyone on a list: its news is a bulletin, not the reader's own matter.
_ROLE = re.compile(r"\b(customers?|clients?|subscribers?|members?|users?|account ?holders?|policy ?holders?|"
                   r"cardholders?|residents?|patients?|parents?|guests?|passengers?|shareholders?|investors?|"
                   r"partners?|suppliers?|vendors?|applicants?|candidates?|sir|madam|sirs|sir/madam|"
                   r"to whom it may concern)\s*$", re.I)
# A sentence that reports what a third party said ("..., the airline said", "Eric advised
# that the pipeline ...") is a story.
_REPORTED = frozenset({"said", "says", "reported", "according", "advised", "advises", "informed", "informs",
                       "announced", "announces", "stated", "states"})
# ... but the formal openers that give the writer's own news to the reader ("Please be
# informed that your application ...", "Kindly be advised", "You are hereby informed")
# do not report anyone.
_NOTICE = re.compile(r"^\W*(?:(?:please|kindly)\s+be|you\s+are|you['’]re|be)\s+(?:hereby\s+)?(?:informed|advised)\b", re.I)


def _reports(sent) -> bool:
    """Whether a sentence reports what a third party said (see ``_REPORTED``)."""
    words = [t.lower_ for t in sent]
    if not any(w in _REPORTED for w in words):
        return False
    m = _NOTICE.match(sent.text)
    if m is None:
        return True
    return any(t.lower_ in _REPORTED for t in sent if t.idx - sent.start_char >= m.end())
# News the reader already has ("As you may already know, the service has been down ...")
# is background to what the message says, not the message's news.
_KNOWN = re.compile(r"\bas (you|many of you) (may |might |will |probably |surely )?(already |well )?"
                    r"(know|be aware|are aware|have heard|heard|have seen|saw)\b", re.I)
_ATTRIBUTION = re.compile(
    r"^\s*(>\s*)*(on\s.{0,300}\bwrote\s*:|-{2,}\s*(original|forwarded) message|from:\s|begin forwarded message)",
    re.I,
)
_QUOTE_DEPTH = re.compile(r"^[ \t]*((?:>[ \t]?)*)")
_FORWARD_PREFIX = re.compile(r"^\s*((re|aw|sv)\s*(\[\d+\])?\s*:\s*)*(fw|fwd|tr|wg)\s*(\[\d+\])?\s*:", re.I)
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|sv|tr)\s*(\[\d+\])?\s*:\s*)+", re.I)
# "table:tier" key -> tier, per cue table
_TIER_OF = {table: {f"{table}:{tier}": tier for tier in ("strong", "weak", "change", "distress")} for table in ("complaint", "bad_news")}
_ACK_GROUPS = ("apology", "sympathy", "understanding", "validation", "patience")
# The lexicon's tables and their groups (a phrase set per table, keys "table:group").
_TABLES = {
    "complaint": ("strong", "weak", "distress", "calm", "not_cues", "topic", "purpose"),
    "bad_news": ("strong", "weak", "change", "routine", "spared", "not_cues"),
    "acknowledgement": (*_ACK_GROUPS, "boilerplate", "non_apology"),
}


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
    score: float | None = None  # set when a trained model found it (its sentence score)
    # The evidence concerns the reader: the client's own words, bad news said to them
    # ("your order", "we cannot refund you"), or a sentence a model read as such.
    to_reader: bool = False
    # Bad news opening a message addressed to the reader ("Hi Lena, / Release 2 will now
    # ship on 14 November"): news for them, said without "you" (see ``_opening``).
    opening: bool = False
    # Said to the reader ("your installation will now start ...") further into a message
    # addressed to them by name: theirs, unless the model reads it as routine.
    addressed: bool = False
    # Said to the reader in the first sentences of a message with no salutation.
    lead: bool = False
    # The cue's sentence speaks for the writer's side ("we", "our").
    ours: bool = False
    # The client's distress (a death, an illness, a lost job): counts whatever the
    # complaint model says.
    distress: bool = False
    # The reader's own matter is what the news happens to ("your loan application is
    # rejected", "Due to overbooking, your reservation has been transferred"): theirs
    # whatever the bad-news model says (see ``_your_subject``).
    own_matter: bool = False

    def reason(self) -> str:
        where = {
            "quoted": "the client wrote",
            "in_reply_to": "the message you reply to says",
            "subject": "the subject says",
            "draft": "the draft says",
        }[self.source]
        read = "" if self.score is None else f" (read as {'a complaint' if self.kind == 'complaint' else 'bad news'} by the model, {self.score:.2f})"
        return f"{where} '{self.words}'{read}"


@dataclass
class Analysis:
    cues: list[Cue] = field(default_factory=list)
    # Acknowledgements in the new text: (start, end, group); group "boilerplate" for
    # apologies with nothing specific in them.  Read only when the reply needs one
    # (``needed``): no rule looks at them otherwise.
    acks: list[tuple[int, int, str]] = field(default_factory=list)
    # Lexicon cues in sentences the trained model reads as something else (a news story,
    # a bulletin, a routine change): with ``empathy-context = "combined"`` they make a
    # finding only at info severity.
    vetoed: list[Cue] = field(default_factory=list)

    @cached_property  # every rule asks; the cues are all in before the first asks
    def score(self) -> int:
        return _weigh(self.cues)

    @cached_property
    def score_with_vetoed(self) -> int:
        return _weigh(self.cues + self.vetoed) if self.vetoed else self.score

    @property
    def needed(self) -> bool:
        """The reply needs an acknowledgement (confirmed by the models where they run)."""
        return self.score >= NEEDED

    @property
    def maybe_needed(self) -> bool:
        """Needed by the lexicon's reading, counting cues the models vetoed."""
        return self.score_with_vetoed >= NEEDED

    def main_cue(self) -> Cue | None:
        """The cue to quote: the strongest, the client's words before the draft's."""
        cues = self.cues if self.needed else self.cues + self.vetoed
        if not cues:
            return None
        order = {"quoted": 0, "in_reply_to": 1, "subject": 2, "draft": 3}
        # A phrase the lexicon names is quoted before a sentence only a model found.
        return sorted(cues, key=lambda c: (-c.weight, c.score is not None, order[c.source], c.start or 0))[0]

    def bad_news(self, everything: bool = False) -> list[Cue]:
        """Bad-news cues in the new text, in order (``everything``: with those the models vetoed)."""
        cues = self.cues if self.needed and not everything else self.cues + self.vetoed
        return sorted((c for c in cues if c.source == "draft"), key=lambda c: c.start or 0)

    def reader_cue(self, complaint_only: bool = False) -> Cue | None:
        """The cue to quote for EMP001: the strongest evidence about the reader (with
        ``complaint_only``, the client's strongest complaint cue, even one the models vetoed)."""
        order = {"quoted": 0, "in_reply_to": 1, "subject": 2, "draft": 3}
        if complaint_only:
            cues = [c for c in self.cues + self.vetoed if c.kind == "complaint"]
        else:
            cues = [c for c in self.cues if c.to_reader]
        return min(cues, key=lambda c: (-c.weight, c.score is not None, order[c.source], c.start or 0), default=None)

    @cached_property
    def for_reader(self) -> bool:
        """The reply needs an acknowledgement (confirmed by the models where they run) and
        the evidence concerns the reader: the client's own complaint, or bad news said to
        them.  A cue word in a forwarded story, a bulletin or a colleague's news does not
        make it so."""
        return self.needed and _weigh([c for c in self.cues if c.to_reader]) > 0

    @cached_property
    def complaint_read_as_routine(self) -> bool:
        """Not ``for_reader``, but the lexicon reads a complaint in what the client wrote
        where the complaint model does not (EMP001 shows it at info severity)."""
        return (not self.for_reader and self.maybe_needed
                and _weigh([c for c in self.cues + self.vetoed if c.kind == "complaint"]) > 0)

    @cached_property
    def opening_news(self) -> bool:
        """Not ``for_reader``, but strong bad news opens a message addressed to the reader."""
        return not self.for_reader and _weigh([c for c in self.cues + self.vetoed if c.opening]) >= NEEDED

    def specific_acks(self) -> list[tuple[int, int, str]]:
        return [a for a in self.acks if a[2] != "boilerplate"]


def _weigh(cues: list[Cue]) -> int:
    """Total weight of the evidence that a reply needs an acknowledgement."""
    # One cue counts once: repeated, or echoed by the draft ("failing" in the client's
    # question and in our explanation) it is still one piece of evidence.
    # A subject naming a topic ("Re: Refund", "Re: Delay", "Re: Till keeps freezing")
    # is not a complaint: one weak subject cue on its own is not evidence, unless the
    # client's message or a second subject cue backs it up.
    subject_weak = {c.key for c in cues if c.source == "subject" and c.weight == WEAK}
    lone_subject = len(subject_weak) == 1 and not any(
        c.source in ("quoted", "in_reply_to") or (c.source == "subject" and c.weight > WEAK) for c in cues
    )
    seen: dict[str, int] = {}
    changes: set[str] = set()
    for c in cues:
        if lone_subject and c.source == "subject":
            continue
        if c.change:
            changes.add(c.key)
        else:
            seen[c.key] = max(seen.get(c.key, 0), c.weight)
    # Moved dates and plans ("new date", "rescheduled") add up only with other news.
    base = sum(seen.values())
    return base + (len(changes - set(seen)) if base else 0)


# -- compiled lexicon ----------------------------------------------------------

def _phrase_list(lex: dict, table: str, key: str) -> list[str]:
    value = lex.get(table, {}).get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"lexicon [empathy.{table}] {key}: expected a list of phrases")
    return value


class _Lexicon:
    """The empathy lexicon compiled for one pipeline: one phrase set per table, so each
    is matched only where it can count, and the shouting regexes."""

    def __init__(self, nlp, lemmatize, lex: dict) -> None:
        self.strings = nlp.vocab.strings
        self.phrases: dict[str, PhraseSet] = {}
        for table, keys in _TABLES.items():
            ps = self.phrases[table] = PhraseSet(nlp, lemmatize)
            for key in keys:
                ps.add(f"{table}:{key}", _phrase_list(lex, table, key))
        self.shouting = [
            compile_regex(p, "lexicon [empathy.complaint] shouting", flags=0)
            for p in _phrase_list(lex, "complaint", "shouting")
        ]
        self.complaint_needs = _Needs(self.phrases["complaint"], ("complaint:strong", "complaint:weak", "complaint:distress"), lemmatize)
        strings = self.strings
        # Pure functions of a word, worked out once per word like the lemmatizer's cache.
        self.lower_text = _PerWord(lambda lemma: strings[lemma].lower())  # Token.lemma_.lower()
        self.lowered = _PerWord(lambda lemma: hash_string(self.lower_text[lemma]))  # and its hash
        self.lemma_of = _PerWord(lambda orth: lemmatize(strings[orth]))  # what the lemmatizer gives a token
        # A token's lower-case form -> whitespace, ends with '?' (as its text does), or other.
        self.ending = _PerWord(lambda lower: _ending(strings[lower]))
        self.lemmatizer = nlp.get_pipe("replylint_lemmatizer")

    def match(self, table: str, doc, spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
        """One table's matches inside the given token spans of ``doc``, in order."""
        ps = self.phrases[table]
        if len(spans) == 1 and spans[0] == (0, len(doc)):
            return ps(doc)  # the whole doc: no Span to build
        return [m for s, e in spans for m in ps(doc[s:e])]

    def may_complain(self, doc) -> bool:
        """False when no complaint cue phrase can match in ``doc``, which is tokenized
        but not yet lemmatized (the lemma a token will get is that of its text)."""
        words = doc.to_array([sp.ORTH, sp.LOWER])
        lemmas = set(map(self.lemma_of.__getitem__, words[:, 0].tolist()))
        return self.complaint_needs.met(lemmas, set(words[:, 1].tolist()))


def _ending(word: str) -> int:
    return _SPACE if word.isspace() else _QUESTION if word.endswith("?") else _OTHER


class _PerWord(dict):
    """word hash -> ``work(word hash)``, worked out on first use."""

    def __init__(self, work) -> None:
        super().__init__()
        self.work = work

    def __missing__(self, word: int):
        value = self[word] = self.work(word)
        return value


class _Needs:
    """The tokens some phrase of a few groups cannot match without, to rule out a text
    before it is lemmatized and matched.  For each phrase: (column, words) per required
    token, column 0 a lemma from ``words`` (strings), 1 a lower-case form (hashes)."""

    def __init__(self, ps: PhraseSet, keys: tuple[str, ...], lemmatize) -> None:
        # Each phrase is filed under the words of its first required token.
        self.index: tuple[dict, dict] = ({}, {})
        self.anything = False  # some phrase has no required word: nothing can be ruled out
        for key in keys:
            for phrase in ps.phrases.get(key, ()):
                needs = []
                for tok in _compile_phrase(phrase, ps._tokenize, lemmatize):
                    column = 0 if "LEMMA" in tok else 1 if "LOWER" in tok else None
                    if column is None or "OP" in tok:
                        continue
                    value = tok["LEMMA" if column == 0 else "LOWER"]
                    words = value["IN"] if isinstance(value, dict) else [value]
                    needs.append((column, frozenset(words) if column == 0 else _hashes(*words)))
                if not needs:
                    self.anything = True
                    continue
                column, words = needs[0]
                for w in words:
                    self.index[column].setdefault(w, []).append(needs)

    def met(self, lemmas: set[str], lowers: set[int]) -> bool:
        """Whether some phrase finds each token it needs among these lemmas and lower-case forms."""
        if self.anything:
            return True
        present = (lemmas, lowers)
        for column in (0, 1):
            index = self.index[column]
            for w in present[column]:
                for needs in index.get(w, ()):
                    if all(not words.isdisjoint(present[c]) for c, words in needs):
                        return True
        return False


def compiled(ctx) -> _Lexicon:
    """The empathy lexicon, compiled once per pipeline."""
    return ctx.compiled(
        ("empathy", "lexicon"), lambda: _Lexicon(ctx.pipeline.nlp, ctx.pipeline.lemmatize, ctx.lexicons.get(LEXICON))
    )


# -- reading a doc -------------------------------------------------------------

class _Tokens:
    """What cue checks read of one lemmatized Doc: lemma and lower-case hash columns from
    the DocIndex every phrase set shares (a spaCy Token object costs about a microsecond
    per access, and the word tests scan windows of tokens), and sentence starts, read
    with one ``to_array`` on first use.  The few tokens a cue quotes are read as Tokens."""

    __slots__ = ("doc", "text", "lex", "lemma", "lower", "_starts")

    def __init__(self, doc, text: str, lex: _Lexicon, one_sentence: bool = False) -> None:
        self.doc = doc
        self.text = text  # what ``doc`` was tokenized from: token offsets index it
        self.lex = lex
        self.lemma, self.lower = DocIndex.of(doc).columns  # hashes of every token
        self._starts: list[int] | None = [0] if one_sentence else None

    def sentence(self, i: int) -> tuple[int, int]:
        """(start, end) token indices of the sentence holding token ``i``."""
        starts = self._starts
        if starts is None:
            starts = self._starts = sentence_starts(self.doc)
        k = bisect.bisect_right(starts, i) - 1
        return starts[k], starts[k + 1] if k + 1 < len(starts) else len(self.doc)


def _words(tk: _Tokens, s: int, start: int, end: int, limit: int = 48) -> str:
    """A few words of the text from token ``s`` (at char ``start``) to char ``end``."""
    doc = tk.doc
    # Start on a whole word: "didn't turn up", not "n't turn up".
    if s > 0 and tk.text[start] in "'’" or tk.lower[s] in _NOT_WORD and s > 0 and not doc[s - 1].whitespace_:
        start = doc[s - 1].idx
    text = " ".join(tk.text[start:end].split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _preceded_by(tk: _Tokens, sent_start: int, s: int, words: frozenset[int], window: int) -> bool:
    lemma, lower, lowered = tk.lemma, tk.lower, tk.lex.lowered
    for i in range(max(sent_start, s - window), s):
        if lowered[lemma[i]] in words or lower[i] in words:
            # "May" inside a sentence is the month, not a hedge.
            if lower[i] == _MAY and tk.doc[i].text != "may" and i != sent_start:
                continue
            # "can't", "could not", "can no longer": a refusal, not a hedge.
            if words is _HEDGES and i + 1 < len(lower) and lower[i + 1] in _NOT_FORMS | _NO_NEVER:
                continue
            return True
    return False


_ACTED = _hashes("rejected", "declined", "refused", "cancelled", "canceled", "turned", "withdrew", "pulled",
                 "rejects", "declines", "refuses", "cancels")
_AUX = _hashes("be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "'s", "’s", "got", "get")
_BY = hash_string("by")
_YOUR = hash_string("your")


def _readers_side_acted(tk: _Tokens, sent_start: int, sent_end: int, s: int, e: int) -> bool:
    """Whether the reader's own side made the decision ("Your procurement team rejected
    the PO", "It was declined by your bank"): they know it, and it is not our news."""
    lower = tk.lower
    if any(lower[i] == _BY and i + 1 < sent_end and lower[i + 1] == _YOUR for i in range(e, min(sent_end, e + 3))):
        return True
    return (lower[sent_start] == _YOUR and lower[s] in _ACTED
            and not any(lower[i] in _AUX for i in range(max(sent_start, s - 2), s)))


# A sentence that explains what the reader reported ("The 525 you saw was a handshake
# failure") answers them; the failure is their own report, not news we bring.
_EXPLAINS = re.compile(r"\b(you|you've|you have) (saw|seen|see|are seeing|were seeing|'re seeing|’re seeing|noticed|"
                       r"got|were getting|are getting|reported|mentioned|flagged|described|asked about)\b", re.I)

_PROMISED_NOT, _CAUSE = 1, 2


def _ruled_out(tk: _Tokens, sent_start: int, s: int) -> int:
    """What the words before a bad-news cue at token ``s`` make of it: ``_PROMISED_NOT``
    for a promise that it will not happen ("no chance of that falling through", "you
    won't face any more delays"), ``_CAUSE`` for a clause of cause ("the late filing was
    due to their own outage": it explains, and is news only beside other news in its
    sentence), else 0."""
    lower = tk.lower
    lo = max(sent_start, s - 8)
    cause = 0
    for i in range(lo, s):
        w = lower[i]
        if w in _CHANCE and i > sent_start and lower[i - 1] in _NO_CHANCE:
            return _PROMISED_NOT
        if i + 1 < len(lower) and _CAUSE_BEFORE.get(w) == lower[i + 1] and i >= s - 6:
            cause = _CAUSE
    # "any more delays", "no further outages" right before the cue, after a "not"
    if s - 2 >= sent_start and lower[s - 1] in _ANY_MORE and lower[s - 2] in _ANY_NO:
        if lower[s - 2] != _ANY_NO_ANY or any(lower[i] in _NOT_FORMS for i in range(max(sent_start, s - 7), s - 2)):
            return _PROMISED_NOT
    return cause


_ANY_NO_ANY = hash_string("any")


def _is_question(tk: _Tokens, start: int, end: int) -> bool:
    """Whether the last token of ``start:end`` that is not whitespace ends with '?'."""
    lower, ending = tk.lower, tk.lex.ending
    for i in range(end - 1, start - 1, -1):
        kind = ending[lower[i]]
        if kind != _SPACE:
            return kind == _QUESTION
    return False


def _has_specific_ack(matches) -> bool:
    """True when a sentence's acknowledgement matches include one that is neither
    boilerplate nor a non-apology."""
    plain = [(s, e) for k, s, e in matches if k in ("acknowledgement:boilerplate", "acknowledgement:non_apology")]
    for k, s, e in matches:
        if k not in ("acknowledgement:boilerplate", "acknowledgement:non_apology"):
            if not any(a <= s < b or s <= a < e for a, b in plain):
                return True
    return False


def _cues_in(tk: _Tokens, matches, table: str, source: str, offset_ok=None, acks=None) -> list[Cue]:
    """Cues of one table ("complaint" or "bad_news") among its ``matches`` (in order).
    ``acks`` (bad news only) gives the acknowledgement matches, asked for only when a
    bad-news sentence may be an apology."""
    cues: list[Cue] = []
    cue_tiers = _TIER_OF[table]  # ``matches`` hold this table's keys only
    if not any(k in cue_tiers for k, _, _ in matches):
        return cues
    doc = tk.doc
    not_cues = f"{table}:not_cues"
    by_sentence: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
    for m in matches:
        by_sentence.setdefault(tk.sentence(m[1]), []).append(m)
    acks_by_sentence = None
    explains = None
    spans: list[tuple[int, int]] = []  # token span of each cue, to drop nested subject cues
    for (sent_start, sent_end), in_sentence in by_sentence.items():
        keys = {k for k, _, _ in in_sentence}
        if keys.isdisjoint(cue_tiers):
            continue
        if "complaint:calm" in keys and all(
            _preceded_by(tk, sent_start, s, _NEGATORS, 2) for k, s, _ in in_sentence if k == "complaint:calm"
        ):
            keys.discard("complaint:calm")  # "not happy with" is not calm
        question = _is_question(tk, sent_start, sent_end)
        for key, s, e in in_sentence:
            tier = cue_tiers.get(key)
            if tier is None:
                continue
            if any(k == not_cues and a < e and s < b for k, a, b in in_sentence):
                continue
            start = doc[s].idx
            if offset_ok is not None and not offset_ok(start):
                continue
            if _preceded_by(tk, sent_start, s, _NEGATORS, 3):
                continue
            if table == "complaint":
                if "complaint:calm" in keys:
                    continue
                # A what-if question ("What happens if the parcel arrives damaged?") is
                # not a complaint; a threat ("If this is not fixed, I will cancel.") is.
                if question and _preceded_by(tk, sent_start, s, _CONDITIONS, 8):
                    continue
                # A subject that asks ("Re: Why did my claim fail?") names a question; only
                # a strong cue makes it a complaint ("Why is my order STILL not here?").
                if question and source == "subject" and tier != "strong":
                    continue
            else:
                # A routine phrase makes its clause routine; a semicolon ends a clause
                # ("The shipment was held at customs; the new one is fixed").
                # What the reader asked for ("your request to waive the fee", "your
                # cancellation request") is routine only for the cue inside it: the answer
                # to it ("... has been refused") is news.
                if keys & _ROUTINE_KEYS and any(
                        k in _ROUTINE_KEYS and not _semicolon_between(tk, min(s, a), max(e, b))
                        and (not _asked_for(tk, sent_start, a, b) or a <= s < b or not _refuses(tk, s, e))
                        for k, a, b in in_sentence):
                    continue
                if _preceded_by(tk, sent_start, s, _HEDGES, 4) or _preceded_by(tk, sent_start, s, _CONDITIONS, 12):
                    continue
                if _preceded_by(tk, sent_start, s, _NONE, 2):  # "none were damaged"
                    continue
                if e - s > 2 and _preceded_by(tk, s + 1, e - 1, _HEDGES, e - s):  # "rates may increase"
                    continue
                if tk.lower[sent_start] == _SHOULD:  # "Should the courier be delayed, ..."
                    continue
                if _readers_side_acted(tk, sent_start, sent_end, s, e):
                    continue
                if explains is None:
                    explains = {}
                if (sent_start, sent_end) not in explains:
                    explains[sent_start, sent_end] = bool(_EXPLAINS.search(
                        tk.text[doc[sent_start].idx:doc[sent_end - 1].idx + len(doc[sent_end - 1])]))
                if explains[sent_start, sent_end]:
                    continue
                ruled = _ruled_out(tk, sent_start, s)
                if ruled == _PROMISED_NOT or ruled == _CAUSE and not any(
                        cue_tiers.get(k) and (a, b) != (s, e) and not _ruled_out(tk, sent_start, a)
                        for k, a, b in in_sentence):
                    continue
                if question:
                    continue
                # An apology sentence names the bad news; it is not news itself.
                if acks_by_sentence is None:
                    acks_by_sentence = {}
                    for m in acks():
                        acks_by_sentence.setdefault(tk.sentence(m[1]), []).append(m)
                if _has_specific_ack(acks_by_sentence.get((sent_start, sent_end), ())):
                    continue
            weight = STRONG if tier in ("strong", "distress") else WEAK
            # In a subject line a fault told as such ("keeps freezing", "still not
            # working") names the thread's topic: weak there (see ``_weigh``).
            if source == "subject" and tier == "strong" and any(
                    k == "complaint:topic" and a <= s and e <= b for k, a, b in in_sentence):
                weight = WEAK
            last = doc[e - 1]
            end = last.idx + len(last)
            spans.append((s, e))
            cues.append(
                Cue(
                    kind=table, source=source, weight=weight,
                    change=tier == "change", distress=tier == "distress",
                    words=_words(tk, s, start, end), key=" ".join(map(tk.lex.lower_text.__getitem__, tk.lemma[s:e])),
                    start=start if source in ("quoted", "draft") else None,
                    end=end if source in ("quoted", "draft") else None,
                    # A complaint is the client's own; bad news is theirs when said to them.
                    to_reader=table == "complaint" or not _YOU.isdisjoint(tk.lower[sent_start:sent_end]),
                    ours=table == "bad_news" and not _WE.isdisjoint(tk.lower[sent_start:sent_end]),
                )
            )
    if table == "bad_news" and source == "draft":
        # News that happens to the reader's own matter, its subject ("your X is
        # rejected"): every cue of that sentence is theirs.
        own = {tk.sentence(s) for (s, e), c in zip(spans, cues) if _your_subject(tk, tk.sentence(s)[0], s)}
        for (s, e), c in zip(spans, cues):
            if tk.sentence(s) in own:
                c.own_matter = c.to_reader = True
    if source == "subject" and len(cues) > 1:
        # A subject is one short phrase: "crashing" inside "crashing again" is the same cue.
        cues = [c for c, (s, e) in zip(cues, spans)
                if not any((a, b) != (s, e) and a <= s and e <= b for a, b in spans)]
    return cues


_SEMICOLON = hash_string(";")
_REQUEST = _hashes("request", "requests", "application", "applications", "appeal", "claim", "bid", "proposal")
_TO = hash_string("to")


_REFUSING = _hashes("decline", "declined", "reject", "rejected", "refuse", "refused", "deny", "denied", "not", "n't",
                    "n’t", "unable", "unsuccessful", "turn", "turned", "repudiate", "repudiated")


def _refuses(tk: _Tokens, s: int, e: int) -> bool:
    """Whether the cue at tokens ``s:e`` turns something down ("declined", "not approved")."""
    return any(tk.lower[i] in _REFUSING for i in range(s, e))


def _asked_for(tk: _Tokens, sent_start: int, a: int, b: int) -> bool:
    """Whether tokens ``a:b`` name what the reader asked for: "(request|application) to
    cancel ...", or a phrase holding "your ... request"."""
    lower = tk.lower
    if a - 2 >= sent_start and lower[a - 1] == _TO and lower[a - 2] in _REQUEST:
        return True
    return _YOUR in lower[a:b] and not _REQUEST.isdisjoint(lower[a:b])
# A phrase of either group makes its clause routine ("spared" also overrules the model).
_ROUTINE_KEYS = frozenset({"bad_news:routine", "bad_news:spared"})


def _semicolon_between(tk: _Tokens, start: int, end: int) -> bool:
    return any(tk.lower[i] == _SEMICOLON for i in range(start, end))


_BE_AUX = _hashes("is", "was", "were", "are", "been", "be", "'s", "’s", "got", "gets", "get")
_ADVERBS = _hashes("now", "also", "unfortunately", "sadly", "therefore", "regrettably", "already", "still", "just",
                   "been", "being", "not", "n't", "n’t", "completely", "temporarily", "permanently", "partly", "fully",
                   "officially", "hereby", "since", "again")
_CLAUSE_OPENERS = _hashes(",", ";", ":", "that", "so", "and", "but", "-", "–", "—")
_NP_BREAKS = _hashes(",", ";", ":", "(", ")", "that", "which", "who", "if", "when", "because", "as", "while", "we",
                     "i", "they", "you", "he", "she", "it", "to", ".", "!", "?")
_AUX_CHAIN = _BE_AUX | _hashes("has", "have", "had", "will", "would", "'ll", "’ll")


def _your_subject(tk: _Tokens, sent_start: int, s: int) -> bool:
    """Whether the cue at token ``s`` is said of the reader's own matter as its subject:
    "your loan application is rejected", "your EDI connection was unavailable for 11
    hours", "Due to overbooking, your reservation for 5-8 June has been transferred".
    Read from words (no parse): "your", a short noun phrase, a form of "be", the cue."""
    lower = tk.lower
    if lower[s] in _AUX_CHAIN:  # the cue starts with its verb ("has been transferred")
        i = s
    else:
        i = s - 1
        while i > sent_start and lower[i] in _ADVERBS:
            i -= 1
        # "is rejected", "has not been approved", "will not be renewed"
        if i <= sent_start or lower[i] not in _AUX_CHAIN:
            return False
    while i > sent_start and lower[i - 1] in _AUX_CHAIN:
        i -= 1
    for j in range(i - 1, max(sent_start, i - 11) - 1, -1):
        if lower[j] == _YOUR:
            return j == sent_start or lower[j - 1] in _CLAUSE_OPENERS or tk.doc[j - 1].is_space
        if lower[j] in _NP_BREAKS:
            return False
    return False


def _model_cue(kind: str, source: str, text: str, start: int, end: int, score: float, base: int | None = 0) -> Cue:
    """A cue a trained model found: the whole sentence, which counts alone (the models
    were trained on complaints by the client and bad news about the reader's own matter)."""
    words = " ".join(text[start:end].split())
    if len(words) > 48:
        words = words[:47].rstrip() + "…"
    here = base is not None
    return Cue(kind, source, STRONG, words, f"model:{kind}:{source}:{start}",
               start=base + start if here else None, end=base + end if here else None, score=score, to_reader=True)


def _opening(ctx) -> tuple[int, int] | None:
    """Char range of a message's opening when its new text starts by addressing the
    reader ("Hi Lena,", "Dear Mr Batra,", "Leon,"): the salutation and the
    ``OPENING_SENTENCES`` sentences after it, where a message gives its own news.  Bad
    news there is news for the reader; deeper in a long message, or in text that
    addresses no one (a forwarded story, a bulletin), it may be anyone's."""
    sents = []
    for sent in ctx.sentences():
        sents.append(sent)
        if len(sents) > OPENING_SENTENCES:
            break
    if not sents:
        return None
    first = sents[0].text.lstrip()
    line = first.split("\n", 1)[0]
    if not (_GREETING.match(first) or _VOCATIVE.match(line)):
        return None
    salutation = re.split(r"[,:;!]", line, maxsplit=1)[0]
    if _GROUP.search(salutation) or _ROLE.search(salutation.strip()):
        return None
    return sents[0].start_char, sents[-1].end_char


# A salutation to households, members or the public ("Dear Family,", "Hi parents,", "Dear
# members,") opens a newsletter: "your places on the outing" is everyone's.  A team or
# "all" is one client's people (their team's connection, their leads).
_BROADCAST = re.compile(r"\b(everyone|everybody|friends|members|family|families|neighbours|neighbors|residents|parents|"
                        r"customers|clients|subscribers|users|class|ladies|gentlemen|community|supporters|fans|"
                        r"sir|madam|sirs|to whom it may concern)\b", re.I)


_YOU_WORD = re.compile(r"\b(you|your|yours|yourself|yourselves)\b", re.I)


def _to_many(ctx) -> bool:
    """Whether the new text opens with a salutation to a group or a role ("Hi all,",
    "Dear Customer,"), not to one reader."""
    return ctx.memo(("empathy", "to-many"), lambda: _salutation_to_many(ctx))


def _salutation_to_many(ctx) -> bool:
    for sent in ctx.sentences():
        line = sent.text.lstrip().split("\n", 1)[0]
        if not (_GREETING.match(line) or _VOCATIVE.match(line)):
            return False
        salutation = re.split(r"[,:;!]", line, maxsplit=1)[0]
        return bool(_GROUP.search(salutation) or _ROLE.search(salutation.strip()))
    return False


def _broadcast(ctx) -> bool:
    """Whether the new text opens with a salutation to households, members or the public
    (a role salutation "Dear Sir/Madam," to one applicant is not: it answers their matter)."""
    for sent in ctx.sentences():
        line = sent.text.lstrip().split("\n", 1)[0]
        if not (_GREETING.match(line) or _VOCATIVE.match(line)):
            return False
        salutation = re.split(r"[,:;!]", line, maxsplit=1)[0]
        return bool(_BROADCAST.search(salutation)) and not re.search(r"\b(sir|madam)\b", salutation, re.I)
    return False


def _mark_lead(ctx, news: list[Cue]) -> None:
    """A message with no salutation at all ("Your refund request has been turned down.
    ..."): news said to the reader ("you", "your") in its first sentences is theirs
    (``lead``: the addressed opening's veto), as it would be after a "Hi Sam,"."""
    sents = []
    for sent in ctx.sentences():
        sents.append(sent)
        if len(sents) >= OPENING_SENTENCES:
            break
    if not sents or _GREETING.match(sents[0].text.lstrip()) or ctx.kind_at(sents[0].start_char) != BODY:
        return
    end = sents[-1].end_char
    doc = ctx.doc
    for c in news:
        if c.to_reader and c.start < end:
            tok = doc.char_span(c.start, c.end, alignment_mode="expand")
            if tok is None or _KNOWN.search(tok.sent.text):
                continue
            words = {t.lower_ for t in tok.sent}
            # Their own matter ("your ..."), not news about others that "you" are told
            # of ("I regret to inform you that X has left"), nor what a third party
            # passed on ("Mercy told me your slot has moved").
            if "your" in words and words.isdisjoint(_RELAYED) and not _reports(tok.sent):
                c.lead = True


_RELAYED = frozenset({"told", "tells", "mentioned", "heard"})


def _names_someone(ctx, span: tuple[int, int]) -> bool:
    """Whether the salutation opening ``span`` names its reader ("Hi Lena,", "Dear Mr
    Batra,", "Leon,"), not only a greeting ("Hello,", "Good afternoon,")."""
    text = ctx.draft.text
    line = text[span[0]:span[1]].lstrip().split("\n", 1)[0]
    salutation = re.split(r"[,:;!]", line, maxsplit=1)[0]
    return bool(_GREETING.sub("", salutation, count=1).strip())


def _mark_opening(ctx, cues: list[Cue]) -> None:
    """Mark bad-news cues in the opening of an addressed message (not in the salutation
    itself, "Dear Power Outage Database Customer", and not an infinitive, "the decision to
    suspend": a plan or a purpose is not an event)."""
    news = [c for c in cues if c.source == "draft" and c.start is not None]
    if not news or _their_fault_topic(ctx.draft.subject):
        return
    span = _opening(ctx)
    if span is None:
        _mark_lead(ctx, news)
        return
    # The salutation ends at the first comma or colon of its line ("Hi Chris, April's
    # invoice ..."), or with the line.
    text = ctx.draft.text
    line_end = text.find("\n", span[0], span[1])
    line_end = span[1] if line_end < 0 else line_end
    after_salutation = min((i for i in (text.find(ch, span[0], line_end) for ch in ",:;") if i >= 0), default=line_end)
    doc = ctx.doc
    named = None
    for c in news:
        if c.start >= span[1]:
            if named is None:
                named = _names_someone(ctx, span)
            # Further into a message to a named reader: news said to them ("your
            # installation will now start ...") is theirs (``addressed``: a lower veto);
            # news of our doing ("the supplier has told us the bottles won't be ready")
            # is theirs too, where the model reads it as bad news (bad-news-model-veto).
            if named and (c.to_reader or c.ours):
                sent = doc.char_span(c.start, c.end, alignment_mode="expand")
                if sent is None or _KNOWN.search(sent.sent.text):
                    continue
                if c.to_reader:
                    c.addressed = True
                elif not (_reports(sent.sent) or _writers_own(sent.sent)):
                    c.to_reader = True
            continue
        if not after_salutation <= c.start < span[1]:
            continue
        tok = doc.char_span(c.start, c.end, alignment_mode="expand")
        if tok is None:
            continue
        if tok.start > 0 and doc[tok.start - 1].lower_ == "to":
            continue
        if _reports(tok.sent) or _KNOWN.search(tok.sent.text):
            continue
        if _writers_own(tok.sent):
            continue
        c.opening = True
        if c.ours:  # our doing, to the reader we address: theirs as much as "your ..."
            c.to_reader = True


# A reply about a fault the reader reported or asked about ("Re: The bug", "Re: Why did
# my claim fail?", "Re: Server slow again"), or a subject naming the reader's ongoing
# fault ("Card payments failing"): the message explains what they already know, its
# opening is not news for them.
# A question about where the reader's own thing is ("Re: Where is my shipment?") asks about
# a delay they know of: the answer explains it.
_FAULT_REPLY = re.compile(r"\b(why|fail\w*|bugs?|errors?|slow|slower|not working|(is|are)n['’]?t working|won['’]?t|can['’]?t|cannot|"
                          r"broken|crash\w*|freez\w*|froze|down|issues?|problems?|glitch\w*|faults?|faulty|stuck|not loading|"
                          r"dropp(ed|ing)|drops|cut(s|ting)? out|disconnect\w*|intermittent\w*|offline|outages?|"
                          r"no (internet|signal|connection|service|power|dial ?tone|sound|picture|heating|hot water)|"
                          r"(not|n['’]t) (printing|sending|receiving|syncing|connecting|charging|starting|loading|updating)|"
                          r"where(['’]s| is| are) (my|our|the))\b", re.I)
_FAULT_ONGOING = re.compile(r"\b(fail(s|ing)|not working|(is|are)n['’]?t working|keeps? \w+ing|won['’]?t \w+|can['’]?t \w+|"
                            r"slow|not loading|stuck)\b", re.I)


def _their_fault_topic(subject: str | None) -> bool:
    if not subject:
        return False
    if _SUBJECT_PREFIX.match(subject) and not _FORWARD_PREFIX.match(subject):
        return bool(_FAULT_REPLY.search(_SUBJECT_PREFIX.sub("", subject)))
    return not _FORWARD_PREFIX.match(subject) and bool(_FAULT_ONGOING.search(subject))


# The writer's own mishap ("I recently had my plans fall through", "my flight was
# cancelled") is told about, not news for the reader -- unless the writer acts on the
# reader's matter ("I have had to cancel the workshop", "I can't make Thursday").
_FIRST_SINGULAR = _hashes("i", "my", "me", "myself", "mine")
_OTHERS = _hashes("you", "your", "yours", "we", "our", "us", "ours")
_AGENTIVE = re.compile(r"\b(had|have|has|need|needs|needed) to\b|\b(can(no|')t|cannot|won't|will not|unable|not able|must)\b"
                       r"|\b(I|I'|I’)(ve|'ve|’ve| have| had)? (cancel|postpone|delay|withdraw|decline|refuse|close|stop)", re.I)


_MONTHS = {m: i for i, ms in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
     "sep sept september", "oct october", "nov november", "dec december"), 1) for m in ms.split()}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DATE = re.compile(rf"\b(?:{_DAY}(?:\s+of)?\s+{_MONTH}|{_MONTH}\s+{_DAY})\b", re.I)
# The new date first, the old one after: "will now ship on 14 November instead of 24 October".
_INSTEAD = re.compile(r"\b(instead of|rather than|not|in place of|and not)\b", re.I)
# The old date first: "moved from 2 June to 14 July", "pushed back from ... to ...".
_FROM_TO = re.compile(r"\bfrom\b", re.I)
# What a later date delays: a delivery, a start, a completion -- not a meeting moved.
_DELIVERY = re.compile(r"\b(deliver\w*|dispatch\w*|ship\w*|arriv\w*|ready|complet\w*|finish\w*|start\w*|"
                       r"install\w*|launch\w*|releas\w*|go(?:es|ing)? live|go-live|available|open\w*|hand(?:ed)? over|"
                       r"handover|move in|collect\w*|fitt?\w*|build|built|done|resum\w*|restor\w*|fix\w*|repair\w*)\b", re.I)


def _date_of(m) -> tuple[int, int] | None:
    day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    mon = _MONTHS.get(month.lower().rstrip("."))
    if mon is None or not 1 <= int(day) <= 31:
        return None
    return mon, int(day)


# A month without a day ("to late March", "until the end of June", "in September"): its
# part of the month stands for the day.  A bare month counts only capitalised ("May" the
# month, not "may" the verb; never alone at a sentence start, where "May" may be either).
_PART_MONTH = re.compile(rf"\b(?:(early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of)[\s-]+)?{_MONTH}(?![\w-]|\s+\d)", re.I)
_PART_DAY = {"early": 5, "mid": 15, "late": 25, "end of": 28, "beginning of": 1, "start of": 1}


class _DateMatch(NamedTuple):
    start_: int
    end_: int

    def start(self) -> int:
        return self.start_

    def end(self) -> int:
        return self.end_


def _dates(text: str) -> list[tuple[_DateMatch, tuple[int, int]]]:
    """Dates in ``text`` in order, as (match, (month, day)): day-month and month-day
    dates, and months named without a day."""
    found = []
    for m in _DATE.finditer(text):
        d = _date_of(m)
        if d is not None:
            found.append((_DateMatch(m.start(), m.end()), d))
    taken = [(m.start(), m.end()) for m, _ in found]
    for m in _PART_MONTH.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        part = (m.group(1) or "").lower().removeprefix("the ")
        month = m.group(2)
        if not part and (not month[0].isupper() or month.lower() == "may" and m.start() == 0):
            continue
        mon = _MONTHS.get(month.lower().rstrip("."))
        if mon is not None:
            end = m.end() - (text[m.end() - 1] == ".")  # a full stop, not "Sept."'s
            if month.endswith(".") and month[:-1].lower() in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"):
                end = m.end()
            found.append((_DateMatch(m.start(), end), (mon, _PART_DAY.get(part, 15))))
    return sorted(found, key=lambda x: x[0].start())


def _later(new: tuple[int, int], old: tuple[int, int]) -> bool:
    """Whether ``new`` falls after ``old`` (across a new year when it is a few months on)."""
    months = (new[0] - old[0]) % 12
    return (months, new[1]) != (0, old[1]) and 0 < (months * 31 + new[1] - old[1]) % 372 < 200


def _moved_later(ctx, in_body) -> list[Cue]:
    """A delivery, start or completion moved to a later date ("your installation will now
    start on 14 July instead of 2 June"): a delay, however it is worded."""
    cues = []
    for sent in ctx.sentences():
        text = ctx.text_of(sent)
        if not in_body(sent.start_char) or not _DELIVERY.search(text):
            continue
        dates = _dates(text)
        if len(dates) < 2:
            continue
        for (m1, d1), (m2, d2) in zip(dates, dates[1:]):
            between = text[m1.end():m2.start()]
            before = text[max(0, m1.start() - 12):m1.start()]
            if _INSTEAD.search(between) and len(between) < 40:
                late = _later(d1, d2)
            elif _FROM_TO.search(before) and re.search(r"\bto\b", between, re.I) and len(between) < 20:
                late = _later(d2, d1)
            else:
                continue
            if late:
                words = " ".join(text[m1.start():m2.end()].split())
                lowers = {t.lower_ for t in sent}
                cues.append(Cue("bad_news", "draft", STRONG, words[:48], f"moved-later:{sent.start_char}",
                                start=sent.start_char + m1.start(), end=sent.start_char + m2.end(),
                                to_reader=bool(lowers & {"you", "your", "yours"}),
                                ours=bool(lowers & {"we", "our", "us", "ours"})))
                break
    return cues


_CURRENCY = r"(?:[£$€₹₦₱]|\b(?:rs|inr|usd|eur|gbp|ngn|kes|ksh|php|aud|cad|nzd|zar|r)\.?\s?)"
_AMOUNT = rf"{_CURRENCY}\s?(\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(\d{{1,2}}))?"
# The new amount first, the old one after: "moves to £45 a month (currently £29)".
_PRICE_NEW_OLD = re.compile(rf"(?:\b(?:to|at)\s+)?{_AMOUNT}(.{{0,40}}?)\b(currently|previously|was|were|up from|from|instead of|rather than|"
                            rf"compared (?:with|to)|vs\.?|versus|now)\s+{_AMOUNT}", re.I)
# The old amount first: "goes up from $120 to $150", "from £29 to £45".
_PRICE_OLD_NEW = re.compile(rf"\bfrom\s+{_AMOUNT}(.{{0,25}}?)\bto\s+{_AMOUNT}", re.I)
_PRICE_WORDS = re.compile(r"\b(price|prices|priced|plan|plans|subscription|fee|fees|rate|rates|premium|premiums|rent|tariff|"
                          r"charge|charges|cost|costs|bill|bills|month|monthly|year|yearly|annual|annually|renewal|licen[cs]e|"
                          r"per|p/m|pcm|p\.a\.)\b", re.I)
_PRICE_NOT = re.compile(r"\b(if|may|might|could|would|discount\w*|refund\w*|credit\w*|sav\w+|cheaper|reduc\w+|down|"
                        r"budget|quote[ds]?|salary|salaries|pay rise|raise|bonus|revenue|sales|profit)\b", re.I)


def _amount(whole: str, cents: str | None) -> float:
    return float(whole.replace(",", "")) + (float(cents) / 100 if cents else 0.0)


def _price_up(ctx, in_body) -> list[Cue]:
    """A price, fee or rent moved to a higher amount ("the Pro plan moves to £45 a month
    (currently £29)", "your rent goes from $1,200 to $1,350"): a rise, however it is worded."""
    cues = []
    for sent in ctx.sentences():
        text = ctx.text_of(sent)
        if not in_body(sent.start_char) or not _PRICE_WORDS.search(text) or _PRICE_NOT.search(text):
            continue
        m = _PRICE_NEW_OLD.search(text)
        if m:
            new, old = _amount(m.group(1), m.group(2)), _amount(m.group(5), m.group(6))
        else:
            m = _PRICE_OLD_NEW.search(text)
            if not m:
                continue
            old, new = _amount(m.group(1), m.group(2)), _amount(m.group(4), m.group(5))
        if new > old:
            lowers = {t.lower_ for t in sent}
            cues.append(Cue("bad_news", "draft", STRONG, " ".join(m.group(0).split())[:48], f"price-up:{sent.start_char}",
                            start=sent.start_char + m.start(), end=sent.start_char + m.end(),
                            to_reader=bool(lowers & {"you", "your", "yours"}),
                            ours=bool(lowers & {"we", "our", "us", "ours"})))
    return cues


def _writers_own(sent) -> bool:
    """Whether a sentence tells of the writer's own matter: it speaks only of "I"/"my"
    (no "you", no "we") and the writer does nothing to the reader's matter in it."""
    lowers = {hash_string(t.lower_) for t in sent}
    return (not lowers.isdisjoint(_FIRST_SINGULAR) and lowers.isdisjoint(_OTHERS)
            and not _AGENTIVE.search(sent.text))


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
    # A forwarded message is someone's thread passed on (an internal note, a colleague's
    # exchange): the client's own only when its author is the recipient.
    seg = next((s for s in draft.segments if s.kind == QUOTED and s.by_recipient is not False
                and (not s.forwarded or s.by_recipient)), None)
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
    # A message that speaks of "this customer" or "this client" was written about the
    # client, by someone on our side ("Sigh. This customer again"), not by the client.
    if any(_ABOUT_CLIENT.search(text, a, b) for a, b in ranges):
        return []
    # A message whose named author is not the reader and that names the reader (their
    # surname, their company) was written about them by someone on our side ("From: Jo
    # Finch / FFS, that's the fourth time Fernside ...", "Subject: RE: Santos follow up").
    if seg.by_recipient is None and _about_the_reader(draft, seg.author, ranges):
        return []
    # A message the writer of the draft wrote ("On 19 Nov, Darren wrote:" above a reply
    # signed "Darren") is their own note, not the client's.
    if seg.by_recipient is None and _by_the_signer(draft, seg.author):
        return []
    return ranges


# Role mailboxes and titles: not a reader's name.
_NOT_NAMES = frozenset({
    "info", "admin", "hr", "accounts", "account", "sales", "support", "office", "contact", "hello", "team",
    "billing", "ops", "enquiries", "enquiry", "bookings", "booking", "mail", "help", "service", "customer",
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "dear", "hi", "hello", "hey", "good", "morning",
    "afternoon", "evening", "all", "the", "and", "gmail", "yahoo", "hotmail", "outlook", "icloud", "live",
})
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _reader_names(draft) -> tuple[set[str], set[str]]:
    """Words that name the reader (lower case): from the salutation and the local parts
    of the recipients' addresses; and the first labels of their mail domains."""
    names: set[str] = set()
    domains: set[str] = set()
    for rec in draft.recipients or ():
        addr = rec.rsplit("<", 1)[-1].strip(" >").lower()
        if "@" not in addr:
            continue
        local, _, dom = addr.partition("@")
        names |= {w for w in re.split(r"[._+-]+", local) if len(w) > 2 and w.isalpha()}
        label = dom.split(".", 1)[0]
        if len(label) > 3 and label not in _NOT_NAMES:
            domains.add(label)
    first = next((seg for seg in draft.segments if seg.kind == BODY), None)
    if first is not None:
        line = draft.text[first.start:first.end].lstrip().split("\n", 1)[0]
        if _GREETING.match(line) or _VOCATIVE.match(line):
            salutation = re.split(r"[,:;!]", line, maxsplit=1)[0]
            names |= {w.lower() for w in _NAME_WORD.findall(salutation) if w[0].isupper() and len(w) > 2}
    return names - _NOT_NAMES, domains


def _about_the_reader(draft, author: str | None, ranges) -> bool:
    """Whether a quoted message by a named author who is not the reader speaks of the
    reader by name or company: a colleague's note about them, not their own words."""
    if not author or "@" in author:
        return False
    own = re.sub(r"\(.*?\)|<.*?>", " ", author)
    author_words = {w.lower() for w in _NAME_WORD.findall(own)}
    names, domains = _reader_names(draft)
    if not author_words or not (names or domains) or not author_words.isdisjoint(names):
        return False
    text = draft.text
    # ... or speaks of someone in the third person, as a colleague does of a client
    # ("This fellow again", "Send him the statement and ignore further").
    if any(_ABOUT_SOMEONE.search(text, a, b) for a, b in ranges):
        return True
    for a, b in ranges:
        for w in _NAME_WORD.findall(text[a:b]):
            low = re.sub(r"['’]s?$", "", w.lower())
            if len(low) > 2 and w[0].isupper() and (
                    low in names or any(len(low) > 3 and d.startswith(low) for d in domains)):
                return True
    return False


_ABOUT_SOMEONE = re.compile(r"\b(this|that) (fellow|guy|bloke|chap|gentleman|gent|lady|woman|man|character)\b|"
                            r"\b(send|give|tell|call|ring|phone|email|e-mail|ignore|chase|forward|cc) (him|her)\b", re.I)


def _signer_words(draft) -> set[str]:
    """Name words (lower case) of whoever signs the new text: the sign-off block's
    name line, or a short name line closing the body ("Darren")."""
    text = draft.text
    lines: list[str] = []
    sig = next((s for s in draft.segments if s.kind == SIGNATURE), None)
    if sig is not None:
        lines = [ln.strip() for ln in text[sig.start:sig.end].splitlines() if ln.strip()][:3]
    else:
        body = [s for s in draft.segments if s.kind == BODY]
        if body:
            tail = [ln.strip() for ln in text[body[-1].start:body[-1].end].splitlines() if ln.strip()]
            lines = tail[-1:] if len(tail) > 1 else []
    words: set[str] = set()
    for ln in lines:
        found = _NAME_WORD.findall(ln)
        if 0 < len(found) <= 3 and all(w[0].isupper() for w in found) and not ln.rstrip().endswith((".", "?", "!")):
            words |= {w.lower() for w in found}
    return words - _NOT_NAMES - _SIGN_OFFS


_SIGN_OFFS = frozenset({"regards", "kind", "best", "thanks", "thank", "cheers", "sincerely", "yours", "warm", "warmly",
                        "many", "faithfully", "truly", "respectfully", "wishes", "love", "ta"})


def _by_the_signer(draft, author: str | None) -> bool:
    """Whether a quoted message's named author is the one who signs the draft."""
    if not author or "@" in author and "<" not in author:
        return False
    own = re.sub(r"\(.*?\)|<.*?>", " ", author)
    author_words = {w.lower() for w in _NAME_WORD.findall(own)} - _NOT_NAMES
    if not author_words:
        return False
    signer = _signer_words(draft)
    return bool(signer) and author_words <= signer


_ABOUT_CLIENT = re.compile(r"\b(this|that) (customer|client)\b(?! (service|services|support|portal|number|account|care|agreement|area|id|reference)\b)", re.I)


class _Span(NamedTuple):
    start: int
    end: int
    new_text: bool  # holds tokens of the new text
    client: bool    # holds tokens of the client's message


def _spans(doc, new_text, client) -> list[_Span]:
    """Token spans covering the given character ranges of the new text and of the
    client's message (merged, in order)."""
    # Touching ranges (the client's message comes a line at a time) are joined before
    # they become tokens: one char_span call each, and the same tokens as line by line.
    ranges: list[list] = []
    for a, b, is_client in sorted([(a, b, False) for a, b in new_text] + [(a, b, True) for a, b in client]):
        if ranges and a <= ranges[-1][1] and is_client == ranges[-1][2]:
            ranges[-1][1] = max(ranges[-1][1], b)
        else:
            ranges.append([a, b, is_client])
    out: list[_Span] = []
    for a, b, is_client in ranges:
        span = doc.char_span(a, b, alignment_mode="expand") if b > a else None
        if span is None or not len(span):
            continue
        if out and span.start <= out[-1].end:
            last = out[-1]
            out[-1] = _Span(last.start, max(last.end, span.end), last.new_text or not is_client, last.client or is_client)
        else:
            out.append(_Span(span.start, span.end, not is_client, is_client))
    return out


def _read_for(spans: list[_Span], part: str, tk: _Tokens) -> list[tuple[int, int]]:
    """The spans to match for cues in ``part`` ("new_text" or "client"): those holding
    it, and any other sharing a sentence with one, since a cue's sentence is read whole
    (a calm or routine phrase anywhere in it counts)."""
    held = [(sp.start, sp.end) for sp in spans if getattr(sp, part)]
    if len(held) in (0, len(spans)):
        return held

    def sentences(s: int, e: int) -> tuple[int, int]:
        return tk.sentence(s)[0], tk.sentence(e - 1)[1]

    reach = [sentences(s, e) for s, e in held]
    out = []
    for s, e, _, _ in spans:
        lo, hi = sentences(s, e)
        if any(a < hi and lo < b for a, b in reach):
            out.append((s, e))
    return out


def _in_ranges(ranges):
    def ok(offset: int) -> bool:
        return any(a <= offset < b for a, b in ranges)
    return ok


# -- the analysis ----------------------------------------------------------------

def analyse(ctx) -> Analysis:
    return ctx.memo(("empathy", "analysis"), lambda: _analyse(ctx))


def _analyse(ctx) -> Analysis:
    lex = compiled(ctx)
    draft, doc = ctx.draft, ctx.doc
    nlp = ctx.pipeline.nlp
    an = Analysis()
    tokens = _Tokens(doc, draft.masked, lex)  # the engine tokenizes draft.masked
    mv = ModelView(ctx)

    def in_body(offset: int) -> bool:
        return draft.segment_at(offset).kind == BODY

    # 1. What the client wrote: latest quoted message, in_reply_to, subject.
    ranges = client_ranges(draft)
    # Only the new text and the client's latest message matter: long quoted history and
    # signatures are not matched at all.
    spans = _spans(doc, [(s.start, s.end) for s in draft.segments if s.kind == BODY], ranges)
    if ranges:
        purposes: list[tuple[int, int]] = []
        if mv.rules_on:
            matches = lex.match("complaint", doc, _read_for(spans, "client", tokens))
            found = _cues_in(tokens, matches, "complaint", "quoted", offset_ok=_in_ranges(ranges))
            for a, b in ranges:
                found += _shouting(draft.masked[a:b], lex.shouting, "quoted", base=a)
            _keep(an, found, [c.distress or mv.keeps(mv.complaint, c.start, mv.veto_complaint) for c in found])
            # A sentence saying what the client means to do ("We want to make sure our
            # handler is idempotent") is an enquiry: the model's reading of it as a
            # complaint does not count (a phrase of the lexicon in it still does).
            purposes = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for k, a, b in matches if k == "complaint:purpose"]
        for s, e, score in mv.sentences(mv.complaint, mv.t_complaint, ranges):
            if any(s <= a < e for a, _ in purposes):
                continue
            an.cues.append(_model_cue("complaint", "quoted", draft.text, s, e, score))
    reply = getattr(draft, "in_reply_to", None)
    if reply and reply.strip():
        own = _reply_text(reply)
        if own.strip():
            rdoc = nlp(own)
            an.cues += _other_text_cues(
                lex, mv, rdoc, own, "in_reply_to",
                lambda: _cues_in(_Tokens(rdoc, own, lex), lex.phrases["complaint"](rdoc), "complaint", "in_reply_to"),
                an.vetoed,
            )
    # A forwarded message's subject ("Fwd: Refund for cancelled order") names someone
    # else's thread, not what the client wrote.
    # A new message's own subject (no "Re:") is the writer's words, not the client's.
    if draft.subject and _SUBJECT_PREFIX.match(draft.subject) and not _FORWARD_PREFIX.match(draft.subject):
        subject = _SUBJECT_PREFIX.sub("", draft.subject).strip()
        if subject:
            sdoc = None
            if mv.models_on or mv.veto_complaint > 0:
                sdoc = nlp.make_doc(subject)
                score_text(nlp, sdoc)
            an.cues += _other_text_cues(lex, mv, sdoc, subject, "subject", lambda: _subject_cues(lex, nlp, subject), an.vetoed)

    # 2. Bad news in the new text; acknowledgements there once they can matter.
    new_text = _read_for(spans, "new_text", tokens)
    ack_matches = None

    def acks():
        nonlocal ack_matches
        if ack_matches is None:
            ack_matches = lex.match("acknowledgement", doc, new_text)
        return ack_matches

    body = mv.body_ranges()
    spared: list[tuple[int, int]] = []
    if mv.rules_on:
        news_matches = lex.match("bad_news", doc, new_text)
        # What spares the reader ("so you'll only be charged once"): the model's reading of
        # its sentence as bad news does not count either.
        spared = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for k, a, b in news_matches if k == "bad_news:spared"]
        found = _cues_in(tokens, news_matches, "bad_news", "draft", offset_ok=in_body, acks=acks)
        found += _moved_later(ctx, in_body)
        found += _price_up(ctx, in_body)
        if any(c.own_matter for c in found) and _broadcast(ctx):
            for c in found:
                c.own_matter = False
        _mark_opening(ctx, found)
        found += _own_subject_news(ctx, lex, nlp)
        # News said to the reader in the opening of a message addressed to them is theirs
        # unless the model reads it as plainly routine (a lower veto).
        # A delivery moved to a later date is read from the dates, not from words a model
        # weighs: it needs no model's agreement.
        _keep(an, found, [c.key.startswith(("moved-later:", "price-up:")) or c.own_matter or
                          mv.keeps(mv.bad_news, c.start, mv.veto_addressed if c.opening and c.to_reader or c.lead
                                   else mv.veto_addressed_body if c.addressed else mv.veto_bad)
                          for c in found])
    model_acks = list(mv.sentences(mv.ack, mv.t_ack, body)) if mv.models_on else []
    # A reply explaining the fault the reader reported ("Re: Why did my refund fail?")
    # tells them what they know: the model's reading of it as bad news does not count.
    their_fault = _their_fault_topic(draft.subject)
    for s, e, score in mv.sentences(mv.bad_news, mv.t_bad, body):
        # A question asks; a sentence that apologises names the bad news, it is not news.
        if their_fault or draft.text[s:e].rstrip().endswith("?") or any(a < e and s < b for a, b, _ in model_acks):
            continue
        if mv.rules_on and _apologises(doc, acks(), s, e):
            continue
        if any(s <= a < e for a, _ in spared):
            continue
        # In a mailing to a group or a role ("Hi all,", "Dear Customer,") news that does
        # not say "you" or "your" is a bulletin, as for the lexicon's cues.
        if _to_many(ctx) and not _YOU_WORD.search(draft.text, s, e):
            continue
        an.cues.append(_model_cue("bad_news", "draft", draft.text, s, e, score))
    if an.maybe_needed:
        rule_acks = _acknowledgements(doc, acks(), in_body) if mv.rules_on else []
        an.acks = rule_acks + [
            (s, e, "model") for s, e, _ in model_acks if not any(a < e and s < b for a, b, _ in rule_acks)
        ]
        an.acks.sort()
    return an


def _keep(an: Analysis, cues: list[Cue], kept) -> None:
    """File lexicon cues as evidence, or as vetoed where the model disagrees."""
    for cue, ok in zip(cues, kept):
        (an.cues if ok else an.vetoed).append(cue)


def _apologises(doc, matches, start: int, end: int) -> bool:
    """Whether a specific acknowledgement phrase lies inside chars ``start:end``."""
    inside = [(k, s, e) for k, s, e in matches if start <= doc[s].idx < end]
    return bool(inside) and _has_specific_ack(inside)


def _other_text_cues(lex: "_Lexicon", mv: ModelView, sdoc, text: str, source: str, rule_cues, vetoed: list[Cue]) -> list[Cue]:
    """Complaint cues in a text outside the draft (the subject line, the in-reply-to
    message): the lexicon's unless the model reads the whole text as no complaint, and
    the model's own."""
    sc = scores(sdoc, "complaint") if sdoc is not None else None
    best = max((score for _, _, score in sc), default=0.0) if sc is not None else None
    cues: list[Cue] = []
    if mv.rules_on:
        found = rule_cues() + _shouting(text, lex.shouting, source)
        if best is None or mv.veto_complaint <= 0 or best >= mv.veto_complaint:
            cues += found
        else:
            cues += [c for c in found if c.distress]
            vetoed += [c for c in found if not c.distress]
    if sc is not None and mv.models_on and mv.t_complaint < 1.0:
        for s, e, score in sc:
            if score >= mv.t_complaint:
                cue = _model_cue("complaint", source, text, s, e, score, base=None)
                if source == "subject":
                    # The model reads a subject's fault ("Printer not working") as a
                    # complaint; a subject names the topic: the model's reading is one
                    # weak cue, and none beside the lexicon's own reading of it.
                    if any(c.source == "subject" for c in cues):
                        continue
                    cue.weight = WEAK
                cues.append(cue)
    return cues


def _acknowledgements(doc, matches, in_body) -> list[tuple[int, int, str]]:
    """(start, end, group) of each acknowledgement in the new text, in order; a specific
    one inside boilerplate counts as boilerplate, a non-apology not at all."""
    acks = [(k, s, e) for k, s, e in matches if in_body(doc[s].idx)]
    non_apology = [(s, e) for k, s, e in acks if k == "acknowledgement:non_apology"]
    boiler = [(s, e) for k, s, e in acks if k == "acknowledgement:boilerplate"]
    out: list[tuple[int, int, str]] = []
    for key, s, e in acks:
        group = key.split(":", 1)[1]
        if group in ("non_apology", "boilerplate"):
            continue
        if any(a <= s < b or s <= a < e for a, b in non_apology):
            continue
        if any(a <= s < b or s <= a < e for a, b in boiler):
            group = "boilerplate"
        out.append((doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), group))
    for s, e in boiler:
        start = doc[s].idx
        if not any(a <= start < b for a, b, _ in out):
            out.append((start, doc[e - 1].idx + len(doc[e - 1]), "boilerplate"))
    out.sort()
    return out


# A subject longer than this is cut before tokenizing (a hostile header cannot stall it).
MAX_SUBJECT = 2000


def _subject_cues(lex: _Lexicon, nlp, subject: str) -> list[Cue]:
    """Complaint cues in the subject line, read as one sentence (no sentence starts are
    set).  Most subjects hold no word a complaint phrase needs: those stop at the tokenizer."""
    doc = nlp.make_doc(neutralise_runs(subject[:MAX_SUBJECT]))
    if not lex.may_complain(doc):
        return []
    lex.lemmatizer(doc)
    return _cues_in(_Tokens(doc, subject, lex, one_sentence=True), lex.phrases["complaint"](doc), "complaint", "subject")


def _own_subject_news(ctx, lex: _Lexicon, nlp) -> list[Cue]:
    """Bad news the writer puts in the subject of a new message to one reader ("Order
    20417 - delay", "Pottery course cancelled", "Outage on Tuesday - summary"): the
    message is about the reader's own matter, whatever the body's words.  A reply's
    subject ("Re: ...") is the client's topic and is read for complaints instead."""
    draft = ctx.draft
    subject = (draft.subject or "").strip()
    if not subject or _SUBJECT_PREFIX.match(subject) or _FORWARD_PREFIX.match(subject) or _opening(ctx) is None:
        return []
    doc = nlp.make_doc(neutralise_runs(subject[:MAX_SUBJECT]))
    lex.lemmatizer(doc)
    tk = _Tokens(doc, subject, lex, one_sentence=True)
    cues = _cues_in(tk, lex.phrases["bad_news"](doc), "bad_news", "subject",
                    acks=lambda: lex.phrases["acknowledgement"](doc))
    out = []
    for c in cues:
        if c.weight == STRONG and not c.change:
            c.to_reader = True
            c.key = "subject:" + c.key
            out.append(c)
    # A subject is telegraphic: "Pottery course cancelled" says "has been cancelled".
    m = None if out else _SUBJECT_NEWS.search(subject)
    if m and not _SUBJECT_ROUTINE.search(subject):
        out.append(Cue("bad_news", "subject", STRONG, m.group(0), "subject:" + m.group(0).lower(), to_reader=True))
    return out


_SUBJECT_NEWS = re.compile(r"\b(cancell?ed|postponed|delayed|suspended|withdrawn|discontinued|rejected|declined|refused|"
                           r"unsuccessful|called off|closing down)\b", re.I)
# A subject naming the reader's own request or a plan ("Your cancellation request",
# "Cancelled order refund", "Planned maintenance") is routine.
_SUBJECT_ROUTINE = re.compile(r"\b(request(ed)?|refund(ed)?|confirm\w*|as requested|planned|scheduled|maintenance|"
                              r"invitation|invite|meeting|call)\b", re.I)


def _reply_text(reply: str) -> str:
    """What the client wrote in the message being replied to: its new text only (a saved
    .eml is read through its body; quoted history and signature are left out)."""
    # The mail readers load here, not with the rules: listing rules must not import them.
    from ..draft.readers import draft_from_message, parse_message_bytes, sniff_format

    reply = reply.replace("\r\n", "\n")
    if sniff_format(reply[:4096].encode("utf-8", "replace")) == "eml":
        try:
            parsed = draft_from_message(parse_message_bytes(reply.encode("utf-8", "surrogateescape"), "<in-reply-to>"))
        except ReplylintError:
            parsed = None
        if parsed is not None:
            return parsed.new_text
    return "".join(reply[s.start:s.end] for s in split(reply) if s.kind == BODY)


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
