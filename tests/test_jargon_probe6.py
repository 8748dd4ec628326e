"""Jargon probe, sixth wave: fresh drafts written for this test (not taken from any set).

Drafts to lay clients (a householder, a shop owner, a patient) that hand them a string of
unexplained trade shorthand -- in freight, dentistry, law, IT, insurance, payroll,
building, music rights, energy -- and hard negatives of the same shape: every acronym
spelled out or explained, acronyms the client used first, everyday ones (PDF, ETA, VAT),
and public companies or bodies named by their initials.

First try, measured before any change, at default severities (what blocks a send):
dense shorthand (batch 1, four to seven acronyms in one or two sentences) 20/22 caught,
hard negatives 22/22 clean; sparse shorthand (batch 2, three or four acronyms spread
through a normal-length letter, the shape of the development-set misses) is listed
below (first try 4/8).  Two relaxations of JRG008 were measured against real mail
and not kept: counting four or more acronyms without other evidence that they are terms
(7 new real-mail findings, mostly names of companies and business units), and a density
of 2.5 instead of 3 per 100 words (4 new real-mail findings, two of them mostly names).
What was kept instead is data: trade acronyms with their plain meanings in
`lexicons/jargon_terms.toml` (freight, legal, dental and medical, insurance, payroll,
energy, property and building, and a new `media` table for music rights), which JRG008
counts as terms.  Real mail did not move (JRG008 still 5 findings, all judged right).
After: dense 22/22, sparse 5/8, hard negatives 22/22.  The three sparse drafts still
missed hold only two acronyms in a normal-length letter (JRG008 needs three), and are
expected failures.
"""
from __future__ import annotations

import pytest

from helpers import findings
from replylint import Config
from replylint.findings import Severity

BLOCKING = {Severity.WARNING, Severity.ERROR}
DRAFT_LEVEL = {"JRG007", "JRG008", "JRG009"}


def jargon_blocks(body: str, client: str = "") -> bool:
    text = f"Hi Sam,\n\n{body}\n\nBest,\nAlex\n"
    if client:
        text += "\n> " + "\n> ".join(client.splitlines()) + "\n"
    # The codes that block by default (the tests run every rule at its declared severity,
    # where JRG001-JRG003 warn on each item).
    return any(f.code in DRAFT_LEVEL and f.severity in BLOCKING for f in findings(text, Config(), to="sam@example.org"))


NOT_READ = pytest.mark.xfail(strict=True, reason="two acronyms in a letter of normal length: JRG008 needs three")


def _miss(body: str):
    return pytest.param(body, marks=NOT_READ)


POSITIVES = [
    "Your HBL is issued but the MBL is still with the NVOCC, so the DO can't be raised until the CFS confirms devanning.",
    "The CT scan shows a PAI on the LR6, so we'd suggest RCT, then a PFM crown once the ART is settled.",
    "We've served the N1 and the AoS is due in 14 days; if there's no DQ we'll apply for a default under CPR 12.",
    "The DC failed over because the FSMO roles were still on the old PDC, so we seized them and rebuilt the GPOs.",
    "Your MTA is processed; the NCD stays at 5 years and the CLUE report shows no prior claims, so the ALE cover applies.",
    "The P11D is late because the RTI FPS didn't include the BIK, so HMRC will issue a PAYE settlement.",
    "The SE will need the RSJ calcs before BC sign-off, and the CDM F10 has to go in before the DPC is poured.",
    "For the sync you'll need MCPS clearance plus the ISRC on each master, and the PRS cue sheet once it airs.",
    "Your MPAN shows a HH meter on a DUoS red band, so the TNUoS triad charges will hit in the winter.",
    "We've raised a CR against the SOW; once the CAB approves it the RFC goes to the TDA for the UAT window.",
    "The LPA needs an IP cert and an HCW signature before the OPG will register it.",
    "Your RO water came back with high TDS, so we've swapped the GAC stage and the TFC membrane.",
    "The ADR came back with an ABE on the RHS of the tank, so we'll need an NDT before the COC is reissued.",
    "Once the OTP clears on the POS we'll push the MDM profile and the EMV kernel update to your PEDs.",
    "We filed the 941 and the 940, but the SUTA rate notice hasn't come, so the FUTA credit is an estimate.",
    "The KYC on the UBO is pending, so the SAR review blocks the CDD sign-off and the onboarding.",
    "The ECG shows LVH with some ST changes, so the GP has asked for an ECHO and a BNP.",
    "Your NOC was refused because the EIA screening flagged the SSSI, so we'll need an AA under the HRA.",
    "The PPA pricing sits on the PJM LMP at the node, with an RTO capacity adder and the REC bundled.",
    "Your LTV is 85%, so the DTI caps the loan, and PMI is required until the appraisal clears the CLTV.",
    "The EPC rating is F, so under MEES you can't re-let until the PAS 2035 retrofit is signed off.",
    "Bounced the app pool on WEB02, flushed DNS on your DC, cleared the GPO cache. Should be gtg.",
]

