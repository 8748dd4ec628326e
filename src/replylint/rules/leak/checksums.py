"""Validated identifiers for the leak rules: cards, IBANs, SSNs, ABA routing, UK NINOs.

Every detector here finds a candidate by shape and keeps it only when its checksum or
issuing rules say it can be real, so order numbers and tracking IDs stay clean.  Each
returns :class:`Ident` items: offsets into the text plus a redacted form to show.  Each
first asks the text's sketch (:mod:`.text`) whether its pattern can match at all;
pass the sketch when several detectors read one text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .text import may_hold, shape


@dataclass
class Ident:
    kind: str
    start: int
    end: int
    value: str       # the compact value (digits/letters only), for allow-lists
    redacted: str


# -- checksums ----------------------------------------------------------------------
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_issuer(digits: str) -> str | None:
    """The card scheme a number's prefix and length belong to, or None."""
    n = len(digits)
    p2, p3, p4 = int(digits[:2]), int(digits[:3]), int(digits[:4])
    if digits[0] == "4" and n in (13, 16, 19):
        return "Visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "Mastercard"
    if p2 in (34, 37) and n == 15:
        return "American Express"
    if (digits.startswith("6011") or 644 <= p3 <= 649 or p2 == 65) and 16 <= n <= 19:
        return "Discover"
    if (300 <= p3 <= 305 or p2 in (36, 38, 39)) and 14 <= n <= 19:
        return "Diners Club"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "JCB"
    if 2200 <= p4 <= 2204 and n == 16:
        return "Mir"
    if p2 == 62 and 16 <= n <= 19:
        return "UnionPay"
    if (p2 == 50 or 56 <= p2 <= 69) and 12 <= n <= 19:
        return "Maestro"
    return None


IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}


def iban_ok(iban: str) -> bool:
    iban = iban.upper()
    if len(iban) != IBAN_LENGTHS.get(iban[:2], -1) or not iban[2:4].isdigit():
        return False
    moved = iban[4:] + iban[:4]
    try:
        number = int("".join(str(int(ch, 36)) for ch in moved))
    except ValueError:
        return False
    return number % 97 == 1


def ssn_ok(area: str, group: str, serial: str) -> bool:
    a = int(area)
    return a != 0 and a != 666 and a < 900 and group != "00" and serial != "0000"


def aba_ok(digits: str) -> bool:
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    w = (3, 7, 1) * 3
    return sum(int(d) * k for d, k in zip(digits, w)) % 10 == 0


NINO_BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


# -- redaction ----------------------------------------------------------------------
def mask_digits(raw: str, keep_first: int, keep_last: int) -> str:
    """Replace digits by ``*`` except the first/last few; separators are kept."""
    pos = [i for i, ch in enumerate(raw) if ch.isalnum()]
    keep = set(pos[:keep_first]) | set(pos[len(pos) - keep_last:] if keep_last else [])
    return "".join(ch if (i in keep or not ch.isalnum()) else "*" for i, ch in enumerate(raw))


def ascii_digits(digits: str) -> str:
    """Digits in any script ("٤١١١", "４１１１") as ASCII, for issuer and checksum rules."""
    return digits if digits.isascii() else "".join(str(int(c)) for c in digits)


# -- finders ------------------------------------------------------------------------
_CARD = re.compile(r"\d(?:[ -]?\d){11,22}(?![\w/-]|[.,]\d)")
# A card is 12+ digits in a row, or groups of 3+ digits with one separator between them.
_CARD_RUNS = (b"0" * 12, b"000 000", b"000-000")


def find_cards(text: str, sketch: bytes | None = None) -> list[Ident]:
    out = []
    if not may_hold(shape(text) if sketch is None else sketch, *_CARD_RUNS):
        return out
    for m in _CARD.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.,/-"):
            continue
        raw = m.group()
        seps = {ch for ch in raw if not ch.isdigit()}
        if len(seps) > 1 or "  " in raw:
            continue
        # Groups must look like card groups (at least three digits each) when separated.
        groups = re.split(r"[ -]", raw)
        if seps:
            short = next((j for j, g in enumerate(groups) if len(g) < 3), None)
            if short is not None:
                groups = groups[:short]
                if not groups:
                    continue
                raw = raw[: sum(len(g) for g in groups) + len(groups) - 1]
        # Try the whole run, then shorter prefixes ending at a group boundary (a card
        # number followed by another number on the same line).
        ends = [len(raw)]
        if seps:
            acc = 0
            for g in groups[:-1]:
                acc += len(g)
                ends.append(acc)
                acc += 1
        for end in ends:
            part = raw[:end]
            digits = ascii_digits(re.sub(r"\D", "", part))
            if 12 <= len(digits) <= 19 and card_issuer(digits) and luhn_ok(digits):
                out.append(Ident("card", m.start(), m.start() + end, digits, mask_digits(part, 4, 4)))
                break
    return out


