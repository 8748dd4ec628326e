"""Empathy context on phrasing the older development sets did not show (classes found on
heldout6's misses and false alarms; every draft here is written fresh, none is copied).

Each class has positives and hard negatives of the same shape.
"""
from __future__ import annotations

import pytest

from replylint import Config, lint_text
from replylint.findings import Severity

PREVIEW = Config(select=["empathy"], preview=True)
MISSING = (["EMP001"], ["EMP004"])


def codes(text: str, **kwargs) -> list[str]:
    return [f.code for f in lint_text(text, PREVIEW, **kwargs).findings
            if f.category == "empathy" and f.severity >= Severity.WARNING]


def reply(body: str, quoted: str, who: str = "Sam Patel") -> str:
    quoted_lines = "\n".join("> " + line if line else ">" for line in quoted.splitlines())
    return f"{body}\n\nOn Tue, 4 Jun 2024 at 09:12, {who} wrote:\n{quoted_lines}\n"


# -- a refusal verb before "in" or "of" is still a refusal ----------------------------

@pytest.mark.parametrize("draft, flagged", [
    ("Dear Ms Dlamini,\n\nYour warranty request is declined in line with section 6 of the service plan.\n\nAftercare", True),
    ("Hi Oskar,\n\nThe refund was declined in full by the card issuer after review.\n\nPayments Team", True),
    # the noun: a fall, not a refusal
    ("Hi Oskar,\n\nThe decline in footfall over the summer is behind the lower service charge.\n\nPayments Team", False),
    ("Dear Ms Dlamini,\n\nThere has been a slight decline of interest rates this quarter.\n\nAftercare", False),
])
def test_refusal_verb_before_in_or_of(draft, flagged):
    assert (codes(draft) in MISSING) is flagged, draft


# -- the reader's own matter with a perfect or future auxiliary; formal notice openers --

@pytest.mark.parametrize("draft, flagged", [
    ("Dear Mrs Achterberg,\n\nKindly be advised that your request for a parking permit has not been granted after review."
     "\n\nYou may apply again next year.\n\nCouncil Permits Office", True),
    ("Dear Mr Tan,\n\nYou are hereby informed that your tenancy renewal has not been approved by the landlord.\n\n"
     "Letting Desk", True),
    ("Dear Ravi,\n\nYour overdraft extension will not be renewed when it ends in March.\n\nLending", True),
    # the same opener with routine news
    ("Dear Mrs Achterberg,\n\nKindly be advised that your request for a parking permit has been granted.\n\n"
     "Council Permits Office", False),
    ("Dear Mr Tan,\n\nPlease be informed that your tenancy renewal papers are ready to sign at the office.\n\n"
     "Letting Desk", False),
])
def test_formal_notice_of_the_readers_own_matter(draft, flagged):
    assert (codes(draft) in MISSING) is flagged, draft


# -- a case lost ---------------------------------------------------------------------

@pytest.mark.parametrize("draft, flagged", [
    ("Maria,\n\nThe tribunal has ruled against you on the unfair dismissal point. The written reasons follow next week."
     "\n\nDaniel Okonjo\nOkonjo Solicitors", True),
    ("Hi Pete,\n\nThe magistrate found against us on the parking appeal, and you have been ordered to pay £180 in costs."
     "\n\nLeah", True),
    ("Dear Mr Varga,\n\nThe planning appeal was dismissed by the inspector on Friday.\n\nHeath Planning", True),
    # good news of the same shape
    ("Maria,\n\nThe tribunal has ruled in your favour on the unfair dismissal point. The written reasons follow next week."
     "\n\nDaniel Okonjo\nOkonjo Solicitors", False),
    ("Hi Pete,\n\nThe claim against you was dismissed this morning, and the other side was ordered to pay your costs."
     "\n\nLeah", False),
])
def test_a_case_lost_is_bad_news(draft, flagged):
    assert (codes(draft) in MISSING) is flagged, draft


