"""The abuse model's corpus: insults, slurs, sexual insults and profanity in any register
(label ``abuse``), read word by word, against ordinary email.

The remark model (``remark.py``) learns remarks in email register from composed
asides and a sample of the offensive tweets; it reads long business sentences of
everyday words as remarks more often than it should.  This model is its lexical
partner: all the hate and offensive tweets of the training fold, and the same tweets
with their abusive words taken out as negatives, so that everyday words carry no
weight and the words that abuse someone carry it all.  RMK004 reports a sentence when
either model is sure enough (``remark-model-threshold``, ``abuse-model-threshold``).

Sources: the remark model's composed and hand-written sentences, lines in
``abuse/pos-*.txt`` and ``abuse/neg-*.txt`` (email-register remarks with symbols and
hyphens; hard-negative classes of business mail, and words of other languages that
look like English slurs), the shared ordinary-email negatives, sentences of the
project's other corpora (overpromise, bad news, acknowledgement, complaint) without
profanity or insults, and the training fold of the offensive-tweets set (Davidson et
al. 2017, MIT licence) when ``../shared`` is present.
"""
from __future__ import annotations

import importlib
import random
import re

import mail_text as email_corpus  # training/corpora/mail_text.py (sys.path set by corpus.py)
import remark
from _common import HERE, compose, hand_written, read_lines, tweets, vary_case

LABEL = "abuse"
TWEET_POSITIVES = 12000  # all of the fold's hate and offensive tweets
TWEET_NEG_COPIES = 2  # the fold's 'neither' tweets are the only tweet-register negatives
SIBLING_NEGATIVES = 12000
STRIPPED_NEGATIVES = 6000

# Neutral sentences in the shapes of the remark model's rants: the same openers,
# endings and targets, so that only what is said about the person carries the label.
NEUTRAL_SHAPES = [
    "{opener} {target} {neutral}{suffix}", "{opener} honestly {target} {neutral}{suffix}",
    "{opener} dealing with {target} again, {pronoun} {neutral}{suffix}", "{opener} told you {target} {neutral}",
    "{opener} {target} is being a {goodnoun} about the invoice", "What a {goodnoun} {target} is.",
    "{opener} the {figure} total is up again{suffix}", "{opener} a bunch of {plural} arrived today{suffix}",
    "{target} is at the {place} again{suffix}", "{opener} {target} {neutral}, total {goodthing}{suffix}",
]
GOODNOUNS = ["star", "legend", "great help", "lifesaver", "sweetheart", "stickler for detail", "gem", "pro"]
FIGURES = ["monthly", "weekly", "quarterly", "year-to-date", "running", "order", "invoice", "trading"]
PLURALS = ["parcels", "new starters", "invoices", "samples", "CVs", "visitors", "orders", "flowers"]
PLACES = ["site", "warehouse", "bank", "airport", "conference", "clinic", "depot", "head office"]
GOODTHINGS = ["success", "win", "relief", "result", "lifesaver"]


def _neutral_shapes(n: int, seed: int) -> list[str]:
    suffixes = [s for s in remark.SUFFIXES if "ignore" not in s and "waste" not in s and "smh" not in s]
    slots = {"opener": remark.OPENERS, "suffix": suffixes, "target": remark.TARGETS, "neutral": remark.NEUTRAL,
             "pronoun": ["he", "she", "they"], "goodnoun": GOODNOUNS, "figure": FIGURES, "plural": PLURALS,
             "place": PLACES, "goodthing": GOODTHINGS}
    return compose(NEUTRAL_SHAPES, slots, n, seed)


