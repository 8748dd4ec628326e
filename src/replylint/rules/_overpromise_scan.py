"""Shared analysis for the overpromise rules (PRM001-PRM007).

Matching (phrases from ``lexicons/overpromise.toml``) is gated so that it stays cheap,
on sets of word ids before any matcher runs (most drafts hold no promise word at all):

* promise phrases sit in two phrase sets, the plain ones (no gaps, alternatives or
  exact forms) and the others; each runs once on the whole draft, only when the draft
  holds a required word of one of its phrases, and a match counts when it lies inside
  one sentence of the new text;
* cues, times and policies are matched only in sentences that hold a promise (one
  phrase set, one call per draft).

Each promise match is then judged on its own, in its clause:

* negated ("we can't guarantee"): a negation cue in the few words before the match,
  inside its clause (clause punctuation and "but" stop the look-back, so in
  "I can't promise Monday, but we guarantee Tuesday" only Tuesday's guarantee counts),
  or "guarantees like that aren't ..." just after it;
* hedged ("we expect", "should", "hopefully", "all being well, ..."): a hedge in the
  clause or the clause before it;
* conditional ("if the courier collects today, it will arrive ..."): a condition in
  the clause, or in the clause before it (not past a "but");
* taken back later in the sentence ("..., though the decision rests with the embassy");
* a question, a phrase inside quotation marks, or a reported/past promise
  ("as promised", "you were promised");
* a named company policy ("our money-back guarantee") turns a guarantee into PRM007.

A certainty word next to a time becomes PRM002; one finding per code and sentence,
the specific codes winning over PRM001/PRM006.  The result is computed once per draft
(``ctx.memo``) and every PRM rule picks its own code from it.  Nothing here stores or
logs draft text.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


from .. import spacy_names as sp
from ..errors import ConfigError
from ..strhash import hash_string
from ..patterns import (
    DocIndex, PhraseSet, PhraseSyntaxError, _compile_phrase, _simple_lemmas, expand_alternatives, longest_per_key,
    sentence_starts,
)
from ..patterns import PhraseSet as _PhraseSet
from . import NEW_TEXT
from ._promise_reader import TABLE as READER_TABLE, ReaderWords, read_at, reader_words

LEXICON = "overpromise"

# (lexicon table, list) -> matcher key.  Third-party outcomes keep their sub-group.
_SIMPLE = {
    ("absolute", "phrases"): "abs",
    ("absolute", "standalone"): "abs_tail",
    ("absolute", "not_promise"): "c:notabs",
    ("absolute", "vouching"): "abs_vouch",
    ("certainty", "vouching"): "cert_vouch",
    ("certainty", "invariance"): "cert_inv",
    ("certainty", "soft_tail"): "cert_soft",
    ("certainty", "emphatic_tail"): "cert_emph",
    ("deadline", "certainty"): "dl_cert",
    ("deadline", "times"): "time",
    ("deadline", "own_actions"): "own",
    ("deadline", "future"): "future",
    ("deadline", "deadline_words"): "dl_word",
    ("never_again", "phrases"): "never",
    ("never_again", "not_problem"): "c:notnever",
    ("unlimited", "scope"): "unl:scope",
    ("unlimited", "price"): "unl:price",
    ("certainty", "phrases"): "cert",
    ("certainty", "standalone"): "cert_tail",
    ("policy", "phrases"): "policy",
    ("cues", "negation"): "c:neg",
    ("cues", "not_negation"): "c:notneg",
    ("cues", "hedge"): "c:hedge",
    ("cues", "not_hedge"): "c:nothedge",
    ("cues", "inner_hedge"): "c:innerhedge",
    ("cues", "conditional"): "c:cond",
    ("cues", "disclaimer"): "c:disc",
    ("cues", "not_conditional"): "c:notcond",
    ("cues", "reported"): "c:rep",
    ("cues", "attributed"): "c:attr",
    ("cues", "terms"): "c:terms",
}


def _ids(words: set[str]) -> frozenset[int]:
    """Word ids (spaCy string hashes), to test against the draft's lemma and lowercase columns."""
    return frozenset(map(hash_string, words))


# Sentence-level "contrast" words: a condition before them does not reach past them.
_CONTRAST = _ids({"but", "however", "although", "though", "whereas", "yet"})
_QUOTES = ('"', "“", "”", "«", "»")


