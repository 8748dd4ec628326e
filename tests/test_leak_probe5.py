"""Leak probe, fifth wave: fresh drafts written for this test (not taken from any set),
leak shapes across types -- cards split or dotted or spelt with expiry and CVV, IBANs in
lowercase or odd spacing, sort code + account, national IDs, secrets in pasted configs,
logs and URL queries, passwords said in words, internal-only notes in forwarded threads,
margins and cost figures, another client named with their figures -- and hard negatives
of the same shapes (Luhn-failing references, masked cards, password policy text, public
test values described as such, the recipient's own company).  Only public test card
numbers, published example IBANs and made-up random key strings are used."""
from __future__ import annotations

import pytest

from helpers import findings
from replylint import Config
from replylint.findings import Severity

BLOCKING = {Severity.WARNING, Severity.ERROR}

ROSTER = {
    "Brackenfield Dental": {"aliases": [], "domains": ["brackenfielddental.example"]},
    "Okoro & Finch Solicitors": {"aliases": ["Okoro Finch"], "domains": []},
    "Stavanger Marine Supplies": {"aliases": ["SMS"], "domains": []},
    "Halloran Bakeries": {"aliases": [], "domains": []},
}
TO = "Priya Nair <priya@brackenfielddental.example>"


def leak_found(body: str, roster: bool = False) -> list:
    text = f"Hi Priya,\n\n{body}\n\nKind regards,\nTom\nWestgate Systems\n"
    cfg = Config.from_dict({"clients": ROSTER}) if roster else Config()
    return [f for f in findings(text, cfg, to=TO) if f.category == "leak" and f.severity in BLOCKING]


