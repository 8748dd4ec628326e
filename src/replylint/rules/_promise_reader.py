"""Reading promises from the shape of a clause, not from a list of whole phrases.

The phrase lists of ``lexicons/overpromise.toml`` name the promises someone thought
of ("the visa will be granted").  Clients are promised things in many more words:
"DHL will have it with you on Thursday", "your credit score will jump 100 points",
"you won't have another outage".  What these share is a shape:

* a *future* ("will", "'ll", "shall", "is going to", "gonna");
* a *subject* that is someone else (a courier, an airline, a tax office, a court, an
  insurer, a landlord, a surgeon, customs) or the reader's own outcome ("your credit
  score", "your premiums", "your house");
* an *outcome* verb after it: a decision in the reader's favour (approve, refund,
  rebook, release), a delivery, a change of a number (jump, double, come down), or,
  with a negated future, a problem that will not come back ("won't have another
  outage", "never have to worry about ransomware again").

The default pipeline has no dependency parser (nothing is downloaded), so the clause
is read from tokens and lemmas: the subject is the noun phrase between the start of
the clause and the future, the verb the first word after it that is not an adverb.
The words for each slot are data (``[reader]`` in the overpromise lexicon).

Each candidate found here is judged by the same code as the phrase matches
(:func:`._overpromise_scan._judge`): a hedge, a negation before it, a condition, a
question, quotation marks or a disclaimer later in the sentence drop it.  So "the
courier should deliver tomorrow", "if customs release it Tuesday ..." and "I can't
promise the airline will rebook you" stay quiet, and so do the writer's own
commitments ("we will refund the delivery fee", "I'll call you Monday"): their
subject is the writer, not someone else.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError

TABLE = "reader"

# Adverbs that may stand between the future and its verb ("will definitely approve").
_ADVERBS = {
    "definitely", "certainly", "absolutely", "surely", "also", "then", "now", "just", "really",
    "100", "%", "totally", "completely", "fully", "easily", "happily", "gladly", "quickly",
    "soon", "still", "even", "all", "both", "ever", "def", "defo", "deffo", "totes", "sure", "straight", "simply", "literally", "actually",
}
# Certainty read as a future before "to": "is bound to", "are certain to", "is sure to".
_BOUND = {"bound", "certain", "sure"}
_DELIVERY = {"deliver", "arrive", "come", "turn", "drop", "collect", "bring"}
_MULTIPLES = {"twice", "double", "triple", "treble", "quadruple", "10x", "tenfold", "threefold", "twofold"}
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


@dataclass(frozen=True)
class ReaderWords:
    """The lexicon's ``[reader]`` table, as sets of lowercase words and phrases."""

    agents: dict[str, str]  # third party (word or phrase) -> kind ("carrier", "legal", ...)
    outcome_verbs: frozenset[str]
    favour_verbs: frozenset[str]  # only with "in your favour" / "with you"
    reader_outcomes: frozenset[str]
    change_verbs: frozenset[str]
    growth_verbs: frozenset[str]
    problems: frozenset[str]
    threats: frozenset[str]
    worry_verbs: frozenset[str]
    weather_words: frozenset[str]
    weather_it_words: frozenset[str]
    failure_verbs: frozenset[str] = frozenset()
    attack_verbs: frozenset[str] = frozenset()
    saving_verbs: frozenset[str] = frozenset()
    prizes: frozenset[str] = frozenset()
    prize_verbs: frozenset[str] = frozenset()
    counterparty_verbs: frozenset[str] = frozenset()
    habit_verbs: frozenset[str] = frozenset()
    cost_subjects: frozenset[str] = frozenset()
    cover_verbs: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()
    vanish_verbs: frozenset[str] = frozenset()
    day_words: frozenset[str] = frozenset()
    weather_day_words: frozenset[str] = frozenset()
    favours: frozenset[str] = frozenset()
    adverse_verbs: frozenset[str] = frozenset()
    deals: frozenset[str] = frozenset()
    collapse_verbs: frozenset[str] = frozenset()
    gains: frozenset[str] = frozenset()
    body_units: frozenset[str] = frozenset()
    reader_costs: frozenset[str] = frozenset()
    refusal_verbs: frozenset[str] = frozenset()
    fall_verbs: frozenset[str] = frozenset()
    market_subjects: frozenset[str] = frozenset()
    market_fall_verbs: frozenset[str] = frozenset()
    market_rise_verbs: frozenset[str] = frozenset()
    never_verbs: frozenset[str] = frozenset()
    reach_verbs: frozenset[str] = frozenset()
    decision_passives: frozenset[str] = frozenset()
    penalties: frozenset[str] = frozenset()
    penalty_passives: frozenset[str] = frozenset()


