#!/usr/bin/env python3
"""Real-mail workbench: how often replylint blocks real mail, and how often it is right.

Lints a corpus of real mail bodies (JSON Lines with ``id`` and ``body``, like
``../shared/data/real-mail/enron-aeslc-dev.jsonl``) at default settings and prints:

* the share of mails blocked (a finding at or above ``fail-on``, default warning);
* findings per mail by code and severity;
* precision per code from the judgements file (``bench/data/realmail-judgements.jsonl``),
  matched to the current findings by mail id + code + start/end offsets; judgements
  that match no current finding are reported as stale and not counted;
* a seeded sample of unjudged blocking findings per code for a person to judge.

Mail text is shown on the terminal only.  It is never written to a file: a judgement
is ``{"id", "code", "start", "end", "verdict": "right"|"wrong", "reason"}`` (a few words
of reason, no mail text).  Offsets are into the body as read by ``draft_from_text``.

    python bench/realmail.py                          # figures + precision per code
    python bench/realmail.py --sample 5 --code JRG002 # show 5 unjudged blocking JRG002 findings
    python bench/realmail.py --sample 5 --judge       # judge them at a prompt (appends verdicts)
    python bench/realmail.py --write-precision        # regenerate the shipped precision data
    python bench/realmail.py --json                   # figures as JSON
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from replylint.config import Config  # noqa: E402
from replylint.draft import draft_from_text  # noqa: E402
from replylint.engine import lint_many  # noqa: E402
from replylint.findings import Severity  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "real-mail" / "enron-aeslc-dev.jsonl"
DEFAULT_JUDGEMENTS = ROOT / "bench" / "data" / "realmail-judgements.jsonl"
PRECISION_DATA = ROOT / "src" / "replylint" / "data" / "precision.json"
VERDICTS = ("right", "wrong")


def load_corpus(path: Path, limit: int | None) -> list[dict]:
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                sys.exit(f"realmail: {path}:{n}: not JSON ({exc.msg})")
            items.append(item)
            if limit and len(items) >= limit:
                break
    return items


def load_judgements(path: Path) -> list[dict]:
    out = []
    if not path.exists():
        return out
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                j = json.loads(line)
            except json.JSONDecodeError as exc:
                sys.exit(f"realmail: {path}:{n}: not JSON ({exc.msg})")
            if j.get("verdict") not in VERDICTS or not {"id", "code", "start", "end"} <= j.keys():
                sys.exit(f"realmail: {path}:{n}: needs id, code, start, end and verdict right|wrong")
            out.append(j)
    return out


def key(mail_id: str, code: str, start: int, end: int) -> tuple:
    return (mail_id, code, int(start), int(end))


def lint_corpus(items: list[dict], config: Config) -> list[tuple[dict, object, list]]:
    drafts = [draft_from_text(it["body"], path=it["id"]) for it in items]
    return [(it, res.draft, res.findings) for it, res in zip(items, lint_many(drafts, config))]


def sentence_around(text: str, start: int, end: int, width: int = 220) -> str:
    """The sentence (or line) holding the match, for the terminal only."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    right_candidates = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    lo = max(left + 1, start - width)
    hi = min(right, end + width)
    s = text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]
    return " ".join(s.split())


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n // 2] + " … " + s[-n // 2:]


