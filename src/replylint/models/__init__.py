"""Trained sentence classifiers that ship inside the wheel.

Each model is a directory ``replylint/models/<name>/`` written by
``python -m replylint.training``:

* ``model.json``: the architecture block of its training config (a spaCy
  ``textcat_multilabel`` model, e.g. ``spacy.TextCatBOW.v3``), its labels, the corpus
  and training facts the model card quotes;
* ``weights.bin``: the trained Thinc model's bytes.

One spaCy component, ``replylint_classifier`` (registered with ``@Language.factory``
and added with ``nlp.add_pipe`` by :mod:`replylint.pipeline`), runs every shipped model
over every sentence of a Doc and keeps one score per sentence and label, so a rule can
point at the sentence that earned a finding.  Weights are read on the first Doc, not
when the pipeline is built, and nothing is ever downloaded.

Models are trained on lower-cased text, and the component feeds them the Doc's
lower-case column, so they read "FUCK" and "fuck" alike without re-tokenizing.
Bag-of-words models with the same n-gram size share one feature extraction per
sentence: running five models costs little more than running one.

A model whose ``model.json`` says ``"chat_prefix": "dropped"`` was trained on pasted chat
lines without their time and speaker ("[10:42] Priya: "), and is fed a chat line's words
after them (:mod:`replylint.chat_lines`); the others read the whole sentence.
"""
from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy
from .. import spacy_import  # noqa: F401 - first: spaCy without its CLI (see there)
from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..chat_lines import HAS_TIME, message_start

MODELS_DIR = Path(__file__).resolve().parent
SCORES_KEY = "replylint_scores"


def available(models_dir: Path = MODELS_DIR) -> list[str]:
    """Names of the models shipped in ``models_dir`` (directories with a model.json)."""
    if not models_dir.is_dir():
        return []
    return sorted(p.name for p in models_dir.iterdir() if (p / "model.json").is_file() and (p / "weights.bin").is_file())


@dataclass
class SentenceScores:
    """One model label's scores for the sentences of one Doc (character offsets)."""

    starts: list[int]
    ends: list[int]
    scores: list[float]

    def __iter__(self) -> Iterator[tuple[int, int, float]]:
        return iter(zip(self.starts, self.ends, self.scores))

    def at(self, offset: int) -> float | None:
        """The score of the sentence holding ``offset`` (None outside every scored one)."""
        from bisect import bisect_right

        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.ends[i]:
            return self.scores[i]
        return None


def scores_of(doc: Doc, label: str) -> SentenceScores | None:
    """The sentence scores a model label gave ``doc`` (None if no shipped model has it)."""
    return doc.user_data.get(SCORES_KEY, {}).get(label)


class _Rows:
    """What a bag-of-words feature extractor reads of a sentence: ``to_array`` of one
    column.  Slices of the Doc's lower-case column stand in for sentence Docs."""

    __slots__ = ("rows",)

    def __init__(self, rows: numpy.ndarray) -> None:
        self.rows = rows

    def to_array(self, attrs) -> numpy.ndarray:
        return self.rows


_DECODE_HOOK = None


def _unpack(data: bytes):
    """``srsly.msgpack_loads`` with its decoder hooks (numpy arrays) looked up once: the
    stock call looks them up (entry points included) on every call, five times per
    model, which was most of the time a model took to load."""
    global _DECODE_HOOK
    import functools

    from srsly.msgpack import _unpackb, msgpack_decoders

    if _DECODE_HOOK is None:
        hook = None
        for decoder in msgpack_decoders.get_all().values():
            hook = functools.partial(decoder, chain=hook)
        _DECODE_HOOK = hook
    return _unpackb(data, raw=False, use_list=True, object_hook=_DECODE_HOOK)


