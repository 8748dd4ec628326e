"""``replylint server``: a language server on stdio, on the same warm engine as the daemon.

One :class:`~replylint.service.engine.WarmEngine` per process (the pipeline and
lexicons are built once); the Unix-socket daemon and this server are two protocols in
front of it.  What it does:

- diagnostics for drafts (``.eml .txt .md .html`` and templates, as ``check`` reads
  them) when a document is opened or saved, and while it is edited, debounced;
- code actions ("quick fixes") from each finding's edits;
- hover: the rule's documentation, as ``replylint rule CODE`` shows it;
- the config a ``check`` of the file would use (``.replylint.toml`` or
  ``pyproject.toml`` found from the file's folder), reloaded when it changes.

Diagnostics are built from the scrubbed report view: a detected secret is never in a
message, and an edit of a sensitive finding is its redacted form.  Draft text is never
logged.  Columns are converted to the UTF-16 units LSP clients count in.
"""
from __future__ import annotations

import asyncio
import fnmatch
import logging
from pathlib import Path
from urllib.parse import unquote, urlparse

from .. import __version__
from ..errors import ReplylintError
from .engine import WarmEngine

DEBOUNCE_SECONDS = 0.3
LANGUAGE_IDS = {"mail", "markdown", "text", "plaintext", "html", "jinja", "handlebars", "liquid", "mustache", "eml"}


def _drafts_globs() -> list[str]:
    from ..files import DEFAULT_INCLUDE

    return DEFAULT_INCLUDE


def _path_of(uri: str) -> str:
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


def is_draft(uri: str, language_id: str | None) -> bool:
    name = Path(_path_of(uri)).name
    if any(fnmatch.fnmatch(name, g) for g in _drafts_globs()):
        return True
    return (language_id or "").lower() in LANGUAGE_IDS


def utf16_col(line: str, col0: int) -> int:
    """A 0-based code-point column as UTF-16 code units (what LSP positions count)."""
    prefix = line[:col0]
    return col0 + sum(1 for c in prefix if ord(c) > 0xFFFF)


def codepoint_col(line: str, units: int) -> int:
    n = u = 0
    for c in line:
        if u >= units:
            break
        u += 2 if ord(c) > 0xFFFF else 1
        n += 1
    return n


class Linter:
    """The protocol-free part: buffer text -> (scrubbed findings, LSP-ready dicts)."""

    def __init__(self, engine: WarmEngine | None = None) -> None:
        self.engine = engine or WarmEngine()

    def lint(self, path: str, text: str):
        """The report view (:class:`~replylint.redaction.ReportedFile`) of a buffer."""
        from ..draft import read_draft
        from ..rules.template import is_template

        cfg = self.engine.config(cwd=Path(path).parent if Path(path).parent.is_dir() else None)
        draft = read_draft(text.encode("utf-8"), path)
        if not draft.template and is_template(draft, cfg):
            draft.template = True
        return self.engine.lint(draft, cfg).report()


def _range(lines: list[str], line: int, col: int, end_line: int, end_col: int):
    from lsprotocol import types as t

    def pos(ln: int, c: int) -> "t.Position":
        ln0 = max(0, ln - 1)
        text = lines[ln0] if ln0 < len(lines) else ""
        return t.Position(line=ln0, character=utf16_col(text, max(0, c - 1)))

    start = pos(line, col)
    end = pos(end_line, end_col) if (end_line, end_col) >= (line, col) else start
    return t.Range(start=start, end=end)


def _range_data(r) -> dict:
    return {"start": {"line": r.start.line, "character": r.start.character},
            "end": {"line": r.end.line, "character": r.end.character}}


def _range_from_data(d: dict):
    from lsprotocol import types as t

    return t.Range(start=t.Position(line=int(d["start"]["line"]), character=int(d["start"]["character"])),
                   end=t.Position(line=int(d["end"]["line"]), character=int(d["end"]["character"])))


