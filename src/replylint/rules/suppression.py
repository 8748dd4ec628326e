"""Meta rule: suppression directives that suppressed nothing (like ruff's RUF100)."""
from __future__ import annotations

from ..findings import Severity
from . import ALL_TEXT, Rule, register


@register
class UnusedSuppression(Rule):
    """## What it does
    Reports a `replylint: disable=...` directive (or one without codes) that suppressed
    no finding on its own line (`disable-next-line`: on the line below), and unknown codes
    in a directive or in an `X-Replylint-Disable` header.

    ## Why it matters
    Stale suppressions hide future problems: once the wording they excused is gone,
    they silently excuse whatever is written there next.

    ## Example
    ```
    {# replylint: disable-next-line=PRM001 #}
    We aim to reply within two working days.
    ```

    ## Use instead
    Remove the directive, or move it next to the line it was meant for, and name
    existing codes (`replylint rules`).
    """

    code = "TPL100"
    name = "unused-suppression"
    category = "template"
    severity = Severity.INFO
    message = "suppression directive suppressed nothing"
    suggestion = "remove the directive or move it next to the line it excuses"
    parts = ALL_TEXT

    def check(self, ctx):  # the engine reports these after applying suppressions
        return ()
