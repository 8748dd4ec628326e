"""Drafts: reading email in its many forms and splitting it into parts."""
from .model import BODY, DISCLAIMER, QUOTED, SIGNATURE, Draft, Segment

# The readers (and the email package they import) load on first use: the rule registry
# imports draft.model, and `replylint rules` must not pay for parsing mail.
_READERS = ("draft_from_message", "draft_from_text", "parse_message_bytes", "iter_path", "read_draft", "read_path",
            "sniff_format")

__all__ = ["BODY", "DISCLAIMER", "QUOTED", "SIGNATURE", "Draft", "Segment", *_READERS]


def __getattr__(name: str):
    if name not in _READERS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import readers

    value = getattr(readers, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
