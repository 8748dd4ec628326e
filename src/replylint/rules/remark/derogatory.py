"""RMK001: insults and derogatory words said of a person."""
from __future__ import annotations

from ...draft.model import QUOTED
from ...findings import Severity
from .. import Context, Hit, Rule, register
from .._remark_common import (
    CONDITIONALS,
    LEXICON,
    HONORIFICS,
    PERSON_POSSESSIVES,
    PERSON_PRONOUNS,
    SELF_POSSESSIVES,
    info,
    is_fragment,
    is_person,
    lexicon,
    overlaps,
    predicate_target,
    said_of_self,
    sent_from_us,
    subject_target,
    trailing_verdict_target,
)
from .._remark_jibes import disbelieved, mock_names_for_people
from .._remark_verdicts import insults_alone, intensified_verdicts
from .._remark_likened import bracketed_verdicts, competence_questioned, dismissed, likened
from .._remark_reader import exasperated_again, eye_rolled_at, hyphenated_nicknames, scare_quoted, stereotypes
from .filters import PARTS, _counts, _ok


# An insult phrase that opens on the writer's verb ("I can't stand him", "I'd strangle
# him", "can we fire this client"): the writer speaks, about someone else.
_WRITER_AS_SUBJECT = frozenset({"can", "could", "ca", "rather", "would", "'d", "’d", "want", "wanna", "fire", "sack",
                                "dealing", "working", "talking", "arguing", "reasoning", "had"})


_CLOWN_COMPOUNDS = frozenset({"show", "shows", "act", "acts", "costume", "costumes", "car", "cars", "fish", "shoes", "nose",
                              "noses", "makeup", "school", "emoji", "college", "world", "wig", "wigs"})


def _sentence_of(ctx: Context, i: int):
    return ctx.doc[i].sent


def _belittle_spans(ctx: Context) -> list[tuple[int, int]]:
    return [(ctx.doc[s].idx, ctx.doc[e - 1].idx + len(ctx.doc[e - 1])) for s, e in info(ctx).matches.get("belittle", [])]


