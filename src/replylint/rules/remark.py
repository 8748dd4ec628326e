"""Remarks: insults and derogatory words about people, profanity, belittling the reader.

These rules read the new text, the quoted history and the signature block (a "PS" or
a note to a colleague below the sign-off is split off with the signature): an internal
aside about the client in a forwarded block is the most damaging remark of all.  Text
the recipient wrote themselves (their own quoted message) is never held against the
draft; an unattributed quoted block that speaks of the recipient by name ("Maeve's
clueless") was not written by the recipient and counts.
"""
from __future__ import annotations

import re

from ..draft.model import BODY, DIFF, QUOTED, SIGNATURE
from ..findings import Severity
from . import Context, Hit, Rule, register, register_option
from ._model import model_hits, register_threshold
from ._remark_jibes import chased_in_vain, disbelieved, mock_names_for_people, patronising_endearments
from ._remark_reader import (
    exasperated_again,
    eye_rolled_at,
    hyphenated_nicknames,
    mock_surprise,
    oath_openings,
    sarcastic_praise,
    scare_quoted,
    stereotypes,
)
from ._remark_common import (
    CONDITIONALS,
    HONORIFICS,
    PERSON_POSSESSIVES,
    PERSON_PRONOUNS,
    SELF_POSSESSIVES,
    counts_against_draft,
    greeted,
    info,
    is_fragment,
    is_person,
    is_title_or_quoted_name,
    lexicon,
    overlaps,
    predicate_target,
    said_of_self,
    sent_from_us,
    subject_target,
    trailing_verdict_target,
)


# An insult phrase that opens on the writer's verb ("I can't stand him", "I'd strangle
# him", "can we fire this client"): the writer speaks, about someone else.
_WRITER_AS_SUBJECT = frozenset({"can", "could", "ca", "rather", "would", "'d", "’d", "want", "wanna", "fire", "sack",
                                "dealing", "working", "talking", "arguing", "reasoning", "had"})


_CLOWN_COMPOUNDS = frozenset({"show", "shows", "act", "acts", "costume", "costumes", "car", "cars", "fish", "shoes", "nose",
                              "noses", "makeup", "school", "emoji", "college", "world", "wig", "wigs"})


def _sentence_of(ctx: Context, i: int):
    return ctx.doc[i].sent


def _ok(ctx: Context, start: int, end: int, titles: bool = True, authorship: bool = True) -> bool:
    """Common filters: whose text it is, allow-list, names of songs and products."""
    doc = ctx.doc
    span = doc[start:end]
    if authorship and not counts_against_draft(ctx, span.start_char):
        return False
    if overlaps(info(ctx).allowed, span.start_char, span.end_char):
        return False
    if _readers_words_quoted(ctx.draft.text, span.start_char, span.end_char):
        return False
    return not titles or not is_title_or_quoted_name(ctx, start, end)


_OPEN_QUOTES = '"“'
_CLOSE_QUOTES = '"”'
_READER_REPORT = re.compile(
    r"\b(?:you|your)\b[^\n\"“]{0,40}\b(?:said|say|says|wrote|write|email|e-mail|message|letter|words|review|tweet|post|"
    r"comment|complaint|called|call|note)\b|\bquoting (?:you|your)\b", re.I)


