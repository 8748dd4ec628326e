"""A person called "an absolute X" (eighth wave): the shape of a verdict, whatever the
noun, read so that slang from any English counts without a list of it ("she's an
absolute headwreck", "he's a right melter", "their manager is an utter liability",
"he's an absolute dose").

The shape: a person as the subject (he/she/they, a name, "their buyer"), a copula,
"a"/"an", an intensifier of the `verdict_intensifiers` list and a noun that ends the
phrase.  Praise and plain description ("an absolute star", "a complete beginner",
"a total stranger": the `verdict_exempt` list) are not remarks, nor is a verdict on a
thing ("parking is an absolute nightmare", "the boiler is a total liability"), nor the
noun used as a modifier ("a complete beginners' course", "a real estate agent").
"""
from __future__ import annotations

from . import Context
from ._remark_common import counts_against_draft, lexicon, predicate_target
from ._remark_common.words import CONTINUATIONS


def _mentions(ctx: Context, words: set[str]) -> bool:
    from spacy.attrs import LOWER  # not at import: `replylint rules` never loads spaCy

    lowers = ctx.memo("jibes:lower-ids", lambda: frozenset(ctx.doc.to_array(LOWER).tolist()))
    strings = ctx.doc.vocab.strings
    return any(strings[w] in lowers for w in words)


def intensified_verdicts(ctx: Context) -> list[tuple[int, int, int]]:
    """(first token, end token, target token) of "a/an <intensifier> <noun>" said of a
    person, the noun not in `verdict_exempt`."""
    lex = lexicon(ctx)
    if not lex.verdict_intensifiers or not _mentions(ctx, lex.verdict_intensifiers):
        return []
    doc = ctx.doc
    out = []
    for i, tok in enumerate(doc):
        if tok.lower_ not in lex.verdict_intensifiers or i == 0 or doc[i - 1].lower_ not in ("a", "an"):
            continue
        sent = tok.sent
        start = i + 1
        if start >= sent.end or not doc[start].is_alpha or not doc[start].is_lower:
            continue
        end = start + 1
        # "a head-melter", "a waste-of-space": a hyphenated noun is one word.
        while end + 1 < sent.end and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2
        noun = doc[start:end].text.lower()
        if noun in lex.verdict_exempt or doc[end - 1].lower_ in lex.verdict_exempt:
            continue
        # A noun as a modifier: "a complete beginner course", "a real estate agent".
        if end < sent.end and doc[end].is_alpha and doc[end].lower_ not in CONTINUATIONS:
            continue
        target = predicate_target(ctx, sent, start, end)
        if target is None or not counts_against_draft(ctx, doc[i].idx):
            continue
        out.append((i - 1, end, target))
    return out


# Words that may stand with the noun in a one-word verdict: "What a clown.", "Total
# cowboys!", "Absolute muppet, honestly."
_ALONE_WITH = {"what", "a", "an", "such", "total", "absolute", "utter", "complete", "bloody", "proper", "right", "real",
               "honestly", "tbh", "lol", "smh", "again", "mate", "the", "lot", "of", "them", "all"}


def insults_alone(ctx: Context) -> list[tuple[int, int]]:
    """(first token, end token) of a word for a fool said as a sentence of its own
    after another on the same line ("He wants 8K textures on a handheld. Clown.",
    "Third change this week. Amateurs.", "Cowboys. The lot of them."): the words of
    `alone_insults` name a performer, a beginner or a ranch hand in any other sentence
    ("Clowns booked for Saturday", "Amateurs welcome")."""
    lex = lexicon(ctx)
    if not lex.alone_insults or not _mentions(ctx, lex.alone_insults):
        return []
    doc = ctx.doc
    text = ctx.draft.text
    out = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_punct and not t.is_space]
        nouns = [t for t in words if t.lower_ in lex.alone_insults]
        if len(nouns) != 1 or any(t.lower_ not in _ALONE_WITH and t.lower_ not in lex.alone_insults for t in words):
            continue
        noun = nouns[0]
        # Said after something on the same line, or with more after it on that line: a
        # tag on a remark, not a heading or a list item.
        line_start = text.rfind("\n", 0, sent.start_char) + 1
        line_end = text.find("\n", sent.end_char)
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start:sent.start_char].strip(" \t>-*•")
        after = text[sent.end_char:line_end].strip()
        if not before and not after:
            continue
        if before.endswith(":") or not counts_against_draft(ctx, noun.idx):
            continue  # "Entertainment: Clowns." is a list
        out.append((sent.start, sent.end))
    return out
