"""The overpromise codes, a promise found in a draft, and one finding per code and sentence."""
from __future__ import annotations

from dataclasses import dataclass


CODE_ABSOLUTE = "PRM001"
CODE_DEADLINE = "PRM002"
CODE_NEVER = "PRM003"
CODE_UNLIMITED = "PRM004"
CODE_THIRD_PARTY = "PRM005"
CODE_CERTAINTY = "PRM006"
CODE_POLICY = "PRM007"
GENERAL = {CODE_ABSOLUTE, CODE_CERTAINTY}
# Not a code: a guarantee word read as the writer's own term or act (``control``), kept
# so that the model rule leaves its sentence alone; never a finding.
OWN = ""


@dataclass
class Promise:
    code: str
    start: int  # character offsets into draft.text
    end: int
    kind: str  # lexicon sub-group, e.g. "market", "price", "abs"
    sent_start: int  # token index of the sentence start (for de-duplication)


def dedupe(ctx, found: list[Promise]) -> list[Promise]:
    """One finding per code and sentence.

    A specific code (deadline, never-again, scope, third party) wins over the general
    ones in the same sentence, and a guarantee word (PRM001) over a certainty marker
    (PRM006), so one overpromise gives one finding.  Only enabled rules take part, so
    ignoring PRM005 brings back the PRM001 of its sentence.
    """
    enabled = {r.code for r in ctx.config.enabled}
    specific = {p.sent_start for p in found if p.code not in GENERAL | {CODE_POLICY} and p.code in enabled}
    absolute = {p.sent_start for p in found if p.code == CODE_ABSOLUTE and p.code in enabled}
    seen: set[tuple[str, int]] = set()
    out = []
    for p in found:
        if p.code in GENERAL and p.sent_start in specific:
            continue
        if p.code == CODE_CERTAINTY and p.sent_start in absolute:
            continue
        k = (p.code, p.sent_start)
        if k not in seen:
            seen.add(k)
            out.append(p)
    return out
