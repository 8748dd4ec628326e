"""Shared machinery for the remark rules: one matcher, targets, whose text it is.

Remark rules read the new text and the quoted history.  Everything that does not
depend on the rule (the phrase matches, the names that count as people, which quoted
blocks the recipient wrote) is computed once per draft through ``ctx.memo``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.utils import parseaddr

try:  # the regex parser: private but long stable; needles are read off its parse tree
    from re import _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse

from ..draft.model import BODY, QUOTED
from ..patterns import PhraseSet, compile_regex, longest_per_key, lower_gates_sound
from . import Context

LEXICON = "remark"
GROUPS = (
    "insults", "about_people", "mocking", "person_verbs", "typical", "profanity", "belittle", "proof_words", "allow",
    "sarcasm", "praise_openers", "trivial_feats", "revelation_markers", "trivial_causes", "mock_names",
)

# Pronouns that point at a person (the client, the reader, their people).
PERSON_PRONOUNS = {"he", "she", "they", "him", "her", "them", "you", "u", "ya", "ye", "y'all"}
SELF_POSSESSIVES = {"our", "my", "we", "us", "i", "ourselves", "myself"}
_OWNED_BY_US = {"our", "my", "ourselves", "myself", "us"}
PERSON_POSSESSIVES = {"his", "her", "their", "your"}
# "most of the group", "half the class": a group of people when counted out.
PARTITIVES = {"most", "half", "all", "some", "rest", "none", "few", "many", "majority", "lot", "bunch"}
PARTITIVE_GROUPS = {"group", "class", "cohort", "team", "lot", "bunch", "crowd", "office", "department", "board"}
GROUP_NOUNS = {"lot", "bunch", "crowd", "shower", "mob", "gang", "pair", "people", "lads", "girls", "muppets"}
# People nouns that name the client whoever's they are: "our favourite client".
# A group the writer belongs to when it is "ours": "our team", "my lot", "our office".
OUR_SIDE = {"team", "lot", "crew", "side", "office", "company", "department", "dept", "staff", "people", "guys",
            "folks", "bunch", "gang", "lads", "firm", "squad", "crowd", "mob", "shower"}
CLIENT_NOUNS = {"client", "customer", "tenant", "patient", "guest", "buyer", "punter", "caller", "applicant", "candidate"}
WEBMAIL = {
    "gmail", "googlemail", "hotmail", "outlook", "live", "yahoo", "ymail", "icloud", "me", "mac", "aol",
    "proton", "protonmail", "pm", "btinternet", "sky", "mail", "gmx", "yandex", "rediffmail", "msn",
    "zoho", "fastmail", "hey", "web", "example", "orange", "virginmedia", "bigpond", "optusnet",
}
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam"}
# Words that may stand between a subject and what is said of it:
# "he is really such a", "they seem completely", "she's getting a bit".
BRIDGE = {
    "really", "so", "completely", "totally", "utterly", "absolutely", "just", "a", "an", "such",
    "bit", "of", "proper", "real", "total", "complete", "right", "pretty", "quite", "very", "being",
    "been", "always", "still", "clearly", "honestly", "seriously", "literally", "genuinely",
    "frankly", "incredibly", "ridiculously", "bloody", "fucking", "super", "too", "rather", "kind",
    "sort", "becoming", "getting", "more", "most", "utter", "massive", "huge", "also", "now",
    "again", "truly", "properly", "absolute", "right", "actually", "obviously", "apparently",
    # Slang intensifiers: "mad annoying", "hella rude", "lowkey useless".
    "mad", "hella", "lowkey", "highkey", "kinda", "wicked", "dead",
    "probably", "definitely", "basically", "sometimes", "often", "usually", "not", "n't", "never",
    "ever", "bit", "little", "slightly", "somewhat", "mildly", "hugely", "insanely", "seem",
    "seems", "seemed", "look", "looks", "sound", "sounds", "like", "the", "most",
    "have", "has", "had", "'ve", "’ve", "will", "would", "'ll", "’ll", "'d", "’d", "could", "might",
    "must", "can", "may", "there", "here", "simply", "painfully", "woefully", "hopelessly", "downright",
    "plain", "entirely", "wholly", "dead", "bloody", "well", "all", "utterly", "fairly", "extremely",
    "beyond", "bit", "lol", "tbh", "honestly", "unbelievably", "spectacularly", "monumentally", "as",
    "about", "got", "even", "big", "bunch", "pack", "load", "pair", "one",
}
# "na" is the copula of Nigerian Pidgin ("oga na big fool").
COPULAS = {"be", "'s", "’s", "'re", "’re", "'m", "seem", "look", "sound", "get", "become", "act", "appear", "remain", "na"}
# Auxiliaries between a subject and a verb phrase ("he's lost the plot").
AUXILIARIES = {
    "'s", "’s", "'ve", "’ve", "'re", "’re", "'d", "’d", "'ll", "’ll", "have", "be", "will", "would",
    "do", "just", "really", "clearly", "honestly", "still", "obviously", "literally", "simply",
    "seriously", "genuinely", "actually", "even", "never", "always", "apparently", "probably",
    "totally", "completely", "basically", "again", "also", "definitely", "sometimes",
    "keep",  # "Mr Rao keeps eating our heads"
    "must", "might", "may",  # "she must think we're made of money"
}
# After a predicate these keep it a predicate ("useless at", "a nightmare to deal with");
# any other word makes the match attributive ("a nightmare week").
CONTINUATIONS = {
    "and", "but", "or", "as", "because", "so", "at", "with", "about", "in", "on", "to", "when",
    "if", "anyway", "again", "too", "though", "honestly", "lately", "today", "tbh", "lol", "haha",
    "frankly", "seriously", "really", "mate", "this", "that", "these", "then", "now", "though",
    "recently", "sometimes", "all", "most", "for", "by", "from", "without", "who", "which",
    "whenever", "since", "than", "imo", "btw", "etc", "already", "ever", "every", "round", "around",
    "like", "one", "i", "we", "la", "lah", "sia", "o", "oh", "abeg", "sha", "sef",
    # Tags that close a clause in other Englishes: "a total headache yaar", "so bobo talaga".
    "yaar", "yar", "na", "re", "bro", "innit", "eh", "leh", "lor", "meh", "ba", "po", "naman", "talaga",
    "jor", "oo", "ah", "sa", "hey", "man",
    # Chat interjections that close a clause: "she's so annoying omg".
    "omg", "lmao", "lmfao", "smh", "ffs", "ngl", "fr", "tbf", "srsly", "rofl", "ugh",
    # emphatic "only" after the predicate (Indian English): "he is a headache only"
    "only",
}
NEGATIONS = {"not", "n't", "never", "hardly"}
CONDITIONALS = {"if", "unless", "when", "whether", "case", "should"}
QUOTE_PAIRS = {'"': '"', "“": "”", "„": "“", "«": "»"}
SMALL_TITLE_WORDS = {"a", "an", "the", "of", "to", "in", "on", "and", "for", "at", "by", "my", "your"}
CHAT_LINE = re.compile(r"^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m)?\]?\s*)?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?\s*:\s+\S|^\s*\[?\d{1,2}:\d{2}")
GREETING = re.compile(
    r"^[ \t]*(?:hi|hello|hey|dear|morning|good (?:morning|afternoon|evening)|kia ora|greetings|hiya|howdy)"
    r"[ \t,]+((?:(?:mr|mrs|ms|miss|dr|prof)\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)",
    re.I | re.M,
)


# Common words: never taken for a name.
_COMMON = {
    "a", "an", "the", "be", "'s", "’s", "'re", "'m", "have", "'ve", "do", "not", "n't", "no", "you",
    "i", "we", "he", "she", "they", "it", "this", "that", "these", "those", "to", "of", "in", "on",
    "for", "with", "at", "by", "and", "or", "but", "so", "as", "if", "my", "your", "his", "her",
    "their", "our", "me", "him", "them", "us", "can", "could", "will", "would", "should", "may",
    "might", "must", "'ll", "'d", "what", "how", "just", "all", "is", "are", "was", "were", "there",
    "here", "now", "then", "up", "out", "one", "any", "very", "really", "too", "also", "more", "some",
}


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
        )

    return ctx.compiled((LEXICON, "lexicon"), build)


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


@dataclass
class MaskedRegex:
    """A masked-profanity regex and, when its pattern shows them, lowercase strings one of
    which every match holds ("f*", "sh!"): a draft with none of them is not scanned,
    which spares most drafts a regex pass over their whole text.  The strings are kept
    by their least common character, tested first."""

    regex: re.Pattern
    needles: dict[str, list[str]] | None

    def finditer(self, text: str, lowered: str):
        """Matches in ``text``; ``lowered`` is ``text.lower()``."""
        needles = self.needles
        if needles is not None and not any(c in lowered and any(n in lowered for n in needles[c]) for c in needles):
            if lower_gates_sound(text):
                return iter(())
        return self.regex.finditer(text)


# Required runs of characters are kept while they have at most this many spellings.
_MAX_NEEDLES = 16


def _needles(rx: re.Pattern) -> frozenset[str] | None:
    """Lowercase ASCII strings one of which every match of ``rx`` holds (after lowercasing),
    read off the parsed pattern; None when the pattern does not show any."""
    try:
        return _sequence_needles(_sre_parse.parse(rx.pattern, rx.flags))
    except Exception:  # an unfamiliar parse tree: scan every draft, as without needles
        return None


def _sequence_needles(items) -> frozenset[str] | None:
    """Needles for a sequence of parsed items: its most telling required part.  A part is
    a run of single characters from small known sets, which every match holds side by
    side ("sh" then one of "*!#"), or a group, alternation or repeat with needles itself."""
    best: frozenset[str] | None = None
    run = {""}
    for op, av in items:
        single = op is _sre_parse.LITERAL or op is _sre_parse.IN
        repeated = op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT) and av[0] >= 1
        chars = None
        if single:
            chars = _one_of(op, av)
        elif repeated and len(av[2]) == 1:
            chars = _one_of(*av[2][0])  # its first time round continues the run
        if chars is not None and len(run) * len(chars) > _MAX_NEEDLES:
            best, run = _more_telling(best, _spelt(run)), {""}
        if chars is not None and len(chars) <= _MAX_NEEDLES:
            run = {r + c for r in run for c in chars}
            if single:
                continue
        best, run = _more_telling(best, _spelt(run)), {""}
        if op is _sre_parse.SUBPATTERN:
            best = _more_telling(best, _sequence_needles(av[-1]))
        elif op is _sre_parse.BRANCH:
            options = [_sequence_needles(alt) for alt in av[1]]
            if all(o is not None for o in options):
                best = _more_telling(best, frozenset().union(*options))
        elif repeated:
            best = _more_telling(best, _sequence_needles(av[2]))
    return _more_telling(best, _spelt(run))


def _spelt(run: set[str]) -> frozenset[str] | None:
    """A run's spellings as needles (None for the empty run)."""
    return None if run == {""} else frozenset(run)


