"""Read a parsed email message the way a mail client shows it.

The main draft is the first inline ``text/plain`` part (else the first ``text/html``).
Everything else the client reads is linted too, as ``extras`` of the main draft:

* the subject line (``section="subject"``; a reply's "Re:" subject is the answered
  message's, read only by the leak, template and completeness rules);
* every other inline text alternative (the HTML of ``multipart/alternative``: what most
  clients display) -- the engine reports a finding found in both only once;
* the text of HTML attributes (``href``/``src`` for the leak rules, ``alt``/``title``
  for leak and remark rules);
* text attachments (``text/*``, ``.csv``, ``.ics``, ...) for the leak rules.

A body whose declared charset fails is decoded as clients do (see :func:`decode_payload`)
and the draft says so in ``notes``.  Positions are file positions: each part's body is
located in the raw message, so a finding in a 7bit/8bit body lands on the file's own
line; a transfer-encoded (base64, quoted-printable) part reports its first line.
"""
from __future__ import annotations

import codecs
import re
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses

from .html import html_to_text_and_attributes
from .model import BODY, QUOTED, Draft, Segment

# Rule categories that read a subject line: what it says is as visible as the body (an
# overpromise, a remark, a secret, a time with no zone, an idiom); completeness checks the
# subject itself (CMP002).  Prose-style rules (jargon, empathy, follow-up) need sentences.
SUBJECT_CATEGORIES = frozenset({"overpromise", "remark", "leak", "tone", "template", "timezone", "completeness"})
# A reply's subject ("Re: Your salesman guaranteed March delivery") repeats the subject of
# the message answered: not the writer's words, so, as in quoted text, the rules that hold
# only the writer's own wording against the draft do not read it.  A leak still reaches
# the reader wherever it is, and completeness still judges the subject itself.
REPLY_SUBJECT_CATEGORIES = frozenset({"leak", "template", "completeness"})
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|sv|antw|odp)(?:\[\d+\])?\s*:", re.I)
LINK_CATEGORIES = frozenset({"leak"})
SHOWN_ATTRIBUTE_CATEGORIES = frozenset({"leak", "remark"})
ATTACHMENT_CATEGORIES = frozenset({"leak"})
TEXT_ATTACHMENT_SUFFIXES = (".txt", ".csv", ".tsv", ".ics", ".vcf", ".md", ".log", ".json", ".xml", ".yaml",
                            ".yml", ".ini", ".cfg", ".conf", ".env", ".html", ".htm")
# Attachments above this are not read (a text export of a whole database is not a draft).
MAX_ATTACHMENT = 1_000_000
# What clients do with a declared charset that fails: read its common superset.
SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "euc-cn": "gb18030", "x-gbk": "gb18030",
    "iso-8859-1": "windows-1252", "latin-1": "windows-1252", "latin1": "windows-1252",
    "us-ascii": "windows-1252", "ascii": "windows-1252", "iso-8859-9": "windows-1254",
    "ks_c_5601-1987": "cp949", "euc-kr": "cp949", "big5": "big5hkscs", "shift_jis": "cp932",
    "iso-8859-11": "cp874", "tis-620": "cp874", "iso-2022-jp": "iso2022_jp_ext",
}


def header_text(msg: Message, name: str) -> str | None:
    """A header as text, RFC 2047 encoded words decoded; never raises on a broken header."""
    raw = msg.get(name)
    if raw is None:
        return None
    try:
        raw = str(raw)
    except Exception:  # a header object that cannot be shown: drop it rather than fail
        return None
    if "=?" not in raw:
        return " ".join(raw.split())
    try:
        return " ".join(str(make_header(decode_header(raw))).split())
    except Exception:
        pass
    try:  # an encoded word in an unknown or failing charset: decoded as a body would be
        pieces = decode_header(raw)
        return " ".join("".join(decode_payload(p, c)[0] if isinstance(p, bytes) else p for p, c in pieces).split())
    except Exception:
        return " ".join(raw.split())


# Codecs Python knows that are not a text's character set (or cannot decode one).
_NOT_CHARSETS = {"undefined", "unicode-escape", "raw-unicode-escape", "punycode", "idna", "rot-13", "mbcs", "oem",
                 "palmos", "unicode-internal"}


