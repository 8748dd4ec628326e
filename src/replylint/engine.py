"""The engine: ``lint(draft, config) -> list[Finding]`` and its batch form.

Every front end (CLI, Python API, hooks, formatters) goes through here.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .config import Config, resolve_selector
from .draft import Draft
from .findings import Finding, Severity
from .pipeline import Pipeline, get_pipeline
from .rules import Context, Hit, Rule, get_rule
from .suppress import find_directives

EXCERPT_MAX = 80
UNUSED_SUPPRESSION = "TPL100"


@dataclass
class FileResult:
    """Findings for one draft, plus what reports need to show it safely."""

    draft: Draft
    findings: list[Finding] = field(default_factory=list)

    @property
    def path(self) -> str:
        return self.draft.path

    def display_line(self, line: int) -> str:
        """The source line, with every sensitive match on it replaced by its redaction."""
        text = self.draft.source_line(line)
        spans = []
        for f in self.findings:
            if not f.sensitive or not (f.line <= line <= f.end_line):
                continue
            start = f.column - 1 if f.line == line else 0
            end = f.end_column - 1 if f.end_line == line else len(text)
            spans.append((start, end, f.redacted or "[redacted]" if f.line == line else "…"))
        for start, end, repl in sorted(spans, reverse=True):
            text = text[:start] + repl + text[end:]
        return text

    def blocking(self, fail_on: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity >= fail_on]


def _excerpt(draft: Draft, hit: Hit, rule: Rule) -> str:
    if rule.sensitive:
        return hit.redacted or "[redacted]"
    text = " ".join(draft.text[hit.start : hit.end].split())
    return text if len(text) <= EXCERPT_MAX else text[: EXCERPT_MAX - 1] + "…"


def _finding(draft: Draft, rule: Rule, hit: Hit, config: Config) -> Finding:
    line, col = draft.line_col(hit.start)
    end_line, end_col = draft.line_col(max(hit.end, hit.start))
    seg = draft.segment_at(hit.start)
    configured = config.configured_severity(rule)
    severity = configured if configured is not None else (hit.severity if hit.severity is not None else rule.severity)
    message = hit.message or rule.message
    if seg.kind == "quoted":
        message += " (in quoted text)"
    return Finding(
        code=rule.code,
        category=rule.category,
        severity=severity,
        message=message,
        path=draft.path,
        line=line,
        column=col,
        end_line=end_line,
        end_column=end_col,
        part=seg.part,
        suggestion=hit.suggestion if hit.suggestion is not None else rule.suggestion,
        excerpt=_excerpt(draft, hit, rule),
        sensitive=rule.sensitive,
        start=hit.start,
        end=hit.end,
        redacted=(hit.redacted or "[redacted]") if rule.sensitive else None,
    )


def _matches(selector: str, rule: Rule) -> bool:
    s = selector.strip()
    return s.upper() == "ALL" or s.lower() == rule.category or rule.code.startswith(s.upper())


def _selected(selectors: Iterable[str], code: str) -> bool:
    sels = list(selectors)
    if not sels:
        return True
    for s in sels:
        try:
            if code in resolve_selector(s):
                return True
        except Exception:
            continue
    return False


def _apply_suppressions(draft: Draft, findings: list[Finding], config: Config) -> list[Finding]:
    source = draft.source_text if draft.source_text is not None else draft.text
    directives = find_directives(source)
    kept = []
    for f in findings:
        suppressed = False
        for d in directives:
            if d.lines[0] <= f.line <= d.lines[1] and _selected(d.selectors, f.code):
                d.used = True
                suppressed = True
        if not suppressed:
            kept.append(f)
    unused_rule = get_rule(UNUSED_SUPPRESSION)
    silenced = draft.disabled and ("ALL" in draft.disabled or any(_matches(s, unused_rule) for s in draft.disabled))
    if unused_rule and unused_rule in config.enabled and not silenced and UNUSED_SUPPRESSION not in config.ignored_for(draft.path):
        for d in directives:
            if not d.used:
                sels = ",".join(d.selectors) or "all rules"
                kept.append(
                    Finding(
                        code=unused_rule.code, category=unused_rule.category,
                        severity=config.severity_of(unused_rule), path=draft.path,
                        message=f"suppression of {sels} suppressed nothing", line=d.line, column=d.column,
                        end_line=d.line, end_column=d.end_column, part="body",
                        suggestion=unused_rule.suggestion, excerpt="replylint: disable",
                    )
                )
    return kept


def make_doc(pipeline: Pipeline, draft: Draft) -> Doc:
    doc = pipeline.nlp.make_doc(draft.masked)
    # Sentences never run across a part boundary (new text into a quote or signature).
    doc.user_data["replylint_breaks"] = {s.start for s in draft.segments}
    doc.user_data["replylint_text"] = draft.masked
    return doc


def check_doc(draft: Draft, doc: Doc, config: Config, pipeline: Pipeline) -> list[Finding]:
    ctx = Context(draft, doc, config, pipeline)
    ignored = config.ignored_for(draft.path)
    disabled = draft.disabled
    findings: list[Finding] = []
    for rule in config.enabled:
        if rule.code in ignored or rule.code == UNUSED_SUPPRESSION:
            continue
        if disabled and ("ALL" in disabled or any(_matches(s, rule) for s in disabled)):
            continue
        for hit in rule.check(ctx):
            if draft.segment_at(hit.start).kind not in rule.parts:
                continue
            findings.append(_finding(draft, rule, hit, config))
    findings = _apply_suppressions(draft, findings, config)
    findings.sort(key=lambda f: (f.line, f.column, f.code))
    return findings


def lint_many(drafts: Iterable[Draft], config: Config, batch_size: int = 64) -> Iterator[FileResult]:
    """Lint drafts through one ``nlp.pipe``; results come in input order."""
    pipeline = get_pipeline(config.model, config.lexicons)
    drafts = list(drafts)
    docs = pipeline.pipe((make_doc(pipeline, d) for d in drafts), batch_size=batch_size)
    for draft, doc in zip(drafts, docs):
        yield FileResult(draft, check_doc(draft, doc, config, pipeline))


def lint(draft: Draft, config: Config | None = None) -> list[Finding]:
    """Lint one draft.  The one way into the engine; everything else wraps it."""
    config = config or Config()
    return next(lint_many([draft], config)).findings
