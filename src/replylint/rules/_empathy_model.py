"""Empathy's context decision with the trained models.

Three sentence classifiers (``complaint``, ``bad_news``, ``acknowledgement``; see
``docs/models.md``) score every sentence of the draft in the ``replylint_classifier``
pipeline component.  Here their scores decide, together with the lexicon cues of
``_empathy_context``:

* **is the client's message a complaint** -- a sentence of what the client wrote (the
  latest quoted message by the recipient, the ``--in-reply-to`` text, the subject)
  scoring at least ``complaint-model-threshold``;
* **does the new text give the recipient bad news about their own matter** -- a sentence
  of the new text scoring at least ``bad-news-model-threshold`` (not a question, and not a
  sentence that itself apologises);
* **does the new text acknowledge it** -- a sentence scoring at least
  ``acknowledgement-model-threshold``.

``empathy-context`` picks who decides: ``combined`` (the default) lets a lexicon cue count
only where the model does not read its sentence as something else (score below
``complaint-model-veto`` / ``bad-news-model-veto``: a forwarded news story, a bulletin, a
planned change; EMP004, bad news opening an addressed message, reads its cues either
way), and adds the models' own findings where no phrase matched; ``rules`` is the lexicon alone, ``models``
the models alone.  Without shipped models, every mode falls back to the lexicon.
"""
from __future__ import annotations

from ..draft.model import BODY
from . import register_option

MODES = ("combined", "rules", "models")
LABELS = {"complaint": "complaint", "bad_news": "bad_news", "acknowledgement": "acknowledgement"}


def _mode(value):
    if value not in MODES:
        raise ValueError(f"empathy-context: expected one of {', '.join(MODES)}")
    return value


def _words(name: str):
    def check(value):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{name}: expected a whole number of words (0: no limit)")
        return value
    return check


def _flag(name: str):
    def check(value):
        if not isinstance(value, bool):
            raise ValueError(f"{name}: expected true or false")
        return value
    return check


def _score(name: str):
    def check(value):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= float(value) <= 1:
            raise ValueError(f"{name}: expected a number from 0 to 1")
        return float(value)
    return check


register_option(
    "empathy-context", "combined", _mode,
    "EMP001-EMP004: who decides whether a reply needs an acknowledgement and has one: "
    "'combined' (lexicon cues the models do not contradict, plus the models' own), "
    "'rules' (lexicon only) or 'models' (trained models only)",
)
# Every threshold and veto of the empathy models is registered here, and only here: the
# readers in ``_empathy_context`` read them with ``ctx.option``.  Defaults chosen on the
# development sets and on real mail (docs/models.md says how).
register_option(
    "complaint-model-threshold", 0.8, _score("complaint-model-threshold"),
    "EMP001-EMP004: lowest complaint-model score that makes a sentence of the client's "
    "message a complaint (1 turns the model's own findings off)",
)
register_option(
    "bad-news-model-threshold", 0.9, _score("bad-news-model-threshold"),
    "EMP001-EMP004: lowest bad-news-model score that makes a sentence of the new text bad "
    "news for the recipient (1 turns the model's own findings off)",
)
register_option(
    "bad-news-model-max-words", 30, _words("bad-news-model-max-words"),
    "EMP001-EMP004: longest sentence (in words) the bad-news model may call bad news on its own "
    "(a bag-of-words score adds up a long sentence's words; 0: no limit)",
)
register_option(
    "bad-news-model-named-reader", True, _flag("bad-news-model-named-reader"),
    "EMP001-EMP004: the bad-news model's own findings count only in a message whose salutation "
    "names one reader, and not in a sentence reporting someone else's words or the writer's own "
    "mishap (false: in any message)",
)
register_option(
    "acknowledgement-model-threshold", 0.8, _score("acknowledgement-model-threshold"),
    "EMP001-EMP004: lowest acknowledgement-model score that makes a sentence of the new "
    "text an acknowledgement (1 turns the model's own findings off)",
)
register_option(
    "complaint-model-veto", 0.5, _score("complaint-model-veto"),
    "EMP001-EMP004 with empathy-context = 'combined': a complaint phrase of the lexicon "
    "counts only in a sentence the complaint model scores at least this high (0: every cue counts)",
)
register_option(
    "bad-news-model-veto", 0.9, _score("bad-news-model-veto"),
    "EMP001-EMP004 with empathy-context = 'combined': a bad-news phrase of the lexicon "
    "counts for EMP001 only in a sentence the bad-news model scores at least this high (0: every cue counts)",
)

