"""``check --diff``: a unified diff of what the findings' edits would do to each draft.

Built from the scrubbed view (a detected secret is shown redacted on both sides, and
its edit replaces the redacted form), so the diff never holds a value the report would
not show.  Nothing is written: replylint never modifies a draft.
"""
from __future__ import annotations


def render(results, options) -> str:
    return "".join(res.diff() for res in results)
