"""Same-length masking: blank out what is not prose so offsets stay exact."""
from __future__ import annotations

import re

from ..suppress import DIRECTIVE
from .model import QUOTED, Segment
from .split import QUOTE_PREFIX

# Template syntax of Jinja, Handlebars/Mustache, Liquid, ERB-like tags, merge tags and
# the bracketed placeholders people type into drafts by hand.
TEMPLATE_SYNTAX = re.compile(
    r"\{\{\{(?:(?!\{\{).)*?\}\}\}"   # {{{ raw }}}
    r"|\{\{!--.*?--\}\}"           # {{!-- comment --}} (may hold {{ }})
    # {{ var }}, {{#each}}, {{! comment }}, {% tag %}: never across another opener, so a
    # typo such as "{{ name }," does not swallow the prose up to the next closer.
    r"|\{\{(?:(?!\{\{|\{%).)*?\}\}"
    r"|\{%(?:(?!\{\{|\{%).)*?%\}"
    r"|\{#.*?#\}"                 # {# comment #}
    r"|<%.*?%>"                   # <% erb %>
    r"|\*\|[A-Z0-9_:]+\|\*"       # *|FNAME|* (Mailchimp)
    r"|\$\{[A-Za-z0-9_.]+\}"      # ${name}
    r"|<<[A-Za-z0-9_ ]{1,40}>>"   # <<NAME>>
    r"|%[A-Z][A-Z0-9_]{1,40}%"    # %FIRST_NAME%
    r"|\[(?:[A-Z][A-Za-z']*|[A-Z0-9_]{2,})(?:[ _](?:[A-Z][A-Za-z']*|[A-Z0-9_]{2,}|of|the|and|or)){0,5}\]",
    re.S,
)
# [Client Name] also matches ordinary bracketed words such as [Image] or [1]; keep the
# single-word ones that mean a placeholder and multi-word Title Case ones.
_BRACKET_WORDS_OK = {"name", "client", "company", "date", "amount", "address", "phone", "email"}


# Single capitalised words that name what goes in a slot: [NAME], [DATE], [COMPANY].
_SLOT_WORDS = _BRACKET_WORDS_OK | {
    "first", "last", "surname", "firstname", "lastname", "fullname", "customer", "recipient", "title",
    "product", "price", "total", "number", "account", "reference", "ref", "time", "day", "month",
    "year", "city", "country", "postcode", "zip", "link", "url", "signature", "sender", "insert",
    "value", "percent", "figure", "location", "venue", "team", "role", "position", "salutation",
}


def _is_placeholder(match: str) -> bool:
    if match.startswith("<<"):
        # Outlook shows attachments as <<June 2001 Capacity Report>>: a file's title
        # (with a number, or four words or more) is not a slot to fill.
        inner = match[2:-2]
        return not (any(c.isdigit() for c in inner) and " " in inner.strip() or len(inner.split()) >= 4)
    if not match.startswith("["):
        return True
    inner = match[1:-1]
    words = inner.replace("_", " ").split()
    if len(words) >= 2 or "_" in inner:
        return True
    # A short capitalised word that does not name a slot is an abbreviation or a
    # ticker ("Nokia [NOK]", "[ECT]"), not a placeholder; [NAME], [DATE] and long
    # capitalised words ([CUSTOMER], [AMOUNTDUE]) are.
    if inner.isupper() and len(inner) > 2:
        return len(inner) > 5 or inner.lower() in _SLOT_WORDS
    return inner.lower() in _BRACKET_WORDS_OK


def template_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in TEMPLATE_SYNTAX.finditer(text) if _is_placeholder(m.group())]


def blank(chars: list[str], start: int, end: int) -> None:
    for k in range(start, end):
        if chars[k] not in "\n\r":
            chars[k] = " "


# A suppression directive and the comment markers right around it: masked, so it is never
# linted as prose.  Nothing else on the line is masked: a directive never hides text.
_OPENER = r"(?:<!--|\{#-?|\{\{!(?:--)?|\{%-?[ \t]*comment[ \t]*-?%\}|#|//|%)[ \t]*"
_CLOSER = r"[ \t]*(?:-->|-?#\}|--\}\}|\}\}|\{%-?[ \t]*endcomment[ \t]*-?%\})"
_DIRECTIVE = re.compile(f"(?:{_OPENER})?(?:{DIRECTIVE.pattern})(?:{_CLOSER})?", re.I)


# A long run of one repeated non-word character ("=====", "!!!!", quotes, an emoji)
# makes spaCy's tokenizer quadratic in the run's length (16 KB of "=" took a minute).
# Past RUN_KEEP characters such a run is blanked: same length, offsets unchanged, and
# tokenizing stays linear.  Units of two code points cover emoji with a variation selector.
RUN_KEEP = 16
_REPEATED_RUN = re.compile(r"((?:[^\w\s]|_){1,2}?)\1{%d,}" % RUN_KEEP)


def neutralise_runs(text: str) -> str:
    """``text`` with long runs of one repeated non-word character blanked past RUN_KEEP."""
    if not _REPEATED_RUN.search(text):
        return text
    chars = list(text)
    for m in _REPEATED_RUN.finditer(text):
        blank(chars, m.start() + RUN_KEEP, m.end())
    return "".join(chars)


# Spacing a reader sees as a space (no-break, thin, figure, zero-width, soft hyphen...):
# rules read an ASCII space there, so "4111\u00a01111\u20091111 1111" is one number.
_UNICODE_SPACE = re.compile("[\u00a0\u00ad\u1680\u2000-\u200b\u202f\u205f\u3000\u2060\ufeff]")
# Digit groups joined by "/" or "_" (4111/1111/1111/1111): read as spaced groups, so the
# number rules see the digits.  Only runs of three or more groups with 12+ digits: dates
# (12/05/2024) and versions stay as written.
_DIGIT_GROUPS = re.compile(r"(?<![\w/])\d{2,8}(?:([/_])\d{2,8})(?:\1\d{1,8}){1,5}(?![\w/])")


def _spacing(chars: list[str], text: str) -> None:
    for m in _UNICODE_SPACE.finditer(text):
        chars[m.start()] = " "
    for m in _DIGIT_GROUPS.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 12:
            for k in range(m.start(), m.end()):
                if text[k] == m.group(1):
                    chars[k] = " "


def mask(text: str, segments: list[Segment]) -> tuple[str, list[tuple[int, int]]]:
    chars = list(text)
    for m in _REPEATED_RUN.finditer(text):
        blank(chars, m.start() + RUN_KEEP, m.end())
    _spacing(chars, text)
    for m in _DIRECTIVE.finditer(text):
        blank(chars, *m.span())
    for seg in segments:
        if seg.kind != QUOTED:
            continue
        pos = seg.start
        for line in text[seg.start : seg.end].splitlines(keepends=True):
            m = QUOTE_PREFIX.match(line)
            if m:
                blank(chars, pos, pos + m.end())
            pos += len(line)
    spans = template_spans(text)
    for start, end in spans:
        blank(chars, start, end)
    return "".join(chars), spans
