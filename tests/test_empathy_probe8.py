"""Empathy probe, eighth wave: the classes of heldout13-15's empathy misses and false
alarms, each probed with drafts written fresh for this file (other trades, words, shapes,
Englishes, registers and placements; none is copied from a labelled set) and same-shape
hard negatives.  First-try catch rates (on main before this wave's changes, 0d8e6b5) are
in the comment above each batch; known misses are strict expected failures.

Classes:
* a request refused flatly, as policy ("we do not offer", "does not fall within", "not
  upheld", "was not allocated a place"), often to a reader in a hard moment;
* a date moved later told as a schedule ("completion moves from ... to ...", "will now
  ship on the 28th rather than the 10th"), in a sentence or a bullet;
* what the reader booked swapped for less ("has been reallocated; you will be
  accommodated in ...");
* we cannot meet the reader's own deadline ("won't be able to ... before your ...");
* false alarms: a third party's failure criticised on the reader's side, good news
  worded with loss words ("sold out", "fully booked"), technical explanations (how a fix
  works, why a setting exists, what a log shows), changes the reader asked for.
"""
from __future__ import annotations

import pytest
from empathy_probe import blocking, cases, codes


def reply(body: str, quoted: str, greeting: str = "Hi Sam,", sign: str = "Regards,\nDana",
          author: str = "Sam Okoye") -> str:
    q = "\n".join("> " + line for line in quoted.splitlines())
    return f"{greeting}\n\n{body}\n\n{sign}\n\nOn Tue, 8 Dec 2026 at 09:12, {author} wrote:\n{q}\n"


# -- a request refused flatly, as policy ---------------------------------------------------

REFUSED = [
    "Dear Mrs Ncube,\n\nWe have considered your request for a ground-floor flat. Your household does not meet the medical priority criteria, so your banding stays at C.\n\nHousing Options Team",
    "Dear Mr Oduya,\n\nThe scholarship committee met on 2 December. Your son's application was not shortlisted this year.\n\nAdmissions Office",
    "Hi Ros,\n\nWe don't do refunds on made-to-measure blinds once they've been cut. The fitter can come back to adjust the brackets if that helps.\n\nThanks,\nBlindspace",
    "Dear Ms Kearney,\n\nYour request to defer your place to September has been considered. Deferrals are not granted for this programme. If you do not enrol by 11 January, your offer will lapse.\n\nStudent Recruitment",
    "Hello Mr Alvarez,\n\nWe reviewed the photos of the crack in your windscreen. Chips caused by road debris are excluded under your policy, so the repair will not be paid for.\n\nClaims Handling",
    "Dear Mr Fenwick,\n\nThe panel considered your application for the hardship fund. The application is not approved.\n\nStudent Finance Office",
    "Hi Amara,\n\nBereavement leave covers immediate family only, so the days off for your aunt's funeral will be taken from your annual leave.\n\nThanks,\nPeople Team",
    "Dear Mr Lindgren,\n\nWe do not provide escorted transport to the hospital for residents of your band. Taxis can be booked at reception at your own cost.\n\nResident Services",
    "Dear Parent,\n\nYour request for Aisha to be absent on 14-18 March has been considered. The absence is not authorised and will be recorded as unauthorised.\n\nAttendance Office",
    reply("Early check-in isn't something we can offer for this room type. Check-in is from 3pm.",
          "My father is in a wheelchair and we're arriving on the 7am train. Is there any way we could get into the room earlier?"),
    reply("Membership fees are not refundable once a term has started, as stated in the terms.",
          "I've been made redundant and can't afford the rest of the term. Can I have some of the fees back?"),
    "Dear Dr Achebe,\n\nThe editors have considered your manuscript. It will not be sent for review, as it falls outside the scope of the journal.\n\nEditorial Office",
]
# first try: 6/12 blocked; negatives 8/8 clean.
REFUSED_MISSES = {2: "'we don't do refunds' on made-to-measure goods: no cue, the model scores it low",
                  5: "'The application is not approved' with no 'you': EMP004, info by default",
                  6: "leave taken from the reader's allowance: no cue, the model scores it low",
                  7: "'we do not provide' a service: policy wording, no cue",
                  8: "a letter to a role ('Dear Parent'): the model's veto reads 'not authorised' as routine",
                  9: "'isn't something we can offer': no cue ('can' inside reads as a hedge)"}

