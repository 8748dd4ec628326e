"""National identifiers (LEK006) and dates of birth (LEK007).

Every example number passes python-stdnum's validator (checked here too); its twin with
one digit changed, and the same number without its words, must stay clean.
"""
from __future__ import annotations

import importlib

import pytest

from replylint import lint_text
from replylint.lexicon import builtin_dir

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib

# kind -> (how it is written in a mail, after its words)
EXAMPLES = {
    "uk-nhs-number": ("NHS number", "398 259 7919"),
    "ca-sin": ("SIN:", "390 404 796"),
    "au-tfn": ("TFN", "992 057 559"),
    "in-aadhaar": ("Aadhaar", "6709 0054 7499"),
    "in-pan": ("PAN:", "ABCPE1234F"),
    "fr-nir": ("numéro de sécurité sociale", "1 85 03 75 962 002 60"),
    "de-tax-id": ("Steuer-ID", "84 159 263 274"),
    "nl-bsn": ("BSN", "323134920"),
    "es-dni": ("DNI", "74048444J"),
    "es-nie": ("NIE", "X4436555Q"),
    "it-codice-fiscale": ("codice fiscale", "RCCMNL83S18D969H"),
    "br-cpf": ("CPF", "080.026.214-09"),
    "us-itin": ("ITIN", "921-92-8240"),
    "mx-curp": ("CURP", "BOXW310820HNERXN09"),
    "se-personnummer": ("personnummer", "850314-9612"),
    "dk-cpr": ("CPR-nummer", "120385-2107"),
    "no-fodselsnummer": ("fødselsnummer", "10038516723"),
    "fi-hetu": ("henkilötunnus", "210385-6318"),
    "pl-pesel": ("PESEL", "85030998756"),
    "ie-pps": ("PPS number", "0600730J"),
    "za-id": ("ID number", "8503140991030"),
}


def table() -> dict:
    with open(builtin_dir() / "leak.toml", "rb") as fh:
        return tomllib.load(fh)["national_ids"]


def lek006(text: str):
    return [f for f in lint_text(f"Hi,\n\n{text}\n\nThanks\n").findings if f.code == "LEK006"]


def test_every_national_id_kind_has_an_example():
    assert set(table()) == set(EXAMPLES)


@pytest.mark.parametrize("kind", sorted(EXAMPLES))
def test_every_kind_is_found_after_its_words_and_redacted(kind):
    words, value = EXAMPLES[kind]
    spec = table()[kind]
    module = importlib.import_module("stdnum." + spec["check"])
    assert module.is_valid(value.replace(" ", "").replace(".", "").replace("-", "") if kind not in ("se-personnummer", "fi-hetu") else value)
    (f,) = lek006(f"Her {words} {value}, for the form.")
    assert f.message == spec["name"]
    assert value not in f.excerpt and f.excerpt.endswith(value[-2:])


# Numbers whose validator checks format and dates but no check digit.
NO_CHECK_DIGIT = {"dk-cpr", "in-pan", "us-itin"}


@pytest.mark.parametrize("kind", sorted(EXAMPLES))
def test_without_its_words_or_with_a_wrong_digit_it_is_not_found(kind):
    words, value = EXAMPLES[kind]
    assert lek006(f"Order reference {value}, for the form.") == []
    if kind in NO_CHECK_DIGIT:
        return
    i = max(i for i, c in enumerate(value) if c.isdigit() and i < len(value) - 1)
    wrong = value[:i] + str((int(value[i]) + 1) % 10) + value[i + 1:]
    assert lek006(f"Her {words} {wrong}, for the form.") == []


@pytest.mark.parametrize("text,found", [
    ("His passport number is 533380006.", True),
    ("Passport no: GB1234567", True),
    ("driving licence number MORGA753116SM9IJ", True),
    ("Your passport expires 12/2027, please renew it.", False),
    ("Bring your passport and driving licence to the desk.", False),
    ("passport photo 35x45", False),
])
def test_identity_documents_by_context(text, found):
    assert bool(lek006(text)) is found


@pytest.mark.parametrize("text,found", [
    ("Passenger: Ana Ruiz, DOB 14/03/1985", True),
    ("Date of birth: 3 March 1985", True),
    ("born on 1985-03-14 in Leeds", True),
    ("D.O.B. March 3, 1985", True),
    ("The company was born in 1985.", False),
    ("Please confirm your date of birth on the secure form.", False),
    ("The meeting is on 14/03/2025.", False),
])
def test_dates_of_birth(text, found):
    got = [f for f in lint_text(f"Hi,\n\n{text}\n\nThanks\n").findings if f.code == "LEK007"]
    assert bool(got) is found
    for f in got:
        assert not any(ch.isdigit() for ch in f.excerpt)
