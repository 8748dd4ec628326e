"""The empathy lexicon compiled for one pipeline (a phrase set per table), and the
token columns the cue checks read of a lemmatized Doc."""
from __future__ import annotations

import bisect

from ... import spacy_names as sp
from ...errors import ConfigError
from ...patterns import DocIndex, PhraseSet, _compile_phrase, compile_regex, sentence_starts
from ...strhash import hash_string
from .vocabulary import _HEDGES, _MAY, _NOT_FORMS, _NOT_WORD, _NO_NEVER, _hashes


LEXICON = "empathy"


_SPACE, _QUESTION, _OTHER = 0, 1, 2  # how a token ends, for questions (_Lexicon.ending)


# "table:tier" key -> tier, per cue table
_TIER_OF = {table: {f"{table}:{tier}": tier for tier in ("strong", "weak", "change", "distress")} for table in ("complaint", "bad_news")}
_ACK_GROUPS = ("apology", "sympathy", "understanding", "validation", "patience")
# The lexicon's tables and their groups (a phrase set per table, keys "table:group").
_TABLES = {
    "complaint": ("strong", "weak", "distress", "calm", "not_cues", "topic", "purpose"),
    "bad_news": ("strong", "weak", "change", "routine", "spared", "not_cues"),
    "acknowledgement": (*_ACK_GROUPS, "boilerplate", "non_apology"),
}


def _phrase_list(lex: dict, table: str, key: str) -> list[str]:
    value = lex.get(table, {}).get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"lexicon [empathy.{table}] {key}: expected a list of phrases")
    return value