def _words(table: dict, key: str) -> frozenset[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"lexicon overpromise: reader.{key} must be a list of strings")
    return frozenset(v.strip().lower() for v in value if v.strip())


def reader_words(lexicon: dict) -> ReaderWords:
    table = lexicon.get(TABLE, {})
    if not isinstance(table, dict):
        raise ConfigError("lexicon overpromise: [reader] must be a table of word lists")
    agents: dict[str, str] = {}
    for key in sorted(table):
        if key.startswith("agents_"):
            for word in _words(table, key):
                agents[word] = key[len("agents_"):]
    return ReaderWords(
        agents=agents,
        outcome_verbs=_words(table, "outcome_verbs"),
        favour_verbs=_words(table, "favour_verbs"),
        reader_outcomes=_words(table, "reader_outcomes"),
        change_verbs=_words(table, "change_verbs"),
        growth_verbs=_words(table, "growth_verbs"),
        problems=_words(table, "problems"),
        threats=_words(table, "threats"),
        worry_verbs=_words(table, "worry_verbs"),
        weather_words=_words(table, "weather_words"),
        weather_it_words=_words(table, "weather_it_words"),
        failure_verbs=_words(table, "failure_verbs"),
        attack_verbs=_words(table, "attack_verbs"),
        saving_verbs=_words(table, "saving_verbs"),
        prizes=_words(table, "prizes"),
        prize_verbs=_words(table, "prize_verbs"),
        counterparty_verbs=_words(table, "counterparty_verbs"),
        habit_verbs=_words(table, "habit_verbs"),
        cost_subjects=_words(table, "cost_subjects"),
        cover_verbs=_words(table, "cover_verbs"),
        conditions=_words(table, "conditions"),
        vanish_verbs=_words(table, "vanish_verbs"),
        day_words=_words(table, "day_words"),
        weather_day_words=_words(table, "weather_day_words"),
        favours=_words(table, "favours"),
        adverse_verbs=_words(table, "adverse_verbs"),
        deals=_words(table, "deals"),
        collapse_verbs=_words(table, "collapse_verbs"),
        gains=_words(table, "gains"),
        body_units=_words(table, "body_units"),
        reader_costs=_words(table, "reader_costs"),
        refusal_verbs=_words(table, "refusal_verbs"),
        fall_verbs=_words(table, "fall_verbs"),
        market_subjects=_words(table, "market_subjects"),
        market_fall_verbs=_words(table, "market_fall_verbs"),
        market_rise_verbs=_words(table, "market_rise_verbs"),
        never_verbs=_words(table, "never_verbs"),
        reach_verbs=_words(table, "reach_verbs"),
        decision_passives=_words(table, "decision_passives"),
        penalties=_words(table, "penalties"),
        penalty_passives=_words(table, "penalty_passives"),
    )


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


def read_clauses(doc, words: ReaderWords, ss: int, se: int, breaks) -> list[tuple[str, int, int]]:
    """Promise candidates in one sentence: (matcher key, first token, end token)."""
    out = []
    for i in range(ss, se):
        found = read_at(doc, words, i, ss, se, breaks)
        if found is not None:
            out.append(found)
    return out


