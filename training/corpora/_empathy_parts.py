"""Parts shared by the complaint, bad-news and acknowledgement corpora: the things
clients buy and the ways they name them, written for this project (no corpus copied).

The three corpora compose sentences from these with ``_common.compose`` (seeded), and
put their examples together with ``labelled_examples``.
"""
from __future__ import annotations

from _common import vary_case

# What a client's matter is about, across industries.
ITEMS = [
    "my order", "the parcel", "my refund", "the sofa", "my laptop", "the repair", "my booking",
    "the invoice", "my account", "the broadband", "the internet", "my phone line", "the app",
    "the portal", "my card", "the delivery", "my prescription", "the boiler", "the washing machine",
    "my claim", "the kitchen", "the installation", "my flight", "the hotel room", "my visa application",
    "my pension transfer", "the tax return", "my payslip", "the website", "my subscription",
    "the replacement", "my deposit", "the lease", "my car", "the windows", "the blinds", "the cake",
    "the wedding photos", "the report", "my bill", "the meter reading", "my son's uniform",
    "the course materials", "my exam results", "the certificate", "the shipment", "the container",
    "the EMI", "my loan", "the cheque", "the transfer", "my reimbursement", "the mattress",
    "the fridge", "the tiles", "the quote", "the contract", "my appointment", "the test results",
    "the scan results", "the water heater", "the aircon", "the generator", "my SIM", "the data bundle",
    "my load", "the remittance", "the parcel from Lazada", "my GCash transfer", "the PAN card",
    "the gas cylinder", "my statement", "the dashboard", "the payroll run", "the VPN", "the printer",
]
ITEMS_PLAIN = [i.replace("my ", "the ") for i in ITEMS]
COMPANY = [
    "your company", "you guys", "you people", "your team", "your firm", "your bank", "your shop",
    "your store", "your agency", "your courier", "your airline", "your clinic", "your office",
    "this company", "your support team", "your call centre", "your engineers", "your driver",
    "your website", "your helpdesk", "your service", "your lot", "your outfit", "the lot of you",
]
WAITS = [
    "two weeks", "three weeks", "a month", "six weeks", "ten days", "over a week", "since Monday",
    "since last Tuesday", "45 minutes", "over 30 minutes", "an hour", "two hours", "three days",
    "since March", "four months", "nearly a year", "since the 3rd", "all morning", "all day",
    "since 9am", "5 working days", "eight days", "twenty minutes", "since Christmas",
]
TIMES = ["third", "fourth", "fifth", "second", "tenth", "umpteenth", "sixth"]
DAYS = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the 14th", "next week", "tomorrow",
    "14 July", "the end of the month", "2 June", "Q3", "the weekend", "March", "next Friday",
]
NEWDAYS = ["14 July", "the 28th", "late August", "next month", "the week after", "early October", "Q4", "20 June"]
AMOUNTS = ["£85", "$240", "€60", "Rs 18,400", "₦45,000", "PHP 3,200", "R900", "$1,200", "£4,700", "KSh 7,250", "AU$310"]
SERVICES = [
    "the portal", "your broadband", "the booking system", "online banking", "the app", "your email",
    "the phone lines", "the payroll service", "the card terminal", "the website", "your website",
    "the client area", "the API", "the mobile app", "the invoicing portal", "the server", "the network",
]


def labelled_examples(label, pos, neg, hpos, hneg, *, seed, mail, leave_out, hpos_copies=1):
    """The labelled examples of one corpus, and its facts for the model card.

    ``pos``/``neg`` are composed lines and ``hpos``/``hneg`` the hand-written ones (each
    hand-written positive counted ``hpos_copies`` times); ``mail`` ordinary-email lines
    from ``mail_text`` join the negatives, except those holding any of ``leave_out``:
    lines a client could write as this label are left out rather than taught as its
    opposite.  Seeds: ``seed + 3`` (positives' case), ``+ 4`` (mail), ``+ 5`` (negatives' case).
    """
    import mail_text

    pos = vary_case(pos + hpos * hpos_copies, seed + 3, share=0.03)
    ordinary = [t for t in mail_text.examples(mail, seed=seed + 4) if not any(w in t.lower() for w in leave_out)]
    neg = vary_case(neg + hneg, seed + 5, share=0.03) + ordinary
    hand = hpos_copies * len(hpos) + len(hneg)
    out = [(t, {label: 1.0}) for t in pos] + [(t, {label: 0.0}) for t in neg]
    facts = {
        "written for this project (composed)": len(pos) + len(neg) - hand - len(ordinary),
        "written for this project (hand-written lines)": hand,
        "shared ordinary-email negatives (mail_text.py)": len(ordinary),
        "licence": "the project's own",
    }
    return out, facts