def _one_of(op, av) -> set[str] | None:
    """The lowercase characters one parsed item matches, when it takes exactly one
    character from a small set of ASCII ones."""
    if op is _sre_parse.LITERAL:
        return {chr(av).lower()} if av < 128 else None
    if op is not _sre_parse.IN:
        return None
    out: set[str] = set()
    for kind, value in av:
        if kind is _sre_parse.LITERAL and value < 128:
            out.add(chr(value).lower())
        elif kind is _sre_parse.RANGE and value[1] < 128 and value[1] - value[0] < 16:
            out.update(chr(c).lower() for c in range(value[0], value[1] + 1))
        else:  # a negated set, a category (\w, \d), a wide range
            return None
    return out or None


def _by_rarest_char(needles: frozenset[str] | None) -> dict[str, list[str]] | None:
    """Needles grouped by their least common character: a symbol, else a digit, else a letter."""
    if needles is None:
        return None
    out: dict[str, list[str]] = {}
    for needle in sorted(needles):
        out.setdefault(min(needle, key=lambda c: (c.isalpha(), c.isdigit())), []).append(needle)
    return out


def _more_telling(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two needle sets, the rarer in ordinary text: symbols, longer, fewer."""
    if a is None or b is None:
        return a if b is None else b

    def score(needles: frozenset[str]):
        return (all(not n.isalnum() for n in needles), min(map(len, needles)), -len(needles))

    return max(a, b, key=score)


def _strings(lex: dict, key: str) -> list[str]:
    from ..errors import ConfigError

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
    opens = before is None or doc[start].is_sent_start or "\n" in before.text or before.text in (".", "!", "?", ",", "-", "–", "—", ">")
    closes = after is None or "\n" in after.text or after.text in (",", "!", ".", "?", "…", "-", "–", "—", "!!", "?!")
    return opens and closes


def _joined_domains(ctx: Context) -> tuple[str, ...]:
    """The recipients' company domains written as one word ("harrowfieldjoinery"): a
    name in the draft that starts one names the recipient's company."""
    def build() -> tuple[str, ...]:
        out = []
        for rec in ctx.draft.recipients:
            domain = rec.rpartition("<")[2].rstrip("> ").partition("@")[2].lower()
            label = domain.split(".")[0] if "." in domain else ""
            if label and label not in WEBMAIL and label.isalpha():
                out.append(label)
        return tuple(out)
    return ctx.memo((LEXICON, "joined-domains"), build)


def names(ctx: Context) -> set[str]:
    """Computed on first use: most drafts never need a target."""
    return ctx.memo((LEXICON, "names"), lambda: _names(ctx, lexicon(ctx)))


def _names(ctx: Context, lex: Lexicon) -> set[str]:
    """Lower-case words that name the client or the recipient in this draft."""
    words: set[str] = set()

    def add(name: str | None) -> None:
        for w in re.findall(r"[A-Za-z][\w'’-]+", name or ""):
            lw = w.lower()
            if len(lw) > 2 and lw not in lex.name_stopwords and lw not in HONORIFICS:
                words.add(lw)

    clients = ctx.config.clients or {}
    for name, spec in clients.items():
        add(name)
        for alias in spec.get("aliases", []):
            add(alias)
    for rec in ctx.draft.recipients:
        display, _, addr = rec.rpartition("<")
        add(display.strip(' "'))
        local, _, domain = (addr or rec).rstrip("> ").partition("@")
        add(re.sub(r"[._+-]+", " ", local).title())
        # The recipient's company from their domain ("brightwater-dental.example"), not webmail.
        label = domain.split(".")[0].lower() if "." in domain else ""
        if label and label not in WEBMAIL:
            add(re.sub(r"[_-]+", " ", label))
    # Authors of quoted and forwarded blocks: "Typical Joan" below Joan's own message.
    for seg in ctx.draft.segments:
        if seg.kind == QUOTED and seg.author:
            display, addr = parseaddr(seg.author) if "@" in seg.author else (seg.author, "")
            add(display)
            if addr:
                add(re.sub(r"[._+-]+", " ", addr.split("@")[0]).title())
    words |= _greeted(ctx)
    return words


# -- who wrote it -------------------------------------------------------------------
def counts_against_draft(ctx: Context, offset: int) -> bool:
    """False when the text at ``offset`` is the recipient's own quoted words."""
    seg = ctx.draft.segment_at(offset)
    if seg.kind != QUOTED:
        return True
    if seg.by_recipient is not None:
        return not seg.by_recipient
    if seg.author:
        author_words = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", seg.author)}
        greeted = _greeted(ctx)
        # "Hi Leonid" ... "From: Leonid Petrov": the person we are answering.
        return not (greeted and greeted & author_words)
    # No attribution.  The writer pasted it when it is introduced ("the note from our
    # analyst:") or looks like a chat log ("[10:42] Dev:"); otherwise it is the message
    # being answered (trailing, or quoted line by line with answers in between).
    text = ctx.draft.text
    before = text[max(0, seg.start - 200) : seg.start].rstrip()
    if before.endswith(":"):
        return True
    first = text[seg.start : min(seg.end, seg.start + 200)].lstrip(" \t>").split("\n", 1)[0]
    relayed = _RELAYED_NOTE.match(first)
    if relayed:
        # "Note from site team: ...", "Message from the warehouse: ...": a note the writer's
        # side relayed, whoever it names but the recipient.
        who = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", relayed.group(1))}
        return not (who & _greeted(ctx))
    if CHAT_LINE.match(first):
        # "[10:42] Dev: ..." is a chat log; "Update: ..." opens the client's message.
        speaker = re.match(r"\s*([A-Za-z][\w.'’-]*)", first)
        if re.match(r"\s*\[?\d", first) or not speaker or speaker.group(1).lower() not in _LABELS:
            return True
        if speaker.group(1).lower() == "from":
            # "From: Devi (L2)" heading a pasted note: whoever it names but the recipient.
            who = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", first.split(":", 1)[1])}
            return not (who & _greeted(ctx))
    return _someone_elses_line(ctx, seg, offset)


# A quoted note signed at its end by someone ("... gold leaf now 🙄 - Steph").
_SIGNED = re.compile(r"\s[-–—~]+\s?([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[.!]?[ \t]*$")
# A speaker before a colon ("Rajesh: ...", "[Slack] Ross: ...") that is a label, not a person.
_LABELS = {
    "note", "notes", "update", "subject", "re", "ps", "pps", "question", "answer", "q", "a", "reason",
    "issue", "status", "edit", "fyi", "important", "warning", "error", "date", "time", "sent", "from",
    "to", "cc", "bcc", "attachment", "attachments", "summary", "action", "actions", "todo", "next",
    "result", "results", "example", "reply", "response", "comment", "comments", "feedback", "tl",
    "problem", "solution", "answer", "p.s", "nb", "n.b", "ok", "yes", "no", "thanks", "hi", "hello",
    "dear", "regards", "best", "cheers", "sincerely", "address", "phone", "tel", "email", "ref",
}
_SPEAKER = re.compile(r"^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)+([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)[ \t]*:[ \t]+\S"
                      r"|^[ \t]*([A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]*:[ \t]+\S")
# A quoted line that opens with a label for a relayed note: "Note from site team:",
# "Message from Raj (warehouse):", "Comment from the depot -".
_RELAYED_NOTE = re.compile(r"^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:internal\s+)?(?:note|notes|message|msg|comment|comments|"
                           r"update|memo|reply|feedback|remark|text|whatsapp|sms|chat)\s+from\s+([^:\n]{1,40}?)[ \t]*[:\-–—][ \t]+\S",
                           re.I)
_GREETING_START = re.compile(r"^[ \t]*(?:hi|hello|hey|dear|morning|good (?:morning|afternoon|evening)|hiya)\b", re.I)


def _someone_elses_line(ctx: Context, seg, offset: int) -> bool:
    """In an unattributed quoted block, a line that a named person other than the
    recipient says ("[Slack] Ross: ...", "Rajesh: ...") or that belongs to a note signed
    by one at its end ("Kev - don't bother with him ... - Marie") is not the recipient's."""
    text = ctx.draft.text
    greeted = _greeted(ctx)

    def line_at(pos: int) -> tuple[int, int, str]:
        s = text.rfind("\n", seg.start, pos) + 1 or seg.start
        s = max(s, seg.start)
        e = text.find("\n", pos, seg.end)
        e = seg.end if e < 0 else e
        return s, e, text[s:e].lstrip(" \t>").rstrip()

    def someone_else(name: str) -> bool:
        words = {w.lower() for w in name.split()}
        return not (words & greeted) and not (words & _LABELS)

    s, e, line = line_at(offset)
    m = _SPEAKER.match(line)
    if m and someone_else(m.group(1) or m.group(2)):
        return True
    # The note this line belongs to: it and the lines after it, up to a blank line or
    # a line that opens another message with a greeting.
    while True:
        m = _SIGNED.search(line)
        if m:
            return someone_else(m.group(1))
        if e >= seg.end:
            return False
        s, e, line = line_at(e + 1)
        if not line or _GREETING_START.match(line):
            return False


def greeted(ctx: Context) -> set[str]:
    """Lower-case words of the recipient's name as the draft greets them ("Hi Maeve")."""
    return _greeted(ctx)


def _greeted(ctx: Context) -> set[str]:
    def build() -> set[str]:
        for seg in ctx.draft.spans(BODY):
            m = GREETING.search(ctx.draft.text, seg.start, min(seg.end, seg.start + 300))
            if m:
                return {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", m.group(1))} - HONORIFICS
            break
        return set()

    return ctx.memo((LEXICON, "greeted"), build)


# -- targets -------------------------------------------------------------------------
def is_person(ctx: Context, i: int) -> bool:
    """Does token ``i`` name a person other than the writer and their side?"""
    doc = ctx.doc
    tok = doc[i]
    low = tok.lower_
    if low in PERSON_PRONOUNS or low in ("ma'am", "ma’am"):
        return True  # "ma'am is very arrogant" (Indian English: the client, as addressed)
    if not tok.is_alpha:
        return False
    prev = doc[i - 1].lower_ if i > 0 else ""
    lex = lexicon(ctx)
    if low in GROUP_NOUNS and (prev in ("this", "that", "these", "those") or prev in PERSON_POSSESSIVES):
        return True  # "this lot are clueless"
    if low in GROUP_NOUNS and i >= 2 and doc[i - 2].lower_ in PERSON_POSSESSIVES and doc[i - 1].is_alpha:
        return True  # "their finance lot", "your legal crowd"
    if low in PARTITIVE_GROUPS and prev == "the" and i >= 3 and doc[i - 2].lower_ == "of" and doc[i - 3].lower_ in PARTITIVES:
        return True  # "most of the group were hopeless": people, counted
    if _is_people_noun(low, lex.people):
        # "our team is useless" is about our side, not the client; "our client" is the client.
        if _is_people_noun(low, CLIENT_NOUNS):
            return True
        # Only a possessive makes it ours ("our team", "my lot"): in "I swear this guy
        # is ..." the writer is the speaker, not the owner.
        return not _owned_by_us(doc, i, 0)
    if tok.text[:1].isupper():
        if low in names(ctx) or (low.endswith("s") and low[:-1] in names(ctx)):
            return True  # "Maeve", "the Quinlans"
        if len(low) >= 5 and any(label.startswith(low) for label in _joined_domains(ctx)):
            return True  # "Harrowfield" of harrowfieldjoinery.co.uk: the recipient's company
        if prev.rstrip(".") in HONORIFICS:
            return True
    return False


def _owned_by_us(doc, i: int, floor: int) -> bool:
    """A possessive of ours ("our", "my", "us") among the three words before token ``i``
    (none before ``floor``)."""
    return any(doc[j].lower_ in _OWNED_BY_US for j in range(max(floor, i - 3), i))


def _is_people_noun(low: str, people: set[str]) -> bool:
    if low in people:
        return True
    if low.endswith("ies") and low[:-3] + "y" in people:
        return True
    if low.endswith("es") and low[:-2] in people:
        return True
    return low.endswith("s") and low[:-1] in people


def predicate_target(ctx: Context, sent, start: int, end: int, attribute_only: bool = False) -> int | None:
    """The person something negative is said of: "he is ~", "a ~ client", "found her ~".

    With ``attribute_only`` only a person's attribute counts ("his English is ~").
    """
    doc = ctx.doc
    # A match that ends on a function word ("too lazy to", "a nightmare to deal with")
    # is followed by its complement, not by the noun it describes.
    if end < sent.end and doc[end - 1].lower_ not in ("to", "with", "at", "about", "of"):
        nxt = doc[end]
        if nxt.is_alpha and nxt.lower_ not in CONTINUATIONS:
            # Attributive: "a nightmare client" is a remark, "a nightmare week" is not.
            if is_person(ctx, end):
                return end
            # "she's a tight-fisted pain", "he's a whiny nightmare": the noun after it is
            # itself only said of a burden, so the pair is what is said of the subject.
            if not (nxt.lower_ in BURDEN_NOUNS and (end + 1 >= sent.end or not doc[end + 1].is_alpha
                                                    or doc[end + 1].lower_ in CONTINUATIONS)):
                return None
        if (nxt.text in ("-", "–") and end + 1 < sent.end and doc[end + 1].is_alpha
                and not doc[end - 1].whitespace_ and not nxt.whitespace_):
            return None  # "trouble-free", "hard-working" (a dash between spaces ends the clause)
    i = start - 1
    copula = False
    steps = 0
    lex = lexicon(ctx)
    negated = False
    while i >= sent.start and steps < 8:
        t = doc[i]
        if t.lemma_ in COPULAS or t.lower_ in COPULAS:
            copula = True
        elif t.lower_ in ("and", "or", ",") and i - 1 > sent.start and doc[i - 1].is_alpha and not copula:
            # "fat and lazy", "rude and arrogant": step over the first conjunct.
            i -= 2
            steps += 2
            continue
        elif t.lower_ not in BRIDGE:
            break
        negated = negated or t.lower_ in NEGATIONS
        i -= 1
        steps += 1
    if i < sent.start or negated:
        return None  # "you're not stupid: the form is confusing"
    if not copula and i == start - 1 and doc[start].lower_ in _ALSO_VERBS:
        return None  # "here's what they mean", "they dim the lights": a verb, not a trait
    if copula and not attribute_only:
        # "your receptionist, who I gather is a bit dim, ...": a trait put in a relative
        # clause set off by commas (a particular person), behind a hedge or not.
        antecedent = _relative_antecedent(ctx, sent, i)
        if antecedent is not None:
            return antecedent
    if not attribute_only and is_person(ctx, i):
        return i
    if copula and not attribute_only and _person_only(doc, start, end, lex) and _name_like(ctx, i):
        return i  # "Derek is clueless": only a person can be
    if copula:
        # "her grasp of English is ~": step back over "of <noun>" to the attribute.
        heads = [i]
        if doc[i].is_alpha:
            for k in range(i - 1, max(sent.start, i - 4), -1):
                if doc[k].lower_ == "of":
                    heads.append(k - 1)
                    break
        for h in heads:
            if _is_people_noun(doc[h].lower_, lex.attributes) and h > sent.start:
                owner = doc[h - 1]
                if owner.lower_ in PERSON_POSSESSIVES:
                    return h - 1
                if owner.lower_ in ("'s", "’s") and h - 2 >= sent.start and is_person(ctx, h - 2):
                    return h - 2
        if not attribute_only:
            # "that lot at the council are ~", "the staff in your office are ~"
            k = i - 1
            while k > sent.start and k >= i - 4:
                if doc[k].lower_ in SUBJECT_PREPS and not _self_owned(ctx, k - 1):
                    if is_person(ctx, k - 1) or (_person_only(doc, start, end, lex) and _name_like(ctx, k - 1)):
                        return k - 1
                k -= 1
    return None


# Trait words that are also verbs: right after their subject, with no "be" or "seem"
# between, they are the verb ("what they mean").
_ALSO_VERBS = frozenset({"mean", "dim", "thick"})


# A hedge between "who" and the verb: "who I gather is", "who let's face it is", "who by
# all accounts is", "who between us is".
_HEDGE_WORDS = frozenset({
    "i", "we", "'m", "’m", "am", "'ve", "’ve", "have", "must", "to", "gather", "suspect", "hear", "heard", "reckon", "think",
    "believe", "guess", "understand", "told", "say", "bet", "imagine", "feel", "fear", "let", "'s", "’s", "us", "face", "it",
    "by", "all", "accounts", "between", "frankly", "honestly", "clearly", "admittedly", "sadly", "bless", "him", "her", ",",
})


def _relative_antecedent(ctx: Context, sent, i: int) -> int | None:
    """The person a non-restrictive "who" clause describes: "Dana, who ... is ~", the
    word before the comma before "who" (token ``i`` is where the walk back from the
    predicate stopped)."""
    doc = ctx.doc
    k = i
    steps = 0
    while k > sent.start and doc[k].lower_ != "who" and doc[k].lower_ in _HEDGE_WORDS and steps < 6:
        k -= 1
        steps += 1
    if doc[k].lower_ != "who" or k - 2 < sent.start or doc[k - 1].text != ",":
        return None
    head = k - 2
    if is_person(ctx, head) and not _owned_by_us(doc, head, sent.start):
        return head
    return None


def _person_only(doc, start: int, end: int, lex: Lexicon) -> bool:
    return doc[start:end].text.lower() in lex.person_only or doc[end - 1].lower_ in lex.person_only


def _name_like(ctx: Context, i: int) -> bool:
    """A capitalised word used as a name: "Derek", not "The" or a sentence's first "It"."""
    doc = ctx.doc
    tok = doc[i]
    if not (tok.is_alpha and tok.is_title and len(tok) > 2) or tok.lower_ in _COMMON or tok.lower_ in SELF_POSSESSIVES:
        return False
    return i == 0 or doc[i - 1].lower_ not in ("the", "a", "an", "this", "that", "our", "my")


SUBJECT_PREPS = {"at", "in", "from", "on", "over", "down"}
# Nouns for a person as a burden: "a stingy pain", "an entitled nightmare" (not "pain
# point", "nightmare scenario": the noun must end the phrase).
BURDEN_NOUNS = {"pain", "nightmare", "headache", "nuisance", "menace", "pest", "liability", "handful", "sod", "so-and-so"}


def trailing_verdict_target(ctx: Context, sent, start: int, end: int) -> int | None:
    """The subject of "She sent the wrong form, useless as ever": a verdict set off by a
    comma or dash after what a person did, ending the sentence or followed by "as
    usual|ever|always|per".  The subject must open the sentence and be a person ("The
    printer jammed again, useless as ever" is about a thing)."""
    doc = ctx.doc
    if start - 1 <= sent.start or doc[start - 1].text not in (",", "-", "–", "—"):
        return None
    k = end
    if k < sent.end and doc[k].lower_ == "as":
        if not (k + 1 < sent.end and doc[k + 1].lower_ in ("usual", "ever", "always", "per")):
            return None
        k += 2
    elif k < sent.end and doc[k].lower_ == "again":
        k += 1
    if any(doc[j].is_alpha for j in range(k, sent.end)):
        return None
    first = sent.start
    while first < start and (not doc[first].is_alpha or doc[first].lower_ in ("so", "and", "well", "honestly", "ugh", "sigh")):
        first += 1
    if first >= start - 2 or not is_person(ctx, first):
        return None
    return first



def _self_owned(ctx: Context, i: int) -> bool:
    doc = ctx.doc
    return any(doc[j].lower_ in SELF_POSSESSIVES for j in range(max(0, i - 3), i))


def subject_target(ctx: Context, sent, start: int) -> int | None:
    """The person doing something: "he can't read", "they have no clue"."""
    doc = ctx.doc
    i = start - 1
    steps = 0
    while i >= sent.start and steps < 4 and (doc[i].lower_ in AUXILIARIES or doc[i].lemma_ in AUXILIARIES):
        i -= 1
        steps += 1
    if i < sent.start or not is_person(ctx, i):
        return None
    before = {doc[j].lower_ for j in range(max(sent.start, i - 3), i)}
    if before & CONDITIONALS:
        return None  # "if you can't read the attachment"
    return i


def said_of_self(ctx: Context, sent, start: int, end: int | None = None) -> bool:
    """ "I'm such an idiot", "we were amateurs": the writer on themselves."""
    doc = ctx.doc
    i = start - 1
    # "I feel like a right numpty", "we felt such idiots": the writer's own feeling.
    while i >= sent.start and (doc[i].lower_ in BRIDGE or doc[i].lemma_ in COPULAS or doc[i].lower_ in COPULAS
                               or doc[i].lemma_.lower() == "feel"):
        i -= 1
    if i >= sent.start and doc[i].lower_ in SELF_POSSESSIVES:
        return True
    # "Idiot me.", "Silly us!": the word names the writer right after it.
    if start + 1 < sent.end and doc[start + 1].lower_ in ("me", "us") and (
            start + 2 >= sent.end or not doc[start + 2].is_alpha):
        return True
    # "Our team were clowns about this", "my lot are muppets": our own side as a whole,
    # the writer among them.  One person of ours is someone else ("my boss is an idiot"
    # is a remark), and so is a client of ours.
    if i >= sent.start and doc[i].lower_ in OUR_SIDE and _owned_by_us(doc, i, sent.start):
        return True
    # "Love from all the muppets in the office!": a greeting sent from the writer's side.
    if sent_from_us(doc, sent, start):
        return True
    # "Complete idiot moment on my part", "idiot of me": owned by the writer after it.
    # ("the death of me" is in the match itself: not the writer owning it.)
    j = max(start + 1, end or 0)
    while j < min(sent.end, start + 8) and not doc[j].is_punct:
        low = doc[j].lower_
        if low == "on" and j + 2 < sent.end and doc[j + 1].lower_ in ("my", "our") and doc[j + 2].lower_ == "part":
            return True
        if low == "of" and j + 1 < sent.end and doc[j + 1].lower_ in ("me", "us"):
            return True
        j += 1
    return False


# Words that open a greeting or sign-off sent on behalf of a group ("Cheers from all the ...").
_SENDING = {"love", "thanks", "cheers", "greetings", "regards", "hugs", "hello", "hi", "best", "wishes", "merry",
            "happy", "season's", "warmest", "warm", "kind"}


def sent_from_us(doc, sent, start: int) -> bool:
    """The insult names who sends a greeting: "Thanks from all the crazy people in the
    studio!"  Only "from" and articles/quantifiers/adjectives stand between them."""
    words = [t for t in range(sent.start, start) if doc[t].is_alpha]
    if not words or doc[words[0]].lower_ not in _SENDING:
        return False
    k = start - 1
    while k > sent.start and doc[k].lower_ in ("all", "the", "us", "of", "your", "friendly", "favourite", "favorite", "resident"):
        k -= 1
    return doc[k].lower_ == "from"


def is_fragment(ctx: Context, sent, start: int, end: int) -> bool:
    """A verbless aside such as "Total pain." (everything else is filler)."""
    doc = ctx.doc
    for j in range(sent.start, sent.end):
        if start <= j < end:
            continue
        t = doc[j]
        if t.is_punct or t.is_space or t.lower_ in BRIDGE or t.lower_ in ("what", "how", "honestly", "ugh"):
            continue
        return False
    return True


# -- names of things ---------------------------------------------------------------
OPENING_QUOTES = ('"', "“", "„", "«", "``", "‘", "'")
CLOSING_QUOTES = ('"', "”", "“", "»", "''", "’", "'")


def is_quoted_word(text: str, start: int, end: int) -> bool:
    """The match is all there is between quotation marks: a word mentioned, not used --
    a sign quoted in a news story (``Moron''), a label, a search term ("idiot")."""
    before = text[max(0, start - 3):start].rstrip()
    after = text[end:end + 4].lstrip()
    after = after.lstrip(".,!?;:")  # "the word 'idiot,' he said" / "idiot."
    return before.endswith(OPENING_QUOTES) and after.startswith(CLOSING_QUOTES)


def is_title_or_quoted_name(ctx: Context, start: int, end: int) -> bool:
    """Inside a song title or product name: "American Idiot", "Bloody Mary", "Damn Fine Coffee";
    or a word quoted on its own (a sign, a label): the writer mentions it, does not say it."""
    doc = ctx.doc
    span = doc[start:end]
    text = ctx.draft.masked
    if is_quoted_word(text, span.start_char, span.end_char):
        return True
    # A quoted, title-cased name on the same line: He asked for "Send In The Clowns".
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start : span.start_char]
    for open_q, close_q in QUOTE_PAIRS.items():
        o = before.rfind(open_q)
        if o < 0 or (open_q == close_q and before.count(open_q) % 2 == 0):
            continue
        c = text.find(close_q, span.end_char, line_end)
        if c < 0 or c - (line_start + o) > 80:
            continue
        inner = re.findall(r"[A-Za-z][\w'’-]*", text[line_start + o + 1 : c])
        if inner and sum(w[0].isupper() for w in inner if w.lower() not in SMALL_TITLE_WORDS) >= max(
            1, len([w for w in inner if w.lower() not in SMALL_TITLE_WORDS]) * 0.6
        ):
            return True
    # A run of title-case words around the match.  A small word inside it keeps it a
    # title ("Dumb and Dumber"); a nickname that opens with a title ("Mr High and
    # Mighty") is the remark itself.
    inner_small = [t for t in span[1:-1] if t.lower_ in SMALL_TITLE_WORDS] if len(span) > 2 else []
    if not all(t.is_title or not t.is_alpha or t in inner_small for t in span):
        return False
    if inner_small and sum(t.is_title for t in span) >= 2 and not doc[start].is_sent_start and (
            doc[start].lower_.rstrip(".") not in NICKNAME_TITLES):
        return True

    def title(j: int) -> bool:
        return 0 <= j < len(doc) and doc[j].is_title and not doc[j].is_sent_start

    def title_word(j: int) -> bool:
        return 0 <= j < len(doc) and doc[j].is_title and doc[j].is_alpha

    j = start - 1
    while j >= 0 and doc[j].lower_ in SMALL_TITLE_WORDS and not doc[j].is_sent_start:
        j -= 1
    k = end
    while k < len(doc) and doc[k].lower_ in SMALL_TITLE_WORDS:
        k += 1
    if title(j):
        return True
    # "called The Muppets", "a screening of The Jerk": a capital "The" inside a sentence
    # opens a name.
    if start > 0 and doc[start - 1].text == "The" and not doc[start - 1].is_sent_start and not _opens_line(
            text, doc[start - 1].idx):
        return True
    # A word capitalised because it opens a sentence ("Effing Brexit forms") is not made
    # a title by one proper noun after it; a name of two title-case words more is.  ("Miss
    # Perfect Bridal": a run of title-case words from the start is a name.)
    if end - start == 1 and (doc[start].is_sent_start or _opens_line(text, span.start_char)):
        return title_word(k) and title_word(k + 1)
    return title_word(k)


# Titles that open a mocking nickname ("Mr High and Mighty", "Lady Muck").
NICKNAME_TITLES = HONORIFICS | {"captain", "professor", "lord", "lady", "dame", "sir", "little", "king", "queen"}


def _opens_line(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return not text[line_start:offset].strip(" \t>")


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