def read_at(doc, words: ReaderWords, i: int, ss: int, se: int, breaks) -> tuple[str, int, int] | None:
    """The promise candidate whose future marker is token ``i``, if any."""
    if doc[i].lower_ == "your":
        return _present_outcome_at(doc, words, i, ss, se, breaks)
    if doc[i].lower_ == "always":
        return _habit_at(doc, words, i, ss, se, breaks)
    if doc[i].lower_ in _MARKET_HABIT_MARKERS:
        found = _market_habit_at(doc, words, i, ss, se, breaks)
        if found is None and doc[i].lower_ == "never":
            found = _never_habit_at(doc, words, i, ss, se, breaks)
        return found
    after = _future_at(doc, i, ss, se)
    if after is None:
        return None
    subj = _subject(doc, words, i, ss, breaks)
    v = _verb_after(doc, after, se)
    if subj is None or v is None:
        return None
    first, head = subj
    negated = doc[v].lower_ in _NEGATIONS or doc[v].lemma_ == "not"
    v2 = _verb_after(doc, v + 1, se) if negated else v
    if v2 is None:
        return None
    # "house prices will keep rising", "will continue to climb": the verb is the next one
    if doc[v2].lemma_ in ("keep", "continue") and v2 + 1 < se:
        if doc[v2 + 1].lower_.endswith("ing") and doc[v2 + 1].is_alpha:
            v2 += 1
        elif doc[v2].lemma_ == "continue" and doc[v2 + 1].lower_ == "to" and v2 + 2 < se and doc[v2 + 2].is_alpha:
            v2 += 2
    verb = doc[v2].lemma_
    rest = _rest(doc, v2 + 1, se)
    end = _phrase_end(doc, v2, se, breaks)
    # A negation before the subject: "ransomware isn't something you'll have to ...",
    # "nothing you'll ever need to worry about again".
    # (inside the clause: in "don't worry, the sheriff will find in your favour" the
    # negation is the earlier clause's)
    lo = max(ss, first - 4)
    for t in range(first - 1, lo - 1, -1):
        if doc[t].orth in breaks:
            lo = t + 1
            break
    neg_before = next((t for t in range(lo, first) if doc[t].lower_ in _NEGATIONS
                       or doc[t].lemma_ == "not" or doc[t].lower_ in ("nothing", "no")), None)
    if negated or neg_before is not None:
        # "you won't have another outage", "won't see any more errors"
        if _no_more_problems(doc, words, v2, se):
            return ("never", first if neg_before is None else neg_before, end)
        # "the new roof will never leak", "the server won't ever go down": a thing's failure
        # (the writer's own "we will never ..." is their commitment).
        if negated and doc[head].lower_ not in _WRITER and _fails(doc, words, v2, rest):
            return ("never", first, end)
        if negated:
            phrase = f"{verb} {rest[0]}" if rest else verb
            kind = _agent_kind(doc, words, first, head)
            # "the tax office won't audit you", "the landlord won't keep any of your
            # deposit", "the buyer won't pull out": someone else's decision against the
            # reader, promised away
            # (key "tp:decision": a negation inside it is the promise, not terms, unlike
            # "the insurer won't pay for cosmetic work")
            if kind is not None and kind != "weather" and (verb in words.adverse_verbs or phrase in words.adverse_verbs):
                return ("tp:decision", first, end)
            # "your claim will definitely not be rejected"
            if any(f in words.reader_outcomes for f in _plural_base(doc[head].lower_)) and head - 1 >= first and (
                    doc[head - 1].lower_ == "your" or (head - 2 >= first and doc[head - 2].lower_ == "your")) and (
                    verb in words.refusal_verbs or phrase in words.refusal_verbs
                    or (verb in ("be", "get") and v2 + 1 < se and f"{verb} {doc[v2 + 1].lemma_}" in words.refusal_verbs)):
                return ("tp:decision", first, end)
            # "the sale won't fall through", "the chain won't collapse"
            if any(f in words.deals for f in _plural_base(doc[head].lower_)) and (
                    verb in words.collapse_verbs or phrase in words.collapse_verbs):
                return ("tp:counterparty", first, end)
        # "hackers won't ever be able to get in again", "the damp won't come back"
        # ("phishing emails won't reach your staff any more": a threat word anywhere in
        # the subject)
        if negated and any(f in words.threats for t in range(first, head + 1) for f in _plural_base(doc[t].lower_)) and any(
                doc[t].lower_ in ("again", "anymore", "ever") or (doc[t].lower_ == "back" and doc[t - 1].lemma_ == "come")
                or (doc[t].lower_ == "more" and doc[t - 1].lower_ == "any")
                for t in range(v, min(se, v + 9))):
            return ("never", first, end)
        return None
    subject_low = doc[head].lower_
    # "nobody will ever be able to hack your account", "nothing will ever break it"
    if subject_low in ("nobody", "nothing", "no-one") or (subject_low == "one" and head > first and doc[head - 1].lower_ == "no"):
        a = v2
        while a < se and doc[a].lower_ in ("ever", "be", "able", "to", "going", "really"):
            a += 1
        if a < se and doc[a].lemma_ in words.attack_verbs:
            return ("never", first, _phrase_end(doc, a, se, breaks))
        return None
    # "you'll land the job", "you will get the contract": someone else's award
    # (or a bare prize: "you will get custody", "you'll get bail")
    if subject_low == "you" and verb in words.prize_verbs and rest:
        p = 1 if rest[0] in words.prizes else 2 if (
            len(rest) >= 2 and rest[0] in ("the", "that", "this", "a", "your") and rest[1] in words.prizes) else 0
        if p and (v2 + p + 1 >= se or doc[v2 + p + 1].is_punct or doc[v2 + p + 1].orth in breaks
                  or doc[v2 + p + 1].lower_ in ("for", "at", "with", "in", "on", "and", "trust", "no", "then")):
            return ("tp:authority", first, v2 + p + 1)
    # "you'll be fully compliant", "you'll be completely safe from hackers"
    if subject_low == "you" and verb == "be" and rest:
        k = 0
        intensified = False
        while k < len(rest) and rest[k] in _INTENSIFIERS:
            intensified = True
            k += 1
        state = rest[k] if k < len(rest) else ""
        after_state = rest[k + 1] if k + 1 < len(rest) else ""
        if state == "compliant":
            return ("tp:authority", first, _phrase_end(doc, v2 + 1 + k, se, breaks))
        if intensified and state in ("safe", "secure", "protected", "bulletproof", "immune"):
            return ("abs", first, _phrase_end(doc, v2 + 1 + k, se, breaks))
        # "you'll be fully booked all summer" (not "booked in for Tuesday": an appointment)
        if intensified and state in ("booked", "subscribed", "oversubscribed") and after_state not in (
                "in", "on", "onto", "into", "up"):
            return ("tp:market", first, _phrase_end(doc, v2 + 1 + k, se, breaks))
    # "you're going to get every penny back from the airline": money back, from someone else
    if subject_low == "you" and verb in ("get", "receive") and "back" in rest:
        agent = _agent_after(doc, words, v2 + 1, se, breaks)
        if agent is not None:
            return (f"tp:{agent[0]}", first, agent[1])
    # "you will certainly receive the compensation from the airline": a favour someone
    # else decides, named as theirs to give ("a letter from the council" is not a favour)
    if subject_low == "you" and verb in ("get", "receive") and any(w in words.favours for w in rest[:3]):
        agent = _agent_after(doc, words, v2 + 1, se, breaks)
        if agent is not None and agent[0] != "weather":
            return (f"tp:{agent[0]}", first, agent[1])
    if subject_low == "you":
        found = _your_gain(doc, words, verb, v2, se, rest)
        if found is not None:
            return (found, first, end)
    # "the campaign will bring in at least 200 leads a month", "get you 50 new clients"
    if verb in ("bring", "generate", "drive", "get", "win", "attract", "pull", "land") and (
            subject_low not in _WRITER or rest[:1] == ["you"]) and _counted_gain(doc, words, v2, se):
        return ("tp:market", first, end)
    # "you'll have 40 new patients a month", "you'll see 200 more visitors"
    if subject_low == "you" and verb in ("have", "see", "gain", "pick") and _counted_gain(doc, words, v2, se):
        return ("tp:market", first, end)
    # "you'll save at least 30% on your energy bill"
    if subject_low == "you" and verb in words.saving_verbs and not _has(rest, "up", "to") and any(
            doc[t].like_num or doc[t].text in ("%", "£", "$", "€", "₹") for t in range(v2 + 1, min(se, v2 + 6))):
        return ("tp:market", first, end)
    owner = doc[head - 1].lower_ if head - 1 >= first else ""
    # "probate will be granted", "your thesis will be approved", "the penalty will be
    # cancelled": a decision in the reader's matter, in the passive (not the writer's own
    # "we will be approved as a supplier")
    # (nor a relative clause describing something: "projects that will be funded by ...")
    if verb in ("be", "get") and v2 + 1 < se and subject_low not in _WRITER and subject_low not in _RELATIVES:
        part = doc[v2 + 1]
        done = part.lemma_ if part.lower_ != part.lemma_ else ""
        two = f"{done} {doc[v2 + 2].lower_}" if done and v2 + 2 < se else ""
        if done in words.decision_passives or two in words.decision_passives or (
                (done in words.penalty_passives or two in words.penalty_passives)
                and any(f in words.penalties for t in range(first, head + 1) for f in _plural_base(doc[t].lower_))):
            # (the phrase ends at the participle: "approved without corrections" is not
            # a refusal inside the decision)
            return ("tp:approval", first, v2 + 2)
    # "your heating bills will be halved"
    if subject_low in words.reader_costs and verb == "be" and v2 + 1 < se and doc[v2 + 1].lemma_ in ("halve", "slash"):
        return ("tp:market", first, end)
    # "the plane will wait for you", "the connecting flight will hold for you": a carrier's
    # decision in the reader's favour
    if subject_low in _VEHICLES and verb in ("wait", "hold") and "for" in rest[:2]:
        return ("tp:carrier", first, end)
    # "the new layout will cut your waiting list by a third" (not the writer's own "we'll
    # cut your bill by 10%", which is their price)
    if verb in _CUT_VERBS and subject_low not in _WRITER and rest[:1] == ["your"] and _by_a_share(rest):
        return ("tp:market", first, end)
    # "your credit score will jump", "your premiums are going to come down"
    if any(f in words.reader_outcomes for f in _plural_base(subject_low)) and (
            owner == "your" or (head - 2 >= first and doc[head - 2].lower_ == "your")):
        # "your premium will go up by £3 a month from renewal" is a price notice
        if subject_low in _PRICED and any(w in _CURRENCY for w in rest):
            return None
        if _changes(doc, words, verb, v2, rest) or _reaches(doc, words, verb, v2, se, rest):
            return ("tp:market", first, end)
        return None
    # "your bill is going to drop by half" (a measure: "come down to £40" is a tariff)
    if any(f in words.reader_costs for f in _plural_base(subject_low)) and (
            owner == "your" or (head - 2 >= first and doc[head - 2].lower_ == "your")):
        phrase = f"{verb} {doc[v2 + 1].lemma_}" if v2 + 1 < se else verb
        if (verb in words.fall_verbs or phrase in words.fall_verbs) and _by_a_share(rest):
            return ("tp:market", first, end)
    # "the scarring will disappear completely", "the rash will clear up for good": a
    # condition (a symptom, damp, a stain) promised away, whoever's it is
    if any(f in words.conditions for f in _plural_base(subject_low)) and (
            owner in _DETERMINERS or owner in ("any", "all")) and _vanishes(doc, words, verb, v2, rest):
        return ("tp:medical", first, end)
    # "the full cost of the roof will be covered": a cost someone else pays
    if verb == "be" and _covered(doc, words, first, head, ss, rest):
        return ("tp:insurer", first, end)
    # "Saturday is going to be a glorious sunny day": the weather, with the day as subject
    if verb == "be" and _is_day(doc, words, head) and _weather_said(words, rest):
        return ("tp:weather", first, end)
    # "it will be sunny for the wedding", "the weather will be perfect on the day"
    if verb == "be" and rest[:1] and (
            (subject_low in ("weather", "forecast", "sky", "skies") and rest[0] in words.weather_words)
            or (subject_low == "it" and rest[0] in words.weather_it_words)):
        return ("tp:weather", first, end)
    kind = _agent_kind(doc, words, first, head)
    # "the price of gold will rise": a commodity's price (not "our price", the writer's)
    if kind is None and any(doc[t].lower_ == "of" and t - 1 >= ss and doc[t - 1].lower_ in ("price", "prices", "value")
                            for t in range(max(ss + 1, first - 1), head)) and (first == head or doc[first].lower_ != "our"):
        kind = "market"
    if kind is not None:
        if kind == "carrier" and (verb in _DELIVERY or (verb in ("have", "get") and "you" not in rest[:1])):
            # "The courier will deliver between 9am and 5pm", "DHL will have it with you
            # Thursday": a delivery notice passes on the carrier's own estimate, and is
            # an overpromise only with a certainty word (PRM001/PRM002).
            return None
        if kind == "counterparty":
            # A buyer, seller or employer deciding: "the seller will accept your offer"
            # (not "the buyer will pay the stamp duty", which is how a sale works).
            return (f"tp:{kind}", first, end) if _decides(words, verb, rest) else None
        # "the embassy will return your passport by courier": documents handed back
        # (but "return your passport with the visa inside" hands back a decision)
        if verb == "return" and any(w in _DOCUMENTS for w in rest[:4]) and not any(
                w in words.favours for w in rest[:8]):
            return None
        # "interest rates will fall next year", "the shares will recover by year end"
        if kind == "market" and verb in _MARKET_MOVES:
            return (f"tp:{kind}", first, end)
        return (f"tp:{kind}", first, end) if _outcome(doc, words, verb, v2, rest) else None
    # "the new ads will bring you twice the customers"
    if verb in ("bring", "get", "win", "earn", "make") and any(w in _MULTIPLES for w in rest[:4]):
        return ("tp:market", first, end)
    # "the new site is going to double your enquiries"
    # ("double your team's productivity": the outcome a few words on)
    if verb in words.growth_verbs and rest[:1] == ["your"] and any(
            f in words.reader_outcomes for r in rest[1:5] for f in _plural_base(r)):
        return ("tp:market", first, end)
    return None


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


