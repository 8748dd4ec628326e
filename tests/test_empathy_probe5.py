"""Empathy probe, fifth wave: classes found on heldout7's false alarms and misses, each
probed with drafts written fresh for this file (other words, shapes, Englishes and
registers; none is copied from a labelled set) and same-shape hard negatives.

Classes:
* a bad thing supposed, not told ("any delay at the port would ...", "worst case");
* "I'm afraid" softening a disagreement or a promise withheld, not news;
* "goes down" meaning laid, poured, fallen or well received, not an outage;
* an acknowledgement in general words ("no one wants a bigger bill");
* the writer's own reference ("as stated at checkout", "according to our records") is
  not a third party's story;
* someone else's news told beside the reader's ("their tills were down");
* a quoted note by the draft's own signer, named in full above a first-name sign-off;
* strong news opening a message to one reader, in a paragraph that speaks to them, is
  the reader's own (EMP001) though its sentence does not say "your" (the opening's
  bad-news-model veto still applies).
"""
from __future__ import annotations

import pytest

from replylint import Config, lint_text
from replylint.findings import Severity
from replylint.rules import get_rule

PREVIEW = Config(select=["empathy"], preview=True)


def codes(text: str, config: Config = PREVIEW, **kwargs) -> list[str]:
    """Empathy codes at warning or above (declared severities)."""
    return [f.code for f in lint_text(text, config, **kwargs).findings
            if f.category == "empathy" and f.severity >= Severity.WARNING]


def blocking(text: str, **kwargs) -> list[str]:
    """Empathy codes that block a send at default severities: those whose measured
    precision earns it (the test suite itself runs with REPLYLINT_PREVIEW=1)."""
    return [c for c in codes(text, **kwargs) if get_rule(c).earned]


def mail(greeting: str, body: str, sign: str = "Regards,\nPriya") -> str:
    return f"{greeting}\n\n{body}\n\n{sign}"


# -- a bad thing supposed, not told ------------------------------------------------------

SUPPOSED = [
    "If the vessel berths on time, your pallets should clear by Thursday. Any hold-up at the terminal would push that to Monday, and I'll tell you the moment I know.",
    "Your visa appointment is booked for the 9th. Any delay on the embassy's side would mean a new slot, but there's nothing to suggest one.",
    "The kitchen fit starts on the 3rd. A cancellation this close to the date would cost you the deposit, so do shout early if plans change.",
    "We'll send the proofs on Friday. Any further delays will be posted on the tracker, though we don't expect any.",
    "In the event of a cancellation by the venue, the full fee comes back to you within five days.",
    "Worst case, the shipment slips a week; in that case I'll arrange a courier at our cost.",
    "Should there be any delay with the permit, we would start the groundwork first so nothing is lost.",
    "Your order is packed and leaves tomorrow. An outage at the depot could slow things a day, but that is rare.",
    "Kindly note the parcel is with the carrier. Any unforeseen delay would be informed to you by SMS.",
    "The bank says the transfer lands today. A refusal at their end would come with a reason code, which I'd forward straight away.",
]

TOLD = [
    "The hold-up at the terminal has pushed your pallets to Monday.",
    "The embassy has cancelled your visa appointment on the 9th.",
    "The venue has cancelled the booking for the 3rd, so the dinner cannot go ahead there.",
    "Your proofs are delayed by a week because the printer broke down.",
    "Unfortunately the permit was refused, so the groundwork cannot start in May.",
]


@pytest.mark.parametrize("body", SUPPOSED)
def test_a_bad_thing_supposed_is_not_news(body):
    assert codes(mail("Hi Tomasz,", body)) == [], body


@pytest.mark.parametrize("body", TOLD)
def test_the_same_bad_thing_told_is_news(body):
    assert codes(mail("Hi Tomasz,", body)) in (["EMP001"], ["EMP004"]), body


# -- "I'm afraid" with a disagreement or a promise withheld -------------------------------

AFRAID_ANSWER = [
    "I'm afraid I don't agree that the extra coats were unnecessary: the primer was failing on the north wall.",
    "I'm afraid I can't agree with your reading of the lease; the break clause needs six months' notice.",
    "I'm afraid we don't agree with the valuation in your letter, and our surveyor's report is attached.",
    "I'm afraid I must disagree on the scope: the drawings you signed show the second bathroom.",
    "I can't promise Thursday, I'm afraid, as the carrier sets the route, but I'll chase them in the morning.",
    "I'm afraid I can't guarantee the colour match on a reorder, which is why we suggest ordering spares now.",
    "We won't commit to a date until the survey is back, I'm afraid, but it is booked for Monday.",
]

