"""Remarks read from the shape of a sentence rather than from a whole phrase.

Two families of remark about a person have a shape that no list of phrases covers:

* **Exasperation at someone**, a verbless aside in pasted chat or an internal note:
  "ugh, these people again", "omg not the Hendersons again", "This customer again 🙄".
  The sentence is only a person (a people noun after this/these/that, a pronoun, a
  known name, or "the <Name>s") and "again", with at most an interjection of
  exasperation ("ugh", "sigh", "not") before it.  "Thanks again", "Me again" and "This
  client again asked for a quote" are not: no person, the writer, or a verb.

* **Stereotyping a person by role or nationality**: "Typical lawyer, billing for ...",
  "Classic accountant - counting every penny", "you know what the French are like",
  "he's a salesman, what did you expect?", "what do you expect from an estate agent".
  "Typical lead times" and "the typical lawyer's fee" are not: the role word must end
  the aside ("Typical lawyer." / "Typical lawyer behaviour!") or be what the sentence
  says people of that kind "are like".

The words are data in the remark lexicon (``roles``, ``role_traits``,
``exasperation``).  The default pipeline has no parser, so the shape is read from
tokens: what stands in the sentence and in which order.
"""
from __future__ import annotations

import re

from ..strhash import hash_string
from . import Context
from ._remark_common import PERSON_POSSESSIVES, PERSON_PRONOUNS, SELF_POSSESSIVES, GREETING, counts_against_draft, info, is_person, lexicon
from ..patterns import DocIndex

_AGAIN = hash_string("again")
_TYPICAL = {hash_string(w) for w in ("typical", "classic", "typically")}
_LIKE = hash_string("like")
_EH = {hash_string(w) for w in ("eh", "huh")}
_EXPECT = hash_string("expect")
_DEMONSTRATIVES = {"this", "these", "that", "those"}
_SKIP = {"the", "a", "an", "so", "how", "just", "such", "oh", "well", "lol", "ugh", "sigh", "honestly", "really"}


def _words(ctx: Context, sent) -> list[int]:
    """Token indices of the sentence's words (no punctuation, spaces or emoji)."""
    doc = ctx.doc
    return [t for t in range(sent.start, sent.end) if doc[t].is_alpha or doc[t].text in ("'s", "’s", "n't")]


_STRONG = {"ugh", "urgh", "argh", "sigh", "smh", "ffs", "omg", "jeez", "geez", "groan", "fml", "lol", "lmao", "aiyo", "haiz", "mtchew"}
_EYE_ROLLS = ("\U0001F644", "\U0001F612", "\U0001F926", "\U0001F624", "\U0001F643")


def exasperated_again(ctx: Context) -> list[tuple[int, int, int]]:
    """(first token, end token, target token) of "these people again"-style asides, and
    of a bare "ugh, this client" / "this customer 🙄" (a strong interjection or an eye
    roll stands in for "again")."""
    doc = ctx.doc
    index = DocIndex.of(doc)
    lowers = index.present[1]
    strong = {hash_string(w) for w in _STRONG} & lowers
    rolls = any(e in ctx.draft.text for e in _EYE_ROLLS)
    if _AGAIN not in lowers and not strong and not rolls:
        return []
    lex = lexicon(ctx)
    anchors = set(index.positions(1, _AGAIN)) if _AGAIN in lowers else set()
    for h in strong:
        anchors.update(index.positions(1, h))
    if rolls:
        anchors.update(t.i for t in doc if t.text.startswith(_EYE_ROLLS))
    out = []
    seen = set()
    for a in sorted(anchors):
        # Pasted chat lines have no full stops: the sentence ends with the line.
        sent = _line_part(doc, doc[a].sent, a)
        if sent.start in seen:
            continue
        seen.add(sent.start)
        found = _exasperated(ctx, lex, sent)
        if found is not None:
            out.append(found)
    return out


