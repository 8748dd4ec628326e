"""The rule registry.

A rule is a class with a stable ``code`` (category prefix + number), a ``name``, a
``category``, a default ``severity``, a ``message`` and optional ``suggestion``, the
message ``parts`` it reads, and ``check(ctx)`` yielding :class:`Hit`.  Its docstring is
its documentation (what it flags, why it matters, an example, a better wording), shown
by ``replylint rule CODE``.

Every module in this package is imported on first use, so a new category is a new
module: decorate its rules with :func:`register` and declare the config keys they read
with :func:`register_option`.
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from ..draft.model import BODY, DIFF, DISCLAIMER, QUOTED, SIGNATURE
from ..findings import CATEGORIES, Severity
from ..precision import default_severity as measured_default, earned

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

    from ..config import Config
    from ..draft import Draft
    from ..pipeline import Pipeline

CODE_RE = re.compile(r"^[A-Z]{3}\d{3}$")
PREFIXES = {
    "jargon": "JRG",
    "overpromise": "PRM",
    "empathy": "EMP",
    "leak": "LEK",
    "remark": "RMK",
    "tone": "TON",
    "personalization": "PRS",
    "template": "TPL",
    "followup": "FUP",
    "completeness": "CMP",
    "input": "INP",
    "timezone": "TIM",
}


@dataclass
class Hit:
    """What a rule found: offsets into ``draft.text`` plus optional overrides."""

    start: int
    end: int
    message: str | None = None
    suggestion: str | None = None
    severity: Severity | None = None
    # For sensitive rules: how to show the match (e.g. "4111 **** **** 1111").
    redacted: str | None = None
    # A trained model's score for the sentence that earned the finding.
    score: float | None = None
    # Suggested replacements: (start, end, text), offsets into ``draft.text``.  For a
    # sensitive rule the engine offers ``redacted`` when the rule gives none.
    edits: tuple[tuple[int, int, str], ...] = ()
    # The lexicon table and entry that fired, e.g. ("jargon.buzzwords", "leverage").
    match: tuple[str, str] | None = None


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    # The severity the rule's author gave it (rules compute their hits' levels from it).
    severity: ClassVar[Severity] = Severity.WARNING
    # What a user gets by default: ``severity`` when the rule has earned blocking on real
    # mail (see ``precision.py``), else info; ``preview = true`` gives ``severity``.
    # Both set by :func:`register`.
    default_severity: ClassVar[Severity] = Severity.WARNING
    declared_severity: ClassVar[Severity] = Severity.WARNING  # = severity, for reports
    earned: ClassVar[bool] = True
    message: ClassVar[str]
    suggestion: ClassVar[str | None] = None
    # Segment kinds the rule reads: style rules read the new text only.
    parts: ClassVar[frozenset[str]] = frozenset({BODY})
    # When True, excerpts are redacted and source lines scrubbed in every report.
    sensitive: ClassVar[bool] = False
    # The trained model label whose sentence scores make this rule's findings (None for
    # rules made of phrases and checks); bench/eval.py --ablation tells them apart by it.
    model_label: ClassVar[str | None] = None

    def check(self, ctx: "Context") -> Iterable[Hit]:  # pragma: no cover - abstract
        raise NotImplementedError

    @classmethod
    def docs(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> dict[str, str]:
        from ..precision import measured, on_drafts

        m = measured(cls.code)
        d = on_drafts(cls.code)
        return {"code": cls.code, "name": cls.name, "category": cls.category, "severity": str(cls.default_severity),
                "declared_severity": str(cls.severity),
                "precision": round(m.precision, 3) if m.precision is not None else None,
                "judged": m.judged, "real_mail_findings": m.findings,
                "draft_precision": round(d.precision, 3) if d.precision is not None else None,
                "draft_findings": d.findings}


NEW_TEXT = frozenset({BODY})
ALL_TEXT = frozenset({BODY, QUOTED, SIGNATURE, DISCLAIMER, DIFF})
WITH_QUOTED = frozenset({BODY, QUOTED})

_RULES: dict[str, Rule] = {}
_OPTIONS: dict[str, "Option"] = {}
_loaded = False


def register(cls: type[Rule]) -> type[Rule]:
    if not CODE_RE.match(cls.code):
        raise ValueError(f"bad rule code {cls.code!r}")
    if cls.category not in CATEGORIES:
        raise ValueError(f"{cls.code}: unknown category {cls.category!r}")
    if not cls.code.startswith(PREFIXES[cls.category]):
        raise ValueError(f"{cls.code}: code must start with {PREFIXES[cls.category]}")
    if cls.code in _RULES and type(_RULES[cls.code]) is not cls:
        raise ValueError(f"duplicate rule code {cls.code}")
    if not (cls.__doc__ or "").strip():
        raise ValueError(f"{cls.code}: a rule needs docs (its docstring)")
    cls.declared_severity = cls.severity
    cls.earned = earned(cls.code, cls.category)
    cls.default_severity = measured_default(cls.severity, cls.code, cls.category)
    _RULES[cls.code] = cls()
    return cls


@dataclass
class Option:
    """A config key read by rules, e.g. ``jargon-domains``."""

    name: str
    default: Any
    check: Callable[[Any], Any]
    help: str


def register_option(name: str, default: Any, check: Callable[[Any], Any], help: str) -> None:
    """Declare a ``[tool.replylint]`` key.  ``check`` validates (raise ValueError) and converts."""
    _OPTIONS[name] = Option(name, default, check, help)


def load_all() -> None:
    global _loaded
    if _loaded:
        return
    from ..regex_cache import recording

    with recording():  # the rule modules' own regular expressions, compiled on import
        for mod in pkgutil.iter_modules(__path__):
            if not mod.name.startswith("_"):
                importlib.import_module(f"{__name__}.{mod.name}")
    _loaded = True


def all_rules() -> list[Rule]:
    load_all()
    return [_RULES[c] for c in sorted(_RULES)]


def get_rule(code: str) -> Rule | None:
    load_all()
    return _RULES.get(code.upper())


def options() -> dict[str, Option]:
    load_all()
    return dict(_OPTIONS)


def option_default(name: str) -> Any:
    """The default of a declared option (``KeyError`` for an unknown one); rules ask for
    options on every draft, so this does not copy the table as :func:`options` does."""
    if name not in _OPTIONS:  # hook options are declared without loading every rule module
        load_all()
    return _OPTIONS[name].default


_SENTENCES = object()  # Context memo key of the draft's sentences


class Context:
    """What a rule sees of one draft: the Draft, its spaCy Doc, config and pipeline."""

    def __init__(self, draft: "Draft", doc: "Doc", config: "Config", pipeline: "Pipeline") -> None:
        self.draft = draft
        self.doc = doc
        self.config = config
        self.pipeline = pipeline
        self.lexicons = pipeline.lexicons
        self._memo: dict[Any, Any] = {}

    def memo(self, key: Any, build: Callable[[], Any]) -> Any:
        """Compute something once per draft and share it between rules."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]

    def option(self, name: str) -> Any:
        return self.config.option(name)

    def compiled(self, key: Any, build: Callable[[], Any]) -> Any:
        """Compile something once per pipeline + lexicons (matchers, regexes)."""
        return self.pipeline.cached(key, build)

    def kind_at(self, offset: int) -> str:
        return self.draft.segment_at(offset).kind

    def in_parts(self, offset: int, parts: Iterable[str]) -> bool:
        return self.kind_at(offset) in parts

    def sentences(self, parts: Iterable[str] = NEW_TEXT) -> Iterator["Span"]:
        parts = set(parts)
        # Every non-blank sentence and its part, found once per draft: most rules ask,
        # and walking doc.sents (a Span and its text per sentence) each time cost more
        # than some of the rules.
        every = self._memo.get(_SENTENCES)
        if every is None:
            text_of = self.text_of
            every = self._memo[_SENTENCES] = [(sent, self.kind_at(sent.start_char))
                                              for sent in self.doc.sents if text_of(sent).strip()]
        return (sent for sent, kind in every if kind in parts)

    def text_of(self, span: "Span") -> str:
        """``span.text``, cut from the Doc's text (Span.text joins its tokens one by one)."""
        text = self.doc.user_data.get("replylint_text")
        return text[span.start_char:span.end_char] if text is not None else span.text

    def tokens_in(self, parts: Iterable[str] = NEW_TEXT):
        parts = set(parts)
        return [t for t in self.doc if self.kind_at(t.idx) in parts]
