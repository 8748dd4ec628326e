"""Jargon probe, seventh wave: drafts that are mostly shorthand with little grammar around it.

Fresh drafts written for this test (not taken from any set).  The class read from the
development sets' misses: a report or status note to a lay client made almost entirely
of unexplained acronyms used bare -- as metrics ("CPC up, ROAS at 4.1"), as modifiers
("UAN portal", "LM radiographs"), in bullets or after prepositions -- so JRG008 found at
most one of them with a sign of being a term (a determiner, a listed trade acronym) and
stayed silent however many there were.  Hard negatives of the same shape: as many
acronyms, but the names of companies, utilities, exchanges or public bodies that act in
the sentence ("SOCO was on the bid", "FPL sold 400"), acronyms spelled out, or everyday
ones.

First try, measured before any change, at default severities (what blocks a send):
positives 17/24 caught, hard negatives 24/24 clean.  After JRG008's dense path (five or
more acronyms that are not clause subjects at five or more per 100 words, or four at ten
or more, need one sign of being a term instead of two): positives 18/24, hard negatives
24/24; on the development sets it catches four of the eight jargon drafts missed at
default severities (heldout10-11).  Real mail: JRG008 unchanged (5 findings, all judged
right); a version without the clause-subject reading added one wrong finding (utilities
named by initials: "SOCO was on the bid").  The six still missed are honest failures:
JRG002 does not count acronyms the acronyms lexicon lists as known to the public in some
market (CTC, PAN, ITR, CBC, LPA), and what is left is two or three items, which a normal
letter may hold as names.
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


NOT_READ = pytest.mark.xfail(strict=True, reason="not read yet: see the module docstring")

POSITIVES = [
    # metrics told to a shop owner
    "Quick numbers for October: CPC down 9%, AOV up to £38, CVR flat at 2.1%, and CAC now under the LTV target. ROI on the Meta spend is still weak.",
    "Summary: MRR at 12.4k, NRR 104%, GRR slipping to 91%, and CAC payback out to 14 months on the SMB tier.",
    "Dashboard update - OEE at 71%, MTBF improving, MTTR still above target on line 2, FPY steady at 96.",
    # bullets
    "Before we can go live we need:\n- SPF and DKIM records on your DNS\n- DMARC at p=none for a fortnight\n- the MX cutover once TTL drops",
    "For the fit-out we still need:\n- FFL confirmed by the SE\n- M&E drawings signed off\n- the CDP from the steel fabricator\n- RAMS for the crane lift",
    # modifiers and prepositions
    "I'd recommend a TPO check on the oak, then a BS5837 AIA and an AMS before the LPA validates anything.",
    "We ran CBC and LFT panels; ALT and GGT are up a little, so I'd repeat the LFTs in six weeks with a fasting TG.",
    "Payroll note: your CTC is revised, HRA exemption applied, LTA claim pending, and PT deducted under the new slab.",
    "Post-survey: AMSL readings taken, GCPs fixed, the DSM and DTM are processed and the TIN export is on the FTP.",
    "The vessel's ETD slipped, so the BL release waits on the VGM, and the CY cut-off moves to Thursday with the SI.",
    "Your pony's bloods: CK and AST mildly raised, GGT normal, SAA negative, so I'd rule out EMS with an OST.",
    "The tenancy is AST, the DPS cert is issued, the EICR passed with C3s only, and the HMO licence covers five.",
    "Audit status: TB agreed, FAR reconciled, the IC recs are out, and the DTL calc waits on the CGT computation.",
    "Your child's plan: EHCP draft issued, SENCo meeting booked, SALT input pending, and the OT report goes to the LA.",
    "The boiler's PRV was weeping, the PCB is faulty and the DHW sensor reads low; the flue FGA was within limits.",
    "Season stats for your squad: xG 1.4 per match, PPDA at 9, and xGA trending down since the switch to a 4-3-3 with a DLP.",
    "Visa update: your CoS is assigned, the IHS is paid, the TB cert is valid and the BRP collection is at the PO.",
    "Engine report: EGT margins are fine, the HSI is due at 3,600 hrs, the AD on the FCU is complied with and the CRS is signed.",
    # P.S. and a paragraph in a longer letter
    "Thanks again for a lovely weekend.\n\nP.S. The results came back: TSH normal, FT4 a touch low, TPO antibodies raised, so the GP may want a repeat TFT.",
    "Lovely to hear from you and glad the move went well.\n\nOn the pension: your DB scheme CETV is in, the GMP reconciliation is done, the DC pot sits in the MPAA limits and the LSA is unused.",
    # other Englishes and registers
    "Kindly note your PAN is linked, the ITR is e-verified, the 26AS matches, and the AIS mismatch is closed with the TIS update.",
    "Your SMSF's ECPI claim is lodged, the TBAR is in, the LRBA is compliant and the NALI risk is low for this FY.",
    "Further to the call, the MCCB tripped on the DB, so we swapped the RCBO, checked the CPC and Zs, and left the EIC with your PM.",
    "Re the roof: the GRP deck is failing at the SVP, the EPDM upstand is lifting and the VCL was never lapped, so the U-value is off.",
]

NEGATIVES = [
    # names acting in the sentence
    "Market note: SOCO was bidding mid 40s, FPL was selling 400 MW, SCEG was flat, OPC was short, and TVA was out of the market all day.",
    "Both sides have signed: BHP sent the draft, RTZ agreed the terms, and BP and ENI will join the JV in March.",
    "ABB has quoted, GE has declined, and ABB and SKF will send revised prices to NCC and BAM next week.",
    "IBM replied on Tuesday, HP has called twice, SAP wants a meeting and DXC said they'll bid.",
    "Update: HSBC has approved the loan, RBS declined, UBS will call you, and BNY has sent the forms; NAB is still reviewing.",
    # acronyms spelled out
    "Your cost per click (CPC) fell 9%, the average order value (AOV) rose to £38, and the conversion rate (CVR) held at 2.1%.",
    "We need an SPF record (a line in your domain settings that lists who may send your mail), DKIM (a signature on each message) and DMARC (a policy telling receivers what to do with fakes).",
    "The blood tests were normal: your thyroid hormone (TSH) is fine, and the liver tests (LFTs) are back within range.",
    "Your Education, Health and Care Plan (EHCP) draft is ready; the special needs coordinator (SENCo) will meet you on Monday.",
    # everyday acronyms
    "The PDF is attached, the ETA is 10am, the VAT is included, and your PIN is in the separate letter from the ATM provider.",
    "Your GP sent the referral, the NHS letter is attached, and the MRI and the ECG are booked for the same morning at A&E.",
    "The USB, the HDMI cable and the DVD are in the box with the TV, and the PDF manual is on our website FAQ page.",
    "Please bring your ID and your NI number; the BBC crew arrive at 9am and the CEO will meet them at reception.",
    # plain letters with one or two acronyms
    "Thanks for the lovely note. The kitchen fitters start on Monday and the CDM paperwork is all done, so you don't need to do anything.",
    "We've booked your MOT for Thursday at 9; the courtesy car will be ready when you drop the keys off.",
    "Your order shipped today with DPD and should arrive on Friday. The invoice PDF is attached.",
    "The NHS trust has sent your appointment letter; bring it with you on the day along with any medication you take.",
    "The BBC and ITV both covered the opening, and the CEO was delighted with the turnout.",
    "Our accountant will file the VAT return by the 7th; HMRC usually confirm within a day.",
    "The EU rules changed in March, so we now ship to you from our NL warehouse via DHL.",
    # names listed with a verb each
    "As requested: EDF signed on Monday, SSE renewed, E.ON cancelled, and RWE has asked for another week.",
    "The panel: UCL sent two names, LSE sent one, KCL has confirmed, and UEA will reply by Friday.",
    "NASA funded it, ESA joined later, JAXA supplied the sensors and CNES has agreed to host the data.",
    "HMRC wrote on Monday, the DVLA replied on Tuesday, the DWP called yesterday and the FCA has acknowledged your complaint.",
]

STILL_MISSED = {5, 6, 7, 15, 18, 20}  # first try: {2, 5, 6, 7, 15, 18, 20}


@pytest.mark.parametrize("body", [pytest.param(b, marks=NOT_READ) if i in STILL_MISSED else b
                                  for i, b in enumerate(POSITIVES)])
def test_draft_made_of_bare_shorthand_blocks(body):
    assert jargon_blocks(body), body


@pytest.mark.parametrize("body", NEGATIVES)
def test_named_parties_spelled_out_or_everyday_acronyms_do_not_block(body):
    assert not jargon_blocks(body), body


# Batch 2 -- paperwork codes in shapes JRG008 did not read as codes: a capital and
# lower-case letters with digits ("the Cr4", "the Sa12"), a section number in lower-case
# s ("the s32", "your s21 notice"), and a hyphenated letter code ("the GG-A notice").
# Each after a determiner, beside one or two unexplained acronyms, in a letter to a lay
# client.  Hard negatives: the same letters as everyday numbers ("the No 3 bus", "Mk2",
# "the St2 postcode"), the codes explained, or a single code in a plain letter.
#
# First try (before the fix), at default severities: codes 2/20 caught, plain 20/20
# clean.  After the three shapes were read as form codes (after a determiner, as before;
# an explanation in brackets one word after the code still excuses it): 18/20 and 20/20.
# Still missed: "Pt2" (a part number, left out as everyday) and a draft whose other
# acronyms the lexicon lists as known to the public (LPA, CIL).  Real mail: JRG008
# unchanged (5 findings).

FORM_CODES = [
    "Once the Cr4 and the Cr5 are signed, the MCCD goes to the referee and we can book the chapel.",
    "The s21 notice was served in May, so the s8 claim can follow; the AST ends in August.",
    "The PIP review needs the Sa3 back, then the WCA decides on your award.",
    "We're waiting on the s106 agreement, and the LPA won't issue the decision until the CIL form is in.",
    "Your s32 is clean, the OC certificate is chased and the PEXA workspace is open.",
    "The GG-A notice follows the CT600 rejection, and the DPL tagging will be fixed in the resubmission.",
    "The Fm2 was rejected, so the NVQ assessor needs a new RPL form before the EPA can be booked.",
    "Under the s47 request the LA has asked for the Ch3 form and the EHCP annex.",
    "The Tr1 is signed, the SDLT return is filed and the AP1 goes in once the ID1 is certified.",
    "The MV-B card and the HK-C file are both needed before your VOA banding appeal goes in.",
    "Your s75 claim needs the card statement, and the FOS will want the Dn2 letter too.",
    "The Pt2 certificate is issued, the EWS1 is pending and the FRA is booked for June.",
    "We lodged the s13 notice, the FTT has the Ap1 form, and the RRO hearing is set for March.",
    "The EX-A form is with the CAA, and your ATOL cert and the Fw3 return follow next week.",
    "Your s49 claim is in, the CA-B schedule is done and the NRL certificate is issued.",
    "The Rd2 valuation came back, so the LTV moves and the AIP needs re-issuing with the Pb1.",
    "We've sent the Dc7 and the PN-A to the registry, and the GR2 will follow once the TA7 is back.",
    "The Wk4 sheet is signed, the PPM visit is logged and the RAMS cover the CP-B permit.",
    "The s44 letter is with the council, the HMO licence needs the Hs2 form, and the EPC is due.",
    "Your Bk3 return is filed and the TT-C notice is acknowledged; the NRA form goes in Friday.",
]

FORM_CODES_PLAIN = [
    "Take the No 3 bus from the station and get off at the second stop.",
    "Your Mk2 Golf is booked in for its MOT on Tuesday at 9.",
    "We're at 4 High Street, St2 4AB, just past the library.",
    "The Cr4 form (the doctor's cremation certificate) is signed, so the service can go ahead on Friday.",
    "The s21 notice, which simply ends the tenancy at the end of the fixed term, went out in May.",
    "Please sign the Tr1, the transfer deed we sent on Monday, and return it by post.",
    "The GG-A notice is just the tax office's standard letter confirming the penalty; no action is needed.",
    "Your iPhone 15 is ready to collect, and the case is in the box.",
    "Chapter 3 of the guide covers the garden, and Fig 2 shows the layout.",
    "The Pt2 of the form asks for your address; the rest is already filled in.",
    "We're sending the kit by DPD, and it should reach you on Thursday.",
    "The Bk3 shelving unit is out of stock, so we've sent the Bk4, which is the same size.",
    "Your flight is Ry2 on the timetable but the gate will show FR 2214.",
    "The A4 folder and the A3 poster are in the post.",
    "The M25 was closed, so the driver will be there at 11 instead.",
    "Line 2 of your invoice is the delivery, and line 3 is the fitting.",
    "The s3 size fits best, so we've swapped it for you.",
    "Room Rd2 is the one by the lift; the meeting starts at 10.",
    "The Ap1 app is free; search for it in the app store and sign in with your email.",
    "We've booked the No 7 table by the window for 8pm.",
]

FORM_CODES_STILL_MISSED = {3, 11}
FORM_CODES_STILL_FLAGGED: set[int] = set()


@pytest.mark.parametrize("body", [pytest.param(b, marks=NOT_READ) if i in FORM_CODES_STILL_MISSED else b
                                  for i, b in enumerate(FORM_CODES)])
def test_paperwork_codes_beside_acronyms_block(body):
    assert jargon_blocks(body), body


@pytest.mark.parametrize("body", [pytest.param(b, marks=NOT_READ) if i in FORM_CODES_STILL_FLAGGED else b
                                  for i, b in enumerate(FORM_CODES_PLAIN)])
def test_everyday_numbers_and_explained_codes_do_not_block(body):
    assert not jargon_blocks(body), body
