"""Bad news the bad-news model reads in a sentence about the reader's own matter.

The bad-news model alone decides only at ``bad-news-model-threshold`` (0.9, in a message
to a named reader): below that, on its own it calls reported speech, opinion pieces and a
colleague's departure bad news.  What it is good at is telling a refusal, a loss or a cancellation from a
confirmation when the words are ones no phrase of the lexicon names ("your membership has
been suspended", "the bank has closed your business account", "you have not been awarded
a bursary").  So a sentence it scores at least ``bad-news-model-threshold-reader`` counts
when the sentence itself says the news is the reader's: it speaks to them ("you",
"your"), in a message evidently to one reader (it greets them by name or answers their
quoted message; not a group, a role, a mailing or a notice with no salutation), and it is told,
not asked, supposed, reported from a third party, known already, or of the reader's own
doing ("when you cancelled your spare ticket"), and it says, as an outcome, that the
reader's matter is withheld or ended ("your expenses won't be reimbursed", "you have not
been awarded a bursary", "we can't keep you on the early-bird rate", "this firm will no
longer act for you"); a negation anywhere else ("I can't promise Monday", "we don't agree
with your reading", "your router wasn't getting sync") is not enough.  The
model reads words, not polarity: "your appeal has been successful and the charge has been
cancelled" and "the bank has opened your business account" score as high as their
opposites, and good news said as such ("successful", "pleased to") never counts.
"""
from __future__ import annotations

import re

from .addressee import _KNOWN, _YOU_WORD, _broadcast, _names_someone, _opening, _reports, _to_many
from .authorship import client_ranges

# What makes a sentence not news told to the reader: supposed ("if", "may", "should it"),
# or what the reader did or asked for themselves ("when you cancelled your spare ticket",
# "the refund you requested").
_SUPPOSED = re.compile(r"\b(if|unless|whether|in case|in the event|may|might|could|would|should)\b", re.I)
# The reader's matter withheld or ended, as an outcome: "your expenses won't be reimbursed",
# "your application didn't pass", "you have not been awarded a bursary", "we can't keep you
# on", "this firm will no longer act for you".  A state said with "is/was not" ("your
# router wasn't getting sync") describes a fault; it is not an outcome.
_OUTCOME_NOT = r"(?:will|would|can|could|shall|has|have|had|did|wo|ca|sha)(?:n['’]t|\s+not|\s+never|\s+no\s+longer)"
_WITHHELD = re.compile(
    r"\byour\b(?:\s+(?!and\b|but\b|which\b|that\b)[\w'’-]+){0,6}?\s+" + _OUTCOME_NOT + r"\b"
    r"|\byou\s+" + _OUTCOME_NOT + r"\s+(?:be\s+|been\s+)\w+(?:ed|en)\b"
    r"|\b(?:we|I|they)\s+" + _OUTCOME_NOT + r"\s+(?:be\s+able\s+to\s+)?\w+\s+(?:you|your)\b"
    r"|\bno\s+longer\b[^.;]{0,40}\b(?:for|to)\s+you\b", re.I)
# A promise that a failure will not happen ("your phones will never go down again", "you
# won't lose a file even if the server fails"): a negated outcome, but of the bad thing.
_SAFE_FROM_NOW = re.compile(
    r"\b(?:will|would|shall|wo|ca|can)(?:n['’]t|\s+not|\s+never)\s+(?:\w+\s+){0,2}?(?:go(?:es)?\s+down|fail|crash|break|"
    r"drop|stop|lose|happen|be\s+(?:lost|down|affected|interrupted|cut off|without))\b"
    r"|\bnever\b[^.;]{0,60}\bagain\b", re.I)
# Good news said as such.
_GOOD = re.compile(r"\b(successful(ly)?|good news|great news|pleased|delighted|glad|happy to|approved|accepted|"
                   r"granted|confirmed|congratulations)\b", re.I)
_READERS_OWN_ACT = re.compile(
    r"\byou(?:['’]ve| have| had)? (?:\w+ )?(asked|requested|chose|chosen|decided|cancell?ed|declined|rejected|"
    r"opted|wanted|ordered|applied|booked|returned|withdrew|withdrawn|closed|paused|stopped|ended|terminated)\b",
    re.I)


def _to_one_reader(ctx) -> bool:
    """Whether the message is evidently to one reader: it greets them by name ("Hi Sunita,",
    "Dear Mr Osei,") or answers their quoted message.  A notice with no salutation ("All
    employees can now register ... your contributions will not begin until March") may be
    a bulletin to everyone."""
    span = _opening(ctx)
    return bool(span is not None and _names_someone(ctx, span) or client_ranges(ctx.draft))


def readers_matter_news(ctx, mv, body, skip) -> list[tuple[int, int, float]]:
    """(start, end, score) of the sentences of the new text the bad-news model reads as
    bad news about the reader's own matter (see the module's docstring).  ``skip(s, e)``
    says a sentence is already ruled out (a question, an apology, what spares the reader)."""
    threshold = ctx.option("bad-news-model-threshold-reader")
    if threshold >= 1.0 or not mv.models_on or mv.bad_news is None:
        return []
    if _to_many(ctx) or _broadcast(ctx) or not _to_one_reader(ctx):
        return []
    text = ctx.draft.text
    doc = ctx.doc
    out = []
    for s, e, score in mv.sentences(mv.bad_news, threshold, body, max_words=mv.max_words_bad):
        if score >= mv.t_bad or skip(s, e):
            continue  # the model's own finding at bad-news-model-threshold covers it
        sentence = text[s:e]
        if not _YOU_WORD.search(sentence) or _SUPPOSED.search(sentence) or _READERS_OWN_ACT.search(sentence):
            continue
        if _KNOWN.search(sentence) or _GOOD.search(sentence):
            continue
        if not _WITHHELD.search(sentence) or _SAFE_FROM_NOW.search(sentence):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and _reports(span):
            continue
        out.append((s, e, score))
    return out
