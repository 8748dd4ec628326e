"""Jargon-dense drafts: buzzword-laden (JRG007) and jargon-laden (JRG008), the jargon
codes meant to block; and the acronym false-alarm classes fixed with them in JRG002."""
from __future__ import annotations

import pytest

from helpers import findings

from replylint import Config
from replylint.findings import Severity
from replylint.rules import get_rule
from replylint.rules.jargon_dense import run_on_prose

PREVIEW = Config.from_dict({"preview": True})


def codes(text: str, code: str, config: Config = PREVIEW):
    return [f for f in findings(text, config) if f.code == code]


# -- JRG007 buzzword-laden -----------------------------------------------------------

BUZZ = (
    "Hi Dana,\n\n"
    "Thanks for asking about the new plan. We're leveraging best-in-class synergies across the "
    "ecosystem to move the needle for members like you, and we'll circle back once the team has "
    "done a deep dive.\n\nBest,\nRuth\n"
)


def test_buzzword_laden_draft_is_flagged_once_listing_the_buzzwords():
    got = codes(BUZZ, "JRG007")
    assert len(got) == 1
    f = got[0]
    assert f.severity == Severity.WARNING
    assert f.excerpt == "leveraging"
    for word in ("leveraging", "synergies", "ecosystem", "circle back"):
        assert word in f.message


def test_two_buzzwords_or_office_phrases_alone_are_not_buzzword_laden():
    text = (
        "Hi Dana,\n\nJust reaching out to say your new card is on its way. Going forward we'll "
        "leverage the same address, and I'll circle back if the courier needs anything.\n\nRuth\n"
    )
    assert codes(text, "JRG007") == []
    assert codes(text, "JRG001")          # each buzzword is still reported by JRG001


def test_buzzwords_the_client_used_do_not_make_the_reply_buzzword_laden():
    text = (
        "Hi Dana,\n\nYes, the plan stays at the same price and the gym opens at 6 on Mondays.\n\n"
        "Ruth\n\n> We want to leverage synergies across the ecosystem and move the needle.\n"
    )
    assert codes(text, "JRG007") == []


def test_buzzwords_thinly_spread_through_a_long_text_are_not_laden():
    filler = "The gym opens at six and closes at ten, and the pool is open all day on weekends. " * 12
    text = f"Hi Dana,\n\n{filler}We will leverage this, circle back and move the needle.\n\nRuth\n"
    assert codes(text, "JRG007") == []


# -- JRG008 jargon-laden -------------------------------------------------------------

SOUP = (
    "Hi Priya,\n\n"
    "Sorry about the missing pallets. The RTS didn't post because the WMS rejected your supplier's "
    "ASN, so the SSCC labels had to be reprinted and the linehaul left without them.\n\n"
    "Regards,\nOwen\n"
)


def test_a_string_of_unexplained_shorthand_is_jargon_laden():
    got = codes(SOUP, "JRG008")
    assert len(got) == 1
    assert got[0].severity == Severity.WARNING
    assert got[0].excerpt == "RTS"
    for term in ("RTS", "WMS", "ASN", "SSCC", "linehaul"):
        assert term in got[0].message


def test_explained_acronyms_do_not_count():
    text = (
        "Hi Priya,\n\nThe returns slip (RTS) didn't post because the warehouse management system "
        "(WMS) rejected the advance shipping notice (ASN) your supplier sent.\n\nOwen\n"
    )
    assert codes(text, "JRG008") == []


def test_names_alone_do_not_make_a_draft_jargon_laden():
    # Company names with no sign of being terms: no determiner, not listed, not plural.
    text = "Hi Sam,\n\nI spoke with NYSEG and CES today, and FGU will call you on Monday.\n\nThanks,\nDebra\n"
    assert codes(text, "JRG008") == []


def test_client_terms_mirrored_back_do_not_count():
    text = (
        "Hi Lee,\n\nYes: the RTS, the WMS and the ASN all look fine on our side now.\n\nOwen\n\n"
        "> Is the RTS stuck? Our WMS shows the ASN as rejected.\n"
    )
    assert codes(text, "JRG008") == []


def test_sign_off_initials_and_spaced_ampersand_names_are_not_acronyms():
    text = (
        "Melissa,\n\nUse the standard form; the line loss on the PG & E line stays at 2%.\n"
        "Call if you have any questions.\n\nSS\n"
    )
    flagged = [f.excerpt for f in codes(text, "JRG002")]
    assert "SS" not in flagged
    assert "PG" not in flagged