AFRAID_NEWS = [
    "I'm afraid your application for the bursary was unsuccessful this year.",
    "I'm afraid we have had to cancel your Saturday lesson as the pool is closed.",
    "I'm afraid your laptop could not be repaired and the data on it has been lost.",
    "I'm afraid the hotel has given your room to another guest after the overbooking.",
]


@pytest.mark.parametrize("body", AFRAID_ANSWER)
def test_afraid_with_a_disagreement_is_not_news(body):
    assert codes(mail("Dear Mr Oyelaran,", body)) == [], body


@pytest.mark.parametrize("body", AFRAID_NEWS)
def test_afraid_with_bad_news_is_news(body):
    assert codes(mail("Dear Mr Oyelaran,", body)) in (["EMP001"], ["EMP004"]), body


# -- "goes down": laid, fallen, well received ---------------------------------------------

DOWN_NOT_OUTAGE = [
    ("Slab pour", "The slab goes down on Friday morning and the framers can start on Tuesday."),
    ("Flooring", "The carpet went down yesterday and the skirting goes back on today."),
    ("Driveway", "The tarmac goes down once the kerbs have set, probably Wednesday."),
    ("Your renewal", "Good news on the renewal: your premium went down by about eight percent this year."),
    ("Launch event", "The product demo went down a storm with your sales team on Tuesday."),
    ("Backlog", "The queue of open tickets has gone down to four since the new starter joined."),
    ("Site visit", "Our surveyor went down to the site on Monday and took the measurements."),
]

DOWN_OUTAGE = [
    ("Your booking portal", "Your booking portal went down at 6am and was unavailable for three hours."),
    ("Phones", "The phone lines at your Leeds office went down this morning and calls were lost for two hours."),
    ("Your shop", "Your online shop was down for most of Saturday because of a fault at our host."),
]


@pytest.mark.parametrize("subject, body", DOWN_NOT_OUTAGE)
def test_going_down_without_an_outage_is_not_news(subject, body):
    assert codes(mail("Hi Dermot,", body), subject=subject) == [], body


@pytest.mark.parametrize("subject, body", DOWN_OUTAGE)
def test_an_outage_going_down_is_news(subject, body):
    assert codes(mail("Hi Dermot,", body), subject=subject) in (["EMP001"], ["EMP004"]), body


# -- an acknowledgement in general words --------------------------------------------------

RISE = "Your contents cover will go up from £310 to £352 at renewal, largely because claims costs rose."


@pytest.mark.parametrize("ack", [
    "I appreciate no one wants a bigger bill, least of all in January.",
    "Nobody likes a price rise, and I wanted to give you plenty of notice.",
    "No one enjoys opening a renewal like this one.",
    "None of us want higher bills this winter, I know.",
    "I appreciate this is unwelcome on top of everything else.",
])
def test_acknowledgement_in_general_words_counts(ack):
    assert blocking(mail("Dear Mrs Achebe,", f"{ack} {RISE}")) == [], ack


def test_the_same_rise_without_it_is_flagged():
    assert blocking(mail("Dear Mrs Achebe,", RISE)) == ["EMP001"]


@pytest.mark.parametrize("body", [
    # "no one" / "nobody" as a fact, not the reader's feelings: still news without an acknowledgement
    "No one from our team can attend on the 12th, so the audit has been cancelled. You can rebook online.",
    "Nobody was in to sign for it, so your parcel has gone back to the depot and the delivery has been cancelled.",
])
def test_no_one_as_a_fact_is_no_acknowledgement(body):
    assert codes(mail("Hi Sanjay,", body)) in (["EMP001"], ["EMP004"]), body


# -- the writer's own reference is not a third party's story ------------------------------

@pytest.mark.parametrize("body", [
    "Items bought in the clearance sale are not eligible for return, as stated at checkout. Your return has been closed.",
    "According to our records the direct debit was rejected twice, so your membership has been suspended.",
    "As advised in our letter of 2 May, your claim has been declined under the flood exclusion.",
    "As previously stated, the deposit cannot be refunded, and your booking is now cancelled.",
])
def test_news_citing_our_own_terms_is_still_news(body):
    assert codes(mail("Hi Chiamaka,", body)) in (["EMP001"], ["EMP004"]), body


