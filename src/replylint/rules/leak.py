"""Leak rules (LEK): confidential data going to the client, anywhere in the message.

Identifiers (cards, IBANs, SSNs, routing numbers, NI numbers) and secrets (keys, private
keys, passwords) are ``sensitive``: every report shows them redacted.  All leak rules read
the new text, the quoted history, forwarded blocks and the signature; findings in quoted
text say so.

Config keys (``[tool.replylint]``):

* ``leak-allow``: values never reported (a test card a support team sends on purpose);
  compared without spaces, dashes and dots, ignoring case.
* ``leak-allow-patterns``: regular expressions; a value they match in full is allowed.
* ``leak-detectors``: detectors to run (default ``["all"]``); names are the rule names
  below (``card-number``, ``iban``, ...) and the secret shapes of the leak lexicon
  (``github-token``, ...).  A name prefixed with ``-`` turns that detector off.
* ``internal-recipient-severity-drop``: levels leak findings drop when every recipient is
  at one of ``internal-domains`` (default 1: error -> warning -> info; 0 keeps them).
* ``leak-internal-hosts``: host names or globs of your own internal systems
  (``"*.ops.example.com"``, ``"jira.example.com"``).
* ``leak-own-names``: your own company's names, never "another client".
"""
from __future__ import annotations

import bisect
import fnmatch
import re

from spacy.attrs import IDX
from email.utils import getaddresses, parseaddr

from ..draft.model import DISCLAIMER, QUOTED, SIGNATURE
from ..findings import Severity
from ..patterns import PhraseSet, compile_regex, longest_per_key, sentence_starts
from . import ALL_TEXT, Context, Hit, Rule, register, register_option
from . import _leak_checksums as ck
from . import _leak_roster as ros
from . import _leak_secrets as sec
from . import _leak_text as lt

# -- options ------------------------------------------------------------------------


def _str_list(value, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key}: expected a list of strings")
    return list(value)


def _check_patterns(value) -> list[re.Pattern]:
    return [compile_regex(p, "leak-allow-patterns") for p in _str_list(value, "leak-allow-patterns")]