NEGATIVES = [
    "Your house bill of lading is ready. The master bill is with the shipping line, and the goods will be unpacked at the depot on Tuesday.",
    "The scan shows a small infection at the root of your lower right tooth, so we'd suggest a root canal treatment and then a crown.",
    "We've started the claim. The other side has 14 days to reply; if they don't, we'll ask the court for judgment.",
    "Your PDF invoice is attached, and the driver's ETA is 10:30.",
    "The VAT on the March invoice was wrong; the corrected one is attached.",
    "Your NHS appointment is on Tuesday at 9; please bring your NI number.",
    "The CAB (change advisory board, the weekly meeting that approves changes) meets on Thursday.",
    "As you asked about the MPAN: it's the 21-digit number on your bill that identifies your meter.",
    "We've booked you on the BA flight on Friday and sent the details to your PA.",
    "HSBC have confirmed the transfer; it should reach your account by Monday.",
    "Your RO system (the reverse-osmosis filter under the sink) needs a new filter cartridge.",
    "The EPC (energy performance certificate) for the flat is rated C, so you can let it.",
    "We can sign the NDA this week and send the SOW on Monday.",
    "IKEA delivered the units on Tuesday and the fitter starts on Wednesday.",
    "The FAQ page covers returns, and your PIN is on the letter we posted.",
    "Your GP will get a copy of the report, and the MRI is booked for the 12th.",
    "We've filed your tax return with the IRS and paid the balance from your account.",
    "The KYC check (we confirm who you are, as the law requires) just needs a photo of your passport.",
    "We use AWS for hosting, and the site is behind Cloudflare.",
    "The USB stick with your photos is in the post, with the DVD of the ceremony.",
    "Your LTV (how much you borrow compared with the value of the house) is 85%.",
    "Thanks for the P11D figures you sent; I've put them into your return as they are.",
]

STILL_MISSED = set()  # first try: {2, 14}


@pytest.mark.parametrize("body", [(_miss(b) if i in STILL_MISSED else b) for i, b in enumerate(POSITIVES)])
def test_string_of_unexplained_shorthand_blocks(body):
    assert jargon_blocks(body), body


@pytest.mark.parametrize("body", NEGATIVES)
def test_explained_known_or_named_acronyms_do_not_block(body):
    assert not jargon_blocks(body), body


# Batch 2 -- the same shorthand spread through a letter of normal length.
SPARSE = [
    "Thanks for sending the invoices over so quickly. We've lodged the ISF with the carrier and the AMS filing went in this "
    "morning, so the container should clear once it lands. The haulier has you booked for the 14th, and we'll send the POD "
    "as soon as the driver has it signed. If anything changes with the vessel we'll let you know the same day.",
    "It was lovely to see you on Tuesday. As we discussed, the plan is SRP on the lower teeth first, then the two fillings, "
    "and we'll review the UR6 at your next check-up. We've sent the estimate to your insurer under the UCR schedule, so "
    "the amount you pay may change a little once they reply. Do call us if you'd like to book the first visit.",
    "Sorry this has taken a while to come back to you. The other side has now filed their DQ, and we'll need to agree "
    "directions before the CCMC in March. I'd also suggest we make a Part 36 offer now, as it puts real pressure on their "
    "costs. Could you let me know by Friday whether you're happy for us to go ahead on that basis?",
    "Congratulations on the new shop! For the music in store you'll need the PPL licence as well as the PRS one, and if "
    "you post videos with tracks in them that's a separate sync clearance per track. Labels usually grant those on MFN "
    "terms, so the first quote tends to set the price. Happy to handle the paperwork if you'd like.",
    "Good news on the extension: the council has validated the application. The SE has started on the beam design, and "
    "once building control have the calcs we can book the DPC inspection. The party wall notice went to next door on "
    "Monday, so they have 14 days to respond. I'll update you as soon as we hear anything.",
    "We've had a look at the slow logins you mentioned. The AD sync was running every five minutes and timing out, and "
    "the MFA prompts were queuing behind it. We've moved the sync overnight and cleared the stuck tokens in Entra. Your "
    "team shouldn't notice anything, but let us know if anyone is still waiting more than a few seconds to sign in.",
    "Thanks for confirming the renewal. Your NCD stays at five years, and because you added the extension the rebuild "
    "figure has gone up, so the premium is £42 higher than last year. The ALE limit is unchanged. The new schedule is "
    "attached; please check the address and the named drivers are right.",
    "The payroll for March has run. Because the car was added mid-month, the BIK will show on the P11D rather than "
    "through the payroll, and the RTI submission went in on time. Your staff will see their new tax codes from April. "
    "Give me a call if any of them ask about it and I'll explain it to them directly.",
]
SPARSE_STILL_MISSED = {4, 5, 6}  # first try: {4, 5, 6, 7}


