"""Lexicon cues in their sentence: what negation, hedges, conditions, routine phrases,
clauses of cause, questions and apologies make of a complaint or bad-news phrase, and
whether the news happens to the reader's own matter ("your application is rejected")."""
from __future__ import annotations

import re

from ...strhash import hash_string
from .vocabulary import _CONDITIONS, _HEDGES, _NEGATORS, _NONE, _NOT_FORMS, _WE, _YOU, _YOUR, _hashes
from .evidence import Cue, STRONG, WEAK
from .lexicon import _TIER_OF, _Tokens, _is_question, _preceded_by, _words


# "No chance of that falling through", "zero chance the council rejects it": a promise
# that the bad thing will not happen.
_NO_CHANCE = _hashes("no", "zero", "little", "nil", "slim", "not")
_CHANCE = _hashes("chance", "chances", "risk", "danger", "possibility", "likelihood", "way")
# "You won't face any more delays", "no more leaks": the bad thing ends.
_ANY_MORE = _hashes("more", "further", "longer")
_ANY_NO = _hashes("any", "no")
# A cue in a clause of cause ("the late filing was due to HMRC's own outage") explains
# something else; the news, if any, is in the main clause.
_CAUSE_AFTER = _hashes("to", "of", "by")
_CAUSE_BEFORE = {hash_string("due"): hash_string("to"), hash_string("owing"): hash_string("to"),
                 hash_string("because"): hash_string("of"), hash_string("caused"): hash_string("by")}


_SHOULD = hash_string("should")


_ACTED = _hashes("rejected", "declined", "refused", "cancelled", "canceled", "turned", "withdrew", "pulled",
                 "rejects", "declines", "refuses", "cancels")
_AUX = _hashes("be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "'s", "’s", "got", "get",
               "'ve", "’ve", "'d", "’d")
_YOU_WORD = hash_string("you")
_BY = hash_string("by")


def _readers_side_acted(tk: _Tokens, sent_start: int, sent_end: int, s: int, e: int) -> bool:
    """Whether the reader's own side made the decision ("Your procurement team rejected
    the PO", "It was declined by your bank"): they know it, and it is not our news."""
    lower = tk.lower
    if any(lower[i] == _BY and i + 1 < sent_end and lower[i + 1] == _YOUR for i in range(e, min(sent_end, e + 3))):
        return True
    # "when you cancelled your spare ticket", "you've withdrawn the claim": the reader's act.
    if lower[s] in _ACTED and s > sent_start and (
            lower[s - 1] == _YOU_WORD or lower[s - 1] in _AUX and s - 1 > sent_start and lower[s - 2] == _YOU_WORD):
        return True
    return (lower[sent_start] == _YOUR and lower[s] in _ACTED
            and not any(lower[i] in _AUX for i in range(max(sent_start, s - 2), s)))


# A sentence that explains what the reader reported ("The 525 you saw was a handshake
# failure") answers them; the failure is their own report, not news we bring.
_EXPLAINS = re.compile(r"\b(you|you've|you have) (saw|seen|see|are seeing|were seeing|'re seeing|’re seeing|noticed|"
                       r"got|were getting|are getting|reported|mentioned|flagged|described|asked about)\b", re.I)

_PROMISED_NOT, _CAUSE = 1, 2


def _ruled_out(tk: _Tokens, sent_start: int, s: int) -> int:
    """What the words before a bad-news cue at token ``s`` make of it: ``_PROMISED_NOT``
    for a promise that it will not happen ("no chance of that falling through", "you
    won't face any more delays"), ``_CAUSE`` for a clause of cause ("the late filing was
    due to their own outage": it explains, and is news only beside other news in its
    sentence), else 0."""
    lower = tk.lower
    lo = max(sent_start, s - 8)
    cause = 0
    for i in range(lo, s):
        w = lower[i]
        if w in _CHANCE and i > sent_start and lower[i - 1] in _NO_CHANCE:
            return _PROMISED_NOT
        if i + 1 < len(lower) and _CAUSE_BEFORE.get(w) == lower[i + 1] and i >= s - 6:
            cause = _CAUSE
    # "any more delays", "no further outages" right before the cue, after a "not"
    if s - 2 >= sent_start and lower[s - 1] in _ANY_MORE and lower[s - 2] in _ANY_NO:
        if lower[s - 2] != _ANY_NO_ANY or any(lower[i] in _NOT_FORMS for i in range(max(sent_start, s - 7), s - 2)):
            return _PROMISED_NOT
    return cause