register_option(
    "bad-news-model-veto-addressed", 0.3, _score("bad-news-model-veto-addressed"),
    "EMP001 with empathy-context = 'combined': a bad-news phrase said to the reader ('you', "
    "'your') in the opening of a message addressed to them counts in a sentence the bad-news "
    "model scores at least this high (elsewhere bad-news-model-veto applies)",
)


register_option(
    "bad-news-model-veto-addressed-body", 0.0, _score("bad-news-model-veto-addressed-body"),
    "EMP001 with empathy-context = 'combined': a bad-news phrase said to the reader ('you', "
    "'your') after the opening of a message addressed to them by name counts in a sentence the "
    "bad-news model scores at least this high (0: every such cue counts)",
)

register_option(
    "bad-news-model-threshold-reader", 0.8, _score("bad-news-model-threshold-reader"),
    "EMP001 with empathy-context = 'combined' or 'models': lowest bad-news-model score that makes "
    "a sentence bad news for the reader on its own when it says the news is theirs ('you', 'your') "
    "in a message to one reader (1 turns this off; bad-news-model-threshold applies to every sentence)",
)
register_option(
    "complaint-model-message-threshold", 0.6, _score("complaint-model-message-threshold"),
    "EMP001 with empathy-context = 'combined' or 'models': the client's message is a complaint "
    "when at least two of its sentences score this high on the complaint model and one of them "
    "at least 0.1 more (1 turns this off; complaint-model-threshold applies to one sentence)",
)


def scores(doc, label: str):
    """The sentence scores a shipped model gave ``doc`` for ``label`` (None without models)."""
    try:
        from ..models import scores_of
    except ImportError:  # a build without the models package
        return None
    return scores_of(doc, label)


def score_text(nlp, doc) -> None:
    """Score a Doc that did not go through the whole pipeline (the subject line)."""
    if "replylint_classifier" in nlp.pipe_names:
        nlp.get_pipe("replylint_classifier")(doc)


class ModelView:
    """What the models say about one draft, for ``_empathy_context._analyse``."""

    def __init__(self, ctx) -> None:
        self.mode = ctx.option("empathy-context")
        self.doc = ctx.doc
        self.draft = ctx.draft
        self.complaint = scores(ctx.doc, "complaint")
        self.bad_news = scores(ctx.doc, "bad_news")
        self.ack = scores(ctx.doc, "acknowledgement")
        self.available = None not in (self.complaint, self.bad_news, self.ack)
        if not self.available:
            self.mode = "rules"
        self.t_complaint = ctx.option("complaint-model-threshold")
        self.t_bad = ctx.option("bad-news-model-threshold")
        self.t_ack = ctx.option("acknowledgement-model-threshold")
        self.max_words_bad = ctx.option("bad-news-model-max-words")
        self.named_reader_bad = ctx.option("bad-news-model-named-reader")
        combined = self.mode == "combined"
        self.veto_complaint = ctx.option("complaint-model-veto") if combined else 0.0
        self.veto_bad = ctx.option("bad-news-model-veto") if combined else 0.0
        self.veto_addressed = ctx.option("bad-news-model-veto-addressed") if combined else 0.0
        self.veto_addressed_body = ctx.option("bad-news-model-veto-addressed-body") if combined else 0.0

    @property
    def rules_on(self) -> bool:
        return self.mode in ("combined", "rules")

    @property
    def models_on(self) -> bool:
        return self.mode in ("combined", "models")

    def keeps(self, sentence_scores, start: int | None, veto: float) -> bool:
        """Whether a lexicon cue at ``start`` survives the model's veto (combined mode)."""
        if veto <= 0 or sentence_scores is None or start is None:
            return True
        s = sentence_scores.at(start)
        return s is None or s >= veto

    def sentences(self, sentence_scores, threshold: float, ranges, max_words: int = 0):
        """(start, end, score) of scored sentences starting inside ``ranges`` at or above
        ``threshold``, of at most ``max_words`` words when that is set."""
        if sentence_scores is None or threshold >= 1.0 or not self.models_on:
            return
        for start, end, score in sentence_scores:
            if score >= threshold and any(a <= start < b for a, b in ranges):
                if max_words and len(self.draft.text[start:end].split()) > max_words:
                    continue
                yield start, end, score

    def body_ranges(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.draft.segments if s.kind == BODY]