def test_well_known_companies_are_not_acronyms():
    text = "Hi Jo,\n\nDoes the clause apply to both S&P and Moody's? AIG had the same one.\n\nPaul\n"
    flagged = [f.excerpt for f in codes(text, "JRG002")]
    assert "S&P" not in flagged and "AIG" not in flagged


def test_new_codes_are_documented_and_in_the_jargon_category():
    for code in ("JRG007", "JRG008"):
        rule = get_rule(code)
        assert rule.category == "jargon"
        docs = rule.docs()
        assert "## Why it matters" in docs and "## Example" in docs and "## Use instead" in docs


# -- JRG009 run-on sentence ----------------------------------------------------------

RUN_ON = (
    "Hi Maureen,\n\n"
    "To reset your password you'll want to go to the self-service portal, which you can reach either "
    "from the link in the welcome email or by typing the address into your browser, and once you're "
    "there and have entered your work email address, which is the one ending in our domain rather than "
    "your personal one, you'll be asked to verify your identity using whichever method you set up, "
    "after which you can choose a new password that meets the rules listed on the screen, bearing in "
    "mind that it then needs to sync before it works on your laptop.\n\nThanks,\nCiaran\n"
)


def test_a_run_on_sentence_is_flagged():
    got = codes(RUN_ON, "JRG009")
    assert len(got) == 1
    assert got[0].severity == Severity.WARNING
    assert got[0].excerpt.startswith("To reset your password")
    assert "words" in got[0].message and "clauses" in got[0].message


def test_a_long_list_after_a_colon_is_not_a_run_on_sentence():
    items = " ".join(f"Item {n} of the rollout plan for the western region team" for n in range(1, 10))
    text = f"Hi all,\n\nThese are the steps we agreed this week for the move: {items}.\n\nThanks,\nKay\n"
    assert codes(text, "JRG009") == []


def test_a_heading_joined_to_its_paragraph_is_not_a_run_on_sentence():
    # What the sentence splitter hands over when it joins a heading line to its paragraph.
    body = ("Unfortunately the team met on Monday and agreed that the review will start next week and "
            "that each manager will send their notes, which the panel will read before it meets.")
    assert run_on_prose(body) >= 4
    assert run_on_prose("Management Review Update\n" + body) == 0
    assert run_on_prose("Here is where things stand: " + body) == 0


def test_a_long_but_plain_sentence_with_few_clauses_is_left_to_jrg006():
    words = " ".join(["the new blue chairs in the north meeting room on the third floor"] * 6)
    text = f"Hi Sam,\n\nPlease count {words}.\n\nKay\n"
    assert codes(text, "JRG009") == []
    assert codes(text, "JRG006")


def test_dental_and_motor_shorthand_are_trade_terms():
    dental = ("Dear Mr Brennan,\n\nYour BPE was 3 in two sextants, so we suggest a course of RSD, "
              "and a CBCT if the canal can't be found.\n\nReception\n")
    got = codes(dental, "JRG008")
    assert got and all(t in got[0].message for t in ("BPE", "RSD", "CBCT"))
    motor = ("Hi Bev,\n\nWe'll swap the O2 sensor, clear the DTCs and do a drive cycle to see if the "
             "readiness monitors set.\n\nShane\n")
    assert codes(motor, "JRG008")
    assert {f.excerpt for f in codes(motor, "JRG003")} >= {"O2 sensor", "drive cycle", "readiness monitors"}


def test_motor_terms_mirrored_from_the_client_or_explained_are_not_jargon():
    text = ("Hi Bev,\n\nWe'll swap the oxygen sensor and then do a drive cycle (a set drive that lets the "
            "car re-run its own checks).\n\nShane\n\n> Is the O2 sensor the problem?\n")
    assert codes(text, "JRG003") == []
    assert codes(text, "JRG008") == []


def test_acronyms_in_name_slots_are_names_not_jargon():
    # It owns something, someone phones or meets it, or it is listed with a capitalised name.
    text = (
        "Hi Sam,\n\nI met with BGE this morning and then phoned PSEG; KCPL's schedulers and the "
        "Nordic desk agree, and Avista or NWPP will confirm the volumes by Friday.\n\nDebra\n"
    )
    flagged = {f.excerpt for f in codes(text, "JRG002")}
    assert not flagged & {"BGE", "PSEG", "KCPL", "NWPP"}
    assert codes(text, "JRG008") == []