def _line_part(doc, sent, a: int):
    """The part of sentence ``sent`` on the line of token ``a``."""
    s = a
    while s > sent.start and "\n" not in doc[s - 1].text:
        s -= 1
    e = a + 1
    while e < sent.end and "\n" not in doc[e - 1].text:
        e += 1
    return doc[s:e]


def _exasperated(ctx: Context, lex, sent):
    doc = ctx.doc
    # A chat line's speaker ("[10:02] Priya:") is not part of what is said.
    colon = max((t for t in range(sent.start, sent.end) if doc[t].text == ":"), default=sent.start - 1)
    words = [t for t in _words(ctx, sent) if t > colon]
    # "not the Hendersons again, kill me", "them again lol": an interjection after "again".
    last_again = max((k for k, t in enumerate(words) if doc[t].lower_ == "again"), default=-1)
    if 0 <= last_again < len(words) - 1 and all(
            doc[t].lower_ in lex.exasperation or doc[t].lower_ in _STRONG for t in words[last_again + 1:]):
        words = words[:last_again + 1]
    if not words or len(words) > 7:
        return None
    again = doc[words[-1]].lower_ == "again"
    body = words[:-1] if again else words
    k = 0
    marked = False
    while k < len(body) and (doc[body[k]].lower_ in lex.exasperation or doc[body[k]].lower_ == "not"):
        marked = True
        k += 1
    core = body[k:]
    # A trailing interjection: "this client lol".
    strong = any(doc[t].lower_ in _STRONG for t in body[:k])
    while core and doc[core[-1]].lower_ in _STRONG:
        strong = True
        core = core[:-1]
    if not again:
        # Without "again" the aside needs a strong interjection or an eye roll.
        if not (strong or any(doc[t].text.startswith(_EYE_ROLLS) for t in range(sent.start, sent.end))):
            return None
        marked = True
    if not core or len(core) > 3:
        return None
    target = core[-1]
    low = [doc[t].lower_ for t in core]
    if any(w in SELF_POSSESSIVES for w in low):
        return None  # "me again", "us again"
    if low[0] in _DEMONSTRATIVES and len(core) >= 2 and is_person(ctx, target):
        pass  # "these people again", "this client 🙄"
    elif not again:
        return None  # a bare pronoun or name needs "again": "ugh, him" is too thin
    elif marked and len(core) == 1 and low[0] in PERSON_PRONOUNS:
        pass  # "ugh, him again", "not them again"
    elif marked and low[0] == "the" and len(core) == 2 and doc[target].text[:1].isupper() and (
            doc[target].lower_.endswith("s") or is_person(ctx, target)):
        pass  # "not the Hendersons again"
    elif marked and len(core) == 1 and doc[target].text[:1].isupper() and is_person(ctx, target):
        pass  # "ugh, Maeve again"
    else:
        return None
    if not counts_against_draft(ctx, doc[core[0]].idx):
        return None
    return (words[0], words[-1] + 1, target)


def stereotypes(ctx: Context) -> list[tuple[int, int]]:
    """(first token, end token) of remarks that stereotype a person by role or nationality."""
    doc = ctx.doc
    index = DocIndex.of(doc)
    lowers = index.present[1]
    lemmas = index.present[0]
    if _TYPICAL.isdisjoint(lowers) and _LIKE not in lowers and _EXPECT not in lemmas and _EH.isdisjoint(lowers):
        return []
    lex = lexicon(ctx)
    if not lex.roles:
        return []
    out = []
    done = set()
    for h in (_TYPICAL & lowers) | ({_LIKE} & lowers):
        for i in index.positions(1, h):
            sent = doc[i].sent
            found = _typical_role(ctx, lex, sent, i) if h in _TYPICAL else _are_like(ctx, lex, sent, i)
            if found and sent.start not in done:
                done.add(sent.start)
                out.append(found)
    # "Engineers, eh?", "Lawyers, huh."
    for h in _EH & lowers:
        for i in index.positions(1, h):
            sent = doc[i].sent
            words = _words(ctx, sent)
            if sent.start in done or len(words) > 3 or words[-1] != i:
                continue
            r = _role_at(doc, lex, words[0], i)
            if r is not None and r == words[-2] + 1 and doc[r - 1].lower_.endswith("s") and counts_against_draft(ctx, doc[i].idx):
                done.add(sent.start)
                out.append((words[0], i + 1))
    if _EXPECT in lemmas:
        for i in index.positions(0, _EXPECT):
            sent = doc[i].sent
            found = _what_did_you_expect(ctx, lex, sent, i)
            if found and sent.start not in done:
                done.add(sent.start)
                out.append(found)
    return out


