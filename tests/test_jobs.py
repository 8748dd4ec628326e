"""``check --jobs``: the same findings in the same order on every core, streamed (issue 15)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from replylint import Config
from replylint.batch import CHUNK, lint_stream
from replylint.draft import read_path

ROOT = Path(__file__).resolve().parents[1]
EXE = shutil.which("replylint")
REAL_MAIL = ROOT.parent / "shared" / "data" / "real-mail" / "enron-aeslc-dev.jsonl"

# Drafts written here so the test does not depend on shared data: each is a real
# positive for some rule (or a clean draft), spread over more chunks than one.
DRAFTS = [
    "Don't worry, we guarantee delivery by tomorrow.\n",
    "Hi Ann,\n\nYour card 4111 1111 1111 1111 was charged twice; we have refunded it.\n\nBest,\nBo\n",
    "We will leverage our synergies to move the needle going forward.\n",
    "Hi {{first_name}},\n\nThanks for your order.\n",
    "Thanks for the update, I will send the revised draft on Friday.\n",
    "FYI this client is clueless, just tell him it's fixed.\n",
    "Per my last email, as I already explained, the invoice is correct.\n",
]


def run(*args: str, cwd: Path | None = None):
    cmd = [EXE, *args] if EXE else [sys.executable, "-m", "replylint", *args]
    return subprocess.run(cmd, capture_output=True, cwd=cwd, env={**os.environ, "NO_COLOR": "1"}, timeout=600)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A few chunks' worth of drafts, with real mail mixed in when the shared set is there,
    and one unreadable file in the middle."""
    root = tmp_path_factory.mktemp("drafts")
    bodies = list(DRAFTS)
    if REAL_MAIL.is_file():
        bodies += [json.loads(line)["body"] for line in REAL_MAIL.read_text(encoding="utf-8").splitlines()[:60]]
    n = CHUNK * 3 + 5
    for i in range(n):
        (root / f"d{i:03d}.txt").write_text(bodies[i % len(bodies)], encoding="utf-8")
    (root / "d050.txt").write_bytes(b"\x00\xffbad")  # an input error in the middle of a chunk
    (root / "d051.eml").mkdir()  # a folder named like a draft: skipped by the walk
    return root


def test_jobs_give_identical_output_in_input_order(folder):
    one = run("check", str(folder), "--jobs", "1", "--format", "json")
    two = run("check", str(folder), "--jobs", "2", "--format", "json")
    assert one.returncode == two.returncode == 2  # the unreadable file; the others are linted
    assert one.stdout == two.stdout and one.stderr == two.stderr
    assert one.stderr.count(b"\n") == 1 and b"d050.txt" in one.stderr
    files = [f["path"] for f in json.loads(one.stdout)["files"]]
    assert files == sorted(files) and len(files) == CHUNK * 3 + 4
    total = json.loads(one.stdout)["summary"]
    assert total["findings"] > 10  # the drafts above are real positives
    text_one = run("check", str(folder), "-j", "1")
    text_two = run("check", str(folder), "-j", "2")
    assert text_one.stdout == text_two.stdout and b"4111 1111 1111 1111" not in text_two.stdout


def test_default_jobs_is_every_core_and_nothing_but_results_on_a_pipe(folder):
    p = run("check", str(folder), "--format", "json")  # default --jobs 0: every core
    assert p.returncode == 2
    assert p.stderr.count(b"\n") == 1  # the unreadable file only: no progress bar or summary when stderr is not a terminal
    json.loads(p.stdout)


def test_progress_shows_count_rate_eta_and_a_summary(folder):
    p = run("check", str(folder), "--jobs", "2", "--progress", "--format", "json")
    err = p.stderr.decode()
    lines = err.replace("\r", "\n").strip().splitlines()
    assert any("/s  ETA " in line for line in lines)
    summary = [line for line in lines if line.endswith("drafts/s, 2 jobs)")]
    assert len(summary) == 1 and summary[0].replace("\033[K", "").startswith(f"replylint: {CHUNK * 3 + 5} drafts in ")  # the unreadable one counted
    json.loads(p.stdout)  # stdout still holds only the results


def test_progress_line_format():
    import io

    from replylint.progress import Progress

    stream = io.StringIO()
    meter = Progress(10, stream=stream, enabled=True, every=0)
    for _ in range(4):
        meter.advance()
    meter.finish()
    out = stream.getvalue()
    assert "4/10 drafts" in out and "/s" in out and "ETA" in out
    assert out.endswith("drafts/s)\n")
    quiet = io.StringIO()
    meter = Progress(10, stream=quiet)  # a StringIO is not a terminal
    meter.advance()
    meter.finish()
    assert quiet.getvalue() == ""


@pytest.mark.parametrize("jobs", [1, 2])
def test_stream_is_consumed_lazily(folder, jobs):
    """Memory stays bounded: inputs are pulled a few chunks ahead, never all at once."""
    files = sorted(str(p) for p in folder.glob("*.txt") if p.name != "d050.txt") * 8  # 800+ inputs
    pulled = 0
    config = Config()

    def source():
        nonlocal pulled
        for f in files:
            pulled += 1
            yield f

    def prepare(path):
        return read_path(path), config

    stream = lint_stream(source(), prepare, jobs, chunk=CHUNK)
    first = next(stream)
    assert first.report is not None and first.result is None
    assert pulled <= 2 * CHUNK
    seen = 1
    for _ in stream:
        seen += 1
        assert pulled - seen <= CHUNK * (jobs * 3 + 2)
    assert seen == len(files)


def test_stream_results_hold_no_draft_text():
    """What a streamed result keeps: findings and the scrubbed lines they point at."""
    import pickle

    from replylint.draft import draft_from_text

    config = Config()
    long_tail = "\n".join(f"Line {i} of an unrelated and harmless paragraph." for i in range(300))
    text = "We guarantee delivery by tomorrow. Card 4111 1111 1111 1111.\n" + long_tail
    outcome = next(lint_stream([text], lambda t: (draft_from_text(t, "x.txt"), config)))
    blob = pickle.dumps(outcome.report)
    # (a finding may quote the lines it covers; nothing far from every finding is kept)
    assert b"Line 299 of" not in blob and b"Line 150 of" not in blob and b"4111 1111 1111 1111" not in blob
    assert len(blob) < 8000
    assert outcome.report.display_line(1).startswith("We guarantee delivery")
