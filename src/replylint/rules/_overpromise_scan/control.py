"""Who controls what a guarantee word guarantees: the writer's own act, policy or product
term, or an outcome that depends on someone or something else.

"We guarantee our workmanship for two years", "we guarantee you a sea-view room", "I
promise I'll bring the boards", "the contract is attached this time, I promise" and "the
pod becomes Guaranteed" (a technical class) are the writer's to keep: a warranty, a
booking, an act of their own, a present fact vouched for, a name.  "We guarantee the
council will sign it off", "I promise the parts will arrive in time" and "the coating is
guaranteed to survive any winter" guarantee what others (a council, a supplier, the
weather) decide.  The default pipeline has no parser, so the guarantee's complement is
read from tokens: what follows the guarantee word (``to`` + a verb, a clause and its
subject, a noun phrase) or, for a passive "is guaranteed", the subject before it.  The
nouns and verbs are data: ``own_offers`` and ``result_verbs`` of ``[reader]``.
"""
from __future__ import annotations

from ...strhash import hash_string
from .tokens import _BE, _NOT, _TO, Columns, word_ids

# Someone else's vehicle: "your place on the flight is guaranteed" rests on the airline.
_VEHICLES = {"flight", "flights", "plane", "ferry", "train", "boat", "coach", "bus", "cruise", "ship", "airline"}

_GUARANTEE_WORDS = word_ids({"guarantee", "promise"})
_WRITER = word_ids({"i", "we"})
_OWN_POSSESSIVE = word_ids({"our", "my"})
_YOU = word_ids({"you", "u"})
_THAT = hash_string("that")
_FOR = hash_string("for")
# Words allowed between the writer and the guarantee word: "we can guarantee", "I'll
# personally guarantee", "we do guarantee", "I absolutely promise".
_BETWEEN = word_ids({"can", "will", "'ll", "do", "personally", "absolutely", "fully", "also", "always", "even",
                     "really", "honestly", "hereby", "totally", "100", "%", "definitely", "certainly", "could"})
# Futures and modals that open the clause a guarantee word can take: "... we'll keep".
_CLAUSE_VERBS = word_ids({"will", "'ll", "’ll", "shall", "wo", "gonna", "can", "am", "'m", "are", "is", "be"})
# Determiners, quantifiers and light words of a noun phrase before its head noun.
_NP_LEAD = word_ids({"a", "an", "the", "all", "every", "each", "any", "our", "my", "your", "its", "this", "these",
                     "that", "those", "both", "full", "own", "whole", "entire", "free", "no", "complete"})
# Clause punctuation and joining words that close a noun phrase.
_CLOSERS = {",", ";", ":", "-", "–", "—", "(", ")", "!", "?", ".", "and", "but", "so", "if", "unless", "or"}


def writer_controls(doc, cols: Columns, comp, s: int, e: int, ss: int, se: int, has_time: bool) -> bool:
    """Whether the guarantee word in ``doc[s:e]`` guarantees something the writer
    controls (see the module docstring).  With a time near it, only a warranty, a booking
    or an offer of the writer's own counts ("we guarantee you a full refund within 14
    days"); an act of theirs with a date is a deadline the phrase lists decide."""
    reader = comp.reader
    if reader is None:
        return False
    lemma, lower = cols.lemma, cols.lower
    g = next((i for i in range(s, e) if lemma[i] in _GUARANTEE_WORDS or doc[i].lower_.startswith("guarant")), None)
    if g is None:
        return False
    # A name or a technical class: "the Guaranteed QoS class", "... so they become Guaranteed".
    if doc[g].text[:1].isupper() and g > ss and doc[g - 1].is_alpha and doc[g - 1].text[:1].islower():
        return True
    if _names_other(doc, reader, ss, se):
        return False
    # "Here's the contract, attached properly now, I promise!": a present fact vouched for.
    # (only "..., I promise" closing the sentence it vouches for: "That's a promise." points
    # back at the sentence before)
    if (lemma[g] == hash_string("promise") and _tail(doc, g, se) and g - 2 > ss and lower[g - 1] in _WRITER
            and doc[g - 2].is_punct):
        # (a clause with a verb of its own: "not a cloud in the sky on the day, I promise"
        # has none, and promises the weather)
        return not _future_or_time(doc, cols, ss, g) and any(_finite(doc[i]) for i in range(ss, g - 2))
    offers = reader.own_offers
    if _writer_before(cols, g, ss):
        k = g + 1
        while k < se and (lower[k] in _YOU or lower[k] == _THAT):
            k += 1
        if k >= se:
            return False
        # "we guarantee to come back and redo it", "we guarantee not to pass your email on"
        if lower[k] == _TO or (lemma[k] == _NOT and k + 1 < se and lower[k + 1] == _TO):
            v = k + 1 if lower[k] == _TO else k + 2
            if lower[k] != _TO:
                # what the writer will not do is theirs: "we guarantee not to pass your email on"
                return not has_time
            return not has_time and v < se and not _result(doc, reader, v)
        # "I promise I'll bring the boards", "we guarantee our technician will wear covers"
        subj_end = _clause_subject(doc, cols, k, se)
        if subj_end is not None:
            if has_time or not (lower[k] in _WRITER or lower[k] in _OWN_POSSESSIVE):
                return False
            v = subj_end + 1
            while v < se and (doc[v].pos_ == "ADV" or lower[v] in _CLAUSE_VERBS or lemma[v] == _NOT):
                v += 1
            return v < se and not _result(doc, reader, v)
        # "we guarantee you a table by the window", "we guarantee the joinery for ten years"
        return _offer_head(doc, cols, offers, k, se)
    # "Every repair we carry out is guaranteed", "your seat on the course is guaranteed":
    # the writer's own work or booking, not "the coating is guaranteed to survive ...".
    if g > ss and lemma[g - 1] == _BE and doc[g].lower_ == "guaranteed":
        if g + 1 < se and lower[g + 1] == _TO:
            return False
        return any(doc[i].lemma_.lower() in offers or doc[i].lower_ in offers for i in range(ss, g - 1))
    return False