def build_server():
    from lsprotocol import types as t
    from pygls.lsp.server import LanguageServer

    server = LanguageServer("replylint", __version__)
    linter = Linter()
    pending: dict[str, asyncio.Task] = {}
    last: dict[str, list] = {}  # uri -> [(diagnostic, finding)]

    def diagnostics_for(uri: str, text: str) -> list:
        try:
            view = linter.lint(_path_of(uri), text)
        except ReplylintError as exc:
            server.window_show_message(t.ShowMessageParams(type=t.MessageType.Error,
                                                           message=" ".join(str(exc).split())))
            return []
        lines = text.split("\n")
        out = []
        for f in view.findings:
            rng = _range(lines, f.line, f.column, f.end_line, f.end_column)
            edits = [{"range": _range(lines, e.line, e.column, e.end_line, e.end_column), "text": e.text}
                     for e in f.edits]
            d = t.Diagnostic(
                range=rng,
                message=f.message + (f"\nhelp: {f.suggestion}" if f.suggestion else ""),
                severity={"error": t.DiagnosticSeverity.Error, "warning": t.DiagnosticSeverity.Warning}.get(
                    str(f.severity), t.DiagnosticSeverity.Information),
                code=f.code,
                source="replylint",
                data={"edits": [{"range": _range_data(e["range"]), "text": e["text"]} for e in edits]},
            )
            out.append((d, f))
        return out

    async def publish(uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        doc = server.workspace.get_text_document(uri)
        version, text = doc.version, doc.source
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(None, diagnostics_for, uri, text)
        except Exception as exc:  # never the draft's text: the error's class and message only
            server.window_log_message(t.LogMessageParams(
                type=t.MessageType.Error, message=f"replylint: internal error: {exc.__class__.__name__}: {exc}"))
            return
        if server.workspace.get_text_document(uri).version != version:
            return  # edited meanwhile: the next run publishes
        last[uri] = result
        server.text_document_publish_diagnostics(t.PublishDiagnosticsParams(
            uri=uri, version=version, diagnostics=[d for d, _ in result]))

    def schedule(uri: str, language_id: str | None, delay: float) -> None:
        if not is_draft(uri, language_id):
            return
        old = pending.pop(uri, None)
        if old is not None and not old.done():
            old.cancel()
        pending[uri] = asyncio.ensure_future(publish(uri, delay))

    @server.feature(t.INITIALIZED)
    async def initialized(ls, params):
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, linter.engine.warm)

    @server.feature(t.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls, params: t.DidOpenTextDocumentParams):
        schedule(params.text_document.uri, params.text_document.language_id, 0)

    @server.feature(t.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls, params: t.DidChangeTextDocumentParams):
        doc = ls.workspace.get_text_document(params.text_document.uri)
        schedule(params.text_document.uri, doc.language_id, DEBOUNCE_SECONDS)

    @server.feature(t.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls, params: t.DidSaveTextDocumentParams):
        doc = ls.workspace.get_text_document(params.text_document.uri)
        schedule(params.text_document.uri, doc.language_id, 0)

    @server.feature(t.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls, params: t.DidCloseTextDocumentParams):
        uri = params.text_document.uri
        task = pending.pop(uri, None)
        if task is not None:
            task.cancel()
        last.pop(uri, None)
        ls.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(t.TEXT_DOCUMENT_CODE_ACTION,
                    t.CodeActionOptions(code_action_kinds=[t.CodeActionKind.QuickFix]))
    def code_action(ls, params: t.CodeActionParams):
        uri = params.text_document.uri
        actions = []
        for d in params.context.diagnostics:
            if d.source != "replylint" or not isinstance(d.data, dict):
                continue
            try:
                edits = [t.TextEdit(range=_range_from_data(e["range"]), new_text=str(e["text"]))
                         for e in d.data.get("edits", [])]
            except (KeyError, TypeError, ValueError):
                continue
            if not edits:
                continue
            shown = " / ".join(repr(e.new_text.strip()) if e.new_text.strip() else "remove it" for e in edits)
            actions.append(t.CodeAction(
                title=f"{d.code}: replace with {shown}", kind=t.CodeActionKind.QuickFix,
                diagnostics=[d], is_preferred=True,
                edit=t.WorkspaceEdit(changes={uri: edits})))
        return actions or None

    @server.feature(t.TEXT_DOCUMENT_HOVER)
    def hover(ls, params: t.HoverParams):
        from ..rules import get_rule

        p = params.position
        for d, f in last.get(params.text_document.uri, []):
            r = d.range
            if (r.start.line, r.start.character) <= (p.line, p.character) <= (r.end.line, r.end.character):
                rule = get_rule(f.code)
                if rule is None:
                    continue
                text = f"**{rule.code} {rule.name}** ({rule.category}, {f.severity})\n\n{rule.docs()}"
                return t.Hover(contents=t.MarkupContent(kind=t.MarkupKind.Markdown, value=text), range=r)
        return None

    return server


def serve() -> int:
    logging.getLogger("pygls").setLevel(logging.WARNING)
    build_server().start_io()
    return 0
