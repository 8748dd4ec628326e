"""Whether a place in the draft lies inside quotation marks."""
from __future__ import annotations

_QUOTES = ('"', "“", "”", "«", "»")


def inside_quotation(text: str, at: int, para_from: int | None = None) -> bool:
    """Whether ``at`` lies inside double quotation marks opened earlier in its paragraph
    (the one holding ``para_from``, default ``at``): counted from the start of the
    paragraph, as a quoted passage may run over several sentences ("... found the
    following language: "A pipeline may file ... The Commission will readily grant
    requests ...")."""
    para_start = max(0, text.rfind("\n\n", 0, at if para_from is None else para_from) + 1)
    return sum(text.count(q, para_start, at) for q in _QUOTES) % 2 == 1
