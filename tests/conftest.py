"""Test-suite setup.

Rule tests check what each rule finds at the severity its author declared; which rules
block *by default* depends on their measured precision on real mail (precision.py) and
is tested on its own in test_precision.py.  REPLYLINT_PREVIEW=1 (the environment form of
``preview = true``) gives every rule its declared severity, here and in the CLI
subprocesses the tests start.
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ["REPLYLINT_PREVIEW"] = "1"

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    """replylint built as a wheel once per run (the packaging and model tests install it)."""
    out = tmp_path_factory.mktemp("wheel")
    p = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    if p.returncode != 0:
        pytest.skip(f"cannot build a wheel here (pip wheel failed: {p.stderr.strip().splitlines()[-1:]})")
    return next(out.glob("replylint-*.whl"))
