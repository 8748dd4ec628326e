"""Suppression directives: exactly their own line (or, explicitly, the next), never hiding text.

Regression tests for issue 12: `# replylint: disable=JRG001` on its own line used to
blank the line below up to the first punctuation, so a card number there passed.
"""
from __future__ import annotations

import json

import pytest
from test_cli import run, out

from replylint import Config
from replylint.suppress import find_directives

CARD = "4111 1111 1111 1111"
PROMISE = "We guarantee delivery by tomorrow."

# (comment opener, closer, suffix of a file where that syntax is a comment)
SYNTAXES = [
    ("# ", "", ".txt"),
    ("// ", "", ".txt"),
    ("{# ", " #}", ".j2"),
    ("<!-- ", " -->", ".txt"),
    ("{{!-- ", " --}}", ".hbs"),
    ("{{! ", " }}", ".hbs"),
    ("{% comment %} ", " {% endcomment %}", ".liquid"),
]


def _files(p) -> dict[str, list[dict]]:
    return {f["path"].rsplit("/", 1)[-1]: f["findings"] for f in json.loads(out(p))["files"]}


def _write(tmp_path, body_of) -> None:
    for n, (opener, closer, suffix) in enumerate(SYNTAXES):
        (tmp_path / f"d{n}{suffix}").write_text(body_of(opener, closer))


def test_a_directive_on_its_own_line_never_hides_the_next_line(tmp_path):
    # Every comment syntax in one run of the installed command (each run costs seconds).
    _write(tmp_path, lambda o, c: f"Hi Ann,\n\n{o}replylint: disable=JRG001{c}\nMy card {CARD} and the rest\n\nBest,\nBo\n")
    p = run("check", str(tmp_path), "--format", "json", cwd=tmp_path)
    assert p.returncode == 1, out(p)
    files = _files(p)
    assert len(files) == len(SYNTAXES), files.keys()
    for name, found in files.items():
        assert any(x["code"] == "LEK001" and x["line"] == 4 for x in found), (name, found)
        # The directive covered its own (empty) line: reported, with the hint to use next-line.
        stale = [x for x in found if x["code"] == "TPL100"]
        assert stale and "disable-next-line" in stale[0]["message"], (name, found)


def _lint(text: str, suffix: str):
    from replylint.draft import read_draft
    from replylint.engine import lint

    return lint(read_draft(text.encode(), f"draft{suffix}"), Config())


@pytest.mark.parametrize("opener,closer,suffix", SYNTAXES)
def test_disable_next_line_covers_exactly_the_next_line(opener, closer, suffix):
    found = _lint(f"Hi Ann,\n\n{opener}replylint: disable-next-line=overpromise{closer}\n{PROMISE}\n{PROMISE}\n", suffix)
    lines = [x.line for x in found if x.code.startswith("PRM")]
    assert lines and set(lines) == {5}, found


@pytest.mark.parametrize("opener,closer,suffix", SYNTAXES)
def test_disable_covers_its_own_line_and_text_after_it_is_still_read(opener, closer, suffix):
    found = _lint(f"Hi Ann,\n\n{PROMISE} {opener}replylint: disable=PRM{closer} card {CARD}\n{PROMISE}\n", suffix)
    assert {x.line for x in found if x.code.startswith("PRM")} == {4}, found
    assert any(x.code == "LEK001" and x.line == 3 for x in found), found


def test_a_code_list_never_runs_across_a_line_break():
    (d,) = find_directives("# replylint: disable=JRG001,\nMy card 4111\n")
    assert d.selectors == ["JRG001"] and d.lines == (1, 1)
    (d,) = find_directives("x # replylint: disable=JRG001 because the client asked\n")
    assert d.selectors == ["JRG001"]


def test_the_directive_is_masked_but_nothing_else(tmp_path):
    from replylint.draft import draft_from_text

    draft = draft_from_text(f"# replylint: disable=JRG001\n{CARD} is my card.\n")
    assert "replylint" not in draft.masked and f"{CARD} is my card." in draft.masked


def test_unknown_codes_in_directives_are_reported(tmp_path):
    p = run("check", "-", "--format", "json", stdin=f"Hi,\n\n{PROMISE} # replylint: disable=PRM, XYZ999\n", cwd=tmp_path)
    found = json.loads(out(p))["files"][0]["findings"]
    msgs = [x["message"] for x in found if x["code"] == "TPL100"]
    assert any("unknown code XYZ999" in m for m in msgs), found
    assert not any(x["code"].startswith("PRM") for x in found)  # the known code still works


def test_unknown_codes_in_the_disable_header_are_reported(tmp_path):
    raw = (f"From: me@ourco.example\nTo: ann@client.example\nX-Replylint-Disable: overpromise, NOPE12\n"
           f"Subject: x\n\n{PROMISE}\n").encode()
    p = run("check", "-", "--format", "json", stdin=raw, cwd=tmp_path)
    found = json.loads(out(p))["files"][0]["findings"]
    hits = [x for x in found if x["code"] == "TPL100"]
    assert hits and "NOPE12" in hits[0]["message"] and hits[0]["part"] == "header", found
    assert not any(x["code"].startswith("PRM") for x in found)
