#!/usr/bin/env python3
"""Measure replylint on a labelled set of drafts (the format of shared/eval/dev.jsonl).

Each item becomes an email (Subject, To, body) and a roster config from its ``clients``.
A draft counts as flagged for a category when it has a finding of that category at
severity warning or error.  Prints precision, recall and F1 per category, and the
false-positive rate on clean drafts (hard negatives separately), and the share of clean
drafts raising a warning or error from any code at all (tone, template, follow-up,
completeness and personalization included: what a pre-send hook would stop), in two views:

* declared severities (``preview = true``): what the rules find, each at the severity its
  author gave it -- the view to compare rules and models by (JSON ``categories``);
* default severities: what blocks a send out of the box, where a rule whose measured
  precision on real mail is below 0.9 is info (JSON ``categories_default``).

    python bench/eval.py ../shared/eval/dev.jsonl [--category leak] [--misses]
    python bench/eval.py bench/data/heldout.jsonl     # held out: measure, never tune
    python bench/eval.py DATA --ablation              # rules alone / models alone / both
    python bench/eval.py --tweets                     # remark on the held-out offensive-tweets fold

``--ablation`` runs the set three times at declared severities: *rules alone* (the
``replylint_classifier`` component switched off, so no rule sees a model score),
*models alone* (only the findings of rules made from a model's scores, those with a
``model_label``, and of rules whose context the models decide, EMP001-EMP003, with
``empathy-context = "models"``) and *combined* (what replylint does).  ``--tweets`` lints each tweet
of the held-out fold of ``../shared/data/offensive-tweets/`` (a fixed fifth, never
trained on; ``training/corpora/_common.py``) and reports remark recall on hate and
offensive tweets and the share of 'neither' tweets flagged, for the same three views.
"""
from __future__ import annotations

import argparse
import subprocess
from collections import Counter
import json
import sys
import time
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from replylint.config import Config  # noqa: E402
from replylint.draft import draft_from_message  # noqa: E402
from replylint.engine import lint_many  # noqa: E402
from replylint.findings import Severity  # noqa: E402
from replylint.rules import options  # noqa: E402
from replylint.rules import get_rule  # noqa: E402

CATEGORIES = ["jargon", "overpromise", "empathy", "leak", "remark"]


def load(path: Path) -> list[dict]:
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    sys.exit(f"eval: {path}:{n}: not JSON ({exc.msg})")
    return items


def to_message(item: dict) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = item.get("subject", "")
    if item.get("to"):
        msg["To"] = item["to"]
    msg.set_content(item["body"])
    return msg


def labelled_draft(item: dict):
    """The item as a message draft.  The labelled sets hold bodies only: whether a file would
    have been attached is unknown, so the attachment check must not assume there is none."""
    draft = draft_from_message(to_message(item), path=item["id"])
    for d in (draft, *draft.extras):
        d.attachments_known = False
    return draft


def config_for(item: dict, base: Config) -> Config:
    clients = {name: {"aliases": [], "domains": []} for name in item.get("clients", [])}
    return base.with_overrides(clients=clients) if clients else base


ROOT = Path(__file__).resolve().parents[1]
VIEWS = ("rules alone", "models alone", "combined")


def _view_findings(findings, view: str):
    if view == "models alone":
        return [f for f in findings if getattr(get_rule(f.code), "model_label", None) or _model_context(f.code)]
    if view == "rules alone":
        return [f for f in findings if not getattr(get_rule(f.code), "model_label", None)]
    return findings


def _model_context(code: str) -> bool:
    """Rules that keep their own code but let a model decide when they apply (empathy)."""
    return bool(getattr(get_rule(code), "model_context", False))


def lint_view(drafts_and_configs, view: str):
    """Findings per draft in one ablation view (classifier off for 'rules alone')."""
    from contextlib import nullcontext

    from replylint.pipeline import get_pipeline

    from replylint.rules import all_rules

    model_codes = [r.code for r in all_rules() if getattr(r, "model_label", None) or getattr(r, "model_context", False)]
    out = []
    for draft, cfg in drafts_and_configs:
        if view == "models alone":
            # Only the model rules run, so none of their findings gives way to a rule's.
            # Rules whose context a model decides (EMP001-EMP003) run on the models' reading alone.
            cfg = cfg.with_overrides(select=model_codes, extend_select=[],
                                     options_={**cfg.options_, "empathy-context": "models"})
        pipe = get_pipeline(cfg.model, cfg.lexicons)
        off = view == "rules alone" and "replylint_classifier" in pipe.nlp.pipe_names
        with pipe.nlp.select_pipes(disable=["replylint_classifier"]) if off else nullcontext():
            res = next(lint_many([draft], cfg))
        out.append(_view_findings(res.findings, view))
    return out


