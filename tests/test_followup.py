"""FUP001: a promise to come back that gives no time."""
from __future__ import annotations

import pytest
from helpers import findings


def fup(text: str) -> list[str]:
    return [f.excerpt for f in findings(text) if f.code == "FUP001"]


@pytest.mark.parametrize("sentence,flagged", [
    ("I'll get back to you soon.", "soon"),
    ("We'll look into it.", "look into it"),
    ("You'll hear from us shortly.", "shortly"),
    ("We will review your request in due course.", "in due course"),
    ("I will send the corrected invoice ASAP.", "ASAP"),
    ("Our team will get back to you as soon as possible.", "as soon as possible"),
    ("I'll let you know.", "let you know"),
])
def test_vague_follow_up(sentence, flagged):
    assert fup(f"Hi Tom,\n\n{sentence}\n\nBest,\nAnn\n") == [flagged]


@pytest.mark.parametrize("sentence", [
    "I'll get back to you by Friday noon.",
    "We'll look into it and reply within two hours.",
    "I will send the corrected invoice tomorrow morning.",
    "I'll let you know once the engineers have restarted the server.",
    "We'll get back to you at 3pm CET.",
    "I'll update you by end of day.",
    "Could you get back to me soon?",                # a question to the client
    "Please get back to us soon.",                   # asks the client, promises nothing
    "The new release is coming soon.",               # no one commits to anything
    "I'll get back to you on 2026-12-09.",
    "I won't be able to look into it.",
])
def test_follow_up_hard_negatives(sentence):
    assert fup(f"Hi Tom,\n\n{sentence}\n\nBest,\nAnn\n") == []


def test_quoted_promise_is_not_ours():
    text = "Hi Tom,\n\nDone: the refund went out today.\n\nOn Mon, Tom wrote:\n> I'll get back to you soon.\n"
    assert fup(text) == []


@pytest.mark.parametrize("sentence", [
    "I hope we will get to meet in person soon.",
    "I'll talk to you soon.",
    "I will let you know if there are any updates.",
    "We will need to notify the board very soon.",
    "I also need to let you know we will have an extra guest.",
    "I shall call you within the next few days.",
    "I will let you know the minute it's back up.",
])
def test_follow_up_hard_negatives_from_real_mail_shapes(sentence):
    assert fup(f"Hi Tom,\n\n{sentence}\n\nBest,\nAnn\n") == []


# -- FUP002: a reply to the client's question that says nothing about it ---------------
TOM = "Tom Baker <tom@acme.example>"


def quoted(*lines: str, who: str = TOM) -> str:
    return f"\n\nOn Mon, 3 May 2026, {who} wrote:\n" + "".join(f"> {line}\n" for line in lines)


WHEN = quoted("Hi Ann,", "When will my refund be processed?", "Thanks, Tom")
SEND = quoted("Hi Ann,", "Could you send me the invoice again please.", "Thanks, Tom")


def fup2(body: str, quote: str = WHEN, **kwargs) -> list:
    text = f"Hi Tom,\n\n{body}\n\nKind regards,\nAnn Lee{quote}"
    return [f for f in findings(text, to=TOM, **kwargs) if f.code == "FUP002"]


@pytest.mark.parametrize("body,quote,flagged", [
    ("Thanks for your email. I've passed this on to our billing team.", WHEN,
     "I've passed this on to our billing team."),
    ("Thanks for your email. I'm so sorry for the delay with your refund. We appreciate your patience.", WHEN,
     "We appreciate your patience."),
    ("Thank you for getting in touch. We are looking into it.", WHEN, "We are looking into it."),
    ("I understand how frustrating this is. Let me know if you have any other questions.", WHEN,
     "Let me know if you have any other questions."),
    ("Thanks for your message!", SEND, "Thanks for your message!"),
    ("Noted, thanks.", SEND, "Noted, thanks."),
    ("Thank you for reaching out to us regarding your refund.", WHEN,
     "Thank you for reaching out to us regarding your refund."),
    ("Thank you for contacting us about your refund. I have escalated your case to our specialist team.", WHEN,
     "I have escalated your case to our specialist team."),
    ("Thank you for your patience while we look into this.", WHEN, "Thank you for your patience while we look into this."),
    ("Thanks so much for flagging this! Really appreciate it.", SEND, "Really appreciate it."),
])
def test_reply_with_no_next_step(body, quote, flagged):
    (f,) = fup2(body, quote)
    assert f.excerpt == flagged and f.severity.name == "INFO" and f.part == "body"
    assert "the client asked '" in f.message


@pytest.mark.parametrize("body,quote", [
    ("Yes, the invoice was paid on 3 May.", WHEN),           # the answer is the content
    ("Thanks, done.", SEND),                                # a short "done" to a request
    ("Sure.", SEND),
    ("Attached.", SEND),
    ("Here it is.", SEND),
    ("Thanks for your email. Which invoice do you mean?", SEND),   # a question back
    ("Thanks for your email. I'll send it by Friday.", SEND),      # a next step with a time
    ("Thanks for your email. The refund went out today.", WHEN),
    ("Sorry for the delay, the refund was processed yesterday.", WHEN),
    ("I understand the refund was processed on Monday.", WHEN),
    ("I'm sorry for the delay and the refund has now been approved.", WHEN),
    ("Thanks for your message and the refund went out today.", WHEN),
    ("Thanks for your email about the 3 invoices.", SEND),         # a figure: it says something
    ("Thanks for your email, I've forwarded it to Sarah, who will reply by noon.", WHEN),
    ("Thanks for your email.", quoted("Hi Ann,", "How are you? Hope all is well.", "Tom")),   # small talk
    ("Thanks for your email.", quoted("Hi Ann,", "The parcel arrived today, all good.", "Tom")),  # no question
])
def test_reply_with_no_next_step_hard_negatives(body, quote):
    assert fup2(body, quote) == []


