"""Leak probe, seventh wave: fresh drafts written for this test (not taken from any set).

Batch 1 -- another client named when the recipient's own client is unknown (a role
mailbox or a person's address on a placeholder domain: orders@example.co.uk) and the
draft names only one roster client, so LEK031 (two or more clients) has nothing to
count.  The class read from the development sets' misses: the draft tells the reader
about their own matter ("your order", "your records", "you") and about another client's
matter in the third person ("they're out of feed", "who are also with us", "their only
backup").  Hard negatives of the same shape: the one client named is the reader's own
(greeted by name, "your team at ...", "you at ...", the reader's matter told in the
client's name) or is named without any third-party reading (no "they", no "also with
us").

First try (before the fix), at default severities: positives 0/24 caught, hard negatives
24/24 clean.  After LEK030's third-party reading (recipient unknown, one client named:
a finding at warning where the sentence says "also with us" / "another client of ours",
or where the client is referred back to as "they"/"their" in its sentence or the next
beside the reader's own matter told as "you", and the name is not framed as the
reader's own): positives 21/24, hard negatives 24/24.
"""
from __future__ import annotations

import pytest

from helpers import findings
from replylint import Config
from replylint.findings import Severity

BLOCKING = {Severity.WARNING, Severity.ERROR}
ROSTER = ["Harbour Lane Bakery", "Castlegate Dental", "Pinewood & Moss Joinery", "Orchard Vale Vets", "Kestrel Plant Hire"]


def leak_codes(body: str, to: str = "office@example.co.uk", greeting: str = "Hi Jo,") -> list[str]:
    cfg = Config.from_dict({"clients": {c: {} for c in ROSTER}})
    text = f"{greeting}\n\n{body}\n\nBest wishes,\nSam\nNorthbank Advisory\n"
    return [f.code for f in findings(text, cfg, to=to) if f.category == "leak" and f.severity in BLOCKING]


NOT_READ = pytest.mark.xfail(strict=True, reason="not read yet: see the module docstring")

POSITIVES = [
    "Your delivery moves to Friday. The oven time this week went to Harbour Lane Bakery, as they lost a whole day's batch to a power cut.",
    "Don't worry about the audit letter. Castlegate Dental, who are also with us, had the same one in May and theirs ended in a £9k adjustment.",
    "We're keen you get the offsite backup in. Orchard Vale Vets were hit by ransomware in the spring and lost a week of records. We don't want that for you.",
    "Your crane is booked for the 14th. Kestrel Plant Hire had theirs on the same site last month and they failed the lift plan, so please send yours early.",
    "I know the price looks high, but Pinewood & Moss Joinery pay more than you for the same cover, since their claims history is worse.",
    "Your quote is attached. For comparison, Harbour Lane Bakery are on the same tariff and their bill last quarter came to £4,100.",
    "Thanks for waiting. We had to prioritise Castlegate Dental this week because their steriliser failed and they couldn't see patients.",
    "Your accounts are in good shape. Orchard Vale Vets, also a client of ours, are struggling with cash flow and have asked us for a payment plan.",
    "P.S. Kestrel Plant Hire are another client of ours - their director is leaving, so expect them to be slow paying for a while.",
    "We can start your kitchen on the 3rd. Pinewood & Moss Joinery's job overran because their fitter walked off site, so our team is free earlier than planned.",
    "I appreciate you're worried about the inspection. Harbour Lane Bakery got a two-star rating last month because of their pest records; yours are far better.",
    "Sorry for the slow reply. Castlegate Dental's dispute with their landlord took most of my week, as it's now going to court.",
    "Your new rota is attached. It's based on the one we built for Orchard Vale Vets, which cut their overtime bill by a third.",
    "- Your order: confirmed for Tuesday\n- Stock: short, as Kestrel Plant Hire took the last six units after their fleet was stolen",
    "On your question about the fees: Pinewood & Moss Joinery negotiated 15% off with us, but they signed for three years, which you didn't want.",
    "You're right to check. One of our other clients, Harbour Lane Bakery, was fined last year for exactly this, so they now audit monthly.",
    "Good news on your refund. Castlegate Dental are still waiting for theirs, as HMRC opened an enquiry into their VAT return.",
    "We'd recommend the higher excess for you. Orchard Vale Vets took the lower one and their premium doubled after two claims.",
    "Your site visit is fine for Monday. Kestrel Plant Hire are with us too and had their licence suspended, so we're checking every paper twice now.",
    "The delay on your shelving is down to Pinewood & Moss Joinery: they are behind on our biggest order after losing two staff.",
    "Your payroll ran on time. Harbour Lane Bakery missed theirs because their bank account was frozen, so it's been a long week here.",
    "We recommended the same supplier to Castlegate Dental and they saved about £2,000 a year on their consumables, so you might too.",
    "Thanks for your patience. Orchard Vale Vets pulled forward their move to our new system after their server died, and they took the engineer you were booked with.",
    "Your certificate is attached. By the way, Kestrel Plant Hire, who also use us, failed their safety audit, so we'd keep your records tidy.",
]