def ablation(items: list[dict], base: Config, cats: list[str], as_json: bool) -> dict:
    base = base.with_overrides(preview=True)
    pairs = [(labelled_draft(it), config_for(it, base)) for it in items]
    table: dict = {}
    clean = [i for i, it in enumerate(items) if not it["labels"]]
    for view in VIEWS:
        found = lint_view(pairs, view)
        flagged = [{f.category for f in fs if f.severity >= Severity.WARNING} for fs in found]
        row = {}
        for cat in cats:
            tp = sum(1 for it, fl in zip(items, flagged) if cat in it["labels"] and cat in fl)
            fp = sum(1 for it, fl in zip(items, flagged) if cat not in it["labels"] and cat in fl)
            fn = sum(1 for it, fl in zip(items, flagged) if cat in it["labels"] and cat not in fl)
            p, r, f = prf(tp, fp, fn)
            row[cat] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}
        bad = sum(1 for i in clean if flagged[i] & set(cats))
        row["clean_fp_rate"] = round(bad / len(clean), 3) if clean else 0.0
        table[view] = row
    if not as_json:
        print("\n== ablation at declared severities (F1, with P/R)")
        print(f"{'category':<12} " + " ".join(f"{v:>22}" for v in VIEWS))
        for cat in cats:
            cells = [f"{table[v][cat]['f1']:.3f} ({table[v][cat]['precision']:.2f}/{table[v][cat]['recall']:.2f})" for v in VIEWS]
            print(f"{cat:<12} " + " ".join(f"{c:>22}" for c in cells))
        print(f"{'clean FP':<12} " + " ".join(f"{table[v]['clean_fp_rate']:>22.3f}" for v in VIEWS))
    return table


def tweets_eval(base: Config, as_json: bool) -> dict:
    sys.path.insert(0, str(ROOT / "training" / "corpora"))
    from _common import tweets  # training/corpora/_common.py

    from replylint.draft import draft_from_text

    fold = tweets(ROOT, "heldout")
    if not fold:
        print("eval: ../shared/data/offensive-tweets/ not found; skipped", file=sys.stderr)
        return {}
    base = base.with_overrides(preview=True)
    pairs = [(draft_from_text(text, path=f"tweet{i}"), base) for i, (text, _) in enumerate(fold)]
    out = {"tweets": len(fold), "hate_offensive": sum(1 for _, c in fold if c < 2), "neither": sum(1 for _, c in fold if c == 2)}
    for view in VIEWS:
        found = lint_view(pairs, view)
        hit = [any(f.category == "remark" and f.severity >= Severity.WARNING for f in fs) for fs in found]
        pos = [h for h, (_, c) in zip(hit, fold) if c < 2]
        neg = [h for h, (_, c) in zip(hit, fold) if c == 2]
        hate = [h for h, (_, c) in zip(hit, fold) if c == 0]
        out[view] = {"recall": round(sum(pos) / len(pos), 3), "recall_hate": round(sum(hate) / max(1, len(hate)), 3),
                     "neither_flagged": round(sum(neg) / len(neg), 3)}
    if not as_json:
        print(f"\n== remark on the held-out offensive-tweets fold ({out['tweets']} tweets: "
              f"{out['hate_offensive']} hate/offensive, {out['neither']} neither)")
        print(f"{'view':<14} {'recall':>7} {'(hate)':>7} {'neither flagged':>16}")
        for view in VIEWS:
            v = out[view]
            print(f"{view:<14} {v['recall']:7.3f} {v['recall_hate']:7.3f} {v['neither_flagged']:16.3f}")
    return out


def run(items: list[dict], base: Config, *, preview: bool = True) -> tuple[dict, dict]:
    """Map draft id -> categories flagged (warning or error), and draft id -> findings, at
    declared severities (``preview``) or at default ones."""
    config = base.with_overrides(preview=preview)
    flagged: dict[str, set[str]] = {}
    details: dict[str, list] = {}
    for item in items:
        res = next(lint_many([labelled_draft(item)], config_for(item, config)))
        flagged[item["id"]] = {f.category for f in res.findings if f.severity >= Severity.WARNING}
        details[item["id"]] = res.findings
    return flagged, details


