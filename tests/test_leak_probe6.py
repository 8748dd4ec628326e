"""Leak probe, sixth wave: fresh drafts written for this test (not taken from any set).

Batch 1 -- another client named, when the recipient's own client is read from an address
shape the roster did not read before: a placeholder label in the domain
(``ana@example-tidepoolsurf.co.uk``, ``ops@tidepoolsurf.example.co.uk``,
``info@tidepool-surf-example.ie``), a hyphenated or "and"-less domain
(``moss-hale.com`` for "Moss & Hale"), a business on a public mail service
(``tidepoolsurf@gmail.com``), a subdomain (``mail.tidepoolsurf.com``), or a person or
family client read from the person's name (``kofi.mensah@example.com`` for "Mensah
Haulage").  Positives name another roster client with that client's affairs; hard
negatives of the same shapes name only the recipient's own client, a public company, or
other customers anonymously.

First try (before the fix): positives 7/26 caught, hard negatives 26/26 clean.  After:
26/26 and 25/26 (the one left: a client's short name used as an ordinary word, once the
recipient is known, "Bramley apples" for "Bramley Deli").
"""
from __future__ import annotations

import pytest

from helpers import findings
from replylint import Config
from replylint.findings import Severity

BLOCKING = {Severity.WARNING, Severity.ERROR}


def leak_codes(body: str, to: str, clients: list[str]) -> list[str]:
    cfg = Config.from_dict({"clients": {c: {} for c in clients}})
    text = f"Hello,\n\n{body}\n\nBest wishes,\nSam\nNorthbank Advisory\n"
    return [f.code for f in findings(text, cfg, to=to) if f.category == "leak" and f.severity in BLOCKING]


