"""Empathy probe, seventh wave: the classes of heldout10-12's empathy misses and false
alarms, each probed with drafts written fresh for this file (other trades, words, shapes,
Englishes, registers and placements: a third paragraph, a bullet, a P.S., no salutation,
quoted history; none is copied from a labelled set) and same-shape hard negatives.
First-try catch rates (on main before this wave's changes, a37e73e) are in the comment
above each batch; known misses are strict expected failures.

Classes:
* bad news buried under a cheerful update (third paragraph, bullet, P.S.);
* terse notices: a date moved later, a place refused, a post filled, no word of regret;
* form letters to a group or a role ("Dear Parents and Carers", "Dear Customer",
  "Dear ticket holder") cancelling what the readers had signed up or paid for;
* incidents and losses told in jargon or as a bare summary;
* false alarms: a colleague's quoted note about the client, a promise that a failure will
  not recur, a firm disagreement on scope, a technical question answered.
"""
from __future__ import annotations

import pytest
from empathy_probe import blocking, cases, codes


def reply(body: str, quoted: str, greeting: str = "Hi Sam,", sign: str = "Regards,\nDana",
          author: str = "Sam Okoye") -> str:
    q = "\n".join("> " + line for line in quoted.splitlines())
    return f"{greeting}\n\n{body}\n\n{sign}\n\nOn Fri, 4 Dec 2026 at 16:02, {author} wrote:\n{q}\n"


# -- bad news buried under a cheerful update -----------------------------------------------

BURIED = [
    "Hi Marcus,\n\nLovely to see you at the open day! The new kiln room is finally finished and the glaze library has doubled.\n\nOn your commission: the large platter cracked in the second firing, so we'll have to start it again and it won't be ready for your mother's birthday.\n\nSee you soon,\nIngrid",
    "Hi Deepa,\n\nGreat news on the rebrand - the new logo files are in the shared folder and the team loves them.\n\n- Business cards: printed\n- Shop sign: fitted on Monday\n- Your website launch: pushed to late January, as the developer has pulled out\n\nCheers,\nOwen",
    "Hello Tamsin,\n\nThe garden is looking wonderful after the rain and the hedges are done.\n\nThe oak by your back fence has honey fungus, and the tree surgeon says it will have to come down this winter.\n\nWarmly,\nBeth\nGreenleaf Gardening",
    "Hi Kofi,\n\nThanks for a fab session on Saturday - the kids had a blast!\n\nBookings for the spring camp open next week, and we've added a climbing wall.\n\nP.S. Your son's place in the February half-term camp has been lost, because the booking system dropped a batch of payments; the camp is now full.\n\nJen",
    "Hey Priyanka,\n\nHappy Friday! The photos from the launch party came out brilliantly, gallery link below.\n\nOne thing I should flag: the video of the speeches didn't record, the camera's card was faulty, so there's no footage of your dad's toast.\n\nTalk soon,\nRuairi",
    "Dear Mrs Lindqvist,\n\nThank you for coming in on Tuesday; it was a pleasure to meet you and your husband.\n\nThe house survey is now back. It found subsidence at the rear wall, and the lender has reduced its valuation by £38,000, so the offer you agreed can no longer go ahead on the current terms.\n\nKind regards,\nNeil Baptiste",
    "Hi Chidi,\n\nQuick round-up from the office:\n\n1. The new payroll portal is live - logins went out this morning.\n2. Your November salary was paid short by £640 because of a tax-code error on our side; the balance will follow next month.\n3. The Christmas lunch is on the 18th.\n\nThanks,\nHR Team",
    "Hi Freya,\n\nWe had a brilliant turnout for the tasting evening, thank you for spreading the word!\n\nAlso, the case of the 2019 Rioja you reserved was sold to another customer by mistake, and the merchant has none left.\n\nCheers,\nAlberto",
]
# first try: 6/8 blocked, negatives 7/7 clean.
BURIED_MISSES = {2: "a tree to be felled: no cue, the model scores it low",
                 6: "pay short in a numbered list: the bad-news model scores it low"}