@pytest.mark.parametrize("body", [
    "Several ferries were cancelled because of the gale, the operator said this morning.",
    "According to the BBC, flights out of Lagos were delayed for hours by the fog.",
    "Thought you'd like to know: rail services were suspended overnight, Network Rail announced.",
])
def test_a_third_partys_story_is_not_news_for_the_reader(body):
    assert codes(mail("Hi Chiamaka,", body)) == [], body


# -- someone else's news beside the reader's ----------------------------------------------

@pytest.mark.parametrize("body", [
    "We'll install yours on a Sunday, because when we did Marlow's on a weekday their tills were down all afternoon.",
    "Your rollout is booked for the quiet week; at the last clinic we did, their booking system was offline for a morning.",
    "We'll migrate you overnight, since when the agency next door went live in the daytime they lost half a day of calls.",
])
def test_someone_elses_outage_told_to_the_reader_is_not_theirs(body):
    assert blocking(mail("Hi Rob,", body)) == [], body


@pytest.mark.parametrize("body", [
    "When we migrated your mailboxes last night your calendar was down for two hours and some invites were lost.",
    "The airline told us they cancelled your flight to Accra, so we are rebooking you on Thursday's.",
])
def test_the_readers_own_outage_is_theirs(body):
    assert blocking(mail("Hi Rob,", body)) == ["EMP001"], body


# -- a quoted note by the draft's own signer ----------------------------------------------

def _with_quote(body: str, author: str, quoted: str, sign: str) -> str:
    q = "\n".join("> " + line for line in quoted.splitlines())
    return f"Hi Trevor,\n\n{body}\n\n{sign}\n\nOn Mon, 7 Dec 2026 at 09:40, {author} wrote:\n{q}\n"


@pytest.mark.parametrize("author, quoted", [
    ("Ali Haddad", "Team - this one has emailed again about the grout. Someone else's turn, I've had enough."),
    ("Ali Haddad <ali@mosaic.example>", "Ugh, this guy again. Can someone else take it please, I'm done for today."),
    ("Mei Ling Tan", "Not my favourite customer. Whoever's free, please pick it up, I'm fed up with him."),
])
def test_the_signers_own_quoted_note_is_not_the_clients_complaint(author, quoted):
    first = author.split()[0]
    assert blocking(_with_quote("Your replacement tiles leave the warehouse tomorrow.", author, quoted,
                                f"Regards,\n{first}")) == [], author


def test_the_clients_own_complaint_above_the_same_reply_is_read():
    quoted = "This is the third time I've chased these tiles. Absolutely fed up with the lack of updates."
    assert blocking(_with_quote("Your replacement tiles leave the warehouse tomorrow.", "Trevor Vance", quoted,
                                "Regards,\nAli")) == ["EMP001"]


# -- strong news opening a message to one reader, in a paragraph speaking to them ----------

READERS_NEWS = [
    ("Dear Mrs O'Rourke,", "The application for a place in Year 5 was unsuccessful as the class is full. You may appeal to the board within 20 school days."),
    ("Hi Ade,", "Photos uploaded on Tuesday night were not stored and cannot be recovered. Please upload them again from your phone."),
    ("Dear Mr Balogun,", "The loan request has been declined after the credit review. You can ask for the reasons in writing."),
    ("Hello Ma'am,", "The refund request stands rejected as the item was used. Kindly find the inspection note attached for your reference."),
    ("Hi Carla,", "The Saturday pottery class has been cancelled as the tutor is unwell. We'll move you to the Sunday group if that suits."),
    ("Dear Dr Fernandes,", "The conference session has been withdrawn from the programme. Your registration fee will be returned."),
    ("Hi Mo,", "The replacement part was damaged in transit and has gone back to the supplier. You'll need to keep the old unit for now."),
    ("Dear Ms Santos,", "The tenancy renewal has not been approved by the landlord. You have until 30 June to move out."),
]

