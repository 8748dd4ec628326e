"""Names of things: a word inside a song title, a product name or quotation marks is
mentioned, not said."""
from __future__ import annotations

import re

from .. import Context
from .words import HONORIFICS, QUOTE_PAIRS, SMALL_TITLE_WORDS


OPENING_QUOTES = ('"', "“", "„", "«", "``", "‘", "'")
CLOSING_QUOTES = ('"', "”", "“", "»", "''", "’", "'")


def is_quoted_word(text: str, start: int, end: int) -> bool:
    """The match is all there is between quotation marks: a word mentioned, not used --
    a sign quoted in a news story (``Moron''), a label, a search term ("idiot")."""
    before = text[max(0, start - 3):start].rstrip()
    after = text[end:end + 4].lstrip()
    after = after.lstrip(".,!?;:")  # "the word 'idiot,' he said" / "idiot."
    return before.endswith(OPENING_QUOTES) and after.startswith(CLOSING_QUOTES)


def is_title_or_quoted_name(ctx: Context, start: int, end: int) -> bool:
    """Inside a song title or product name: "American Idiot", "Bloody Mary", "Damn Fine Coffee";
    or a word quoted on its own (a sign, a label): the writer mentions it, does not say it."""
    doc = ctx.doc
    span = doc[start:end]
    text = ctx.draft.masked
    if is_quoted_word(text, span.start_char, span.end_char):
        return True
    # A quoted, title-cased name on the same line: He asked for "Send In The Clowns".
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start : span.start_char]
    for open_q, close_q in QUOTE_PAIRS.items():
        o = before.rfind(open_q)
        if o < 0 or (open_q == close_q and before.count(open_q) % 2 == 0):
            continue
        c = text.find(close_q, span.end_char, line_end)
        if c < 0 or c - (line_start + o) > 80:
            continue
        inner = re.findall(r"[A-Za-z][\w'’-]*", text[line_start + o + 1 : c])
        if inner and sum(w[0].isupper() for w in inner if w.lower() not in SMALL_TITLE_WORDS) >= max(
            1, len([w for w in inner if w.lower() not in SMALL_TITLE_WORDS]) * 0.6
        ):
            return True
    # A run of title-case words around the match.  A small word inside it keeps it a
    # title ("Dumb and Dumber"); a nickname that opens with a title ("Mr High and
    # Mighty") is the remark itself.
    inner_small = [t for t in span[1:-1] if t.lower_ in SMALL_TITLE_WORDS] if len(span) > 2 else []
    if not all(t.is_title or not t.is_alpha or t in inner_small for t in span):
        return False
    if inner_small and sum(t.is_title for t in span) >= 2 and not doc[start].is_sent_start and (
            doc[start].lower_.rstrip(".") not in NICKNAME_TITLES):
        return True

    def title(j: int) -> bool:
        return 0 <= j < len(doc) and doc[j].is_title and not doc[j].is_sent_start

    def title_word(j: int) -> bool:
        return 0 <= j < len(doc) and doc[j].is_title and doc[j].is_alpha

    j = start - 1
    while j >= 0 and doc[j].lower_ in SMALL_TITLE_WORDS and not doc[j].is_sent_start:
        j -= 1
    k = end
    while k < len(doc) and doc[k].lower_ in SMALL_TITLE_WORDS:
        k += 1
    if title(j):
        return True
    # "called The Muppets", "a screening of The Jerk": a capital "The" inside a sentence
    # opens a name.
    if start > 0 and doc[start - 1].text == "The" and not doc[start - 1].is_sent_start and not _opens_line(
            text, doc[start - 1].idx):
        return True
    # A word capitalised because it opens a sentence ("Effing Brexit forms") is not made
    # a title by one proper noun after it; a name of two title-case words more is.  ("Miss
    # Perfect Bridal": a run of title-case words from the start is a name.)
    if end - start == 1 and (doc[start].is_sent_start or _opens_line(text, span.start_char)):
        return title_word(k) and title_word(k + 1)
    return title_word(k)


# Titles that open a mocking nickname ("Mr High and Mighty", "Lady Muck").
NICKNAME_TITLES = HONORIFICS | {"captain", "professor", "lord", "lady", "dame", "sir", "little", "king", "queen"}


def _opens_line(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return not text[line_start:offset].strip(" \t>")