BURIED_CLEAN = [
    "Hi Marcus,\n\nLovely to see you at the open day! The new kiln room is finally finished and the glaze library has doubled.\n\nOn your commission: the large platter came out of the second firing beautifully, and it will be ready well before your mother's birthday.\n\nSee you soon,\nIngrid",
    "Hi Deepa,\n\nGreat news on the rebrand - the new logo files are in the shared folder and the team loves them.\n\n- Business cards: printed\n- Shop sign: fitted on Monday\n- Your website launch: moved to 20 January, as you asked, to line up with the sale\n\nCheers,\nOwen",
    "Hello Tamsin,\n\nThe garden is looking wonderful after the rain and the hedges are done.\n\nThe tree surgeon checked the oak by your back fence and it is perfectly healthy; he'll just lift the crown a little in March.\n\nWarmly,\nBeth\nGreenleaf Gardening",
    "Hi Kofi,\n\nThanks for a fab session on Saturday - the kids had a blast!\n\nBookings for the spring camp open next week, and we've added a climbing wall.\n\nP.S. Your son's place in the February half-term camp is confirmed; the camp is now full, so you got in just in time.\n\nJen",
    "Hey Priyanka,\n\nHappy Friday! The photos from the launch party came out brilliantly, gallery link below.\n\nOne thing to flag: the video of the speeches is still rendering, so it will follow on Monday with your dad's toast in full.\n\nTalk soon,\nRuairi",
    "Hi Chidi,\n\nQuick round-up from the office:\n\n1. The new payroll portal is live - logins went out this morning.\n2. Your tax code has been updated, so December's pay will include the £640 refund from HMRC.\n3. The Christmas lunch is on the 18th.\n\nThanks,\nHR Team",
    "Hi Freya,\n\nWe had a brilliant turnout for the tasting evening, thank you for spreading the word!\n\nAlso, the case of the 2019 Rioja you reserved has arrived and is boxed up behind the counter for you.\n\nCheers,\nAlberto",
]


# -- terse notices: moved later, refused, filled ---------------------------------------------

TERSE = [
    "Dear Ms Oyelaran,\n\nYour MRI scan booked for 11 December has been moved. The new appointment is 26 February at 08:15, Imaging Department, Ground Floor.\n\nPlease bring your referral letter.\n\nOutpatient Bookings",
    "Dear Mr Castellanos,\n\nThank you for your interest in the Senior Planner role. The vacancy has now been filled. We will keep your CV on file.\n\nRecruitment Team",
    "Hi Bongani,\n\nYour tiling job is now booked for the week of 9 March. The slot for 14 January is no longer available.\n\nThanks,\nBookings",
    "Dear Ms Reyes,\n\nYour application for the Year 3 place has been considered. There are no places available in Year 3 and your daughter has been added to the waiting list at number 9.\n\nAdmissions",
    "Dear Mr Haddad,\n\nWe have reviewed the warranty claim for your dishwasher. The fault was caused by limescale, which is excluded under section 4, so no repair or replacement will be provided.\n\nCustomer Relations",
    "Hi Anneke,\n\nThe visa office has returned your file without a decision; the bank statements were older than 30 days. The application will need to be submitted again with new statements, and the fee is not refundable.\n\nKind regards,\nMobility Desk",
    "Dear Ms Mbeki,\n\nFollowing the panel meeting, the grant for your community garden project will not be awarded this round. The next round opens in September.\n\nFunding Team",
    "Hi Callum,\n\nYour kitchen fit will now start on 3 February rather than 2 December. The worktops are still at the fabricator.\n\nThanks,\nPaddy\nPaddy's Kitchens",
    "Dear Mr Nakamura,\n\nYour request to carry over 8 days of annual leave into next year has been reviewed and cannot be approved under the leave policy.\n\nPeople Services",
    "Hi Lorraine,\n\nThe refund on order 55102 has been declined: the item was returned after the 30-day window.\n\nRegards,\nReturns",
    # added after the first try, for the two-sentence reading of a date moved later
    "Hi Dmitri,\n\nYour sofa was scheduled for delivery on 4 December. Delivery has now been moved to 22 January.\n\nFurnish Direct",
    "Dear Mrs Obi,\n\nThe colonoscopy planned for 2 February has been postponed. Your new appointment is on 14 April at 8:30.\n\nEndoscopy Unit",
]
# first try: 5/10 blocked, negatives 8/8 clean; after reading a date moved later over two
# sentences: 6/10 (and the two added, 2/2), negatives 13/13; after reading a decision that
# follows an opening answering the reader's request, and posts or places filled: 7/10.
TERSE_MISSES = {1: "a post filled: 'Thank you for your interest' is read as an acknowledgement",
                4: "a warranty claim refused as excluded", 5: "a file returned without a decision"}