def inside_quotation(text: str, at: int, para_from: int | None = None) -> bool:
    """Whether ``at`` lies inside double quotation marks opened earlier in its paragraph
    (the one holding ``para_from``, default ``at``): counted from the start of the
    paragraph, as a quoted passage may run over several sentences ("... found the
    following language: "A pipeline may file ... The Commission will readily grant
    requests ...")."""
    para_start = max(0, text.rfind("\n\n", 0, at if para_from is None else para_from) + 1)
    return sum(text.count(q, para_start, at) for q in _QUOTES) % 2 == 1
# Verbs that, right after a match, negate it: "guarantee is not", "guaranteed isn't".
_AUX = _ids({"be", "can", "will", "do", "would", "could", "should", "have"})
_NOT, _BE = hash_string("not"), hash_string("be")
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
    # Plain promise phrases (no gaps, alternatives or exact forms), matched on the
    # whole draft, and one required word id of each: a draft with none of these
    # cannot match any of them.
    plain: PhraseSet
    plain_anchors: frozenset[int]
    # The other promise phrases (gaps, alternatives, exact forms), also matched on the
    # whole draft, and one required word id of each (a phrase without any word is
    # never matched).
    gapped: PhraseSet
    gapped_anchors: frozenset[int]
    # Matcher key -> its lexicon list's place: of two keys matching the same words,
    # the earlier list's match is judged first.
    rank: dict[str, int]
    # Cues, times, policies: matched only in sentences that hold a promise.
    helpers: PhraseSet
    # Clause punctuation and conjunctions, as lowercase ids.
    breaks: frozenset[int]
    # The words the clause reader fills its slots with (``[reader]``).
    reader: ReaderWords | None = None


# Words too common to decide whether a draft is worth matching.
_COMMON = {
    "will", "'ll", "be", "'s", "'m", "'re", "i", "we", "you", "he", "she", "they", "it",
    "the", "a", "an", "not", "n't", "no", "can", "could", "would", "shall", "by", "on",
    "in", "of", "to", "for", "at", "that", "this", "and", "have", "do", "your", "our",
    "my", "any", "every", "there", "all", "as", "so", "with", "from", "until", "before",
    "within", "inside", "get", "go", "-", ",", ".", "'", "good", "up", "down", "through",
    "into", "which", "where", "what", "who", "set", "just", "need", "want", "like", "take",
    "give", "tell", "come", "make", "home", "first", "number", "run", "work",     "full", "way", "day", "time", "now", "out", "over", "under", "below", "back", "more",
    "about", "after", "then", "than", "also", "very", "only", "well", "new", "one", "see",
    "know", "let", "ask", "thing", "off", "here", "other", "some", "when", "how",
    "hold", "keep", "stay", "pass", "much", "many", "last", "next", "free", "right",
    "done", "sort", "hotel", "data", "release", "page", "top", "post",     "fix", "call", "send", "check", "end", "best", "open", "ever",
}


def _required_tokens(tokens: list[dict]):
    """(attribute, values) of every word a compiled phrase cannot do without."""
    for tok in tokens:
        op = tok.get("OP")
        if op in ("?", "*") or (op and op.startswith("{0")):
            continue
        for attr in ("LEMMA", "LOWER"):
            if attr in tok:
                value = tok[attr]
                yield attr, (list(value["IN"]) if isinstance(value, dict) else [value])


def _anchor(tokens: list[dict]) -> tuple[str, list[str]] | None:
    """The most telling required token of a compiled phrase: (attribute, values)."""
    best, best_score = None, None
    for attr, values in _required_tokens(tokens):
        score = (sum(v in _COMMON for v in values) / len(values), len(values))
        if best_score is None or score < best_score:
            best, best_score = (attr, values), score
    return best


def _lists(table, where: str) -> list[tuple[str, list[str]]]:
    if not isinstance(table, dict):
        raise ConfigError(f"lexicon {LEXICON}: [{where}] must be a table of phrase lists")
    out = []
    for name, value in table.items():
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"lexicon {LEXICON}: {where}.{name} must be a list of strings")
        out.append((name, value))
    return out


