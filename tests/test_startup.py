"""Start-up: the commands that need no linting never import spaCy (issue 15).

Timing is measured by bench/speed.py as a ratio; here we check the cause: which
modules a command loads.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import sys
from click.testing import CliRunner
from replylint.cli import main
result = CliRunner().invoke(main, {args!r})
assert result.exit_code == 0, (result.exit_code, result.output)
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc", "numpy", "stdnum", "re2"))
print(len(result.output), heavy[:3])
"""


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["rules"], ["rules", "--format", "json"],
                                  ["rule", "PRM001"], ["check", "--help"], ["sendmail", "--help"]])
def test_command_does_not_import_spacy(args):
    out = subprocess.run([sys.executable, "-c", PROBE.format(args=args)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    size, heavy = out.stdout.split(" ", 1)
    assert int(size) > 0
    assert heavy.strip() == "[]", f"{args} imported {heavy.strip()}"


def test_rule_registry_and_config_import_without_spacy():
    code = ("import sys, replylint, replylint.config as c, replylint.rules as r; "
            "assert len(r.all_rules()) > 20; c.Config(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'stdnum'))[:3])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_public_names_still_import():
    import replylint

    assert callable(replylint.lint_text) and replylint.Config and replylint.Severity.ERROR > replylint.Severity.INFO
    with pytest.raises(AttributeError):
        replylint.no_such_name  # noqa: B018


def test_string_hash_matches_spacy():
    from spacy.strings import hash_string

    from replylint.strhash import _murmur64a

    for word in ["", "a", "may", "n’t", "abcdefgh", "abcdefghi", "日本語", "x" * 101, "ſ"]:
        assert _murmur64a(word.encode("utf-8")) == hash_string(word), word
