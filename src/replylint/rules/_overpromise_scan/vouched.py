"""A promise word vouching for someone else's future: "it'll sail, I promise", "timber
prices are going up 20% by spring, guaranteed", "I can promise you the scar will be
gone", "you'll have a dry afternoon - I'm happy to put it in writing".

A bare "I promise" or "guaranteed" is an absolute guarantee (PRM001), which may be the
writer's own ("the file is attached this time, I promise", "we guarantee our labour for
two years").  When what it vouches for is a future whose subject is not the writer (a
ferry, the weather, prices, a scar, the reader's own result), the writer is certain
about an outcome someone or something else decides: a third-party outcome (PRM005),
whatever the outcome's words.  The clause is read from tokens, as the clause reader
reads it (:mod:`.._promise_reader.slots`): the future marker, the subject before it, the
verb after it.  Not a future of the writer or the writer's people ("we'll be there by
eight, I promise", "our team will tidy up"), not the reader's reaction ("you'll love
it, I promise"), nor the writer's own terms ("it won't cost you a penny more").
"""
from __future__ import annotations

from .._promise_reader.slots import _STAFF, _future_at, _subject, _verb_after
from .assurances import _PROMISE_WORDS, _RECEPTION
from .reliance import _told_as_certain
from .tokens import _GOING, _TO, Columns, word_ids

# The writer and the writer's own: a future of theirs is their commitment.
_WRITER_WORDS = word_ids({"i", "we", "us", "our", "my", "me", "ours", "mine"})
# The reader's state or the writer's own price, not an outcome: "you'll be fine", "it
# won't take long", "it won't cost a penny more", "it'll be worth it".
_STATES = {"fine", "ok", "okay", "alright", "sorted", "happy", "pleased", "glad", "impressed", "delighted", "surprised",
           "amazed", "comfortable", "ready", "worth", "welcome", "right", "safe"}
_OWN_TERMS = {"cost", "take", "charge", "regret", "mind", "need", "want", "like", "love", "enjoy", "thank"}
# "are rising", "is going up": a present progressive of a move told with a promise word.
_MOVES = {"rise", "rising", "climb", "climbing", "fall", "falling", "drop", "dropping", "go", "going", "come",
          "coming", "arrive", "arriving", "clear", "clearing", "increase", "increasing", "double", "doubling"}
# The writer's own supply: "the new pump", "the replacement", "the second coat".
_SUPPLIED = {"new", "replacement", "replaced", "repaired", "upgraded", "second", "fresh", "updated", "latest", "parts",
             "part", "unit", "fix", "patch", "product", "kit", "system", "software", "service", "treatment"}
_PRODUCT_VERBS = {"work", "fit", "fix", "solve", "cope", "cover", "perform", "function", "last"}
_BE_PRESENT = {"is", "are", "'s", "'re", "’s", "’re"}


def promise_word(cols: Columns, doc, s: int, e: int) -> bool:
    """Whether the match holds a promise word ("promise", "guarantee(d)", "swear")."""
    return any(cols.lemma[i] in _PROMISE_WORDS or doc[i].lower_.startswith("guarant") for i in range(s, e))


def vouches_for_other(doc, cols: Columns, comp, s: int, e: int, ss: int, se: int, own) -> bool:
    """Whether the promise word at ``doc[s:e]`` vouches for a future in its sentence whose
    subject is not the writer (see the module docstring).  ``own`` are the spans of the
    writer's own actions (``own_actions``)."""
    if comp.reader is None:
        return False
    if _other_future(doc, cols, comp, s, e, ss, se, own):
        return True
    # "That's a promise.", "I promise you that.", "Guaranteed.": a short sentence of its
    # own vouches for the sentence before, when that one is told as certain.
    rest = [i for i in range(ss, se) if not (s <= i < e or doc[i].is_punct or doc[i].is_space)]
    if len(rest) > 6 or ss == 0:
        return False
    prev = doc[ss - 1].sent
    return _told_as_certain(doc, cols, comp, prev.start, ss, False) and _other_future(
        doc, cols, comp, s, e, prev.start, ss, own)


def _other_future(doc, cols: Columns, comp, s: int, e: int, ss: int, se: int, own) -> bool:
    words, breaks = comp.reader, comp.breaks
    for i in range(ss, se):
        if s <= i < e:
            continue
        after = _future_at(doc, i, ss, se)
        progressive = False
        if after is None and doc[i].lower_ in _BE_PRESENT and i + 1 < se and doc[i + 1].lower_ in _MOVES \
                and doc[i + 1].lower_.endswith("ing") and not (i + 2 < se and doc[i + 2].lower_ == "to"):
            after, progressive = i + 1, True  # "prices are rising by a tenth, guaranteed"
        if after is None:
            continue
        subj = _subject(doc, words, i, ss, breaks)
        if subj is None:
            continue
        first, head = subj
        if s <= first < e or s <= head < e:
            continue
        if any(cols.lower[t] in _WRITER_WORDS for t in range(first, head + 1)):
            continue
        # "this guarantees that nothing will be lost": a thing's own guarantee
        if first > ss and doc[first - 1].lower_ == "that" and first - 2 >= ss and doc[first - 2].lemma_ in (
                "guarantee", "promise") and first - 3 >= ss and doc[first - 3].lower_ in ("this", "it", "which", "that"):
            continue
        if s > ss and doc[s - 1].lower_ in ("this", "it", "which", "that") and s <= first:
            continue
        # the writer's own people named without "our": "the team will tidy up"
        if doc[head].lower_ in _STAFF and not any(doc[t].lower_ in ("your", "their", "his", "her")
                                                  for t in range(first, head)):
            continue
        if any(a <= i < b or a <= first < b for a, b in own):
            continue
        if progressive and doc[head].lower_ in ("it", "this", "that", "you", "he", "she", "they"):
            continue
        v = _verb_after(doc, after, se)
        if v is None:
            continue
        if doc[v].lower_ in ("not", "n't", "never"):
            v = _verb_after(doc, v + 1, se)
            if v is None:
                continue
        if not doc[v].is_alpha:
            continue
        verb = doc[v].lemma_
        # What the writer supplies doing its job ("the replacement unit will fix the
        # dropouts", "the second coat will cover the stain", "it'll work first time") is
        # a guarantee of their own product (PRM001), not someone else's outcome.
        if verb in _PRODUCT_VERBS or any(doc[t].lower_ in _SUPPLIED for t in range(first, head + 1)):
            continue
        if verb in _OWN_TERMS or cols.lemma[v] in _RECEPTION and doc[head].lower_ == "you":
            continue
        nxt = doc[v + 1].lower_ if v + 1 < se else ""
        if verb == "be" and (nxt in _STATES or (nxt in ("so", "very", "really", "absolutely", "totally", "all")
                                               and v + 2 < se and doc[v + 2].lower_ in _STATES)):
            continue
        return True
    return False


