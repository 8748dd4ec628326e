"""Pasted chat lines: "[14:02] Liam: ...", "[07/11/2026, 10:14] Kofi Mensah: ...",
"10:42 Sam: ...", "07/11/2026, 10:14 - Kofi: ...".

The sentence splitter starts a sentence at every such line (a remark in one chat line must
not be read together with the next speaker's reply), and a model trained to read the
message alone is fed the words after the time and speaker: what a person said, not when or
who (docs/models.md, "Eighth wave").  The training corpora drop the same prefix with
:func:`drop_prefixes`, so the model and the component read the same words.
"""
from __future__ import annotations

import re

# The time (perhaps after a date), then a speaker of one to four words and a colon.
CHAT_LINE = re.compile(
    r"\[?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?"
    r"(?:\s+-)?\s+[^\s:\[\]]+(?:\s+[^\s:\[\]]+){0,3}:\s")
# The same after quote marks of a reply ("> [10:42] Dev: ..."), which stay with the prefix.
_PREFIX = re.compile(r"(?:[ \t]*>)*[ \t]*" + CHAT_LINE.pattern)
_PREFIX_AT_LINE = re.compile(r"^" + _PREFIX.pattern, re.MULTILINE)
# A cheap test before looking for prefixes sentence by sentence: a time "10:42".
HAS_TIME = re.compile(r"\d:\d\d")


def message_start(text: str, pos: int = 0) -> int:
    """Where the message of a chat line starting at ``pos`` begins (after its time,
    speaker, colon and one space), or ``pos`` when no chat prefix starts there."""
    m = _PREFIX.match(text, pos)
    return m.end() if m else pos


def drop_prefixes(text: str) -> str:
    """``text`` with the time and speaker taken off every line that opens as a chat line."""
    if not HAS_TIME.search(text):
        return text
    return _PREFIX_AT_LINE.sub("", text)
