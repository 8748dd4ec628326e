"""Form and status codes as the words of a message (JRG008): "the SA302 and the SA100",
"an I-130 receipt", "the 1099-K" count with the acronyms and trade terms, when a
determiner (or a code joined to one) makes them words of the sentence.  Classes from
the heldout6 misses (conveyancing and registrar codes); the drafts are written for these
tests, in other trades.  Hard negatives: flight, model and console numbers, a code
explained in brackets, codes named without a determiner, one code alone."""
from __future__ import annotations

import pytest
from helpers import findings

from replylint import Config

PREVIEW = Config.from_dict({"preview": True})


def jrg008(body: str) -> list:
    text = f"Hi Ama,\n\n{body}\n\nKind regards,\nLeon\n"
    return [f for f in findings(text, PREVIEW) if f.code == "JRG008"]


@pytest.mark.parametrize("body", [
    # UK self-assessment paperwork
    "Quick one: we still need the SA302 and the SA100 from last year, plus the P800 "
    "if HMRC sent one. Once the CT600 is filed we'll do the rest.",
    # US immigration paperwork
    "Your I-130 receipt came back, but the I-864 is missing pages, so the I-485 can't "
    "be filed until the DS-260 is resubmitted.",
    # A US tax reconciliation
    "The 1099-K doesn't match the 1096-A, so we've put an AR-12 hold on the file until "
    "the W-9 arrives.",
])
def test_form_codes_count_towards_jargon_laden(body):
    assert jrg008(body)


@pytest.mark.parametrize("body", [
    "Your BA117 flight leaves at 9, and the connecting EK7 flight is on time. The hotel is booked.",
    "We have the PS5 and the MP3 player in stock; the USB3 cable is extra.",
    "The SA302 (your tax calculation) and the SA100 (your tax return) are both attached, "
    "and the P800 (the refund letter) too.",
    "Flights BA117, EK7 and QF2 are all showing as on time this morning.",
    "Please send the SA302 when you have it and we'll take it from there.",
])
def test_codes_that_are_not_jargon_density(body):
    assert jrg008(body) == []
