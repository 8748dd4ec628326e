"""Leak detectors at the function level: checksums, shapes and the values they accept.

Every valid value here is a public test/sample value (card test numbers, the published
example IBANs, SSN sample numbers, made-up keys); every "invalid" one differs from a
valid one by a digit, so the checksum is what decides.
"""
from __future__ import annotations

import pytest

from replylint.rules.leak import checksums as ck
from replylint.rules.leak import roster as ros
from replylint.rules.leak import secret_finders as sec
from replylint.patterns import lower_gates_sound
from replylint.rules.leak import text as lt


# -- cards ---------------------------------------------------------------------------
@pytest.mark.parametrize("number", [
    "4111 1111 1111 1111",        # Visa
    "4012-8888-8888-1881",        # Visa, dashes
    "5555555555554444",           # Mastercard
    "2223 0031 2200 3222",        # Mastercard 2-series
    "3782 822463 10005",          # Amex, 4-6-5 grouping
    "6011 1111 1111 1117",        # Discover
    "3530 1113 3330 0000",        # JCB
])
def test_valid_cards_are_found(number):
    found = ck.find_cards(f"charged to {number} today")
    assert [c.value for c in found] == [number.replace(" ", "").replace("-", "")]


@pytest.mark.parametrize("number", [
    "4111 1111 1111 1112",        # Luhn fails
    "5555 5555 5555 4445",
    "3782 822463 10006",
    "1234 5678 9012 3456",        # no issuer, Luhn fails
    "9111 1111 1111 1111",        # unknown issuer prefix even if it passed
])
def test_checksum_invalid_or_unknown_cards_are_not(number):
    assert ck.find_cards(f"reference {number} attached") == []


def test_luhn_valid_number_with_unknown_issuer_is_not_a_card():
    # 0000 0000 0000 0000 passes Luhn but no scheme issues it.
    assert ck.luhn_ok("0000000000000000")
    assert ck.find_cards("ticket 0000 0000 0000 0000") == []


def test_card_redaction_keeps_first_and_last_four_and_separators():
    (c,) = ck.find_cards("card 4111 1111 1111 1111.")
    assert c.redacted == "4111 **** **** 1111"
    (c,) = ck.find_cards("card 4111-1111-1111-1111.")
    assert c.redacted == "4111-****-****-1111"


def test_card_followed_by_another_number_is_still_found():
    (c,) = ck.find_cards("card 4111 1111 1111 1111 12 items")
    assert c.value == "4111111111111111"


def test_phone_numbers_dates_and_masked_cards_are_not_cards():
    text = "Call 0161 496 0732 or +1 555 014 2288 on 2024-05-01; card **** **** **** 1111 ends 1111."
    assert ck.find_cards(text) == []


# -- IBAN ----------------------------------------------------------------------------
@pytest.mark.parametrize("iban", [
    "GB82 WEST 1234 5698 7654 32",
    "GB82WEST12345698765432",
    "DE89 3704 0044 0532 0130 00",
    "FR14 2004 1010 0505 0001 3M02 606",
    "NL91 ABNA 0417 1643 00",
    "BE68 5390 0754 7034",
])
def test_valid_ibans(iban):
    (i,) = ck.find_ibans(f"pay to {iban} please")
    assert i.value == iban.replace(" ", "")
    assert ck.iban_ok(i.value)


@pytest.mark.parametrize("iban", [
    "GB82 WEST 1234 5698 7654 33",     # mod-97 fails
    "DE89 3704 0044 0532 0130 01",
    "NL91 ABNA 0417 1643 0",           # wrong length for NL
    "NL91 ABNA •••• ••43 00",          # masked
    "XX82 WEST 1234 5698 7654 32",     # no such country
])
def test_invalid_or_masked_ibans(iban):
    assert ck.find_ibans(f"pay to {iban} please") == []


def test_iban_redaction():
    (i,) = ck.find_ibans("IBAN DE89 3704 0044 0532 0130 00")
    assert i.redacted.startswith("DE89 ") and i.redacted.endswith("30 00")
    assert "3704" not in i.redacted and "0532" not in i.redacted


# -- SSN -----------------------------------------------------------------------------
def test_dashed_ssn_found_without_context():
    (s,) = ck.find_ssns("on file: 123-45-6789.")
    assert s.redacted == "***-**-6789"


@pytest.mark.parametrize("bad", ["000-12-3456", "666-12-3456", "912-12-3456", "123-00-6789", "123-45-0000"])
def test_never_issued_ssns_are_not_found(bad):
    assert ck.find_ssns(f"SSN {bad}") == []


