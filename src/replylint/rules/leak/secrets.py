"""Secret rules (LEK010-LEK014): API keys, private keys, connection strings, credentials
in text, random-looking tokens.  One scan per draft (:func:`secrets`) runs every finder of
:mod:`.secret_finders`; overlapping finds keep the most specific kind."""
from __future__ import annotations

from ...findings import Severity
from .. import ALL_TEXT, Context, Hit, Rule, register
from . import config_values as cv
from . import secret_finders as sec
from .common import FoundRule, by_recipient, detectors, enabled, leak_lexicon, level, lower_text, text_sketch

# -- secrets ------------------------------------------------------------------------

def _secret_tools(ctx: Context):
    def build():
        lex = leak_lexicon(ctx)
        shapes, urls = sec.url_shapes(sec.compile_formats(lex.get("secret_formats", {}))
                                      + sec.compile_shapes(lex.get("secret_shapes", {})))
        pw = lex.get("passwords", {})
        patterns = sec.compile_password_patterns(pw.get("labels", ["password"]))
        non_values = {v.lower() for v in pw.get("non_values", [])}
        c = lex.get("secret_context", {})
        ctx_rx = sec.compile_context(c.get("keywords", ["key", "token", "secret"]))
        return shapes, urls, sec.combine_shapes(shapes), patterns, non_values, ctx_rx, float(c.get("min_entropy", 3.6)), int(c.get("min_length", 20))
    return ctx.compiled(("leak", "secrets"), build)


_PRIORITY = {"private-key": 0, "shape": 1, "connection": 2, "config": 3, "password": 4, "entropy": 5}


def secrets(ctx: Context) -> list[sec.Secret]:
    def build():
        text = ctx.draft.masked
        shapes, urls, combined, patterns, non_values, ctx_rx, min_ent, min_len = _secret_tools(ctx)
        runs = sec.long_runs(text, text_sketch(ctx))
        found = sec.find_private_keys(text) if "PRIVATE KEY" in text or "PuTTY-User-Key-File" in text else []
        if runs:  # every key shape is a long run
            on, off, everything = detectors(ctx)
            if off or not everything:
                shapes = [(n, rx) for n, rx in shapes if enabled(ctx, n, "api-key")]
                combined = None
            found += sec.find_shapes(text, shapes, runs, combined)
        if "://" in text:
            found += sec.find_connection_strings(text)
        if urls and ("://" in text or "~" in text):
            found += sec.find_url_shapes(text, [(n, rx) for n, rx in urls if enabled(ctx, n, "api-key")])
        low = lower_text(ctx)
        found += sec.find_url_secrets(text, low)
        found += cv.find_config_values(text, low)
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


class _SecretRule(FoundRule):
    def found(self, ctx: Context):
        return secrets(ctx)