TERSE_CLEAN = [
    "Dear Ms Oyelaran,\n\nYour MRI scan has been moved to 26 February at 08:15, as you asked on the phone. Imaging Department, Ground Floor.\n\nPlease bring your referral letter.\n\nOutpatient Bookings",
    "Dear Mr Castellanos,\n\nThank you for your interest in the Senior Planner role. We would like to invite you to an interview on 14 January at 10:00.\n\nRecruitment Team",
    "Hi Bongani,\n\nYour tiling job is now booked for the week of 9 March, the slot you picked. The January dates have been released.\n\nThanks,\nBookings",
    "Dear Ms Reyes,\n\nYour application for the Year 3 place has been considered. We are pleased to offer your daughter a place from 6 January.\n\nAdmissions",
    "Dear Mr Haddad,\n\nWe have reviewed the warranty claim for your dishwasher. The repair is covered, and an engineer will call on Thursday to fit the new pump.\n\nCustomer Relations",
    "Hi Callum,\n\nYour kitchen fit will start on 2 December as planned. The worktops arrived from the fabricator this morning.\n\nThanks,\nPaddy\nPaddy's Kitchens",
    "Dear Mr Nakamura,\n\nYour request to carry over 8 days of annual leave into next year has been approved.\n\nPeople Services",
    "Hi Lorraine,\n\nThe refund on order 55102 has been approved and will reach your card in 3-5 days.\n\nRegards,\nReturns",
    # a date moved over two sentences, but asked for, earlier, or a meeting moved by days
    "Dear Mr Brandt,\n\nYour hearing aid fitting booked for 3 March has been moved, as you asked on the phone. The new appointment is 10 April at 2pm.\n\nAudiology",
    "Hi Lou,\n\nThe team meeting booked for 4 December has been moved. The new date is 6 December at 10am.\n\nThanks,\nAnna",
    "Dear Ms Kaur,\n\nYour scan booked for 20 March has been brought forward. The new appointment is 2 March at 9am.\n\nImaging",
    "Hi Wes,\n\nThe installation originally booked for 15 May has been moved up. It is now scheduled for 29 April.\n\nCheers,\nTom",
    "Hi Ada,\n\nYour delivery was scheduled for 4 December. Following your call, it has been moved to 22 January while you are abroad.\n\nFurnish Direct",
]


# -- form letters to a group or a role --------------------------------------------------------