# A bad thing said not to happen to the reader, told as a negated event: "you'll never see
# a sync failure again", "your account was not touched by the outage", "not one of the
# files we have handled has come back refused".  Read in the cue's clause only: "the
# parcel has not arrived because of the strike" is still news.
_EXPERIENCED = _hashes("see", "have", "get", "experience", "face", "suffer", "hear", "notice", "encounter", "hit")
_AFFECTED = _hashes("affected", "touched", "impacted", "hit", "caught", "involved", "harmed", "disrupted", "exposed")
_NOT_ONE = _hashes("one", "single", "any")
_NOBODY = _hashes("none", "nobody", "nothing")
_SKIPPED = _hashes("be", "been", "ever", "even", "again", "once", "going", "to", "'ll", "’ll", "will")
_CLAUSE_ENDS = _hashes(",", ";", ":", "but", "because", "although", "though", "so", "while", "whereas", "(", ")",
                       "-", "–", "—")


def _clause_start(tk: _Tokens, sent_start: int, s: int, reach: int = 14) -> int:
    i = s
    while i > max(sent_start, s - reach) and tk.lower[i - 1] not in _CLAUSE_ENDS:
        i -= 1
    return i


def _negated_event(tk: _Tokens, sent_start: int, s: int) -> bool:
    """Whether the bad-news cue at token ``s`` is an event its clause says does not
    happen (see ``_EXPERIENCED``)."""
    lower, lemma, lowered = tk.lower, tk.lemma, tk.lex.lowered
    for i in range(_clause_start(tk, sent_start, s), s):
        w = lower[i]
        if w in _NOBODY:
            return True
        if w not in _NOT_FORMS:
            continue
        # "not one of", "not a single", "not any of"
        if i + 1 < s and (lower[i + 1] in _NOT_ONE or lower[i + 1] in _INDEFINITE and i + 2 < s and lower[i + 2] in _NOT_ONE):
            return True
        j = i + 1
        while j < s and lower[j] in _SKIPPED:
            j += 1
        if j < s and (lowered[lemma[j]] in _EXPERIENCED or lower[j] in _EXPERIENCED or lower[j] in _AFFECTED):
            return True
    return False


# A feature that names a bad thing ("lets your staff mark dishes as sold out", "the
# dashboard now shows failed payments"): what a tool does, not an event.
_CAPABILITY = _hashes("lets", "allows", "enables", "shows", "displays", "lists", "highlights", "flags", "tracks")


def _capability(tk: _Tokens, sent_start: int, s: int) -> bool:
    return any(tk.lower[i] in _CAPABILITY for i in range(_clause_start(tk, sent_start, s, 10), s))


# A street or place name ("14 Alder Close", "Land's End"): its last word is not a verb.
_PLACE_WORDS = frozenset({"Close", "End", "Cross", "Drive", "Fall", "Falls", "Break"})


def _in_place_name(doc, sent_start: int, s: int, e: int) -> bool:
    for i in range(max(s, sent_start + 1), e):
        if doc[i].text in _PLACE_WORDS and (doc[i - 1].text[:1].isupper() or doc[i - 1].like_num):
            return True
    return False


def _a_setting(doc, sent_start: int, s: int) -> bool:
    """Whether the cue at token ``s`` is a setting's value or a flag ("p=reject",
    "status=failed", "--reject"): a word of configuration, not news."""
    return (s > sent_start and doc[s - 1].text in ("=", ":=") and not doc[s - 1].whitespace_
            or doc[s].text.startswith("--"))


_ANY_NO_ANY = hash_string("any")
# A bad thing supposed rather than told: "any delay at the port would push that back", "a
# cancellation this late could cost you the deposit", "any further outages will be
# posted here".  Said of a thing named with "any", or with "a"/"an" and then a modal.
_INDEFINITE = _hashes("a", "an", "any")
_SUPPOSING = _hashes("would", "could", "might", "'d", "’d")
_HAVE = hash_string("have")
_ANY_ADJECTIVES = _hashes("further", "more", "such", "unexpected", "unforeseen", "possible", "additional", "major",
                          "significant", "serious", "small", "minor", "short", "long", "extra", "other", "potential")