# -- damage to the reader's goods in the passive ----------------------------------------

@pytest.mark.parametrize("draft, flagged", [
    ("Dear Kwabena,\n\nConsignment 4471 was water-damaged in the warehouse; six of the rolls of fabric were soaked.\n\n"
     "Harbour Logistics", True),
    ("Hi Jess,\n\nTwo of the dining chairs got scratched on the way to you, and one leg was snapped.\n\nOak & Co", True),
    # nothing damaged, or only a what-if
    ("Hi Jess,\n\nAll eight dining chairs reached the depot and none were damaged on the way.\n\nOak & Co", False),
    ("Dear Kwabena,\n\nIf any of the rolls are damaged in transit, send us photos within 7 days.\n\nHarbour Logistics",
     False),
])
def test_damage_in_the_passive_is_bad_news(draft, flagged):
    assert (codes(draft) in MISSING) is flagged, draft


# -- an incident report in engineers' words ---------------------------------------------

@pytest.mark.parametrize("draft, flagged", [
    ("Hi Marta,\n\nA Sev1 was declared at 14:05 on Thursday when checkout requests began timing out. Service was back "
     "by 15:20.\n\nPlatform Team", True),
    ("Hi Marta,\n\nWe declared a major incident on Saturday night after the payroll export stalled.\n\nPlatform Team",
     True),
    # none raised: a quiet month
    ("Hi Marta,\n\nNo P1 incidents were raised in October, and the upgrade went in as planned.\n\nPlatform Team", False),
    # an incident closed
    ("Hi Marta,\n\nThe Sev1 incident from Thursday was marked resolved this morning after the last checks.\n\n"
     "Platform Team", False),
])
def test_an_incident_declared_is_bad_news(draft, flagged):
    assert (codes(draft) in MISSING) is flagged, draft


# -- trouble that is over ---------------------------------------------------------------

@pytest.mark.parametrize("draft, flagged", [
    ("Hi Nadia,\n\nNew router fitted. You can say goodbye to the evening dropouts and the Friday crashes.\n\nKev", False),
    ("Hi Nadia,\n\nThe line is rebuilt, so the evening interruptions should be a thing of the past.\n\nKev", False),
    ("Hi Nadia,\n\nAll sorted, and that's an end to the delays at the loading bay.\n\nKev", False),
    # the trouble itself, told flatly
    ("Hi Nadia,\n\nThe line went down again at 6pm and the evening interruptions will carry on until Monday.\n\nKev",
     True),
])
def test_trouble_that_is_over_is_not_bad_news(draft, flagged):
    assert (codes(draft) in MISSING) is flagged, draft


# -- a complaint in words not read before -------------------------------------------------

COLD = "Hi Priya,\n\nYour file is with the assessor and a decision is due on the 14th.\n\nTom\nBrightside Claims"


@pytest.mark.parametrize("quoted, flagged", [
    ("It's been five weeks since the burst pipe and the kitchen is still unusable.", True),
    ("Nearly a fortnight since I sent the photos and nothing. When will I actually hear something?", True),
    ("We've had to turn away customers three weekends running because of the ceiling.", True),
    # the same words, calm
    ("It's been a few weeks since we spoke, hope the move went well. Could you send the form again?", False),
    ("Thanks for the update. When will I get the form to sign?", False),
])
def test_complaint_in_other_words(quoted, flagged):
    assert codes(reply(COLD, quoted, who="Priya Shah"), to="priya.shah@example.net") == (["EMP001"] if flagged else [])


# -- quoted notes written on our side -------------------------------------------------------

def test_quoted_note_by_the_drafts_own_signer_is_not_the_clients():
    body = "Hi Colette,\n\nI'll ring the contractor this afternoon about the scaffolding.\n\nGrace"
    note = "Right, number 12 are moaning about the scaffolding again. Fourth time this week. Fed up with them."
    assert codes(reply(body, note, who="Grace"), to="colette.b@example.co.uk") == []
    # the same words from the client herself
    assert codes(reply(body, note, who="Colette Barre"), to="colette.b@example.co.uk") == ["EMP001"]


