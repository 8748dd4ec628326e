"""Empathy rules: a reply to a complaint, or bad news, with no acknowledgement.

The hard part is deciding that a draft *needs* an acknowledgement; that logic lives in
the ``_empathy_context`` package and the phrases in ``lexicons/empathy.toml``.
"""
from __future__ import annotations

from ..findings import Severity
from . import NEW_TEXT, Context, Hit, Rule, register, register_option
from ._empathy_context import analyse, body_words, first_body_sentence


def _positive_int(value):
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("empathy-long-reply-words: expected a positive whole number of words")
    return value


register_option(
    "empathy-long-reply-words", 120, _positive_int,
    "EMP003: a reply with at least this many words in its new text is long enough for a "
    "late acknowledgement to matter.",
)


def _why(an) -> str:
    cue = an.main_cue()
    return cue.reason() if cue else "it answers a complaint or delivers bad news"


@register
class MissingAcknowledgement(Rule):
    """## What it does
    Flags a reply that needs an acknowledgement and has none.  A reply needs one when
    the client's message is a complaint or a frustrated request (read in their quoted
    message, in the `--in-reply-to` file, or in the subject: frustration, repeated
    failure such as "third time" or "still not working", long waits, threats to cancel
    or ask for a refund, distress), or when the draft itself gives the reader bad news
    about their own matter, said to them: "your order has been delayed", "we are unable
    to refund you", "unfortunately your application was declined" (a delay, an outage,
    an error on our side, a refusal, a cancellation, a price increase, data loss), or
    news of our own doing that opens a message addressed to them ("Dear Mr Castellano,
    / We will no longer be able to act for Castellano Deli"), or strong news opening it
    in a paragraph that speaks to them ("The application was unsuccessful as the class
    is full. You may appeal ..."), a date moved later over two sentences ("Your scan
    booked for 11 December has been moved. The new appointment is 26 February."), or a
    letter to a group or a role ("Dear Parents and Carers,", "Dear ticket holder,") that
    cancels what its readers booked or paid for and settles it ("will not go ahead ...
    the £18 will be refunded", "will not run, and anyone enrolled will receive a credit
    note"), or a decision that follows an opening answering the reader's own request
    ("Thank you for your application ... we are unable to offer Daniel a place", "Your
    claim has been reviewed. ... liability is not accepted").  News supposed rather than told ("any delay at the
    port would ..."), someone else's news told beside the reader's ("their tills were
    down"), "I'm afraid" softening a disagreement, and what an agreement leaves out said
    after a disagreement about it ("I read the contract differently: the extra pages are
    outside the agreed scope") are not bad news, nor are a third party's failings judged
    on the reader's side ("the council's portal is, frankly, a mess: documents go up weeks
    late") or a sale told as success ("What a night! Your gig sold out in an hour").  Other bad news (a
    forwarded story, a bulletin, a colleague's news) is not enough; when it opens a
    message addressed to the reader it is EMP004's.  Any apology, sympathy, understanding,
    validation or thanks for patience in the new text counts, in any wording and
    inflection; hedged apologies count too.  Acknowledgements only in the quoted part do
    not, nor do non-apologies such as "sorry if you feel that way".  The message says
    why the reply needs one, e.g. "the client wrote 'third time'".

    Trained models decide the context with the phrases (`empathy-context`, default
    `combined`, see docs/models.md): a complaint or bad news said in words no phrase
    names is found by the complaint and bad-news models, an acknowledgement in other
    words by the acknowledgement model, and a phrase in a sentence the models read as
    routine (a forwarded news story, a bulletin, a planned change) does not count.

    Routine emails (scheduling, reminders, confirmations, planned maintenance, sending a
    file, thank-yous) are never flagged: a moved date or plan ("new date", "rescheduled")
    counts only next to other bad news, a client's what-if question ("what happens if
    the parcel arrives damaged?") is not a complaint, a single weak word in the subject
    ("Re: Refund", or a fault told as such: "Re: Till keeps freezing") names a topic
    rather than a complaint, a colleague's note quoted about the client is not the
    client's complaint, a change made for the reader's good ("to save you the fee") is
    not bad news, and hedged news ("rates may increase") is not news.

    ## Why it matters
    A correct but cold answer to an upset client reads as indifference, and is the
    reply most likely to be escalated or shared.  One sincere sentence changes how the
    rest of the email is read.

    ## Example
    ```text
    > This is the third time my order has arrived damaged.

    Please return the item using the prepaid label. A replacement will be sent
    within 5 working days.
    ```

    ## Use instead
    ```text
    I'm so sorry your order arrived damaged again, especially after the last two
    times. Please return it with the prepaid label and I'll send a replacement today.
    ```
    """

    code = "EMP001"
    name = "missing-acknowledgement"
    category = "empathy"
    severity = Severity.WARNING
    message = "reply needs an acknowledgement and has none"
    suggestion = "acknowledge the situation before the facts: 'I'm sorry ...', 'I understand how frustrating ...'"
    parts = NEW_TEXT
    model_context = True  # the empathy models decide whether it applies (bench/eval.py --ablation)

    def check(self, ctx: Context):
        an = analyse(ctx)
        if an.acks:
            return
        if an.for_reader:
            cue = an.reader_cue()
            hit = _where(ctx, [c for c in an.bad_news() if c.to_reader])
            if hit is not None:
                kind = "a complaint" if cue.kind == "complaint" else "bad news"
                yield Hit(*hit, message=f"no acknowledgement in a reply to {kind}: {cue.reason()}", score=cue.score)
        elif an.complaint_read_as_routine:
            # Only the lexicon reads the client's message as a complaint; the complaint
            # model does not: shown, never blocking.
            hit = _where(ctx, [])
            if hit is not None:
                yield Hit(*hit, message=f"no acknowledgement in a reply to a complaint: {an.reader_cue(True).reason()} "
                                        "(the models read it as routine)", severity=Severity.INFO)