def _hypothetical(tk: _Tokens, sent_start: int, sent_end: int, s: int, e: int) -> bool:
    """Whether the bad-news cue at tokens ``s:e`` names a bad thing supposed, not told
    (see ``_INDEFINITE``)."""
    lower = tk.lower
    i = s - 1
    if i >= sent_start and lower[i] in _ANY_ADJECTIVES:
        i -= 1
    if i < sent_start or lower[i] not in _INDEFINITE:
        return False
    if lower[i] == _ANY_NO_ANY:
        return True
    for j in range(e, min(sent_end, e + 6)):
        if lower[j] in _SUPPOSING:
            return not (j + 1 < sent_end and lower[j + 1] == _HAVE)  # "a delay would have ..." happened
    return False


def _has_specific_ack(matches) -> bool:
    """True when a sentence's acknowledgement matches include one that is neither
    boilerplate nor a non-apology."""
    plain = [(s, e) for k, s, e in matches if k in ("acknowledgement:boilerplate", "acknowledgement:non_apology")]
    for k, s, e in matches:
        if k not in ("acknowledgement:boilerplate", "acknowledgement:non_apology"):
            if not any(a <= s < b or s <= a < e for a, b in plain):
                return True
    return False


def _cues_in(tk: _Tokens, matches, table: str, source: str, offset_ok=None, acks=None) -> list[Cue]:
    """Cues of one table ("complaint" or "bad_news") among its ``matches`` (in order).
    ``acks`` (bad news only) gives the acknowledgement matches, asked for only when a
    bad-news sentence may be an apology."""
    cues: list[Cue] = []
    cue_tiers = _TIER_OF[table]  # ``matches`` hold this table's keys only
    if not any(k in cue_tiers for k, _, _ in matches):
        return cues
    doc = tk.doc
    not_cues = f"{table}:not_cues"
    by_sentence: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
    for m in matches:
        by_sentence.setdefault(tk.sentence(m[1]), []).append(m)
    acks_by_sentence = None
    explains = None
    spans: list[tuple[int, int]] = []  # token span of each cue, to drop nested subject cues
    for (sent_start, sent_end), in_sentence in by_sentence.items():
        keys = {k for k, _, _ in in_sentence}
        if keys.isdisjoint(cue_tiers):
            continue
        if "complaint:calm" in keys and all(
            _preceded_by(tk, sent_start, s, _NEGATORS, 2) for k, s, _ in in_sentence if k == "complaint:calm"
        ):
            keys.discard("complaint:calm")  # "not happy with" is not calm
        question = _is_question(tk, sent_start, sent_end)
        for key, s, e in in_sentence:
            tier = cue_tiers.get(key)
            if tier is None:
                continue
            if any(k == not_cues and a < e and s < b for k, a, b in in_sentence):
                continue
            start = doc[s].idx
            if offset_ok is not None and not offset_ok(start):
                continue
            # A cue that holds its own "not" ("cannot be recovered") is not negated by the
            # clause before it ("were not stored and cannot be recovered").
            if _preceded_by(tk, sent_start, s, _NEGATORS, 3) and _NOT_FORMS.isdisjoint(tk.lower[s:e]):
                continue
            if table == "complaint":
                if "complaint:calm" in keys:
                    continue
                # A what-if question ("What happens if the parcel arrives damaged?") is
                # not a complaint; a threat ("If this is not fixed, I will cancel.") is.
                if question and _preceded_by(tk, sent_start, s, _CONDITIONS, 8):
                    continue
                # A subject that asks ("Re: Why did my claim fail?") names a question; only
                # a strong cue makes it a complaint ("Why is my order STILL not here?").
                if question and source == "subject" and tier != "strong":
                    continue
            else:
                # A routine phrase makes its clause routine; a semicolon ends a clause
                # ("The shipment was held at customs; the new one is fixed").
                # What the reader asked for ("your request to waive the fee", "your
                # cancellation request") is routine only for the cue inside it: the answer
                # to it ("... has been refused") is news.
                if keys & _ROUTINE_KEYS and any(
                        k in _ROUTINE_KEYS and not _semicolon_between(tk, min(s, a), max(e, b))
                        and (not _asked_for(tk, sent_start, a, b) or a <= s < b or not _refuses(tk, s, e))
                        for k, a, b in in_sentence):
                    continue
                if _preceded_by(tk, sent_start, s, _HEDGES, 4) or _preceded_by(tk, sent_start, s, _CONDITIONS, 12):
                    continue
                if _preceded_by(tk, sent_start, s, _NONE, 2):  # "none were damaged"
                    continue
                if _hypothetical(tk, sent_start, sent_end, s, e):  # "any delay at the port would ..."
                    continue
                if e - s > 2 and _preceded_by(tk, s + 1, e - 1, _HEDGES, e - s):  # "rates may increase"
                    continue
                if tk.lower[sent_start] == _SHOULD:  # "Should the courier be delayed, ..."
                    continue
                if _readers_side_acted(tk, sent_start, sent_end, s, e):
                    continue
                if _negated_event(tk, sent_start, s) or _capability(tk, sent_start, s):
                    continue
                if _in_place_name(doc, sent_start, s, e) or _a_setting(doc, sent_start, s):
                    continue
                if explains is None:
                    explains = {}
                if (sent_start, sent_end) not in explains:
                    explains[sent_start, sent_end] = bool(_EXPLAINS.search(
                        tk.text[doc[sent_start].idx:doc[sent_end - 1].idx + len(doc[sent_end - 1])]))
                if explains[sent_start, sent_end]:
                    continue
                ruled = _ruled_out(tk, sent_start, s)
                if ruled == _PROMISED_NOT or ruled == _CAUSE and not any(
                        cue_tiers.get(k) and (a, b) != (s, e) and not _ruled_out(tk, sent_start, a)
                        for k, a, b in in_sentence):
                    continue
                if question:
                    continue
                # An apology sentence names the bad news; it is not news itself.
                if acks_by_sentence is None:
                    acks_by_sentence = {}
                    for m in acks():
                        acks_by_sentence.setdefault(tk.sentence(m[1]), []).append(m)
                if _has_specific_ack(acks_by_sentence.get((sent_start, sent_end), ())):
                    continue
            weight = STRONG if tier in ("strong", "distress") else WEAK
            # In a subject line a fault told as such ("keeps freezing", "still not
            # working") names the thread's topic: weak there (see ``_weigh``).
            if source == "subject" and tier == "strong" and any(
                    k == "complaint:topic" and a <= s and e <= b for k, a, b in in_sentence):
                weight = WEAK
            last = doc[e - 1]
            end = last.idx + len(last)
            spans.append((s, e))
            cues.append(
                Cue(
                    kind=table, source=source, weight=weight,
                    change=tier == "change", distress=tier == "distress",
                    words=_words(tk, s, start, end), key=" ".join(map(tk.lex.lower_text.__getitem__, tk.lemma[s:e])),
                    start=start if source in ("quoted", "draft") else None,
                    end=end if source in ("quoted", "draft") else None,
                    # A complaint is the client's own; bad news is theirs when said to them.
                    to_reader=table == "complaint" or not _YOU.isdisjoint(tk.lower[sent_start:sent_end]),
                    ours=table == "bad_news" and not _WE.isdisjoint(tk.lower[sent_start:sent_end]),
                )
            )
    if table == "bad_news" and source == "draft":
        # News that happens to the reader's own matter, its subject ("your X is
        # rejected"): every cue of that sentence is theirs.
        own = {tk.sentence(s) for (s, e), c in zip(spans, cues) if _your_subject(tk, tk.sentence(s)[0], s)}
        for (s, e), c in zip(spans, cues):
            if tk.sentence(s) in own:
                c.own_matter = c.to_reader = True
            elif _others_subject(tk, *tk.sentence(s), s, e):
                c.others = True
                c.to_reader = False
    if source == "subject" and len(cues) > 1:
        # A subject is one short phrase: "crashing" inside "crashing again" is the same cue.
        cues = [c for c, (s, e) in zip(cues, spans)
                if not any((a, b) != (s, e) and a <= s and e <= b for a, b in spans)]
    return cues


