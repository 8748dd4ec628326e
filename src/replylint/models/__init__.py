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
"""
from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy
from spacy.attrs import IS_SPACE, LOWER, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

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


class TrainedModel:
    """One model directory: labels, facts, and the Thinc model (loaded on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
        self.labels: list[str] = list(self.meta["labels"])
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
                    model.from_bytes((self.path / "weights.bin").read_bytes())
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


def sentence_rows(doc: Doc) -> tuple[list[int], list[int], list[_Rows]]:
    """Character spans and lower-case rows of the Doc's sentences (whitespace dropped)."""
    if not len(doc):
        return [], [], []
    arr = doc.to_array([LOWER, IS_SPACE, SENT_START])
    idx = doc.to_array("IDX").tolist()
    lengths = doc.to_array("LENGTH").tolist()
    lower = numpy.ascontiguousarray(arr[:, 0])  # 1-D, as Doc.to_array([attr]) gives it
    space = arr[:, 1]
    sent_start = arr[:, 2].astype("int64")
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
        per_doc = [sentence_rows(doc) for doc in docs]
        rows = [r for _, _, doc_rows in per_doc for r in doc_rows]
        columns: dict[str, numpy.ndarray] = {}
        if rows and self.models:
            features: dict[tuple, object] = {}
            for m in self.models:
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
            doc.user_data[SCORES_KEY] = {
                label: SentenceScores(starts, ends, [round(x, 4) for x in col[k : k + n].tolist()]) for label, col in columns.items()
            }
            k += n
        return docs


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
