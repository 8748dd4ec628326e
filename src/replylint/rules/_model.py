"""What rules built on a trained model share: the threshold option and the scored sentences.

The scores come from the ``replylint_classifier`` pipeline component
(:mod:`replylint.models`), one per sentence and label.  A model rule yields the
sentence as its span and the score in ``Hit.score`` (shown as ``score`` in JSON and
in SARIF ``properties``); the engine drops it where a rule of the same category
already flagged part of that sentence at the same severity or a higher one.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from . import Context, register_option


def _threshold(name: str):
    def check(value):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < float(value) <= 1:
            raise ValueError(f"{name} must be a number above 0 and at most 1 (1 turns the model's findings off)")
        return float(value)
    return check


def register_threshold(name: str, default: float, what: str) -> None:
    """Declare ``<name>`` (e.g. ``remark-model-threshold``): the lowest model score that
    makes a finding."""
    register_option(name, default, _threshold(name),
                    f"lowest score (0-1] of the {what} model that makes a finding; 1 turns them off")


def scored_sentences(ctx: Context, label: str, parts: Iterable[str]) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each scored sentence of the draft inside ``parts``."""
    from ..models import scores_of  # spaCy and numpy: never loaded for `replylint rules`

    scores = scores_of(ctx.doc, label)
    if scores is None:
        return
    parts = set(parts)
    for start, end, score in scores:
        if ctx.kind_at(start) in parts:
            yield start, end, score


def model_hits(ctx: Context, label: str, parts: Iterable[str], option: str) -> Iterator[tuple[int, int, float]]:
    """Sentences whose score reaches the configured threshold."""
    threshold = ctx.option(option)
    if threshold >= 1.0:
        return
    for start, end, score in scored_sentences(ctx, label, parts):
        if score >= threshold:
            yield start, end, score


def best_model_hits(ctx: Context, reads: Iterable[tuple[str, str]], parts: Iterable[str]) -> dict[tuple[int, int], float]:
    """(start, end) -> score of each sentence that one of several models, read at their own
    threshold options (``reads``: (label, option) pairs), finds; a sentence two models
    find keeps the higher score, so it is reported once."""
    parts = tuple(parts)
    best: dict[tuple[int, int], float] = {}
    for label, option in reads:
        for start, end, score in model_hits(ctx, label, parts, option):
            best[start, end] = max(score, best.get((start, end), 0.0))
    return best
