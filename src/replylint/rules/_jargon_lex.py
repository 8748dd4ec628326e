"""Compiled data and per-draft analysis for the jargon rules (helpers, not rules).

Everything compiled here is built once per pipeline + lexicons (``ctx.compiled``):
one phrase index (a pattern per phrase, as patterns.py compiles it) for buzzwords, trade terms and the "I'm new to this" cues, the
acronym lists, and one regex for acronym candidates.  Per-draft work (matches, the
client's own words, the audience) is shared between the rules with ``ctx.memo``.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple


from .. import spacy_names as sp
from ..errors import ConfigError
from ..draft.model import BODY, QUOTED
from ..findings import Severity
from ..patterns import DocIndex, PhraseSet, PhraseSyntaxError, find_all, indices_of

# An acronym candidate: 2-8 letters (and "&"), starting with a capital, not glued to
# digits, codes, paths, addresses or identifiers ("CHG-4471", "ALERT_CHANNEL", "a.B").
# The test of the character before comes after the first capital, so that the regex
# engine can skip ahead to capitals instead of trying every position.
ACRONYM_RE = re.compile(r"([A-Z](?<![\w@/\\.$&-][A-Z])[a-z&]{0,2}[A-Z][A-Za-z&]{0,5})(?![\w@/\\$&-]|\.\w|['’](?!s\b)[A-Za-z])")
_HYPHEN = re.compile(r"(?<=[A-Za-z0-9])-(?=[A-Za-z0-9])")
_GREETINGS = {"hi", "hello", "dear", "hey", "thanks", "cheers", "regards", "morning", "afternoon", "evening"}
_SMALL_WORDS = r"(?:of|and|the|for|to|in|on|at|by|with|&)"


@lru_cache(maxsize=4096)
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
    """Lexicon phrases compiled as patterns.py compiles them, matched through an index.

    spaCy's Matcher tries every pattern at every token and each call walks the whole
    Doc in Python, so a few hundred lexicon phrases cost more than tokenizing.  Here the
    patterns (the same token specs patterns.py builds) are indexed on the words they
    need, and a draft only tries the phrases whose required words (lemma or lower form)
    all occur in it, at the positions where their first required word is: usually a
    handful of checks on token arrays.  Results are the matches spaCy's Matcher would
    return for the same patterns (every end of every start).
    """

    def __init__(self, nlp, lemmatize) -> None:
        self._ps = PhraseSet(nlp, lemmatize)        # its tokenizer cache and lemmatizer
        self._strings = nlp.vocab.strings
        self.phrases: dict[str, list[str]] = {}
        # (key, spec, required value sets, lead): spec is [(column, values|None, min, max)]
        # (key, spec, required value sets, (min, max) tokens before the anchor, anchor values)
        self._items: list[tuple] = []
        self._index: dict[int, list[int]] = {}
        self._anchors: set[int] = set()       # the index's keys, to intersect with a draft's words

    def add(self, key: str, phrases) -> None:
        # Parsed as a PhraseSet parses them, which reports bad phrases the same way.
        for phrase, pattern in self._ps.compile(key, phrases):
            spec, required = [], []
            anchor, best = None, None
            for k, tok in enumerate(pattern):
                lo, hi = _op_range(str(tok.get("OP", "")))
                col, values, names = None, None, []
                if "LEMMA" in tok or "LOWER" in tok:
                    col = 0 if "LEMMA" in tok else 1
                    val = tok["LEMMA" if col == 0 else "LOWER"]
                    names = val["IN"] if isinstance(val, dict) else [val]
                    values = {self._strings.add(v) for v in names}
                elif tok.get("LIKE_NUM"):
                    col, values = 2, {1}
                elif set(tok) - {"OP"}:
                    raise ConfigError(f"lexicon phrase {phrase!r}: unsupported token {tok}")
                spec.append((col, values, lo, hi))
                if values and lo >= 1 and col != 2:
                    required.append(values)
                    # Anchor on the rarest-looking word: no stop words, few alternatives, long.
                    rank = (any(v in sp.STOP_WORDS for v in names), len(names), -min(len(v) for v in names))
                    if best is None or rank < best:
                        anchor, best = k, rank
            if anchor is None:
                lead = (0, sum(hi for _, _, _, hi in spec))
                anchor_values = {0}
            else:
                lead = (sum(lo for _, _, lo, _ in spec[:anchor]), sum(hi for _, _, _, hi in spec[:anchor]))
                anchor_values = spec[anchor][1]
            n = len(self._items)
            self._items.append((key, spec, required, lead, anchor is not None and anchor_values))
            for value in anchor_values:
                self._index.setdefault(value, []).append(n)
            self._anchors.update(anchor_values)
            self.phrases.setdefault(key, []).append(phrase)

    def __call__(self, doc) -> list[tuple[str, int, int]]:
        if not len(doc):
            return []
        columns = token_columns(doc)
        in_lemmas, in_lowers = DocIndex.of(doc).present
        words = in_lemmas | in_lowers
        words.add(0)                        # the anchor of phrases without a required word
        index, items = self._index, self._items
        candidates = set()
        for w in self._anchors.intersection(words):
            candidates.update(index[w])
        live = []
        for n in candidates:
            for req in items[n][2]:
                if words.isdisjoint(req):
                    break
            else:
                live.append(items[n])
        if not live:
            return []
        lemmas, lowers = columns.lemma, columns.lower
        n_tok = len(lemmas)
        needed = set()
        for item in live:
            if item[4]:
                needed |= item[4]
        # Where each anchor word is: its lemma or lower form (positions may repeat).
        where = {v: indices_of(lemmas, v) + indices_of(lowers, v) for v in needed if v in words}
        out = set()
        for key, spec, required, (min_lead, max_lead), anchor_values in live:
            if anchor_values:
                starts = set()
                for v in anchor_values:
                    for i in where.get(v, ()):
                        starts.update(range(max(0, i - max_lead), i - min_lead + 1))
            else:
                starts = range(n_tok)
            for i in starts:
                for e in _ends(spec, 0, i, columns, n_tok):
                    if e > i:
                        out.add((key, i, e))
        return sorted(out, key=lambda m: (m[1], m[2], m[0]))


class TokenColumns(NamedTuple):
    """A Doc's token attributes as lists: on a few hundred tokens, plain lists are cheaper
    to work with than numpy (whose every call costs more than a short Python loop)."""

    lemma: list[int]
    lower: list[int]
    like_num: list[int]
    is_alpha: list[int]
    sent_start: list[int]
    idx: list[int]
    length: list[int]


# Lemma and lower-case form come from the DocIndex every phrase set shares (handed
# over by the lemmatizer); each attribute read out of the Doc costs a few µs.
_ATTRS = ("LIKE_NUM", "IS_ALPHA", "SENT_START", "IDX", "LENGTH")


def token_columns(doc) -> TokenColumns:
    """One to_array per Doc, shared by the jargon rules."""
    columns = doc.user_data.get("replylint_jargon_columns")
    if columns is None or len(columns.idx) != len(doc):
        columns = TokenColumns(*DocIndex.of(doc).columns, *doc.to_array([getattr(sp, a) for a in _ATTRS]).T.tolist())
        doc.user_data["replylint_jargon_columns"] = columns
    return columns


def char_span(doc, s: int, e: int) -> tuple[int, int]:
    """Where tokens s..e-1 are in the Doc's text (the draft's masked text)."""
    columns = token_columns(doc)
    return columns.idx[s], columns.idx[e - 1] + columns.length[e - 1]


def _ok(col, values, q, columns: TokenColumns) -> bool:
    """Does token q pass a spec item: a lemma (col 0) or lower form (1) in values, or
    like_num (2)?"""
    if values is None:
        return True
    if col == 2:
        return bool(columns[2][q])
    return columns[col][q] in values


def _ends(spec, k, p, columns, n):
    """Every end position of spec[k:] matched from token p."""
    if k == len(spec):
        yield p
        return
    col, values, lo, hi = spec[k]
    q = p
    for _ in range(lo):
        if q >= n or not _ok(col, values, q, columns):
            return
        q += 1
    yield from _ends(spec, k + 1, q, columns, n)
    for _ in range(hi - lo):
        if q >= n or not _ok(col, values, q, columns):
            return
        q += 1
        yield from _ends(spec, k + 1, q, columns, n)


def _op_range(op: str) -> tuple[int, int]:
    if op in ("", "!"):
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "*":
        return 0, 8
    if op == "+":
        return 1, 8
    m = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op)
    if m:
        lo = int(m.group(1) or 0)
        hi = int(m.group(3)) if m.group(3) else (8 if m.group(2) else lo)
        return lo, hi
    return 1, 1


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
    office: set[str] = field(default_factory=set)  # every office reader knows them: not counted by JRG008


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
            ("mild_verb", Severity.INFO, "verb"),
            ("mild_noun", Severity.INFO, "noun"),
        )
        for table, level, pos in tables:
            for n, (phrase, suggestion) in enumerate(_table(jargon, table, "jargon").items()):
                key = f"b:{table}:{n}"
                _add(ps, key, phrase, f"jargon [{table}]")
                entries[key] = Entry("buzz", phrase, str(suggestion), level, pos)
        novice = jargon.get("audience", {}).get("novice", [])
        if not isinstance(novice, list):
            raise ConfigError("lexicon jargon: [audience] novice must be a list of phrases")
        for p in novice:
            _add(ps, "novice", p, "jargon [audience] novice")
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
                _add(ps, key, phrase, f"jargon_terms [{domain}]")
                entries[key] = Entry("term", phrase, str(expl), Severity.WARNING, None, domain)
        return JargonLex(
            phrases=ps,
            entries=entries,
            domains=domains,
            known={acronym_base(a).upper() for a in _list(acr, "known", "acronyms")},
            units={u.upper() for u in _list(acr, "units", "acronyms")},
            not_acronyms={w.upper() for w in _list(acr, "not_acronyms", "acronyms")},
            acronym_info=info,
            office={acronym_base(a).upper() for a in _list(acr, "office", "acronyms")},
        )

    return ctx.compiled(("jargon", "lex"), build)


def _add(ps: "IndexedPhrases", key: str, phrase, where: str) -> None:
    if not isinstance(phrase, str):
        raise ConfigError(f"lexicon {where}: phrases must be strings, got {phrase!r}")
    try:
        ps.add(key, [dsl(phrase)])
    except PhraseSyntaxError as exc:
        raise ConfigError(f"lexicon {where}: bad phrase {phrase!r} ({str(exc).split(': ')[-1]})") from None


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


def selected_domains(ctx, lex: JargonLex) -> frozenset[str]:
    wanted = tuple(ctx.option("jargon-domains"))

    def build() -> frozenset[str]:
        if any(d == "all" for d in wanted):
            return frozenset(lex.domains)
        unknown = [d for d in wanted if d not in lex.domains]
        if unknown:
            raise ConfigError(f"jargon-domains: unknown domain {unknown[0]!r} (known: all, {', '.join(lex.domains)})")
        return frozenset(wanted)

    return ctx.compiled(("jargon", "domains", wanted), build)


# -- per draft -----------------------------------------------------------------

@dataclass
class Analysis:
    """What the jargon rules share about one draft.  The client's text and the domains
    the reader knows are worked out on first use: most drafts never need them."""

    matches: list[tuple[str, int, int]]   # (entry key, start token, end token) in new text
    client_keys: set[str]                 # entries the client used in their own message
    novice: bool                          # the client says they are new / not technical
    allow: set[str]
    lex: JargonLex = field(repr=False)
    draft: object = field(repr=False)
    client: list = field(repr=False)      # the client's quoted segments

    @cached_property
    def client_text(self) -> str:
        """The client's own quoted words."""
        draft = self.draft
        text = "\n".join(draft.masked[s.start : s.end] for s in self.client)
        # "Re: SAML or OIDC?": the subject of a reply is the client's own words too.
        m = _REPLY_SUBJECT.match(draft.subject or "")
        if m and m.end() < len(draft.subject):
            text = f"{text}\n{draft.subject[m.end():]}" if text else draft.subject[m.end():]
        return text

    @cached_property
    def reader_domains(self) -> set[str]:
        """Domains the reader evidently knows: the client's own message uses two or more
        of its terms, or the draft itself carries code or shell commands (then "it")."""
        return _reader_domains(self.lex, self.client_keys, self.client_text, self.draft)