FORM_LETTERS = [
    "Dear Parents and Carers,\n\nThe Year 4 visit to the aquarium on 22 January has been cancelled, as the aquarium is closing for repairs. The £12 contributions will be refunded within two weeks.\n\nMr Ellison\nYear 4 Team",
    "Dear Customer,\n\nYour broadband order cannot be completed. The line at your address does not support the package you chose, and the order has been closed.\n\nCustomer Services",
    "Dear ticket holder,\n\nTomorrow's concert at the Riverside Hall will not take place, because the lead singer is unwell. Tickets will be refunded to the card used to buy them.\n\nBox Office",
    "Dear Members,\n\nThe club's Saturday morning swim sessions will end from January, as the pool has withdrawn our lane hire. Fees for January have been cancelled.\n\nThe Committee",
    "Dear Guest,\n\nYour reservation at the Harbour View Hotel for 19-21 December has been cancelled, as the hotel will be closed for emergency repairs. Your deposit will be returned within 10 working days.\n\nReservations",
    "Hello everyone,\n\nThe Thursday evening pottery course will not run this term: too few people enrolled. Anyone who has paid will get a full refund by the end of the month.\n\nCommunity Learning",
    "Dear Policyholder,\n\nYour policy will not be renewed when it ends on 31 January. We have withdrawn from the home insurance market in your area.\n\nRenewals Team",
    "Dear Passenger,\n\nFlight KQ 311 to Mombasa on 8 December has been cancelled. You have been rebooked on the 9 December flight at 06:40.\n\nCustomer Care",
    "Dear Resident,\n\nThe Tuesday bin collection on your street will stop from 6 January; collections will now be every other Friday.\n\nWaste Services",
    "Dear Students,\n\nThe field trip to the Burren scheduled for 4 March has been called off, as the coach company has gone out of business. Deposits will be returned.\n\nGeography Department",
]
# first try: 1/10 blocked, negatives 8/8 clean; after reading group letters: 7/10, 8/8.
FORM_MISSES = {1: "a role letter with 'your order cannot be completed' and nothing settled",
               3: "sessions ending, said with 'will end'", 8: "a service stopping, said with 'will stop'"}

FORM_CLEAN = [
    "Dear Parents and Carers,\n\nThe Year 4 visit to the aquarium on 22 January is confirmed. Please send in the £12 contribution and a packed lunch.\n\nMr Ellison\nYear 4 Team",
    "Dear Customer,\n\nYour broadband order is complete. Your router will arrive on Thursday and the line goes live on Monday.\n\nCustomer Services",
    "Dear ticket holder,\n\nTomorrow's concert at the Riverside Hall starts at 7.30pm; doors open at 6.45. Please bring your e-ticket on your phone.\n\nBox Office",
    "Dear Members,\n\nFrom January the club's Saturday morning swim sessions will start at 8am instead of 9am, as members voted at the AGM.\n\nThe Committee",
    "Dear Guest,\n\nYour reservation at the Harbour View Hotel for 19-21 December is confirmed. Check-in is from 3pm.\n\nReservations",
    "Hello everyone,\n\nThe Thursday evening pottery course starts on 15 January. Aprons are provided; please wear closed shoes.\n\nCommunity Learning",
    "Dear Resident,\n\nThe Tuesday bin collection on your street will move to Wednesday in Christmas week only, then return to normal.\n\nWaste Services",
    "Dear Students,\n\nThe field trip to the Burren on 4 March will leave from the main gate at 8am. Bring waterproofs.\n\nGeography Department",
]


# -- incidents and losses told in jargon or as a bare summary ---------------------------------

INCIDENTS = [
    "Hi Mirela,\n\nIncident report for your shop, 3 December:\n\n- Window: 11:05-15:50 CET\n- Impact: card payments declined at all tills\n- Root cause: an expired certificate on our payment gateway\n- Fix: certificate renewed\n\nThis ticket is now closed.\n\nNOC",
    "Hi Joaquin,\n\nRe your server: the RAID array degraded overnight and a second disk failed during the rebuild. Data on volume D: written after the 1 December snapshot is unrecoverable. The volume has been restored from that snapshot.\n\nOps",
    "Dear Mrs Achebe,\n\nRegarding your mother's test: the sample clotted before it reached the lab, so the INR could not be measured. Please bring her back for a repeat sample this week.\n\nPractice Nurse",
    "Hi Sven,\n\nYour nightly export failed on 28, 29 and 30 November (HTTP 500 from the upstream API), so no files reached your SFTP on those days. The job has been re-run for 1 December onward only.\n\nIntegration Support",
    "Hi Rosa,\n\nDuring the data-centre move, the mailbox archive for your account was not migrated. Messages from before March 2024 are no longer available.\n\nIT Services",
    "Hi Tariq,\n\nSummary of Tuesday's issue:\n\nWhat happened: your online shop showed the wrong prices for 14 hours (15% below list).\nOrders affected: 212.\nWhat next: those orders will be honoured; margin loss is not recoverable.\n\nPlatform Team",
]
# first try: 4/6 blocked, negatives 5/5 clean.
INCIDENT_MISSES = {0: "an incident report in label-and-value bullets",
                   1: "data loss in storage jargon ('degraded', 'unrecoverable')"}