def _outcome(doc, words: ReaderWords, verb: str, v: int, rest: list[str]) -> bool:
    """A third party's decision or delivery in the reader's favour."""
    if verb in ("be", "get") and rest:
        nxt = doc[v + 1].lemma_
        return nxt in words.outcome_verbs or rest[0] in words.outcome_verbs
    if verb in words.outcome_verbs or (rest and f"{verb} {rest[0]}" in words.outcome_verbs):
        return True
    # "give you the deposit back", "pay you back"
    if verb in ("give", "pay", "hand") and "back" in rest:
        return True
    # "throw the case out", "wave it through", "sign it off": the particle after the object
    if any(f"{verb} {t}" in words.outcome_verbs for t in rest[1:4]):
        return True
    # "the airline will let you take the bag", "the magistrates will let you off" (not
    # "let you know": a notice)
    if verb == "let" and len(rest) >= 2 and rest[0] in ("you", "it", "them", "him", "her") and rest[1] not in (
            "know", "see", "hear", "down"):
        return True
    # "the hotel will give you a free upgrade", "the bank will give you more time"
    if verb in ("give", "offer", "grant") and rest[:1] == ["you"] and any(w in words.favours for w in rest[1:5]):
        return True
    if verb in words.favour_verbs:
        # ("with you" only after "side": "the surgeon will go through the risks with you")
        return (_has(rest, "in", "your", "favour") or _has(rest, "in", "your", "favor")
                or (verb == "side" and _has(rest, "with", "you"))
                or _has(rest, "our", "way") or _has(rest, "your", "way"))
    # "DHL will have it with you", "the surgeon will have you back on your feet"
    if verb in ("have", "get"):
        return (_has(rest, "with", "you") or _has(rest, "to", "you") or _has(rest, "you", "back")
                or _has(rest, "you", "home") or _has(rest, "you", "there")
                # "the surgeon will have you running again by spring"
                # ... or "the vet will have Bella back on her feet"
                or (len(rest) > 1 and rest[1] in _RECOVERED and doc[v + 1].is_alpha))
    return False


