"""Template rules (TPL001-TPL003) and template mode (--template, file suffix, config globs)."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import codes, findings

from replylint import Config, lint_file, lint_text
from replylint.cli import main
from replylint.rules.template import matches_template_files

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "templates"


def tpl(text: str, **kwargs) -> list[tuple[str, str]]:
    """(code, excerpt) of the template findings."""
    return [(f.code, f.excerpt) for f in findings(text, **kwargs) if f.category == "template"]


# -- TPL001 unfilled placeholders ---------------------------------------------------
@pytest.mark.parametrize("placeholder", [
    "{{ first_name }}", "{{first_name}}", "{{{ greeting_html }}}", "[Client Name]", "[CLIENT_NAME]",
    "<<NAME>>", "%FIRST_NAME%", "*|FNAME|*", "${customer.name}", "[Name]",
])
def test_unfilled_placeholder_in_greeting(placeholder):
    text = f"Dear {placeholder},\n\nThank you for renewing your membership with us.\n\nBest wishes,\nTomasz\n"
    assert tpl(text) == [("TPL001", placeholder)]


def test_placeholder_in_signature_is_reported():
    text = "Hi Marguerite,\n\nThe replacement kettle went out this morning.\n\nKind regards,\n[Your Name]\nCustomer Care\n"
    got = findings(text)
    assert [(f.code, f.excerpt, f.part) for f in got if f.code == "TPL001"] == [("TPL001", "[Your Name]", "signature")]


def test_template_tags_and_comments_are_reported_outside_template_mode():
    text = ("Hello Bronwyn,\n\n{% if overdue %}Your invoice is now overdue.{% endif %}\n"
            "{# remove this line for VIP clients #}\nThanks,\nDes\n")
    got = [(f.code, f.excerpt, f.message) for f in findings(text) if f.code == "TPL001"]
    assert [g[1] for g in got] == ["{% if overdue %}", "{% endif %}", "{# remove this line for VIP clients #}"]
    assert "tag" in got[0][2] and "comment" in got[2][2]


def test_placeholder_positions_are_exact():
    text = "Hi Omar,\n\nYour balance of [Amount Due] is due on Friday.\n\nThanks\n"
    (f,) = [f for f in findings(text) if f.code == "TPL001"]
    assert (f.line, f.column, f.end_line, f.end_column) == (3, 17, 3, 29)


@pytest.mark.parametrize("text", [
    # Bracketed tags and references, Markdown links, footnotes.
    "Hi Lena,\n\nI saw your note marked [EXTERNAL] and have replied below.\n\nThanks\n",
    "Hi Lena,\n\nThe new rates are on [Our Pricing Page](https://example.com/pricing).\n\nThanks\n",
    "Hi Lena,\n\nAs the report says [1], the boiler passed its inspection. See [Image] above.\n\nThanks\n",
    "Hi Lena,\n\nPlease reply with [SECURE] in the subject line so the attachment is encrypted.\n\nThanks\n",
    # Link and image labels from the plain-text version of an HTML email.
    "Hi Lena,\n\nPlease read the [Terms and Conditions] and our [privacy policy].\n\nThanks\nKay\n[Company Logo]\n",
    # Curly braces in a JSON snippet for a technical client.
    'Hi Lena,\n\nSend the body as {"order": {"id": 1042, "rush": true}} and it will work.\n\nThanks\n',
])
def test_not_a_placeholder(text):
    assert tpl(text) == []


def test_placeholders_in_quoted_history_are_ignored():
    text = ("Hi Carla,\n\nYes, Thursday at 10 works for us.\n\nThanks,\nNeil\n\n"
            "On Tue, 4 Jun 2024 at 09:12, Carla Mendes <carla@example.org> wrote:\n"
            "> Dear [Supplier Name], can you confirm {{ slot }} for the delivery?\n")
    assert tpl(text) == []


def test_suppression_comment_is_not_a_placeholder():
    text = "Hi Carla,\n\n{# replylint: disable=PRM #}\nThanks for the update.\n\nNeil\n"
    assert "TPL001" not in codes(text)


# -- template mode ------------------------------------------------------------------
GOOD_TEMPLATE = ("Hi {{ first_name }},\n\nYour order {{ order_id }} left our warehouse on {{ ship_date }}.\n"
                 "{% if tracking_url %}You can follow it here: {{ tracking_url }}{% endif %}\n\n"
                 "Best wishes,\n[Agent Name]\n")


def test_template_mode_allows_placeholders():
    assert tpl(GOOD_TEMPLATE, template=True) == []
    # The same text as a real draft is full of unfilled placeholders.
    assert {c for c, _ in tpl(GOOD_TEMPLATE)} == {"TPL001"}
    assert len(tpl(GOOD_TEMPLATE)) == 7


def test_template_suffix_means_template_mode(tmp_path):
    (tmp_path / "shipped.j2").write_text(GOOD_TEMPLATE)
    (tmp_path / "shipped.txt").write_text(GOOD_TEMPLATE)
    assert [f.code for f in lint_file(tmp_path / "shipped.j2", Config()).findings if f.category == "template"] == []
    assert "TPL001" in {f.code for f in lint_file(tmp_path / "shipped.txt", Config()).findings}


def test_template_files_config_glob(tmp_path):
    (tmp_path / ".replylint.toml").write_text('template-files = ["library/**"]\n')
    lib = tmp_path / "library" / "billing"
    lib.mkdir(parents=True)
    (lib / "reminder.txt").write_text(GOOD_TEMPLATE)
    (tmp_path / "outbox").mkdir()
    (tmp_path / "outbox" / "reminder.txt").write_text(GOOD_TEMPLATE)
    runner = CliRunner()
    ok = runner.invoke(main, ["check", str(lib / "reminder.txt")])
    assert ok.exit_code == 0, ok.output
    bad = runner.invoke(main, ["check", str(tmp_path / "outbox" / "reminder.txt")])
    assert bad.exit_code == 1 and "TPL001" in bad.output
    # The API reads the same setting.
    assert not [f for f in lint_file(lib / "reminder.txt").findings if f.category == "template"]


def test_template_option_on_the_command_line(tmp_path):
    path = tmp_path / "welcome.txt"
    path.write_text(GOOD_TEMPLATE)
    runner = CliRunner()
    assert runner.invoke(main, ["check", str(path)]).exit_code == 1
    res = runner.invoke(main, ["check", "--template", str(path)])
    assert res.exit_code == 0, res.output


def test_bad_template_files_setting_is_a_one_line_error(tmp_path):
    (tmp_path / ".replylint.toml").write_text("template-files = 3\n")
    (tmp_path / "a.txt").write_text("Hello.\n")
    res = CliRunner().invoke(main, ["check", str(tmp_path / "a.txt")])
    assert res.exit_code == 2
    assert "template-files" in res.output and "Traceback" not in res.output


def test_glob_matching():
    assert matches_template_files("templates/a/b.txt", ["templates/**"])
    assert matches_template_files("/srv/x/templates/b.txt", ["templates/**"], Path("/srv/x"))
    assert matches_template_files("deep/dir/welcome.tmpl.txt", ["*.tmpl.txt"])
    assert not matches_template_files("outbox/b.txt", ["templates/**"], Path("/srv/x"))
    assert not matches_template_files("-", ["*"])


# -- TPL002 filler text -------------------------------------------------------------
@pytest.mark.parametrize("sentence,excerpt", [
    ("Your deposit of £X,XXX will be returned within ten days.", "X,XXX"),
    ("Completion is booked for XX/XX/XXXX at the solicitor's office.", "XX/XX/XXXX"),
    ("Hi XXX, thanks for getting in touch.", "XXX"),
    ("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Lorem ipsum dolor sit amet, consectetur adipiscing elit"),
    ("Price per seat: TBD", "TBD"),
    ("The engineer will arrive on TBD between 8 and 12.", "TBD"),
    ("TODO: add the refund reference.", "TODO"),
    ("[insert tracking number] is your tracking number.", "[insert tracking number]"),
    ("Your account manager is [your account manager's name].", "[your account manager's name]"),
    ("Insert the new opening hours here.", "Insert the new opening hours here"),
    ("The parking details go here.", "details go here"),
    ("[Note to self: check the VAT figure] The total is £300.", "Note to self"),
    ("Add the new opening hours here.", "Add the new opening hours here"),
    ("ENTER THE MEETING LINK HERE", "ENTER THE MEETING LINK HERE"),
    ("Your booking is confirmed (add the booking reference here).", "add the booking reference here"),
    ("Our address for returns: address goes here", "address goes here"),
])
def test_filler_text(sentence, excerpt):
    text = f"Hello Ruth,\n\n{sentence}\n\nRegards,\nMalik\n"
    assert ("TPL002", excerpt) in tpl(text)


@pytest.mark.parametrize("sentence", [
    # Masked numbers are not placeholders.
    "We charged the card XXXX XXXX XXXX 4821 on Monday.",
    "The payment came from account XXXX-XXXX-XXXX-0017.",
    "Your mandate ending XXXX5521 is active.",
    # TBD as a plain statement about something not yet known.
    "The venue for the workshop is still TBD, and we will confirm it by Friday.",
    "The exact go-live date remains TBD until the bank signs off.",
    # Ordinary words and lower-case kisses.
    "Thanks so much for the flowers, they made our day xxx",
    "Your XXL jumpers are back in stock, and insert cards are in every box.",
    "Please insert the new card into the reader and wait for the beep.",
    "Remember to sign the form before sending it back.",
    # The same verbs as instructions to the client.
    "You can add the rest of your team here: https://example.com/team",
    "Please enter your meter reading here and we will update the bill.",
    "Can you fill me in on what the engineer said? The form needs to be filled in by Friday.",
    "The new radiator goes here, under the window, as we agreed.",
    "I have attached sample text for the brochure so you can check the tone.",
])
def test_not_filler(sentence):
    text = f"Hello Ruth,\n\n{sentence}\n\nRegards,\nMalik\n"
    assert tpl(text) == []


def test_filler_allowed_in_template_mode():
    text = "Hello {{ name }},\n\nYour appointment is on XX/XX/XXXX. Room: TBD.\n\nRegards,\nMalik\n"
    assert tpl(text, template=True) == []
    assert {c for c, _ in tpl(text)} == {"TPL001", "TPL002"}


# -- TPL003 broken syntax ------------------------------------------------------------
@pytest.mark.parametrize("template", [True, False])
def test_broken_placeholder_missing_brace(template):
    text = "Hi {{ first_name },\n\nYour order {{ order_id }} has shipped.\n\nThanks,\nRui\n"
    got = [(f.code, f.line, f.excerpt) for f in findings(text, template=template) if f.code == "TPL003"]
    assert got == [("TPL003", 1, "{{ first_name }")]
    # The typo does not hide the prose after it from the other rules.
    (res,) = [lint_text(text, Config(), template=template).result]
    assert "Your order" in res.draft.masked and "order_id" not in res.draft.masked
    if not template:
        assert ("TPL001", "{{ order_id }}") in [(f.code, f.excerpt) for f in res.findings]


@pytest.mark.parametrize("snippet,excerpt", [
    ("Hi {first_name}},", "{first_name}}"),
    ("Your order {{ order_id has shipped.", "{{ order_id has shipped."),
    ("{% if vip %}Free delivery.{% endif }", "{% endif }"),
    ("Hi {{ name }, your {% if vip %}free{% endif %} gift {{ gift }} is ready.", "{{ name }"),
    ("{{!-- {{ kept }} --}}Hi {{ name }, thanks.", "{{ name }"),
])
def test_broken_placeholder_shapes(snippet, excerpt):
    text = f"{snippet}\n\nThanks,\nRui\n"
    got = [f.excerpt for f in findings(text, template=True) if f.code == "TPL003"]
    assert got == [excerpt]


def test_well_formed_templates_have_no_broken_syntax():
    text = ("{{!-- header partial --}}\n{{> header }}\nHi {{ first_name | default: 'there' }},\n"
            "{{#each items}}- {{ this.name }}\n{{/each}}\n{% raw %}{% endraw %}\nThanks\n")
    assert [f for f in findings(text, template=True) if f.category == "template"] == []


# -- example library -----------------------------------------------------------------
@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="examples/templates not in this tree")
def test_example_templates():
    good = sorted((EXAMPLES / "good").iterdir())
    bad = sorted((EXAMPLES / "bad").iterdir())
    assert good and bad
    runner = CliRunner()
    res = runner.invoke(main, ["check", *map(str, good)])
    assert res.exit_code == 0, res.output
    for path in bad:
        res = runner.invoke(main, ["check", str(path)])
        assert res.exit_code == 1, path
        assert "TPL00" in res.output, path


def test_template_option_applies_to_eml_files(tmp_path):
    from helpers import eml

    path = tmp_path / "template.eml"
    path.write_bytes(eml("Dear {{ first_name }},\n\nYour parcel is on its way.\n\nBest,\nIlse\n"))
    runner = CliRunner()
    assert "TPL001" in runner.invoke(main, ["check", str(path)]).output
    res = runner.invoke(main, ["check", "--template", "--select", "template", str(path)])
    assert res.exit_code == 0, res.output


# -- robustness ----------------------------------------------------------------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(["{{", "}}", "{%", "%}", "{#", "#}", "{{!--", "--}}", "[", "]", "<<", ">>", "%", "X",
                           "XXX", "TBD", " ", "\n", "\n\n", "name", "Client Name", "insert", "here", "lorem ipsum",
                           "> ", "(", ")", ":", ",", "é", "\r\n"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=40), st.booleans())
def test_template_rules_never_crash_and_stay_in_bounds(pieces, template):
    text = "".join(pieces)
    report = lint_text(text, Config(select=["template"]), template=template)
    n = len(report.result.draft.text)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= n
        assert f.line >= 1 and f.column >= 1
        if template:
            assert f.code in ("TPL003", "TPL100")


@pytest.mark.parametrize("text", ["Here is the lorem ip\u017fum for the page.", "Fill in the ſignature here, dummy \u0130ext."])
def test_letters_that_case_fold_to_ascii_do_not_crash_the_filler_check(text):
    # "ſ" (long s) and "İ" match ASCII letters case-insensitively but lower() keeps them:
    # the filler check once looked such a word up by its lower-case form and crashed.
    lint_text(f"Hi Sam,\n\n{text}\n\nThanks,\nAna\n")  # raised KeyError before


# -- real-mail false alarms (issue 13): written for these tests, not copied from mail ----
@pytest.mark.parametrize("sentence", [
    "Team lunch on Thursday at noon. Place TBD.",
    "The offsite is booked for May; venue TBD",
    "Shares in Harwell Optics [HWO] rose after the results, and Lindqvist [LQV] fell.",
    "Attached are the spreadsheets. <<Q3 2024 Capacity Summary>> <<Depot rota for week 12>>",
])
def test_statements_tickers_and_attachment_names_are_not_placeholders(sentence):
    text = f"Hello Ruth,\n\n{sentence}\n\nRegards,\nMalik\n"
    assert tpl(text) == []


@pytest.mark.parametrize("sentence, flagged", [
    ("The engineer will arrive on TBD between 8 and 12.", "TBD"),
    ("Hello [CUSTOMER], your order has shipped.", "[CUSTOMER]"),
    ("Dear [NAME], thanks for your order.", "[NAME]"),
    ("Dear <<Client Name>>, thanks for your order.", "<<Client Name>>"),
])
def test_slots_stay_placeholders(sentence, flagged):
    text = f"{sentence}\n\nRegards,\nMalik\n"
    assert flagged in [excerpt for _code, excerpt in tpl(text)]