def precision_table(findings_by_key: dict, judgements: list[dict]) -> tuple[dict, list[dict]]:
    """Per code: judged, right (only judgements matching a current finding); plus stale ones."""
    per: dict[str, Counter] = defaultdict(Counter)
    stale = []
    seen = set()
    for j in judgements:
        k = key(j["id"], j["code"], j["start"], j["end"])
        if k in seen:
            continue
        seen.add(k)
        f = findings_by_key.get(k)
        if f is None:
            stale.append(j)
            continue
        blocking = f.severity >= Severity.WARNING
        per[j["code"]]["judged"] += 1
        per[j["code"]]["right"] += j["verdict"] == "right"
        if blocking:
            per[j["code"]]["judged_blocking"] += 1
            per[j["code"]]["right_blocking"] += j["verdict"] == "right"
    return per, stale


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, nargs="?", default=DEFAULT_CORPUS)
    ap.add_argument("--judgements", type=Path, default=DEFAULT_JUDGEMENTS)
    ap.add_argument("--limit", type=int, help="only the first N mails")
    ap.add_argument("--sample", type=int, default=0, metavar="K", help="show K unjudged findings per code")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--code", action="append", help="only sample these codes (repeatable)")
    ap.add_argument("--any-severity", action="store_true",
                    help="sample info findings too (to judge rules that are info by default)")
    ap.add_argument("--judge", action="store_true",
                    help="ask for a verdict on each sampled finding (r/w + reason, s skip, q quit) and append it")
    ap.add_argument("--stale", action="store_true", help="list stale judgements")
    ap.add_argument("--write-precision", action="store_true",
                    help=f"write per-code precision to {PRECISION_DATA.relative_to(ROOT)}")
    ap.add_argument("--fail-on", choices=["info", "warning", "error"], default=None)
    ap.add_argument("--model", help="spaCy pipeline to use instead of the built-in one")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    if not args.corpus.exists():
        print(f"realmail: no corpus at {args.corpus} (skipped)", file=sys.stderr)
        return 0
    items = load_corpus(args.corpus, args.limit)
    config = Config(model=args.model)
    fail_on = Severity.parse(args.fail_on) if args.fail_on else config.fail_on
    t0 = time.perf_counter()
    results = lint_corpus(items, config)
    elapsed = time.perf_counter() - t0

    by_code: dict[str, Counter] = defaultdict(Counter)
    mails_blocked_by: Counter = Counter()
    findings_by_key = {}
    blocked = 0
    total = 0
    for it, draft, findings in results:
        total += len(findings)
        codes_blocking = set()
        for f in findings:
            by_code[f.code][str(f.severity)] += 1
            findings_by_key[key(it["id"], f.code, f.start, f.end)] = f
            if f.severity >= fail_on:
                codes_blocking.add(f.code)
        if codes_blocking:
            blocked += 1
            mails_blocked_by.update(codes_blocking)
    judgements = load_judgements(args.judgements)
    per, stale = precision_table(findings_by_key, judgements)
    n = len(items)
    jb = sum(c["judged_blocking"] for c in per.values())
    rb = sum(c["right_blocking"] for c in per.values())
    report = {
        "corpus": args.corpus.name, "mails": n, "seconds": round(elapsed, 1), "fail_on": str(fail_on),
        "blocked": blocked, "blocked_share": round(blocked / n, 4) if n else 0.0,
        "findings_per_mail": round(total / n, 3) if n else 0.0,
        "judged_blocking": jb, "right_blocking": rb,
        "blocking_precision": round(rb / jb, 3) if jb else None,
        "stale_judgements": len(stale),
        "codes": {},
    }
    # The sample is stratified by code, so the plain share of right verdicts over-weights
    # rare codes; weight each code's judged precision by its share of blocking findings.
    n_block = {code: sum(c[s] for s in ("warning", "error")) for code, c in by_code.items()}
    est_w = sum(n_block[c] for c in per if per[c]["judged_blocking"])
    if est_w:
        report["blocking_precision_weighted"] = round(sum(
            n_block[c] * per[c]["right_blocking"] / per[c]["judged_blocking"]
            for c in per if per[c]["judged_blocking"]) / est_w, 3)
        report["blocking_codes_unjudged"] = sorted(c for c, k in n_block.items() if k and not per[c]["judged_blocking"])
    for code in sorted(by_code.keys() | per.keys()):
        c, p = by_code[code], per[code]
        report["codes"][code] = {
            "info": c["info"], "warning": c["warning"], "error": c["error"],
            "mails_blocked": mails_blocked_by[code],
            "judged": p["judged"], "right": p["right"],
            "precision": round(p["right"] / p["judged"], 3) if p["judged"] else None,
            "judged_blocking": p["judged_blocking"], "right_blocking": p["right_blocking"],
        }

    if args.write_precision:
        write_precision(report, args)

    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{n} mails in {elapsed:.1f}s  ({args.corpus.name}, fail-on {fail_on})")
        print(f"blocked: {blocked}/{n} = {report['blocked_share']:.1%}   findings per mail: {report['findings_per_mail']:.3f}")
        bp = report["blocking_precision"]
        print(f"judged blocking findings: {jb}, right {rb}" + (f" = {bp:.1%}" if bp is not None else "")
              + (f"; weighted by code frequency {report['blocking_precision_weighted']:.1%}"
                 if "blocking_precision_weighted" in report else ""))
        if report.get("blocking_codes_unjudged"):
            print(f"blocking codes with no judged finding: {', '.join(report['blocking_codes_unjudged'])}")
        if stale:
            print(f"stale judgements (match no current finding, not counted): {len(stale)}")
        print(f"\n{'code':<8} {'info':>5} {'warn':>5} {'error':>5} {'/mail':>6} {'blocks':>6}  "
              f"{'judged':>6} {'right':>5} {'prec':>6}")
        for code, c in report["codes"].items():
            per_mail = (c["info"] + c["warning"] + c["error"]) / n if n else 0
            prec = f"{c['precision']:.2f}" if c["precision"] is not None else "-"
            print(f"{code:<8} {c['info']:>5} {c['warning']:>5} {c['error']:>5} {per_mail:>6.3f} "
                  f"{c['mails_blocked']:>6}  {c['judged']:>6} {c['right']:>5} {prec:>6}")
    if args.stale:
        for j in stale:
            print(f"  stale: {j['id']} {j['code']} {j['start']}-{j['end']} {j['verdict']} ({j.get('reason', '')})")
    if args.sample:
        sample(results, judgements, fail_on, args)
    return 0