def _role_at(doc, lex, j: int, end: int) -> int | None:
    """The end of a role or nationality word (or two-word role) starting at ``j``."""
    if j >= end:
        return None
    w = doc[j].lower_
    if j + 1 < end and f"{w} {doc[j + 1].lower_}" in lex.roles:
        return j + 2
    if w in lex.roles or (w.endswith("s") and w[:-1] in lex.roles) or (w.endswith("es") and w[:-2] in lex.roles):
        return j + 1
    return None


def _typical_role(ctx: Context, lex, sent, i: int):
    """ "Typical lawyer, ...", "Classic accountant - ...", "so typical of a banker",
    "typical Aussie attitude!": the role ends the aside."""
    doc = ctx.doc
    words = _words(ctx, sent)
    # "typical" opens the sentence (after "oh", "lol", "so", "how"...).
    lead = [t for t in words if t < i]
    if any(doc[t].lower_ not in _SKIP for t in lead):
        return None
    j = i + 1
    if j < sent.end and doc[j].lower_ == "of":
        j += 1
        while j < sent.end and doc[j].lower_ in ("a", "an", "the"):
            j += 1
    r = _role_at(doc, lex, j, sent.end)
    if r is None:
        return None
    if r < sent.end and doc[r].lower_ in lex.role_traits:
        r += 1  # "typical lawyer behaviour"
    # The aside ends there: punctuation or the end of the sentence ("Typical lawyer, ...").
    if r < sent.end and not (doc[r].is_punct or doc[r].text in ("-", "–", "—") or not doc[r].text.strip()):
        return None
    if not counts_against_draft(ctx, doc[i].idx):
        return None
    return (i, r)


def _are_like(ctx: Context, lex, sent, i: int):
    """ "you know what the French are like", "what estate agents are like"."""
    doc = ctx.doc
    if i - 1 <= sent.start or doc[i - 1].lower_ not in ("are", "'re", "’re", "were"):
        return None
    end_role = i - 1
    k = next((st for st in (end_role - 1, end_role - 2)
              if st >= sent.start and _role_at(doc, lex, st, end_role) == end_role), None)
    if k is None:
        return None
    before = k - 1
    the = before >= sent.start and doc[before].lower_ == "the"
    if the:
        before -= 1
    # A kind of people: a plural ("lawyers") or "the" + a nationality ("the French").
    if not (doc[end_role - 1].lower_.endswith("s") or (the and doc[k].text[:1].isupper())):
        return None
    if before < sent.start or doc[before].lower_ != "what":
        return None
    if not counts_against_draft(ctx, doc[before].idx):
        return None
    return (before, i + 1)