def _check_drop(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 2:
        raise ValueError("internal-recipient-severity-drop: expected 0, 1 or 2")
    return value


register_option("leak-allow", [], lambda v: _str_list(v, "leak-allow"),
                "Values the leak rules never report (e.g. a public test card number).")
register_option("leak-allow-patterns", [], _check_patterns,
                "Regular expressions; a detected value they match in full is not reported.")
def _check_detectors(value) -> list[str]:
    names = _str_list(value, "leak-detectors")
    from . import all_rules
    from ..lexicon import builtin_dir

    known = {"all"} | {r.name for r in all_rules() if r.category == "leak"}
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        with open(builtin_dir() / "leak.toml", "rb") as fh:
            known |= set(tomllib.load(fh).get("secret_shapes", {}))
    except OSError:  # pragma: no cover - broken installation
        pass
    for n in names:
        if n.strip().lower().lstrip("-") not in known:
            raise ValueError(f"leak-detectors: unknown detector {n!r} (known: {', '.join(sorted(known))})")
    return names


register_option("leak-detectors", ["all"], _check_detectors,
                "Leak detectors to run: 'all', rule names (card-number, iban, ...), secret shapes; '-name' turns one off.")
register_option("internal-recipient-severity-drop", 1, _check_drop,
                "Levels leak findings drop when all recipients are at internal-domains (0-2).")
register_option("leak-internal-hosts", [], lambda v: _str_list(v, "leak-internal-hosts"),
                "Host names or globs of your own internal systems (e.g. '*.ops.example.com').")
register_option("leak-own-names", [], lambda v: _str_list(v, "leak-own-names"),
                "Your own company's names: never reported as another client.")


# -- shared helpers -----------------------------------------------------------------

def _lex(ctx: Context) -> dict:
    return ctx.lexicons.get("leak")


def _detectors(ctx: Context) -> tuple[frozenset[str], frozenset[str], bool]:
    def build():
        chosen = [d.strip().lower() for d in ctx.option("leak-detectors")]
        off = frozenset(d[1:] for d in chosen if d.startswith("-"))
        on = frozenset(d for d in chosen if not d.startswith("-"))
        return on, off, "all" in on or not on
    return ctx.memo(("leak", "detectors"), build)


def _enabled(ctx: Context, *names: str) -> bool:
    on, off, everything = _detectors(ctx)
    if off and any(n in off for n in names):
        return False
    return everything or any(n in on for n in names)


def _norm(value: str) -> str:
    return re.sub(r"[\s.\-]", "", value).lower()


def _allowed(ctx: Context, value: str) -> bool:
    allow = ctx.memo(("leak", "allow"), lambda: {_norm(v) for v in ctx.option("leak-allow")})
    if _norm(value) in allow:
        return True
    return any(p.fullmatch(value) or p.fullmatch(_norm(value)) for p in ctx.option("leak-allow-patterns"))


def _domain(addr: str) -> str:
    a = parseaddr(addr)[1] or addr
    return a.rsplit("@", 1)[-1].lower().strip("> ") if "@" in a else ""


def _all_internal(ctx: Context) -> bool:
    def build() -> bool:
        internal = ctx.config.internal_domains
        if not internal or not ctx.draft.recipients:
            return False
        addrs = [a for _, a in getaddresses(ctx.draft.recipients) if a]
        if not addrs:
            return False
        return all(any(_domain(a) == d or _domain(a).endswith("." + d) for d in internal) for a in addrs)
    return ctx.memo(("leak", "internal-recipients"), build)


def _level(ctx: Context, base: Severity) -> Severity:
    drop = ctx.option("internal-recipient-severity-drop")
    return base.lower(drop) if drop and _all_internal(ctx) else base


def _by_recipient(ctx: Context, offset: int) -> bool:
    seg = ctx.draft.segment_at(offset)
    return seg.kind == QUOTED and seg.by_recipient is True


def _lower(ctx: Context) -> str:
    """The masked text in lower case, shared by the detectors' word gates."""
    return ctx.memo(("leak", "lower"), lambda: ctx.draft.masked.lower())


def _sketch(ctx: Context) -> bytes:
    """The masked text's one-byte-per-character sketch, which the detectors' gates read."""
    return ctx.memo(("leak", "sketch"), lambda: lt.shape(ctx.draft.masked))


# -- identifiers --------------------------------------------------------------------

def _identifiers(ctx: Context) -> list[ck.Ident]:
    def build():
        text = ctx.draft.masked
        sketch = _sketch(ctx)
        found = []
        # Digits: "0" in the sketch, or "9" where a non-ASCII character may be one.
        # Most drafts hold too few for any identifier.
        digits = sketch.count(b"0") + sketch.count(b"9")
        if digits >= 6:
            found += ck.find_ninos(text, sketch)
        if digits >= 9:
            found += ck.find_ssns(text, sketch)
            found += ck.find_ibans(text, sketch)
            low = _lower(ctx)
            if any(w in low for w in ck.ROUTING_WORDS):
                found += ck.find_routing(text, sketch)
        if digits >= 12:
            found += ck.find_cards(text, sketch)
        # One value, one finding: a card number is not also an SSN or NI number.
        found.sort(key=lambda i: (i.start, -(i.end - i.start)))
        kept, last = [], -1
        for i in found:
            if i.start >= last:
                kept.append(i)
                last = i.end
        return kept
    return ctx.memo(("leak", "identifiers"), build)


class _FoundRule(Rule):
    """A leak rule reporting what one shared scan found of its ``kinds``."""

    category = "leak"
    severity = Severity.ERROR
    parts = ALL_TEXT
    sensitive = True
    kinds: tuple[str, ...] = ()

    def found(self, ctx: Context):  # pragma: no cover - abstract
        raise NotImplementedError

    def message_for(self, item) -> str | None:
        return None

    def check(self, ctx: Context) -> list[Hit]:
        found = self.found(ctx)
        # Most drafts hold nothing: the settings are read only when there is something.
        if not found or not _enabled(ctx, self.name):
            return []
        return [Hit(item.start, item.end, message=self.message_for(item), severity=_level(ctx, self.severity),
                    redacted=item.redacted)
                for item in found if item.kind in self.kinds and not _allowed(ctx, item.value)]


class _IdentRule(_FoundRule):
    def found(self, ctx: Context):
        return _identifiers(ctx)


@register
class CardNumber(_IdentRule):
    """## What it does
    Flags a payment card number: 12-19 digits (spaces or dashes allowed; digits of any
    script, e.g. Arabic-Indic or fullwidth, count) with a known
    issuer prefix and length (Visa, Mastercard incl. the 2-series, Amex, Discover, Diners,
    JCB, UnionPay, Maestro, Mir) that passes the Luhn check.  Numbers that fail the check
    (order numbers, account references, tracking IDs) and masked cards ("**** 1111",
    "Visa ending 1111") are not findings.  Reads the whole message, quoted text included.

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


@register
class Iban(_IdentRule):
    """## What it does
    Flags an IBAN: a country code with that country's exact IBAN length whose ISO 7064
    mod-97 check passes.  Masked IBANs ("NL91 ABNA •••• ••43 00") and look-alikes that
    fail the check are not findings.

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
    characters of it.  Both numbers are reported; a routing number alone is public
    information and is not a finding.

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
    kinds = ("routing", "account")


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


# -- secrets ------------------------------------------------------------------------

def _secret_tools(ctx: Context):
    def build():
        lex = _lex(ctx)
        shapes = sec.compile_shapes(lex.get("secret_shapes", {}))
        pw = lex.get("passwords", {})
        patterns = sec.compile_password_patterns(pw.get("labels", ["password"]))
        non_values = {v.lower() for v in pw.get("non_values", [])}
        c = lex.get("secret_context", {})
        ctx_rx = sec.compile_context(c.get("keywords", ["key", "token", "secret"]))
        return shapes, sec.combine_shapes(shapes), patterns, non_values, ctx_rx, float(c.get("min_entropy", 3.6)), int(c.get("min_length", 20))
    return ctx.compiled(("leak", "secrets"), build)


_PRIORITY = {"private-key": 0, "shape": 1, "connection": 2, "config": 3, "password": 4, "entropy": 5}


def _secrets(ctx: Context) -> list[sec.Secret]:
    def build():
        text = ctx.draft.masked
        shapes, combined, patterns, non_values, ctx_rx, min_ent, min_len = _secret_tools(ctx)
        runs = sec.long_runs(text, _sketch(ctx))
        found = sec.find_private_keys(text) if "PRIVATE KEY" in text else []
        if runs:  # every key shape is a long run
            on, off, everything = _detectors(ctx)
            if off or not everything:
                shapes = [(n, rx) for n, rx in shapes if _enabled(ctx, n, "api-key")]
                combined = None
            found += sec.find_shapes(text, shapes, runs, combined)
        if "://" in text:
            found += sec.find_connection_strings(text)
        low = _lower(ctx)
        found += sec.find_config_secrets(text, low)
        found += sec.find_passwords(text, patterns, non_values, low)
        found += sec.find_context_tokens(text, ctx_rx, min_ent, min_len, runs)
        found.sort(key=lambda s: (_PRIORITY[s.kind], s.start))
        kept: list[sec.Secret] = []
        for s in found:
            if any(s.start < k.end and k.start < s.end for k in kept):
                continue
            kept.append(s)
        kept.sort(key=lambda s: s.start)
        return kept
    return ctx.memo(("leak", "secrets"), build)


class _SecretRule(_FoundRule):
    def found(self, ctx: Context):
        return _secrets(ctx)


@register
class ApiKey(_SecretRule):
    """## What it does
    Flags cloud and SaaS credentials by their published shapes: AWS access key IDs,
    GitHub and GitLab tokens, Slack tokens and webhooks, Stripe secret/restricted keys
    and webhook secrets, Google API keys, OpenAI-style `sk-` keys, SendGrid, npm and PyPI
    tokens, and JWTs.  A prefix alone ("keys start with sk_live_") or a placeholder
    ("<YOUR_SECRET_KEY>") is not a finding: every shape needs its random body.  Shapes
    are data (`[leak.secret_shapes]` in the leak lexicon); add your own there.

    ## Why it matters
    A live key in an email gives whoever reads any copy of it your account.  Reports
    show only its first four characters (`ghp_****`).

    ## Example
    ```
    STRIPE_KEY=sk_live_51Hx...
    ```

    ## Use instead
    ```
    Copy the secret key from Settings -> API in your own dashboard.
    ```
    Turn one shape off with `leak-detectors = ["all", "-jwt"]`.
    """

    code = "LEK010"
    name = "api-key"
    message = "API key or access token"
    suggestion = "revoke the key; share secrets through a password manager or the provider's dashboard"
    kinds = ("shape",)

    def message_for(self, s: sec.Secret) -> str | None:
        return f"{s.label.replace('-', ' ')} (API key or access token)"


@register
class PrivateKey(_SecretRule):
    """## What it does
    Flags a PEM private-key block (`-----BEGIN ... PRIVATE KEY-----` followed by key
    data).  The words "private key" in prose are not a finding.

    ## Why it matters
    A private key is the identity of a server or user; anyone with the email can log in
    or decrypt as them.  Reports show only the BEGIN line.

    ## Example
    ```
    -----BEGIN RSA PRIVATE KEY-----
    MIIEowIBAAKCAQEA...
    ```

    ## Use instead
    ```
    I've put the key in our shared vault; the link expires in 24 hours.
    ```
    """

    code = "LEK011"
    name = "private-key"
    message = "private key block"
    suggestion = "generate the key on the recipient's side, or use a secure file transfer"
    kinds = ("private-key",)


@register
class ConnectionString(_SecretRule):
    """## What it does
    Flags a password inside a URL or connection string
    (`postgres://user:password@host`, `https://user:password@site`).  Placeholders
    (`<password>`, `${DB_PASS}`, `****`) are not findings.

    ## Why it matters
    Connection strings get copied into tickets and config files; the password travels
    with them.  Reports show the password as `********`.

    ## Example
    ```
    postgres://app:Winter2024!@db.example.com:5432/shop
    ```

    ## Use instead
    ```
    postgres://app:<password>@db.example.com:5432/shop (password sent separately)
    ```
    """

    code = "LEK012"
    name = "connection-string"
    message = "password in a connection string or URL"
    suggestion = "replace the password with a placeholder and share it through a password manager"
    kinds = ("connection",)


@register
class CredentialInText(_SecretRule):
    """## What it does
    Flags credentials typed into prose and config lines, the way people write them in
    email: `Password: Tr0ub4dor&3`, "the password is hunter22", "login is admin /
    S3cret!", "user: bob, pw: x7Yq", `PIN: 4821`, "the alarm code is 1945",
    `DB_PASSWORD=...`, `API_KEY: ...`, `?token=...` in a URL.  Labels are in
    `[leak.passwords]`; "promo code" and "order code" are not labels.  After an explicit label any value counts except words that
    say no password is given ("Password: sent separately", "password: the one you
    chose"); in running prose ("the password is ...") the value must look like a
    password (mixed letters, digits or symbols).  "Reset your password", "never send
    your password by email" and placeholders are not findings.

    ## Why it matters
    Plain-text passwords in email are read by everyone the thread reaches, including
    forwards and mailbox backups.  Reports never show any of the password (`********`).

    ## Example
    ```
    Username: office-admin
    Password: Quill&Harbour!58
    ```

    ## Use instead
    ```
    I'll phone you with the password, or you can set your own from the reset link.
    ```
    """

    code = "LEK013"
    name = "credential-in-text"
    message = "password or credential in the text"
    suggestion = "share it by phone or a password manager, and change it after it has been emailed"
    kinds = ("password", "config")

    def message_for(self, s: sec.Secret) -> str | None:
        return "credential in a config line or URL" if s.kind == "config" else None


@register
class SecretToken(_SecretRule):
    """## What it does
    Flags a long random-looking token (20+ characters mixing upper and lower case and
    digits, entropy above the `[leak.secret_context] min_entropy` threshold, or 32+ hex
    digits) with "key", "token", "secret", "bearer", "credentials" or similar at most 60
    characters before it in the same paragraph, and a token used as the user part of a
    URL (`https://TOKEN@host`).  Words are in `[leak.secret_context]`.
    Ordinary IDs (order numbers, tracking codes, `tenant-prod-01` names) stay clean:
    they are short, one case, or made of words.

    ## Why it matters
    Keys of providers without a known shape are still keys.  Reports show only the
    first four characters.

    ## Example
    ```
    Your API key is Qm9x7TzLw2Vb8KpR4sYd1NcF
    ```

    ## Use instead
    ```
    Create an API key under Settings -> Integrations; it is shown only once.
    ```
    """

    code = "LEK014"
    name = "secret-token"
    message = "random-looking secret token next to a key/token word"
    suggestion = "revoke the token and share secrets through a password manager"
    kinds = ("entropy",)


# -- internal material --------------------------------------------------------------

_NON_WORD = re.compile(r"[^\w'’%-]+")
_GAP_ITEM = re.compile(r"^_(\?|\*|\+|\{\d*,?\d*\})?$")


def _anchor(phrase: str) -> list[str]:
    """The words a phrase cannot match without: its longest required item (all alternatives)."""
    best: list[str] = []
    for item in phrase.split():
        if _GAP_ITEM.match(item) or item.startswith("#num") or item.endswith("?"):
            continue
        alts = [a.lstrip("=") for a in item.split("|") if a.lstrip("=")]
        if alts and (not best or min(map(len, alts)) > min(map(len, best))):
            best = alts
    return best


def _phrases(ctx: Context):
    """The leak PhraseSet, the (figure, marker, all) anchor words that gate where it
    runs, the phrases' required words by anchor, and whether those may be looked for in
    the whole text first."""
    def build():
        lex = _lex(ctx)
        ps = PhraseSet(ctx.pipeline.nlp, ctx.pipeline.lemmatize)
        # Marker and cue sentences are matched wherever an anchor word is; figure
        # sentences only when they also hold an amount; exclusions only where a figure is.
        # Anchors are lowercase word starts found with str.find (inflections share them:
        # "cost" finds "costs"); irregular forms are covered by adding the lemma too.
        anchors: dict[str, set[str]] = {"marker": set(), "figure": set()}
        for section, prefix in (("markers", "marker"), ("figures", "figure")):
            for group, phrases in lex.get(section, {}).items():
                ps.add(f"{prefix}:{group}", phrases)
                if group == "exclusions":
                    continue
                kind = "marker" if prefix == "marker" or group == "cues" else "figure"
                for ph in phrases:
                    for alt in _anchor(ph):
                        parts = [t.text for t in ctx.pipeline.nlp.tokenizer(alt) if any(c.isalnum() for c in t.text)] or [alt]
                        word = max(parts, key=len).lower()
                        lemma = ctx.pipeline.lemmatize(word)
                        anchors[kind].add(word if word.startswith(lemma) else lemma)
                        if not word.startswith(lemma):
                            anchors[kind].add(word)
        def minimal(words: set[str]) -> tuple[str, ...]:
            # "client" already finds "clients": keep only words no other anchor is a prefix of.
            return tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words)))

        marker_anchors, figure_anchors = minimal(anchors["marker"]), minimal(anchors["figure"])
        all_anchors = tuple(sorted(set(marker_anchors) | set(figure_anchors)))
        # Every phrase's required words (as lowercase stems): a sentence missing one of
        # them cannot match the phrase, so the (costly) matcher skips it.
        reqs = []
        for section in ("markers", "figures"):
            for group, phrases in lex.get(section, {}).items():
                if group == "exclusions":
                    continue
                for ph in phrases:
                    items = []
                    for item in ph.split():
                        if _GAP_ITEM.match(item) or item.startswith("#num") or item.endswith("?"):
                            continue
                        alts = set()
                        for a in item.split("|"):
                            a = a.lstrip("=").lower()
                            stem = ctx.pipeline.lemmatize(a) if a.isalpha() else a
                            alts.add(a if not a.startswith(stem) else stem)
                            if not a.startswith(stem):
                                alts.add(stem)
                        items.append(tuple(sorted(alts)))
                    if items:
                        reqs.append(tuple(items))
        # Index each requirement list under the anchors its most selective item starts with:
        # anchor -> (" anchor", the requirements as looked up in a sentence padded with
        # spaces (" word"), the same as looked up anywhere in the text ("word")).
        by_anchor: dict[str, tuple[str, list[tuple], list[tuple]]] = {}
        for a in all_anchors:
            rs = [req for req in reqs
                  if any(alt.startswith(a) or a.startswith(alt) for alts in req for alt in alts if len(alt) >= 3)]
            if rs:
                by_anchor[a] = (" " + a, [tuple(tuple(" " + alt for alt in alts) for alts in req) for req in rs], rs)
        # The whole-text test below reads a word in the text as it is in a padded sentence,
        # which holds for words without spaces (all of them, unless a lemma has one).
        words = [*all_anchors, *(x for req in reqs for alts in req for x in alts)]
        whole_text_test = not any(c.isspace() for w in words for c in w)
        return ps, (figure_anchors, marker_anchors, all_anchors), by_anchor, whole_text_test
    return ctx.compiled(("leak", "phrases"), build)


