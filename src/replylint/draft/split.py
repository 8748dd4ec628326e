"""Split an email body into new text, quoted history, signature and disclaimer.

Works line by line on the text, so every segment boundary is a line start and offsets
stay exact.  The patterns cover the reply styles of the common clients: ``>`` quoting,
Gmail/Apple "On ... wrote:", Outlook "-----Original Message-----" and "From:/Sent:"
header blocks, and forwarded-message blocks.
"""
from __future__ import annotations

import re
from email.utils import getaddresses, parseaddr

from .model import BODY, DIFF, DISCLAIMER, QUOTED, SIGNATURE, Segment

QUOTE_PREFIX = re.compile(r"^[ \t]*((?:>[ \t]?)+)")
# A note in brackets may follow the verb: "Carl wrote (internal):", "wrote (to the team):".
_WROTE_NOTE = r"(?:\s*\([^()\n]{1,40}\))?"
ON_WROTE = re.compile(r"^\s*(?:On|Le|Am|El)\s.{0,300}?(?:wrote|écrit|schrieb|escribió)" + _WROTE_NOTE + r"\s*:\s*$", re.I | re.S)
ON_START = re.compile(r"^\s*On\s+\S", re.I)
ORIGINAL = re.compile(r"^\s*-{2,}\s*Original Message\s*-{2,}\s*$", re.I)
FORWARDED = re.compile(
    r"^\s*(?:-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:|-{2,}\s*Forwarded by .*)\s*$",
    re.I,
)
UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")
HEADER_FROM = re.compile(r"^\s*\*?From:\*?\s*(.+?)\s*$", re.I)
HEADER_ANY = re.compile(r"^\s*\*?(From|Sent|Date|To|Cc|Subject):\*?\s", re.I)
SIG_DASHES = re.compile(r"^--[ \t]?$")
VALEDICTION = re.compile(
    r"^\s*(?:(?:kind|best|warm|warmest|many|with|kindest|all the)\s+)*"
    r"(?:regards|wishes|thanks|thank you|cheers|sincerely|best|respectfully|"
    r"yours(?:\s+(?:sincerely|faithfully|truly))?|talk soon|speak soon|take care|"
    r"ngā mihi|nga mihi|thanks again|many thanks|warmly)\b[ \t]*[,.!]?[ \t]*$",
    re.I,
)
DISCLAIMER_CUE = re.compile(
    r"(this (e-?mail|message|communication)( and any (attachments?|files)[^.]*)? (is|are|may be) "
    r"(strictly )?(confidential|intended (solely|only))|intended (solely|only) for the (use of the )?"
    r"(addressee|recipient|individual)|if you have received this (e-?mail|message|communication) in error|"
    r"registered (office|in england))",
    re.I,
)
MAX_SIGNATURE_LINES = 8


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end_including_newline, line_without_newline)"""
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        out.append((pos, pos + len(raw), line))
        pos += len(raw)
    if not out or text.endswith("\n"):
        out.append((pos, pos, ""))
    return out


def _unquote(line: str) -> tuple[int, str]:
    m = QUOTE_PREFIX.match(line)
    if not m:
        return 0, line
    return m.group(1).count(">"), line[m.end():]


def _author_from_on_wrote(text: str) -> str | None:
    text = " ".join(text.split())
    m = re.search(r",\s*([^,]*?)\s*(?:wrote|écrit|schrieb|escribió)" + _WROTE_NOTE + r"\s*:", text, re.I)
    if m:
        return m.group(1).strip() or None
    m = re.search(r"^On\s+(.*?)\s*wrote" + _WROTE_NOTE + r"\s*:", text, re.I)
    return m.group(1).strip() if m else None


def _attribution(lines, i: int) -> tuple[int, str | None, bool] | None:
    """If an attribution starts at line i, return (lines it spans, author, forwarded)."""
    _, text = _unquote(lines[i][2])
    if ON_START.match(text):
        joined = text
        for span in range(1, 4):
            if ON_WROTE.match(joined):
                return span, _author_from_on_wrote(joined), False
            if i + span >= len(lines):
                break
            joined += " " + _unquote(lines[i + span][2])[1]
        return None
    forwarded = bool(FORWARDED.match(text))
    if forwarded or ORIGINAL.match(text) or UNDERSCORES.match(text):
        # Marker line, usually followed by a From:/Sent: header block.
        author = None
        for j in range(i + 1, min(i + 4, len(lines))):
            m = HEADER_FROM.match(_unquote(lines[j][2])[1])
            if m:
                author = m.group(1)
                break
        if UNDERSCORES.match(text) and author is None:
            return None
        return 1, author, forwarded
    m = HEADER_FROM.match(text)
    if m and _unquote(lines[i][2])[0] and _looks_like_person(m.group(1)):
        # "> From: Leonid Petrov" opening a quoted message inside a forward.
        return 1, m.group(1), False
    if m:
        # Outlook-style header block without a marker line: From: then Sent:/Date:/To:.
        nxt = [_unquote(lines[j][2])[1] for j in range(i + 1, min(i + 4, len(lines)))]
        if sum(1 for t in nxt if HEADER_ANY.match(t)) >= 1:
            return 1, m.group(1), False
    return None


def _looks_like_person(value: str) -> bool:
    if "@" in value:
        return True
    words = value.split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() for w in words)


def _is_recipient(author: str | None, recipients: list[str], sender: str | None) -> bool | None:
    if not author:
        return None
    name, addr = parseaddr(author) if "@" in author else (author, "")
    if not addr and "@" in author:
        addr = author.strip("<> ")
    addr = addr.lower()
    name = (name or (author if "@" not in author else "")).strip().strip('"').lower()
    rec = getaddresses(recipients)
    rec_addrs = {a.lower() for _, a in rec if a}
    rec_domains = {a.rsplit("@", 1)[-1] for a in rec_addrs if "@" in a}
    sender_dom = parseaddr(sender or "")[1].lower().rsplit("@", 1)[-1] if sender else None
    if addr:
        if addr in rec_addrs:
            return True
        dom = addr.rsplit("@", 1)[-1]
        if sender_dom and dom == sender_dom:
            return False
        if dom in rec_domains and dom not in _PUBLIC_MAIL:
            return True
        return False
    rec_names = {n.lower() for n, _ in rec if n}
    if name and name in rec_names:
        return True
    # Recipient "kwame.asante@..." and author "Kwame Asante": match on the local part.
    locals_ = {re.sub(r"[._-]+", " ", a.split("@")[0]) for a in rec_addrs}
    if name and (name in locals_ or any(w in loc.split() for loc in locals_ for w in name.split() if len(w) > 2)):
        return True
    return None


_PUBLIC_MAIL = {"gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "live.com", "aol.com"}


# Text after the sign-off that is still written to the reader: a P.S., a note.
AFTER_SIGN_OFF = re.compile(r"^\s*(?:p\.?\s?p\.?\s?s\b|p\.?\s?s\b|n\.?\s?b\b|note\b|notes\b|fyi\b|btw\b|internal\b|ps\b)[.:,\s-]",
                            re.I)
PROSE_WORDS = 10


def _after_sign_off(lines, kinds: list[str], sig_start: int, end: int) -> None:
    """Give text after the sign-off back to the new text: a P.S./N.B./note line and what
    follows it, or a paragraph of prose (a sentence of 10+ words) below the name block.
    Disclaimers are found afterwards and keep their own kind."""
    k = sig_start + 1
    seen_blank = False
    while k < end:
        line = lines[k][2]
        if AFTER_SIGN_OFF.match(line):
            for j in range(k, end):
                kinds[j] = BODY
            return
        if not line.strip():
            seen_blank = True
        elif seen_blank:
            para = [k]
            while para[-1] + 1 < end and lines[para[-1] + 1][2].strip():
                para.append(para[-1] + 1)
            joined = " ".join(lines[p][2].strip() for p in para)
            if len(joined.split()) >= PROSE_WORDS and joined.rstrip()[-1:] in ".!?":
                for j in para:
                    kinds[j] = BODY
            k = para[-1]
        k += 1


_PATCH_SEPARATOR = re.compile(r"^---[ \t]*$")
_DIFFSTAT = re.compile(r"^ \S.* \| +(?:\d+ ?[+-]*|Bin .*)$")
_DIFF_START = re.compile(r"^(?:diff --git |Index: |--- a/|diff -)")


def _diff_start(lines) -> int | None:
    """Line index where a patch's "---" separator starts its diffstat and diff."""
    for i, (_, _, line) in enumerate(lines):
        if _DIFF_START.match(line) and i:
            return i
        if _PATCH_SEPARATOR.match(line):
            nxt = [ln[2] for ln in lines[i + 1 : i + 6] if ln[2].strip()]
            if nxt and (_DIFFSTAT.match(nxt[0]) or _DIFF_START.match(nxt[0])):
                return i
    return None


