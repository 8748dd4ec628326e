"""Compiled data and per-draft analysis for the jargon rules (helpers, not rules).

Everything compiled here is built once per pipeline + lexicons (``ctx.compiled``):
one spaCy Matcher for buzzwords, trade terms and the "I'm new to this" cues, the
acronym lists, and one regex for acronym candidates.  Per-draft work (matches, the
client's own words, the audience) is shared between the rules with ``ctx.memo``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.attrs import LEMMA, LOWER
from spacy.matcher import Matcher

from ..errors import ConfigError
from ..draft.model import BODY, QUOTED
from ..findings import Severity
from ..patterns import PhraseSet, _compile_phrase

# An acronym candidate: 2-8 letters (and "&"), starting with a capital, not glued to
# digits, codes, paths, addresses or identifiers ("CHG-4471", "ALERT_CHANNEL", "a.B").
ACRONYM_RE = re.compile(r"(?<![\w@/\\.$&'-])([A-Z][A-Za-z&]{1,7})(?![\w@/\\$&'-]|\.\w)")
_HYPHEN = re.compile(r"(?<=[A-Za-z0-9])-(?=[A-Za-z0-9])")
_GREETINGS = {"hi", "hello", "dear", "hey", "thanks", "cheers", "regards", "morning", "afternoon", "evening"}
_SMALL_WORDS = r"(?:of|and|the|for|to|in|on|at|by|with|&)"


def is_acronym_shape(word: str) -> bool:
    """Two or more capitals, and capitals at least half the letters ("SLA", "PoP", "UPNs")."""
    base = word[:-1] if len(word) > 2 and word.endswith("s") and word[-2].isupper() else word
    letters = [c for c in base if c.isalpha()]
    caps = sum(1 for c in letters if c.isupper())
    return caps >= 2 and caps * 2 >= len(letters) and base[0].isupper()


def acronym_base(word: str) -> str:
    """The singular: "UPNs" -> "UPN", "PCs" -> "PC"."""
    return word[:-1] if len(word) > 2 and word.endswith("s") and word[-2].isupper() else word


def dsl(phrase: str) -> str:
    """Lexicon phrase -> patterns.py phrase: a hyphen between words becomes optional."""
    items = []
    for item in phrase.split():
        if "|" in item or item.startswith("=") or not _HYPHEN.search(item):
            items.append(item)
        else:
            items.append(_HYPHEN.sub(" -? ", item))
    return " ".join(items)


class IndexedPhrases:
    """Phrases compiled as patterns.py does, with an index on the words each one needs.

    spaCy's Matcher tries every pattern at every token, so a few hundred lexicon phrases
    cost more than tokenizing.  Here each phrase key gets its own small Matcher, and a
    draft only runs the keys whose required words (lemma or lower form) all occur in it:
    usually a handful.  Results are the same as one big Matcher.
    """

    def __init__(self, nlp, lemmatize) -> None:
        self._ps = PhraseSet(nlp, lemmatize)        # for its tokenizer cache and lemmatizer
        self.vocab = nlp.vocab
        self.phrases: dict[str, list[str]] = {}
        self._items: list[tuple[str, Matcher, list[set[str]]]] = []
        self._index: dict[int, list[int]] = {}
        self._strings = nlp.vocab.strings

    def add(self, key: str, phrases) -> None:
        # patterns.py does the parsing (and its errors); we only index the result.
        probe = PhraseSet(self._ps.nlp, self._ps._lemma)
        probe._tok_cache = self._ps._tok_cache
        probe.add(key, phrases)
        for phrase in probe.phrases.get(key, []):
            pattern = _compile_phrase(phrase, self._ps._tokenize, self._ps._lemma)
            required: list[set[int]] = []
            lead = 0          # most tokens that can come before the first required one
            length = 0        # most tokens the whole phrase can span
            for tok in pattern:
                op = str(tok.get("OP", ""))
                width = _op_width(op)
                length += width
                values = None
                for attr in ("LEMMA", "LOWER"):
                    if attr in tok:
                        val = tok[attr]
                        values = {self._strings.add(v) for v in (val["IN"] if isinstance(val, dict) else [val])}
                optional = op in ("?", "*") or op.startswith("{0")
                if values and not optional:
                    required.append(values)
                elif not required:
                    lead += width
            matcher = Matcher(self.vocab, validate=False)
            matcher.add(key, _without_sets(pattern))
            n = len(self._items)
            self._items.append((key, matcher, required, lead, length))
            for value in (required[0] if required else {0}):
                self._index.setdefault(value, []).append(n)
            self.phrases.setdefault(key, []).append(phrase)

    def __call__(self, doc) -> list[tuple[str, int, int]]:
        arr = doc.to_array([LEMMA, LOWER])
        words = set(arr.ravel().tolist())
        words.add(0)
        candidates = set()
        for w in words:
            hit = self._index.get(w)
            if hit:
                candidates.update(hit)
        out = set()
        strings = doc.vocab.strings
        n_tok = len(doc)
        rows = None
        for n in sorted(candidates):
            key, matcher, required, lead, length = self._items[n]
            if not all(req & words for req in required):
                continue
            if not required:
                out.update((strings[m], s, e) for m, s, e in matcher(doc))
                continue
            # Run the matcher only on short windows around the first required word:
            # a Matcher call costs a pass over every token it is given.
            first = required[0]
            if rows is None:
                rows = arr.tolist()
            positions = [i for i, (lem, low) in enumerate(rows) if lem in first or low in first]
            for i in positions:
                a, b = max(0, i - lead), min(n_tok, i + length)
                out.update((strings[m], a + s, a + e) for m, s, e in matcher(doc[a:b]))
        return sorted(out, key=lambda m: (m[1], m[2], m[0]))


def _op_width(op: str) -> int:
    if op in ("", "!"):
        return 1
    if op == "?":
        return 1
    if op in ("*", "+"):
        return 8
    m = re.match(r"\{(\d*),?(\d*)\}", op)
    if m:
        return int(m.group(2) or m.group(1) or 8)
    return 1


def _without_sets(pattern: list[dict], limit: int = 64) -> list[list[dict]]:
    """Spell out {"LEMMA": {"IN": [...]}} alternatives as separate patterns.

    spaCy checks a set predicate in Python for every token, a plain value in C; a
    phrase with a few alternatives is much faster as a few plain patterns.
    """
    out: list[list[dict]] = [[]]
    for tok in pattern:
        attr = next((a for a in ("LEMMA", "LOWER") if isinstance(tok.get(a), dict)), None)
        if attr is None:
            out = [p + [tok] for p in out]
            continue
        values = tok[attr]["IN"]
        if len(out) * len(values) > limit:
            return [pattern]
        out = [p + [{**tok, attr: v}] for p in out for v in values]
    return out


@dataclass
class Entry:
    kind: str           # "buzz", "term"
    phrase: str
    suggestion: str
    level: Severity = Severity.WARNING
    pos: str | None = None  # "verb" / "noun": only flag that use
    domain: str | None = None


@dataclass
class JargonLex:
    phrases: IndexedPhrases
    entries: dict[str, Entry]
    domains: list[str]
    known: set[str]                      # upper-case acronyms every reader knows
    units: set[str]
    not_acronyms: set[str]
    acronym_info: dict[str, list[tuple[str | None, str]]] = field(default_factory=dict)  # ACR -> [(domain, explanation)]


def build_lex(ctx) -> JargonLex:
    def build() -> JargonLex:
        jargon = ctx.lexicons.get("jargon")
        acr = ctx.lexicons.get("acronyms")
        terms = ctx.lexicons.get("jargon_terms")
        ps = IndexedPhrases(ctx.pipeline.nlp, ctx.pipeline.lemmatize)
        entries: dict[str, Entry] = {}
        tables = (
            ("buzzwords", Severity.WARNING, None),
            ("buzzwords_verb", Severity.WARNING, "verb"),
            ("buzzwords_noun", Severity.WARNING, "noun"),
            ("mild", Severity.INFO, None),
        )
        for table, level, pos in tables:
            for n, (phrase, suggestion) in enumerate(_table(jargon, table, "jargon").items()):
                key = f"b:{table}:{n}"
                ps.add(key, [dsl(phrase)])
                entries[key] = Entry("buzz", phrase, str(suggestion), level, pos)
        novice = jargon.get("audience", {}).get("novice", [])
        if not isinstance(novice, list):
            raise ConfigError("lexicon jargon: [audience] novice must be a list of phrases")
        ps.add("novice", [dsl(p) for p in novice])
        info: dict[str, list[tuple[str | None, str]]] = {}
        for a, expl in _table(acr, "expansions", "acronyms").items():
            info.setdefault(acronym_base(a).upper(), []).append((None, str(expl)))
        domains = []
        for domain, table in terms.items():
            if not isinstance(table, dict):
                raise ConfigError(f"lexicon jargon_terms: [{domain}] must be a table of term = explanation")
            domains.append(domain)
            for n, (phrase, expl) in enumerate(table.items()):
                if ACRONYM_RE.fullmatch(phrase) and is_acronym_shape(phrase):
                    info.setdefault(acronym_base(phrase).upper(), []).append((domain, str(expl)))
                    continue
                key = f"t:{domain}:{n}"
                ps.add(key, [dsl(phrase)])
                entries[key] = Entry("term", phrase, str(expl), Severity.WARNING, None, domain)
        return JargonLex(
            phrases=ps,
            entries=entries,
            domains=domains,
            known={acronym_base(a).upper() for a in _list(acr, "known", "acronyms")},
            units={u.upper() for u in _list(acr, "units", "acronyms")},
            not_acronyms={w.upper() for w in _list(acr, "not_acronyms", "acronyms")},
            acronym_info=info,
        )

    return ctx.compiled(("jargon", "lex"), build)


def _table(lex: dict, name: str, where: str) -> dict:
    table = lex.get(name, {})
    if not isinstance(table, dict):
        raise ConfigError(f"lexicon {where}: [{name}] must be a table of phrase = suggestion")
    return table


def _list(lex: dict, name: str, where: str) -> list[str]:
    value = lex.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"lexicon {where}: {name} must be a list of strings")
    return value


def selected_domains(ctx, lex: JargonLex) -> set[str]:
    wanted = ctx.option("jargon-domains")
    if any(d == "all" for d in wanted):
        return set(lex.domains)
    unknown = [d for d in wanted if d not in lex.domains]
    if unknown:
        raise ConfigError(f"jargon-domains: unknown domain {unknown[0]!r} (known: all, {', '.join(lex.domains)})")
    return set(wanted)


# -- per draft -----------------------------------------------------------------

@dataclass
class Analysis:
    matches: list[tuple[str, int, int]]   # (entry key, start token, end token) in new text
    client_keys: set[str]                 # entries the client used in their own message
    client_text: str                      # the client's own quoted words
    novice: bool                          # the client says they are new / not technical
    allow: set[str]
    # Domains the reader evidently knows: the client's own message uses two or more of
    # its terms, or the draft itself carries code or shell commands (then "it").
    reader_domains: set[str] = field(default_factory=set)


def client_segments(draft):
    """Quoted blocks the client wrote (or, with no attribution, probably wrote)."""
    return [s for s in draft.segments if s.kind == QUOTED and s.by_recipient is not False and (not s.forwarded or s.by_recipient)]


def analyse(ctx) -> Analysis:
    def build() -> Analysis:
        lex = build_lex(ctx)
        doc, draft = ctx.doc, ctx.draft
        client = client_segments(draft)
        body, client_keys, novice = [], set(), False
        for key, s, e in lex.phrases(doc):
            kind = ctx.kind_at(doc[s].idx)
            if kind == BODY:
                body.append((key, s, e))
            elif kind == QUOTED and any(seg.start <= doc[s].idx < seg.end for seg in client):
                if key == "novice":
                    novice = True
                else:
                    client_keys.add(key)
        client_text = "\n".join(draft.masked[s.start : s.end] for s in client)
        allow = {" ".join(a.lower().split()) for a in ctx.option("jargon-allow")}
        return Analysis(_longest(body), client_keys, client_text, novice, allow,
                        _reader_domains(lex, client_keys, client_text, draft))

    return ctx.memo(("jargon", "analysis"), build)


_CODE_LINE = re.compile(
    r"^[ \t]*(?:```|\$ |> ?\$ |(?:git|curl|wget|npm|npx|pip|pip3|ssh|scp|docker|kubectl|sudo|python|python3|node|"
    r"yarn|brew|apt|apt-get|terraform|aws|az|gcloud)\s+-{0,2}[\w.]+)",
    re.M,
)


def _reader_domains(lex: JargonLex, client_keys: set[str], client_text: str, draft) -> set[str]:
    hits: dict[str, set[str]] = {}
    for key in client_keys:
        entry = lex.entries.get(key)
        if entry is not None and entry.domain:
            hits.setdefault(entry.domain, set()).add(entry.phrase)
    for m in ACRONYM_RE.finditer(client_text):
        base = acronym_base(m.group(1)).upper()
        for domain, _ in lex.acronym_info.get(base, []):
            if domain:
                hits.setdefault(domain, set()).add(base)
    out = {d for d, terms in hits.items() if len(terms) >= 2}
    if any(_CODE_LINE.search(draft.masked, s.start, s.end) for s in draft.spans(BODY)):
        out.add("it")
    return out


def _longest(matches):
    """Across entries, keep the longest of overlapping matches (touch base offline > touch base)."""
    matches = sorted((m for m in matches if m[0] != "novice"), key=lambda m: (m[1], -(m[2] - m[1])))
    kept, last_end = [], -1
    for key, s, e in matches:
        if s < last_end:
            continue
        kept.append((key, s, e))
        last_end = e
    return kept


def raise_for_audience(level: Severity, analysis: Analysis, message: str) -> tuple[Severity, str]:
    if analysis.novice:
        return level.raise_(), message + " (the client says they are new to this or not technical: keep it plain)"
    return level, message


# -- parts of speech -----------------------------------------------------------

_VERB_BEFORE = {
    "to", "will", "would", "can", "could", "should", "must", "might", "may", "shall", "'ll", "'d",
    "n't", "not", "we", "i", "you", "they", "please", "also", "just", "fully", "better", "really",
    "help", "then", "and", "or", "we'll", "i'll",
}
_NOUN_BEFORE = {
    "the", "a", "an", "your", "our", "their", "my", "his", "her", "its", "this", "that", "these",
    "those", "'s", "of", "big", "main", "only", "one", "total", "high", "low", "financial", "no",
    "some", "any", "much", "more", "less", "annual", "monthly", "real", "key", "small", "huge",
}
_OBJECT_AFTER = {
    "the", "a", "an", "our", "your", "their", "this", "that", "these", "those", "its", "my", "it",
    "them", "us", "you", "existing", "every", "all", "each", "any",
}


def used_as(tok, pos: str, has_tagger: bool) -> bool:
    """Is this token used as a verb / noun?  The tagger when there is one, else context."""
    if has_tagger and tok.pos_:
        return tok.pos_ in (("VERB",) if pos == "verb" else ("NOUN", "PROPN"))
    doc = tok.doc
    prev = doc[tok.i - 1].lower_ if tok.i > 0 and not tok.is_sent_start else None
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    if prev == "'s" and tok.i > 1 and doc[tok.i - 2].lower_ == "let":
        prev = "to"
    noun_ctx = prev in _NOUN_BEFORE or nxt in ("of", "ratio", "ratios")
    if pos == "noun":
        return noun_ctx
    if noun_ctx:
        return False
    if prev is None or prev in _VERB_BEFORE or nxt in _OBJECT_AFTER:
        return True
    return tok.lower_.endswith(("ing", "ed")) and tok.lemma_ != tok.lower_


# -- acronyms ------------------------------------------------------------------

def expansion_regex(acronym: str) -> re.Pattern | None:
    """Words whose initials spell the acronym: "service level agreement" for SLA."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    if len(letters) < 3:
        return None
    gap = rf"[\s-]+(?:{_SMALL_WORDS}[\s-]+)?"
    body = gap.join(rf"{c}[a-z]+" for c in letters)
    return re.compile(rf"\b{body}\b", re.I)


