"""Rebuild every shipped model from the corpus in the repository: ``python -m replylint.training``.

For each ``training/configs/<name>.cfg`` this

1. asks ``training/corpus.py`` for the model's labelled examples (hand-written
   sentences, sentences it composes from hand-written parts, and for ``remark`` the
   training fold of the offensive-tweets set when ``../shared`` is present),
2. splits off a seeded tenth as spaCy's dev set (for spaCy's training log only),
3. runs ``spacy train`` with the config (fixed seed, CPU),
4. writes ``src/replylint/models/<name>/`` (``weights.bin``, ``model.json``).

Everything is seeded, so the same corpus gives the same weights.  ``model.json`` records
a fingerprint of the exact training inputs (the examples, the config, the seed) and of
the weights; ``python -m replylint.training --check`` recomputes the inputs' fingerprint
from the repository without training and names every shipped model that its corpus or
config no longer builds (tests/test_model_inputs.py runs it).  It needs the source tree
(``training/`` is not in the wheel); ``--root`` points at it.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import sys
import tempfile
import time
from pathlib import Path

SEED = 18
ROOT = Path(__file__).resolve().parents[2]


def load_corpus_module(root: Path):
    path = root / "training" / "corpus.py"
    if not path.is_file():
        raise SystemExit(f"replylint.training: no corpus at {path} (run from a source checkout, or pass --root)")
    spec = importlib.util.spec_from_file_location("replylint_training_corpus", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def model_doc(nlp, text: str):
    """What a model reads: the text tokenized as written, then each token lower-cased and
    whitespace tokens dropped, which is what the replylint_classifier component feeds
    it from the Doc's LOWER column (lower-casing before tokenizing would split "Ms."
    differently)."""
    from spacy.tokens import Doc

    doc = nlp.make_doc(text)
    words = [t.lower_ for t in doc if not t.is_space]
    return Doc(nlp.vocab, words=words or [" "])


def to_docbin(nlp, examples: list[tuple[str, dict[str, float]]], path: Path) -> None:
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    for text, cats in examples:
        doc = model_doc(nlp, text)
        doc.cats = cats
        db.add(doc)
    db.to_disk(path)


def fingerprint(examples) -> str:
    h = hashlib.sha256()
    for text, cats in examples:
        h.update(text.encode("utf-8"))
        h.update(json.dumps(cats, sort_keys=True).encode())
    return h.hexdigest()[:16]


def _sha16(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def inputs_record(examples, config_path: Path, seed: int = SEED) -> dict:
    """What a model is trained from, as fingerprints: the examples in order (the dev split
    is drawn from them with ``seed``), the config file's text and the seed.  The same
    inputs give the same weights, so a model whose recorded ``sha256_16`` differs from
    the one its corpus and config give today is stale."""
    examples_fp = fingerprint(examples)
    config_fp = _sha16(config_path.read_text(encoding="utf-8").replace("\r\n", "\n").encode("utf-8"))
    combined = _sha16(f"examples={examples_fp}\nconfig={config_fp}\nseed={seed}\n".encode())
    return {"sha256_16": combined, "examples_sha256_16": examples_fp, "config_sha256_16": config_fp, "seed": seed}


def weights_fingerprint(model_dir: Path) -> str:
    return _sha16((model_dir / "weights.bin").read_bytes())


def train_one(name: str, root: Path, out_dir: Path, corpus) -> dict:
    import spacy

    from .chat_lines import drop_prefixes
    from spacy.cli.train import train as spacy_train
    from spacy.util import fix_random_seed, load_config

    config_path = root / "training" / "configs" / f"{name}.cfg"
    examples, facts = corpus.examples(name, root)
    labels = sorted({label for _, cats in examples for label in cats})
    rng = random.Random(SEED)
    order = list(range(len(examples)))
    rng.shuffle(order)
    n_dev = max(1, len(order) // 10)
    dev = [examples[i] for i in order[:n_dev]]
    train = [examples[i] for i in order[n_dev:]]
    fix_random_seed(SEED)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"replylint-train-{name}-") as tmp:
        tmp = Path(tmp)
        blank = spacy.blank("en")
        to_docbin(blank, train, tmp / "train.spacy")
        to_docbin(blank, dev, tmp / "dev.spacy")
        spacy_train(
            config_path, tmp / "out",
            overrides={"paths.train": str(tmp / "train.spacy"), "paths.dev": str(tmp / "dev.spacy")},
            use_gpu=-1,
        )
        trained = spacy.load(tmp / "out" / "model-last")
        meta = json.loads((tmp / "out" / "model-last" / "meta.json").read_text())
    pipe = trained.get_pipe("textcat_multilabel")
    # Sentences scored by spaCy's own textcat now; the installed wheel must score them the
    # same through the replylint_classifier component (tests/test_models.py).
    module = corpus.module(name)
    probes = list(getattr(module, "PROBES", []))
    # A corpus that took the time and speaker off its chat lines ("[10:42] Priya: ") says so;
    # the component then feeds the model a chat line's words after them (replylint.chat_lines).
    chat_prefix = getattr(module, "CHAT_PREFIX", None)
    probe_scores = [
        {"text": text, "scores": {label: round(float(v), 4) for label, v in pipe(model_doc(trained, drop_prefixes(text) if chat_prefix else text)).cats.items()}}
        for text in probes
    ]
    arch = dict(load_config(config_path)["components"]["textcat_multilabel"]["model"])
    arch.pop("nO", None)
    target = out_dir / name
    target.mkdir(parents=True, exist_ok=True)
    (target / "weights.bin").write_bytes(pipe.model.to_bytes())
    info = {
        "name": name,
        "labels": list(pipe.labels),
        "architecture": arch,
        "seed": SEED,
        "spacy": spacy.__version__,
        "config": f"training/configs/{name}.cfg",
        "examples": {"train": len(train), "dev": len(dev), "sha256_16": fingerprint(examples)},
        "inputs": inputs_record(examples, config_path),
        "weights_sha256_16": _sha16(pipe.model.to_bytes()),
        "positives": {label: sum(1 for _, c in examples if c.get(label)) for label in labels},
        "sources": facts,
        "spacy_dev_scores": {k: v for k, v in (meta.get("performance") or {}).items() if k.startswith("cats_") and isinstance(v, (int, float))},
        "train_seconds": round(time.perf_counter() - t0, 1),
        "probes": probe_scores,
    }
    if chat_prefix:
        info["chat_prefix"] = chat_prefix
    (target / "model.json").write_text(json.dumps(info, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return info


def check_one(name: str, root: Path, models_dir: Path, corpus) -> dict:
    """Whether the shipped model ``name`` is what its corpus and config build today
    (fingerprints only: nothing is trained).  Returns ``{"name", "status", "reason"}``,
    status ``ok``, ``stale`` or ``skipped`` (its corpus needs ``../shared`` data that
    is not there, so today's examples cannot be compared)."""
    model_dir = models_dir / name
    config_path = root / "training" / "configs" / f"{name}.cfg"
    if not (model_dir / "model.json").is_file():
        return {"name": name, "status": "stale", "reason": f"no shipped model in {model_dir} for {config_path.name}"}
    if not config_path.is_file():
        return {"name": name, "status": "stale", "reason": f"shipped, but {config_path} is gone"}
    meta = json.loads((model_dir / "model.json").read_text(encoding="utf-8"))
    recorded = meta.get("inputs") or {}
    if meta.get("weights_sha256_16") != weights_fingerprint(model_dir):
        return {"name": name, "status": "stale", "reason": "weights.bin is not the file model.json was written with"}
    examples, facts = corpus.examples(name, root)
    if "tweets_source" in (meta.get("sources") or {}) and meta["sources"].get("tweets_positive") and not facts.get("tweets_positive"):
        return {"name": name, "status": "skipped",
                "reason": "trained with the offensive-tweets fold, which is not at ../shared/data/offensive-tweets"}
    today = inputs_record(examples, config_path, int(meta.get("seed", SEED)))
    if today["sha256_16"] == recorded.get("sha256_16"):
        return {"name": name, "status": "ok", "reason": f"inputs {today['sha256_16']}"}
    changed = [part for part in ("examples", "config") if today[f"{part}_sha256_16"] != recorded.get(f"{part}_sha256_16")]
    return {"name": name, "status": "stale",
            "reason": (f"its {' and '.join(changed) or 'inputs'} changed since it was trained "
                       f"(recorded {recorded.get('sha256_16')}, today {today['sha256_16']}): "
                       f"rebuild with python -m replylint.training {name}")}


def check(names: list[str], root: Path, models_dir: Path) -> list[dict]:
    corpus = load_corpus_module(root)
    return [check_one(name, root, models_dir, corpus) for name in names]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m replylint.training", description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="models to rebuild (default: every training/configs/*.cfg)")
    ap.add_argument("--root", type=Path, default=ROOT, help="the source checkout (default: %(default)s)")
    ap.add_argument("--output-dir", type=Path, default=None, help="where model directories go (default: src/replylint/models)")
    ap.add_argument("--check", action="store_true",
                    help="train nothing: say whether each shipped model is what its corpus and config build today "
                         "(exit status 1 when one is stale)")
    ap.add_argument("--json", action="store_true", help="with --check: one JSON object a model")
    args = ap.parse_args(argv)
    root = args.root.resolve()
    out_dir = args.output_dir or root / "src" / "replylint" / "models"
    names = args.names or sorted(p.stem for p in (root / "training" / "configs").glob("*.cfg"))
    if args.check:
        results = check(names, root, out_dir)
        for r in results:
            print(json.dumps(r) if args.json else f"{r['name']}: {r['status']} ({r['reason']})", flush=True)
        return 1 if any(r["status"] == "stale" for r in results) else 0
    corpus = load_corpus_module(root)
    for name in names:
        info = train_one(name, root, out_dir, corpus)
        print(f"{name}: {info['examples']['train']} training examples, positives {info['positives']}, "
              f"{info['train_seconds']} s -> {out_dir / name}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
