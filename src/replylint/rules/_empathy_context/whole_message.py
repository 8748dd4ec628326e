"""A complaint spread over the client's message: several plain sentences of a loss
("Forty of the 200 seedlings were dead on arrival. This is the first order we've placed
with you. What will you do about it?"), none of which the complaint model reads as a
complaint on its own at ``complaint-model-threshold``, but which it leans towards together.

One sentence near the threshold is not enough (an enquiry with a worry in it, "My wedding
is in nine days, can I pick up the dress on Saturday?", scores up to 0.8 once); two
sentences of the same message leaning towards a complaint, one of them clearly, are the
shape of a grievance told as facts, when the client tells it as theirs ("I", "we", "our",
"you"): a colleague's note about them ("Fixed. PEBKAC again, she'd been clicking the wrong
button") speaks of them in the third person.
"""
from __future__ import annotations

import re

_FIRST_OR_SECOND = re.compile(r"\b(I|I['’]m|I['’]ve|I['’]d|me|my|we|we['’]ve|we['’]re|us|our|ours|you|your)\b", re.I)

# How much more the strongest of the two must score than the floor.
_LEAD = 0.1


def message_complaint(ctx, mv, ranges, skip) -> tuple[int, int, float] | None:
    """(start, end, score) of the strongest sentence of a complaint spread over the
    client's message (see the module's docstring), or None.  ``skip(s)`` rules out a
    sentence (what the client means to do: an enquiry)."""
    floor = ctx.option("complaint-model-message-threshold")
    if floor >= 1.0 or not mv.models_on or mv.complaint is None:
        return None
    found = [(s, e, score) for s, e, score in mv.sentences(mv.complaint, floor, ranges) if not skip(s)]
    if len(found) < 2:
        return None
    best = max(found, key=lambda f: f[2])
    text = ctx.draft.text
    if best[2] < floor + _LEAD or not any(_FIRST_OR_SECOND.search(text, a, b) for a, b in ranges):
        return None
    return best