# (recipient, roster, body naming another roster client)
POSITIVES = [
    ("ana@example-tidepoolsurf.co.uk", ["Tidepool Surf School", "Granary Cafe", "Whitlow Builders"],
     "Granary Cafe had the same inspection last month and failed on two counts, so expect them to be strict."),
    ("ops@tidepoolsurf.example.co.uk", ["Tidepool Surf School", "Granary Cafe", "Whitlow Builders"],
     "Whitlow Builders are behind on their invoices too, so you are not the only one."),
    ("info@tidepool-surf-example.ie", ["Tidepool Surf School", "Granary Cafe", "Whitlow Builders"],
     "We saw the same drop at Granary Cafe when they changed their opening hours."),
    ("accounts@moss-hale.com", ["Moss & Hale Outfitters", "Pinecroft Realty", "Vantage Clinics"],
     "Pinecroft Realty are switching to us from their old payroll firm next month."),
    ("sales@okaforsons.co.uk", ["Okafor & Sons Ltd", "Delph Pottery", "Castlegate Dental"],
     "Castlegate Dental pay us about half what you do for the same service, but don't tell them I said so."),
    ("tidepoolsurf@gmail.com", ["Tidepool Surf", "Granary Cafe", "Whitlow Builders"],
     "Granary Cafe's accounts show a loss this year, which is why they cancelled the order."),
    ("jo@mail.brindlecoffee.com", ["Brindle Coffee Roasters", "Harlan Bikes", "Quarry Lane Vets"],
     "Harlan Bikes are being sued by a customer, so the shop may close for a while."),
    ("kofi.mensah@example.com", ["Mensah Haulage", "Tema Fresh Produce", "Volta Timber"],
     "Tema Fresh Produce lost the same contract last year after their trucks failed inspection."),
    ("k.wanjiru@example.co.ke", ["Wanjiru Florists", "Limuru Tea Estates", "Nakuru Agrovet"],
     "Limuru Tea Estates have asked us to stretch their payment terms to 120 days."),
    ("rajesh.iyer@example.in", ["Iyer Textiles", "Coimbatore Mills", "Madurai Handlooms"],
     "Coimbatore Mills are in the middle of a GST audit, so their orders are on hold."),
    ("admin@example-harrisonandcole.com", ["Harrison & Cole Surveyors", "Fernleigh Homes", "Kestrel Plant Hire"],
     "Fernleigh Homes had exactly this dispute with their neighbour and settled for £12,000."),
    ("studio@example-lightboxphoto.com.au", ["Lightbox Photography", "Bondi Bridal", "Manly Florals"],
     "Bondi Bridal owe us three months of fees, so we have stopped their shoots."),
    ("hello@example-pennyroyal.co.uk", ["Pennyroyal Tea Rooms", "Bramley Deli", "Oakhurst Farm Shop"],
     "Bramley Deli's owner is selling up after the divorce, which is why their orders stopped."),
    ("finance@example.northcoteschools.org.uk", ["Northcote Schools Trust", "St Ives Academy", "Penrose College"],
     "St Ives Academy went over budget by £40,000 on the same project."),
    ("c.duarte@example.pt", ["Duarte Vinhos", "Quinta da Serra", "Adega do Monte"],
     "A Quinta da Serra teve o mesmo problema e perdeu a licença por seis meses."),
    ("buyer@harbourfish-example.com", ["Harbourfish Traders", "Selsey Crab Co", "Wight Oysters"],
     "Selsey Crab Co failed their hygiene audit last week, so we are not buying from them."),
    ("manager@example-greenlanehotel.co.za", ["Green Lane Hotel", "Kloof Lodge", "Camps Bay Villas"],
     "Kloof Lodge had their booking system hacked last month and lost all their card data."),
    ("accounts@example-oldforgebrewery.co.uk", ["Old Forge Brewery Ltd", "Malt House Inn", "Ridge Cider"],
     "The Malt House Inn has gone into administration, so we are chasing them for the kegs."),
    ("p.nakamura@example.jp", ["Nakamura Ceramics", "Kyoto Paper Works", "Osaka Tea Trading"],
     "Kyoto Paper Works asked us for a bigger discount than yours, and we said no."),
    ("team@example-bluefinapp.io", ["Bluefin", "Corvus Analytics", "Pelican Pay"],
     "Pelican Pay had a data breach in March; their users' emails were exposed."),
    ("reception@example-ashcombevets.co.uk", ["Ashcombe Veterinary Practice", "Dunmore Kennels", "Elmstead Stables"],
     "Dunmore Kennels lost their licence after the council inspection."),
    ("director@example-fairhaven-care.org.uk", ["Fairhaven Care Homes", "Rosebank Care", "Linden Lodge"],
     "Rosebank Care are under investigation by the regulator after two falls."),
    ("office@example-mcbrideplumbing.ie", ["McBride Plumbing & Heating", "Galway Kitchens", "Corrib Tiles"],
     "Galway Kitchens still owe us €6,200 from the spring, so we are careful with credit."),
    ("orders@example-sunbirdjuices.com.ng", ["Sunbird Juices", "Lekki Foods", "Abuja Fresh"],
     "Lekki Foods had a whole batch recalled last month, which is why NAFDAC is visiting everyone."),
    ("hr@example-corvid-labs.com", ["Corvid Labs", "Tern Robotics", "Puffin Health"],
     "Tern Robotics are laying off a third of their engineers next month, so you may get some CVs."),
    ("l.owusu@example.com.gh", ["Owusu Construction", "Accra Steel", "Kumasi Cement"],
     "Accra Steel missed payroll in October and their directors are arguing about a sale."),
]