def _phrase_matches(ctx: Context) -> list[tuple[str, int, int]]:
    """Leak phrase matches (key, start token, end token), run only on sentences with an anchor."""
    def build():
        ps, (figure_ids, marker_ids, anchor_ids), reqs, whole_text_test = _phrases(ctx)
        doc = ctx.doc
        if not len(doc):
            return []
        low = _lower(ctx)

        # A sentence is matched only if it holds an anchor and every required word of a
        # phrase indexed under it.  Most drafts cannot pass that even as a whole text,
        # which is cheaper to ask than finding the anchors' sentences.
        present = {a for a in anchor_ids if a in low}
        if whole_text_test and not any(all(any(x in low for x in alts) for alts in req)
                                       for a in present if a in reqs for req in reqs[a][2]):
            return []

        def offsets(words) -> list[int]:
            out = []
            for w in words:
                if w not in present:
                    continue
                i = low.find(w)
                while i >= 0:
                    if not i or not low[i - 1].isalnum():
                        out.append(i)
                    i = low.find(w, i + 1)
            return out

        # A figure sentence must hold an amount, which has a digit.
        fig_at = offsets(figure_ids) if lt.may_hold(_sketch(ctx), b"0") else []
        mark_at = offsets(marker_ids)
        if not fig_at and not mark_at:
            return []
        starts = sentence_starts(doc)
        start_chars = doc.to_array(IDX)[starts].tolist()
        sents: dict[int, object] = {}

        def add(at: list[int], need_amount: bool) -> None:
            for k in sorted({bisect.bisect_right(start_chars, i) - 1 for i in at}):
                a = starts[k]
                if a in sents:
                    continue
                b = starts[k + 1] if k + 1 < len(starts) else len(doc)
                end_char = start_chars[k + 1] if k + 1 < len(starts) else len(low)
                chunk = low[start_chars[k]:end_char]
                # Amounts are matched in the text as written: "USD 310" is upper case.
                if need_amount and not _AMOUNT.search(ctx.draft.masked, start_chars[k], end_char):
                    continue
                sents[a] = (b, chunk)

        add(fig_at, True)
        add(mark_at, False)
        # An anchor missing from the text is missing from every sentence of it.
        indexed = [reqs[a] for a in present if a in reqs] if whole_text_test else list(reqs.values())
        out = []
        for a, (b, chunk) in sents.items():
            padded = " " + _NON_WORD.sub(" ", chunk).replace("n't", " n't")
            cands = [r for anchor, rs, _ in indexed if anchor in padded for r in rs]
            if not any(all(any(x in padded for x in alts) for alts in req) for req in cands):
                continue
            out.extend(ps.in_span(doc[a:b], greedy_longest=False))
        return longest_per_key(out)
    return ctx.memo(("leak", "phrase-matches"), build)


