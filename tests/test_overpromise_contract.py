"""A service level written into the reader's contract is a term the firm sets and pays
for missing, not an outcome it cannot control: "under your Premium contract we
guarantee a callback within 2 hours", "our SLA guarantees a fix within a working day"
are PRM007 (policy, info), not PRM002.  A guarantee beside a contract that is about
someone else's outcome or an ordinary deadline still counts.  (Class from a heldout6
false alarm; the drafts are written for these tests.)"""
from __future__ import annotations

import pytest
from helpers import findings

from replylint.findings import Severity


def wrap(body: str) -> str:
    return f"Hi Tom,\n\n{body}\n\nBest regards,\nPriya\nOakfield Services\n"


def blocking(body: str) -> list[str]:
    return [f.code for f in findings(wrap(body)) if f.category == "overpromise" and f.severity >= Severity.WARNING]


def codes(body: str) -> list[str]:
    return [f.code for f in findings(wrap(body)) if f.category == "overpromise"]


@pytest.mark.parametrize("body", [
    "Under your Premium contract we guarantee a callback within 2 hours on any urgent ticket. If we miss it, the month is free.",
    "Our SLA guarantees a fix within one working day for severity-one faults.",
    "A replacement unit within 24 hours is guaranteed under your service agreement.",
    "As per the Platinum plan, we guarantee a technician on site the same day.",
    "Response inside 30 minutes is contractually guaranteed for P1 incidents.",
])
def test_contracted_service_level_is_policy(body):
    assert blocking(body) == []
    assert "PRM007" in codes(body)


@pytest.mark.parametrize("body", [
    "We guarantee the parts will arrive within 2 days.",
    "Your contract is up for renewal, and I guarantee the courier will have it with you by Friday.",
    "Don't worry about the contract. I guarantee the bank will approve the loan by Friday.",
])
def test_guarantees_beside_a_contract_still_count(body):
    assert blocking(body)
