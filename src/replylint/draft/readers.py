"""Read stdin, .txt, .md, .html and .eml files into Drafts."""
from __future__ import annotations

import codecs
import email
import email.policy
import re
from email.message import Message
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..inputs import MAX_TEXT_CHARS, read_file
from .archive import is_maildir, is_mbox, iter_maildir, iter_mbox
from .html import html_to_text
from .message import message_draft, subject_draft, text_draft_parts
from .mask import mask
from .model import Draft
from .split import split

TEMPLATE_SUFFIXES = {".j2", ".jinja", ".jinja2", ".hbs", ".handlebars", ".mustache", ".liquid", ".tmpl", ".tpl"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm"}
EML_SUFFIXES = {".eml", ".msg", ".mbox", ".mbx"}
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
    return decode_text_noted(data, path)[0]


def decode_text_noted(data: bytes, path: str) -> tuple[str, str | None]:
    """A text file's text: UTF-8 (BOM dropped), UTF-16 with a BOM, else Windows-1252 -- the
    encoding editors on Windows save templates in -- with a note saying so."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        note = f"not valid UTF-8 (byte {exc.start}); read as windows-1252"
    nul = data.find(b"\0")
    if nul >= 0:  # not text in any 8-bit encoding: a binary file
        raise InputError(f"{path}: not a text file (NUL byte at {nul}); convert the file to UTF-8 text")
    # windows-1252 leaves five bytes undefined: shown as U+FFFD, as editors show them.
    return data.decode("windows-1252", "replace"), note


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


def draft_from_message(msg: Message, path: str = "<message>", recipients: list[str] | None = None,
                       raw: bytes | None = None) -> Draft:
    """Build a Draft from a parsed email message: the main text body, with the subject,
    other alternatives, HTML attribute text and text attachments as its extras."""
    raw = raw if raw is not None else getattr(msg, "_replylint_raw", None)
    return message_draft(_build, msg, path, recipients, raw)


def parse_message_bytes(data: bytes, path: str) -> Message:
    if data.startswith(OLE_MAGIC):
        raise InputError(MSG_REFUSAL.format(path=path))
    # compat32 parses headers lazily and is several times faster than policy.default,
    # which matters when linting thousands of messages.
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as exc:  # the email package raises many types on broken input
        raise InputError(f"{path}: malformed MIME message ({exc.__class__.__name__}: {exc})") from None
    # A multipart without a boundary is read as text, as mail clients show it.
    msg._replylint_raw = data  # positions: each part's body is located in the raw bytes
    if not msg.keys() and not data.strip():
        raise InputError(f"{path}: empty message")
    return msg


_MBOX_SEPARATOR = re.compile(rb"(?:^|\n\n)From \S")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg (a Compound File)
MSG_REFUSAL = ("{path}: an Outlook .msg file is not read; save the message as .eml (Outlook on the web, "
               "new Outlook or Outlook for Mac: drag it to a folder or File > Save as; classic Outlook: "
               "forward it as an attachment, or open it in Thunderbird) and lint that")


def read_draft(data: bytes, path: str, fmt: str | None = None, *, recipients: list[str] | None = None,
               template: bool = False) -> Draft:
    """Turn raw bytes into a Draft.  ``fmt`` is sniffed from the name and content when None."""
    if data.startswith(OLE_MAGIC) or fmt is None and path.lower().endswith(".msg") and not sniff_format(data) == "eml":
        raise InputError(MSG_REFUSAL.format(path=path))
    fmt = fmt or sniff_format(data, path)
    if fmt == "eml" and is_mbox(path, data[:4096]) and len(_MBOX_SEPARATOR.findall(data)) > 1:
        raise InputError(f"{path}: an mbox archive of several messages; lint it as a file (`replylint check "
                         f"{path}`) or with replylint.draft.iter_path, which give one draft per message")
    if fmt == "eml":
        msg = parse_message_bytes(data, path)
        try:
            draft = draft_from_message(msg, path, recipients, raw=data)
        except InputError:
            raise
        except Exception as exc:  # the email package raises many types on hostile input
            raise InputError(f"{path}: cannot read the message ({exc.__class__.__name__}: {exc})") from None
        if recipients:
            draft.recipients = list(recipients)
        return draft
    text, note = decode_text_noted(data, path)
    if fmt == "html":
        draft, attrs = text_draft_parts(_build, path, text, html=True, fmt="html", recipients=recipients,
                                        template=template)
        draft.extras = attrs
    else:
        draft = _build(path, text, fmt, recipients=recipients, template=template)
    if note:
        draft.notes.append(note)
    return draft


def read_path(path: str | Path, **kwargs) -> Draft:
    p = Path(path)
    data = read_file(p)  # regular files only, at most max-input-size bytes
    return read_draft(data, str(p), **kwargs)


def iter_path(path: str | Path, **kwargs) -> Iterator[Draft]:
    """Every draft in a file: one for a draft file, one per message for an mbox file or a
    Maildir folder (read one message at a time)."""
    p = Path(path)
    if is_maildir(p):
        yield from iter_maildir(p, **kwargs)
        return
    head = b""
    if p.is_file():  # never open a FIFO or device to peek: read_path refuses those
        try:
            with open(p, "rb") as fh:
                head = fh.read(4096)
        except OSError:
            pass  # read_path says what is wrong
    if head and is_mbox(str(p), head):
        yield from iter_mbox(str(p), **kwargs)
        return
    yield read_path(p, **kwargs)


def draft_from_text(text: str, path: str = "<text>", *, fmt: str = "txt", recipients: list[str] | None = None,
                    subject: str | None = None, template: bool = False) -> Draft:
    d = _build(path, text, fmt, recipients=recipients, template=template)
    d.subject = subject
    if subject is not None:  # linted where it is written (part "subject"), as in a message
        subj = subject_draft(_build, path, subject, recipients=recipients)
        subj.template = template
        d.extras = [subj]
    return d