def _where(ctx, bad) -> tuple[int, int] | None:
    """Where a missing acknowledgement is shown: the bad news, else the first sentence."""
    if bad:
        return bad[0].start, bad[0].end
    sent = first_body_sentence(ctx)
    return None if sent is None else (sent.start_char, sent.end_char)


@register
class UnacknowledgedNews(Rule):
    """## What it does
    Flags a message addressed to the reader ("Hi Lena,", "Dear Mr Batra,") that opens
    with bad news and acknowledges nothing, where the news is said without "you" or
    "your": "The court has cancelled the hearing listed for 4 June", "Tuesday's outage
    was caused by a power failure" (a date moved later, "Release 2 will now ship on 14
    November instead of 24 October", is EMP001's in a message to one reader by name).  Bad news is read in the salutation's line and the two sentences
    after it, where a message gives its own news; a cue word in the salutation itself,
    in a plan or purpose ("the decision to suspend"), in a hedged, negated or routine
    sentence, or deeper in a long message does not count.  Any acknowledgement in the
    new text clears it, as for EMP001.

    EMP001 takes the draft instead when the client complained or the news is said to
    the reader; this code is kept apart because, without those, whether the news is
    the reader's own is less certain (its measured precision decides its default
    severity, see `replylint rule EMP004`).

    ## Why it matters
    News that lands on the reader's plans, said flatly, reads as if the writer did not
    notice what it costs them.

    ## Example
    ```text
    Hi Lena,

    The court has cancelled the hearing listed for 4 June. The judge is unwell.
    ```

    ## Use instead
    ```text
    Hi Lena,

    I'm sorry to tell you the court has cancelled the hearing listed for 4 June; I know
    you had arranged the day around it.
    ```
    """

    code = "EMP004"
    name = "unacknowledged-news"
    category = "empathy"
    severity = Severity.WARNING
    message = "a message that opens with bad news acknowledges nothing"
    suggestion = "acknowledge what the news means for the reader: 'I'm sorry ...', 'I know this affects ...'"
    parts = NEW_TEXT
    model_context = True  # the empathy models decide whether it applies (bench/eval.py --ablation)

    def check(self, ctx: Context):
        an = analyse(ctx)
        if an.acks or not an.opening_news:
            return
        opening = [c for c in an.bad_news(everything=True) if c.opening]
        cue = max(opening, key=lambda c: (c.weight, not c.change, -(c.start or 0)))
        yield Hit(cue.start, cue.end,
                  message=f"a message that opens with bad news acknowledges nothing: {cue.reason()}")


