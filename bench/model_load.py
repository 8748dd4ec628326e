#!/usr/bin/env python3
"""Cold start of the trained models: what the first lint of a fresh process costs with
the shipped models against the same process without them (issue 18's budget: at most
0.2 s growth).

Each round runs two fresh processes, alternating: both import replylint and lint one
draft; the *bare* one leaves the ``replylint_classifier`` component out of the
pipeline.  Each process reports the seconds its first lint took (building the
pipeline, and with the models reading their weights), imports left out: they are the
same in both and their noise would hide the difference.  The figures are medians over ``--rounds``; the growth is the difference of the
medians and the ratio is models / bare, both from this one run (the machines are
shared: seconds from different runs are not comparable).

It also times reading every shipped model's weights in this process both ways:
thinc's ``Model.from_bytes`` against ``replylint.models.load_weights`` (the same
result, with msgpack's decoder hooks looked up once instead of on every call).

    python bench/model_load.py [--rounds 7] [--json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DRAFT = "Hi Ann,\\n\\nWe guarantee the refund by tomorrow. FYI their buyer is clueless.\\n\\nBest,\\nBo\\n"
PROBE = """
import sys, time
sys.path.insert(0, {src!r})
import replylint.pipeline as p
if {bare}:
    p.available_models = lambda *a, **k: []
from replylint import lint_text
t = time.perf_counter()
lint_text("{draft}")
print(time.perf_counter() - t)
"""


def one(bare: bool) -> float:
    code = PROBE.format(src=str(ROOT / "src"), bare=bare, draft=DRAFT)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def weight_loading(rounds: int) -> dict:
    """Seconds to read every shipped model's weights: thinc's from_bytes vs ours."""
    import time

    sys.path.insert(0, str(ROOT / "src"))
    from spacy import registry

    from replylint.models import load_models, load_weights

    models = load_models()
    blobs = [(m, (m.path / "weights.bin").read_bytes()) for m in models]

    def fresh(m):
        arch = dict(m.meta["architecture"])
        arch["nO"] = len(m.labels)
        return registry.resolve({"model": arch})["model"]

    fresh(models[0])  # first resolve imports the architectures: not a loading cost
    thinc_s, ours_s = [], []
    for _ in range(rounds):
        built = [(fresh(m), data) for m, data in blobs]
        t = time.perf_counter()
        for model, data in built:
            model.from_bytes(data)
        thinc_s.append(time.perf_counter() - t)
        built = [(fresh(m), data) for m, data in blobs]
        t = time.perf_counter()
        for model, data in built:
            load_weights(model, data)
        ours_s.append(time.perf_counter() - t)
    a, b = statistics.median(thinc_s), statistics.median(ours_s)
    return {"models": [m.name for m in models], "thinc_from_bytes_seconds": round(a, 4),
            "load_weights_seconds": round(b, 4), "load_weights_vs_from_bytes": round(b / a, 3)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    one(False)  # warm the file cache and bytecode for both
    models, bare = [], []
    for _ in range(args.rounds):
        models.append(one(False))
        bare.append(one(True))
    m, b = statistics.median(models), statistics.median(bare)
    report = {"rounds": args.rounds, "first_lint_seconds_models": round(m, 3), "first_lint_seconds_bare": round(b, 3),
              "growth_seconds": round(m - b, 3), "models_vs_bare": round(m / b, 3),
              "weights": weight_loading(args.rounds)}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"first lint in a fresh process, median of {args.rounds}: with models {m:.3f} s, "
              f"without {b:.3f} s; growth {m - b:+.3f} s (ratio {m / b:.2f})")
        w = report["weights"]
        print(f"reading the weights of {len(w['models'])} models: thinc from_bytes {w['thinc_from_bytes_seconds']:.4f} s, "
              f"load_weights {w['load_weights_seconds']:.4f} s (ratio {w['load_weights_vs_from_bytes']:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