def client_segments(draft):
    """Quoted blocks the client wrote (or, with no attribution, probably wrote)."""
    return [s for s in draft.segments if s.kind == QUOTED and s.by_recipient is not False and (not s.forwarded or s.by_recipient)]


def analyse(ctx) -> Analysis:
    def build() -> Analysis:
        lex = build_lex(ctx)
        doc, draft = ctx.doc, ctx.draft
        client = client_segments(draft)
        body, client_keys, novice = [], set(), False
        idx = token_columns(doc).idx
        for key, s, e in lex.phrases(doc):
            kind = ctx.kind_at(idx[s])
            if kind == BODY:
                body.append((key, s, e))
            elif kind == QUOTED and any(seg.start <= idx[s] < seg.end for seg in client):
                if key == "novice":
                    novice = True
                else:
                    client_keys.add(key)
        allow = {" ".join(a.lower().split()) for a in ctx.option("jargon-allow")}
        return Analysis(_longest(body), client_keys, novice, allow, lex, draft, client)

    return ctx.memo(("jargon", "analysis"), build)


_REPLY_SUBJECT = re.compile(r"^\s*(?:(?:re|aw|sv|vs|antw|r)\s*(?:\[\d+\])?\s*:\s*)+", re.I)

_CODE_LINE = re.compile(
    r"^[ \t]*(?:```|\$ |> ?\$ |(?:git|curl|wget|npm|npx|pip|pip3|ssh|scp|docker|kubectl|sudo|python|python3|node|"
    r"yarn|brew|apt|apt-get|terraform|aws|az|gcloud)\s+-{0,2}[\w.]+)",
    re.M,
)


