"""One promise match judged in its clause: negated, hedged, conditional, a question,
quoted, reported, terms, a policy, the writer's own action; and which code it gets."""
from __future__ import annotations

from ...strhash import hash_string
from .assurances import (
    _PROMISE, _future_in, _settled_participle, _guarantor, _names_problem, _opens_promise, _own_promise, _participle,
    _passive_return, _promise_of_outcome, _reception, _swears_to_outcome, _vouches_for,
)
from .control import writer_controls
from .lexicon import Compiled, _VOUCHING
from .promises import (
    CODE_ABSOLUTE, CODE_CERTAINTY, CODE_DEADLINE, CODE_NEVER, CODE_POLICY, CODE_THIRD_PARTY, CODE_UNLIMITED, OWN,
    Promise,
)
from .quotation import inside_quotation
from .reliance import outcome_told_before, relies_on_outcome
from .vouched import closing_promise, denies_other_outcome, promise_word, vouches_for_other, writer_future
from .tokens import _AND, _BE, _BE_FORMS, _NOT, _OWN_OBJECT, _OWN_SUBJECT, Columns, char_end, word_ids


# Sentence-level "contrast" words: a condition before them does not reach past them.
_CONTRAST = word_ids({"but", "however", "although", "though", "whereas", "yet"})
# Verbs that, right after a match, negate it: "guarantee is not", "guaranteed isn't".
_AUX = word_ids({"be", "can", "will", "do", "would", "could", "should", "have"})
_LOOKBACK = 6
# A certainty word and a time count together when at most this many words apart.
_TIME_GAP = 8


def _covered(spans: list[tuple[int, int]], n: int) -> bytearray:
    mask = bytearray(n)
    for s, e in spans:
        mask[s:e] = b"\x01" * (e - s)
    return mask


