"""Shared analysis for the overpromise rules (PRM001-PRM007).

One spaCy Matcher (built from ``lexicons/overpromise.toml``) finds every promise
phrase and every cue (negation, hedge, conditional, reported speech) in one pass.
Each promise match is then judged in its own clause:

* negated ("we can't guarantee"): a negation cue in the few words before the match,
  inside its clause (clause punctuation and "but" stop the look-back, so in
  "I can't promise Monday, but we guarantee Tuesday" only Tuesday's guarantee counts);
* hedged ("we expect", "should", "hopefully"): a hedge anywhere in the clause;
* conditional ("if the courier collects today, it will arrive ..."): a condition
  earlier in the sentence (up to a "but") or later in the clause;
* a question, a phrase inside quotation marks, or a reported/past promise
  ("as promised", "you were promised");
* a named company policy ("our money-back guarantee") turns a guarantee into PRM007.

The result is computed once per draft (``ctx.memo``) and every PRM rule picks its own
code from it.  Nothing here stores or logs draft text.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError
from ..patterns import PhraseSet

LEXICON = "overpromise"

# (lexicon table, list) -> matcher key.  Third-party outcomes keep their sub-group.
_SIMPLE = {
    ("absolute", "phrases"): "abs",
    ("absolute", "standalone"): "abs_tail",
    ("deadline", "certainty"): "dl_cert",
    ("deadline", "times"): "time",
    ("deadline", "own_actions"): "own",
    ("deadline", "future"): "future",
    ("deadline", "deadline_words"): "dl_word",
    ("never_again", "phrases"): "never",
    ("unlimited", "scope"): "unl:scope",
    ("unlimited", "price"): "unl:price",
    ("certainty", "phrases"): "cert",
    ("certainty", "standalone"): "cert_tail",
    ("policy", "phrases"): "policy",
    ("cues", "negation"): "c:neg",
    ("cues", "not_negation"): "c:notneg",
    ("cues", "hedge"): "c:hedge",
    ("cues", "not_hedge"): "c:nothedge",
    ("cues", "conditional"): "c:cond",
    ("cues", "disclaimer"): "c:disc",
    ("cues", "not_conditional"): "c:notcond",
    ("cues", "reported"): "c:rep",
}
# Sentence-level "contrast" words: a condition before them does not reach past them.
_CONTRAST = {"but", "however", "although", "though", "whereas", "yet"}
_QUOTES = ('"', "“", "”", "«", "»")
# Verbs that, right after a match, negate it: "guarantee is not", "guaranteed isn't".
_AUX = {"be", "can", "will", "do", "would", "could", "should", "have"}
_LOOKBACK = 6
# A certainty word and a time count together when at most this many words apart.
_TIME_GAP = 8

CODE_ABSOLUTE = "PRM001"
CODE_DEADLINE = "PRM002"
CODE_NEVER = "PRM003"
CODE_UNLIMITED = "PRM004"
CODE_THIRD_PARTY = "PRM005"
CODE_CERTAINTY = "PRM006"
CODE_POLICY = "PRM007"
GENERAL = {CODE_ABSOLUTE, CODE_CERTAINTY}


@dataclass
class Promise:
    code: str
    start: int  # character offsets into draft.text
    end: int
    kind: str  # lexicon sub-group, e.g. "market", "price", "abs"
    sent_start: int  # token index of the sentence start (for de-duplication)


@dataclass
class Compiled:
    phrases: PhraseSet
    breaks: frozenset[str]


def _lists(table, where: str) -> list[tuple[str, list[str]]]:
    if not isinstance(table, dict):
        raise ConfigError(f"lexicon {LEXICON}: [{where}] must be a table of phrase lists")
    out = []
    for name, value in table.items():
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"lexicon {LEXICON}: {where}.{name} must be a list of strings")
        out.append((name, value))
    return out


def compiled(ctx) -> Compiled:
    def build() -> Compiled:
        lex = ctx.lexicons.get(LEXICON)
        ps = PhraseSet(ctx.pipeline.nlp, ctx.pipeline.lemmatize)
        breaks: set[str] = set()
        for table_name, table in lex.items():
            for name, phrases in _lists(table, table_name):
                if table_name == "cues" and name == "clause_breaks":
                    breaks.update(p.lower() for p in phrases)
                    continue
                if table_name == "third_party":
                    key = f"tp:{name}"
                elif (table_name, name) in _SIMPLE:
                    key = _SIMPLE[(table_name, name)]
                else:
                    raise ConfigError(f"lexicon {LEXICON}: unknown list {table_name}.{name}")
                ps.add(key, phrases)
        return Compiled(ps, frozenset(breaks))

    return ctx.compiled((LEXICON, "scan"), build)


def _covered(spans: list[tuple[int, int]], n: int) -> bytearray:
    mask = bytearray(n)
    for s, e in spans:
        mask[s:e] = b"\x01" * (e - s)
    return mask


def analyse(ctx) -> list[Promise]:
    """Every overpromise in the draft's new text, one code each (memoised per draft)."""
    return ctx.memo((LEXICON, "promises"), lambda: _analyse(ctx))


