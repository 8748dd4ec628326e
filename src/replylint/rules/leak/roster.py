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
    first_word: bool = False  # the name's distinctive first word alone ("the Carrickmore lot")


@dataclass
class Roster:
    clients: dict[str, dict[str, list[str]]]
    variants: list[Variant] = field(default_factory=list)
    regex: re.Pattern | None = None
    squashed: dict[str, set[str]] = field(default_factory=dict)  # client -> squashed variants
    first_words: tuple[str, ...] = ()  # lowercase first words of all variants: a cheap gate
    first_names: dict[str, str] = field(default_factory=dict)  # client -> squashed first word, if no other client shares it
    first_two: dict[str, str] = field(default_factory=dict)    # client -> squashed first two words ("vanwyk")

    def client_of_domain(self, domain: str, common=lambda w: False) -> str | None:
        domain = domain.lower().strip(".")
        for name, spec in self.clients.items():
            for d in spec.get("domains", []):
                if domain == d or domain.endswith("." + d):
                    return name
        if domain in PUBLIC_MAIL:
            return None
        # Every label of the host may carry the name: the registrable one
        # (pellhamrowe.co.uk), the one before a placeholder (pellhamrowe.example.co.uk)
        # or the one a placeholder is fused to (example-pellhamrowe.com).
        best, best_len = None, 0
        for label in host_labels(domain):
            hit, common_len = self._client_of_label(label, common)
            if hit and common_len > best_len:
                best, best_len = hit, common_len
        return best

    def _client_of_label(self, label: str, common=lambda w: False, strict: bool = False) -> tuple[str | None, int]:
        """The client whose name a squashed domain label (or mailbox name) spells, and how
        many letters agree.  ``strict`` (a mailbox name): the whole name, not a prefix of it."""
        if len(label) < 4:
            return None, 0
        best, best_len = None, 0
        for name, forms in self.squashed.items():
            for v in forms | {f.replace("and", "") for f in forms if "and" in f}:
                if len(v) < 4:
                    continue
                if strict:
                    ok = label == v or (len(v) >= 8 and label.startswith(v))
                else:
                    ok = label == v or (len(v) >= 5 and label.startswith(v)) or (len(label) >= 5 and v.startswith(label))
                if ok:
                    common_len = min(len(v), len(label))
                    if common_len > best_len:
                        best, best_len = name, common_len
        if best or strict:
            return best, best_len
        # "ferrislegal" for "Ferris & Doyle Solicitors": the label starts with the
        # client's first word, when that word is a name (not "harbour") and only one
        # client of the roster starts with it.
        starts = [n for n, w in self.first_names.items() if len(w) >= 5 and label.startswith(w) and not common(w)]
        if len(starts) == 1:
            return starts[0], len(self.first_names[starts[0]])
        return None, 0

    def client_of_person(self, display: str, address: str, common=lambda w: False) -> str | None:
        """A client that is a person or family: match their surname in the name or address
        ("luca.rossi@" for "Rossi family", "kofi.mensah@" for "Mensah Haulage")."""
        local = address.split("@")[0] if "@" in address else ""
        raw = [t for t in re.split(r"[\s._+-]+", f"{display} {local}") if t]
        tokens = {squash(t) for t in raw if len(t) >= 4}
        for v in self.variants:
            if v.words == 1 and squash(v.text) in tokens:
                return v.client
        # The person's surname is the first word of the client's name (a name, not an
        # ordinary word), or its first two ("m.vanwyk" for "Van Wyk Trading").
        pairs = {squash(a + b) for a, b in zip(raw, raw[1:])}
        found = {n for n, w in self.first_names.items() if w in tokens and not common(w)}
        found |= {n for n, w in self.first_two.items() if w and (w in tokens or w in pairs)}
        return found.pop() if len(found) == 1 else None

    def client_of_address(self, recipient: str, common=lambda w: False) -> str | None:
        display, addr = parseaddr(recipient)
        addr = addr or recipient
        if "@" in addr:
            local, domain = addr.rsplit("@", 1)
            hit = self.client_of_domain(domain, common)
            if hit:
                return hit
            # A business on a public or ISP mail service: "tidepoolsurf@gmail.com".
            hit, _ = self._client_of_label(squash(local), strict=True)
            if hit:
                return hit
        return self.client_of_person(display, addr, common)