# The project's other corpora are business email of every register (promises, bad news,
# apologies, client messages): all of it is a negative, except the few lines with
# profanity or an insult (a client's angry words may hold one).
#
# These negatives are PINNED: they are read from a file generated once
# (abuse/siblings-pinned.txt), not from the other corpora as they are today.  Otherwise
# every edit another lane makes to the overpromise, complaint, bad-news or acknowledgement
# corpus silently changed the remark and abuse training data, and the shipped weights no
# longer matched what the corpus at HEAD builds (a rebuild at the fifth wave's end put two
# wrong RMK004 findings on real mail).  Those corpora may now change freely.  To refresh
# the pinned sentences on purpose: ``python training/corpora/abuse.py --pin-siblings``,
# then rebuild remark and abuse and re-check RMK004 on real mail (docs/models.md).
_PROFANE = re.compile(
    r"f[*u@]ck|sh[i*!]t|crap|damn|bloody|piss|\barse|\bass\b|bitch|bastard|idiot|moron|stupid|dumb|"
    r"\bwtf\b|\bffs\b|\bbs\b|\bhell\b|clown|muppet|\*\*|joke|pathetic|incompetent|clueless|useless",
    re.IGNORECASE)
SIBLINGS = ["overpromise", "bad_news", "acknowledgement", "complaint"]
SIBLINGS_PINNED = HERE / "abuse" / "siblings-pinned.txt"
PINNED_SIBLINGS_N = 16000  # the remark model takes 16,000 of them, this one the first 12,000


def _sibling_sentences(root, n: int, seed: int = 19) -> list[str]:
    """The first ``n`` of the pinned sentences of the other corpora (already shuffled with
    seed 19 when they were pinned; ``root`` and ``seed`` are kept for the callers'
    signature)."""
    texts = read_lines(SIBLINGS_PINNED)
    if n > len(texts):
        raise SystemExit(f"abuse corpus: {n} sibling sentences asked for, {SIBLINGS_PINNED.name} has {len(texts)}")
    return texts[:n]


def _live_sibling_sentences(root, n: int, seed: int) -> list[str]:
    """The other corpora's sentences as they are now (what the pinned file was made from)."""
    texts: list[str] = []
    for name in SIBLINGS:
        exs, _ = importlib.import_module(name).examples(root)
        texts += sorted({t for t, _ in exs if not _PROFANE.search(t)})
    rng = random.Random(seed)
    rng.shuffle(texts)
    return texts[:n]


def pin_siblings(root, note: str) -> int:
    """Write abuse/siblings-pinned.txt from the other corpora as they are now."""
    texts = _live_sibling_sentences(root, PINNED_SIBLINGS_N, 19)
    lines = ["# Generated by `python training/corpora/abuse.py --pin-siblings`; do not edit by hand.",
             "# Sentences of the overpromise, bad-news, acknowledgement and complaint corpora without",
             "# profanity or insults, shuffled (seed 19): negatives of the remark and abuse models,",
             "# pinned so that those corpora may change without changing remark/abuse training data.",
             f"# {note}", "# One sentence a line; a literal \\n stands for a line break."]
    for t in texts:
        if "\\" in t or len(t.replace("\n", " ").splitlines()) != 1 or t != t.strip() or t.startswith("#"):
            raise SystemExit(f"abuse corpus: cannot pin {t!r} as one line")
        lines.append(t.replace("\n", "\\n"))
    SIBLINGS_PINNED.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert read_lines(SIBLINGS_PINNED) == texts
    return len(texts)


# Counterfactual negatives: a hate or offensive tweet with its abusive words taken out.
# A bag-of-words model otherwise learns that everyday words ("seen", "years", "these",
# "time") lean positive, because they are far more common in thousands of offensive
# tweets than in the email negatives, and a long business sentence then adds up to a
# high score.  Our own list of stems; a tweet with none of them is left out (its
# offence is not in a word we can take out).
_ABUSIVE = re.compile(
    r"^(?:[^a-z]*)(?:bitch|b\*tch|biatch|hoe|hoes|ho|hos|thot|pussy|pussies|puss|nigg|nigga|niggas|nigger|fag|faggot|fags|"
    r"retard|cunt|fuck|f\*ck|fuk|fck|shit|sh\*t|ass|asses|asshole|dick|cock|slut|whore|twat|bastard|damn|crap|piss|"
    r"dyke|queer|homo|spic|wetback|beaner|chink|coon|cracker|redneck|hillbilly|ghetto|trash|trashy|"
    r"stupid|dumb|idiot|ugly|fat|lame|hoodrat|skank|tramp|jigaboo|savage|mongoloid|tranny|negro)",
    re.IGNORECASE)


