"""Promises told in the present tense: a third party's or a market's habit ("the insurer
always pays out", "house prices never fall") and the reader's outcome with a number or a
time ("your sales double within 90 days")."""
from __future__ import annotations

from .outcomes import _PRICED
from .slots import (
    _DETERMINERS, _SUBJECT_STOPS, _VEHICLES, _agent_kind, _has, _phrase_end, _plural_base, _rest, _subject,
    _verb_after,
)
from .words import ReaderWords


# A clause that tells how things go in general ("when you pay on time, your score goes up
# 20 points"), not what will happen.
_GENERAL = {"when", "whenever", "once", "each", "every", "if", "unless", "usually", "typically", "normally",
            "generally", "often", "sometimes"}


def _present_outcome_at(doc, words: ReaderWords, i: int, ss: int, se: int, breaks) -> tuple[str, int, int] | None:
    """The reader's outcome promised in the present tense, with a number or a time: "your
    score goes up 120 points once the default is removed", "your sales double within 90
    days", "your flat sells within a fortnight".  Not a price ("your rent goes up 3% in
    April" is a notice), not a general rule ("when you pay on time, your score goes up"),
    not a past ("your score went up")."""
    for j in range(i + 2, min(se, i + 5)):
        tok = doc[j]
        verb = tok.lemma_
        nxt = doc[j + 1].lemma_ if j + 1 < se else ""
        phrase = f"{verb} {nxt}"
        if not (verb in words.change_verbs or phrase in words.change_verbs or verb in words.reach_verbs):
            if not tok.is_alpha or tok.lower_ in _DETERMINERS or tok.orth in breaks:
                return None
            continue
        if not _present(tok, verb) or tok.lower_ == verb and verb.endswith("ed"):
            return None
        head = doc[j - 1].lower_
        if not any(f in words.reader_outcomes for f in _plural_base(head)) or head in _PRICED:
            return None
        if any(doc[t].lower_ in _GENERAL for t in range(ss, i)):
            return None
        after = range(j + 1, min(se, j + 7))
        if not any(doc[t].like_num or doc[t].lower_ in ("within", "inside", "overnight") for t in after):
            return None
        return ("tp:market", i, _phrase_end(doc, j, se, breaks))
    return None
_AUXILIARIES = {"have", "has", "had", "'ve", "be", "is", "are", "was", "were", "'s", "'re", "do", "does", "did",
                "will", "'ll", "would", "'d", "can", "could", "should", "may", "might", "must", "not", "n't"}
_HABIT_KINDS = {"authority", "legal", "insurer", "market", "counterparty", "carrier"}


def _habit_clause(doc, words: ReaderWords, i: int, ss: int, se: int, breaks):
    """The clause a habit word at ``i`` ("always", "never") sits in, read when the word
    follows its subject directly (not "has always", "will never"): (subject's first
    token, its head, the verb, the verb's lemma, "lemma next-word"), else None."""
    if i <= ss or doc[i - 1].lower_ in _AUXILIARIES or doc[i - 1].lemma_ in _AUXILIARIES:
        return None
    subj = _subject(doc, words, i, ss, breaks)
    v = _verb_after(doc, i + 1, se)
    if subj is None or v is None:
        return None
    verb = doc[v].lemma_
    rest = _rest(doc, v + 1, se)
    return subj[0], subj[1], v, verb, f"{verb} {rest[0]}" if rest else ""


def _habit_at(doc, words: ReaderWords, i: int, ss: int, se: int, breaks) -> tuple[str, int, int] | None:
    """A habit of someone else's told as an assurance: "the insurer always pays out on
    claims like this", "the market always bounces back", "they always approve these".

    Only a present-tense habit right after its subject ("has always paid" is history,
    "will always" is read at "will"), of a third party that decides (an authority, a
    court, an insurer, a market, a buyer or seller) with an outcome verb, or of "they"
    with a decision in the reader's favour (``habit_verbs``)."""
    read = _habit_clause(doc, words, i, ss, se, breaks)
    if read is None:
        return None
    first, head, v, verb, phrase = read
    end = _phrase_end(doc, v, se, breaks)
    # "the connecting flight always waits for late arrivals"
    if doc[head].lower_ in _VEHICLES and verb in ("wait", "hold") and "for" in _rest(doc, v + 1, se, 2):
        return ("tp:carrier", first, end)
    if doc[head].lower_ == "they":
        # only a decision that says whose favour ("pay out", "side with", "say yes"):
        # "they always approve the minutes" is a routine
        return ("tp:habit", first, end) if phrase in words.habit_verbs else None
    kind = _agent_kind(doc, words, first, head)
    if kind not in _HABIT_KINDS or kind == "counterparty":
        return None  # "the seller always accepts card payments" is how they trade
    return (f"tp:{kind}", first, end) if (verb in words.habit_verbs or phrase in words.habit_verbs) else None


