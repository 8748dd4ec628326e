"""Identifier rules (LEK001-LEK005): card numbers, IBANs, SSNs, routing numbers, NI numbers.

One scan per draft (:func:`identifiers`) runs every checksum finder of :mod:`.checksums`
and keeps one finding per value; each rule reports its own kinds."""
from __future__ import annotations

from ...findings import Severity
from .. import Context, register
from . import checksums as ck
from . import national_ids as nid
from .common import FoundRule, leak_lexicon, lower_text, text_sketch


def card_table(ctx) -> ck.CardTable:
    """The leak lexicon's card schemes and context words, compiled once per pipeline."""
    def build():
        from ...errors import ConfigError

        try:
            return ck.card_table(leak_lexicon(ctx).get("cards", {}))
        except ValueError as exc:
            raise ConfigError(f"lexicon {exc}") from None
    return ctx.compiled(("leak", "cards"), build)


def national_tools(ctx):
    """(national id and document kinds, date-of-birth words), compiled once per pipeline."""
    def build():
        from ...errors import ConfigError

        lex = leak_lexicon(ctx)
        try:
            kinds = nid.compile_kinds(lex.get("national_ids", {}), lex.get("identity_documents", {}))
        except ValueError as exc:
            raise ConfigError(f"lexicon {exc}") from None
        return kinds, nid.dob_words(lex.get("date_of_birth", {}))
    return ctx.compiled(("leak", "national-ids"), build)


# -- identifiers --------------------------------------------------------------------

def identifiers(ctx) -> list[ck.Ident]:
    def build():
        text = ctx.draft.masked
        sketch = text_sketch(ctx)
        found = []
        # Digits: "0" in the sketch, or "9" where a non-ASCII character may be one.
        # Most drafts hold too few for any identifier.
        digits = sketch.count(b"0") + sketch.count(b"9")
        if digits >= 6:
            found += ck.find_ninos(text, sketch)
        if digits >= 2:
            # Check digits are an IBAN's only sure digits: some BBAN formats allow letters.
            found += ck.find_ibans(text, sketch)
        if digits >= 9:
            found += ck.find_ssns(text, sketch)
            low = lower_text(ctx)
            if any(w in low for w in ck.ROUTING_WORDS):
                found += ck.find_routing(text, sketch)
        if digits >= 12 and "sort" in lower_text(ctx):
            found += ck.find_sort_codes(text, sketch)
        if digits >= 12:
            found += ck.find_cards(text, sketch, card_table(ctx))
        if digits >= 4:
            kinds, dob = national_tools(ctx)
            low = lower_text(ctx)
            found += nid.find_national_ids(text, kinds, low)
            found += nid.find_dates_of_birth(text, dob, low)
        # One value, one finding: a card number is not also an SSN or NI number.
        found.sort(key=lambda i: (i.start, -(i.end - i.start)))
        kept, last = [], -1
        for i in found:
            if i.start >= last:
                kept.append(i)
                last = i.end
        return kept
    return ctx.memo(("leak", "identifiers"), build)


class _IdentRule(FoundRule):
    def found(self, ctx: Context):
        return identifiers(ctx)


@register
class CardNumber(_IdentRule):
    """## What it does
    Flags a payment card number: 12-19 digits that pass the Luhn check, with the prefix
    and length of a scheme that issues them (Visa, Mastercard 51-55 and 2221-2720, Amex,
    Discover, Diners, JCB, UnionPay, Maestro, Mir, RuPay, Verve, Elo, Troy, ...; the
    ranges are data: `[cards.issuers]` of the leak lexicon).  Written as one run or in
    the groupings cards use (fours, Amex 4-6-5, Diners 4-6-4) with spaces, dashes, dots
    or no-break spaces, or in fours cut in two by a line break after a card word
    ("card 5555 5555⏎5555 4444"); digits of any script count.  Not findings: numbers that fail the
    check, masked cards ("**** 1111", "Visa ending 1111"), a number after a telex, phone,
    order, tracking or reference word on its line (`[cards] not_card_words`) unless a
    card word comes between, a number the line calls a published test card ("the test
    card 4242 4242 4242 4242"; `[cards] test_card_words`) unless "live", "real" or a
    customer's follows the test word, a number after `+` (a phone number), and
    groupings no card uses ("584 330853915").  Reads the whole message, quoted text included.

    ## Why it matters
    A full card number in an email is a PCI DSS breach and a fraud risk: email is stored
    in many mailboxes and backups you do not control.  Reports show it as
    `4111 **** **** 1111`.

    ## Example
    ```
    Your Visa 4012 8888 8888 1881 was charged twice for the same order.
    ```

    ## Use instead
    ```
    Your Visa ending 1881 was charged twice for the same order.
    ```
    A test card you send on purpose: add it to `leak-allow`.
    """

    code = "LEK001"
    name = "card-number"
    message = "full payment card number"
    suggestion = "refer to the card by its last four digits ('card ending 1111')"
    kinds = ("card",)

    def replacement_for(self, item, ctx) -> str | None:
        last = "".join(c for c in item.redacted if c.isdigit())[-4:]
        if len(last) != 4:
            return None
        before = ctx.draft.text[max(0, item.start - 12):item.start].lower().split()
        # "your Visa 4111 ..." -> "your Visa ending 1111"; else "card ending 1111"
        named = before and before[-1].strip(":") in {"card", "visa", "mastercard", "amex", "maestro", "discover"}
        return f"ending {last}" if named else f"card ending {last}"


