"""The ``[remark]`` lexicon compiled once per configuration, and the phrase matches every
remark rule reads, computed once per draft."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...patterns import PhraseSet, compile_regex
from .. import Context
from .needles import MaskedRegex, _by_rarest_char, _needles
from .words import GROUPS, LEXICON


@dataclass
class Lexicon:
    phrases: PhraseSet
    caps_only: set[str]
    lowercase_only: set[str]
    people: set[str]
    attributes: set[str]
    person_only: set[str]
    name_stopwords: set[str]
    masked: list[MaskedRegex]
    embedded: list[str]
    interjections: set[str] = field(default_factory=set)
    literal_words: set[str] = field(default_factory=set)
    literal_nouns: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    role_traits: set[str] = field(default_factory=set)
    exasperation: set[str] = field(default_factory=set)
    trivial_verbs: set[str] = field(default_factory=set)
    scare_quoted: set[str] = field(default_factory=set)
    interface_nouns: set[str] = field(default_factory=set)
    oaths: set[str] = field(default_factory=set)
    typo_shaped: set[str] = field(default_factory=set)
    bodily_words: set[str] = field(default_factory=set)
    animals: set[str] = field(default_factory=set)
    embedded_prefixes: set[str] = field(default_factory=set)
    embedded_suffixes: set[str] = field(default_factory=set)
    verdict_intensifiers: set[str] = field(default_factory=set)
    verdict_exempt: set[str] = field(default_factory=set)
    alone_insults: set[str] = field(default_factory=set)
    likened_dealing: set[str] = field(default_factory=set)
    likened_ordeals: set[str] = field(default_factory=set)
    likened_faculties: set[str] = field(default_factory=set)
    likened_children: set[str] = field(default_factory=set)
    likened_machine_faculties: set[str] = field(default_factory=set)
    likened_creatures: set[str] = field(default_factory=set)
    likened_trivial_objects: set[str] = field(default_factory=set)
    # Derived once: a faculty's noun phrase runs on over "span" and "skills" ("the
    # attention span of"); the likened reader needs one of its triggers in a draft.
    likened_faculty_heads: set[str] = field(default_factory=set)
    likened_triggers: set[str] = field(default_factory=set)


@dataclass
class DraftInfo:
    """Per-draft facts every remark rule needs."""

    matches: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    allowed: list[tuple[int, int]] = field(default_factory=list)  # character spans


def lexicon(ctx: Context) -> Lexicon:
    def build() -> Lexicon:
        lex = ctx.lexicons.get(LEXICON)
        ps = PhraseSet(ctx.pipeline.nlp, ctx.pipeline.lemmatize)
        for group in GROUPS:
            ps.add(group, _strings(lex, group))
        masked = [compile_regex(p, f"lexicon [remark] masked[{i}]") for i, p in enumerate(_strings(lex, "masked"))]
        return Lexicon(
            phrases=ps,
            caps_only={w.lower() for w in _strings(lex, "caps_only")},
            lowercase_only={w.lower() for w in _strings(lex, "lowercase_only")},
            people={w.lower() for w in _strings(lex, "people")},
            attributes={w.lower() for w in _strings(lex, "attributes")},
            person_only={w.lower() for w in _strings(lex, "person_only")},
            name_stopwords={w.lower() for w in _strings(lex, "name_stopwords")},
            masked=[MaskedRegex(rx, _by_rarest_char(_needles(rx))) for rx in _combine(masked)],
            embedded=[w.lower() for w in _strings(lex, "embedded") if w.strip()],
            interjections={w.lower() for w in _strings(lex, "interjections")},
            literal_words={w.lower() for w in _strings(lex, "literal_words")},
            literal_nouns={w.lower() for w in _strings(lex, "literal_nouns")},
            roles={w.lower() for w in _strings(lex, "roles")},
            role_traits={w.lower() for w in _strings(lex, "role_traits")},
            exasperation={w.lower() for w in _strings(lex, "exasperation")},
            trivial_verbs={w.lower() for w in _strings(lex, "trivial_verbs")},
            scare_quoted={w.lower() for w in _strings(lex, "scare_quoted")},
            interface_nouns={w.lower() for w in _strings(lex, "interface_nouns")},
            oaths={w.lower() for w in _strings(lex, "oaths")},
            typo_shaped={w.lower() for w in _strings(lex, "typo_shaped")},
            bodily_words={w.lower() for w in _strings(lex, "bodily_words")},
            animals={w.lower() for w in _strings(lex, "animals")},
            embedded_prefixes={w.lower() for w in _strings(lex, "embedded_prefixes")},
            embedded_suffixes={w.lower() for w in _strings(lex, "embedded_suffixes")},
            verdict_intensifiers={w.lower() for w in _strings(lex, "verdict_intensifiers")},
            verdict_exempt={w.lower() for w in _strings(lex, "verdict_exempt")},
            alone_insults={w.lower() for w in _strings(lex, "alone_insults")},
            **_likened_words(lex),
        )

    return ctx.compiled((LEXICON, "lexicon"), build)


def _likened_words(lex: dict) -> dict[str, set[str]]:
    words = {key: {w.lower() for w in _strings(lex, key)} for key in (
        "likened_dealing", "likened_ordeals", "likened_faculties", "likened_children",
        "likened_machine_faculties", "likened_creatures", "likened_trivial_objects")}
    words["likened_faculty_heads"] = words["likened_faculties"] | {"span", "skills"}
    words["likened_triggers"] = {"like"} | words["likened_faculties"] | words["likened_trivial_objects"]
    return words


def _combine(patterns: list[re.Pattern]) -> list[re.Pattern]:
    """One pass over the text for every masked-profanity regex (each was checked alone)."""
    # A user's regex runs on RE2 alone (safe_regex): joined into Python's re it could backtrack.
    linear = [p for p in patterns if not isinstance(p, re.Pattern)]
    if linear:
        return _combine([p for p in patterns if isinstance(p, re.Pattern)]) + linear
    if len(patterns) < 2:
        return patterns
    sources = [p.pattern for p in patterns]
    prefix = ""
    if all(src.startswith("\\b") for src in sources):
        # One word-boundary test per position instead of one per pattern.
        prefix, sources = "\\b", [src[2:] for src in sources]
    try:
        return [re.compile(prefix + "(?:" + "|".join(f"(?:{src})" for src in sources) + ")", re.I)]
    except re.error:  # e.g. inline flags in a user's regex: keep them apart
        return patterns


def _strings(lex: dict, key: str) -> list[str]:
    from ...errors import ConfigError

    value = lex.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"lexicon [remark] {key}: expected a list of strings")
    return value


def info(ctx: Context) -> DraftInfo:
    return ctx.memo((LEXICON, "info"), lambda: _build_info(ctx))


def _build_info(ctx: Context) -> DraftInfo:
    lex = lexicon(ctx)
    doc = ctx.doc
    out = DraftInfo()
    for key, start, end in lex.phrases(doc):
        span = doc[start:end]
        low = span.text.lower()
        if low in lex.caps_only and not span.text.isupper():
            continue
        if low in lex.lowercase_only and not span.text.islower() and not (
                low in lex.interjections and span.text.isupper() and _said_alone(doc, start, end)):
            continue
        if key == "allow":
            out.allowed.append((span.start_char, span.end_char))
        else:
            out.matches.setdefault(key, []).append((start, end))
    return out


def _said_alone(doc, start: int, end: int) -> bool:
    """An abbreviation in capitals said on its own as an interjection ("FFS, not again",
    "FFS!"), not used as a term ("FFS claims", "fee-for-service (FFS)", "FFS: 12")."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    opens = (before is None or doc[start].is_sent_start or "\n" in before.text
             or before.text in (".", "!", "?", ",", "-", "–", "—", ">") or before.lower_ in _EXCLAIMS)
    closes = after is None or "\n" in after.text or after.text in (",", "!", ".", "?", "…", "-", "–", "—", "!!", "?!", "!!!")
    if opens and closes:
        return True
    # "Third change this week FFS.", "Late again FFS": tagged on at the end of a clause,
    # not named by a word that takes a noun ("on an FFS basis", "under FFS, ...").
    if closes and before is not None and before.lower_ not in _TAKES_A_NOUN and not before.is_punct:
        return True
    # "FFS Gemma, this is the fifth time", "OMG FFS they want it tomorrow": said to someone
    # or before a clause of its own, not a modifier of the noun after it ("FFS claims").
    if opens and after is not None:
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        if after.lower_ in _CLAUSE_OPENERS:
            return True
        if after.text[:1].isupper() and after.is_alpha and not after.text.isupper() and nxt is not None and nxt.text in (",", "!", "."):
            return True
    return False


_EXCLAIMS = frozenset({"omg", "ugh", "oh", "honestly", "seriously", "god", "jeez", "argh", "christ", "lol"})
_TAKES_A_NOUN = frozenset({
    "a", "an", "the", "on", "from", "to", "under", "of", "for", "via", "per", "in", "by", "with", "our", "your", "their",
    "its", "this", "that", "these", "those", "and", "or", "see", "attached", "medicare", "medicaid", "into", "onto",
})
_CLAUSE_OPENERS = frozenset({"i", "you", "he", "she", "we", "they", "it", "not", "this", "that", "just", "why", "what", "how",
                             "who", "again", "seriously", "someone", "somebody", "stop", "can", "another"})


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
