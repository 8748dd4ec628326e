"""Reading drafts: formats, MIME decoding, splitting into parts, positions, masking."""
from __future__ import annotations

import base64
from email.message import EmailMessage

import pytest

from replylint.draft import read_draft, sniff_format
from replylint.draft.mask import mask, template_spans
from replylint.draft.split import split
from replylint.errors import InputError


def kinds(text: str, recipients=None, sender=None) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in split(text, recipients or [], sender)]


def part_of(text: str, needle: str, **kw) -> str:
    segs = split(text, kw.get("recipients", []), kw.get("sender"))
    pos = text.index(needle)
    return next(s.kind for s in segs if s.start <= pos < s.end)


def test_segments_cover_text_exactly():
    text = "Hi Ann,\n\nThanks.\n\nBest,\nBo\n\nOn Mon, Ann <a@x.com> wrote:\n> hello\n"
    segs = split(text)
    assert segs[0].start == 0 and segs[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(segs, segs[1:]))


def test_angle_bracket_quotes():
    text = "Sure, done.\n\n> Can you send it?\n> Thanks\n"
    assert part_of(text, "Sure") == "body"
    assert part_of(text, "Can you send") == "quoted"


def test_on_wrote_attribution_wrapped_over_two_lines():
    text = (
        "Hello Kim,\n\nAll sorted now.\n\n"
        "On Tue, 4 Jun 2024 at 09:12, Kim Lee <\nkim.lee@client.example> wrote:\n"
        "> Is it sorted?\n"
    )
    segs = split(text, ["kim.lee@client.example"])
    quoted = [s for s in segs if s.kind == "quoted"]
    assert quoted and text[quoted[0].start :].startswith("On Tue")
    assert quoted[0].by_recipient is True
    assert "kim.lee@client.example" in quoted[0].author


def test_outlook_original_message_block():
    text = (
        "Hi Sam,\nPlease see below.\n\n-----Original Message-----\nFrom: Jo Park <jo@ourco.example>\n"
        "Sent: Monday, 3 June 2024 10:00\nTo: Sam\nSubject: Re: quote\n\nInternal: go no lower than 10%.\n"
    )
    assert part_of(text, "Please see") == "body"
    assert part_of(text, "Internal: go") == "quoted"
    seg = next(s for s in split(text, ["sam@client.example"], "Me <me@ourco.example>") if s.kind == "quoted")
    assert seg.by_recipient is False  # a colleague at the sender's domain


def test_outlook_header_block_without_marker():
    text = "Tracking link below.\n\nFrom: Ana Ruiz <ana@client.example>\nSent: 2 May 2024 14:00\nTo: Support\n\nMy order is late.\n"
    assert part_of(text, "My order") == "quoted"
    assert part_of(text, "Tracking") == "body"


def test_forwarded_block_and_nested_from():
    text = (
        "Hi Lee,\n\nSee below.\n\n---------- Forwarded message ---------\nFrom: Dee <dee@ourco.example>\n"
        "Date: Mon\nSubject: Fwd\n\nNote for the team.\n\n> From: Lee Grant\n> The parcel never came.\n"
    )
    segs = split(text, ["lee.grant@client.example"], "Me <me@ourco.example>")
    fwd = [s for s in segs if s.kind == "quoted"]
    assert all(s.forwarded for s in fwd)
    team = next(s for s in fwd if s.start <= text.index("Note for") < s.end)
    assert team.by_recipient is False
    client = next(s for s in fwd if s.start <= text.index("The parcel") < s.end)
    assert client.author == "Lee Grant" and client.by_recipient is True


def test_interleaved_reply_keeps_new_text():
    text = "On Mon, Ann <a@x.com> wrote:\n> Question one?\nAnswer one.\n> Question two?\nAnswer two.\n"
    assert part_of(text, "Answer one") == "body"
    assert part_of(text, "Question two") == "quoted"


def test_signature_dash_delimiter_and_valediction():
    text = "Hi,\n\nThe report is attached.\n\n-- \nJo Bloggs\nAccount Manager\n"
    assert part_of(text, "Jo Bloggs") == "signature"
    text2 = "Hi,\n\nThe report is attached.\n\nKind regards,\nJo Bloggs\nAccount Manager | Acme\n"
    assert part_of(text2, "Kind regards") == "signature"
    assert part_of(text2, "The report") == "body"


