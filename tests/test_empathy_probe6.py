"""Empathy probe, sixth wave: the classes of heldout8's and heldout9's misses and false
alarms, each probed with drafts written fresh for this file (other words, shapes,
Englishes, registers and placements: bullets, P.S., no salutation, quoted history; none
is copied from a labelled set) and same-shape hard negatives.  First-try catch rates (on
the code before this wave's fixes) are in the comment above each batch.

Classes:
* bad news said to the reader in words no phrase of the lexicon names ("your membership
  has been suspended", "your expenses won't be reimbursed");
* a complaint by the client in words no phrase names ("The sofa arrived with a rip down
  the back"), in the quoted message;
* an acknowledgement in other words ("I appreciate the wait has been maddening"), and
  thin or sarcastic ones that are not ("I appreciate that reading the terms isn't
  everyone's favourite pastime");
* false alarms: news negated ("you'll never see a sync failure again"), good news with a
  cue word in it, a technical answer to a technical question, a feature that names a bad
  thing ("mark items out of stock"), a colleague's quoted note that is not the client's.
"""
from __future__ import annotations

import pytest
from empathy_probe import blocking, cases, codes


def mail(greeting: str, body: str, sign: str = "Best,\nHannah") -> str:
    return f"{greeting}\n\n{body}\n\n{sign}" if greeting else f"{body}\n\n{sign}"


def reply(body: str, quoted: str, author: str = "Sam Okoye", greeting: str = "Hi Sam,",
          sign: str = "Regards,\nDana") -> str:
    q = "\n".join("> " + line for line in quoted.splitlines())
    return f"{greeting}\n\n{body}\n\n{sign}\n\nOn Fri, 4 Dec 2026 at 16:02, {author} wrote:\n{q}\n"


# -- bad news said to the reader, in words no phrase names --------------------------------
# first try: 13/22 blocked (EMP001), negatives 22/22 clean; after: 14/22, 22/22.

READERS_BAD_NEWS = [
    ("Hi Sunita,", "Thanks for sending the payslips. Your mortgage application didn't pass underwriting, so the offer we discussed can't be issued. The lender's letter is attached."),
    ("Dear Mr Kowalczyk,", "Following the inspection, your warranty claim for the boiler will not be honoured, as the unit was serviced by an unregistered engineer."),
    ("Hi Jo,", "Quick update on the shed. Your planning permission has lapsed, so building can't start until a new one is granted."),
    ("Dear Ms Achterberg,", "Your membership has been suspended with immediate effect pending the outcome of the committee's review."),
    ("Hi Raúl,", "We've been through your receipts and your expenses for March won't be reimbursed, because they were submitted after the cut-off."),
    ("Hello Kwame,", "Your seat on the 14:10 to Lagos has been given away by the airline because of overbooking; the next free seat is on Friday."),
    ("Dear Mrs Huang,", "I have to let you know that your son's place in the swimming squad has been withdrawn after the missed sessions."),
    ("Hi Petra,", "Your photos from the shoot on the 3rd were wiped when the card failed, and we haven't been able to get them back."),
    ("Dear Mr Osei,", "Your scholarship will not be renewed for the second year, as your grades fell below the required average."),
    ("Hi Tom,", "Your deposit won't be coming back in full: £420 is being kept for the carpet and the oven clean."),
    ("Dear Aroha,", "Your booking for the lodge over New Year has been voided, as the payment did not clear in time."),
    ("Hi Femi,", "The courier has sent your parcel back to us as undeliverable, so your order will not reach you before the wedding."),
    ("Hi Lars,", "- Invoice 2231: paid\n- Invoice 2232: paid\n- Your credit limit: cut to £5,000 from next month\n\nAny questions, give me a shout."),
    ("Dear Mr Delacroix,", "Thank you for your visit on Tuesday.\n\nThe bank has closed your business account and the remaining balance will be sent by cheque."),
    ("Hi Ngozi,", "Your visa appointment was struck off the embassy's list after the system error, and the earliest new date is in March."),
    ("Hey Mateo,", "All set for Friday's delivery.\n\nP.S. your discount code has expired and can't be applied to this order."),
    ("Dear Ms Ferreira,", "Your appeal against the parking charge has been unsuccessful and the full £100 is now payable."),
    ("Hi Gaurav,", "We can't keep you on the early-bird rate any longer: your subscription goes up to $49 a month from 1 May."),
    ("", "Your application for the flat on Harbour Road has been turned down by the landlord. The holding deposit will be returned within 7 days."),
    ("Dear Mr Van der Berg,", "Your order of 40 oak chairs can no longer be supplied, as the workshop making them has closed for good."),
    ("Hi Siobhan,", "Your room block for the conference has been released by the hotel, so your delegates will need to book one by one."),
    ("Hiya Dev,", "Your course fees were taken twice this month and the second payment can't be reversed until the 30th."),
]

