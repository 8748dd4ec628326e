"""Secrets in pasted config, and pasted config itself.

People paste config into support mail in every syntax there is.  This module reads the
ones that carry credentials, with the value's offsets:

* key-value pairs: ``KEY=value``, ``key: value``, ``"key": "value"``, ``'key' => 'value'``,
  ``define('KEY', 'value')``, ``<password>value</password>``, ``<add key="..." value="..."/>``,
  ``$env:KEY = "value"``, ``export KEY=value``, ``Key=value;`` inside connection strings;
* directive lines: ``.netrc`` (``machine h login u password p``), ``.pgpass``
  (``host:port:db:user:password``), ``.npmrc`` (``//registry/:_authToken=...``),
  ``requirepass ...`` and ``password ...`` lines of server configs;
* command lines: ``curl -u user:password``, ``Authorization: Bearer ...`` headers,
  ``ConvertTo-SecureString "..." -AsPlainText``.

A pair is a secret when its key names one (password, secret, token, api key, auth,
salt, private key, ...; not a public key, a key id, a URL, a user name, a TTL or a
length) and its value is a value, not a placeholder (``<YOUR_KEY>``, ``xxxx``,
``${VAR}``, ``changeme``, ``********``, documentation examples).  Key tokens need a value
that looks random; passwords only need to be there.

:func:`config_blocks` finds runs of config lines (three or more) with at least one
concrete secret-named value: a pasted ``.env`` or ``.netrc``, worth a warning even when
no value has a known key shape.
"""
from __future__ import annotations

import re

from .secret_finders import PASSWORD_REDACTION, Secret, entropy, is_placeholder, key_redaction, shared_code

# Words of a key name that make its value a secret (after splitting the key into words:
# DB_PASSWORD, dbPassword, db.password, db-password all give "db", "password").
PASSWORD_WORDS = frozenset({"password", "passwd", "pwd", "pass", "passphrase", "passcode", "requirepass"})
SECRET_WORDS = frozenset({
    "secret", "secrets", "token", "apikey", "auth", "authtoken", "credential", "credentials",
    "salt", "signature", "sig", "privatekey", "accountkey", "sas", "bearer", "dsn", "license",
    "licence",
}) | PASSWORD_WORDS
# "key" is a secret word only with one of these (api key, secret key, signing key, ...)
# or on its own; "cache key", "public key", "key id" are not secrets.
KEY_QUALIFIERS = frozenset({
    "api", "access", "secret", "private", "signing", "master", "encryption", "account",
    "client", "app", "application", "auth", "logged", "nonce", "secure", "license", "licence",
    "server", "service", "storage", "shared", "webhook", "hmac", "jwt", "data", "subscription",
})
# Words that make a key something other than a secret, whatever else it says
# ("public_key", "token_ttl", "password_min_length", "private_key_id").
NOT_SECRET_WORDS = frozenset({
    "public", "publishable", "pub", "id", "ids", "url", "uri", "urls", "endpoint", "port", "path",
    "file", "dir", "folder", "ttl", "expiry", "expires", "expiration", "timeout", "lifetime",
    "length", "min", "max", "size", "policy", "type", "prefix", "cache", "alias", "store",
    "format", "algorithm", "alg", "header", "field", "hint", "reset", "rotation", "count",
    "enabled", "required", "provider", "method", "mode", "version", "scope", "scopes", "issuer",
    "audience", "label", "certificate", "cert", "template", "option", "options", "flag",
})
# Words that make a key something else unless a secret word ends it: "smtp_user" is a
# user name, "EMAIL_HOST_PASSWORD" a password.
WHERE_WORDS = frozenset({
    "name", "names", "user", "username", "login", "host", "hostname", "email", "mail", "from",
    "list", "chat", "channel", "number", "phone", "sender", "domain", "level", "region",
})
# Values that say there is no value.
NON_VALUES = frozenset({
    "null", "none", "nil", "true", "false", "yes", "no", "on", "off", "undefined", "empty",
    "0", "1", "-", "n/a", "na", "tbd", "todo", "default", "disabled", "enabled", "required",
    "optional", "secret", "password", "token", "apikey", "api_key", "basic", "bearer", "oauth",
    "oauth2", "none", "plain", "env", "environment",
})
# Words inside a value that mark it as a placeholder or documentation example.
PLACEHOLDER_PARTS = ("your", "example", "xxxx", "changeme", "change_me", "change-me", "placeholder",
                     "replace", "dummy", "sample", "redacted", "...", "****", "fake", "insert",
                     "${", "{{", "%(", "$(")
_ANGLE_PLACEHOLDER = re.compile(r"^<|<[A-Za-z][\w .-]*>")


