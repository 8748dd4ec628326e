"""Empathy rules: a reply to a complaint, or bad news, with no acknowledgement.

The hard part is deciding that a draft *needs* an acknowledgement; that logic lives in
``_empathy_context.py`` and the phrases in ``lexicons/empathy.toml``.
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
    or ask for a refund, distress), or when the draft itself delivers bad news (a delay,
    an outage, an error on our side, a refusal, a cancellation, a price increase, data
    loss, "unfortunately we are unable to").  Any apology, sympathy, understanding,
    validation or thanks for patience in the new text counts, in any wording and
    inflection; hedged apologies count too.  Acknowledgements only in the quoted part do
    not, nor do non-apologies such as "sorry if you feel that way".  The message says
    why the reply needs one, e.g. "the client wrote 'third time'".

    Trained models decide the context with the phrases (`empathy-context`, default
    `combined`, see docs/models.md): a complaint or bad news said in words no phrase
    names is found by the complaint and bad-news models, an acknowledgement in other
    words by the acknowledgement model, and a phrase in a sentence the models read as
    routine (a forwarded news story, a bulletin, a planned change) makes only an info
    finding, shown and never blocking.

    Routine emails (scheduling, reminders, confirmations, planned maintenance, sending a
    file, thank-yous) are never flagged: a moved date or plan ("new date", "rescheduled")
    counts only next to other bad news, a client's what-if question ("what happens if
    the parcel arrives damaged?") is not a complaint, a single weak word in the subject
    ("Re: Refund") names a topic rather than a complaint, and hedged news ("rates may
    increase") is not news.

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
        if not an.maybe_needed or an.acks:
            return
        bad = an.bad_news()
        if bad:
            start, end = bad[0].start, bad[0].end
        else:
            sent = first_body_sentence(ctx)
            if sent is None:
                return
            start, end = sent.start_char, sent.end_char
        main = an.main_cue()
        kind = "a complaint" if main is not None and main.kind == "complaint" else "bad news"
        message = f"no acknowledgement in a reply to {kind}: {_why(an)}"
        if an.needed:
            yield Hit(start, end, message=message, score=main.score if main is not None else None)
        else:
            # Only the lexicon reads it so; the trained models read the sentence as routine
            # (a bulletin, a news story, a planned change): shown, never blocking.
            yield Hit(start, end, message=message + " (the models read it as routine)", severity=Severity.INFO)


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