INCIDENTS_CLEAN = [
    "Hi Mirela,\n\nMaintenance report for your shop, 3 December:\n\n- Window: 02:00-02:20 CET, as scheduled\n- Impact: none; the tills were closed\n- Work: certificate on the payment gateway renewed ahead of expiry\n\nThis ticket is now closed.\n\nNOC",
    "Hi Joaquin,\n\nRe your server: one disk in the RAID array reported errors, so we swapped it this morning and the rebuild finished cleanly. No data was affected.\n\nOps",
    "Dear Mrs Achebe,\n\nRegarding your mother's test: the INR came back at 2.6, within her target range, so the dose stays the same.\n\nPractice Nurse",
    "Hi Sven,\n\nYour nightly export ran on 28, 29 and 30 November and the files are on your SFTP. From next week it will run an hour earlier, as you asked.\n\nIntegration Support",
    "Hi Tariq,\n\nSummary of Tuesday's release:\n\nWhat changed: the price list you sent is now live (15% off list for the sale).\nOrders since: 212.\nWhat next: the sale ends on Sunday at midnight.\n\nPlatform Team",
]


# -- complaints answered with facts only --------------------------------------------------

COMPLAINT_REPLIES = [
    reply("The scaffold will be struck on Thursday. Repainting the sill is part of the final snagging visit.",
          "Your scaffolders have chipped the paint on my front sill and trodden mud through the hall. Nobody even knocked to say they were starting."),
    reply("Per the delivery scan, the parcel was left in the porch at 10:12. The carrier's claim window is 48 hours.",
          "The parcel was left out in the rain and the box was soaked. The books inside are ruined and they were a present."),
    reply("Your account shows two payments of £89 on 2 December. The second will be refunded to your card in 5-7 days.",
          "I've been charged twice this month and now my account is overdrawn. This is the second time this has happened."),
    reply("The engineer's next free slot is 19 December between 8am and 1pm.",
          "We've had no hot water for six days now and I have two small children. Every time I ring I'm told someone will call back and nobody does."),
    reply("Orders placed after 2pm are dispatched the following working day, as set out in our terms.",
          "I paid for next-day delivery and it took four days. The cake stand was for a party that has now been and gone."),
]
# first try: 5/5 blocked, negatives 4/4 clean.
COMPLAINT_MISSES: dict[int, str] = {}

ENQUIRY_REPLIES = [
    reply("The scaffold will be struck on Thursday. Repainting the sill is part of the final snagging visit.",
          "When will the scaffold come down? And is the sill being repainted as part of the job?"),
    reply("Per the delivery scan, the parcel was left in the porch at 10:12.",
          "Could you tell me where the parcel was left? I was out all morning and want to make sure my neighbour hasn't got it."),
    reply("The engineer's next free slot is 19 December between 8am and 1pm.",
          "We'd like the boiler serviced before Christmas if possible. What dates do you have?"),
    reply("Orders placed after 2pm are dispatched the following working day, as set out in our terms.",
          "If I order the cake stand tonight, when would it be sent out?"),
]


# -- false alarms of the same shape -------------------------------------------------------