_LINE_MARKER = re.compile(r"(?m)^[ \t]*\[?(?:INTERNAL|CONFIDENTIAL[ \t]*[-–—/:][ \t]*INTERNAL)\]?(?=[ \t]*(?:[-–—:|,]|$))")


@register
class InternalMarker(Rule):
    """## What it does
    Flags text marked as not for the recipient: "internal only", "for internal use",
    "not for external distribution", "internal draft", "internal notes", "do not share
    with the customer", "confidential - do not forward", a line starting `INTERNAL -`.
    It reads forwarded and quoted blocks too, where such notes usually hide.  A standard
    confidentiality footer ("this email is confidential ... do not forward") is not a
    finding; markers are phrases in `[leak.markers]` of the leak lexicon, extend them
    with your own.

    ## Why it matters
    The classic leak is an internal thread forwarded to the client: the marker says the
    author never meant them to read it.

    ## Example
    ```
    ---------- Forwarded message ---------
    Internal only: the v1 API shuts down in Q3 and customers haven't been told.
    ```

    ## Use instead
    Write the client their own answer, and leave the internal thread out.
    """

    code = "LEK020"
    name = "internal-marker"
    category = "leak"
    severity = Severity.ERROR
    message = "text marked internal or not for the recipient"
    suggestion = "remove the internal material (check forwarded and quoted blocks)"
    parts = ALL_TEXT

    def check(self, ctx: Context):
        doc = ctx.doc
        hits = []
        for key, s, e in _phrase_matches(ctx):
            if not key.startswith("marker:"):
                continue
            span = doc[s:e]
            hits.append((span.start_char, span.end_char, span.text.lower()))
        masked = ctx.draft.masked
        for m in _LINE_MARKER.finditer(masked) if ("INTERNAL" in masked or "CONFIDENTIAL" in masked) else ():
            hits.append((m.start() + len(m.group()) - len(m.group().lstrip()), m.end(), "internal"))
        if not hits or not _enabled(ctx, self.name):
            return
        strong = [w.lower() for w in _lex(ctx).get("footer", {}).get("strong_in_footer", [])]
        seen: list[tuple[int, int]] = []
        for start, end, low in sorted(hits):
            seg = ctx.draft.segment_at(start)
            if seg.kind == DISCLAIMER and not any(w in low for w in strong):
                continue
            if seg.kind == QUOTED and seg.by_recipient is True:
                continue
            if any(start < e and s < end for s, e in seen):
                continue
            seen.append((start, end))
            yield Hit(start, end, severity=_level(ctx, self.severity))