def _known(charset: str) -> str | None:
    try:
        info = codecs.lookup(charset)
    except (LookupError, ValueError, TypeError):
        return None
    if info.name in _NOT_CHARSETS or not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def decode_payload(payload: bytes, charset: str | None) -> tuple[str, str | None]:
    """Text of a body and a note when it had to be read leniently.

    Tried in order: the declared charset; UTF-8 when the declared one is ASCII (8-bit
    UTF-8 mislabelled is common); the declared charset's common superset (gb2312 as
    gb18030, iso-8859-1 as windows-1252); UTF-8; then the declared (or superset)
    charset with replacement characters.  Clients show all of these messages.
    """
    declared = (charset or "utf-8").strip().lower()
    codec = _known(declared)
    if codec in ("latin-1", "iso8859-1"):
        # As every browser and mail client does (WHATWG Encoding): iso-8859-1 means
        # windows-1252, whose curly quotes and dashes senders' software writes.
        try:
            return payload.decode("cp1252"), None
        except UnicodeDecodeError:
            return payload.decode("latin-1"), None
    if codec:
        try:
            return payload.decode(codec), None
        except UnicodeDecodeError as exc:
            failed = f"the body is not valid {declared} (byte {exc.start})"
    else:
        failed = f"the declared charset {declared!r} is unknown"
        codec = None
    candidates = []
    superset = SUPERSETS.get(declared)
    if codec in ("ascii",):
        candidates.append("utf-8")
    if superset:
        candidates.append(superset)
    candidates.append("utf-8")
    for cand in candidates:
        try:
            return payload.decode(cand), f"{failed}; read as {cand}"
        except UnicodeDecodeError:
            continue
    fallback = superset or codec or "utf-8"
    return payload.decode(fallback, "replace"), f"{failed}; read as {fallback} with undecodable bytes replaced"


def _disposition(part: Message) -> str:
    value = part.get("content-disposition")
    try:
        return str(value or "").split(";")[0].strip().lower()
    except Exception:
        return ""


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        return None
    if name and any("\udc80" <= c <= "\udcff" for c in name):
        # Raw 8-bit bytes in the header (not RFC 2231-encoded): UTF-8, else Windows-1252.
        raw = name.encode("utf-8", "surrogateescape")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", "replace")
    return name


def _leaves(msg: Message) -> list[Message]:
    out = []
    for part in msg.walk():
        if not part.is_multipart():
            out.append(part)
    return out


def _is_text_attachment(part: Message) -> bool:
    name = (_filename(part) or "").lower()
    ctype = part.get_content_type()
    return (ctype.startswith("text/") or ctype in ("application/csv", "application/ics", "application/json")
            or name.endswith(TEXT_ATTACHMENT_SUFFIXES))