def parse_options(pairs: list[str]) -> dict:
    """``KEY=VALUE`` pairs as checked rule options (a bad one ends the run with its message)."""
    known = options()
    out = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or key not in known:
            sys.exit(f"eval: --option {pair!r}: expected KEY=VALUE with a known rule option")
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        try:
            out[key] = known[key].check(value)
        except ValueError as exc:
            sys.exit(f"eval: --option {pair!r}: {exc}")
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, nargs="?")
    ap.add_argument("--ablation", action="store_true", help="also print rules alone / models alone / combined")
    ap.add_argument("--tweets", action="store_true", help="remark on the held-out offensive-tweets fold")
    ap.add_argument("--category", action="append", choices=CATEGORIES, help="only these categories")
    ap.add_argument("--misses", action="store_true", help="list false positives and negatives (ids and codes)")
    ap.add_argument("--model", help="spaCy pipeline to use instead of the built-in one")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--write-precision", action="store_true",
                    help="write each rule's precision on the labelled development sets (dev, heldout, "
                         "heldout2 to heldout15) into the shipped precision data")
    ap.add_argument("--record-blind", action="store_true",
                    help="record what fires on a held-out set measured for the first time, before "
                         "anyone reads it (bench/data/blind-evidence/SET.json, ids and codes only); "
                         "--write-precision then counts that set as it was measured blind")
    ap.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                    help="set a rule option (VALUE read as JSON, else as a string), e.g. "
                         "empathy-context=rules for the ablation; repeatable")
    args = ap.parse_args()
    base = Config(model=args.model)
    if args.option:
        base = base.with_overrides(options_={**base.options_, **parse_options(args.option)})
    if args.write_precision:
        return write_draft_precision(base)
    if args.record_blind:
        if args.data is None:
            ap.error("--record-blind needs the held-out set")
        return record_blind(Path(args.data), base)
    if args.tweets:
        result = tweets_eval(base, args.json)
        if args.json:
            print(json.dumps(result, indent=2))
        if args.data is None:
            return 0
    if args.data is None:
        ap.error("give a data set (or --tweets)")
    items = load(args.data)
    t0 = time.perf_counter()
    flagged_declared, details = run(items, base)
    # The default view is a second lint at default severities, not the declared findings
    # filtered by each rule's earned severity: the engine keeps a model's finding beside a
    # phrase rule's only when the rule's is weaker, so what blocks by default can hold a
    # model finding the declared view hid behind the rule's warning.
    flagged_default, details_default = run(items, base, preview=False)
    elapsed = time.perf_counter() - t0
    cats = args.category or CATEGORIES
    report = {"items": len(items), "seconds": round(elapsed, 2)}
    if not args.json:
        print(f"{len(items)} drafts in {elapsed:.1f}s")
    for view, flagged, found in (("declared", flagged_declared, details), ("default", flagged_default, details_default)):
        section(view, flagged, items, cats, found, report, args)
    if args.ablation:
        report["ablation"] = ablation(items, base, cats, args.json)
    if args.json:
        print(json.dumps(report, indent=2))
    return 0


DEVELOPMENT_SETS = (ROOT.parent / "shared" / "eval" / "dev.jsonl",
                    *(ROOT / "bench" / "data" / f"{name}.jsonl" for name in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
                                                                             "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15")))
PRECISION_DATA = ROOT / "src" / "replylint" / "data" / "precision.json"


BLIND_RECORDS = ROOT / "bench" / "data" / "blind-evidence"


def draft_pairs(items, details) -> list[dict]:
    """(draft id, code, right) for each code that fires at warning or error on a draft, at
    declared severities, in the five labelled categories: right when the draft is labelled
    with the rule's category.  Ids and codes only, never draft text."""
    pairs = []
    for item in items:
        for code in sorted({f.code for f in details[item["id"]] if f.severity >= Severity.WARNING}):
            rule = get_rule(code)
            if rule is None or rule.category not in CATEGORIES:
                continue
            pairs.append({"id": item["id"], "code": code, "right": rule.category in item["labels"]})
    return pairs


def record_blind(path: Path, base: Config) -> int:
    """Keep what the rules found on a held-out set the first time it is measured, while nobody
    has read it: ``bench/data/blind-evidence/<set>.json``.  Run once, by whoever measures the
    set blind, at that commit; never rewritten afterwards."""
    items = load(path)
    _, details = run(items, base)
    out = BLIND_RECORDS / f"{path.stem}.json"
    if out.exists():
        sys.exit(f"eval: {out.relative_to(ROOT)} exists: a blind record is written once")
    BLIND_RECORDS.mkdir(parents=True, exist_ok=True)
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "unknown"
    record = {"set": path.name, "commit": commit, "items": len(items), "pairs": draft_pairs(items, details)}
    out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)} ({len(record['pairs'])} findings)", file=sys.stderr)
    return 0