GRANTED = [
    "Dear Mrs Ncube,\n\nWe have considered your request for a ground-floor flat. Your household meets the medical priority criteria, so your banding moves up to A from today.\n\nHousing Options Team",
    "Dear Mr Oduya,\n\nThe scholarship committee met on 2 December. Your son's application has been shortlisted, and the interview is on 14 January.\n\nAdmissions Office",
    "Hi Ros,\n\nThe fitter can come back on Thursday to adjust the brackets; there's no charge for that.\n\nThanks,\nBlindspace",
    "Dear Ms Kearney,\n\nYour request to defer your place to September has been approved. Your offer now applies to the September intake.\n\nStudent Recruitment",
    "Hello Mr Alvarez,\n\nWe reviewed the photos of the crack in your windscreen. The repair is covered under your policy, and the glazier will call you to book it.\n\nClaims Handling",
    "Hi Amara,\n\nYou have five days of bereavement leave for your aunt's funeral; take them whenever you need.\n\nThanks,\nPeople Team",
    "Dear Parent,\n\nThe school will be closed to pupils on 14 March for staff training. The breakfast club will run as normal on the 15th.\n\nAttendance Office",
    reply("Yes, we've put you in a ground-floor room and it will be ready at 8am when you arrive.",
          "My father is in a wheelchair and we're arriving on the 7am train. Is there any way we could get into the room earlier?"),
]


@pytest.mark.parametrize("text", cases(REFUSED, REFUSED_MISSES))
def test_a_request_refused_as_policy_blocks(text):
    assert "EMP001" in blocking(text)


@pytest.mark.parametrize("text", GRANTED)
def test_a_request_granted_is_clean(text):
    assert blocking(text) == []


# -- a date moved later, told as a schedule ------------------------------------------------

MOVED_LATER = [
    "Hi Tom,\n\nUpdated plan attached. The kitchen units are now arriving on 3 March, so fitting starts 6 March and handover moves from 20 February to 27 March.\n\nCheers,\nDes",
    "Hi both,\n\nWeekly update:\n\n- Plastering finished\n- Bathroom tiles in\n- Boiler supplier is behind, so your move-in date shifts from 1 May to 12 June\n- Skip collected Friday\n\nThanks,\nKeira",
    "Hey Lucy,\n\nYour dress is with the seamstress. The lace is on back order, so the final fitting will now be 2 August instead of 5 July, which is a week before the wedding.\n\nxx\nBella",
    "Dear Mr Sato,\n\nPlease note your surgery on 4 February has been rescheduled to 22 April due to theatre availability.\n\nElective Admissions",
    "Hi Gemma,\n\nThe printers have a backlog, so the brochures will be delivered on the 19th rather than the 9th, after your trade show.\n\nBest,\nPaul",
    "Dear Mrs Obi,\n\nYour citizenship ceremony has been moved from 12 January to 30 March. A new invitation letter is attached.\n\nRegistration Service",
    "Hi Kev,\n\nFYI the council's inspection slot went, so sign-off is now late October, not mid-September. The rest of the programme slides by the same six weeks.\n\nRich",
    "Hi Anjali,\n\nThe landlord's contractor can't start until the 30th, so your shop fit-out will finish in mid-December rather than before Black Friday.\n\nRegards,\nJonah",
    "G'day Shane,\n\nThe vet reckons the mare needs another fortnight's box rest, so she won't be back in work until after the Easter show.\n\nCheers,\nBev",
    "Dear Ms Pillai,\n\nThe hearing listed for 9 December has been relisted for 16 March next year, the first date the court can offer.\n\nYours sincerely,\nHarlow & Price Solicitors",
]
# first try: 4/10 blocked; negatives 7/7 clean.  After reading a day of the month named
# alone ("on the 19th rather than the 9th") and "move-in" as a delivery, and a date moved
# later in a message to the reader by name as theirs without "you": 6/10 (with the same
# models; rules/_empathy_context/delays_and_rises.py, addressee.py).
MOVED_LATER_MISSES = {3: "'rescheduled ... due to theatre availability': the model scores it low",
                      5: "'has been moved from 12 January to 30 March': a ceremony is not a delivery, read as routine",
                      6: "'sign-off is now late October, not mid-September' in casual shorthand",
                      9: "a hearing relisted months later: no cue, the model scores it low"}

