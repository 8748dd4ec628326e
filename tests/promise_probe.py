"""What the overpromise probe tests share: a draft around a probe sentence, the blocking
overpromise codes it raises, and the ten-word runs of the labelled development sets (a
probe sentence is written for its test, never copied from a set).

Import with ``from promise_probe import blocking, ...`` (tests/ is on the path, as for
``helpers``)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from helpers import findings

from replylint import Config, lint_text
from replylint.findings import Severity

# Default severities (what blocks a send for a user), not the suite's preview.
DEFAULTS = Config.from_dict({"preview": False})
# The phrase and clause rules alone, without the trained model (PRM008).
RULES_ONLY = Config.from_dict({"ignore": ["PRM008"]})
# The trained model alone, at its declared severity.
MODEL_ONLY = Config.from_dict({"preview": True, "select": ["PRM008"]})

_ROOT = Path(__file__).resolve().parents[1]
# The development sets only (a blind held-out set is never opened by a test).
DEV_SETS = [*(_ROOT / "bench" / "data" / f"{name}.jsonl" for name in (
    "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
    "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "recall-dev")), _ROOT.parent / "shared" / "eval" / "dev.jsonl"]


def wrap(body: str) -> str:
    return f"Hi Priya,\n\n{body}\n\nBest,\nTom\nHarrow & Lane\n"


def blocking(body: str, config: Config = DEFAULTS) -> list[str]:
    """The overpromise codes at warning or above in a short draft around ``body``."""
    return [f.code for f in findings(wrap(body), config)
            if f.category == "overpromise" and f.severity >= Severity.WARNING]


def runs(text: str, n: int = 10) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


@lru_cache(maxsize=1)
def labelled_runs() -> frozenset[tuple[str, ...]]:
    """Every ten-word run of the labelled development sets beside the repo (empty when
    they are absent)."""
    out: set[tuple[str, ...]] = set()
    for path in DEV_SETS:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    out |= runs(item.get("body", "") if isinstance(item, dict) else "")
    return frozenset(out)


def copied(sentences) -> list[str]:
    """The sentences that share a ten-word run with a labelled set."""
    known = labelled_runs()
    return [s for s in sentences if runs(s) & known]


def model_draft(placement: str, sentence: str) -> str:
    """A short draft with ``sentence`` in the body, a bullet, a P.S. or the client's
    quoted words."""
    if placement == "ps":
        return f"Hi Jo,\n\nThe paperwork is attached.\n\nBest,\nAl\n\nP.S. {sentence}\n"
    if placement == "bullet":
        return f"Hi Jo,\n\nQuick update:\n\n- The paperwork is attached.\n- {sentence}\n\nBest,\nAl\n"
    if placement == "quoted":  # the client's own words in the quoted history
        return f"Hi Jo,\n\nThanks, noted.\n\nOn Mon, Jo <jo@client.example> wrote:\n> {sentence}\n"
    return f"Hi Jo,\n\n{sentence}\n\nBest,\nAl\n"


def prm008(placement: str, sentence: str) -> list:
    """PRM008 findings on the sentence (not on the greeting, the sign-off or the other
    lines around it)."""
    text = model_draft(placement, sentence)
    start = text.index(sentence)
    end = start + len(sentence)
    return [f for f in lint_text(text, MODEL_ONLY).findings
            if f.code == "PRM008" and f.start < end and f.end > start]
