"""What an assurance word vouches for: a future, a time or an outcome in its sentence
("rest assured it'll arrive"), not a past, the writer's own state or the reader's
reaction; a bare "promise", "I swear" or "guaranteed by" read in their sentence."""
from __future__ import annotations

from ...strhash import hash_string
from .lexicon import Compiled
from .tokens import _BE, _GOING, _OWN_SUBJECT, _TO, Columns, word_ids


_CLAUSE_SUBJECTS = word_ids({"i", "we", "you", "they", "he", "she", "it", "this", "that", "the", "your", "our", "their", "my"})
_FUTURE = word_ids({"will", "'ll", "wo", "gonna"})


def _opens_promise(cols: Columns, e: int, se: int) -> bool:
    """"100% it'll be fixed by then": a clause with a future "will" right after the assurance."""
    lower = cols.lower
    if lower[e] not in _CLAUSE_SUBJECTS:
        return False
    return any(lower[i] in _FUTURE for i in range(e + 1, min(se, e + 5)))


_GUARANTEED, _BY, _PROMISE = hash_string("guaranteed"), hash_string("by"), hash_string("promise")
_DETERMINERS = word_ids({"the", "its", "their", "a", "an", "our", "his", "her"})


def _guarantor(doc, lower: list[int], s: int, e: int, se: int, times) -> bool:
    """"a member guaranteed by SMW Trading Company": a named guarantor stands behind an
    obligation (a financial guarantee, not a promise of an outcome).  "Guaranteed by
    Friday" is a deadline: a name that is part of a time is not a guarantor."""
    if e - s != 1 or lower[s] != _GUARANTEED or e + 1 >= se or lower[e] != _BY:
        return False
    k = e + 1
    while k < se - 1 and lower[k] in _DETERMINERS:
        k += 1
    tok = doc[k]
    if not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    return not any(a <= e < b or a <= k < b for a, b in times)


_YOU = word_ids({"you", "ya", "u"})
_COMMA_AND = word_ids({",", "and", "&"})
_MARKS_FUTURE = word_ids({"will", "'ll", "wo", "shall", "gonna", "going"})


def _promise_of_outcome(doc, cols: Columns, s: int, e: int, se: int, times) -> bool:
    """Whether a bare "promise" promises an outcome to the reader.

    * "..., promise that when I see him I'll ...": a verb in a narrative sequence (after
      a comma or "and", with no "you" after it) is a story, not a promise to the reader;
    * "I promise this isn't about me", "I promise you, if you can predict that, you should
      ...": what is promised says how things are, with no future and no time in it; an
      assurance of sincerity, not a guarantee of an outcome.  "I can promise you that"
      at the end of a sentence points back at the claim before it and stays a promise.
    """
    lower = cols.lower
    k = e
    while k < se and (lower[k] in _YOU or doc[k].is_punct or doc[k].is_space):
        k += 1
    rest = [i for i in range(k, se) if not (doc[i].is_punct or doc[i].is_space)]
    # "..., promise po.", "I can promise you that much.": a closing promise is about
    # the clause before it.
    if len(rest) <= 1 or all(lower[i] in _TAIL_WORDS for i in rest):
        return True  # "I promise.", "I promise you that.": about the sentence before
    # "That's a promise, not a hope.", "a promise, no ifs or buts": a short denial closing it
    if len(rest) <= 4 and lower[rest[0]] in _DENIAL and e < se and doc[e].is_punct:
        return True
    # "..., I promise, storm or not": a promise closing its own clause after a future
    if e < se and doc[e].is_punct and any(lower[i] in _MARKS_FUTURE for i in range(max(0, s - 12), s)):
        return True
    if s > 0 and lower[s - 1] in _COMMA_AND and not (e < se and lower[e] in _YOU):
        return False
    if any(lower[i] in _MARKS_FUTURE for i in rest):
        return True
    return any(k <= a < se for a, _ in times)
_PROMISE_WORDS = word_ids({"promise", "guarantee", "assure", "swear"})
_DENIAL = word_ids({"not", "no"})
# Words that may close a promise that points back ("I promise you that much", "promise
# po", "I promise you that, mate").
_TAIL_WORDS = word_ids({"that", "much", "this", "one", "thing", "po", "lah", "na", "mate", "love", "hun", "darling",
                        "sir", "ma'am", "maam", "madam", "at", "least", "for", "sure", "now", "again", "faithfully",
                        "honestly", "ha", "yaar", "ji", "bro", "boss", "la"})


