"""Build and cache the spaCy ``Language`` replylint lints with.

The default is ``spacy.blank("en")`` plus two components of ours, so nothing is
downloaded and nothing needs a trained model:

* ``replylint_sentences``: sentence starts from punctuation and email layout
  (blank lines, greetings, bullet lines, short unpunctuated lines);
* ``replylint_lemmatizer``: lemmas from :mod:`replylint.lemmatizer`.
* ``replylint_classifier``: the trained sentence classifiers shipped in the wheel
  (:mod:`replylint.models`), one score per sentence and label; weights load on the
  first Doc.

``model="en_core_web_sm"`` (or any installed pipeline) loads that instead; its parser
and tagger then give rules dependencies and parts of speech, and our lemmatizer still
sets lemmas so lexicons match the same way with every pipeline.
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_left
from typing import Any, Callable

import numpy
from . import spacy_import  # noqa: F401 - first: spaCy without its CLI (see there)
import spacy
from spacy.attrs import IDX, IS_SPACE, LEMMA, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .chat_lines import CHAT_LINE
from .errors import ConfigError
from .lemmatizer import Lemmatizer, vocabulary_of
from .lexicon import Lexicons
from .models import available as available_models

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "e.g", "i.e", "etc", "vs", "approx", "no", "inc", "ltd",
    "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
_BULLETS = {"-", "*", "•", "–", "·"}


@Language.factory("replylint_sentences")
def make_sentences(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return EmailSentencizer()


class EmailSentencizer:
    """Rule-based sentence starts that know how email is laid out.

    Works on the text with regexes and writes all starts at once with ``from_array``:
    setting ``Token.is_sent_start`` one token at a time costs more than tokenizing.
    """

    # A sentence ends at . ! ? (or …) and the next word starts after whitespace.
    _END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*[ \t]+(?=[^\s.,;:!?)\]])")

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        # Doc.text re-joins every token; the engine hands us the text it tokenized.
        text = doc.user_data.get("replylint_text") or doc.text
        starts = set(doc.user_data.get("replylint_breaks", ()))
        starts.add(0)
        rfind = text.rfind
        for m in self._END.finditer(text):
            end = m.start()
            word_start = max(rfind(" ", 0, end), rfind("\n", 0, end)) + 1
            word = text[word_start:end].rstrip(".!?…\"'”’)]").lower()
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            if len(word) <= 2 and word.isdigit() and (word_start == 0 or text[word_start - 1] == "\n"):
                continue  # "1. " opening a line numbers a list item
            starts.add(m.end())
        # Each line break, decided by the line before it and the line after it.
        lines = text.split("\n")
        offset = 0
        for k in range(len(lines) - 1):
            line = lines[k].rstrip()
            offset += len(lines[k]) + 1
            after = lines[k + 1].lstrip(" \t")
            if not after:
                continue  # a blank line (or the end) comes next: the next line decides
            nxt = offset + len(lines[k + 1]) - len(after)
            if (
                not line  # after a blank line
                or (not line[-1].isalnum() and line[-1] not in "(-/&")
                or len(line) < 45
                or after[0] in _BULLETS
                or _NUMBERED.match(text, nxt)
                or _CHAT_LINE.match(text, nxt)
            ):
                starts.add(nxt)
        arr = doc.to_array([IDX, IS_SPACE])
        idx, space = arr[:, 0].tolist(), arr[:, 1].tolist()
        sent = [-1] * n
        sent[0] = 1
        for offset in starts:
            i = bisect_left(idx, offset)
            if i < n:
                # Whitespace tokens never start a sentence: pass the start on to the next word.
                while space[i] and i + 1 < n:
                    i += 1
                if not space[i]:
                    sent[i] = 1
        doc.from_array([SENT_START], numpy.array(sent, dtype="int64").reshape(-1, 1).astype("uint64"))
        return doc


_NUMBERED = re.compile(r"\d{1,2}[.)]\s")
# A pasted chat line (chat_lines.CHAT_LINE: "[14:02] Liam:", "[07/11/2026, 10:14] Kofi Mensah:",
# "10:42 Sam:", "07/11/2026, 10:14 - Kofi:") is its own sentence, however long the line
# before it: a remark in one chat line must not be read together with the next speaker's reply.
_CHAT_LINE = CHAT_LINE


@Language.factory("replylint_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> "LemmatizerComponent":
    return LemmatizerComponent()


class LemmatizerComponent:
    def __init__(self) -> None:
        self.lemmatizer: Lemmatizer | None = None
        self._ids: dict[int, int] = {}     # ORTH -> LEMMA
        self._lowers: dict[int, int] = {}  # ORTH -> LOWER
        self._numbers: dict[int, bool] = {}  # ORTH -> LIKE_NUM

    def configure(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._ids.clear()
        self._lowers.clear()
        self._numbers.clear()

    def __call__(self, doc: Doc) -> Doc:
        lem = self.lemmatizer
        if lem is None or not len(doc):
            return doc
        ids, lowers = self._ids, self._lowers
        orths = doc.to_array(ORTH).tolist()
        lemmas = list(map(ids.get, orths))
        if None in lemmas:
            # Each word new to this process once (a draft repeats its words).
            strings = doc.vocab.strings
            for orth in {orth for orth, lemma in zip(orths, lemmas) if lemma is None}:
                ids[orth] = strings.add(lem(strings[orth]))
                lowers[orth] = strings.add(strings[orth].lower())
                self._numbers[orth] = doc.vocab[orth].like_num
            lemmas = list(map(ids.__getitem__, orths))
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        # Phrase matching reads these columns (patterns.DocIndex): hand them over rather
        # than have it read them back out of the Doc.
        doc.user_data["replylint_columns"] = (lemmas, list(map(lowers.__getitem__, orths)), orths, self._numbers)
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

    def load_compiled(self) -> None:
        """Start from the compiled lexicon phrases cached by an earlier run, if any."""
        from . import compile_cache

        self._cache_key = compile_cache.key(self.model, self.lexicons.fingerprint)
        self.lemmatize.phrase_memo = compile_cache.load(self._cache_key) or {}
        self.lemmatize.phrase_memo_changed = False

    def save_compiled(self) -> None:
        """Keep newly compiled phrases for the next run (after the rules compiled them)."""
        if getattr(self.lemmatize, "phrase_memo_changed", False):
            from . import compile_cache

            self.lemmatize.phrase_memo_changed = False
            compile_cache.save(self._cache_key, self.lemmatize.phrase_memo)

    def pipe(self, docs, batch_size: int = 64):
        return self.nlp.pipe(docs, batch_size=batch_size)


_PIPELINES: dict[tuple[str | None, str], Pipeline] = {}


def build_language(model: str | None) -> Language:
    from .regex_cache import recording

    with recording():  # the tokenizer's regular expressions, compiled from spaCy's code
        return _build_language(model)


def _build_language(model: str | None) -> Language:
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
    # Trained sentence classifiers shipped in the wheel (weights load on the first Doc).
    if available_models():
        nlp.add_pipe("replylint_classifier", last=True)
    return nlp


def _cached_vocabulary(model: str | None, lexicons: Lexicons, known: set[str] | None = None) -> set[str] | None:
    """The lemmatizer's vocabulary built from these lexicons, kept with the compiled
    phrases (same key: lexicons, model and code); given ``known``, store it."""
    import marshal

    from . import compile_cache

    name = f"vocabulary-{compile_cache.key(model, lexicons.fingerprint)}.marshal"
    if known is not None:
        compile_cache.write_blob(name, marshal.dumps(sorted(known)))
        return known
    blob = compile_cache.read_blob(name)
    try:
        words = marshal.loads(blob) if blob else None
    except (ValueError, EOFError, TypeError):
        return None
    return set(words) if isinstance(words, list) and all(isinstance(w, str) for w in words) else None


def get_pipeline(model: str | None, lexicons: Lexicons) -> Pipeline:
    key = (model or None, lexicons.fingerprint)
    pipe = _PIPELINES.get(key)
    if pipe is None:
        nlp = build_language(model)
        english = lexicons.get("english")
        lemmatizer = Lemmatizer(english.get("irregular", {}), english.get("not_inflected", []))
        known = _cached_vocabulary(model, lexicons)
        if known is not None:
            lemmatizer.known = known
        else:
            vocab = set()
            for name in lexicons.names():
                if name != "english":
                    vocab |= vocabulary_of(lexicons.get(name))
            lemmatizer.add_vocabulary(vocab | set(english.get("vocabulary", [])))
            _cached_vocabulary(model, lexicons, lemmatizer.known)
        nlp.get_pipe("replylint_lemmatizer").configure(lemmatizer)
        pipe = Pipeline(nlp, lemmatizer, lexicons, model)
        pipe.load_compiled()
        _PIPELINES[key] = pipe
    return pipe