def _changes(doc, words: ReaderWords, verb: str, v: int, rest: list[str]) -> bool:
    if verb in words.change_verbs:
        return True
    # "go up", "come down", "shoot up", "be approved" (the particle or participle by its lemma)
    return bool(rest) and (f"{verb} {rest[0]}" in words.change_verbs or f"{verb} {doc[v + 1].lemma_}" in words.change_verbs)


_RECOVERED = {"back", "home", "running", "walking", "fit", "moving", "cycling", "playing", "dancing", "working", "driving", "pain-free"}
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


_RELATIVES = {"that", "which", "who", "whom", "whose"}
_MARKET_MOVES = {"fall", "drop", "rise", "climb", "recover", "rebound", "strengthen", "weaken", "soar", "crash", "tumble"}
_VEHICLES = {"plane", "flight", "connection", "ferry", "train", "boat", "coach", "airline", "airlines"}
_CUT_VERBS = {"cut", "halve", "slash", "reduce", "lower", "shrink"}


def _reaches(doc, words: ReaderWords, verb: str, v: int, se: int, rest: list[str]) -> bool:
    """"your followers will hit 100k", "your pension pot will grow to £500k": a number
    the reader's outcome reaches (a number must follow: "your application will reach the
    embassy on Monday" is a delivery)."""
    phrase = f"{verb} {rest[0]}" if rest else verb
    if verb not in words.reach_verbs and phrase not in words.reach_verbs:
        return False
    k = v + (2 if phrase in words.reach_verbs else 1)
    return any(doc[t].like_num or doc[t].text in ("£", "$", "€", "₹", "%") or doc[t].lower_[:1].isdigit()
               for t in range(k, min(se, k + 4)))


