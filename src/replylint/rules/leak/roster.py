"""The client roster for the leak rules: name variants, recipient -> client, mentions.

Config gives clients as ``{name: {"aliases": [...], "domains": [...]}}``.  People rarely
write a client's full legal name, so variants are derived: "Pellham Rowe Accountants
Ltd" is also "Pellham Rowe"; "Harper & Vale" is also "Harper and Vale".  A recipient
belongs to a client by a configured domain, by a domain that spells the client's name
(pellhamrowe.co.uk), or by their own name when the client is a person or family
("Rossi family" <- luca.rossi@...).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.utils import getaddresses, parseaddr

PUBLIC_MAIL = {
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "yahoo.com",
    "yahoo.co.uk", "icloud.com", "me.com", "live.com", "aol.com", "proton.me", "protonmail.com",
    "gmx.com", "gmx.de", "mail.com", "btinternet.com", "sky.com", "virginmedia.com",
}
_SLD = {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "sch", "nhs", "me", "mod", "police", "nom", "gen"}
_DASHES = "-‐‑‒–—"


def squash(s: str) -> str:
    s = s.lower().replace("&", " and ").replace("+", " and ")
    return re.sub(r"[^0-9a-zà-ÿ]", "", s)


def domain_label(domain: str) -> str:
    """The registrable name of a domain: pellhamrowe.co.uk -> pellhamrowe."""
    labels = [x for x in domain.lower().strip(".").split(".") if x]
    if len(labels) >= 2:
        labels = labels[:-1]  # the TLD
        while len(labels) >= 2 and (labels[-1] in _SLD or len(labels[-1]) <= 2):
            labels = labels[:-1]
    return squash(labels[-1]) if labels else ""


@dataclass
class Variant:
    text: str
    client: str
    strong: bool            # the full name or a configured alias
    words: int = 1


@dataclass
class Roster:
    clients: dict[str, dict[str, list[str]]]
    variants: list[Variant] = field(default_factory=list)
    regex: re.Pattern | None = None
    squashed: dict[str, set[str]] = field(default_factory=dict)  # client -> squashed variants
    first_words: tuple[str, ...] = ()  # lowercase first words of all variants: a cheap gate

    def client_of_domain(self, domain: str) -> str | None:
        domain = domain.lower().strip(".")
        for name, spec in self.clients.items():
            for d in spec.get("domains", []):
                if domain == d or domain.endswith("." + d):
                    return name
        if domain in PUBLIC_MAIL:
            return None
        label = domain_label(domain)
        if len(label) < 4:
            return None
        best, best_len = None, 0
        for name, forms in self.squashed.items():
            for v in forms:
                if len(v) < 4:
                    continue
                if label == v or (len(v) >= 5 and label.startswith(v)) or (len(label) >= 5 and v.startswith(label)):
                    common = min(len(v), len(label))
                    if common > best_len:
                        best, best_len = name, common
        return best

    def client_of_person(self, display: str, address: str) -> str | None:
        """A client that is a person or family: match their surname in the name or address."""
        local = address.split("@")[0] if "@" in address else ""
        tokens = {squash(t) for t in re.split(r"[\s._+-]+", f"{display} {local}") if len(t) >= 4}
        for v in self.variants:
            if v.words == 1 and squash(v.text) in tokens:
                return v.client
        return None

    def client_of_address(self, recipient: str) -> str | None:
        display, addr = parseaddr(recipient)
        addr = addr or recipient
        if "@" in addr:
            hit = self.client_of_domain(addr.rsplit("@", 1)[1])
            if hit:
                return hit
        return self.client_of_person(display, addr)


def name_variants(name: str, aliases: list[str], legal: set[str], generic: set[str]) -> list[tuple[str, bool]]:
    """(variant, strong) pairs for one client, longest first."""
    out: dict[str, bool] = {}

    def add(v: str, strong: bool) -> None:
        v = " ".join(v.replace(",", " ").split()).strip(" .,-")
        if len(v) < 3:
            return
        out[v] = out.get(v, False) or strong
        if "&" in v:
            out.setdefault(" ".join(v.replace("&", " and ").split()), strong)
        elif re.search(r"\band\b", v) and len(v.split()) >= 3:
            out.setdefault(re.sub(r"\band\b", "&", v), strong)

    add(name, True)
    for a in aliases:
        add(a, True)
    words = name.split()
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
        add(" ".join(words), True)
    # Legal suffixes first ("Acme Holdings Ltd" -> "Acme Holdings" -> "Acme").
    while len(words) > 1 and words[-1].lower().strip(",") in legal:
        words = words[:-1]
        if words and words[-1] in ("&",):
            words = words[:-1]
        add(" ".join(words), len(words) > 1)
    while len(words) > 1 and words[-1].lower().strip(",") in generic | legal:
        words = words[:-1]
        if words and words[-1].lower() in ("&", "and", "of", "the"):
            break
        add(" ".join(words), False)
    return sorted(out.items(), key=lambda kv: -len(kv[0]))


def _variant_regex(v: str) -> str:
    parts = []
    for w in v.split():
        if w == "&" or w.lower() == "and":
            parts.append(r"(?:&|and|\+)")
            continue
        out = []
        for ch in w:
            if ch in _DASHES:
                out.append("[" + _DASHES + r"\s]")
            elif ch in "'’":
                out.append("['’]")
            else:
                out.append(re.escape(ch))
        parts.append("".join(out))
    return r"\s+".join(parts)


def build_roster(clients: dict, legal: set[str], generic: set[str]) -> Roster:
    roster = Roster(clients)
    seen: dict[str, str] = {}
    for name, spec in clients.items():
        forms = set()
        for v, strong in name_variants(name, spec.get("aliases", []), legal, generic):
            key = v.lower()
            if key in seen and seen[key] != name:
                continue  # two clients share a short name: ambiguous, drop it
            seen[key] = name
            roster.variants.append(Variant(v, name, strong, len(v.split())))
            forms.add(squash(v))
        roster.squashed[name] = forms
    # A short name two clients share would point at either: keep only unambiguous ones.
    counts: dict[str, int] = {}
    for v in roster.variants:
        counts[v.text.lower()] = counts.get(v.text.lower(), 0) + 1
    roster.variants = [v for v in roster.variants if counts[v.text.lower()] == 1 or v.strong]
    roster.variants.sort(key=lambda v: -len(v.text))
    roster.first_words = tuple(sorted({re.split("[\\s'’" + re.escape(_DASHES) + "]", v.text.lower())[0] for v in roster.variants}))
    if roster.variants:
        alts = "|".join(f"(?P<v{i}>{_variant_regex(v.text)})" for i, v in enumerate(roster.variants))
        roster.regex = re.compile(rf"(?<![\w@.])(?:{alts})(?:['’]s?)?(?![\w]|\.[a-z]{{2,}}|@)", re.I)
    return roster


def _case_ok(found: str, variant: str) -> bool:
    """The text keeps the name's capitals (or is all caps): "Green Hollow", not "green hollow"."""
    if found.isupper():
        return True
    fw = re.findall(r"[^\W\d_]+", found)
    vw = re.findall(r"[^\W\d_]+", variant)
    if len(fw) != len(vw):
        return True
    return all(not v[:1].isupper() or f[:1].isupper() for f, v in zip(fw, vw))


