"""A sixth-wave probe of PRM008, the overpromise models (docs/models.md, "overpromise" and
"overpromise_broad"): fresh sentences of our own, written for this file before the second
model was built and in no corpus, labelled set or mail.

Three batches of positives, each certainty about an outcome or a deadline someone else
decides, said in words no phrase list holds: registers and placements (chat, formal
notices, sales copy, a P.S., a bullet), Englishes (Indian, Nigerian, Filipino,
Singaporean, South African, Australian, Irish, American, non-native), and certainty told
indirectly ("go ahead and ...", "skip the ...", "you can tell your board ...").  Each
batch has as many same-shape hard negatives: hedged, conditional, negated, asked,
reported, the writer's own actions and standing policies, a guarantee the client quotes.

First-try catch rate, measured before the second model existed (PRM008 alone, at declared
severities; and what blocked at default severities with every overpromise rule):
  registers: PRM008 7/25, blocking overpromise 11/25; negatives flagged 0/27
  englishes: PRM008 15/25, blocking overpromise 16/25; negatives flagged 0/25
  indirect: PRM008 6/25, blocking overpromise 10/25; negatives flagged 0/27
  all: PRM008 28/75, blocking overpromise 37/75; negatives flagged 0/79

Seventh wave (both models retrained with training/corpora/overpromise/*-wave7*.txt,
PRM008 at 0.85 / 0.96, was 0.8 / 0.97): 42/75 of these read now (was 39/75;
docs/models.md, "Seventh wave").

What PRM008 still misses is listed as a strict xfail with its reason, so a model that
reads one more must move it up.
"""
from __future__ import annotations

import pytest
from promise_probe import prm008