_FUTURE_MARKS = word_ids({"will", "'ll", "’ll", "wo", "shall", "gonna"})
_BE_FORMS = word_ids({"'m", "’m", "am", "are", "'re", "’re"})
_WRITER_SUBJECTS = word_ids({"i", "we"})


def closing_promise(doc, cols: Columns, s: int, e: int, cs: int, ce: int, ss: int, se: int) -> int | None:
    """For a promise word in a short clause of its own closing what came before ("...,
    I promise", "..., promise po", "... - I can promise you that", "..., you have my
    word"), the last future marker
    before that clause; else None."""
    my_word = any(doc[i].lower_ == "word" and i > s and doc[i - 1].lower_ == "my" for i in range(s, e))
    if cs <= ss or not (promise_word(cols, doc, s, e) or my_word) or ce - cs > 7:
        return None
    if any(cols.lower[i] in _FUTURE_MARKS for i in range(cs, ce)):
        return None
    return next((i for i in range(cs - 1, ss - 1, -1) if cols.lower[i] in _FUTURE_MARKS
                 or (cols.lower[i] == _GOING and i + 1 < cs and cols.lower[i + 1] == _TO)), None)


def writer_future(doc, cols: Columns, f: int, ss: int, cs: int) -> bool:
    """Whether the future marker ``f`` has the writer as its subject ("I'll", "we will")
    and its verb is not "have"/"get" (goods "with you" depend on a van)."""
    after = f + 1
    if cols.lower[f] == _GOING:  # "I'm going to send", "we are going to fix"
        after = f + 2
        while f > ss and cols.lower[f - 1] in _BE_FORMS:
            f -= 1
    if f <= ss or cols.lower[f - 1] not in _WRITER_SUBJECTS:
        return False
    v = _verb_after(doc, after, cs)
    return v is not None and doc[v].lemma_ not in ("have", "get")


# After "no way": an infinitive, a means or the writer is no outcome ("no way to know",
# "no way of telling", "no way round it", "no way we can ...").
_NOT_AN_OUTCOME = {"to", "of", "for", "round", "around", "out", "in", "we", "i", "us", "me", "you", "!", "?", "on",
                   "about", "but", "jose", "josé", "near", "back"}
_MODALS = {"could", "would", "can", "might", "may", "should", "must", "did", "was", "were", "had", "'d", "has", "have"}
_PAST_BEFORE = {"was", "were", "'d", "had"}
_NP_OPENERS = {"the", "a", "an", "your", "his", "her", "their", "its", "this", "that", "these", "those", "any", "every"}
_STATIVE = {"know", "think", "believe", "understand", "remember", "mean", "need", "want", "have", "seem", "look",
            "make", "matter", "add", "exist", "fit", "belong", "care", "like", "love", "agree", "expect", "realise",
            "realize", "notice", "read", "cost", "weigh", "contain", "include", "involve", "apply", "work", "hold"}


def denies_other_outcome(doc, cols: Columns, s: int, e: int, ss: int, ce: int) -> bool:
    """Whether "no way" at ``doc[s:e]`` denies an outcome of someone else's: a subject other
    than the writer then a verb in the present or the future ("there's no way the lender
    says no", "no way it rains on Saturday", "no way your claim gets rejected")."""
    if s > ss and doc[s - 1].lower_ in _PAST_BEFORE:
        return False  # "there was no way the courier could reach you"
    j = e
    if j < ce and doc[j].lower_ == "that":
        j += 1
    if j >= ce or doc[j].lower_ in _NOT_AN_OUTCOME or doc[j].is_punct:
        return False
    # (the word after a determiner is the subject's noun: "the numbers are", not a verb)
    start = j + 2 if doc[j].lower_ in _NP_OPENERS else j + 1
    for k in range(start, min(ce, j + 5)):
        tok = doc[k]
        low = tok.lower_
        if low in _MODALS:
            return False
        if low in ("will", "'ll", "wo", "gonna"):
            return True
        if low in ("is", "are", "'s", "'re", "am"):
            return False  # a present state, an opinion: "no way this invoice is right"
        if tok.is_alpha and low != tok.lemma_ and low.endswith("s") and not low.endswith("ss"):
            # a present verb of an event: "turns", "says", "rejects" (not a state of
            # mind: "no way he knows about it")
            return tok.lemma_ not in _STATIVE
    return False
