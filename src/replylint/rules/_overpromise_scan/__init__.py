"""Shared analysis for the overpromise rules (PRM001-PRM007).

Matching (phrases from ``lexicons/overpromise.toml``) is gated so that it stays cheap,
on sets of word ids before any matcher runs (most drafts hold no promise word at all):

* promise phrases sit in two phrase sets, the plain ones (no gaps, alternatives or
  exact forms) and the others; each runs once on the whole draft, only when the draft
  holds a required word of one of its phrases, and a match counts when it lies inside
  one sentence of the new text;
* cues, times and policies are matched only in sentences that hold a promise (one
  phrase set, one call per draft).

Each promise match is then judged on its own, in its clause:

* negated ("we can't guarantee"): a negation cue in the few words before the match,
  inside its clause (clause punctuation and "but" stop the look-back, so in
  "I can't promise Monday, but we guarantee Tuesday" only Tuesday's guarantee counts),
  or "guarantees like that aren't ..." just after it;
* hedged ("we expect", "should", "hopefully", "all being well, ..."): a hedge in the
  clause or the clause before it;
* conditional ("if the courier collects today, it will arrive ..."): a condition in
  the clause, or in the clause before it (not past a "but");
* taken back later in the sentence ("..., though the decision rests with the embassy");
* a question, a phrase inside quotation marks, or a reported/past promise
  ("as promised", "you were promised");
* a named company policy ("our money-back guarantee") turns a guarantee into PRM007.

A certainty word next to a time becomes PRM002; one finding per code and sentence,
the specific codes winning over PRM001/PRM006.  The result is computed once per draft
(``ctx.memo``) and every PRM rule picks its own code from it.  Nothing here stores or
logs draft text.

Modules: ``analysis`` (the whole scan of one draft: matches by sentence, then judged),
``lexicon`` (the overpromise lexicon compiled into phrase sets and their gates),
``judgement`` (one match judged in its clause: negation, hedges, conditions, quotation,
policies, which code), ``assurances`` (what an assurance word vouches for: a future, an
outcome, the writer's own word), ``control`` (who controls what a guarantee word guarantees: the writer's own warranty,
booking or act, or an outcome others decide), ``reliance`` (a licence to act on an outcome: "go ahead
and book your flights"), ``promises`` (the codes, a found promise, one finding
per code and sentence), ``quotation`` (inside quotation marks), ``tokens`` (word-id sets
and the draft's token columns).  The clause reader is :mod:`.._promise_reader`.
"""
from .analysis import analyse, own_guarantees
from .lexicon import LEXICON, Compiled, compiled
from .promises import (
    CODE_ABSOLUTE, CODE_CERTAINTY, CODE_DEADLINE, CODE_NEVER, CODE_POLICY, CODE_THIRD_PARTY, CODE_UNLIMITED,
    GENERAL, Promise,
)
from .quotation import _QUOTES, inside_quotation

__all__ = [
    "CODE_ABSOLUTE", "CODE_CERTAINTY", "CODE_DEADLINE", "CODE_NEVER", "CODE_POLICY", "CODE_THIRD_PARTY",
    "CODE_UNLIMITED", "GENERAL", "LEXICON", "Compiled", "Promise", "_QUOTES", "analyse", "compiled",
    "inside_quotation", "own_guarantees",
]