# (recipient, roster, body naming only the recipient's own client, a public company, or no one)
NEGATIVES = [
    ("ana@example-tidepoolsurf.co.uk", ["Tidepool Surf School", "Granary Cafe", "Whitlow Builders"],
     "Tidepool Surf School's inspection is booked for Tuesday; we'll be there from nine."),
    ("ops@tidepoolsurf.example.co.uk", ["Tidepool Surf School", "Granary Cafe", "Whitlow Builders"],
     "Your Tidepool Surf School invoice for March is attached."),
    ("info@tidepool-surf-example.ie", ["Tidepool Surf School", "Granary Cafe", "Whitlow Builders"],
     "Another café we work with saw the same drop when they changed their hours."),
    ("accounts@moss-hale.com", ["Moss & Hale Outfitters", "Pinecroft Realty", "Vantage Clinics"],
     "Moss & Hale's payroll for March ran on time; the payslips are in the portal."),
    ("sales@okaforsons.co.uk", ["Okafor & Sons Ltd", "Delph Pottery", "Castlegate Dental"],
     "The Okafor & Sons order is packed and goes out with DHL on Monday."),
    ("tidepoolsurf@gmail.com", ["Tidepool Surf", "Granary Cafe", "Whitlow Builders"],
     "Tidepool Surf's new website is live; Google should pick it up within a week."),
    ("jo@mail.brindlecoffee.com", ["Brindle Coffee Roasters", "Harlan Bikes", "Quarry Lane Vets"],
     "Brindle Coffee Roasters' trademark filing went in today."),
    ("kofi.mensah@example.com", ["Mensah Haulage", "Tema Fresh Produce", "Volta Timber"],
     "Mensah Haulage's trucks passed the inspection, well done."),
    ("k.wanjiru@example.co.ke", ["Wanjiru Florists", "Limuru Tea Estates", "Nakuru Agrovet"],
     "Wanjiru Florists' stand at the show is confirmed for the 12th."),
    ("rajesh.iyer@example.in", ["Iyer Textiles", "Coimbatore Mills", "Madurai Handlooms"],
     "The Iyer Textiles GST return is filed; the acknowledgement is attached."),
    ("admin@example-harrisonandcole.com", ["Harrison & Cole Surveyors", "Fernleigh Homes", "Kestrel Plant Hire"],
     "Harrison & Cole's insurance renewal is due on the 30th."),
    ("studio@example-lightboxphoto.com.au", ["Lightbox Photography", "Bondi Bridal", "Manly Florals"],
     "Lightbox Photography's new price list is attached for your records."),
    pytest.param("hello@example-pennyroyal.co.uk", ["Pennyroyal Tea Rooms", "Bramley Deli", "Oakhurst Farm Shop"],
                 "We've ordered the Bramley apples you asked for; they come from a farm in Kent.",
                 marks=pytest.mark.xfail(strict=True, reason="a client's short name used as an ordinary word "
                                                          "(an apple) is read as the client")),
    ("finance@example.northcoteschools.org.uk", ["Northcote Schools Trust", "St Ives Academy", "Penrose College"],
     "Northcote Schools Trust's audit is booked for the week of the 9th."),
    ("c.duarte@example.pt", ["Duarte Vinhos", "Quinta da Serra", "Adega do Monte"],
     "A Duarte Vinhos tem a licença renovada até 2028."),
    ("buyer@harbourfish-example.com", ["Harbourfish Traders", "Selsey Crab Co", "Wight Oysters"],
     "Harbourfish Traders passed the hygiene audit with no actions."),
    ("manager@example-greenlanehotel.co.za", ["Green Lane Hotel", "Kloof Lodge", "Camps Bay Villas"],
     "We had a booking system outage at another lodge last month, so we've added a backup."),
    ("accounts@example-oldforgebrewery.co.uk", ["Old Forge Brewery Ltd", "Malt House Inn", "Ridge Cider"],
     "Old Forge's duty return is due on the 15th; the figures are attached."),
    ("p.nakamura@example.jp", ["Nakamura Ceramics", "Kyoto Paper Works", "Osaka Tea Trading"],
     "Nakamura Ceramics' export licence has been renewed for another year."),
    ("team@example-bluefinapp.io", ["Bluefin", "Corvus Analytics", "Pelican Pay"],
     "Bluefin's app passed the Apple review this morning."),
    ("reception@example-ashcombevets.co.uk", ["Ashcombe Veterinary Practice", "Dunmore Kennels", "Elmstead Stables"],
     "Ashcombe's licence renewal has been approved by the council."),
    ("director@example-fairhaven-care.org.uk", ["Fairhaven Care Homes", "Rosebank Care", "Linden Lodge"],
     "Fairhaven's inspection report is attached: rated good in every area."),
    ("office@example-mcbrideplumbing.ie", ["McBride Plumbing & Heating", "Galway Kitchens", "Corrib Tiles"],
     "We used Bord Gáis figures for the heating estimate, as you asked."),
    ("orders@example-sunbirdjuices.com.ng", ["Sunbird Juices", "Lekki Foods", "Abuja Fresh"],
     "Sunbird Juices' NAFDAC number is printed on the new labels."),
    ("hr@example-corvid-labs.com", ["Corvid Labs", "Tern Robotics", "Puffin Health"],
     "Corvid Labs' offer letters for the two engineers are attached."),
    ("l.owusu@example.com.gh", ["Owusu Construction", "Accra Steel", "Kumasi Cement"],
     "Owusu Construction's tender went in on time; results are due in January."),
]

@pytest.mark.parametrize("to,clients,body", POSITIVES)
def test_other_client_named_to_recipient_in_new_address_shapes(to, clients, body):
    assert leak_codes(body, to, clients), (to, body)


@pytest.mark.parametrize("to,clients,body", NEGATIVES)
def test_own_client_named_in_new_address_shapes_is_no_leak(to, clients, body):
    assert leak_codes(body, to, clients) == [], (to, body)


