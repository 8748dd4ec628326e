"""Which files are drafts: CI cannot pass on nothing (issue 12, point 4)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from test_cli import err, out, run

from replylint.config import Config, find_config_file
from replylint.errors import ConfigError
from replylint.files import DEFAULT_INCLUDE, collect, matches

PROMISE = "Hi,\n\nWe guarantee delivery by tomorrow.\n"


def test_every_documented_template_suffix_is_walked_and_an_empty_folder_fails(tmp_path):
    # One run of the installed command for the whole folder (each run costs seconds).
    for suffix in (".tpl", ".tmpl", ".jinja2", ".handlebars", ".j2", ".hbs", ".mustache", ".liquid", ".txt", ".eml"):
        (tmp_path / "drafts" / suffix[1:]).mkdir(parents=True)
        (tmp_path / "drafts" / suffix[1:] / f"welcome{suffix}").write_text(
            "From: a@ourco.example\nTo: b@client.example\nSubject: x\n\n" + PROMISE if suffix == ".eml" else PROMISE)
    (tmp_path / "empty").mkdir()
    p = run("check", "drafts", "empty", "--format", "json", cwd=tmp_path)
    names = {Path(f["path"]).name for f in json.loads(out(p))["files"]}
    assert len(names) == 10, names
    assert p.returncode == 2 and "empty: no drafts found" in err(p)


def test_default_include_covers_every_reader_suffix():
    for suffix in (".tpl", ".tmpl", ".jinja2", ".handlebars", ".jinja", ".mbox", ".msg", ".htm", ".markdown"):
        assert f"*{suffix}" in DEFAULT_INCLUDE


def test_invalid_pyproject_is_a_config_error_not_skipped(tmp_path):
    (tmp_path / ".replylint.toml").write_text("select = ['PRM']\n")
    sub = tmp_path / "project"
    sub.mkdir()
    (sub / "pyproject.toml").write_text("[tool.replylint\nselect = [")
    with pytest.raises(ConfigError, match="invalid TOML"):
        find_config_file(sub)


def test_globs_are_gitignore_style_relative_to_the_config_file(tmp_path):
    base = tmp_path
    f = tmp_path / "templates" / "mail" / "a.j2"
    assert matches(f, ["*.j2"], base)                  # no slash: any depth
    assert matches(f, ["templates/"], base)           # a folder
    assert matches(f, ["templates/**/*.j2"], base)
    assert not matches(f, ["mail/*.j2"], base)         # a slash anchors at the config folder
    assert not matches(f, ["/a.j2"], base)
    assert not matches(f, ["*.j2", "!a.j2"], base)     # negation


def test_per_file_ignores_and_template_files_use_the_same_anchoring(tmp_path):
    cfg_file = tmp_path / ".replylint.toml"
    cfg_file.write_text('template-files = ["templates/"]\n[per-file-ignores]\n"legal/*.txt" = ["PRM"]\n')
    cfg = Config.load(cfg_file)
    assert "PRM001" in cfg.ignored_for(str(tmp_path / "legal" / "terms.txt"))
    assert not cfg.ignored_for(str(tmp_path / "other" / "legal" / "terms.txt"))  # anchored
    from replylint.rules.template import matches_template_files
    assert matches_template_files(str(tmp_path / "templates" / "x" / "a.txt"), ["templates/"], tmp_path)
    assert not matches_template_files(str(tmp_path / "other" / "templates" / "a.txt"), ["/templates/"], tmp_path)


def test_gitignore_is_respected(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("build/\n*.bak.txt\n")
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "out.txt").write_text(PROMISE)
    (tmp_path / "a.bak.txt").write_text(PROMISE)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / ".gitignore").write_text("old.txt\n")
    (tmp_path / "drafts" / "old.txt").write_text(PROMISE)
    (tmp_path / "drafts" / "new.txt").write_text(PROMISE)
    got = collect([str(tmp_path)], DEFAULT_INCLUDE, [])
    assert [Path(f).name for f in got.files] == ["new.txt"] and not got.errors
    got = collect([str(tmp_path / "drafts")], DEFAULT_INCLUDE, [], respect_gitignore=False)
    assert sorted(Path(f).name for f in got.files) == ["new.txt", "old.txt"]


def test_force_exclude_applies_exclude_to_named_files(tmp_path):
    f = tmp_path / "vendor" / "x.txt"
    f.parent.mkdir()
    f.write_text(PROMISE)
    assert collect([str(f)], DEFAULT_INCLUDE, ["vendor/"], exclude_base=tmp_path).files == [str(f)]
    assert collect([str(f)], DEFAULT_INCLUDE, ["vendor/"], exclude_base=tmp_path, force_exclude=True).files == []


def test_an_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text(PROMISE)
    locked = tmp_path / "locked"
    locked.mkdir()
    real = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    got = collect([str(tmp_path)], DEFAULT_INCLUDE, [])
    assert got.files == [str(tmp_path / "ok.txt")]
    assert any("locked: cannot read folder" in e for e in got.errors), got.errors


def test_pre_commit_hook_is_serial_and_force_excludes():
    hooks = (Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml").read_text()
    assert "require_serial: true" in hooks and "--force-exclude" in hooks
