"""What rests on an outcome told just before it.

A licence to act on an outcome: "The visa comes through next week. Go ahead and book
your flights.", "the bank signs off on Friday, so feel free to give notice on your flat".
Telling the reader to act on someone else's decision makes the sentence before it a
promise, however plainly it was put.  The licence (``certainty.reliance``) counts only
after an outcome told as certain: a future or a time, in its sentence before it or in the
sentence before that, not the writer's own ("we'll send it tomorrow, so feel free to
book the kick-off"), not hedged, conditional, negated or someone else's words, and not a
past ("your visa has been approved, go ahead and book" acts on a fact).

A hedge denied after an outcome ("The supplier will deliver on the 3rd. That's not a
guess.", ``certainty.unhedged``) is read the same way, for any outcome not the writer's
own ("the fee is £400, that's not an estimate" follows a fact)."""
from __future__ import annotations

from .._promise_reader.slots import _plural_base
from .assurances import _PAST_WORDS, _future_in, _past_tense
from .lexicon import Compiled
from .tokens import Columns

# What a licence may be for without relying on anything: the writer's own time ("book a
# call", "give me a ring", "tell us").
_WITH_THE_WRITER = {"me", "us", "our", "my"}
_MEETINGS = {"call", "calls", "meeting", "meetings", "chat", "time", "slot", "demo", "session", "appointment",
             "catch-up", "walkthrough", "visit", "viewing", "tour", "ring", "consultation"}
_WRITER = {"i", "we", "our", "my", "us"}
# How to do it, not that it is safe to: "you can pay by bank transfer", "you can book
# online", "you can order through the portal".
_MANNER = {"by", "online", "via", "through", "with", "using", "at", "from", "here", "directly", "over",
           "securely", "easily", "any", "anytime", "whenever", "when", "if", "as"}
# Cues before the licence that take the certainty away.
_UNSURE = ("c:hedge", "c:cond", "c:disc", "c:attr", "c:neg", "c:rep")
_UNDONE = {"c:hedge": "c:nothedge", "c:cond": "c:notcond", "c:neg": "c:notneg"}


def relies_on_outcome(doc, cols: Columns, comp: Compiled, s: int, e: int, ss: int, se: int) -> bool:
    """Whether the licence at [s, e) acts on an outcome told as certain just before it."""
    after = [doc[t].lower_ for t in range(e, min(se, e + 3))]
    if (after and after[0] in _WITH_THE_WRITER | _MANNER) or any(w in _MEETINGS for w in after):
        return False
    return _told_before(doc, cols, comp, s, ss, someone_elses=True)


def outcome_told_before(doc, cols: Columns, comp: Compiled, s: int, ss: int) -> bool:
    """Whether a hedge denied at ``s`` ("that's not a guess", "this isn't a forecast")
    follows an outcome told as certain, by someone other than the writer."""
    return _told_before(doc, cols, comp, s, ss, someone_elses=False)


def _told_before(doc, cols: Columns, comp: Compiled, s: int, ss: int, someone_elses: bool) -> bool:
    """An outcome told as certain before ``s``: in its sentence when a clause stands before
    it ("..., so feel free to ..."), else in the sentence before."""
    words = [t for t in range(ss, s) if not (doc[t].is_punct or doc[t].is_space)]
    if len(words) > 2:
        return _told_as_certain(doc, cols, comp, ss, s, someone_elses)
    if ss == 0:
        return False
    prev = doc[ss - 1].sent
    return _told_as_certain(doc, cols, comp, prev.start, ss, someone_elses)


def _told_as_certain(doc, cols: Columns, comp: Compiled, lo: int, hi: int, someone_elses: bool) -> bool:
    """An outcome in [lo, hi) told as certain, by someone other than the writer: a future
    ("the bank will sign off on Friday") or a time with no past ("the grant lands next
    month"), with no hedge, condition, negation, disclaimer or report."""
    found: dict[str, list[tuple[int, int]]] = {}
    for key, a, b in comp.helpers.in_span(doc[lo:hi], greedy_longest=False):
        found.setdefault(key, []).append((a, b))
    for key in _UNSURE:
        undo = found.get(_UNDONE.get(key, ""), [])
        if any(not any(c < b and a < d for c, d in undo) for a, b in found.get(key, [])):
            return False
    if someone_elses and not _someone_elses(doc, comp, lo, hi):
        return False  # "the new version goes live on Monday", "prices go up in April"
    lower = cols.lower
    i = lo
    while i < hi:
        f = _future_in(doc, cols, i, hi)
        if f is None:
            break
        if not any(doc[t].lower_ in _WRITER for t in range(max(lo, f - 3), f)):
            return True
        i = f + 1
    if any(doc[t].lower_ in _WRITER for t in range(lo, min(hi, lo + 3))):
        return False  # "We deliver on Monday, so ..."
    has_time = bool(found.get("time"))
    past = any(lower[t] in _PAST_WORDS or _past_tense(doc, cols, t, lo) for t in range(lo, hi))
    return has_time and not past


def _someone_elses(doc, comp: Compiled, lo: int, hi: int) -> bool:
    """Whether [lo, hi) names someone else's decision or the reader's matter: a third
    party of the clause reader's lists ("the bank", "customs", "the sellers") or what they
    decide ("your visa", "the offer", "your refund", "the grant")."""
    words = comp.reader
    if words is None:
        return False
    matters = words.favours | words.prizes | words.deals | words.reader_outcomes | words.cost_subjects
    for t in range(lo, hi):
        for n in (3, 2, 1):
            if t + n > hi:
                continue
            phrase = " ".join(doc[u].lower_ for u in range(t, t + n))
            for form in _plural_base(phrase):
                if form in words.agents or (n == 1 and form in matters):
                    return True
    return False