# first try: 1/7 blocked (the warehouse note, "every single time"); after reading a
# quoted "From: Name (Desk)" line as a colleague's: 0/7.
FALSE_ALARMS = [
    # a colleague's quoted note about the client is not the client's complaint
    "Hi Ravi,\n\nThanks for your order. The best price I can do on 300 mugs is £3.10 each, including the print.\n\nCheers,\nMolly\n\n> From: Dev (Warehouse)\n> He haggles every single time. Don't drop below £2.90 whatever he says.",
    "Hi Hugo,\n\nHere's the quote for the patio: £4,200 including the drainage.\n\nBest,\nAmira\n\n> From: Carl (Estimating)\n> This one's a moaner, he complained about the last three quotes. Price it properly.",
    # a promise that a failure will not happen again is not bad news
    "Hi Ines,\n\nThe new server is in. With the mirrored disks and the off-site copy, your files will never be lost again, even if the building floods.\n\nCheers,\nPaul",
    "Hi Oskar,\n\nThe backup generator is wired in. Your freezers will stay on through any power cut from now on.\n\nBest,\nMags",
    # a firm disagreement about scope or a quote is not bad news about the reader's matter
    "Hi Felix,\n\nI'm afraid I read the contract differently. The two extra landing pages you mention aren't in the agreed scope, so I can't include them in the fixed fee.\n\nI'd be glad to quote for them separately.\n\nBest,\nNoor",
    "Hi Carmen,\n\nI don't think that's quite right: the brief we signed covers the logo and the business cards, not the signage. Happy to price the signage if you'd like it.\n\nThanks,\nIvo",
    # a technical answer to a technical question
    reply("Good question. The jobs are being killed because they hit the container's memory limit; raise it to 2 GB or split the batch in two.",
          "Our batch jobs keep getting OOM-killed overnight. Is that the memory limit or something in the scheduler?"),
]


@pytest.mark.parametrize("text", cases(BURIED, BURIED_MISSES))
def test_bad_news_buried_in_a_cheerful_update_blocks(text):
    assert "EMP001" in blocking(text)


@pytest.mark.parametrize("text", BURIED_CLEAN)
def test_the_same_update_with_good_news_is_clean(text):
    assert blocking(text) == []


@pytest.mark.parametrize("text", cases(TERSE, TERSE_MISSES))
def test_a_terse_notice_of_bad_news_blocks(text):
    assert "EMP001" in blocking(text)


@pytest.mark.parametrize("text", TERSE_CLEAN)
def test_a_terse_notice_of_good_or_requested_news_is_clean(text):
    assert blocking(text) == []


@pytest.mark.parametrize("text", cases(FORM_LETTERS, FORM_MISSES))
def test_a_form_letter_cancelling_what_its_readers_booked_blocks(text):
    assert "EMP001" in blocking(text)


@pytest.mark.parametrize("text", FORM_CLEAN)
def test_a_form_letter_confirming_or_moving_by_vote_is_clean(text):
    assert blocking(text) == []


def test_a_group_bulletin_without_settlement_is_not_the_readers_matter():
    # Strong news in a letter to a group that settles nothing for its readers (no refund,
    # no rebooking): a bulletin about someone else, as before.
    text = ("Hi all,\n\nThe supplier's Leeds warehouse has been closed after the flood, the trade press reports. "
            "Their other sites are working normally.\n\nBest,\nPia")
    assert "EMP001" not in blocking(text)


@pytest.mark.parametrize("text", cases(INCIDENTS, INCIDENT_MISSES))
def test_an_incident_or_loss_told_in_jargon_blocks(text):
    assert "EMP001" in blocking(text)


@pytest.mark.parametrize("text", INCIDENTS_CLEAN)
def test_maintenance_and_good_results_in_the_same_shape_are_clean(text):
    assert blocking(text) == []


@pytest.mark.parametrize("text", cases(COMPLAINT_REPLIES, COMPLAINT_MISSES))
def test_a_complaint_answered_with_facts_only_blocks(text):
    assert "EMP001" in blocking(text)


@pytest.mark.parametrize("text", ENQUIRY_REPLIES)
def test_an_enquiry_answered_with_the_same_facts_is_clean(text):
    assert blocking(text) == []


@pytest.mark.parametrize("text", FALSE_ALARMS)
def test_same_shape_false_alarms_are_clean(text):
    assert blocking(text) == []


# -- a disagreement about what was agreed, then what it leaves out ---------------------------
# first try: 1/4 blocked (EMP001 on "outside the scope"); after reading the disagreement in
# its paragraph: 0/4, and news after a disagreement that is not about terms still blocks.

