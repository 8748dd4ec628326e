"""Put-downs read from the shape of a sentence (seventh wave): a person likened to a
child, an animal or an object, a rhetorical question about someone's competence, a
dismissal, a verdict in brackets after a name, and doubts about the reader's ability.
The words are everyday words; who the sentence is about and its shape make the remark.

* **Likened** (RMK001): dealing with a person likened to an ordeal ("getting a decision
  out of her is like pulling teeth", "agreeing a date with your husband is like trying
  to negotiate with fog"), a person given the faculty of an animal or a child ("your
  site manager has the attention span of a gnat"), or said to be unable to work a
  trivial object ("their IT lad couldn't plug in a kettle").  Not the same comparison
  about a thing or a process ("getting planning permission is like pulling teeth",
  "our old system had the memory of a goldfish", "this gearbox couldn't handle the load").

* **Competence questioned** (RMK001): "how is this man running a pharmacy when he
  can't attach a file", "how does she run a nursery if she can't pay a bill online".

* **Dismissed** (RMK001): "... for all I care" in a sentence about a person.

* **A verdict in brackets** (RMK001): "Brian (theirs - hopeless, ignore his emails)":
  a negative word of the `about_people` list inside brackets right after a person.

* **The reader's ability doubted** (RMK003): a simpler explanation offered *again*
  ("as I've explained twice, I'll put it in simpler words for you"), the reader told to
  read before complaining ("maybe try reading the manual before blaming our product").
"""
from __future__ import annotations

from . import Context
from ._remark_common import counts_against_draft, is_person, lexicon
from ._remark_jibes import _mentions

# -- likened -------------------------------------------------------------------------
# The words the likened reader reads (who is dealt with, an ordeal, a faculty, a child,
# a creature, a trivial object) are data: the `likened_*` lists of lexicons/remark.toml.
_CANNOT = frozenset({"could", "can", "ca", "couldn't", "can't", "cannot"})


def likened(ctx: Context) -> list[tuple[int, int, int]]:
    """(start, end, person) of a person likened to an ordeal, a creature or a fool."""
    doc = ctx.doc
    out: list[tuple[int, int, int]] = []
    lex = lexicon(ctx)
    if not _mentions(ctx, lex.likened_triggers):
        return out
    for sent in doc.sents:
        toks = range(sent.start, sent.end)
        # Who is likened, read only in a sentence with "like": asking every token whether
        # it names a person was the reader's main cost on real mail.
        people: list[int] | None = None
        for t in toks:
            low = doc[t].lower_
            if low == "like" and t + 1 < sent.end:
                if people is None:
                    people = _likened_people(ctx, toks)
                if people:
                    k = t + 1
                    while k < sent.end and k < t + 4 and doc[k].lower_ in ("trying", "to", "a", "an", "the", "being"):
                        k += 1
                    if k < sent.end and doc[k].lower_ in lex.likened_dealing and any(
                            doc[j].lower_ in lex.likened_ordeals and (j + 1 >= sent.end or doc[j + 1].lower_ not in ("'s", "’s"))
                            for j in range(k + 1, min(sent.end, k + 6))):
                        out.append((t, min(sent.end, k + 2), people[0]))
                        break
            if low in lex.likened_faculties and t > sent.start and doc[t - 1].lower_ in ("the", "of"):
                j = t + 1
                while j < sent.end and j < t + 3 and doc[j].lower_ in lex.likened_faculty_heads:
                    j += 1
                # "the brains of a rocking horse": the creature heads the noun phrase.
                if j + 2 < sent.end and doc[j].lower_ == "of" and doc[j + 1].lower_ in ("a", "an", "the") and any(
                        doc[m].lower_.rstrip("s") in lex.likened_creatures for m in range(j + 2, min(sent.end, j + 5))):
                    # A name-like word as the owner only with a faculty no machine has
                    # ("Brian has the attention span of a gnat", not "Server has the memory").
                    owner = _subject(ctx, sent, t, named=low not in lex.likened_machine_faculties)
                    if owner is not None:
                        out.append((t - 1, j + 3, owner))
                        break
            if low in _CANNOT and t + 1 < sent.end:
                k = t + 1
                while k < sent.end and k < t + 3 and doc[k].lower_ in ("n't", "not", "even", "'t", "’t"):
                    k += 1
                if k == t + 1 and low not in ("couldn't", "can't", "cannot"):
                    continue
                # "couldn't plug in a kettle", "can't configure a toaster"
                for j in range(k + 1, min(sent.end, k + 5)):
                    if doc[j].lower_ in ("a", "an") and j + 1 < sent.end and doc[j + 1].lower_ in lex.likened_trivial_objects:
                        owner = _subject(ctx, sent, t, named=False)
                        if owner is not None:
                            out.append((t, j + 2, owner))
                        break
    return [(s, e, p) for s, e, p in out if counts_against_draft(ctx, doc[s].idx)]


