"""Config discovery, keys, selectors, severities and one-line errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from replylint.config import Config, find_config_file, resolve_selector
from replylint.errors import ConfigError
from replylint.findings import Severity
from replylint.lexicon import Lexicons
from replylint.rules import get_rule


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_discovered_upward_from_the_file(tmp_path):
    cfg = write(tmp_path / ".replylint.toml", 'fail-on = "error"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config_file(deep) == cfg
    assert Config.discover(deep).fail_on == Severity.ERROR


def test_pyproject_section_and_pyproject_without_section(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.replylint]\nignore = ["TPL100"]\n')
    inner = tmp_path / "inner"
    write(inner / "pyproject.toml", '[project]\nname = "x"\n')  # no [tool.replylint]: skipped
    found = find_config_file(inner)
    assert found == tmp_path / "pyproject.toml"
    assert Config.load(found).ignore == ["TPL100"]


def test_nearest_config_wins(tmp_path):
    write(tmp_path / ".replylint.toml", 'fail-on = "error"\n')
    near = write(tmp_path / "sub" / ".replylint.toml", 'fail-on = "info"\n')
    assert find_config_file(tmp_path / "sub") == near


def test_defaults_without_config(tmp_path):
    cfg = Config.discover(tmp_path)
    assert cfg.fail_on == Severity.WARNING
    assert cfg.enabled  # every default rule


@pytest.mark.parametrize(
    "toml, fragment",
    [
        ('colour = "red"\n', "unknown key 'colour'"),
        ('select = ["XYZ999"]\n', "unknown rule code"),
        ('ignore = ["nonsense"]\n', "unknown rule code or category 'nonsense'"),
        ('fail-on = "fatal"\n', "unknown severity"),
        ('[severity]\nTPL100 = "loud"\n', "unknown severity"),
        ("select = 3\n", "expected a list of strings"),
        ('lexicons = ["missing.toml"]\n', "lexicon file not found"),
        ("fail-on = \n", "invalid TOML"),
        ('[clients."Acme"]\nalias = ["A"]\n', "unknown key 'alias'"),
    ],
)
def test_config_errors_are_one_line_and_name_the_problem(tmp_path, toml, fragment):
    path = write(tmp_path / ".replylint.toml", toml)
    with pytest.raises(ConfigError) as exc:
        Config.load(path)
    msg = str(exc.value)
    assert fragment in msg and "\n" not in msg.strip()
    assert str(path) in msg


def test_selectors():
    assert resolve_selector("TPL100") == {"TPL100"}
    assert "TPL100" in resolve_selector("template")
    assert "TPL100" in resolve_selector("TPL")
    assert "TPL100" in resolve_selector("ALL")
    with pytest.raises(ConfigError):
        resolve_selector("TPL999")


def test_select_ignore_extend_select():
    cfg = Config.from_dict({"select": ["template"], "ignore": ["TPL100"]})
    assert "TPL100" not in {r.code for r in cfg.enabled}
    cfg = Config.from_dict({"select": [], "extend-select": ["TPL100"]})
    assert [r.code for r in cfg.enabled] == ["TPL100"]


def test_severity_precedence_code_over_prefix_over_category():
    rule = get_rule("TPL100")
    cfg = Config.from_dict({"severity": {"template": "error", "TPL": "warning", "TPL100": "info"}})
    assert cfg.severity_of(rule) == Severity.INFO
    cfg = Config.from_dict({"severity": {"template": "error", "TPL": "warning"}})
    assert cfg.severity_of(rule) == Severity.WARNING
    cfg = Config.from_dict({"severity": {"template": "error"}})
    assert cfg.severity_of(rule) == Severity.ERROR
    assert Config().severity_of(rule) == rule.severity


def test_per_file_ignores(tmp_path):
    cfg = Config.from_dict({"per-file-ignores": {"templates/*.hbs": ["TPL100"], "legacy.txt": ["template"]}})
    assert cfg.ignored_for("templates/welcome.hbs") == {"TPL100"}
    assert "TPL100" in cfg.ignored_for("some/dir/legacy.txt")
    assert cfg.ignored_for("other.txt") == set()


def test_user_lexicon_extends_and_replaces(tmp_path):
    base = Lexicons().get("english")
    extra = write(
        tmp_path / "mine.toml",
        '[english]\nnot_inflected = ["kudos"]\n_replace = ["irregular"]\n[english.irregular]\nbrung = "bring"\n',
    )
    lex = Lexicons([extra])
    eng = lex.get("english")
    assert "kudos" in eng["not_inflected"] and "news" in eng["not_inflected"]
    assert eng["irregular"] == {"brung": "bring"}
    assert base["irregular"]["went"] == "go"
    assert lex.fingerprint != Lexicons().fingerprint


def test_user_lexicon_unknown_name_and_type_errors(tmp_path):
    bad = write(tmp_path / "bad.toml", "[nosuchlexicon]\nx = 1\n")
    with pytest.raises(ConfigError, match="unknown lexicon"):
        Lexicons([bad])
    wrong = write(tmp_path / "wrong.toml", '[english]\nnot_inflected = "kudos"\n')
    with pytest.raises(ConfigError, match="expected list"):
        Lexicons([wrong])


def test_lexicon_paths_relative_to_the_config_file(tmp_path):
    write(tmp_path / "lex" / "mine.toml", '[english]\nnot_inflected = ["kudos"]\n')
    cfg = Config.load(write(tmp_path / ".replylint.toml", 'lexicons = ["lex/mine.toml"]\n'))
    assert "kudos" in cfg.lexicons.get("english")["not_inflected"]


def test_clients_roster_and_internal_domains():
    cfg = Config.from_dict(
        {"clients": {"Acme Corp": {"aliases": ["Acme"], "domains": ["@Acme.example"]}}, "internal-domains": ["OurCo.example"]}
    )
    assert cfg.clients == {"Acme Corp": {"aliases": ["Acme"], "domains": ["acme.example"]}}
    assert cfg.internal_domains == ["ourco.example"]
