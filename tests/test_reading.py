"""Everything the client reads is read, and real mail is read as mail clients read it (issue 12).

The hostile-mail corpus in ``tests/data/mail-corpus`` (our own messages modelled on real
spam, phishing and malformed mail; ``make.py`` writes it) is run through the installed
command once; the standard library's email test messages are read too when the Python
installation ships them.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_cli import err, out, run

from replylint import Config
from replylint.draft import iter_path, read_draft
from replylint.engine import lint, lint_many
from replylint.errors import InputError

CORPUS = Path(__file__).parent / "data" / "mail-corpus"
CARD = "4111 1111 1111 1111"
H = "From: Support <support@ourco.example>\nTo: Ann Lee <ann@client.example>\n"


def _codes(found, section=None):
    return {f.code for f in found if section is None or f.section == section}


def _lint(raw: bytes, name: str = "m.eml"):
    return lint(read_draft(raw, name), Config())


# -- the corpus, through the installed command ---------------------------------------
@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for f in CORPUS.iterdir():
        if f.suffix in (".eml", ".mbox", ".msg"):
            shutil.copy(f, folder / f.name)
    p = run("check", str(folder), "--format", "json", cwd=folder)
    files = {Path(x["path"]).name: x["findings"] for x in json.loads(out(p))["files"]}
    return p, files, folder


def test_every_message_a_client_displays_is_linted(corpus_run):
    p, files, folder = corpus_run
    messages = [f.name for f in folder.iterdir() if f.suffix in (".eml", ".mbox")]
    linted = {name.split("#")[0] for name in files}
    assert set(messages) <= linted, set(messages) - linted
    assert "#" in "".join(files), "the mbox gives one draft per message"
    assert sum(1 for n in files if n.startswith("archive.mbox#")) == 3
    # The only refusal is the Outlook .msg, with a one-line way out; no internal error.
    assert p.returncode == 2 and "outlook.msg" in err(p) and "save the message as .eml" in err(p)
    assert "internal error" not in err(p) and "Traceback" not in err(p)
    assert len(err(p).strip().splitlines()) == 1


@pytest.mark.parametrize("name, code, section", [
    ("alternative-html-differs.eml", "LEK001", "text/html"),   # the HTML alternative is read
    ("alternative-html-differs.eml", "RMK001", "text/html"),
    ("phishing-html-only.eml", "LEK010", "link"),              # a token in an href
    ("phishing-html-only.eml", "RMK001", "attribute"),         # alt text
    ("html-unclosed-tags.eml", "LEK001", "body"),              # digits split by <b>, &nbsp;, &#32;
    ("nested-multipart.eml", "LEK001", "attachment cards.csv"),  # a text attachment
    ("ics-attachment.eml", "LEK013", "attachment invite.ics"),
    ("empty-body.eml", "PRM001", "subject"),                   # the subject line
    ("gb2312-stray-byte.eml", "INP001", "body"),               # read leniently, and said so
    ("gb2312-stray-byte.eml", "PRM002", "body"),
    ("utf8-stray-byte.eml", "LEK001", "body"),
    ("multipart-no-boundary.eml", "PRM002", "body"),           # read as text
    ("8bit-content-disposition.eml", "LEK001", "attachment r"),  # raw 8-bit file name: no internal error
])
def test_what_the_client_reads_is_found(corpus_run, name, code, section):
    _, files, _ = corpus_run
    assert any(f["code"] == code and f["section"].startswith(section) for f in files[name]), files[name]


def test_the_second_mbox_message_is_its_own_draft(corpus_run):
    _, files, _ = corpus_run
    assert [f["code"] for f in files["archive.mbox#1"]] == []
    assert any(f["code"] == "PRM002" for f in files["archive.mbox#2"])
    assert any(f["code"] == "LEK001" for f in files["archive.mbox#3"])


# -- the parts of a message --------------------------------------------------------
def test_subject_is_linted_by_the_rules_that_read_a_subject_line():
    found = _lint((H + "Subject: Fix import, guaranteed to never fail again for your idiot users\n\nHi Ann,\n\nThanks.\n").encode())
    subject = [f for f in found if f.part == "subject"]
    assert {"PRM001", "RMK001"} <= _codes(subject) and all(f.line == 3 for f in subject)
    # Style rules about prose (sentence length, jargon) do not read a subject line.
    assert not any(f.category in ("jargon", "empathy") for f in subject)


def test_a_finding_in_both_alternatives_is_reported_once_against_the_plain_part():
    raw = (H + "Subject: x\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=A\n\n"
           "--A\nContent-Type: text/plain\n\nWe guarantee delivery by tomorrow.\n"
           "--A\nContent-Type: text/html\n\n<p>We guarantee delivery by tomorrow.</p>\n--A--\n").encode()
    found = [f for f in _lint(raw) if f.code == "PRM002"]
    assert len(found) == 1 and found[0].section == "body" and found[0].line == 10


def test_ps_after_the_sign_off_is_read_by_every_rule():
    text = "Hi Ann,\n\nThanks for waiting.\n\nBest regards,\nBo\nP.S. Don't worry, we guarantee delivery by tomorrow.\n"
    found = lint(read_draft(text.encode(), "d.txt"), Config())
    assert any(f.code.startswith("PRM") and f.line == 7 and f.part == "body" for f in found)
    # A plain signature block stays signature.
    plain = lint(read_draft(b"Hi Ann,\n\nThanks.\n\nBest regards,\nBo Smith\nSupport lead, Ourco\n", "d.txt"), Config())
    assert not any(f.part == "body" and f.line > 4 for f in plain)


def test_a_note_to_colleagues_below_the_signature_is_read():
    text = ("Hi Ann,\n\nThanks.\n\nBest,\nBo\n\nNote to team: this client is an idiot, card " + CARD + ".\n")
    found = lint(read_draft(text.encode(), "d.txt"), Config())
    assert {"RMK001", "LEK001"} <= _codes(found)


@pytest.mark.parametrize("digits", [
    "4111\u00a01111\u20091111 1111", "4111\u202f1111\u20071111\u20091111", "4111/1111/1111/1111",
    "4111_1111_1111_1111", "4111.1111.1111.1111",
])
def test_card_digits_survive_unicode_spacing_and_separators(digits):
    found = lint(read_draft(f"Hi,\n\nMy card is {digits} thanks.\n".encode(), "d.txt"), Config())
    assert "LEK001" in _codes(found)


@pytest.mark.parametrize("html", ["4111 <b>1111</b>&nbsp;1111&#32;1111", "4111<span>&#160;</span>1111&thinsp;1111&#x20;1111"])
def test_card_digits_survive_markup(html):
    found = lint(read_draft(f"<p>My card is {html} thanks.</p>".encode(), "d.html"), Config())
    assert "LEK001" in _codes(found)


def test_dates_are_not_read_as_digit_groups():
    found = lint(read_draft(b"Hi,\n\nWe met on 12/05/2024 and 2024_05_12.\n", "d.txt"), Config())
    assert not any(f.category == "leak" for f in found)


def test_html_file_attributes_are_read_and_remark_rules_skip_links():
    html = ('<p>Hello</p><a href="https://x.example/?token=ghp_abcdefghijklmnopqrstuvwxyz0123456789" title="for this moron">x</a>'
            '<a href="https://x.example/idiot-guide">guide</a>')
    found = lint(read_draft(html.encode(), "d.html"), Config())
    assert any(f.code == "LEK010" and f.section == "link" for f in found)
    assert any(f.code == "RMK001" and f.section == "attribute" for f in found)
    assert not any(f.category == "remark" and f.section == "link" for f in found)


# -- reading real mail -------------------------------------------------------------
def test_windows_1252_template_is_linted_not_refused(tmp_path):
    f = tmp_path / "offer.j2"
    f.write_bytes("Hi {{ name }},\n\nOur \u201cbest\u201d offer \u2013 we guarantee delivery by tomorrow.\n".encode("cp1252"))
    p = run("check", str(f), "--format", "json", cwd=tmp_path)
    found = json.loads(out(p))["files"][0]["findings"]
    assert p.returncode != 2 and {"INP001", "PRM002"} <= {x["code"] for x in found}, (out(p), err(p))


def test_outlook_msg_is_refused_with_a_way_out():
    with pytest.raises(InputError, match=r"save the message as \.eml"):
        read_draft(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "x.msg")


def test_mbox_and_maildir_give_one_named_draft_per_message(tmp_path):
    drafts = list(iter_path(CORPUS / "archive.mbox"))
    assert [d.path.rsplit("/", 1)[-1] for d in drafts] == ["archive.mbox#1", "archive.mbox#2", "archive.mbox#3"]
    assert "From the desk" in drafts[1].text and "Second message" not in drafts[0].text
    # Positions are lines of the mbox file.
    found = [f for f in lint(drafts[1], Config()) if f.code == "PRM002"]
    line = (CORPUS / "archive.mbox").read_text().split("\n")[found[0].line - 1]
    assert "guarantee delivery" in line
    md = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (md / sub).mkdir(parents=True)
    (md / "cur" / "1.host:2,S").write_bytes((H + "Subject: a\nMessage-ID: <a@x>\n\nFirst.\n").encode())
    (md / "new" / "2.host").write_bytes((H + "Subject: b\n\nWe guarantee delivery by tomorrow.\n").encode())
    drafts = list(iter_path(md))
    assert len(drafts) == 2 and drafts[0].label == "<a@x>"


def test_mbox_is_read_as_an_iterator():
    it = iter_path(CORPUS / "archive.mbox")
    first = next(it)
    assert first.path.endswith("#1")
    results = lint_many(iter_path(CORPUS / "archive.mbox"), Config())
    assert next(results).path.endswith("#1")


# -- positions ---------------------------------------------------------------------
def test_eml_positions_are_file_lines_for_7bit_bodies():
    raw = (H + "Subject: Re: refund\nDate: Mon, 7 Dec 2026 09:00:00 +0000\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\nHi Ann,\n\n"
           "We guarantee delivery by tomorrow.\n").encode()
    (f,) = [f for f in _lint(raw) if f.code == "PRM002"]
    assert raw.decode().split("\n")[f.line - 1].startswith("We guarantee") and f.position == "exact"
    assert f.column == 4


def test_eml_positions_of_an_encoded_part_are_its_first_line():
    import base64
    body = base64.encodebytes(b"Hi Ann,\n\nWe guarantee delivery by tomorrow.\n").decode()
    raw = (H + "Subject: x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + body).encode()
    (f,) = [f for f in _lint(raw) if f.code == "PRM002"]
    assert f.position == "part" and f.line == 7 and f.column == 1


def test_stdlib_email_test_messages_are_read():
    try:
        import test.test_email as pkg
    except ImportError:
        pytest.skip("this Python ships no email test data")
    data = Path(pkg.__file__).parent / "data"
    messages = sorted(data.glob("msg_*.txt"))
    if not messages:
        pytest.skip("no email test messages")
    drafts = [read_draft(m.read_bytes(), m.name, "eml") for m in messages]
    results = list(lint_many(drafts, Config()))
    assert len(results) == len(messages)


# -- a patch sent as mail (git send-email) ------------------------------------------
PATCH = """From 1234567890abcdef Mon Sep 17 00:00:00 2001
From: Bo <bo@ourco.example>
Date: Mon, 7 Dec 2026 09:00:00 +0000
Subject: [PATCH] Fix import, guaranteed to never fail again for your idiot users

