"""What every remark rule checks before it reports a match: whose text it is, the
allow-list, a title or a quoted name, the reader's own words quoted back."""
from __future__ import annotations

import re

from ...draft.model import BODY, DIFF, QUOTED, SIGNATURE
from .. import Context
from .._remark_common import counts_against_draft, greeted, info, is_title_or_quoted_name, overlaps


def _ok(ctx: Context, start: int, end: int, titles: bool = True, authorship: bool = True) -> bool:
    """Common filters: whose text it is, allow-list, names of songs and products."""
    doc = ctx.doc
    span = doc[start:end]
    if authorship and not counts_against_draft(ctx, span.start_char):
        return False
    if overlaps(info(ctx).allowed, span.start_char, span.end_char):
        return False
    if _readers_words_quoted(ctx.draft.text, span.start_char, span.end_char):
        return False
    return not titles or not is_title_or_quoted_name(ctx, start, end)


_OPEN_QUOTES = '"“'
_CLOSE_QUOTES = '"”'
_READER_REPORT = re.compile(
    r"\b(?:you|your)\b[^\n\"“]{0,40}\b(?:said|say|says|wrote|write|email|e-mail|message|letter|words|review|tweet|post|"
    r"comment|complaint|called|call|note)\b|\bquoting (?:you|your)\b", re.I)


def _readers_words_quoted(text: str, start: int, end: int) -> bool:
    """The reader's own words quoted back ("Quoting your email: "your team are useless" -
    you were right"): inside quotation marks on one line, after a frame that says the
    words are the reader's."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    line_end = text.find("\n", end)
    after = text[end: len(text) if line_end < 0 else line_end]
    if before.count('"') % 2 == 1:
        opened = before.rfind('"')
    elif before.count("“") > before.count("”"):
        opened = before.rfind("“")
    else:
        # Single quotation marks ("you wrote that it was 'a bloody joke'"): an opening
        # mark after a space, a closing one before a space or punctuation (not "it's").
        single = list(_SINGLE_OPEN.finditer(before))
        if not single or not _SINGLE_CLOSE.search(after):
            return False
        return bool(_READER_REPORT.search(before[:single[-1].start()]))
    if not any(q in after for q in _CLOSE_QUOTES):
        return False
    return bool(_READER_REPORT.search(before[:opened]))


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(]))['‘](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=\w)[.,!?]?['’](?=[\s.,;:!?)]|$)")


def _counts(ctx: Context, start: int, target: int | None) -> bool:
    """Whose text it is, knowing the target: an unattributed quoted block that talks
    about the recipient by name ("Maeve's clueless") was not written by the recipient."""
    doc = ctx.doc
    if counts_against_draft(ctx, doc[start].idx):
        return True
    seg = ctx.draft.segment_at(doc[start].idx)
    if target is None or target < 0 or seg.kind != QUOTED or seg.author or seg.by_recipient is not None:
        return False
    tok = doc[target]
    return tok.text[:1].isupper() and tok.lower_ in greeted(ctx)


# The new text, quoted history and the signature block: a "PS" or a note to a colleague
# written below the sign-off is split off with the signature.
PARTS = frozenset({BODY, QUOTED, SIGNATURE, DIFF})  # a remark in a patch's diff reaches the reader too
