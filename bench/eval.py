#!/usr/bin/env python3
"""Measure replylint on a labelled set of drafts (the format of shared/eval/dev.jsonl).

Each item becomes an email (Subject, To, body) and a roster config from its ``clients``.
A draft counts as flagged for a category when it has a finding of that category at
severity warning or error.  Prints precision, recall and F1 per category, and the
false-positive rate on clean drafts (hard negatives separately), in two views:

* declared severities (``preview = true``): what the rules find, each at the severity its
  author gave it -- the view to compare rules and models by (JSON ``categories``);
* default severities: what blocks a send out of the box, where a rule whose measured
  precision on real mail is below 0.9 is info (JSON ``categories_default``).

    python bench/eval.py ../shared/eval/dev.jsonl [--category leak] [--misses]
    python bench/eval.py bench/data/heldout.jsonl     # held out: measure, never tune
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from replylint.config import Config  # noqa: E402
from replylint.draft import draft_from_message  # noqa: E402
from replylint.engine import lint_many  # noqa: E402
from replylint.findings import Severity  # noqa: E402
from replylint.rules import get_rule  # noqa: E402

CATEGORIES = ["jargon", "overpromise", "empathy", "leak", "remark"]


def load(path: Path) -> list[dict]:
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    sys.exit(f"eval: {path}:{n}: not JSON ({exc.msg})")
    return items


def to_message(item: dict) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = item.get("subject", "")
    if item.get("to"):
        msg["To"] = item["to"]
    msg.set_content(item["body"])
    return msg


def config_for(item: dict, base: Config) -> Config:
    clients = {name: {"aliases": [], "domains": []} for name in item.get("clients", [])}
    return base.with_overrides(clients=clients) if clients else base


def blocks_by_default(f) -> bool:
    """Whether a finding made at declared severities would block at default severities."""
    rule = get_rule(f.code)
    return f.severity >= Severity.WARNING and (rule is None or rule.earned)


def run(items: list[dict], base: Config) -> tuple[dict, dict, dict]:
    """Map draft id -> categories flagged (warning or error), declared and default views."""
    flagged: dict[str, set[str]] = {}
    flagged_default: dict[str, set[str]] = {}
    details: dict[str, list] = {}
    base = base.with_overrides(preview=True)
    for item in items:
        cfg = config_for(item, base)
        draft = draft_from_message(to_message(item), path=item["id"])
        res = next(lint_many([draft], cfg))
        flagged[item["id"]] = {f.category for f in res.findings if f.severity >= Severity.WARNING}
        flagged_default[item["id"]] = {f.category for f in res.findings if blocks_by_default(f)}
        details[item["id"]] = res.findings
    return flagged, flagged_default, details


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--category", action="append", choices=CATEGORIES, help="only these categories")
    ap.add_argument("--misses", action="store_true", help="list false positives and negatives (ids and codes)")
    ap.add_argument("--model", help="spaCy pipeline to use instead of the built-in one")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    items = load(args.data)
    base = Config(model=args.model)
    t0 = time.perf_counter()
    flagged_declared, flagged_default, details = run(items, base)
    elapsed = time.perf_counter() - t0
    cats = args.category or CATEGORIES
    report = {"items": len(items), "seconds": round(elapsed, 2)}
    if not args.json:
        print(f"{len(items)} drafts in {elapsed:.1f}s")
    for view, flagged in (("declared", flagged_declared), ("default", flagged_default)):
        section(view, flagged, items, cats, details, report, args)
    if args.json:
        print(json.dumps(report, indent=2))
    return 0


def section(view, flagged, items, cats, details, report, args) -> None:
    suffix = "" if view == "declared" else "_default"
    report["categories" + suffix] = {}
    if not args.json:
        title = ("at declared severities (preview = true): what the rules find" if view == "declared"
                 else "at default severities: what blocks a send")
        print(f"\n== {title}")
        print(f"{'category':<12} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for cat in cats:
        tp = sum(1 for it in items if cat in it["labels"] and cat in flagged[it["id"]])
        fp_ids = [it["id"] for it in items if cat not in it["labels"] and cat in flagged[it["id"]]]
        fn_ids = [it["id"] for it in items if cat in it["labels"] and cat not in flagged[it["id"]]]
        p, r, f = prf(tp, len(fp_ids), len(fn_ids))
        report["categories" + suffix][cat] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                                     "tp": tp, "fp": len(fp_ids), "fn": len(fn_ids)}
        if not args.json:
            print(f"{cat:<12} {p:6.3f} {r:6.3f} {f:6.3f}  {tp:3d} {len(fp_ids):3d} {len(fn_ids):3d}")
            if args.misses:
                for i in fp_ids:
                    codes = sorted({x.code for x in details[i] if x.category == cat and x.severity >= Severity.WARNING})
                    print(f"    FP {i}: {', '.join(codes)}")
                for i in fn_ids:
                    print(f"    FN {i}")
    clean = [it for it in items if not it["labels"]]
    hard = [it for it in clean if it.get("note", "").startswith("hard negative")]
    routine = [it for it in clean if it not in hard]

    def fp_rate(group):
        bad = [it["id"] for it in group if flagged[it["id"]] & set(cats)]
        return (len(bad) / len(group) if group else 0.0), bad

    for name, group in (("clean", clean), ("hard-negative", hard), ("routine", routine)):
        rate, bad = fp_rate(group)
        report[f"{name}_fp_rate{suffix}"] = round(rate, 3)
        if not args.json:
            extra = f"  ({', '.join(bad)})" if args.misses and bad else ""
            print(f"{'' if name != 'clean' else chr(10)}false-positive rate on {name} drafts: {rate:.3f} ({len(bad)}/{len(group)}){extra}")


if __name__ == "__main__":
    sys.exit(main())