NOT_READERS_NEWS = [
    # a group or a role is addressed: a bulletin
    ("Hi all,", "The Saturday pottery class has been cancelled as the tutor is unwell. You can join Sunday's instead."),
    ("Dear Customer,", "The loyalty scheme has been discontinued. Your points remain valid until June."),
    # planned, or good news, or supposed
    ("Hi Carla,", "The studio will be closed on Monday for planned maintenance. You can still book online."),
    ("Hi Ade,", "Photos uploaded on Tuesday night are all safe, and no files were lost. You don't need to do anything."),
    ("Dear Mr Balogun,", "Any refusal after the credit review would come with written reasons. You can ask us at any time."),
    # the news is in a paragraph that does not speak to the reader, and it is someone else's story
    ("Hi Greg,", "Ferries to the island were cancelled because of the storm, the operator said.\n\nSee you at the office on Monday."),
]


@pytest.mark.parametrize("greeting, body", READERS_NEWS)
def test_opening_news_in_a_paragraph_to_the_reader_is_flagged(greeting, body):
    assert codes(mail(greeting, body)) in (["EMP001"], ["EMP004"]), body


def test_opening_news_in_a_paragraph_to_the_reader_mostly_blocks():
    # Said beside the reader (not in its own sentence), the news still passes the opening's
    # bad-news-model veto (0.3), which keeps market updates and stories out (below); the
    # model reads most of these as bad news.
    blocked = [body for greeting, body in READERS_NEWS if blocking(mail(greeting, body)) == ["EMP001"]]
    assert len(blocked) >= 6, blocked


@pytest.mark.parametrize("body", [
    "Mortgage rates rose again this week after the central bank's decision. If you are on a tracker, your payments will follow.",
    "Shipping costs across the industry have increased sharply since the canal closure. You will see this in most suppliers' prices.",
])
def test_a_market_update_beside_the_reader_does_not_block(body):
    assert blocking(mail("Hi Sam,", body)) == [], body


@pytest.mark.parametrize("greeting, body", NOT_READERS_NEWS)
def test_news_not_the_readers_does_not_block(greeting, body):
    assert blocking(mail(greeting, body)) == [], body


@pytest.mark.parametrize("greeting, body", READERS_NEWS[:4])
def test_an_acknowledgement_clears_the_readers_news(greeting, body):
    assert codes(mail(greeting, "I'm sorry to be writing with this. " + body)) == [], body


# -- recall: decisions against the reader, nothing paid, excluded, a third broken date ----

DECISIONS = [
    ("Dear Ms Wanjiru,", "After the second interview the board has decided not to proceed with your candidacy. We will keep your details on file."),
    ("Hi Lorenzo,", "The trustees have chosen not to renew the grant for next year, and your project funding ends in March."),
    ("Dear Mr Pillai,", "We have opted not to extend your contract beyond the current term ending 31 July."),
    ("Dear Mrs Hughes,", "Having reviewed the photos, no payment will be made on your claim under the accidental damage section."),
    ("Dear Mr Abiodun,", "Roof leaks from wear and tear are excluded under clause 9 of your home policy, so the claim has been closed."),
    ("Hello Ma'am,", "Kindly note that the loss is excluded from your cover as the bag was left unattended."),
    ("Hi Tomasz,", "The hold-up at the terminal has pushed your pallets to Monday."),
    ("Hi Rob,", "The airline told us they cancelled your flight to Accra, so we are rebooking you on Thursday's."),
]


@pytest.mark.parametrize("greeting, body", DECISIONS)
def test_decisions_against_the_reader_are_news(greeting, body):
    assert codes(mail(greeting, body)) in (["EMP001"], ["EMP004"]), body


def test_decisions_against_the_reader_mostly_block():
    # In a message's opening the bad-news model may still veto a cue (at 0.3).
    blocked = [body for greeting, body in DECISIONS if blocking(mail(greeting, body)) == ["EMP001"]]
    assert len(blocked) >= 6, blocked


@pytest.mark.parametrize("greeting, body", [
    # the same words with good news or a plan
    ("Hi Tom,", "Good news: the landlord has decided not to proceed with the rent review, so your rent stays the same."),
    ("Dear Mrs Hughes,", "No payment will be taken until the goods have arrived and you are happy with them."),
    ("Dear Mr Abiodun,", "Delivery and fitting are excluded from your bill this time, as a thank-you for waiting."),
    ("Hi Lorenzo,", "The trustees decided to renew the grant for another year, so your project is funded until 2028."),
    ("Hi Carla,", "Thanks for the quick reply. The third date you suggested, the 14th, works for us."),
    ("Hi Funmi,", "No payment is made until the goods are inspected, so nothing will leave your account before Friday."),
    ("Dear Mr Cruz,", "Pre-existing conditions are excluded under most policies, but yours includes them, so your claim is covered."),
    ("Dear Sir,", "Kindly note we have decided not to charge the late fee this time as a goodwill gesture. Your account is up to date."),
])
def test_the_same_words_as_good_news_are_not(greeting, body):
    assert codes(mail(greeting, body)) == [], body


