"""EMP001-EMP004 with the trained complaint, bad-news and acknowledgement models.

The context decision (does the client complain, does the draft give the recipient bad
news about their own matter, does it acknowledge it) is made by the models together
with the lexicon (``empathy-context = "combined"``, the default).  Positives here use
wording the lexicon does not know; hard negatives are the real-mail false alarms of
the lexicon alone (news stories, bulletins, planned changes).
"""
from __future__ import annotations

import json

import pytest

from replylint import Config, lint_text
from replylint.errors import ConfigError
from replylint.findings import Severity
from replylint.models import MODELS_DIR, available

NAMES = ("complaint", "bad_news", "acknowledgement")
pytestmark = pytest.mark.skipif(
    not set(NAMES) <= set(available()), reason="the empathy models are not shipped in this build"
)

EMP = Config(select=["empathy"], preview=True)
RULES = EMP.with_overrides(options_={"empathy-context": "rules"})
MODELS = EMP.with_overrides(options_={"empathy-context": "models"})


def emp(text: str, config: Config = EMP, **kwargs):
    return [f for f in lint_text(text, config, **kwargs).findings if f.category == "empathy"]


def blocking(text: str, config: Config = EMP, **kwargs) -> list[str]:
    return [f.code for f in emp(text, config, **kwargs) if f.severity >= Severity.WARNING]


def reply(body: str, quoted: str) -> str:
    quoted_lines = "\n".join("> " + line for line in quoted.splitlines())
    return f"{body}\n\nOn Tue, 4 Jun 2024 at 09:12, Sam Patel wrote:\n{quoted_lines}\n"


COLD = "Hi Sam,\n\nYour order number is QX-7781. It left our warehouse on Friday.\n\nRegards,\nSupport"


# -- the shipped models score a fixed set of sentences as recorded ------------------------

@pytest.mark.parametrize("name", NAMES)
def test_recorded_probes_separate_positives_from_negatives(name):
    """model.json records the score spaCy gave each probe at training time
    (tests/test_models.py checks an installed wheel reproduces them); the first half of
    each corpus' PROBES are positives, the second half negatives."""
    meta = json.loads((MODELS_DIR / name / "model.json").read_text(encoding="utf-8"))
    probes = meta["probes"]
    assert len(probes) == 6
    scores = [p["scores"][name] if isinstance(p.get("scores"), dict) else p["score"] for p in probes]
    positives, negatives = scores[:3], scores[3:]
    assert min(positives) > max(negatives), (name, scores)


# -- complaints the lexicon does not know -------------------------------------------------

@pytest.mark.parametrize("complaint", [
    "Your so-called express delivery took eleven days.",
    "Not sure why I even bother with you people any more.",
    "Sana naman maayos niyo na, it's been a week po.",
])
def test_complaint_in_other_words_needs_acknowledgement(complaint):
    assert emp(reply(COLD, complaint), RULES) == []  # the lexicon alone misses it
    found = emp(reply(COLD, complaint))
    assert [f.code for f in found] == ["EMP001"]
    assert found[0].severity == Severity.WARNING
    assert "read as a complaint by the model" in found[0].message
    assert found[0].score is not None and found[0].score >= 0.8


@pytest.mark.parametrize("not_complaint", [
    "I'm crying 😂 that video of the office dog is the best thing all week.",
    "We miss you at the Thursday quiz! Are you coming back?",
    "Thanks so much, the parcel arrived today and it's perfect!",
    "Could you let me know when the engineer is coming?",
])
def test_happy_or_neutral_client_is_no_complaint(not_complaint):
    assert blocking(reply(COLD, not_complaint)) == []


def test_complaint_in_the_in_reply_to_text_is_read_by_the_model():
    found = emp(COLD, in_reply_to="Not sure why I even bother with you people any more.")
    assert [f.code for f in found] == ["EMP001"]
    assert "the message you reply to says" in found[0].message


def test_acknowledgement_in_other_words_counts():
    body = ("Hi Sam,\n\nThat is a rotten way to be treated and you deserved much better from us. "
            "Your order number is QX-7781 and it left on Friday.\n\nRegards,\nSupport")
    assert blocking(reply(body, "Not sure why I even bother with you people any more.")) == []


# -- bad news the lexicon's reading gets wrong ----------------------------------------------

NEWS = (
    "Hi Greg,\n\nThought you'd find this interesting.\n\n"
    "Several flights were cancelled due to the storm, the airline said. "
    "Shares in the carrier fell 4 percent and analysts expect further delays.\n\n"
    "Best,\nAmy"
)
BULLETIN = (
    "All,\n\nOUTAGE NOTICE: the trading system will be down Saturday 8 pm to Sunday 2 am "
    "for upgrades. Save your work before you leave.\n\nIT Operations"
)


@pytest.mark.parametrize("draft, as_own_news", [
    # The same words as the writer's own news to one reader would be flagged:
    (NEWS, NEWS.replace(", the airline said", "")),            # a story reported from a third party
    (BULLETIN, BULLETIN.replace("All,", "Hi Sam,")),            # a broadcast to a group
])
def test_news_and_bulletins_are_not_the_readers_bad_news(draft, as_own_news):
    assert emp(draft) == []
    assert emp(draft, RULES) == []  # whose news it is is read before any model
    # EMP004, or EMP001 where the news's paragraph speaks to the reader ("Save your work")
    assert [f.code for f in emp(as_own_news, RULES)] in (["EMP004"], ["EMP001"])


