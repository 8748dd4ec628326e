"""End to end: real ``pre-commit try-repo`` of this checkout on a git repository of templates.

pre-commit builds a virtual environment and pip-installs this repository at its
committed HEAD (so the package index must be reachable, as it is in CI), then runs the
``replylint`` hook from ``.pre-commit-hooks.yaml``: a broken template fails the hook,
a good one passes.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TIMEOUT = 900  # the first run builds the hook's environment (spaCy and friends)

GOOD = """\
{# Sent when a booking is confirmed. #}
Hi {{ guest.first_name }},

Thank you for booking {{ room.name }} from {{ check_in }} to {{ check_out }}.
{% if breakfast %}Breakfast is served from 7 to 10 in the garden room.{% endif %}

If your plans change, reply to this email and we will help you rearrange.

Warm regards,
{{ hotel.name }}
"""

BAD = """\
Hi {{ guest.first_name },

Thank you for booking {{ room.name }} with us.

Warm regards,
{{ hotel.name }}
"""

_NETWORK_TROUBLE = ("Temporary failure in name resolution", "NewConnectionError", "Network is unreachable",
                    "No matching distribution found", "Could not find a version that satisfies")


def _pre_commit() -> list[str] | None:
    exe = shutil.which("pre-commit")
    if exe:
        return [exe]
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        return None
    return [sys.executable, "-m", "pre_commit"]


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    if _pre_commit() is None:
        pytest.skip("pre-commit is not installed (pip install '.[test]')")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True)
    if head.returncode != 0 or not (REPO / ".pre-commit-hooks.yaml").is_file():
        pytest.skip("not a git checkout with .pre-commit-hooks.yaml (pre-commit try-repo needs one)")
    listed = subprocess.run(["git", "ls-files", "--error-unmatch", ".pre-commit-hooks.yaml"], cwd=REPO,
                            capture_output=True)
    if listed.returncode != 0:
        pytest.skip(".pre-commit-hooks.yaml is not committed: try-repo uses the committed HEAD")
    home = tmp_path_factory.mktemp("pre-commit-home")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("PRE_COMMIT", "GIT_", "REPLYLINT"))}
    return dict(base, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never"), head.stdout.strip()


def _template_repo(root: Path, files: dict[str, str]) -> Path:
    root.mkdir(parents=True)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=root, check=True)
    return root


def _try_repo(env, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    environ, head = env
    cmd = [*_pre_commit(), "try-repo", str(REPO), "replylint", "--ref", head, *args]
    try:
        proc = subprocess.run(cmd, cwd=cwd, env=environ, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"pre-commit try-repo took longer than {TIMEOUT}s")
    out = proc.stdout + proc.stderr
    if proc.returncode not in (0, 1) or "An unexpected error has occurred" in out:
        if any(s in out for s in _NETWORK_TROUBLE):
            pytest.skip("pre-commit could not install the hook: the package index is unreachable")
        pytest.fail(f"pre-commit try-repo failed to run (exit {proc.returncode}):\n{out[-3000:]}")
    return proc


def test_bad_template_fails_the_hook_and_good_one_passes(env, tmp_path):
    repo = _template_repo(tmp_path / "library", {
        "templates/booking-confirmed.j2": GOOD,
        "templates/booking-reminder.j2": BAD,
        "README.md": "Our email templates.\n",
    })
    bad = _try_repo(env, repo, "--files", "templates/booking-reminder.j2")
    out = bad.stdout + bad.stderr
    assert bad.returncode == 1, out
    assert "replylint" in out and "Failed" in out
    assert "booking-reminder.j2:1:4: TPL003" in out

    good = _try_repo(env, repo, "--files", "templates/booking-confirmed.j2")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout

    # The whole repository: the hook only picks up template files, and fails on the bad one.
    every = _try_repo(env, repo, "--all-files")
    out = every.stdout + every.stderr
    assert every.returncode == 1
    assert "booking-reminder.j2" in out and "booking-confirmed.j2" not in out and "README.md" not in out


def test_hook_manifest_is_valid_and_covers_every_template_suffix():
    """Cheap checks that need no network: the manifest validates and its `files` pattern
    picks up exactly the suffixes replylint reads as templates."""
    import re

    yaml = pytest.importorskip("yaml", reason="PyYAML (a pre-commit dependency) is not installed")
    manifest = REPO / ".pre-commit-hooks.yaml"
    if not manifest.is_file():
        pytest.skip(".pre-commit-hooks.yaml is not in this tree")
    (hook,) = [h for h in yaml.safe_load(manifest.read_text()) if h["id"] == "replylint"]
    # --force-exclude: files pre-commit passes by name still honour `exclude` and .gitignore.
    assert hook["language"] == "python" and hook["entry"] == "replylint check --force-exclude"
    assert hook.get("require_serial") is True
    from replylint.draft.readers import TEMPLATE_SUFFIXES

    files = re.compile(hook["files"])
    for suffix in TEMPLATE_SUFFIXES:
        assert files.search(f"templates/welcome{suffix}"), suffix
    for other in ("README.md", "notes.txt", "setup.py", "templates/welcome.j2.bak"):
        assert not files.search(other), other
    cmd = _pre_commit()
    if cmd is not None:
        proc = subprocess.run([*cmd, "validate-manifest", str(manifest)], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stdout + proc.stderr