def load_weights(model, data: bytes) -> None:
    """What ``thinc.Model.from_bytes`` does (names, dims, refs, attrs, params, shims,
    node by node), with every msgpack message decoded through :func:`_unpack`."""
    msg = _unpack(data)
    nodes = list(model.walk())
    if "nodes" not in msg or len(msg["nodes"]) != len(nodes):
        model.from_bytes(data)  # let thinc say what is wrong
        return
    for i, node in enumerate(nodes):
        info = msg["nodes"][i]
        node.name = info["name"]
        for dim, value in info["dims"].items():
            if value is not None:
                node.set_dim(dim, value)
        for ref, ref_index in info["refs"].items():
            node.set_ref(ref, None if ref_index is None else nodes[ref_index])
        for attr, value in msg["attrs"][i].items():
            default = node.attrs.get(attr)
            node.attrs[attr] = value if isinstance(default, bytes) else _unpack(value)
        for name, value in msg["params"][i].items():
            node.set_param(name, None if value is None else node.ops.asarray(value).copy())
        for j, shim_bytes in enumerate(msg["shims"][i]):
            node.shims[j].from_bytes(shim_bytes)


class TrainedModel:
    """One model directory: labels, facts, and the Thinc model (loaded on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
        self.labels: list[str] = list(self.meta["labels"])
        # Trained on chat lines without "[10:42] Priya: " (the corpus dropped it): fed the same.
        self.drops_chat_prefix = self.meta.get("chat_prefix") == "dropped"
        self._model = None
        self._lock = threading.Lock()

    @property
    def model(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    from spacy import registry

                    arch = dict(self.meta["architecture"])
                    arch["nO"] = len(self.labels)
                    model = registry.resolve({"model": arch})["model"]
                    load_weights(model, (self.path / "weights.bin").read_bytes())
                    self._model = model
        return self._model

    def bow_parts(self):
        """(extract_ngrams, linear, output) of a TextCatBOW model, or None for another
        architecture (which is then run whole)."""
        m = self.model
        try:
            inner = m.layers[0].layers[0]
            extract, linear = inner.layers
            output = m.layers[1].layers[0]
        except (IndexError, ValueError, AttributeError):
            return None
        if extract.name != "extract_ngrams" or output.name != "logistic":
            return None
        return extract, linear, output

    def predict_rows(self, rows: list[_Rows]) -> numpy.ndarray:
        return numpy.asarray(self.model.predict(rows))


def chat_prefix_tokens(doc: Doc, idx, is_space, sent_start) -> numpy.ndarray | None:
    """Which tokens are a chat line's time and speaker at the start of a sentence
    ("[10:42] Priya:"), as a boolean array; None when the Doc has none."""
    text = doc.text
    if not HAS_TIME.search(text):
        return None
    n = len(idx)
    drop = numpy.zeros(n, dtype=bool)
    found = False
    for i in numpy.flatnonzero(sent_start == 1).tolist() if n else []:
        while i < n and is_space[i]:
            i += 1
        if i >= n:
            continue
        start = int(idx[i])
        end = message_start(text, start)
        if end == start:
            continue
        j = i
        while j < n and idx[j] < end:
            drop[j] = True
            j += 1
        found = True
    return drop if found else None


def sentence_rows(doc: Doc, drop_chat_prefix: bool = False) -> tuple[list[int], list[int], list[_Rows]]:
    """Character spans and lower-case rows of the Doc's sentences (whitespace dropped,
    and a chat line's time and speaker too when ``drop_chat_prefix``)."""
    if not len(doc):
        return [], [], []
    arr = doc.to_array([LOWER, IS_SPACE, SENT_START])
    idx = doc.to_array("IDX").tolist()
    lengths = doc.to_array("LENGTH").tolist()
    lower = numpy.ascontiguousarray(arr[:, 0])  # 1-D, as Doc.to_array([attr]) gives it
    space = arr[:, 1]
    sent_start = arr[:, 2].astype("int64")
    if len(sent_start):
        sent_start[0] = 1
    if drop_chat_prefix:
        drop = chat_prefix_tokens(doc, idx, space, sent_start)
        if drop is not None:
            space = space.copy()
            space[drop] = 1  # dropped like whitespace
    starts_tok = numpy.flatnonzero(sent_start == 1).tolist()
    if not starts_tok or starts_tok[0] != 0:
        starts_tok = [0] + starts_tok
    bounds = starts_tok + [len(doc)]
    starts: list[int] = []
    ends: list[int] = []
    rows: list[_Rows] = []
    for s, e in zip(bounds, bounds[1:]):
        keep = numpy.flatnonzero(space[s:e] == 0)
        if not len(keep):
            continue
        first, last = s + int(keep[0]), s + int(keep[-1])
        starts.append(idx[first])
        ends.append(idx[last] + lengths[last])
        rows.append(_Rows(lower[s:e][keep] if len(keep) != e - s else lower[s:e]))  # both C-contiguous
    return starts, ends, rows


