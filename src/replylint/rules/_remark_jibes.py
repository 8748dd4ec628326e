"""Jibes read from the shape of a sentence (sixth wave), where the words are everyday
words and only their arrangement makes the remark:

* **Sarcasm at the reader's chasing** (RMK003): the reader's contacting, as the subject,
  said to be useless: "Ringing us every hour won't make the ship sail any faster",
  "badgering us won't make Customs work faster", "your daily reminders won't make the
  printer work faster"; and the shrug that answers a chaser with a tautology: "It'll
  arrive when it arrives".  Not an offer ("Emailing us the form will make it go
  faster"), not a fact about need ("Ringing us won't be necessary"), not "we'll call you
  when it arrives".

* **Disbelief of someone's account** (RMK001): a tag that ends the sentence and echoes
  it with a pronoun and an auxiliary, "sure it did", "course he was", "yeah right",
  after a report of what someone says or claims ("She says the box arrived crushed.
  Sure it did.").  Not sincere agreement that goes on ("Sure, they did send it on
  Monday"), nor "I'm sure they did their best".

* **A patronising endearment** (RMK003): "love", "dear", "sweetheart", "petal" ... said
  to the reader as a vocative (set off by commas) in a sentence that tells them not to
  trouble themselves or to leave the hard part to the writer: "Now don't fret about the
  figures, sweetheart, that's my job", "Just sign where the stickers are, darling, and
  leave the rest to me".  Not "Thanks, love, see you Friday", nor "love the new logo".

The default pipeline has no parser: the shape is read from tokens and their order.
"""
from __future__ import annotations

from . import Context
from ._remark_common import counts_against_draft


def _mentions(ctx: Context, words: frozenset[str]) -> bool:
    """Whether any token of the draft is one of ``words`` (lower case).  Each reader
    below finds nothing without one of its trigger words, so a draft without one skips
    the reader's token-by-token walk of every sentence (the walks cost about an eighth of all
    linting time on real mail when they ran on every draft)."""
    from spacy.attrs import LOWER  # not at import: `replylint rules` never loads spaCy

    lowers = ctx.memo("jibes:lower-ids", lambda: frozenset(ctx.doc.to_array(LOWER).tolist()))
    strings = ctx.doc.vocab.strings
    return any(strings[w] in lowers for w in words)

# The reader contacting us, as a gerund or a noun after "your"/"the".
_CHASING = frozenset({
    "ringing", "calling", "phoning", "emailing", "e-mailing", "mailing", "chasing", "messaging", "texting",
    "pestering", "hassling", "badgering", "nagging", "shouting", "yelling", "screaming", "asking", "refreshing",
    "complaining", "bombarding", "spamming", "pinging", "bugging", "harassing", "hounding", "moaning", "whingeing",
    "whinging", "writing", "resending", "re-sending", "sending", "reminding", "contacting", "following",
})
_CHASERS = frozenset({"reminders", "emails", "e-mails", "calls", "messages", "chasers", "complaints", "texts", "follow-ups",
                      "phone-calls", "voicemails", "nudges"})
# What chased_in_vain needs in a draft before it walks its sentences.
_CHASING_WORDS = _CHASING | _CHASERS
_WHEN = frozenset({"when"})
# "won't / will not / doesn't / isn't going to / can't": said to be useless.
_NEGATORS = frozenset({"n't", "not", "never", "cannot"})
_USELESS_AUX = frozenset({"wo", "will", "does", "do", "is", "are", "can", "ca", "would", "'s", "’s"})
# What the chasing does not do: make it faster, speed it up, change the answer.
_EFFECTS = frozenset({"make", "speed", "change", "move", "hurry", "get", "bring", "help", "magic", "conjure", "produce"})
_FASTER = frozenset({"faster", "quicker", "sooner", "quickly", "speedier", "appear", "arrive", "itself", "themselves",
                     "up", "that", "answer", "anything", "move", "earlier", "faster.", "difference"})


