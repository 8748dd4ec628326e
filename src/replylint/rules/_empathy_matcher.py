"""A faster PhraseSet for lexicons full of alternatives and small gaps.

The empathy lexicon is mostly phrases like ``I|we can _? see _{0,2} why|how``.  spaCy's
``Matcher`` tries every such pattern at every token, which made the empathy rules the
slowest part of a lint.  Here each phrase is cut at its gaps into runs of words; every
run's alternatives and optional words are expanded into plain lemma sequences for one
hash-based ``PhraseMatcher``, and the runs are chained back together in Python, which
only looks at the (few) places where a run matched.  Same phrase syntax, same results
as :class:`replylint.patterns.PhraseSet` (``(key, start, end)``, longest match per key);
anything it cannot plan (a phrase starting with a required gap, say) falls back to a
``PhraseSet``.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable

import numpy as np
from spacy.attrs import LIKE_NUM
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..patterns import PhraseSet, PhraseSyntaxError, _compile_phrase, longest_per_key

MAX_VARIANTS = 400   # expansions of one run of words before falling back to the Matcher
MAX_STAR = 8         # "_*" and "_+" reach this many words
_RANGE = re.compile(r"^\{(\d*),?(\d*)\}$")
NUM = "#num"


def _gap(op: str | None) -> tuple[int, int]:
    if op is None:
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "*":
        return 0, MAX_STAR
    if op == "+":
        return 1, MAX_STAR
    m = _RANGE.match(op)
    if not m:
        raise ValueError(op)
    lo = int(m.group(1) or 0)
    hi = int(m.group(2)) if m.group(2) else (lo if "," not in op else MAX_STAR)
    return lo, hi


class FastPhraseSet:
    def __init__(self, nlp, lemmatize: Callable[[str], str]) -> None:
        self.nlp = nlp
        self._lemma = lemmatize
        self.matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.fallback = PhraseSet(nlp, lemmatize)
        self._fallback_used = False
        # seg id -> list of (offset, lower) exact-form checks
        self._checks: dict[str, list[tuple[int, str]]] = {}
        self._seg_by_sig: dict[tuple, str] = {}
        # plans: (key, [seg, (lo, hi), seg, ...]); a seg is a seg id or NUM
        self.plans: list[tuple[str, list]] = []
        self._uses_num = False
        # first segment id -> plans starting with it, so a doc only visits plans that can match
        self._by_first: dict[str, list[tuple[str, list]]] = {}
        self._sid_of: dict[int, str] = {}  # match id (string hash) -> segment id
        self.phrases: dict[str, list[str]] = {}

    def _tokenize(self, text: str) -> list[str]:
        return self.fallback._tokenize(text)  # one tokenizer cache, shared with the fallback

    # -- compiling -----------------------------------------------------------
    def add(self, key: str, phrases: Iterable[str]) -> None:
        phrases = [p for p in phrases if p and p.strip()]
        for phrase in phrases:
            try:
                tokens = _compile_phrase(phrase, self._tokenize, self._lemma)
            except PhraseSyntaxError as exc:
                raise PhraseSyntaxError(f"lexicon group {key!r}: {exc}") from None
            plans = self._plan(tokens)
            if plans is None:
                self.fallback.add(key, [phrase])
                self._fallback_used = True
            else:
                for plan in plans:
                    self.plans.append((key, plan))
                    for sid in plan[1].split("|"):
                        self._by_first.setdefault(sid, []).append((key, plan))
        if phrases:
            self.phrases.setdefault(key, []).extend(phrases)

    def _plan(self, tokens: list[dict]) -> list[list] | None:
        # Items: ("word", [(attr, value), ...], optional) | ("gap", lo, hi) | ("num", optional)
        items = []
        for tok in tokens:
            keys = set(tok) - {"OP"}
            op = tok.get("OP")
            if not keys:
                try:
                    lo, hi = _gap(op)
                except ValueError:
                    return None
                items.append(("gap", lo, hi))
            elif keys == {"LIKE_NUM"}:
                items.append(("num", op == "?"))
            elif keys <= {"LEMMA", "LOWER"} and len(keys) == 1:
                attr = keys.pop()
                val = tok[attr]
                values = val["IN"] if isinstance(val, dict) else [val]
                items.append(("word", [(attr, v) for v in values], op == "?"))
            else:
                return None
        # Optional words and numbers: one plan per combination (kept small).
        optional = [i for i, it in enumerate(items) if (it[0] == "word" and it[2]) or (it[0] == "num" and it[1])]
        if len(optional) > 4:
            return None
        plans = []
        for keep in itertools.product((True, False), repeat=len(optional)):
            dropped = {i for i, k in zip(optional, keep) if not k}
            plan = self._plan_one([it for i, it in enumerate(items) if i not in dropped])
            if plan is None:
                return None
            if plan:
                plans.append(plan)
        return plans or None

    def _plan_one(self, items: list) -> list | None:
        # Leading and trailing gaps become the first and last entries of the plan:
        # (lo, hi) tokens before the first run and after the last one.
        lead, trail = (0, 0), (0, 0)
        while items and items[0][0] == "gap":
            lead = (lead[0] + items[0][1], lead[1] + items[0][2])
            items = items[1:]
        while items and items[-1][0] == "gap":
            trail = (trail[0] + items[-1][1], trail[1] + items[-1][2])
            items = items[:-1]
        if not items:
            return []
        plan: list = []
        run: list = []
        pending = (0, 0)

        def close() -> bool:
            nonlocal pending
            if not run:
                return True
            seg = self._segment(run)
            if seg is None:
                return False
            if plan:
                plan.append(pending)
            plan.append(seg)
            pending = (0, 0)
            run.clear()
            return True

        for it in items:
            if it[0] == "word":
                run.append(it[1])
                continue
            if not close():
                return None
            if it[0] == "gap":
                pending = (pending[0] + it[1], pending[1] + it[2])
            else:  # a number
                if plan:
                    plan.append(pending)
                plan.append(NUM)
                pending = (0, 0)
                self._uses_num = True
        if not close():
            return None
        return [lead, *plan, trail]

    def _segment(self, run: list[list[tuple[str, str]]]) -> str | None:
        sig = tuple(tuple(sorted(slot)) for slot in run)
        seg = self._seg_by_sig.get(sig)
        if seg is not None:
            return seg
        n = 1
        for slot in run:
            n *= len(slot)
        if n > MAX_VARIANTS:
            return None
        docs = []
        checks_by_variant = []
        for combo in itertools.product(*run):
            lemmas, checks = [], []
            for off, (attr, value) in enumerate(combo):
                if attr == "LOWER":
                    lemma = self._lemma(value) if any(c.isalpha() for c in value) else value
                    checks.append((off, value))
                else:
                    lemma = value
                lemmas.append(lemma)
            docs.append(Doc(self.nlp.vocab, words=lemmas, lemmas=lemmas))
            checks_by_variant.append(checks)
        if any(checks_by_variant):
            # Exact forms: each variant is its own segment so its checks are known.
            ids = []
            for d, checks in zip(docs, checks_by_variant):
                sid = f"emp-seg-{len(self._checks)}"
                self._checks[sid] = checks
                self.matcher.add(sid, [d])
                self._sid_of[self.nlp.vocab.strings.add(sid)] = sid
                ids.append(sid)
            seg = "|".join(ids)
        else:
            seg = f"emp-seg-{len(self._checks)}"
            self._checks[seg] = []
            self.matcher.add(seg, docs)
            self._sid_of[self.nlp.vocab.strings.add(seg)] = seg
        self._seg_by_sig[sig] = seg
        return seg

    # -- matching ------------------------------------------------------------
    def __call__(self, doclike, greedy_longest: bool = True) -> list[tuple[str, int, int]]:
        """Matches in a Doc or a Span of it (offsets are always Doc token indices)."""
        doc = getattr(doclike, "doc", doclike)
        base = doclike.start if doclike is not doc else 0
        sid_of = self._sid_of
        found: dict[str, dict[int, list[int]]] = {}
        for m, s, e in self.matcher(doclike):
            sid = sid_of[m]
            checks = self._checks.get(sid)
            if checks and any(doc[s + off].lower_ != low for off, low in checks):
                continue
            found.setdefault(sid, {}).setdefault(s, []).append(e)
        if self._uses_num:
            if len(doclike):
                # Doc.to_array is a C loop; Span.to_array is not, so slice the Doc's.
                idx = np.flatnonzero(doc.to_array([LIKE_NUM])[base : base + len(doclike)]).tolist()
                if idx:
                    found[NUM] = {base + i: [base + i + 1] for i in idx}
        out: list[tuple[str, int, int]] = []
        lo_bound, hi_bound = base, base + len(doclike)
        for sid, starts in found.items():
            for key, plan in self._by_first.get(sid, ()):
                (lead_lo, lead_hi), (trail_lo, trail_hi) = plan[0], plan[-1]
                for s, ends in starts.items():
                    for e in ends:
                        for end in self._extend(found, plan, 2, e):
                            for st in range(s - lead_lo, max(s - lead_hi, lo_bound) - 1, -1):
                                if st < lo_bound:
                                    break
                                for en in range(end + trail_lo, min(end + trail_hi, hi_bound) + 1):
                                    out.append((key, st, en))
        if self._fallback_used:
            sub = doclike if doclike is doc else doclike.as_doc()
            out.extend((k, base + s, base + e) for k, s, e in self.fallback(sub, greedy_longest=False))
        out = list(set(out))
        return longest_per_key(out) if greedy_longest else out

    @staticmethod
    def _occurrences(found, seg: str) -> dict[int, list[int]]:
        if "|" not in seg:
            return found.get(seg, {})
        merged: dict[int, list[int]] = {}
        for sid in seg.split("|"):
            for s, ends in found.get(sid, {}).items():
                merged.setdefault(s, []).extend(ends)
        return merged

    def _extend(self, found, plan: list, i: int, pos: int):
        if i >= len(plan) - 1:  # the last entry is the trailing gap
            yield pos
            return
        lo, hi = plan[i]
        occ = self._occurrences(found, plan[i + 1])
        if not occ:
            return
        for start in range(pos + lo, pos + hi + 1):
            for e in occ.get(start, ()):
                yield from self._extend(found, plan, i + 2, e)