MOVED_FINE = [
    "Hi Tom,\n\nUpdated plan attached. The kitchen units arrived early, so fitting starts 6 February and handover moves forward from 20 March to 27 February.\n\nCheers,\nDes",
    "Hi both,\n\nWeekly update:\n\n- Plastering finished\n- Bathroom tiles in\n- Move-in date moved to 12 June, as you asked, to fit your notice period\n- Skip collected Friday\n\nThanks,\nKeira",
    "Dear Mr Sato,\n\nAs requested, your surgery on 4 February has been rescheduled to 22 April, after your trip.\n\nElective Admissions",
    "Hi Gemma,\n\nThe printers had a quiet week, so the brochures will be delivered on the 5th rather than the 9th, well before your trade show.\n\nBest,\nPaul",
    "Dear Mrs Obi,\n\nYour citizenship ceremony is confirmed for 12 January at 11:00. Your invitation letter is attached.\n\nRegistration Service",
    "Hi Kev,\n\nFYI we got an earlier inspection slot, so sign-off is now mid-September, not late October.\n\nRich",
    "Hi Anjali,\n\nThe contractor can start on the 30th, so your shop fit-out will finish before Black Friday as planned.\n\nRegards,\nJonah",
]


@pytest.mark.parametrize("text", cases(MOVED_LATER, MOVED_LATER_MISSES))
def test_a_date_moved_later_blocks(text):
    assert "EMP001" in blocking(text) or "EMP004" in blocking(text)


@pytest.mark.parametrize("text", MOVED_FINE)
def test_a_date_moved_earlier_or_as_asked_is_clean(text):
    assert blocking(text) == []


# -- what the reader booked swapped for less ------------------------------------------------

DOWNGRADED = [
    "Dear Ms Haddad,\n\nThe Garden Suite booked for your honeymoon has been reassigned. You will stay in a Standard King room, and the difference will be credited to your card.\n\nFront Office",
    "Hi Dev,\n\nYour window seats on the 14th have been changed to middle seats in row 41 following an aircraft swap.\n\nTravel Desk",
    "Dear Mr Kowalczyk,\n\nThe orchestra stalls seats on your booking have been replaced with seats in the upper circle, as the stalls are closed for repairs. The price difference has been refunded.\n\nBox Office",
    "Hi Noor,\n\nThe oak worktop you chose is no longer made, so we'll be fitting the laminate version instead.\n\nCheers,\nKitchens Direct",
    "Dear Mrs Abara,\n\nThe private room reserved for your mother's 80th is no longer available on the night. Your party will be seated in the main restaurant.\n\nBookings",
    "Hi Will,\n\nYour ski chalet has been swapped for an apartment in the village, as the chalet's heating has failed. Catering is not included at the apartment.\n\nAlpine Breaks",
]
# first try: 3/6 blocked; negatives 5/5 clean.
DOWNGRADED_MISSES = {0: "'has been reassigned; you will stay in a Standard King': no cue, the model scores it low",
                     1: "window seats changed to middle seats: no cue",
                     2: "stalls seats replaced with upper-circle seats: no cue"}

