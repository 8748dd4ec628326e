"""Jargon rules: buzzwords (JRG001), unexplained acronyms (JRG002), trade terms (JRG003),
internal names (JRG004), hard-to-read paragraphs (JRG005) and long sentences (JRG006)."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import textstat
from helpers import findings

from replylint import Config
from replylint.errors import ConfigError
from replylint.findings import Severity
from replylint.rules import get_rule

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"


def jrg(text: str, config: Config | None = None, code: str | None = None, **kwargs):
    out = [f for f in findings(text, config, **kwargs) if f.category == "jargon"]
    return [f for f in out if code is None or f.code == code]


def excerpts(fs) -> list[str]:
    return [f.excerpt for f in fs]


def cfg(**options) -> Config:
    return Config.from_dict({k.replace("_", "-"): v for k, v in options.items()})


# -- JRG001 buzzwords ------------------------------------------------------------

def test_buzzwords_match_through_inflections_and_variations():
    text = (
        "Hi Odette,\n\n"
        "We're leveraging the new scheduler and I circled back with the warehouse on Monday. "
        "Fixing the labels was low hanging fruit, and the next change should really move the needle "
        "for your team.\n\nThanks,\nPaul\n"
    )
    got = excerpts(jrg(text, code="JRG001"))
    assert "leveraging" in got
    assert "circled back" in got
    assert "low hanging fruit" in got
    assert "move the needle" in got
    assert all(f.severity == Severity.WARNING for f in jrg(text, code="JRG001"))


def test_buzzword_suggests_a_plain_word():
    (f,) = jrg("Hi Tom,\n\nLet's ideate on the spring menu together.\n\nBest,\nAna\n", code="JRG001")
    assert f.excerpt == "ideate"
    assert "ideas" in f.suggestion


def test_verb_only_buzzword_ignores_the_financial_noun():
    bank = (
        "Dear Mr Quinn,\n\nYour leverage is now 3.2 times earnings, and the leverage ratio covenant "
        "in the facility is 3.5, so there is still headroom.\n\nKind regards,\nNadia\n"
    )
    assert jrg(bank, code="JRG001") == []
    verb = "Dear Mr Quinn,\n\nWe will leverage your existing accounts to speed this up.\n\nKind regards,\nNadia\n"
    assert excerpts(jrg(verb, code="JRG001")) == ["leverage"]


def test_office_shorthand_verb_is_info_and_its_noun_is_fine():
    (f,) = jrg("Hi Jo,\n\nWe'll action your refund today.\n\nThanks,\nSam\n", code="JRG001")
    assert (f.excerpt, f.severity) == ("action", Severity.INFO)
    assert jrg("Hi Jo,\n\nNo action is needed from you.\n\nThanks,\nSam\n", code="JRG001") == []


def test_mild_office_phrase_is_only_info():
    (f,) = jrg("Hi Jo,\n\nI'll reach out to the courier today.\n\nThanks,\nSam\n", code="JRG001")
    assert f.severity == Severity.INFO


def test_buzzword_the_client_used_first_is_not_flagged():
    text = (
        "Hi Priya,\n\nHappy to help you unlock synergies between the two shops: start by sharing one "
        "stock list so both can sell what the other has.\n\nBest,\nLeo\n\n"
        "On Tue, 4 Jun 2024 at 09:12, Priya Nair <priya@corner-deli.example> wrote:\n"
        "> How do we unlock synergies between our two shops?\n"
    )
    assert jrg(text, code="JRG001", to="priya@corner-deli.example") == []


def test_buzzword_in_quoted_text_only_is_not_flagged():
    text = (
        "Hi Ruth,\n\nIn short: we'll email members who haven't booked for a month and offer a free class.\n\n"
        "Best,\nKim\n\n"
        "> We need a paradigm shift and real synergy in how we keep members. Thoughts?\n"
    )
    assert jrg(text) == []


def test_colleagues_buzzword_in_quote_does_not_excuse_the_reply():
    text = (
        "Hi Ruth,\n\nWe'll leverage your member list to fill the Tuesday classes.\n\nBest,\nKim\n\n"
        "On Mon, 3 Jun 2024 at 17:40, Kim's Manager <boss@gym.example> wrote:\n"
        "> Leverage the member list, please.\n"
    )
    assert excerpts(jrg(text, code="JRG001", to="ruth@client.example")) == ["leverage"]


# -- JRG002 acronyms ---------------------------------------------------------------

def test_unexplained_acronyms_flagged_once_at_first_use():
    text = (
        "Hi Colm,\n\nThe ONT in your hallway lost sync, so we've raised it with the NOC. "
        "Once the NOC clears it, the ONT lights should go green again.\n\nThanks,\nRia\n"
    )
    fs = jrg(text, code="JRG002")
    assert excerpts(fs) == ["ONT", "NOC"]
    first = text.index("ONT")
    assert fs[0].start == first
    assert all(f.severity == Severity.WARNING for f in fs)


def test_acronym_explained_before_or_after_first_use_is_fine():
    before = (
        "Hi Dana,\n\nYour service level agreement (SLA) covers the tills. Under the SLA we reply within "
        "an hour, and a KPI report follows monthly.\n\nThanks,\nIan\n"
    )
    assert excerpts(jrg(before, code="JRG002")) == ["KPI"]
    after = (
        "Hi Dana,\n\nThe SLA (service level agreement) covers the tills, and the RPO (how much recent "
        "data could be lost) is one hour.\n\nThanks,\nIan\n"
    )
    assert jrg(after, code="JRG002") == []
    later = (
        "Hi Dana,\n\nThe SLA covers the tills and the CAB meets on Friday. In case it helps: the service "
        "level agreement is attached and the change advisory board approves every change.\n\nThanks,\nIan\n"
    )
    assert jrg(later, code="JRG002") == []


def test_known_acronyms_are_allowed():
    text = (
        "Hi Meera,\n\nThe CEO signed the PDF, the VAT is shown on page 2 and the FAQ link is below. "
        "Please bring photo ID to the AGM in the UK office.\n\nBest,\nOmar\n"
    )
    assert jrg(text, code="JRG002") == []


def test_jargon_allow_is_the_clients_vocabulary():
    text = "Hi Meera,\n\nThe POS and the KDS both restart at 6am.\n\nBest,\nOmar\n"
    assert excerpts(jrg(text, code="JRG002")) == ["POS", "KDS"]
    assert jrg(text, cfg(jargon_allow=["POS", "kds"]), code="JRG002") == []


def test_capitals_for_emphasis_and_reference_codes_are_not_acronyms():
    text = (
        "Hi Ali,\n\nPLEASE DO NOT FORWARD this link. Your change CHG-4471 and order AB12-993 are done, "
        "the drive is 2 TB and it is URGENT that you restart by Friday.\n\nThanks,\nBo\n"
    )
    assert jrg(text, code="JRG002") == []


def test_a_single_unexplained_acronym_is_info_and_the_threshold_is_configurable():
    text = "Hi Ali,\n\nThe MDM profile is installed on your phone.\n\nThanks,\nBo\n"
    (f,) = jrg(text, code="JRG002")
    assert f.severity == Severity.INFO
    (f,) = jrg(text, cfg(jargon_acronym_warn_count=1), code="JRG002")
    assert f.severity == Severity.WARNING


def test_acronym_the_client_used_is_not_flagged():
    text = (
        "Hi Ben,\n\nYes, the HOA fee is included, and the HOA rules are in the pack. The EMD is due "
        "Friday.\n\nBest,\nCarla\n\n"
        "On Mon, 3 Jun 2024 at 10:00, Ben Ortiz <ben@example.org> wrote:\n"
        "> Is the HOA fee in the price?\n"
    )
    assert excerpts(jrg(text, code="JRG002", to="ben@example.org")) == ["EMD"]


def test_acronyms_of_a_deselected_domain_count_as_known():
    text = "Hi Sven,\n\nThe VLAN and the DHCP scope are fixed.\n\nThanks,\nMo\n"
    assert excerpts(jrg(text, code="JRG002")) == ["VLAN", "DHCP"]
    assert jrg(text, cfg(jargon_domains=["legal", "travel"]), code="JRG002") == []


# -- JRG003 trade terms ------------------------------------------------------------

def test_trade_term_without_explanation_is_flagged_with_a_plain_explanation():
    text = (
        "Dear Mrs Ellis,\n\nYour insurer has accepted the claim and will pursue subrogation against the "
        "builder. Betterment applies to the new boiler.\n\nKind regards,\nTom\n"
    )
    fs = jrg(text, code="JRG003")
    assert excerpts(fs) == ["subrogation", "Betterment"]
    assert "recover" in fs[0].suggestion


def test_trade_term_explained_nearby_is_fine():
    text = (
        "Dear Mrs Ellis,\n\nThe insurer will pursue subrogation, which means it will try to recover "
        "its costs from the builder.\n\nKind regards,\nTom\n"
    )
    assert jrg(text, code="JRG003") == []


def test_trade_term_the_client_used_first_is_not_jargon_to_them():
    reply = "Hi Kofi,\n\nThe demurrage runs from Thursday, so we'll collect the container on Wednesday.\n\nBest,\nLi\n"
    assert excerpts(jrg(reply, code="JRG003")) == ["demurrage"]
    quoted = reply + (
        "\nOn Mon, 3 Jun 2024 at 08:15, Kofi Mensah <kofi@importer.example> wrote:\n"
        "> When does demurrage start on our box at Felixstowe?\n"
    )
    assert jrg(quoted, code="JRG003", to="kofi@importer.example") == []


def test_trade_terms_respect_jargon_domains():
    text = "Hi Anna,\n\nThe cron job failed, and the fare basis on your ticket is restrictive.\n\nThanks,\nPia\n"
    assert set(excerpts(jrg(text, code="JRG003"))) == {"cron job", "fare basis"}
    assert excerpts(jrg(text, cfg(jargon_domains=["travel"]), code="JRG003")) == ["fare basis"]


def test_unknown_domain_is_a_config_error():
    with pytest.raises(ConfigError, match="jargon-domains"):
        jrg("Hi,\n\nThe cron job failed.\n\nThanks,\nPia\n", cfg(jargon_domains=["astrology"]))


def test_bad_option_values_are_config_errors():
    with pytest.raises(ConfigError):
        cfg(jargon_max_sentence_words="lots")
    with pytest.raises(ConfigError):
        cfg(internal_terms=[1, 2])


def test_technical_reader_mirrored_from_the_clients_question():
    text = (
        "Hi Mia,\n\nThe CNAME for the mail service was missing, so DKIM failed; it is added now.\n\n"
        "Cheers,\nDev\n\n"
        "> Our DMARC reports show SPF passing but DKIM failing. Could you check the DNS?\n"
    )
    assert jrg(text) == []


# -- Audience ----------------------------------------------------------------------

NOVICE_QUOTE = (
    "\nOn Mon, 3 Jun 2024 at 08:15, June Park <june@bakery.example> wrote:\n"
    "> I'm not technical at all, so please explain in plain English what I need to do.\n"
)


def test_self_described_novice_raises_severity_and_says_why():
    reply = "Hi June,\n\nWe'll circle back once the MDM profile is on your tablet.\n\nThanks,\nAl\n"
    plain = {f.code: f for f in jrg(reply, to="june@bakery.example")}
    assert plain["JRG001"].severity == Severity.WARNING
    assert plain["JRG002"].severity == Severity.INFO
    raised = {f.code: f for f in jrg(reply + NOVICE_QUOTE, to="june@bakery.example")}
    assert raised["JRG001"].severity == Severity.ERROR
    assert raised["JRG002"].severity == Severity.WARNING
    assert "new to this or not technical" in raised["JRG001"].message


def test_novice_phrase_written_by_us_does_not_raise_severity():
    reply = (
        "Hi June,\n\nIn plain English: we'll circle back on Friday.\n\nThanks,\nAl\n"
    )
    (f,) = jrg(reply, code="JRG001")
    assert f.severity == Severity.WARNING


# -- Templates -----------------------------------------------------------------------

def test_placeholders_are_not_jargon():
    text = (
        "Hi {{ first_name }},\n\n{% if VIP_TIER %}Thanks for being with us.{% endif %} Your booking "
        "{{ PNR }} with %GDS% is confirmed for [Client Name] at [HOTEL NAME], {{#each leg}}{{ SSR }}{{/each}}.\n\n"
        "Best,\n{{ agent.name }}\n"
    )
    assert jrg(text) == []
    # The same words as prose are flagged: it is the template syntax that is skipped.
    prose = "Hi Sue,\n\nYour booking PNR with GDS is confirmed, SSR noted.\n\nBest,\nAl\n"
    assert excerpts(jrg(prose, code="JRG002")) == ["PNR", "GDS", "SSR"]


# -- JRG005 / JRG006 readability --------------------------------------------------------

KNOWN_PARAGRAPH = (
    "The committee considered the application carefully. It noted that the documentation was "
    "incomplete, particularly regarding the environmental assessment and the consultation with "
    "neighbouring residents. Consequently, the determination has been deferred until the "
    "applicant provides the outstanding information."
)


def test_readability_grade_matches_textstat():
    text = f"Hi Rowan,\n\n{KNOWN_PARAGRAPH}\n\nKind regards,\nEsme\n"
    (f,) = jrg(text, cfg(jargon_max_grade=5, jargon_min_paragraph_words=20), code="JRG005")
    reported = float(re.search(r"grade (\d+(?:\.\d+)?)", f.message).group(1))
    assert reported == pytest.approx(textstat.flesch_kincaid_grade(KNOWN_PARAGRAPH), abs=0.05)
    # At the default threshold this ordinary paragraph passes.
    assert jrg(text, code="JRG005") == []


@pytest.mark.parametrize("prose", [
    KNOWN_PARAGRAPH,
    "",
    "Yes. No. Ok.",
    "We'll send it. It's the customers' choice, isn't it? 'Tis fine -- rock'n'roll!",
    "İstanbul's naïve café (est. 1,000 B.C.) — ſtrangely — serves ¼ of U.S.A. ...",
    "antidisestablishmentarianism supercalifragilisticexpialidocious hyperventilating",
])
def test_grade_level_is_exactly_textstats(prose):
    from replylint.rules.jargon import grade_level

    assert grade_level(prose) == textstat.flesch_kincaid_grade(prose)


def test_convoluted_paragraph_is_flagged_at_the_default_grade():
    para = (
        "Further to our correspondence and notwithstanding the contractual provisions previously "
        "communicated, we consider that the implementation of the proposed remediation methodology, "
        "subject always to the availability of appropriately qualified subcontracting organisations "
        "and to the satisfactory completion of the preliminary investigative procedures, ought "
        "properly to commence following the conclusion of the administrative authorisation process."
    )
    text = f"Dear Mr Cole,\n\n{para}\n\nYours sincerely,\nHelen\n"
    codes = {f.code for f in jrg(text)}
    assert "JRG005" in codes
    assert "JRG006" in codes


def test_long_sentence_is_flagged_and_the_limit_is_configurable():
    sentence = (
        "When you get to the depot you should park by the blue gate and walk to the office next to the "
        "loading bay where someone will check your booking and give you a visitor pass and then take "
        "you to the collection point where your parcel will be waiting for you."
    )
    n = len(re.findall(r"[A-Za-z']+", sentence))
    text = f"Hi Eli,\n\n{sentence}\n\nThanks,\nMo\n"
    assert 45 < n < 60
    (f,) = jrg(text, code="JRG006")
    assert f"sentence of {n} words (limit 45)" in f.message
    assert f.start == text.index("When")
    assert jrg(text, cfg(jargon_max_sentence_words=60), code="JRG006") == []


def test_readability_ignores_quoted_text_and_signatures():
    long_line = " ".join(["and then we will check the account again"] * 8) + "."
    text = (
        "Hi Eli,\n\nThanks, all done.\n\nBest,\nMo\n\n"
        f"On Mon, 3 Jun 2024 at 08:15, Eli <eli@example.org> wrote:\n> {long_line}\n"
    )
    assert jrg(text, cfg(jargon_max_sentence_words=10)) == []


# -- JRG004 internal names ----------------------------------------------------------

def test_internal_terms_from_config():
    text = "Hi Noor,\n\nYour refund is queued in OpsHub and ships with project falcon.\n\nThanks,\nBea\n"
    assert jrg(text, code="JRG004") == []
    fs = jrg(text, cfg(internal_terms=["OpsHub", "Project Falcon"]), code="JRG004")
    assert excerpts(fs) == ["OpsHub", "project falcon"]


# -- Lexicons and docs ------------------------------------------------------------------

def test_buzzword_lexicon_has_at_least_150_entries_with_suggestions():
    with open(LEXICONS / "jargon.toml", "rb") as fh:
        lex = tomllib.load(fh)
    tables = ("buzzwords", "buzzwords_verb", "buzzwords_noun", "mild")
    entries = {k: v for t in tables for k, v in lex[t].items()}
    assert len(entries) >= 150
    assert all(isinstance(v, str) and v.strip() for v in entries.values())


def test_every_domain_term_has_an_explanation():
    with open(LEXICONS / "jargon_terms.toml", "rb") as fh:
        lex = tomllib.load(fh)
    assert {"it", "payments", "investing", "insurance", "freight", "travel", "legal"} <= set(lex)
    for table in lex.values():
        assert all(isinstance(v, str) and len(v) > 3 for v in table.values())


@pytest.mark.parametrize("code", ["JRG001", "JRG002", "JRG003", "JRG004", "JRG005", "JRG006"])
def test_rule_docs_have_the_four_sections(code):
    docs = get_rule(code).docs()
    for heading in ("## What it does", "## Why it matters", "## Example", "## Use instead"):
        assert heading in docs


# -- More edges ------------------------------------------------------------------------

def test_acronym_defined_with_stands_for_and_roman_numerals_and_greeting_initials():
    text = (
        "Hi JP,\n\nThe EPC shows the energy rating; EPC stands for energy performance certificate. "
        "Part II of the report covers the loft.\n\nThanks,\nNell\n"
    )
    assert jrg(text, code="JRG002") == []


def test_a_draft_with_shell_commands_is_for_a_technical_reader():
    text = (
        "Hi Raj,\n\nRun this to pull the repo and check the API answers:\n\n"
        "git clone https://example.org/shop.git\ncurl -s https://example.org/api/health\n\n"
        "If the cron job still fails, send me the stack trace.\n\nCheers,\nEla\n"
    )
    assert jrg(text) == []
    prose = "Hi Raj,\n\nIf the cron job still fails, send me the stack trace.\n\nCheers,\nEla\n"
    assert set(excerpts(jrg(prose, code="JRG003"))) == {"cron job", "stack trace"}


def test_legal_term_explained_in_the_next_breath_is_fine():
    text = (
        "Dear Mr Byrne,\n\nWe have written to them without prejudice, which means the letter cannot be "
        "shown to the court. Exchange of contracts is the point at which the sale becomes binding.\n\n"
        "Kind regards,\nAoife\n"
    )
    assert jrg(text, code="JRG003") == []


def test_trade_term_on_the_allow_list_is_not_flagged():
    text = "Hi Kofi,\n\nThe demurrage runs from Thursday.\n\nBest,\nLi\n"
    assert jrg(text, cfg(jargon_allow=["demurrage"]), code="JRG003") == []


def test_us_and_uk_spellings_both_match():
    text = "Hi Al,\n\nWe'll socialize the roadmap and operationalise the plan.\n\nThanks,\nBo\n"
    assert excerpts(jrg(text, code="JRG001")) == ["socialize the roadmap", "operationalise"]


def test_bad_phrase_in_a_user_lexicon_is_a_one_line_config_error(tmp_path):
    extra = tmp_path / "ours.toml"
    extra.write_text('[jargon.buzzwords]\n"circle|" = "come back"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"jargon \[buzzwords\].*circle\|"):
        jrg("Hi,\n\nThanks.\n\nBo\n", Config.from_dict({"lexicons": [str(extra)]}))


def test_user_lexicon_adds_a_buzzword_and_a_domain_term(tmp_path):
    extra = tmp_path / "ours.toml"
    extra.write_text(
        '[jargon.buzzwords]\n"hyperscale" = "grow fast"\n[jargon_terms.it]\n"blue-green deploy" = "switching to the new version all at once"\n',
        encoding="utf-8",
    )
    text = "Hi Al,\n\nWe will hyperscale next year with a blue green deploy.\n\nThanks,\nBo\n"
    assert jrg(text) == []
    got = {f.code: f.excerpt for f in jrg(text, Config.from_dict({"lexicons": [str(extra)]}))}
    assert got == {"JRG001": "hyperscale", "JRG003": "blue green deploy"}


# -- a technical reader: their own shorthand, code in the reply, the reply subject ----

def test_sign_in_shorthand_mirrors_the_clients_question():
    text = (
        "Hi Noor,\n\nYes. Give us your IdP metadata XML and we'll set up SAML; the ACS address is on the "
        "settings page. OAuth apps are set up the same way.\n\nBest,\nKai\n\n"
        "> Our admins want SSO through SAML or OIDC. Which do you support?\n"
    )
    assert jrg(text, code="JRG002") == []
    # The same reply to a client who asked in plain words is full of shorthand.
    plain = text.replace("Our admins want SSO through SAML or OIDC. Which do you support?",
                         "Can my staff log in with their work accounts?")
    assert {"IdP", "XML", "SAML", "ACS"} <= set(excerpts(jrg(plain, code="JRG002")))


def test_unlisted_shorthand_is_fine_for_a_technical_reader_only():
    reply = "Hi Noor,\n\nThe QZR queue and the PLM export both run nightly.\n\nBest,\nKai\n"
    assert set(excerpts(jrg(reply, code="JRG002"))) == {"QZR", "PLM"}
    asked = reply + "\n> Our SIEM alerts on the VPN logins every night - is that your export job?\n"
    assert jrg(asked, code="JRG002") == []


def test_code_in_the_reply_means_a_developer_reader():
    code_reply = (
        "Hi Ravi,\n\nHere's how to check the signature:\n\n"
        "digest = hmac.new(key, payload, hashlib.sha256).hexdigest()\n"
        "ok = hmac.compare_digest(digest, received)\n\n"
        "Keep the key out of your repo and rotate it if the webhook log shows failures.\n\nCheers,\nLin\n"
    )
    assert jrg(code_reply, code="JRG003") == []
    assert jrg(code_reply, code="JRG002") == []
    prose = (
        "Hi Ravi,\n\nKeep the key out of your repo and rotate it if the webhook log shows failures. "
        "The HMAC uses SHA twice.\n\nCheers,\nLin\n"
    )
    assert {"repo", "webhook"} <= set(excerpts(jrg(prose, code="JRG003")))
    assert {"HMAC", "SHA"} <= set(excerpts(jrg(prose, code="JRG002")))


def test_prose_with_equals_signs_or_colons_is_not_code():
    text = (
        "Hi Jo,\n\nTotal = £50 for the year.\nPrice: 40 dollars\nStep one = open the app\n\n"
        "The cron job runs at 2am.\n\nThanks,\nAl\n"
    )
    assert excerpts(jrg(text, code="JRG003")) == ["cron job"]


def test_reply_subject_is_the_clients_words():
    body = "Hi Eli,\n\nBoth work. The LDAP sync runs hourly and SCIM is instant.\n\nBest,\nAna\n"
    assert {"LDAP", "SCIM"} <= set(excerpts(jrg(body, code="JRG002", subject="Accounts")))
    assert jrg(body, code="JRG002", subject="Re: LDAP or SCIM for user sync?") == []
    # Our own new subject is not the client's vocabulary.
    assert {"LDAP", "SCIM"} <= set(excerpts(jrg(body, code="JRG002", subject="LDAP or SCIM for user sync")))


def test_acronym_inside_a_product_name_is_part_of_the_name():
    text = (
        "Hi Lee,\n\nYou're now on Silver Choice QHP, and the dental add-on is Smile QHP Extra. "
        "The MDM profile and the GRN are next.\n\nBest,\nDee\n"
    )
    assert set(excerpts(jrg(text, code="JRG002"))) == {"MDM", "GRN"}
    # A capitalised first word of a sentence does not make a name.
    start = "Hi Lee,\n\nShipping QHP forms is slow. The MDM profile is next.\n\nBest,\nDee\n"
    assert set(excerpts(jrg(start, code="JRG002"))) == {"QHP", "MDM"}


def test_consumer_plan_and_pay_shorthand_is_known():
    text = "Hi Ana,\n\nYour PPO covers the visit and the HSA card pays the rest.\n\nBest,\nBo\n"
    assert jrg(text, code="JRG002") == []


@pytest.mark.parametrize("pasted", [
    "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ\n-----END CERTIFICATE-----",
    "EXPORT_HOST=files.example.net\nEXPORT_USER=ingest",
    "2025-02-11 03:12:44 ERROR upload failed: timeout",
    "Traceback (most recent call last):\n  File \"sync.py\", line 12, in <module>",
    "url: postgres://ingest:s3cret@db.internal.example/exports",
])
def test_pasted_machine_text_means_a_technical_reader(pasted):
    text = f"Hi Sam,\n\nThe SFTP job and the VPN tunnel are set up:\n\n{pasted}\n\nThanks,\nNik\n"
    assert jrg(text, code="JRG002") == []
    prose = "Hi Sam,\n\nThe SFTP job and the VPN tunnel are set up.\n\nThanks,\nNik\n"
    assert set(excerpts(jrg(prose, code="JRG002"))) == {"SFTP", "VPN"}


def test_text_speak_exclamations_are_not_acronyms_but_informative_shorthand_is():
    text = "Hi Sam,\n\nSMH, the courier lost it again. IIRC the SKU changed too.\n\nBest,\nP\n"
    assert set(excerpts(jrg(text, code="JRG002"))) == {"IIRC", "SKU"}


# -- real-mail false alarms (issue 13): written for these tests, not copied from mail ----
@pytest.mark.parametrize("body", [
    # a run of names the splitter joins into one "sentence"
    "Thanks to Amara Okoye Bilal Haddad Clara Jensen Dmitri Volkov Esi Mensah Farid Nasser Greta Lind "
    "Hugo Brandt Ines Duarte Jonas Weber Keiko Sato Lars Holm Mirela Pop Nadia Rahman Olu Adeyemi "
    "Piotr Nowak Quinn Byrne Rosa Marin Sven Ek Tariq Aziz Uma Rao Viktor Hale Wen Li and Yara Said.",
    # a lettered list written inline
    "The next steps are: a) confirm the delivery address for each depot and the contact on site; "
    "b) agree the unloading window with the warehouse team and the security desk; c) send the pallet "
    "count and weights; d) book the tail-lift vehicle for the heavy items and the spare trolley; and "
    "e) check the insurance certificate covers the new site.",
    # a flattened table with quoted-printable tab debris
    " ".join(f"{site} Depot =09 {n} pallets =09 {n + 2} cartons =09 Alder Road Bay" for n, site in enumerate(
        ["North", "South", "East", "West", "Central", "Harbour", "Airport", "Ring"], start=3)),
])
def test_tables_lists_and_name_runs_are_not_long_sentences(body):
    text = f"Hi Dana,\n\n{body}\n\nThanks,\nSam\n"
    assert not jrg(text, code="JRG006") and not jrg(text, code="JRG005")


def test_long_prose_sentence_is_still_reported():
    body = ("I wanted to let you know that the team has looked again at the plan you sent over last week "
            "and we think that the second phase could start earlier than we had said if the site survey "
            "comes back clean and the council signs off the access route before the end of the month.")
    assert jrg(f"Hi Dana,\n\n{body}\n\nThanks,\nSam\n", code="JRG006")


def test_tickers_in_a_table_row_are_not_unexplained_acronyms():
    rows = "\n".join(f"{name}\t{code}\t{n}.{n}0\t{n + 1}.05" for n, (name, code) in enumerate(
        [("Harwell Optics", "HWO"), ("Lindqvist", "LQV"), ("Marrow Gas", "MRG"), ("Petra Lines", "PTL")], start=2))
    text = f"Hi Dana,\n\nClosing prices today:\n{rows}\n\nThanks,\nSam\n"
    assert not jrg(text, code="JRG002")
    assert jrg("Hi Dana,\n\nThe HWO and LQV feeds moved to the PTL and MRG queues overnight.\n\nThanks,\nSam\n",
               code="JRG002")


def test_acronym_spelling_prefilter_never_hides_a_spelled_out_acronym():
    # The expansion regex is compiled only when the text's word initials could spell the
    # acronym: wherever the regex matches, the prefilter must say yes.
    from replylint.rules._jargon_lex import _could_spell, _lowered_expansion_regex

    cases = [("SLA", "per our service level agreement, we"), ("SLA", "the service-level agreement"),
             ("BOA", "wired to bank of america today"), ("SLA", "service and level of agreement"),
             ("ASAP", "as soon as possible"), ("RMA", "a return merchandise authorization number"),
             ("SLA", "sla"), ("SLA", "service, level agreement"), ("RMA", "return the merchandise"),
             ("KPI", "key figures, performance and indicators"), ("KPI", "no such words here")]
    for acronym, text in cases:
        if _lowered_expansion_regex(acronym).search(text):
            assert _could_spell(text, acronym), (acronym, text)
    assert not _could_spell("no such words here", "KPI")
    assert not _could_spell("return the merchandise", "RMA")


@pytest.mark.parametrize("body", [
    # semicolon-separated items
    "Bring the signed form for the deposit and the inventory from the last tenancy; a photo id for each "
    "adult who will live in the flat and who will sign; proof of address from the last three months; "
    "and the reference letter from your employer or from the letting agent you rented from before.",
])
def test_what_the_splitter_joined_is_not_a_long_sentence(body):
    assert not jrg(f"Hi Dana,\n\n{body}\n\nThanks,\nSam\n", code="JRG006")


def test_joined_lines_are_not_one_sentence_and_strict_is_stricter():
    from replylint.rules._prose import joined_not_sentence
    story = ("The regional team met on Monday and agreed that the rollout will start next week, and "
             "each manager will send notes to the panel before it meets again.")
    assert joined_not_sentence("Quarterly Update\n" + story, strict=False)      # a heading joined on
    assert not joined_not_sentence(story, strict=False)
    assert joined_not_sentence("Here is the plan: " + story) and not joined_not_sentence(
        "Here is the plan: " + story, strict=False)


@pytest.mark.parametrize("body", [
    # a colon inside a long sentence of prose
    "We have planned the evening so that it fits around work and gives your guests a feel for the "
    "place: from six to seven two of our teachers will talk about the new course in the main hall, and "
    "from seven to eight there will be drinks in the garden room next to the library.",
    # a contract's defined terms in a long sentence
    "Paragraph 4 of the annex provides that the other party does not have to post or release collateral "
    "to us if an Event of Default or a Potential Event of Default has occurred or if an Early Termination "
    "Date has been designated for which a payment obligation is still unpaid.",
])
def test_long_sentences_with_a_colon_or_defined_terms_are_still_long(body):
    assert jrg(f"Hi Dana,\n\n{body}\n\nThanks,\nSam\n", code="JRG006")


def test_a_trade_term_naming_a_team_is_the_teams_name():
    signed = "Dear Mr Reddy,\n\nYour application has been declined by our funder.\n\nPennant Leasing\nUnderwriting Team\n"
    assert jrg(signed, code="JRG003") == []
    used = "Dear Mr Reddy,\n\nThe underwriting is complete and the Underwriting review is done.\n\nPennant Leasing\n"
    assert excerpts(jrg(used, code="JRG003")) == ["underwriting"]


def test_card_brand_and_security_code_are_everyday_words():
    text = "Hi Mercy,\n\nThe card charged was AMEX ending 0005; the CVV was not stored.\n\nThanks,\nAccra\n"
    assert jrg(text, code="JRG002") == []


def test_energy_installer_and_supplier_terms_are_trade_terms():
    text = ("Hi Pat,\n\nWe'll send the G98 to your DNO once the inverter is in, and the demand charge "
            "on the business meter stays as it is.\n\nRegards,\nSolar Team\n")
    assert {f.excerpt for f in jrg(text, code="JRG003")} >= {"G98", "demand charge"}
    explained = ("Hi Pat,\n\nWe'll tell the distribution network operator (DNO), the company that runs the "
                 "local power lines, about the panels once the inverter is in.\n\nRegards,\nSolar Team\n")
    assert jrg(explained, code="JRG002") == [] and jrg(explained, code="JRG003") == []
    assert jrg(text, cfg(jargon_domains=["it", "legal"]), code="JRG003") == []
