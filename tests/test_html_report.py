"""``check --format html``: a self-contained report, checked as built and as a person sees
it in headless Chromium (skipped where no ``chromium`` binary is installed; ``.ci/run``
installs Debian's).

What Chromium is asked: the report of ``examples/`` with every finding present after
its script ran, no secret whole in the page, no request to any network address (every
request Chromium makes goes to a recording proxy on a local port, bypass list empty; a
control page with one remote image proves the probe sees requests), a severity filter
that hides findings, and a draft's ``<script>`` shown as text, never run.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest

from replylint import Config, lint_text
from replylint.formatters import RenderOptions, get

REPO = Path(__file__).resolve().parents[1]
EXE = shutil.which("replylint")
CHROMIUM = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)
CARD = "4111 1111 1111 1111"
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (Debian package chromium)")
EVIL = ('Hi Ann,\n\nWe will leverage <script>document.title="pwned";document.body.setAttribute("data-pwned","1")'
        '</script> our synergy <img src=x onerror="document.title=\'img\'"> today.\n\nBest,\nBo\n')


def run(*args, cwd=None):
    cmd = [EXE, *args] if EXE else [sys.executable, "-m", "replylint", *args]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=300,
                          env={**os.environ, "NO_COLOR": "1"})


class Tags(HTMLParser):
    """Every start tag with its attributes, as an HTML parser reads the report."""

    def __init__(self, text: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def examples_report(tmp_path_factory):
    """``replylint check examples/ --format html -o report.html`` and the same as JSON."""
    out = tmp_path_factory.mktemp("report")
    p = run("check", "examples/", "--format", "html", "-o", str(out / "report.html"), cwd=REPO)
    assert p.returncode == 1, p.stderr
    assert p.stdout == ""  # the report went to the file
    js = run("check", "examples/", "--format", "json", cwd=REPO)
    findings = [(f["path"] if "path" in f else file["path"], f) for file in json.loads(js.stdout)["files"]
                for f in file["findings"]]
    return out / "report.html", findings


# -- as built ------------------------------------------------------------------------------
def test_cli_writes_the_report_to_the_output_file(examples_report):
    path, findings = examples_report
    html = path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # quotes draft lines: the owner's only
    assert html.startswith("<!DOCTYPE html>")
    assert findings and html.count("<article class=\"finding") == len(findings)
    assert CARD not in html and CARD.replace(" ", "") not in html and "4111 **** **** 1111" in html
    for section in ('id="by-category"', 'id="by-rule"', 'id="by-file"', 'id="filters"', 'id="rules"'):
        assert section in html
    for _, f in findings:  # every rule that fired has its docs in the report
        assert f'id="rule-{f["code"]}"' in html


def test_report_loads_nothing_and_allows_only_its_own_script_and_style(examples_report):
    html = examples_report[0].read_text(encoding="utf-8")
    tags = Tags(html).tags
    assert not [t for t, a in tags if t in ("img", "link", "iframe", "object", "embed", "video", "audio", "source")]
    assert not [a for _, a in tags if "src" in a or "srcset" in a or "action" in a]
    assert all(a["href"].startswith("#") for t, a in tags if "href" in a)
    assert not re.search(r"(?i)(https?:)?//[a-z0-9]|url\(|@import", html.split("<main>")[0] + html.split("</main>")[1])
    csp = next(a["content"] for t, a in tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    for tag in ("script", "style"):
        blocks = re.findall(rf"<{tag}>(.*?)</{tag}>", html, re.S)
        assert len(blocks) == 1
        digest = base64.b64encode(hashlib.sha256(blocks[0].encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}'" in csp


def test_a_draft_cannot_inject_markup(tmp_path):
    res = lint_text(EVIL, Config(), path='d<script>alert(1)</script>".txt')
    html = get("html").render([res.result], RenderOptions())
    assert html.count("<script>") == 1 and "<img" not in html and 'onerror="' not in html
    assert "&lt;script&gt;document.title=&quot;pwned&quot;" in html
    assert "d&lt;script&gt;alert(1)&lt;/script&gt;&quot;.txt" in html


def test_an_empty_run_is_all_clear_and_input_errors_are_listed():
    html = get("html").render([], RenderOptions(errors=["broken.eml: <not> a message"]))
    assert "All clear: 0 drafts checked." in html and "broken.eml: &lt;not&gt; a message" in html


def test_output_file_errors_are_one_line_and_exit_2(tmp_path):
    (tmp_path / "d.txt").write_text("Hi,\n\nWe will leverage it.\n")
    p = run("check", "d.txt", "-o", "missing/dir/report.html", "--format", "html", cwd=tmp_path)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "cannot write missing/dir/report.html" in p.stderr
    assert "Traceback" not in p.stderr


def test_output_file_for_text_has_no_colour_even_with_a_terminal_default(tmp_path):
    (tmp_path / "d.txt").write_text("Hi,\n\nWe will leverage it.\n")
    p = run("check", "d.txt", "--output-file", "out.txt", cwd=tmp_path)
    assert p.stdout == "" and p.returncode in (0, 1)
    text = (tmp_path / "out.txt").read_text()
    assert "d.txt:3:9: JRG001" in text and "\033[" not in text
    assert text == run("check", "d.txt", cwd=tmp_path).stdout


# -- in Chromium ----------------------------------------------------------------------------
class RecordingProxy:
    """An HTTP proxy on a local port that answers 502 and records every request line."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.requests: list[str] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                try:
                    first = conn.recv(4096).split(b"\r\n", 1)[0].decode("latin-1")
                    self.requests.append(first)
                    conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except OSError:
                    pass

    def close(self):
        self.sock.close()

    def from_page(self) -> list[str]:
        """Requests other than Chromium's own background services (network time,
        component updates, sign-in), which it makes for a blank page too, whatever the
        flags: a report has no URL at all (checked above), so it cannot ask for these."""
        return [r for r in self.requests if not re.match(_BROWSER_SERVICES, r.split(" ")[1] if " " in r else r)]