MISS = "scored below both models' thresholds"
POSITIVES = [
    # --- registers
    ('body', "lol dw the landlord's gonna sign off on the pet clause, he always does"),
    ('body', "Tenant's references will clear, no drama."),
    pytest.param('body', 'We are pleased to confirm that the Land Registry will complete your title registration within ten working days.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'Book with us today and your holiday will be sunshine from start to finish.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Our SEO package puts you on the first page of Google within 30 days.'),
    ('body', "The buyers' lender is a formality at this point, exchange happens Friday."),
    pytest.param('body', 'Your new hires will all stay past their probation with our screening.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', "The mould is treated, it won't be back.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('bullet', 'Your tomatoes will survive the frost under this cover, every single one.'),
    pytest.param('body', "Your son sails through the driving test next week, I've seen him drive.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'The shipping line has you on the March sailing and it will dock in Rotterdam on the 2nd, bang on schedule.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Just so you know, the auditors are going to pass the accounts without a single query.'),
    pytest.param('body', 'Investors will be queuing up after this pitch deck.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', "The vendor signs the contract tomorrow morning, it's happening.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'Your refund from the airline lands in your account on Tuesday.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('ps', 'The weather on the big day is going to be glorious, so skip the marquee.'),
    ('bullet', 'The embassy turns visas around in 48 hours, so yours will be back by Thursday'),
    ('body', 'Kindly be informed that the port authority will release your container by noon tomorrow.'),
    ('body', 'With this plan your hay fever is gone for good.'),
    pytest.param('body', 'Our courier partner never loses a parcel, so yours is safe.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', "Your premium won't go up at renewal, I can tell you that now."),
    ('body', 'Once we submit, the ombudsman finds for you, they always side with the consumer.'),
    pytest.param('body', 'No need to chase the insurer; the cheque is as good as in the post.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('ps', 'The jury will see right through their story.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Your cholesterol will be normal by the next blood test.'),
    # --- englishes
    ('body', 'Sir, your loan file will be sanctioned by the bank by Monday itself, no doubt.'),
    ('body', 'Madam, the RTO will issue the licence this week only, you need not worry.'),
    ('body', "Don't worry, the visa office will approve your file, they have never rejected our clients."),
    ('body', 'Oga, the customs people will release the goods tomorrow, e don settle.'),
    pytest.param('body', "By God's grace and our connections, the contract will be awarded to you.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'The landlord go return your caution fee complete, no shaking.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Ate, the agency will process your papers in two weeks, sure na yan.'),
    pytest.param('body', 'Your remittance will reach the province tomorrow morning, no problem at all.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Confirm plus chop the HDB will approve your resale application lah.'),
    pytest.param('body', 'The condo developer will hand over the keys in March, can one.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', "Eish, the municipality will have your water back on by tonight, don't stress."),
    ('body', "Your bond will be approved by the bank this week, it's a sure thing."),
    ('body', "She'll be right, the council will give you the permit no worries."),
    ('body', 'The strata committee will approve the reno, mate, guaranteed.'),
    ('body', "Ye'll have the grant money before Christmas, sure look."),
    ('body', "The HSE will have you seen by a consultant within the month, don't be worrying."),
    ('body', "Y'all are going to close on the house by the fifteenth, no question about it."),
    ('body', 'The FAA is going to clear your drone waiver in a week, easy.'),
    ('body', 'The school district will place your kid in the gifted program, count on it.'),
    ('body', "Your green card interview will be a breeze and they'll approve you on the spot."),
    ('body', 'The bank will surely give you the credit, I am sure for 100 percent.'),
    pytest.param('body', 'Tomorrow the delivery arrives for sure, the driver is already coming.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'Your company shares price will go up after the announcement, it is certain.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'Sir, the buyer will definitely release payment on receipt of goods, kindly dispatch.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'The immigration will stamp your passport without any question, I have assurance.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    # --- indirect
    ('body', 'Go ahead and hand in your notice, the offer from Brennan Logistics will come through.'),
    pytest.param('body', 'You can tell your board the funding is landing next month.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'Start packing, the council has as good as handed you the keys.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Pop the champagne on ice, your appeal is going our way.'),
    ('body', "Don't bother with a backup venue, the sun will shine on Saturday."),
    pytest.param('body', "Cancel the overdraft, the invoice from Hartley's will be paid on the 30th.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Put the deposit down on the new place; your mortgage offer will follow by Friday.'),
    ('bullet', 'Tell your customers the stock will be back on the shelves Monday.'),
    ('body', 'Print the tickets: the strike will be called off before your flight.'),
    pytest.param('body', "Your husband's surgery will go perfectly, Dr Amadi has never had a complication.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', 'Skip the extended warranty, this boiler will outlast the house.'),
    ('body', 'Consider the planning objection dealt with, the neighbours will withdraw it.'),
    pytest.param('body', 'Forget the second quote, the insurer will cover the whole repair.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('ps', 'Your share of the estate will be in your account before the summer holidays.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', "Relist the flat at the higher price; it'll be snapped up within a week.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', "There's no need for a plan B on the transfer, the bank will have it cleared by noon."),
    pytest.param('body', 'Your teenagers will love every minute of the camp.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'The new hire from the agency will hit her sales target from month one.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('bullet', 'The claims processor will clear your backlog by the end of the quarter.'),
    pytest.param('body', "I'd spend the bonus now, the board will sign it off at the next meeting.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', "Don't renew the lease on the old office, the builders will have the new one ready for May.", marks=pytest.mark.xfail(strict=True, reason=MISS)),
    pytest.param('body', 'That crack in the wall is cosmetic; the survey will say the same.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
    ('body', "Your father's pension arrears will be back-paid in full by the department."),
    ('ps', 'The developers will never build on that field, so your view is safe.'),
    pytest.param('body', 'The new software will pay for itself inside six months.', marks=pytest.mark.xfail(strict=True, reason=MISS)),
]

HARD_NEGATIVES = [
    # --- registers
    ('body', "lol no idea if the landlord will sign off on the pet clause, I'll ask him"),
    ('body', "The tenant's references are with the agency and they normally take two days."),
    ('body', 'We have submitted your title application; the Land Registry publishes its current processing times on its website.'),
    ('body', "Book by Friday and we'll include airport transfers at no extra cost."),
    ('body', 'Our SEO package includes a monthly ranking report and two content pieces.'),
    ('body', "The buyers' lender has asked for one more document, so exchange may slip to next week."),
    ('body', "We'll run two reference checks on each new hire before they start."),
    ('body', 'We treated the mould today and will come back in six weeks to check it.'),
    ('bullet', 'This cover protects against light frost; for a hard frost, bring the pots inside.'),
    ('body', 'Good luck to your son with the driving test next week.'),
    ('body', 'The shipping line lists the Rotterdam arrival as the 2nd, but sailings often run a day or two late.'),
    ('body', 'The auditors start on Monday and may have a few queries about stock.'),
    ('body', "I think investors will like the revised pitch deck, but let's get feedback first."),
    ('body', "The vendor has said she intends to sign tomorrow; I'll confirm once I have the signed copy."),
    ('body', 'The airline says refunds take up to seven working days.'),
    ('ps', "The forecast for the big day looks dry so far, but I'd keep the marquee booked."),
    ('bullet', 'Visa: the embassy quotes 48 hours, though it has taken longer this month'),
    ('body', 'Kindly be informed that we have paid the port charges and requested release of the container.'),
    ('body', 'This plan helps many people with hay fever, though results vary.'),
    ('body', 'If a parcel is lost in transit, we refund or replace it within five days.'),
    ('body', "Your premium will be set by the insurer at renewal, and we'll shop around for you."),
    ('body', "The ombudsman's decision is independent, and in our experience it can go either way."),
    ('body', 'The insurer told us the cheque was posted on Monday.'),
    ('ps', "We can't predict how the jury will see their story."),
    ('body', 'Your GP will check your cholesterol again at the next blood test.'),
    ('body', "I'll have the revised drawings to you by Thursday."),
    ('body', 'We will replace the faulty unit free of charge next week.'),
    # --- englishes
    ('body', 'Sir, your loan file is under process with the bank and we will update you on Monday.'),
    ('body', 'Madam, the RTO has received the documents; the licence usually comes in 7-10 days.'),
    ('body', 'The visa office decides each file on its own merits, so please keep your documents ready.'),
    ('body', 'Oga, we don clear the duty, now we dey wait for customs to release the goods.'),
    ('body', 'We have submitted the bid and will know the outcome when the ministry announces it.'),
    ('body', 'The landlord should return your caution fee once he inspects the flat.'),
    ('body', 'Ate, we sent your papers to the agency today; they said two to three weeks.'),
    ('body', 'Your remittance was sent this morning and usually reaches the province by the next day.'),
    ('body', 'HDB will review your resale application; sometimes they ask for more documents lah.'),
    ('body', 'The condo developer has said handover is planned for March, subject to inspections.'),
    ('body', "Eish, the municipality says the water should be back tonight, but I'll let you know."),
    ('body', "We've submitted your bond application to three banks and will share the offers."),
    ('body', "The council will take a few weeks to decide on the permit; I'll keep on to them."),
    ('body', 'The strata committee meets on the 3rd and will vote on the reno then.'),
    ('body', 'If the grant is approved, the money usually arrives within six weeks.'),
    ('body', "The HSE waiting list for that consultant is long, so I've also asked about private options."),
    ('body', "Y'all can close by the fifteenth if the appraisal comes back in time."),
    ('body', "The FAA reviews drone waivers in the order they arrive; I can't say how long yours will take."),
    ('body', 'The school district tests all applicants in May and places students in June.'),
    ('body', "Here's a checklist to prepare for your green card interview."),
    ('body', 'The bank will decide about the credit after they check your documents.'),
    ('body', 'The delivery is planned for tomorrow; the driver will call you one hour before.'),
    ('body', 'Nobody can say where the share price will go after the announcement.'),
    ('body', 'Sir, kindly dispatch only after the buyer releases payment, as per our terms.'),
    ('body', 'Immigration may ask about your return ticket, so please carry a printout.'),
    # --- indirect
    ('body', "Please don't hand in your notice until the offer from Brennan Logistics is in writing."),
    ('body', "You can tell your board we've submitted the funding bid and expect a decision next month."),
    ('body', "Start packing when you're ready; we'll send the completion statement tomorrow."),
    ('body', "Let's wait for the appeal decision before planning anything."),
    ('body', "I'd keep the backup venue booked in case it rains on Saturday."),
    ('body', "Keep the overdraft until the invoice from Hartley's is actually paid."),
    ('body', "Please don't put a deposit down until the mortgage offer arrives."),
    ('bullet', "Tell your customers we expect the stock back Monday, and we'll email when it lands."),
    ('body', 'Check with the airline before printing the tickets, as the strike may go ahead.'),
    ('body', 'Dr Amadi will explain the risks of the surgery at the appointment.'),
    ('body', 'The extended warranty covers parts and labour for five years if you want it.'),
    ('body', 'The neighbours have 21 days to respond to the planning objection.'),
    ('body', 'Get a second quote, as the insurer may only cover part of the repair.'),
    ('ps', "We'll pay your share of the estate as soon as probate is granted."),
    ('body', 'We could relist the flat at the higher price, but it may take longer to let.'),
    ('body', "It's worth having a plan B for the transfer in case the bank holds it for checks."),
    ('body', "We've attached the camp programme so your teenagers can choose their activities."),
    ('body', "The agency says the new hire has a strong sales record; we'll review at three months."),
    ('bullet', "We've added two processors to work through the backlog of claims."),
    ('body', 'Hold off spending the bonus until the board signs it off.'),
    ('body', "We'll give notice on the old office once the builder confirms the new one is ready."),
    ('body', 'The crack looks cosmetic to me, but the surveyor will give you a proper view.'),
    ('body', "We've asked the department to back-pay your father's pension arrears and will chase them monthly."),
    ('quoted', 'The developers will never build on that field, the agent told us so.'),
    ('body', 'The software costs 40 pounds a month per user, billed annually.'),
    ('body', 'Our guarantee is simple: if the boiler fails in the first two years, we replace it.'),
    ('body', 'I will personally deliver the keys to you on Saturday morning.'),
]


@pytest.mark.parametrize("placement,sentence", POSITIVES)
def test_prm008_reads_a_promise_no_phrase_list_holds(placement, sentence):
    found = prm008(placement, sentence)
    assert len(found) == 1 and found[0].score >= 0.8


@pytest.mark.parametrize("placement,sentence", HARD_NEGATIVES)
def test_prm008_leaves_the_same_shapes_alone(placement, sentence):
    assert prm008(placement, sentence) == []
