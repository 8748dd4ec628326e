"""Build and cache the spaCy ``Language`` replylint lints with.

The default is ``spacy.blank("en")`` plus two components of ours, so nothing is
downloaded and nothing needs a trained model:

* ``replylint_sentences``: sentence starts from punctuation and email layout
  (blank lines, greetings, bullet lines, short unpunctuated lines);
* ``replylint_lemmatizer``: lemmas from :mod:`replylint.lemmatizer`.

``model="en_core_web_sm"`` (or any installed pipeline) loads that instead; its parser
and tagger then give rules dependencies and parts of speech, and our lemmatizer still
sets lemmas so lexicons match the same way with every pipeline.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ConfigError
from .lemmatizer import Lemmatizer, vocabulary_of
from .lexicon import Lexicons

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "e.g", "i.e", "etc", "vs", "approx", "no", "inc", "ltd",
    "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
_BULLETS = {"-", "*", "•", "–", "·"}


@Language.factory("replylint_sentences")
def make_sentences(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return EmailSentencizer()


class EmailSentencizer:
    """Rule-based sentence starts that know how email is laid out."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        n = len(doc)
        if n == 0:
            return doc
        breaks = sorted(doc.user_data.get("replylint_breaks", ()))
        doc[0].is_sent_start = True
        prev = None  # previous non-space token
        for i in range(n):
            tok = doc[i]
            if tok.is_space:
                # Whitespace tokens ("\n\n") never start a sentence; the next word may.
                if i:
                    tok.is_sent_start = False
                continue
            if prev is None:
                tok.is_sent_start = True
                prev = tok
                continue
            prev_end = prev.idx + len(prev)
            gap = text[prev_end : tok.idx]
            start = False
            if "\n" in gap:
                if gap.count("\n") >= 2 or any(prev_end < b <= tok.idx for b in breaks):
                    start = True
                else:
                    # One line break: a new sentence unless the line ran on (hard wrap).
                    line_start = text.rfind("\n", 0, prev.idx) + 1
                    line_len = prev_end - line_start
                    start = (
                        prev.is_punct and prev.text not in ("(", "-", "/", "&")
                        or line_len < 45
                        or tok.text in _BULLETS
                        or tok.like_num and i + 1 < n and doc[i + 1].text in (".", ")")
                    )
            elif prev.text in (".", "!", "?", "…") or prev.text.endswith(("!", "?")):
                before = doc[prev.i - 1].lower_ if prev.i >= 1 else ""
                if prev.text == "." and before in _ABBREVIATIONS:
                    start = False
                else:
                    start = not tok.is_punct or tok.text in _BULLETS
            tok.is_sent_start = start
            prev = tok
        return doc


@Language.factory("replylint_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> "LemmatizerComponent":
    return LemmatizerComponent()


class LemmatizerComponent:
    def __init__(self) -> None:
        self.lemmatizer: Lemmatizer | None = None
        self._ids: dict[int, int] = {}

    def configure(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._ids.clear()

    def __call__(self, doc: Doc) -> Doc:
        lem = self.lemmatizer
        if lem is None:
            return doc
        ids = self._ids
        strings = doc.vocab.strings
        for tok in doc:
            orth = tok.orth
            lemma_id = ids.get(orth)
            if lemma_id is None:
                lemma_id = strings.add(lem(tok.text))
                ids[orth] = lemma_id
            tok.lemma = lemma_id
        return doc


class Pipeline:
    """The Language plus what rules compile against it (matchers, lexicon caches)."""

    def __init__(self, nlp: Language, lemmatizer: Lemmatizer, lexicons: Lexicons, model: str | None) -> None:
        self.nlp = nlp
        self.lemmatize = lemmatizer
        self.lexicons = lexicons
        self.model = model
        self.has_parser = "parser" in nlp.pipe_names
        self.has_tagger = any(p in nlp.pipe_names for p in ("tagger", "morphologizer"))
        self._cache: dict[Any, Any] = {}
        self._lock = threading.Lock()

    def cached(self, key: Any, build: Callable[[], Any]) -> Any:
        """Build a rule's compiled data once per pipeline (matchers, regexes)."""
        try:
            return self._cache[key]
        except KeyError:
            with self._lock:
                if key not in self._cache:
                    self._cache[key] = build()
                return self._cache[key]

    def pipe(self, docs, batch_size: int = 64):
        return self.nlp.pipe(docs, batch_size=batch_size)


_PIPELINES: dict[tuple[str | None, str], Pipeline] = {}


def build_language(model: str | None) -> Language:
    if not model:
        nlp = spacy.blank("en")
    else:
        try:
            nlp = spacy.load(model)
        except OSError:
            raise ConfigError(
                f"replylint: spaCy pipeline {model!r} is not installed (install it, or drop --model to use the built-in one)"
            ) from None
        except Exception as exc:  # a broken package: say which
            raise ConfigError(f"replylint: cannot load spaCy pipeline {model!r} ({exc.__class__.__name__}: {exc})") from None
    # Long pasted threads are fine: we never run memory-hungry components on them.
    nlp.max_length = max(nlp.max_length, 5_000_000)
    if not any(p in nlp.pipe_names for p in ("parser", "senter", "sentencizer")):
        nlp.add_pipe("replylint_sentences")
    nlp.add_pipe("replylint_lemmatizer", last=True)
    return nlp


def get_pipeline(model: str | None, lexicons: Lexicons) -> Pipeline:
    key = (model or None, lexicons.fingerprint)
    pipe = _PIPELINES.get(key)
    if pipe is None:
        nlp = build_language(model)
        english = lexicons.get("english")
        lemmatizer = Lemmatizer(english.get("irregular", {}), english.get("not_inflected", []))
        vocab = set()
        for name in lexicons.names():
            if name != "english":
                vocab |= vocabulary_of(lexicons.get(name))
        lemmatizer.add_vocabulary(vocab | set(english.get("vocabulary", [])))
        nlp.get_pipe("replylint_lemmatizer").configure(lemmatizer)
        pipe = Pipeline(nlp, lemmatizer, lexicons, model)
        _PIPELINES[key] = pipe
    return pipe