_SEMICOLON = hash_string(";")
_REQUEST = _hashes("request", "requests", "application", "applications", "appeal", "claim", "bid", "proposal")
_TO = hash_string("to")


_REFUSING = _hashes("decline", "declined", "reject", "rejected", "refuse", "refused", "deny", "denied", "not", "n't",
                    "n’t", "unable", "unsuccessful", "turn", "turned", "repudiate", "repudiated")


def _refuses(tk: _Tokens, s: int, e: int) -> bool:
    """Whether the cue at tokens ``s:e`` turns something down ("declined", "not approved")."""
    return any(tk.lower[i] in _REFUSING for i in range(s, e))


def _asked_for(tk: _Tokens, sent_start: int, a: int, b: int) -> bool:
    """Whether tokens ``a:b`` name what the reader asked for: "(request|application) to
    cancel ...", or a phrase holding "your ... request"."""
    lower = tk.lower
    if a - 2 >= sent_start and lower[a - 1] == _TO and lower[a - 2] in _REQUEST:
        return True
    return _YOUR in lower[a:b] and not _REQUEST.isdisjoint(lower[a:b])
# A phrase of either group makes its clause routine ("spared" also overrules the model).
_ROUTINE_KEYS = frozenset({"bad_news:routine", "bad_news:spared"})