@register
class DerogatoryRemark(Rule):
    """## What it does
    Flags insults and derogatory descriptions of people: words that only ever name a
    person badly ("idiot", "cheapskate", "whingers", "PITA", "PEBKAC", "gone full
    Karen", "out of their depth"), and negative words said *of a person* ("she is
    unbearable", "this guy is hard work", "his English is hilarious", "they haven't got
    a clue", "he can't read an invoice", "a nightmare client").

    It also flags sneers and asides that are about a person whatever the sentence does
    ("another whiny email from", "typical of them", "bless his cotton socks", "reads
    like it was written by a toddler", "Lady Muck", "Mr Fussy", "throws his toys out of
    the pram", "bless him, he tried", "in their infinite wisdom"), and "Typical" before
    a known name ("Typical Joan").  Mock affection and dread count the same way ("poor
    lamb thinks ...", "cute that he thinks ...", "going to be the death of me", "I could
    strangle him", "so done with this client"), as do nicknames for someone in the
    client's office ("the clown in their procurement team", "the Grinch in finance",
    "their resident genius", "Her Majesty in 4B wants ...") and sarcasm aimed at a
    person ("oh great, another idea from ...", "another day, another complaint from",
    "trust him to lose the keys", "clearly he's a genius"; a plea such as "pray for
    me" or "kill me now" only in a sentence about a person).  The writer on themselves
    is not a remark ("Idiot me", "I feel like a right numpty", "What a numpty I was"),
    nor a remark someone denies ("no one here thinks you're difficult"), nor a word in its
    other sense read from the syntax: "lame" with a limb or gait or in a draft about an
    animal (the `bodily_words` and `animals` lists: "she was lame on her left fore"),
    "mean" before a clause ("it doesn't mean you have to pay").

    Put-downs read from a sentence's shape count too (`_remark_likened`): dealing with
    a person likened to an ordeal ("getting a decision out of her is like pulling
    teeth"), a person given a creature's faculty ("the attention span of a gnat") or
    unable to work a trivial object ("he couldn't boil a kettle"), a rhetorical question
    about competence ("how is he running a shop if he can't attach a file"), "for all I
    care" about a person, and a verdict in brackets after a name ("Brian (theirs -
    hopeless)"); the same comparison said of a thing ("our old system had the memory of
    a goldfish") is not a remark.

    A person called "an absolute/utter/total/right X" counts whatever the noun, so
    slang from any English is read without a list of it ("she's an absolute
    headwreck", "he's a right melter"; `_remark_verdicts`, the `verdict_intensifiers`
    list), but not praise or plain description (the `verdict_exempt` list: "an absolute
    star", "a complete beginner") nor a verdict on a thing ("parking is an absolute
    nightmare").  A word for a fool that also names a performer or a beginner (the
    `alone_insults` list: "clown", "amateurs", "cowboys") counts said as a sentence of
    its own after a remark ("He wants it free by Monday. Clown."), not in "Clowns
    booked for Saturday".  A colleague's note in another language about "this client"
    ("Este cliente es un idiota", "Ten klient to debil") is not the recipient's words,
    attributed or not.

    Two families are read from the shape of the sentence (the words are the
    `roles`, `role_traits` and `exasperation` lists): an exasperated aside that is
    only a person and "again" ("ugh, these people again", "omg not the Hendersons
    again", "This customer again"), or a person with a strong interjection or an
    eye roll instead of "again" ("ugh, this client", "this customer 🙄"); a
    sentence about a person that carries an eye roll or a facepalm (🙄, 😒, 🤦, "smh",
    "*eye roll*": "he wants the logo bigger again 🙄"); and
    stereotyping by role or nationality, where the role ends the aside or is what a
    kind of people "are like" ("Typical lawyer, billing for ...", "Typical banker
    behaviour!", "you know what the French are like", "he's a salesman, what did you
    expect?", "Engineers, eh?"); and scare quotes around what a person did or is
    ('your accountant has been "helping" again', the `scare_quoted` list; not before an
    interface word such as 'your "expert" mode', nor the reader's words reported: 'you
    called it "urgent"').  "Thanks again", "Me again", "typical lead times"
    and "the typical lawyer's fee" are not remarks.

    Negative words need a target.  A person is he/she/they/him/her/them/you, a word
    such as "guy", "client", "customer", "people", "staff", a group noun after
    this/that ("this lot"), a name from the client roster (`clients`), the recipient's
    name (To header or greeting) or company (the address's domain, also when it joins words:
    "Harrowfield" of harrowfieldjoinery.co.uk), the author of a quoted block, or a person's attribute
    ("his spelling", "her grasp of English").  The subject may stand before "at/in/from"
    ("that lot at the council are hopeless").  Words that can only describe a person
    (the `person_only` list: "clueless", "entitled") count when said of any name-like
    word ("Derek is clueless").  "Our client" is the client; "our team" is our side.  "This bug is a nightmare" and "the old portal was
    useless" are criticism of things and are not reported; nor is "our team" or "my",
    the writer on themselves ("I'm an idiot, wrong file"), a negated remark ("you're
    not stupid"), a compound modifier ("a loser-pays rule"), a word weighed against
    praise ("demanding but fair"), the reader's own report repeated ("your email said
    the courier was rude") or their words quoted back in quotation marks ("Quoting your
    email: "..."").

    Quoted history and the signature block (where a "PS" below the sign-off lands) are
    scanned too (the finding says "in quoted text"), except text the recipient wrote: a quoted block whose author is the recipient, or the person the
    draft greets.  A block with no attribution is the writer's when it is introduced
    ("the note from our analyst:"), looks like a chat log ("[10:42] Dev:", also under a bare "Forwarded message" line and with a
    lower-case handle: "[10:15] tom.k:") or speaks of
    the recipient by name ("Maeve's hopeless"), and the recipient's otherwise (the
    message being answered); within such a block, a line someone else speaks
    ("[Teams] Kofi: ...", "Kofi: ...") or a note signed at its end by someone other
    than the recipient ("... - Dana") is not the recipient's either.  In a colleague's quoted note a
    verbless aside ("Total pain.") is taken to be about the person the note discusses.
    Matches inside a quoted title or a title-case name ("American Idiot") and phrases in
    the `allow` list are skipped.

    ## Why it matters
    "Never speak ill of your clients." A remark left in an internal aside, or in a
    forwarded thread below a polite reply, ends relationships and can be quoted back
    in a complaint or a dispute.

    ## Example
    ```
    Fine, give the cheapskate his 5% and let's move on.
    ```

    ## Use instead
    Delete the remark, and trim internal notes before forwarding. If there is a real
    problem with how a client behaves, describe the behaviour neutrally, in an internal
    channel: "Alan has asked for a discount three times; agreed to 5%."
    """

    code = "RMK001"
    name = "derogatory-remark"
    category = "remark"
    severity = Severity.ERROR
    message = "derogatory remark about a person"
    suggestion = "delete it; describe facts or behaviour neutrally, and never where the client can read it"
    parts = PARTS

    def check(self, ctx: Context):
        data = info(ctx)
        doc = ctx.doc
        belittle = _belittle_spans(ctx)
        seen: list[tuple[int, int]] = []

        def emit(start: int, end: int, message: str):
            span = doc[start:end]
            if overlaps(seen, span.start_char, span.end_char) or overlaps(belittle, span.start_char, span.end_char):
                return None
            seen.append((span.start_char, span.end_char))
            return Hit(span.start_char, span.end_char, message=message)

        for start, end in data.matches.get("insults", []):
            # A compound modifier is not an insult: "idiot-proof" (RMK003 judges it),
            # "a loser-pays rule", "clown-themed".
            if end + 1 < len(doc) and doc[end].text == "-" and doc[end].whitespace_ == "" and doc[end + 1].is_alpha:
                continue
            # "a clown show", "clown costumes", "the clown fish": a compound noun, a remark
            # only in a sentence about people ("Absolute clown show at their end").
            if end < len(doc) and doc[end - 1].lower_ in ("clown", "clowns") and doc[end].lower_ in _CLOWN_COMPOUNDS and not any(
                    doc[j].lower_ in PERSON_POSSESSIVES or is_person(ctx, j) for j in range(doc[start].sent.start, doc[start].sent.end)):
                continue
            # "Here we go again with Mrs Okafor" ends on a title-case honorific.
            # "I can't stand him", "I'd rather stick pins in my eyes than call her":
            # the writer speaks, about someone else.
            if not _ok(ctx, start, end, titles=doc[start].lower_ != "here") or (
                    doc[start].lower_ not in _WRITER_AS_SUBJECT and said_of_self(ctx, _sentence_of(ctx, start), start, end)):
                continue
            # "feeling like a total numpty, forgot to CC you": the writer, subject dropped.
            if any(doc[j].lower_ in ("feeling", "feel", "felt") for j in range(max(_sentence_of(ctx, start).start, start - 4), start)):
                continue
            # "God bless her" is a blessing; "bless him, he tried" is a pat on the head.
            if doc[start].lower_ == "bless" and start > 0 and doc[start - 1].lower_ in ("god", "may", "lord"):
                continue
            hit = emit(start, end, "insulting word for a person")
            if hit:
                yield hit
        for start, end in data.matches.get("about_people", []):
            if not _ok(ctx, start, end, authorship=False):
                continue
            if _bodily_sense(ctx, start, end):
                continue
            sent = _sentence_of(ctx, start)
            target = predicate_target(ctx, sent, start, end)
            if target is None:
                target = trailing_verdict_target(ctx, sent, start, end)
            if not _counts(ctx, start, target):
                continue
            if target is None:
                seg = ctx.draft.segment_at(doc[start].idx)
                if not (seg.kind == QUOTED and is_fragment(ctx, sent, start, end)):
                    continue
                message = "derogatory remark about a person"
            else:
                # "if he was rude, tell us", "when you are difficult to reach": a condition.
                if any(doc[j].lower_ in CONDITIONALS for j in range(max(sent.start, target - 3), target)):
                    continue
                if (_reports_the_reader(ctx, sent, target) or _but_praised(doc, end, sent.end)
                        or sent_from_us(doc, sent, start) or _nobody_thinks(doc, sent, target)):
                    continue
                message = f"derogatory remark about a person ({doc[target].text!r})"
            hit = emit(start, end, message)
            if hit:
                yield hit
        for start, end in data.matches.get("mocking", []):
            if not _ok(ctx, start, end, authorship=False):
                continue
            target = predicate_target(ctx, _sentence_of(ctx, start), start, end, attribute_only=True)
            if target is None or not _counts(ctx, start, target):
                continue
            hit = emit(start, end, f"mocks a person ({doc[target].text!r})")
            if hit:
                yield hit
        for start, end in data.matches.get("typical", []):
            # "Typical Joan" is title case by nature: the name is checked as a target.
            if not _ok(ctx, start, end, titles=False, authorship=False):
                continue
            target = _typical_target(ctx, start, end)
            if target is None or not _counts(ctx, start, target):
                continue
            message = "derogatory remark about a person" if target < 0 else f"derogatory remark about a person ({doc[target].text!r})"
            hit = emit(start, end, message)
            if hit:
                yield hit
        # Read from the shape of the sentence (_remark_reader): "ugh, these people
        # again", "Typical lawyer, ...", "you know what the French are like".
        for start, end, target in exasperated_again(ctx):
            if not _ok(ctx, start, end, titles=False, authorship=False):
                continue
            hit = emit(start, end, f"exasperated aside about a person ({doc[target].text!r})")
            if hit:
                yield hit
        for start, end, target in eye_rolled_at(ctx):
            if not _ok(ctx, start, end, titles=False, authorship=False):
                continue
            hit = emit(start, end, f"mocks a person ({doc[target].text!r})")
            if hit:
                yield hit
        for start, end, target in scare_quoted(ctx):
            if not _ok(ctx, start, end, titles=False, authorship=False):
                continue
            hit = emit(start, end, f"mocks a person with scare quotes ({doc[target].text!r})")
            if hit:
                yield hit
        for start, end in hyphenated_nicknames(ctx):
            if not _ok(ctx, start, end, titles=False, authorship=False):
                continue
            hit = emit(start, end, "mocking nickname for a person")
            if hit:
                yield hit
        for start, end in stereotypes(ctx):
            if not _ok(ctx, start, end, titles=False, authorship=False):
                continue
            hit = emit(start, end, "stereotypes a person by role or nationality")
            if hit:
                yield hit
        # "Lord Farquaad has changed the font again" (_remark_jibes)
        for start, end in mock_names_for_people(ctx, data.matches.get("mock_names", [])):
            if not _ok(ctx, start, end, titles=False, authorship=False):
                continue
            hit = emit(start, end, "mocking nickname for a person")
            if hit:
                yield hit
        # "He wants 8K textures on a handheld. Clown." (_remark_verdicts)
        for start, end in insults_alone(ctx):
            if not _ok(ctx, start, end, titles=False, authorship=False):
                continue
            hit = emit(start, end, "a word for a fool, said of a person")
            if hit:
                yield hit
        # "She says it arrived crushed. Sure it did." (_remark_jibes)
        for start, end in disbelieved(ctx):
            if not _ok(ctx, start, end, titles=False, authorship=False):
                continue
            hit = emit(start, end, "mocks what a person says (a disbelieving tag)")
            if hit:
                yield hit
        # "like talking to a brick wall", "how is he running a shop if he can't attach a
        # file", "for all I care", "Brian (theirs - hopeless)" (_remark_likened)
        for found, message in ((likened(ctx), "likens a person to a fool, a child or an ordeal"),
                               (competence_questioned(ctx), "mocks a person's competence"),
                               (dismissed(ctx), "dismisses a person"),
                               (intensified_verdicts(ctx), "calls a person an absolute something"),
                               (bracketed_verdicts(ctx, data.matches.get("about_people", [])), "derogatory remark about a person")):
            for start, end, target in found:
                if not _ok(ctx, start, end, titles=False, authorship=False) or not _counts(ctx, start, target):
                    continue
                hit = emit(start, end, f"{message} ({doc[target].text!r})")
                if hit:
                    yield hit
        for start, end in data.matches.get("person_verbs", []):
            if not _ok(ctx, start, end, authorship=False):
                continue
            target = subject_target(ctx, _sentence_of(ctx, start), start)
            if target is None or not _counts(ctx, start, target):
                continue
            hit = emit(start, end, f"derogatory remark about a person ({doc[target].text!r})")
            if hit:
                yield hit


