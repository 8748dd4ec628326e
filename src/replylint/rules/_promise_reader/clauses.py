"""A clause read into a promise candidate: the future marker, its subject and the verb
phrase after it ("the tax office will accept the late filing"), and the dispatch to the
present-tense readers."""
from __future__ import annotations

from .everyday import (
    _TRAVEL, carrier_safe, connection_made, grade_promised, market_move_denied, ranking_promised, sale_price_promised,
    vehicle_habit_at,
    weather_denied, weather_habit_at, weather_promised,
)
from .outcomes import (
    _CURRENCY, _PRICED, _agent_after, _by_a_share, _changes, _counted_gain, _covered, _decides, _fails,
    _floored, _is_day, _no_more_problems, _outcome, _reaches, _vanishes, _weather_said, _your_gain,
)
from .present_tense import (
    _MARKET_HABIT_MARKERS, _habit_at, _market_habit_at, _never_habit_at, _present_outcome_at,
)
from .slots import (
    _DETERMINERS, _INTENSIFIERS, _NEGATIONS, _RELATIVES, _VEHICLES, _WRITER, _agent_kind, _third_party, _future_at, _has,
    _phrase_end, _plural_base, _rest, _subject, _verb_after,
)
from .words import ReaderWords


_DELIVERY = {"deliver", "arrive", "come", "turn", "drop", "collect", "bring"}
_MULTIPLES = {"twice", "double", "triple", "treble", "quadruple", "10x", "tenfold", "threefold", "twofold"}


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
        return (_habit_at(doc, words, i, ss, se, breaks) or weather_habit_at(doc, i, ss, se)
                or vehicle_habit_at(doc, i, ss, se))
    if doc[i].lower_ in _MARKET_HABIT_MARKERS:
        found = _market_habit_at(doc, words, i, ss, se, breaks)
        if found is None and doc[i].lower_ == "never":
            found = _never_habit_at(doc, words, i, ss, se, breaks)
        if found is None and doc[i].lower_ in ("never", "n't", "not"):
            # "it never rains here in June", "the first flight is never late"
            found = weather_habit_at(doc, i, ss, se) or vehicle_habit_at(doc, i, ss, se)
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
            kind = _third_party(doc, words, first, head, ss)
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
        if negated:
            # "timber prices won't go up before you order", "it won't rain on the day",
            # "you won't miss the connection"
            if market_move_denied(doc, first, head, verb, rest):
                return ("tp:market", first, end)
            if weather_denied(doc, doc[head].lower_, verb, rest):
                return ("tp:weather", first, end)
            if doc[head].lower_ == "you" and verb == "miss" and any(r in _TRAVEL for r in rest[:4]):
                return ("tp:decision", first, end)
            # "the ferry won't be cancelled", "the strike won't affect your journey": a
            # carrier's timetable promised safe
            # (key "tp:decision": the negation is the promise, as for "won't audit you")
            if carrier_safe(doc, first, head, verb, v2, se, rest):
                return ("tp:decision", first, end)
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
    # A grade, a connection, the weather, a price at sale (``everyday``): "she's going to
    # get a 9 in her GCSE", "you'll make the connection in Doha", "the sun will shine on
    # the day", "those heifers will make £1,850 a head"
    if grade_promised(doc, subject_low, verb, v2, se, rest):
        return ("tp:market", first, end)
    if connection_made(doc, ss, se, subject_low, verb, rest):
        return ("tp:carrier", first, end)
    if weather_promised(doc, subject_low, [doc[t].lower_ for t in range(first, head + 1)], verb, v2, rest):
        return ("tp:weather", first, end)
    if sale_price_promised(doc, subject_low, verb, v2, se, rest):
        return ("tp:market", first, end)
    # "we'll get your shop to the number one spot on Google" (the writer's own work, the
    # search engine's decision)
    if ranking_promised(doc, verb, v2, se):
        return ("tp:ranking", first, end)
    # "you'll land the job", "you will get the contract": someone else's award
    # (or a bare prize: "you will get custody", "you'll get bail"); for the reader's
    # family or a named person too ("Daniel will get a place on appeal", "your son will
    # land the apprenticeship")
    named = subject_low != "you" and _family_or_named(doc, first, head, ss)
    if (subject_low == "you" or named) and verb in words.prize_verbs and rest:
        p = 1 if rest[0] in words.prizes else 2 if (
            len(rest) >= 2 and rest[0] in ("the", "that", "this", "a", "your") and rest[1] in words.prizes) else 0
        # (for someone else, "a place at St Anne's", not "a place on the waiting list")
        if p and (v2 + p + 1 >= se or doc[v2 + p + 1].is_punct or doc[v2 + p + 1].orth in breaks
                  or doc[v2 + p + 1].lower_ in (("at", "in", "and") if named else
                                                ("for", "at", "with", "in", "on", "and", "trust", "no", "then"))):
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
        # "your flat will rent for no less than £1,800 a month"
        if _floored(doc, v2, se):
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
    kind = _third_party(doc, words, first, head, ss)
    # "our rates will go up by 2% in January": the writer's own prices, not a market
    if kind == "market" and any(doc[t].lower_ in ("our", "my") for t in range(first, head)):
        kind = None
    # "timber prices are going to climb", "fuel costs will fall by a third": a named
    # commodity's price (not "our prices", nor a bare "prices", which may be the writer's)
    if kind is None and subject_low in _PRICE_HEADS and head - 1 >= first and doc[head - 1].is_alpha and doc[
            head - 1].lower_ not in _DETERMINERS and doc[head - 1].lower_ not in ("any", "all", "some", "new", "these"):
        kind = "market"
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
_MARKET_MOVES = {"fall", "drop", "rise", "climb", "recover", "rebound", "strengthen", "weaken", "soar", "crash", "tumble",
                 "jump", "double", "halve", "plummet", "spike", "surge", "increase"}
_PRICE_HEADS = {"prices", "costs", "rates", "values"}
_FAMILY = {"son", "daughter", "child", "kid", "kids", "children", "boy", "girl", "husband", "wife", "partner", "mum",
           "dad", "mother", "father", "nephew", "niece", "grandson", "granddaughter", "brother", "sister"}


def _family_or_named(doc, first: int, head: int, ss: int) -> bool:
    """"your son", "your daughter", "he", "she", or a person's name (a capitalised word
    that does not open the sentence): someone the reader's matter is about."""
    low = doc[head].lower_
    if low in ("he", "she"):
        return True
    if low in _FAMILY and head - 1 >= first and doc[head - 1].lower_ in ("your", "his", "her", "their"):
        return True
    tok = doc[head]
    return first == head and tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower() and (
        head > ss or tok.ent_type_ == "PERSON") and head > ss
_CUT_VERBS = {"cut", "halve", "slash", "reduce", "lower", "shrink"}


_DOCUMENTS = {"passport", "passports", "documents", "document", "papers", "originals", "forms", "form",
              "file", "files", "certificate", "certificates", "paperwork", "keys", "id", "call", "calls"}
