"""bench/realmail.py: blocked share, judged precision matched by id+code+offsets, stale judgements."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "realmail.py"


def test_realmail_bench_figures_and_stale_judgements(tmp_path):
    corpus = tmp_path / "mail.jsonl"
    mails = [
        {"id": "t/1", "body": "Hi Jo,\n\nThe printer is bloody useless again.\n\nKit"},
        {"id": "t/2", "body": "Hi Jo,\n\nThe invoice is attached; it covers March.\n\nKit"},
    ]
    corpus.write_text("".join(json.dumps(m) + "\n" for m in mails), encoding="utf-8")
    start = mails[0]["body"].index("bloody")
    judgements = tmp_path / "judged.jsonl"
    judgements.write_text(
        json.dumps({"id": "t/1", "code": "RMK002", "start": start, "end": start + 6, "verdict": "right", "reason": "profanity"}) + "\n"
        + json.dumps({"id": "t/2", "code": "RMK002", "start": 0, "end": 2, "verdict": "wrong", "reason": "gone"}) + "\n",
        encoding="utf-8",
    )
    p = subprocess.run([sys.executable, str(BENCH), str(corpus), "--judgements", str(judgements), "--json"],
                       capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    report = json.loads(p.stdout)
    assert report["mails"] == 2 and report["blocked"] == 1 and report["blocked_share"] == 0.5
    assert report["judged_blocking"] == 1 and report["right_blocking"] == 1
    assert report["stale_judgements"] == 1
    assert report["codes"]["RMK002"]["precision"] == 1.0
    # The sample shows mail text on the terminal only; the judgements file is untouched.
    before = judgements.read_text(encoding="utf-8")
    p = subprocess.run([sys.executable, str(BENCH), str(corpus), "--judgements", str(judgements), "--sample", "3",
                        "--any-severity"], capture_output=True, text=True, timeout=600)
    assert p.returncode == 0 and judgements.read_text(encoding="utf-8") == before