def judge(doc, cols: Columns, text: str, comp: Compiled, ss: int, se: int, candidates, by_key) -> list[Promise]:
    """Decide, for the promise matches of one sentence, which are real overpromises."""
    n = len(doc)
    lemma, lower, idx = cols.lemma, cols.lower, cols.idx
    notneg = _covered(by_key.get("c:notneg", []), n)
    notcond = _covered(by_key.get("c:notcond", []), n)
    promise_mask = _covered([(s, e) for _, s, e in candidates], n)
    neg_tokens = set()
    raw_neg = set()
    for s, e in by_key.get("c:neg", []):
        if not any(notneg[s:e]):
            raw_neg.update(range(s, e))
        if not any(notneg[s:e]) and not any(promise_mask[s:e]):
            neg_tokens.update(range(s, e))
    nothedge = _covered(by_key.get("c:nothedge", []), n)
    # "May" with a capital inside the sentence is the month ("between now and May", "the
    # May hearing"), not the modal; at the start of a sentence ("May I ask ...") it is read
    # as a hedge, as the model rule reads it.
    hedges = [(s, e) for s, e in by_key.get("c:hedge", []) if not any(promise_mask[s:e]) and not any(nothedge[s:e])
              and not (e - s == 1 and s > ss and doc[s].text == "May")]
    inner_hedges = by_key.get("c:innerhedge", [])
    conds = [(s, e) for s, e in by_key.get("c:cond", []) if not any(notcond[s:e])]
    reported = by_key.get("c:rep", [])
    attributed = by_key.get("c:attr", [])
    terms = by_key.get("c:terms", [])
    policies = by_key.get("policy", [])
    times = by_key.get("time", [])
    own = by_key.get("own", [])
    future = by_key.get("future", [])
    dl_words = {s for s, _ in by_key.get("dl_word", [])}
    disclaimers = by_key.get("c:disc", [])
    not_promise = by_key.get("c:notabs", [])
    not_problem = by_key.get("c:notnever", [])
    breaks = comp.breaks

    def overlaps(spans, s, e):
        return any(a < e and s < b for a, b in spans)

    def within(spans, lo, hi, s, e):
        """A span inside [lo, hi) that is not the match itself."""
        return any(lo <= a and b <= hi and not (a < e and s < b) for a, b in spans)

    out: list[Promise] = []
    policy_done: set[tuple[int, int]] = set()
    sent_start_char = idx[ss]
    for key, s, e in candidates:
        original = key
        # The clause: back to the previous break, forward to the next one.
        cs = s
        while cs > ss and lower[cs - 1] not in breaks:
            cs -= 1
        ce = e
        while ce < se and lower[ce] not in breaks:
            ce += 1
        last = se - 1
        while last > s and doc[last].is_space:
            last -= 1
        if doc[last].text.endswith("?"):
            continue  # a question, not a promise
        if inside_quotation(text, idx[s], sent_start_char):
            continue  # inside quotation marks: a mention, not a promise
        if overlaps(reported, s, e):
            continue
        # Negation: a cue in the few words before the match, inside the clause.
        if any(i in neg_tokens for i in range(max(cs, s - _LOOKBACK), s)):
            continue
        if _negated_after(cols, s, e, cs, ce):
            continue
        # "The insurer won't pay for cosmetic work" states terms, not a promise.
        if key in _NEGATABLE and any(i in raw_neg for i in range(s + 1, e)):
            continue
        if overlaps(inner_hedges, s, e):
            continue
        # Conditions: later in the clause, or earlier in the sentence: in the clause of
        # the match or the one before it ("if it ships today, it will arrive ...") but
        # not past a "but" or a further clause ("if they undercut us, send me the quote
        # and we'll go lower - no limit").
        cond_lo, seen_breaks = ss, 0
        for i in range(cs - 1, ss - 1, -1):
            low = lower[i]
            if low in _CONTRAST or (low in breaks and seen_breaks >= 1):
                cond_lo = i + 1
                break
            if low in breaks:
                seen_breaks += 1
        # A promise closing the sentence ("..., I promise") vouches for all of it before,
        # so a condition anywhere before it (not past a "but") reaches it: "if the bank
        # agrees, the move will go ahead on the 9th, I promise".
        tail_of = closing_promise(doc, cols, s, e, cs, ce, ss, se) if key in _TAILS else None
        if tail_of is not None:
            # (the clause it vouches for and the one before it, as for any promise)
            vcs = tail_of
            while vcs > ss and lower[vcs - 1] not in breaks:
                vcs -= 1
            cond_lo, seen_breaks = ss, 0
            for i in range(vcs - 1, ss - 1, -1):
                if lower[i] in _CONTRAST or (lower[i] in breaks and seen_breaks >= 1):
                    cond_lo = i + 1
                    break
                if lower[i] in breaks:
                    seen_breaks += 1
        if within(conds, cond_lo, s, s, e) or within(conds, e, _past_asides(doc, ce, se, breaks, lower), s, e):
            continue
        # Someone else's view or a comparison: "they stated that it is a done deal".
        if within(attributed, cond_lo, s, s, e):
            continue
        # Terms stated as terms: "under the policy, the insurer will pay up to £5,000".
        if key.startswith("tp:") and within(terms, ss, s, s, e):
            continue
        # Hedges: in the clause, or in the clause before it ("all being well, ..."), or
        # in a short aside right after it ("it will pay for itself, we estimate, in ...").
        # An explicit promise of the writer's own ("..., and I can promise you it will
        # sell within a month") is not softened by a hedge in the clause before it ("we'd
        # list at ..."): the hedge is about something else.
        hedge_lo = cs if key in _WORDED and _own_promise(cols, s, e, cs) else cond_lo
        if within(hedges, hedge_lo, ce, s, e):
            continue
        aside_end = ce + 1
        while aside_end < se and lower[aside_end] not in breaks:
            aside_end += 1
        if ce < se and aside_end - (ce + 1) <= 3 and within(hedges, ce + 1, aside_end, s, e):
            continue
        # A clause right after that opens with its basis: "..., based on last year's
        # numbers", "..., according to the forecast".
        if ce < se and any(a == ce + 1 for a, _ in hedges):
            continue
        if any(e <= a and b <= se for a, b in disclaimers):
            continue
        if key == "cert_rely":
            # "Go ahead and book your flights" after "the visa comes through next week"
            if not relies_on_outcome(doc, cols, comp, s, e, ss, se):
                continue
            key = "rely"
        if key == "cert_unhedged":
            # "That's not a guess." after "the supplier will deliver on the 3rd"
            if not outcome_told_before(doc, cols, comp, s, ss):
                continue
            key = "unhedged"
        if key == "cert_noway":
            # "there's no way the bank turns you down"
            if not denies_other_outcome(doc, cols, s, e, ss, ce):
                continue
            key = "cert"
        if key == "cert_settled":
            # "as good as stamped", not "as good as the old one" or "as good as advertised"
            if not _settled_participle(doc[e - 1]):
                continue
            key = "cert"
        if key in _VOUCHING:
            if not _vouches_for(doc, cols, key, s, e, ss, se, times, breaks):
                continue
            key = _VOUCHING[key]
        if key in ("abs_tail", "cert_tail"):
            # "ready by Friday, 100%" but not "100% of the fee" or "100% cotton".
            soft = original == "cert_soft"
            nxt = doc[e] if e < se else None
            prv = doc[s - 1] if s > ss else None
            if nxt is not None and not (nxt.is_punct or lower[e] in breaks or _opens_promise(cols, e, se)):
                continue
            if prv is not None and not (prv.is_punct or lower[s - 1] in breaks or lemma[s - 1] == _BE
                                        or (lower[s - 1] in _BE_FORMS and (nxt is None or nxt.is_punct))
                                        or lower[s - 1] in _AGREEMENT or soft):
                continue
            # "No doubt you'll have questions": a presumption about the reader's reaction.
            if nxt is not None and not nxt.is_punct:
                f = _future_in(doc, cols, e, min(se, e + 4))
                if f is not None and _reception(doc, cols, f, se):
                    continue
            # A reading, not an assurance: "Progress: 100%", "Uptime last month: 100%",
            # "100% (14/14)", as in a status line or pasted program output.
            if prv is not None and prv.text == ":" and s - 1 > ss and not doc[s - 2].is_punct:
                continue
            if nxt is not None and nxt.text == "(" and e + 1 < se and doc[e + 1].like_num:
                continue
        if key in ("abs", "abs_tail") and overlaps(policies, s, e):
            span = next((a, b) for a, b in policies if a < e and s < b)
            if span not in policy_done:
                policy_done.add(span)
                out.append(Promise(CODE_POLICY, idx[span[0]], char_end(doc, span[1]), "policy", ss))
            continue
        # "You won't see the charge again": the writer stopped it, no problem comes back;
        # "the deposit can't be returned": a refusal, not a failure that won't return.
        if key == "never" and (_passive_return(doc, s, e) or (
                overlaps(not_problem, s, e) and not _names_problem(doc, comp, s, e))):
            continue
        # "so it can't happen again at the next billing run", "so it can't recur
        # unnoticed": scoped to the writer's own process or to being noticed
        # (the scope closes the clause: "can't happen again next year or any year" is
        # not scoped)
        if key == "never" and any(e <= a <= e + 1 and (b >= se or lower[b] in breaks or doc[b].is_punct)
                                  for a, b in by_key.get("c:scoped", [])):
            continue
        # "the bug from the 3rd is fixed": the date is not the subject, and "fixed" is a repair
        if key == "cert" and lower[e - 1] in _SETTLED and s > ss and lower[s - 1] in _PREPOSITIONS:
            continue
        # "I swear this one is hopeless" vents; "it'll be there Friday, I swear" promises.
        if key == "cert" and lower[e - 1] == _SWEAR and not _swears_to_outcome(doc, cols, s, e, se, times):
            continue
        # "a card guarantee holds the room": the guarantee is a payment or a document.
        if key == "abs" and overlaps(not_promise, s, e):
            continue
        if key == "abs" and _guarantor(doc, lower, s, e, se, times):
            continue
        if key == "abs" and lower[s] == _PROMISE and not _promise_of_outcome(doc, cols, s, e, se, times):
            continue
        # A certainty word next to a time: a certain deadline.
        near = [(a, b) for a, b in times if ss <= a and b <= se and not (a < e and s < b)
                and (b <= s and s - b <= _TIME_GAP or a >= e and a - e <= _TIME_GAP)]
        has_time = bool(near)
        # The writer's own communication ("I promise I'll call you tomorrow") is theirs
        # to keep; for a bare "Rest assured," the clause after it says what is promised.
        own_lo, own_hi = cs, ce
        if cs == s and ce == e and ce < se:
            own_hi = ce + 1
            while own_hi < se and lower[own_hi] not in breaks:
                own_hi += 1
        # A closing assurance ("..., for sure.") vouches for the clause before it: "I'll
        # have the quote with you tomorrow, for sure" is the writer's own work.
        # So does an aside standing as a clause of its own ("We'll call you at 10 on
        # Monday, rain or shine, no dramas") and "I promise" after the promise ("We'll be
        # there by ten, I promise").
        whole_clause = cs == s and ce == e
        own_tail = ce == e and s > cs and all(lower[i] in _OWN_SUBJECT for i in range(cs, s))
        # (only the last part of that clause: in "we sent it with DPD and it will be with
        # you on Friday, guaranteed" the guarantee is about the delivery, not the sending)
        if (whole_clause or own_tail) and cs - 1 > ss:
            own_lo = cs - 1
            while own_lo > ss and lower[own_lo - 1] not in breaks and lower[own_lo - 1] != _AND:
                own_lo -= 1
        own_action = overlaps(own, own_lo, own_hi)
        # "I'll bring the samples on Thursday, promise", "we'll refund the fee today, I
        # promise": the writer's own future vouched for is their commitment (not goods
        # they "have with you": "we'll have the sofa with you by Friday, I promise").
        if tail_of is not None and writer_future(doc, cols, tail_of, ss, cs):
            own_action = True
        if own_action and key in ("abs", "abs_tail", "cert", "cert_tail"):
            continue
        # A guarantee of what the writer controls: their own warranty, booking, act, a
        # present fact vouched for, a technical name ("we guarantee our labour for a
        # year", "I promise I'll bring the boards", "the pod becomes Guaranteed").
        if key in ("abs", "cert_tail") and writer_controls(doc, cols, comp, s, e, ss, se, has_time):
            out.append(Promise(OWN, idx[s], char_end(doc, e), "own", ss))
            continue
        if key == "dl_cert":
            if not has_time or own_action:
                continue
            # "it will definitely arrive Monday", "definitely by EOD", "def approved by Fri"
            # (a participle between), "100% arriving Friday" (a progressive as a future)
            if not overlaps(future, cs, ce) and not any(
                    a in dl_words and (a == e or (a == e + 1 and _participle(doc[e]))) for a, _ in near):
                continue
            code = CODE_DEADLINE
        elif key in ("abs", "abs_tail", "cert", "cert_tail") and has_time and not own_action:
            code = CODE_DEADLINE
        elif key in ("abs", "abs_tail") and promise_word(cols, doc, s, e) and vouches_for_other(
                doc, cols, comp, s, e, ss, se, own):
            # "it'll sail, I promise", "prices are going up by spring, guaranteed": a
            # promise word vouching for a future someone or something else decides
            code, key = CODE_THIRD_PARTY, "tp:vouched"
        elif key in ("abs", "abs_tail"):
            code = CODE_ABSOLUTE
        elif key in ("cert", "cert_tail"):
            code = CODE_CERTAINTY
        elif key == "never":
            code = CODE_NEVER
        elif key.startswith("unl:"):
            code = CODE_UNLIMITED
        elif key.startswith("tp:"):
            code = CODE_THIRD_PARTY
        elif key in ("rely", "unhedged"):
            code = CODE_CERTAINTY
        else:  # pragma: no cover - every matcher key is handled above
            continue
        if code == CODE_DEADLINE:
            # Show the promise together with its time when they are close.
            t = min(near, key=lambda ab: abs(ab[0] - s))
            lo, hi = min(s, t[0]), max(e, t[1])
            out.append(Promise(code, idx[lo], char_end(doc, hi), key, ss))
        else:
            kind = key.split(":", 1)[1] if ":" in key else key
            out.append(Promise(code, idx[s], char_end(doc, e), kind, ss))
    return out


