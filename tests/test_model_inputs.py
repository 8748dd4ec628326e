"""Every shipped model is what the corpus and config in this repository build.

``model.json`` records a fingerprint of the model's exact training inputs (its examples
in order, its config file, its seed) and of its weights; ``python -m replylint.training
--check`` recomputes them from the repository, generating the examples but training
nothing, and names every model whose corpus or config changed without a rebuild.  So a
lane that edits a corpus and forgets to rebuild (or ships weights from elsewhere) fails
here, quickly, instead of shipping weights nobody can reproduce."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "src" / "replylint" / "models"
SHARED = ROOT.parent / "shared"
NAMES = sorted(p.stem for p in (ROOT / "training" / "configs").glob("*.cfg"))


def run_check(*args: str, root: Path = ROOT, models: Path = MODELS) -> tuple[int, dict[str, dict]]:
    # The overpromise and remark corpora read OP_* and RMK_* variables for experiments; the
    # shipped models are built without them.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OP_", "RMK_"))}
    proc = subprocess.run(
        [sys.executable, "-m", "replylint.training", "--check", "--json", "--root", str(root),
         "--output-dir", str(models), *args],
        capture_output=True, text=True, env=env, timeout=900)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    results = {r["name"]: r for r in map(json.loads, proc.stdout.splitlines())}
    return proc.returncode, results


@pytest.fixture(scope="module")
def head_results() -> dict[str, dict]:
    return run_check()[1]


def test_every_config_has_a_shipped_model_and_back():
    shipped = sorted(p.name for p in MODELS.iterdir() if (p / "model.json").is_file())
    assert shipped == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_shipped_model_is_what_its_corpus_and_config_build(head_results, name):
    result = head_results[name]
    if result["status"] == "skipped":
        pytest.skip(result["reason"])
    assert result["status"] == "ok", result["reason"]


def _copy_training(tmp_path: Path) -> Path:
    """A checkout holding only training/ (and ../shared beside it when this one has it)."""
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "training", root / "training", ignore=shutil.ignore_patterns("__pycache__"))
    if SHARED.is_dir():
        (tmp_path / "shared").symlink_to(SHARED, target_is_directory=True)
    return root


def test_check_names_a_model_whose_corpus_or_config_changed(tmp_path):
    root = _copy_training(tmp_path)
    with open(root / "training" / "corpora" / "overpromise" / "neg-wave4.txt", "a", encoding="utf-8") as fh:
        fh.write("The minutes of Tuesday's meeting are attached for your records.\n")
    status, results = run_check("overpromise", "complaint", root=root)
    assert status == 1
    assert results["overpromise"]["status"] == "stale" and "examples" in results["overpromise"]["reason"]
    assert results["complaint"]["status"] == "ok"
    config = root / "training" / "configs" / "complaint.cfg"
    config.write_text(config.read_text(encoding="utf-8").replace("max_epochs = 8", "max_epochs = 9"), encoding="utf-8")
    status, results = run_check("complaint", root=root)
    assert status == 1 and "config" in results["complaint"]["reason"]


def test_check_names_weights_that_are_not_the_recorded_ones(tmp_path):
    models = tmp_path / "models"
    shutil.copytree(MODELS / "acknowledgement", models / "acknowledgement")
    weights = models / "acknowledgement" / "weights.bin"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights.write_bytes(bytes(data))
    status, results = run_check("acknowledgement", models=models)
    assert status == 1 and "weights.bin" in results["acknowledgement"]["reason"]


def test_remark_and_abuse_negatives_are_pinned_against_the_other_corpora(tmp_path):
    """The remark and abuse models take business-mail negatives from the overpromise,
    complaint, bad-news and acknowledgement corpora through a file pinned once
    (training/corpora/abuse/siblings-pinned.txt): editing those corpora changes those
    models' training data no more."""
    if not (SHARED / "data" / "offensive-tweets").is_dir():
        pytest.skip("the remark and abuse corpora read ../shared/data/offensive-tweets")
    root = _copy_training(tmp_path)
    for name in ("complaint", "bad_news", "acknowledgement", "overpromise"):
        with open(root / "training" / "corpora" / name / "neg-added-by-test.txt", "w", encoding="utf-8") as fh:
            fh.write("The minutes of Tuesday's meeting are attached for your records.\n")
    status, results = run_check("remark", "abuse", "complaint", root=root)
    assert results["complaint"]["status"] == "stale"
    assert results["remark"]["status"] == "ok", results["remark"]["reason"]
    assert results["abuse"]["status"] == "ok", results["abuse"]["reason"]