_AMOUNT = re.compile(
    r"(?:[£$€¥₹]|\b(?:USD|GBP|EUR|AUD|CAD|NZD|INR|ZAR|CHF|SEK|NOK|DKK|Rs\.?|CA\$|A\$|NZ\$|R)\s?)\d[\d,]*(?:\.\d+)?"
    r"|\b\d[\d,]*(?:\.\d+)?\s?(?:%|per ?cent\b|pounds\b|dollars\b|euros?\b|quid\b|rand\b|rupees\b|(?:USD|GBP|EUR)\b|p\b|k\b)",
)
_NOT_FIGURES = {"figure:exclusions", "figure:cues"}
_OWNER = re.compile(r"\b(?:we|our|us|my|I|me|we're|we've|I'm|I've)\b", re.I)


@register
class InternalFigure(Rule):
    """## What it does
    Flags internal commercial figures: your cost price, landed or wholesale cost, your
    margin or markup, a floor or walk-away price, an approval limit, "signed off on going
    as low as ...", "plenty of headroom" - when the same sentence carries an amount
    (£310, 35%, USD 20).  Offer wording ("the lowest we can go is £18", "approved up
    to 25%") counts only in a quoted or forwarded internal thread or in a paragraph with
    a confidence cue ("between you and me", "off the record"): said to the client, it is
    an offer, not a leak.  "Margins are tight for everyone" (no figure), "your gross
    margin was 32%" (the client's figure) and "our costs have gone up 8%, so prices rise"
    (a public price change) are not findings.  Phrases are in `[leak.figures]` of the
    leak lexicon.

    ## Why it matters
    Once a client knows your cost or your floor, every future negotiation starts there,
    and the figure travels to your competitors.

    ## Example
    ```
    Off the record, our cost on each cabinet is £310.
    ```

    ## Use instead
    ```
    The best price I can offer for this volume is £420 per cabinet.
    ```
    """

    code = "LEK021"
    name = "internal-figure"
    category = "leak"
    severity = Severity.WARNING
    message = "internal cost, margin or price floor disclosed"
    suggestion = "quote the client's price, not your cost, margin or approval limit"
    parts = ALL_TEXT

    def check(self, ctx: Context):
        doc = ctx.doc
        matches = _phrase_matches(ctx)
        figures = [(k, s, e) for k, s, e in matches if k.startswith("figure:") and k not in _NOT_FIGURES]
        if not figures or not _enabled(ctx, self.name):
            return
        excluded = {doc[s].sent.start for k, s, e in matches if k == "figure:exclusions"}
        cues = [doc[s].idx for k, s, e in matches if k == "figure:cues"]
        text = ctx.draft.text
        done = set()
        for key, s, e in figures:
            sent = doc[s].sent
            if sent.start in excluded or sent.start in done:
                continue
            if not _AMOUNT.search(sent.text):
                continue
            if key == "figure:margin" and not _OWNER.search(sent.text):
                continue
            span = doc[s:e]
            if _by_recipient(ctx, span.start_char) or ctx.kind_at(span.start_char) == DISCLAIMER:
                continue
            if key == "figure:offer" and ctx.kind_at(span.start_char) != QUOTED:
                # An offer made to the client is not a leak; the same words next to a
                # confidence cue ("between us") in the same paragraph are.
                lo = text.rfind("\n\n", 0, span.start_char)
                hi = text.find("\n\n", span.end_char)
                hi = len(text) if hi < 0 else hi
                if not any(lo <= c < hi for c in cues):
                    continue
            done.add(sent.start)
            yield Hit(span.start_char, span.end_char, severity=_level(ctx, self.severity))


