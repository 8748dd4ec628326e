"""What the verb phrase after a future promises: a decision in the reader's favour, a
change of the reader's number, a gain, a cost someone else pays, a problem gone."""
from __future__ import annotations

from .slots import _DETERMINERS, _INTENSIFIERS, _has, _ordinal, _plural_base
from .words import ReaderWords


def _outcome(doc, words: ReaderWords, verb: str, v: int, rest: list[str]) -> bool:
    """A third party's decision or delivery in the reader's favour."""
    if verb in ("be", "get") and rest:
        nxt = doc[v + 1].lemma_
        return nxt in words.outcome_verbs or rest[0] in words.outcome_verbs
    if verb in words.outcome_verbs or (rest and f"{verb} {rest[0]}" in words.outcome_verbs):
        return True
    # "HMRC will cancel the penalty", "the council will drop the fine": a penalty lifted
    # (the active of ``penalty_passives``)
    if verb in words.penalty_passives and any(f in words.penalties for r in rest[:4] for f in _plural_base(r)):
        return True
    # "give you the deposit back", "pay you back"
    if verb in ("give", "pay", "hand") and "back" in rest:
        return True
    # "the valuer will come in at the full asking price", "value it at what you paid"
    if (verb == "come" and rest[:2] in (["in", "at"], ["back", "at"], ["out", "at"])) or (
            verb == "value" and "at" in rest[:4]):
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
_PRICED = {"premium", "premiums", "rent", "fee", "fees", "price", "prices", "rate", "rates", "bill", "bills"}
_CURRENCY = {"£", "$", "€", "₹", "¥", "₦", "₱", "r", "usd", "gbp", "eur", "inr", "aud", "cad"}


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


_GONE_INTENSIFIERS = {"completely", "totally", "entirely", "fully", "100", "all", "long", "clean", "properly"}


def _vanishes(doc, words: ReaderWords, verb: str, v: int, rest: list[str]) -> bool:
    """"will disappear", "will go away", "will be gone"; a fading or healing only "for
    good" or "completely" ("the bruising will fade in a week" is the usual course)."""
    phrase = f"{verb} {rest[0]}" if rest else verb
    if verb in words.vanish_verbs or phrase in words.vanish_verbs:
        return True
    # "the scar will be completely gone", "will be totally clear"
    if verb == "be" and len(rest) >= 2 and rest[0] in _GONE_INTENSIFIERS and rest[1] in ("gone", "invisible", "undetectable"):
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


_AT_LEAST = ("at least", "no less than", "not less than", "no fewer than", "not fewer than", "a minimum of", "easily",
             "minimum")
# A floor under a number: "not less than 40 bags", "at least £2,000", "no fewer than 100 leads".
_FLOORS = ("at least", "no less than", "not less than", "no fewer than", "not fewer than", "a minimum of")
# What the reader earns or grows, with a floor under it: "you will harvest not less than
# 40 bags an acre", "you'll net at least £900 a month" (not "you'll need at least 3
# forms", nor "make at least two trips").
_YIELD_VERBS = {"earn", "harvest", "yield", "net", "pocket", "bank", "gain", "achieve", "grow", "produce", "clear"}


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
    if verb in _YIELD_VERBS and _floored(doc, v, se):
        return "tp:market"
    return None


def _floored(doc, v: int, se: int) -> bool:
    """A floor under a number after the verb at ``v``: "for no less than £1,800", "by not
    less than 7%"."""
    window = [doc[t].lower_ for t in range(v + 1, min(se, v + 9))]
    for p in _FLOORS:
        words = p.split()
        for k in range(len(window) - len(words) + 1):
            if window[k:k + len(words)] == words:
                after = range(v + 1 + k + len(words), min(se, v + 4 + k + len(words)))
                return any(doc[t].like_num or doc[t].lower_[:1].isdigit() or doc[t].text in ("£", "$", "€", "₹")
                           for t in after)
    return False


def _counted_gain(doc, words: ReaderWords, v: int, se: int) -> bool:
    """A number of customers, leads or sales promised: "will bring in 200 leads a month"."""
    for t in range(v + 1, min(se, v + 8)):
        if doc[t].like_num:
            for u in range(t + 1, min(se, t + 4)):
                if any(f in words.gains for f in _plural_base(doc[u].lower_)):
                    return True
    return False