def key_words(key: str) -> list[str]:
    """``DB_PASSWORD`` -> ["db", "password"]; ``clientSecret`` -> ["client", "secret"];
    ``//registry.npmjs.org/:_authToken`` -> ["auth", "token"] (the part after the last ``:``)."""
    key = key.rsplit(":", 1)[-1] if key.startswith("/") else key
    key = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", key)
    words = [w for w in re.split(r"[^A-Za-z0-9]+", key.lower()) if w]
    # "apikey", "authtoken", "privatekey" written as one word are kept as they are too.
    return words


def secret_kind(key: str) -> str | None:
    """"password", "secret" or None: what a config key's value is."""
    words = key_words(key)
    if not words or any(w in NOT_SECRET_WORDS for w in words):
        return None
    if any(w in WHERE_WORDS for w in words) and not (words[-1] in SECRET_WORDS or words[-1] == "key"):
        return None
    if any(w in PASSWORD_WORDS for w in words):
        return "password"
    if any(w in SECRET_WORDS for w in words):
        return "secret"
    if "key" in words and (len(words) == 1 or any(w in KEY_QUALIFIERS for w in words)):
        return "secret"
    # Words run together without a separator: "identitytoken", "dbpassword", "clientsecret".
    last = words[-1]
    if last.endswith(("password", "passwd")):
        return "password"
    if last.endswith(("token", "secret", "apikey", "secretkey", "accesskey", "privatekey", "authkey")):
        return "secret"
    return None


def placeholder_value(value: str) -> bool:
    v = value.strip()
    if not v or is_placeholder(v) or v.lower() in NON_VALUES:
        return True
    low = v.lower()
    if any(p in low for p in PLACEHOLDER_PARTS) or _ANGLE_PLACEHOLDER.search(v):
        return True
    if v[0] in "$%@&*" and re.fullmatch(r"[$%@&][\w{}().:-]*", v):
        return True  # $VAR, %VAR%, @var
    if len(set(v)) <= 2:
        return True  # "aaaaaaaa", "--------"
    return False


def value_ok(kind: str, value: str) -> bool:
    """Is ``value`` a concrete secret for a key of this kind?"""
    if placeholder_value(value):
        return False
    if kind == "password":
        # A sentence is no password ("put your unique phrase here"), a URL no password.
        return len(value) >= 4 and value.count(" ") < 2 and "://" not in value
    # Keys and tokens: long, random-looking, no spaces (salts may hold a space or two).
    if len(value) < 12 or value.count(" ") > 3 or "://" in value:
        return False
    if re.fullmatch(r"[a-z]+(?:[_.-][a-z0-9]+)*", value) or re.fullmatch(r"[A-Za-z]+", value):
        return False  # words and identifiers: "build-cache-v3", "desktop"
    return entropy(value) >= 3.0


# key = value in its many spellings.  Group "key": the key; "value"/"qvalue": the value.
_PAIR = re.compile(
    r"""(?:(?<=^)|(?<=[\s{,;(\[|]))(?:export\s+|set\s+|\$env:|\$|--?)?"""
    r"""(?P<q>["']?)(?P<key>[A-Za-z_@/][A-Za-z0-9_.\-/@:]{0,80}?)(?P=q)"""
    r"""[ \t]*(?:=>|:=|=|:)[ \t]*"""
    r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"';,<>{}()\[\]]+))""",
    re.M,
)
_DEFINE = re.compile(r"""define\(\s*['"](?P<key>\w+)['"]\s*,\s*['"](?P<value>[^'"\n]*)['"]""")
_XML = re.compile(r"<(?P<key>[A-Za-z_][\w.-]{0,60})>(?P<value>[^<>\n]{1,300})</(?P=key)>")
_XML_ADD = re.compile(r"""\bkey\s*=\s*["'](?P<key>[^"'\n]{1,80})["']\s+value\s*=\s*["'](?P<value>[^"'\n]*)["']""")
_NETRC = re.compile(r"(?m)^[ \t]*(?:machine|default)\b[^\n]*?\s(?:password|passwd)[ \t]+(?P<value>\S+)[ \t]*$")
_DIRECTIVE = re.compile(r"(?m)^[ \t]*(?P<key>requirepass|masterauth|password|passwd|secret|auth_pass|auth-pass)[ \t]+(?P<value>\S+)[ \t]*$")
_PGPASS = re.compile(r"(?m)^[ \t]*(?:[\w.*-]+):(?:\d{1,5}|\*):(?:[\w.*-]+):(?:[\w.*@-]+):(?P<value>\S+)[ \t]*$")
_NPMRC = re.compile(r"(?m)^[ \t]*//\S+?:_(?P<key>authToken|auth|password)[ \t]*=[ \t]*(?P<value>\S+)")
_CURL_USER = re.compile(r"""(?:^|\s)(?:-u|--user)\s+["']?(?P<user>[^\s:"']+):(?P<value>[^\s"']+)""")
_AUTH_HEADER = re.compile(
    r"""(?i)\b(?:authorization|proxy-authorization)\s*[:=]\s*["']?\s*(?:bearer|token|basic)\s+(?P<value>[A-Za-z0-9._~+/=-]{12,})"""
    r"""|\b(?:x-api-key|api-key|x-auth-token|x-access-token|private-token)\s*[:=]\s*["']?\s*(?P<value2>[A-Za-z0-9._~+/=-]{12,})""",
)
# Passwords on command lines: mysql -pSECRET, sshpass -p SECRET.
_CLI_PASSWORD = re.compile(
    r"""\b(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]*?\s-p(?P<value>[^\s"'-][^\s"']{2,})"""
    r"""|\bsshpass\s+-p\s*["']?(?P<value2>[^\s"']+)"""
)
_SECURE_STRING = re.compile(r"""ConvertTo-SecureString\s+(?:-String\s+)?["'](?P<value>[^"'\n]+)["']\s+-AsPlainText""", re.I)