READERS_GOOD_NEWS = [
    ("Hi Sunita,", "Thanks for sending the payslips. Your mortgage application passed underwriting, so the offer we discussed can now be issued. The lender's letter is attached."),
    ("Dear Mr Kowalczyk,", "Following the inspection, your warranty claim for the boiler will be honoured in full, and the engineer will call to book the repair."),
    ("Hi Jo,", "Quick update on the shed. Your planning permission has come through, so building can start next week."),
    ("Dear Ms Achterberg,", "Your membership has been renewed for another year, and your new card is in the post."),
    ("Hi Raúl,", "We've been through your receipts and your expenses for March will be reimbursed in Friday's payroll."),
    ("Hello Kwame,", "Your seat on the 14:10 to Lagos is confirmed, and the airline has added the extra bag at no charge."),
    ("Dear Mrs Huang,", "I'm pleased to let you know that your son has been given a place in the swimming squad from January."),
    ("Hi Petra,", "Your photos from the shoot on the 3rd are backed up in two places, and the edited set will be with you on Friday."),
    ("Dear Mr Osei,", "Your scholarship has been renewed for the second year, as your grades stayed well above the required average."),
    ("Hi Tom,", "Your deposit is coming back in full: the inventory check found the flat in great shape."),
    ("Dear Aroha,", "Your booking for the lodge over New Year is confirmed, and the payment has cleared."),
    ("Hi Femi,", "The courier has your parcel, and your order will reach you on Thursday, well before the wedding."),
    ("Hi Lars,", "- Invoice 2231: paid\n- Invoice 2232: paid\n- Your credit limit: raised to £8,000 from next month\n\nAny questions, give me a shout."),
    ("Dear Mr Delacroix,", "Thank you for your visit on Tuesday.\n\nThe bank has opened your business account and your cards will arrive by post this week."),
    ("Hi Ngozi,", "Your visa appointment is on the embassy's list for 12 March, and the confirmation is attached."),
    ("Hey Mateo,", "All set for Friday's delivery.\n\nP.S. your discount code has been applied to this order."),
    ("Dear Ms Ferreira,", "Your appeal against the parking charge has been successful and the £100 charge has been cancelled."),
    ("Hi Gaurav,", "We'll keep you on the early-bird rate: your subscription stays at $29 a month for another year."),
    ("", "Your application for the flat on Harbour Road has been accepted by the landlord. The holding deposit will go towards the first month's rent."),
    ("Dear Mr Van der Berg,", "Your order of 40 oak chairs is finished, and the workshop will deliver on the 12th."),
    ("Hi Siobhan,", "Your room block for the conference is confirmed by the hotel, so your delegates can book with the group code."),
    ("Hiya Dev,", "Your course fees for this month went through once, and the receipt is attached."),
]


_NO_NEGATED_OUTCOME = "the news is a removal verb the lexicon does not name, with no negated outcome"
# 5, 7, 13 and 15 were known misses until the context models were retrained (sixth wave):
# the bad-news model's own findings (bad-news-model-threshold 0.9) now read them.
BAD_NEWS_MISSES = {
    9: "the bad-news model scores 'won't be coming back in full' low (0.47)",
    10: _NO_NEGATED_OUTCOME + " ('voided'; model 0.69)",
    12: _NO_NEGATED_OUTCOME + " ('cut to', in a bullet)",
    14: _NO_NEGATED_OUTCOME + " ('struck off'; model 0.67)",
}


@pytest.mark.parametrize("greeting, body", cases(READERS_BAD_NEWS, BAD_NEWS_MISSES))
def test_bad_news_said_to_the_reader_blocks(greeting, body):
    assert blocking(mail(greeting, body)) == ["EMP001"], body


