"""End to end: Neovim's own LSP client talks to ``replylint server`` (headless).

nvim opens a draft with an overpromise, a remark and a card number, waits for the
diagnostics, writes them out, applies the card's code action and asks for a hover.
Skips only when nvim is not installed (.ci/run installs Debian's neovim).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

NVIM = shutil.which("nvim")
pytestmark = pytest.mark.skipif(NVIM is None, reason="nvim is not installed (apt-get install neovim)")
LUA = Path(__file__).parent / "data" / "nvim" / "lsp_e2e.lua"
CARD = "4111 1111 1111 1111"
# Several rules are info by default (measured precision): info diagnostics are still sent.
DRAFT = ("Hi Ann,\n\n"
         "Your refund will definitely arrive tomorrow, we guarantee it.\n"
         "The card on the account is " + CARD + ".\n"
         "Between us, this client is an idiot.\n\n"
         "Best,\nBo\n")


def _replylint() -> str:
    found = shutil.which("replylint", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    assert found, "the replylint command is not installed"
    return found


def _run_nvim(tmp_path: Path, action_code: str):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT)
    out, edited = tmp_path / "diagnostics.tsv", tmp_path / "edited.txt"
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "XDG_STATE_HOME": str(home / ".local/state"),
           "RL_DRAFT": str(draft), "RL_OUT": str(out), "RL_EDITED": str(edited), "RL_EXE": _replylint(),
           "RL_ACTION_CODE": action_code, "RL_MIN_DIAGNOSTICS": "3"}
    p = subprocess.run([NVIM, "--headless", "--clean", "-n", "-u", str(LUA)], env=env, cwd=tmp_path,
                       capture_output=True, timeout=300, stdin=subprocess.DEVNULL)
    assert out.exists(), f"nvim wrote nothing: {p.stdout[-2000:]!r} {p.stderr[-2000:]!r}"
    return draft, out.read_text().splitlines(), edited


def test_neovim_gets_diagnostics_and_applies_the_card_action(tmp_path):
    draft, lines, edited = _run_nvim(tmp_path, "LEK001")
    assert lines[0] == "waited true", lines
    diags = [ln.split("\t") for ln in lines[1:] if ln[:3].isalpha() and ln[:6].isalnum() and "\t" in ln]
    codes = {d[0] for d in diags}
    assert "LEK001" in codes and any(c.startswith("PRM") for c in codes) and any(c.startswith("RMK") for c in codes), lines
    text = "\n".join(lines)
    assert CARD not in text and CARD.replace(" ", "") not in text
    [card] = [d for d in diags if d[0] == "LEK001"]
    assert (card[1], card[2], card[4]) == ("3", "27", str(27 + len(CARD)))
    assert any(ln.startswith("action\tLEK001") for ln in lines), lines
    assert edited.read_text().splitlines()[3] == "The card on the account is card ending 1111."
    assert draft.read_text() == DRAFT  # the server never writes the draft
    assert any(ln.startswith("hover\t**LEK001 card-number**") for ln in lines), lines