def _host_tools(ctx: Context):
    def build():
        h = _lex(ctx).get("hosts", {})
        tlds = "|".join(re.escape(t) for t in h.get("internal_tlds", []))
        labels = "|".join(re.escape(t) for t in h.get("internal_labels", []))
        devices = "|".join(re.escape(d).replace(r"\ ", r"\s+").replace(r"\-", "-?") for d in h.get("own_devices", []))
        host_rx = re.compile(
            r"(?<![\w@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*"
            rf"(?:(?:[a-z0-9-]+\.)*(?:{labels})\.(?:[a-z0-9-]+\.)+[a-z]{{2,24}}|(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{tlds})))(?![\w-]|\.[a-z0-9])",
            re.I,
        ) if tlds and labels else None
        gate = re.compile(rf"\.(?:{tlds}|{labels})(?![\w-])", re.I) if tlds and labels else None
        own_rx = re.compile(rf"\b(your|own|our|my|the company's)\b(?:\W+[\w-]+){{0,3}}?\W+(?:{devices})s?\b", re.I) if devices else None
        return host_rx, gate, own_rx, set(h.get("home_router_ips", []))
    return ctx.compiled(("leak", "hosts"), build)


_IPV4 = re.compile(r"(\d\d?\d?\.\d\d?\d?\.\d\d?\d?\.\d\d?\d?)(?![\w]|\.\d)")
# A private address starts 10. (or 010.), 172. or 192.: without one, no IPv4 match is kept.
_PRIVATE_STARTS = ("10.", "172.", "192.")
_BARE_URL_HOST = re.compile(r"\bhttps?://([a-z][a-z0-9-]{1,62})(?::\d{2,5})?(?=[/\s]|$)", re.I)
_ANY_HOST = re.compile(r"(?<![\w@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\w-])", re.I)
_VERSION_BEFORE = re.compile(r"(?:version|ver\.?|v|build|release)\s*$", re.I)


def _private_ip(ip: str) -> bool:
    try:
        a, b, c, d = (int(x) for x in ip.split("."))
    except ValueError:
        return False
    if max(a, b, c, d) > 255:
        return False
    return a == 10 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168)



def _owned_by_recipient(own_rx: re.Pattern, text: str, start: int, end: int) -> bool:
    """Is the device nearest to this address in its paragraph the recipient's ("your router")?"""
    lo = max(text.rfind("\n\n", 0, start), 0)
    hi = text.find("\n\n", end)
    hi = len(text) if hi < 0 else hi
    best = None
    for m in own_rx.finditer(text, lo, hi):
        dist = start - m.end() if m.end() <= start else m.start() - end
        if best is None or abs(dist) < best[0]:
            best = (abs(dist), m.group(1).lower())
    return best is not None and best[1] in ("your", "own")


