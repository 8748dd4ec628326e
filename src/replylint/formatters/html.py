"""A self-contained HTML report: one file a person opens in a browser, offline.

A summary (by severity, category, rule and draft), severity filters, every finding with
its context line, and the docs of every rule that fired.  Built from the scrubbed report
views like every format: a detected secret is shown in its redacted form, never whole.

Nothing is fetched when the report is opened: the CSS and the script are inline, there
are no images, fonts or external links (rule docs are inside the report, links are
anchors), and a Content-Security-Policy of ``default-src 'none'`` that allows only the
report's own script and style (by hash) makes the browser refuse any request, and any
script a draft might smuggle in, even if escaping had a hole.  Every text from a draft,
a path or a message is HTML-escaped; the script reads no draft data, it only shows and
hides findings.
"""
from __future__ import annotations

import base64
import hashlib
import html
import re
from collections import Counter

from .. import __version__
from ..findings import Severity
from ._common import rule_sections, window

# The context line of a finding: wider than the terminal's (a browser wraps nothing here).
LINE_WINDOW = 140
_LEVELS = ("error", "warning", "info")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

_STYLE = """
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--card:#f6f8fa;
--error:#cf222e;--warning:#9a6700;--info:#0969da;--mark:#fff1a8}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;
--card:#151b23;--error:#ff7b72;--warning:#d29922;--info:#58a6ff;--mark:#5c4b00}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid var(--line)}
h3{font-size:16px;margin:20px 0 8px;word-break:break-all}
a{color:var(--info)}.muted{color:var(--muted)}
code,pre,.src{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
table{border-collapse:collapse;margin:8px 0}th,td{text-align:left;padding:3px 12px 3px 0;border-bottom:1px solid var(--line);vertical-align:top}
td.n,th.n{text-align:right}
.grid{display:flex;flex-wrap:wrap;align-items:flex-start;gap:8px 40px}
caption{text-align:left;font-weight:600;padding-bottom:4px}
.sev{display:inline-block;min-width:64px;font-weight:600}
.sev-error{color:var(--error)}.sev-warning{color:var(--warning)}.sev-info{color:var(--info)}
#filters{position:sticky;top:0;background:var(--bg);padding:8px 0;border-bottom:1px solid var(--line);z-index:1}
#filters label{margin-right:18px;cursor:pointer}
.finding{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--info);border-radius:6px;padding:8px 12px;margin:8px 0}
.finding.level-error{border-left-color:var(--error)}.finding.level-warning{border-left-color:var(--warning)}
.finding .head{color:var(--fg)}.finding .loc{font-family:ui-monospace,monospace;font-size:13px;color:var(--muted)}
.src{display:block;white-space:pre;overflow-x:auto;margin:6px 0;padding:4px 8px;background:var(--bg);border-radius:4px;tab-size:8}
.src mark{background:var(--mark);color:inherit;text-decoration:underline wavy;text-underline-offset:3px}
.help{margin:2px 0}.why summary{cursor:pointer;color:var(--muted)}
.rule{border-top:1px solid var(--line);padding-top:4px}
.rule pre{background:var(--card);padding:8px;border-radius:4px;white-space:pre-wrap}
[hidden]{display:none!important}
@media print{#filters{display:none}.finding{break-inside:avoid}}
"""

_SCRIPT = """
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-severity-filter]"));
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  function apply() {
    var show = {}, shown = 0;
    boxes.forEach(function (b) { show[b.value] = b.checked; });
    findings.forEach(function (f) {
      var visible = !!show[f.getAttribute("data-severity")];
      f.hidden = !visible;
      if (visible) { shown++; }
    });
    Array.prototype.forEach.call(document.querySelectorAll("section.file"), function (s) {
      s.hidden = !s.querySelector(".finding:not([hidden])") && !!s.querySelector(".finding");
    });
    document.getElementById("shown").textContent = String(shown);
    var on = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    try {
      history.replaceState(null, "", on.length === boxes.length ? location.pathname + location.search
                                                              : "#severity=" + on.join(","));
    } catch (e) { /* some browsers refuse on file:// */ }
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  // A link to report.html#severity=error,warning opens with only those shown.
  var wanted = /(?:^#|&)severity=([a-z,]*)/.exec(location.hash);
  if (wanted) {
    var keep = wanted[1].split(",");
    boxes.forEach(function (b) {
      if (b.checked !== (keep.indexOf(b.value) >= 0)) { b.click(); }
    });
  }
  apply();
  document.getElementById("filters").removeAttribute("data-static");
})();
"""


