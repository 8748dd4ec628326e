"""Cards of every scheme range and length, every IBAN registry country, and the context
that keeps telex, phone, order and tracking numbers out.

Card numbers here are built from the lexicon's own ranges with a computed Luhn digit, so
the table and the finder are tested together; a Luhn-invalid twin (last digit changed)
and a masked twin of each must stay clean.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from replylint import lint_text
from replylint.rules.leak import checksums as ck

TABLE = ck.builtin_card_table()


def with_luhn(body: str) -> str:
    """``body`` plus the digit that makes it pass the Luhn check."""
    for d in "0123456789":
        if ck.luhn_ok(body + d):
            return body + d
    raise AssertionError("unreachable")


def card_cases():
    seen = set()
    for plen, lo, hi, name, lengths in TABLE.ranges:
        for prefix in {str(lo).zfill(plen), str(hi).zfill(plen)}:
            for n in sorted(lengths):
                number = with_luhn((prefix + "0123456789" * 2)[: n - 1])
                if TABLE.issuer(number) is None or number in seen:
                    continue
                seen.add(number)
                yield pytest.param(number, id=f"{name}-{prefix}-{n}")


CARDS = list(card_cases())


def test_every_length_from_12_to_19_is_covered():
    assert {len(p.values[0]) for p in CARDS} == set(range(12, 20))
    names = {TABLE.issuer(p.values[0]) for p in CARDS}
    for scheme in ("Visa", "Mastercard", "American Express", "Discover", "Diners Club", "JCB",
                   "UnionPay", "Maestro", "Mir", "RuPay"):
        assert scheme in names


def grouped(number: str, sep: str) -> str:
    return sep.join(number[i:i + 4] for i in range(0, len(number), 4))


@pytest.mark.parametrize("number", CARDS)
def test_every_range_and_length_is_found_in_any_grouping(number):
    for written in (number, grouped(number, " "), grouped(number, "-"), grouped(number, ".")):
        found = ck.find_cards(f"Please charge {written} today.")
        assert [c.value for c in found] == [number], written


@pytest.mark.parametrize("number", CARDS)
def test_luhn_invalid_and_masked_twins_are_not_cards(number):
    bad = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert ck.find_cards(f"Please charge {grouped(bad, ' ')} today.") == []
    masked = grouped(number[:4] + "*" * (len(number) - 8) + number[-4:], " ")
    assert ck.find_cards(f"Please charge {masked} today.") == []


@pytest.mark.parametrize("number,grouping", [
    ("378282246310005", "3782 822463 10005"),     # Amex 4-6-5
    ("30569309025904", "3056 930902 5904"),      # Diners 4-6-4
    ("4222222222222", "4222 222 222 222"),        # Visa 13, 4-3-3-3
])
def test_scheme_layouts(number, grouping):
    assert [c.value for c in ck.find_cards(f"card {grouping}")] == [number]


@pytest.mark.parametrize("text", [
    # A ship's telex and satellite numbers: phone-shaped, after "telex"/"+".
    "Telex : Inmarsat B telex no.+584 330853915",
    "Inmarsat C telex no. 584 330853915",
    "Tel: +44 4111 1111 1111 1111",
    "Order 4111111111111111 has shipped.",
    "Tracking: 4111 1111 1111 1111",
    "Your booking ref 5555555555554444 is confirmed.",
    "IMEI 490154203237518",
    # Groupings no card uses.
    "Call 584 330 853 915 3",
    "Lines 411 111 111 111 1111 in the log",
    # 20+ digits (tracking codes) are never cards.
    "USPS 94001118992234567895",
    "item 4111111111111111.5 units",
])
def test_numbers_that_are_not_cards(text):
    assert ck.find_cards(text) == []


def test_a_not_card_word_that_does_not_label_the_number_is_ignored():
    (c,) = ck.find_cards("Deposit's going on the Amex he gave over the phone, 3714 496353 98431 exp 07/28.")
    assert c.value == "371449635398431"


@pytest.mark.parametrize("text", [
    "We charged the Visa she read out over the phone (4111 1111 1111 1111, exp 03/29) today.",
    "Card details taken by telephone: 5555 5555 5555 4444, expiry 11/27.",
    "He passed it on via fax - 4012 8888 8888 1881 - so we ran it this morning.",
    "Booked using the card given during a call 4111-1111-1111-1111 last night.",
])
def test_a_phone_or_fax_word_naming_the_channel_is_no_label(text):
    # "over the phone", "by telephone", "via fax": how the number was passed on, so a
    # Luhn-valid card layout after it is still a card.
    assert len(ck.find_cards(text)) == 1


@pytest.mark.parametrize("text", [
    "Phone: 4111 1111 1111 1111",
    "Reach the vessel by telex no. 4111 1111 1111 1111",
    "Call us on the phone number 4111 1111 1111 1111 any time.",
])
def test_a_phone_or_telex_number_labelled_before_it_stays_no_card(text):
    assert ck.find_cards(text) == []


def test_a_card_word_after_the_order_word_keeps_the_card():
    (c,) = ck.find_cards("Order 1234 was paid with card 4111 1111 1111 1111.")
    assert c.value == "4111111111111111"


def test_telex_number_in_a_signature_is_no_finding_end_to_end():
    text = ("Hi Ann,\n\nThe vessel arrives Monday.\n\nRegards\nCapt. Ruiz\n"
            "Telex : Inmarsat B telex no.+584 330853915\nFax : +874 330853913\n")
    assert [f.code for f in lint_text(text).findings if f.code == "LEK001"] == []


# -- IBAN ----------------------------------------------------------------------------
EXAMPLES = [line.strip() for line in
            (Path(__file__).parent / "data" / "iban_registry_examples.txt").read_text().splitlines()
            if line.strip() and not line.startswith("#")]


def test_every_registry_country_has_an_example():
    assert {e[:2] for e in EXAMPLES} == set(ck.iban_lengths())
    assert len(EXAMPLES) >= 89


@pytest.mark.parametrize("iban", EXAMPLES, ids=[e[:2] for e in EXAMPLES])
def test_every_registry_example_iban_is_found(iban):
    from stdnum import iban as stdnum_iban

    assert stdnum_iban.is_valid(iban, check_country=False)
    spaced = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    for written in (iban, spaced):
        found = ck.find_ibans(f"Please pay into {written} by Friday.")
        assert [i.value for i in found] == [iban], written


@pytest.mark.parametrize("iban", EXAMPLES, ids=[e[:2] for e in EXAMPLES])
def test_a_wrong_check_digit_is_not_an_iban(iban):
    bad = iban[:2] + f"{(int(iban[2:4]) + 1) % 100:02d}" + iban[4:]
    assert ck.find_ibans(f"Please pay into {bad} by Friday.") == []


def test_bban_format_is_checked():
    # LY's BBAN is digits only: a letter where a digit belongs fails even if mod-97 is fixed.
    assert not ck.iban_ok("LY83002048000020100120A61")
    assert ck.iban_ok("LY83002048000020100120361")