# A line of program code (not prose): an import or definition, an assignment from a
# call or lookup ("digest = hmac.new(key, body, sha256)", "token = env["API_TOKEN"]"),
# a dotted call ("client.webhooks.verify(payload)"), or a line of JSON ("  "id": 42,").
_PROGRAM_LINE = re.compile(
    r"""^[ \t]*(?:
        (?:import|from)[ \t]+[\w.]+(?:[ \t]+import\b|[ \t]*$|[ \t]+as\b) |
        (?:def|class|function|func|fn|const|let|var|public|private|return)[ \t]+[\w$]+[ \t]*[(=:{] |
        [A-Za-z_$][\w$.]*(?:\[[^\]\n]*\])?[ \t]*[+\-*/]?=[ \t]*[A-Za-z_$][\w$.]*[(\[] |
        (?:[A-Za-z_$][\w$]*\.)+[A-Za-z_$][\w$]*\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)[ \t]*;?[ \t]*(?:\#.*|//.*)?$ |
        "[\w.-]+"[ \t]*:[ \t]*(?:"|\d|\{|\[|true\b|false\b|null\b) |
        -----BEGIN[ \t][A-Z ]+----- |
        (?:export[ \t]+)?[A-Z][A-Z0-9]*_[A-Z0-9_]+[ \t]*=[ \t]*\S |
        \d{4}-\d\d-\d\d[T ]\d\d:\d\d\S*[ \t]+\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|FATAL|TRACE)\b |
        Traceback[ \t]\(most[ \t]recent[ \t]call[ \t]last\)
    )""",
    re.M | re.X,
)
# A URL with a password in it ("postgres://app:secret@db..."): pasted configuration.
# Searched only when the text holds "://" (a separate pattern keeps the line scan cheap).
_CREDENTIAL_URL = re.compile(r"\b[a-z][a-z0-9+]*://[^\s:/@]+:[^\s@]+@")


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
    text = draft.masked
    if any(_CODE_LINE.search(text, s.start, s.end) or _PROGRAM_LINE.search(text, s.start, s.end)
           or (text.find("://", s.start, s.end) >= 0 and _pasted_credential_url(text, s.start, s.end))
           for s in draft.spans(BODY)):
        out.add("it")
    return out