# Third-party decisions where a negation inside the phrase means a refusal or terms.
_NEGATABLE = {"tp:approval", "tp:authority", "tp:legal", "tp:insurer", "tp:carrier"}
_SUBJECT_LEAD = word_ids({"a", "an", "the", "any", "such", "this", "that", "these", "those", "our", "my"})


# "Yes, 100%" / "Yep 100% ...": agreement words before a standalone assurance.
_AGREEMENT = word_ids({"yes", "yep", "yeah", "yup", "honestly", "seriously", "absolutely", "totally", "oh"})


_SWEAR = hash_string("swear")
_SETTLED = word_ids({"fixed", "definite", "guaranteed", "locked", "nailed"})
_PREPOSITIONS = word_ids({"from", "of", "on", "since", "in", "for", "until", "till", "by", "after", "before", "about",
                      "over", "during", "at"})
_WORDED = {"abs", "cert"}
# Matches that may close a sentence as a promise of what came before ("..., I promise",
# "..., you have my word").
_TAILS = {"abs", "abs_tail", "abs_vouch", "cert", "cert_tail", "cert_vouch"}


def _past_asides(doc, ce: int, se: int, breaks: frozenset[int], lower: list[int]) -> int:
    """The clause end, read past asides in brackets: in "judges will throw it out (the
    bin is on the left) unless ...", the "unless" still conditions the clause."""
    while ce < se and doc[ce].text == "(":
        close = next((i for i in range(ce + 1, se) if doc[i].text == ")"), None)
        if close is None:
            return ce
        ce = close + 1
        while ce < se and lower[ce] not in breaks:
            ce += 1
    return ce


def _negated_after(cols: Columns, s: int, e: int, cs: int, ce: int) -> bool:
    """"guaranteed isn't ...", or, for a match that opens its clause, "guarantees like
    that aren't something we give": an auxiliary plus "not" just after the match."""
    lemma, lower = cols.lemma, cols.lower
    if e + 1 < ce and lemma[e] in _AUX and lemma[e + 1] == _NOT:
        return True
    if e + 2 < ce and lemma[e] in _AUX and lemma[e + 1] in _AUX and lemma[e + 2] == _NOT:
        return True
    # "I can assure you the flight won't be cancelled": the match has its own subject or
    # object, so the negation belongs to what is promised.
    if lower[s] in _OWN_SUBJECT or lower[e - 1] in _OWN_OBJECT:
        return False
    if all(lower[i] in _SUBJECT_LEAD for i in range(cs, s)):
        for i in range(e, min(ce - 1, e + 4)):
            if lemma[i] in _AUX and lemma[i + 1] == _NOT:
                return True
    return False