def _payload(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if payload is None:
        raw = part.get_payload()
        payload = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    return payload


def _encoded(part: Message) -> bool:
    cte = str(part.get("content-transfer-encoding") or "7bit").strip().lower()
    return cte in ("base64", "quoted-printable", "x-uuencode", "uuencode", "x-uue")


# -- where each part's body starts in the raw message -------------------------------
_BLANK = re.compile(r"\r?\n\r?\n")


def _body_start(raw: str, start: int, end: int) -> int:
    """Offset where the body of the entity in raw[start:end] starts (after its headers)."""
    if raw.startswith("\n", start) or raw.startswith("\r\n", start):
        return start + (1 if raw[start] == "\n" else 2)
    m = _BLANK.search(raw, start, end)
    return m.end() if m else end


def locate_parts(msg: Message, raw: str) -> dict[int, int]:
    """id(part) -> offset in ``raw`` where the part's body starts, for every part found."""
    found: dict[int, int] = {}

    def walk(part: Message, start: int, end: int) -> None:
        body = _body_start(raw, start, end)
        found[id(part)] = body
        if not part.is_multipart():
            return
        boundary = part.get_boundary()
        subparts = part.get_payload()
        if not boundary or not isinstance(subparts, list):
            return
        delim = re.compile(rf"(?m)^--{re.escape(boundary)}(--)?[ \t]*\r?$")
        marks = [m for m in delim.finditer(raw, body, end)]
        pieces = []
        for a, b in zip(marks, marks[1:]):
            if a.group(1):
                break
            nl = raw.find("\n", a.end() - 1, end)
            pieces.append((nl + 1 if nl >= 0 else a.end(), b.start()))
        for sub, (s, e) in zip(subparts, pieces):
            if isinstance(sub, Message):
                walk(sub, s, e)

    walk(msg, 0, len(raw))
    return found


def _header_lines(raw: str) -> dict[str, int]:
    out: dict[str, int] = {}
    end = _body_start(raw, 0, len(raw))
    line = 1
    for text in raw[:end].split("\n"):
        m = re.match(r"([A-Za-z0-9-]+):", text)
        if m:
            out.setdefault(m.group(1).lower(), line)
        line += 1
    return out


# -- building the drafts ------------------------------------------------------------
def _attribute_drafts(build, path: str, html: str, attributes, line_offset: int, encoded: bool) -> list[Draft]:
    out = []
    for names, categories, section in ((("href", "src"), LINK_CATEGORIES, "link"),
                                       (("alt", "title"), SHOWN_ATTRIBUTE_CATEGORIES, "attribute")):
        chosen = [(v, off) for n, v, off in attributes if n in names]
        if not chosen:
            continue
        pieces, source_map, pos = [], [], 0
        for value, off in chosen:
            value = " ".join(value.split())
            source_map.append((pos, off))
            pieces.append(value + "\n\n")
            pos += len(value) + 2
        d = build(path, "".join(pieces), "txt", source_text=html, source_map=source_map)
        d.section, d.categories, d.line_offset, d.encoded = section, categories, line_offset, encoded
        out.append(d)
    return out


def text_draft_parts(build, path: str, text: str, *, html: bool, line_offset: int = 0, encoded: bool = False,
                     **kwargs) -> tuple[Draft, list[Draft]]:
    """A draft for one text (HTML converted, attributes as extra drafts)."""
    if not html:
        d = build(path, text, kwargs.pop("fmt", "eml"), **kwargs)
        d.line_offset, d.encoded = line_offset, encoded
        return d, []
    converted, source_map, attributes = html_to_text_and_attributes(text)
    d = build(path, converted, kwargs.pop("fmt", "eml"), source_text=text, source_map=source_map, **kwargs)
    d.line_offset, d.encoded = line_offset, encoded
    return d, _attribute_drafts(build, path, text, attributes, line_offset, encoded)


def message_draft(build, msg: Message, path: str, recipients: list[str] | None = None,
                  raw: bytes | None = None) -> Draft:
    """The main draft of a message, with every other text the client reads as extras."""
    leaves = _leaves(msg)
    inline = [p for p in leaves if _disposition(p) != "attachment" and p.get_content_type() in ("text/plain", "text/html")]
    # A multipart without a usable boundary: clients show its body as text.
    if not inline and msg.get_content_maintype() == "multipart" and not msg.is_multipart():
        inline = [msg]
    main = next((p for p in inline if p.get_content_type() == "text/plain"), None) or (inline[0] if inline else None)

    rawtext = raw.decode("latin-1") if raw is not None else None
    where = locate_parts(msg, rawtext) if rawtext is not None else {}
    header_lines = _header_lines(rawtext) if rawtext is not None else {}

    headers = {k: header_text(msg, k) or "" for k in msg.keys()}
    if recipients is None:
        fields = [header_text(msg, h) or "" for h in ("to", "cc")]
        recipients = [f"{n} <{a}>" if n else a for n, a in getaddresses([f for f in fields if f]) if a]
    attachments = [fn for p in leaves if (fn := _filename(p))]
    sender = header_text(msg, "from") or None
    disabled_value = header_text(msg, "x-replylint-disable")
    disabled = {c.strip().upper() for c in re.split(r"[,\s]+", disabled_value or "") if c.strip()}
    subject = header_text(msg, "subject") or None
    common = dict(recipients=recipients, sender=sender)

    def offset_of(part: Message) -> int:
        start = where.get(id(part))
        return rawtext.count("\n", 0, start) if start is not None else 0

    def read(part: Message, section: str, label: str | None = None) -> tuple[Draft, list[Draft]]:
        text, note = decode_payload(_payload(part), _charset(part))
        html = part.get_content_subtype() == "html"
        d, attrs = text_draft_parts(build, path, text, html=html, line_offset=offset_of(part),
                                    encoded=rawtext is not None and _encoded(part), **common)
        d.section, d.label = section, label
        if note:
            d.notes.append(f"{label or part.get_content_type()}: {note}")
        return d, attrs

    if main is not None:
        draft, extras = read(main, "body")
    else:  # nothing but attachments (an image, a PDF): the subject and text attachments are still read
        draft, extras = build(path, "", "eml", **common), []
        draft.line_offset = rawtext.count("\n", 0, where.get(id(msg), 0)) if rawtext is not None else 0
    draft.subject, draft.headers, draft.attachments, draft.disabled = subject, headers, attachments, disabled
    draft.attachments_known = True  # a message lists its attachments itself
    draft.header_lines = header_lines
    for part in inline:
        if part is main:
            continue
        alt, attrs = read(part, part.get_content_type())
        # The same message: rules about it as a whole (attachments mentioned) see the same.
        alt.attachments, alt.recipients, alt.sender = attachments, recipients, sender
        alt.attachments_known = True
        extras += [alt, *attrs]
    for part in leaves:
        if part in inline or _disposition(part) != "attachment" and part.get_content_type() in ("text/plain", "text/html"):
            continue
        if not _is_text_attachment(part):
            continue
        payload = _payload(part)
        if len(payload) > MAX_ATTACHMENT or b"\0" in payload[:4096]:
            continue
        name = _filename(part) or part.get_content_type()
        att, attrs = read(part, "attachment", name)
        att.categories = ATTACHMENT_CATEGORIES
        if name.lower().endswith((".csv", ".tsv")) or part.get_content_type() in ("text/csv", "text/tab-separated-values"):
            # Cells are read as words: "Ann,4111 1111 1111 1111" holds a card number.
            att.masked = re.sub(r"[,;\t]", " ", att.masked)
        for a in attrs:
            a.categories = ATTACHMENT_CATEGORIES
        extras += [att, *attrs]
    extras.insert(0, subject_draft(build, path, subject, has_header=msg.get("subject") is not None,
                                   line=header_lines.get("subject", 1),
                                   encoded="=?" in str(msg.get("subject") or "") or rawtext is None,
                                   **common))
    for e in extras:
        e.disabled = disabled
        e.path = path
    draft.extras = extras
    return draft


_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|vs|antw|r)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def subject_draft(build, path: str, subject: str | None, *, has_header: bool = True, line: int = 1,
                  encoded: bool = False, **common) -> Draft:
    """The subject line as a text of its own, linted by the rules that apply to a subject.

    An empty or missing subject is a text too (empty), so a finding about it (CMP002)
    points at the Subject line -- or at the top of the headers when there is none.
    Positions point into the "Subject:" header line (column after the name).
    """
    shown = subject or ""
    if has_header:
        subj = build(path, shown, "txt", source_text="Subject: " + shown, source_map=[(0, 9)], **common)
    else:
        subj = build(path, shown, "txt", **common)
    subj.section = "subject"
    subj.categories = REPLY_SUBJECT_CATEGORIES if _REPLY_PREFIX.match(shown) else SUBJECT_CATEGORIES
    subj.subject = shown if has_header else None
    reply = _REPLY_PREFIX.match(shown)
    if reply and shown[reply.end():].strip():
        # "Re: Your salesman guaranteed March delivery": the words after "Re:" are the
        # subject of the message answered -- the client's, like their quoted text.
        subj.segments = [Segment(BODY, 0, reply.end()), Segment(QUOTED, reply.end(), len(shown), by_recipient=True)]
        subj._seg_starts = None
    subj.line_offset = line - 1 if has_header else 0
    subj.encoded = encoded
    return subj


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:
        return None