@register
class ApiKey(_SecretRule):
    """## What it does
    Flags credentials by their providers' published formats (prefix, alphabet,
    length): cloud (AWS access keys, Google API keys and OAuth client secrets, Azure
    storage account keys, Entra ID client secrets), payment (Stripe, Square, Shopify),
    messaging (Twilio, Slack tokens, Telegram bot tokens, Mailchimp, Mailgun,
    SendGrid), source hosting (GitHub, GitLab, Bitbucket), package registries (npm,
    PyPI), chat webhooks (Slack, Discord, Teams, Google Chat), AI providers, JWTs and
    more.  A prefix alone ("keys start with sk_live_"), a placeholder
    ("<YOUR_SECRET_KEY>", "ghp_xxxx...") or a documentation example
    ("AKIAIOSFODNN7EXAMPLE") is not a finding: every format needs its random body.
    Formats are data (`[leak.secret_formats]` in the leak lexicon); add your own there
    or as regular expressions in `[leak.secret_shapes]`.

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
    data: RSA, EC, DSA, OpenSSH, PKCS#8, encrypted, PGP) and a PuTTY key file
    (`PuTTY-User-Key-File-2/3:` with its `Private-Lines`).  The words "private key" in
    prose, a BEGIN line alone and a public key are not findings.

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
    Flags credentials typed into prose and pasted config, the way people write them in
    email: `Password: Tr0ub4dor&3`, "the password is hunter22", "login is admin /
    S3cret!", "user: bob, pw: x7Yq", "log in with staff / 51O0W4eaQzoi", "the password's
    Brook4521Vx", `PIN: 4821`, "the alarm code is 1945", "the staff door, code 4471#" (a keypad
    code after a comma holds digits); and
    secret-named values in config of any syntax: `DB_PASSWORD=...`, `api_key: ...`,
    `"clientSecret": "..."`, `'password' => '...'`, `define('AUTH_KEY', '...')`,
    `<password>...</password>`, `.netrc` and `.pgpass` lines, `.npmrc` `_authToken`,
    `requirepass ...`, `curl -u user:password`, `Authorization: Bearer ...`, `?token=...`
    in a URL.  Labels are in `[leak.passwords]`; "promo code" and "order code" are not
    labels.  After an explicit label any value counts except words that say no
    password is given ("Password: sent separately"); in running prose ("the password
    is ...", "a temporary password, which is ...") the value must look like a password,
    and so must one right after a label that names nothing but a secret, with no colon
    ("password Bluebell-4471", "network key Hx7-22-Lm": letters and digits, not a word;
    not "boarding pass BA2490" or "access code SPRING24").  Not findings: "reset your password",
    "your password was changed", placeholders (`<password>`, `${DB_PASS}`, `changeme`,
    `********`, `xxxx`), a code issued to the client for a handover ("your booking PIN
    is 4471", "delivery PIN 9021": the driver or desk checks it), keys that are not secrets (`public_key`, `token_ttl`,
    `password_min_length`, `smtp_user`).

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



@register
class PastedConfig(Rule):
    """## What it does
    Flags a pasted block of config - three or more lines of `.env`, `.netrc`, `.pgpass`,
    `.npmrc`, YAML, JSON, INI or `wp-config.php` settings - that gives a password, key,
    token or secret a concrete value, even when no value has a known key format
    (`SMTP_PASS=sunflower`).  Blocks whose secret values are all placeholders
    (`API_KEY=<YOUR_API_KEY>`, `${DB_PASS}`, `changeme`) are instructions, not a leak;
    config without any secret-named key (`PORT=8080`, `LOG_LEVEL=info`) is not a finding.
    Reported once per block, at its first line; the secret values in it are reported by
    the rules for them as well (LEK010-LEK014).

    ## Why it matters
    A config file pasted into a support email carries every credential and internal
    name in it to everyone the thread reaches, including the ones no detector knows.

    ## Example
    ```
    Here's our .env:
    MAIL_HOST=smtp.example.com
    MAIL_USERNAME=shop
    MAIL_PASSWORD=sunflower
    ```

    ## Use instead
    ```
    Here's our .env (secrets removed):
    MAIL_HOST=smtp.example.com
    MAIL_USERNAME=shop
    MAIL_PASSWORD=<removed>
    ```
    """

    code = "LEK015"
    name = "pasted-config"
    category = "leak"
    severity = Severity.WARNING
    message = "pasted config block with credentials"
    suggestion = "remove the secret values (or the block); send config with placeholders"
    parts = ALL_TEXT
    sensitive = True

    def check(self, ctx: Context):
        text = ctx.draft.masked
        if text.count("\n") < 2 or not ("=" in text or ":" in text or "machine" in text):
            return
        blocks = cv.config_blocks(text, secrets(ctx))
        if not blocks or not enabled(ctx, self.name):
            return
        for start, end, lines in blocks:
            if by_recipient(ctx, start):
                continue
            first_end = text.find("\n", start)
            first_end = end if first_end < 0 or first_end > end else first_end
            # Show where the block is, never what it says.
            yield Hit(start + len(text[start:first_end]) - len(text[start:first_end].lstrip()), first_end,
                      message=f"pasted config block ({lines} lines) with credentials",
                      severity=level(ctx, self.severity), redacted=f"[config block, {lines} lines]")