def test_a_vague_promise_is_fup001s_not_flagged_twice():
    text = f"Hi Tom,\n\nThanks for your email. We'll look into it.\n\nKind regards,\nAnn Lee{WHEN}"
    assert [f.code for f in findings(text, to=TOM) if f.code.startswith("FUP")] == ["FUP001"]


def test_only_the_clients_latest_message_is_read():
    # A question in older history (quoted inside the client's latest message) was asked before.
    older = quoted("Hi Ann,", "Got it, the parcel arrived.", "", "On Sun, Ann Lee <ann@ourco.example> wrote:",
                   "> Hi Tom, when will you be home for the delivery?")
    assert fup2("Thanks for letting me know.", older) == []


def test_a_colleagues_or_forwarded_question_is_not_the_clients():
    colleague = quoted("Bea, can you check the refund?", who="Bea Ng <bea@ourco.example>")
    assert fup2("Thanks for your email.", colleague) == []


def test_an_inline_answer_is_an_answer():
    text = ("Hi Tom,\n\nThanks for your email.\n\nOn Mon, 3 May 2026, Tom Baker <tom@acme.example> wrote:\n"
            "> When will my refund be processed?\n\nIt went out today.\n\n> Thanks, Tom\n")
    assert [f for f in findings(text, to=TOM) if f.code == "FUP002"] == []
    unanswered = text.replace("It went out today.", "Thanks for asking.")
    assert [f.excerpt for f in findings(unanswered, to=TOM) if f.code == "FUP002"] == ["Thanks for asking."]


def test_the_question_can_come_from_in_reply_to():
    text = "Hi Tom,\n\nThanks for your email. I've passed this on to our billing team.\n\nKind regards,\nAnn"
    (f,) = [f for f in findings(text, in_reply_to="Hi Ann, could you send me the invoice again? Tom") if f.code == "FUP002"]
    assert "could you send me the invoice again?" in f.message
    assert [f for f in findings(text) if f.code == "FUP002"] == []   # no client message: nothing asked


def test_the_question_can_come_from_the_cli_in_reply_to(tmp_path):
    from click.testing import CliRunner

    from replylint.cli import main

    draft = tmp_path / "d.txt"
    draft.write_text("Hi Tom,\n\nThanks for your email. We are looking into it.\n\nBest,\nAnn\n", encoding="utf-8")
    asked = tmp_path / "in.eml"
    asked.write_text("From: Tom <tom@acme.example>\nTo: ann@ourco.example\nSubject: refund\n\n"
                     "Hi Ann, when will my refund be processed?\nTom\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", "--select", "FUP002", "--in-reply-to", str(asked), str(draft)])
    assert r.exit_code == 0 and "FUP002" in r.output and "d.txt:3:24" in r.output
    answered = tmp_path / "a.txt"
    answered.write_text("Hi Tom,\n\nThanks for your email. It went out on Monday.\n\nBest,\nAnn\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", "--select", "FUP002", "--in-reply-to", str(asked), str(answered)])
    assert "FUP002" not in r.output


def test_a_question_in_the_clients_signature_is_not_asked():
    sig = quoted("Hi Ann,", "The parcel arrived today, all good.", "Thanks,", "Tom", "Need a quote? Call 0161 555 0100")
    assert fup2("Thanks for letting me know.", sig) == []
    dashes = quoted("Hi Ann,", "The parcel arrived today.", "-- ", "Tom Baker | Questions? Visit acme.example/help")
    assert fup2("Thanks for letting me know.", dashes) == []
    asked = quoted("Hi Ann,", "Could you send the invoice again?", "Thanks,", "Tom")
    assert len(fup2("Thanks for letting me know.", asked)) == 1


@pytest.mark.parametrize("sentence", [
    # a time tied to the client's own event is a time
    "I'll ring the hotel again two days before you arrive and let you know.",
    "We'll check the booking the day before your flight and get back to you.",
    # a trigger ("until ...", a sequence "..., then I'll ...") is a time too
    "I'll hold the funds in the current account until the transfer clears and let you know.",
    "The parts are on order, then we'll fit them and let you know.",
])
def test_times_tied_to_an_event_and_triggers_are_concrete(sentence):
    assert fup(f"Hi Tom,\n\n{sentence}\n\nBest,\nAnn\n") == []


@pytest.mark.parametrize("sentence,flagged", [
    # "before"/"after" with no event, or "then" with no sequence, is still vague
    ("I'll look into it before long and get back to you.", "look into it"),
    ("We'll get back to you after that, as soon as possible.", "as soon as possible"),
    ("Then I'll let you know.", "let you know"),
])
def test_before_after_and_then_without_an_event_stay_vague(sentence, flagged):
    assert fup(f"Hi Tom,\n\n{sentence}\n\nBest,\nAnn\n") == [flagged]


@pytest.mark.parametrize("text", [
    "I'll update you after his visit.",
    "We'll confirm once her flight lands.",
    "I'll ring you when their report comes in.",
])
def test_an_event_of_a_named_person_is_a_trigger(text):
    assert fup(f"Hi Tom,\n\n{text}\n\nBest,\nAnn\n") == []
    assert fup(f"Hi Tom,\n\n{text.split(' after ')[0].split(' once ')[0].split(' when ')[0]} soon.\n\nBest,\nAnn\n")


def test_info_by_default_so_it_never_blocks():
    (f,) = [f for f in findings("Hi Tom,\n\nWe'll look into it and get back to you shortly.\n\nAnn") if f.code == "FUP001"]
    assert f.severity.name == "INFO"