_PROMISE_KEYS = {"abs", "abs_tail", "dl_cert", "never", "unl:scope", "unl:price", "cert", "cert_tail",
                 "abs_vouch", "cert_vouch", "cert_inv", "cert_soft", "cert_emph"}
# Keys judged by what their sentence says (``_vouches_for``), then read as the plain key.
_VOUCHING = {"abs_vouch": "abs", "cert_vouch": "cert", "cert_inv": "cert", "cert_soft": "cert_tail",
             "cert_emph": "cert_tail"}


def compiled(ctx) -> Compiled:
    def build() -> Compiled:
        nlp, lemmatize = ctx.pipeline.nlp, ctx.pipeline.lemmatize
        strings = nlp.vocab.strings
        tok_cache: dict[str, list[str]] = {}

        def PhraseSet(nlp, lemmatize):  # noqa: N802 - every set shares one tokenizer cache
            ps = _PhraseSet(nlp, lemmatize)
            ps._tok_cache = tok_cache
            return ps

        tokenizer = PhraseSet(nlp, lemmatize)._tokenize

        def compile_list(key: str, phrases: list[str]):
            """(phrase, compiled tokens) for each phrase; a bad one is a one-line config error."""
            out = []
            for phrase in phrases:
                if not phrase or not phrase.strip():
                    continue
                try:
                    out.extend((variant, _compile_phrase(variant, tokenizer, lemmatize))
                               for variant in expand_alternatives(phrase, tokenizer))
                except PhraseSyntaxError as exc:
                    raise PhraseSyntaxError(f"lexicon group {key!r}: {exc}") from None
            return out

        lex = ctx.lexicons.get(LEXICON)
        helpers = PhraseSet(nlp, lemmatize)
        plain = PhraseSet(nlp, lemmatize)
        plain_anchors: set[int] = set()
        gapped = PhraseSet(nlp, lemmatize)
        gapped_anchors: set[int] = set()
        rank: dict[str, int] = {}
        breaks: set[str] = set()
        for table_name, table in lex.items():
            if table_name == READER_TABLE:
                continue  # read by the clause reader (reader_words below)
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
                if key not in _PROMISE_KEYS and not key.startswith("tp:"):
                    helpers.add(key, phrases)  # cues, times and policies
                    continue
                rank.setdefault(key, len(rank))
                for phrase, tokens in compile_list(key, phrases):
                    anchor = _anchor(tokens)
                    if _simple_lemmas(tokens) is not None:
                        plain.add(key, [phrase])
                        plain_anchors.update(strings.add(v) for v in anchor[1])
                    elif anchor is not None:
                        gapped.add(key, [phrase])
                        gapped_anchors.update(strings.add(v) for v in anchor[1])
        reader = reader_words(lex)
        rank.setdefault("reader", len(rank))
        return Compiled(plain, frozenset(plain_anchors), gapped, frozenset(gapped_anchors), rank,
                        helpers, frozenset(strings.add(b) for b in breaks), reader)

    return ctx.compiled((LEXICON, "scan"), build)


def _covered(spans: list[tuple[int, int]], n: int) -> bytearray:
    mask = bytearray(n)
    for s, e in spans:
        mask[s:e] = b"\x01" * (e - s)
    return mask


def analyse(ctx) -> list[Promise]:
    """Every overpromise in the draft's new text, one code each (memoised per draft)."""
    return ctx.memo((LEXICON, "promises"), lambda: _analyse(ctx))


Bounds = tuple[int, int]  # a sentence's first token and the token after its last


def _in_sentences(ps: PhraseSet, doc, sentences: list[Bounds]) -> dict[Bounds, list[tuple[str, int, int]]]:
    """Every match of ``ps`` (no longest-match filter) that lies inside one of the
    ``sentences`` (sorted), by sentence: one matcher call over the stretch they cover."""
    starts = [ss for ss, _ in sentences]
    out: dict[Bounds, list[tuple[str, int, int]]] = {}
    for key, s, e in ps.in_span(doc[starts[0] : sentences[-1][1]], greedy_longest=False):
        bounds = sentences[bisect_right(starts, s) - 1]
        if e <= bounds[1]:
            out.setdefault(bounds, []).append((key, s, e))
    return out


@dataclass
class _Columns:
    """The draft's tokens as id columns: lemma and lowercase form, character offset."""

    lemma: list[int]
    lower: list[int]
    idx: list[int]


