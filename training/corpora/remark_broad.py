"""The second remark model's corpus (eighth wave): the remark corpus (``remark.build``)
with the sixth and seventh waves' hand-written lines in it (``remark/*-wave6-*.txt``,
``*-wave7-*.txt``: each remark counted five times, each hard negative four times), and
every pasted chat line's time and speaker ("[10:42] Priya: ") taken off, as the
replylint_classifier component takes them off what this model reads (``CHAT_PREFIX``).

Label ``remark_broad``: the same meaning as ``remark``.  RMK004 reads it beside the remark
model at its own threshold (docs/models.md, "Eighth wave": why a second model rather than
a retrained first one).
"""
from __future__ import annotations

import remark  # training/corpora/remark.py (sys.path set by corpus.py)
from replylint.chat_lines import drop_prefixes

LABEL = "remark_broad"
RECENT_POSITIVE_COPIES = 5
RECENT_NEGATIVE_COPIES = 4
# The model reads a chat line's words without its time and speaker; training writes this
# into model.json for the component.
CHAT_PREFIX = "dropped"
PROBES = list(remark.PROBES)


def examples(root):
    exs, facts = remark.build(root, RECENT_POSITIVE_COPIES, RECENT_NEGATIVE_COPIES, 0)
    out = [(drop_prefixes(text), {LABEL: cats[remark.LABEL]}) for text, cats in exs]
    facts = dict(facts, recent_lines=f"remark/*-wave6-*.txt and *-wave7-*.txt, remarks x{RECENT_POSITIVE_COPIES}, "
                                      f"hard negatives x{RECENT_NEGATIVE_COPIES}",
                 chat_prefix="a chat line's time and speaker taken off every example")
    return out, facts