NEGATIVES = [
    ("Harbour Lane Bakery's order is confirmed for Tuesday, and your invoice is attached.", "Hi Jo,"),
    ("Thank you for choosing us. Your Castlegate Dental account is set up and you can log in from today.", "Hi Jo,"),
    ("Your team at Orchard Vale Vets has been great to work with; the new rota goes live on Monday.", "Hi Jo,"),
    ("Welcome aboard! We're delighted to be looking after Kestrel Plant Hire, and I've attached your onboarding pack.", "Hi Jo,"),
    ("Your order for the Pinewood & Moss Joinery workshop is ready; we can deliver on Thursday.", "Hi Jo,"),
    ("Thanks for sending the figures so quickly. Your delivery moves to Friday as our oven is being serviced.", "Dear Harbour Lane Bakery team,"),
    ("Your audit letter is nothing to worry about; we'll go through it together on Tuesday.", "Dear Castlegate Dental,"),
    ("As agreed, the annual service for everyone at Orchard Vale Vets is booked for the 9th. Your engineer will be Dan.", "Hi Jo,"),
    ("I've sent the quote for you at Kestrel Plant Hire; let me know if the crane dates work.", "Hi Jo,"),
    ("It was great to meet you and the Pinewood & Moss Joinery crew on Tuesday. Your new workshop looks superb.", "Hi Jo,"),
    ("Could you confirm Harbour Lane Bakery's VAT number for the invoice? You'll find it on your last return.", "Hi Jo,"),
    ("Please find attached the renewal for Castlegate Dental. Your premium is unchanged this year.", "Hi Jo,"),
    ("Orchard Vale Vets' new website goes live on Monday; you'll get the login details by text.", "Hi Jo,"),
    ("We've received the signed contract for Kestrel Plant Hire - thank you. Your first invoice will follow in May.", "Hi Jo,"),
    ("Thanks for the update on the Pinewood & Moss Joinery accounts. I'll have your draft return ready by Friday.", "Hi Jo,"),
    ("We've worked with lots of bakeries on this, and most fix it within a month. Your delivery moves to Friday.", "Hi Jo,"),
    ("Another client of ours had the same audit letter last year and it came to nothing. Don't worry about yours.", "Hi Jo,"),
    ("Some of our other clients have been hit by ransomware this year, so we'd like you to have an offline backup.", "Hi Jo,"),
    ("Your shelving is delayed because our supplier is short of steel; we expect it on the 20th.", "Hi Jo,"),
    ("We recommended this supplier to a few practices and they saved money, so you might too.", "Hi Jo,"),
    ("Harbour Lane Bakery is the name we have on file for your account - is that still right?", "Hi Jo,"),
    ("The Castlegate Dental invoices you asked about are attached; they cover January to March.", "Hi Jo,"),
    ("Thank you for paying so promptly. Orchard Vale Vets has been a client of ours for ten years and we value it.", "Hi Jo,"),
    ("Could you pass this to your manager at Kestrel Plant Hire? They asked for the lift plan by Friday.", "Hi Jo,"),
]

STILL_MISSED = {2, 6, 11}  # no "they" for the client (2); no "you" matter beside it (6, 11)
STILL_FLAGGED: set[int] = set()


@pytest.mark.parametrize("body", [pytest.param(b, marks=NOT_READ) if i in STILL_MISSED else b
                                  for i, b in enumerate(POSITIVES)])
def test_another_client_spoken_of_as_a_third_party_is_a_leak(body):
    assert "LEK030" in leak_codes(body), body


@pytest.mark.parametrize("body,greeting", [pytest.param(*p, marks=NOT_READ) if i in STILL_FLAGGED else p
                                           for i, p in enumerate(NEGATIVES)])