# Labels that carry no name: placeholders of documentation addresses (RFC 2606:
# example, test, invalid) and the usual mail hosts.
_PLACEHOLDER_LABELS = {"example", "examples", "test", "invalid", "localhost"}
_HOST_LABELS = {"www", "mail", "email", "webmail", "smtp", "mx", "imap", "pop", "post", "mailer", "mx1", "mx2"}
_PLACEHOLDER_AFFIX = re.compile(r"^(?:example|test)-+|-+(?:example|test)$")


def host_labels(domain: str) -> list[str]:
    """The squashed labels of a host that may spell its owner's name, most specific last:
    not the TLD and second-level suffixes, placeholders or mail hosts; a placeholder
    fused to a label is cut off ("example-tidepoolsurf" -> "tidepoolsurf")."""
    labels = [x for x in domain.lower().strip(".").split(".") if x]
    if len(labels) >= 2:
        labels = labels[:-1]  # the TLD
        while len(labels) >= 2 and (labels[-1] in _SLD or len(labels[-1]) <= 2):
            labels = labels[:-1]
    out = []
    for label in labels:
        if label in _PLACEHOLDER_LABELS or label in _HOST_LABELS or label in _SLD:
            continue
        label = _PLACEHOLDER_AFFIX.sub("", label)
        if label:
            out.append(squash(label))
    return out


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
    # "Sampson & Sons (Lower Ridge)": the name without its parenthesis is the name people
    # write; what the parenthesis holds (a place, a trading name) names the client too.
    paren = re.fullmatch(r"(.+?)\s*\(([^()]{3,})\)\s*", name)
    if paren:
        name = paren.group(1)
        add(name, True)
        add(paren.group(2), False)
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
    firsts: dict[str, list[str]] = {}
    for name in clients:
        words = [w for w in name.split() if w.lower() != "the"]
        if words:
            firsts.setdefault(squash(words[0]), []).append(name)
            if len(words) >= 3 and words[1][:1].isupper():
                roster.first_two[name] = squash(words[0] + words[1])
    roster.first_names = {names[0]: w for w, names in firsts.items() if len(names) == 1 and len(w) >= 3}
    # People shorten a client to its distinctive first word: "the Carrickmore lot" for
    # "Carrickmore Farm Machinery".  Only a word no other client's name starts with and no
    # variant already is; find_mentions keeps it only where it is not an ordinary word.
    have = {v.text.lower() for v in roster.variants}
    for name in roster.first_names:
        words = [w for w in name.split() if w.lower() != "the"]
        first = words[0] if len(words) >= 2 else ""
        if len(first) >= 5 and first.isalpha() and first[:1].isupper() and first.lower() not in have:
            roster.variants.append(Variant(first, name, False, 1, first_word=True))
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


# A first word alone names the client only where it is used as one: a possessive
# ("Brightwater's director") or a group ("the Carrickmore lot"); "the Brightwater river"
# or "Brightwater is the Wi-Fi network" is not.
_FIRST_WORD_AS_NAME = re.compile(r"['’]s?\b|[ \t]+(?:lot|crowd|people|team|gang|folks?|guys|boys|mob|bunch)\b", re.I)
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
            if v.first_word and (common_word(found.lower()) or not _FIRST_WORD_AS_NAME.match(text, m.end(k))):
                continue
        out.append(Mention(v.client, m.start(), m.end(), found))
    return out


def recipients_clients(recipients: list[str], roster: Roster, common=lambda w: False) -> set[str]:
    """The roster clients the recipients belong to.  ``common(word)`` says if a word is an
    ordinary English word, which a name read from an address must not be."""
    out = set()
    for name, addr in getaddresses(recipients):
        c = roster.client_of_address(f"{name} <{addr}>" if name else addr, common)
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
            for label in host_labels(dom):
                for name, forms in roster.squashed.items():
                    if len(label) >= 6 and (label in forms or label in {f.replace("and", "") for f in forms}):
                        client = name
                        break
                if client:
                    break
        if client:
            out.append(Mention(client, m.start(), m.end(), m.group()))
    return out
