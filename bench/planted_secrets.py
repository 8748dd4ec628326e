#!/usr/bin/env python3
"""Planted-secrets bench: how many pasted secrets the leak rules find, and how many
findings land on lines that hold none.

Reads ``bench/data/secrets/*.txt`` (support emails with pasted config, written by
``bench/make_secrets_corpus.py``) and ``labels.tsv`` (file, line or first-last, label).
Each email is linted with the default settings (leak rules only).  A planted item is
found when a sensitive leak finding (cards, IBANs, ids, keys, passwords, tokens)
overlaps its lines; a sensitive finding on a line with no planted item is a false
positive.  Pasted-config findings (whole blocks, not values) are counted apart.

    python bench/planted_secrets.py              # found / planted / false positives, misses by label
    python bench/planted_secrets.py -v           # also list every miss and false positive (line numbers only)
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

# (Not named secrets.py: in bench/ that would shadow the standard library's module for
# every script there.)
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from replylint.config import Config  # noqa: E402
from replylint.draft import draft_from_text  # noqa: E402
from replylint.engine import lint_many  # noqa: E402

DATA = ROOT / "bench" / "data" / "secrets"
BLOCK_CODES = {"LEK015"}  # pasted config: a block, not one value


def load_labels(path: Path) -> dict[str, list[tuple[int, int, str]]]:
    out: dict[str, list[tuple[int, int, str]]] = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        name, where, label = row.split("\t")
        first, _, last = where.partition("-")
        out.setdefault(name, []).append((int(first), int(last or first), label))
    return out


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, nargs="?", default=DATA)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    labels = load_labels(args.data / "labels.tsv")
    files = sorted(args.data.glob("*.txt"))
    texts = {f.name: f.read_text(encoding="utf-8") for f in files}
    config = Config.from_dict({"select": ["leak"]})
    drafts = [draft_from_text(texts[f.name], path=f.name) for f in files]
    planted = found = fp = blocks = 0
    missed: Counter = Counter()
    per_label: Counter = Counter()
    notes = []
    for f, res in zip(files, lint_many(drafts, config)):
        text = texts[f.name]
        items = labels.get(f.name, [])
        planted += len(items)
        hit_lines = []
        for fd in res.findings:
            if fd.code in BLOCK_CODES:
                blocks += 1
                continue
            if not fd.sensitive:
                continue
            hit_lines.append((line_of(text, fd.start), line_of(text, max(fd.start, fd.end - 1)), fd.code))
        for first, last, label in items:
            per_label[label] += 1
            if any(a <= last and first <= b for a, b, _ in hit_lines):
                found += 1
            else:
                missed[label] += 1
                notes.append(f"miss {f.name}:{first} {label}")
        for a, b, code in hit_lines:
            if not any(a <= last and first <= b for first, last, _ in items):
                fp += 1
                notes.append(f"false positive {f.name}:{a} {code}")
    print(f"planted secrets: found {found} / {planted} ({found / max(planted, 1):.0%}), false positives {fp}")
    print(f"pasted-config block findings: {blocks} in {len(files)} emails")
    if missed:
        print("missed by label: " + ", ".join(f"{k} {v}/{per_label[k]}" for k, v in missed.most_common()))
    if args.verbose:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
