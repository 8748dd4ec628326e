"""The text format: carets under the finding after tabs and wide characters, and long
lines shown as a window around the finding (through the installed command)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

from replylint.formatters._common import ELLIPSIS, char_width, expand, window

EXE = shutil.which("replylint")


def run(*args, cwd=None):
    cmd = [EXE, *args] if EXE else [sys.executable, "-m", "replylint", *args]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=180,
                          env={**os.environ, "NO_COLOR": "1"})


def cells(text: str) -> int:
    return sum(char_width(c) for c in text)


def carets_under(stdout: str) -> list[str]:
    """For each caret line of the output, what stands above its carets (in terminal cells)."""
    lines = stdout.splitlines()
    out = []
    for above, below in zip(lines, lines[1:]):
        if below.strip() and set(below.strip()) == {"^"}:
            first = len(below) - len(below.lstrip())
            width = len(below.strip())
            col, picked = 0, []
            for ch in above:
                if first <= col < first + width:
                    picked.append(ch)
                col += char_width(ch)
            out.append("".join(picked))
    return out


def test_char_width_and_tab_expansion():
    assert [char_width(c) for c in "a顧Ｗ😀\u0301\u200d"] == [1, 2, 2, 2, 0, 0]
    text, cols = expand("\tab\t顧x")
    assert text == " " * 8 + "ab" + " " * 6 + "顧x"
    assert cols == [0, 8, 9, 10, 16, 18, 19]


def test_carets_line_up_after_tabs_cjk_and_emoji(tmp_path):
    (tmp_path / "d.txt").write_text("Hi Ann,\n\n\t顧客様\tWe will leverage 😀😀 our ｓｙｎ synergy.\n\nBest,\nBo\n",
                                    encoding="utf-8")
    p = run("check", "d.txt", "--select", "JRG001", "--no-color", cwd=tmp_path)
    assert p.returncode in (0, 1), p.stderr
    assert carets_under(p.stdout) == ["leverage", "synergy"]
    assert "\t" not in p.stdout  # expanded the same way in the line and under it


def test_carets_under_a_wide_line_without_tabs(tmp_path):
    (tmp_path / "d.txt").write_text("Hi,\n\nお世話になっております。 Going forward we will circle back.\n", encoding="utf-8")
    p = run("check", "d.txt", "--select", "JRG001", "--no-color", cwd=tmp_path)
    assert carets_under(p.stdout) == ["Going forward", "circle back"]


def test_window_keeps_short_lines_whole_and_cuts_long_ones():
    assert window("short line", 0, 5) == ("short line", 0, 5)
    line = "a" * 500 + "FIND" + "b" * 500
    shown, s, e = window(line, 500, 504, width=40)
    assert shown[s:e] == "FIND" and shown.startswith(ELLIPSIS) and shown.endswith(ELLIPSIS)
    assert cells(shown) <= 42
    # At the start and the end of a line only one side is cut.
    shown, s, e = window(line, 0, 3, width=40)
    assert shown[s:e] == "aaa" and not shown.startswith(ELLIPSIS) and shown.endswith(ELLIPSIS)
    shown, s, e = window(line, 1001, 1004, width=40)
    assert shown[s:e] == "bbb" and shown.startswith(ELLIPSIS) and not shown.endswith(ELLIPSIS)
    # Wide characters count twice against the window.
    shown, s, e = window("顧" * 300 + "FIND" + "顧" * 300, 300, 304, width=40)
    assert shown[s:e] == "FIND" and cells(shown) <= 42
    # A line of megabytes: only the finding's neighbourhood is shown (and measured).
    shown, s, e = window("z " * 10**6 + "FIND" + " z" * 10**6, 2 * 10**6, 2 * 10**6 + 4, width=40)
    assert shown[s:e] == "FIND" and shown[0] == shown[-1] == ELLIPSIS and cells(shown) <= 42
    # A finding longer than the window is cut at the window's end.
    shown, s, e = window("x" * 50 + "y" * 300, 50, 350, width=40)
    assert shown[s:e] == "y" * 40


def test_long_one_line_html_email_output_is_bounded(tmp_path):
    filler = "<td style='padding:0;margin:0;font-family:Arial'>Monthly account summary</td>" * 60
    body = (f"<html><body><p>Hi Ann,</p>{filler}<p>We will leverage our synergy.</p>{filler}"
            f"<p>The refund will definitely arrive tomorrow.</p>{filler}<p>Going forward we will circle back.</p>"
            f"{filler}<p>Best, Bo</p></body></html>")
    assert "\n" not in body and len(body) > 18_000
    (tmp_path / "mail.html").write_text(body, encoding="utf-8")
    p = run("check", "mail.html", "--no-color", cwd=tmp_path)
    assert p.returncode in (0, 1), p.stderr
    findings = [ln for ln in p.stdout.splitlines() if ln.startswith("mail.html:")]
    assert len(findings) >= 4
    shown = [ln for ln in p.stdout.splitlines() if ln.startswith("  ") and not ln.lstrip().startswith(("^", "help:"))]
    assert len(shown) == len(findings)
    assert all(cells(ln) <= 2 + 100 + 2 for ln in shown)
    assert len(p.stdout) < 600 * len(findings)  # was 60 KB+ per finding: the whole line each time
    lines = p.stdout.splitlines()
    buzz = [i for i, ln in enumerate(lines) if ln.startswith("mail.html:") and " JRG001 " in ln]
    assert len(buzz) == 4
    for i in buzz:  # each buzzword's carets stand under it, in its window
        word = lines[i].split("buzzword '")[1].rstrip("'")
        assert carets_under("\n".join(lines[i + 1:i + 3])) == [word]


def test_carets_after_a_redaction_of_another_length_stand_under_the_match(tmp_path):
    """A password of 14 characters is shown as 8 stars: what follows it on the line moved
    6 columns left, and the carets follow it (they stood 6 columns right of the word)."""
    line = "The admin login is admin / password: Hunter2secret! and we will leverage our synergy."
    (tmp_path / "d.txt").write_text(f"Hi,\n\n{line}\n\nBo\n")
    (tmp_path / "d.eml").write_text("From: a@ourco.example\nTo: b@client.example\nSubject: Re: login\n"
                                    f"Content-Type: text/plain; charset=utf-8\n\nHi,\n\n{line}\n\nBo\n")
    for name in ("d.txt", "d.eml"):
        p = run("check", name, "--select", "LEK,JRG001", "--no-color", cwd=tmp_path)
        assert "Hunter2secret" not in p.stdout and "password: ********" in p.stdout
        assert carets_under(p.stdout) == ["leverage", "synergy"], p.stdout


def test_html_marks_the_match_and_the_redacted_form_after_a_redaction(tmp_path):
    line = "The admin login is admin / password: Hunter2secret! and we will leverage our synergy."
    (tmp_path / "d.txt").write_text(f"Hi,\n\n{line}\n\nBo\n")
    p = run("check", "d.txt", "--select", "LEK,JRG001", "--format", "html", cwd=tmp_path)
    import re
    marked = re.findall(r"<mark>(.*?)</mark>", p.stdout)
    assert marked == ["********", "leverage", "synergy"] and "Hunter2secret" not in p.stdout