SCOPE_ARGUED = [
    "Hi Grace,\n\nI'm afraid I disagree about the kitchen. The quote covered the units and worktops; the tiling you mention is outside the scope, so it wasn't included.\n\nI can price it for you this week.\n\nBest,\nTomasz",
    "Hi Emeka,\n\nI don't think that's quite right. The agreement lists two site visits, and a third would be outside the contract, so we can't add it to the fixed fee.\n\nHappy to quote for it.\n\nRegards,\nFiona",
    "Dear Mr Lowe,\n\nWe read the specification differently: the extra sockets were not included in the agreed work and cannot be treated as part of it.\n\nA separate quote is attached.\n\nYours sincerely,\nBright Sparks Electrical",
    "Hi Paula,\n\nI have to disagree on the retainer. The statement of work covers monthly reports only, so the weekly calls are outside its scope and we won't be able to include them.\n\nLet me know if you'd like a price.\n\nCheers,\nDev",
]
NEWS_AFTER_A_DISAGREEMENT = [
    "Hi Grace,\n\nI'm afraid I disagree with your account of the visit. Your claim has been declined and no payment will be made.\n\nBest,\nTomasz",
    "Hi Emeka,\n\nI don't think that's right. Your order has been cancelled because the payment failed twice.\n\nRegards,\nFiona",
]


@pytest.mark.parametrize("text", SCOPE_ARGUED)
def test_what_an_agreement_leaves_out_after_a_disagreement_is_clean(text):
    assert blocking(text) == []


@pytest.mark.parametrize("text", NEWS_AFTER_A_DISAGREEMENT)
def test_news_after_a_disagreement_not_about_terms_blocks(text):
    assert "EMP001" in blocking(text)


# -- distress words in a technical sense ---------------------------------------------------
# first try: the three technical questions 3/3 blocked (EMP001: "evicted" read as a lost
# home); after reading eviction of pods, jobs and caches as not distress: 0/3, and a
# family's eviction still blocks.

TECHNICAL_EVICTIONS = [
    reply("Set a memory limit on the workers so they are not first in line.", "Our worker pods keep getting evicted overnight. Is it the kubelet?"),
    reply("The default is LRU; you can switch it in the config.", "Which cache eviction policy does the platform use?"),
    reply("Raise the threshold to 500Mi.", "Jobs are evicted whenever the node hits its eviction threshold. Any fix?"),
]
HOME_EVICTIONS = [
    reply("Your next payment is due on the 1st.", "We've been evicted from the flat and I can't pay this month. Please help."),
    reply("The form is attached.", "The landlord served an eviction notice and we have two weeks to leave."),
]


@pytest.mark.parametrize("text", TECHNICAL_EVICTIONS)
def test_eviction_in_a_computer_is_not_distress(text):
    assert blocking(text) == []


@pytest.mark.parametrize("text", HOME_EVICTIONS)
def test_eviction_from_a_home_is_distress(text):
    assert "EMP001" in blocking(text)


# -- a promise that a failure will not happen again ------------------------------------------
# first try: 1/4 blocked (EMP001: "will never be cut off again" read as the reader's matter
# withheld); after: 0/4, and a service withheld from the reader still blocks.

SAFE_FROM_NOW = [
    "Hi Jenny,\n\nThe new link is in. The upshot is that your card machines will never drop out again, whatever the broadband does.\n\nCheers,\nNik",
    "Hi Sol,\n\nThe UPS is fitted. Your tills won't go down during a power cut any more.\n\nBest,\nRay",
    "Hi Maya,\n\nAll done. With the second line, your calls will never be cut off again when one provider has a fault.\n\nThanks,\nLee",
    "Dear Mr Hale,\n\nThe new pump is in. Your basement won't flood again, even in a storm like last week's.\n\nRegards,\nAqua Drain",
]
WITHHELD = [
    "Hi Jenny,\n\nYour phone line will not be reconnected until the arrears are paid.\n\nCheers,\nNik",
    "Hi Sol,\n\nYour tills won't be replaced under the warranty, as the damage was accidental.\n\nBest,\nRay",
]


@pytest.mark.parametrize("text", SAFE_FROM_NOW)
def test_a_promise_that_a_failure_will_not_recur_is_clean(text):
    assert blocking(text) == []


@pytest.mark.parametrize("text", WITHHELD)
def test_the_readers_service_withheld_still_blocks(text):
    assert "EMP001" in blocking(text)