def test_the_readers_own_client_or_anonymous_clients_are_no_leak(body, greeting):
    assert not leak_codes(body, greeting=greeting), body


# Batch 2 -- internal figures said to the client in three shapes the development sets
# missed: an approval limit told as the writer's own ("I've been approved to go as low
# as 22% off", "I'm cleared to come down to £900"), a margin with a word before the
# figure ("we're only making about 18% on that unit"), and the split of the client's
# price between the writer's side and someone else ("she takes home £410 and the rest is
# our fee").  Hard negatives of the same shapes: a plain offer ("I can go as low as 22%
# off"), the client's own margin or staff pay, "making about 18% more deliveries", a
# split the client pays openly to a third party (VAT, the courier).
#
# First try (before the fix), at default severities: internal figures 7/22 caught, plain
# figures 21/22 clean ("which covers the carer and all our costs" blocked).  After the
# lexicon entries (approval limits told as the writer's own, a margin with a word before
# the figure, the split of the client's price, what a price covers as an exclusion):
# 22/22 and 24/24 (two negatives on the reader's own approval added after the fix).

def figure_codes(body: str) -> list[str]:
    text = f"Hi Robin,\n\n{body}\n\nBest,\nAsha\n"
    return [f.code for f in findings(text, Config(), to="robin@example.org") if f.category == "leak" and f.severity in BLOCKING]


INTERNAL_FIGURES = [
    "I've been approved to go as low as 18% off if you commit to twelve months.",
    "My manager has cleared me to come down to £950 on the sofa, so that's on the table.",
    "I've got sign-off to drop the rate to $85 an hour for this project.",
    "Head office has authorised me to go down to £2,400 for the pair.",
    "I'm allowed to go as far as 25% off for a two-year deal, but no further.",
    "I've been given the green light to go down to €1,150 if that helps.",
    "We're only making about 12% on that model at this price.",
    "Honestly, we make roughly £40 on each unit at that price.",
    "At that price we'd be clearing maybe 6% on the job.",
    "We're netting barely 9% on the install as it stands.",
    "We only make around £15 a ticket after the venue takes its cut.",
    "There's only about 8% in it for us at £1,200.",
    "The day rate is £480: he takes home £360 and the rest is our fee.",
    "Of the £95 an hour, the tutor gets £60 and we keep the remaining £35.",
    "You pay £1,250 a week; the carer receives £900 and the balance is our margin.",
    "Of your £2,000 fee, £1,400 goes to the photographer and we keep £600.",
    "The nurse is paid £38 an hour and our cut is the other £14.",
    "P.S. Between us, the driver gets £110 of the £160 and the rest is ours.",
    "To be completely open with you, our markup on the frames is around 40%.",
    "To be honest with you, we're only making about 10% on the boiler at £2,100.",
    "- Price: £3,400\n- Our margin at that price: about 11%\n- Delivery: included",
    "I checked with finance and I'm authorised to take it down to £18,500, no lower.",
]

PLAIN_FIGURES = [
    "I can go as low as 18% off if you commit to twelve months.",
    "The best I can do on the sofa is £950, delivered.",
    "We can drop the rate to $85 an hour for this project.",
    "The pair comes to £2,400 including fitting.",
    "There's 25% off for a two-year deal.",
    "We're making about 12% more deliveries this year, so slots are tight.",
    "You'd make roughly £40 on each unit if you resell at the list price.",
    "Your margin on the job looks like about 6% from the figures you sent.",
    "Your staff take home about £360 a day after tax on that rate.",
    "The tutor is paid by the hour, and you pay us monthly.",
    "The weekly fee is £1,250, which covers the carer and all our costs.",
    "Of your £2,000, £400 is VAT, which we pay to HMRC.",
    "Of the £160, £20 is the courier's charge, which we pass on at cost.",
    "To be honest with you, the £2,100 boiler is the better buy.",
    "Between us, I'd go for the bigger frame: it looks better in that room.",
    "- Price: £3,400\n- Deposit: 10%\n- Delivery: included",
    "I checked with finance and the invoice for £18,500 has gone out.",
    "We were approved as a supplier by your council in March.",
    "Your loan was approved, and the rate stays at 6%.",
    "Your manager cleared the £950 purchase order this morning.",
    "The rest of the balance, £120, is due on delivery.",
    "I've been approved to run the Saturday session, so the class goes ahead at £12 a head.",
    # the reader's own approval (added after a development-set false alarm of this shape)
    "The extra £210 is the call-out you signed off on 8 November.",
    "The £640 change is the one you approved down to the last screw on the 3rd.",
    # counts, not margins (written when the entries were narrowed to a percentage or money)
    "We make about 200 deliveries a week, at £5 each.",
    "We keep 3 copies on file, at £5 a copy.",
]