# Cheap gate: without one of these (lower case) no pair can name a secret.
_GATE = ("pass", "pwd", "secret", "token", "key", "auth", "cred", "salt", "sig", "sas", "bearer", "dsn", "licen")


_CODE_KEY = re.compile(r"(?i)\b(?:pin|passcode|pass code|participant code|access code|code)\b")


def _secret(kind: str, label: str, start: int, value: str) -> Secret:
    red = PASSWORD_REDACTION if kind == "password" else key_redaction(value)
    return Secret("config", label, start, start + len(value), value, red)


def _lines_with(low: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each line holding one of ``words`` and a ``=``, ``:``, ``<`` or define()."""
    spans: dict[int, int] = {}
    for w in words:
        i = low.find(w)
        while i >= 0:
            start = low.rfind("\n", 0, i) + 1
            end = spans.get(start)
            if end is None:
                end = low.find("\n", i)
                end = len(low) if end < 0 else end
                spans[start] = end
            i = low.find(w, end)
    return [(a, b) for a, b in sorted(spans.items())
            if low.find("=", a, b) >= 0 or low.find(":", a, b) >= 0 or low.find("<", a, b) >= 0
            or low.find("define", a, b) >= 0]


def find_config_values(text: str, low: str | None = None) -> list[Secret]:
    """Credentials in pasted config lines, in every syntax above."""
    low = text.lower() if low is None else low
    # Key-value syntaxes are read only on lines with a secret word and a separator.
    lines = _lines_with(low, _GATE)
    out: list[Secret] = []

    def add(kind: str | None, label: str, start: int, value: str) -> None:
        if kind and value_ok(kind, value):
            out.append(_secret(kind, label, start, value))

    for a, b in lines:
        for m in _PAIR.finditer(text, a, b):
            key = m.group("key")
            kind = secret_kind(key)
            if not kind:
                continue
            g = "dq" if m.group("dq") is not None else "sq" if m.group("sq") is not None else "bare"
            value = m.group(g)
            if g == "bare":
                value = value.rstrip(".,;")
                if re.match(r"(?i)https?://", value):
                    continue
            if _CODE_KEY.search(key) and shared_code(low, m.start(), m.end()):
                continue  # "Passcode: 4471# for the 10am call": every attendee gets it
            add(kind, key, m.start(g), value)
        for rx in (_DEFINE, _XML, _XML_ADD):
            for m in rx.finditer(text, a, b):
                add(secret_kind(m.group("key")), m.group("key"), m.start("value"), m.group("value"))
        for m in _AUTH_HEADER.finditer(text, a, b):
            g = "value" if m.group("value") else "value2"
            add("secret", "auth-header", m.start(g), m.group(g))
    if "machine" in low or "password" in low or "pass" in low:
        for m in _NETRC.finditer(text):
            if "anonymous" in m.group().lower():
                continue  # anonymous FTP: the "password" is an email address by convention
            add("password", "password", m.start("value"), m.group("value"))
        for m in _DIRECTIVE.finditer(text):
            value = m.group("value")
            # "Password immediately." on a line of its own is prose: a directive's value
            # has a digit, a capital or a symbol, and no sentence stop.
            if value.endswith((".", "!", "?", ",")) or value.isalpha() and value.islower():
                continue
            add("password", m.group("key"), m.start("value"), value)
    if text.count(":") >= 4:
        for m in _PGPASS.finditer(text):
            add("password", "pgpass", m.start("value"), m.group("value"))
    if "//" in text:
        for m in _NPMRC.finditer(text):
            kind = "password" if m.group("key") == "password" else "secret"
            add(kind, "npmrc-" + m.group("key").lower(), m.start("value"), m.group("value"))
    if "-u" in text or "--user" in text:
        for m in _CURL_USER.finditer(text):
            add("password", "curl-user", m.start("value"), m.group("value"))
    if "mysql" in low or "mariadb" in low or "sshpass" in low:
        for m in _CLI_PASSWORD.finditer(text):
            g = "value" if m.group("value") else "value2"
            add("password", "command-line", m.start(g), m.group(g))
    if "securestring" in low:
        for m in _SECURE_STRING.finditer(text):
            add("password", "secure-string", m.start("value"), m.group("value"))
    # One value, one finding.
    out.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Secret] = []
    for s in out:
        if kept and s.start < kept[-1].end:
            continue
        kept.append(s)
    return kept


# -- pasted config blocks ---------------------------------------------------------------
# A config line: KEY=value, a quoted key, a YAML key (lower case, dotted/underscored, or
# indented), a .netrc/.pgpass/.npmrc line, define(...), an [ini] section.  "Password: x"
# or "SSN: 123" flush left is a label in prose, not config.
_CONFIG_LINE = re.compile(
    r"""^[ \t]*(?:-[ \t]+)?(?:export[ \t]+|\$env:|set[ \t]+)?[A-Za-z_][A-Za-z0-9_.\-]{1,60}[ \t]*(?:=>|=)[ \t]*\S"""
    r"""|^[ \t]*(?:-[ \t]+)?["'][^"'\n]{1,60}["'][ \t]*(?:=>|:)"""
    r"""|^(?:[a-z_][A-Za-z0-9_.\-]{0,60}|[A-Za-z][A-Za-z0-9]*[_.\-][A-Za-z0-9_.\-]*|[ \t]+(?:-[ \t]+)?[A-Za-z_][\w.\-]{0,60}):[ \t]*\S"""
    r"""|^[ \t]*(?:machine|login|password|default)\b"""
    r"""|^[ \t]*[\w.*-]+:(?:\d{1,5}|\*):[\w.*-]+:[\w.*@-]+:\S+[ \t]*$"""
    r"""|^[ \t]*//\S+?:_?\w+[ \t]*="""
    r"""|^[ \t]*define\(\s*['"]\w+['"]"""
    r"""|^[ \t]*\[[\w .:-]+\][ \t]*$""",
)


