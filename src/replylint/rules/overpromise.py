"""Overpromise rules (PRM): guarantees and certainty about what the writer cannot control.

The phrases live in ``lexicons/overpromise.toml``; the judgement (negation, hedging,
conditions, questions, quotations, named policies, which code wins) is in
:mod:`._overpromise_scan`, computed once per draft and shared by every rule here.
All rules read only the newly written text: a guarantee the client quotes back is
the client's words, not a promise.
"""
from __future__ import annotations

import re

from ..findings import Severity
from . import NEW_TEXT, Context, Hit, Rule, register
from ._model import best_model_hits, register_threshold
from ._overpromise_scan import (
    CODE_ABSOLUTE,
    CODE_CERTAINTY,
    CODE_DEADLINE,
    CODE_NEVER,
    CODE_POLICY,
    CODE_THIRD_PARTY,
    CODE_UNLIMITED,
    _QUOTES,
    analyse,
    compiled,
    inside_quotation,
    own_guarantees,
)


class _PromiseRule(Rule):
    category = "overpromise"
    parts = NEW_TEXT
    # Suggestions for a lexicon sub-group ("market", "price", ...), else ``suggestion``.
    suggestions: dict[str, str] = {}

    def check(self, ctx: Context):
        for p in analyse(ctx):
            if p.code == self.code:
                yield Hit(p.start, p.end, suggestion=self.suggestions.get(p.kind),
                          edits=hedge_edits(ctx.draft.text, p.start, p.end))


_CERTAINTY_WORD = re.compile(r"\b(?:definitely|certainly|absolutely|surely|undoubtedly)\b[ \t]*", re.I)
_WILL_BEFORE = re.compile(r"\b(will|'ll)[ \t]+$", re.I)