def test_a_capitalised_word_the_draft_also_writes_in_lower_case_is_no_name_partner():
    # "AP, Shipped" is a list of terms, not "AP" beside a name.
    text = ("Hi Jo,\n\nPlease send the AR, AP, Shipped but not billed figures; shipped items "
            "go on the second tab.\n\nPaul\n")
    assert "AP" in {f.excerpt for f in codes(text, "JRG002")}


def test_shorthand_opening_a_sentence_or_followed_by_its_code_counts_as_terms():
    text = (
        "Dear Ms Okafor,\n\nYour PQR shows the claim was denied with KRC 45 and RKRC M15 on "
        "the fourth line.\n\nRegards,\nBilling Team\n"
    )
    got = codes(text, "JRG008")
    assert len(got) == 1 and all(t in got[0].message for t in ("PQR", "KRC", "RKRC"))



def test_an_apostrophe_plural_before_a_verb_is_not_a_name_owning_something():
    text = "Hi Sam,\n\nWe sold 200 MW for two hours until the XLR's ended the sale.\n\nDebra\n"
    assert "XLR" in {f.excerpt for f in codes(text, "JRG002")}
    text = "Hi Sam,\n\nWe sold 200 MW for two hours until XLR's ended the sale.\n\nDebra\n"
    assert "XLR" in {f.excerpt for f in codes(text, "JRG002")}


# -- lists of names, and drafts that name their parties by acronym -----------------------

def test_acronyms_listed_with_a_named_one_are_names_too():
    # KLW is a name (someone phoned it); TRQ and BPX stand in the same list.
    text = ("Hi Mo,\n\nI phoned KLW this morning. KLW, TRQ and BPX have all confirmed the new "
            "delivery slots, so the rota can go out.\n\nPat\n")
    flagged = {f.excerpt for f in codes(text, "JRG002")}
    assert not flagged & {"KLW", "TRQ", "BPX"}


def test_a_list_of_terms_with_no_name_in_it_is_still_shorthand():
    text = ("Hi Mo,\n\nBefore we can file we still need your UTR, VRN and GFQ from the last "
            "return.\n\nPat\n")
    assert {"UTR", "VRN", "GFQ"} <= {f.excerpt for f in codes(text, "JRG002")}


def test_an_owner_after_and_starts_its_own_phrase_and_is_no_list_item():
    # "BMS and KLW's tariff": KLW's owns the tariff; BMS is not listed with it.
    text = ("Hi Mo,\n\nSites with BMS and KLW's night tariff are billed on the metered "
            "reads.\n\nPat\n")
    assert "BMS" in {f.excerpt for f in codes(text, "JRG002")}


def test_slash_and_and_or_lists_with_a_capitalised_name_are_names():
    text = ("Hi Mo,\n\nWe checked the rates for QNG/TWX/Ridgeline and loaded them into Oracle "
            "and/or ZRP as needed.\n\nPat\n")
    flagged = {f.excerpt for f in codes(text, "JRG002")}
    assert not flagged & {"QNG", "TWX", "ZRP"}


NAMES_PARTIES = (
    "Hi Ros,\n\nTwo of the flows were missing from our KEPC nomination sheet again today. "
    "I think some counterparties are not entering us as a QSE. {called}"
    "Let me know if you have questions.\n\nGil\n"
)


def test_a_draft_naming_its_parties_by_acronym_needs_terms_with_their_own_evidence():
    # NWPX is called, so the draft names organisations by acronym: "our KEPC nomination
    # sheet" is our sheet for KEPC, and only QSE and "counterparties" are plainly terms.
    text = NAMES_PARTIES.format(called="I then rang NWPX to check the totals with them. ")
    assert codes(text, "JRG008") == []


def test_without_a_named_party_the_same_shorthand_is_jargon_laden():
    text = NAMES_PARTIES.format(called="")
    got = codes(text, "JRG008")
    assert len(got) == 1 and "KEPC" in got[0].message


def test_terms_that_head_their_phrase_still_count_where_parties_are_named():
    # HVRC owns something, so parties are named by acronym; each of the others ends its
    # noun phrase after a determiner and is plainly a term.
    text = ("Hi Sarah,\n\nHVRC's portal rejected it: your QPS went in late, the DTI flagged it "
            "and we've filed an EQS with the corrected figures.\n\nKit\n")
    got = codes(text, "JRG008")
    assert len(got) == 1 and all(t in got[0].message for t in ("QPS", "DTI", "EQS"))


def test_two_initialisms_side_by_side_are_shorthand_not_shouting():
    text = "Hi Ola,\n\nYour refund goes out with the next BQX VRT run, after the PGD check.\n\nSam\n"
    assert {"BQX", "VRT"} <= {f.excerpt for f in codes(text, "JRG002")}


