#!/usr/bin/env python3
"""The README's speed table: one ``throughput.py --json`` run per selection, as Markdown.

    python bench/speed_table.py [--drafts 1500] [--rounds 3]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SELECTIONS = ["TPL100", "overpromise", "leak", "remark,tone", "empathy", "jargon", "template", None]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--drafts", type=int, default=1500)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    print("| rules selected | rules | bare drafts/s | engine drafts/s | engine / bare "
          "| engine, no rules / bare | rules alone, × bare time | end to end / bare | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for sel in SELECTIONS:
        cmd = [sys.executable, str(HERE / "throughput.py"), "--json",
               "--drafts", str(args.drafts), "--rounds", str(args.rounds)]
        if sel:
            cmd += ["--select", sel]
        r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        print(f"| {sel or 'ALL'} | {r['rules']} | {r['bare_drafts_per_s']:.0f} | {r['lint_drafts_per_s']:.0f} "
              f"| {r['ratio']:.2f} | {r['engine_no_rules_ratio']:.2f} | {r['rules_cost_vs_bare']:.2f} "
              f"| {r['e2e_ratio']:.2f} | {r['peak_rss_mb']:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