@pytest.mark.parametrize("draft", [
    "Hi Jo,\n\nGood news: the review came back early, so your launch won't be held up at all.\n\nCheers,\nOla",
    "Hi Jo,\n\nRoutine maintenance is scheduled overnight on Sunday (1am to 3am). You don't need to do anything.\n\nIT",
    "Hi Jo,\n\nFollowing your call, your delivery is now on Monday 23 June as you wanted.\n\nBest,\nOakhouse",
    "Hi Jo,\n\nWe regret that your phone line was down for three hours on Tuesday; a credit is on its way.\n\nLiffey Telecom",
])
def test_routine_good_and_acknowledged_news_is_clean(draft):
    assert blocking(draft) == []


def test_bad_news_without_acknowledgement_blocks():
    draft = ("Dear Ms Clarke,\n\nYour order has been cancelled because the item sold out.\n\n"
             "Yours sincerely,\nAccounts Team")
    found = emp(draft)
    assert [f.code for f in found] == ["EMP001"]
    assert found[0].severity == Severity.WARNING


def test_models_mode_reads_bad_news_without_the_lexicon():
    # The bad-news model's own findings count by default since the sixth wave
    # (bad-news-model-threshold 0.9, in a message to a reader named in its salutation);
    # 1 turns them off.
    draft = ("Hi Jo,\n\nYour laptop's hard drive has failed and the data on it could not be saved.\n\n"
             "Regards,\nRepairs")
    assert [f.code for f in emp(draft, MODELS)] == ["EMP001"]
    off = MODELS.with_overrides(options_={**MODELS.options_, "bad-news-model-threshold": 1.0})
    assert emp(draft, off) == []
    # The same news in a message that names no reader is the lexicon's to find, not the model's.
    unnamed = draft.replace("Hi Jo,", "Hello,")
    assert emp(unnamed, MODELS) == []
    anyone = MODELS.with_overrides(options_={**MODELS.options_, "bad-news-model-named-reader": False})
    assert [f.code for f in emp(unnamed, anyone)] == ["EMP001"]


# -- options ---------------------------------------------------------------------------

def test_thresholds_turn_the_models_own_findings_off():
    off = EMP.with_overrides(options_={"complaint-model-threshold": 1.0})
    complaint = "Not sure why I even bother with you people any more."
    assert emp(reply(COLD, complaint), off) == []


def test_veto_zero_restores_the_lexicon_reading():
    # "you" in a sentence the bad-news model reads as routine, in a message to a group (to
    # a reader named in the salutation, bad-news-model-veto-addressed-body applies instead).
    draft = ("Hi all,\n\nThanks for the call on Monday. The team met and reviewed the plan. The minutes "
             "are attached. You will see the Leeds plant outage in the quarterly figures.\n\nOps")
    keep_all = EMP.with_overrides(options_={"bad-news-model-veto": 0.0})
    assert blocking(draft) == []
    assert blocking(draft, keep_all) == ["EMP001"]


def test_news_said_to_the_reader_in_the_opening_has_a_lower_veto():
    # (said to the reader but not of their matter as its subject: "your portion has been
    # pushed back" is theirs whatever the model says)
    draft = "Hi Jo,\n\nWe have pushed back your portion of the presentation to next week.\n\nOps"
    assert blocking(draft) == ["EMP001"]
    strict = EMP.with_overrides(options_={"bad-news-model-veto-addressed": 0.75})
    assert "EMP001" not in blocking(draft, strict)
    # Deeper in a message to a named reader, bad-news-model-veto-addressed-body applies
    # (default 0: news said to them counts); to a group, the usual veto.
    deeper = draft.replace("Hi Jo,\n\n", "Hi Jo,\n\nThanks for the call. The team met. The minutes are attached. ")
    assert blocking(deeper) == ["EMP001"]
    assert "EMP001" not in blocking(deeper, EMP.with_overrides(options_={"bad-news-model-veto-addressed-body": 0.75}))
    assert "EMP001" not in blocking(deeper.replace("Hi Jo,", "Hi all,"))


def test_what_a_document_holds_is_its_topic_not_news():
    draft = ("Dear Outage Database Customer,\n\nAttached you will find a spreadsheet with the plant "
             "outages listed by region. Your daily file will still contain these outages.\n\nData Desk")
    assert emp(draft, RULES) == []
    assert blocking(draft.replace("will still contain these", "has been held up by the"), RULES) == ["EMP001"]


@pytest.mark.parametrize("key, value", [
    ("empathy-context", "both"),
    ("bad-news-model-threshold", 1.5),
    ("bad-news-model-named-reader", "yes"),
    ("complaint-model-veto", "high"),
])
def test_bad_option_values_are_config_errors(tmp_path, key, value):
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text(f"[tool.replylint]\n{key} = {json.dumps(value)}\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        Config.load(cfg)


def test_our_doing_opening_an_addressed_message_is_the_readers_news():
    news = "We will no longer be able to act as accountants for Castellano Deli Ltd after 31 December."
    assert blocking(f"Dear Mr Castellano,\n\n{news}\n\nRegards,\nHarlow & Co") == ["EMP001"]
    # Not addressed to anyone: whose news it is stays open (no finding by the lexicon).
    assert emp(f"{news}\n\nHarlow & Co", RULES) == []