def has_chat_prefix(doc: Doc) -> bool:
    """Whether a sentence of the Doc opens with a chat line's time and speaker."""
    if not len(doc) or not HAS_TIME.search(doc.text):
        return False
    arr = doc.to_array([IS_SPACE, SENT_START, IDX])
    sent_start = arr[:, 1].astype("int64")
    sent_start[0] = 1
    return chat_prefix_tokens(doc, arr[:, 2], arr[:, 0], sent_start) is not None


def doc_ngrams(doc: Doc, max_n: int, drop_chat_prefix: bool = False):
    """(sentence char starts, char ends, grams) of a Doc; ``grams(n)`` gives the keys of
    every 1..n-gram of lower-case words inside each sentence (whitespace tokens dropped,
    and a chat line's time and speaker too when ``drop_chat_prefix``), grouped by
    sentence, and the number of keys per sentence."""
    if not len(doc):
        return [], [], None
    from thinc.api import NumpyOps

    arr = doc.to_array([LOWER, IS_SPACE, SENT_START, IDX, LENGTH])
    keep = arr[:, 1] == 0
    starts_flag = arr[:, 2].astype("int64") == 1
    starts_flag[0] = True
    if drop_chat_prefix:
        drop = chat_prefix_tokens(doc, arr[:, 3], arr[:, 1], starts_flag.astype("int64"))
        if drop is not None:
            keep &= ~drop
    if not keep.any():
        return [], [], None
    lower = numpy.ascontiguousarray(arr[keep, 0])
    sent_id = numpy.cumsum(starts_flag)[keep]
    change = numpy.empty(len(sent_id), dtype=bool)
    change[0] = True
    numpy.not_equal(sent_id[1:], sent_id[:-1], out=change[1:])
    first = numpy.flatnonzero(change)
    last = numpy.empty(len(first), dtype="int64")
    last[:-1] = first[1:] - 1
    last[-1] = len(lower) - 1
    idx, length = arr[keep, 3].astype("int64"), arr[keep, 4].astype("int64")
    starts = idx[first].tolist()
    ends = (idx[last] + length[last]).tolist()
    # Sentence number 0..k-1 of each kept token.
    local = numpy.cumsum(change) - 1
    ops = NumpyOps()

    def grams(size: int):
        keys, owners = [lower], [local]
        for n in range(2, size + 1):
            if len(lower) < n:
                break
            g = ops.ngrams(n, lower)
            same = local[: len(local) - n + 1] == local[n - 1 :]
            keys.append(numpy.asarray(g)[same])
            owners.append(local[: len(local) - n + 1][same])
        keys_all, owner_all = numpy.concatenate(keys), numpy.concatenate(owners)
        order = numpy.argsort(owner_all, kind="stable")
        return keys_all[order], numpy.bincount(owner_all, minlength=len(first))

    # Kept per size: a Doc with no chat line gives the models that drop chat prefixes
    # the very same n-grams (see SentenceClassifier._score_bow).
    return starts, ends, functools.lru_cache(maxsize=None)(grams)