def _fails(doc, words: ReaderWords, v: int, rest: list[str]) -> bool:
    verb = doc[v].lemma_
    if verb in ("ever", "again"):
        return False
    return verb in words.failure_verbs or bool(rest) and (
        f"{verb} {rest[0]}" in words.failure_verbs or f"{verb} {doc[v + 1].lemma_}" in words.failure_verbs)


def _no_more_problems(doc, words: ReaderWords, v: int, se: int) -> bool:
    window = [doc[t].lower_ for t in range(v, min(se, v + 9))]
    lemmas = [doc[t].lemma_ for t in range(v, min(se, v + 9))]
    problem_at = [k for k, (w, lem) in enumerate(zip(window, lemmas))
                  if w in words.problems or lem in words.problems
                  or (k + 1 < len(window) and f"{w} {window[k + 1]}" in words.problems)]
    if problem_at:
        # "another outage", "any more problems", "a single error again"
        k = problem_at[0]
        before = window[max(0, k - 3):k]
        if "another" in before or _has(before, "any", "more") or _has(before, "any", "further") or "again" in window:
            return True
    # "... something you'll have to think about again", "won't need to worry about hackers again"
    if any(w in words.worry_verbs for w in lemmas) and ("again" in window or "anymore" in window
                                                        or _has(window, "any", "more")):
        sent = doc[v].sent
        return any(t.lower_ in words.threats or t.lemma_ in words.threats or t.lower_ in words.problems
                   for t in sent)
    return False


