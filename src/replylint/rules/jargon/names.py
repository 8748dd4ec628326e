"""Whether an acronym is a name: an organisation that owns, calls or is listed with
others ("AEP's traders", "I called LADWP", "Sonat or GTC"), a word of a longer name, a
ticker in a table, sign-off initials."""
from __future__ import annotations

import re

from ...patterns import find_all, lower_gates_sound
from .._jargon_lex import (
    acronym_base,
    is_acronym_shape,
)
from .._prose import not_prose


_CODE_BEFORE = re.compile(r"[A-Z]{2}\d\w*\s+$")
_ROMAN = re.compile(r"[IVX]+")
# Capitalised words right before the acronym ("Blue Meadow PPO"), and what precedes them.
_NAME_WORDS_BEFORE = re.compile(r"(\S?)([ \t]*)((?:[A-Z][a-z]+[ \t]+)*)([A-Z][a-z]{2,})[ \t]+$")
_NAME_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]{2,}\b")


def _in_a_table(text: str, at: int) -> bool:
    """The line holding the match is a table row or list, not prose (tickers, codes)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return not_prose(text[start : len(text) if end < 0 else end])


# "PG & E", "AT & T": capitals joined by a spaced ampersand are a company's name.
_AMPERSAND_NAME = re.compile(r"[ \t]+&[ \t]*[A-Z]")
_AMPERSAND_BEFORE = re.compile(r"[A-Z][ \t]*&[ \t]*$")


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """The acronym is the whole line (bar punctuation): a sign-off's initials or a heading."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    line = text[ls : len(text) if le < 0 else le]
    return not line.replace(text[start:end], "", 1).strip(" \t-–—.,:;!*()[]")


def _in_a_name(m: re.Match, text: str) -> bool:
    """Part of a proper name: "Blue Meadow PPO" (two capitalised words before it) or
    "Dental PPO Plus" (one before and one after), not at the start of a sentence or line."""
    i = m.start() - 1                         # cheap test first: a capitalised word before?
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 2 or i == m.start() - 1 or not text[i].islower():
        return False
    j = i
    while j >= 0 and text[j].isalpha():
        j -= 1
    if not text[j + 1].isupper():
        return False
    b = _NAME_WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if not b or b.group(4).lower() in _NAME_STOP:
        return False
    words = b.group(3).split()
    prev, gap = b.group(1), b.group(2)
    if words and words[0].lower() in _NAME_STOP:
        words = words[1:]
    elif not (prev and gap and prev not in ".!?:;-–—•*>\"'“‘(" and not prev.isdigit()):
        words = words[1:]                     # the first word starts a sentence or line
    # ("Blue Meadow QHP": one capitalised word besides a sentence's first is enough)
    if words:
        return True
    starts_sentence = not (prev and gap and prev not in ".!?:;-–—•*>\"'“‘(" and not prev.isdigit())
    return not b.group(3) and not starts_sentence and bool(_NAME_WORD_AFTER.match(text, m.end(), m.end() + 40))


# Slots that only a name fills (an organisation, a utility, a person's initials), wherever
# the acronym stands in the draft: it owns something ("AEP's traders"), someone calls,
# meets or hears from it ("I then called LADWP", "meeting with NYSEG"), a contract or
# account is held with it ("CGLF k#64502"), or it is listed with a capitalised name
# ("Sonat or GTC", "LADWP and Wesco", "NNG/Trailblazer").
# (An apostrophe plural before a verb is no owner: "until TLR's ended the sale".)
_NAME_OWNER = (r"(?<![A-Za-z])(?<!the )(?<!a )(?<!an )(?<!our )(?<!your )(?<!their ){a}['’]s\b"
               r"(?!\s+(?:[a-z]+ed|are|were|have|had|will|would|can|could|should|may|might|must|do|did)\b)")
_NAME_CONTACT = (r"\b(?:call(?:s|ed|ing)?|phon(?:e|es|ed|ing)|r(?:ang|ing|ings|inging)|e-?mail(?:s|ed|ing)?|contact(?:s|ed|ing)?|"
                 r"(?:spoke|speak(?:s|ing)?|talk(?:s|ed|ing)?|met|meet(?:s|ing)?|work(?:s|ed|ing)?|"
                 r"deal(?:s|t|ing)?|trad(?:e|es|ed|ing)|negotiat(?:e|es|ed|ing)|sign(?:s|ed|ing)?|"
                 r"checked|check(?:s|ing)?(?: out)?)\s+(?:with|to)|heard from|hear from|on behalf of|"
                 r"visit(?:s|ed|ing)?)\s+{a}(?![A-Za-z&])")
