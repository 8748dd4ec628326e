"""The README stays true to the code: every rule, option and command is documented."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from replylint.cli import main
from replylint.config import CORE_KEYS
from replylint.rules import all_rules, options

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_rule_table_matches_the_registry():
    table = CliRunner().invoke(main, ["rules", "--format", "markdown"]).output.strip()
    assert table in README, "README rule table is stale: paste `replylint rules --format markdown`"
    for rule in all_rules():
        assert f"| {rule.code} |" in README


def test_readme_documents_every_config_key():
    for key in sorted(CORE_KEYS | set(options())):
        assert f"`{key}`" in README, f"README does not document config key {key!r}"


def test_readme_mentions_every_command_and_the_two_setup_commands():
    for command in main.commands:
        assert f"replylint {command}" in README
    assert "pip install . && replylint check examples/" in README
    assert "pip install '.[test]' && python -m pytest -q" in README
