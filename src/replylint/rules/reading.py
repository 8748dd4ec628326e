"""What reading the draft had to do that the user should know (reported by the engine)."""
from __future__ import annotations

from ..findings import Severity
from . import ALL_TEXT, Rule, register


@register
class LenientDecoding(Rule):
    """## What it does
    Reports a draft whose text was not valid in its declared charset (or, for a text
    file, not valid UTF-8) and was read the way mail clients read it: the declared
    charset's common superset (gb2312 as gb18030, iso-8859-1 as windows-1252), UTF-8,
    Windows-1252 for text files, or the declared charset with the bad bytes replaced.

    ## Why it matters
    The draft is still linted (a client displays such a message), but a character or
    two may not be what the client sees, and a mislabelled charset is worth fixing.

    ## Example
    ```
    Content-Type: text/plain; charset=gb2312   (with one byte gb2312 lacks)
    ```

    ## Use instead
    Save the draft as UTF-8, or declare the charset it is really written in.
    """

    code = "INP001"
    name = "lenient-decoding"
    category = "input"
    severity = Severity.INFO
    message = "text read leniently"
    suggestion = "save the draft as UTF-8 or declare its real charset"
    parts = ALL_TEXT

    def check(self, ctx):  # the engine reports these from the draft's reading notes
        return ()