@pytest.mark.parametrize("greeting, body", READERS_GOOD_NEWS)
def test_the_same_news_good_is_clean(greeting, body):
    assert codes(mail(greeting, body)) == [], body


# -- a complaint in the client's quoted message, in words no phrase names ------------------
# first try: 20/22 blocked, negatives 21/22 clean; after: 21/22, 21/22 (whole_message).

ANSWERS = [
    "I've booked an engineer for Thursday between 8 and 12. Please make sure someone is home.",
    "A replacement has been ordered and will be delivered on Tuesday.",
    "Please send us two photos and your order number and we will look into it.",
    "The team will be back on site on Monday to finish the job.",
]

CLIENT_COMPLAINTS = [
    "I've rung four times this week and nobody has called me back. I'm at the end of my tether.",
    "The sofa arrived with a rip down the back. We paid nearly two thousand pounds for this.",
    "My daughter's birthday cake came with the wrong name on it. She was in tears.",
    "Honestly, I expected better. The tiler left grout all over the new floor and never came back.",
    "We were charged for a premium room and put next to the lift. Not what we paid for.",
    "Kindly note this is my fourth visit to your branch regarding the same issue. I am very disappointed with the service.",
    "Two weeks without hot water, with a newborn in the house. Nobody seems to care.",
    "The engineer turned up three hours late and then said he didn't have the part.",
    "Your driver reversed into our gate post and just drove off.",
    "We've lost a full day of sales because your card machine keeps dropping the connection.",
    "I was promised a call back by Friday. It's now Wednesday and I've heard nothing.",
    "The paint is peeling off the window frames you did in June. Six months!",
    "Abeg, the generator you repaired has packed up again and we are in darkness since yesterday.",
    "I had to sit on hold for fifty minutes and then got cut off. Really not good enough.",
    "My wedding dress was altered two sizes too small. The wedding is in nine days.",
    "Your app took the payment three times. I'm now overdrawn and the bank is charging me.",
    "The kids' shoes fell apart after a fortnight. That's the second pair.",
    "I am writing to express my dissatisfaction with how my claim has been handled so far.",
    "No one told us the pool would be shut for the whole holiday. The children were gutted.",
    "The removal men broke my grandmother's mirror and then argued it was already cracked.",
    "Still no sign of the refund you said would be back in five days. It's been three weeks.",
    "We feel completely let down. The venue was half-decorated when the guests arrived.",
]

CLIENT_ENQUIRIES = [
    "Could you let me know what time the engineer will arrive on Thursday? I'm working from home.",
    "The sofa arrived today and looks great. Do you sell matching cushions?",
    "Could you put 'Happy 8th Birthday Amara' on the cake? She loves purple.",
    "The tiler did a lovely job. Could he come back to do the downstairs loo too?",
    "We'd like to upgrade to a room with a view for the second night if possible.",
    "Kindly advise the documents I should bring to the branch on Monday.",
    "We have a newborn, so could the plumber come after 10am?",
    "Is the engineer bringing the part with him, or do we need to order it?",
    "Could your driver use the side gate? The front one is being painted.",
    "Can the card machine be set up to take contactless over £100?",
    "Thanks for the call on Friday. Could you send the summary by email?",
    "The window frames look smart. When is the next coat due?",
    "Abeg, when can your man come and service the generator? It's due.",
    "I was on the line earlier and your colleague was very helpful. Could you send the form?",
    "My wedding is in nine days. Can I pick up the dress on Saturday morning?",
    "Can I pay by app for the next order, or only by card?",
    "The kids love the shoes. Do they come in a size 13?",
    "I am writing to ask how long a claim usually takes to process.",
    "Will the pool be open over half-term? The children are keen swimmers.",
    "Could the removal men wrap my grandmother's mirror separately? It's very old.",
    "Just checking the refund is on its way. No rush at all.",
    "We loved the venue. Could we book it again for next year?",
]


@pytest.mark.parametrize("i, quoted", cases(list(enumerate(CLIENT_COMPLAINTS)), {
    17: "'express my dissatisfaction' is formal; the complaint model reads it below 0.8",
}))
def test_a_complaint_in_other_words_blocks(i, quoted):
    assert blocking(reply(ANSWERS[i % len(ANSWERS)], quoted)) == ["EMP001"], quoted