def _what_did_you_expect(ctx: Context, lex, sent, i: int):
    """ "what did you expect from a lawyer", "he's a salesman, what did you expect?"."""
    doc = ctx.doc
    k = i - 1
    while k > sent.start and doc[k].lower_ in ("you", "else", "do", "did", "would", "can", "could", "'d", "else"):
        k -= 1
    if doc[k].lower_ != "what" or i - k < 2:
        return None
    j = i + 1
    if j < sent.end and doc[j].lower_ == "from":
        j += 1
        while j < sent.end and doc[j].lower_ in ("a", "an", "the", "these", "those"):
            j += 1
        r = _role_at(doc, lex, j, sent.end)
        if r is not None and counts_against_draft(ctx, doc[k].idx):
            return (k, r)
        return None
    # "he's a salesman, what did you expect?": the role said of a person before it.
    for t in range(sent.start, k):
        if doc[t].lower_ in PERSON_PRONOUNS and _role_after_copula(doc, lex, t, k):
            if counts_against_draft(ctx, doc[t].idx):
                return (t, i + 1)
    return None


def _role_after_copula(doc, lex, t: int, limit: int) -> bool:
    j = t + 1
    if j < limit and (doc[j].lemma_ == "be" or doc[j].lower_ in ("'s", "’s", "'re", "’re")):
        j += 1
        while j < limit and doc[j].lower_ in ("a", "an", "just", "only", "such", "typical", "classic"):
            j += 1
        return _role_at(doc, lex, j, limit) is not None
    return False


# An eye roll or a facepalm aimed at a person: "she wants it in purple now 🙄", "asked
# for the fourth time smh".  Frustration (😤) and a wry smile (🙃) are left out: they
# go with a bad day as often as with a person.
_AT_PERSON_ROLLS = ("\U0001F644", "\U0001F612", "\U0001F926")
_ROLL_WORDS = {"smh", "facepalm", "eyeroll"}


def eye_rolled_at(ctx: Context) -> list[tuple[int, int, int]]:
    """(first token, end token, target token) of a sentence about a person that carries
    an eye roll or a facepalm (the emoji, "smh", "*eye roll*") or sarcastic wonder (the
    `sarcasm` list: "wonders never cease"); a marker that opens a sentence reads the one
    before it too ("He paid on time. Wonders never cease.")."""
    doc = ctx.doc
    text = ctx.draft.text
    index = DocIndex.of(doc)
    words = {hash_string(w) for w in _ROLL_WORDS} & index.present[1]
    has_roll = any(e in text for e in _AT_PERSON_ROLLS) or "eye roll" in text.lower() or "rolls eyes" in text.lower()
    sarcasm = info(ctx).matches.get("sarcasm", [])
    if not words and not has_roll and not sarcasm:
        return []
    anchors = {start for start, _ in sarcasm}
    for h in words:
        anchors.update(index.positions(1, h))
    if has_roll:
        for t in doc:
            low = t.lower_
            if t.text.startswith(_AT_PERSON_ROLLS) or (low == "roll" and t.i > 0 and doc[t.i - 1].lower_ == "eye") or (
                    low == "eyes" and t.i > 0 and doc[t.i - 1].lower_ in ("rolls", "rolling")):
                anchors.add(t.i)
    out = []
    seen = set()
    for a in sorted(anchors):
        sent = doc[a].sent
        if sent.start in seen:
            continue
        target = _person_in(ctx, sent)
        first = sent.start
        # A marker that opens a sentence is about the one before it ("... now. 🙄",
        # "She replied. Wonders never cease.") -- not about the greeting line.
        first_word = next((t for t in range(sent.start, sent.end) if not doc[t].is_space), sent.start)
        if target is None and first_word == a and sent.start > 0:
            prev = doc[sent.start - 1].sent
            target = _person_in(ctx, prev)
            if target is not None and GREETING.match(ctx.draft.text, _line_start(ctx.draft.text, doc[target].idx)):
                target = None
            first = prev.start
        if target is None or not counts_against_draft(ctx, doc[target].idx):
            continue
        seen.add(sent.start)
        end = max(sent.end, a + 1)
        while end > first and doc[end - 1].is_space:
            end -= 1
        while first < end and doc[first].is_space:
            first += 1
        out.append((first, end, target))
    return out


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _person_in(ctx: Context, sent) -> int | None:
    """The first word of the sentence that names a person other than the writer."""
    doc = ctx.doc
    for t in range(sent.start, sent.end):
        tok = doc[t]
        if tok.is_alpha and tok.lower_ not in SELF_POSSESSIVES and (tok.lower_ in PERSON_POSSESSIVES or is_person(ctx, t)):
            return t
        # "the Blakes want another viewing": a family by its surname.
        if (t > sent.start and doc[t - 1].lower_ == "the" and tok.is_title and tok.is_alpha and len(tok) > 3
                and tok.lower_.endswith("s") and not tok.lower_.endswith("ss") and t + 1 < sent.end
                and doc[t + 1].lemma_.lower() in _FAMILY_VERBS):
            return t
    return None


