"""The wheel ships the lexicons, and an installed (non-editable) copy finds them."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_every_lexicon(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for lex in (ROOT / "lexicons").glob("*.toml"):
        assert f"replylint/lexicons/{lex.name}" in names
    assert "replylint/cli.py" in names


def test_installed_wheel_finds_its_lexicons_outside_the_source_tree(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    code = (
        "import replylint, replylint.lexicon as L; from replylint import lint_text;"
        "print(replylint.__file__); print(L.builtin_dir()); print(len(L.Lexicons().names()));"
        "print(len(lint_text('We guarantee delivery by tomorrow.').findings))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    module, lexdir, count, findings = p.stdout.split()
    assert module.startswith(str(target)) and lexdir.startswith(str(target))
    assert int(count) == len(list((ROOT / "lexicons").glob("*.toml")))
    assert int(findings) >= 1