@pytest.mark.parametrize("i, quoted", cases(list(enumerate(CLIENT_ENQUIRIES)), {
    14: "'my wedding is in nine days' reads as distress to the lexicon",
}))
def test_an_enquiry_of_the_same_shape_is_clean(i, quoted):
    assert codes(reply(ANSWERS[i % len(ANSWERS)], quoted)) == [], quoted


# -- an acknowledgement in other words; thin and sarcastic ones ---------------------------
# first try: 21/22 credited, pseudo-acknowledgements 9/12 still flagged; after: 22/22, 12/12.

COMPLAINT = "This is the third time the delivery has failed. It is unacceptable and I want answers."
ANSWER = "The parcel is with a new courier and arrives on Tuesday."

ACKS = [
    "I appreciate the wait has been maddening, with the launch so close.",
    "That's a rotten start to the week, and it shouldn't have happened.",
    "You had every right to expect it with you by now.",
    "What a nuisance for you, especially after waiting in all morning.",
    "I can only imagine how stressful that's been.",
    "It's not the service you deserve, and I'm taking it up personally.",
    "You shouldn't have had to chase us for it.",
    "We got this wrong, and I want to put it right today.",
    "Three failed attempts is poor, and I hold my hands up.",
    "My apologies: the delay is down to us.",
    "I really do get how frustrating this has been.",
    "That must have been a horrible thing to come home to.",
    "Honestly, that's not good enough from us.",
    "I'm gutted this happened in your busiest week.",
    "Thank you for bearing with us through a miserable week.",
    "I know how much you were relying on this.",
    "Mea culpa - I should have called you on Monday.",
    "I'm so sorry for the mess we made of this.",
    "We let you down here, plain and simple.",
    "I hear you, and you're right to be annoyed.",
    "Apologies, that should never have happened.",
    "I realise this has caused you real trouble with your customers.",
]

NOT_ACKS = [
    "Thanks for your email.",
    "I appreciate that reading the tracking page isn't everyone's favourite pastime.",
    "Noted.",
    "Sorry if you feel that way.",
    "We appreciate your business.",
    "Thank you for contacting customer services.",
    "Please note our opening hours have changed.",
    "As per my previous email, the parcel is with the courier.",
    "I appreciate you may not have read the delivery terms.",
    "Thank you for your message regarding your order.",
    "We value your feedback.",
    "I understand you have emailed several times.",
]


@pytest.mark.parametrize("ack", ACKS)
def test_an_acknowledgement_in_other_words_clears_it(ack):
    assert codes(reply(f"{ack} {ANSWER}", COMPLAINT)) == [], ack


@pytest.mark.parametrize("thin", NOT_ACKS)
def test_a_thin_or_sarcastic_acknowledgement_does_not(thin):
    assert blocking(reply(f"{thin} {ANSWER}", COMPLAINT)) == ["EMP001"], thin


# -- false alarms: cue words in clean drafts -----------------------------------------------
# first try: 15/24 clean; after: 21/24 (the three left are EMP004, info by default).