def _writer_before(cols: Columns, g: int, ss: int) -> bool:
    """"I/we" right before the guarantee word, a few auxiliaries or adverbs between."""
    i = g - 1
    while i >= ss and cols.lower[i] in _BETWEEN:
        i -= 1
    return i >= ss and cols.lower[i] in _WRITER


def _clause_subject(doc, cols: Columns, k: int, se: int) -> int | None:
    """When a clause follows at ``k`` ("the parts will arrive", "I'll bring", "our
    technician will wear"): the last token of its subject (just before its future or
    verb), else None.  Read up to five words of subject."""
    for j in range(k, min(se, k + 6)):
        if cols.lower[j] in _CLAUSE_VERBS and j > k:
            return j - 1
        if doc[j].text in _CLOSERS:
            return None
    return None


def _offer_head(doc, cols: Columns, offers: frozenset[str], k: int, se: int) -> bool:
    """Whether the noun phrase at ``k`` has one of the writer's own offers as its head
    ("a full refund", "all our labour", "a room with a sea view", "every weld my lads make")."""
    j = k
    while j < se and cols.lower[j] in _NP_LEAD:
        j += 1
    for i in range(j, min(se, j + 4)):
        tok = doc[i]
        if tok.text in _CLOSERS or tok.lower_ in ("to", "will", "'ll"):
            return False
        if tok.lower_ in offers or tok.lemma_.lower() in offers:
            return True
    return False


def _result(doc, reader, v: int) -> bool:
    """A verb of a result that does not rest on the writer's own doing ("win", "sell",
    "double", "get you approved"), from ``result_verbs`` and the growth and prize verbs."""
    lem = doc[v].lemma_.lower()
    if lem == "get":
        # "get you approved", "get your visa through", "get approved"; not "get the
        # drawings over to you" (the writer's own errand)
        nxt = doc[v + 1] if v + 1 < len(doc) else None
        return nxt is not None and (nxt.lower_ in ("you", "your", "u") or nxt.tag_ == "VBN" or nxt.lower_.endswith("ed"))
    return lem in reader.result_verbs or lem in reader.growth_verbs or (lem in reader.prize_verbs and lem != "get")


def _names_other(doc, reader, ss: int, se: int) -> bool:
    """Whether the sentence names a third party of the ``[reader]`` lists (an insurer,
    the council, the weather, the market): then nothing in it is the writer's alone."""
    words = [doc[i].lower_ for i in range(ss, se)]
    agents = reader.agents
    for i, w in enumerate(words):
        if w in agents or (w.endswith("s") and w[:-1] in agents) or w in _VEHICLES:
            return True
        if i + 1 < len(words) and f"{w} {words[i + 1]}" in agents:
            return True
    return False


def _tail(doc, g: int, se: int) -> bool:
    """The guarantee word closes its sentence ("..., I promise!")."""
    return all(doc[i].is_punct or doc[i].is_space for i in range(g + 1, se))


_FUTURE_MARKS = word_ids({"will", "'ll", "’ll", "shall", "wo", "gonna", "going", "tomorrow", "tonight", "soon",
                          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "next"})


def _future_or_time(doc, cols: Columns, lo: int, hi: int) -> bool:
    # (a number in figures: "the right one is attached" holds no time)
    return any(cols.lower[i] in _FUTURE_MARKS or (doc[i].like_num and any(ch.isdigit() for ch in doc[i].text))
               for i in range(lo, hi))


_FINITE = {"is", "are", "was", "were", "'s", "'re", "am", "'m", "has", "have", "had", "'ve", "does", "did"}


def _finite(tok) -> bool:
    """A verb of a present or past statement, read by its form (the default pipeline has
    no tagger): a form of "be" or "have", or a participle ("attached", "sent")."""
    low = tok.lower_
    return low in _FINITE or (tok.is_alpha and len(low) > 3 and low.endswith("ed"))