def _likened_people(ctx: Context, toks: range) -> list[int]:
    """The people of a sentence who may be the one likened."""
    doc = ctx.doc
    people = [t for t in toks if _person(ctx, t)]
    if not people and any(doc[t].lower_ in lexicon(ctx).likened_children for t in toks):
        # "you ask me this every week, it's like dealing with a toddler": the reader
        # likened to a child.
        people = [t for t in toks if doc[t].lower_ in ("you", "u")]
    return people


def _person(ctx: Context, t: int) -> bool:
    doc = ctx.doc
    if doc[t].lower_ in ("you", "u", "ya"):
        # "replying to you is like babysitting a toddler": the reader as the one dealt
        # with, before "like"; not "it's like a dream for you" (addressed, not likened).
        return t > 0 and doc[t - 1].lower_ in ("to", "with") and any(
            doc[j].lower_ == "like" for j in range(t + 1, min(len(doc), t + 4)))
    return is_person(ctx, t)


def _subject(ctx: Context, sent, t: int, named: bool) -> int | None:
    """The person the faculty or inability belongs to: the word before the verb, looking
    back over auxiliaries ("your site manager has ...", "Brian has ..."); None for a thing
    ("our old system had ...") or the writer."""
    doc = ctx.doc
    k = t - 1
    while k >= sent.start and not doc[k].is_alpha:
        k -= 1
    while k >= sent.start and doc[k].lower_ in ("has", "have", "had", "got", "'s", "’s", "'ve", "’ve", "the", "of",
                                                "really", "literally", "honestly", "clearly", "just", "probably", "couldn't",
                                                "could", "can", "ca", "n't", "not", "even", "'d", "’d", "would", "wo"):
        k -= 1
    if k < sent.start or doc[k].lower_ in ("you", "u"):
        return None
    tok = doc[k]
    if is_person(ctx, k) or (named and tok.is_alpha and tok.text[:1].isupper() and not tok.is_stop and tok.lower_ not in lexicon(ctx).name_stopwords
                             and (k == sent.start or doc[k - 1].is_space or doc[k - 1].text in (":", ">", "-", "–", "—"))):
        return k  # "Brian has the attention span of a gnat": a name opening the sentence
    return None


# -- competence questioned -----------------------------------------------------------
_HOW_AUX = frozenset({"does", "do", "did", "is", "was", "can", "could", "has", "have", "are"})
_INABILITY = frozenset({"can't", "cannot", "couldn't", "doesn't", "didn't", "ca", "does", "did", "can", "could"})
_HOW = frozenset({"how"})
_CARE = frozenset({"care"})


def competence_questioned(ctx: Context) -> list[tuple[int, int, int]]:
    """(start, end, person) of "how does <person> run X if|when <pronoun> can't Y"."""
    doc = ctx.doc
    out: list[tuple[int, int, int]] = []
    if not _mentions(ctx, _HOW):
        return out
    for sent in doc.sents:
        for t in range(sent.start, sent.end - 3):
            if doc[t].lower_ != "how" or doc[t + 1].lower_ not in _HOW_AUX:
                continue
            k = t + 2
            while k < sent.end and k < t + 5 and doc[k].lower_ in ("this", "that", "the", "a", "an", "such", "someone",
                                                                   "anyone", "their", "your"):
                k += 1
            if k >= sent.end or not is_person(ctx, k):
                continue
            person = k
            for j in range(k + 1, min(sent.end, k + 12)):
                if doc[j].lower_ in ("if", "when", "while") and j + 2 < sent.end and doc[j + 1].lower_ in (
                        "he", "she", "they", "you") and doc[j + 2].lower_ in _INABILITY and any(
                        doc[m].lower_ in ("n't", "not", "can't", "cannot", "couldn't", "doesn't", "didn't", "’t")
                        for m in range(j + 2, min(sent.end, j + 5))):
                    out.append((t, min(sent.end, j + 4), person))
                    break
            if out and out[-1][2] == person:
                break
    return [(s, e, p) for s, e, p in out if counts_against_draft(ctx, doc[s].idx)]