def _analyse(ctx) -> list[Promise]:
    from . import NEW_TEXT

    doc = ctx.doc
    comp = compiled(ctx)
    matches = comp.phrases(doc)
    if not matches:
        return []
    n = len(doc)
    by_key: dict[str, list[tuple[int, int]]] = {}
    for key, s, e in matches:
        by_key.setdefault(key, []).append((s, e))
    candidates = [
        (key, s, e) for key, s, e in matches
        if not key.startswith("c:") and key not in _HELPERS
        and ctx.in_parts(doc[s].idx, NEW_TEXT)
    ]
    if not candidates:
        return []

    notneg = _covered(by_key.get("c:notneg", []), n)
    notcond = _covered(by_key.get("c:notcond", []), n)
    promise_mask = _covered([(s, e) for _, s, e in candidates], n)
    neg_tokens = set()
    for s, e in by_key.get("c:neg", []):
        if not any(notneg[s:e]) and not any(promise_mask[s:e]):
            neg_tokens.update(range(s, e))
    nothedge = _covered(by_key.get("c:nothedge", []), n)
    hedges = [(s, e) for s, e in by_key.get("c:hedge", []) if not any(promise_mask[s:e]) and not any(nothedge[s:e])]
    conds = [(s, e) for s, e in by_key.get("c:cond", []) if not any(notcond[s:e])]
    reported = by_key.get("c:rep", [])
    policies = by_key.get("policy", [])
    times = by_key.get("time", [])
    own = by_key.get("own", [])
    future = by_key.get("future", [])
    dl_words = {s for s, _ in by_key.get("dl_word", [])}
    disclaimers = by_key.get("c:disc", [])
    breaks = comp.breaks

    def overlaps(spans, s, e):
        return any(a < e and s < b for a, b in spans)

    def within(spans, lo, hi, s, e):
        """A span inside [lo, hi) that is not the match itself."""
        return any(lo <= a and b <= hi and not (a < e and s < b) for a, b in spans)

    out: list[Promise] = []
    policy_done: set[tuple[int, int]] = set()
    for key, s, e in candidates:
        sent = doc[s].sent
        ss, se = sent.start, sent.end
        # The clause: back to the previous break, forward to the next one.
        cs = s
        while cs > ss and doc[cs - 1].lower_ not in breaks:
            cs -= 1
        ce = e
        while ce < se and doc[ce].lower_ not in breaks:
            ce += 1
        last = se - 1
        while last > s and doc[last].is_space:
            last -= 1
        if doc[last].text.endswith("?"):
            continue  # a question, not a promise
        before = doc.text[sent.start_char : doc[s].idx]
        if sum(before.count(q) for q in _QUOTES) % 2:
            continue  # inside quotation marks: a mention, not a promise
        if overlaps(reported, s, e):
            continue
        # Negation: a cue in the few words before the match, inside the clause.
        if any(i in neg_tokens for i in range(max(cs, s - _LOOKBACK), s)):
            continue
        if _negated_after(doc, s, e, cs, ce):
            continue
        # Conditions: later in the clause, or earlier in the sentence: in the clause of
        # the match or the one before it ("if it ships today, it will arrive ...") but
        # not past a "but" or a further clause ("if they undercut us, send me the quote
        # and we'll go lower - no limit").
        cond_lo, seen_breaks = ss, 0
        for i in range(cs - 1, ss - 1, -1):
            low = doc[i].lower_
            if low in _CONTRAST or (low in breaks and seen_breaks >= 1):
                cond_lo = i + 1
                break
            if low in breaks:
                seen_breaks += 1
        if within(conds, cond_lo, s, s, e) or within(conds, e, ce, s, e):
            continue
        # Hedges: in the clause, or in the clause before it ("all being well, ...").
        if within(hedges, cond_lo, ce, s, e):
            continue
        if any(e <= a and b <= se for a, b in disclaimers):
            continue
        if key in ("abs_tail", "cert_tail"):
            # "ready by Friday, 100%" but not "100% of the fee" or "100% cotton".
            nxt = doc[e] if e < se else None
            prv = doc[s - 1] if s > ss else None
            if nxt is not None and not (nxt.is_punct or nxt.lower_ in breaks):
                continue
            if prv is not None and not (prv.is_punct or prv.lower_ in breaks or prv.lemma_ == "be"):
                continue
        if key in ("abs", "abs_tail") and overlaps(policies, s, e):
            span = next((a, b) for a, b in policies if a < e and s < b)
            if span not in policy_done:
                policy_done.add(span)
                out.append(Promise(CODE_POLICY, doc[span[0]].idx, _end(doc, span[1]), "policy", ss))
            continue
        # A certainty word next to a time: a certain deadline.
        near = [(a, b) for a, b in times if ss <= a and b <= se and not (a < e and s < b)
                and (b <= s and s - b <= _TIME_GAP or a >= e and a - e <= _TIME_GAP)]
        has_time = bool(near)
        own_action = overlaps(own, cs, ce)
        if key == "dl_cert":
            if not has_time or own_action:
                continue
            if not overlaps(future, cs, ce) and not any(a == e and a in dl_words for a, _ in near):
                continue
            code = CODE_DEADLINE
        elif key in ("abs", "abs_tail", "cert", "cert_tail") and has_time and not own_action:
            code = CODE_DEADLINE
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
        else:  # pragma: no cover - every matcher key is handled above
            continue
        if code == CODE_DEADLINE:
            # Show the promise together with its time when they are close.
            t = min(near, key=lambda ab: abs(ab[0] - s))
            lo, hi = min(s, t[0]), max(e, t[1])
            out.append(Promise(code, doc[lo].idx, _end(doc, hi), key, ss))
        else:
            kind = key.split(":", 1)[1] if ":" in key else key
            out.append(Promise(code, doc[s].idx, _end(doc, e), kind, ss))
    return _dedupe(ctx, out)


