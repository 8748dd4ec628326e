"""The slots of a clause, read from tokens and lemmas (there is no dependency parser):
the future marker, the subject before it and the third party it names, the verb after
it and where the verb phrase ends."""
from __future__ import annotations

from .words import ReaderWords


# Adverbs that may stand between the future and its verb ("will definitely approve").
_ADVERBS = {
    "definitely", "certainly", "absolutely", "surely", "also", "then", "now", "just", "really",
    "100", "%", "totally", "completely", "fully", "easily", "happily", "gladly", "quickly",
    "soon", "still", "even", "all", "both", "ever", "def", "defo", "deffo", "totes", "sure", "straight", "simply", "literally", "actually",
}
# Certainty read as a future before "to": "is bound to", "are certain to", "is sure to".
_BOUND = {"bound", "certain", "sure"}
_WRITER = {"i", "we"}
_PRONOUNS = {"you", "it", "they", "he", "she", "we", "i", "this", "that", "nobody", "nothing", "everyone", "everything"}
_INTENSIFIERS = {"fully", "completely", "totally", "100", "%", "absolutely", "perfectly", "entirely", "utterly", "always"}
_NEGATIONS = {"not", "n't", "never"}
# Words that end the subject going back from the future.
_SUBJECT_STOPS = {
    "that", "which", "who", "and", "or", "but", "because", "so", "when", "once", "as", "if",
    "unless", "then", "promise", "think", "hope", "expect", "say", "said", "sure", "confident",
}
_BEFORE_SUBJECT = {
    "maybe", "perhaps", "i", "we", "you", "know", "guess", "reckon", "believe", "today", "tomorrow",
    "now", "then", "also", "plus", "and", "still", "anyway", "honestly", "seriously", "ok", "okay",
    "yes", "yeah", "well", "oh", "so", "hi", "hello", "dear",
}
_LY_NOUNS = {"family", "supply", "assembly", "ally", "rally", "belly", "jelly", "holly", "italy", "july", "bully"}
_DETERMINERS = {"the", "a", "an", "your", "their", "his", "her", "its", "this", "that", "these", "those", "our", "my"}


def _plural_base(word: str) -> list[str]:
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return out


def _future_at(doc, i: int, ss: int, se: int) -> int | None:
    """The index of the first word after a future marker at ``i``, else None."""
    low = doc[i].lower_
    lemma = doc[i].lemma_
    if low in ("will", "'ll", "’ll", "shall", "wo") or (lemma == "will" and low != "willing"):
        return i + 1
    if low == "gon" and i + 1 < se and doc[i + 1].lower_ == "na":
        return i + 2
    # "the insurer is bound to pay out", "you are certain to get the job": a certainty
    # about someone else's act, read like "is going to" ("is sure to" too).
    if low in _BOUND and i + 1 < se and doc[i + 1].lower_ == "to" and i > ss:
        b = i - 1
        while b > ss and doc[b].lower_ in _ADVERBS:
            b -= 1
        if doc[b].lemma_ == "be" or doc[b].lower_ in ("'s", "’s", "'re", "’re"):
            return i + 2
        return None
    if low == "going" and i + 1 < se and doc[i + 1].lower_ == "to" and i > ss:
        b = i - 1
        while b > ss and doc[b].lower_ in _ADVERBS:
            b -= 1  # "is definitely going to"
        if doc[b].lemma_ == "be" or doc[b].lower_ in ("'s", "’s", "'re", "’re", "'m", "’m"):
            return i + 2
    return None


def _subject(doc, words: ReaderWords, marker: int, ss: int, breaks) -> tuple[int, int] | None:
    """The subject phrase before a future marker: (first token, head token), or None."""
    j = marker - 1
    if doc[marker].lower_ in ("going", "gon") or doc[marker].lower_ in _BOUND:
        while j > ss and doc[j].lower_ in _ADVERBS:
            j -= 1  # "is definitely going to"
        if j >= ss and (doc[j].lemma_ == "be" or doc[j].lower_ in ("'s", "’s", "'re", "’re", "'m", "’m")):
            j -= 1  # "is going to", "are gonna": step over "is"
    while j >= ss and doc[j].lower_ in _ADVERBS:
        j -= 1
    if j < ss or not (doc[j].is_alpha or _ordinal(doc[j].lower_)):
        return None
    head = j
    k = j
    if doc[j].lower_ in _PRONOUNS:
        return j, j  # a pronoun is the whole subject: "with the new firewall you'll be ..."
    while k - 1 >= ss and head - k < 5:
        prev = doc[k - 1]
        if prev.orth in breaks or prev.lower_ in _SUBJECT_STOPS or not (prev.is_alpha or prev.text in ("'s", "’s", "-")):
            break
        if prev.lower_ in _DETERMINERS:
            k -= 1  # "the airline": the subject starts at its determiner
            break
        # An adverb or a clause of its own before the subject ("hopefully", "maybe", "I
        # know"): the subject starts after it, so the hedge stays outside the candidate.
        if prev.lower_ in _BEFORE_SUBJECT or (prev.lower_.endswith("ly") and len(prev) > 4 and prev.lower_ not in _LY_NOUNS):
            break
        k -= 1
    return k, head