def split(text: str, recipients: list[str] | None = None, sender: str | None = None) -> list[Segment]:
    """Return the segments of ``text`` in order, covering it entirely."""
    recipients = recipients or []
    lines = _lines(text)
    # A patch: the diff below "---" is its own part; the rest is read as usual.
    start = _diff_start(lines)
    diff_lines = lines[start:] if start is not None else []
    lines = lines[:start] if start is not None else lines
    kinds: list[str] = [BODY] * len(lines)
    authors: list[tuple[str | None, bool]] = [(None, False)] * len(lines)

    # 1. Quoted history.
    i = 0
    rest_quoted = False
    author: tuple[str | None, bool] = (None, False)
    while i < len(lines):
        att = _attribution(lines, i)
        if att:
            span, who, fwd = att
            author = (who, fwd or author[1])
            for j in range(i, min(i + span, len(lines))):
                kinds[j] = QUOTED
                authors[j] = author
            # "On ... wrote:" followed by ">" lines quotes just those lines (interleaved
            # replies stay new text); marker/header styles quote everything below.
            depth_after = next(
                (_unquote(lines[j][2])[0] for j in range(i + span, len(lines)) if lines[j][2].strip()),
                0,
            )
            own_depth = _unquote(lines[i][2])[0]
            if not (ON_START.match(_unquote(lines[i][2])[1]) and depth_after > own_depth):
                rest_quoted = True
            i += span
            continue
        depth, _ = _unquote(lines[i][2])
        if rest_quoted or depth:
            kinds[i] = QUOTED
            authors[i] = author
        i += 1

    # 2. Signature and disclaimer, inside the new text before the first quoted line.
    first_quoted = next((k for k, kind in enumerate(kinds) if kind == QUOTED), len(lines))
    new_end = first_quoted
    while new_end > 0 and not lines[new_end - 1][2].strip():
        new_end -= 1
    sig_start = None
    for k in range(new_end):
        if SIG_DASHES.match(lines[k][2]):
            sig_start = k
            break
    if sig_start is None:
        for k in range(new_end - 1, -1, -1):
            if VALEDICTION.match(lines[k][2]):
                tail = [ln[2] for ln in lines[k + 1 : new_end] if ln[2].strip()]
                if len(tail) <= MAX_SIGNATURE_LINES and all(len(t) <= 90 for t in tail):
                    sig_start = k
                break
            if new_end - k > MAX_SIGNATURE_LINES + 4:
                break
    if sig_start is not None:
        for k in range(sig_start, first_quoted):
            kinds[k] = SIGNATURE
        _after_sign_off(lines, kinds, sig_start, first_quoted)
    # Disclaimers: paragraphs of boilerplate anywhere outside the quoted history.
    para: list[int] = []
    for k in range(len(lines) + 1):
        if k < len(lines) and lines[k][2].strip() and kinds[k] != QUOTED:
            para.append(k)
            continue
        if para:
            body = " ".join(lines[p][2] for p in para)
            if DISCLAIMER_CUE.search(body):
                for p in para:
                    kinds[p] = DISCLAIMER
            para = []

    # 3. Merge lines into segments.
    lines = lines + diff_lines
    kinds += [DIFF] * len(diff_lines)
    authors += [(None, False)] * len(diff_lines)
    segments: list[Segment] = []
    for (start, end, _), kind, (who, fwd) in zip(lines, kinds, authors):
        if start == end and segments:
            segments[-1].end = end
            continue
        last = segments[-1] if segments else None
        if last and last.kind == kind and (kind != QUOTED or (last.author, last.forwarded) == (who, fwd)):
            last.end = end
        else:
            segments.append(
                Segment(
                    kind,
                    start,
                    end,
                    author=who if kind == QUOTED else None,
                    by_recipient=_is_recipient(who, recipients, sender) if kind == QUOTED else None,
                    forwarded=fwd if kind == QUOTED else False,
                )
            )
    if not segments:
        segments.append(Segment(BODY, 0, len(text)))
    segments[0].start = 0
    segments[-1].end = len(text)
    return segments