# What a family named as "the <Name>s" does in a sentence about them.
_FAMILY_VERBS = {"want", "be", "have", "say", "ask", "need", "expect", "insist", "demand", "call", "ring", "email", "think", "complain"}


# Words that may open a sentence before the praise: "Oh, congratulations on ...".
_PRAISE_LEAD = {"oh", "wow", "well", "so", "and", "huge", "massive", "big", "many", "a", "lol", "haha", "ooh", "ah", "yay", "woo"}


def sarcastic_praise(ctx: Context) -> list[tuple[int, int]]:
    """(first token, end token) of praise for a trivial act: a sentence that opens with
    praise (`praise_openers`) and goes on with

    * a verb of finding or mastering (`trivial_verbs`) and a trivial feat
      (`trivial_feats`): "Congratulations on discovering the on/off switch!", "Gold star
      for spotting that it was unplugged";
    * such a verb with a part of a message, a document or a screen as its object
      (`trivial_parts`, at most three words after the verb and no preposition between):
      "Congratulations on finding clause 9", "well done on locating the reply button";
    * the reader's own reply or reading (`trivial_acts`): "Congratulations on answering
      the phone at last", "well done for finally getting back to us".

    Praise for a real feat ("well done for finding the root cause", "well done for
    spotting the error in the invoice", "congratulations on finally completing your
    degree") has none of these; thanks ("thanks for spotting the plug was loose") is
    not praise."""
    matches = info(ctx).matches
    openers = matches.get("praise_openers")
    if not openers:
        return []
    feats = [(s, e, "feat") for s, e in matches.get("trivial_feats") or []]
    feats += [(s, e, "part") for s, e in matches.get("trivial_parts") or []]
    feats += [(s, e, "act") for s, e in matches.get("trivial_acts") or []]
    if not feats:
        return []
    doc = ctx.doc
    lex = lexicon(ctx)
    out = []
    done = set()

    def trivial_verb(t: int) -> bool:
        return doc[t].lemma_.lower() in lex.trivial_verbs or doc[t].lower_ in lex.trivial_verbs

    for fs, fe, kind in sorted(feats):
        sent = doc[fs].sent
        if sent.start in done:
            continue
        words = _words(ctx, sent)
        # The praise opens the sentence: only lead words ("oh", "wow", "well") before it.
        lead = []
        for t in words:
            lead.append(t)
            if doc[t].lower_ not in _PRAISE_LEAD:
                break
        opener = next(((s, e) for s, e in openers if s in lead and e <= fs), None)
        if opener is None:
            continue
        between = range(opener[1], fs)
        if any(doc[t].text in (";", ".", "!", "?") for t in between):
            continue
        if kind == "feat":
            if not any(trivial_verb(t) for t in between):
                continue
        elif kind == "part":
            # Quotation marks around a label do not count ("finding the 'Reply' button").
            verb = next((t for t in range(fs - 1, max(opener[1], fs - 6) - 1, -1) if trivial_verb(t)), None)
            if verb is None or sum(not doc[t].is_quote for t in range(verb + 1, fs)) > 3 or any(
                    doc[t].lower_ in _PART_BREAKS or (doc[t].is_punct and not doc[t].is_quote) for t in range(verb + 1, fs)):
                continue
        elif fs - opener[1] > 6:
            continue  # "well done to him for finally answering": the act follows the praise
        if not counts_against_draft(ctx, doc[opener[0]].idx):
            continue
        done.add(sent.start)
        out.append((opener[0], fe))
    return out


