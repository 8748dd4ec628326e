#!/usr/bin/env python3
"""Does replylint recognise a complaint in the message a reply answers?

``bench/data/complaints.jsonl`` holds client messages (``id``, ``message``,
``complaint``: true/false), written by the ``empathy`` helper after the models were
trained and never trained on (see bench/data/README.md).  Each is given as the
``--in-reply-to`` text of a neutral reply with no acknowledgement; a complaint is
recognised when EMP001 fires at warning (declared severities).  Prints precision,
recall and F1 for the lexicon alone, the models alone and both (``empathy-context``).

    python bench/complaints.py [bench/data/complaints.jsonl]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from replylint import Config, lint_text  # noqa: E402
from replylint.findings import Severity  # noqa: E402

REPLY = "Hi,\n\nYour account reference is AC-20931. The order left our warehouse on Friday.\n\nRegards,\nSupport"


def main() -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", type=Path, default=ROOT / "bench" / "data" / "complaints.jsonl",
                    help="JSON Lines of {id, message, complaint}")
    path = ap.parse_args().data
    try:
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as exc:
        print(f"complaints: {path}: {exc}", file=sys.stderr)
        return 2
    print(f"{len(items)} messages ({sum(i['complaint'] for i in items)} complaints)")
    print(f"{'view':<10} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for mode in ("rules", "models", "combined"):
        cfg = Config(select=["EMP001"], preview=True).with_overrides(options_={"empathy-context": mode})
        tp = fp = fn = 0
        for it in items:
            found = any(f.severity >= Severity.WARNING
                        for f in lint_text(REPLY, cfg, in_reply_to=it["message"]).findings)
            tp += found and it["complaint"]
            fp += found and not it["complaint"]
            fn += (not found) and it["complaint"]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{mode:<10} {p:6.3f} {r:6.3f} {f1:6.3f}  {tp:3d} {fp:3d} {fn:3d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