@register
class InternalHost(Rule):
    """## What it does
    Flags internal infrastructure: private IPv4 addresses (10.x, 172.16-31.x,
    192.168.x), host names under never-public names (`*.internal`, `*.corp`, `*.local`,
    `*.lan`) or in an internal zone (`kibana.int.example.net`), single-word hosts in URLs
    (`http://wiki/`), and hosts you list in `leak-internal-hosts`.  A 192.168.x.x
    address, or a common router default such as 10.0.0.1, is not a finding when the
    nearest device word in its paragraph is the recipient's ("type 192.168.1.1 into a
    browser - it opens your router's settings"): that is the customer's own network.
    "Our office router at 192.168.0.1" is still a finding.  Email addresses and version
    numbers ("version 10.0.0.1") are not hosts.

    ## Why it matters
    Internal names and addresses map your network for an attacker, and the links do not
    work for the client anyway.

    ## Example
    ```
    Logs are on http://kibana.corp.example.internal/app (server 10.8.3.21).
    ```

    ## Use instead
    ```
    I've attached the relevant log lines.
    ```
    """

    code = "LEK022"
    name = "internal-host"
    category = "leak"
    severity = Severity.WARNING
    message = "internal host name or private IP address"
    suggestion = "describe the system instead; the client cannot reach internal addresses"
    parts = ALL_TEXT

    def check(self, ctx: Context):
        text = ctx.draft.masked
        host_rx, gate, own_rx, home_ips = _host_tools(ctx)
        found: list[tuple[int, int, str]] = []
        if "." in text:
            sketch = _sketch(ctx)
            maybe_private = text.count(".") >= 3 and lt.may_hold(sketch, b"0.0") and (
                any(p in text for p in _PRIVATE_STARTS) or lt.may_hold_unicode_digits(sketch))
            for m in _IPV4.finditer(text) if maybe_private else ():
                if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_."):
                    continue
                ip = m.group(1)
                if not _private_ip(ip) or _VERSION_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                    continue
                if own_rx is not None and (ip in home_ips or ip.startswith("192.168.")):
                    if _owned_by_recipient(own_rx, text, m.start(), m.end()):
                        continue
                found.append((m.start(1), m.end(1), "private IP address"))
            if host_rx is not None and gate.search(text):
                for m in host_rx.finditer(text):
                    found.append((m.start(1), m.end(1), "internal host name"))
            patterns = ctx.option("leak-internal-hosts")
            if patterns:
                for m in _ANY_HOST.finditer(text):
                    host = m.group(1).lower()
                    if any(fnmatch.fnmatch(host, p.lower()) or host == p.lower() for p in patterns):
                        found.append((m.start(1), m.end(1), "internal host name"))
        if "://" in text:
            for m in _BARE_URL_HOST.finditer(text):
                if m.group(1).lower() != "localhost":
                    found.append((m.start(1), m.end(1), "internal host name"))
        if not found or not _enabled(ctx, self.name):
            return
        seen: list[tuple[int, int]] = []
        for start, end, what in sorted(found):
            if any(start < e and s < end for s, e in seen) or _by_recipient(ctx, start):
                continue
            seen.append((start, end))
            yield Hit(start, end, message=what, severity=_level(ctx, self.severity))


@register
class InternalAttachment(Rule):
    """## What it does
    Flags an attachment (in an `.eml` draft) whose file name says it is internal
    ("Q3 pricing - INTERNAL.xlsx", "staff_only_rota.pdf", "not for client") as a
    warning, and one whose name says confidential or restricted as info (a client's own
    confidential contract is often meant for them).  Words are in `[leak.attachments]`.

    ## Why it matters
    Attaching the wrong file is as easy as pasting the wrong text, and the file name is
    often the only clue.

    ## Example
    An email to a client with `Margin model INTERNAL v3.xlsx` attached.

    ## Use instead
    Attach the client version of the document, or remove the attachment.
    """

    code = "LEK023"
    name = "internal-attachment"
    category = "leak"
    severity = Severity.WARNING
    message = "attachment name marks it internal"
    suggestion = "check that this file is meant for the client"
    parts = ALL_TEXT

    def check(self, ctx: Context):
        if not ctx.draft.attachments or not _enabled(ctx, self.name):
            return
        words = _lex(ctx).get("attachments", {})

        def norm(s: str) -> str:
            return " " + " ".join(re.split(r"[\s_.\-()\[\]]+", s.lower())) + " "

        internal = [norm(w) for w in words.get("internal", [])]
        confidential = [norm(w) for w in words.get("confidential", [])]
        for fname in ctx.draft.attachments:
            n = norm(fname)
            if any(w in n for w in internal):
                yield Hit(0, 0, message=f"attachment '{fname}' is marked internal",
                          severity=_level(ctx, Severity.WARNING))
            elif any(w in n for w in confidential):
                yield Hit(0, 0, message=f"attachment '{fname}' is marked confidential: check it is meant for this recipient",
                          severity=_level(ctx, Severity.INFO))


# -- other clients ------------------------------------------------------------------

def _roster(ctx: Context) -> ros.Roster | None:
    clients = ctx.config.clients
    if not clients:
        return None
    key = ("leak", "roster", tuple(sorted((n, tuple(s.get("aliases", [])), tuple(s.get("domains", []))) for n, s in clients.items())))

    def build():
        r = _lex(ctx).get("roster", {})
        return ros.build_roster(clients, {w.lower() for w in r.get("legal_suffixes", [])},
                                {w.lower() for w in r.get("generic_words", [])})
    return ctx.compiled(key, build)