def _analyse(ctx) -> list[Promise]:
    doc = ctx.doc
    comp = compiled(ctx)
    if not len(doc) or not (comp.plain.phrases or comp.gapped.phrases):
        return []
    # Whole-draft gate, on the sets of word ids in the draft (lemmas, lowercase forms):
    # most drafts hold no promise word, and then no phrase set is called at all.
    index = DocIndex.of(doc)
    in_lemmas, in_lowers = index.present

    def holds(anchors: frozenset[int]) -> bool:
        return not (anchors.isdisjoint(in_lemmas) and anchors.isdisjoint(in_lowers))

    matches = comp.plain(doc, greedy_longest=False) if holds(comp.plain_anchors) else []
    if holds(comp.gapped_anchors):
        # After the plain matches, in lexicon list order: the order _judge meets
        # matches of the same words in, which decides which finding a sentence keeps.
        matches += sorted(comp.gapped(doc, greedy_longest=False), key=lambda m: comp.rank[m[0]])
    if holds(_FUTURE_MARKERS) and comp.reader is not None:
        matches += _read_clauses(ctx, doc, comp, index)
    if not matches:
        return []
    lemmas, lowers = index.columns
    starts = sentence_starts(doc)
    cols = _Columns(lemmas, lowers, doc.to_array(sp.IDX).tolist())
    idx = cols.idx
    n = len(lemmas)
    # Promise matches by sentence, those inside one sentence of new text.  The
    # sentencizer starts a sentence at every part boundary, so a sentence is new text
    # or not as a whole, and any word of it tells.
    candidates: dict[Bounds, list[tuple[str, int, int]]] = {}
    for key, s, e in matches:
        k = bisect_right(starts, s) - 1
        bounds = starts[k], (starts[k + 1] if k + 1 < len(starts) else n)
        if e <= bounds[1] and ctx.in_parts(idx[s], NEW_TEXT):
            candidates.setdefault(bounds, []).append((key, s, e))
    judged = list(candidates)
    if not judged:
        return []
    # Cues, times and policies, in the sentences that hold a promise.
    helper_matches = _in_sentences(comp.helpers, doc, sorted(judged)) if comp.helpers.phrases else {}
    out: list[Promise] = []
    for bounds in judged:
        # Every match is judged on its own: of "it'll run flawlessly" and "flawlessly
        # for as long as you own it", the first reads "as long as" as a condition,
        # the second does not.  One finding per code and sentence remains.
        promises = sorted(candidates[bounds], key=lambda x: (x[1], -(x[2] - x[1])))
        by_key: dict[str, list[tuple[int, int]]] = {}
        for k, a, b in longest_per_key(helper_matches.get(bounds, [])):
            by_key.setdefault(k, []).append((a, b))
        out.extend(_judge(doc, cols, ctx.draft.masked, comp, *bounds, promises, by_key))
    out.sort(key=lambda p: p.start)
    return _dedupe(ctx, out)


# "always" reads a habit as a promise only in the clause reader's narrow cases ("the
# insurer always pays out on claims like this", "the market always bounces back").
# "bound", "certain", "sure" before "to": "the insurer is bound to pay out".
# "your" opens a present-tense outcome: "your sales double within 90 days".
_FUTURE_MARKERS = _ids({"will", "shall", "going", "gon", "always", "never", "n't", "not", "only", "bound", "certain", "sure",
                        "your"})


def _read_clauses(ctx, doc, comp: Compiled, index) -> list[tuple[str, int, int]]:
    """Promise candidates read from the shape of a clause (:mod:`._promise_reader`),
    in the new text; they are judged like phrase matches."""
    starts = sentence_starts(doc)
    n = len(doc)
    in_lemmas, in_lowers = index.present
    # Only the future markers' positions (most tokens of a long draft are not).
    positions: set[int] = set()
    for h in _FUTURE_MARKERS:
        if h in in_lemmas:
            positions.update(index.positions(0, h))
        if h in in_lowers:
            positions.update(index.positions(1, h))
    out = []
    for i in sorted(positions):
        tok = doc[i]
        k = bisect_right(starts, i) - 1
        ss, se = starts[k], (starts[k + 1] if k + 1 < len(starts) else n)
        if not ctx.in_parts(tok.idx, NEW_TEXT):
            continue
        found = read_at(doc, comp.reader, i, ss, se, comp.breaks)
        if found is not None:
            out.append(found)
    return out