CLEAN = [
    # negated: the bad thing did not, will not happen
    ("Hi Owen,", "The move to the new servers went smoothly, and you'll never see a sync failure again with the new set-up."),
    ("Dear Mrs Patel,", "In nine years not one of the passports we have handled has come back refused, and yours is in good order too."),
    ("Hi Ruth,", "None of your files were affected by Sunday's work; everything is where you left it."),
    ("Hi Kofi,", "The shipment cleared customs this morning with no delay at all, and it will be with you tomorrow."),
    ("Dear Mr Lindqvist,", "Your account was not touched by the outage at the Frankfurt data centre, so nothing needs to change on your side."),
    ("Hi Bea,", "The inspector found no damage to the roof, and the gutters are clear."),
    # good news with a cue word in it
    ("Dear Ms Moretti,", "Good news: the claim for the storm damage to your fence has been paid in full, and the money is in your account today."),
    ("Hi Jack,", "Pleased to say the leak under your sink is fixed and the cabinet has dried out nicely."),
    ("Hi Amara,", "Great news - the airline has refunded the cancelled leg, and the full amount is back on your card."),
    ("Dear Mr Byrne,", "I'm delighted to confirm that the late payment fee has been waived, so your balance is now zero."),
    ("Hi Tariq,", "Happy to report the fault on your line was cleared overnight and your speeds are back to normal."),
    ("Hello Leila,", "Your complaint about the noisy neighbours has been upheld, and the landlord has issued them a warning."),
    # a technical answer to a technical question
    ("Hi Raj,", "The build fails because the test runner can't find the config file. Point it at tests/config.yml and it will pass."),
    ("Hi Chloe,", "Those emails bounce because your SPF record doesn't include the mailing platform. Add their include and they'll go through."),
    ("Hi Marco,", "The form rejects the date because it expects DD/MM/YYYY. Once you switch the format it saves fine."),
    ("Hi Sven,", "The job times out after 30 seconds by default; raise the limit to 120 in the settings and the big exports will finish."),
    # a feature that names a bad thing
    ("Hi Yasmin,", "The new till lets your staff mark dishes as sold out and cancel an order with one tap."),
    ("Hi Greg,", "From the app you can now freeze your card, block a merchant or report a lost card in seconds."),
    ("Hi Nadia,", "The booking page lets your clients cancel or reschedule up to 24 hours before their slot."),
    ("Hi Pieter,", "The dashboard now shows failed payments, refunds and chargebacks on one screen."),
    # routine with a cue word
    ("Hi Joy,", "Your order is on the 8am van tomorrow. Please note the 24-hour cut-off for changes."),
    ("Dear Mr Adeyemi,", "Your new meter is fitted and the old one has been removed. The engineer's report is attached."),
    ("Hi Elif,", "The refund you asked for when you cancelled your spare ticket has gone through, and the other three tickets are unchanged."),
    ("Hi Oona,", "As discussed, we've cancelled the Tuesday cleaning and moved it to Thursday, as you asked."),
]


@pytest.mark.parametrize("greeting, body", cases(CLEAN, {
    12: "EMP004 (info by default): a fault explained in a technical answer opens the message",
    14: "EMP004 (info by default): a fault explained in a technical answer opens the message",
    20: "EMP004 (info by default): '24-hour cut-off' read as a cut",
}))
def test_a_cue_word_in_a_clean_draft_is_clean(greeting, body):
    assert codes(mail(greeting, body)) == [], body


# -- a quoted note that is not the client's ------------------------------------------------
# first try: 3/6 clean; after: 6/6.

COLLEAGUE_NOTES = [
    ("Dispatch", "Truck loaded. Tell him to stop ringing every ten minutes, he is driving everyone mad."),
    ("Warehouse", "Ready for collection. This customer has complained about every single order, honestly."),
    ("Accounts", "Paid in full at last. Took three reminders and an angry phone call."),
    ("Front Desk", "He was shouting at reception again this morning. Sorted now."),
    ("Service Team", "Job done. The customer was rude to the engineer the whole time, total nightmare."),
    ("Sales Ops", "Contract signed. Fed up of chasing this one, glad it's over."),
]


@pytest.mark.parametrize("author, note", COLLEAGUE_NOTES)
def test_a_colleagues_quoted_note_is_not_the_clients_complaint(author, note):
    text = reply("Your order is ready and the van leaves on Thursday morning.", note,
                 author=author, greeting="Dear Mr Mensah,")
    assert blocking(text) == [], author


def test_the_clients_own_complaint_under_the_same_reply_is_read():
    text = reply("Your order is ready and the van leaves on Thursday morning.",
                 "This is the third time I am asking for this order. It is unacceptable.",
                 author="Kojo Mensah", greeting="Dear Mr Mensah,")
    assert blocking(text) == ["EMP001"]


# -- a complaint told as plain facts of a loss, spread over the client's message ----------
# first try: 11/22 blocked, negatives 22/22 clean; after: 14/22, 22/22 (two sentences of the
# client's message leaning towards a complaint, one clearly: whole_message).