def chased_in_vain(ctx: Context) -> list[tuple[int, int]]:
    """(first token, end token) of sarcasm at the reader's chasing, and of a tautology
    answering it ("it'll arrive when it arrives")."""
    doc = ctx.doc
    out = []
    chasing, when = _mentions(ctx, _CHASING_WORDS), _mentions(ctx, _WHEN)
    if not (chasing or when):
        return out
    for sent in doc.sents:
        found = (chasing and _useless_chasing(doc, sent)) or (when and _tautology(doc, sent))
        if found and counts_against_draft(ctx, doc[found[0]].idx):
            out.append(found)
    return out


def _useless_chasing(doc, sent):
    toks = range(sent.start, sent.end)
    for i in toks:
        low = doc[i].lower_
        chasing = low in _CHASING and (i == sent.start or doc[i - 1].lower_ not in ("keep", "stop", "start", "by", "for", "of", "from", "the", "a", "an")) \
            and not _after_conditional(doc, sent, i)
        chasers = low in _CHASERS and i > sent.start and (
            doc[i - 1].lower_ in ("your", "daily", "hourly", "constant", "repeated", "endless", "more", "extra", "further")
            and any(doc[k].lower_ == "your" for k in range(max(sent.start, i - 3), i)))
        if not (chasing or chasers):
            continue
        # The negated verb: "won't make", "will not speed", "isn't going to change",
        # "will only slow things down".
        for j in range(i + 1, min(sent.end, i + 12)):
            w = doc[j].lower_
            if w in (";", ":", ".", "?", "!") or (w == "," and j > i + 1 and doc[j - 1].lower_ not in _USELESS_AUX):
                break
            if w in _NEGATORS and j > i + 1 and (doc[j - 1].lower_ in _USELESS_AUX or w == "cannot"):
                for k in range(j + 1, min(sent.end, j + 5)):
                    if doc[k].lemma_.lower() in _EFFECTS or doc[k].lower_ in _EFFECTS:
                        if any(doc[m].lower_ in _FASTER for m in range(k + 1, sent.end)):
                            return i, _clause_end(doc, sent, k)
                        break
                break
            if w == "only" and doc[j - 1].lower_ in ("will", "'ll", "’ll") and j + 1 < sent.end and doc[j + 1].lower_ in (
                    "slow", "delay", "hold", "annoy"):
                return i, _clause_end(doc, sent, j + 1)
    return None


def _after_conditional(doc, sent, i: int) -> bool:
    return any(doc[k].lower_ in ("if", "unless", "when", "whether", "keep", "avoid") for k in range(max(sent.start, i - 3), i))


def _clause_end(doc, sent, k: int) -> int:
    e = k + 1
    while e < sent.end and doc[e].text not in (",", ";", ".", "!", "?", ":"):
        e += 1
    return e


_TAUTOLOGY_SUBJECTS = frozenset({"it", "they", "he", "she", "that", "this"})
_TAUTOLOGY_AUX = frozenset({"'s", "’s", "'re", "’re", "is", "are", "gets", "get", "does", "do", "'ll", "will"})


def _tautology(doc, sent):
    """ "It'll arrive when it arrives", "it'll be ready when it's ready", "it'll get there
    when it gets there": the same verb or adjective on both sides of "when"."""
    for w in range(sent.start + 2, sent.end - 2):
        if doc[w].lower_ != "when" or doc[w + 1].lower_ not in _TAUTOLOGY_SUBJECTS:
            continue
        k = w + 2
        while k < sent.end and doc[k].lower_ in _TAUTOLOGY_AUX:
            k += 1
        if k >= sent.end or not doc[k].is_alpha:
            continue
        after = {_stem(doc[k].lower_)}
        if k + 1 < sent.end and doc[k + 1].lower_ in ("there", "here", "done", "ready", "sorted"):
            after.add(doc[k + 1].lower_)
        before = {_stem(doc[b].lower_) for b in range(max(sent.start, w - 2), w) if doc[b].is_alpha}
        # The clause before "when" has the same subject: "it'll ... when it ...".
        subject = any(doc[b].lower_ == doc[w + 1].lower_ for b in range(max(sent.start, w - 5), w))
        if subject and before & after - {"be", "get"}:
            end = k + (2 if len(after) > 1 else 1)
            return max(sent.start, w - 4), min(end, sent.end)
    return None


