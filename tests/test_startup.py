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


def _run(code: str, **env) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, **env})


def test_engine_imports_spacy_without_its_cli_and_the_cli_still_works():
    # spaCy's command-line app (typer, weasel, requests) is a quarter of its import and
    # never used to lint; it is left out of the import, and still imports when asked.
    code = ("import sys, replylint.engine, spacy\n"
            "left_out = [m for m in ('spacy.cli', 'typer', 'weasel', 'requests') if m in sys.modules]\n"
            "assert not left_out and not hasattr(spacy, 'cli'), left_out\n"
            "assert spacy.blank('en')('Hi there').text == 'Hi there'\n"
            "assert 'spacy_version' in spacy.info()\n"
            "import spacy.cli\n"
            "from spacy.cli.info import info\n"
            "assert callable(spacy.cli.setup_cli) and info.__module__ == 'spacy.cli.info'\n"
            "print('ok')")
    out = _run(code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


PATTERNS = [(r"(?P<word>\w+)\s+(?:\d{2,4})?(?i:x)|(?<=a)b", 0), (r"^[ \t]*(?:dear|hi)\b", 2 | 8),
            (r"\bfoo(?=bar)", 0), (rb"\x00[a-f]+", 0), (r"(a)(b)?(?P<c>c)\1", 16)]


def test_cached_regex_is_the_same_pattern_as_re_compiles(tmp_path, monkeypatch):
    import re

    from replylint import regex_cache

    monkeypatch.setenv("REPLYLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_entries", None)
    for pattern, flags in PATTERNS:
        # Pattern.__eq__ compares pattern, flags and the compiled code.
        with regex_cache.recording():
            got = regex_cache._compile(pattern, flags)
        assert got == re.compile(pattern, flags) and got.groupindex == re.compile(pattern, flags).groupindex
    regex_cache.save()
    assert [p.name for p in tmp_path.iterdir()] == [regex_cache._name()]
    monkeypatch.setattr(regex_cache, "_entries", None)  # a new process: read back from the file
    for pattern, flags in PATTERNS:
        assert (pattern, flags) in regex_cache._load()
        got = regex_cache._compile(pattern, flags)
        assert got == re.compile(pattern, flags)
    assert regex_cache._compile(r"(?P<word>\w+)", 0).match("hello").group("word") == "hello"


def test_regex_cache_keeps_only_what_recording_blocks_compile(tmp_path):
    # A pattern built while linting (it may hold draft text) is never written; one from
    # a module's import is; a damaged file is ignored.
    code = ("import re\n"
            "from replylint import regex_cache\n"
            "with regex_cache.recording():\n"
            "    re.compile(r'from-code-\\d+')\n"
            "re.compile(r'from-a-draft-\\d+')\n"
            "regex_cache.save()\n")
    out = _run(code, REPLYLINT_CACHE_DIR=str(tmp_path))
    assert out.returncode == 0, out.stderr
    (blob,) = tmp_path.iterdir()
    data = blob.read_bytes()
    assert b"from-code-" in data and b"from-a-draft-" not in data
    blob.write_bytes(b"not marshal")
    out = _run("import re\nfrom replylint import regex_cache\nwith regex_cache.recording():\n"
               "    assert re.compile('x+y').match('xxy')\nprint('ok')", REPLYLINT_CACHE_DIR=str(tmp_path))
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_regex_cache_off_without_a_cache_folder(tmp_path):
    out = _run("import re\nfrom replylint import regex_cache\nwith regex_cache.recording():\n"
               "    re.compile(r'nothing-kept-\\d')\nregex_cache.save()\nprint(regex_cache._entries)",
               REPLYLINT_NO_CACHE="1", REPLYLINT_CACHE_DIR=str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "None" and not list(tmp_path.iterdir())


def test_cached_hyphenation_counts_as_pyphen_does(tmp_path, monkeypatch):
    # Syllables of words outside the CMU dictionary come from Pyphen's patterns, parsed
    # once per machine rather than once per process: the same counts, word for word.
    import random
    import string

    from replylint.rules.jargon import readability as jargon

    monkeypatch.setenv("REPLYLINT_CACHE_DIR", str(tmp_path))
    words = ["onboarding", "synergistically", "kubernetes", "deliverables", "reprioritisation", "a", "",
             "xyz", "hyphen-ated", "o'neill", "naïve", "straße", "İstanbul", "antidisestablishmentarianism"]
    rng = random.Random(15)
    words += ["".join(rng.choice(string.ascii_lowercase + "-'é") for _ in range(rng.randint(1, 24))) for _ in range(2000)]
    for fresh in (True, False):  # parsed and written, then read back
        jargon._hyphenation_patterns.cache_clear()
        for w in words:
            assert jargon._hyphenation_points(w) == len(jargon._hyphenator().positions(w)), w
        assert any(p.name.startswith("hyphenation-") for p in tmp_path.iterdir()) or not fresh


def test_regex_cache_drops_patterns_no_longer_used(tmp_path):
    # Older versions' patterns (a lexicon edited many times) do not pile up in the file.
    import marshal

    from replylint import regex_cache

    stale = {(f"stale-{i}-\\d+", 0): regex_cache._arguments(f"stale-{i}-\\d+", 0) for i in range(3000)}
    (tmp_path / regex_cache._name()).write_bytes(marshal.dumps(stale))
    code = ("import re\nfrom replylint import regex_cache\n"
            "with regex_cache.recording():\n    re.compile(r'stale-1-\\d+'); re.compile(r'fresh-\\d+')\n"
            "regex_cache.save()\n")
    out = _run(code, REPLYLINT_CACHE_DIR=str(tmp_path))
    assert out.returncode == 0, out.stderr
    kept = marshal.loads((tmp_path / regex_cache._name()).read_bytes())
    assert set(kept) == {("stale-1-\\d+", 0), ("fresh-\\d+", 0)}