def _judge(doc, cols: _Columns, text: str, comp: Compiled, ss: int, se: int, candidates, by_key) -> list[Promise]:
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
    hedges = [(s, e) for s, e in by_key.get("c:hedge", []) if not any(promise_mask[s:e]) and not any(nothedge[s:e])]
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
                out.append(Promise(CODE_POLICY, idx[span[0]], _end(doc, span[1]), "policy", ss))
            continue
        # "You won't see the charge again": the writer stopped it, no problem comes back;
        # "the deposit can't be returned": a refusal, not a failure that won't return.
        if key == "never" and (_passive_return(doc, s, e) or (
                overlaps(not_problem, s, e) and not _names_problem(doc, comp, s, e))):
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
        if own_action and key in ("abs", "abs_tail", "cert", "cert_tail"):
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
            out.append(Promise(code, idx[lo], _end(doc, hi), key, ss))
        else:
            kind = key.split(":", 1)[1] if ":" in key else key
            out.append(Promise(code, idx[s], _end(doc, e), kind, ss))
    return out


# Third-party decisions where a negation inside the phrase means a refusal or terms.
_NEGATABLE = {"tp:approval", "tp:authority", "tp:legal", "tp:insurer", "tp:carrier"}
_SUBJECT_LEAD = _ids({"a", "an", "the", "any", "such", "this", "that", "these", "those", "our", "my"})
# A match with its own subject or object: "I/we ... assure", "... assure you/us/me".
_OWN_SUBJECT = _ids({"i", "we"})
_OWN_OBJECT = _ids({"you", "us", "me"})


# "Yes, 100%" / "Yep 100% ...": agreement words before a standalone assurance.
_AGREEMENT = _ids({"yes", "yep", "yeah", "yup", "honestly", "seriously", "absolutely", "totally", "oh"})
_CLAUSE_SUBJECTS = _ids({"i", "we", "you", "they", "he", "she", "it", "this", "that", "the", "your", "our", "their", "my"})
_FUTURE = _ids({"will", "'ll", "wo", "gonna"})


def _opens_promise(cols: _Columns, e: int, se: int) -> bool:
    """"100% it'll be fixed by then": a clause with a future "will" right after the assurance."""
    lower = cols.lower
    if lower[e] not in _CLAUSE_SUBJECTS:
        return False
    return any(lower[i] in _FUTURE for i in range(e + 1, min(se, e + 5)))


_GUARANTEED, _BY, _PROMISE = hash_string("guaranteed"), hash_string("by"), hash_string("promise")
_DETERMINERS = _ids({"the", "its", "their", "a", "an", "our", "his", "her"})


def _guarantor(doc, lower: list[int], s: int, e: int, se: int, times) -> bool:
    """"a member guaranteed by SMW Trading Company": a named guarantor stands behind an
    obligation (a financial guarantee, not a promise of an outcome).  "Guaranteed by
    Friday" is a deadline: a name that is part of a time is not a guarantor."""
    if e - s != 1 or lower[s] != _GUARANTEED or e + 1 >= se or lower[e] != _BY:
        return False
    k = e + 1
    while k < se - 1 and lower[k] in _DETERMINERS:
        k += 1
    tok = doc[k]
    if not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    return not any(a <= e < b or a <= k < b for a, b in times)


_YOU = _ids({"you", "ya", "u"})
_COMMA_AND = _ids({",", "and", "&"})
_MARKS_FUTURE = _ids({"will", "'ll", "wo", "shall", "gonna", "going"})


def _promise_of_outcome(doc, cols: _Columns, s: int, e: int, se: int, times) -> bool:
    """Whether a bare "promise" promises an outcome to the reader.

    * "..., promise that when I see him I'll ...": a verb in a narrative sequence (after
      a comma or "and", with no "you" after it) is a story, not a promise to the reader;
    * "I promise this isn't about me", "I promise you, if you can predict that, you should
      ...": what is promised says how things are, with no future and no time in it; an
      assurance of sincerity, not a guarantee of an outcome.  "I can promise you that"
      at the end of a sentence points back at the claim before it and stays a promise.
    """
    lower = cols.lower
    if s > 0 and lower[s - 1] in _COMMA_AND and not (e < se and lower[e] in _YOU):
        return False
    k = e
    while k < se and (lower[k] in _YOU or doc[k].is_punct or doc[k].is_space):
        k += 1
    rest = [i for i in range(k, se) if not (doc[i].is_punct or doc[i].is_space)]
    if len(rest) <= 1:
        return True  # "I promise.", "I promise you that.": about the sentence before
    if any(lower[i] in _MARKS_FUTURE for i in rest):
        return True
    return any(k <= a < se for a, _ in times)


