"""Who a negative word is said of: a person, the writer themselves, or a thing."""
from __future__ import annotations

from .. import Context
from .lexicon import Lexicon, lexicon
from .names import _joined_domains, names
from .words import (
    _COMMON,
    _OWNED_BY_US,
    AUXILIARIES,
    BRIDGE,
    CLIENT_NOUNS,
    CONDITIONALS,
    CONTINUATIONS,
    COPULAS,
    GROUP_NOUNS,
    HONORIFICS,
    NEGATIONS,
    OUR_SIDE,
    PARTITIVE_GROUPS,
    PARTITIVES,
    PERSON_POSSESSIVES,
    PERSON_PRONOUNS,
    SELF_POSSESSIVES,
)


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
    if low in GROUP_NOUNS and (prev in ("this", "that", "these", "those", "usual") or prev in PERSON_POSSESSIVES):
        return True  # "this lot are clueless", "the usual lot"
    if low in GROUP_NOUNS and i >= 2 and doc[i - 2].lower_ == "usual" and doc[i - 1].is_alpha:
        return True  # "the usual entitled crowd"
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
        # A subject pronoun right after the word starts a clause of its own: "the crack you
        # mention", "it doesn't mean you have to pay" (a verb); an adjective describes the
        # noun after it, never a pronoun.  The walk back below still reads "he's so mean you
        # wouldn't believe it".
        if nxt.lower_ in _SUBJECT_PRONOUNS and doc[end - 1].lower_ not in ("as", "than"):
            pass
        elif nxt.is_alpha and nxt.lower_ not in CONTINUATIONS:
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


_FUTURE = frozenset({"going", "gonna", "about", "bound", "to"})
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they", "it", "u", "ya", "ye"})


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
    while i >= sent.start and steps < 5 and (doc[i].lower_ in AUXILIARIES or doc[i].lemma_ in AUXILIARIES
                                             or doc[i].lower_ in _FUTURE):
        i -= 1
        steps += 1  # "she's going to kick off again", "he's about to throw a wobbly"
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
        # "Bit of a numpty move from me" (not "tell Gary he's an idiot from me": a
        # person is what the word is said of there).
        if low in ("from", "by") and j + 1 < sent.end and doc[j + 1].lower_ in ("me", "us") and not any(
                is_person(ctx, k) for k in range(sent.start, start)):
            return True
        j += 1
    return _exclaimed_of_self(doc, sent, start, max(start + 1, end or 0))


# "What a numpty I was", "what an idiot I've been", "What a doughnut, me": an exclamation
# whose subject, after the word, is the writer.  Not "what an idiot I was dealing with":
# a verb in -ing after the copula makes the writer the one who dealt with someone.
_SELF_COPULAS = frozenset({"am", "was", "'m", "’m", "'ve", "’ve", "have", "had", "been", "were", "are", "'re", "’re", "be", "feel", "felt"})


def _exclaimed_of_self(doc, sent, start: int, end: int) -> bool:
    opener = [j for j in range(max(sent.start, start - 5), end) if doc[j].lower_ in ("what", "how", "such")]
    if not opener:
        return False
    j = end
    while j < sent.end and j < end + 2 and doc[j].is_alpha and doc[j].lower_ not in ("i", "we", "me", "us"):
        j += 1  # "what a numpty move I made" / "what a plonker thing"
    if j < sent.end and doc[j].text == ",":
        j += 1
        return j < sent.end and doc[j].lower_ in ("me", "us") and (j + 1 >= sent.end or not doc[j + 1].is_alpha)
    if j >= sent.end or doc[j].lower_ not in ("i", "we"):
        return False
    k = j + 1
    while k < sent.end and k < j + 4 and doc[k].lower_ in _SELF_COPULAS:
        k += 1
    if k == j + 1:
        return False
    return not (k < sent.end and doc[k].lower_.endswith("ing") and doc[k].lower_ != "being")


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