UNDERSTATED_COMPLAINTS = [
    "Forty of the 200 seedlings were dead on arrival. This is the first order we've placed with you. What will you do about it?",
    "The boiler engineer came, took £90 and left. The heating is still off. We have a toddler at home.",
    "I paid for next-day delivery. It came four days later, after the party. I'd like the delivery charge back.",
    "Our card terminal was down all of Saturday. That's our busiest day. Nobody picked up the support line.",
    "I was billed for March twice. I only have one account with you. Please explain.",
    "The van arrived without the ramp, so the piano couldn't be moved. We had taken the day off work for this.",
    "The translation had errors on every page. Our client noticed before we did. I need to know how this happened.",
    "My flight home was on the 3rd. The passport arrived on the 5th. I had to buy a new ticket.",
    "Half the chairs for the reception were missing. Guests stood through the speeches. Nobody from your team answered the phone.",
    "Three of the twelve bottles were broken. The box was soaked through. I'd expect better packing for wine.",
    "The kitchen fitters left on Friday with the sink unplumbed. We've been washing up in the bath since.",
    "My son's exam certificate still hasn't come. He needed it for his university place, which has now been withdrawn.",
    "The plumber flooded the downstairs loo and then left. We only found it when we got home.",
    "I ordered size 10 for the wedding. Size 14 arrived. The wedding was yesterday.",
    "We were told the system upgrade would take an hour. It took all day and the tills were off. We turned customers away.",
    "The cake was delivered to the wrong venue. We found out at 7pm. There was no cake at the party.",
    "The repair lasted eleven days. The same fault is back. That was £340.",
    "I waited in from 8 till 6. Nobody came and nobody rang. I lost a day's pay.",
    "Our stand at the fair had no power until noon. We missed the whole morning's trade.",
    "The refund was promised within five working days. It has been five weeks. I have asked three times.",
    "Good day. I paid the full deposit in January. The car is still not delivered. Kindly tell me what is happening.",
    "Our logo was printed upside down on all 500 bags. The event starts tomorrow.",
]

UNDERSTATED_NEUTRAL = [
    "All 200 seedlings arrived in good shape. This is the first order we've placed with you. When is the next batch?",
    "The boiler engineer came and the heating is back on. We have a toddler at home, so could he check the thermostat too?",
    "I paid for next-day delivery for the party on Saturday. Could you confirm the time slot?",
    "Our card terminal is working well. Saturday is our busiest day, so can we get a spare one?",
    "I was billed for March today. I only have one account with you. Could you send the invoice as a PDF?",
    "The van will need the ramp for the piano. We have taken the day off work for the move.",
    "The translation reads very well. Our client was pleased. Could you quote for the next brochure?",
    "My flight home is on the 3rd. Will the passport arrive before then?",
    "We'll need 120 chairs for the reception. Guests will sit for the speeches. Could your team confirm by Friday?",
    "All twelve bottles arrived safely. The packing was excellent. Could I order another case?",
    "The kitchen fitters finished on Friday. We're thrilled. When can the worktop be sealed?",
    "My son's exam certificate has arrived, thank you. Could you send a second copy for his university?",
    "The plumber did a tidy job downstairs. Could he look at the outside tap next week?",
    "I ordered size 10 for the wedding. Could I swap it for a 12 if it's tight?",
    "We were told the system upgrade would take an hour. Could we do it after closing time on Monday?",
    "The cake should go to the Grange, not the hotel. The party starts at 7pm. Could the driver call on arrival?",
    "The repair has held up well. Could you service the other machine too? That one is due.",
    "I'll be in from 8 till 6 on Tuesday. Could the engineer ring before coming?",
    "Our stand at the fair will need power from 9am. Could you check the booking includes it?",
    "The refund came through today. Thanks. Could you also cancel the standing order?",
    "Good day. I paid the full deposit in January. Kindly tell me when the car will be delivered.",
    "Our logo looks great on the proof. The event starts on the 20th. Can we have 500 bags by the 15th?",
]



_ONE_SENTENCE = "only one sentence of the client's message leans towards a complaint"


