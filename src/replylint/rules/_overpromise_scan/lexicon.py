"""The overpromise lexicon compiled into phrase sets, with the word-id gates that keep
them from running on drafts that cannot match (once per pipeline and lexicons)."""
from __future__ import annotations

from dataclasses import dataclass

from ...errors import ConfigError
from ...patterns import PhraseSet, PhraseSyntaxError, _compile_phrase, _simple_lemmas, expand_alternatives
from ...patterns import PhraseSet as _PhraseSet
from .._promise_reader import TABLE as READER_TABLE
from .._promise_reader import ReaderWords, reader_words


LEXICON = "overpromise"

# (lexicon table, list) -> matcher key.  Third-party outcomes keep their sub-group.
_SIMPLE = {
    ("absolute", "phrases"): "abs",
    ("absolute", "standalone"): "abs_tail",
    ("absolute", "not_promise"): "c:notabs",
    ("absolute", "vouching"): "abs_vouch",
    ("certainty", "vouching"): "cert_vouch",
    ("certainty", "invariance"): "cert_inv",
    ("certainty", "soft_tail"): "cert_soft",
    ("certainty", "emphatic_tail"): "cert_emph",
    ("certainty", "stake"): "cert_stake",
    ("certainty", "no_way"): "cert_noway",
    ("certainty", "settled"): "cert_settled",
    ("certainty", "reliance"): "cert_rely",
    ("certainty", "unhedged"): "cert_unhedged",
    ("deadline", "certainty"): "dl_cert",
    ("deadline", "times"): "time",
    ("deadline", "own_actions"): "own",
    ("deadline", "future"): "future",
    ("deadline", "deadline_words"): "dl_word",
    ("never_again", "phrases"): "never",
    ("never_again", "not_problem"): "c:notnever",
    ("never_again", "scoped"): "c:scoped",
    ("unlimited", "scope"): "unl:scope",
    ("unlimited", "price"): "unl:price",
    ("certainty", "phrases"): "cert",
    ("certainty", "standalone"): "cert_tail",
    ("policy", "phrases"): "policy",
    ("cues", "negation"): "c:neg",
    ("cues", "not_negation"): "c:notneg",
    ("cues", "hedge"): "c:hedge",
    ("cues", "not_hedge"): "c:nothedge",
    ("cues", "inner_hedge"): "c:innerhedge",
    ("cues", "conditional"): "c:cond",
    ("cues", "disclaimer"): "c:disc",
    ("cues", "not_conditional"): "c:notcond",
    ("cues", "reported"): "c:rep",
    ("cues", "attributed"): "c:attr",
    ("cues", "terms"): "c:terms",
}


@dataclass
class Compiled:
    # Plain promise phrases (no gaps, alternatives or exact forms), matched on the
    # whole draft, and one required word id of each: a draft with none of these
    # cannot match any of them.
    plain: PhraseSet
    plain_anchors: frozenset[int]
    # The other promise phrases (gaps, alternatives, exact forms), also matched on the
    # whole draft, and one required word id of each (a phrase without any word is
    # never matched).
    gapped: PhraseSet
    gapped_anchors: frozenset[int]
    # Matcher key -> its lexicon list's place: of two keys matching the same words,
    # the earlier list's match is judged first.
    rank: dict[str, int]
    # Cues, times, policies: matched only in sentences that hold a promise.
    helpers: PhraseSet
    # Clause punctuation and conjunctions, as lowercase ids.
    breaks: frozenset[int]
    # The words the clause reader fills its slots with (``[reader]``).
    reader: ReaderWords | None = None


# Words too common to decide whether a draft is worth matching.
_COMMON = {
    "will", "'ll", "be", "'s", "'m", "'re", "i", "we", "you", "he", "she", "they", "it",
    "the", "a", "an", "not", "n't", "no", "can", "could", "would", "shall", "by", "on",
    "in", "of", "to", "for", "at", "that", "this", "and", "have", "do", "your", "our",
    "my", "any", "every", "there", "all", "as", "so", "with", "from", "until", "before",
    "within", "inside", "get", "go", "-", ",", ".", "'", "good", "up", "down", "through",
    "into", "which", "where", "what", "who", "set", "just", "need", "want", "like", "take",
    "give", "tell", "come", "make", "home", "first", "number", "run", "work",     "full", "way", "day", "time", "now", "out", "over", "under", "below", "back", "more",
    "about", "after", "then", "than", "also", "very", "only", "well", "new", "one", "see",
    "know", "let", "ask", "thing", "off", "here", "other", "some", "when", "how",
    "hold", "keep", "stay", "pass", "much", "many", "last", "next", "free", "right",
    "done", "sort", "hotel", "data", "release", "page", "top", "post",     "fix", "call", "send", "check", "end", "best", "open", "ever",
}


