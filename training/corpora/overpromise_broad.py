"""The second overpromise model's corpus (label ``overpromise_broad``): the overpromise
corpus with the fifth wave's hand-written lines in it (``overpromise/*-wave5*.txt``,
positives counted three times, hard negatives eight times) and twice the ordinary-email
negatives.  It reads far more unseen promises than the first model, but on long
out-of-domain mail its scores run higher, so PRM008 reads it at a threshold of its own
beside the first model (``docs/models.md``, "overpromise_broad").

This file chooses the weights and adds lines written for this model alone
(``overpromise_broad/*.txt``); the other sentences and templates are those of
``overpromise.py``, which is left as it is (the remark and abuse corpora borrow its
negatives, so lines for this model never go into ``overpromise/``).
"""
from __future__ import annotations

import overpromise  # training/corpora/overpromise.py (sys.path set by corpus.py)
from _common import hand_written

LABEL = "overpromise_broad"
POS_WAVE5_WEIGHT = 3
NEG_WAVE5_WEIGHT = 8
MAIL_N = 7000


# Lines written for this model alone (``overpromise_broad/*.txt``: sixth wave), counted
# as often as the fifth wave's.
OWN_POS_WEIGHT = POS_WAVE5_WEIGHT
OWN_NEG_WEIGHT = NEG_WAVE5_WEIGHT


def examples(root):
    out, facts = overpromise.build(root, POS_WAVE5_WEIGHT, NEG_WAVE5_WEIGHT, MAIL_N, label=LABEL)
    pos, neg = hand_written("overpromise_broad", LABEL)
    out += [(t, {LABEL: 1.0}) for t in pos * OWN_POS_WEIGHT] + [(t, {LABEL: 0.0}) for t in neg * OWN_NEG_WEIGHT]
    facts["own_hand_written_lines"] = {"positive": len(pos), "negative": len(neg)}
    return out, facts


PROBES = overpromise.PROBES