def test_long_text_after_thanks_is_not_a_signature():
    body = "\n".join(f"Line {i} of a long paragraph that keeps going on and on past any sign-off." for i in range(12))
    text = f"Hi,\n\nThanks,\n{body}\n"
    assert part_of(text, "Line 5") == "body"


def test_disclaimer_paragraph():
    text = (
        "Hi,\n\nInvoice attached.\n\nRegards,\nJo\n\n"
        "This email and any attachments are confidential and intended solely for the addressee.\n"
    )
    segs = split(text)
    dis = next(s for s in segs if s.start <= text.index("This email") < s.end)
    assert dis.kind == "disclaimer" and dis.part == "signature"


def test_line_and_column_in_source():
    d = read_draft(b"Hi,\n\nWe promise it.\n", "x.txt")
    off = d.text.index("promise")
    assert d.line_col(off) == (3, 4)


def test_crlf_text_positions():
    d = read_draft(b"Hi,\r\n\r\nWe promise it.\r\n", "x.txt")
    assert d.line_col(d.text.index("promise")) == (3, 4)


def test_html_to_text_maps_back_to_source():
    html = "<html><body>\n<p>Hello&nbsp;Ann,</p>\n<p>We <b>promise</b> it.</p>\n</body></html>"
    d = read_draft(html.encode(), "x.html")
    off = d.text.index("promise")
    line, col = d.line_col(off)
    assert html.split("\n")[line - 1][col - 1 :].startswith("promise")


def test_html_blockquote_is_quoted():
    html = "<p>Done.</p><blockquote><p>Where is my order?</p></blockquote>"
    d = read_draft(html.encode(), "x.html")
    assert d.part_at(d.text.index("Where")) == "quoted"
    assert d.part_at(d.text.index("Done")) == "body"