_SWEAR = hash_string("swear")
_SETTLED = _ids({"fixed", "definite", "guaranteed", "locked", "nailed"})
_PREPOSITIONS = _ids({"from", "of", "on", "since", "in", "for", "until", "till", "by", "after", "before", "about",
                      "over", "during", "at"})
_WORDED = {"abs", "cert"}
_PROMISE_WORDS = _ids({"promise", "guarantee", "assure", "swear"})


def _own_promise(cols: _Columns, s: int, e: int, cs: int) -> bool:
    """"I promise you", "we guarantee", "I can assure you": a promise word in the match
    with the writer as its subject ("I" or "we" at most two words before it)."""
    lemma, lower = cols.lemma, cols.lower
    at = next((i for i in range(s, e) if lemma[i] in _PROMISE_WORDS), None)
    return at is not None and any(lower[i] in _OWN_SUBJECT for i in range(max(cs, at - 2), at))


def _participle(tok) -> bool:
    """"approved", "sent", "delivered": a past participle (by its form: the lemmatizer
    gives "approve" for "approved")."""
    low = tok.lower_
    return tok.is_alpha and low != tok.lemma_ and not low.endswith(("s", "ing"))


# Futures read in a sentence: "will", "'ll", "gonna", "going to", "shall".
_FUTURE_WORDS = _ids({"will", "'ll", "’ll", "wo", "shall", "gonna"})
_PAST_WORDS = _ids({"was", "were", "did", "had", "'d", "'ve", "been", "yesterday", "ago", "last"})
_WRITER_SUBJECTS = _ids({"i", "we"})
# The reader's own reaction ("I'm certain you'll find the guide useful", "no doubt you'll
# have questions"): a presumption about the reader, not a promise of an outcome.
_RECEPTION = _ids({"find", "love", "like", "enjoy", "appreciate", "agree", "understand", "know", "see", "hear",
                   "notice", "remember", "recall", "wonder", "want", "need", "recognise", "recognize"})
_QUERIES = _ids({"questions", "question", "queries", "thoughts", "comments", "concerns", "ideas"})
_PROGRESSIVE = _ids({"arriving", "coming", "landing", "shipping", "happening", "leaving", "clearing", "completing",
                     "delivering", "dispatching", "going", "launching", "closing", "going-live"})


def _future_in(doc, cols: _Columns, lo: int, hi: int) -> int | None:
    """The first future marker in [lo, hi) ("will", "'ll", "gonna", "going to"), else None."""
    lower = cols.lower
    for i in range(lo, hi):
        if lower[i] in _FUTURE_WORDS or (lower[i] == _GOING and i + 1 < hi and lower[i + 1] == _TO):
            return i
        if doc[i].lemma_ == "will" and doc[i].lower_ != "willing":
            return i
    return None


def _reception(doc, cols: _Columns, f: int, se: int) -> bool:
    """A future of the reader's own reaction: "you'll find", "you'll have questions"."""
    lower = cols.lower
    if f - 1 < 0 or lower[f - 1] not in _YOU:
        return False
    v = f + 1
    while v < se and doc[v].lower_ in ("probably", "definitely", "certainly", "surely", "also", "really"):
        v += 1
    if v >= se:
        return False
    if cols.lemma[v] in _RECEPTION:
        return True
    return doc[v].lemma_ == "have" and any(lower[t] in _QUERIES for t in range(v + 1, min(se, v + 4)))