# After a word of bodily state, a limb or gait ("lame on her left fore", "lame behind",
# "lame at trot"); before it, a change of state ("went lame", "goes lame").
_LIMB_AFTER = frozenset({"on", "in", "behind", "at", "since", "after", "when", "from"})
_BECOMING = frozenset({"go", "goes", "went", "gone", "going", "come", "came", "pull", "pulled", "pulls"})


def _bodily_sense(ctx: Context, start: int, end: int) -> bool:
    """ "She was slightly lame on her left fore", "the ewe went lame": a vet's finding.
    The word names a bodily state when a limb or gait follows it, a verb of becoming
    precedes it, or the draft is about an animal."""
    doc = ctx.doc
    lex = lexicon(ctx)
    if end - start != 1 or doc[start].lower_ not in lex.bodily_words:
        return False
    j = end
    while j < len(doc) and j < end + 2 and doc[j].lower_ in ("again", "still", "now", "slightly"):
        j += 1
    if j < len(doc) and doc[j].lower_ in _LIMB_AFTER:
        return True
    k = start - 1
    while k >= 0 and doc[k].lower_ in ("slightly", "a", "bit", "little", "mildly", "very", "quite", "badly", "hopping"):
        k -= 1
    if k >= 0 and doc[k].lower_ in _BECOMING:
        return True
    return ctx.memo((LEXICON, "animals"), lambda: any(t.lower_ in lex.animals for t in doc))