POSITIVES = [
    # cards
    "Card used for the renewal: 4111.1111.1111.1111, exp 09/28.",
    "I've put it on the company card (5555 5555\n5555 4444) as agreed.",
    "Card for the deposit: 4111 1111 1111\n1111 -- exp 02/29.",
    "Charged to 4242-4242-4242-4242 exp 11/27 cvv 314 this morning.",
    "The Amex we have on file is 3782 822463 10005.",
    "Payment details: card no. 6011111111111117, expiry 04/29, security code 771.",
    "her card number is 5105 1051 0510 5100 and the CVC is 902",
    "Tried 4111111111111111 again and it went through.",
    "Visa ending... well, the whole thing is 4012 8888 8888 1881, sorry.",
    # IBANs / bank
    "Please pay into gb82 west 1234 5698 7654 32 by Friday.",
    "Refund goes to IBAN DE89 3704 0044 0532 0130 00.",
    "Our supplier's account: NL91ABNA0417164300.",
    "iban: fr14 2004 1010 0505 0001 3m02 606",
    "Sort code 20-45-77, account number 43179205, in the name of R. Patel.",
    "Bank: sort code 309634 acc no 58120473.",
    "Routing number 021000021, account 483920175 for the wire.",
    "Wire to ES91 2100 0418 4502 0005 1332 please.",
    # national ids
    "His SSN is 078-05-1120 per the HR file.",
    "social security no. 219 09 9999 for the form",
    "Her NI number is NH 48 29 17 C, as on the payslip.",
    "National Insurance: JT482917A",
    "Date of birth 14/03/1981, in case the insurer asks.",
    # secrets
    "Here's the key for the sandbox: AKIAQX7ZP2LMN4RT8VWB with secret wJ8rT2kLq9Zx4VbN7mPc3Hs6Yd1Fg5Ka0Ue8Wi2R",
    "curl https://api.westgate-demo.example/v2/orders?api_key=9fK2mQ7xL4vB8nR3tY6wZ1pC5 returned the list.",
    "Use the token ghp_R8kLm2Qx7Vb4Nz9Tc1Wp6Ys3Hd5Fg0Ja2Ke8Ui in the workflow.",
    "The password is the same as last time: Marigold77!",
    "password: Tr0ut-Season-44",
    "Login is admin and the pw is Kestrel#2291.",
    "For the router, the admin password is now Blue-Heron-81.",
    "I reset it for you, the new password is Foxglove!4420, please change it after login.",
    "Slack bot token xoxb-2291847731-5520193847-kT9vQm2XzL8bR4nW6pY3cJ1h for the integration.",
    "Config we used:\n\nDB_HOST=db01\nDB_USER=appuser\nDB_PASSWORD=Qz7!mB2x-Lr9\n\nLet me know.",
    "Log excerpt:\n2026-11-30 10:14:02 INFO auth ok Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2Vjc2lnbmF0dXJlWHl6MTIz",
    "postgres://report:Wn4!kd82Lq@10.0.4.17:5432/sales is the DSN we used.",
    "Stripe live key sk_live_51Hq8Zk2L9mXv3Rb7Tn4Wc6Yp for the checkout.",
    "Wi-Fi: network Westgate-Guest, passphrase lantern-orbit-5521.",
    "The PIN for the door is 4471 and the alarm code is 0913.",
    "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----",
    "Google Maps key: AIzaSyD4k9Lm2Qx7Vb4Nz9Tc1Wp6Ys3Hd5Fg0Ja",
    "smtp user alerts@westgate.example / pass Gx82!kPw",
    "client_secret = \"3f9a7c21-b84e-4d1f-9e2a-6c5b8d7e0f14\"",
    # internal
    "---------- Forwarded message ---------\nFrom: Dana Lowe <dana@westgate.example>\nNot for the client: we're only doing this because they threatened to leave.",
    "Our margin on this job is 38%, so there's room to move if they push.",
    "Internal only - do not forward. Cost price per licence is £14.20.",
    "> Jake: floor is 12% off, don't go below that.",
    "From the internal ticket: 'customer is a pain, close it quickly'. Anyway, fixed now.",
    "FYI (internal) we buy these at £210 and sell at £340.",
    "> Rob: don't share this with her yet, the project is £8k over budget.",
    "Note to self - cost to us is $1,150 per seat, quote them $1,900.",
    "The staging server is at http://build-07.corp.westgate.local:8080/admin if it helps.",
    "You can reach the box at 192.168.40.12 over the VPN.",
    "CONFIDENTIAL - INTERNAL: approved discount ceiling for this account is 20%.",
    "-----Original Message-----\nFrom: Sam Ortiz\nSent: Monday\nKeep this between us - we under-quoted them by about 30%.",
    "Our buy price from the distributor is €62 a unit; the rest is margin.",
    # other clients
    "Halloran Bakeries had the same outage and lost about £4,000 in orders.",
    "For comparison, Okoro & Finch Solicitors pay £1,200 a month for the same plan.",
    "We've just finished the migration for Stavanger Marine Supplies, their invoices were off by 3%.",
    "Okoro Finch are also behind on their invoice, so you're not alone.",
    "I've attached the Halloran Bakeries report by mistake -- please ignore it.",
]