def _pasted_credential_url(text: str, start: int, end: int) -> bool:
    """A URL with a password on a line of its own or after a short label ("url:
    postgres://..."): pasted configuration.  The same URL inside a sentence of prose
    ("I've re-seeded it from postgres://... and kicked off a backfill") is a leak
    written to whoever reads it, not a sign the reader is technical."""
    for m in _CREDENTIAL_URL.finditer(text, start, end):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        url_end = m.end()
        while url_end < line_end and not text[url_end].isspace():
            url_end += 1
        rest = text[line_start:m.start()] + " " + text[url_end:line_end]
        if len(rest.split()) <= 3:
            return True
    return False


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

def _expansion(acronym: str) -> str | None:
    """Regex (lower case) for words whose initials spell the acronym; None below 3 letters."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    if len(letters) < 3:
        return None
    gap = rf"[\s-]+(?:{_SMALL_WORDS}[\s-]+)?"
    return gap.join(rf"{c}[a-z]+" for c in letters)


def expansion_regex(acronym: str) -> re.Pattern | None:
    """Words whose initials spell the acronym: "service level agreement" for SLA."""
    body = _expansion(acronym)
    return re.compile(rf"\b{body}\b", re.I) if body else None


def _lowered_expansion_regex(acronym: str) -> re.Pattern | None:
    """``expansion_regex`` for lower-cased ASCII text, without IGNORECASE (which keeps the
    regex engine from skipping ahead to the first initial)."""
    body = _expansion(acronym)
    if not body or not body.isascii():
        return None
    return re.compile(rf"{as_word(body[0])}{body[1:]}\b")


def as_word(escaped: str) -> str:
    """Regex for ``\\b`` + escaped, when escaped starts with a word character, written so
    that the regex engine can skip ahead to it instead of trying every position."""
    return rf"{escaped}(?<!\w{escaped})"


@lru_cache(maxsize=16384)
def _explanation_pattern(kind: str, acronym: str) -> re.Pattern | None:
    """One regex ``explained`` searches for an acronym, compiled once per acronym and
    only when the text could match it: real mail holds hundreds of different acronyms,
    and compiling five regexes for each cost more than every other jargon check."""
    a = re.escape(acronym)
    word = as_word(a)              # an acronym starts with a capital
    if kind == "in_parens":        # service level agreement (SLA)
        return re.compile(rf"\(\s*{a}s?\s*\)")
    if kind == "before_parens":    # SLA (service level agreement)
        return re.compile(rf"{word}s?\s*\(([^()]{{3,160}})\)")
    if kind == "defined":
        return re.compile(rf"{word}s?\b,?\s*(?:[-–—:]\s*)?(?:stands for|is short for|short for|refers to|means|meaning|i\.e\.|that is|in other words)\b")
    if kind == "spelled_out":
        return expansion_regex(acronym)
    return _lowered_expansion_regex(acronym)


# Every text the "defined" regex matches holds one of these (it has no IGNORECASE).
_DEFINING = ("stands for", "short for", "refers to", "mean", "i.e.", "that is", "in other words")
# What follows the acronym where it matches: its alternatives' beginnings.
_DEFINING_STARTS = ("stands for", "is short for", "short for", "refers to", "mean", "i.e.", "that is", "in other words")


def _after_opening(text: str, acronym: str) -> bool:
    """Does the acronym come right after "(" and any whitespace somewhere in ``text``?
    (Needed for ``\\(\\s*A``: ``\\s`` is what ``str.isspace`` says.)"""
    for i in find_all(text, acronym):
        j = i - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j >= 0 and text[j] == "(":
            return True
    return False


def _followed_by(text: str, acronym: str, starts: tuple[str, ...], comma: str, dash: str = "") -> bool:
    """Does the acronym, or its plural, come somewhere in ``text`` before one of
    ``starts`` with only whitespace between (and the optional ``comma``, then one of
    ``dash`` and whitespace, where given)?  Needed for ``As?,?\\s*(?:[dash]\\s*)?start``."""
    for i in find_all(text, acronym):
        k = i + len(acronym)
        for j in ((k, k + 1) if text.startswith("s", k) else (k,)):
            if comma and text.startswith(comma, j):
                j += len(comma)
            while j < len(text) and text[j].isspace():
                j += 1
            if text.startswith(starts, j):
                return True
            if dash and j < len(text) and text[j] in dash:
                j += 1
                while j < len(text) and text[j].isspace():
                    j += 1
                if text.startswith(starts, j):
                    return True
    return False


@lru_cache(maxsize=4096)
def acronym_word(acronym: str) -> re.Pattern:
    """The acronym as a word, or its plural: ``\\bSLAs?\\b``."""
    a = re.escape(acronym)
    return re.compile(rf"{as_word(a)}s?\b")


_WORD_OF_3 = re.compile(r"[a-z]{3,}")


_LETTER_RUN = re.compile(r"[a-z]+")


def _could_spell(lower: str, acronym: str) -> bool:
    """Can the words of ``lower`` (lower-case ASCII) spell the acronym as the expansion
    regex wants: its letters as the initials of words in order, each next word right
    after the last or after one small word?  A necessary condition, checked on the
    text's initials without compiling the acronym's regex (most texts cannot)."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    initials = "".join(w[0] for w in _LETTER_RUN.findall(lower))
    first, rest = letters[0], letters[1:]
    pos = initials.find(first)
    while pos != -1:
        ends = {pos}
        for c in rest:
            ends = {e + step for e in ends for step in (1, 2) if initials[e + step:e + step + 1] == c}
            if not ends:
                break
        else:
            return True
        pos = initials.find(first, pos + 1)
    return False


def explained(acronym: str, text: str, known_expansions: list[str]) -> bool:
    """Is the acronym spelled out or explained somewhere in this text?"""
    if "(" in text:  # both regexes need one
        # Each regex is compiled (per acronym: most of these checks' cost) only where
        # the text has what it needs next to the acronym.
        if _after_opening(text, acronym) and _explanation_pattern("in_parens", acronym).search(text):
            return True
        if _followed_by(text, acronym, ("(",), ""):
            for m in _explanation_pattern("before_parens", acronym).finditer(text):
                if _WORD_OF_3.search(m.group(1)):
                    return True
    if (any(w in text for w in _DEFINING) and _followed_by(text, acronym, _DEFINING_STARTS, ",", "-–—:")
            and _explanation_pattern("defined", acronym).search(text)):
        return True
    lower = text.lower()
    body = _expansion(acronym)
    # In ASCII text, lower() agrees with IGNORECASE letter for letter.
    if body is not None and body.isascii() and text.isascii():
        if _could_spell(lower, acronym) and _explanation_pattern("spelled_out_lowered", acronym).search(lower):
            return True
    elif body is not None and _explanation_pattern("spelled_out", acronym).search(text):
        return True
    return any(e and e in lower for e in known_expansions)


def shouted(match: re.Match, text: str, lex: JargonLex) -> bool:
    """Capitals for emphasis ("DO NOT SHARE", "URGENT"), not an acronym."""
    word = match.group(1)
    base = acronym_base(word).upper()
    if word.upper() in lex.not_acronyms or word.lower() in sp.STOP_WORDS:
        return True
    known = base in lex.known or base in lex.acronym_info
    if not known and len(word) >= 5 and sum(c in "AEIOU" for c in word.upper()) * 5 >= 2 * len(word):
        return True
    # A run of capitalised words separated by spaces is a shouted phrase or heading; but
    # two short unpronounceable initialisms side by side are shorthand ("the RTI FPS").
    nxt = _CAPS_WORD_AFTER.match(text, match.end(), match.end() + 40)
    for other in (_caps_word_before(text, match.start()), nxt.group(1) if nxt else None):
        if other and len(other) >= 2 and other.isupper():
            ob = acronym_base(other).upper()
            if not (known and (ob in lex.known or ob in lex.acronym_info)) and not (
                    _initialism(base, lex) and _initialism(ob, lex)):
                return True
    return False


def _initialism(word: str, lex: JargonLex) -> bool:
    """Short, with at most one vowel, and no word of its own (not in the pronouncing
    dictionary the readability rules use): read letter by letter ("RTI", "FPS"), not
    shouted ("CALL", "LINK", "DUE")."""
    if not (2 <= len(word) <= 4 and sum(c in "AEIOUY" for c in word) <= 1):
        return False
    if word in lex.not_acronyms or word.lower() in sp.STOP_WORDS:
        return False
    from .jargon import _cmu_syllables  # the module that owns the dictionary imports this one

    return word.lower() not in _cmu_syllables()


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s,]+$")
_NUMBER_BEFORE = re.compile(r"\d\s?$")
_CAPS_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z&]+)")
_CAPS_WORD_CHARS = string.ascii_letters + "&"


