"""RMK004: what the trained remark and abuse models read as a remark, where the phrase
rules found nothing."""
from __future__ import annotations

from ...findings import Severity
from .. import Context, Hit, Rule, register, register_option
from .._model import best_model_hits, model_hits, register_threshold
from .._remark_common import counts_against_draft
from .filters import PARTS


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
                "longest sentence (in words) the remark model alone may flag at its threshold; longer ones need "
                "the abuse model or remark-model-long-threshold")
# ... unless the remark model is all but certain: on the development sets, the tweets fold
# and real mail, no long sentence that was not a remark scored 0.99 (docs/models.md,
# "Seventh wave").
register_threshold("remark-model-long-threshold", 0.99, "remark (a sentence longer than remark-model-max-words)")
# The second remark model (eighth wave, docs/models.md): trained with the sixth and seventh
# waves' remarks and hard negatives and without chat lines' time and speaker, it reads more
# unseen remarks (other languages, condescension) but also scores more hard negatives in
# the 0.93-0.95 band, so it is read beside the first model, at its own threshold: it adds
# what it is sure of and takes nothing away.
register_threshold("remark-broad-model-threshold", 0.95, "remark_broad")
# On real mail its highest long sentence that is not a remark scores 0.9953.
register_threshold("remark-broad-model-long-threshold", 0.996,
                   "remark_broad (a sentence longer than remark-model-max-words)")


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
    model, or when the remark model is all but sure (`remark-model-long-threshold`,
    default 0.99): a bag-of-words score adds up over a long sentence of everyday words.
    It carries the higher score.  A second remark model, *remark_broad* (trained with
    more hand-written remarks and hard negatives, and reading a pasted chat line without
    its time and speaker), adds the sentences it scores at `remark-broad-model-threshold`
    (default 0.95; `remark-broad-model-long-threshold`, default 0.996, past
    `remark-model-max-words` words).
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
        hits = list(self._first_models(ctx))
        # The second remark model: a sentence of at most remark-model-max-words words at
        # remark-broad-model-threshold, a longer one at remark-broad-model-long-threshold.
        # Its sentence of a pasted chat line starts after the time and speaker, so a line
        # the first models found already is not reported twice.
        max_words = ctx.option("remark-model-max-words")
        long_threshold = ctx.option("remark-broad-model-long-threshold")
        for start, end, score in model_hits(ctx, "remark_broad", self.parts, "remark-broad-model-threshold"):
            if len(ctx.draft.text[start:end].split()) > max_words and score < long_threshold:
                continue
            if any(h.start < end and start < h.end for h in hits) or not counts_against_draft(ctx, start):
                continue
            hits.append(Hit(start, end, score=score))
        yield from sorted(hits, key=lambda h: (h.start, h.end))

    def _first_models(self, ctx: Context):
        # Two models read every sentence: "remark" (remarks in email register) and
        # "abuse" (insults, slurs and profanity word by word); the sentence is reported
        # once, with the higher score, when either reaches its own threshold.
        best = best_model_hits(ctx, (("remark", "remark-model-threshold"), ("abuse", "abuse-model-threshold")), self.parts)
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
        long_sure = None
        abuse = None
        if ctx.option("remark-model-threshold") < 1.0:
            long_sure = {(s, e): v for s, e, v in model_hits(ctx, "remark", self.parts, "remark-model-long-threshold")
                         if len(ctx.draft.text[s:e].split()) > max_words}
            for key, v in long_sure.items():  # a short sentence keeps remark-model-threshold
                best.setdefault(key, v)
        for (start, end), score in sorted(best.items()):
            if not counts_against_draft(ctx, start):
                continue
            if len(ctx.draft.text[start:end].split()) > max_words:
                # Long: the abuse model at its own threshold, or the remark model all but sure.
                if abuse is None:
                    abuse = {(s, e): v for s, e, v in model_hits(ctx, "abuse", self.parts, "abuse-model-threshold")}
                if (start, end) in abuse:
                    score = abuse[start, end]
                elif long_sure and (start, end) in long_sure:
                    score = long_sure[start, end]
                else:
                    continue
            yield Hit(start, end, score=score)