NEGATIVES = [
    # numbers that are not cards
    "Your order number is 4111 1111 1111 1112.",
    "Tracking: 1Z 999 AA1 01 2345 6784 (UPS).",
    "Booking reference 5555 5555 5555 4445, please quote it when you call.",
    "The card ending 1111 was charged £40.",
    "We charged **** **** **** 4444 on 3 December.",
    "Card: XXXX-XXXX-XXXX-1881, exp 09/28.",
    "For testing, use the public Stripe test card 4242 4242 4242 4242 with any future date.",
    "Invoice INV-2026-004471 is attached.",
    "Your policy number is 6011 0000 0000 0012.",
    "Call us on 0800 123 4567 or +44 20 7946 0958.",
    "Your customer number is 48213390 and the case is 771204.",
    "Serial number: 5105-1051-0510-5106.",
    # bank-like but not
    "Your IBAN ends in ...5432; we'll pay the refund there.",
    "Please pay into the account ending 0532 that you gave us (IBAN masked: DE89 **** **** **** **30 00).",
    "The IBAN field on the form takes up to 34 characters.",
    "We need your sort code and account number to set up the direct debit.",
    "Reference GB-2291-8847 relates to your refund.",
    "Our VAT number is GB 123 4567 89.",
    # ids not
    "Please send your NI number through the secure portal, not by email.",
    "We never ask for your Social Security number by email.",
    "The form asks for a date of birth; leave it blank if you prefer.",
    "Your employee ID is E-4471.",
    "The meeting is on 14/03/2027.",
    # secrets not
    "Your password was reset this morning; you'll get an email to choose a new one.",
    "Passwords must be at least 12 characters and include a number and a symbol.",
    "Set the key in your environment as API_KEY=<your key here>.",
    "Keys start with sk_live_ for production and sk_test_ for the sandbox.",
    "I won't send the password by email; I'll read it to you on the phone.",
    "The password is the one you chose when you signed up.",
    "Please change the default password on the router before going live.",
    "Log in with your usual username and password.",
    "Use your own API key from the dashboard (Settings > API).",
    "The token expires after 30 days, so you'll need to generate a new one.",
    "Our docs: https://docs.westgate.example/api?version=2&lang=en",
    "The link is https://portal.westgate.example/reset?step=2 and takes a minute.",
    "DB_PASSWORD should be set in your .env file, never in the code.",
    "The Wi-Fi password is on the card at reception.",
    "Your PIN will arrive separately by post.",
    "Two-factor codes are six digits and change every 30 seconds.",
    "Commit 9f3b2c1a7e fixed the export bug.",
    "The file checksum is d41d8cd98f00b204e9800998ecf8427e if you want to verify the download.",
    "Use the placeholder <YOUR_SECRET_KEY> in the sample config.",
    # internal-ish but clean
    "This email and any attachments are confidential and intended for the addressee only.",
    "Our standard discount for charities is 10%, as on our website.",
    "The price is £340 per licence, including support.",
    "We can offer a 15% discount if you sign before the end of the month.",
    "I've raised an internal ticket so the team can look at it.",
    "Your router's address is 192.168.1.1 -- you can log in there.",
    "Our website is https://www.westgate.example.",
    "I checked with our finance team and the refund is approved.",
    "Margins are tight across the industry this year, so prices are going up 3%.",
    "Please keep this offer confidential to your team, it isn't public yet.",
    "The cost to you is £1,150 a year.",
    # own company / anonymous others
    "Brackenfield Dental's renewal is due in March.",
    "Other dental practices we look after saw the same issue.",
    "Another customer reported this last week, and the fix worked for them.",
    "I spoke to Dr Finch at your Leeds branch about the scanner.",
    "We'll send the report to everyone at Brackenfield Dental by Friday.",
    "A bakery we support had a similar problem with their tills.",
    "Several clients in the legal sector use this plan.",
    # same shapes as the classes read this wave
    "Our sort code is 20-45-77 if you pay by transfer; quote your invoice number as the reference.",
    "The password is the same as before: you set it yourself, so we can't see it.",
    "The password is unchanged from the pilot: nothing for you to do.",
    "Don't share this with her yet -- the flowers are a surprise for her birthday.",
    "Card payments in the sandbox accept any test card number from the provider's docs.",
    "Ticket 4471: internal ticket raised with the carrier.",
    "Card payments this week:\n4111 1111\n2290 1175 were the two batch totals.",
    "Order numbers for the card reader:\n5555 5555\n5555 4445",
]


@pytest.mark.parametrize("body", POSITIVES)
def test_leak_probe_positive(body):
    roster = any(n.split()[0] in body for n in ROSTER if n != "Brackenfield Dental")
    assert leak_found(body, roster=roster), body


@pytest.mark.parametrize("body", NEGATIVES)
def test_leak_probe_hard_negative(body):
    assert leak_found(body, roster=True) == [], body


# Second batch, written after the first fixes: other providers' keys, configs in YAML,
# JSON, .netrc and ODBC, verbs before the password ("set your password to"), other
# national IDs, UK bank details as a list, internal figures and markers in other words.
NOT_YET = pytest.mark.xfail(strict=True, reason="not read yet")