def _e(text) -> str:
    """Escaped text from a draft, a path or a message (control characters shown as U+FFFD)."""
    return html.escape(_CONTROL.sub("\ufffd", str(text if text is not None else "")), quote=True)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 or word == 'info' else 's'}"


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


def _inline(text: str) -> str:
    """Escaped prose with `code` spans (rule docs are Markdown-like)."""
    parts = _e(text).split("`")
    return "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts))


def docs_html(docs: str) -> str:
    """A rule's docstring as HTML: its ## headings, paragraphs and ``` blocks."""
    out: list[str] = []
    para: list[str] = []
    lines = iter(docs.strip("\n").splitlines())

    def flush():
        if para:
            out.append(f"<p>{_inline(' '.join(s.strip() for s in para))}</p>")
            para.clear()

    for line in lines:
        if line.startswith("```"):
            flush()
            block = []
            for inner in lines:
                if inner.startswith("```"):
                    break
                block.append(inner)
            out.append(f"<pre>{_e(chr(10).join(block))}</pre>")
        elif line.startswith("## "):
            flush()
            out.append(f"<h4>{_e(line[3:].strip())}</h4>")
        elif not line.strip():
            flush()
        else:
            para.append(line)
    flush()
    return "\n".join(out)


def _context(res, f) -> str:
    """The finding's line (scrubbed), cut to a window, the match marked."""
    line = res.display_line(f.line)
    if not line.strip():
        return ""
    # For a sensitive finding the span is its redacted form, which is what is marked.
    shown, start, end = window(line, *res.display_span(f), LINE_WINDOW)
    if end <= start:
        return f'<code class="src">{_e(shown)}</code>'
    return (f'<code class="src">{_e(shown[:start])}<mark>{_e(shown[start:end])}</mark>'
            f"{_e(shown[end:])}</code>")


def _finding(res, f, n: int, rules) -> str:
    sev = str(f.severity)
    rule = rules.get(f.code)
    name = f" {_e(rule.name)}" if rule else ""
    out = [f'<article class="finding level-{sev}" id="f{n}" data-severity="{sev}" data-code="{_e(f.code)}">',
           f'<div class="head"><span class="sev sev-{sev}">{sev}</span> '
           f'<a href="#rule-{_e(f.code)}"><b>{_e(f.code)}</b>{name}</a> {_e(f.message)}</div>',
           f'<div class="loc">{_e(res.path)}:{f.line}:{f.column}</div>',
           _context(res, f)]
    if f.suggestion:
        out.append(f'<p class="help">help: {_e(f.suggestion)}</p>')
    if f.match:
        out.append(f'<p class="help muted">match: [{_e(f.match[0])}] {_e(f.match[1])}</p>')
    if rule:
        why = rule_sections(rule.docs()).get("Why it matters")
        if why:
            out.append(f'<details class="why"><summary>why it matters</summary><p>{_inline(" ".join(why.split()))}'
                       f' <a href="#rule-{_e(f.code)}">rule docs</a></p></details>')
    out.append("</article>")
    return "\n".join(p for p in out if p)