@register
class BoilerplateApology(Rule):
    """## What it does
    Flags a reply that needs an acknowledgement when its only apology is boilerplate,
    such as "we apologize for any inconvenience this may have caused", with nothing
    that names what went wrong.  (A draft with no acknowledgement at all gets EMP001
    instead.)

    ## Why it matters
    A stock apology reads as a form letter: "any inconvenience" suggests the writer
    does not know, or will not say, what happened to the client.

    ## Example
    ```text
    Your delivery has been postponed to 14 May. We apologise for any inconvenience
    this may cause.
    ```

    ## Use instead
    ```text
    I'm sorry your delivery has slipped to 14 May; I know you needed the desk for
    your new starter on Monday.
    ```
    """

    code = "EMP002"
    name = "boilerplate-apology"
    category = "empathy"
    severity = Severity.INFO
    message = "the only apology is boilerplate"
    suggestion = "name the actual problem: 'I'm sorry your delivery is a week late' rather than 'any inconvenience'"
    parts = NEW_TEXT
    model_context = True  # the empathy models decide whether it applies (bench/eval.py --ablation)

    def check(self, ctx: Context):
        an = analyse(ctx)
        if not an.maybe_needed or not an.acks or an.specific_acks():
            return
        start, end, _ = an.acks[0]
        yield Hit(start, end, message=f"the only apology is boilerplate ({_why(an)})")


@register
class LateAcknowledgement(Rule):
    """## What it does
    Flags a long reply that delivers bad news (a refusal, a delay, a charge) and
    acknowledges the client's situation only after it.  "Long" is
    `empathy-long-reply-words` words of new text (default 120).

    ## Why it matters
    Readers take the tone of an email from its first lines.  An apology in the last
    paragraph, after the refusal, comes too late to soften it, and may never be read.

    ## Example
    ```text
    Your claim has been declined because the policy excludes ... (three paragraphs)
    We're sorry for the loss you have suffered.
    ```

    ## Use instead
    ```text
    I'm sorry about the loss of your stock; I know how much this affects the shop.
    I'm afraid the claim has been declined because ...
    ```
    """

    code = "EMP003"
    name = "late-acknowledgement"
    category = "empathy"
    severity = Severity.INFO
    message = "the acknowledgement comes only after the bad news"
    suggestion = "move the acknowledgement before the bad news"
    parts = NEW_TEXT
    model_context = True  # the empathy models decide whether it applies (bench/eval.py --ablation)

    def check(self, ctx: Context):
        an = analyse(ctx)
        if not an.maybe_needed or not an.acks:
            return
        bad = [c for c in an.bad_news() if c.weight >= 2] or an.bad_news()
        if not bad:
            return
        first_ack = an.acks[0]
        if first_ack[0] <= bad[0].start:
            return
        # The same sentence ("Unfortunately, and I'm sorry, ...") is not late.
        doc = ctx.doc
        bad_sent = doc.char_span(bad[0].start, bad[0].end, alignment_mode="expand")
        if bad_sent is not None and first_ack[0] < bad_sent.sent.end_char:
            return
        if body_words(ctx) < ctx.option("empathy-long-reply-words"):
            return
        yield Hit(first_ack[0], first_ack[1],
                  message=f"the acknowledgement comes only after the bad news ('{bad[0].words}')")
