"""Lint a stream of inputs on every core, results in input order (``check --jobs``).

Inputs are whatever the caller's ``prepare`` turns into a (Draft, Config): file paths
for ``check``.  They are consumed lazily in chunks, at most a few chunks per worker in
flight, and each result keeps only what reports need (findings and the scrubbed lines
they point at), so memory stays bounded however many drafts stream through.

The parent lints the first few drafts itself, which builds the pipeline and compiles
every lexicon; worker processes are forked after that and start warm.  Where ``fork`` is not
available (Windows, and macOS's default), everything runs in the one process.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from .errors import ReplylintError
from .findings import Finding, Severity
from .redaction import ReportedFile, printable

CHUNK = 16  # the first chunk's drafts; later chunks double up to the largest
CHUNK_MAX = 128
WARM = 8  # drafts the parent lints before forking workers


@dataclass
class Outcome:
    """One input's result: a report view (no draft text) or a one-line input error."""

    report: ReportedFile | None
    fail_on: Severity = Severity.WARNING
    error: str | None = None
    # The full FileResult, only when asked for (baselines read the draft).
    result: Any = None


class ScrubbedLines:
    """The scrubbed lines and matched texts a report shows, and nothing else of a draft."""

    def __init__(self, result) -> None:
        self._lines = {n: result.display_line(n) for f in result.findings for n in range(f.line, f.end_line + 1)}
        self._matched = {_key(f): result.matched_text(f) for f in result.findings}
        self._spans = {_key(f): result.redaction.span(f) for f in result.findings}
        edits = [e for f in result.findings for e in f.edits]
        # The diff's hunks only (a few lines), and only for a draft with edits.
        self._diff = result.redaction.diff(printable(result.path), edits) if edits else ""

    def diff(self, path: str, edits) -> str:
        return self._diff

    def line(self, n: int) -> str:
        return self._lines.get(n, "")

    def matched_text(self, f: Finding) -> str:
        return self._matched.get(_key(f), f.excerpt)

    def span(self, f: Finding) -> tuple[int, int]:
        return self._spans.get(_key(f), (f.column - 1, f.column - 1))


def _key(f: Finding) -> tuple:
    return (f.code, f.line, f.column, f.end_line, f.end_column, f.message)


def slim(result) -> ReportedFile:
    """A FileResult as a small, picklable report view."""
    view = result.report()
    return ReportedFile(view.path, view.findings, ScrubbedLines(result))


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _lint_chunk(items: list, prepare: Callable, keep: bool) -> list[Outcome]:
    from .engine import lint_many

    outcomes: list[Outcome | None] = [None] * len(items)
    groups: dict[int, tuple[Any, list[tuple[int, Any]]]] = {}
    for i, item in enumerate(items):
        try:
            draft, cfg = prepare(item)
        except ReplylintError as exc:
            outcomes[i] = Outcome(None, error=" ".join(str(exc).split()))
            continue
        groups.setdefault(id(cfg), (cfg, []))[1].append((i, draft))
    for cfg, members in groups.values():
        for (i, _), res in zip(members, lint_many([d for _, d in members], cfg)):
            outcomes[i] = Outcome(slim(res), cfg.fail_on, result=res if keep else None)
    return outcomes  # type: ignore[return-value]


def _settle(collecting: bool) -> None:
    """Once the engine is warm: its objects (spaCy's vocabulary, compiled lexicons,
    models: a few hundred thousand) are moved out of the cyclic collector's sight, so
    no full collection walks them again (that walk cost about a tenth of a long run)
    and forked workers do not copy the memory pages it would write to."""
    gc.freeze()
    if collecting:
        gc.enable()


# Set in the parent before the pool forks; the children inherit it.
_PREPARE: Callable | None = None


def _work(items: list) -> list[Outcome]:
    assert _PREPARE is not None
    return _lint_chunk(items, _PREPARE, keep=False)


def _fork_context():
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return multiprocessing.get_context("fork")


def _chunks(it: Iterator, size: int, largest: int) -> Iterator[list]:
    while True:
        items = list(islice(it, size))
        if not items:
            return
        yield items
        size = min(size * 2, largest)


def lint_stream(items: Iterable, prepare: Callable[[Any], tuple[Any, Any]], jobs: int = 1, *,
                keep: bool = False, chunk: int = CHUNK_MAX) -> Iterator[Outcome]:
    """Outcomes for ``items`` in their order, linted by ``jobs`` processes.

    ``prepare(item)`` returns ``(draft, config)`` or raises ReplylintError (reported as
    the item's one-line error).  ``keep=True`` also returns each FileResult, and runs in
    this process only (results with drafts are not sent between processes).

    Chunks start small and double up to ``chunk`` drafts: a short folder is still shared
    between workers, and a long run sends few large chunks (each chunk costs a round trip
    and a ``nlp.pipe`` batch; with 32-draft chunks two jobs spent about a tenth more CPU
    than one, with 96-128 a few percent).
    """
    global _PREPARE
    it = iter(items)
    ctx = _fork_context()
    parallel = jobs > 1 and not keep and ctx is not None
    # With workers to come, the parent warms the engine on a few drafts only: the other
    # cores wait while it does, and workers forked after it start warm.
    first = list(islice(it, WARM if parallel else min(CHUNK, chunk)))
    if not first:
        return
    chunks = _chunks(it, min(CHUNK, chunk), chunk)
    # Start-up (importing spaCy, building the pipeline, the first lint compiling every
    # lexicon) makes objects that live as long as the process: the cyclic collector
    # walking them all, several times, was a fifth of a cold check.
    collecting = gc.isenabled()
    gc.disable()
    try:
        outcomes = _lint_chunk(first, prepare, keep)
    finally:
        _settle(collecting)
    yield from outcomes
    second = next(chunks, None)
    if second is None:
        return
    if not parallel:
        yield from _lint_chunk(second, prepare, keep)
        for c in chunks:
            yield from _lint_chunk(c, prepare, keep)
        return
    from concurrent.futures import ProcessPoolExecutor

    _PREPARE = prepare
    pool = ProcessPoolExecutor(jobs, mp_context=ctx)
    try:
        pending = deque([pool.submit(_work, second)])
        window = jobs * 3
        for c in chunks:
            pending.append(pool.submit(_work, c))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _PREPARE = None

