"""Who wrote what: the client's latest quoted message, not a colleague's note about them
nor the writer's own earlier message."""
from __future__ import annotations

import re

from ...draft.model import BODY, QUOTED, SIGNATURE
from .vocabulary import _GREETING, _VOCATIVE


_ATTRIBUTION = re.compile(
    r"^\s*(>\s*)*(on\s.{0,300}\bwrote\s*:|-{2,}\s*(original|forwarded) message|from:\s|begin forwarded message)",
    re.I,
)
_QUOTE_DEPTH = re.compile(r"^[ \t]*((?:>[ \t]?)*)")


def client_ranges(draft) -> list[tuple[int, int]]:
    """Char ranges of the latest quoted message written by the client (or by an unknown author).

    Quoted blocks written by us or a colleague (``by_recipient is False``) are skipped;
    older history nested below the latest message (deeper ``>`` or a second attribution)
    is left out, since an old complaint already answered does not make today's reply need
    an apology.
    """
    # A forwarded message is someone's thread passed on (an internal note, a colleague's
    # exchange): the client's own only when its author is the recipient.
    seg = next((s for s in draft.segments if s.kind == QUOTED and s.by_recipient is not False
                and (not s.forwarded or s.by_recipient)), None)
    if seg is None:
        return []
    text = draft.text
    ranges: list[tuple[int, int]] = []
    pos = seg.start
    depth = None
    started = False
    while pos < seg.end:
        nl = text.find("\n", pos, seg.end)
        end = seg.end if nl < 0 else nl + 1
        line = text[pos:end]
        if line.strip():
            d = _QUOTE_DEPTH.match(line).group(1).count(">")
            if _ATTRIBUTION.match(line):
                if started:
                    break
            else:
                if depth is None:
                    depth = d
                if d > depth:
                    break
                started = True
                ranges.append((pos, end))
        pos = end
    # A message that speaks of "this customer" or "this client" was written about the
    # client, by someone on our side ("Sigh. This customer again"), not by the client.
    if any(_ABOUT_CLIENT.search(text, a, b) for a, b in ranges):
        return []
    # A message whose named author is not the reader and that names the reader (their
    # surname, their company) was written about them by someone on our side ("From: Jo
    # Finch / FFS, that's the fourth time Fernside ...", "Subject: RE: Santos follow up").
    if seg.by_recipient is None and _about_the_reader(draft, seg.author, ranges):
        return []
    # A message by a department or a desk ("From: Dispatch", "Accounts wrote:", "Sales
    # Ops") quoted under a reply that greets a person by name is our side's note, not the
    # reader's own words.
    if seg.by_recipient is None and _by_a_department(draft, seg.author or _from_line(text, seg)):
        return []
    # A message the writer of the draft wrote ("On 19 Nov, Darren wrote:" above a reply
    # signed "Darren") is their own note, not the client's.
    if seg.by_recipient is None and _by_the_signer(draft, seg.author):
        return []
    return ranges


# Role mailboxes and titles: not a reader's name.
_NOT_NAMES = frozenset({
    "info", "admin", "hr", "accounts", "account", "sales", "support", "office", "contact", "hello", "team",
    "billing", "ops", "enquiries", "enquiry", "bookings", "booking", "mail", "help", "service", "customer",
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "dear", "hi", "hello", "hey", "good", "morning",
    "afternoon", "evening", "all", "the", "and", "gmail", "yahoo", "hotmail", "outlook", "icloud", "live",
})
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _reader_names(draft) -> tuple[set[str], set[str]]:
    """Words that name the reader (lower case): from the salutation and the local parts
    of the recipients' addresses; and the first labels of their mail domains."""
    names: set[str] = set()
    domains: set[str] = set()
    for rec in draft.recipients or ():
        addr = rec.rsplit("<", 1)[-1].strip(" >").lower()
        if "@" not in addr:
            continue
        local, _, dom = addr.partition("@")
        names |= {w for w in re.split(r"[._+-]+", local) if len(w) > 2 and w.isalpha()}
        label = dom.split(".", 1)[0]
        if len(label) > 3 and label not in _NOT_NAMES:
            domains.add(label)
    first = next((seg for seg in draft.segments if seg.kind == BODY), None)
    if first is not None:
        line = draft.text[first.start:first.end].lstrip().split("\n", 1)[0]
        if _GREETING.match(line) or _VOCATIVE.match(line):
            salutation = re.split(r"[,:;!]", line, maxsplit=1)[0]
            names |= {w.lower() for w in _NAME_WORD.findall(salutation) if w[0].isupper() and len(w) > 2}
    return names - _NOT_NAMES, domains


def _about_the_reader(draft, author: str | None, ranges) -> bool:
    """Whether a quoted message by a named author who is not the reader speaks of the
    reader by name or company: a colleague's note about them, not their own words."""
    if not author or "@" in author:
        return False
    own = re.sub(r"\(.*?\)|<.*?>", " ", author)
    author_words = {w.lower() for w in _NAME_WORD.findall(own)}
    names, domains = _reader_names(draft)
    if not author_words or not (names or domains) or not author_words.isdisjoint(names):
        return False
    text = draft.text
    # ... or speaks of someone in the third person, as a colleague does of a client
    # ("This fellow again", "Send him the statement and ignore further").
    if any(_ABOUT_SOMEONE.search(text, a, b) for a, b in ranges):
        return True
    for a, b in ranges:
        for w in _NAME_WORD.findall(text[a:b]):
            low = re.sub(r"['’]s?$", "", w.lower())
            if len(low) > 2 and w[0].isupper() and (
                    low in names or any(len(low) > 3 and d.startswith(low) for d in domains)):
                return True
    return False