@pytest.mark.parametrize("shout", ["PLEASE CALL ME TODAY", "CLICK THE LINK BELOW", "TAX DUE NOW", "MUST READ"])
def test_shouted_short_words_are_not_initialisms(shout):
    text = f"Hi Ola,\n\n{shout} about the refund for March.\n\nSam\n"
    assert codes(text, "JRG002") == []


def test_an_automation_sales_pitch_is_buzzword_laden():
    text = ("Dear Ms Hale,\n\nImagine an agentic, AI-powered service desk: our hyperautomation suite gives "
            "your team a single pane of glass and next-level decisioning.\n\nKind regards,\nTomasz\n")
    got = codes(text, "JRG007")
    assert len(got) == 1
    for word in ("agentic", "hyperautomation", "decisioning"):
        assert word in got[0].message


def test_plain_mentions_of_ai_and_a_decision_are_not_buzzwords():
    text = ("Dear Ms Hale,\n\nWe use an AI tool to sort the tickets, and the decision on your refund "
            "was made by Priya on Tuesday. The first step is a call.\n\nKind regards,\nTomasz\n")
    assert codes(text, "JRG007") == []
    assert codes(text, "JRG001") == []


@pytest.mark.parametrize("text", [
    # infrastructure shorthand
    "Hi Ravi,\n\nThe release stalled: the liveness probe kept failing so the service sat in a crash loop, "
    "and we'll add exponential backoff before the next attempt.\n\nCheers,\nPlatform\n",
    # shipping paperwork
    "Hello Ken,\n\nYour boxes are on demurrage because the bill of lading was never surrendered; a telex "
    "release will free them tomorrow.\n\nRegards,\nShipping\n",
    # payroll reports
    "Hi Femi,\n\nYou're on an emergency code for now; once the RTI submission goes through, the next FPS "
    "will correct it and any refund shows on the following payslip.\n\nPayroll\n",
])
def test_trade_terms_of_more_trades_make_a_draft_jargon_laden(text):
    assert codes(text, "JRG008")


def test_forms_the_client_holds_and_building_scaffolding_are_not_trade_terms():
    text = ("Hi Femi,\n\nPlease send your P60 and last P45 so we can file the return. The scaffolding goes "
            "up on Monday.\n\nPayroll\n")
    assert codes(text, "JRG003") == []
    assert codes(text, "JRG008") == []


@pytest.mark.parametrize("text", [
    "Hi Marta,\n\nGreat meeting you. The NDA and the SOW are attached; once both are signed I'll raise "
    "the PO and book the kickoff.\n\nBest,\nLiam\n",
    "Hi Marta,\n\nFollowing the RFP, our proposal, the SLA and a draft MSA are attached for your legal "
    "team.\n\nBest,\nLiam\n",
])
def test_acronyms_every_office_reader_knows_do_not_make_a_draft_jargon_laden(text):
    assert codes(text, "JRG008") == []
    assert codes(text, "JRG002")          # each is still reported, as info by default


def test_office_acronyms_do_not_hide_real_shorthand_beside_them():
    text = ("Hi Marta,\n\nThe SOW is signed, but the RACI, the DPA and the KT plan are still open before "
            "we move you to BAU.\n\nBest,\nLiam\n")
    got = codes(text, "JRG008")
    assert got and "SOW" not in got[0].message and "RACI" in got[0].message


@pytest.mark.parametrize("text", [
    "Hi Kemi,\n\nPlease send your BVN and NIN so we can finish opening the account; the CBN asks for "
    "both.\n\nRegards,\nBranch\n",
    "Hi Joy,\n\nYour SSS and TIN are on file; the BIR form goes out with your last payslip.\n\nHR\n",
    "Hi Wei,\n\nWe'll credit your CPF once IRAS confirms, and your NRIC copy is no longer needed.\n\nHR\n",
])
def test_identity_numbers_and_bodies_every_resident_knows_are_not_shorthand(text):
    assert codes(text, "JRG008") == []
    assert codes(text, "JRG002") == []


def test_an_acronym_a_contract_is_held_with_is_a_name():
    # "QNX k#77120": a contract number held with QNX, a party; "CARC 16" is a code of its set.
    text = ("Hi Dee,\n\nQNX k#77120 is an offshore ZTS3 contract for the west field. The demand charge "
            "is $1.40 on 29,000 dth.\n\nMo\n")
    assert "QNX" not in {f.excerpt for f in codes(text, "JRG002")}
    assert codes(text, "JRG008") == []
    text = "Dear Ms Okafor,\n\nYour claim was denied with KRC 45 and RKRC M15.\n\nBilling\n"
    assert "KRC" in {f.excerpt for f in codes(text, "JRG002")}