_BROWSER_SERVICES = (r"(https?://)?(clients2\.google\.com/time/|update\.googleapis\.com(:443$|/service/update2/)"
                     r"|accounts\.google\.com:443$)")


def chromium(url: str, tmp_path: Path, proxy: RecordingProxy, *extra: str) -> str:
    """The DOM of ``url`` after its scripts ran, every request sent to ``proxy``."""
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    cmd = [CHROMIUM, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-default-apps", "--allow-browser-signin=false", "--component-updater=disable",
           "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,AutofillServerCommunication",
           f"--user-data-dir={profile}", f"--proxy-server=http://127.0.0.1:{proxy.port}",
           "--proxy-bypass-list=<-loopback>", "--virtual-time-budget=3000", *extra, url]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr[-2000:]
    return p.stdout


@pytest.fixture()
def proxy():
    rec = RecordingProxy()
    yield rec
    rec.close()


@needs_chromium
def test_the_network_probe_sees_a_remote_request(tmp_path, proxy):
    """Control: a page with one remote image makes a request the proxy records."""
    page = tmp_path / "control.html"
    page.write_text('<!DOCTYPE html><p>x</p><img src="http://images.example.com/pixel.png">'
                    '<img src="https://update.googleapis.com.example.net/x.png">')
    chromium(page.as_uri(), tmp_path, proxy, "--dump-dom")
    seen = proxy.from_page()
    assert any("images.example.com" in r for r in seen), proxy.requests
    assert any("update.googleapis.com.example.net" in r for r in seen), proxy.requests  # not excluded