def outlook(body: str, author: str, to: str, note: str) -> str:
    return (f"{body}\n\n-----Original Message-----\nFrom: {author}\nSent: 02 March 2026 10:05\nTo: {to}\n"
            f"Subject: RE: Deposit\n\n{note}\n")


def test_colleagues_note_about_the_client_is_not_the_clients_complaint():
    body = "Dear Mrs Oduya,\n\nPlease find the deposit statement attached.\n\nRegards,\nKofi Mensah\nLettings"
    note = "This lady is a real pain, wasting our time over a £20 key fee. Send her the statement and leave it."
    assert codes(outlook(body, "Ama Boateng", "Kofi Mensah", note), to="f.oduya@example.com") == []
    # the client's own message in the same block is hers
    hers = "This is a real pain. You are wasting my time over a £20 key fee and I want it back."
    assert codes(outlook(body, "Funmi Oduya", "Kofi Mensah", hers), to="f.oduya@example.com") == ["EMP001"]


# -- a reply explaining the fault or delay the reader asked about ----------------------------

@pytest.mark.parametrize("subject", ["Re: internet keeps cutting out", "Re: Where is our pallet?",
                                     "RE: phone line dropping calls", "Re: scanner not sending"])
def test_reply_on_the_readers_own_fault_explains_it(subject):
    draft = ("Hi Ruth,\n\nThe replacement unit has not been released yet because the depot is awaiting the serial "
             "check.\n\nIt should move on Wednesday.\n\nOwen")
    assert codes(draft, subject=subject) == []


def test_the_same_news_in_a_new_message_is_news():
    draft = ("Hi Ruth,\n\nThe replacement unit has not been released yet because the depot is awaiting the serial "
             "check.\n\nIt should move on Wednesday.\n\nOwen")
    assert codes(draft, subject="Replacement unit") in MISSING


# -- an enquiry that says what the client means to do ----------------------------------------

ANSWER = ("Hi Dev,\n\nThe export endpoint returns at most 500 rows per page; follow the next link until it is empty. "
          "Timestamps are UTC.\n\nThanks,\nIrene\nAPI Support")


def test_an_enquiry_stating_its_purpose_is_not_a_complaint():
    # The complaint model scores this purpose sentence about 0.74: with its threshold at 0.7
    # it would count, and the purpose phrase is what keeps it out.
    low = PREVIEW.with_overrides(options_={"complaint-model-threshold": 0.7})
    purpose = "We want to make sure our webhook consumer is safe to retry."
    assert [f.code for f in lint_text(reply(ANSWER, purpose, who="Dev Raman"), low, to="dev.raman@example.io").findings
            if f.category == "empathy"] == []
    # the model's reading of a complaint beside it still counts
    both = purpose + " Not sure why I even bother asking any more."
    assert [f.code for f in lint_text(reply(ANSWER, both, who="Dev Raman"), low, to="dev.raman@example.io").findings
            if f.category == "empathy"] == ["EMP001"]


@pytest.mark.parametrize("quoted, flagged", [
    ("Our nightly job pulls the export feed. We need to make sure our importer copes with paging before go-live.", False),
    ("We'd like to double-check how timestamps come back, so that we can configure the warehouse job.", False),
    # a complaint phrase in the same shape still counts
    ("Third time this week the export feed has cut off halfway. We need to make sure this stops.", True),
])
def test_enquiries_of_the_same_shape(quoted, flagged):
    assert codes(reply(ANSWER, quoted, who="Dev Raman"), to="dev.raman@example.io") == (["EMP001"] if flagged else [])


# -- a subject naming a complaint about a third party ------------------------------------------