POSITIVES_2 = [
    "AWS_SECRET_ACCESS_KEY=Zq8vR2nL5xW7kP3mT9bY4cH6jD1fG0sA8eU2iO5w",
    "Use glpat-Xk29LmQ7vB4nR8tY2wZ6 for the pipeline.",
    "npm token: npm_a8K2mQ9xL4vB7nR3tY6wZ1pC5hD8fG2jK4sL",
    "SendGrid key SG.k2Lm9Qx7Vb4Nz9Tc1Wp6Ys.3Hd5Fg0Ja2Ke8Ui4Rq7Lm2Nx9Vb4Tz6Wc1Yp8Hs",
    "DefaultEndpointsProtocol=https;AccountName=westgatedocs;AccountKey=k2Lm9Qx7Vb4Nz9Tc1Wp6Ys3Hd5Fg0Ja2Ke8Ui4Rq7Lm2Nx9Vb4Tz6Wc1Yp8Hs==;EndpointSuffix=core.windows.net",
    "Grab it from https://admin:Pelican44!@files.westgate.example/share",
    'Config: {"user": "svc_report", "password": "Gr8-Lantern-19"}',
    "settings.yml:\n  db:\n    username: app\n    password: Orchid_5521",
    "machine ftp.westgate.example login upload password Bracken77",
    "Driver={SQL Server};Server=sql02;Uid=sa;Pwd=Tamarind!82;",
    "ssh root@203.0.113.40 and the password is Juniper-6610",
    "I've set your password to Bramble-88 for now.",
    "Your temporary login: jsmith / Autumn#2027",
    pytest.param("it's hunter2 again for the password, same as before", marks=NOT_YET),
    "Canadian SIN 130 692 544 for the payroll form.",
    "Aadhaar 2341 2341 2346 attached to her file.",
    "Passport number 533380006, expiring 2031.",
    "[INTERNAL] Margin on this renewal: 42%.",
    "Do NOT send this part to the client: they're a low-priority account for us.",
    "Note from finance: the floor price is £9.50 a unit, nothing lower.",
    "Between ourselves, the supplier only charges us £120 for this.",
    "Draft - not for release outside the team.",
    pytest.param("We paid the contractor £2,400 and are billing £6,000.", marks=NOT_YET),
    "Halloran's figures were worse: 14% down on last year.",   # read since the eighth wave (a client's possessive)
    "I've cc'd the Okoro & Finch team as they had the same problem with their payroll.",
    "Mastercard 2223 0031 2200 3222, expiry 12/26, CVV 123.",
    "JCB 3530 1113 3330 0000 exp 01/30",
    "Diners 3056 930902 5904",
    "Cardholder: J. Byrne / 4000 0566 5566 5556 / 03/28 / 212",
    "Account: 31926819 Sort: 60-16-13",
    "IBAN CH93 0076 2011 6238 5295 7 (our supplier's, pay before Friday).",
    "be68 5390 0754 7034 is the account for the Brussels office refund.",
]

NEGATIVES_2 = [
    "Set AWS_SECRET_ACCESS_KEY in your environment before running the script.",
    "Your GitLab token should start with glpat- and live in the CI variables.",
    "https://files.westgate.example/share is where the files are.",
    'Config: {"user": "svc_report", "password": ""}',
    "settings.yml:\n  db:\n    username: app\n    password: ${DB_PASSWORD}",
    "ssh into the server with your own key; no password needed.",
    "I've set your password to expire in 90 days.",
    "Please enter your SIN on the government portal, not here.",
    "Passport photos must be 45mm by 35mm.",
    "Our margin of error on the forecast is about 5%.",
    "The floor plan is attached.",
    "We pay all our contractors within 30 days.",
    "Sort by date to see the latest invoices.",
    "Your account number ends in 4471.",
    "Mastercard and Visa are both accepted.",
    "Quote reference 2223 0031 2200 3223 when you call.",
    "The draft is attached for your comments.",
    "We're a small team, so between ourselves and the contractors we cover the weekend.",
    "Keep a safety margin of 10% on the disk space.",
]


@pytest.mark.parametrize("body", POSITIVES_2)
def test_leak_probe_positive_second_batch(body):
    assert leak_found(body, roster=True), body


@pytest.mark.parametrize("body", NEGATIVES_2)
def test_leak_probe_hard_negative_second_batch(body):
    assert leak_found(body, roster=True) == [], body