class _Lexicon:
    """The empathy lexicon compiled for one pipeline: one phrase set per table, so each
    is matched only where it can count, and the shouting regexes."""

    def __init__(self, nlp, lemmatize, lex: dict) -> None:
        self.strings = nlp.vocab.strings
        self.phrases: dict[str, PhraseSet] = {}
        for table, keys in _TABLES.items():
            ps = self.phrases[table] = PhraseSet(nlp, lemmatize)
            for key in keys:
                ps.add(f"{table}:{key}", _phrase_list(lex, table, key))
        self.shouting = [
            compile_regex(p, "lexicon [empathy.complaint] shouting", flags=0)
            for p in _phrase_list(lex, "complaint", "shouting")
        ]
        self.complaint_needs = _Needs(self.phrases["complaint"], ("complaint:strong", "complaint:weak", "complaint:distress"), lemmatize)
        strings = self.strings
        # Pure functions of a word, worked out once per word like the lemmatizer's cache.
        self.lower_text = _PerWord(lambda lemma: strings[lemma].lower())  # Token.lemma_.lower()
        self.lowered = _PerWord(lambda lemma: hash_string(self.lower_text[lemma]))  # and its hash
        self.lemma_of = _PerWord(lambda orth: lemmatize(strings[orth]))  # what the lemmatizer gives a token
        # A token's lower-case form -> whitespace, ends with '?' (as its text does), or other.
        self.ending = _PerWord(lambda lower: _ending(strings[lower]))
        self.lemmatizer = nlp.get_pipe("replylint_lemmatizer")

    def match(self, table: str, doc, spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
        """One table's matches inside the given token spans of ``doc``, in order."""
        ps = self.phrases[table]
        if len(spans) == 1 and spans[0] == (0, len(doc)):
            return ps(doc)  # the whole doc: no Span to build
        return [m for s, e in spans for m in ps(doc[s:e])]

    def may_complain(self, doc) -> bool:
        """False when no complaint cue phrase can match in ``doc``, which is tokenized
        but not yet lemmatized (the lemma a token will get is that of its text)."""
        words = doc.to_array([sp.ORTH, sp.LOWER])
        lemmas = set(map(self.lemma_of.__getitem__, words[:, 0].tolist()))
        return self.complaint_needs.met(lemmas, set(words[:, 1].tolist()))


def _ending(word: str) -> int:
    return _SPACE if word.isspace() else _QUESTION if word.endswith("?") else _OTHER


class _PerWord(dict):
    """word hash -> ``work(word hash)``, worked out on first use."""

    def __init__(self, work) -> None:
        super().__init__()
        self.work = work

    def __missing__(self, word: int):
        value = self[word] = self.work(word)
        return value


class _Needs:
    """The tokens some phrase of a few groups cannot match without, to rule out a text
    before it is lemmatized and matched.  For each phrase: (column, words) per required
    token, column 0 a lemma from ``words`` (strings), 1 a lower-case form (hashes)."""

    def __init__(self, ps: PhraseSet, keys: tuple[str, ...], lemmatize) -> None:
        # Each phrase is filed under the words of its first required token.
        self.index: tuple[dict, dict] = ({}, {})
        self.anything = False  # some phrase has no required word: nothing can be ruled out
        for key in keys:
            for phrase in ps.phrases.get(key, ()):
                needs = []
                for tok in _compile_phrase(phrase, ps._tokenize, lemmatize):
                    column = 0 if "LEMMA" in tok else 1 if "LOWER" in tok else None
                    if column is None or "OP" in tok:
                        continue
                    value = tok["LEMMA" if column == 0 else "LOWER"]
                    words = value["IN"] if isinstance(value, dict) else [value]
                    needs.append((column, frozenset(words) if column == 0 else _hashes(*words)))
                if not needs:
                    self.anything = True
                    continue
                column, words = needs[0]
                for w in words:
                    self.index[column].setdefault(w, []).append(needs)

    def met(self, lemmas: set[str], lowers: set[int]) -> bool:
        """Whether some phrase finds each token it needs among these lemmas and lower-case forms."""
        if self.anything:
            return True
        present = (lemmas, lowers)
        for column in (0, 1):
            index = self.index[column]
            for w in present[column]:
                for needs in index.get(w, ()):
                    if all(not words.isdisjoint(present[c]) for c, words in needs):
                        return True
        return False


def compiled(ctx) -> _Lexicon:
    """The empathy lexicon, compiled once per pipeline."""
    return ctx.compiled(
        ("empathy", "lexicon"), lambda: _Lexicon(ctx.pipeline.nlp, ctx.pipeline.lemmatize, ctx.lexicons.get(LEXICON))
    )


class _Tokens:
    """What cue checks read of one lemmatized Doc: lemma and lower-case hash columns from
    the DocIndex every phrase set shares (a spaCy Token object costs about a microsecond
    per access, and the word tests scan windows of tokens), and sentence starts, read
    with one ``to_array`` on first use.  The few tokens a cue quotes are read as Tokens."""

    __slots__ = ("doc", "text", "lex", "lemma", "lower", "_starts")

    def __init__(self, doc, text: str, lex: _Lexicon, one_sentence: bool = False) -> None:
        self.doc = doc
        self.text = text  # what ``doc`` was tokenized from: token offsets index it
        self.lex = lex
        self.lemma, self.lower = DocIndex.of(doc).columns  # hashes of every token
        self._starts: list[int] | None = [0] if one_sentence else None

    def sentence(self, i: int) -> tuple[int, int]:
        """(start, end) token indices of the sentence holding token ``i``."""
        starts = self._starts
        if starts is None:
            starts = self._starts = sentence_starts(self.doc)
        k = bisect.bisect_right(starts, i) - 1
        return starts[k], starts[k + 1] if k + 1 < len(starts) else len(self.doc)


def _words(tk: _Tokens, s: int, start: int, end: int, limit: int = 48) -> str:
    """A few words of the text from token ``s`` (at char ``start``) to char ``end``."""
    doc = tk.doc
    # Start on a whole word: "didn't turn up", not "n't turn up".
    if s > 0 and tk.text[start] in "'’" or tk.lower[s] in _NOT_WORD and s > 0 and not doc[s - 1].whitespace_:
        start = doc[s - 1].idx
    text = " ".join(tk.text[start:end].split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _preceded_by(tk: _Tokens, sent_start: int, s: int, words: frozenset[int], window: int) -> bool:
    lemma, lower, lowered = tk.lemma, tk.lower, tk.lex.lowered
    for i in range(max(sent_start, s - window), s):
        if lowered[lemma[i]] in words or lower[i] in words:
            # "May" inside a sentence is the month, not a hedge.
            if lower[i] == _MAY and tk.doc[i].text != "may" and i != sent_start:
                continue
            # "can't", "could not", "can no longer": a refusal, not a hedge.
            if words is _HEDGES and i + 1 < len(lower) and lower[i + 1] in _NOT_FORMS | _NO_NEVER:
                continue
            return True
    return False


def _is_question(tk: _Tokens, start: int, end: int) -> bool:
    """Whether the last token of ``start:end`` that is not whitespace ends with '?'."""
    lower, ending = tk.lower, tk.lex.ending
    for i in range(end - 1, start - 1, -1):
        kind = ending[lower[i]]
        if kind != _SPACE:
            return kind == _QUESTION
    return False
