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
from functools import lru_cache

from .text import may_hold, shape


@dataclass
class Ident:
    kind: str
    start: int
    end: int
    value: str       # the compact value (digits/letters only), for allow-lists
    redacted: str
    label: str = ""  # what it is, when a rule reports several kinds ("UK NHS number")


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


@dataclass(frozen=True)
class CardTable:
    """Card schemes by IIN range (the ``[cards]`` table of the leak lexicon), and the
    context words and groupings that tell a card number from other long numbers."""

    # (prefix length, low, high, scheme, lengths), longest prefixes first
    ranges: tuple[tuple[int, int, int, str, frozenset[int]], ...]
    layouts: frozenset[tuple[int, ...]]
    not_card: re.Pattern | None
    card: re.Pattern | None
    # Words that call a number a published test card ("use the test card 4242 ...").
    test_card: re.Pattern | None = None

    def issuer(self, digits: str) -> str | None:
        """The scheme that issues a number of this prefix and length, or None."""
        n = len(digits)
        for plen, lo, hi, name, lengths in self.ranges:
            if n in lengths and lo <= int(digits[:plen]) <= hi:
                return name
        return None

    def grouping_ok(self, groups: list[int]) -> bool:
        """Is this how card numbers are written?  One run of digits, groups of four with a
        shorter last group, or one of the listed layouts (Amex 4-6-5, ...)."""
        if len(groups) == 1:
            return True
        if all(g == 4 for g in groups[:-1]) and 1 <= groups[-1] <= 4:
            return True
        return tuple(groups) in self.layouts


def _words_rx(words: list[str]) -> re.Pattern | None:
    if not words:
        return None
    alts = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(alts) + r")(?![A-Za-z])", re.I)


def card_table(data: dict) -> CardTable:
    """Compile the leak lexicon's ``[cards]`` table (a bad entry is a ValueError naming it)."""
    ranges = []
    for key, entry in (data.get("issuers") or {}).items():
        try:
            name = str(entry.get("name", key))
            lengths = frozenset(int(n) for n in entry["lengths"])
            for p in entry["prefixes"]:
                lo, _, hi = str(p).partition("-")
                hi = hi or lo
                if not (lo.isdigit() and hi.isdigit() and len(lo) == len(hi) and int(lo) <= int(hi)):
                    raise ValueError(p)
                ranges.append((len(lo), int(lo), int(hi), name, lengths))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"[leak.cards.issuers] {key}: expected prefixes (digits or 'low-high') and lengths ({exc})") from None
    ranges.sort(key=lambda r: -r[0])
    layouts = frozenset(tuple(int(x) for x in str(lay).split("-")) for lay in data.get("layouts", []))
    return CardTable(tuple(ranges), layouts, _words_rx(data.get("not_card_words", [])), _words_rx(data.get("card_words", [])),
                     _words_rx(data.get("test_card_words", [])))


@lru_cache(maxsize=1)
def builtin_card_table() -> CardTable:
    """The card table of the built-in leak lexicon (for callers without a pipeline)."""
    from ...lexicon import builtin_dir, tomllib

    with open(builtin_dir() / "leak.toml", "rb") as fh:
        return card_table(tomllib.load(fh).get("cards", {}))


def card_issuer(digits: str, table: CardTable | None = None) -> str | None:
    """The card scheme a number's prefix and length belong to, or None."""
    return (table or builtin_card_table()).issuer(digits)


@lru_cache(maxsize=1)
def iban_lengths() -> dict[str, int]:
    """Every IBAN registry country's IBAN length, from python-stdnum's copy of the registry
    (read on first use: stdnum's import costs more than listing the rules)."""
    from stdnum import numdb

    out = {}
    for _, cc, _, props, _ in numdb.get("iban").prefixes:
        bban = props.get("bban")
        if len(cc) == 2 and bban:
            out[cc] = 4 + sum(int(n) for n in re.findall(r"(\d+)!?[nac]", bban))
    return out