FIGURES_STILL_MISSED: set[int] = set()
FIGURES_STILL_FLAGGED: set[int] = set()


@pytest.mark.parametrize("body", [pytest.param(b, marks=NOT_READ) if i in FIGURES_STILL_MISSED else b
                                  for i, b in enumerate(INTERNAL_FIGURES)])
def test_approval_limit_margin_or_split_told_to_the_client_is_a_leak(body):
    assert "LEK021" in figure_codes(body), body


@pytest.mark.parametrize("body", [pytest.param(b, marks=NOT_READ) if i in FIGURES_STILL_FLAGGED else b
                                  for i, b in enumerate(PLAIN_FIGURES)])
def test_offers_client_figures_and_open_splits_are_no_leak(body):
    assert "LEK021" not in figure_codes(body), body


# The reader's own company reported on in the third person, with no matter of the
# reader's beside it ("Here's the summary for X. Their on-time rate was 97.8%").  Written
# after the fix (a check of report-shaped drafts showed 7 of these 9 blocked by the
# first version of the reading, which took any "they" after the name); the reading
# now also needs the reader's own matter as "you" beside it, which cost positives 6 and
# 11 above.
OWN_COMPANY_REPORTS = [
    "Here's the summary for Castlegate Dental. Their on-time rate was 97.8%, above target.",
    "The Castlegate Dental team did a great job this quarter; they hit every target.",
    "As agreed, Castlegate Dental will move to weekly deliveries from March, and they'll get the new pricing next week.",
    "Attached is the quarterly report for Castlegate Dental, showing their orders and returns.",
    "Congratulations to everyone at Castlegate Dental on the award - they thoroughly deserve it.",
    "I've updated the account for Castlegate Dental so their invoices now go to the accounts inbox.",
    "Castlegate Dental's renewal is attached. Their price stays the same for 2027.",
    "We're proud to support Castlegate Dental and look forward to another year with them.",
    "Thanks for your time yesterday. As agreed, here is the summary for Castlegate Dental. Their on-time rate was 97.8%.",
    "Here's the summary for Castlegate Dental you asked for. Their on-time rate was 97.8%.",
]


@pytest.mark.parametrize("body", OWN_COMPANY_REPORTS)
def test_the_readers_company_reported_on_as_they_is_no_leak(body):
    assert not leak_codes(body, to="c.hughes@example.co.uk", greeting="Hi Chris,"), body


# The one client named is in the quoted thread as well (the reader's message or
# signature): the thread is the reader's, so the client is most likely theirs.  Written
# after the fix above, when a check of replies showed these blocked.
QUOTED_THREADS = [
    "Hi Sue,\n\nYour order is confirmed for Friday.\n\nBest,\nSam\n\nOn Tue 3 Dec, Sue Baker wrote:\n"
    "> Hi Sam, can Harbour Lane Bakery get the flour by Friday? They're running low.\n> Sue\n",
    "Hi Sue,\n\nYour order is confirmed for Friday.\n\nBest,\nSam\n\n-----Original Message-----\nFrom: Sue Baker\n"
    "Sent: Tuesday\nSubject: order\n\nHi Sam, can we get the flour by Friday? They're running low.\nSue\nHarbour Lane Bakery\n",
    "Hi Sue,\n\nHarbour Lane Bakery's flour is confirmed for Friday, so they won't run out.\n\nBest,\nSam\n\n"
    "On Tue 3 Dec, Sue Baker wrote:\n> Hi Sam, can we get the flour by Friday?\n> Sue\n> Harbour Lane Bakery\n",
]


@pytest.mark.parametrize("text", QUOTED_THREADS)
def test_client_named_in_the_readers_thread_is_no_leak(text):
    cfg = Config.from_dict({"clients": {c: {} for c in ROSTER}})
    assert not [f for f in findings(text, cfg, to="office@example.co.uk")
                if f.category == "leak" and f.severity in BLOCKING], text
