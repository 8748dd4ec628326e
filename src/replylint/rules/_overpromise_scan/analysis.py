"""The scan of one draft: promise matches (phrases and the clause reader) by sentence of
the new text, cues matched in those sentences, each match judged, one finding per code
and sentence (memoised per draft)."""
from __future__ import annotations

from bisect import bisect_right

from ... import spacy_names as sp
from ...patterns import DocIndex, PhraseSet, longest_per_key, sentence_starts
from .. import NEW_TEXT
from .._promise_reader import read_at
from .judgement import judge
from .lexicon import LEXICON, Compiled, compiled
from .promises import OWN, Promise, dedupe
from .tokens import Columns, word_ids


def analyse(ctx) -> list[Promise]:
    """Every overpromise in the draft's new text, one code each (memoised per draft)."""
    return ctx.memo((LEXICON, "promises"), lambda: _analyse(ctx))[0]


def own_guarantees(ctx) -> list[Promise]:
    """The guarantee words of the new text read as guaranteeing what the writer controls
    (:mod:`.control`: "we guarantee our labour for a year", "I promise I'll bring the
    boards"): not findings, but the model rule (PRM008) leaves their sentences alone."""
    return ctx.memo((LEXICON, "promises"), lambda: _analyse(ctx))[1]


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


def _analyse(ctx) -> tuple[list[Promise], list[Promise]]:
    doc = ctx.doc
    comp = compiled(ctx)
    if not len(doc) or not (comp.plain.phrases or comp.gapped.phrases):
        return [], []
    # Whole-draft gate, on the sets of word ids in the draft (lemmas, lowercase forms):
    # most drafts hold no promise word, and then no phrase set is called at all.
    index = DocIndex.of(doc)
    in_lemmas, in_lowers = index.present

    def holds(anchors: frozenset[int]) -> bool:
        return not (anchors.isdisjoint(in_lemmas) and anchors.isdisjoint(in_lowers))

    matches = comp.plain(doc, greedy_longest=False) if holds(comp.plain_anchors) else []
    if holds(comp.gapped_anchors):
        # After the plain matches, in lexicon list order: the order judge meets
        # matches of the same words in, which decides which finding a sentence keeps.
        matches += sorted(comp.gapped(doc, greedy_longest=False), key=lambda m: comp.rank[m[0]])
    if holds(_FUTURE_MARKERS) and comp.reader is not None:
        matches += _read_clauses(ctx, doc, comp, index)
    if not matches:
        return [], []
    lemmas, lowers = index.columns
    starts = sentence_starts(doc)
    cols = Columns(lemmas, lowers, doc.to_array(sp.IDX).tolist())
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
        return [], []
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
        out.extend(judge(doc, cols, ctx.draft.masked, comp, *bounds, promises, by_key))
    out.sort(key=lambda p: p.start)
    own = [p for p in out if p.code == OWN]
    return dedupe(ctx, [p for p in out if p.code != OWN]), own


# "always" reads a habit as a promise only in the clause reader's narrow cases ("the
# insurer always pays out on claims like this", "the market always bounces back").
# "bound", "certain", "sure" before "to": "the insurer is bound to pay out".
# "your" opens a present-tense outcome: "your sales double within 90 days".
_FUTURE_MARKERS = word_ids({"will", "shall", "going", "gon", "always", "never", "n't", "not", "only", "bound", "certain", "sure",
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