def _vouches_for(doc, cols: _Columns, key: str, s: int, e: int, ss: int, se: int, times, breaks) -> bool:
    """Whether an assurance vouches for an outcome in its sentence.

    * a past ("I'm certain I sent it on Monday", "trust me, I've been through it") or
      the reader's own reaction ("I'm certain you'll find it useful") is not an outcome;
    * an invariance ("rain or shine") or a bare assurance ("rest assured", "100% sure")
      needs a future, a time or a progressive in its sentence ("rest assured we have your
      file" is the writer's present state; "rain or shine, the office is open" a fact);
    * a casual closing ("no sweat", "no bother") needs a future before it whose subject
      is not the writer ("I'll send it over, no bother" is a favour of the writer's) and
      not a "be" right before it ("it'll be no bother" is politeness)."""
    lower = cols.lower
    outside = [i for i in range(ss, se) if not (s <= i < e)]
    f = _future_in(doc, cols, ss, s) if key == "cert_soft" else next(
        (i for i in outside if _future_in(doc, cols, i, i + 1) is not None), None)
    if f is not None and _reception(doc, cols, f, se):
        return False
    if f is None and any(lower[i] in _PAST_WORDS or (_participle(doc[i]) and doc[i].lower_.endswith("ed")
                                                      and not (i > ss and cols.lemma[i - 1] == _BE))
                         or (doc[i].is_alpha and doc[i].lower_ != doc[i].lemma_ and doc[i].lemma_ in _IRREGULAR_PAST
                             and doc[i].lower_ not in _PRESENT_FORMS)
                         for i in outside):
        return False
    if key == "cert_vouch":
        # "hand on heart, I'm sorry", "trust me, I've been there": the writer's own state
        nxt = next((i for i in range(e, se) if not (doc[i].is_punct or doc[i].is_space)), None)
        return not (f is None and nxt is not None and lower[nxt] in _WRITER_SUBJECTS)
    if key == "cert_soft":
        if f is None or (f > ss and lower[f - 1] in _WRITER_SUBJECTS):
            return False
        prv = lower[s - 1] if s > ss else None
        return not (prv is not None and (cols.lemma[s - 1] == _BE or prv in _FUTURE_WORDS))
    return f is not None or any(ss <= a and b <= se for a, b in times) or any(lower[i] in _PROGRESSIVE for i in outside)


_GOING, _TO = hash_string("going"), hash_string("to")
_AND = hash_string("and")
# "it's nailed on": the lemmatizer leaves a contracted "'s" as it is (it may be a possessive).
_BE_FORMS = _ids({"'s", "’s", "is", "are", "'re", "’re", "was", "were"})
_IRREGULAR_PAST = {"send", "go", "come", "leave", "get", "pay", "make", "take", "give", "tell", "say", "see", "put",
                   "buy", "bring", "think", "find", "know", "do", "be", "have", "run", "write", "speak", "lose"}
_PRESENT_FORMS = {"is", "are", "am", "'s", "'re", "'m", "does", "has", "gets", "goes", "comes", "makes", "takes",
                  "gives", "says", "sees", "puts", "runs", "knows", "finds", "thinks", "brings", "writes", "sends"}


def _swears_to_outcome(doc, cols: _Columns, s: int, e: int, se: int, times) -> bool:
    """Whether "I swear" vouches for an outcome: it closes the sentence ("it'll be there
    Friday, I swear") or what follows has a future or a time ("I swear it'll be fixed
    tonight"); "I swear this guy never reads his mail" is exasperation."""
    lower = cols.lower
    rest = [i for i in range(e, se) if not (doc[i].is_punct or doc[i].is_space)]
    if len(rest) <= 1:
        return True
    if any(lower[i] in _MARKS_FUTURE for i in rest):
        return True
    return any(e <= a < se for a, _ in times)


def _names_problem(doc, comp: Compiled, s: int, e: int) -> bool:
    """Whether a match names a problem ("this error message") beside a word of
    ``not_problem`` ("message")."""
    problems = comp.reader.problems if comp.reader is not None else frozenset()
    return any(doc[i].lower_ in problems or doc[i].lemma_ in problems for i in range(s, e))


def _passive_return(doc, s: int, e: int) -> bool:
    """"can't be returned", "won't be returned": the passive of "return" gives something
    back (a refusal), unlike "the fault won't return"."""
    last = doc[e - 1]
    return last.lemma_ == "return" and last.lower_ != "return" and e - 2 >= s and doc[e - 2].lemma_ == "be"


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


def _negated_after(cols: _Columns, s: int, e: int, cs: int, ce: int) -> bool:
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