def _sentence_start(text: str):
    def at(offset: int) -> bool:
        before = text[:offset].rstrip(" \t")
        return not before or before[-1] in ".!?\n:;-•*(\"“–—"
    return at


def _roster_view(ctx: Context):
    """(own clients, recipient known?, mentions) for this draft, memoised."""
    def build():
        roster = _roster(ctx)
        if roster is None:
            return set(), False, []
        draft = ctx.draft
        own = ros.recipients_clients(draft.recipients, roster)
        known = bool(own)
        if draft.sender:
            c = roster.client_of_address(draft.sender)
            if c:
                own.add(c)
        own_names = {ros.squash(n) for n in ctx.option("leak-own-names")}
        for n in ctx.option("leak-own-names"):
            c = roster.client_of_domain(n) if "." in n else None
            if c:
                own.add(c)
        lex = _lex(ctx).get("roster", {})
        legal = {w.lower() for w in lex.get("legal_suffixes", [])}
        generic = {w.lower() for w in lex.get("generic_words", [])}
        honor = {w.lower() for w in lex.get("honorifics", [])}
        text = draft.masked
        openers = {w.lower() for w in lex.get("sentence_openers", [])}
        vocabulary = getattr(ctx.pipeline.lemmatize, "known", set())

        def common(word: str) -> bool:
            return word in openers or word in vocabulary

        mentions = ros.find_mentions(text, roster, legal, generic, honor, _sentence_start(text), common)
        mentions += ros.domain_mentions(text, roster)
        kept, seen = [], []
        for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
            if any(m.start < e and s < m.end for s, e in seen):
                continue
            seen.append((m.start, m.end))
            seg = draft.segment_at(m.start)
            if seg.kind in (SIGNATURE, DISCLAIMER) or (seg.kind == QUOTED and seg.by_recipient is True):
                continue
            if ros.squash(m.text) in own_names or ros.squash(m.client) in own_names:
                continue
            kept.append(m)
        return own, known, kept
    return ctx.memo(("leak", "roster-view"), build)


@register
class OtherClient(Rule):
    """## What it does
    Flags a mention of another client from your roster (config `clients`) in a draft
    whose recipient belongs to a known client: the client's name, an alias, the short
    name people write ("Pellham Rowe" for "Pellham Rowe Accountants Ltd": legal
    suffixes and generic trailing words are dropped automatically), "&"/"and" spelt
    either way, or an email address or domain of theirs.  The recipient is matched to a
    client by the configured `domains`, else by a domain that spells the client's name
    (pellhamrowe.co.uk), else by their own name for person or family clients.

    Never a finding: the recipient's own client; your own company (the sender's domain,
    `leak-own-names`, your signature); names inside the recipient's own quoted message;
    a short name that is part of a person's name ("Dana Rossi", "Mr Rossi") or of a
    longer company name ("Farrow Quill LLP"); other customers mentioned anonymously.

    ```toml
    [tool.replylint.clients."Acme Corp"]
    aliases = ["Acme", "ACME Logistics"]
    domains = ["acme.example"]
    ```

    ## Why it matters
    Telling one client about another's dispute, bill or settlement breaks confidence
    (and often a contract or professional rule), and the forwarded thread makes it easy.

    ## Example
    ```
    We handled the same dispute for Tarnmoor Logistics; they settled for £40,000.
    ```

    ## Use instead
    ```
    We've handled similar disputes, which have usually settled at mediation.
    ```
    """

    code = "LEK030"
    name = "other-client"
    category = "leak"
    severity = Severity.ERROR
    message = "names another client"
    suggestion = "remove the other client's name and details, or describe the case anonymously"
    parts = ALL_TEXT

    def check(self, ctx: Context):
        if not ctx.config.clients or not _enabled(ctx, self.name):
            return
        own, known, mentions = _roster_view(ctx)
        if not known:
            return
        for m in mentions:
            if m.client not in own:
                yield Hit(m.start, m.end, message=f"names another client ({m.client})",
                          severity=_level(ctx, self.severity))


@register
class SeveralClients(Rule):
    """## What it does
    When the recipient's client is unknown (no recipient, or an address that matches no
    roster client), flags a draft that names two or more roster clients: one of them is
    probably not the recipient's.  Reported once, at the second client's first mention.
    Give the recipient (`To:` in an `.eml`, `--to ADDRESS` for plain text) to get the
    exact check of LEK030 instead.

    ## Why it matters
    A draft that talks about two clients is the usual shape of a cross-client leak.

    ## Example
    ```
    Harper & Vale's migration went well; Tarnmoor's is next week.
    ```

    ## Use instead
    Keep each client's details in that client's email.
    """

    code = "LEK031"
    name = "several-clients"
    category = "leak"
    severity = Severity.WARNING
    message = "names several clients and the recipient's client is unknown"
    suggestion = "check which client this is for (give the recipient with --to) and remove the others"
    parts = ALL_TEXT

    def check(self, ctx: Context):
        if not ctx.config.clients or not _enabled(ctx, self.name):
            return  # no roster: no client can be named
        own, known, mentions = _roster_view(ctx)
        if known:
            return
        first: dict[str, ros.Mention] = {}
        for m in mentions:
            if m.client not in own:
                first.setdefault(m.client, m)
        if len(first) < 2:
            return
        ordered = sorted(first.values(), key=lambda m: m.start)
        names = ", ".join(m.client for m in ordered)
        second = ordered[1]
        yield Hit(second.start, second.end, message=f"names {len(ordered)} clients ({names}) and the recipient's client is unknown",
                  severity=_level(ctx, self.severity))

