#!/usr/bin/env python3
"""Time spent in each rule's check over the benchmark corpus, most expensive first.

    python bench/rule_cost.py [--drafts 500]
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import corpus  # noqa: E402

from replylint.config import Config  # noqa: E402
from replylint.draft import read_draft  # noqa: E402
from replylint.engine import make_doc  # noqa: E402
from replylint.pipeline import get_pipeline  # noqa: E402
from replylint.rules import Context  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--drafts", type=int, default=500)
    args = ap.parse_args()
    base = corpus()
    items = [base[i % len(base)] for i in range(args.drafts)]
    config = Config()
    t = time.perf_counter()
    pipeline = get_pipeline(config.model, config.lexicons)
    print(f"pipeline build: {time.perf_counter() - t:.2f}s")
    drafts = [read_draft(data, name) for name, data in items]
    t = time.perf_counter()
    docs = list(pipeline.pipe(make_doc(pipeline, d) for d in drafts))
    base_s = time.perf_counter() - t
    cost: dict[str, float] = defaultdict(float)
    first: dict[str, float] = defaultdict(float)
    # Two passes: the first pays for compiling lexicons and lazy imports (textstat's
    # dictionary takes a second), the second is what each further draft costs.
    for table in (first, cost):
        for draft, doc in zip(drafts, docs):
            ctx = Context(draft, doc, config, pipeline)
            for rule in config.enabled:
                t = time.perf_counter()
                list(rule.check(ctx))
                table[rule.code] += time.perf_counter() - t
    print(f"pipeline (tokenize, sentences, lemmas): {base_s:.3f}s for {len(drafts)} drafts")
    for code, s in sorted(cost.items(), key=lambda x: -x[1]):
        print(f"{code}  {s:8.3f}s  first pass {first[code]:.3f}s")
    print(f"rules total: {sum(cost.values()):.3f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