@register
class Iban(_IdentRule):
    """## What it does
    Flags an IBAN of any country in the IBAN registry (python-stdnum's copy of it):
    that country's length and BBAN format (digits and letters where the registry puts
    them) and the ISO 7064 mod-97 check, written in one run or in groups.  Masked IBANs
    ("NL91 ABNA •••• ••43 00") and look-alikes that fail the check are not findings.

    ## Why it matters
    Someone's full bank account number, especially a list of staff accounts, is personal
    data that enables fraud.  Reports show it as `GB82 **** **** **** **54 32`.

    ## Example
    ```
    We'll refund IBAN GB82 WEST 1234 5698 7654 32 for Tom Hale.
    ```

    ## Use instead
    ```
    We'll refund the account ending 5432 that Tom gave us.
    ```
    Your own company's published IBAN on an invoice: add it to `leak-allow`.
    """

    code = "LEK002"
    name = "iban"
    message = "full IBAN (bank account number)"
    suggestion = "show only the last four characters, or point to the secure portal"
    kinds = ("iban",)


@register
class UsSsn(_IdentRule):
    """## What it does
    Flags a US Social Security number written `ddd-dd-dddd`, or as spaced or bare digits
    right after "SSN" / "social security number".  Numbers that cannot be issued (area
    000, 666 or 900-999; group 00; serial 0000) are not findings, nor are phone numbers or
    a mention of "the last four digits of your SSN".

    ## Why it matters
    An SSN is the key to identity theft; it must never travel in plain email.  Reports
    show it as `***-**-1234`.

    ## Example
    ```
    Your SSN is 123-45-6789.
    ```

    ## Use instead
    ```
    We have your SSN on file (ending 6789).
    ```
    """

    code = "LEK003"
    name = "us-ssn"
    message = "US Social Security number"
    suggestion = "never repeat the SSN; use the last four digits at most"
    kinds = ("ssn",)


@register
class BankRouting(_IdentRule):
    """## What it does
    Flags a US bank routing number (9 digits after "routing"/"ABA"/"RTN", passing the
    ABA 3-7-1 checksum) together with an account number written within about 120
    characters of it; likewise a UK sort code ("sort code 20-45-77") with an account
    number of 6-8 digits near it.  Both numbers are reported; a routing number or sort
    code alone is public information and is not a finding.

    ## Why it matters
    Routing plus account number is everything needed to debit an account.  Reports
    show them as `*****0021`.

    ## Example
    ```
    Routing: 021000021, account 123456789
    ```

    ## Use instead
    ```
    We'll pay into the account ending 6789 you gave us.
    ```
    """

    code = "LEK004"
    name = "bank-routing-number"
    message = "bank routing and account number"
    suggestion = "refer to the account by its last four digits"
    kinds = ("routing", "sortcode", "account")


@register
class UkNino(_IdentRule):
    """## What it does
    Flags a UK National Insurance number (two prefix letters from the allowed set, six
    digits, a suffix A-D; spaces allowed).  Prefixes never issued (BG, GB, KN, NK, NT,
    TN, ZZ) and invalid letters are not findings.

    ## Why it matters
    A National Insurance number is personal data used for identity fraud.  Reports
    show it as `QQ ** ** ** *`.

    ## Example
    ```
    Your NI number is CE 45 67 89 D.
    ```

    ## Use instead
    ```
    We have your National Insurance number on file.
    ```
    """

    code = "LEK005"
    name = "uk-ni-number"
    message = "UK National Insurance number"
    suggestion = "do not repeat the NI number; say it is on file"
    kinds = ("nino",)



@register
class NationalId(_IdentRule):
    """## What it does
    Flags a national identity, tax, health or insurance number written after its name:
    UK NHS numbers, Canadian SINs, Australian TFNs, Aadhaar and PAN (India), the French
    NIR, the German tax ID, the Dutch BSN, Spanish DNI/NIE, the Italian codice fiscale,
    Brazilian CPF, US ITIN, Mexican CURP, Nordic personal numbers, Polish PESEL, Irish
    PPS and South African ID numbers - each checked with python-stdnum's validator
    (checksum, date parts); and passport and driving-licence numbers right after
    "passport number", "driving licence" and the like.  A number without its words,
    or one its validator rejects, is not a finding (order and account numbers look the
    same).  Kinds, words and shapes are data: `[leak.national_ids]` and
    `[leak.identity_documents]`.

    ## Why it matters
    These numbers open tax, health and benefit records and are the raw material of
    identity fraud; like an SSN, they must not travel in email.  Reports show only
    the last two characters.

    ## Example
    ```
    Her NHS number is 943 476 5919 and her passport number is 533380006.
    ```

    ## Use instead
    ```
    We have her NHS and passport numbers on file.
    ```
    """

    code = "LEK006"
    name = "national-id"
    message = "national identity, tax, health or document number"
    suggestion = "do not repeat the number; say it is on file, or use the secure portal"
    kinds = ("national-id", "id-document")

    def message_for(self, item) -> str | None:
        return item.label or None


@register
class DateOfBirth(_IdentRule):
    """## What it does
    Flags a date of birth given after its label: "DOB: 14/03/1985", "date of birth
    3 March 1985", "born on 1985-03-14".  A bare date, a date without a year, or
    "born in 1985" is not a finding.  Labels are in `[leak.date_of_birth]`.

    ## Why it matters
    A date of birth next to a name is the usual second factor of identity checks: with
    an address it is enough to impersonate someone to a bank or a utility.  Reports
    show no digit of it.

    ## Example
    ```
    Passenger: Ana Ruiz, DOB 14/03/1985
    ```

    ## Use instead
    ```
    Passenger: Ana Ruiz (date of birth as on the booking)
    ```
    """

    code = "LEK007"
    name = "date-of-birth"
    severity = Severity.WARNING
    message = "date of birth"
    suggestion = "leave the date of birth out; the recipient can confirm it on the secure form"
    kinds = ("dob",)
