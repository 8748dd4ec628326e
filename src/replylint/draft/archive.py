"""Mail archives: an mbox file or a Maildir folder gives one draft per message.

Both are read as iterators, one message at a time, so an archive of any size is linted
in constant memory.  Each draft is named ``PATH#N`` (1-based position in the archive;
for a Maildir, the message's file) and carries its Message-ID as ``label``; positions of
an mbox message are lines of the mbox file.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from .model import Draft

MBOX_SUFFIXES = (".mbox", ".mbx")
# An mbox "From " separator line: "From sender date" at the start of a line.
# "From sender Mon Dec  7 09:00:00 2026": a weekday or a year is required, so a draft
# that opens with "From the team ..." is not an archive.
_FROM_LINE = re.compile(rb"^From \S+\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b.*|.*\b\d{4}\s*)\r?\n?$")


def is_mbox(path: str, head: bytes) -> bool:
    return path.lower().endswith(MBOX_SUFFIXES) or head.startswith(b"From ") and bool(_FROM_LINE.match(head.split(b"\n", 1)[0]))


def is_archive(path: str | Path) -> bool:
    """Whether ``path`` holds several messages (an mbox file, a Maildir folder)."""
    p = Path(path)
    if is_maildir(p):
        return True
    if not p.is_file():  # a FIFO or device is never opened to peek
        return False
    try:
        with open(p, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return is_mbox(str(p), head)


def is_maildir(path: Path) -> bool:
    return path.is_dir() and all((path / d).is_dir() for d in ("cur", "new"))


def _message(data: bytes, name: str, line_offset: int, **kwargs) -> Draft:
    from .readers import draft_from_message, parse_message_bytes

    msg = parse_message_bytes(data, name)
    draft = draft_from_message(msg, name, kwargs.get("recipients"), raw=data)
    for d in (draft, *draft.extras):
        d.line_offset += line_offset
        d.header_lines = {k: v + line_offset for k, v in d.header_lines.items()}
    if kwargs.get("template"):
        draft.template = True
    draft.label = (draft.headers.get("Message-ID") or draft.headers.get("Message-Id") or "").strip() or None
    return draft


def _mbox_messages(fh) -> Iterator[tuple[bytes, int]]:
    """(message bytes, 0-based file line of its first header line) for each message."""
    lines: list[bytes] = []
    start_line = 0
    lineno = 0
    prev_blank = True
    for line in fh:
        if line.startswith(b"From ") and prev_blank and _FROM_LINE.match(line):
            if b"".join(lines).strip():
                yield _unescape(b"".join(lines)), start_line
            lines = []
            start_line = lineno + 1
        elif lines or line.strip():
            if not lines:
                start_line = lineno
            lines.append(line)
        prev_blank = not line.strip()
        lineno += 1
    if b"".join(lines).strip():
        yield _unescape(b"".join(lines)), start_line


def _unescape(data: bytes) -> bytes:
    # mboxrd/mboxo: ">From " at a line start was escaped when the archive was written.
    return re.sub(rb"(?m)^>(>*From )", rb"\1", data)


def iter_mbox(path: str, **kwargs) -> Iterator[Draft]:
    """One draft per message of an mbox file, streamed: the file is read line by line.

    Messages are named ``PATH#N``; an mbox of one message (``git format-patch`` output)
    keeps its plain path.
    """
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with fh:
        messages = _mbox_messages(fh)
        first = next(messages, None)
        if first is None:
            raise InputError(f"{path}: no messages in this mbox file")
        second = next(messages, None)
        if second is None:
            yield _message(first[0], path, first[1], **kwargs)
            return
        yield _message(first[0], f"{path}#1", first[1], **kwargs)
        yield _message(second[0], f"{path}#2", second[1], **kwargs)
        for index, (data, line) in enumerate(messages, start=3):
            yield _message(data, f"{path}#{index}", line, **kwargs)


def iter_maildir(path: Path, **kwargs) -> Iterator[Draft]:
    """One draft per message file in a Maildir's cur/ and new/ folders (named by file)."""
    count = 0
    for sub in ("cur", "new"):
        for f in sorted((path / sub).iterdir()):
            if not f.is_file() or f.name.startswith("."):
                continue
            from ..inputs import read_file

            data = read_file(f)  # bounded, regular files only
            count += 1
            yield _message(data, str(f), 0, **kwargs)
    if not count:
        raise InputError(f"{path}: no messages in this Maildir")
