#!/usr/bin/env python3
"""Synthetic PII bench: recall and precision of the card, IBAN and SSN rules.

Makes a seeded set of short client emails, each planting one value (a card number of a
random scheme and length, an IBAN of a random registry country, a US SSN) or a hard
negative (an order, phone, telex, tracking or invoice number, a Luhn-invalid or masked
card, an IBAN with a wrong check, a date), lints them with the leak rules and prints
recall and precision per kind.  The card ranges here are the generators' usual ones,
written apart from the lexicon's table so the bench does not grade the table by itself.

    python bench/pii.py                 # 1,500 samples, seed 14
    python bench/pii.py -n 3000 --seed 7 -v
"""
from __future__ import annotations

import argparse
import random
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from replylint.config import Config  # noqa: E402
from replylint.draft import draft_from_text  # noqa: E402
from replylint.engine import lint_many  # noqa: E402

# (scheme, prefixes, lengths) as card-number generators commonly use them.
CARD_SPECS = [
    ("visa", ["4"], [13, 16, 19]),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"], [16]),
    ("amex", ["34", "37"], [15]),
    ("discover", ["6011", "65", "644", "649"], [16, 19]),
    ("diners", ["300", "301", "305", "36", "38"], [14]),
    ("jcb", ["3528", "3555", "3589"], [16]),
    ("jcb15", ["2131", "1800"], [15]),
    ("maestro", ["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"], [12, 13, 16, 19]),
    ("unionpay", ["62"], [16, 17, 18, 19]),
    ("mir", ["2200", "2204"], [16]),
    ("rupay", ["60", "652", "508"], [16]),
]
CARD_TEMPLATES = [
    "Please charge my card {v} for the renewal.",
    "My credit card number is {v}, expiry 09/27.",
    "Card: {v}",
    "The customer's Visa {v} was declined twice.",
    "Payment details - {v}, CVV on the back.",
    "Can you refund to {v}? That's the card I paid with.",
    "CC {v} exp 04/26",
    "charge it to {v} please",
]
IBAN_TEMPLATES = [
    "Please send the refund to IBAN {v}.",
    "Our bank details: {v} (Acme Ltd).",
    "Account: {v}",
    "Could you pay the deposit into {v} by Friday?",
]
SSN_TEMPLATES = [
    "My SSN is {v}.",
    "Social security number: {v}",
    "Employee SSN {v} on the W-2 is wrong.",
    "Her social security no. is {v}",
]
NEGATIVE_TEMPLATES = [
    "Your order {n12} has shipped.",
    "Tracking number: 1Z{u6}{n10}",
    "Call me on +44 20 {n4} {n4} or +1 212 555 {n4}.",
    "Telex: {n3} {n9}",
    "Invoice INV-{n6}-{n6} is attached.",
    "Ref {n16}",
    "The meeting is on 2024-05-{d2} at 10:30.",
    "Your card ending {n4} was charged.",
    "Card on file: **** **** **** {n4}",
    "Booking reference {n14}",
    "Order #{n16} confirmed.",
    "Amount due: 1,234,567.89 USD",
    "Serial number {n15}",
    "Your policy number is {n13}.",
]
NAMES = ["Maria", "Tom", "Aisha", "Chen", "Olga", "Ravi", "Lena", "Kofi"]


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        total = 0
        for i, ch in enumerate(reversed(body + d)):
            x = int(ch)
            if i % 2:
                x *= 2
                x -= 9 if x > 9 else 0
            total += x
        if total % 10 == 0:
            return body + d
    raise AssertionError


def make_card(r: random.Random) -> str:
    _, prefixes, lengths = r.choice(CARD_SPECS)
    p, n = r.choice(prefixes), r.choice(lengths)
    number = luhn_complete(p + "".join(r.choice(string.digits) for _ in range(n - len(p) - 1)))
    style = r.random()
    if style < 0.45:
        return number
    sep = r.choice([" ", "-"])
    if n == 15 and style < 0.7:
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i:i + 4] for i in range(0, n, 4))


def make_iban(r: random.Random) -> str:
    from stdnum import numdb

    entries = [(cc, props["bban"]) for _, cc, _, props, _ in numdb.get("iban").prefixes if props.get("bban")]
    cc, bban_fmt = r.choice(entries)
    bban = ""
    import re
    for count, kind in re.findall(r"(\d+)!?([nac])", bban_fmt):
        chars = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind]
        bban += "".join(r.choice(chars) for _ in range(int(count)))
    moved = bban + cc + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    iban = f"{cc}{check:02d}{bban}"
    return iban if r.random() < 0.5 else " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def make_ssn(r: random.Random) -> str:
    area = r.choice([x for x in range(1, 900) if x != 666])
    group, serial = r.randint(1, 99), r.randint(1, 9999)
    return f"{area:03d}-{group:02d}-{serial:04d}" if r.random() < 0.7 else f"{area:03d} {group:02d} {serial:04d}"


def negative(r: random.Random) -> str:
    t = r.choice(NEGATIVE_TEMPLATES)
    fill = {f"n{k}": "".join(r.choice(string.digits) for _ in range(k)) for k in (3, 4, 6, 9, 10, 12, 13, 14, 15, 16)}
    fill["u6"] = "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(6))
    fill["d2"] = f"{r.randint(1, 28):02d}"
    return t.format(**fill)


def samples(n: int, seed: int) -> list[tuple[str, str | None, str | None]]:
    r = random.Random(seed)
    out = []
    for _ in range(n):
        x = r.random()
        if x < 0.1:
            kind, value = "card", make_card(r)
            body = r.choice(CARD_TEMPLATES).format(v=value)
        elif x < 0.2:
            kind, value = "iban", make_iban(r)
            body = r.choice(IBAN_TEMPLATES).format(v=value)
        elif x < 0.3:
            kind, value = "ssn", make_ssn(r)
            body = r.choice(SSN_TEMPLATES).format(v=value)
        else:
            kind, value, body = None, None, negative(r)
        out.append((f"Hi {r.choice(NAMES)},\n\n{body}\n\nThanks\n", kind, value))
    return out


CODES = {"LEK001": "card", "LEK002": "iban", "LEK003": "ssn"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    data = samples(args.n, args.seed)
    config = Config.from_dict({"select": list(CODES)})
    drafts = [draft_from_text(text, path=f"s{i}") for i, (text, _, _) in enumerate(data)]
    stats = {k: {"planted": 0, "found": 0, "reported": 0, "right": 0} for k in CODES.values()}
    for (text, kind, value), res in zip(data, lint_many(drafts, config)):
        if kind:
            stats[kind]["planted"] += 1
        hits = [(CODES[f.code], text[f.start:f.end]) for f in res.findings if f.code in CODES]
        for k, shown in hits:
            stats[k]["reported"] += 1
            ok = k == kind and shown.replace(" ", "").replace("-", "") == value.replace(" ", "").replace("-", "")
            stats[k]["right"] += ok
            if not ok and args.verbose:
                print(f"false positive {k}: {text.strip().splitlines()[2]!r}")
        if kind and any(k == kind for k, _ in hits):
            stats[kind]["found"] += 1
        elif kind and args.verbose:
            print(f"missed {kind}: {value}")
    for k, s in stats.items():
        rec = s["found"] / max(s["planted"], 1)
        prec = s["right"] / s["reported"] if s["reported"] else 1.0
        print(f"{k:5} planted {s['planted']:4}  found {s['found']:4}  recall {rec:.3f}  precision {prec:.3f}  ({s['reported']} reported)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