def _concrete_secret_pair(line: str) -> bool:
    """Does this config line give a secret-named key a concrete value (any value that is
    not a placeholder: "SMTP_PASS=abc" counts although no detector reports "abc")?"""
    if _NETRC.match(line) or _PGPASS.match(line) or _NPMRC.match(line):
        return "anonymous" not in line.lower()
    for m in _PAIR.finditer(line):
        if secret_kind(m.group("key")):
            value = next((v for v in m.group("dq", "sq", "bare") if v is not None), "")
            if not placeholder_value(value) and len(value) >= 3:
                return True
    m = _DEFINE.search(line)
    return bool(m and secret_kind(m.group("key")) and not placeholder_value(m.group("value")))


def config_blocks(text: str, secrets: list[Secret], min_lines: int = 3) -> list[tuple[int, int, int]]:
    """(start, end, lines) of each run of ``min_lines`` or more config-shaped lines
    (comments, blank lines and brackets inside a run allowed) that gives a secret a
    concrete value: one of ``secrets``, or a secret-named key with a non-placeholder value."""
    blocks: list[tuple[int, int, int]] = []
    pos, start, end, count, has = 0, -1, -1, 0, False

    def close() -> None:
        if start >= 0 and count >= min_lines and (has or any(start <= x.start < end for x in secrets)):
            blocks.append((start, end, count))

    for line in text.splitlines(keepends=True):
        body = line.strip()
        config = bool(_CONFIG_LINE.match(line)) and not body.endswith((".", "?", "!"))
        filler = start >= 0 and (not body or body.startswith(("#", ";")) or body in ("{", "}", "[", "]", "},", "],"))
        if config or filler:
            if start < 0:
                start = pos
            if config:
                count += 1
                end = pos + len(line.rstrip("\r\n"))
                has = has or _concrete_secret_pair(line)
        else:
            close()
            start, end, count, has = -1, -1, 0, False
        pos += len(line)
    close()
    return blocks