_DOCUMENTS = {"passport", "passports", "documents", "document", "papers", "originals", "forms", "form",
              "file", "files", "certificate", "certificates", "paperwork", "keys", "id", "call", "calls"}
_PRICED = {"premium", "premiums", "rent", "fee", "fees", "price", "prices", "rate", "rates", "bill", "bills"}
_CURRENCY = {"£", "$", "€", "₹", "¥", "₦", "₱", "r", "usd", "gbp", "eur", "inr", "aud", "cad"}
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


def _decides(words: ReaderWords, verb: str, rest: list[str]) -> bool:
    return verb in words.counterparty_verbs or bool(rest) and f"{verb} {rest[0]}" in words.counterparty_verbs


def _agent_after(doc, words: ReaderWords, j: int, se: int, breaks) -> tuple[str, int] | None:
    """A third party named after "from" in the rest of the clause ("... back from the
    insurer"): (kind, end token), else None."""
    k = j
    while k < min(se, j + 8) and doc[k].orth not in breaks and not doc[k].is_punct:
        if doc[k].lower_ == "from":
            a = k + 1
            while a < se and doc[a].lower_ in _DETERMINERS:
                a += 1
            for n in (3, 2, 1):
                if a + n > se:
                    continue
                phrase = " ".join(doc[t].lower_ for t in range(a, a + n))
                for form in _plural_base(phrase):
                    kind = words.agents.get(form)
                    if kind:
                        return kind, a + n
            return None
        k += 1
    return None


_FOR_GOOD = {"completely", "fully", "entirely", "totally", "forever", "permanently", "good"}


def _vanishes(doc, words: ReaderWords, verb: str, v: int, rest: list[str]) -> bool:
    """"will disappear", "will go away", "will be gone"; a fading or healing only "for
    good" or "completely" ("the bruising will fade in a week" is the usual course)."""
    phrase = f"{verb} {rest[0]}" if rest else verb
    if verb in words.vanish_verbs or phrase in words.vanish_verbs:
        return True
    if verb in ("fade", "heal", "clear") or phrase in ("fade away", "heal up", "clear up"):
        return any(w in _FOR_GOOD for w in rest[:5])
    return False