UPGRADED = [
    "Dear Ms Haddad,\n\nWe have upgraded your honeymoon booking to the Garden Suite at no extra cost. Champagne will be waiting in the room.\n\nFront Office",
    "Hi Dev,\n\nYour seats on the 14th have been changed to the exit row, as you asked, for the extra legroom.\n\nTravel Desk",
    "Dear Mr Kowalczyk,\n\nYour seats have been moved from the upper circle to the orchestra stalls, as two returns came in. There is nothing more to pay.\n\nBox Office",
    "Hi Noor,\n\nThe oak worktop you chose is in stock, and we'll fit it on Thursday.\n\nCheers,\nKitchens Direct",
    "Dear Mrs Abara,\n\nThe private room is reserved for your mother's 80th, and we'll have the cake brought out at nine.\n\nBookings",
]


@pytest.mark.parametrize("text", cases(DOWNGRADED, DOWNGRADED_MISSES))
def test_what_was_booked_swapped_for_less_blocks(text):
    assert "EMP001" in blocking(text) or "EMP004" in blocking(text)


@pytest.mark.parametrize("text", UPGRADED)
def test_an_upgrade_or_a_confirmation_is_clean(text):
    assert blocking(text) == []


# -- we cannot meet the reader's own deadline --------------------------------------------------

MISSED_FOR_READER = [
    "Hi Carla,\n\nWe won't have your tax return finished before the 31 January deadline. The earliest we can file it is the first week of February.\n\nBest,\nGraham",
    "Hi Ben,\n\nWe can't get the banners printed in time for your opening night on Friday; the press is booked solid until Monday.\n\nCheers,\nSam",
    "Dear Mr Reyes,\n\nWe will not be able to complete the survey before your mortgage offer expires on the 14th. The surveyor's first free date is the 21st.\n\nRegards,\nCrest Surveyors",
    "Hi Ifeoma,\n\nThe translation of your court documents will not be ready for Tuesday's hearing. We can deliver it on Thursday.\n\nThanks,\nLinguaPro",
    "Hi Mark,\n\nNo chance of the bike being fixed before your race on Sunday, I'm afraid the part is a week away.\n\nCheers,\nCycle Hub",
    "Hey Ollie,\n\nYour visa letter won't be issued before your flight on the 3rd; the embassy needs another ten working days.\n\nMaria",
]
# first try: 4/6 blocked; negatives 4/4 clean.
MISSED_FOR_READER_MISSES = {2: "'will not be able to complete the survey before your mortgage offer expires': vetoed as routine",
                            4: "'No chance of the bike being fixed before your race': no cue"}

MET_FOR_READER = [
    "Hi Carla,\n\nYour tax return will be finished well before the 31 January deadline; we'll send it for signing next week.\n\nBest,\nGraham",
    "Hi Ben,\n\nThe banners will be printed on Wednesday, in good time for your opening night on Friday.\n\nCheers,\nSam",
    "Dear Mr Reyes,\n\nWe will complete the survey before your mortgage offer expires on the 14th. The surveyor will visit on the 9th.\n\nRegards,\nCrest Surveyors",
    "Hi Ifeoma,\n\nThe translation of your court documents will be ready on Monday, the day before the hearing.\n\nThanks,\nLinguaPro",
]


@pytest.mark.parametrize("text", cases(MISSED_FOR_READER, MISSED_FOR_READER_MISSES))
def test_a_deadline_of_the_reader_we_cannot_meet_blocks(text):
    assert "EMP001" in blocking(text)


@pytest.mark.parametrize("text", MET_FOR_READER)
def test_a_deadline_of_the_reader_we_meet_is_clean(text):
    assert blocking(text) == []


# -- false alarms: a third party criticised on the reader's side, good news in loss words ----

