"""The engine: ``lint(draft, config) -> list[Finding]`` and its batch form.

Every front end (CLI, Python API, hooks, formatters) goes through here.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from . import spacy_import  # noqa: F401 - first: spaCy without its CLI (see there)
from spacy.tokens import Doc

from .config import Config, resolve_selector
from .draft import Draft
from .findings import Edit, Finding, Severity
from .pipeline import Pipeline, get_pipeline
from .redaction import MessageRedaction, Redaction, ReportedFile, printable
from .rules import Context, Hit, Rule, get_rule
from .suppress import find_directives

UNUSED_SUPPRESSION = "TPL100"
LENIENT_DECODING = "INP001"


@dataclass
class FileResult:
    """Findings for one draft, plus the scrubbed view reports are built from.

    ``redaction`` is built by the engine from every sensitive value detected in the
    draft (suppressed and baselined findings included); formatters never get this
    object, only :meth:`report`, which has no way back to the draft.
    """

    draft: Draft
    findings: list[Finding] = field(default_factory=list)
    redaction: Redaction | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.redaction is None:
            self.redaction = Redaction(self.draft, self.findings)

    @property
    def path(self) -> str:
        return self.draft.path

    def display_line(self, line: int) -> str:
        """The source line, with every sensitive value on it replaced by its redaction."""
        return self.redaction.line(line)

    def matched_text(self, f: Finding) -> str:
        """The scrubbed text ``f`` covers (never a detected sensitive value)."""
        return self.redaction.matched_text(f)

    def report(self) -> ReportedFile:
        """What formatters see: a printable path, the findings and scrubbed lines only."""
        path = printable(self.path)
        findings = [f if f.path == path else replace(f, path=path) for f in self.findings]
        return ReportedFile(path, findings, self.redaction)

    def blocking(self, fail_on: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity >= fail_on]


def _finding(draft: Draft, rule: Rule, hit: Hit, config: Config) -> Finding:
    line, col = draft.line_col(hit.start)
    end_line, end_col = draft.line_col(max(hit.end, hit.start), end=hit.end > hit.start)
    seg = draft.segment_at(hit.start)
    configured = config.configured_severity(rule)
    if configured is not None:
        severity = configured
    else:
        severity = hit.severity if hit.severity is not None else rule.severity
        if not (rule.earned or config.preview):  # not measured precise enough on real mail to block
            severity = min(severity, Severity.INFO)
    message = hit.message or rule.message
    edits = list(hit.edits)
    if rule.sensitive and not edits and hit.redacted and hit.end > hit.start:
        edits = [(hit.start, hit.end, hit.redacted)]
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
        excerpt="",  # cut from the scrubbed view once every rule has run
        sensitive=rule.sensitive,
        start=hit.start,
        end=hit.end,
        redacted=(hit.redacted or "[redacted]") if rule.sensitive else None,
        score=hit.score,
        edits=tuple(_edit(draft, a, b, text) for a, b, text in edits if 0 <= a <= b <= len(draft.text)),
        match=hit.match,
    )


def _edit(draft: Draft, start: int, end: int, text: str) -> Edit:
    """An edit at draft offsets; its text is scrubbed with the report (Redaction.finding)."""
    line, col = draft.line_col(start)
    end_line, end_col = draft.line_col(end, end=end > start)
    return Edit(line, col, end_line, end_col, text, start=start, end=end,
                source_start=draft.to_source(start),
                source_end=draft.to_source_end(end) if end > start else draft.to_source(end))


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


def _unknown_selectors(selectors: Iterable[str]) -> list[str]:
    unknown = []
    for s in selectors:
        try:
            resolve_selector(s)
        except Exception:
            unknown.append(s)
    return unknown


def _apply_suppressions(draft: Draft, findings: list[Finding], config: Config) -> tuple[list[Finding], list[Finding]]:
    """(kept findings, suppressed findings)."""
    source = draft.source_text if draft.source_text is not None else draft.text
    directives = find_directives(source)
    kept, dropped = [], []
    for f in findings:
        suppressed = False
        # Directives name lines of the source they are written in (an encoded part's
        # own lines, not the file's), so they are matched there.
        local = draft.local_line_col(f.start)[0] if directives else 0
        for d in directives:
            if d.lines[0] <= local <= d.lines[1] and _selected(d.selectors, f.code):
                d.used = True
                suppressed = True
        (dropped if suppressed else kept).append(f)
    unused_rule = get_rule(UNUSED_SUPPRESSION)
    silenced = draft.disabled and ("ALL" in draft.disabled or any(_matches(s, unused_rule) for s in draft.disabled))
    if not (unused_rule and unused_rule in config.enabled and not silenced
            and UNUSED_SUPPRESSION not in config.ignored_for(draft.path)):
        return kept, dropped

    def report(message: str, line: int, column: int, end_column: int, part: str, excerpt: str) -> None:
        kept.append(Finding(
            code=unused_rule.code, category=unused_rule.category,
            severity=config.severity_of(unused_rule), path=draft.path,
            message=message, line=line, column=column, end_line=line, end_column=end_column, part=part,
            suggestion=unused_rule.suggestion, excerpt=excerpt,
        ))

    for d in directives:
        line = draft.file_line(d.line)
        unknown = _unknown_selectors(d.selectors)
        if unknown:
            report(f"suppression names unknown code {', '.join(unknown)} (see `replylint rules`)",
                   line, d.column, d.end_column, "body", f"replylint: {d.kind}")
        known = [s for s in d.selectors if s not in unknown]
        if not d.used and (known or not d.selectors):
            sels = ",".join(known) or "all rules"
            hint = (" (`disable` covers its own line only; use `replylint: disable-next-line=...` for the line below)"
                    if d.alone and d.kind == "disable" else "")
            report(f"suppression of {sels} suppressed nothing{hint}", line, d.column, d.end_column, "body",
                   f"replylint: {d.kind}")
    unknown = _unknown_selectors(s for s in draft.disabled if s != "ALL") if draft.section == "body" else []
    if unknown:
        line = draft.header_lines.get("x-replylint-disable", 1)
        report(f"X-Replylint-Disable names unknown code {', '.join(sorted(unknown))} (see `replylint rules`)",
               line, 1, 1, "header", "X-Replylint-Disable")
    return kept, dropped


def _drop_model_overlaps(findings: list[Finding]) -> list[Finding]:
    """A model's finding adds what the rules missed: drop it where a rule of the same
    category already flagged part of its sentence at the same severity or a higher one
    (the rule's span and words say more).  A rule finding of lower severity does not
    hide it: a phrase rule that fell to info by the precision policy ("I promise you
    that") must not turn a model's warning on the same sentence into a note."""
    scored = [f for f in findings if f.score is not None]
    if not scored:
        return findings
    ruled = [f for f in findings if f.score is None]
    return ruled + [
        m for m in scored
        if not any(r.category == m.category and r.start < m.end and m.start < r.end
                   and r.severity >= m.severity for r in ruled)
    ]


def make_doc(pipeline: Pipeline, draft: Draft) -> Doc:
    doc = pipeline.nlp.make_doc(draft.masked)
    # Sentences never run across a part boundary (new text into a quote or signature).
    doc.user_data["replylint_breaks"] = {s.start for s in draft.segments}
    doc.user_data["replylint_text"] = draft.masked
    return doc


def check_doc(draft: Draft, doc: Doc, config: Config, pipeline: Pipeline) -> list[Finding]:
    return _check(draft, doc, config, pipeline).findings


def _check(draft: Draft, doc: Doc, config: Config, pipeline: Pipeline) -> FileResult:
    """Run every rule, then redact: the one place where report text is made."""
    ctx = Context(draft, doc, config, pipeline)
    ignored = config.ignored_for(draft.path)
    disabled = draft.disabled
    findings: list[Finding] = []
    for rule in config.enabled:
        if rule.code in ignored or rule.code == UNUSED_SUPPRESSION:
            continue
        if disabled and ("ALL" in disabled or any(_matches(s, rule) for s in disabled)):
            continue
        if draft.categories is not None and rule.category not in draft.categories:
            continue
        for hit in rule.check(ctx):
            if draft.segment_at(hit.start).kind not in rule.parts:
                continue
            findings.append(_finding(draft, rule, hit, config))
    findings = _drop_model_overlaps(findings)
    findings += _reading_notes(draft, config)
    findings, suppressed = _apply_suppressions(draft, findings, config)
    # A suppressed card number is still a card number: it is scrubbed from every other
    # finding's excerpt and from the lines shown.
    redaction = Redaction(draft, findings + suppressed)
    findings = [redaction.finding(f) for f in findings]
    findings.sort(key=lambda f: (f.line, f.column, f.code))
    # Sensitive findings are told apart in baselines and SARIF by their rank among the
    # same code's findings in the draft, never by anything derived from the value.
    seen: dict[str, int] = {}
    for i, f in enumerate(findings):
        if f.sensitive:
            seen[f.code] = seen.get(f.code, 0) + 1
            findings[i] = replace(f, ordinal=seen[f.code])
    return FileResult(draft, findings, redaction)


def _reading_notes(draft: Draft, config: Config) -> list[Finding]:
    rule = get_rule(LENIENT_DECODING)
    if not draft.notes or rule is None or rule not in config.enabled or LENIENT_DECODING in config.ignored_for(draft.path):
        return []
    if draft.disabled and ("ALL" in draft.disabled or any(_matches(s, rule) for s in draft.disabled)):
        return []
    line, col = draft.line_col(0)
    return [Finding(code=rule.code, category=rule.category, severity=config.severity_of(rule), path=draft.path,
                    message=f"text read leniently: {note}", line=line, column=col, end_line=line, end_column=col,
                    part="body", suggestion=rule.suggestion, excerpt="")
            for note in draft.notes]


def _units(draft: Draft) -> list[Draft]:
    """Every text of a draft the client reads: the main text, then its extras."""
    return [draft, *draft.extras]


def _section(unit: Draft) -> str:
    return f"{unit.section} {unit.label}" if unit.section == "attachment" and unit.label else unit.section


def _merge(draft: Draft, results: list[FileResult]) -> FileResult:
    """One result for a draft and its extras; a finding already found in an earlier text
    (the HTML alternative repeating the plain text) is reported once, where first found."""
    if len(results) == 1 and not draft.line_offset:
        return results[0]
    findings: list[Finding] = []
    seen: set[tuple] = set()
    for k, (unit, res) in enumerate(zip(_units(draft), results)):
        for f in res.findings:
            key = (f.code, f.excerpt, f.message, f.part if unit.section in _OWN_PARTS else "")
            if key in seen:
                continue
            seen.add(key)
            part = unit.section if unit.section in _OWN_PARTS else f.part
            findings.append(replace(f, unit=k, section=_section(unit), part=part,
                                    position="part" if unit.encoded else "exact"))
    findings.sort(key=lambda f: (f.line, f.column, f.code))
    seen_codes: dict[str, int] = {}
    for i, f in enumerate(findings):
        if f.sensitive:
            seen_codes[f.code] = seen_codes.get(f.code, 0) + 1
            findings[i] = replace(f, ordinal=seen_codes[f.code])
    return FileResult(draft, findings, MessageRedaction(list(zip(_units(draft), [r.redaction for r in results]))))


_OWN_PARTS = ("subject", "link", "attribute", "attachment")


def lint_many(drafts: Iterable[Draft], config: Config, batch_size: int = 64) -> Iterator[FileResult]:
    """Lint drafts through one ``nlp.pipe``; results come in input order.

    Drafts are taken from ``drafts`` as the pipe needs them (an mbox archive is never
    held whole); each draft's extras (subject, other alternatives...) go through the
    same pipe right after it.
    """
    pipeline = get_pipeline(config.model, config.lexicons)
    pending: deque[Draft] = deque()

    def docs_of():
        for d in drafts:
            pending.append(d)
            for unit in _units(d):
                yield make_doc(pipeline, unit)

    docs = pipeline.pipe(docs_of(), batch_size=batch_size)
    for i, doc in enumerate(docs):
        draft = pending.popleft()
        units = _units(draft)
        results = [_check(draft, doc, config, pipeline)]
        for unit in units[1:]:
            results.append(_check(unit, next(docs), config, pipeline))
        if i == 0:
            pipeline.save_compiled()  # the rules have compiled their lexicons by now
        yield _merge(draft, results)


def lint(draft: Draft, config: Config | None = None) -> list[Finding]:
    """Lint one draft.  The one way into the engine; everything else wraps it."""
    config = config or Config()
    return next(lint_many([draft], config)).findings