def test_spaced_or_bare_ssn_needs_the_word():
    assert ck.find_ssns("ref 123 45 6789") == []
    assert ck.find_ssns("order 123456789") == []
    assert len(ck.find_ssns("Her SSN is 123 45 6789")) == 1
    assert len(ck.find_ssns("social security number: 123456789")) == 1


def test_phone_number_is_not_an_ssn():
    assert ck.find_ssns("call (555) 010-4477 or 555-010-4477") == []


# -- ABA routing ---------------------------------------------------------------------
def test_routing_with_account_number():
    found = ck.find_routing("Routing number 021000021, account number 123456789012.")
    assert {f.kind for f in found} == {"routing", "account"}
    assert all("*" in f.redacted for f in found)


def test_routing_checksum_invalid_or_alone():
    assert ck.find_routing("Routing number 021000022, account number 123456789012.") == []
    assert ck.find_routing("Our bank's routing number is 021000021.") == []
    assert ck.aba_ok("011000015") and not ck.aba_ok("011000016")


# -- UK NINO -------------------------------------------------------------------------
def test_nino_found_and_invalid_prefixes_skipped():
    assert [n.value for n in ck.find_ninos("NI number AB 12 34 56 C")] == ["AB123456C"]
    assert [n.value for n in ck.find_ninos("NI: JG103759A")] == ["JG103759A"]
    for bad in ("GB 12 34 56 C", "QQ 12 34 56 C", "AB 12 34 56 E", "TN123456A"):
        assert ck.find_ninos(f"NI number {bad}") == [], bad


def test_nino_redaction_shows_prefix_only():
    (n,) = ck.find_ninos("AB 12 34 56 C")
    assert n.redacted == "AB ** ** ** *"


# -- secrets -------------------------------------------------------------------------
NON_VALUES = {"sent", "the", "reset", "your", "same"}


def _pw(text):
    return [s.value for s in sec.find_passwords(text, sec.compile_password_patterns(["password", "pw", "pin", "pass"]), NON_VALUES)]


@pytest.mark.parametrize("text,value", [
    ("Password: Tr0ub4dor&3", "Tr0ub4dor&3"),
    ("password: sunshine7", "sunshine7"),
    ("the password is hunter22.", "hunter22"),
    ("Your new password for the staff portal is Kx8#pLm2q", "Kx8#pLm2q"),
    ("login is desk-admin / Maple#Desk24 if that helps", "Maple#Desk24"),
    ("login: jsmith / pw: Bl4ckb1rd", "Bl4ckb1rd"),
    ("user: admin, password: Winter2024!", "Winter2024!"),
    ("The PIN for the side door is 4821.", "4821"),
])
def test_prose_credentials(text, value):
    assert _pw(text) == [value]


def test_credentials_found_in_any_case_and_after_a_prefix_word():
    # The regexes are tried only where a label or login word starts: case must not matter.
    assert _pw("TEMPORARY PASSWORD: Gr8-Tide!") == ["Gr8-Tide!"]
    assert _pw("Temp Pw = x7Yq2") == ["x7Yq2"]
    assert _pw("USER: admin, PW: Bl4ckb1rd") == ["Bl4ckb1rd"]
    # A long s (or a Kelvin sign) folds to s (k) in the regex but not in str.lower().
    assert _pw("Door PIN: 4821, PAſſWORD: Tr0ub4dor&3") == ["4821", "Tr0ub4dor&3"]


@pytest.mark.parametrize("text", [
    "Please reset your password using the link above.",
    "The password is case-sensitive.",
    "Password: sent separately by text.",
    "Nobody from our team will ever ask for your password.",
    "Password: <your password>",
    "password: ********",
    "Your password is the same as before.",
    "Type your password, then approve the prompt on your phone.",
    "Your username is j.smith@example.com and you'll choose a password on first login.",
    "Your login is your email address, and the password is the one you chose.",
])
def test_prose_without_a_password(text):
    assert _pw(text) == []