def _readers_words_quoted(text: str, start: int, end: int) -> bool:
    """The reader's own words quoted back ("Quoting your email: "your team are useless" -
    you were right"): inside quotation marks on one line, after a frame that says the
    words are the reader's."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    line_end = text.find("\n", end)
    after = text[end: len(text) if line_end < 0 else line_end]
    if before.count('"') % 2 == 1:
        opened = before.rfind('"')
    elif before.count("“") > before.count("”"):
        opened = before.rfind("“")
    else:
        # Single quotation marks ("you wrote that it was 'a bloody joke'"): an opening
        # mark after a space, a closing one before a space or punctuation (not "it's").
        single = list(_SINGLE_OPEN.finditer(before))
        if not single or not _SINGLE_CLOSE.search(after):
            return False
        return bool(_READER_REPORT.search(before[:single[-1].start()]))
    if not any(q in after for q in _CLOSE_QUOTES):
        return False
    return bool(_READER_REPORT.search(before[:opened]))


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(]))['‘](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=\w)[.,!?]?['’](?=[\s.,;:!?)]|$)")


def _counts(ctx: Context, start: int, target: int | None) -> bool:
    """Whose text it is, knowing the target: an unattributed quoted block that talks
    about the recipient by name ("Maeve's clueless") was not written by the recipient."""
    doc = ctx.doc
    if counts_against_draft(ctx, doc[start].idx):
        return True
    seg = ctx.draft.segment_at(doc[start].idx)
    if target is None or target < 0 or seg.kind != QUOTED or seg.author or seg.by_recipient is not None:
        return False
    tok = doc[target]
    return tok.text[:1].isupper() and tok.lower_ in greeted(ctx)


def _belittle_spans(ctx: Context) -> list[tuple[int, int]]:
    return [(ctx.doc[s].idx, ctx.doc[e - 1].idx + len(ctx.doc[e - 1])) for s, e in info(ctx).matches.get("belittle", [])]


# The new text, quoted history and the signature block: a "PS" or a note to a colleague
# written below the sign-off is split off with the signature.
PARTS = frozenset({BODY, QUOTED, SIGNATURE, DIFF})  # a remark in a patch's diff reaches the reader too


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
    is not a remark ("Idiot me", "I feel like a right numpty"), nor a remark someone
    denies ("no one here thinks you're difficult").

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
    ("the note from our analyst:"), looks like a chat log ("[10:42] Dev:") or speaks of
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
        # "She says it arrived crushed. Sure it did." (_remark_jibes)
        for start, end in disbelieved(ctx):
            if not _ok(ctx, start, end, titles=False, authorship=False):
                continue
            hit = emit(start, end, "mocks what a person says (a disbelieving tag)")
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


@register
class Profanity(Rule):
    """## What it does
    Flags swearing and abusive words, whoever or whatever they are aimed at ("the
    bloody courier", "the sodding printer", "this shitty portal", "working their asses
    off", "a load of cobblers"), masked forms
    ("f***", "f***-up", "sh!t", "a**hole", the `masked` regexes; not stars that mask no
    word: "**A**" in Markdown, a grade "Band A**", a redacted "Mr S***", the "F-up" key),
    swearing in another language ("putain", "joder"), words containing an `embedded`
    stem ("clusterfuck") and abbreviations ("wtf", "fml", "ffs"; "a bit wtf" counts,
    "wth" between two words is a typo of "with").  An oath of the `oaths` list that
    opens a sentence or a chat line as an exclamation counts too ("Hell, even we
    couldn't find it", "Christ, what a week", "Bugger!"), not the same word inside a
    sentence ("a village called Hell, in Norway").  A word in capitals joined to a
    number ("SHIT-7") is a code.

    Words that are also names or acronyms ("Dick", "FFS") count only in lower case. Matches inside a quoted
    title or title-case name ("Bloody Mary", a song title in quotes) and phrases in
    the `allow` list are skipped; text the recipient wrote is not held against the
    draft. Quoted and forwarded text that goes out with the draft is scanned.

    ## Why it matters
    Even mild swearing reads as unprofessional to many clients, and it travels: a
    pasted chat log or a forwarded internal thread keeps its language.

    ## Example
    ```
    Sorry for the delay - the bloody courier has lost your parcel again.
    ```

    ## Use instead
    Say what happened plainly: "Sorry for the delay - the courier has lost your parcel
    again."
    """

    code = "RMK002"
    name = "profanity"
    category = "remark"
    severity = Severity.ERROR
    message = "profanity"
    suggestion = "remove it and say what happened plainly"
    parts = PARTS

    def check(self, ctx: Context):
        data = info(ctx)
        doc = ctx.doc
        lex = lexicon(ctx)
        seen: list[tuple[int, int]] = []
        for start, end in data.matches.get("profanity", []):
            tok = doc[start]
            # "Ass." is an abbreviation (Assistant, Association), not a word; "Damn." is.
            if end - start == 1 and tok.is_title and end < len(doc) and doc[end].text == "." and tok.lower_ in ("ass", "arse"):
                continue
            if not _ok(ctx, start, end):
                continue
            if end - start == 1 and _plain_sense(doc, start, lex):
                continue
            # "a hell-for-leather pace", "bloody-minded": a compound modifier, not an oath.
            if doc[end - 1].lower_ in ("hell", "bloody") and end + 1 < len(doc) and doc[end].text == "-" \
                    and not doc[end - 1].whitespace_ and doc[end + 1].is_alpha:
                continue
            span = doc[start:end]
            seen.append((span.start_char, span.end_char))
            yield Hit(span.start_char, span.end_char)
        # An oath as an exclamation that opens a sentence: "Hell, ...", "Christ, ...".
        for start, end in oath_openings(ctx):
            span = doc[start:end]
            if overlaps(seen, span.start_char, span.end_char) or overlaps(data.allowed, span.start_char, span.end_char):
                continue
            seen.append((span.start_char, span.end_char))
            yield Hit(span.start_char, span.end_char, message="profanity (an oath)")
        text = ctx.draft.masked
        low = text.lower()
        if lex.embedded:
            for sub in lex.embedded:
                at = low.find(sub)
                while at >= 0:
                    s = at
                    while s > 0 and low[s - 1].isalpha():
                        s -= 1
                    e = at + len(sub)
                    while e < len(low) and low[e].isalpha():
                        e += 1
                    at = low.find(sub, e)
                    if _name_shaped(text, s, e):
                        continue  # "Mr Shittu", "Marion Shitole": a name, not a swear word
                    if _code_shaped(text, s, e):
                        continue  # "SHIT-7", "FUCK2": an identifier in capitals with a number
                    if overlaps(seen, s, e) or overlaps(data.allowed, s, e) or not counts_against_draft(ctx, s):
                        continue
                    seen.append((s, e))
                    yield Hit(s, e)
        for rx in lex.masked:
            for m in rx.finditer(text, low):
                if m.end() <= m.start() or overlaps(seen, m.start(), m.end()):
                    continue
                if not counts_against_draft(ctx, m.start()) or overlaps(data.allowed, m.start(), m.end()):
                    continue
                if _masked_other(text, m.start(), m.end()):
                    continue
                seen.append((m.start(), m.end()))
                yield Hit(m.start(), m.end(), message="masked profanity")


# Before a capital and stars that are a grade, a rating or a redacted name ("Band A**",
# "Mr S***"), not a masked word.
_GRADE_OR_NAME_BEFORE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|prof|band|grade|grades|level|an|got|achieved|rated|class)\.?[ \t]+$", re.I)


def _masked_other(text: str, s: int, e: int) -> bool:
    """Stars that mask no swear word: Markdown bold ("**A**"), a grade or a redacted
    name in capitals ("Band A** results", "Mr S***"), a key name ("F-up arrow")."""
    if text[max(0, s - 2):s] == "**" or text[max(0, s - 1):s] == "*":
        return True  # "**A** quality": bold markup around a letter
    word = text[s:e]
    if _code_shaped(text, s, e):
        return True  # "SH1T-22": an identifier in capitals with a number
    if word[:1].isupper() and word[1:2] == "-":
        return True  # "F-up arrow", "F-key": a key name, in capitals
    letters = [c for c in word if c.isalpha()]
    if len(letters) == 1 and letters[0].isupper():
        line_start = text.rfind("\n", 0, s) + 1
        return bool(_GRADE_OR_NAME_BEFORE.search(text[line_start:s]))
    return False


_NAME_BEFORE = re.compile(r"(?:\b(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|dear)\.?|[A-Za-z,&]|[A-Z][a-z]+\.?)[ \t]+$", re.I)


def _name_shaped(text: str, s: int, e: int) -> bool:
    """A title-case word inside a line ("Dear Mr Shittu", "Marion Shitole", "at Penistone")
    is a name: a swear word written in title case opens a sentence or a line."""
    word = text[s:e]
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    line_start = text.rfind("\n", 0, s) + 1
    before = text[line_start:s]
    if not before.strip(" \t>"):
        return False  # the line's first word: "Clusterfuck." opens a sentence
    if re.search(r"[.!?:;\"“(]['’\"”]?[ \t]*$", before):
        return False  # opens a sentence
    return bool(_NAME_BEFORE.search(before))


# Words that follow "with" and never "what the hell": a lower-case "wth" before one of
# them is the preposition mistyped, wherever it stands.
_TYPO_WITH_NEXT = frozenset({"the", "a", "an", "your", "our", "my", "his", "her", "their", "its", "this",
                             "that", "these", "those", "all", "each", "respect", "regard", "regards"})


def _code_shaped(text: str, s: int, e: int) -> bool:
    """A word in capitals joined to a number ("SHIT-7", "REF_SHIT2") is a code."""
    if not text[s:e].isupper():
        return False
    after = text[e:e + 2]
    before = text[max(0, s - 2):s]
    return bool(re.match(r"[-_]?\d", after) or re.search(r"\d[-_]?$", before))


def _plain_sense(doc, i: int, lex) -> bool:
    """A chat abbreviation between two words is a typo ("speaking wth someone"); "bloody"
    after be/get at the end of a clause, or before a wound or cloth, is literal."""
    word = doc[i].lower_
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if word in lex.interjections and word in lex.typo_shaped:
        if (doc[i].text in ("wth", "Wth") and nxt is not None and doc[i].whitespace_
                and nxt.lower_ in _TYPO_WITH_NEXT):
            return True  # "wth the new rates, ..." opening a sentence: "with" mistyped
        return bool(prev is not None and prev.is_alpha and prev.whitespace_
                    and nxt is not None and nxt.is_alpha and doc[i].whitespace_)
    if word in lex.literal_words:
        if nxt is not None and nxt.lower_ in lex.literal_nouns:
            return True
        if prev is not None and prev.lemma_.lower() in ("be", "get", "look") and (
                nxt is None or nxt.is_punct or nxt.lower_ in ("and", "or", "after", "from", "with", "at", "on", "in", "all", "again")):
            return True
    return False


@register
class BelittlingReader(Rule):
    """## What it does
    Flags sentences that belittle the reader's competence or mock them with sarcastic
    praise: "even you can manage that", "a child could do it", "written so a
    ten-year-old can follow it", "let me explain it slowly", "actually read each step
    this time", "reading the small print isn't everyone's strong suit", "subtlety
    clearly isn't your thing", "well done, Einstein", "I'd have thought it was obvious",
    "did you even open it?", "what part of ... was unclear", "for the umpteenth time",
    "do try to keep up", "thanks for nothing", a patronising "..., sweetie.",
    simplifying "this time" ("I'll keep it very simple this time"), counting how
    often it was said ("as I've explained in my last three emails", "I'm not sure how
    else I can explain it"), and sarcasm about the reader's attention, pace or grasp
    ("maybe try opening it this time", "some of us actually read the terms", "kind of
    you to reply, eventually", "if that's not too technical", "for the people at the
    back", "you don't understand your own lease", a guide "which I assume was skipped",
    "cheers for finally replying"), a jab dressed as a generality ("not everyone can
    follow a two-line instruction"; "not everyone can attend" is a fact), "even your
    interns could set it up" ("even your remote staff can log in" is a feature), and
    sarcastic praise for a trivial act, read from the sentence's shape (praise, a verb of
    finding or mastering, a trivial feat from the `trivial_feats` list:
    "Congratulations on discovering the on/off switch!"; "well done for finding the root
    cause" is praise), and mock surprise at a trivial cause (a `revelation_markers` word
    near a `trivial_causes` one: "Plot twist: the printer needed paper."; not "Plot
    twist: the venue has a rooftop bar", nor a cause on the writer's side).  Sarcasm at
    the reader's chasing, read from the sentence's shape: their contacting as the
    subject of "won't make ... faster" ("Ringing us every hour won't make the ship sail
    any faster"; not "Emailing us the form will make it go faster" nor "Ringing us won't
    be necessary"), and the shrug "it'll arrive when it arrives".  A patronising
    endearment said to the reader in a sentence that pats them on the head ("Leave the
    complicated stuff to us, love", "don't worry your pretty little head"; not "Thanks,
    love, see you Friday", nor "coffee, sugar, cocoa").  "As I mentioned in my previous email" is not.  "If golf
    isn't your thing" (a condition) is an offer, not a jab, and a term of endearment in
    the salutation ("Hi, sweethearts,") is a greeting.

    "Idiot-proof", "foolproof" and the like are reported only when aimed at a person
    ("idiot-proof for you", or in a sentence that already belittles the reader); said of
    a product ("our new router is idiot-proof") they are not remarks.

    ## Why it matters
    A client who asked for help and gets condescension remembers the tone long after
    the answer. Sarcasm rarely reads as a joke in writing.

    ## Example
    ```
    Open the app, click Connect, type the code. A child could do it.
    ```

    ## Use instead
    Give the steps without commenting on the reader, and offer more help: "Open the
    app, click Connect, then type the code from your phone. If it still fails, reply
    with a screenshot and I'll call you."
    """

    code = "RMK003"
    name = "belittling-reader"
    category = "remark"
    severity = Severity.ERROR
    message = "belittles the reader"
    suggestion = "give clear steps or facts without commenting on the reader's ability"
    parts = PARTS

    def check(self, ctx: Context):
        data = info(ctx)
        doc = ctx.doc
        hit_sents: set[int] = set()
        for start, end in data.matches.get("belittle", []):
            if not _ok(ctx, start, end):
                continue
            sent = doc[start].sent
            if doc[end - 1].text == "," and doc[start].lower_ == "for" and any(
                    doc[j].is_alpha and doc[j].lower_ not in ("so", "ok", "okay", "right", "again", "once")
                    for j in range(sent.start, start)):
                continue  # "For the third time, ..." opens the reply; mid-sentence it counts an event
            # "If golf isn't your thing, there's a spa": an offer, not a jab.
            if doc[end - 1].lower_ in ("thing", "forte", "suit", "point") and any(
                doc[j].lower_ in CONDITIONALS for j in range(sent.start, start)
            ):
                continue
            span = doc[start:end]
            # "happy to explain it again, slowly if that helps": an offer, not a jab.
            if any(doc[j].lower_ == "if" for j in range(end, min(sent.end, end + 2))) and any(
                    doc[j].lower_ in ("helps", "help", "prefer", "like", "want", "useful", "easier")
                    for j in range(end, min(sent.end, end + 6))):
                continue
            # "I'll actually read the report this time": the writer's own promise.
            if doc[start].lower_ == "actually" and any(
                    doc[j].lower_ in ("i", "we") for j in range(max(sent.start, start - 3), start)):
                continue
            # "he's a sweetheart, he brought biscuits": a noun said of someone, not said to the reader.
            if doc[start].lower_ in _ENDEARMENTS and start > 0 and doc[start - 1].lower_ in ("a", "an", "such", "real", "total"):
                continue
            # "Hi, sweethearts," opening a note to family or friends: a greeting, not a jab.
            if doc[start].lower_ in _ENDEARMENTS and _GREETING_LINE.search(
                    ctx.draft.text, max(0, span.start_char - 40), span.start_char):
                continue
            hit_sents.add(doc[start].sent.start)
            yield Hit(span.start_char, span.end_char)
        # Read from the shape of the sentence (_remark_reader): "Congratulations on
        # discovering the on/off switch!"
        for start, end in sarcastic_praise(ctx):
            if doc[start].sent.start in hit_sents or not _ok(ctx, start, end, authorship=False):
                continue
            hit_sents.add(doc[start].sent.start)
            span = doc[start:end]
            yield Hit(span.start_char, span.end_char, message="belittles the reader (sarcastic praise for a trivial act)")
        for start, end in mock_surprise(ctx):
            if doc[start].sent.start in hit_sents or not _ok(ctx, start, end, authorship=False):
                continue
            hit_sents.add(doc[start].sent.start)
            span = doc[start:end]
            yield Hit(span.start_char, span.end_char, message="belittles the reader (mock surprise at a trivial cause)")
        # "Ringing us every hour won't make the ship sail faster", "Leave the complicated
        # stuff to us, love" (_remark_jibes).
        for found, message in ((chased_in_vain(ctx), "belittles the reader (sarcasm at their chasing)"),
                               (patronising_endearments(ctx), "belittles the reader (a patronising endearment)")):
            for start, end in found:
                if doc[start].sent.start in hit_sents or not _ok(ctx, start, end, authorship=False):
                    continue
                hit_sents.add(doc[start].sent.start)
                span = doc[start:end]
                yield Hit(span.start_char, span.end_char, message=message)
        for start, end in data.matches.get("proof_words", []):
            if not _ok(ctx, start, end):
                continue
            sent = doc[start].sent
            aimed = sent.start in hit_sents
            # "idiot-proof for you", "child-proof, even for him"
            j = end
            while j < sent.end and j < end + 3 and not aimed:
                if doc[j].lower_ == "for" and j + 1 < sent.end and is_person(ctx, j + 1):
                    aimed = True
                j += 1
            if aimed:
                span = doc[start:end]
                yield Hit(span.start_char, span.end_char, message="belittles the reader ('idiot-proof' aimed at them)")


_ENDEARMENTS = frozenset({"sweetie", "sweeties", "sweetheart", "sweethearts", "hun", "darling", "darlings"})
# The salutation a term of endearment opens a mail with: "Hi, sweethearts," / "Dear darling,".
_GREETING_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:hi|hiya|hello|hey|dear|my dear|morning|evening|good (?:morning|afternoon|evening))"
    r"[ \t,!]*$", re.I)


register_threshold("remark-model-threshold", 0.94, "remark")
register_threshold("abuse-model-threshold", 0.92, "abuse")
# Where both models lean the same way, each needs less: a sentence the remark model reads
# at 0.92 or more is a finding when the abuse model also gives it at least 0.5.
register_threshold("remark-model-threshold-agreed", 0.92, "remark (with the abuse model agreeing)")
register_threshold("abuse-model-agreement", 0.5, "abuse (agreeing with the remark model)")


def _max_words(value):
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("remark-model-max-words must be a whole number of words, at least 1")
    return value


# A bag-of-words model sums one weight per word and word pair, so a long sentence of
# everyday words can add up past the threshold (a bio, a story, an announcement); the
# remarks it finds in drafts are short.  Past this many words only the abuse model, which
# reads abusive words and gives everyday words no weight, makes a finding.
register_option("remark-model-max-words", 20, _max_words,
                "longest sentence (in words) the remark model alone may flag; longer ones need the abuse model")


@register
class ModelRemark(Rule):
    """## What it does
    Flags a sentence that replylint's trained remark model reads as a derogatory,
    mocking or abusive remark about a person, or as profanity, where the phrase rules
    (RMK001-RMK003) found nothing in that sentence: "bless him, he tried", "the usual
    muppet from their procurement", "lol this client again", "I'd be pissed off too".

    Two bag-of-words text classifiers (spaCy `textcat_multilabel`) score each sentence
    from 0 to 1: the *remark* model, trained on remarks and asides written for
    replylint in email register and on public offensive-language data, and the
    *abuse* model, trained on all that data's hate and offensive tweets with the same
    tweets, their abusive words taken out, as negatives, so it reads insults, slurs and
    profanity word by word and everyday words weigh nothing.  A finding needs the
    remark score to reach `remark-model-threshold` (default 0.94) or the abuse score
    to reach `abuse-model-threshold` (default 0.92), or both models to agree: the
    remark score at `remark-model-threshold-agreed` (default 0.92) with the abuse score
    at `abuse-model-agreement` (default 0.5).  A sentence longer than
    `remark-model-max-words` (default 20) words is a finding only through the abuse
    model: a bag-of-words score adds up over a long sentence of everyday words.
    It carries the higher score.
    JSON and SARIF reports carry the score.
    Like the other remark rules it reads the quoted history and the signature block,
    but never text the recipient wrote (their own quoted message).  What it was
    trained on, its measured figures and its known failure modes are in
    `docs/models.md`.

    ## Why it matters
    Remarks come in more words than any list holds: sarcasm, nicknames, chat slang,
    profanity spelt with symbols.  A remark the client reads ends the relationship.

    ## Example
    ```
    > [10:42] Dev: lol this client again, bless him
    ```

    ## Use instead
    Delete the remark, and trim internal notes before forwarding. If the model is wrong
    about a sentence, raise `remark-model-threshold` / `abuse-model-threshold` or
    suppress the line
    (`replylint: disable=RMK004`).
    """

    code = "RMK004"
    model_label = "remark"
    name = "model-remark"
    category = "remark"
    severity = Severity.ERROR
    message = "reads as a derogatory remark or profanity"
    suggestion = "delete it, or say it neutrally; never leave internal remarks where the client can read them"
    parts = PARTS

    def check(self, ctx: Context):
        # Two models read every sentence: "remark" (remarks in email register) and
        # "abuse" (insults, slurs and profanity word by word); the sentence is reported
        # once, with the higher score, when either reaches its own threshold.
        best: dict[tuple[int, int], float] = {}
        for label, option in (("remark", "remark-model-threshold"), ("abuse", "abuse-model-threshold")):
            for start, end, score in model_hits(ctx, label, self.parts, option):
                best[start, end] = max(score, best.get((start, end), 0.0))
        # Two models trained differently (remarks in email register; abusive words with
        # everyday words weighing nothing) rarely both lean towards a remark by chance.
        # A model turned off (its threshold at 1) takes no part in an agreement either.
        both_on = ctx.option("remark-model-threshold") < 1.0 and ctx.option("abuse-model-threshold") < 1.0
        remark = {(s, e): v for s, e, v in model_hits(ctx, "remark", self.parts, "remark-model-threshold-agreed")} if both_on else {}
        if remark:
            for start, end, score in model_hits(ctx, "abuse", self.parts, "abuse-model-agreement"):
                if (start, end) in remark:
                    best[start, end] = max(score, remark[start, end], best.get((start, end), 0.0))
        max_words = ctx.option("remark-model-max-words")
        abuse = None
        for (start, end), score in sorted(best.items()):
            if not counts_against_draft(ctx, start):
                continue
            if len(ctx.draft.text[start:end].split()) > max_words:
                # Long: the abuse model alone decides (its own threshold).
                if abuse is None:
                    abuse = {(s, e): v for s, e, v in model_hits(ctx, "abuse", self.parts, "abuse-model-threshold")}
                if (start, end) not in abuse:
                    continue
                score = abuse[start, end]
            yield Hit(start, end, score=score)
