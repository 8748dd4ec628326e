"""The overpromise model's corpus: certainty about an outcome or deadline the writer does
not control (label ``overpromise``), against hedged, negated and conditional
promises, promises the writer keeps themselves, company policies, facts and ordinary
email.

Sources: sentences composed here from parts written for this project, hand-written
lines in ``overpromise/pos-*.txt`` and ``overpromise/neg-*.txt``, and the shared
ordinary-email negatives (``mail_text.py``).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import mail_text
from _common import compose, read_lines, vary_case

LABEL = "overpromise"

# Outcomes someone else decides: couriers, airlines, insurers, courts, authorities,
# banks, the market, the weather, attackers, the client's own body or business.
OUTCOMES = [
    "your visa {will} be approved", "the parcel {will} arrive by {day}", "the courier {will} deliver by {day}",
    "your flight {will} leave on time", "the insurer {will} pay out in full", "the claim {will} be accepted",
    "the court {will} rule in your favour", "you {will} win the case", "the judge {will} grant the order",
    "HMRC {will} accept the return", "the IRS {will} approve the refund", "the bank {will} approve the mortgage",
    "the loan {will} go through", "your credit score {will} jump 100 points", "your shares {will} double",
    "the fund {will} beat the market", "you {will} make your money back in a year", "prices {will} keep rising",
    "the house {will} sell above asking", "the buyer {will} complete on {day}", "the council {will} grant planning",
    "the permit {will} come through by {day}", "the embassy {will} issue the passport in time",
    "customs {will} clear it in a day", "the shipment {will} clear customs by {day}", "the weather {will} hold",
    "it {will} not rain on the day", "the roof {will} never leak again", "you {will} never have another outage",
    "ransomware {will} never touch your network", "hackers {will} never get in", "your data {will} never be lost",
    "the new server {will} never go down", "the treatment {will} cure the pain", "you {will} be pain-free in a week",
    "the surgery {will} fix it for good", "you {will} lose 10 kilos by summer", "your rankings {will} hit page one",
    "your sales {will} double", "the campaign {will} go viral", "you {will} get the job",
    "the landlord {will} return your deposit", "the supplier {will} ship by {day}", "the part {will} arrive {day}",
    "the engineer from the manufacturer {will} fix it first time", "the airline {will} refund you in full",
    "the hotel {will} upgrade you", "the exam board {will} accept the appeal", "your son {will} get a place",
    "the university {will} accept you", "the grant {will} be approved", "the tender {will} go our way",
    "the merger {will} close by {day}", "the regulator {will} sign off", "the patch {will} fix every issue",
    "the migration {will} have zero downtime", "nothing {will} go wrong on the day", "the tenant {will} pay on time",
    "the price {will} never go up", "the market {will} recover by {day}", "your pension {will} be safe whatever happens",
    # wave 3: decisions against the reader promised away, deals, counted gains, bodies,
    # timetables, results, events (written for replylint)
    "the tax office {will} not audit you", "the landlord {will} not keep any of the deposit",
    "the buyers {will} not pull out", "the sale {will} not fall through", "the seller {will} accept your offer",
    "the hiring manager {will} say yes", "the committee {will} wave it through", "the magistrates {will} let you off",
    "the lender {will} give you more time", "the ads {will} bring in 200 leads a month",
    "you {will} be fully booked all summer", "your bills {will} drop by half", "the scars {will} disappear completely",
    "the swelling {will} be gone by {day}", "your knee {will} be as good as new", "the ferry {will} run on time",
    "your connection {will} be waiting for you", "the survey {will} come back clean", "the valuation {will} come in over asking",
    "the inspection {will} be a formality", "your wedding day {will} be perfect", "the launch {will} be a huge success",
    "the full cost {will} be covered", "you {will} get every penny back from the insurer", "the flat {will} be worth double in five years",
    "the firewall {will} make you unhackable", "there {will} be zero downtime during the switch",
    "the damp {will} never come back", "you {will} never lose another file", "approval {will} be a formality",
]
WILL = ["will", "will definitely", "will certainly", "is guaranteed to", "will 100%", "will absolutely",
        "is going to", "will for sure", "will without fail", "is sure to", "can't fail to"]
DAYS = ["Monday", "Friday", "tomorrow", "next week", "the 14th", "end of the month", "Christmas", "the weekend",
        "10am", "the deadline", "June"]
OPENERS = ["", "", "", "Don't worry,", "Rest assured,", "Trust me,", "Relax,", "Good news:", "I can tell you now",
           "Honestly,", "Take it from me,", "Be assured that", "Kindly note that", "Sir,", "Ma'am, no tension,",
           "No wahala,", "Don't stress,", "Have no fear,", "I'm confident that", "I guarantee", "We promise"]
CLOSERS = ["", "", ".", ", full stop.", ", no question.", ", rain or shine.", ", no matter what.", ", 100%.",
           ", I promise.", ", you have my word.", ", guaranteed.", " - zero risk.", ", that's a given.",
           ", end of story.", ", take it to the bank.", ", no ifs or buts.", ", sure sure.", ", confirm."]
POS_TEMPLATES = [
    "{opener} {outcome}{closer}",
    "{opener} {outcome}{closer}",
    "{opener} {outcome}{closer}",
    "You'll have it {day}{closer}",
    "{opener} it's locked in for {day}{closer}",
    "There's zero chance {outcome_will}.",
    "{opener} there is no way {outcome_will}.",
    "We can promise that {outcome}.",
    "I can assure you {outcome}.",
    "It's a done deal - {outcome}.",
    "Consider it done: {outcome}.",
    "{outcome_cap}, and that's a promise.",
    "{opener} {outcome} - we've never had one fail.",
    "With us {outcome}, guaranteed.",
    "Our lawyers are the best, so {outcome}.",
    "Book now and {outcome}.",
]

# Negatives: the same outcomes, hedged, conditional, negated, asked, reported, past;
# and promises the writer keeps (calls, sends, refunds of our own fee), and policy.
HEDGES = ["should", "should hopefully", "is likely to", "is expected to", "may", "might", "could", "usually will",
          "normally will", "will probably", "will most likely", "tends to", "ought to", "we expect it to",
          "we hope it will", "is unlikely to fail to"]
NEG_TEMPLATES = [
    "{opener_n} {outcome_hedge}{closer_n}",
    "{opener_n} {outcome_hedge}{closer_n}",
    "I can't promise that {outcome_will}, but we'll do everything we can.",
    "We can't guarantee {outcome_gerund}, as that is up to {party}.",
    "Nobody can guarantee {outcome_gerund}.",
    "I won't pretend {outcome_will}.",
    "If {condition}, {outcome_hedge}.",
    "Provided {condition}, {outcome_will}.",
    "{outcome_cap} as long as {condition}.",
    "Assuming {condition}, {outcome_hedge}.",
    "Will {outcome_q}?",
    "Do you think {outcome_will}?",
    "You asked whether {outcome_will}; I can't say for certain.",
    "You mentioned you were told {outcome_will}; I'm afraid we can't promise that.",
    "{party_cap} decides whether {outcome_will}, not us.",
    "It's up to {party} whether {outcome_will}.",
    "Last year {outcome_past}.",
    "In March {outcome_past}, as you know.",
    "I'll {own_action} {day}.",
    "We will {own_action} by {day}.",
    "I promise I'll {own_action} {day}.",
    "I'll definitely {own_action} before {day}.",
    "You have my word that I'll {own_action}.",
    "Our {policy} guarantee covers this order.",
    "Under our {policy} guarantee, you can return it within 30 days.",
    "We guarantee to refund the delivery fee if we miss the slot.",
    "We'll refund the booking fee, that's our policy.",
    "I'll chase {party} and update you {day}.",
    "We've asked {party} to confirm; I'll let you know as soon as I hear.",
    "Our best estimate is {day}, though {party} sets the final date.",
    "Based on past cases, it usually takes 4-6 weeks, but it can take longer.",
    "We aim to have it to you by {day}.",
    "We're targeting {day}, subject to {party}.",
    "The courier's estimate is {day}.",
    "The tracking page says {day}, which is the courier's estimate, not a promise.",
    "Past performance is not a guide to future returns.",
    "There's a good chance {outcome_will}, but I can't be sure.",
    "I'm hopeful {outcome_will}, and I'll tell you if that changes.",
]
OPENERS_N = ["", "", "Good news:", "From what we can see,", "At this stage", "Fingers crossed,", "Honestly,",
             "On current information", "Kindly note that", "Based on the tracking,", "From experience,"]
CLOSERS_N = ["", ".", ", but I'll confirm.", ", though it's not in our hands.", ", all being well.",
             ", subject to approval.", " - I'll keep you posted.", ", barring delays.", ", fingers crossed."]
CONDITIONS = ["the courier collects today", "the documents are complete", "the bank approves it", "nothing changes",
              "we get the signed form by Friday", "the weather holds", "the part is in stock", "the judge agrees",
              "the buyer's mortgage is approved", "customs raise no queries"]
PARTIES = ["the courier", "the airline", "the insurer", "the court", "the embassy", "the bank", "HMRC", "the council",
           "the manufacturer", "the landlord", "the exam board", "the regulator", "the buyer's solicitor", "the market"]
OWN_ACTIONS = ["call you", "send the revised quote", "email the invoice", "book the engineer", "update the ticket",
               "chase the courier", "check the tracking", "send you the report", "post the documents",
               "ring the insurer for you", "look into it", "raise the refund on our side", "get back to you",
               "confirm the booking", "share the slides", "file the papers with the court"]
POLICIES = ["price-match", "money-back", "30-day returns", "12-month parts", "satisfaction", "best-price"]


def _forms(outcomes: list[str]) -> dict[str, list[str]]:
    will = [o.replace("{will}", "will") for o in outcomes]
    return {
        "outcome": [o.replace("{will}", w) for o in outcomes for w in WILL],
        "outcome_will": will,
        "outcome_cap": [o[:1].upper() + o[1:] for o in will],
        "outcome_hedge": [o.replace("{will}", h) for o in outcomes for h in HEDGES],
        "outcome_q": [o.replace("{will} ", "", 1) if "{will} " in o else o for o in outcomes],
        "outcome_gerund": [o.replace("{will}", "will") for o in outcomes],
        "outcome_past": [o.replace("{will} never", "did not").replace("{will} not", "did not").replace("{will}", "did") for o in outcomes],
    }


# How often each hand-written line counts.  The fifth wave's lines (``*-wave5*.txt``)
# are weighted apart from the earlier ones: the shipped model leaves them out (weight
# 0; docs/models.md, "Fifth wave", says why).  The OP_* environment variables override
# the defaults to train a candidate; ``build`` makes the corpus of a second model with
# its own label (e.g. ``build(root, 3, 8, 7000, label="overpromise_broad")``).
POS_NEW_WEIGHT = int(os.environ.get("OP_POS_W", 0))
NEG_NEW_WEIGHT = int(os.environ.get("OP_NEG_W", 0))
MAIL_N = int(os.environ.get("OP_MAIL_N", 3500))
SIBLINGS_N = int(os.environ.get("OP_SIB_N", 0))

# Sentences of the empathy corpora (bad news, apologies, client messages: business mail
# of every register) as further negatives, leaving out any with a word of certainty or
# promise, which may be an overpromise there ("this will never happen again").
_CERTAIN = re.compile(
    r"never|guarantee|promise|definitely|certain|100|assure|sure|no doubt|for good|won't|will not|"
    r"always|absolutely|no matter|whatever|bet|word|cert|lock|done deal|zero|every|no way|no chance|"
    r"rest assured|trust me|for a fact|without fail|no question|on time|by \w+day|\bby (the )?\d",
    re.IGNORECASE)


def _sibling_negatives(root, n: int, seed: int) -> list[str]:
    import importlib
    import random

    texts: list[str] = []
    for name in ("bad_news", "acknowledgement", "complaint"):
        exs, _ = importlib.import_module(name).examples(root)
        texts += sorted({t for t, _ in exs if not _CERTAIN.search(t)})
    rng = random.Random(seed)
    rng.shuffle(texts)
    return texts[:n]


def _hand_written() -> tuple[list[str], list[str], list[str], list[str]]:
    """(earlier positives, earlier negatives, wave-5 positives, wave-5 negatives)."""
    folder = Path(__file__).resolve().parent / "overpromise"
    out: tuple[list[str], ...] = ([], [], [], [])
    for f in sorted([*folder.glob("pos-*.txt"), *folder.glob("neg-*.txt")]):
        new = "-wave5" in f.name
        slot = (2 if new else 0) + (0 if f.name.startswith("pos-") else 1)
        out[slot].extend(read_lines(f))
    return out


def examples(root):
    return build(root, POS_NEW_WEIGHT, NEG_NEW_WEIGHT, MAIL_N, SIBLINGS_N)


def build(root, pos_new_weight: int, neg_new_weight: int, mail_n: int, siblings_n: int = 0, label: str = LABEL):
    """The corpus with the fifth-wave lines counted ``pos_new_weight`` / ``neg_new_weight``
    times, ``mail_n`` ordinary-email negatives and ``siblings_n`` empathy-corpus ones."""
    forms = _forms(OUTCOMES)
    pos_slots = {"opener": OPENERS, "closer": CLOSERS, "day": DAYS, **forms}
    neg_slots = {"opener_n": OPENERS_N, "closer_n": CLOSERS_N, "condition": CONDITIONS, "party": PARTIES,
                 "party_cap": [p[:1].upper() + p[1:] for p in PARTIES], "own_action": OWN_ACTIONS,
                 "policy": POLICIES, "day": DAYS, **forms}
    pos_hand, neg_hand, pos_new, neg_new = _hand_written()
    pos = compose(POS_TEMPLATES, pos_slots, 3500, 31)
    neg = compose(NEG_TEMPLATES, neg_slots, 4000, 32)
    # "{day}" inside outcomes is filled in a second pass.
    pos = [compose([p], {"day": DAYS}, 1, 33 + i)[0] if "{day}" in p else p for i, p in enumerate(pos)]
    neg = [compose([n], {"day": DAYS}, 1, 34 + i)[0] if "{day}" in n else n for i, n in enumerate(neg)]
    # The hand-written lines carry the classes templates do not; the earlier ones count five times.
    pos = vary_case(pos + pos_hand * 5 + pos_new * pos_new_weight, 35)
    neg = neg + neg_hand * 5 + neg_new * neg_new_weight + mail_text.examples(mail_n, 36)
    if siblings_n:
        neg += _sibling_negatives(root, siblings_n, 37)
    out = [(t, {label: 1.0}) for t in pos] + [(t, {label: 0.0}) for t in neg]
    facts = {"composed_or_hand_written_positives": len(pos), "composed_or_hand_written_negatives": len(neg),
             "hand_written_lines": {"positive": len(pos_hand) + len(pos_new), "negative": len(neg_hand) + len(neg_new)}}
    return out, facts


PROBES = [
    "Your visa will definitely be approved",
    "Your visa should be approved within six weeks",
    "I can't promise the courier will deliver by Friday",
    "I'll call you tomorrow at 10",
    "You'll have it Monday, full stop",
    "Please find the invoice attached",
    "Our price-match guarantee covers this order",
]