def _own_promise(cols: Columns, s: int, e: int, cs: int) -> bool:
    """"I promise you", "we guarantee", "I can assure you": a promise word in the match
    with the writer as its subject ("I" or "we" at most two words before it)."""
    lemma, lower = cols.lemma, cols.lower
    at = next((i for i in range(s, e) if lemma[i] in _PROMISE_WORDS), None)
    return at is not None and any(lower[i] in _OWN_SUBJECT for i in range(max(cs, at - 2), at))


def _participle(tok) -> bool:
    """"approved", "sent", "delivered": a past participle (by its form: the lemmatizer
    gives "approve" for "approved")."""
    low = tok.lower_
    return tok.is_alpha and low != tok.lemma_ and not low.endswith(("s", "ing"))


# Futures read in a sentence: "will", "'ll", "gonna", "going to", "shall".
_FUTURE_WORDS = word_ids({"will", "'ll", "’ll", "wo", "shall", "gonna"})
_PAST_WORDS = word_ids({"was", "were", "did", "had", "'d", "'ve", "been", "yesterday", "ago", "last"})
_WRITER_SUBJECTS = word_ids({"i", "we"})
# The reader's own reaction ("I'm certain you'll find the guide useful", "no doubt you'll
# have questions"): a presumption about the reader, not a promise of an outcome.
_RECEPTION = word_ids({"find", "love", "like", "enjoy", "appreciate", "agree", "understand", "know", "see", "hear",
                   "notice", "remember", "recall", "wonder", "want", "need", "recognise", "recognize"})
_QUERIES = word_ids({"questions", "question", "queries", "thoughts", "comments", "concerns", "ideas"})
_PROGRESSIVE = word_ids({"arriving", "coming", "landing", "shipping", "happening", "leaving", "clearing", "completing",
                     "delivering", "dispatching", "going", "launching", "closing", "going-live"})


# Participles that compare with an expectation: "as good as expected", "as advertised".
_EXPECTED = {"expected", "advertised", "promised", "described", "hoped", "planned", "predicted", "claimed", "quoted",
             "forecast", "anticipated", "imagined", "pictured", "shown", "billed", "reported", "reviewed"}


def _settled_participle(tok) -> bool:
    """"as good as stamped", "as good as confirmed": a past participle that names an
    outcome (by its form), not a comparison ("as good as new") nor an expectation met
    ("as good as advertised")."""
    return _participle(tok) and tok.lower_ not in _EXPECTED


def _future_in(doc, cols: Columns, lo: int, hi: int) -> int | None:
    """The first future marker in [lo, hi) ("will", "'ll", "gonna", "going to"), else None."""
    lower = cols.lower
    for i in range(lo, hi):
        if lower[i] in _FUTURE_WORDS or (lower[i] == _GOING and i + 1 < hi and lower[i + 1] == _TO):
            return i
        if doc[i].lemma_ == "will" and doc[i].lower_ != "willing":
            return i
    return None


def _reception(doc, cols: Columns, f: int, se: int) -> bool:
    """A future of the reader's own reaction: "you'll find", "you'll have questions"."""
    lower = cols.lower
    if f - 1 < 0 or lower[f - 1] not in _YOU:
        return False
    v = f + 1
    while v < se and doc[v].lower_ in ("probably", "definitely", "certainly", "surely", "also", "really"):
        v += 1
    if v >= se:
        return False
    if cols.lemma[v] in _RECEPTION:
        return True
    return doc[v].lemma_ == "have" and any(lower[t] in _QUERIES for t in range(v + 1, min(se, v + 4)))


def _past_form(doc, cols: Columns, i: int, ss: int) -> bool:
    """A past tense by its form: "sent", "went" (not "is sent", a passive present)."""
    tok = doc[i]
    if _participle(tok) and tok.lower_.endswith("ed") and not (i > ss and cols.lemma[i - 1] == _BE):
        return True
    return tok.is_alpha and tok.lower_ != tok.lemma_ and tok.lemma_ in _IRREGULAR_PAST and tok.lower_ not in _PRESENT_FORMS


def _past_tense(doc, cols: Columns, i: int, ss: int) -> bool:
    """:func:`_past_form`, but never an -ing form ("on it being with you", "the offer is
    coming on Monday": the lemma is irregular, the form is no past)."""
    return not doc[i].lower_.endswith("ing") and _past_form(doc, cols, i, ss)