def _required_tokens(tokens: list[dict]):
    """(attribute, values) of every word a compiled phrase cannot do without."""
    for tok in tokens:
        op = tok.get("OP")
        if op in ("?", "*") or (op and op.startswith("{0")):
            continue
        for attr in ("LEMMA", "LOWER"):
            if attr in tok:
                value = tok[attr]
                yield attr, (list(value["IN"]) if isinstance(value, dict) else [value])


def _anchor(tokens: list[dict]) -> tuple[str, list[str]] | None:
    """The most telling required token of a compiled phrase: (attribute, values)."""
    best, best_score = None, None
    for attr, values in _required_tokens(tokens):
        score = (sum(v in _COMMON for v in values) / len(values), len(values))
        if best_score is None or score < best_score:
            best, best_score = (attr, values), score
    return best


def _lists(table, where: str) -> list[tuple[str, list[str]]]:
    if not isinstance(table, dict):
        raise ConfigError(f"lexicon {LEXICON}: [{where}] must be a table of phrase lists")
    out = []
    for name, value in table.items():
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"lexicon {LEXICON}: {where}.{name} must be a list of strings")
        out.append((name, value))
    return out


_PROMISE_KEYS = {"abs", "abs_tail", "dl_cert", "never", "unl:scope", "unl:price", "cert", "cert_tail",
                 "abs_vouch", "cert_vouch", "cert_inv", "cert_soft", "cert_emph", "cert_stake", "cert_settled",
                 "cert_rely", "cert_unhedged", "cert_noway"}
# Keys judged by what their sentence says (``_vouches_for``), then read as the plain key.
_VOUCHING = {"abs_vouch": "abs", "cert_vouch": "cert", "cert_inv": "cert", "cert_soft": "cert_tail",
             "cert_emph": "cert_tail", "cert_stake": "cert"}


def compiled(ctx) -> Compiled:
    def build() -> Compiled:
        nlp, lemmatize = ctx.pipeline.nlp, ctx.pipeline.lemmatize
        strings = nlp.vocab.strings
        tok_cache: dict[str, list[str]] = {}

        def PhraseSet(nlp, lemmatize):  # noqa: N802 - every set shares one tokenizer cache
            ps = _PhraseSet(nlp, lemmatize)
            ps._tok_cache = tok_cache
            return ps

        tokenizer = PhraseSet(nlp, lemmatize)._tokenize

        def compile_list(key: str, phrases: list[str]):
            """(phrase, compiled tokens) for each phrase; a bad one is a one-line config error."""
            out = []
            for phrase in phrases:
                if not phrase or not phrase.strip():
                    continue
                try:
                    out.extend((variant, _compile_phrase(variant, tokenizer, lemmatize))
                               for variant in expand_alternatives(phrase, tokenizer))
                except PhraseSyntaxError as exc:
                    raise PhraseSyntaxError(f"lexicon group {key!r}: {exc}") from None
            return out

        lex = ctx.lexicons.get(LEXICON)
        helpers = PhraseSet(nlp, lemmatize)
        plain = PhraseSet(nlp, lemmatize)
        plain_anchors: set[int] = set()
        gapped = PhraseSet(nlp, lemmatize)
        gapped_anchors: set[int] = set()
        rank: dict[str, int] = {}
        breaks: set[str] = set()
        for table_name, table in lex.items():
            if table_name == READER_TABLE:
                continue  # read by the clause reader (reader_words below)
            for name, phrases in _lists(table, table_name):
                if table_name == "cues" and name == "clause_breaks":
                    breaks.update(p.lower() for p in phrases)
                    continue
                if table_name == "third_party":
                    key = f"tp:{name}"
                elif (table_name, name) in _SIMPLE:
                    key = _SIMPLE[(table_name, name)]
                else:
                    raise ConfigError(f"lexicon {LEXICON}: unknown list {table_name}.{name}")
                if key not in _PROMISE_KEYS and not key.startswith("tp:"):
                    helpers.add(key, phrases)  # cues, times and policies
                    continue
                rank.setdefault(key, len(rank))
                for phrase, tokens in compile_list(key, phrases):
                    anchor = _anchor(tokens)
                    if _simple_lemmas(tokens) is not None:
                        plain.add(key, [phrase])
                        plain_anchors.update(strings.add(v) for v in anchor[1])
                    elif anchor is not None:
                        gapped.add(key, [phrase])
                        gapped_anchors.update(strings.add(v) for v in anchor[1])
        reader = reader_words(lex)
        rank.setdefault("reader", len(rank))
        return Compiled(plain, frozenset(plain_anchors), gapped, frozenset(gapped_anchors), rank,
                        helpers, frozenset(strings.add(b) for b in breaks), reader)

    return ctx.compiled((LEXICON, "scan"), build)