THIRD_PARTY_ON_READERS_SIDE = [
    "Dear Ms Forde,\n\nFrankly, the insurer has handled your claim badly. They lost your photos, missed their own deadline for a decision and then asked for documents you had already sent. I think that gives us a strong complaint to the ombudsman.\n\nI'll draft it this week.\n\nKind regards,\nAlan",
    "Hi Priya,\n\nThe landlord's agents have been hopeless: they cancelled the inspection twice and never replied to your emails. That history will help your case at the tribunal.\n\nBest,\nTom",
    "Dear Mr Abadi,\n\nTo be blunt, the airline's handling of this has been poor. They ignored two letters and failed to meet the eight-week limit, which means you can now go to the ADR scheme.\n\nYours sincerely,\nClaimRight",
    "Hi Jo,\n\nThe council's portal is frankly a mess: it timed out three times while I was filing and lost the attachments once. It's all submitted now, and the reference is PL/2291.\n\nCheers,\nMeg",
    "Dear Mrs Tan,\n\nThe builder's work falls well short: the damp course was never installed and the inspection was missed. My report, attached, sets this out for your solicitor.\n\nRegards,\nDavid Roe MRICS",
]
GOOD_NEWS_IN_LOSS_WORDS = [
    "Hi Jade,\n\nWhat a night! Your gig sold out in an hour and the merch stand was cleared by nine.\n\nCheers,\nRory",
    "Hi Tariq,\n\nGreat news: the workshop is fully booked, with a waiting list of twenty. Your slides are printed.\n\nBest,\nEm",
    "Hi Lou,\n\nYour new range flew off the shelves - the blue mugs are out of stock already and we've reordered double.\n\nThanks,\nPip",
    "Dear Mr Ilori,\n\nThe auction went well: every lot you consigned sold, two above estimate. Payment follows in ten days.\n\nRegards,\nHarrow Auctions",
]
TECHNICAL = [
    "Hi Sam,\n\nThe timeout is there because the upstream API drops idle connections after 30 seconds; without it the workers hang. You can raise it in settings.yaml if your jobs run longer.\n\nRegards,\nDana",
    "Hi Sam,\n\nThe log shows the job retried three times and then succeeded, so nothing was lost. The warnings are from the old certificate check and can be ignored.\n\nRegards,\nDana",
    "Hi Sam,\n\nThe fix works by queueing writes while the database fails over, then replaying them in order. Your data stays intact throughout.\n\nRegards,\nDana",
    "Hi Sam,\n\nThe error in the console means the browser blocked a third-party cookie; the checkout itself still completes. Allowing the domain removes the message.\n\nRegards,\nDana",
    "Hi Sam,\n\nThe rate limit exists to stop one tenant from starving the others. When a request is rejected the client waits and tries again automatically.\n\nRegards,\nDana",
    "Hi Sam,\n\nThe backup failed on the first attempt because the disk was locked by the antivirus scan, and succeeded on the retry ten minutes later, so last night's copy is complete.\n\nRegards,\nDana",
    "Hi Sam,\n\nCached pages expire after an hour, which is why the old price showed briefly. Clearing the cache updates it straight away.\n\nRegards,\nDana",
]


# first try: 13/16 clean (EMP001 on 'they cancelled the inspection twice' read by the model,
# 'sold out' and 'out of stock' in a cheering paragraph); after reading whose side a failure
# or a sale is on (rules/_empathy_context/sides.py): 16/16, and "they lost your parcel" or
# the reader's own order sold out still block (tests below).
@pytest.mark.parametrize("text", THIRD_PARTY_ON_READERS_SIDE + GOOD_NEWS_IN_LOSS_WORDS + TECHNICAL)
def test_third_parties_good_news_and_explanations_are_clean(text):
    assert blocking(text) == []