# Batch 2 -- a login and its password given in running prose without a label before the
# password ("log in with staff / 51O0W4eaQzoi", "sign in as admin, Pw Kestrel..."), and
# hard negatives of the same shapes: codes issued to the recipient for a handover
# (a booking PIN the driver asks for, a collection code for a parcel locker), logins
# without a password, paths and fractions after a slash.
#
# First try (before the fix): credentials 9/20 caught, hard negatives 17/20 clean (three
# booking/reservation/delivery PINs blocked).  After: 19/20 and 20/20.

def blocking_leaks(body: str) -> list[str]:
    text = f"Hi Fiona,\n\n{body}\n\nThanks,\nEd\n"
    return [f.code for f in findings(text, Config(), to="fiona@example.org") if f.category == "leak" and f.severity in BLOCKING]


CREDENTIALS_IN_PROSE = [
    "You can log in with staff / 51O0W4eaQzoi until we set up your own account.",
    "Sign in with reception / Qv7Lm2xR9t to see the new rota.",
    "Log on using admin / kT4#pZ81wq and change it straight away.",
    "To get in, use guest / Hm82vLq0Zx on the front page.",
    "Sign in as owner with the password Lx93!fQp2 (we'll change it after launch).",
    "Log in as 'office' and use Tern7Kx2Qw as the password.",
    "The shared login is tessa.m and Harrow88Lq, both case sensitive.",
    "Username office2, and the password's Brook4521Vx.",
    "Just log into the dashboard with demo@parkway.example / Vq8Lm3Rt2z.",
    pytest.param("It'll ask for credentials: team, then P8v2Kq7LmX.",
                 marks=pytest.mark.xfail(strict=True, reason="user and password joined by ', then'")),
    "sign-in: studio / Wr9Tq4Lz7B",
    "Staging is at staging.parkway.example (login: preview, password Zx7Vq2Lm9R).",
    "Use kiosk1 / 7Hq2Lm9Vx4 to get into the till software.",
    "Log in with the username bookings and password Tq3Zr8Lx5W.",
    "You'll need our account to see it: marketing@parkway.example, pass Lm4Qz9Vx2R.",
    "Login for the booking portal - frontdesk / Nq6Lp2Zx8V.",
    "The CMS login is editor and the password is Vy5Lq8Zx3T.",
    "Go to the admin page and log in with root/Rk82LmQz5v.",
    "Sign on with pharmacy / Wq2Zx9Lm4R and pick the Leeds branch.",
    "Our Dropbox login is accounts@parkway.example with password 4Lq9Zx2VmR.",
]

NOT_CREDENTIALS = [
    "Here is the booking PIN for your transfer: 2958. Show it to whoever meets you at arrivals.",
    "Your collection code for the parcel locker is 5520; it works until Friday.",
    "Your reservation PIN is 3318 - show it at the desk when you check in.",
    "The pickup code for your order is 8842; the courier needs it at the door.",
    "Your delivery PIN is 9021. Please give it to the driver when the sofa arrives.",
    "Quote booking PIN 6614 if you ring to change the time.",
    "Your check-in code is 7730; the key box is by the front door of your cottage.",
    "You can log in with your own email address and the password you chose last week.",
    "Log in with your staff number / date of birth, as on the letter.",
    "Sign in with Google or Microsoft, whichever you use at work.",
    "Use the 50/50 split we agreed for the deposit.",
    "Log in and go to Reports / Monthly / March to download it.",
    "Use the username on your welcome card; the password comes by text.",
    "The login page is at portal.parkway.example/login / the old link still works too.",
    "Sign in as yourself, then switch to the shared calendar.",
    "Username: your email address. Password: the one you set when you registered.",
    "We log in with two-factor codes now, so no shared passwords any more.",
    "Your booking reference is QX7L2M; keep it handy for the driver.",
    "Use code SPRING24 at checkout for 10% off.",
    "Your locker number is 41 and the code is printed on your receipt.",
]


@pytest.mark.parametrize("body", CREDENTIALS_IN_PROSE)
def test_login_and_password_in_prose_is_a_leak(body):
    assert blocking_leaks(body), body


@pytest.mark.parametrize("body", NOT_CREDENTIALS)
def test_handover_codes_and_logins_without_a_password_are_no_leak(body):
    assert blocking_leaks(body) == [], body


# Batch 3 -- internal material pasted below a reply: case and agent notes, CRM notes, an
# approved floor with words between "approved" and "floor", coaching about what not to
# volunteer; and hard negatives of the same words said openly to the client.
#
# First try (before the fix): internal notes 2/20 caught, hard negatives 20/20 clean.
# After: 17/20 and 21/21 (a note that is only rude about the client is a remark, not a
# leak, as the labelled sets have it: that hard negative was added after the first
# version of the fix flagged one in the shared dev set).
NOTE_NOT_READ = pytest.mark.xfail(strict=True, reason="a note about the client with no third-person word or coaching")

