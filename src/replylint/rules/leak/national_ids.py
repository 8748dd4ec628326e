"""National identity, tax, health and insurance numbers, identity documents and dates
of birth: what client-facing staff paste when a form asks for it.

Each kind is data in the leak lexicon (``[national_ids]``, ``[identity_documents]``,
``[date_of_birth]``).  A national number is reported only after one of its words on
the same line and only when python-stdnum's validator for it accepts it (checksums,
date parts, issuing rules), so a 9-13 digit order or account number stays clean.
Passport and driving-licence numbers have no public checksum: they need their words
right before them and a digit.  A date of birth needs its label and a whole date.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass

from .checksums import Ident, mask_digits


@dataclass(frozen=True)
class IdKind:
    key: str
    name: str
    word_list: tuple[str, ...]  # lower case
    shape: re.Pattern
    valid: object  # callable(str) -> bool, or None for documents without a checksum


def _words_rx(words: list[str]) -> re.Pattern:
    alts = sorted((re.escape(w.lower()).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", re.I)


def compile_kinds(national: dict, documents: dict) -> list[IdKind]:
    """The lexicon tables as :class:`IdKind` (a bad entry is a ValueError naming it)."""
    out = []
    for table, entries in (("national_ids", national), ("identity_documents", documents)):
        for key, spec in entries.items():
            try:
                words = [str(w) for w in spec["words"]]
                shape = re.compile(rf"(?<![A-Za-z0-9])(?:{spec['shape']})(?![A-Za-z0-9])")
                valid = None
                if table == "national_ids":
                    module = importlib.import_module("stdnum." + spec["check"])
                    valid = module.is_valid
                out.append(IdKind(key, str(spec.get("name", key)), tuple(" ".join(w.lower().split()) for w in words),
                                  shape, valid))
            except (KeyError, TypeError, ImportError, re.error) as exc:
                raise ValueError(f"[leak.{table}] {key}: expected name, words, shape"
                                 f"{' and check (a python-stdnum module)' if table == 'national_ids' else ''} ({exc})") from None
    return out


# Between the words and the number: "number", "no.", "#", ":", "is", "=".
_BETWEEN = re.compile(r"(?:\s*(?:number|num|no\.?|nr\.?|#|:|=|-|is|was|of|\(|\)|on file)\s*)*\s*", re.I)


def _word_spots(low: str, kinds: list[IdKind]) -> list[tuple[int, IdKind]]:
    """(end of the words, kind) for each kind's words standing alone in the text: found
    with ``str.find`` (a regex tried at every position of every draft costs too much
    for words that are rare in mail)."""
    spots = []
    for kind in kinds:
        for w in kind.word_list:
            i = low.find(w)
            while i >= 0:
                j = i + len(w)
                if (not i or not low[i - 1].isalnum()) and (j >= len(low) or not low[j].isalnum()):
                    spots.append((j, kind))
                i = low.find(w, j)
    return spots


def find_national_ids(text: str, kinds: list[IdKind], low: str | None = None) -> list[Ident]:
    low = text.lower() if low is None else low
    out: list[Ident] = []
    done: set[int] = set()
    for end, kind in sorted(_word_spots(low, kinds), key=lambda s: s[0]):
        at = _BETWEEN.match(text, end).end()
        if at in done:
            continue
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        m = kind.shape.match(text, at, min(line_end, at + 40))
        if not m:
            continue
        raw = m.group()
        compact = re.sub(r"[\s.\-]", "", raw).upper()
        if kind.valid is not None:
            # Some validators want the separator ("210385-6318"), others none.
            if not (kind.valid(raw.replace(" ", "")) or kind.valid(compact)):
                continue
        elif not any(c.isdigit() for c in compact) or re.fullmatch(r"\d{1,5}", compact) or _DATE.fullmatch(raw):
            continue
        done.add(at)
        label = "national-id" if kind.valid is not None else "id-document"
        out.append(Ident(label, m.start(), m.end(), compact, mask_digits(raw, 0, 2), kind.name))
    return out


_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE = re.compile(
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\s*,?\s+(?:19|20)\d{{2}}"
    rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s+(?:19|20)\d{{2}})(?![\w])",
    re.I,
)


def find_dates_of_birth(text: str, words: re.Pattern, low: str | None = None) -> list[Ident]:
    low = text.lower() if low is None else low
    if "birth" not in low and "dob" not in low and "d.o.b" not in low and "born" not in low and "naissance" not in low and "geburt" not in low and "nacimiento" not in low:
        return []
    out = []
    for w in words.finditer(text):
        at = _BETWEEN.match(text, w.end()).end()
        m = _DATE.match(text, at, min(len(text), at + 40))
        if m:
            out.append(Ident("dob", m.start(), m.end(), m.group(), mask_digits(m.group(), 0, 0), "date of birth"))
    return out


def dob_words(data: dict) -> re.Pattern:
    return _words_rx([str(w) for w in data.get("words", ["date of birth", "dob"])])