class SentenceClassifier:
    """The ``replylint_classifier`` component: every model's score for every sentence."""

    def __init__(self, models: list[TrainedModel]) -> None:
        self.models = models

    @property
    def labels(self) -> list[str]:
        return [label for m in self.models for label in m.labels]

    def __call__(self, doc: Doc) -> Doc:
        for _ in self.pipe([doc]):
            pass
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._score(batch)
                batch = []
        if batch:
            yield from self._score(batch)

    def _score(self, docs: list[Doc]) -> list[Doc]:
        if not self.models:
            for doc in docs:
                doc.user_data[SCORES_KEY] = {}
            return docs
        parts = [m.bow_parts() for m in self.models]
        if all(p is not None for p in parts):
            return self._score_bow(docs, parts)
        return self._score_rows(docs)

    def _score_bow(self, docs: list[Doc], parts) -> list[Doc]:
        """Bag-of-words models, vectorised: each doc's n-gram keys are computed once over
        the whole Doc and grouped by sentence (no Python loop per sentence).  The sparse
        linear layer sums weight x count, so giving a repeated n-gram once per occurrence
        scores the same as spaCy's unique-with-counts."""
        sizes = sorted({extract.attrs["ngram_size"] for extract, _, _ in parts})
        for doc in docs:
            doc.user_data[SCORES_KEY] = {}
        # Models that read a chat line without its time and speaker get their own sentences
        # where a Doc has a chat line; elsewhere they share the others' n-grams.
        plain = [doc_ngrams(doc, max(sizes)) for doc in docs]
        for drops in sorted({m.drops_chat_prefix for m in self.models}):
            group = [(m, p) for m, p in zip(self.models, parts) if m.drops_chat_prefix == drops]
            per_doc = plain if not drops else [
                doc_ngrams(doc, max(sizes), True) if has_chat_prefix(doc) else d for doc, d in zip(docs, plain)]
            columns: dict[str, numpy.ndarray] = {}
            n_sents = sum(len(d[0]) for d in per_doc)
            if n_sents:
                for size in sizes:
                    if not any(extract.attrs["ngram_size"] == size for _, (extract, _, _) in group):
                        continue
                    keys, lengths = [], []
                    for starts, _, grams in per_doc:
                        if len(starts):
                            k, ln = grams(size)
                            keys.append(k)
                            lengths.append(ln)
                    batch = (numpy.concatenate(keys), numpy.ones(sum(len(k) for k in keys), dtype="f"),
                             numpy.concatenate(lengths).astype("int32"))
                    for m, (extract, linear, output) in group:
                        if extract.attrs["ngram_size"] != size:
                            continue
                        out = numpy.asarray(output.predict(linear.predict(batch)), dtype="float64").round(4)
                        for j, label in enumerate(m.labels):
                            columns[label] = out[:, j]
            k = 0
            for doc, (starts, ends, _) in zip(docs, per_doc):
                n = len(starts)
                doc.user_data[SCORES_KEY].update(
                    {label: SentenceScores(starts, ends, col[k : k + n].tolist()) for label, col in columns.items()})
                k += n
        return docs

    def _score_rows(self, docs: list[Doc]) -> list[Doc]:
        for doc in docs:
            doc.user_data[SCORES_KEY] = {}
        for drops in sorted({m.drops_chat_prefix for m in self.models}):
            self._score_rows_of(docs, [m for m in self.models if m.drops_chat_prefix == drops], drops)
        return docs

    def _score_rows_of(self, docs: list[Doc], models: list[TrainedModel], drops: bool) -> None:
        per_doc = [sentence_rows(doc, drops) for doc in docs]
        rows = [r for _, _, doc_rows in per_doc for r in doc_rows]
        columns: dict[str, numpy.ndarray] = {}
        if rows and models:
            features: dict[tuple, object] = {}
            for m in models:
                parts = m.bow_parts()
                if parts is None:
                    out = m.predict_rows(rows)
                else:
                    extract, linear, output = parts
                    key = (extract.attrs["ngram_size"],)
                    if key not in features:
                        features[key] = extract.predict(rows)
                    out = numpy.asarray(output.predict(linear.predict(features[key])))
                for j, label in enumerate(m.labels):
                    columns[label] = out[:, j]
        k = 0
        for doc, (starts, ends, doc_rows) in zip(docs, per_doc):
            n = len(doc_rows)
            doc.user_data[SCORES_KEY].update({
                label: SentenceScores(starts, ends, [round(x, 4) for x in col[k : k + n].tolist()]) for label, col in columns.items()
            })
            k += n


_LOADED: dict[tuple[str, ...], list[TrainedModel]] = {}


def load_models(names: Iterable[str] | None = None, models_dir: Path = MODELS_DIR) -> list[TrainedModel]:
    """The shipped models (all by default); metadata is read now, weights on first use."""
    names = tuple(available(models_dir) if names is None else names)
    key = (str(models_dir),) + names
    if key not in _LOADED:
        _LOADED[key] = [TrainedModel(models_dir / n) for n in names]
    return _LOADED[key]


@Language.factory("replylint_classifier", default_config={"models": None})
def make_classifier(nlp: Language, name: str, models: list[str] | None) -> SentenceClassifier:
    return SentenceClassifier(load_models(models))
