#!/usr/bin/env python3
"""Fingerprint of every finding on the benchmark and labelled drafts, to prove that a
speed-up changed nothing.  Records (draft, code, severity, line, column, end) only: no
draft text and no excerpts, so a snapshot file is safe to keep anywhere.

    python bench/snapshot.py --write /tmp/before.json     # before the change
    python bench/snapshot.py --compare /tmp/before.json   # after: exit 1 on any difference
    python bench/snapshot.py --compare /tmp/before.json --codes EMP,RMK

Drafts: examples/, ../shared/eval/dev.jsonl, the real mails of
../shared/data/real-mail/enron-aeslc-dev.jsonl and the labelled sets of bench/data/
(linted as bench/eval.py lints them, with their roster; never a blind set listed in BLIND_SETS).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from eval import config_for, load, to_message  # noqa: E402

from replylint.config import Config  # noqa: E402
from replylint.draft import draft_from_message, read_draft  # noqa: E402
from replylint.engine import lint_many  # noqa: E402

REAL_MAIL = ROOT.parent / "shared" / "data" / "real-mail" / "enron-aeslc-dev.jsonl"
# heldout16 to heldout18 are the eighth wave's unbiased measures: only the lead reads them.
BLIND_SETS = ("heldout16", "heldout17", "heldout18")
SETS = [ROOT.parent / "shared" / "eval" / "dev.jsonl", REAL_MAIL,
        *sorted(p for p in (ROOT / "bench" / "data").glob("*.jsonl") if p.stem not in BLIND_SETS)]
SUFFIXES = {".txt", ".md", ".eml", ".html", ".j2", ".jinja", ".hbs", ".mustache", ".liquid"}


def fingerprint() -> dict[str, list[list]]:
    base = Config()
    out: dict[str, list[list]] = {}

    def record(name, findings):
        out[name] = sorted([f.code, str(f.severity), f.line, f.column, f.end_line, f.end_column] for f in findings)

    examples = [p for p in sorted((ROOT / "examples").rglob("*")) if p.is_file() and p.suffix in SUFFIXES]
    drafts = [read_draft(p.read_bytes(), str(p.relative_to(ROOT))) for p in examples]
    for result in lint_many(drafts, base):
        record(result.draft.path, result.findings)
    for path in SETS:
        if not path.is_file():
            continue
        for item in load(path):
            if "body" not in item:  # not a set of drafts (judgements, complaint sentences)
                break
            cfg = config_for(item, base)
            draft = draft_from_message(to_message(item), f"{path.stem}:{item['id']}")
            record(draft.path, next(lint_many([draft], cfg)).findings)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--compare", type=Path)
    ap.add_argument("--codes", help="compare only codes with these prefixes, e.g. EMP,RMK")
    args = ap.parse_args()
    now = fingerprint()
    if args.write:
        args.write.write_text(json.dumps(now, indent=0, sort_keys=True), encoding="utf-8")
        print(f"snapshot: {sum(map(len, now.values()))} findings on {len(now)} drafts -> {args.write}")
        return 0
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    prefixes = tuple(c.strip().upper() for c in args.codes.split(",")) if args.codes else ("",)
    diffs = 0
    for name in sorted(set(before) | set(now)):
        old = {tuple(f) for f in before.get(name, []) if f[0].startswith(prefixes)}
        new = {tuple(f) for f in now.get(name, []) if f[0].startswith(prefixes)}
        for f in sorted(old - new):
            print(f"{name}: lost   {' '.join(map(str, f))}")
            diffs += 1
        for f in sorted(new - old):
            print(f"{name}: gained {' '.join(map(str, f))}")
            diffs += 1
    print(f"snapshot: {diffs} difference(s) across {len(now)} drafts")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