def render(results, options) -> str:
    from ..rules import all_rules

    rules = {r.code: r for r in all_rules()}
    findings = [(res, f) for res in results for f in res.findings]
    sev = Counter(str(f.severity) for _, f in findings)
    drafts = _plural(len(results), "draft")
    with_findings = sum(1 for r in results if r.findings)
    blocking = sum(1 for _, f in findings if f.severity >= options.fail_on)

    body: list[str] = ["<main>", "<h1>replylint report</h1>"]
    if findings:
        counts = ", ".join(f'<span class="sev-{s}">{_plural(sev[s], s)}</span>' for s in _LEVELS if sev[s])
        body.append(f"<p><b>{_plural(len(findings), 'finding')}</b> ({counts}) in {with_findings} of {drafts}; "
                    f"{blocking} at or above <code>{options.fail_on}</code>.</p>")
    else:
        body.append(f"<p>All clear: {drafts} checked.</p>")
    body.append(f'<p class="muted">replylint {_e(__version__)}. Sensitive values are shown redacted. '
                "This file loads nothing from the network.</p>")

    if findings:
        # -- summary -------------------------------------------------------------------
        body.append('<h2 id="summary">Summary</h2><div class="grid">')
        cats = Counter(f.category for _, f in findings)
        body.append('<table id="by-category"><caption>By category</caption>'
                    '<tr><th>category</th><th class="n">findings</th></tr>'
                    + "".join(f'<tr><td>{_e(c)}</td><td class="n">{n}</td></tr>'
                              for c, n in sorted(cats.items(), key=lambda x: (-x[1], x[0])))
                    + "</table>")
        by_rule = Counter(f.code for _, f in findings)
        rule_sev: dict[str, Counter] = {}
        for _, f in findings:
            rule_sev.setdefault(f.code, Counter())[str(f.severity)] += 1
        rows = []
        for code, n in sorted(by_rule.items(), key=lambda x: (-x[1], x[0])):
            rule = rules.get(code)
            levels = ", ".join(s for s in _LEVELS if rule_sev[code][s])
            rows.append(f'<tr><td><a href="#rule-{_e(code)}">{_e(code)}</a></td>'
                        f'<td>{_e(rule.name) if rule else ""}</td><td>{_e(rule.category) if rule else ""}</td>'
                        f'<td>{levels}</td><td class="n">{n}</td></tr>')
        body.append('<table id="by-rule"><caption>By rule</caption><tr><th>rule</th><th>name</th>'
                    '<th>category</th><th>severity</th><th class="n">findings</th></tr>' + "".join(rows) + "</table>")
        rows = []
        for i, res in enumerate(results):
            c = Counter(str(f.severity) for f in res.findings)
            cells = "".join(f'<td class="n sev-{s}">{c[s] or ""}</td>' for s in _LEVELS)
            where = f'<a href="#file-{i}">{_e(res.path)}</a>' if res.findings else f"{_e(res.path)}"
            rows.append(f"<tr><td>{where}</td>{cells}<td>{'' if res.findings else 'no findings'}</td></tr>")
        body.append('<table id="by-file"><caption>By draft</caption><tr><th>draft</th>'
                    + "".join(f'<th class="n">{s}</th>' for s in _LEVELS) + "<th></th></tr>"
                    + "".join(rows) + "</table></div>")

        # -- filters and findings ------------------------------------------------------
        boxes = "".join(f'<label><input type="checkbox" data-severity-filter value="{s}" checked> '
                        f'<span class="sev-{s}">{s}</span> ({sev[s]})</label>' for s in _LEVELS)
        body.append(f'<h2 id="findings">Findings</h2><div id="filters" data-static>Show: {boxes} '
                    f'<span class="muted"><span id="shown">{len(findings)}</span> of {len(findings)} shown</span>'
                    "<noscript> (the filters need JavaScript)</noscript></div>")
        n = 0
        for i, res in enumerate(results):
            if not res.findings:
                continue
            body.append(f'<section class="file" id="file-{i}"><h3>{_e(res.path)}</h3>')
            for f in res.findings:
                n += 1
                body.append(_finding(res, f, n, rules))
            body.append("</section>")

        # -- rule docs -----------------------------------------------------------------
        body.append('<h2 id="rules">Rules</h2><p class="muted">The docs of each rule that fired '
                    "(also <code>replylint rule CODE</code>).</p>")
        for code in sorted(by_rule):
            rule = rules.get(code)
            if rule is None:
                body.append(f'<section class="rule" id="rule-{_e(code)}"><h3>{_e(code)}</h3></section>')
                continue
            body.append(f'<section class="rule" id="rule-{_e(code)}"><h3>{_e(code)} {_e(rule.name)}</h3>'
                        f'<p class="muted">{_e(rule.category)}, default severity {rule.default_severity}: '
                        f"{_e(rule.message)}</p>{docs_html(rule.docs())}</section>")
    if options.errors:
        body.append('<h2 id="errors">Not checked</h2><ul>' + "".join(f"<li>{_e(e)}</li>" for e in options.errors)
                    + "</ul>")
    body.append("</main>")

    csp = (f"default-src 'none'; script-src {_csp_hash(_SCRIPT)}; style-src {_csp_hash(_STYLE)}; "
           "img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")
    head = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
            '<meta name="referrer" content="no-referrer">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>replylint report</title>", f"<style>{_STYLE}</style>", "</head>", "<body>"]
    tail = [f"<script>{_SCRIPT}</script>" if findings else "", "</body>", "</html>"]
    return "\n".join(head + body + tail) + "\n"