@pytest.mark.parametrize("body", [(_miss(b) if i in SPARSE_STILL_MISSED else b) for i, b in enumerate(SPARSE)])
def test_shorthand_spread_through_a_letter_blocks(body):
    assert jargon_blocks(body), body


# Batch 3 -- written after the legal-procedure and IT entries were added (so not a first
# try for them): court procedure told to a lay client in three jurisdictions, and terse
# IT fix notes; hard negatives explain the same steps in plain words.
# Measured when written: positives 12/12 caught, hard negatives 12/12 clean (biased: the
# entries were known when these were written).
PROCEDURE = [
    "The sheriff has fixed a by order hearing, and the interlocutor allowing our minute of amendment has been extracted.",
    "Their motion to compel is set for the 9th, the interrogatories are due Friday, and your deposition is the week after.",
    "The strike-out application was refused, so we'll file the DQ and prepare for the CCMC.",
    "Decree was granted in absence; we'll now seek commission and diligence for the bank records.",
    "We recorded a lis pendens on the lot, and the summary judgment motion follows once the deposition transcripts are in.",
    "Fixed - RDP was blocked at the firewall and NTP had drifted, so the DC rejected the logins. Re-synced.",
    "Recycled the app pool on IIS and cleared the SMB locks; the share should open now.",
    "Your VDI session hung because the NTP drift broke Kerberos; resynced and rebooted the host.",
    "The closed record is lodged and the proof before answer is fixed for June; specification of documents to follow.",
    "Re your claim: AoS is in, DQ due on the 3rd, then the directions hearing.",
    "The other side served interrogatories and a deposition notice; we'll object timeously to both.",
    "Sorted: the IIS binding was wrong and RDP was off on the VM. Both fixed.",
]
PROCEDURE_PLAIN = [
    "The court has set a short hearing to check progress, and it has accepted the change to our written case.",
    "The other side has asked the judge to make you answer their written questions; the hearing is on the 9th.",
    "The judge refused to throw out our claim, so the case goes ahead; I'll send you the next steps this week.",
    "The court found in your favour because they didn't respond. Next we'll ask for the bank's records.",
    "We've put a notice on the land registry entry so no one can sell the lot while the case is running.",
    "You can connect to your office computer from home again: the firewall was blocking it, and we've fixed that.",
    "The website is back up. We restarted the part of the server that runs it and unlocked the shared folder.",
    "Your remote desktop froze because the server's clock was wrong. We've corrected it and restarted it.",
    "Both sides' written cases are now with the court, and the evidence will be heard in June.",
    "The other side has confirmed they'll defend the claim. We now fill in the court's questionnaire by the 3rd.",
    "They've sent written questions and asked to interview you under oath; we'll reply on time to both.",
    "The website settings were wrong and remote access was switched off on the server. Both are fixed now.",
]
PROCEDURE_STILL_MISSED = set()


@pytest.mark.parametrize("body", [(_miss(b) if i in PROCEDURE_STILL_MISSED else b) for i, b in enumerate(PROCEDURE)])
def test_court_procedure_and_it_shorthand_block(body):
    assert jargon_blocks(body), body


@pytest.mark.parametrize("body", PROCEDURE_PLAIN)
def test_the_same_steps_in_plain_words_do_not_block(body):
    assert not jargon_blocks(body), body