def explained(acronym: str, text: str, known_expansions: list[str]) -> bool:
    """Is the acronym spelled out or explained somewhere in this text?"""
    a = re.escape(acronym)
    if re.search(rf"\(\s*{a}s?\s*\)", text):                     # service level agreement (SLA)
        return True
    for m in re.finditer(rf"\b{a}s?\s*\(([^()]{{3,160}})\)", text):  # SLA (service level agreement)
        if re.search(r"[a-z]{3,}", m.group(1)):
            return True
    if re.search(rf"\b{a}s?\b,?\s*(?:[-–—:]\s*)?(?:stands for|is short for|short for|refers to|means|meaning|i\.e\.|that is|in other words)\b", text):
        return True
    rx = expansion_regex(acronym)
    if rx and rx.search(text):
        return True
    lower = text.lower()
    return any(e and e in lower for e in known_expansions)


def shouted(match: re.Match, text: str, lex: JargonLex) -> bool:
    """Capitals for emphasis ("DO NOT SHARE", "URGENT"), not an acronym."""
    word = match.group(1)
    base = acronym_base(word).upper()
    if word.upper() in lex.not_acronyms or word.lower() in STOP_WORDS:
        return True
    known = base in lex.known or base in lex.acronym_info
    if not known and len(word) >= 5 and sum(c in "AEIOU" for c in word.upper()) * 5 >= 2 * len(word):
        return True
    # A run of capitalised words separated by spaces is a shouted phrase or heading.
    before = text[max(0, match.start() - 40) : match.start()]
    after = text[match.end() : match.end() + 40]
    prev = re.search(r"([A-Za-z&]+)[ \t]+$", before)
    nxt = re.match(r"[ \t]+([A-Za-z&]+)", after)
    for other in (prev.group(1) if prev else None, nxt.group(1) if nxt else None):
        if other and len(other) >= 2 and other.isupper():
            ob = acronym_base(other).upper()
            if not (known and (ob in lex.known or ob in lex.acronym_info)):
                return True
    return False


def after_greeting(match: re.Match, text: str) -> bool:
    before = text[max(0, match.start() - 12) : match.start()]
    m = re.search(r"([A-Za-z]+)[\s,]+$", before)
    return bool(m and m.group(1).lower() in _GREETINGS)


def after_number(match: re.Match, text: str) -> bool:
    return bool(re.search(r"\d[\s]?$", text[max(0, match.start() - 3) : match.start()]))


def internal_matcher(ctx):
    """A Matcher for the configured internal project/tool names (exact words, any case)."""
    terms = tuple(ctx.option("internal-terms"))

    def build():
        matcher = Matcher(ctx.pipeline.nlp.vocab, validate=False)
        for n, term in enumerate(terms):
            toks = [t.lower_ for t in ctx.pipeline.nlp.tokenizer(term)]
            if toks:
                matcher.add(f"internal:{n}", [[{"LOWER": t} for t in toks]])
        return matcher

    return ctx.compiled(("jargon", "internal", terms), build)
