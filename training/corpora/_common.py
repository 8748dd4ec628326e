"""Helpers every corpus builder shares: hand-written files, seeded composition, the
ordinary-email negatives every model needs, and the offensive-tweets folds."""
from __future__ import annotations

import csv
import hashlib
import html
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 18


def read_lines(path: Path) -> list[str]:
    """One example a line; blank lines and lines starting '#' are skipped; a literal
    '\\n' in a line stands for a line break (tables, lists, signatures)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip()
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(line.replace("\\n", "\n"))
    return out


def hand_written(name: str, label: str, exclude: str | tuple[str, ...] | None = None) -> tuple[list[str], list[str]]:
    """(positives, negatives) written by hand in corpora/<name>/pos-*.txt and neg-*.txt
    (files whose name contains ``exclude``, or any of several, left out)."""
    folder = HERE / name
    excluded = (exclude,) if isinstance(exclude, str) else tuple(exclude or ())
    pos, neg = [], []
    for f in sorted(folder.glob("pos-*.txt")):
        if not any(x in f.name for x in excluded):
            pos += read_lines(f)
    for f in sorted(folder.glob("neg-*.txt")):
        if not any(x in f.name for x in excluded):
            neg += read_lines(f)
    return pos, neg


def hand_written_batch(name: str, marker: str) -> tuple[list[str], list[str]]:
    """(positives, negatives) of the hand-written files of one batch only
    (``corpora/<name>/pos-*<marker>*.txt`` and ``neg-*<marker>*.txt``), for a builder that
    counts a batch more than once."""
    folder = HERE / name
    pos = [t for f in sorted(folder.glob(f"pos-*{marker}*.txt")) for t in read_lines(f)]
    neg = [t for f in sorted(folder.glob(f"neg-*{marker}*.txt")) for t in read_lines(f)]
    return pos, neg


_SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    text = _SLOT.sub(lambda m: rng.choice(slots[m.group(1)]), template)
    text = re.sub(r"[ \t]+", " ", text).strip()
    text = re.sub(r" ([,.!?;:])", r"\1", text)
    return text[:1].upper() + text[1:] if text[:1].islower() and rng.random() < 0.7 else text


def compose(templates: list[str], slots: dict[str, list[str]], n: int, seed: int) -> list[str]:
    """``n`` distinct sentences from templates with ``{slot}`` parts (seeded)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    tries = 0
    while len(out) < n and tries < n * 20:
        tries += 1
        s = fill(rng.choice(templates), slots, rng)
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def vary_case(texts: list[str], seed: int, share: float = 0.05) -> list[str]:
    """Some examples in capitals or all lower case, as people type."""
    rng = random.Random(seed)
    out = []
    for t in texts:
        r = rng.random()
        out.append(t.upper() if r < share else t.lower() if r < 2 * share else t)
    return out


# -- the offensive-tweets set (MIT, Davidson et al. 2017) -----------------------------
TWEETS = ("shared", "data", "offensive-tweets", "davidson-train.csv")


def tweets_path(root: Path) -> Path:
    return root.parent.joinpath(*TWEETS)


def clean_tweet(text: str) -> str:
    text = html.unescape(html.unescape(text))
    text = re.sub(r"https?://\S+", " ", text)
    text = re.sub(r"(^|\s)RT\s+", " ", text)
    text = re.sub(r"@\w+:?", " ", text)
    text = text.replace("#", " ")
    return " ".join(text.split())


def tweet_fold(row_id: str) -> str:
    """'heldout' for a fixed fifth of the rows (by a hash of the row id), else 'train'.
    The held-out fold is never trained on; bench/eval.py --tweets measures on it."""
    h = int(hashlib.sha256(f"davidson:{row_id}".encode()).hexdigest(), 16)
    return "heldout" if h % 5 == 0 else "train"


def tweets(root: Path, fold: str) -> list[tuple[str, int]]:
    """(cleaned tweet, class) of a fold: class 0 hate, 1 offensive, 2 neither."""
    path = tweets_path(root)
    if not path.is_file():
        return []
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            row_id = row.get("") or row.get("id") or ""
            if tweet_fold(row_id) == fold:
                text = clean_tweet(row["tweet"])
                if text:
                    out.append((text, int(row["class"])))
    return out
