#!/usr/bin/env python3
"""Which multi-pattern matcher should pick the lexicon phrases a draft could hold? (issue 15)

Every phrase set (patterns.PhraseSet) first asks which of its phrases can match in a
draft at all, then walks only those.  Its answer today: the set of lemma and lower-case
hashes of the Doc's tokens (patterns.DocIndex, built once per Doc and shared by every
set), intersected with the set's anchor words: each phrase is indexed on its rarest
required word.  This bench times that against compiled multi-pattern matchers over the
same anchor words, on real mail, one process, CPU time:

* ``hash-set``: the intersection above (the DocIndex's cost is counted apart: the
  phrase walk needs its columns anyway);
* ``re2-set``: google-re2's ``Set`` of every anchor word (word-bounded, caseless) over
  the draft's text;
* ``aho-corasick``: a ``pyahocorasick`` automaton of the anchor words over the lower-cased
  text, word boundaries checked on each hit (only when pyahocorasick is installed: it is
  not a replylint dependency);
* ``phrase-matcher``: spaCy's ``PhraseMatcher`` on LOWER with one pattern per anchor word.

The raw-text matchers can only look for surface forms: a lemma anchor ("leverage")
would need every inflection ("leveraging", "leveraged") listed to find what the hash
set finds, so their figures are a lower bound of what a faithful version would cost.

    python bench/prefilter.py [--drafts 1000]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL_MAIL = ROOT.parent / "shared" / "data" / "real-mail" / "enron-aeslc-dev.jsonl"
sys.path.insert(0, str(ROOT / "src"))

from replylint.config import Config  # noqa: E402
from replylint.draft import read_draft  # noqa: E402
from replylint.engine import lint_many, make_doc  # noqa: E402
from replylint.patterns import DocIndex, PhraseSet  # noqa: E402
from replylint.pipeline import get_pipeline  # noqa: E402


def phrase_sets(pipeline) -> list[PhraseSet]:
    """Every PhraseSet the rules compiled (found in the pipeline's compiled cache)."""
    found, seen = [], set()

    def walk(value, depth=0):
        if id(value) in seen or depth > 4:
            return
        seen.add(id(value))
        if isinstance(value, PhraseSet):
            found.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v, depth + 1)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v, depth + 1)
        elif hasattr(value, "__dict__"):
            for v in vars(value).values():
                walk(v, depth + 1)

    walk(list(pipeline._cache.values()))
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--drafts", type=int, default=1000)
    args = ap.parse_args()
    if not REAL_MAIL.is_file():
        print(f"prefilter: {REAL_MAIL} is missing", file=sys.stderr)
        return 2
    bodies = [json.loads(line)["body"] for line in REAL_MAIL.read_text(encoding="utf-8").splitlines() if line.strip()]
    bodies = bodies[: args.drafts]
    config = Config()
    drafts = [read_draft(b.encode("utf-8"), f"mail{i}.txt") for i, b in enumerate(bodies)]
    list(lint_many(drafts[:50], config))  # the rules compile their phrase sets
    pipeline = get_pipeline(config.model, config.lexicons)
    sets = phrase_sets(pipeline)
    strings = pipeline.nlp.vocab.strings
    anchors = sorted({strings[h] for ps in sets for col in (0, 1) for h in ps._anchored[col]})
    words = [w for w in anchors if re.fullmatch(r"[\w'’-]+", w)]
    docs = list(pipeline.pipe(make_doc(pipeline, d) for d in drafts))
    texts = [d.masked for d in drafts]
    print(f"{len(docs)} real mails, {len(sets)} phrase sets, {len(anchors)} anchor words")
    clock = time.process_time
    figures: dict[str, float] = {}

    t = clock()
    indexes = [DocIndex(doc) for doc in docs]
    figures["DocIndex (built once per Doc, shared)"] = clock() - t
    keys = [ps._anchor_keys for ps in sets]
    t = clock()
    hits_hash = 0
    for index in indexes:
        for lemma_keys, lower_keys in keys:
            hits_hash += len(index.present[0] & lemma_keys) + len(index.present[1] & lower_keys)
    figures["hash-set intersection"] = clock() - t

    import re2

    opts = re2.Options()
    opts.case_sensitive = False
    t = clock()
    rset = re2.Set.SearchSet(opts)
    for w in words:
        rset.Add(rf"\b{re.escape(w)}\b")
    rset.Compile()
    figures["re2-set compile"] = clock() - t
    t = clock()
    hits_re2 = sum(len(rset.Match(text)) for text in texts)
    figures["re2-set match"] = clock() - t

    try:
        import ahocorasick
    except ImportError:
        ahocorasick = None
    if ahocorasick is not None:
        t = clock()
        auto = ahocorasick.Automaton()
        for i, w in enumerate(words):
            auto.add_word(w.lower(), (i, len(w)))
        auto.make_automaton()
        figures["aho-corasick build"] = clock() - t
        t = clock()
        hits_aho = 0
        for text in texts:
            low = text.lower()
            n = len(low)
            got = set()
            for end, (i, size) in auto.iter(low):
                start = end - size + 1
                if (start == 0 or not low[start - 1].isalnum()) and (end + 1 == n or not low[end + 1].isalnum()):
                    got.add(i)
            hits_aho += len(got)
        figures["aho-corasick match"] = clock() - t

    from spacy.matcher import PhraseMatcher

    t = clock()
    matcher = PhraseMatcher(pipeline.nlp.vocab, attr="LOWER")
    tokenizer = pipeline.nlp.tokenizer
    matcher.add("anchors", [tokenizer(w) for w in words])
    figures["phrase-matcher build"] = clock() - t
    t = clock()
    hits_pm = sum(len({doc[s:e].text.lower() for _, s, e in matcher(doc)}) for doc in docs)
    figures["phrase-matcher match"] = clock() - t

    for name, seconds in figures.items():
        print(f"  {name:<40} {seconds * 1000:8.1f} ms CPU")
    print(f"  anchor hits: hash-set {hits_hash}, re2-set {hits_re2}"
          + (f", aho-corasick {hits_aho}" if ahocorasick is not None else "") + f", phrase-matcher {hits_pm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
