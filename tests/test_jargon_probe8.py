"""Jargon probe, eighth wave: shorthand given a reading or a state.

Fresh drafts written for this test (not taken from any set).  The class read from
heldout13-15's misses: results or status sent to a lay client as acronyms that are
measured or reported on ("ALT is elevated", "the SDMA was within range", "USG was
1.012", "CI is green").  JRG008 counted an acronym that is the subject of its clause
as possibly a party's name ("SOCO was on the bid"), so a results letter made of such
sentences stayed under its bar however many codes it held.  A reading or a state is
not what a party does: such an acronym is a term.  Hard negatives of the same shape:
parties named by initials that act ("FPL sold 400", "SOCO was on the bid"), acronyms
spelled out, everyday ones (the NHS, the GP), a single acronym with a value.

First try (before the change, 0d8e6b5), at default severities: positives 9/12 caught,
hard negatives 10/10 clean.  After: positives 12/12, hard negatives 10/10.
"""
from __future__ import annotations

import pytest

from helpers import findings
from replylint import Config
from replylint.findings import Severity

BLOCKING = {Severity.WARNING, Severity.ERROR}
DRAFT_LEVEL = {"JRG007", "JRG008", "JRG009"}


def jargon_blocks(body: str) -> bool:
    text = f"Hi Morgan,\n\n{body}\n\nKind regards,\nJess\n"
    return any(f.code in DRAFT_LEVEL and f.severity in BLOCKING
               for f in findings(text, Config(), to="morgan@example.org"))


POSITIVES = [
    "Pepper's results are in. GGT is elevated, BUN was 9.4 and the TLI is below range, so we'd like a PLI next week.",
    "Your blood tests: MCV is raised, TSH was 6.1 and the CRP is normal. The doctor wants a repeat FBC in a month.",
    "Quick status: LB is green, WAF is amber, the CDN was 99.2 overnight and RUM is stable after the TTL change.",
    "Your soil report: CEC is low, EC was 1.8 and the SOM is borderline, so the agronomist suggests a TSP dressing.",
    "The survey came back: RH is high in the cellar, the CO2 was 1400 and VOC levels are above limits near the DPC.",
    "Update on the pool: TA is low, CYA was 90 and the FAC is below target, so we'll shock it and retest the LSI.",
    "Your horse's bloods: SAA is raised, CK was 480 and the AST is elevated. We'd like to repeat the CBC on Friday.",
    "Build report: the SCA is red, SAST was 14 findings and DAST is amber, so the CAB will hold the RC.",
    "Your scan: the EF is within range, LVEDD was 5.1 and TAPSE is normal, but the BNP is raised so the GP will call.",
    "Audit summary: the DSO is higher, the CCC was 71 days and DPO is lower than last year, so the WC position is weak.",
    "Lab update on your water: TOC is high, the THM was 92 and HPC is out of range at tap 3, so the WSP needs review.",
    "Your crop sample: NDVI is low in the north block, the Brix was 8 and the EC is high, so we'll adjust the NPK.",
]

HARD_NEGATIVES = [
    "SOCO was on the bid all morning and FPL sold 400 at the close; TVA is still buying for next week.",
    "Your blood pressure is normal, your cholesterol was 4.2 and your iron is within range. Nothing to worry about.",
    "Your HbA1c is 48, which is the long-term sugar level, and it is lower than last time. Well done.",
    "The NHS letter is attached; your GP is happy and the hospital was very positive about the scan.",
    "The server is green again and the website was up all night. Sorry for yesterday's outage.",
    "Your quote is attached. The price is lower than last year and the delivery date is within your window.",
    "ERCOT was higher overnight, PJM is lower this morning, and MISO is stable; no action needed on your contract.",
    "Your dog's kidney value (SDMA) is within the normal range, and her liver values were normal too.",
    "The CEO is keen, the board was positive and the finance team is happy with the plan.",
    "The water test was fine: hardness is normal, chlorine was low but within limits, and bacteria are negative.",
]


@pytest.mark.parametrize("body", POSITIVES)
def test_shorthand_given_a_reading_or_a_state_blocks(body):
    assert jargon_blocks(body), body


@pytest.mark.parametrize("body", HARD_NEGATIVES)
def test_parties_plain_words_and_explained_terms_do_not_block(body):
    assert not jargon_blocks(body), body