def test_subject_naming_a_complaint_about_a_neighbour_is_a_topic():
    body = "Hi Lorna,\n\nI've written to the owner of number 9 about the bins and will check on Friday.\n\nAmir"
    assert codes(body, subject="Re: bins complaint - Elm Court", to="lorna@example.org") == []
    # a complaint about us in the subject still counts
    assert codes(body, subject="Re: Complaint about your caretaker", to="lorna@example.org") == ["EMP001"]


# -- more refusals, losses and harms in other words -------------------------------------------

@pytest.mark.parametrize("draft, flagged", [
    ("Dear Mr Adeyemi,\n\nAfter review, the insurer has repudiated the claim for the storm damage to your garage.\n\n"
     "Claims Desk", True),
    ("Dear Ms Pillai,\n\nYour request for a second parking bay cannot be entertained under the society bye-laws.\n\n"
     "Society Office", True),
    ("Dear Thabo,\n\nThe adjudicator held you liable for the contractor's fees on the second claim.\n\nNkosi Attorneys",
     True),
    ("Hi Imogen,\n\nThe site cabin was broken into over the weekend and the tiles for your bathroom were stolen.\n\n"
     "Site Team", True),
    # the same words, good news or routine
    ("Dear Mr Adeyemi,\n\nThe insurer has accepted the claim for the storm damage to your garage.\n\nClaims Desk", False),
    ("Dear Ms Pillai,\n\nYour request for a second parking bay can be considered at the next committee meeting.\n\n"
     "Society Office", False),
    ("Dear Thabo,\n\nThe adjudicator held that the contractor is liable for his own fees on the second claim.\n\n"
     "Nkosi Attorneys", False),
])
def test_refusals_losses_and_harms_in_other_words(draft, flagged):
    assert (codes(draft) in MISSING) is flagged, draft


HOMEFIX = "Hi Meera,\n\nThe technician is booked for Friday between 9am and noon.\n\nRegards,\nSam\nHomeFix"


@pytest.mark.parametrize("quoted, flagged", [
    ("This is my fourth email about the shower and still nothing.", True),
    ("I would like to speak to a manager about how the repair was handled.", True),
    ("The replacement pump makes the same rattling noise as the old one did.", True),
    ("This has dragged on long enough, frankly.", True),
    ("Honestly I am at the end of my patience.", True),
    # calm counterparts
    ("My second email has the photos of the shower you asked for.", False),
    ("Could the technician ring our site manager when he arrives?", False),
    ("The replacement pump is much quieter than the old one, thanks.", False),
])
def test_chasers_escalation_and_a_fault_come_back(quoted, flagged):
    # The lexicon's reading (in combined mode the complaint model may still veto a phrase
    # in a sentence it reads as calm).
    rules = PREVIEW.with_overrides(options_={"empathy-context": "rules"})
    found = [f.code for f in lint_text(reply(HOMEFIX, quoted, who="Meera Iyer"), rules, to="meera@example.in").findings
             if f.category == "empathy" and f.severity >= Severity.WARNING]
    assert found == (["EMP001"] if flagged else [])


# -- a plan dropped, a place lost, a thing lost, in everyday words ------------------------------

@pytest.mark.parametrize("draft, flagged", [
    ("Hi Wren,\n\nThe caterer has pulled the plug on Friday's lunch after a kitchen fire.\n\nEvents Desk", True),
    ("Dear Mrs Moyo,\n\nYour scan has been bumped to a later clinic because the radiographer is off.\n\nImaging", True),
    ("Hi Callum,\n\nThe removals crew lost the box of kitchen knives somewhere between the flats.\n\nMoveRight", True),
    ("Hi Ines,\n\nThe council turned your extension plans down at Tuesday's meeting.\n\nPlanning Help", True),
    ("Hi Ines,\n\nThe club went with a different supplier for next season's kit.\n\nSports Co", True),
    ("Hi Arjun,\n\nYour container missed the sailing from Felixstowe and will now leave next week.\n\nFreight", True),
    # the same words, harmless
    ("Hi Wren,\n\nI bumped into the caterer today, and Friday's lunch is all set.\n\nEvents Desk", False),
    ("Hi Callum,\n\nThe crew found the box of kitchen knives and brought it up to the flat.\n\nMoveRight", False),
    ("Hi Ines,\n\nThe club went with your design for next season's kit.\n\nSports Co", False),
    ("Hi Arjun,\n\nYour container made the sailing from Felixstowe; we missed the worst of the storm.\n\nFreight", False),
    ("Hi Sean,\n\nThe burglary at the next unit did not affect your storage bay; your boxes are fine.\n\nStore", False),
])
def test_plans_dropped_and_things_lost_in_everyday_words(draft, flagged):
    assert (codes(draft) in MISSING) is flagged, draft


