"""Overpromise shapes found by probing the rules with fresh sentences of our own (not
from any set): each class with its positives and hard negatives.

* a certainty read as a future before "to": "the insurer is bound to pay out", "you are
  certain to get the job", "the embassy is sure to grant it" (not "approval is certain
  to take weeks", "we are sure to call you", negated, hedged or conditional);
* a third party's refusal or lapse denied as a present habit: "the insurer never
  rejects these", "the carrier never misses" (not a fact, "the courier never delivers on
  Sundays", not history, "never rejected", not the writer's own supplier).
"""
from __future__ import annotations

import pytest
from helpers import findings

from replylint import Config
from replylint.findings import Severity

RULES_ONLY = Config.from_dict({"ignore": ["PRM008"]})


def wrap(body: str) -> str:
    return f"Hi Priya,\n\n{body}\n\nBest,\nTom\nHarrow & Lane\n"


def blocking(body: str) -> list[str]:
    return [f.code for f in findings(wrap(body), RULES_ONLY)
            if f.category == "overpromise" and f.severity >= Severity.WARNING]


@pytest.mark.parametrize("body", [
    "The insurer is bound to pay out in full, so go ahead with the repair.",
    "You are certain to get the job, the panel loved you.",
    "Your visa is certain to be approved this round.",
    "The embassy is sure to grant the extension, kindly be at ease.",
    "The tribunal is bound to find in your favour.",
    "Honestly the council is bound to approve the extension.",
])
def test_bound_to_reads_as_a_future(body):
    assert blocking(body), body


@pytest.mark.parametrize("body", [
    "Approval is certain to take a few weeks, so plan for that.",
    "We are sure to call you tomorrow with the figures.",
    "The insurer is not bound to pay for cosmetic damage.",
    "The bank is bound to approve the loan, I reckon, but it may take a while.",
    "If the council is certain to refuse, we should change the plans first.",
    "The court is bound to follow the earlier ruling on costs.",
    "I'm not sure the insurer will pay.",
])
def test_bound_to_hard_negatives(body):
    assert not blocking(body), body


@pytest.mark.parametrize("body", [
    "The insurer never rejects these claims, so you're fine.",
    "It'll be there before Christmas, the carrier never misses.",
    "The council never objects to extensions like yours.",
    "Don't stress about the tax return, HMRC never queries these.",
    "The tribunal never rules against a claimant with records like yours.",
    "Go with the landlord's offer, the letting agent never pushes back on these.",
])
def test_third_party_never_fails_as_a_habit(body):
    assert blocking(body), body


@pytest.mark.parametrize("body", [
    "The courier never delivers on Sundays, so expect it Monday.",
    "The insurer never rejected a claim of ours last year, but every case is different.",
    "The embassy rarely refuses these, but it has happened.",
    "Our supplier never misses a shipment.",
    "The landlord never replies to emails, so I'll phone him.",
    "I never said the insurer would pay.",
    "In my experience HMRC never queries these, but I can't be certain.",
    "Does the bank never decline transfers like this?",
    "We never miss a call-back slot.",
])
def test_never_habit_hard_negatives(body):
    assert not blocking(body), body


# Phrases found by the probe: a third party said to have no choice ("the landlord has no
# choice but to fix it"), "confirm plus chop" (Singapore/Malaysia: certain, sealed), and
# a search ranking with a longer verb phrase ("we'll get you onto the first page of Google").
@pytest.mark.parametrize("body", [
    "The landlord has no choice but to fix the boiler by Friday.",
    "The insurer has no choice but to pay out now.",
    "Confirm plus chop the shipment reaches Jurong by Tuesday.",
    "We'll get you onto the first page of Google within a month.",
    "Our team will get your shop the top spot on Google by spring.",
])
def test_probe_phrases(body):
    assert blocking(body), body


@pytest.mark.parametrize("body", [
    "We had no choice but to pay the fee.",
    "We have no choice but to cancel the order.",
    "If the landlord has no choice but to fix it, he'll do it.",
    "Is it confirm plus chop or not?",
    "I can't promise we'll get you onto the first page of Google.",
    "We should get you onto the first page of Google within a few months.",
])
def test_probe_phrase_hard_negatives(body):
    assert not blocking(body), body


# The writer's own terms and replies, found as false alarms by the probe: "we guarantee
# no hidden charges" is pricing the writer sets (PRM007, info), "I guarantee you'll get a
# reply from me within the hour" is the writer's own reply; "bet on it" closing a clause
# is a certainty like "count on it".
@pytest.mark.parametrize("body", [
    "Our fee is fixed and we guarantee no hidden charges.",
    "I guarantee you'll get a reply from me within the hour.",
    "Promise you'll hear back from us by 5pm today.",
    "We guarantee no extra fees on the renewal.",
])
def test_writer_own_terms_and_replies_do_not_block(body):
    assert not blocking(body), body


@pytest.mark.parametrize("body", [
    "I guarantee you'll get a reply from the council within the hour.",
    "We guarantee the visa will be approved.",
    "The hiring manager is going to make you an offer, bet on it.",
    "It'll clear customs by Friday, bet on it.",
])
def test_someone_elses_outcome_still_blocks(body):
    assert blocking(body), body


def test_hidden_charges_guarantee_is_policy_info():
    codes = [f.code for f in findings(wrap("We guarantee no hidden charges."), RULES_ONLY)
             if f.category == "overpromise"]
    assert codes == ["PRM007"]


@pytest.mark.parametrize("body", ["I wouldn't bet on it.", "Don't bet on it arriving before Friday."])
def test_bet_on_it_negated(body):
    assert not blocking(body), body


# A favour someone else decides, named as theirs to give ("you will certainly receive
# the compensation from the airline"); not a letter or an email from them, not hedged,
# conditional, or the writer's own refund.
@pytest.mark.parametrize("body", [
    "You will certainly receive the compensation from the airline.",
    "You'll get a full refund from the insurer, so go ahead and book the repair.",
    "Rest easy, you will receive an upgrade from the hotel on arrival.",
])
def test_favour_from_a_third_party(body):
    assert blocking(body), body


@pytest.mark.parametrize("body", [
    "You'll get a letter from the council next week.",
    "You should get a refund from the airline within a few weeks.",
    "If you claim, you'll get compensation from the airline.",
    "You will receive a refund from us within 14 days.",
    "You'll get an email from the courier with a tracking link.",
    "You may receive a refund from the supplier.",
])
def test_favour_from_a_third_party_hard_negatives(body):
    assert not blocking(body), body