Thanks for the report; this handles the empty case.

---
 src/app.py | 3 ++-
 1 file changed, 2 insertions(+), 1 deletion(-)

diff --git a/src/app.py b/src/app.py
index 111..222 100644
--- a/src/app.py
+++ b/src/app.py
@@ -1,3 +1,4 @@
-import os
+import os  # leverage synergies going forward and utilize the paradigm shift, guaranteed!!!
+API_KEY = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"
+# this idiot client keeps breaking it
 def main():
-- 
2.39.0
"""


def test_a_patch_diff_is_read_by_leak_and_remark_rules_only(tmp_path):
    f = tmp_path / "0001-fix.patch"
    f.write_text(PATCH)
    p = run("check", str(f), "--format", "json", cwd=tmp_path)
    (entry,) = json.loads(out(p))["files"]
    assert entry["path"] == str(f)  # one message: the file's own name, no "#1"
    found = entry["findings"]
    lines = PATCH.split("\n")
    diff = [x for x in found if x["part"] == "diff"]
    assert {x["code"] for x in diff} == {"LEK010", "RMK001"}, found
    assert all(lines[x["line"] - 1].startswith("+") for x in diff)
    # The subject is read; style rules never fire on the diff's + lines.
    assert any(x["part"] == "subject" and x["code"] == "RMK001" and x["line"] == 4 for x in found)
    assert not any(x["category"] in ("jargon", "tone", "overpromise") and x["line"] >= 9 for x in found)