def _caps_word_before(text: str, end: int) -> str | None:
    """The word of letters (and "&") that spaces or tabs separate from ``end``, within
    40 characters: what ``([A-Za-z&]+)[ \\t]+$`` finds there (``$`` also matches before a
    final newline), with string methods instead of a regex tried at every position."""
    before = text[max(0, end - 40) : end]
    if before.endswith("\n"):
        before = before[:-1]
    stripped = before.rstrip(" \t")
    if len(stripped) == len(before):
        return None
    return stripped[len(stripped.rstrip(_CAPS_WORD_CHARS)) :] or None


def after_greeting(match: re.Match, text: str) -> bool:
    m = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
    return bool(m and m.group(1).lower() in _GREETINGS)


def after_number(match: re.Match, text: str) -> bool:
    return bool(_NUMBER_BEFORE.search(text, max(0, match.start() - 3), match.start()))


def internal_matcher(ctx):
    """A Matcher for the configured internal project/tool names (exact words, any case)."""
    terms = tuple(ctx.option("internal-terms"))

    def build():
        matcher = sp.Matcher(ctx.pipeline.nlp.vocab, validate=False)
        for n, term in enumerate(terms):
            toks = [t.lower_ for t in ctx.pipeline.nlp.tokenizer(term)]
            if toks:
                matcher.add(f"internal:{n}", [[{"LOWER": t} for t in toks]])
        return matcher

    return ctx.compiled(("jargon", "internal", terms), build)
