"""Read stdin, .txt, .md, .html and .eml files into Drafts."""
from __future__ import annotations

import codecs
import email
import email.policy
import re
from email.message import Message
from email.header import decode_header, make_header
from email.utils import getaddresses
from pathlib import Path

from ..errors import InputError
from ..inputs import MAX_TEXT_CHARS, read_file
from .html import html_to_text
from .mask import mask
from .model import Draft
from .split import split

TEMPLATE_SUFFIXES = {".j2", ".jinja", ".jinja2", ".hbs", ".handlebars", ".mustache", ".liquid", ".tmpl", ".tpl"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm"}
EML_SUFFIXES = {".eml", ".msg", ".mbox"}
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]")
_MAIL_HEADERS = re.compile(
    rb"^(from|to|cc|subject|date|message-id|mime-version|received|return-path|in-reply-to|content-type|x-[a-z-]+):",
    re.I | re.M,
)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_MD_NOISE = re.compile(r"^(#{1,6} |[*+-] |\d+\. )|\*\*|__|`+|\]\([^)\s]*\)", re.M)


def sniff_format(data: bytes, name: str | None = None) -> str:
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in EML_SUFFIXES:
        return "eml"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix in TEMPLATE_SUFFIXES:
        return "template"
    if suffix and suffix not in TEXT_SUFFIXES:
        return "txt"
    head = data[:4096].lstrip()
    if _HEADER_LINE.match(head):
        header_block = head.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
        if len(_MAIL_HEADERS.findall(header_block)) >= 2:
            return "eml"
    if re.match(rb"(?is)<(!doctype html|html|body|div|p|table)\b", head):
        return "html"
    return "txt"


def decode_text(data: bytes, path: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start}); convert the file to UTF-8") from None


def _build(path: str, text: str, fmt: str, *, source_text: str | None = None, source_map=None,
           subject=None, headers=None, recipients=None, sender=None, attachments=None,
           disabled=None, template: bool = False) -> Draft:
    text = text.replace("\r\n", "\n") if source_map is None else text
    # A lone surrogate (from a decoder, a file name, the API) cannot be printed or
    # encoded in any report; U+FFFD keeps the length, so offsets stay exact.
    text = _LONE_SURROGATE.sub("\ufffd", text)
    if source_text is not None:
        source_text = _LONE_SURROGATE.sub("\ufffd", source_text)
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"{path}: the text is {len(text):,} characters, more than replylint lints "
                         f"({MAX_TEXT_CHARS:,}); split it")
    segments = split(text, recipients or [], sender)
    masked, placeholders = mask(text, segments)
    if fmt == "md":
        chars = list(masked)
        for m in _MD_NOISE.finditer(text):
            s, e = m.span()
            if m.group().startswith("]("):
                s += 1
            for k in range(s, e):
                if chars[k] not in "\n":
                    chars[k] = " "
        masked = "".join(chars)
    return Draft(
        path=path, text=text, masked=masked, format=fmt, subject=subject, headers=headers or {},
        recipients=recipients or [], sender=sender, attachments=attachments or [],
        segments=segments, placeholders=placeholders, source_map=source_map,
        source_text=source_text, disabled=disabled or set(), template=template or fmt == "template",
        attachments_known=attachments is not None,
    )


def _disabled_codes(value: str | None) -> set[str]:
    if not value:
        return set()
    return {c.strip().upper() for c in re.split(r"[,\s]+", value) if c.strip()}


def _header(msg: Message, name: str) -> str | None:
    """A header as text, RFC 2047 encoded words decoded; works for both email policies."""
    raw = msg.get(name)
    if raw is None:
        return None
    if not isinstance(raw, str) or "=?" not in raw:
        return " ".join(str(raw).split())
    try:
        return " ".join(str(make_header(decode_header(raw))).split())
    except Exception:  # bad base64 in an encoded word, unknown charset...: show it as written
        return " ".join(str(raw).split())


def _body_part(msg: Message) -> Message | None:
    """The part to lint: the first inline text/plain, else the first text/html."""
    html = None
    for part in msg.walk():
        if part.is_multipart():
            continue
        # str(): with an 8-bit byte in it the header is a Header object, not a str.
        disposition = str(part.get("content-disposition") or "").split(";")[0].strip().lower()
        if disposition == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain":
            return part
        if ctype == "text/html" and html is None:
            html = part
    return html


# Codecs Python knows that no mail client uses to show text: they interpret escapes or
# fail on ordinary bytes, and can make lone surrogates.
_NOT_A_CHARSET = {"undefined", "punycode", "idna", "unicode-escape", "unicode_escape", "raw-unicode-escape",
                  "raw_unicode_escape", "mbcs", "oem"}