_NAME_PARTNER = (r"(?<![A-Za-z&]){a}\s*(?:,|\band/or\b|\band\b|\bor\b|/|&)\s*(?:[A-Z][a-z]{{2,}})(?![A-Za-z])"
                 r"|(?<![A-Za-z])(?:[A-Z][a-z]{{2,}})\s*(?:,|\band/or\b|\band\b|\bor\b|/|&)\s*{a}(?![A-Za-z&])")


# The word right before the acronym in every _NAME_CONTACT match ends with one of these,
# or is one of _CONTACT_VIA's after a word ending as listed there.
_CONTACT_ENDS = ("call", "calls", "called", "calling", "phone", "phones", "phoned", "phoning", "rang", "ring",
                 "rings", "ringing", "mail", "mails",
                 "mailed", "mailing", "contact", "contacts", "contacted", "contacting", "visit", "visits", "visited",
                 "visiting")
_CONTACT_VERBS = ("spoke", "speak", "speaks", "speaking", "talk", "talks", "talked", "talking", "met", "meet", "meets",
                  "meeting", "work", "works", "worked", "working", "deal", "deals", "dealt", "dealing", "trade",
                  "trades", "traded", "trading", "negotiate", "negotiates", "negotiated", "negotiating", "sign", "signs",
                  "signed", "signing", "checked", "check", "checks", "checking", "out")
_CONTACT_VIA = (("with", _CONTACT_VERBS), ("to", _CONTACT_VERBS), ("from", ("heard", "hear")), ("of", ("behalf",)))
_LISTED_WITH = (",", "and", "or", "/", "&")


def _may_be_owner(base: str, text: str) -> bool:
    """Needed for _NAME_OWNER: the acronym with an apostrophe s."""
    return f"{base}'s" in text or f"{base}\u2019s" in text


def _may_be_contacted(base: str, text: str) -> bool:
    """Needed for _NAME_CONTACT (IGNORECASE): the acronym after whitespace after a word
    ending as the regex's last words do (and for "with", "to", "from", "of", after the
    words the regex wants before those).  Where lower-casing could disagree with
    IGNORECASE, the regex decides."""
    if not (base.isascii() and lower_gates_sound(text)):
        return True
    lower = text.lower()
    for i in find_all(lower, base.lower()):
        j = i
        while j > 0 and lower[j - 1].isspace():
            j -= 1
        if j == i:
            continue
        if lower.endswith(_CONTACT_ENDS, 0, j):
            return True
        for word, before in _CONTACT_VIA:
            if lower.endswith(word, 0, j):
                k = j - len(word)
                while k > 0 and lower[k - 1].isspace():
                    k -= 1
                if k < j - len(word) and lower.endswith(before, 0, k):
                    return True
    return False


def _may_be_listed(base: str, text: str) -> bool:
    """Needed for _NAME_PARTNER: the acronym, then whitespace and a comma, 'and', 'or',
    '/' or '&'; or those, then whitespace, then the acronym."""
    for i in find_all(text, base):
        j = i + len(base)
        while j < len(text) and text[j].isspace():
            j += 1
        if text.startswith(_LISTED_WITH, j):
            return True
        j = i
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if text.endswith(_LISTED_WITH, 0, j):
            return True
    return False


# A contract or account held with it, by number: "CGLF k#64502", "NNG contract 1234",
# "the TCO acct #5521" (a party's name; a code of the acronym's own set is "CARC 16").
_CONTRACT_AFTER = re.compile(r"[ \t]+(?:k|K|ctr|contract|acct|account|a/c)[ \t]*(?:#|no\.?|number)?[ \t]*\d")


def _contract_held(base: str, text: str) -> bool:
    for i in find_all(text, base):
        j = i + len(base)
        if (i and (text[i - 1].isalpha() or text[i - 1] == "&")) or (j < len(text) and text[j].isalnum()):
            continue
        if _CONTRACT_AFTER.match(text, j):
            return True
    return False