_IBAN_START = re.compile(r"([A-Z][A-Z])(\d\d)(?=[ -]?[A-Z0-9])")


def find_ibans(text: str, sketch: bytes | None = None) -> list[Ident]:
    out = []
    if not may_hold(shape(text) if sketch is None else sketch, b"AA00"):
        return out
    n = len(text)
    for m in _IBAN_START.finditer(text):
        length = IBAN_LENGTHS.get(m.group(1))
        if not length or m.start() and text[m.start() - 1].isalnum():
            continue
        compact = m.group(1) + m.group(2)
        i = m.end()
        while i < n and len(compact) < length:
            ch = text[i]
            if ch.isascii() and ch.isalnum():
                compact += ch.upper() if ch.isalpha() else ch
                i += 1
            elif ch in " -" and i + 1 < n and text[i + 1].isascii() and text[i + 1].isalnum() and text[i - 1] not in " -":
                i += 1
            else:
                break
        if len(compact) != length or (i < n and text[i].isascii() and text[i].isalnum()):
            continue
        if not compact[4:].replace(" ", "").isalnum() or not iban_ok(compact):
            continue
        raw = text[m.start():i]
        out.append(Ident("iban", m.start(), i, compact, mask_digits(raw, 4, 4)))
    return out


_SSN = re.compile(r"(\d\d\d)([- ]?)(\d\d)\2(\d\d\d\d)(?![\w-]|\.\d)")
_SSN_CONTEXT = re.compile(
    r"\b(?:ssn|ss#|ssan|social security(?: number| no\.?| #)?|taxpayer id|tin)\b"
    r"(?:\s*(?:is|was|number|no\.?|#|:|=|-|of|on file|reads))*\s*$",
    re.I,
)

# What every _SSN match holds, as the text's sketch spells it (a digit is "0").
_SSN_RUNS = (b"000-00-0000", b"000 00 0000", b"000000000")


def find_ssns(text: str, sketch: bytes | None = None) -> list[Ident]:
    out = []
    if not may_hold(shape(text) if sketch is None else sketch, *_SSN_RUNS):
        return out
    for m in _SSN.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue
        area, sep, group, serial = m.groups()
        if not ssn_ok(area, group, serial):
            continue
        # "123-45-6789" is shaped like an SSN on its own; spaced or bare digits need the word.
        if sep != "-" and not _SSN_CONTEXT.search(text[max(0, m.start() - 60):m.start()]):
            continue
        raw = m.group()
        out.append(Ident("ssn", m.start(), m.end(), area + group + serial, mask_digits(raw, 0, 4)))
    return out


ROUTING_WORDS = ("routing", "aba", "rtn", "transit")
_ROUTING = re.compile(
    r"\b(?:routing|aba|rtn|transit)(?:\s+(?:number|no\.?|#|code))?\s*(?:is|:|#|=)?\s*(\d{9})(?!\d)", re.I
)
_ACCOUNT = re.compile(r"\b(?:account|acct|a/c|acc)(?:\s+(?:number|no\.?|#))?\s*(?:is|:|#|=)?\s*(\d[\d -]{2,18}\d)(?![\d])", re.I)


def find_routing(text: str, sketch: bytes | None = None) -> list[Ident]:
    """A checksum-valid ABA routing number with an account number within 120 characters."""
    out = []
    if not may_hold(shape(text) if sketch is None else sketch, b"0" * 9):
        return out
    for m in _ROUTING.finditer(text):
        digits = m.group(1)
        if not aba_ok(digits):
            continue
        lo, hi = max(0, m.start() - 120), min(len(text), m.end() + 120)
        acct = None
        for a in _ACCOUNT.finditer(text, lo, hi):
            acct_digits = re.sub(r"\D", "", a.group(1))
            if 4 <= len(acct_digits) <= 17 and acct_digits != digits:
                acct = a
                break
        if acct is None:
            continue
        out.append(Ident("routing", m.start(1), m.end(1), digits, mask_digits(digits, 0, 4)))
        raw = acct.group(1)
        out.append(Ident("account", acct.start(1), acct.end(1), re.sub(r"\D", "", raw), mask_digits(raw, 0, 4)))
    return out


_NINO = re.compile(
    r"([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ ]?(\d{2})[ ]?(\d{2})[ ]?(\d{2})[ ]?([A-D])(?![A-Za-z0-9])"
)


def find_ninos(text: str, sketch: bytes | None = None) -> list[Ident]:
    out = []
    if not may_hold(shape(text) if sketch is None else sketch, b"A00", b"A 00"):
        return out
    for m in _NINO.finditer(text):
        if m.group(1) in NINO_BAD_PREFIXES or m.start() and text[m.start() - 1].isalnum():
            continue
        raw = m.group()
        compact = "".join(m.groups())
        red = m.group(1) + "".join("*" if ch.isalnum() else ch for ch in raw[2:])
        out.append(Ident("nino", m.start(), m.end(), compact, red))
    return out