@pytest.mark.parametrize("i, quoted", cases(list(enumerate(UNDERSTATED_COMPLAINTS)), {
    0: _ONE_SENTENCE + " (0.62)",
    4: _ONE_SENTENCE + " (0.76; 'Please explain' 0.51)",
    7: _ONE_SENTENCE + " (0.77): a missed flight told as dates",
    10: "the complaint model reads an unplumbed sink and washing up in the bath as routine (0.37)",
    13: _ONE_SENTENCE + " (0.71): the wrong size and a past date",
    15: "the strongest sentence scores just under complaint-model-threshold (0.80) and no other leans",
    18: "the complaint model reads a morning without power at a fair as routine (0.52)",
    21: "the complaint model reads a misprint and a near deadline as routine (0.58)",
}))
def test_a_complaint_told_as_plain_facts_blocks(i, quoted):
    assert blocking(reply(ANSWERS[i % len(ANSWERS)], quoted)) == ["EMP001"], quoted


@pytest.mark.parametrize("i, quoted", cases(list(enumerate(UNDERSTATED_NEUTRAL)), {
    14: "the complaint model retrained in the sixth wave reads 'We were told the upgrade would take "
        "an hour' as a complaint (0.86): a known false alarm of the context lane's model",
}))
def test_plain_facts_without_a_grievance_are_clean(i, quoted):
    assert codes(reply(ANSWERS[i % len(ANSWERS)], quoted)) == [], quoted


# -- good news that names the bad thing it settles; a place name ---------------------------
# first try: good news 7/8 clean, strong news after it 3/3 flagged, place names 5/6 clean;
# after: 8/8, 3/3, 6/6.

GOOD_NEWS_OPENINGS = [
    ("Dear Mr Adeyemi,", "We're pleased to let you know that your claim has been settled in full. The payment for the storm damage to your roof reached your account this morning, and the loss adjuster's note says the leak was caused by a cracked flashing."),
    ("Hi Bronwen,", "Good news: the replacement boiler is in. The old one's fault was caused by a failed pump, and the new one has a ten-year warranty."),
    ("Hi Ravi,", "Happy to confirm your refund for the broken lamp has gone through; it should show in three to five days."),
    ("Dear Ms Kato,", "Delighted to tell you the court has ruled in your favour. The damage to the fence will be paid for by your neighbour's insurer."),
    ("Hi Callum,", "Great news - the water damage survey came back clean, and the small stain on the ceiling was caused by old condensation, not a leak."),
    ("Hi Farida,", "Glad to say the error on your March invoice is fixed, and the credit is on April's bill."),
    ("Hello Mr Tan,", "Pleased to report that the scratch on your bonnet has been polished out at no cost, and the car is ready to collect."),
    ("Hi Ola,", "Good news on the shipment: the crate that was delayed at the port cleared this morning and will be with you on Thursday."),
]

GOOD_OPENING_STRONG_NEWS = [
    ("Hi Ellen,", "Good news on the rooms: all twelve are upgraded. The caterer has pulled out of the Saturday dinner, though, so that's cancelled."),
    ("Hi Marco,", "Happy to confirm the venue for the 12th. Unfortunately the band has cancelled, and we haven't found a replacement yet."),
    ("Dear Mrs Obi,", "Pleased to let you know the plans are approved. Your application for the garage, however, has been refused."),
]

PLACE_NAMES = [
    ("Dear Mr Hughes,", "Your new tenancy at 14 Beech Close starts on the 1st, and the keys are at our office."),
    ("Hi Gemma,", "The van will be at 3 Mill End at 9am on Tuesday to collect the sofa."),
    ("Hi Tariq,", "Your order has been dispatched to Kings Cross and will arrive tomorrow."),
    ("Dear Ms Rowe,", "The survey of 7 Orchard Close is booked for Friday morning."),
    ("Hi Dev,", "The walking tour meets at Land's End car park at 10, and lunch is booked."),
    ("Hi Pat,", "Your kitchen is being fitted at 22 Ferndale Drive next week as planned."),
]


@pytest.mark.parametrize("greeting, body", GOOD_NEWS_OPENINGS)
def test_good_news_naming_the_bad_thing_it_settles_is_clean(greeting, body):
    assert codes(mail(greeting, body)) == [], body


@pytest.mark.parametrize("greeting, body", GOOD_OPENING_STRONG_NEWS)
def test_strong_news_after_a_good_news_opening_is_still_news(greeting, body):
    assert codes(mail(greeting, body)) in (["EMP001"], ["EMP004"]), body


@pytest.mark.parametrize("greeting, body", PLACE_NAMES)
def test_a_place_name_is_not_news(greeting, body):
    assert codes(mail(greeting, body)) == [], body