def test_shapes_need_their_random_body():
    shapes = sec.compile_shapes({"stripe": r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b"})
    assert sec.find_shapes("production keys begin sk_live_, sandbox ones sk_test_", shapes) == []
    assert sec.find_shapes("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", shapes) == []
    (s,) = sec.find_shapes("key sk_live_4eC39HqLyjWDarjtT1zdp7dc", shapes)
    assert s.redacted == "sk_l****"


def test_bad_user_shape_is_a_config_error():
    from replylint.errors import ConfigError

    with pytest.raises(ConfigError, match="bad regular expression"):
        sec.compile_shapes({"broken": "ghp_[A-Z"})


def test_pem_block_needs_key_data():
    assert sec.find_private_keys("Send me the -----BEGIN RSA PRIVATE KEY----- line") == []
    block = "-----BEGIN PRIVATE KEY-----\n" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2Nzg5\n" * 3 + "-----END PRIVATE KEY-----"
    (k,) = sec.find_private_keys(block)
    assert k.redacted == "-----BEGIN PRIVATE KEY----- [redacted]"


def test_connection_strings():
    (c,) = sec.find_connection_strings("postgres://app:S3cretPw@db.example.com:5432/shop")
    assert c.value == "S3cretPw"
    assert sec.find_connection_strings("postgres://app:<password>@db.example.com/shop") == []
    assert sec.find_connection_strings("see https://example.com/a:b@c") == []


def test_random_looking_tokens_vs_ids():
    assert sec.random_looking("Qm9x7TzLw2Vb8KpR4sYd1NcF", 3.6, 20)
    for ident in ("ORDER-2024-000123-ABCDEF", "1Z999AA10123456784", "tenant_id-sundew-prod-01",
                  "aaaaaaaaaaaaaaaaaaaaaaaa1", "customer-portal-v2-release"):
        assert not sec.random_looking(ident, 3.6, 20), ident


# -- the text sketch the detectors' gates read ----------------------------------------
def test_sketch_has_one_byte_per_character():
    text = "Card 4111-1111 £5 “ok” é ٣٤ 🙂 \ud800 _x"
    sketch = lt.shape(text)
    assert len(sketch) == len(text)
    assert sketch == b"Aaaa 0000-0000 ~0 ~aa~ ~ 99 9 ~ _a"
    assert sketch.count(b"0") == sum(map(text.count, "0123456789"))


def test_digit_lead_bytes_cover_every_unicode_digit():
    # \d and int() accept every decimal digit (Nd); the sketch must never hide one.
    leads = {chr(cp).encode()[0] for cp in range(0x80, 0x110000)
             if not 0xD800 <= cp < 0xE000 and chr(cp).isdecimal()}
    assert leads <= lt.DIGIT_LEAD_BYTES


def test_key_runs_are_the_runs_of_16_key_characters():
    import re

    for text in ("see https://example.com/reset?x=1 now", "a " * 20, "x" * 15 + " " + "y" * 16, "ab_cd-ef.gh+ij/kl=mn:op"):
        expected = [m.span() for m in re.finditer(r"[A-Za-z0-9_\-.+/=:]{16,}", text)]
        assert lt.key_runs(lt.shape(text)) == expected


def test_gates_keep_unicode_digits_and_case_fold_oddities():
    assert lt.may_hold(lt.shape("٣٤٥"), b"000")
    assert len(ck.find_ssns("SSN: ١٢٣-٤٥-٦٧٨٩")) == 1
    assert not lower_gates_sound("PAſSWORD")
    assert lower_gates_sound("“Password”")


# -- roster --------------------------------------------------------------------------
LEGAL = {"ltd", "llp", "inc", "plc", "holdings", "group"}
GENERIC = {"accountants", "logistics", "family", "wedding", "party", "mills", "dental", "school", "grammar"}


def test_name_variants_drop_suffixes_and_generic_words():
    vs = dict(ros.name_variants("Pellham Rowe Accountants Ltd", [], LEGAL, GENERIC))
    assert vs["Pellham Rowe Accountants Ltd"] is True
    assert "Pellham Rowe Accountants" in vs and "Pellham Rowe" in vs
    vs = dict(ros.name_variants("Harper & Vale", [], LEGAL, GENERIC))
    assert "Harper and Vale" in vs
    vs = dict(ros.name_variants("Quill Holdings", [], LEGAL, GENERIC))
    assert vs["Quill"] is False  # a single word is never a strong variant


def test_recipient_domain_maps_to_client():
    roster = ros.build_roster({"Pellham Rowe Accountants": {}, "Harper & Vale": {}, "Rossi family": {},
                               "Acme Corp": {"aliases": [], "domains": ["acme.example"]}}, LEGAL, GENERIC)
    assert roster.client_of_address("s.w@pellhamrowe.co.uk") == "Pellham Rowe Accountants"
    assert roster.client_of_address("Kim <kim@harperandvale.com>") == "Harper & Vale"
    assert roster.client_of_address("ops@eu.acme.example") == "Acme Corp"
    assert roster.client_of_address("luca.rossi@gmail.com") == "Rossi family"
    assert roster.client_of_address("someone@unrelated.org") is None