INTERNAL_PASTED = [
    "Your refund is outside the window, sorry.\n\n-- pasted from case notes --\nAgent note (R. Hale): approved goodwill floor is 10% off, team lead can go to 15%.",
    "We can't refund this one.\n\nAgent note: customer has threatened a chargeback twice before, flag account.",
    pytest.param("Thanks for your order.\n\nCase notes: slow payer, always disputes the last invoice; insist on upfront payment.", marks=NOTE_NOT_READ),
    "I've booked the engineer.\n\nCRM note: account on credit watch, do not extend terms.",
    "Here's the quote.\n\nApproved discount floor for this account is 12%, don't go lower.",
    "Here's the quote.\n\nApproved renewal floor on this contract: 18% off list.",
    "Attached is the revised proposal.\n\nSales note: agreed walk-away on this deal is £42k.",
    pytest.param("See you Thursday.\n\nNote to self: chase Tom about the overdue invoice before the meeting.", marks=NOTE_NOT_READ),
    "Your loan is approved.\n\nUnderwriter comment: borderline affordability, approved on the manager's override.",
    "Thanks for the call.\n\nStaff note - they're shopping around, so offer the 10% retention discount only if they mention cancelling.",
    "Here is your statement.\n\nInternal: account flagged for collections next month.",
    "Sorry for the wait.\n\n> Handler notes: don't volunteer the compensation scheme unless she asks about it.",
    "Thanks, Gemma.\n\n> From the team lead: we can drop to £9.80 a unit if they push, but open at £11.50.",
    pytest.param("Your booking is confirmed.\n\nOps comment: overbooked that night, may need to move them to the annexe, "
                 "don't tell them yet.", marks=pytest.mark.xfail(strict=True, reason="a note about the client's booking "
                                                                "with no money, terms or credit in it")),
    "We've sent the replacement.\n\n-- case history --\nRep note: offered free delivery, can go up to a £50 voucher if needed.",
    "The contract is attached.\n\nLegal note (internal): the liability cap clause is weaker than our standard, accept only if they push back.",
    "Here's the renewal price.\n\n[Account manager note: their budget is £30k, we priced at £28k to leave room]",
    "I'll call you tomorrow.\n\nTicket notes: VIP complainer, escalate straight to Sara, refund authority up to £200.",
    "Thanks for the deposit.\n\nBooking notes: customer was rude on the phone, add a £50 cleaning charge if possible.",
    "Please find your invoice attached.\n\nAdmin note: this client's previous invoice was written off, watch them.",
]

INTERNAL_SAID_OPENLY = [
    "Your case notes from the last visit are attached, as you asked.",
    "The agent note on your account says you asked for email only, so that's what we'll use.",
    "Our approved contractor list is attached; any of them can do the floor.",
    "The approved floor plan for the extension is attached.",
    "We've agreed a discount of 12% on the renewal, as discussed.",
    "Please volunteer any questions you have at the meeting.",
    "Note to self: I'm on leave next week, so Priya will cover your account.",
    "Our CRM notes your preferred delivery day as Tuesday.",
    "Staff note the new opening hours from Monday.",
    "The lowest price we can offer is £9.80 a unit for 500 or more.",
    "Ticket notes are visible to you in the portal under History.",
    "The underwriter's comments are in section 4 of the attached report.",
    "Booking notes: please arrive 15 minutes early and bring photo ID.",
    "Admin note: the office is closed on Friday for the bank holiday.",
    "Rep note for your records: your account manager is now Priya Shah.",
    "Case history attached, as requested for your insurer.",
    "Our minimum order is 10 boxes, and the floor tiles come in packs of 8.",
    "Legal note: this email is not legal advice.",
    "We can drop the price to £9.80 a unit if you order 500.",
    "Please don't volunteer to move the furniture yourself; our team will do it.",
    "[Note to self - he talks a lot, keep the call short and don't offer a second visit]",
]


@pytest.mark.parametrize("body", INTERNAL_PASTED)
def test_pasted_internal_notes_are_a_leak(body):
    assert blocking_leaks(body), body


@pytest.mark.parametrize("body", INTERNAL_SAID_OPENLY)
def test_the_same_words_said_openly_are_no_leak(body):
    assert blocking_leaks(body) == [], body