def _multipart(plain: str | None, html: str | None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "me@ourco.example"
    msg["To"] = "Ann <ann@client.example>"
    msg["Subject"] = "=?utf-8?q?R=C3=A9sum=C3=A9?="
    if plain is not None:
        msg.set_content(plain)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    return bytes(msg)


def test_eml_prefers_plain_and_reads_headers():
    d = read_draft(_multipart("plain body", "<p>html body</p>"), "m.eml")
    assert d.text.strip() == "plain body"
    assert d.recipients == ["Ann <ann@client.example>"]
    assert d.subject == "Résumé"


def test_eml_html_only():
    d = read_draft(_multipart(None, "<p>only html</p>"), "m.eml")
    assert "only html" in d.text and d.source_text is not None


def test_eml_base64_and_charset_decoded():
    body = "Café prices in €".encode("iso-8859-15")
    raw = (
        b"From: a@x.example\nTo: b@y.example\nSubject: t\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=iso-8859-15\nContent-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(body)
    )
    d = read_draft(raw, "m.eml")
    assert d.text.strip() == "Café prices in €"


def test_eml_quoted_printable():
    raw = (
        b"From: a@x.example\nTo: b@y.example\nSubject: t\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        b"Caf=C3=A9 is =\nopen.\n"
    )
    assert read_draft(raw, "m.eml").text.strip() == "Café is open."


def test_eml_attachment_names_and_disable_header():
    msg = EmailMessage()
    msg["From"] = "me@ourco.example"
    msg["To"] = "x@client.example"
    msg["X-Replylint-Disable"] = "PRM001, leak"
    msg.set_content("Hello")
    msg.add_attachment(b"data", maintype="application", subtype="pdf", filename="margins-INTERNAL.pdf")
    d = read_draft(bytes(msg), "m.eml")
    assert d.attachments == ["margins-INTERNAL.pdf"]
    assert d.disabled == {"PRM001", "LEAK"}


def test_a_message_without_a_text_part_is_read_with_an_empty_body():
    # A client shows an image-only message; its subject is still read.
    d = read_draft(b"From: a@x.example\nTo: b@y.example\nSubject: you idiot\nContent-Type: image/png\n\nxx\n", "img.eml")
    assert d.text == "" and [e.section for e in d.extras] == ["subject"]


@pytest.mark.parametrize(
    "raw, text, note",
    [
        (b"From: a@x.example\nTo: b@y.example\nContent-Type: text/plain; charset=klingon-8\n\nhi\n", "hi", "unknown"),
        (b"From: a@x.example\nTo: b@y.example\nContent-Type: text/plain; charset=utf-8\n\n\xff\xfe bad\n", "bad",
         "not valid utf-8"),
        (b"From: a@x.example\nTo: b@y.example\nContent-Type: multipart/mixed\n\nno boundary\n", "no boundary", None),
        (b"From: a@x.example\nTo: b@y.example\nContent-Type: text/plain; charset=gb2312\n\n\xc4\xe3\xba\xc3 \x80 ok\n",
         "\u4f60\u597d", "read as gb18030"),
        (b"From: a@x.example\nTo: b@y.example\nContent-Type: text/plain; charset=iso-8859-1\n\nOur \x93offer\x94\n",
         "\u201coffer\u201d", None),
    ],
)
def test_messages_clients_display_are_read_leniently(raw, text, note):
    d = read_draft(raw, "odd.eml")
    assert text in d.text
    if note:
        assert d.notes and note in d.notes[0]


def test_windows_1252_text_file_is_read_with_a_note():
    d = read_draft(b"Our caf\xe9 \x93offer\x94\n", "x.txt")
    assert d.text == "Our caf\u00e9 \u201coffer\u201d\n" and "windows-1252" in d.notes[0]


def test_sniffing_stdin():
    assert sniff_format(b"From: a@b.example\nTo: c@d.example\nSubject: x\n\nbody") == "eml"
    assert sniff_format(b"<html><body>hi</body></html>") == "html"
    assert sniff_format(b"Subject: looks like a header but is prose\n\nHi") == "txt"
    assert sniff_format(b"x", "t.hbs") == "template"


def test_masking_keeps_length_and_blanks_templates_and_quote_markers():
    text = "Dear {{ first_name }},\nYour rep is [Account Manager].\n> quoted line\n"
    segs = split(text)
    masked, spans = mask(text, segs)
    assert len(masked) == len(text)
    assert "first_name" not in masked and "Account Manager" not in masked
    assert masked.count(">") == 0 and "quoted line" in masked
    assert len(spans) == 2


@pytest.mark.parametrize(
    "src",
    ["{% if vip %}", "{# note #}", "{{#each items}}", "*|FNAME|*", "%FIRST_NAME%", "<<CLIENT NAME>>", "${order.id}", "[Client Name]"],
)
def test_template_syntax_recognised(src):
    assert template_spans(f"Hello {src} there") == [(6, 6 + len(src))]


@pytest.mark.parametrize("src", ["[1]", "[sic]", "see [here]"])
def test_ordinary_brackets_are_not_placeholders(src):
    assert template_spans(src) == []


def test_suppression_directives_are_masked():
    text = "Hi,\n<!-- replylint: disable=PRM001 -->\nWe promise. # replylint: disable=PRM002\n"
    masked, _ = mask(text, split(text))
    assert "replylint" not in masked and "disable" not in masked and "We promise." in masked
    assert len(masked) == len(text)


def test_a_reply_subject_is_read_for_leaks_only():
    # "Re: ..." repeats the subject of the message answered: the client's words, not the
    # writer's, as in quoted text.  A new subject is the writer's and is read in full.
    from replylint import Config, lint_message

    def subject_codes(subject: str) -> set[str]:
        raw = (f"From: jo@ourco.example\nTo: cal@client.example\nSubject: {subject}\n\n"
               "Hi Cal,\n\nThanks, I'll check with the team and come back to you.\n\nJo\n").encode()
        return {f.code for f in lint_message(raw, Config(preview=True)).findings if f.section == "subject"}

    assert not subject_codes("Re: Your salesman guaranteed March delivery") & {"PRM001", "PRM002"}
    assert "PRM001" in subject_codes("Delivery guaranteed, no matter what")
    assert "LEK001" in subject_codes("RE: card 4111 1111 1111 1111")


def test_a_span_ending_at_a_closing_tag_ends_before_it():
    # The end of "promise" is where the text after "</b>" starts: the span must end at
    # the last character of the match, not run on past the tag.
    html = "<p>We <b>promise</b> it &amp; more.</p>"
    d = read_draft(html.encode(), "x.html")
    start = d.text.index("promise")
    end = start + len("promise")
    assert html[d.to_source(start):d.to_source_end(end)] == "promise"
    assert d.line_col(end, end=True) == (1, html.index("</b>") + 1)
    amp = d.text.index("&")
    assert html[d.to_source(amp):d.to_source_end(amp + 1)] == "&amp;"
    assert d.to_source_end(end) < d.to_source(end)            # the tag lies between them


def test_plain_text_span_ends_are_unchanged():
    d = read_draft(b"Hi,\n\nWe promise it.\n", "x.txt")
    end = d.text.index("promise") + len("promise")
    assert d.to_source_end(end) == d.to_source(end) == end