# A terse support note is all shorthand: two plain terms in a very short text are enough.
@pytest.mark.parametrize("text", [
    "Morning,\n\nFixed - the print spooler had hung and your mapped drive was pointing at an old share. "
    "Restarted, should be fine.\n\nKev\n",
    "Hi Anjali,\n\nDone. Issue was Kerberos ticket expiry and a stale DNS record; flushed the DNS cache. "
    "Pls check and revert.\n\nRegards,\nSuresh\n",
    "Hi Pat,\n\nAll sorted: the laptop had lost its trust relationship with the domain controller, so I "
    "rejoined it to the domain. Shout if it happens again.\n\nDev\n",
])
def test_a_terse_support_note_of_shorthand_is_jargon_laden(text):
    assert codes(text, "JRG008")


@pytest.mark.parametrize("text", [
    "Hi Pat,\n\nFixed - your password had expired, so I reset it. You can log in now.\n\nDev\n",
    "Hi Pat,\n\nThe printer had jammed; I cleared it and restarted it. Should be fine now.\n\nDev\n",
    # one term in a short note, and two office acronyms
    "Hi Tom,\n\nYour new website is live and the DNS propagation should finish tonight.\n\nAmy\n",
    "Hi Tom,\n\nYour NDA and SLA are attached, sign when ready.\n\nAmy\n",
    # two terms spread through a longer message are left to JRG003
    "Hi Pat,\n\nThe laptop is back with you. It had lost its trust relationship with the office network, "
    "which happens after a long time away, and I have also cleared out the print spooler so your "
    "queued jobs print. Everything else on it is as you left it, and your files are all there.\n\nDev\n",
])
def test_a_short_plain_note_or_spread_out_terms_are_not_jargon_laden(text):
    assert codes(text, "JRG008") == []


# A password URL written inside a sentence is a leak to whoever reads it, not pasted
# configuration that shows a technical reader: the shorthand around it still counts.
def test_a_credential_url_inside_prose_does_not_make_the_reader_technical():
    text = ("Hi Rosa,\n\nYour nightly export failed because the ETL job hit the WAL limit; I've pointed it at "
            "mysql://report:Plum88!@10.2.3.4/sales and the DAG will rerun tonight.\n\nBen\n")
    assert codes(text, "JRG008")
    pasted = ("Hi Rosa,\n\nYour nightly export failed because the ETL job hit the WAL limit, so the DAG "
              "reruns tonight with:\n\nurl: mysql://report:Plum88!@10.2.3.4/sales\n\nBen\n")
    assert codes(pasted, "JRG008") == []


# Trade terms of more trades, written for these tests: a depot's trunking run, a scan
# report's spine findings, the council search of a conveyance.
@pytest.mark.parametrize("text", [
    "Hi Jo,\n\nThe pallet missed the cut-off because the ASN didn't match the order, so it's sat at the "
    "cross-dock until the next trunking run.\n\nThanks,\nLogistics\n",
    "Dear Ms Wong,\n\nYour scan shows a small disc protrusion low in the back with no nerve root "
    "compromise and no spinal stenosis.\n\nKind regards,\nClinic\n",
    "Hi Mrs Okafor,\n\nWe've had the TA6 and TA10 back, the local search is clear, and once the mortgage "
    "offer lands we can exchange.\n\nBest,\nDana\n",
])
def test_terms_of_depots_scans_and_conveyancing_make_a_draft_jargon_laden(text):
    assert codes(text, "JRG008")


@pytest.mark.parametrize("text", [
    "Hi Sam,\n\nThe scan showed some wear in your lower back but nothing pressing on the nerves, so the "
    "GP will talk you through exercises.\n\nClinic\n",
    "Hi Jo,\n\nThe pallet missed Tuesday's lorry because the delivery note didn't match the order; it "
    "leaves our depot on Thursday.\n\nLogistics\n",
    "Hi Mrs Okafor,\n\nThe council's checks on the house came back clear, so once your lender confirms "
    "the mortgage we can agree a moving date.\n\nBest,\nDana\n",
])
def test_the_same_news_in_plain_words_is_not_jargon_laden(text):
    assert codes(text, "JRG008") == []