@needs_chromium
def test_examples_report_in_chromium_every_finding_no_secret_no_request(examples_report, tmp_path, proxy):
    path, findings = examples_report
    dom = chromium(path.as_uri(), tmp_path, proxy, "--dump-dom")
    assert proxy.from_page() == [], proxy.requests
    filters = next(a for t, a in Tags(dom).tags if a.get("id") == "filters")
    assert "data-static" not in filters  # the report's script ran
    articles = re.findall(r'<article class="finding[^"]*"[^>]*>(.*?)</article>', dom, re.S)
    assert len(articles) == len(findings)
    shown = [re.sub(r"<[^>]+>", "", a) for a in articles]
    for (path_, f), text in zip(findings, shown):
        assert f"{path_}:{f['line']}:{f['column']}" in text and f["code"] in text
    assert CARD not in dom and CARD.replace(" ", "") not in dom and "4111 **** **** 1111" in dom
    assert f"<span id=\"shown\">{len(findings)}</span>" in dom
    assert not [a for t, a in Tags(dom).tags if t in ("article", "section") and "hidden" in a]


@needs_chromium
def test_severity_filter_hides_findings_in_chromium(examples_report, tmp_path, proxy):
    """The report opened as report.html#severity=error: the script unticks the other boxes
    with click(), the same change handler a person's click runs."""
    path, findings = examples_report
    dom = chromium(path.as_uri() + "#severity=error", tmp_path, proxy, "--dump-dom")
    tags = [a for t, a in Tags(dom).tags if t == "article"]
    assert len(tags) == len(findings)
    for a in tags:
        assert ("hidden" in a) == (a["data-severity"] != "error"), a
    errors = sum(1 for _, f in findings if f["severity"] == "error")
    assert errors and f'<span id="shown">{errors}</span>' in dom
    # A draft with only info findings has its whole section hidden.
    sections = [a for t, a in Tags(dom).tags if t == "section" and a.get("class") == "file"]
    assert any("hidden" in a for a in sections) and any("hidden" not in a for a in sections)


@needs_chromium
def test_draft_script_is_text_not_code_in_chromium(tmp_path, proxy):
    (tmp_path / "evil.txt").write_text(EVIL)
    p = run("check", "evil.txt", "--format", "html", "-o", "evil.html", cwd=tmp_path)
    assert p.returncode in (0, 1), p.stderr
    dom = chromium((tmp_path / "evil.html").as_uri(), tmp_path, proxy, "--dump-dom")
    assert dom.count("<script") == 1 and "<img" not in dom and "data-pwned" not in dom.split("<main>")[0]
    assert "<title>replylint report</title>" in dom
    assert '&lt;script&gt;document.title="pwned"' in dom  # shown, as text
    assert proxy.from_page() == [], proxy.requests


def test_docs_screenshot_is_a_real_report():
    shot = REPO / "docs" / "html-report.png"
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    assert "docs/html-report.png" in (REPO / "README.md").read_text(encoding="utf-8")


def test_an_html_draft_highlight_stops_at_the_match_and_keeps_the_tags_beside_a_redaction(tmp_path):
    (tmp_path / "d.html").write_text(
        "<p>Hi Tom,</p>\n<p>Your <b>idiot</b> intern called.</p>\n"
        "<p>Card <b>4111 1111 1111 1111</b> on file.</p>\n", encoding="utf-8")
    p = run("check", "d.html", "--preview", "--format", "html", cwd=tmp_path)
    assert p.returncode == 1, p.stderr
    marked = re.findall(r'<code class="src">(.*?)</code>', p.stdout)
    # the highlight is the word, not the word and the closing tag after it
    assert any("&lt;b&gt;<mark>idiot</mark>&lt;/b&gt; intern" in m for m in marked), marked
    # the redacted card keeps the tag that follows it on the shown line
    card = [m for m in marked if "4111 **** **** 1111" in m]
    assert card and all("1111</mark>&lt;/b&gt; on file" in m or "1111&lt;/b&gt; on file" in m for m in card), card
    assert "1111 1111 1111 1111" not in p.stdout
