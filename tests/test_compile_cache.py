"""Compiled lexicon phrases cached between runs (issue 15): same findings, keyed by the
lexicons, never holding draft text."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = r"""
import json, sys
from replylint import Config, lint_text
from pathlib import Path
cfg = Config.load(Path(sys.argv[1])) if len(sys.argv) > 1 else Config()
text = ("Hi Zebulon Quixotic-Marchbanks,\n\nWe guarantee delivery by tomorrow, and we will leverage "
        "our synergies. Card 4111 1111 1111 1111. Plumbago vorticity xylophage.\n\nBest,\nBo\n")
rep = lint_text(text, cfg, to="zebulon@quixotic-client.example")
print(json.dumps([f.to_dict() for f in rep.findings]))
"""


def run(cache: Path, *args: str, **env) -> list:
    full = {**os.environ, "REPLYLINT_CACHE_DIR": str(cache), **env}
    full.pop("REPLYLINT_NO_CACHE", None) if "REPLYLINT_NO_CACHE" not in env else None
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=full, timeout=600)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_cache_is_written_reused_and_gives_the_same_findings(tmp_path):
    cache = tmp_path / "cache"
    cold = run(cache)
    files = list(cache.glob("phrases-*.json"))
    assert len(files) == 1
    memo = json.loads(files[0].read_text(encoding="utf-8"))
    assert len(memo) > 1000  # the built-in lexicons' phrases
    stamp = files[0].stat().st_mtime_ns
    warm = run(cache)
    assert warm == cold and {f["code"] for f in warm} >= {"LEK001", "JRG001"}
    assert files[0].stat().st_mtime_ns == stamp  # nothing new to write: read, not rebuilt
    assert run(tmp_path / "off", REPLYLINT_NO_CACHE="1") == cold
    assert not (tmp_path / "off").exists()


def test_cache_never_holds_draft_text(tmp_path):
    cache = tmp_path / "cache"
    run(cache)
    blob = b"".join(p.read_bytes() for p in cache.iterdir()).lower()
    for word in (b"zebulon", b"quixotic", b"plumbago", b"vorticity", b"xylophage", b"4111", b"bo\n"):
        assert word not in blob


def test_a_changed_lexicon_gets_a_new_cache(tmp_path):
    cache = tmp_path / "cache"
    run(cache)
    lex = tmp_path / "terms.toml"
    lex.write_text('[jargon.buzzwords]\n"plumbago vorticity" = "plain words"\n', encoding="utf-8")
    cfg = tmp_path / ".replylint.toml"
    cfg.write_text(f'lexicons = ["{lex}"]\n', encoding="utf-8")
    found = run(cache, str(cfg))
    assert len(list(cache.glob("phrases-*.json"))) == 2
    assert any("plumbago vorticity" in f["message"].lower() for f in found)
    lex.write_text('[jargon.buzzwords]\n"xylophage" = "plain words"\n', encoding="utf-8")
    found = run(cache, str(cfg))
    assert len(list(cache.glob("phrases-*.json"))) == 3
    assert not any("plumbago" in f["message"].lower() for f in found) and any("xylophage" in f["message"].lower() for f in found)


def test_builtin_lexicons_cached_parsed_and_each_caller_gets_its_own_copy(tmp_path, monkeypatch):
    from replylint import lexicon

    monkeypatch.setenv("REPLYLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REPLYLINT_NO_CACHE", raising=False)
    lexicon._builtin.cache_clear()
    try:
        parsed = lexicon.builtin_tables()
        (blob,) = tmp_path.glob("lexicons-*.marshal")
        # The cached tables are what the TOML files say.
        for path in sorted(lexicon.builtin_dir().glob("*.toml")):
            assert parsed[path.stem] == lexicon._load_toml(path, builtin=True), path.name
        parsed["jargon"].clear()
        assert lexicon.builtin_tables()["jargon"], "a caller's change leaked into the next copy"
        # A damaged cache file is parsed again (and the result is the same).
        blob.write_bytes(b"\x00garbage")
        lexicon._builtin.cache_clear()
        assert lexicon.builtin_tables() == {p.stem: lexicon._load_toml(p, builtin=True)
                                            for p in sorted(lexicon.builtin_dir().glob("*.toml"))}
    finally:
        lexicon._builtin.cache_clear()


def test_old_cache_files_are_pruned(tmp_path, monkeypatch):
    from replylint import compile_cache

    monkeypatch.setenv("REPLYLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REPLYLINT_NO_CACHE", raising=False)
    for i in range(compile_cache.KEEP + 5):
        (tmp_path / f"phrases-old{i:02d}.json").write_text("{}")
        os.utime(tmp_path / f"phrases-old{i:02d}.json", (1000 + i, 1000 + i))
    (tmp_path / "unrelated.txt").write_text("kept")
    compile_cache.save("new", {"a": [{"LOWER": "a"}]})
    left = sorted(p.name for p in tmp_path.glob("phrases-*.json"))
    assert len(left) == compile_cache.KEEP and "phrases-new.json" in left
    assert "phrases-old00.json" not in left and f"phrases-old{compile_cache.KEEP + 4:02d}.json" in left
    assert (tmp_path / "unrelated.txt").exists()
