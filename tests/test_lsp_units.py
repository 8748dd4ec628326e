"""The language server's protocol-free parts: which buffers, UTF-16 columns, the linter."""
from __future__ import annotations

import pytest

pytest.importorskip("pygls")

from replylint.service.lsp import Linter, codepoint_col, is_draft, utf16_col  # noqa: E402


def test_drafts_by_name_or_language():
    assert is_draft("file:///home/a/reply.eml", None)
    assert is_draft("file:///home/a/welcome.j2", None)
    assert is_draft("untitled:Untitled-1", "markdown")
    assert not is_draft("file:///home/a/app.py", "python")


def test_utf16_columns_count_astral_characters_twice():
    line = "🙂 we guarantee"
    assert utf16_col(line, 2) == 3
    assert codepoint_col(line, 3) == 2
    assert utf16_col("café guarantee", 5) == 5


def test_linter_uses_the_config_found_from_the_file(tmp_path):
    (tmp_path / ".replylint.toml").write_text('ignore = ["LEK001"]\n')
    text = "Hi,\n\nYour card 4111 1111 1111 1111 is on file.\n"
    codes = {f.code for f in Linter().lint(str(tmp_path / "d.txt"), text).findings}
    assert "LEK001" not in codes
    codes = {f.code for f in Linter().lint("/nonexistent-dir/d.txt", text).findings}
    assert "LEK001" in codes