def _stripped_tweets(tweets_pos: list[str], n: int, seed: int) -> list[str]:
    out = []
    for t in tweets_pos:
        words = t.split()
        kept = [w for w in words if not _ABUSIVE.match(w)]
        if len(kept) < len(words) and len(kept) >= 3:
            out.append(" ".join(kept))
    rng = random.Random(seed)
    rng.shuffle(out)
    return out[:n]


def examples(root):
    # The remark model's hand-written lines up to the fourth wave; the fifth, sixth and
    # seventh waves' (remark/*-wave5-*.txt, *-wave6-*.txt) are the remark model's alone: with the
    # fifth wave's the abuse model read more real-mail name lists and announcements as
    # abuse at every threshold that keeps the tweet bounds (docs/models.md, "Fifth wave").
    pos_remark, neg_remark = hand_written("remark", LABEL, exclude=("-wave5-", "-wave6-", "-wave7-"))
    pos_hand, neg_hand = hand_written("abuse", LABEL)
    pos = vary_case(remark._rants(3000, 11) + remark._belittle(900, 15) + pos_remark + pos_hand, 12)
    neg = (remark._hard_negatives(2000, 13) + remark._kind(150, 16) + email_corpus.examples(3500, 21)
           + neg_remark + neg_hand + _neutral_shapes(1500, 17))
    siblings = _sibling_sentences(root, SIBLING_NEGATIVES, 19)
    rng = random.Random(14)
    tw = tweets(root, "train")
    tw_pos = [t for t, c in tw if c in (0, 1)]
    tw_neg = [t for t, c in tw if c == 2]
    rng.shuffle(tw_pos)
    tw_pos = tw_pos[:TWEET_POSITIVES]
    stripped = _stripped_tweets(tw_pos, STRIPPED_NEGATIVES, 20)
    out = ([(t, {LABEL: 1.0}) for t in pos + tw_pos]
           + [(t, {LABEL: 0.0}) for t in neg + siblings + tw_neg * TWEET_NEG_COPIES + stripped])
    facts = {
        "composed_or_hand_written_positives": len(pos),
        "composed_or_hand_written_negatives": len(neg),
        "other_corpora_negatives": len(siblings),
        "tweets_positive": len(tw_pos),
        "tweets_negative": len(tw_neg) * TWEET_NEG_COPIES,
        "tweets_positive_with_abusive_words_taken_out_as_negatives": len(stripped),
        "tweets_source": "offensive-tweets training fold (Davidson et al. 2017, MIT); held-out fold never used",
    }
    return out, facts


# Scored at training time by spaCy's own textcat and recorded in model.json; the test
# suite checks an installed wheel gives the same scores (one sentence each).
PROBES = [
    "FYI this guy is clueless",
    "The report is useless in its current form",
    "Please find the invoice attached",
    "What a bunch of clowns",
    "Weekly orders are up again, a record total of 48",
    "Ms. Cockburn will chair the meeting",
    "this is a f*cking mess",
    "Hoe gaat het met de planning?",
]


if __name__ == "__main__":
    import argparse
    import sys
    from pathlib import Path

    ap = argparse.ArgumentParser(description="Refresh the pinned sibling negatives of the remark and abuse corpora.")
    ap.add_argument("--pin-siblings", action="store_true", required=True)
    ap.add_argument("--note", default="", help="a line for the file's header (e.g. which commit the corpora were at)")
    ap.add_argument("--root", type=Path, default=HERE.parents[1], help="the source checkout")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    print(f"{pin_siblings(args.root, args.note or 'Pinned from the corpora of the working tree.')} sentences -> {SIBLINGS_PINNED}")