def iban_ok(iban: str) -> bool:
    """Registry country, that country's length and BBAN format (letters/digits per
    position), and the ISO 7064 mod-97 check.  National check digits are not asked
    for: a bank code newer than the library's list is still someone's account."""
    from stdnum import iban as stdnum_iban

    iban = iban.upper()
    if len(iban) != iban_lengths().get(iban[:2], -1) or not iban[2:4].isdigit():
        return False
    return stdnum_iban.is_valid(iban, check_country=False)


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
# One separator (space, dash, dot, or a no-break/thin space) between digits at most.
_CARD_SEPARATORS = " .-\u00a0\u2009\u202f"
_CARD = re.compile(r"\d(?:[ .\-\u00a0\u2009\u202f]?\d){11,22}(?![\w/-]|[.,]\d)")
# A card is 12+ digits in a row, or groups of 3+ digits with one separator between them
# (a no-break or thin space is one "~" in the sketch).
_CARD_RUNS = (b"0" * 12, b"000 000", b"000-000", b"000.000", b"000~000")
# Characters before a number that make it something else: "+44 ..." is a phone number,
# "x1234..." a reference, "1.2345..." a decimal.
_NOT_BEFORE = "_.,/-+$£€¥"


def _last_label_before(text: str, start: int, reach: int, words: re.Pattern) -> tuple[str, re.Match | None]:
    """The text before a number on its own line (at most ``reach`` characters) and the
    last of ``words`` in it: a label names the number only when it is the nearest one."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - reach):start]
    last = None
    for last in words.finditer(before):
        pass
    return before, last


def _not_card_context(text: str, start: int, end: int, table: CardTable) -> bool:
    """A telex, phone, order or tracking word labelling the number (right before it on
    its line), with no card word after it ("Order 123 paid by card 4111..." is a card)."""
    if table.not_card is None:
        return False
    before, last_not = _last_label_before(text, start, 40, table.not_card)
    if last_not is None or not _LABEL_GAP.fullmatch(before, last_not.end()):
        # The word labels the number only right before it ("Order #", "telex no."):
        # "the Amex he gave over the phone, 3714 ..." is a card.
        return False
    if _CHANNEL_BEFORE.search(before, 0, last_not.start()) and not _NUMBER_WORD.search(before, last_not.end()):
        # "gave us over the phone (4242 ...)", "taken by phone: 4242 ...": how the number
        # was given, not what it is.
        return False
    if table.card is not None and table.card.search(before, last_not.end()):
        return False
    return True


def _test_card(text: str, start: int, table: CardTable) -> bool:
    """A number the sentence calls a published test card ("the public test card 4242
    4242 4242 4242 works in the sandbox"): on its line, up to 60 characters before it,
    with no word that makes it a real one ("live", "real", "customer's") after the test word."""
    if table.test_card is None:
        return False
    before, last = _last_label_before(text, start, 60, table.test_card)
    return last is not None and not _REAL_CARD.search(before, last.end())


_REAL_CARD = re.compile(r"(?i)\b(?:live|real|actual|customer|client|her|his|their)\b")


# A preposition that makes the phone or fax word that follows it the way something was
# passed on ("over the phone", "by fax", "via telephone", "on a call"), not a label.
_CHANNEL_BEFORE = re.compile(r"\b(?:over|by|via|on|during)[ \t]+(?:the[ \t]+|a[ \t]+)?$", re.I)
_NUMBER_WORD = re.compile(r"\b(?:no|nr|num|number)\b|#", re.I)
# What may stand between a label word and its number.
_LABEL_GAP = re.compile(r"(?:[\s:#=()\[\].-]|\b(?:no|nr|num|number|is|was|id|code)\b\.?)*", re.I)


def find_cards(text: str, sketch: bytes | None = None, table: CardTable | None = None) -> list[Ident]:
    out = []
    if not may_hold(shape(text) if sketch is None else sketch, *_CARD_RUNS):
        return out
    table = table or builtin_card_table()
    for m in _CARD.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in _NOT_BEFORE):
            continue
        raw = m.group()
        seps = {ch for ch in raw if not ch.isdigit()}
        if len(seps) > 1:
            continue
        groups = re.split("[" + re.escape(_CARD_SEPARATORS) + "]", raw)
        # Try the whole run, then shorter prefixes ending at a group boundary (a card
        # number followed by another number on the same line).
        ends, acc = [], 0
        for g in groups:
            acc += len(g)
            ends.append((acc + len(ends), len(ends) + 1))
        sizes = [len(g) for g in groups]
        whole = ascii_digits(re.sub(r"\D", "", raw))
        if "." in seps or 12 <= acc <= 19 and table.grouping_ok(sizes) and table.issuer(whole):
            # A complete card layout is one number, and "4111...1111.5" a decimal: a
            # Luhn-valid prefix of either is no card.
            ends = ends[-1:]
        for end, n_groups in reversed(ends):
            part = raw[:end]
            digits = ascii_digits(re.sub(r"\D", "", part))
            if not 12 <= len(digits) <= 19 or not table.grouping_ok([len(g) for g in groups[:n_groups]]):
                continue
            if table.issuer(digits) and luhn_ok(digits):
                if not _not_card_context(text, m.start(), m.start() + end, table) and not _test_card(text, m.start(), table):
                    out.append(Ident("card", m.start(), m.start() + end, digits, mask_digits(part, 4, 4)))
                break
    if "\n" in text and table.card is not None:
        out += _cards_across_lines(text, table, {i.start for i in out})
    return out


# A card number in groups of four that a line break cuts in two ("card 5555 5555\n5555
# 4444"), the second half perhaps quoted ("> "): read only after a card word, because
# two lines of grouped digits are otherwise as likely a table.
_CARD_SPLIT = re.compile(r"(?<![\w.,/-])(\d{4}(?: \d{4}){0,3})[ \t]*\n[ \t]*(?:>[ \t]?)*(\d{4}(?: \d{4}){0,3}|\d{1,4})(?![\w/-]|[.,]\d)")


def _cards_across_lines(text: str, table: CardTable, seen: set[int]) -> list[Ident]:
    out = []
    for m in _CARD_SPLIT.finditer(text):
        if m.start() in seen:
            continue
        digits = m.group(1).replace(" ", "") + m.group(2).replace(" ", "")
        if not 13 <= len(digits) <= 19 or not (table.issuer(digits) and luhn_ok(digits)):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not table.card.search(text, max(line_start, m.start() - 60), m.start()):
            continue
        if _not_card_context(text, m.start(), m.end(), table) or _test_card(text, m.start(), table):
            continue
        raw = m.group()
        out.append(Ident("card", m.start(), m.end(), digits, mask_digits(raw, 4, 4)))
    return out


# Country code in either case: an IBAN copied from a form or typed in a hurry is often
# lowercase ("gb82 west ..."); the length and mod-97 check digits decide, not the case.
_IBAN_START = re.compile(r"([A-Za-z][A-Za-z])(\d\d)(?=[ -]?[A-Za-z0-9])")


def find_ibans(text: str, sketch: bytes | None = None) -> list[Ident]:
    out = []
    if not may_hold(shape(text) if sketch is None else sketch, b"AA00", b"aa00", b"Aa00", b"aA00"):
        return out
    n = len(text)
    for m in _IBAN_START.finditer(text):
        country = m.group(1).upper()
        length = iban_lengths().get(country)
        if not length or m.start() and text[m.start() - 1].isalnum():
            continue
        compact = country + m.group(2)
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


# A UK sort code (six digits, "20-45-77" or "204577") after its label ("sort code",
# or "Sort:" in a list of bank details).  A sort code alone
# names a branch and is public; with an account number of 6-8 digits near it, the pair
# is everything a direct debit needs (UK account numbers have no public checksum).
_SORT_CODE = re.compile(r"\bsort(?:[ \t-]?code|(?=[ \t]*:))(?:\s+(?:is|was|no\.?|number))?\s*[:#=]?\s*(\d\d([- ]?)\d\d\2\d\d)(?![\d-])", re.I)


def find_sort_codes(text: str, sketch: bytes | None = None) -> list[Ident]:
    """A UK sort code with an account number of 6-8 digits within 120 characters."""
    out = []
    for m in _SORT_CODE.finditer(text):
        lo, hi = max(0, m.start() - 120), min(len(text), m.end() + 120)
        acct = None
        for a in _ACCOUNT.finditer(text, lo, hi):
            acct_digits = re.sub(r"\D", "", a.group(1))
            if 6 <= len(acct_digits) <= 8 and not a.start(1) < m.end(1) <= a.end(1):
                acct = a
                break
        if acct is None:
            continue
        code = m.group(1)
        out.append(Ident("sortcode", m.start(1), m.end(1), re.sub(r"\D", "", code), mask_digits(code, 0, 2)))
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
