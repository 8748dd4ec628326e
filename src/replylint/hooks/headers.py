"""Byte-level header surgery: the message that is sent is the one that was written."""
from __future__ import annotations

import re

_LINE = re.compile(rb"[^\n]*\n|[^\n]+\Z")
_REPLYLINT_FIELD = re.compile(rb"x-replylint-[!-9;-~]*[ \t]*:", re.I)


def strip_replylint_headers(data: bytes) -> bytes:
    """``data`` with every ``X-Replylint-*`` header field removed, continuation lines included.

    Only the header section (up to the first empty line) is touched, and nothing is
    re-encoded: every other byte, line ending and folding is kept as it was.
    """
    head_end = len(data)
    kept: list[bytes] = []
    dropping = changed = False
    for m in _LINE.finditer(data):
        line = m.group()
        if line in (b"\n", b"\r\n"):  # end of the header section
            head_end = m.start()
            break
        if line[:1] in (b" ", b"\t"):  # a folded continuation of the field above
            if dropping:
                changed = True
                continue
        else:
            dropping = bool(_REPLYLINT_FIELD.match(line))
            if dropping:
                changed = True
                continue
        kept.append(line)
    if not changed:
        return data
    return b"".join(kept) + data[head_end:]