def write_draft_precision(base: Config) -> int:
    """Per-code precision on the labelled development drafts, for rules real mail never fires.

    A (draft, code) pair counts once: right when the draft is labelled with the rule's
    category.  Findings are taken at declared severities (warning or error), like ``run``.
    A set with a blind record (``bench/data/blind-evidence/``) counts as it was measured
    before anyone read it, not as it is linted today: once a set's misses have been read and
    fixed, today's run of it flatters the rules, so a false alarm seen blind stays on the
    record and only new evidence can outweigh it.
    """
    missing = [str(p) for p in DEVELOPMENT_SETS if not p.exists()]
    if missing:
        sys.exit(f"eval: missing {', '.join(missing)}")
    counts: dict[str, list[int]] = {}
    sources = []
    for path in DEVELOPMENT_SETS:
        blind = BLIND_RECORDS / f"{path.stem}.json"
        if blind.exists():
            record = json.loads(blind.read_text(encoding="utf-8"))
            pairs = record["pairs"]
            sources.append(f"{path.name} (blind, {record['commit']})")
        else:
            items = load(path)
            _, details = run(items, base)
            pairs = draft_pairs(items, details)
            sources.append(path.name)
        for pair in pairs:
            c = counts.setdefault(pair["code"], [0, 0])
            c[0] += 1
            c[1] += bool(pair["right"])
    data = json.loads(PRECISION_DATA.read_text(encoding="utf-8"))
    data["drafts"] = {code: {"findings": n, "right": r} for code, (n, r) in sorted(counts.items())}
    data["drafts_sets"] = sources
    PRECISION_DATA.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {PRECISION_DATA.relative_to(ROOT)}", file=sys.stderr)
    return 0


def section(view, flagged, items, cats, details, report, args) -> None:
    suffix = "" if view == "declared" else "_default"
    report["categories" + suffix] = {}
    if not args.json:
        title = ("at declared severities (preview = true): what the rules find" if view == "declared"
                 else "at default severities: what blocks a send")
        print(f"\n== {title}")
        print(f"{'category':<12} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for cat in cats:
        tp = sum(1 for it in items if cat in it["labels"] and cat in flagged[it["id"]])
        fp_ids = [it["id"] for it in items if cat not in it["labels"] and cat in flagged[it["id"]]]
        fn_ids = [it["id"] for it in items if cat in it["labels"] and cat not in flagged[it["id"]]]
        p, r, f = prf(tp, len(fp_ids), len(fn_ids))
        report["categories" + suffix][cat] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                                     "tp": tp, "fp": len(fp_ids), "fn": len(fn_ids)}
        if not args.json:
            print(f"{cat:<12} {p:6.3f} {r:6.3f} {f:6.3f}  {tp:3d} {len(fp_ids):3d} {len(fn_ids):3d}")
            if args.misses:
                for i in fp_ids:
                    codes = sorted({x.code for x in details[i] if x.category == cat and x.severity >= Severity.WARNING})
                    print(f"    FP {i}: {', '.join(codes)}")
                for i in fn_ids:
                    print(f"    FN {i}")
    clean = [it for it in items if not it["labels"]]
    hard = [it for it in clean if it.get("note", "").startswith("hard negative")]
    routine = [it for it in clean if it not in hard]

    def fp_rate(group):
        bad = [it["id"] for it in group if flagged[it["id"]] & set(cats)]
        return (len(bad) / len(group) if group else 0.0), bad

    for name, group in (("clean", clean), ("hard-negative", hard), ("routine", routine)):
        rate, bad = fp_rate(group)
        report[f"{name}_fp_rate{suffix}"] = round(rate, 3)
        if not args.json:
            extra = f"  ({', '.join(bad)})" if args.misses and bad else ""
            print(f"{'' if name != 'clean' else chr(10)}false-positive rate on {name} drafts: {rate:.3f} ({len(bad)}/{len(group)}){extra}")
    # Any code at all (tone, template, follow-up, completeness, personalization too): what a
    # pre-send hook would stop.  A clean draft must not raise a warning or error.
    by_draft = {it["id"]: sorted({f.code for f in details[it["id"]] if f.severity >= Severity.WARNING}) for it in clean}
    bad_any = [i for i, codes in by_draft.items() if codes]
    codes_any = Counter(c for codes in by_draft.values() for c in codes)
    report[f"clean_any_code_rate{suffix}"] = round(len(bad_any) / len(clean), 3) if clean else 0.0
    report[f"clean_any_code{suffix}"] = dict(sorted(codes_any.items()))
    if not args.json:
        rate = len(bad_any) / len(clean) if clean else 0.0
        listed = ", ".join(f"{c} {n}" for c, n in sorted(codes_any.items()))
        extra = f"  ({', '.join(f'{i}: {chr(43).join(by_draft[i])}' for i in bad_any)})" if args.misses and bad_any else ""
        print(f"clean drafts raising a warning or error (any code): {rate:.3f} ({len(bad_any)}/{len(clean)})"
              + (f"  [{listed}]" if listed else "") + extra)


if __name__ == "__main__":
    sys.exit(main())