# Words that put a part of a message in a place rather than make it the find: "spotting
# the error in the invoice".
_PART_BREAKS = {"in", "on", "of", "with", "from", "at", "by", "about", "under", "inside", "within", "behind", "for"}


_SCARE = re.compile(r"(?<![\w'’])([\"“‘'])([A-Za-z][A-Za-z -]{0,24}?)([\"”’'])(?![\w])")
_REPORTED = {"said", "say", "says", "called", "call", "calls", "wrote", "write", "writes", "marked", "mark", "asked", "described", "labelled", "labeled", "put", "named"}


def scare_quoted(ctx: Context) -> list[tuple[int, int, int]]:
    """(first token, end token, target token) of scare quotes around what a person did
    or is ('your accountant has been "helping" again', 'their "expert" rang back'): a
    word of the `scare_quoted` list in quotation marks, with a person before it in the
    sentence.  Not before an interface word ('your "expert" mode'), in capitals (a
    label: 'the "Help" menu'), nor after a verb of reporting ('you called it "urgent"')."""
    text = ctx.draft.masked
    if not any(q in text for q in "\"“‘'"):
        return []
    lex = lexicon(ctx)
    if not lex.scare_quoted:
        return []
    doc = ctx.doc
    out = []
    for m in _SCARE.finditer(text):
        word = m.group(2)
        # A title-case word in quotes is a label ('the "Help" menu'); "IT department" is not.
        if word.lower() not in lex.scare_quoted or (word[:1].isupper() and word[1:] == word[1:].lower()):
            continue
        opening, closing = m.group(1), m.group(3)
        if (opening == "'" and closing != "'") or (opening in "“‘" and closing not in "”’"):
            continue
        span = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        after = span.end
        while after < sent.end and doc[after].is_punct:
            after += 1
        if after < sent.end and doc[after].lower_ in lex.interface_nouns:
            continue
        before = range(sent.start, span.start)
        # 'you called it "urgent"': the reader's own word; not "I have to say, your
        # team's "testing" ..." (the writer's frame, no one else reporting).
        if any(doc[t].lower_ in _REPORTED and not _writer_frame(doc, sent, t) for t in before):
            continue
        target = next((t for t in before if doc[t].is_alpha and doc[t].lower_ not in SELF_POSSESSIVES
                       and (doc[t].lower_ in PERSON_POSSESSIVES or is_person(ctx, t))), None)
        if target is None or not counts_against_draft(ctx, doc[target].idx):
            continue
        end = min(sent.end, span.end + 1)
        out.append((target, end, target))
    return out


def _writer_frame(doc, sent, t: int) -> bool:
    """A reporting verb the writer opens the sentence with: "I have to say, ...",
    "I must say ...", "Honestly, I'd say ..."."""
    words = [doc[j].lower_ for j in range(sent.start, t) if doc[j].is_alpha or doc[j].lower_ in ("'d", "’d")]
    return bool(words) and words[0] in ("i", "honestly", "frankly", "well") and all(
        w in ("i", "have", "to", "must", "'d", "’d", "would", "honestly", "frankly", "well", "just", "do", "can", "ca")
        for w in words)


# A title before a word of three or more hyphenated parts is a nickname: "Mr
# Five-Emails-A-Day", "Mrs Never-Happy-Ever"; surnames take at most one hyphen
# ("Mrs Smith-Jones", "Mr Fix-It" is a service).
_NICKNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Captain|Professor|Lord|Lady|Sir|Dame|Madam)\.?[ \t]+[A-Z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+){2,}\b")