STILL_THE_READERS_LOSS = [
    "Hi Priya,\n\nThe courier has been hopeless: they lost your parcel in their depot and can't trace it.\n\nBest,\nTom",
    "Hi Jade,\n\nThe jacket you ordered sold out before your payment went through, so the order has been cancelled.\n\nCheers,\nRory",
    "Dear Mr Abadi,\n\nYour flight on the 12th has been cancelled by the airline.\n\nYours sincerely,\nClaimRight",
]


@pytest.mark.parametrize("text", STILL_THE_READERS_LOSS)
def test_the_readers_own_loss_blocks_whoever_is_blamed(text):
    assert "EMP001" in blocking(text)


# A cancellation told beside a jibe at someone else is still news for the reader (the
# jibe judges the other students, not the party that cancelled): heldout3 lost one draft
# of this shape to the first version of sides.py.
NEWS_BESIDE_A_JIBE = [
    "Hi Raj,\n\nThe spring pottery class is cancelled as too few signed up. Frankly, the last lot were hopeless at clay anyway.\n\nFees will be refunded.\n\nStudio 9",
    "Hi Mo,\n\nSaturday's coach trip to York is called off, not enough bookings. To be honest the regulars have been a shambles about paying on time.\n\nCheers,\nTours",
]


@pytest.mark.parametrize("text", NEWS_BESIDE_A_JIBE)
def test_news_beside_a_jibe_at_someone_else_still_needs_an_acknowledgement(text):
    assert {"EMP001", "EMP004"} & set(codes(text))


# -- dates with a year, days alone, what was booked not available ------------------------------
# first try: 3/6 blocked (the 'rather than' and 'isn't available' sentences, by the
# bad-news model), negatives 6/6 clean; after reading months with a year and days named
# alone as dates, "turnover" and "move-in" as deliveries, and "your room ... is not
# available" as a cue: 6/6, negatives 6/6 clean.

DATED_LATER = [
    "Dear Mr Reyes,\n\nPlease be advised that the turnover of your condo unit has been moved from November 2026 to March 2027. The revised schedule is attached.\n\nCustomer Care",
    "Hi Aoife,\n\nThe developer has told us handover of your apartment will now be in September 2027 rather than June 2027.\n\nThanks,\nSales Team",
    "Hi Jess,\n\nThe bridesmaid dresses will now arrive on the 24th rather than the 3rd, as the dye lot failed.\n\nBest,\nMira",
    "Hey Tom,\n\nBad luck with the timing: your van will be ready on the 30th instead of the 12th.\n\nGaz",
    "Dear Ms Tiwari,\n\nDue to a burst pipe, your room for tonight is not available. We have arranged a room at the Park Hotel nearby.\n\nReception",
    "Hi Leo,\n\nYour pitch at the Saturday market isn't available this week; the council has closed that end of the square.\n\nMarket Office",
]
DATED_FINE = [
    "Dear Mr Reyes,\n\nGood news: the turnover of your condo unit has been brought forward from March 2027 to November 2026.\n\nCustomer Care",
    "Hi Jess,\n\nThe bridesmaid dresses will now arrive on the 3rd rather than the 24th, so you'll have them early.\n\nBest,\nMira",
    "Hi Aoife,\n\nHandover of your apartment is confirmed for June 2027, as planned.\n\nThanks,\nSales Team",
    "Dear Ms Tiwari,\n\nYour room will be ready from 2pm, and parking is free for guests.\n\nReception",
    "Hi Sam,\n\nIf the signed form does not reach us by Friday, the booking cannot be held. It arrived this morning, so you're all set.\n\nRegards,\nDana",
    "Hi Sam,\n\nWithout a reference number the payment cannot be matched, so please add INV-2231 when you pay.\n\nRegards,\nDana",
]


@pytest.mark.parametrize("text", DATED_LATER)
def test_dated_news_later_or_booked_gone_blocks(text):
    assert "EMP001" in blocking(text)


@pytest.mark.parametrize("text", DATED_FINE)
def test_dated_news_earlier_as_planned_or_conditional_is_clean(text):
    assert blocking(text) == []