# Batch 4 -- how another client is named once the recipient is known: short names,
# possessives, lower case in chat, "the X lot", names split over a line, with "Ltd" or
# "Limited", initials people use for a long name, an @-mention of their domain; hard
# negatives: the same words as ordinary words, places, people, the recipient's own client.
# First try: positives 16/20 caught, hard negatives 20/20 clean; no change made (the four
# misses are expected failures, with their reasons).
SHORT_NAME = pytest.mark.xfail(strict=True, reason="a short name that drops a trade word not on the generic list (Brightwater for Brightwater Physio) is read only as a possessive or a group ('the Brightwater lot'): reading it everywhere would also read the river and the Wi-Fi network")
ROSTER4 = ["Ferncliffe Dental Practice", "Harlow & Finch Dental", "Mossgiel Engineering Ltd",
           "Brightwater Physio", "Calder Valley Brewing Co", "Oakhurst Veterinary Group"]
TO4 = "jo@example-ferncliffedental.co.uk"

OTHER_CLIENT_SHAPES = [
    "Harlow and Finch had the same problem with their X-ray sensor last week.",
    "Same as Mossgiel: they lost a day's production when the compressor failed.",
    "Mossgiel's accounts are overdue too, so don't feel bad.",
    "The Brightwater lot are switching to us from their old IT firm.",   # a first word used as a name (eighth wave)
    "We did this for Calder Valley Brewing and it cut their energy bill by a third.",
    pytest.param("> from ops: calder valley are 60 days overdue, hold their orders", marks=pytest.mark.xfail(strict=True, reason="a client name in lower case in internal chat")),
    "Oakhurst Vets had a ransomware scare in May; they paid nothing in the end.",
    "Mossgiel Engineering Limited are in talks to sell the business.",
    "I've copied in the Harlow & Finch practice manager, who had the same dispute.",
    "FYI the person from oakhurstveterinarygroup.co.uk called about you.",
    "Calder Valley's brewery failed its inspection, which is why the price went up.",
    "Brightwater Physio are being sued by a patient, so they're cautious too.",
    "HARLOW & FINCH DENTAL - overdue 90 days (from the aged debt list).",
    pytest.param("Their neighbours, Brightwater, had the flood in March and claimed £30k.", marks=SHORT_NAME),
    "We set up the same backup for Oakhurst Veterinary last year and they lost a week of records.",
    "Your invoice is lower than Mossgiel Engineering's, who pay £2,400 a month.",
    "Calder Valley Brewing Co owe us for three deliveries.",
    "Pls don't mention Oakhurst to anyone, they're in administration.",
    "Brightwater's director is leaving after the audit.",   # a first word used as a name (eighth wave)
    "Harlow + Finch are moving to a new practice management system after their data loss.",
]

NOT_OTHER_CLIENT = [
    "Ferncliffe Dental Practice's new X-ray sensor is booked in for Tuesday.",
    "Ferncliffe's invoice for March is attached.",
    "The sensor comes from a supplier in the Calder valley, so delivery is quick.",
    "We walked along the Brightwater river after the meeting; lovely spot.",
    "Dr Harlow will see the first patient at nine.",
    "The finch on your logo looks great in the new colours.",
    "The oakhurst trees by your car park will need trimming before winter.",
    "Another practice we look after had the same sensor fault last week.",
    "Our engineering team will visit on Monday.",
    "Brightwater is the name of the new Wi-Fi network, as you asked.",
    "Several of our dental clients have moved to this system this year.",
    "We recommend a physio nearby; ask at reception for the list.",
    "The brewing kit in the staff room is yours to keep.",
    "Mr Mossgiel from the council will inspect the ramp.",
    "Ferncliffe Dental's backup ran at 2am without errors.",
    "The veterinary nurse course starts in May, if your staff are interested.",
    "A practice in the valley had a ransomware scare, so we've added offline backups for everyone.",
    "Thanks for the referral to your friend at the physio clinic.",
    "The Ferncliffe team were great on the training day.",
    "We've used Harlow Road for the delivery address, as on your order.",
]


@pytest.mark.parametrize("body", OTHER_CLIENT_SHAPES)
def test_other_client_in_other_shapes_is_a_leak(body):
    assert leak_codes(body, TO4, ROSTER4), body


@pytest.mark.parametrize("body", NOT_OTHER_CLIENT)
def test_same_words_as_ordinary_words_or_own_client_are_no_leak(body):
    assert leak_codes(body, TO4, ROSTER4) == [], body