# -- dismissed -------------------------------------------------------------------------
def dismissed(ctx: Context) -> list[tuple[int, int, int]]:
    """(start, end, person) of "... for all I care" in a sentence about a person."""
    doc = ctx.doc
    out: list[tuple[int, int, int]] = []
    if not _mentions(ctx, _CARE):
        return out
    for sent in doc.sents:
        for t in range(sent.start, sent.end - 3):
            if [doc[t + i].lower_ for i in range(4)] == ["for", "all", "i", "care"]:
                people = [j for j in range(sent.start, t) if is_person(ctx, j)]
                if people and counts_against_draft(ctx, doc[t].idx):
                    out.append((t, t + 4, people[0]))
    return out


# -- a verdict in brackets -------------------------------------------------------------
def bracketed_verdicts(ctx: Context, matches: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, person) of an `about_people` match inside brackets that open right
    after a person or a name: "Brian (yours - useless, chase him)"."""
    doc = ctx.doc
    out = []
    for start, end in matches:
        sent = doc[start].sent
        k = start - 1
        while k >= sent.start and k >= start - 4 and doc[k].text != "(" and doc[k].text != ")":
            k -= 1
        if k < sent.start or doc[k].text != "(" or k == sent.start:
            continue
        if not any(doc[j].text == ")" for j in range(end, min(sent.end, end + 8))):
            continue
        owner = k - 1
        if is_person(ctx, owner) or (doc[owner].text[:1].isupper() and doc[owner].is_alpha and not doc[owner].is_sent_start):
            out.append((start, end, owner))
    return out


# -- the reader's ability doubted (RMK003) ---------------------------------------------
_AGAIN = frozenset({"twice", "again", "more", "already", "third", "fourth", "fifth", "repeatedly"})
_SIMPLER = frozenset({"simpler", "plainer", "simplest", "slowly", "slower", "smaller", "shorter"})
_SELF_BLAME = frozenset({"my", "our", "sorry", "apologies", "confusing", "unclear", "jargon", "fault"})
_READ = frozenset({"read", "reading", "check", "checking", "look", "looking", "open", "opening"})
_COMPLAINING = frozenset({
    "blaming", "complaining", "moaning", "whingeing", "whinging", "firing", "shouting", "ranting", "accusing",
    "threatening", "raging", "kicking", "slating",
})
# What ability_doubted needs in a draft before it walks its sentences.
_DOUBT_WORDS = _SIMPLER | frozenset({"before"})


def ability_doubted(ctx: Context) -> list[tuple[int, int]]:
    """(start, end) of a simpler explanation offered again to the reader, or the reader
    told to read before complaining."""
    doc = ctx.doc
    out: list[tuple[int, int]] = []
    if not _mentions(ctx, _DOUBT_WORDS):
        return out
    for sent in doc.sents:
        lows = [doc[t].lower_ for t in range(sent.start, sent.end)]
        words = set(lows)
        easier_for_you = any(lows[i:i + 3] == ["easier", "for", "you"] for i in range(len(lows)))
        if words & _SIMPLER and (words & _AGAIN or easier_for_you) and words & {"you", "your"} and not words & _SELF_BLAME:
            t = next(t for t in range(sent.start, sent.end) if doc[t].lower_ in _SIMPLER)
            if counts_against_draft(ctx, doc[t].idx):
                out.append((t, t + 1))
                continue
        if "before" in words and words & _READ and words & _COMPLAINING:
            b = next(t for t in range(sent.start, sent.end) if doc[t].lower_ == "before")
            if b + 1 < sent.end and doc[b + 1].lower_ in _COMPLAINING and any(
                    doc[t].lower_ in _READ for t in range(sent.start, b)) and _advice(doc, sent, b) and \
                    counts_against_draft(ctx, doc[b].idx):
                out.append((b, b + 2))
    return out


def _advice(doc, sent, b: int) -> bool:
    """Said to the reader as advice: "maybe try", "perhaps", "might be worth", "try"."""
    for t in range(sent.start, b):
        low = doc[t].lower_
        if low in ("maybe", "perhaps", "worth", "try", "suggest", "recommend", "next"):
            return True
    return False
