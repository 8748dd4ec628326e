"""What every leak rule shares: its config keys, the detector switches, the allow-lists,
the severity drop for internal recipients, and the draft's lower-case text and sketch."""
from __future__ import annotations

import re
from email.utils import getaddresses, parseaddr

from ...draft.model import QUOTED
from ...findings import Severity
from ...patterns import compile_regex
from .. import ALL_TEXT, Context, Hit, Rule, register_option
from . import text as lt

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
    from .. import all_rules
    from ...lexicon import builtin_dir

    known = {"all"} | {r.name for r in all_rules() if r.category == "leak"}
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        with open(builtin_dir() / "leak.toml", "rb") as fh:
            data = tomllib.load(fh)
            known |= set(data.get("secret_shapes", {})) | set(data.get("secret_formats", {}))
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

def leak_lexicon(ctx: Context) -> dict:
    return ctx.lexicons.get("leak")


def detectors(ctx: Context) -> tuple[frozenset[str], frozenset[str], bool]:
    def build():
        chosen = [d.strip().lower() for d in ctx.option("leak-detectors")]
        off = frozenset(d[1:] for d in chosen if d.startswith("-"))
        on = frozenset(d for d in chosen if not d.startswith("-"))
        return on, off, "all" in on or not on
    return ctx.memo(("leak", "detectors"), build)


def enabled(ctx: Context, *names: str) -> bool:
    on, off, everything = detectors(ctx)
    if off and any(n in off for n in names):
        return False
    return everything or any(n in on for n in names)


def compact(value: str) -> str:
    return re.sub(r"[\s.\-]", "", value).lower()


def allowed(ctx: Context, value: str) -> bool:
    allow = ctx.memo(("leak", "allow"), lambda: {compact(v) for v in ctx.option("leak-allow")})
    if compact(value) in allow:
        return True
    return any(p.fullmatch(value) or p.fullmatch(compact(value)) for p in ctx.option("leak-allow-patterns"))


def domain_of(addr: str) -> str:
    a = parseaddr(addr)[1] or addr
    return a.rsplit("@", 1)[-1].lower().strip("> ") if "@" in a else ""


def all_internal(ctx: Context) -> bool:
    def build() -> bool:
        internal = ctx.config.internal_domains
        if not internal or not ctx.draft.recipients:
            return False
        addrs = [a for _, a in getaddresses(ctx.draft.recipients) if a]
        if not addrs:
            return False
        return all(any(domain_of(a) == d or domain_of(a).endswith("." + d) for d in internal) for a in addrs)
    return ctx.memo(("leak", "internal-recipients"), build)


def level(ctx: Context, base: Severity) -> Severity:
    drop = ctx.option("internal-recipient-severity-drop")
    return base.lower(drop) if drop and all_internal(ctx) else base


def by_recipient(ctx: Context, offset: int) -> bool:
    seg = ctx.draft.segment_at(offset)
    return seg.kind == QUOTED and seg.by_recipient is True


def lower_text(ctx: Context) -> str:
    """The masked text in lower case, shared by the detectors' word gates."""
    return ctx.memo(("leak", "lower"), lambda: ctx.draft.masked.lower())


def text_sketch(ctx: Context) -> bytes:
    """The masked text's one-byte-per-character sketch, which the detectors' gates read."""
    return ctx.memo(("leak", "sketch"), lambda: lt.shape(ctx.draft.masked))


class FoundRule(Rule):
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

    def replacement_for(self, item, ctx: Context) -> str | None:
        """What to write instead of the value (an edit); None: its redacted form.
        Built from the redacted form only, never from the value."""
        return None

    def check(self, ctx: Context) -> list[Hit]:
        found = self.found(ctx)
        # Most drafts hold nothing: the settings are read only when there is something.
        if not found or not enabled(ctx, self.name):
            return []
        return [Hit(item.start, item.end, message=self.message_for(item), severity=level(ctx, self.severity),
                    redacted=item.redacted, edits=_edits(item, self.replacement_for(item, ctx)))
                for item in found if item.kind in self.kinds and not allowed(ctx, item.value)]



def _edits(item, replacement: str | None) -> tuple:
    return ((item.start, item.end, replacement),) if replacement else ()
