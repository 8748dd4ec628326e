"""Secrets for the leak rules: key shapes, PEM blocks, connection strings, credentials in
prose and config lines, and random-looking tokens next to words like "key" or "token".

Everything works on the masked draft text (quote markers and template placeholders are
blanked, offsets unchanged).  Each finder returns :class:`Secret` items with a redacted
form: keys show their first four characters, passwords nothing.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from ...patterns import compile_regex, lower_gates_sound
from .text import key_runs, shape


@dataclass
class Secret:
    kind: str        # "shape", "private-key", "connection", "password", "entropy"
    label: str       # e.g. "github-token", "password"
    start: int
    end: int
    value: str
    redacted: str


def key_redaction(value: str) -> str:
    return value[:4] + "****"


PASSWORD_REDACTION = "********"


def entropy(s: str) -> float:
    if not s:
        return 0.0
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


_PLACEHOLDER = re.compile(
    r"^(?:<[^>]*>?|\[[^\]]*\]?|\{[^}]*\}?|\(.*|\*+|x{3,}|\.{3,}|…|_+|-+|#+|•+|"
    r"your[_-]?\w*|(?-i:(?:[A-Z0-9]+_)+[A-Z0-9]+|[a-z]+(?:_[a-z]+)+)|changeme|example\w*|placeholder\w*|redacted|secret|password|"
    r"pass(?:word)?123|dummy\w*|test|sample\w*|\$\w+|%\w+%?)$",
    re.I,
)


def is_placeholder(value: str) -> bool:
    v = value.strip("\"'`.,;:)(")
    if not v:
        return True
    if _PLACEHOLDER.match(v):
        # ALL_CAPS_WITH_UNDERSCORES (or snake_case words) is a placeholder name; a real key
        # rarely has that shape.  Case-sensitive: "Orchid_5521" is a password.
        return True
    return False


def compile_shapes(shapes: dict[str, str]) -> list[tuple[str, re.Pattern]]:
    out = []
    for name, pattern in shapes.items():
        if not isinstance(pattern, str):
            from ...errors import ConfigError

            raise ConfigError(f"lexicon [leak.secret_shapes] {name}: expected a regular expression string")
        out.append((name, compile_regex(pattern, f"lexicon [leak.secret_shapes] {name}", flags=0)))
    return out


def compile_formats(formats: dict) -> list[tuple[str, re.Pattern]]:
    """The ``[secret_formats]`` table: name = {prefix, body, length} or {regex}."""
    from ...errors import ConfigError

    out = []
    for name, spec in formats.items():
        where = f"lexicon [leak.secret_formats] {name}"
        if not isinstance(spec, dict):
            raise ConfigError(f"{where}: expected a table with prefix/body/length or regex")
        trusted = False
        if "regex" in spec:
            pattern = spec["regex"]
        else:
            try:
                prefix, body, length = spec["prefix"], spec["body"], str(spec["length"])
                lo, _, hi = length.partition("-")
                int(lo), int(hi or lo)
            except (KeyError, ValueError, TypeError):
                raise ConfigError(f"{where}: expected prefix, body (a character class) and length ('36' or '20-255')") from None
            if not isinstance(body, str) or not isinstance(prefix, str) or not re.fullmatch(r"[^\[\]\\]+", body):
                raise ConfigError(f"{where}: body must be the inside of a character class, e.g. 'A-Za-z0-9_-'")
            pattern = (rf"(?<![A-Za-z0-9_]){re.escape(prefix)}[{body}]{{{lo},{hi or lo}}}(?![{body}])")
            trusted = True  # an escaped prefix and one bounded class: it cannot backtrack
        if not isinstance(pattern, str):
            raise ConfigError(f"{where}: expected a regular expression string")
        rx = compile_regex(pattern, where, flags=0, trusted=trusted)
        if spec.get("whole_text"):
            WHOLE_TEXT_SHAPES.add(rx.pattern)
        out.append((name, rx))
    return out


# Patterns of shapes marked ``whole_text``: they hold characters that end a key run.
WHOLE_TEXT_SHAPES: set[str] = set()


def url_shapes(shapes: list[tuple[str, re.Pattern]]) -> tuple[list, list]:
    """(shapes found inside one run of key characters, shapes read over the whole text:
    a webhook URL holds "?", "&" or "@", an Entra ID secret "~", which end a run)."""
    inside, whole = [], []
    for name, rx in shapes:
        w = rx.pattern.startswith("https://") or rx.pattern in WHOLE_TEXT_SHAPES
        (whole if w else inside).append((name, rx))
    return inside, whole


def long_runs(text: str, sketch: bytes | None = None) -> list[tuple[int, int]]:
    """Spans of 16+ key characters ``[A-Za-z0-9_.+/=:-]``: every key shape is such a run,
    so these are the only places a key or token can be.  ``sketch``: the text's
    :func:`.text.shape`, if already made."""
    return key_runs(shape(text) if sketch is None else sketch)


def combine_shapes(shapes: list[tuple[str, re.Pattern]]) -> re.Pattern | None:
    """One alternation of every shape (one scan per run); None if the shapes cannot be joined."""
    if not shapes:
        return None
    if not all(isinstance(rx, re.Pattern) for _, rx in shapes):
        return None  # a user's shape runs on RE2 alone: joined into Python's re it could backtrack
    try:
        return re.compile("|".join(f"(?:{rx.pattern})" for _, rx in shapes))
    except re.error:  # e.g. numbered backreferences in a user shape
        return None


def _shape_matches(text: str, shapes, runs, combined):
    if combined is None:
        for name, rx in shapes:
            for s, e in runs:
                for m in rx.finditer(text, s, e):
                    yield name, m
        return
    for s, e in runs:
        for m in combined.finditer(text, s, e):
            for name, rx in shapes:
                one = rx.match(text, m.start(), e)
                if one:
                    yield name, one
                    break


# Documentation example keys say so ("AKIAIOSFODNN7EXAMPLE"), or are all x's.
_DOC_EXAMPLE = re.compile(r"EXAMPLE|example|xxxxxx|XXXXXX|your[_-]?|YOUR[_-]?")


def find_url_shapes(text: str, shapes: list[tuple[str, re.Pattern]]) -> list[Secret]:
    """Webhook URLs and other URL-shaped secrets, over the whole text."""
    out = []
    for name, rx in shapes:
        for m in rx.finditer(text):
            value = m.group()
            if _DOC_EXAMPLE.search(value):
                continue
            # A webhook URL shows its host (which service), a key its first characters.
            host = re.match(r"https?://[^/?#@]+", value)
            out.append(Secret("shape", name, m.start(), m.end(), value,
                              host.group() + "/****" if host else key_redaction(value)))
    return out


def find_shapes(text: str, shapes: list[tuple[str, re.Pattern]], runs: list[tuple[int, int]] | None = None,
                combined: re.Pattern | None = None) -> list[Secret]:
    out = []
    runs = long_runs(text) if runs is None else runs
    if not runs:
        return out
    for name, m in _shape_matches(text, shapes, runs, combined):
            value = m.group()
            # The random body must be random: letters and digits mixed, not "sk_live_xxxx...".
            body = max(re.findall(r"[A-Za-z0-9]+", value), key=len, default="")
            if len(set(body)) < 6 or _DOC_EXAMPLE.search(value):
                continue
            out.append(Secret("shape", name, m.start(), m.end(), value, key_redaction(value)))
    return out


_PEM = re.compile(
    r"-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----([\s\S]{0,12000}?)(?:-----END \1-----|(?=\n\s*\n)|$)"
)


_PUTTY = re.compile(
    r"PuTTY-User-Key-File-\d+:[^\n]*\n(?:[^\n]*\n){0,80}?Private-Lines:\s*\d+\s*\n(?P<body>(?:[A-Za-z0-9+/=]{4,}\s*\n?)+)"
    r"(?:Private-MAC:\s*[0-9a-fA-F]+)?"
)


def find_private_keys(text: str) -> list[Secret]:
    out = []
    for m in _PUTTY.finditer(text) if "PuTTY-User-Key-File" in text else ():
        body = re.sub(r"\s+", "", m.group("body"))
        if len(body) >= 40:
            out.append(Secret("private-key", "putty-key", m.start(), m.end(), body,
                              m.group().split(":", 1)[0] + ": [redacted]"))
    for m in _PEM.finditer(text):
        body = re.sub(r"\s+", "", m.group(2))
        body = re.sub(r"^(?:Proc-Type:|DEK-Info:)[^\n]*", "", body)
        if len(body) < 40 or not re.fullmatch(r"[A-Za-z0-9+/=:,-]+", body):
            continue
        out.append(Secret("private-key", "private-key", m.start(), m.end(), body,
                          f"-----BEGIN {m.group(1)}----- [redacted]"))
    return out


_CONN = re.compile(
    r"\b([a-z][a-z0-9+.-]{1,24})://([^\s:/@<>\"']{0,64}):([^\s@/<>\"']{1,128})@([A-Za-z0-9.-]+(?::\d+)?)"
)


def find_connection_strings(text: str) -> list[Secret]:
    out = []
    if "@" not in text:
        return out
    for m in _CONN.finditer(text):
        scheme, user, pw, host = m.groups()
        if is_placeholder(pw) or is_placeholder(user) and pw.lower() in ("password", "pass", "pwd"):
            continue
        out.append(Secret("connection", "connection-string", m.start(3), m.end(3), pw, PASSWORD_REDACTION))
    return out


def looks_like_password(value: str, non_values: set[str], labelled: bool) -> bool:
    """Is ``value`` (one whitespace-free word) a password someone typed?"""
    v = value.strip("\"'`“”‘’")
    v = v.rstrip(".,;:!?)") if not labelled or len(v) > 1 and v[-1] in ".,;)" else v
    if not v or v[0] in "([<{" or len(v) < 4 or is_placeholder(v) or v.lower().strip("()[]{}<>") in non_values:
        return False
    if re.fullmatch(r"[\d/.:-]+", v) and re.search(r"[/.:]", v):
        return False  # a date or time
    classes = sum(bool(re.search(p, v)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^A-Za-z0-9]"))
    if labelled:
        # "Password: sunshine7" -- after a label anything but a function word counts.
        return True
    # "the password is ..." -- prose: the value must look like a password, not a word.
    if re.fullmatch(r"[A-Za-z'’]+(?:-[A-Za-z'’]+)*", v):
        return False  # words: "case-sensitive", "you'll"
    return classes >= 2 and not re.fullmatch(r"[A-Z][a-z]+[.,!?]?", v) or (len(v) >= 10 and classes >= 1 and not v.isalpha())


def _label_alt(labels: list[str]) -> str:
    alts = sorted((re.escape(x).replace(r"\ ", r"\s*") for x in labels), key=len, reverse=True)
    return "(?:" + "|".join(alts) + ")"


def _starts_with(words: list[str]) -> str:
    """``(?=[...])``: the characters a match of one of ``words`` starts with.  The regex
    engine tries a pattern at every position; this one test turns most of them away
    before the alternatives are tried.  "" when a word could start with anything.  (The
    "pair" pattern spells its own: a, c, l, u start its user words.)"""
    if not words or any(not w or w[0].isspace() for w in words):
        return ""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


# Every "pair" match starts with one of these words (login, username, credentials, ...),
# and holds one of these separators after the user.
_PAIR_WORDS = ("log", "user", "cred", "account")
_PAIR_SEPARATORS = ("/", ",", "|", "and")
_LABEL_PREFIXES = ("new", "temp", "admin", "wifi", "wi-fi")  # "temp" also starts "temporary"


@dataclass
class PasswordPatterns:
    """The credential regexes by how the credential is written, and the lowercase words
    a match of each starts with (None: it may start anywhere)."""

    regexes: dict[str, re.Pattern]
    starts: dict[str, tuple[str, ...] | None]


def compile_password_patterns(labels: list[str]) -> PasswordPatterns:
    lab = _label_alt(labels)
    value = r"([^\s]+)"
    # A match of a label starts with its first word, in any case (a non-ASCII word's
    # case-insensitive forms are not just its lower case: such a label may start anywhere).
    words = {x.split(" ")[0].lower() for x in labels}
    label_starts = tuple(sorted(words)) if all(w and w.isascii() for w in words) else None
    # With no colon or verb, only a label that can name nothing but a secret ("boarding pass
    # BA2490", "pin 4", "access code SPRING24" are something else).
    bare = [x for x in labels if re.search(r"(?i)passw|passwd|passphrase|pass phrase|\bpwd\b|\bkey$", x)]
    places = [x[: -len(" code")] for x in labels if x.lower().endswith(" code") and x.lower() not in ("pin code",)]
    place_starts = tuple(sorted({p.split(" ")[0].lower() for p in places}))
    return PasswordPatterns({
        # Password: Tr0ub4dor&3   pw = x   PIN - 4821
        "label": re.compile(rf"{_starts_with([*labels, 'new', 'temporary', 'temp', 'admin', 'wifi', 'wi-fi'])}"
                            rf"(?<![\w-])(?:new\s+|temporary\s+|temp\s+|admin\s+|wifi\s+|wi-fi\s+)?{lab}[ \t]*[:=][ \t]*{value}", re.I),
        # the password is x / your new password for the portal is: x / password set to x
        "prose": re.compile(
            rf"{_starts_with(labels)}(?<![\w-]){lab}(?:\s+(?:for|to|on|in|at)\s+[^\n.,;:]{{1,40}}?)?"
            rf"(?:,?\s+(?:which|that)(?=\s+is\s))?\s+"
            # the password is the same as last time: x / is unchanged from the pilot: x /
            # is as before: x (the value after a colon that closes what it is like)
            rf"(?:(?:is|was)\s+(?:still\s+)?(?:the\s+same|as\s|unchanged|the\s+usual|the\s+old\s+one|what\s+it\s+was)[^\n:.;?!]{{0,30}}:(?=[ \t])"
            rf"|(?:is|was|has\s+been|had\s+been|will\s+be|is\s+being)\s+(?:reset|changed|set|updated)\s+to"
            rf"|is\s+now|will\s+be|is|was|=|(?:reset|changed|set|updated)\s+to)\s*:?\s+{value}",
            re.I,
        ),
        # Username mreid, password Bluebell-4471   (a label, then the value with no colon:
        # it must look like a password, not a word -- see find_passwords)
        "bare": re.compile(rf"{_starts_with(bare)}(?<![\w-]){_label_alt(bare)}[ \t]+{value}", re.I),
        # the staff door, code 4471#   the key safe, code: 2580   (a "... code" label's place,
        # then the code after a comma)
        **({"apposition": re.compile(
            rf"{_starts_with(places)}(?<![\w-]){_label_alt(places)}[ \t]*,[ \t]*(?:the[ \t]+|its[ \t]+)?"
            rf"(?:code|pin|passcode)[ \t]*(?:is[ \t]+|:[ \t]*|=[ \t]*)?{value}", re.I)} if places else {}),
        # login is support-admin / Halden#24   user: bob, pw: x   credentials: admin / x
        # the VPN login for the Leeds office is leeds-vpn / x (what it is for, before "is")
        "pair": re.compile(
            r"(?=[aclu])(?<![\w-])(?:login|log-in|logon|username|user\s*name|user|user\s*id|credentials?|account|creds)"
            r"(?:[ \t]+(?:for|to|on|at)[ \t]+[^\n.,;:/=]{1,40}?)?"
            r"[ \t]*(?:is|are|:|=)[ \t]*([^\s/,]+)[ \t]*(?:/|,|\band\b|\|)[ \t]*"
            rf"(?:(?:and\s+)?{lab}\s*(?:is|:|=)?\s*)?{value}",
            re.I,
        ),
        # A Windows domain account and its password: CONTOSO\jsmith / Tr0ut!2291 (the
        # DOMAIN\user form names an account, so what follows the slash is its password)
        "domain": re.compile(
            r"(?<![\w\\])[A-Za-z][A-Za-z0-9-]{1,15}\\[A-Za-z0-9._$-]{1,40}[ \t]*(?:/|\||,|\band\b)[ \t]*"
            rf"(?:(?:and\s+)?(?:the\s+)?{lab}\s*(?:is|:|=)?\s*)?{value}",
            re.I,
        ),
        # For the VPN use jsmith and Harbour2291! as the password (the value before its label)
        "as_label": re.compile(rf"(?<![\w-])([^\s,;:/]+)[ \t]+as[ \t]+(?:the|your|a|its|their)[ \t]+(?:new[ \t]+)?{_label_alt(bare)}\b", re.I),
        # I've set your password to Bramble-88 / we changed the Wi-Fi password to x (the verb
        # first; the value must look like a password: not "set your password to expire")
        "set_to": re.compile(
            rf"(?=[scru])(?<![\w-])(?:set|reset|changed|change|updated|update)[ \t]+(?:your|the|his|her|their|its|our)[ \t]+"
            rf"(?:new[ \t]+|temporary[ \t]+|temp[ \t]+|admin[ \t]+|wi-?fi[ \t]+|[\w-]+[ \t]+)?{lab}"
            rf"(?:[ \t]+(?:for|on)[ \t]+[^\n.,;:]{{1,30}}?)?[ \t]+(?:back[ \t]+)?to[ \t]*:?[ \t]+{value}", re.I),
        # log in with staff / 51O0W4eaQzoi   sign on using admin / x   use kiosk1 / x to get
        # into the till: a sign-in verb, then "user / password" (the password must look
        # like one: not "log in and go to Reports / Monthly", not "use the 50/50 split")
        "login_pair": re.compile(
            r"(?=[lsgu])(?<![\w-])(?:log[ \t-]?(?:in(?:to)?|on)|sign[ \t-]?(?:in|on)|get[ \t]+in(?:to)?|use|using)\b"
            r"[^\n.;]{0,50}?(?:[ \t]|:)([^\s/,:]+)[ \t]*/[ \t]*([^\s,;]+)",
            re.I,
        ),
        # the password's Brook4521Vx (a contraction of "is"; the value must look like a password)
        "contracted": re.compile(rf"{_starts_with(labels)}(?<![\w-]){lab}['’]s[ \t]+(?:now[ \t]+|still[ \t]+)?{value}", re.I),
        # pass Sparrow#2024   pw Gull-4410 (a short label that also means other things,
        # so the value must hold letters, digits and a symbol: not "boarding pass BA2490")
        "short_bare": re.compile(r"(?=[pP])(?<![\w-])(?:pass|pw|pwd)[ \t]+([^\s,;]+)", re.I),
        # Router admin is admin / Kestrel!4490   Server login - administrator / Fulmar!9931:
        # a credential word, then "user / password" with spaces round the slash (a path
        # has none); the password must look like one (see find_passwords)
        "spaced_pair": re.compile(
            r"(?=[aclursv])(?<![\w-])(?:admin|administrator|root|login|log-in|logon|creds|credentials|account|router|server|vpn|user)"
            r"[^\n]{0,40}?(?:\bis|\bare|:|=|\s[-–])[ \t]+[^\s/,]+[ \t]+/[ \t]+([^\s,;]+)",
            re.I,
        ),
    }, {
        "label": label_starts and label_starts + _LABEL_PREFIXES,
        "prose": label_starts,
        "bare": tuple(sorted({x.split(" ")[0].lower() for x in bare})) if all(x.isascii() for x in bare) else None,
        "pair": _PAIR_WORDS,
        "apposition": place_starts if all(w.isascii() for w in place_starts) else None,
        "domain": None,
        "as_label": None,
        "set_to": ("set", "reset", "change", "update"),
        "login_pair": ("log", "sign", "get", "use", "using"),
        "contracted": label_starts,
        "short_bare": ("pass", "pw"),
        "spaced_pair": ("admin", "administrator", "root", "log", "creds", "credentials", "account", "router", "server", "vpn", "user"),
    })


# Cheap first pass: without one of these substrings no password pattern can match.
_PASSWORD_GATE = ("pass", "pw", "pin", "code", "key", "login", "log-in", "logon", "log in", "log on", "sign", "user",
                  "use ", "using", "get in", "credential", "account", "creds", "\\", "admin", "root", "router", "server", "vpn")


def _may_match(how: str, window: str) -> bool:
    """Can the ``how`` regex match in this lowercased window?  (What every match holds
    besides its first word.)"""
    if how == "pair":
        return any(c in window for c in _PAIR_SEPARATORS)
    if how == "domain":
        return "\\" in window and any(c in window for c in _PAIR_SEPARATORS)
    if how == "spaced_pair":
        return " / " in window
    if how == "login_pair":
        return "/" in window
    if how == "contracted":
        return "'s" in window or "’s" in window
    if how == "as_label":
        return " as " in window
    return how != "label" or ":" in window or "=" in window


def _matches_from(rx: re.Pattern, text: str, lo: int, hi: int, low: str, words: tuple[str, ...]):
    """``rx.finditer(text, lo, hi)``, tried only where one of ``words`` starts in ``low``
    (the places a match can start): the same matches, without running the regex at
    every position of the window."""
    starts = set()
    for w in words:
        i = low.find(w, lo, hi)
        while i >= 0:
            starts.add(i)
            i = low.find(w, i + 1, hi)
    pos = lo
    for p in sorted(starts):
        if p >= pos:
            m = rx.match(text, p, hi)
            if m:
                yield m
                pos = m.end()


# A booking, collection or delivery before "PIN": a code issued to the client so a driver,
# desk or locker can check it is them, sent to them by design (not a door or account PIN).
_HANDOVER_BEFORE = re.compile(
    r"(?i)\b(?:booking|reservation|collection|pick-?up|delivery|order|check-?in|parcel|locker|confirmation|"
    r"ticket|appointment|boarding|release)[ \t]+$")
_CODE_LABEL = re.compile(r"(?i)\b(?:pin|passcode|pass code|participant code|access code|code)\b")
# Words of a conference call or meeting invitation: the passcode there is for everyone invited.
SHARED_CODE_WORDS = ("dial-in", "dial in", "dialin", "conference", "bridge", "call-in", "call in", "toll-free",
                     "toll free", "webex", "zoom", "teams meeting", "meeting id", "participant", "attendee", "moderator")


# A call named as an event ("for the 10am call", "on tomorrow's call", "the call with
# Dynegy"), not "call me" or "call the bank": its passcode is for everyone on it.
_A_CALL = re.compile(r"\b(?:(?:the|this|our|today's|tomorrow's|monday's|tuesday's|wednesday's|thursday's|friday's|"
                     r"weekly|daily)[ \t]+(?:[a-z]+[ \t]+)?call\b(?![ \t-]*(?:centre|center|back|out|log)\b)"
                     r"|\d{1,2}(?:[:.]\d\d)?[ \t]?(?:am|pm)[ \t]+(?:[a-z]+[ \t]+)?call\b(?![ \t]+(?:me|us|them|him|her|back)\b))")


def shared_code(low: str, start: int, end: int) -> bool:
    """A conference-call word on the line(s) around a passcode (within 160 characters)."""
    window = low[max(0, start - 160):end + 160]
    return any(w in window for w in SHARED_CODE_WORDS) or bool(_A_CALL.search(window))


def find_passwords(text: str, patterns: PasswordPatterns, non_values: set[str], low: str | None = None) -> list[Secret]:
    """Credentials in prose; ``low``: ``text.lower()``, if already made."""
    out = []
    low = text.lower() if low is None else low
    # Only the text around a label or login word can hold a credential.
    spots = []
    for w in _PASSWORD_GATE:
        i = low.find(w)
        while i >= 0:
            spots.append(i)
            i = low.find(w, i + 1)
    if not spots:
        return out
    windows: list[list[int]] = []
    for i in sorted(spots):
        lo, hi = max(0, i - 24), min(len(text), i + 200)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    sound = lower_gates_sound(text)
    for how, rx in patterns.regexes.items():
        spans = [(lo, hi) for lo, hi in windows if not sound or _may_match(how, low[lo:hi])]
        words = patterns.starts[how] if sound else None
        found = (rx.finditer(text, lo, hi) if words is None else _matches_from(rx, text, lo, hi, low, words)
                 for lo, hi in spans)
        for m in (m for ms in found for m in ms):
            g = m.lastindex
            value = m.group(g)
            start, end = m.start(g), m.end(g)
            stripped = value.strip("\"'`“”‘’")
            lead = value.find(stripped[:1]) if stripped else 0
            start += max(lead, 0)
            # Drop sentence punctuation after the value (the password itself may end in "!").
            while stripped and stripped[-1] in ".,;)\"'”’" and not (how == "label" and len(stripped) > 1 and stripped[-1] == "!"):
                stripped = stripped[:-1]
            end = start + len(stripped)
            if how == "apposition" and not any(c.isdigit() for c in stripped):
                continue  # "the gate, code words are ...": a keypad code holds digits
            pin = re.search(r"(?i)\b(?:pin|passcode|code)\b", m.group(0)) and re.fullmatch(r"\d{4,8}", stripped)
            if pin and _HANDOVER_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "your booking PIN is 4471": a code issued to the client for a handover
            if not pin and not looks_like_password(stripped, non_values, labelled=(how not in ("prose", "set_to", "contracted"))):
                continue
            if how == "bare" and not (looks_like_password(stripped, non_values, labelled=False)
                                      and re.search(r"\d", stripped) and re.search(r"[A-Za-z]", stripped)):
                continue  # "password Bluebell-4471", not "password reset" or "password 2"
            if how == "pair" and not looks_like_password(stripped, non_values, labelled=False) and not re.search(
                r"(?i)pass|pw|pin", m.group(0)
            ):
                continue
            if how in ("short_bare", "spaced_pair", "login_pair") and not (
                    looks_like_password(stripped, non_values, labelled=False) and len(stripped) >= 6
                    and re.search(r"\d", stripped) and re.search(r"[A-Za-z]", stripped)
                    and (how == "spaced_pair" or re.search(r"[^A-Za-z0-9]", stripped)
                         or how == "login_pair" and len(stripped) >= 8 and re.search(r"[a-z]", stripped)
                         and re.search(r"[A-Z]", stripped))):
                continue  # "boarding pass BA2490", "read / write", "24 / 7", "Q3 / Q4"
            if how == "as_label" and not (looks_like_password(stripped, non_values, labelled=False)
                                          and re.search(r"\d", stripped)):
                continue  # "use your birthday as the password"
            if how == "domain" and not (looks_like_password(stripped, non_values, labelled=False)
                                        and re.search(r"[\d\W_]", stripped)):
                continue  # "FINANCE\reports / archive": a folder, not a password
            if any(o.start < end and start < o.end for o in out):
                continue
            if _CODE_LABEL.search(m.group(0)) and shared_code(low, m.start(), m.end()):
                continue  # a conference passcode is handed to every attendee
            out.append(Secret("password", "password", start, end, stripped, PASSWORD_REDACTION))
    return out


_QUERY = re.compile(r"[?&](?:api_?key|apikey|token|access_token|auth|secret|client_secret|password|pwd|sig|signature|key)=([^&\s#\"'<>]+)", re.I)
# The end of the parameter name and the "=" of every _QUERY match, in lower case.
_QUERY_GATE = ("key=", "token=", "auth=", "secret=", "password=", "pwd=", "sig=", "signature=")


def find_url_secrets(text: str, low: str | None = None) -> list[Secret]:
    """``?token=...``, ``&sig=...``: credentials in URL query strings.  ``low``:
    ``text.lower()``, if already made.  (Config lines: :mod:`.config_values`.)"""
    out = []
    if "=" not in text:
        return out
    low = text.lower() if low is None else low
    if not any(w in low for w in _QUERY_GATE) and lower_gates_sound(text):
        return out
    for m in _QUERY.finditer(text):
        value = m.group(1)
        if len(value) < 12 or is_placeholder(value) or entropy(value) < 3.0:
            continue
        out.append(Secret("config", "url-secret", m.start(1), m.end(1), value, key_redaction(value)))
    return out


_TOKEN = re.compile(r"(?<![A-Za-z0-9+/_=.-])[A-Za-z0-9+/_=.-]{16,512}(?![A-Za-z0-9+/_=-])")


_PAIR_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*[=:][A-Za-z]")
_URL_USER = re.compile(r"https?://([A-Za-z0-9_-]{20,})@")


def compile_context(keywords: list[str]) -> re.Pattern:
    alts = sorted((re.escape(k).replace(r"\ ", r"[\s_-]*").replace(r"\-", r"[\s_-]*") for k in keywords), key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(alts) + r")s?\b", re.I)


def random_looking(token: str, min_entropy: float, min_length: int) -> bool:
    t = token.strip(".=")
    if len(t) < min_length:
        return False
    if not any(map(str.isdigit, t)):  # map: the loop runs in C (URLs get here often)
        return False
    has_upper = any(map(str.isupper, t))
    has_lower = any(map(str.islower, t))
    if not (has_upper or has_lower):
        return False
    if re.fullmatch(r"[0-9a-f]+", t) or re.fullmatch(r"[0-9A-F]+", t):
        # Hex: fewer symbols, so a lower bar, but it must be long (32+ like real keys).
        return len(t) >= 32 and entropy(t) >= 3.0
    # Words joined by separators (tenant_id, ingest-svc-prod-01) are names, not secrets.
    if re.fullmatch(r"(?:[A-Za-z]+[_.-])+[A-Za-z0-9]+", t) or t.count(".") >= 2 and not t.startswith("eyJ"):
        return False
    if not (has_upper and has_lower):
        return False
    return entropy(t) >= min_entropy


def find_context_tokens(text: str, ctx_rx: re.Pattern, min_entropy: float, min_length: int,
                        runs: list[tuple[int, int]] | None = None) -> list[Secret]:
    """Random-looking tokens with a key/token word at most 60 characters before them (same paragraph)."""
    out = []
    for s, e in long_runs(text) if runs is None else runs:
        for t in _TOKEN.finditer(text, s, e):
            tok = t.group()
            if len(tok) >= min_length and random_looking(tok, min_entropy, min_length):
                break
        else:
            continue
        lo = max(0, t.start() - 60)
        para = text.rfind("\n\n", lo, t.start())
        if para >= 0:
            lo = para
        if _PAIR_TOKEN.match(tok) or _DOC_EXAMPLE.search(tok):
            continue  # NAME=value is a config pair (read by config_values); or a docs example
        if ctx_rx.search(text, lo, t.start()):
            out.append(Secret("entropy", "token", t.start(), t.end(), tok, key_redaction(tok)))
    # Userinfo in a URL: https://<token>@host
    for m in _URL_USER.finditer(text) if "@" in text and "://" in text else ():
        tok = m.group(1)
        if random_looking(tok, min_entropy - 0.4, min_length):
            out.append(Secret("entropy", "url-token", m.start(1), m.end(1), tok, key_redaction(tok)))
    return out