def _vouches_for(doc, cols: Columns, key: str, s: int, e: int, ss: int, se: int, times, breaks) -> bool:
    """Whether an assurance vouches for an outcome in its sentence.

    * a past ("I'm certain I sent it on Monday", "trust me, I've been through it") or
      the reader's own reaction ("I'm certain you'll find it useful") is not an outcome;
    * an invariance ("rain or shine") or a bare assurance ("rest assured", "100% sure")
      needs a future, a time or a progressive in its sentence ("rest assured we have your
      file" is the writer's present state; "rain or shine, the office is open" a fact);
    * a casual closing ("no sweat", "no bother") needs a future before it whose subject
      is not the writer ("I'll send it over, no bother" is a favour of the writer's) and
      not a "be" right before it ("it'll be no bother" is politeness)."""
    lower = cols.lower
    if key == "cert_stake":
        # What is staked on is an outcome ("on it arriving", "on the council approving
        # it"), unless it is a past ("I'd bet my life he sent it yesterday"); a past
        # before the stake is the story so far ("it went out today and I'd stake ...").
        return not any(lower[i] in _PAST_WORDS or _past_tense(doc, cols, i, ss) for i in range(e, se))
    outside = [i for i in range(ss, se) if not (s <= i < e)]
    f = _future_in(doc, cols, ss, s) if key == "cert_soft" else next(
        (i for i in outside if _future_in(doc, cols, i, i + 1) is not None), None)
    if f is not None and _reception(doc, cols, f, se):
        return False
    if f is None and any(lower[i] in _PAST_WORDS or _past_form(doc, cols, i, ss) for i in outside):
        return False
    if key == "cert_vouch":
        # "hand on heart, I'm sorry", "trust me, I've been there": the writer's own state
        nxt = next((i for i in range(e, se) if not (doc[i].is_punct or doc[i].is_space)), None)
        return not (f is None and nxt is not None and lower[nxt] in _WRITER_SUBJECTS)
    if key == "cert_soft":
        if f is None or (f > ss and lower[f - 1] in _WRITER_SUBJECTS):
            return False
        prv = lower[s - 1] if s > ss else None
        return not (prv is not None and (cols.lemma[s - 1] == _BE or prv in _FUTURE_WORDS))
    return f is not None or any(ss <= a and b <= se for a, b in times) or any(lower[i] in _PROGRESSIVE for i in outside)
_IRREGULAR_PAST = {"send", "go", "come", "leave", "get", "pay", "make", "take", "give", "tell", "say", "see", "put",
                   "buy", "bring", "think", "find", "know", "do", "be", "have", "run", "write", "speak", "lose"}
_PRESENT_FORMS = {"is", "are", "am", "'s", "'re", "'m", "does", "has", "gets", "goes", "comes", "makes", "takes",
                  "gives", "says", "sees", "puts", "runs", "knows", "finds", "thinks", "brings", "writes", "sends"}


def _swears_to_outcome(doc, cols: Columns, s: int, e: int, se: int, times) -> bool:
    """Whether "I swear" vouches for an outcome: it closes the sentence ("it'll be there
    Friday, I swear") or what follows has a future or a time ("I swear it'll be fixed
    tonight"); "I swear this guy never reads his mail" is exasperation."""
    lower = cols.lower
    rest = [i for i in range(e, se) if not (doc[i].is_punct or doc[i].is_space)]
    if len(rest) <= 1:
        return True
    if any(lower[i] in _MARKS_FUTURE for i in rest):
        return True
    return any(e <= a < se for a, _ in times)


def _names_problem(doc, comp: Compiled, s: int, e: int) -> bool:
    """Whether a match names a problem ("this error message") beside a word of
    ``not_problem`` ("message")."""
    problems = comp.reader.problems if comp.reader is not None else frozenset()
    return any(doc[i].lower_ in problems or doc[i].lemma_ in problems for i in range(s, e))


def _passive_return(doc, s: int, e: int) -> bool:
    """"can't be returned", "won't be returned": the passive of "return" gives something
    back (a refusal), unlike "the fault won't return"."""
    last = doc[e - 1]
    return last.lemma_ == "return" and last.lower_ != "return" and e - 2 >= s and doc[e - 2].lemma_ == "be"
