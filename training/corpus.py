"""The training corpus: which examples each model learns from.

``examples(name, root)`` returns ``(examples, facts)``: a list of ``(text, cats)`` pairs,
``cats`` mapping each label of the model to 1.0 or 0.0, and a dict of facts for the
model card (counts per source, licences).  Each model's examples come from
``training/corpora/<name>.py`` (its ``examples(root)``), which combines

* sentences written by hand for this project (``training/corpora/<name>/*.txt``,
  one a line; the file name says the label: ``pos-*.txt`` or ``neg-*.txt``),
* sentences composed from hand-written parts (seeded, so the corpus is the same on
  every run), and
* public data where its licence allows shipping a model trained on it.

Run ``python training/corpus.py NAME`` to print a model's corpus as JSON lines.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def module(name: str):
    path = HERE / "corpora" / f"{name}.py"
    if not path.is_file():
        raise SystemExit(f"corpus: no corpus builder {path}")
    if str(HERE / "corpora") not in sys.path:
        sys.path.insert(0, str(HERE / "corpora"))
    spec = importlib.util.spec_from_file_location(f"replylint_corpus_{name}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def examples(name: str, root: Path | None = None):
    return module(name).examples(Path(root or HERE.parent))


if __name__ == "__main__":
    exs, facts = examples(sys.argv[1])
    for text, cats in exs:
        print(json.dumps({"text": text, "cats": cats}, ensure_ascii=False))
    print(json.dumps(facts), file=sys.stderr)
