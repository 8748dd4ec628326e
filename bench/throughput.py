#!/usr/bin/env python3
"""Throughput of the full lint against the bare blank-English pipeline, in one run.

Builds a few thousand drafts from examples/ and the dev set (repeated), then times,
alternately and best of N rounds (the machines are noisy, so only the ratio is meant
to be compared across runs):

* bare: ``nlp.pipe`` of the same texts through ``spacy.blank("en")`` (tokenizer only);
* engine: ``lint_many`` over drafts already read, with the full default rule set, or
  with ``--select`` (e.g. ``--select leak``) for one category's cost;
* end to end: reading each draft from its bytes (MIME parsing, splitting, masking)
  plus the engine, which is what a user piping files pays.

Prints drafts/s and tokens/s for each, their ratios to bare (target for the engine:
>= 0.5), the cost of the selected rules alone (engine minus an engine with no rules,
in units of the bare tokenizer's time), and peak RSS.

    python bench/throughput.py [--drafts 3000] [--rounds 3] [--select leak] [--json]
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import spacy  # noqa: E402

from replylint.config import Config  # noqa: E402
from replylint.draft import read_draft  # noqa: E402
from replylint.engine import lint_many  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"


def corpus() -> list[tuple[str, bytes]]:
    """(name, raw bytes) of every example and dev-set draft (dev items as .eml)."""
    out = []
    for p in sorted((ROOT / "examples").rglob("*")):
        if p.is_file() and p.suffix in {".txt", ".md", ".eml", ".html", ".j2", ".hbs"}:
            out.append((p.name, p.read_bytes()))
    if DEV.is_file():
        for line in DEV.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            msg = EmailMessage()
            msg["Subject"] = item.get("subject", "")
            msg["To"] = item.get("to", "")
            msg.set_content(item["body"])
            out.append((f"{item['id']}.eml", bytes(msg)))
    if not out:
        sys.exit("throughput: no drafts found (examples/ and ../shared/eval/dev.jsonl are missing)")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--drafts", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--select", help="rules to time (codes, prefixes or categories); default: all")
    ap.add_argument("--model", help="installed spaCy pipeline for the lint side")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    base = corpus()
    items = [base[i % len(base)] for i in range(args.drafts)]
    config = Config(model=args.model)
    if args.select:
        config = config.with_overrides(select=[s.strip() for s in args.select.split(",")])

    t0 = time.perf_counter()
    drafts0 = [read_draft(data, name) for name, data in items[:50]]
    list(lint_many(drafts0, config))
    startup = time.perf_counter() - t0
    bare_nlp = spacy.blank("en")
    texts = [d.masked for d in (read_draft(data, name) for name, data in items)]
    n_tokens = sum(len(doc) for doc in bare_nlp.pipe(texts[: len(base)]))
    n_tokens = n_tokens * len(items) // len(base)

    no_rules = config.with_overrides(select=[])
    best_bare = best_lint = best_e2e = best_empty = float("inf")
    findings = 0
    ready = [read_draft(data, name) for name, data in items]
    for _ in range(args.rounds):
        t = time.perf_counter()
        for _doc in bare_nlp.pipe(texts, batch_size=64):
            pass
        best_bare = min(best_bare, time.perf_counter() - t)
        t = time.perf_counter()
        findings = sum(len(r.findings) for r in lint_many(ready, config))
        best_lint = min(best_lint, time.perf_counter() - t)
        t = time.perf_counter()
        list(lint_many(ready, no_rules))
        best_empty = min(best_empty, time.perf_counter() - t)
        t = time.perf_counter()
        drafts = [read_draft(data, name) for name, data in items]
        sum(len(r.findings) for r in lint_many(drafts, config))
        best_e2e = min(best_e2e, time.perf_counter() - t)

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(items)
    report = {
        "drafts": n,
        "tokens": n_tokens,
        "rules": len(config.enabled),
        "select": args.select or "all",
        "bare_drafts_per_s": round(n / best_bare, 1),
        "bare_tokens_per_s": round(n_tokens / best_bare),
        "lint_drafts_per_s": round(n / best_lint, 1),
        "lint_tokens_per_s": round(n_tokens / best_lint),
        "ratio": round(best_bare / best_lint, 3),
        "engine_no_rules_ratio": round(best_bare / best_empty, 3),
        # What the selected rules cost on their own, in units of bare tokenization time.
        "rules_cost_vs_bare": round(max(best_lint - best_empty, 0.0) / best_bare, 3),
        "e2e_drafts_per_s": round(n / best_e2e, 1),
        "e2e_ratio": round(best_bare / best_e2e, 3),
        "findings": findings,
        "startup_s": round(startup, 2),
        "peak_rss_mb": round(rss_mb, 1),
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{n} drafts, {n_tokens} tokens, {report['rules']} rules ({report['select']}), best of {args.rounds}")
        print(f"bare blank-English nlp.pipe: {report['bare_drafts_per_s']:>9} drafts/s {report['bare_tokens_per_s']:>9} tokens/s")
        print(f"replylint engine:            {report['lint_drafts_per_s']:>9} drafts/s {report['lint_tokens_per_s']:>9} tokens/s")
        print(f"replylint end to end:        {report['e2e_drafts_per_s']:>9} drafts/s   (read + split + lint)")
        print(f"ratio engine/bare: {report['ratio']:.3f}   (target >= 0.5)")
        print(f"ratio end-to-end/bare: {report['e2e_ratio']:.3f}")
        print(f"engine with no rules/bare: {report['engine_no_rules_ratio']:.3f}   "
              f"cost of the selected rules: {report['rules_cost_vs_bare']:.2f}x the bare tokenizer's time")
        print(f"peak RSS: {report['peak_rss_mb']} MB   first-batch startup: {report['startup_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