_ABOUT_SOMEONE = re.compile(r"\b(this|that) (fellow|guy|bloke|chap|gentleman|gent|lady|woman|man|character)\b|"
                            r"\b(send|give|tell|call|ring|phone|email|e-mail|ignore|chase|forward|cc) (him|her)\b", re.I)


def _signer_words(draft) -> set[str]:
    """Name words (lower case) of whoever signs the new text: the sign-off block's
    name line, or a short name line closing the body ("Darren")."""
    text = draft.text
    lines: list[str] = []
    sig = next((s for s in draft.segments if s.kind == SIGNATURE), None)
    if sig is not None:
        lines = [ln.strip() for ln in text[sig.start:sig.end].splitlines() if ln.strip()][:3]
    else:
        body = [s for s in draft.segments if s.kind == BODY]
        if body:
            tail = [ln.strip() for ln in text[body[-1].start:body[-1].end].splitlines() if ln.strip()]
            lines = tail[-1:] if len(tail) > 1 else []
    words: set[str] = set()
    for ln in lines:
        found = _NAME_WORD.findall(ln)
        if 0 < len(found) <= 3 and all(w[0].isupper() for w in found) and not ln.rstrip().endswith((".", "?", "!")):
            words |= {w.lower() for w in found}
    return words - _NOT_NAMES - _SIGN_OFFS


_SIGN_OFFS = frozenset({"regards", "kind", "best", "thanks", "thank", "cheers", "sincerely", "yours", "warm", "warmly",
                        "many", "faithfully", "truly", "respectfully", "wishes", "love", "ta"})


def _by_the_signer(draft, author: str | None) -> bool:
    """Whether a quoted message's named author is the one who signs the draft."""
    if not author or "@" in author and "<" not in author:
        return False
    own = re.sub(r"\(.*?\)|<.*?>", " ", author)
    names = [w.lower() for w in _NAME_WORD.findall(own) if w.lower() not in _NOT_NAMES]
    author_words = set(names)
    if not author_words:
        return False
    signer = _signer_words(draft)
    # A draft signed with a first name only ("Ali") under "Ali Haddad wrote:" is theirs too.
    return bool(signer) and (author_words <= signer or signer == {names[0]} and len(names) > 1)


_ABOUT_CLIENT = re.compile(r"\b(this|that) (customer|client)\b(?! (service|services|support|portal|number|account|care|agreement|area|id|reference)\b)", re.I)


# Departments, desks and functions: a quoted author named only by these is a team.
_DEPARTMENT_WORDS = frozenset({
    "dispatch", "despatch", "warehouse", "accounts", "account", "sales", "ops", "operations", "service", "services",
    "team", "desk", "front", "reception", "logistics", "stores", "workshop", "engineering", "support", "admin",
    "office", "finance", "billing", "helpdesk", "credit", "control", "collections", "customer", "production",
    "depot", "site", "yard", "kitchen", "lab", "laboratory", "planning", "scheduling", "dispatcher", "transport",
    "fleet", "purchasing", "procurement", "payroll", "hr", "it", "legal", "compliance", "claims", "bookings",
    "booking", "events", "quality", "qa", "installations", "installation", "field", "technical", "tech", "the",
    "and", "&", "returns", "shipping", "delivery", "deliveries", "sales-ops", "cs", "backoffice", "back",
    "estimating", "estimates", "pricing", "quotes", "marketing", "design", "studio", "packing",
})


def _by_a_department(draft, author: str | None) -> bool:
    """Whether a quoted message's author is a department or a desk ("Dispatch", "Sales
    Ops") while the draft greets a person by name: our side's internal note."""
    if not author or "@" in author:
        return False
    names, _ = _reader_names(draft)
    # A person with their desk beside the name ("Kerry (Production)", "Dev [Warehouse]"),
    # who is not the reader: a colleague.
    person = _PERSON_AT_DESK.match(author)
    if person is not None:
        desk = [w.lower() for w in re.findall(r"[A-Za-z&][A-Za-z&'’-]*", person.group(2))]
        who = {w.lower() for w in _NAME_WORD.findall(person.group(1))}
        return (bool(desk) and all(w in _DEPARTMENT_WORDS for w in desk) and desk not in (["the"], ["and"])
                and bool(names) and bool(who) and who.isdisjoint(names))
    words = [w.lower() for w in re.findall(r"[A-Za-z&][A-Za-z&'’-]*", author)]
    if not words or any(w not in _DEPARTMENT_WORDS for w in words) or words in (["the"], ["and"]):
        return False
    return bool(names)


_FROM_LINE = re.compile(r"^[>\s]*from:\s*(.+?)\s*$", re.I)


def _from_line(text: str, seg) -> str | None:
    """The author a quoted block names in its first line ("> From: Kerry (Production)")
    where the splitter did not take the name for an author's."""
    nl = text.find("\n", seg.start, seg.end)
    m = _FROM_LINE.match(text[seg.start:seg.end if nl < 0 else nl])
    return m.group(1) if m else None


_PERSON_AT_DESK = re.compile(r"^\s*([^()\[\]]+?)\s*[(\[]\s*([^()\[\]]+?)\s*[)\]]\s*$")