def named_party(base: str, text: str) -> bool:
    """The acronym owns something, someone calls, meets or hears from it, or a contract is
    held with it, somewhere in the draft: it names an organisation (the slots of ``named``
    that show a party)."""
    a = re.escape(base)
    if _may_be_owner(base, text) and re.search(_NAME_OWNER.format(a=a), text):
        return True
    if _contract_held(base, text):
        return True
    return _may_be_contacted(base, text) and bool(re.search(_NAME_CONTACT.format(a=a), text, re.I))


# A list of names, one of them plainly a name ("LADWP, EWEB and SRP" after "I called
# LADWP"): acronyms listed with a named acronym are names too.  Items are single
# acronyms joined by a comma, "and", "or", "and/or", "&" or "/" ("NNG/TW/FGT/Trailblazer",
# FGT listed with a name); an owner ("PG&E's charges")
# starts a noun phrase of its own and is no item.
_LIST_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and/or|and|or|&)[ \t]+|&|/)[ \t]*")
_LIST_ACRONYM_AFTER = re.compile(r"[A-Z][A-Za-z&]{1,7}(?![\w&'’])")  # not "AMR and PG&E's charges"
_LIST_ACRONYM_BEFORE = re.compile(r"(?<![\w&])[A-Z][A-Za-z&]{1,7}$")
_LIST_JOIN_BEFORE = re.compile(r"(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and/or|and|or|&)[ \t]+|&|/)[ \t]*$")


def list_neighbours(base: str, text: str) -> set[str]:
    """Acronym-shaped words listed right beside the acronym, and beside those in turn
    ("ENA, EBS, EIM and EGM"): the other items of each list it stands in."""
    out: set[str] = set()
    for i in find_all(text, base):
        if (i and (text[i - 1].isalnum() or text[i - 1] in "&_")) or (
                i + len(base) < len(text) and (text[i + len(base)].isalnum() or text[i + len(base)] in "&_")):
            continue
        j = i + len(base)
        while (m := _LIST_JOIN.match(text, j)) and m.end() > j and (w := _LIST_ACRONYM_AFTER.match(text, m.end())):
            if is_acronym_shape(w.group()):
                out.add(acronym_base(w.group()))
            j = w.end()
        k = i
        while (m := _LIST_JOIN_BEFORE.search(text, max(0, k - 12), k)) and (
                w := _LIST_ACRONYM_BEFORE.search(text, max(0, m.start() - 8), m.start())):
            if is_acronym_shape(w.group()):
                out.add(acronym_base(w.group()))
            k = w.start()
    out.discard(base)
    return out


def listed_with_a_name(base: str, text: str) -> bool:
    """The acronym is an item of a list whose other items include a name ("called LADWP";
    "LADWP, EWEB and SRP")."""
    return any(named(other, text) for other in list_neighbours(base, text))


def named(base: str, text: str) -> bool:
    """The acronym stands somewhere in the draft where only a name can: see above.

    Each regex is made for one acronym, and compiling them for each of a mail's
    acronyms was a quarter of a run: they are compiled only where a string test finds
    what they need around the acronym (tests/test_speed_shortcuts.py)."""
    if named_party(base, text):
        return True
    if not _may_be_listed(base, text):
        return False
    a = re.escape(base)
    for m in re.finditer(_NAME_PARTNER.format(a=a), text):
        partner = re.search(r"[A-Z][a-z]{2,}", m.group()).group()
        at = m.start() + m.group().index(partner)
        line_start = text.rfind("\n", 0, at) + 1
        before = text[line_start:at].rstrip()
        # A capitalised word that starts a sentence or line is no name ("DPR. Recon ..."),
        # nor one the draft also writes in lower case ("AR, AP, Shipped but not billed").
        if (before and before[-1] not in ".!?:" and partner.lower() not in _NAME_STOP
                and not re.search(rf"\b{partner.lower()}\b", text)):
            return True
    return False


_NAME_STOP = {"the", "our", "your", "their", "this", "that", "these", "those", "any", "each", "every",
              "please", "hi", "hello", "dear", "thanks", "and", "but", "for", "with", "via", "from"}