def _agent_kind(doc, words: ReaderWords, first: int, head: int) -> str | None:
    """The kind of third party the subject names ("the tax office" -> authority)."""
    for n in (3, 2, 1):
        lo = head - n + 1
        if lo < first:
            continue
        phrase = " ".join(doc[t].lower_ for t in range(lo, head + 1))
        for form in _plural_base(phrase):
            kind = words.agents.get(form)
            if kind:
                return kind
    # A carrier's name or an authority's acronym as the whole subject: "DHL", "HMRC".
    return None


def _verb_after(doc, start: int, se: int) -> int | None:
    j = start
    while j < se and (doc[j].lower_ in _ADVERBS or doc[j].is_space):
        j += 1
    return j if j < se else None


def _rest(doc, j: int, se: int, n: int = 6) -> list[str]:
    return [doc[t].lower_ for t in range(j, min(se, j + n))]


def _has(seq: list[str], *phrase: str) -> bool:
    k = len(phrase)
    return any(tuple(seq[i:i + k]) == phrase for i in range(len(seq) - k + 1))


def _phrase_end(doc, v: int, se: int, breaks) -> int:
    """The end of the verb phrase: the clause break after the verb (at most 4 words on:
    a negation further on belongs to something else, "rebook you on the next flight at
    no cost")."""
    e = v + 1
    while e < se and e < v + 4 and doc[e].orth not in breaks and not doc[e].is_punct and doc[e].lower_ not in _OPENERS:
        e += 1
    return e


# Words that open a clause of their own after the verb phrase ("won't keep the deposit
# if the flat is clean"): the phrase ends before them, so the condition is judged.
_OPENERS = {"if", "unless", "once", "when", "whenever", "provided", "providing", "while", "until", "because",
            "as", "since", "so", "assuming"}


_RELATIVES = {"that", "which", "who", "whom", "whose"}
_VEHICLES = {"plane", "flight", "connection", "ferry", "train", "boat", "coach", "airline", "airlines"}


_ORDINAL_ENDS = ("st", "nd", "rd", "th")


def _ordinal(low: str) -> bool:
    """"3rd", "14th": a day of the month."""
    return low[:-2].isdigit() and low.endswith(_ORDINAL_ENDS) and len(low) <= 4


_THIRD_PERSON = {"they", "he", "she"}
_OWN = {"our", "my"}
# The writer's own people: "our engineers ... they will roll out the fix" is the writer's
# team, not a third party.
_STAFF = {
    "crew", "crews", "team", "teams", "staff", "engineer", "engineers", "fitter", "fitters", "installer", "installers",
    "technician", "technicians", "people", "guys", "lads", "builders", "cleaners", "movers", "colleague", "colleagues",
    "accounts", "office", "department", "warehouse", "lawyers", "solicitors", "partners", "advisers", "advisors",
    "developers", "driver", "drivers", "manager", "managers", "boss", "director", "directors", "agent", "agents",
}


def _third_party(doc, words: ReaderWords, first: int, head: int, ss: int) -> str | None:
    """The kind of third party a subject names; for a bare "they", "he" or "she", the kind
    of the nearest third party named before it, in its sentence or the one before ("I
    sent the claim to the insurer. They will pay out in full.").  None when the writer's
    own people come nearer ("our engineers looked at it; they will ...") or the third
    party is the writer's own ("our supplier")."""
    kind = _agent_kind(doc, words, first, head)
    if kind is not None or first != head or doc[head].lower_ not in _THIRD_PERSON:
        return kind
    lo = doc[ss - 1].sent.start if ss > 0 else ss
    for t in range(head - 1, lo - 1, -1):
        if doc[t].lower_ in _OWN and any(doc[u].lower_ in _STAFF for u in range(t + 1, min(head, t + 3))):
            return None
        for n in (3, 2, 1):
            start = t - n + 1
            if start < lo:
                continue
            phrase = " ".join(doc[u].lower_ for u in range(start, t + 1))
            kind = next((words.agents[f] for f in _plural_base(phrase) if f in words.agents), None)
            if kind is not None:
                return None if start > lo and doc[start - 1].lower_ in _OWN else kind
    return None