_PRAISE = {"fair", "nice", "lovely", "reasonable", "friendly", "pleasant", "polite", "kind", "great", "good",
           "decent", "honest", "loyal", "fun", "brilliant", "sweet", "helpful", "generous", "worth"}


def _but_praised(doc, end: int, limit: int) -> bool:
    """ "demanding but fair", "fussy but lovely": the word is weighed, not thrown."""
    j = end
    # "a demanding client but fair": the person noun the word describes comes first.
    if j < limit and doc[j].is_alpha and doc[j].lower_ not in ("but", "and") and doc[j].lower_.rstrip("s") in (
            "client", "customer", "person", "man", "woman", "guy", "boss", "buyer", "tenant", "lot", "bunch", "people"):
        j += 1
    if j < limit and doc[j].lower_ == ",":
        j += 1
    if j + 1 < limit and doc[j].lower_ == "but":
        k = j + 1
        while k < limit and doc[k].lower_ in ("very", "really", "always", "so", "totally", "ultimately", "also"):
            k += 1
        return k < limit and doc[k].lower_ in _PRAISE
    return False


_REPORTING = {"say", "said", "says", "mention", "mentioned", "report", "reported", "tell", "told", "feel", "felt",
              "complain", "complained", "write", "wrote", "describe", "described", "note", "noted", "explain", "explained"}


