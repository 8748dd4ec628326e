"""RMK003: belittling the reader's competence, and sarcasm aimed at them."""
from __future__ import annotations

import re

from ...findings import Severity
from .. import Context, Hit, Rule, register
from .._remark_common import CONDITIONALS, info, is_person
from .._remark_jibes import chased_in_vain, patronising_endearments
from .._remark_likened import ability_doubted
from .._remark_reader import mock_surprise, sarcastic_praise
from .filters import PARTS, _ok


@register
class BelittlingReader(Rule):
    """## What it does
    Flags sentences that belittle the reader's competence or mock them with sarcastic
    praise: "it would be wasted on you", "ask someone younger in your office", a simpler
    explanation offered again ("as I've said twice, in simpler words for you"), "maybe
    try reading the manual before blaming us", "even you can manage that", "a child could do it", "written so a
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
    cause" is praise), or with a part of a message or a screen as the verb's object
    (`trivial_parts`: "Congratulations on finding clause 9", "the 'Reply' button"; not
    "spotting the error in the invoice") or the reader's own reply (`trivial_acts`:
    "Congratulations on answering the phone at last"; not "congratulations on finally
    completing your degree"), and mock surprise at a trivial cause (a `revelation_markers` word
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
            # "sorry it's given up on you nine months in": a machine that failed, not the
            # writer giving up on the reader.
            if doc[start].lower_ in ("given", "gave", "give", "giving"):
                k = start - 1
                while k >= sent.start and doc[k].lower_ in ("'s", "’s", "has", "had", "have", "finally", "just", "completely", "now"):
                    k -= 1
                if k >= sent.start and doc[k].lower_ in ("it", "this", "that", "which", "thing"):
                    continue
            # "Nothing here is over your head", "it's not above your pay grade": denied.
            if any(doc[j].lower_ in ("over", "above", "beyond", "wasted", "lost") for j in range(start, end)) and any(
                    doc[j].lower_ in ("nothing", "not", "n't", "never", "none") for j in range(max(sent.start, start - 8), end)):
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
        for found, message in ((ability_doubted(ctx), "belittles the reader (doubts their ability)"),
                               (chased_in_vain(ctx), "belittles the reader (sarcasm at their chasing)"),
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