def _semicolon_between(tk: _Tokens, start: int, end: int) -> bool:
    return any(tk.lower[i] == _SEMICOLON for i in range(start, end))


_BE_AUX = _hashes("is", "was", "were", "are", "been", "be", "'s", "’s", "got", "gets", "get")
_ADVERBS = _hashes("now", "also", "unfortunately", "sadly", "therefore", "regrettably", "already", "still", "just",
                   "been", "being", "not", "n't", "n’t", "completely", "temporarily", "permanently", "partly", "fully",
                   "officially", "hereby", "since", "again")
_CLAUSE_OPENERS = _hashes(",", ";", ":", "that", "so", "and", "but", "-", "–", "—")
_NP_BREAKS = _hashes(",", ";", ":", "(", ")", "that", "which", "who", "if", "when", "because", "as", "while", "we",
                     "i", "they", "you", "he", "she", "it", "to", ".", "!", "?")
_AUX_CHAIN = _BE_AUX | _hashes("has", "have", "had", "will", "would", "'ll", "’ll")


_THEIR = hash_string("their")
_THEY = hash_string("they")


def _others_subject(tk: _Tokens, sent_start: int, sent_end: int, s: int, e: int) -> bool:
    """Whether the cue at tokens ``s:e`` happens to someone else, named as its subject in
    a sentence that also speaks to the reader: "we'll do yours on a Sunday, because when
    we did theirs mid-week their tills were down and they lost a week's takings".  Not
    when the reader's own thing follows ("they cancelled your flight")."""
    lower = tk.lower
    if _YOU.isdisjoint(lower[sent_start:s]) and _YOU.isdisjoint(lower[e:sent_end]):
        return False
    if _YOUR in lower[s:min(sent_end, e + 5)]:
        return False
    i = s
    while i > sent_start and lower[i - 1] in _ADVERBS:
        i -= 1
    if i > sent_start and lower[i - 1] == _THEY:
        return True
    if lower[s] not in _AUX_CHAIN:
        if i <= sent_start or lower[i - 1] not in _AUX_CHAIN:
            return False
        i -= 1
    while i > sent_start and lower[i - 1] in _AUX_CHAIN:
        i -= 1
    if i > sent_start and lower[i - 1] == _THEY:
        return True
    for j in range(i - 1, max(sent_start, i - 6) - 1, -1):
        if lower[j] == _THEIR:
            return True
        if lower[j] in _NP_BREAKS:
            return False
    return False


def _your_subject(tk: _Tokens, sent_start: int, s: int) -> bool:
    """Whether the cue at token ``s`` is said of the reader's own matter as its subject:
    "your loan application is rejected", "your EDI connection was unavailable for 11
    hours", "Due to overbooking, your reservation for 5-8 June has been transferred".
    Read from words (no parse): "your", a short noun phrase, a form of "be", the cue."""
    lower = tk.lower
    if lower[s] in _AUX_CHAIN:  # the cue starts with its verb ("has been transferred")
        i = s
    else:
        i = s - 1
        while i > sent_start and lower[i] in _ADVERBS:
            i -= 1
        # "is rejected", "has not been approved", "will not be renewed"
        if i <= sent_start or lower[i] not in _AUX_CHAIN:
            return False
    while i > sent_start and lower[i - 1] in _AUX_CHAIN:
        i -= 1
    for j in range(i - 1, max(sent_start, i - 11) - 1, -1):
        if lower[j] == _YOUR:
            return j == sent_start or lower[j - 1] in _CLAUSE_OPENERS or tk.doc[j - 1].is_space
        if lower[j] in _NP_BREAKS:
            return False
    return False