@dataclass
class Mention:
    client: str
    start: int
    end: int
    text: str


_CAP_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")
_CAP_WORD_AFTER = re.compile(r"^[ \t]+([A-Z][\w'’-]*)")


def find_mentions(text: str, roster: Roster, legal: set[str], generic: set[str], honorifics: set[str],
                  sentence_start, common_word=lambda w: False) -> list[Mention]:
    """Client mentions in ``text``.  ``sentence_start(offset)`` says if offset starts a sentence;
    ``common_word(word)`` if a capitalised word there is an ordinary word ("Tell"), not a name."""
    out = []
    if roster.regex is None:
        return out
    low = text.lower()
    if not any(w in low for w in roster.first_words):
        return out
    for m in roster.regex.finditer(text):
        idx = next(int(k[1:]) for k, val in m.groupdict().items() if val is not None)
        v = roster.variants[idx]
        found = m.group(k := f"v{idx}")
        if not _case_ok(found, v.text):
            continue
        if not v.strong:
            # A short, derived name must stand alone: "Rossi" yes; "Dana Rossi",
            # "Mr Rossi", "Farrow Quill LLP" are people or other companies.
            before = _CAP_WORD_BEFORE.search(text[max(0, m.start() - 40):m.start()])
            if before:
                w = before.group(1)
                if w.lower().rstrip(".") in honorifics:
                    continue
                if not sentence_start(m.start() - len(before.group(0))) or not common_word(w.lower()):
                    continue
            after = _CAP_WORD_AFTER.match(text[m.end(k):m.end(k) + 40])
            if after and after.group(1).lower().strip(".,") not in legal | generic:
                continue
            if v.words == 1 and not found[:1].isupper():
                continue
        out.append(Mention(v.client, m.start(), m.end(), found))
    return out


def recipients_clients(recipients: list[str], roster: Roster) -> set[str]:
    out = set()
    for name, addr in getaddresses(recipients):
        c = roster.client_of_address(f"{name} <{addr}>" if name else addr)
        if c:
            out.add(c)
    return out


_DOMAIN_IN_TEXT = re.compile(r"(?<![\w.-])(?:[\w.+-]+@)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})\b", re.I)


def domain_mentions(text: str, roster: Roster) -> list[Mention]:
    """Email addresses and domains in the text that belong to a roster client."""
    out = []
    for m in _DOMAIN_IN_TEXT.finditer(text):
        dom = m.group(1).lower()
        if "." not in dom or dom.rsplit(".", 1)[1] in ("txt", "pdf", "doc", "docx", "xlsx", "csv", "png", "jpg", "zip", "eml"):
            continue
        client = None
        for name, spec in roster.clients.items():
            if any(dom == d or dom.endswith("." + d) for d in spec.get("domains", [])):
                client = name
                break
        if client is None:
            label = domain_label(dom)
            for name, forms in roster.squashed.items():
                if len(label) >= 6 and label in forms:
                    client = name
                    break
        if client:
            out.append(Mention(client, m.start(), m.end(), m.group()))
    return out