# -- strong news deeper in a reply to the reader's own message -----------------------------
# first try: 0/12 flagged, negatives 12/12 clean; after: 2/12, 12/12.  Most of the news
# stays below the bad-news model's veto (bad-news-model-veto, 0.9) deep in a message.

_CHEERFUL = "Hi Noor,\n\nLovely to hear from you, and thanks for the list of questions.\n\nThe welcome packs are printed and the name badges look great. The coach is booked for 9am.\n\n"
_ASKED = "Hi, a few questions before Friday: are the packs done, is the coach booked, and is everything else still on track?"

def _buried(news: str) -> str:
    """A cheerful reply to the reader's questions with ``news`` in its third paragraph."""
    quoted = "\n".join("> " + line for line in _ASKED.splitlines())
    return (f"{_CHEERFUL}{news}\n\nSee you Friday!\n\nBest,\nBecky\n\n"
            f"On Fri, 4 Dec 2026 at 16:02, Noor Haddad wrote:\n{quoted}\n")


BURIED_NEWS = [
    "The florist has pulled out of the reception, so there will be no table flowers.",
    "The keynote speaker has cancelled, and we have not found anyone to replace her.",
    "The hotel has withdrawn the second meeting room, so the workshops will have to share one.",
    "The boat trip has been called off by the operator because the licence lapsed.",
    "The photographer has pulled out, so there will be no official photos on the day.",
    "The Friday dinner is cancelled: the restaurant has closed for good.",
    "The evening tour has been scrapped by the museum, and the tickets will be refunded.",
    "Sadly the afternoon masterclass can no longer go ahead.",
    "The band has cancelled the booking, so the party will have a playlist instead.",
    "The spa sessions were cancelled by the hotel after a burst pipe.",
    "The guided walk has been postponed to next month because of the flooding.",
    "Unfortunately the lunch venue has double-booked the room and cannot host us.",
]

NOT_BURIED_NEWS = [
    "If the florist ever pulled out, we have a second one on standby, so no worries there.",
    "The keynote speaker has confirmed, and her slides arrived this morning.",
    "The hotel has added a second meeting room at no charge, so the workshops can split.",
    "Any boat trip cancelled for weather is refunded in full, but the forecast is fine.",
    "The photographer is booked, and she'll send a shot list on Monday.",
    "The Friday dinner is booked: the restaurant has reserved the terrace for us.",
    "The museum's own tours were cancelled last year, but ours goes ahead as planned.",
    "The afternoon masterclass can go ahead as planned.",
    "The band has confirmed the booking, and their set list is attached.",
    "The spa sessions are confirmed, and the hotel has fixed the pipe that burst last week.",
    "The guided walk is on, whatever the weather does.",
    "The lunch venue has confirmed the room and the menu.",
]


_VETOED_DEEP = "deep in the message, the bad-news model's veto (0.9) reads the sentence as routine"


# 1, 2 and 11 were known misses until the context models were retrained (sixth wave).
@pytest.mark.parametrize("news", cases(BURIED_NEWS, {i: _VETOED_DEEP for i in (0, 4, 5, 6, 7, 9, 10)}))
def test_strong_news_deeper_in_a_reply_is_flagged(news):
    assert codes(_buried(news)) == ["EMP001"], news


@pytest.mark.parametrize("news", NOT_BURIED_NEWS)
def test_the_same_place_without_news_is_clean(news):
    assert codes(_buried(news)) == [], news


# -- a setting's value is not news ---------------------------------------------------------
# first try: 3/6 clean; after: 6/6.  (heldout9's technical answer still reads two weak
# words, "fails" and "bounce", as news.)

SETTINGS = [
    "Once the reports are clean for a fortnight, you can move the policy to p=reject.",
    "Set the job's on_error=reject so a bad row is skipped rather than loaded.",
    "If you filter the log by status=failed you'll see only the retries, which are harmless.",
    "Run the import with --reject-duplicates and it will skip the rows you already have.",
    "The queue setting mode=cancel only applies to jobs you start by hand.",
    "Use action=suspend in the test tenant first, then switch it on in production.",
]


@pytest.mark.parametrize("body", SETTINGS)
def test_a_settings_value_is_not_news(body):
    assert codes(mail("Hi Raj,", body)) == [], body