def _never_habit_at(doc, words: ReaderWords, i: int, ss: int, se: int, breaks) -> tuple[str, int, int] | None:
    """A third party's refusal or lapse denied as a habit: "the insurer never rejects
    these claims", "the carrier never misses", "the council never objects to these".

    Only the present tense right after its subject ("never rejected" is history, "will
    never" is read at "will"), of a named third party that is not the weather, with a
    verb from ``never_verbs`` ("the courier never delivers on Sundays" is a fact)."""
    read = _habit_clause(doc, words, i, ss, se, breaks)
    if read is None:
        return None
    first, head, v, verb, phrase = read
    if not (verb in words.never_verbs or phrase in words.never_verbs) or not _present(doc[v], verb):
        return None
    kind = _agent_kind(doc, words, first, head)
    # (a market's habit is read by _market_habit_at: "gold never loses its value", not
    # "gold never loses its shine")
    if kind is None or kind in ("weather", "market") or (first < head and doc[first].lower_ in _OWN_POSSESSIVES):
        return None
    # key "tp:decision": the "never" inside it is the promise, not terms
    return ("tp:decision", first, _phrase_end(doc, v, se, breaks))


# "prices here never fall", "the market doesn't go down", "property only goes up"
_MARKET_HABIT_MARKERS = {"never", "n't", "not", "only"}
_PRESENT_DO = {"does", "do"}
_OWN_POSSESSIVES = {"our", "my"}


def _present(tok, lemma: str) -> bool:
    """The verb in the present tense: "falls", "fall", "goes" (not "fell", "went")."""
    low = tok.lower_
    return low == lemma or low in (lemma + "s", lemma + "es") or (lemma.endswith("y") and low == lemma[:-1] + "ies")


def _market_habit_at(doc, words: ReaderWords, i: int, ss: int, se: int, breaks) -> tuple[str, int, int] | None:
    """A market's habit told as an assurance: "the market round here simply doesn't go
    down", "house prices on this street never fall", "gold doesn't lose its value",
    "property only ever goes up".  Only the present tense (a history, "prices never fell
    in the nineties" or "didn't drop", is a fact), of a market subject in the same
    clause that is not the writer's own ("our prices never go up" is a policy), and not
    "doesn't always" (a hedge)."""
    if not words.market_subjects:
        return None
    low = doc[i].lower_
    j = i + 1
    if low in ("n't", "not"):
        if i - 1 < ss or doc[i - 1].lower_ not in _PRESENT_DO:
            return None
    while j < se and doc[j].lower_ in ("simply", "just", "really", "ever", "actually"):
        j += 1
    if j >= se:
        return None
    verb = doc[j].lemma_
    nxt = doc[j + 1].lower_ if j + 1 < se else ""
    phrase = f"{verb} {nxt}"
    verbs = words.market_rise_verbs if low == "only" else words.market_fall_verbs
    if not (verb in verbs or phrase in verbs):
        return None
    if not _present(doc[j], verb) and not (low in ("n't", "not") and doc[j].lower_ == verb):
        return None
    after = [doc[t].lower_ for t in range(j + 1, min(se, j + 5))]
    # "loses value", "loses its value" (not "loses its charm"); "only goes up for so long"
    if verb == "lose" and not any(w in ("value", "money", "worth") for w in after[:3]):
        return None
    if _has(after, "for", "so", "long") or _has(after, "so", "far"):
        return None
    # The subject: a market word between the clause start and the marker.
    k = i - 1
    while k > ss and doc[k - 1].orth not in breaks and doc[k - 1].lower_ not in _SUBJECT_STOPS:
        k -= 1
    first = None
    for t in range(k, i):
        for n in (2, 1):
            if t + n > i:
                continue
            if " ".join(doc[u].lower_ for u in range(t, t + n)) in words.market_subjects:
                if t > ss and doc[t - 1].lower_ in _OWN_POSSESSIVES:
                    return None
                first = t
                break
        if first is not None:
            break
    if first is None:
        return None
    end = j + (2 if phrase in verbs else 1)
    return ("tp:market", first, min(end, se))