def hyphenated_nicknames(ctx: Context) -> list[tuple[int, int]]:
    """(first token, end token) of a title before a word of three or more hyphenated parts."""
    text = ctx.draft.masked
    if "-" not in text:
        return []
    doc = ctx.doc
    out = []
    for m in _NICKNAME.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and counts_against_draft(ctx, m.start()):
            out.append((span.start, span.end))
    return out


def mock_surprise(ctx: Context) -> list[tuple[int, int]]:
    """(first token, end token) of mock surprise at a trivial cause: a marker of the
    `revelation_markers` list ("plot twist", "who knew", "shockingly") with a trivial
    cause (`trivial_causes` or `trivial_feats`) in the same sentence or the one before
    or after it: "Plot twist: the printer needed paper."  Not when the writer's side
    is in the cause's sentence ("turns out our engineer left it unplugged")."""
    matches = info(ctx).matches
    markers = matches.get("revelation_markers")
    causes = (matches.get("trivial_causes") or []) + (matches.get("trivial_feats") or [])
    if not markers or not causes:
        return []
    doc = ctx.doc
    out = []
    done = set()
    for ms, me in markers:
        sent = doc[ms].sent
        if sent.start in done:
            continue
        near = {sent.start}
        if sent.start > 0:
            near.add(doc[sent.start - 1].sent.start)
        if sent.end < len(doc):
            near.add(doc[sent.end].sent.start)
        for cs, ce in causes:
            csent = doc[cs].sent
            if csent.start not in near:
                continue
            if any(doc[t].lower_ in SELF_POSSESSIVES for t in range(csent.start, csent.end)):
                continue
            if not counts_against_draft(ctx, doc[ms].idx):
                continue
            done.add(sent.start)
            out.append((min(ms, cs), max(me, ce)))
            break
    return out


_OATH_ENDS = {",", "!", ".", "!!", "…", "-", "–", "—"}


def oath_openings(ctx: Context) -> list[tuple[int, int]]:
    """(first token, end token) of an oath said as an exclamation that opens a sentence
    or a chat line ("Hell, even we couldn't find it", "Christ, what a week", "Bugger!"),
    the `oaths` list: the word alone, then a comma or an exclamation mark.  Not inside a
    sentence ("a village called Hell, in Norway") nor as a name ("Jesus Christ Superstar")."""
    lex = lexicon(ctx)
    if not lex.oaths:
        return []
    doc = ctx.doc
    index = DocIndex.of(doc)
    hashes = {hash_string(w) for w in lex.oaths} & index.present[1]
    if not hashes:
        return []
    text = ctx.draft.text
    out = []
    for h in hashes:
        for i in index.positions(1, h):
            if i + 1 >= len(doc) or doc[i + 1].text not in _OATH_ENDS:
                continue
            if not _opens_clause(ctx, i):
                continue
            # "Hell." as the answer to "Where are you from?" is too thin: a full stop needs
            # the oath in a line of its own or before more text on the same line.
            if doc[i + 1].text == "." and doc[i].lower_ in ("hell", "christ", "jesus"):
                continue
            if not counts_against_draft(ctx, doc[i].idx) or _line_is_quoted_title(text, doc[i].idx):
                continue
            out.append((i, i + 1))
    return sorted(out)


def _opens_clause(ctx: Context, i: int) -> bool:
    """Token ``i`` opens its sentence, its line, or what a chat speaker says ("Liam: hell,")."""
    doc = ctx.doc
    if doc[i].is_sent_start:
        return True
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or "\n" in doc[i - 1].text or doc[j].text in (":", ">", "\n"):
        return True
    # "Oh hell, ...", "Ah, Christ!": an interjection before it.
    return doc[j].lower_ in ("oh", "ah", "aw", "aww") and (j == 0 or doc[j].is_sent_start)


def _line_is_quoted_title(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return text[line_start:offset].count('"') % 2 == 1