def _covered(doc, words: ReaderWords, first: int, head: int, ss: int, rest: list[str]) -> bool:
    """"the full cost (of the roof) will be covered", "the repairs will be reimbursed in
    full": a cost, paid by someone else's decision."""
    heads = [doc[head].lower_]
    if first - 2 >= ss and doc[first - 1].lower_ == "of":
        heads.append(doc[first - 2].lower_)  # "the cost of the roof"
    if not any(f in words.cost_subjects for h in heads for f in _plural_base(h)):
        return False
    k = 0
    while k < len(rest) and rest[k] in _INTENSIFIERS:
        k += 1
    if k >= len(rest) or rest[k] not in words.cover_verbs:
        return False
    # "covered by us", "met by the firm": the writer pays, which is theirs to promise
    return not (_has(rest, "by", "us") or _has(rest, "by", "me") or _has(rest, "by", "our"))


_ORDINAL_ENDS = ("st", "nd", "rd", "th")


def _ordinal(low: str) -> bool:
    """"3rd", "14th": a day of the month."""
    return low[:-2].isdigit() and low.endswith(_ORDINAL_ENDS) and len(low) <= 4


def _is_day(doc, words: ReaderWords, head: int) -> bool:
    low = doc[head].lower_
    return low in words.day_words or _ordinal(low)


_WEATHER_NOUNS = {"day", "days", "skies", "sky", "weather", "morning", "afternoon", "evening", "night", "one"}
_PRAISE = {"beautiful", "lovely", "gorgeous", "perfect", "glorious", "fine", "nice", "stunning"}


def _weather_said(words: ReaderWords, rest: list[str]) -> bool:
    """"a glorious sunny day", "dry all day", "a beautiful clear day": a word of the
    weather (``weather_day_words``), or "clear"/"bright" after praise and before "day"
    ("Monday will be a clear day for me" is a free diary, not the weather)."""
    for k, w in enumerate(rest[:5]):
        nxt = rest[k + 1] if k + 1 < len(rest) else ""
        if w in words.weather_day_words and (nxt in _WEATHER_NOUNS or nxt in ("", ",", ".", "!", "and", "all", "for", "on")):
            return True
        if w in ("clear", "bright", "fine", "calm") and nxt in _WEATHER_NOUNS and k > 0 and rest[k - 1] in _PRAISE:
            return True
    return False


def _by_a_share(rest: list[str]) -> bool:
    """"by half", "by 40%", "by a third", "in half": a share of the bill, not "by £5 a
    month", which is a tariff."""
    if _has(rest, "in", "half"):
        return True
    if "by" not in rest:
        return False
    after = rest[rest.index("by") + 1:rest.index("by") + 4]
    return bool(after) and (after[0] in ("half", "a", "two", "three", "up") and any(
        w in ("half", "third", "quarter", "thirds", "quarters", "to") for w in after)
        or any(w in ("%", "percent", "per", "half") for w in after))


_AT_LEAST = ("at least", "no less than", "a minimum of", "easily", "minimum")


def _your_gain(doc, words: ReaderWords, verb: str, v: int, se: int, rest: list[str]) -> str | None:
    """What "you will ..." gains by someone else's doing: "you'll make your money back in
    a year", "you'll lose 10kg in a month", "you'll get at least £2,000 back"."""
    if verb in ("make", "earn", "recoup", "recover") and (
            _has(rest, "money", "back") or _has(rest, "investment", "back") or _has(rest, "your", "investment")):
        return "tp:market"
    nums = [t for t in range(v + 1, min(se, v + 10)) if doc[t].like_num]
    if verb == "lose" and any(t + 1 < se and doc[t + 1].lower_ in words.body_units for t in nums):
        return "tp:medical"
    if verb in ("get", "receive") and nums and any(_has(rest, *p.split()) for p in _AT_LEAST):
        return "tp:market"
    return None


def _counted_gain(doc, words: ReaderWords, v: int, se: int) -> bool:
    """A number of customers, leads or sales promised: "will bring in 200 leads a month"."""
    for t in range(v + 1, min(se, v + 8)):
        if doc[t].like_num:
            for u in range(t + 1, min(se, t + 4)):
                if any(f in words.gains for f in _plural_base(doc[u].lower_)):
                    return True
    return False


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