_HELPERS = {"time", "own", "policy", "future", "dl_word"}
_SUBJECT_LEAD = {"a", "an", "the", "any", "such", "this", "that", "these", "those", "our", "my"}


def _negated_after(doc, s: int, e: int, cs: int, ce: int) -> bool:
    """"guaranteed isn't ...", or, for a match that opens its clause, "guarantees like
    that aren't something we give": an auxiliary plus "not" just after the match."""
    if e + 1 < ce and doc[e].lemma_ in _AUX and doc[e + 1].lemma_ == "not":
        return True
    if e + 2 < ce and doc[e].lemma_ in _AUX and doc[e + 1].lemma_ in _AUX and doc[e + 2].lemma_ == "not":
        return True
    if all(doc[i].lower_ in _SUBJECT_LEAD for i in range(cs, s)):
        for i in range(e, min(ce - 1, e + 4)):
            if doc[i].lemma_ in _AUX and doc[i + 1].lemma_ == "not":
                return True
    return False


def _end(doc, token_end: int) -> int:
    last = doc[token_end - 1]
    return last.idx + len(last.text)


def _dedupe(ctx, found: list[Promise]) -> list[Promise]:
    """One finding per code and sentence.

    A specific code (deadline, never-again, scope, third party) wins over the general
    ones in the same sentence, and a guarantee word (PRM001) over a certainty marker
    (PRM006), so one overpromise gives one finding.  Only enabled rules take part, so
    ignoring PRM005 brings back the PRM001 of its sentence.
    """
    enabled = {r.code for r in ctx.config.enabled}
    specific = {p.sent_start for p in found if p.code not in GENERAL | {CODE_POLICY} and p.code in enabled}
    absolute = {p.sent_start for p in found if p.code == CODE_ABSOLUTE and p.code in enabled}
    seen: set[tuple[str, int]] = set()
    out = []
    for p in found:
        if p.code in GENERAL and p.sent_start in specific:
            continue
        if p.code == CODE_CERTAINTY and p.sent_start in absolute:
            continue
        k = (p.code, p.sent_start)
        if k not in seen:
            seen.add(k)
            out.append(p)
    return out
