"""Trained models: shipped in the wheel, loaded offline through the spaCy component, and
scoring sentences as recorded when they were trained; the rules built on them have
real positives and hard negatives."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from replylint import lint_text
from replylint.config import Config
from replylint.rules import option_default
from replylint.errors import ConfigError
from replylint.models import MODELS_DIR, available, scores_of
from replylint.pipeline import build_language

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = available()
TOLERANCE = 2e-3


def codes(text: str, **options) -> list[str]:
    cfg = Config.from_dict(options) if options else Config()
    return [f.code for f in lint_text(text, cfg).findings]


def test_remark_and_overpromise_models_ship():
    assert {"remark", "overpromise"} <= set(SHIPPED)
    for name in SHIPPED:
        meta = json.loads((MODELS_DIR / name / "model.json").read_text())
        assert meta["labels"] and meta["probes"], name
        assert meta["seed"] == 18


def test_component_is_registered_the_spacy_way():
    nlp = build_language(None)
    assert nlp.pipe_names[-1] == "replylint_classifier"
    assert nlp.get_pipe_meta("replylint_classifier").factory == "replylint_classifier"
    comp = nlp.get_pipe("replylint_classifier")
    assert set(comp.labels) >= {"remark", "overpromise"}


def _probes():
    for name in SHIPPED:
        meta = json.loads((MODELS_DIR / name / "model.json").read_text())
        for probe in meta["probes"]:
            yield name, probe["text"], probe["scores"]


@pytest.mark.parametrize("name,text,recorded", list(_probes()))
def test_component_scores_like_spacys_textcat_did_at_training_time(name, text, recorded):
    nlp = build_language(None)
    doc = nlp(text)
    for label, score in recorded.items():
        got = list(scores_of(doc, label))
        assert len(got) == 1, f"{text!r} should be one sentence"
        assert got[0][2] == pytest.approx(score, abs=TOLERANCE)


def test_scores_are_per_sentence_with_offsets():
    text = "Thanks for the files. FYI this guy is clueless lol. See you Monday."
    doc = build_language(None)(text)
    s = scores_of(doc, "remark")
    spans = [text[a:b] for a, b, _ in s]
    assert spans == ["Thanks for the files.", "FYI this guy is clueless lol.", "See you Monday."]
    assert max(s.scores) == s.scores[1]
    assert s.at(text.index("clueless")) == s.scores[1]


# -- RMK004 -----------------------------------------------------------------------------
REMARKS = [
    "Hi Jo,\n\nThanks, all sorted.\n\n> [10:42] Dev: lol this client again\n> [10:43] Sam: total muppet tbh\n",
    "Hi Jo,\n\nDone.\n\n---------- Forwarded message ---------\nFrom: Sam <sam@ourco.example>\n\nhonestly their procurement guy is as thick as mince\n",
    "Hi Jo,\n\nAttached. What a bunch of clowns over there lol.\n\nBest,\nAl\n",
]


@pytest.mark.parametrize("text", REMARKS)
def test_rmk004_flags_remarks_the_phrase_rules_miss(text):
    found = codes(text)
    assert "RMK004" in found or {"RMK001", "RMK002", "RMK003"} & set(found)


HARD_NEGATIVES_REMARK = [
    "Hi Jo,\n\nThe old portal is rubbish on mobile, I agree; we're replacing it in May.\n\nBest,\nAl\n",
    "Hi Jo,\n\nMy mistake, I sent last year's invoice. The right one is attached.\n\nBest,\nAl\n",
    "Hi Jo,\n\nMs. Cockburn will chair the meeting in Scunthorpe on Friday.\n\nBest,\nAl\n",
    "Hi Jo,\n\nI'm afraid we can't waive the fee, as the booking terms set out.\n\nBest,\nAl\n",
    "Dear Ms. Reyes,\n\nI'm sorry the delivery let you down, and I understand why you're angry.\n\n"
    "On Mon, Jo Reyes <jo@client.example> wrote:\n> Your courier is useless and your service is crap.\n",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES_REMARK)
def test_rmk004_hard_negatives(text):
    assert "RMK004" not in codes(text)


def test_rmk004_threshold_is_an_option():
    # A remark the phrase rules do not know ("dey craze" and "a proper cowboy", earlier
    # examples, are theirs now).
    text = "Hi Jo,\n\nAttached. Maybe ask a grown-up in your team to read the quote with you.\n\nBest,\nAl\n"
    assert "RMK004" in codes(text)
    # Three models make RMK004 findings; each has its own threshold (this one: remark_broad).
    assert "RMK004" in codes(text, **{"remark-model-threshold": 1.0, "abuse-model-threshold": 1.0})
    assert "RMK004" not in codes(text, **{"remark-model-threshold": 1.0, "abuse-model-threshold": 1.0,
                                          "remark-broad-model-threshold": 1.0})
    with pytest.raises(ConfigError):
        Config.from_dict({"remark-model-threshold": 1.5})
    with pytest.raises(ConfigError):
        Config.from_dict({"abuse-model-threshold": 0})


def test_rmk004_reads_the_abuse_model_too():
    """Slurs and sexual insults the remark model is not sure of: the abuse model is."""
    text = "Hi Jo,\n\nAttached.\n\n> [10:42] Dev: tell that hoe at the front desk to move her car\n"
    doc = build_language(None)(text)
    abuse, remark = scores_of(doc, "abuse"), scores_of(doc, "remark")
    assert abuse is not None and remark is not None
    assert "RMK004" in codes(text, **{"remark-model-threshold": 1.0})


def test_rmk004_reads_both_models_agreeing():
    """A remark neither model is sure of alone (here: remark below 0.99, abuse below 0.92)
    is a finding where both lean the same way; the agreement has its own options and goes
    off with either model."""
    text = "Hi Jo,\n\nAttached.\n\n> [10:42] Dev: the lady in billing is a witch\n"
    agreed = {"remark-model-threshold": 0.99, "remark-model-threshold-agreed": 0.85, "abuse-model-agreement": 0.7,
              "remark-broad-model-threshold": 1.0}
    assert "RMK004" in codes(text, **agreed)
    assert "RMK004" not in codes(text, **{**agreed, "remark-model-threshold-agreed": 1.0})
    assert "RMK004" not in codes(text, **{**agreed, "abuse-model-agreement": 0.9})
    assert "RMK004" not in codes(text, **{**agreed, "abuse-model-threshold": 1.0})
    # The same words about a play: neither model leans towards a remark.
    assert "RMK004" not in codes("Hi Jo,\n\nThe lady in the school play is a witch; tickets are attached.\n\nBest,\nAl\n", **agreed)


ABUSE_HARD_NEGATIVES = [
    # Dutch "hoe" (how) and "kunt" (can): everyday words that look like English abuse.
    "Hoi Jan,\n\nHoe gaat het met de levering? Kunt u de factuur vandaag sturen?\n\nGroet,\nAnna\n",
    # A word with an ordinary meaning beside an abusive one (a garden tool).
    "Hi Jo,\n\nThe hoe and rake are in the shed; the gardener can collect them on Friday.\n\nBest,\nAl\n",
    # A long business sentence of everyday words: figures, not a remark.
    "Hi Jo,\n\nOrders this month are up from last month's total of 48, a record for the desk.\n\nBest,\nAl\n",
]


@pytest.mark.parametrize("text", ABUSE_HARD_NEGATIVES)
def test_rmk004_abuse_hard_negatives(text):
    assert "RMK004" not in codes(text)


def test_model_findings_carry_their_score_in_json_and_sarif():
    from replylint.api import lint_text as api_lint

    report = api_lint("Hi Jo,\n\nAttached. Maybe ask a grown-up in your team to read the quote with you.\n\n"
                      "The bloody courier is late again.\n\nBest,\nAl\n")
    model = [f for f in report.findings if f.code == "RMK004"]
    assert model and 0.9 <= model[0].score <= 1.0
    assert model[0].to_dict()["score"] == model[0].score
    sarif = json.loads(report.format("sarif"))
    props = [r["properties"] for r in sarif["runs"][0]["results"] if r["ruleId"] == "RMK004"]
    assert props and props[0]["score"] == model[0].score
    rule_only = [f for f in report.findings if f.score is None]
    assert rule_only and all("score" not in f.to_dict() for f in rule_only)


# -- the installed wheel --------------------------------------------------------------
def test_wheel_ships_every_model_within_budget(wheel):
    z = zipfile.ZipFile(wheel)
    names = set(z.namelist())
    for name in SHIPPED:
        assert f"replylint/models/{name}/weights.bin" in names
        assert f"replylint/models/{name}/model.json" in names
    model_bytes = sum(i.compress_size for i in z.infolist() if i.filename.startswith("replylint/models/"))
    assert model_bytes <= 15 * 1024 * 1024


def test_installed_wheel_scores_the_probes_as_recorded(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    probes = [(text, rec) for _, text, rec in _probes()]
    code = (
        "import json, sys, replylint.models as M; from replylint.pipeline import build_language;"
        "nlp = build_language(None); out = [];\n"
        "for text, rec in json.loads(sys.stdin.read()):\n"
        "    doc = nlp(text); out.append({lab: [s for _, _, s in M.scores_of(doc, lab)] for lab in rec})\n"
        "print(M.MODELS_DIR); print(json.dumps(out))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    p = subprocess.run([sys.executable, "-c", code], input=json.dumps(probes), capture_output=True, text=True,
                       cwd=tmp_path, env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    where, got = p.stdout.splitlines()
    assert where.startswith(str(target))
    for (text, rec), scores in zip(probes, json.loads(got)):
        for label, score in rec.items():
            assert scores[label] == [pytest.approx(score, abs=TOLERANCE)], text


# -- PRM008 -----------------------------------------------------------------------------
def prm008(text: str) -> list:
    cfg = Config.from_dict({"preview": True, "select": ["PRM008"]})
    return [f for f in lint_text(f"Hi Jo,\n\n{text}\n\nBest,\nAl\n", cfg).findings if f.code == "PRM008"]


@pytest.mark.parametrize("text", [
    "Rest assured, the council will approve your extension.",
    "Your appeal will certainly succeed.",
    "Trust me, the bank will approve the loan.",
])
def test_prm008_reads_certainty_about_what_others_decide(text):
    found = prm008(text)
    assert found and found[0].score >= 0.8
    assert found[0].excerpt == text


@pytest.mark.parametrize("text", [
    "We expect the van on Thursday, though the haulier confirms the slot.",
    "I will ring you at 4 to go through the figures.",
    "Import finished: 100% (52/52 rows), no warnings.",
    "I cannot promise the council will approve the extension.",
    "If the survey is clean, the bank should approve the loan.",
    "Our 30-day money-back guarantee applies to this order.",
    "There is no parking charge after 6pm.",
])
def test_prm008_hard_negatives(text):
    assert prm008(text) == []


# A fifth-wave probe of fresh sentences of our own (not in any corpus or labelled set),
# measured before anything was changed: the shipped model finds 12 of 25 such promises
# (these) and none of 30 same-topic hard negatives (some below).  What it misses is
# recorded as strict xfails: a retrained model that reads them must move them up.
@pytest.mark.parametrize("text", [
    "The tax office will wipe the surcharge, so don't bother paying it.",
    "The estate agent will find you a tenant by Friday, they never fail.",
    "Your pension transfer will go through before the end of the tax year, guaranteed.",
    "The fund manager will turn your ten thousand into twenty by 2030.",
    "Don't bother with travel insurance, the cruise line will cover anything that happens.",
    "The allotment committee will give you the plot by the spring, I'm sure of it.",
    "Sir, the customs officer will release the consignment tomorrow itself, no tension.",
    "The appeal panel will reinstate your licence at the hearing.",
    "Go ahead and pay for the venue, the grant will cover it in full.",
    # Read since the sixth wave by the second model (overpromise_broad, at 0.97).
    "Your broadband will never cut out again, the new cabinet sorted that.",
    pytest.param("Our partners in Dubai will get the shipment through customs overnight.",
                 marks=pytest.mark.xfail(strict=True, reason="scored below both models' thresholds")),
    pytest.param("The liquidators will pay your invoice in full next month.",
                 marks=pytest.mark.xfail(strict=True, reason="scored below both models' thresholds")),
    pytest.param("Your daughter's appeal to the college will definitely succeed.",
                 marks=pytest.mark.xfail(strict=True, reason="scored below both models' thresholds")),
])
def test_prm008_fresh_probe_positives(text):
    found = prm008(text)
    assert found and found[0].score >= 0.8 and text.startswith(found[0].excerpt.rstrip("…"))


@pytest.mark.parametrize("text", [
    "We've sent the surcharge appeal and the tax office will reply in writing.",
    "The estate agent is advertising the flat and has three viewings booked.",
    "Pension transfers can take several weeks, so we've started early.",
    "The fund has grown by about 6% a year since launch, though that's no guide to the future.",
    "I'd recommend travel insurance, as the cruise line's cover is limited.",
    "The allotment committee allocates plots from the waiting list each spring.",
    "Sir, we have filed the papers with customs and will update you once they release it.",
    "Your licence appeal has been listed for hearing on the 12th.",
    "I'd wait for the grant decision before paying for the venue.",
    "Your monthly payment will go up by £2 when the new rates start.",
    "The panel ruled in your favour this morning.",
    "The policy says the insurer will pay for emergency repairs up to £500.",
])
def test_prm008_fresh_probe_hard_negatives(text):
    assert prm008(text) == []


def test_prm008_reads_the_second_model_at_its_own_threshold():
    """The second overpromise model (overpromise_broad) reads promises the first scores
    low; it makes a finding only at `overpromise-broad-model-threshold` (default 0.97),
    reported once with the higher score, and goes off on its own."""
    text = "The removal firm will have all your boxes in the new house by lunchtime on Friday."
    doc = build_language(None)(text)
    first, broad = scores_of(doc, "overpromise").scores[0], scores_of(doc, "overpromise_broad").scores[0]
    assert first < option_default("overpromise-model-threshold") <= option_default("overpromise-broad-model-threshold") <= broad
    found = prm008(text)
    assert len(found) == 1 and found[0].score == pytest.approx(broad, abs=TOLERANCE)
    cfg = Config.from_dict({"preview": True, "select": ["PRM008"], "overpromise-broad-model-threshold": 1.0})
    assert [f for f in lint_text(f"Hi Jo,\n\n{text}\n\nBest,\nAl\n", cfg).findings if f.code == "PRM008"] == []
    # The first model alone still makes its findings with the second one off.
    assert [f for f in lint_text("Hi Jo,\n\nTrust me, the bank will approve the loan.\n\nBest,\nAl\n", cfg).findings
            if f.code == "PRM008"]
    with pytest.raises(ConfigError):
        Config.from_dict({"overpromise-broad-model-threshold": 0})
    # The same topic as a plan of the writer's own: neither model reaches its threshold.
    assert prm008("We have booked the removal firm for Friday and will confirm the arrival time.") == []


def test_prm008_reads_may_the_month_as_no_hedge():
    """"May" with a capital inside a sentence is the month; the modal at the start of a
    sentence, or "may" in lower case, is still a hedge that keeps PRM008 quiet."""
    promise = "The builders will have the new office ready for May, the landlord will sign the lease Friday."
    assert len(prm008(promise)) == 1
    assert prm008("The builders may have the new office ready for June, the landlord will sign the lease Friday.") == []
    assert prm008("May I say, the landlord will sign the lease Friday and the builders will have the office ready.") == []


def test_prm008_honours_a_users_hedge(tmp_path):
    text = "Tide allowing, the ferry will definitely sail at nine."
    extra = tmp_path / "mine.toml"
    extra.write_text('[overpromise.cues]\nhedge = ["tide allowing"]\n')
    cfg = Config.from_dict({"preview": True, "select": ["PRM008"], "overpromise-model-threshold": 0.05})
    cfg = cfg.with_overrides(lexicon_files=[extra])
    found = [f for f in lint_text(f"Hi Jo,\n\n{text}\n\nBest,\nAl\n", cfg).findings if f.excerpt == text]
    assert found == []
    plain = Config.from_dict({"preview": True, "select": ["PRM008"], "overpromise-model-threshold": 0.05})
    assert [f for f in lint_text(f"Hi Jo,\n\n{text}\n\nBest,\nAl\n", plain).findings if f.excerpt == text]


# -- RMK004 on fresh sentences (fifth wave) ----------------------------------------------
# Written for these tests after the fifth-wave corpus (training/corpora/remark/*-wave5-*)
# and never added to it; none is copied from an evaluation set or real mail.  Of the 40
# fresh remarks written, the models alone read these 20; the other 20 (mostly profanity
# about a thing, "dense as a fence post", condescension without an insult word) are
# listed as misses in docs/models.md.  Every one of the hard negatives stays quiet.
FRESH_REMARKS = [
    "Their office manager is a complete numpty, so I've done the form for her.",
    "Lol the landlord is such a cheapskate, won't even fix the tap.",
    "Abeg this man no get sense at all, he don pay wrong account again.",
    "The buyer is a clueless twit who thinks VAT is optional.",
    "What a bloody shambles of a handover from that clown.",
    "Grabe, ang tanga ng supplier, mali na naman ang delivery.",
    "That woman is off her trolley, she wants a refund for last year.",
    "This client is a proper headache, total melt.",
    "His English is so bad I had to guess what the idiot wanted.",
    "Don't mind the shouting, he's a nutter.",
    "Their accounts girl is dumb as a doorknob.",
    "the bloke's a total prat lmao",
    "Mate, their foreman is a proper cowboy, half the screws are missing.",
    "Between you and me, the auditor is a pedantic little man.",
    "P.S. your delivery guy is a rude git.",
    "That customer is a nightmare and a half, honestly.",
    "[14:02] Kim: omg this guy is so dumb",
    "She rang again, the crazy old bat.",
    "Their surveyor is an incompetent fool and I've told them so.",
    "Ignore the dimwit in procurement, I'll deal with it.",
]
FRESH_HARD_NEGATIVES = [
    "Their office manager is very thorough, so I've done the form exactly as she asked.",
    "The landlord has agreed to fix the tap on Thursday.",
    "Sorry for the wait, the courier had a van breakdown.",
    "The new guy at Fernleigh has settled in well and knows the system.",
    "Abeg confirm if the money don enter, make we release the goods.",
    "He drives a hard bargain, so leave some room on price.",
    "The buyer asked whether VAT is included in the quote.",
    "I'll keep this short, as you're busy this week.",
    "Perhaps ask your solicitor to read the contract before you sign.",
    "The handover was rushed, and we're writing proper notes now.",
    "This client is a big account, so let's do it properly.",
    "the portal is down again, uploading tomorrow",
    "Mr Doyle from Cockermouth rang about the invoice.",
    "His English is limited, so I've sent the summary in Polish too.",
    "Don't mind the noise, the builders are next door.",
    "The uncle from the society office sent the NOC today.",
    "the bloke from the van hire dropped the keys",
    "Ms Titley and Mr Cockshott will both attend the hearing.",
    "The killer whale exhibit at the aquarium reopens in May.",
    "Between you and me, the auditor is very thorough, so tidy the files.",
    "P.S. your delivery driver was very helpful.",
    "Sir, kindly find the manual attached for your reference.",
    "[14:02] Kim: this guy just paid, all good",
    "Honestly, the team at the depot have been brilliant this week.",
    "He's a tough negotiator, but the account is worth keeping.",
    "She rang again about the boiler, so I've booked an engineer.",
    "Our new controller, Dev, trained as an auditor and holds a CPA licence.",
    "Do you need an extra heater in the meeting room?",
    "A few of the old approval steps are ridiculous, and we're scrapping them.",
    "Attending: Councillors Hill, Counts, Baker and Ross, with the clerk.",
]


def rmk004(sentence: str, **options) -> list:
    cfg = Config.from_dict({"preview": True, "select": ["RMK004"], **options})
    text = f"Hi Jo,\n\nThe files are attached.\n\n{sentence}\n\nBest,\nAl\n"
    return [f for f in lint_text(text, cfg).findings if f.code == "RMK004"]


@pytest.mark.parametrize("sentence", FRESH_REMARKS)
def test_rmk004_reads_fresh_remarks_and_points_at_the_sentence(sentence):
    found = rmk004(sentence)
    # One finding, on the sentence (the splitter may cut a "P.S." off it), with its score.
    assert len(found) == 1 and found[0].excerpt in sentence and len(found[0].excerpt) > len(sentence) / 2
    assert found[0].score >= 0.5


@pytest.mark.parametrize("sentence", FRESH_HARD_NEGATIVES)
def test_rmk004_fresh_hard_negatives(sentence):
    assert rmk004(sentence) == []


def test_rmk004_long_sentences_need_the_abuse_model_or_a_sure_remark_model():
    """Past `remark-model-max-words` words the remark model alone makes a finding only at
    `remark-model-long-threshold` (a long sentence of everyday words adds up); the abuse
    model still does at its own threshold."""
    # The first remark model alone: the second one has its own thresholds (tested below).
    FIRST = {"remark-broad-model-threshold": 1.0}
    remark_only = ("Honestly their new office manager is a total drama queen who rings us every single "
                   "morning about the same invoice, so please just humour her on the call.")
    doc = build_language(None)(remark_only)
    remark_score = max(scores_of(doc, "remark").scores)
    assert remark_score >= 0.94 > max(scores_of(doc, "abuse").scores)
    assert rmk004(remark_only, **{**FIRST, "remark-model-long-threshold": 1.0}) == []
    assert rmk004(remark_only, **{**FIRST, "remark-model-long-threshold": min(1.0, remark_score + 0.001)}) == []
    sure = rmk004(remark_only, **{**FIRST, "remark-model-long-threshold": remark_score})
    assert len(sure) == 1 and sure[0].score == remark_score
    longer = rmk004(remark_only, **{**FIRST, "remark-model-max-words": 40, "remark-model-long-threshold": 1.0})
    assert len(longer) == 1 and remark_only.startswith(longer[0].excerpt.rstrip("…"))
    # A short sentence keeps remark-model-threshold, whatever the long threshold says.
    short = "She rang again, the crazy old bat."
    assert rmk004(short, **{**FIRST, "remark-model-long-threshold": 0.5, "remark-model-threshold": 0.999,
                            "remark-model-threshold-agreed": 0.999}) == []
    abusive = ("The parcel goes out on Friday, but honestly the customer is a fucking idiot who never "
               "signs for anything, so take photos of every box you leave there.")
    found = rmk004(abusive)
    assert len(found) == 1 and abusive.startswith(found[0].excerpt.rstrip("…"))
    with pytest.raises(ConfigError):
        Config.from_dict({"remark-model-max-words": 0})


# -- pasted chat lines: the message, not its time and speaker ------------------------------
def test_chat_prefixes_are_found_and_dropped():
    from replylint.chat_lines import drop_prefixes, message_start

    assert drop_prefixes("[10:42] Priya: lol this client again") == "lol this client again"
    assert drop_prefixes("a\n[07/11/2026, 10:14] Kofi Mensah: ok\n10:43 Jo: fine") == "a\nok\nfine"
    assert drop_prefixes("The call is at 10:30 today: see the agenda") == "The call is at 10:30 today: see the agenda"
    text = "Hi\n> [9:41 AM] Hana: not again"
    assert text[message_start(text, 3):] == "not again"
    assert message_start("Thanks, see you at 10:30.", 0) == 0


def test_a_model_trained_without_chat_prefixes_reads_the_message_alone():
    """A model whose model.json says "chat_prefix": "dropped" is fed a chat line's words
    after "[10:42] Priya: ", so the line scores what its message scores alone; the other
    models still read the whole sentence."""
    from replylint.models import SentenceClassifier, TrainedModel

    nlp = build_language(None)
    dropping = TrainedModel(MODELS_DIR / "remark")
    dropping.drops_chat_prefix = True
    whole = TrainedModel(MODELS_DIR / "abuse")
    whole.drops_chat_prefix = False
    classify = SentenceClassifier([dropping, whole])
    message = "lol this client again, total muppet"
    for line in (f"[10:42] Priya: {message}", f"07/11/2026, 10:14 - Kofi Mensah: {message}", f"> [9:41 AM] Hana: {message}"):
        text = f"Hi Jo,\n\nHere is the chat.\n\n{line}\n[10:43] Sam: ok\n\nBest,\nAl\n"
        doc = classify(nlp(text))
        alone = classify(nlp(message))
        remark = scores_of(doc, "remark")
        at = text.index(message)
        assert remark.at(at) == pytest.approx(scores_of(alone, "remark").scores[0], abs=1e-4)
        # The finding's sentence starts at the message, not at the time stamp.
        assert at in remark.starts and text.index(line) not in remark.starts
        # The other model reads the time stamp and speaker as before.
        assert text.index(line) in scores_of(doc, "abuse").starts


def test_rmk004_reads_the_second_remark_model_at_its_own_threshold():
    """remark_broad (trained with more hand-written lines) adds the sentences it is sure of;
    the first remark model and the abuse model lean the other way here."""
    aside = "Yeh banda bilkul gadha hai, kuch nahi samajhta."
    doc = build_language(None)(aside)
    broad = max(scores_of(doc, "remark_broad").scores)
    assert broad >= option_default("remark-broad-model-threshold") > max(scores_of(doc, "remark").scores)
    found = rmk004(aside)
    assert len(found) == 1 and found[0].score == broad
    assert rmk004(aside, **{"remark-broad-model-threshold": 1.0}) == []
    assert rmk004(aside, **{"remark-broad-model-threshold": min(1.0, broad + 0.001)}) == []


def test_rmk004_reports_a_chat_line_both_remark_models_find_once():
    """The second remark model's sentence of a chat line starts after the time and speaker;
    the line is still one finding."""
    line = "[10:42] Priya: lol this client again, total muppet"
    doc = build_language(None)(f"Hi Jo,\n\nThe files are attached.\n\n{line}\n\nBest,\nAl\n")
    at = doc.text.index(line)
    assert scores_of(doc, "remark").at(at) >= option_default("remark-model-threshold")
    assert scores_of(doc, "remark_broad").at(doc.text.index("lol")) >= option_default("remark-broad-model-threshold")
    assert scores_of(doc, "remark_broad").at(at) is None
    assert len(rmk004(line)) == 1
