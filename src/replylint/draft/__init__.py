"""Drafts: reading email in its many forms and splitting it into parts."""
from .model import BODY, DISCLAIMER, QUOTED, SIGNATURE, Draft, Segment
from .readers import draft_from_message, draft_from_text, parse_message_bytes, iter_path, read_draft, read_path, sniff_format

__all__ = [
    "BODY", "DISCLAIMER", "QUOTED", "SIGNATURE", "Draft", "Segment", "draft_from_message",
    "draft_from_text", "iter_path", "parse_message_bytes", "read_draft", "read_path", "sniff_format",
]