def test_a_plan_to_change_supplier_is_not_news_for_the_reader():
    assert codes("Hi Ola,\n\nWe're going with another courier from January, which should speed up deliveries to you."
                 "\n\nWarehouse") == []


@pytest.mark.parametrize("draft", [
    "Hi Jen,\n\nYour duplicate order has been cancelled, so you'll only be charged once.\n\nShop",
    "Hi Jen,\n\nThe second booking made by mistake has been cancelled and you will not be billed again.\n\nVenue",
])
def test_a_cancellation_that_spares_the_reader_is_routine(draft):
    assert codes(draft) == [], draft


@pytest.mark.parametrize("quoted, flagged", [
    ("How many more weeks do I have to wait for the replacement door?", True),
    ("If the leak is not sorted by Monday I will be forced to take the matter further.", True),
    # calm counterparts
    ("How many more chairs should we order for the hall?", False),
    ("Happy to take the idea further once we have the quote.", False),
])
def test_waits_counted_and_threats_to_escalate(quoted, flagged):
    rules = PREVIEW.with_overrides(options_={"empathy-context": "rules"})
    found = [f.code for f in lint_text(reply(HOMEFIX, quoted, who="Meera Iyer"), rules, to="meera@example.in").findings
             if f.category == "empathy" and f.severity >= Severity.WARNING]
    assert found == (["EMP001"] if flagged else [])


# -- the answer to a routine request can be a refusal ----------------------------------------

@pytest.mark.parametrize("draft, flagged", [
    ("Dear Mr Bello,\n\nYour request to cancel the gym contract early has been declined under clause 9.\n\nMembership",
     True),
    ("Dear Mr Bello,\n\nYour application to waive the admin fee was turned down by the finance team.\n\nMembership",
     True),
    # doing what was asked is routine
    ("Dear Mr Bello,\n\nWe've processed your cancellation request and the membership is now closed.\n\nMembership",
     False),
    ("Dear Mr Bello,\n\nFollowing your request to cancel, the class booking has been cancelled and refunded.\n\n"
     "Membership", False),
])
def test_a_refusal_of_a_routine_request_is_news(draft, flagged):
    assert (codes(draft) in MISSING) is flagged, draft


# -- acknowledgements in words not read before ---------------------------------------------------

DOUBLE = "We were billed twice for May and nobody answered my last two emails about it."
REFUND = "Hi Tova,\n\n{}The second charge of £180 goes back to your card today.\n\nRegards,\nNiall\nAccounts"


@pytest.mark.parametrize("ack, acknowledged", [
    ("That's not on, and I've told the billing lead. ", True),
    ("Two charges and no answer is a poor show, and that's entirely down to us. ", True),
    ("Regret the double billing and the silence. ", True),
    # the same words, not acknowledging
    ("This is not on the May statement any more. ", False),
    ("The timing is down to your bank. ", False),
])
def test_acknowledgements_in_other_words(ack, acknowledged):
    draft = reply(REFUND.format(ack), DOUBLE, who="Tova Lind")
    assert codes(draft, to="tova.lind@example.se") == ([] if acknowledged else ["EMP001"])