def sample(results, judgements, fail_on: Severity, args) -> None:
    judged = {key(j["id"], j["code"], j["start"], j["end"]) for j in judgements}
    pool: dict[str, list] = defaultdict(list)
    for it, draft, findings in results:
        for f in findings:
            if not args.any_severity and f.severity < fail_on:
                continue
            if args.code and f.code not in args.code:
                continue
            k = key(it["id"], f.code, f.start, f.end)
            if k not in judged:
                pool[f.code].append((it, draft, f))
    rng = random.Random(args.seed)
    out = open(args.judgements, "a", encoding="utf-8") if args.judge else None
    try:
        for code in sorted(pool):
            cands = pool[code]
            rng.shuffle(cands)
            for it, draft, f in cands[: args.sample]:
                text = draft.text
                print(f"\n--- {it['id']}  {f.code} {f.severity}  {f.start}-{f.end}  part={f.part}")
                print(f"    message: {f.message}")
                print(f"    flagged: {_clip(repr(text[f.start:f.end]), 240)}")
                print(f"    context: {_clip(sentence_around(text, f.start, f.end), 480)}")
                stub = {"id": it["id"], "code": f.code, "start": f.start, "end": f.end}
                if out is None:
                    print(f"    judge:   {json.dumps(stub)}")
                    continue
                answer = input("    verdict [r/w reason | s | q]: ").strip()
                if answer.lower() == "q":
                    return
                m = re.match(r"([rw])\b\s*(.*)", answer, re.I)
                if not m:
                    continue
                stub.update(verdict="right" if m.group(1).lower() == "r" else "wrong", reason=m.group(2)[:80])
                out.write(json.dumps(stub) + "\n")
                out.flush()
    finally:
        if out:
            out.close()


def write_precision(report: dict, args) -> None:
    """Per-code judged precision, shipped in the package (read by replylint.precision)."""
    data = {
        "_about": ("Judged precision of each rule's findings on real mail, generated by "
                   "`python bench/realmail.py --write-precision` from bench/data/realmail-judgements.jsonl."),
        "corpus": report["corpus"], "mails": report["mails"], "codes": {},
    }
    if PRECISION_DATA.exists():  # keep what bench/eval.py --write-precision measured on drafts
        previous = json.loads(PRECISION_DATA.read_text(encoding="utf-8"))
        data.update({k: v for k, v in previous.items() if k.startswith("drafts")})
    for code, c in report["codes"].items():
        total = c["info"] + c["warning"] + c["error"]
        data["codes"][code] = {"findings": total, "judged": c["judged"], "right": c["right"]}
    PRECISION_DATA.parent.mkdir(parents=True, exist_ok=True)
    PRECISION_DATA.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {PRECISION_DATA.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