def _stem(word: str) -> str:
    for suffix in ("es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return word


# -- disbelief -------------------------------------------------------------------------
_ECHO_LEAD = frozenset({"sure", "course", "yeah", "yea", "yep", "oh"})
_ECHO_PRONOUNS = frozenset({"he", "she", "they", "it", "you", "that"})
_ECHO_AUX = frozenset({"did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can"})
# What someone said or claimed, in the sentence or the one before the tag.
_CLAIMS = frozenset({"say", "says", "said", "claim", "claims", "claimed", "claiming", "swear", "swears", "swore",
                     "insist", "insists", "insisted", "insisting", "reckon", "reckons", "apparently", "allegedly",
                     "supposedly", "tells", "told", "maintains", "maintained"})


def disbelieved(ctx: Context) -> list[tuple[int, int]]:
    """(first token, end token) of a disbelieving echo tag ("sure it did", "course he
    was", "yeah right") that ends a sentence or a line, after a report of what someone
    said or claimed in the same sentence or the one before."""
    doc = ctx.doc
    out = []
    if not _mentions(ctx, _ECHO_LEAD):  # every tag opens with one of them
        return out
    for sent in doc.sents:
        # Pasted chat lines have no full stops: each line of a sentence ends a tag too.
        starts = [sent.start] + [t + 1 for t in range(sent.start, sent.end) if "\n" in doc[t].text]
        for part_start, part_end in zip(starts, starts[1:] + [sent.end]):
            words = [t for t in range(part_start, part_end) if doc[t].is_alpha]
            tag = _echo_tag(doc, words) if words else None
            if tag is None:
                continue
            first = tag
            if doc[first].lower_ == "course" and first > part_start and doc[first - 1].lower_ == "of":
                first -= 1
            # The claim: in what comes before the tag, in this sentence or the one before.
            window = range(doc[sent.start - 1].sent.start if sent.start > 0 else 0, first)
            if not any(doc[t].lower_ in _CLAIMS or doc[t].text in ("'", "‘", "’", '"', "“", "”") for t in window):
                continue
            if counts_against_draft(ctx, doc[first].idx):
                out.append((first, words[-1] + 1))
    return out


def _echo_tag(doc, words: list[int]) -> int | None:
    n = len(words)
    # "sure it did", "course he was", "yeah sure", "yeah right".
    if n >= 2 and doc[words[-2]].lower_ in ("yeah", "yea", "oh") and doc[words[-1]].lower_ in ("right", "sure"):
        return words[-2]
    if n >= 3 and doc[words[-3]].lower_ in _ECHO_LEAD and doc[words[-2]].lower_ in _ECHO_PRONOUNS \
            and doc[words[-1]].lower_ in _ECHO_AUX:
        t = words[-3]
        # The tag stands apart: a comma, a full stop or the line's start before it.
        if t == 0 or doc[t - 1].text in (",", ".", ";", "-", "–", "—", "!", "?", "…") or "\n" in doc[t - 1].text \
                or doc[t - 1].lower_ in ("lol", "yeah", "oh", "of") or doc[t].is_sent_start:
            return t
    return None


# -- patronising endearments --------------------------------------------------------------
# Not "sugar", "honey", "duck", "flower": in a list of goods they are goods.
_ENDEARMENTS = frozenset({"love", "luv", "dear", "dearie", "darling", "sweetheart", "sweetie", "sweetpea", "hun", "hon",
                          "petal", "pet", "babe", "poppet", "missy"})
# What the sentence tells the reader: not to trouble themselves, to leave it to us.
_PAT_CUES = frozenset({"worry", "fret", "bother", "trouble", "leave", "complicated", "technical", "boring", "tricky", "hard",
                       "difficult", "simple", "nice", "tizzy", "flap", "state", "calm", "focus", "grown-ups", "grownups",
                       "job", "sort", "handle", "understand", "thinking", "numbers", "figures", "details"})


def patronising_endearments(ctx: Context) -> list[tuple[int, int]]:
    """(first token, end token) of an endearment said to the reader as a vocative, set
    off by commas (or ending the sentence), in a sentence that pats them on the head."""
    doc = ctx.doc
    out = []
    if not _mentions(ctx, _ENDEARMENTS):
        return out
    text = ctx.draft.text
    for sent in doc.sents:
        lows = {doc[t].lower_ for t in range(sent.start, sent.end)} | {doc[t].lemma_.lower() for t in range(sent.start, sent.end)}
        if not lows & _PAT_CUES:
            continue
        for t in range(sent.start + 1, sent.end):
            tok = doc[t]
            if tok.lower_ not in _ENDEARMENTS or not tok.text.islower():
                continue
            start = t - 1 if doc[t - 1].lower_ in ("my", "young", "little") else t
            before = doc[start - 1].text if start > sent.start else ""
            after = doc[t + 1].text if t + 1 < sent.end else "."
            if before not in (",", "-", "–", "—") or after not in (",", ".", "!", ";", ":", "-", "–", "—", "?"):
                continue
            if _in_list_or_brackets(doc, sent, start, t):
                continue  # "(coffee, sugar, cocoa)", "cats, dogs, pets and birds"
            # A sign-off ("Thanks, love,") or a greeting line is not a pat on the head.
            line = text[text.rfind("\n", 0, tok.idx) + 1: tok.idx].strip().lower()
            if line.startswith(("hi", "hello", "dear", "thanks", "thank", "cheers", "lots of", "all my", "with love")):
                continue
            if counts_against_draft(ctx, tok.idx):
                out.append((start, t + 1))
                break
    return out


def _in_list_or_brackets(doc, sent, start: int, t: int) -> bool:
    """The word is an item of a list ("A, B, pet, C and D") or inside brackets."""
    opened = sum(1 for k in range(sent.start, start) if doc[k].text == "(") > sum(
        1 for k in range(sent.start, start) if doc[k].text == ")")
    if opened:
        return True
    # Another comma, "and" or "or" one word before the comma before it, or after the word.
    if start - 3 >= sent.start and doc[start - 3].text == "," and doc[start - 2].is_alpha:
        return True
    if t + 3 < sent.end and doc[t + 1].text == "," and doc[t + 2].is_alpha and doc[t + 3].lower_ in (",", "and", "or"):
        return True
    return False


# -- mocking names ---------------------------------------------------------------------
# After a mock name that stands for a person: what a person does, or where they sit.
_PERSON_NEXT = frozenset({
    "has", "have", "had", "is", "was", "'s", "’s", "wants", "wanted", "rang", "called", "phoned", "emailed", "sent",
    "signed", "put", "worked", "complained", "says", "said", "thinks", "thought", "would", "will", "'ll", "’ll", "still",
    "just", "again", "asked", "asks", "needs", "changed", "from", "in", "at", "over", "of", "on", "is", "wants", "rang",
    "demands", "demanded", "insists", "insisted", "refuses", "refused", "won't", "wo", "can", "could", "did", "does",
    "might", "must", "ordered", "lost", "forgot", "booked", "moved", "approved", "hasn't", "keeps", "kept",
})


def mock_names_for_people(ctx: Context, matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(first token, end token) of a `mock_names` match that stands for a person: the
    next word is what a person does or where they are ("Lord Farquaad has ...",
    "Cruella from Harbourline rang"), or the name ends a chat line's aside."""
    doc = ctx.doc
    out = []
    for start, end in matches:
        sent = doc[start].sent
        after = end
        if after < sent.end and doc[after].text == "(":
            # "Lord Fusspot (their CEO) wants ...": read past the apposition in brackets.
            close = next((j for j in range(after + 1, min(sent.end, after + 8)) if doc[j].text == ")"), None)
            if close is not None:
                after = close + 1
        nxt = doc[after] if after < sent.end else None
        placed = doc[end - 1].lower_ in ("their", "your", "the")  # "Einstein in their warehouse"
        if nxt is not None and nxt.lower_ not in _PERSON_NEXT and not placed:
            continue
        if nxt is None and end - start < 2:
            continue
        if start > 0 and doc[start - 1].lower_ in ("a", "an"):
            continue  # "dressed as a Darth Vader"
        if counts_against_draft(ctx, doc[start].idx):
            out.append((start, end))
    return out