def _client(quoted: str, body: str = "The fitter now comes on Thursday morning.") -> str:
    q = "\n".join("> " + line for line in quoted.splitlines())
    return f"Hi Jane,\n\n{body}\n\nRegards,\nDean\n\nOn 5 Dec 2026, Jane Okafor wrote:\n{q}\n"


@pytest.mark.parametrize("quoted", [
    "This is now the fourth date you have given us for the worktops.",
    "That's the third engineer visit booked and nobody has turned up yet.",
    "Third appointment cancelled by your side. I took the day off work for it.",
])
def test_a_third_broken_promise_is_a_complaint(quoted):
    assert blocking(_client(quoted)) == ["EMP001"], quoted


@pytest.mark.parametrize("quoted", [
    pytest.param("Could we pick a third date in case the first two don't suit the fitter?",
                 marks=pytest.mark.xfail(strict=True, reason="the complaint model retrained in the sixth wave reads "
                                         "'a third date' in a question as a complaint: a known false alarm")),
    "Thursday is fine. Will it be the same engineer as the first visit?",
])
def test_a_third_option_asked_for_is_no_complaint(quoted):
    assert blocking(_client(quoted)) == [], quoted


# -- done on the reader's own instruction; an old thing replaced -----------------------------

@pytest.mark.parametrize("greeting, body", [
    ("Dear Mr Osei,", "Following your request, your account has been closed and the final balance has been refunded to your card."),
    ("Hi Grace,", "Further to your notice, your tenancy will end on 30 June and the deposit check is booked for that afternoon."),
    ("Dear Ms Ruiz,", "In line with your instructions, your standing order has been cancelled from next month."),
    ("Hi Leo,", "The old router has been cancelled on your account and the new one is active. You can recycle the old box."),
    ("Dear Mr Kamau,", "Your previous SIM has been deactivated and the new one is now working on the same number."),
])
def test_the_readers_own_instruction_or_a_replacement_is_routine(greeting, body):
    assert blocking(mail(greeting, body)) == [], body


@pytest.mark.parametrize("greeting, body", [
    ("Dear Mr Osei,", "Following the fraud review, your account has been closed and the balance is held pending checks."),
    ("Hi Grace,", "The landlord has served notice: your tenancy will be terminated on 30 June."),
])
def test_the_same_change_not_asked_for_is_news(greeting, body):
    assert codes(mail(greeting, body)) in (["EMP001"], ["EMP004"]), body


# -- recall: a place given up, a part no longer made, hours cut -----------------------------

@pytest.mark.parametrize("greeting, body", [
    ("Dear Ms Kaur,", "Your booking for the 14th has been released as the deposit was not received by the deadline."),
    ("Hi Pedro,", "Your table for Saturday has been reallocated because we could not reach you to confirm."),
    ("Dear Mr Reyes,", "The spare part for your boiler is no longer manufactured, so the unit will need replacing rather than repairing."),
    ("Hi Josh,", "Your Saturday shifts are being cut from next month due to lower footfall."),
    ("Dear Ms Obi,", "Your overtime is being stopped from April while the budget is reviewed."),
    ("Dear Mr Banda,", "We have looked into the noise report about your neighbour and will take no further action on it."),
])
def test_a_place_given_up_a_part_gone_hours_cut_are_news(greeting, body):
    assert codes(mail(greeting, body)) in (["EMP001"], ["EMP004"]), body


@pytest.mark.parametrize("greeting, body", [
    ("Dear Ms Kaur,", "The two extra seats we were holding for you have been released, as you asked on Monday."),
    ("Hi Pedro,", "The older model is no longer sold, but the new one fits the same bracket and costs the same."),
    ("Hi Josh,", "Good news: your shifts are not being cut after all, and the rota for next month is attached."),
    ("Dear Mr Banda,", "Your payslips and the signed form arrived safely. No further action is required on your part."),
])
def test_the_same_words_as_routine_or_good_news_are_not(greeting, body):
    assert codes(mail(greeting, body)) == [], body