def hedge_edits(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """A simple edit where the promise rests on a certainty word: "will definitely
    arrive" -> "should arrive"; elsewhere the word is removed.  Other promises (a
    guarantee, a date) need rewording by the writer: no edit."""
    m = _CERTAINTY_WORD.search(text, max(0, start - 1), end)
    if m is None or m.start() >= end:
        return ()
    will = _WILL_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if will is not None:
        if will.group(1).startswith("'"):
            return ((m.start(), m.end(), ""),)  # "we'll definitely send" -> "we'll send"
        return ((will.start(), m.end(), "should "),)
    return ((m.start(), m.end(), ""),)


@register
class AbsoluteGuarantee(_PromiseRule):
    """## What it does
    Flags absolute guarantees in the text you wrote: "guaranteed", "I promise",
    "100%" (or "100 percent" closing a clause), "without fail", "rest assured", "zero
    risk", "there will be no downtime whatsoever", "it'll run as good as new".  Inflections count ("we guarantee", "it's guaranteed", "guaranteeing").

    It stays quiet when the guarantee is negated ("we can't guarantee", "there's no
    guarantee"), hedged ("we aim to", "should", "hopefully"), conditional ("if the
    parts arrive Monday ..."), asked as a question, inside quotation marks, a past
    promise ("as promised"), about your own communication ("I promise I'll call you
    tomorrow"), or in quoted text the client wrote.  A guarantee that is a thing
    rather than a promise is not flagged: a payment or document ("we hold the room
    with a card guarantee", "the bank guarantee", "the guarantee form", "the room is
    guaranteed on your card", "the final guaranteed numbers"), nor a
    reading in a status line or pasted program output ("Progress: 100%",
    "100% (14/14)").  A named company policy ("our money-back guarantee") is PRM007
    instead.

    Nor is a guarantee of what you control yourself: your own workmanship or
    booking terms ("we guarantee all our labour for a year", "we guarantee you a table
    by the window", "every repair we carry out is guaranteed", "we guarantee you a full
    refund"), your own act ("I promise I'll bring the boards", "we guarantee not to pass
    your email on", "we guarantee our technician will tidy up"), a present fact you vouch
    for ("the contract is attached this time, I promise") or a technical name ("the pod
    becomes Guaranteed").  What you guarantee is read from the words after the guarantee
    word (or, for "is guaranteed", the subject before it; the nouns are `own_offers` of
    the lexicon's `[reader]`); it stays a guarantee when its sentence names a third party
    (an insurer, the council, the weather), when what follows is your product's future
    ("I promise the new pump will stop the flooding"), or a result you cannot bring about by
    doing it ("we guarantee to win", `result_verbs`; "the coating is guaranteed to
    survive any winter").  A promise word vouching for a future whose subject is someone
    or something else ("it'll sail, I promise", "timber prices are going up by spring,
    guaranteed", "I guarantee the council will sign it off", "That's a promise." after
    one) is PRM005; your own future vouched for ("I'll bring the samples on Thursday,
    promise") is your commitment.

    ## Why it matters
    A guarantee is read as a commitment.  When the outcome depends on a courier, a
    supplier or luck and it goes wrong, the client holds you to the word, and a
    written guarantee can become a complaint, a refund or a legal claim.

    ## Example
    ```
    Don't worry - the new router is guaranteed to fix the dropouts.
    ```

    ## Use instead
    Say what you will do and what you expect:
    ```
    The new router should fix the dropouts; if they carry on, I'll book an engineer visit.
    ```
    """

    code = CODE_ABSOLUTE
    name = "absolute-guarantee"
    severity = Severity.WARNING
    message = "absolute guarantee about an outcome you may not fully control"
    suggestion = "say what you will do and what you expect: 'we'll do X and expect Y; I'll update you if that changes'"


@register
class CertainDeadline(_PromiseRule):
    """## What it does
    Flags certainty about a time: a guarantee or certainty word next to a deadline in
    the same sentence ("by tomorrow, guaranteed", "definitely by EOD", "within the
    hour, no question", "it'll be there by 10am Saturday, I'm certain").

    Hedged, negated and conditional sentences are not flagged ("we aim to send it by
    Friday", "I can't promise Monday", "if it ships today it should arrive Thursday"),
    nor your own communication ("I'll definitely call you tomorrow") or a piece of work
    you produce yourself ("I'll definitely have the revised draft with you by 6pm", "I'll
    have the quote over tomorrow, for sure"; goods and other people's documents still
    count: "we'll definitely have the sofa with you by Friday"), nor your own people's
    presence or work ("our crew will 100% be on site at 6am", "I'll 100% be at the venue
    by 7").  A hedge in an earlier
    clause does not soften your own explicit promise ("we'd list at £485,000, and I can
    promise you it will sell within two weeks").

    ## Why it matters
    Deadlines usually depend on couriers, suppliers, other teams or approvals.  A
    certain date that slips turns a small delay into a broken promise, and the client
    may have planned around it.

    ## Example
    ```
    Your refund will be in your account by next Friday, guaranteed.
    ```

    ## Use instead
    Give the date as an expectation and say what it depends on:
    ```
    We expect the refund in your account by next Friday; it depends on the bank's
    processing, and I'll let you know as soon as it's sent.
    ```
    """

    code = CODE_DEADLINE
    name = "certain-deadline"
    severity = Severity.WARNING
    message = "certainty about a deadline that depends on others"
    suggestion = ("give the time as an expectation and what it depends on: "
                  "'we expect it by Friday, as long as the courier collects today; I'll confirm when it ships'")


@register
class NeverAgain(_PromiseRule):
    """## What it does
    Flags promises that a failure can never come back or that nothing will go wrong:
    "this will never happen again", "it can't recur", "a recurrence is impossible",
    "the bug is gone for good", "you won't run into it again", "that's the last power cut
    you'll ever have", "the system is now
    error-free", "it'll run flawlessly", "there will be no further delays".  A negated
    future that promises a problem away is read from the clause too: "you will not
    have another outage", "you won't have any more problems with the boiler",
    "ransomware isn't something you'll have to think about again" (a problem or threat
    word of the `[reader]` lists after "another" or "any more", or with "again"), a
    thing that "will never" fail ("the new roof will never leak", `failure_verbs`) and
    "nobody will ever be able to hack your account" (`attack_verbs`), and a
    problem-free state "forever" ("your inbox will stay spam-free forever").  A problem
    promised away as done with counts too: "downtime will be a thing of the past", "your
    cash-flow worries are over", "say goodbye to damp for good", "your server is now
    immune to ransomware", "your accounts can't be hacked", and a state held through any
    hazard ("your line will stay up through any stage of load-shedding", "the render will
    survive any winter", "the marquee will stand up to any wind").  The
    writer's own "we will never share your details" is a commitment, not flagged; so
    is something the writer stopped ("you won't see the charge again, we've cancelled
    it": `not_problem`), and a refusal ("the deposit can't be returned").  Nor is a
    never-again scoped to your own process or to being noticed, right after it
    (`scoped`): "I've put a note on your account so it can't happen again at the next
    billing run", "we're adding a test so it can't recur unnoticed" ("so it can't happen
    again" alone is still flagged).

    ## Why it matters
    No fix removes every cause of an outage, error or delay.  If it happens again,
    the earlier promise makes the second incident look like a broken word rather
    than bad luck, and it undoes the trust the apology built.

    ## Example
    ```
    We've added a second power feed, so this will never happen again.
    ```

    ## Use instead
    Say what you changed and what it protects against:
    ```
    We've added a second power feed, which removes the cause of Tuesday's outage,
    and we're monitoring closely.
    ```
    """

    code = CODE_NEVER
    name = "never-again"
    severity = Severity.WARNING
    message = "promise that a problem will never happen again"
    suggestion = ("say what you changed and what it prevents: "
                  "'we've fixed the cause and added X, which should stop this recurring; we're monitoring it'")


@register
class UnlimitedScope(_PromiseRule):
    """## What it does
    Flags open-ended offers: "unlimited revisions", "whatever it takes", "anything
    you need", "just say the word", "no limit", "as many changes as you like", "we'll
    throw in anything you can think of", and open price promises: "we'll beat any
    price", "whatever anyone offers, we'll go under it", "whatever they charged you,
    we'll undercut it", "we'll go as low as it takes".

    Not flagged when conditional or a question ("if there's anything you need, let
    me know") or when it is a named price-match policy (see PRM007).

    ## Why it matters
    An open-ended offer in writing sets no boundary: the client can reasonably ask
    for more than you can deliver or afford, and refusing later feels like going back
    on your word.

    ## Example
    ```
    We'll beat any price you're quoted and throw in anything else you want.
    ```

    ## Use instead
    State the scope you can actually deliver:
    ```
    Send me the competing quote and I'll see how close we can get; the price includes
    setup and a one-year warranty.
    ```
    """

    code = CODE_UNLIMITED
    name = "unlimited-scope"
    severity = Severity.WARNING
    message = "open-ended promise of scope or price"
    suggestion = ("state the scope you will deliver: "
                  "'the quote includes two rounds of revisions; further changes are charged at ...'")
    suggestions = {
        "price": "offer to review instead of promising any price: 'send me their quote and I'll see how close we can get'",
    }


@register
class ThirdPartyOutcome(_PromiseRule):
    """## What it does
    Flags certainty about what someone else decides or does: approvals (visas,
    loans, permits, claims, appeals, tax authorities, regulators, customs, banks),
    courts and tribunals ("we will win at tribunal"), insurers ("your insurance will
    cover the full cost"), markets and results ("your sales will double", "this fund
    cannot lose money", "it will sell above asking", "your post will go viral",
    "she'll go up two grades"), search rankings, the weather, and airlines and
    couriers ("the airline will upgrade you").

    Beyond the phrase lists it reads the shape of a clause: a future ("will", "'ll",
    "is going to") whose subject is a third party (a word of the `[reader]` lists:
    "the tax office", "your landlord", "the surgeon", "customs", or "they", "she", "he"
    for the nearest one named before, in the sentence or the one before: "I sent the
    claim to the insurer. They will pay out in full."; not for the writer's own people,
    "our engineers ... they will") followed by a decision
    in the reader's favour ("is going to accept the late filing", "will return the
    whole deposit", "will have you back on your feet"), or whose subject is the
    reader's own outcome followed by a change ("your credit score will jump 100
    points", "your premiums are going to come down").  It also reads a buyer's, seller's
    or employer's decision ("the seller is going to accept your offer"; not "the buyer
    will pay the stamp duty"), money back from a third party ("you'll get every penny
    back from the airline"), a cost someone else pays ("the full cost of the repair
    will be covered"; not "covered by us"), a condition promised away ("the scarring
    will disappear completely"), a day's weather ("Saturday is going to be a glorious
    sunny day"), and a third party's habit told as an assurance ("the insurer always
    pays out on claims like this", "the market always bounces back"; not "has always",
    nor "they always send a letter first").  A negated future counts when it promises
    someone else's decision against the reader away ("the tax office won't audit you",
    "the landlord won't keep any of your deposit", "the sale won't fall through"; not
    terms such as "the embassy won't accept photocopies").  A market's habit in the
    present tense counts as an assurance ("house prices round here never fall", "the
    market doesn't go down", "property only goes up"; not a history, "prices didn't fall
    in 2008", nor the writer's own "our prices never go up").  Counted gains ("will bring
    in 200 leads a month", "you'll lose 10kg", a floor under a number: "you will harvest not
    less than 40 bags an acre", "your flat will rent for no less than £1,800"), timetables ("the ferry will run on
    time"), results ("the survey will come back clean") and markets that "can only go
    up" count too.  A carrier's delivery notice
    ("the courier will deliver between 9am and 5pm") and procedural steps ("the court
    will set a hearing date", "HMRC will send you a letter") are not outcomes.  Lenders,
    schools and registrars decide too ("the building society will approve you"), a plane
    that "will wait for you", results told in the present tense with a number or a time
    ("your score goes up 120 points once the default is removed", "your sales double
    within 90 days"), beating a market ("you'll be ahead of inflation for the next decade"),
    a grade ("she'll get an A in maths"), a school place ("he'll walk into the grammar
    school") and a connection ("you'll make the connection in Doha").  Terms stated as
    terms are not promises ("under the policy, the insurer will pay up to £5,000", "the
    terms state that the airline will reimburse ...").

    A promise word vouching for a future whose subject is not you reads the same, whatever
    the outcome's words: "it'll sail, I promise, storm or not", "the typhoon will not hit
    on your wedding day, promise po", "prices on copper are rising by at least a tenth
    before summer, guaranteed", "I can promise you that much" or "That's a promise." after
    such a sentence (not your own future, "I'll ring the hotel tomorrow, I promise", your
    product doing its job, PRM001, nor the reader's reaction, "you'll love it, I promise").
    The weather ("the snow will have melted by then", "the typhoon will turn north",
    "you'll have a dry, sunny afternoon", "it'll be blue skies all weekend"), a service
    promised safe ("the ferry won't be cancelled", "the strike won't affect your
    journey"), a named commodity's price ("timber prices are going to climb"), a valuation
    ("the valuer will come in at the asking price") and a place or prize for the reader's
    child or a named person ("Daniel will get a place at St Anne's") count too.

    Hedged and conditional forms are fine ("the visa should be approved", "we expect
    the insurer to cover it", "if the forecast holds ...").

    ## Why it matters
    You do not make these decisions.  If the embassy, the court, the insurer or the
    market says no, the client acted on your certainty (booked flights, skipped a
    payment, planned spending) and the loss lands on your word.

    ## Example
    ```
    Everything is in order, so the visa will be granted - go ahead and book your flights.
    ```

    ## Use instead
    Say what you did, whose decision it is, and what to wait for:
    ```
    Everything is in order and the application is strong, but the decision is the
    embassy's; I'd wait for the approval before booking flights.
    ```
    """

    code = CODE_THIRD_PARTY
    name = "third-party-outcome"
    severity = Severity.WARNING
    message = "certainty about an outcome that someone else controls"
    suggestion = "say whose decision it is and what you expect: 'the decision is theirs; based on X we expect Y'"
    suggestions = {
        "approval": "say the decision is theirs: 'your application is complete and strong; the decision rests with them, usually within N weeks'",
        "authority": "say the decision is theirs: 'we've made a strong case; the decision is theirs, and we expect to hear within N weeks'",
        "legal": "give your assessment, not a result: 'your case is strong, but the outcome is for the tribunal; here are the risks'",
        "insurer": "point to the insurer: 'your policy should cover it; please confirm with your insurer before the appointment'",
        "market": "give an estimate and its basis: 'based on similar clients we'd expect ..., though results depend on the market'",
        "ranking": "promise the work, not the position: 'we'll work to improve your ranking; no one can guarantee a position'",
        "weather": "plan for the weather: 'we plan to finish before Wednesday's rain; if the forecast changes we'll cover the roof'",
        "carrier": "say it is their call: 'we've requested it; it's at the airline's (courier's) discretion and we'll chase it'",
    }


@register
class CertaintyMarker(_PromiseRule):
    """## What it does
    Flags wording that wraps a claim in certainty: "trust me", "no question", "no
    doubt about it", "consider it done", "no matter what", "there is no scenario in
    which ...", "I can assure you", "you have my word", "I'm certain", "full stop",
    "nothing can go wrong", "I've never been wrong", a risk denied outright ("zero
    chance of a missed connection", "no risk the bank refuses it"), an outcome said to
    be settled ("approval is certain", "the sale is in the bag"), a date declared settled
    ("so 12 November is fixed", "Friday is locked in"; not "the bug from the 3rd is
    fixed"), a stake, whatever is staked ("I'd put my house on it", "I'd stake my job on it
    arriving Saturday"; not on a past), an outcome "as good as" settled ("as good as
    stamped"; not "as good as new" or "as good as advertised"), the weather waved away ("whatever the weather does") and delays
    waved away ("irrespective of any delays"; "be assured that ...").  "No way" before
    someone else's outcome in the present or future is certainty ("there's no way the
    bank turns you down", `no_way`; not "no way to know", "no way round it", "no way we can
    finish by Friday", a past or a modal, "there was no way the courier could reach you",
    nor an opinion, "no way the numbers are right").  A licence to act on
    someone else's outcome counts as certainty about it: "The visa comes through next
    week. Go ahead and book your flights.", "the bank signs off on Friday, so feel free to
    give notice on your flat" (`reliance`; only after an outcome told as certain, in its
    sentence or the one before: not hedged, conditional or past, "your visa has been
    approved, go ahead and book", nor the writer's own, "we'll send it tomorrow, so feel
    free to book the kick-off", nor a call with the writer, "feel free to book a call").
    So does a hedge denied after an outcome ("The supplier will deliver on the 3rd.
    That's not a guess.", `unhedged`; not after a fact, "the fee is £400, that's not an
    estimate", nor after the writer's own "we'll invoice on the 1st").  "I swear" counts when it vouches for an outcome
    ("it'll be there Friday, I swear"), not when it vents.

    Vouching words ("trust me", "hand on heart", "I'm certain", "rest assured", "100%
    sure", `vouching`) count unless what they vouch for is a past or the writer's own
    state ("I'm 100% sure the invoice went out yesterday", "trust me, I've been there",
    "rest assured we have your file") or the reader's reaction ("I'm certain you'll find
    it useful").  Invariance ("rain or shine", "come what may", "every single time",
    `invariance`) and emphasis closing a clause ("full stop", "period", "end of story",
    "hands down", `emphatic_tail`) count only with a future or a time in the sentence
    ("don't let them take it over, period" argues, it promises nothing).  Casual closings
    ("no sweat", "no bother", "no dramas", `soft_tail`) count after someone else's future
    ("the container will clear this week, no sweat"), not the writer's own ("I'll send it
    over, no bother") nor politeness ("it's no bother").  "No questions (asked)" closing
    your own refund or exchange offer ("we'll refund you in full, no questions") is a
    policy, not certainty; "no question" after someone else's outcome is.

    A sentence that already has a more specific finding (PRM001-PRM005) gets only
    that one.  Negated and hedged uses are not flagged.

    ## Why it matters
    Certainty markers turn an opinion into a promise.  They invite the client to
    rely on you, and they make any later surprise look like you misled them.

    ## Example
    ```
    The team will be on site Monday and the roof will be sealed, no matter what.
    ```

    ## Use instead
    Give your reasons and plan instead of certainty:
    ```
    The team will be on site Monday and we plan to seal the roof by Tuesday; if the
    weather turns, we'll tarp it so nothing comes through.
    ```
    """

    code = CODE_CERTAINTY
    name = "certainty-marker"
    severity = Severity.WARNING
    message = "certainty marker turns an expectation into a promise"
    suggestion = "drop the certainty and give your basis: 'based on X, I expect Y; I'll let you know if that changes'"
    suggestions = {
        "rely": "don't have the client act on it yet: 'once the decision is in, go ahead and book; I'll tell you the moment it is'",
    }


@register
class PolicyGuarantee(_PromiseRule):
    """## What it does
    Notes guarantees that are a standing company policy: "our money-back guarantee",
    "price-match promise", "12-month guarantee", "under guarantee", and terms held
    for a period ("the price is guaranteed for 30 days").  Reported at info:
    the company controls these, so they are not overpromises, but the client should
    know the terms.

    ## Why it matters
    A named policy is fine to mention, but a client reads "guarantee" broadly.  Naming
    the terms (or linking to them) avoids the client assuming it covers more than it
    does.

    ## Example
    ```
    Don't worry, our money-back guarantee covers you.
    ```

    ## Use instead
    Name the policy and its main terms:
    ```
    Our 30-day money-back guarantee covers unused items returned in their packaging;
    here are the details: ...
    ```
    """

    code = CODE_POLICY
    name = "policy-guarantee"
    severity = Severity.INFO
    message = "guarantee that is a company policy: make sure its terms are clear"
    suggestion = "name the policy and its main terms, or link to them, so the client knows what it covers"


register_threshold("overpromise-model-threshold", 0.85, "overpromise")
# The second overpromise model (label ``overpromise_broad``, trained with the fifth
# wave's lines): it reads many more unseen promises, but its scores run higher on long
# out-of-domain mail, so it makes a finding only at a threshold of its own.
register_threshold("overpromise-broad-model-threshold", 0.96, "second overpromise")


@register
class ModelOverpromise(Rule):
    """## What it does
    Flags a sentence of the new text that replylint's trained overpromise model reads
    as certainty about an outcome or deadline the writer does not control, where the
    phrase rules (PRM001-PRM007) found nothing in that sentence: "you'll have it
    Monday, full stop", "your credit score will jump 100 points", "locked in, rain or
    shine", "ransomware won't be something you ever think about again".

    Two bag-of-words text classifiers (spaCy `textcat_multilabel`) read each sentence,
    both trained on sentences written for replylint, with hedged, negated and
    conditional promises and promises the writer keeps themselves ("I'll call you at 3")
    as negatives: `overpromise`, and `overpromise_broad`, trained with about 4,300
    further lines, which reads many more promises but scores long everyday mail
    higher.  Each scores a sentence from 0 to 1; a finding needs `overpromise` at
    `overpromise-model-threshold` (default 0.85) or `overpromise_broad` at
    `overpromise-broad-model-threshold` (default 0.96), and is reported once, with the
    higher score (1 turns a model's findings off).  JSON and SARIF reports carry the
    score.  A sentence in quotation marks, attributed to someone else, or holding a
    hedge, a condition or a disclaimer of the overpromise lexicon is not a finding, nor is
    a one-clause sentence that opens with the writer's own action or people
    (`own_actions`: "our fitters will definitely be there at 8").
    Only the new text is read: a guarantee the client quotes back is not yours.  Training data, figures and known failure modes: `docs/models.md`.

    ## Why it matters
    A client relies on a promise however it is worded; "you'll have it Monday, full
    stop" is as much a guarantee as "guaranteed by Monday".

    ## Example
    ```
    Your credit score will jump 100 points within a month.
    ```

    ## Use instead
    Say what you will do, what you expect, and what it depends on:
    ```
    Clearing these two balances usually improves a score within a few months, though
    the agencies decide by how much.
    ```
    """

    code = "PRM008"
    model_label = "overpromise"
    name = "model-overpromise"
    category = "overpromise"
    severity = Severity.WARNING
    message = "reads as a promise of an outcome you don't control"
    suggestion = "say what you will do and what you expect, and what it depends on"
    parts = NEW_TEXT

    def check(self, ctx: Context):
        # Two models read every sentence (docs/models.md, "overpromise" and
        # "overpromise_broad"); the sentence is reported once, with the higher score,
        # when either reaches its own threshold.
        best = best_model_hits(ctx, ((self.model_label, "overpromise-model-threshold"),
                                     ("overpromise_broad", "overpromise-broad-model-threshold")), self.parts)
        own_terms = own_guarantees(ctx) if best else ()
        for (start, end), score in sorted(best.items()):
            if any(start <= p.start < end for p in own_terms):
                # the phrase rules read its guarantee word as the writer's own term or act
                continue
            if not _hedged(ctx, start, end) and not _quoted(ctx.draft.masked, start, end) and not _own(ctx, start, end):
                yield Hit(start, end, score=score)


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the sentence is someone's quoted words: it holds a double quotation mark
    ('"Prices will rise," he said') or lies inside a quotation opened earlier in its
    paragraph, as the phrase rules read it."""
    return any(q in text[start:end] for q in _QUOTES) or inside_quotation(text, start)


_CLAUSE_LINKS = {"and", "but", "so", ",", ";", ":", "-", "–", "—", "while", "whereas", "though", "although"}


def _own(ctx: Context, start: int, end: int) -> bool:
    """Whether the sentence is one clause about the writer's own action or people, as the
    phrase rules read it (``own_actions``: "our fitters will definitely be there at 8",
    "I'll 100% be on site at 6am"): it opens with the writer's own action and has no
    second clause that could promise something else ("..., and the visa will be approved")."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    own = [(s, e) for key, s, e in compiled(ctx).helpers.in_span(span, greedy_longest=False) if key == "own"]
    if not any(s == span.start for s, _ in own):
        return False
    last = max(e for s, e in own if s == span.start)
    return not any(ctx.doc[t].lower_ in _CLAUSE_LINKS for t in range(last, span.end - 1))


_DENIALS = {"zero", "no", "nil", "0"}


def _chance_denied(doc, s: int, e: int) -> bool:
    """Whether a hedge "chance" or "odds" is denied outright: "zero chance the airline
    bumps you", "no chance of a delay", "not a chance" are certainty, not a hedge."""
    if e - s != 1 or doc[s].lower_ not in ("chance", "odds") or s == 0:
        return False
    before = doc[s - 1].lower_
    return before in _DENIALS or (before == "a" and s >= 2 and doc[s - 2].lower_ == "not")


def _hedged(ctx: Context, start: int, end: int) -> bool:
    """Whether the sentence holds a hedge cue of the overpromise lexicon (the user's own
    included, e.g. "weather permitting"), a condition ("if", "unless", "provided"), a cue
    that the words are someone else's (``attributed``, ``reported``), or a disclaimer
    ("nobody can promise", "can't guarantee"): the model does not know a user's hedges."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    matches = list(compiled(ctx).helpers.in_span(span, greedy_longest=False))
    # "May" with a capital inside the sentence is the month ("ready for May"), not the
    # modal: at the start of a sentence ("May I ask ...") it is read as a hedge.
    keys = {key for key, s, e in matches
            if not (key == "c:hedge" and e - s == 1 and s > span.start and ctx.doc[s].text == "May")
            and not (key == "c:hedge" and _chance_denied(ctx.doc, s, e))}
    # Someone else's view or a reported promise ("they stated that ... is a done deal",
    # "as promised"): not the writer's certainty, as for the phrase rules.
    if "c:attr" in keys or "c:rep" in keys or "c:disc" in keys:
        return True
    # A condition ("if so, I will ...", "provided the bank agrees, ..."), as the phrase
    # rules read it: a conditional commitment is not an overpromise.
    if "c:cond" in keys and "c:notcond" not in keys:
        return True
    return "c:hedge" in keys and "c:nothedge" not in keys