def _nobody_thinks(doc, sent, target: int) -> bool:
    """ "No one here thinks you're difficult", "nobody said she was rude": denied."""
    for j in range(sent.start, target):
        low = doc[j].lower_
        if low in ("nobody", "noone") or (low == "no" and j + 1 < target and doc[j + 1].lower_ in ("one", "-")):
            return True
    return False


def _reports_the_reader(ctx: Context, sent, target: int) -> bool:
    """ "Your note said the engineer was rude", "you told us the installer was useless":
    the writer repeats what the reader reported, it is not the writer's remark."""
    doc = ctx.doc
    if doc[target].lower_ in PERSON_PRONOUNS and doc[target].lower_ in ("you", "u", "ya", "ye"):
        return False
    seen_reader = False
    for j in range(sent.start, target):
        low = doc[j].lower_
        if low in ("you", "your", "you've", "you'd"):
            seen_reader = True
        elif seen_reader and (low in _REPORTING or doc[j].lemma_.lower() in _REPORTING):
            return True
    return False


def _typical_target(ctx: Context, start: int, end: int) -> int | None:
    """ "Typical Joan", "typical of him", "typical of the client"; -1 for a bare "Typical."
    in a colleague's quoted note; None for "a typical client" or "typical delays"."""
    doc = ctx.doc
    sent = doc[start].sent
    if start > sent.start and doc[start - 1].lower_ in ("a", "an", "the", "our", "your", "their", "its"):
        return None  # "a typical Harrowfield order": typical of a kind, not a jibe
    j = end
    if j < sent.end and doc[j].lower_ == "of":
        j += 1
        while j < sent.end and j < end + 4 and doc[j].lower_ in ("the", "this", "that", "these", "those", "our", "your", "their"):
            j += 1
        if j < sent.end and is_person(ctx, j) and not _self_before(ctx, j):
            return j
        return None
    if j < sent.end:
        tok = doc[j]
        if tok.lower_.rstrip(".") in HONORIFICS and j + 1 < sent.end:
            j += 1
            while j < sent.end and doc[j].text == ".":
                j += 1
            tok = doc[j] if j < sent.end else tok
            return j if j < sent.end and tok.text[:1].isupper() else None
        if tok.is_alpha and tok.text[:1].isupper() and is_person(ctx, j) and tok.lower_ not in PERSON_PRONOUNS:
            return j
    seg = ctx.draft.segment_at(doc[start].idx)
    if seg.kind == QUOTED and is_fragment(ctx, sent, start, end):
        return -1
    return None


def _self_before(ctx: Context, j: int) -> bool:
    return j > 0 and ctx.doc[j - 1].lower_ in SELF_POSSESSIVES