def _decode_part(part: Message, path: str) -> str:
    payload = part.get_payload(decode=True)
    if payload is None:
        payload = b""
    charset = part.get_content_charset() or "utf-8"
    try:
        codec = codecs.lookup(charset)
        usable = codec._is_text_encoding and codec.name not in _NOT_A_CHARSET
    except (LookupError, ValueError, TypeError):  # unknown, or a NUL in the name
        usable = False
    if not usable:
        # Unknown or not a text charset (undefined, punycode, unicode_escape, rot13...):
        # read the bytes losslessly, as UTF-8 when they are, else byte for byte.
        try:
            return payload.decode("utf-8")
        except UnicodeDecodeError:
            return payload.decode("latin-1")
    try:
        return payload.decode(charset)
    except UnicodeDecodeError as exc:
        if charset.lower() in ("us-ascii", "ascii"):
            # Common mislabel: 8-bit UTF-8 sent as us-ascii.
            try:
                return payload.decode("utf-8")
            except UnicodeDecodeError:
                pass
        raise InputError(f"{path}: message body is not valid {charset} (byte {exc.start})") from None


def draft_from_message(msg: Message, path: str = "<message>", recipients: list[str] | None = None) -> Draft:
    """Build a Draft from a parsed email message (the decoded text body is linted)."""
    part = _body_part(msg)
    if part is None:
        raise InputError(f"{path}: the message has no text/plain or text/html part")
    content = _decode_part(part, path)
    headers = {k: _header(msg, k) or "" for k in msg.keys()}
    if recipients is None:
        fields = [_header(msg, h) or "" for h in ("to", "cc")]
        recipients = [f"{n} <{a}>" if n else a for n, a in getaddresses([f for f in fields if f]) if a]
    attachments = [fn for p in msg.walk() if not p.is_multipart() and (fn := p.get_filename())]
    sender = _header(msg, "from") or None
    disabled = _disabled_codes(_header(msg, "x-replylint-disable"))
    subject = _header(msg, "subject") or None
    if part.get_content_subtype() == "html":
        text, source_map = html_to_text(content)
        return _build(path, text, "eml", source_text=content, source_map=source_map, subject=subject,
                      headers=headers, recipients=recipients, sender=sender, attachments=attachments,
                      disabled=disabled)
    return _build(path, content, "eml", subject=subject, headers=headers, recipients=recipients,
                  sender=sender, attachments=attachments, disabled=disabled)


def parse_message_bytes(data: bytes, path: str) -> Message:
    # compat32 parses headers lazily and is several times faster than policy.default,
    # which matters when linting thousands of messages.
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as exc:  # the email package raises many types on broken input
        raise InputError(f"{path}: malformed MIME message ({exc.__class__.__name__}: {exc})") from None
    if msg.get_content_maintype() == "multipart" and (not msg.is_multipart() or not msg.get_boundary()):
        raise InputError(f"{path}: malformed MIME message (multipart without a boundary)")
    if not msg.keys() and not data.strip():
        raise InputError(f"{path}: empty message")
    return msg


def read_draft(data: bytes, path: str, fmt: str | None = None, *, recipients: list[str] | None = None,
               template: bool = False) -> Draft:
    """Turn raw bytes into a Draft.  ``fmt`` is sniffed from the name and content when None."""
    fmt = fmt or sniff_format(data, path)
    if fmt == "eml":
        msg = parse_message_bytes(data, path)
        try:
            draft = draft_from_message(msg, path, recipients)
        except InputError:
            raise
        except Exception as exc:  # the email package raises many types on hostile input
            raise InputError(f"{path}: cannot read the message ({exc.__class__.__name__}: {exc})") from None
        if recipients:
            draft.recipients = list(recipients)
        return draft
    text = decode_text(data, path)
    if fmt == "html":
        converted, source_map = html_to_text(text)
        return _build(path, converted, "html", source_text=text, source_map=source_map,
                      recipients=recipients, template=template)
    return _build(path, text, fmt, recipients=recipients, template=template)


def read_path(path: str | Path, **kwargs) -> Draft:
    p = Path(path)
    data = read_file(p)  # regular files only, at most max-input-size bytes
    return read_draft(data, str(p), **kwargs)


def draft_from_text(text: str, path: str = "<text>", *, fmt: str = "txt", recipients: list[str] | None = None,
                    subject: str | None = None, template: bool = False) -> Draft:
    d = _build(path, text, fmt, recipients=recipients, template=template)
    d.subject = subject
    return d
