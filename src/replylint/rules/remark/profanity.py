"""RMK002: swearing, masked swear words and oaths, whoever they are aimed at."""
from __future__ import annotations

import re

from ...findings import Severity
from .. import Context, Hit, Rule, register
from .._remark_common import counts_against_draft, info, lexicon, overlaps
from .._remark_reader import oath_openings
from .filters import PARTS, _ok


@register
class Profanity(Rule):
    """## What it does
    Flags swearing and abusive words, whoever or whatever they are aimed at ("the
    bloody courier", "the sodding printer", "this shitty portal", "working their asses
    off", "a load of cobblers"), masked forms
    ("f***", "f***-up", "sh!t", "a**hole", the `masked` regexes; not stars that mask no
    word: "**A**" in Markdown, a grade "Band A**", a redacted "Mr S***", the "F-up" key),
    swearing in another language ("putain", "joder"), words containing an `embedded`
    stem ("clusterfuck") and abbreviations ("wtf", "fml", "ffs"; "a bit wtf" counts,
    "wth" between two words is a typo of "with").  An oath of the `oaths` list that
    opens a sentence or a chat line as an exclamation counts too ("Hell, even we
    couldn't find it", "Christ, what a week", "Bugger!"), not the same word inside a
    sentence ("a village called Hell, in Norway").  A word in capitals joined to a
    number ("SHIT-7") is a code.

    Words that are also names or acronyms ("Dick", "FFS") count only in lower case. Matches inside a quoted
    title or title-case name ("Bloody Mary", a song title in quotes) and phrases in
    the `allow` list are skipped; text the recipient wrote is not held against the
    draft. Quoted and forwarded text that goes out with the draft is scanned.

    ## Why it matters
    Even mild swearing reads as unprofessional to many clients, and it travels: a
    pasted chat log or a forwarded internal thread keeps its language.

    ## Example
    ```
    Sorry for the delay - the bloody courier has lost your parcel again.
    ```

    ## Use instead
    Say what happened plainly: "Sorry for the delay - the courier has lost your parcel
    again."
    """

    code = "RMK002"
    name = "profanity"
    category = "remark"
    severity = Severity.ERROR
    message = "profanity"
    suggestion = "remove it and say what happened plainly"
    parts = PARTS

    def check(self, ctx: Context):
        data = info(ctx)
        doc = ctx.doc
        lex = lexicon(ctx)
        seen: list[tuple[int, int]] = []
        for start, end in data.matches.get("profanity", []):
            tok = doc[start]
            # "Ass." is an abbreviation (Assistant, Association), not a word; "Damn." is.
            if end - start == 1 and tok.is_title and end < len(doc) and doc[end].text == "." and tok.lower_ in ("ass", "arse"):
                continue
            if not _ok(ctx, start, end):
                continue
            if end - start == 1 and _plain_sense(doc, start, lex):
                continue
            # "a hell-for-leather pace", "bloody-minded": a compound modifier, not an oath.
            if doc[end - 1].lower_ in ("hell", "bloody") and end + 1 < len(doc) and doc[end].text == "-" \
                    and not doc[end - 1].whitespace_ and doc[end + 1].is_alpha:
                continue
            span = doc[start:end]
            seen.append((span.start_char, span.end_char))
            yield Hit(span.start_char, span.end_char)
        # An oath as an exclamation that opens a sentence: "Hell, ...", "Christ, ...".
        for start, end in oath_openings(ctx):
            span = doc[start:end]
            if overlaps(seen, span.start_char, span.end_char) or overlaps(data.allowed, span.start_char, span.end_char):
                continue
            seen.append((span.start_char, span.end_char))
            yield Hit(span.start_char, span.end_char, message="profanity (an oath)")
        text = ctx.draft.masked
        low = text.lower()
        if lex.embedded:
            for sub in lex.embedded:
                at = low.find(sub)
                while at >= 0:
                    s = at
                    while s > 0 and low[s - 1].isalpha():
                        s -= 1
                    e = at + len(sub)
                    while e < len(low) and low[e].isalpha():
                        e += 1
                    at = low.find(sub, e)
                    if _name_shaped(text, s, e):
                        continue  # "Mr Shittu", "Marion Shitole": a name, not a swear word
                    if _named_past_stem(text[s:e], sub, lex):
                        continue  # "Shitterton (Dorset)": a place, wherever it stands
                    if _code_shaped(text, s, e):
                        continue  # "SHIT-7", "FUCK2": an identifier in capitals with a number
                    if overlaps(seen, s, e) or overlaps(data.allowed, s, e) or not counts_against_draft(ctx, s):
                        continue
                    seen.append((s, e))
                    yield Hit(s, e)
        for rx in lex.masked:
            for m in rx.finditer(text, low):
                if m.end() <= m.start() or overlaps(seen, m.start(), m.end()):
                    continue
                if not counts_against_draft(ctx, m.start()) or overlaps(data.allowed, m.start(), m.end()):
                    continue
                if _masked_other(text, m.start(), m.end()):
                    continue
                seen.append((m.start(), m.end()))
                yield Hit(m.start(), m.end(), message="masked profanity")


# Before a capital and stars that are a grade, a rating or a redacted name ("Band A**",
# "Mr S***"), not a masked word.
_GRADE_OR_NAME_BEFORE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|prof|band|grade|grades|level|an|got|achieved|rated|class)\.?[ \t]+$", re.I)


def _masked_other(text: str, s: int, e: int) -> bool:
    """Stars that mask no swear word: Markdown bold ("**A**"), a grade or a redacted
    name in capitals ("Band A** results", "Mr S***"), a key name ("F-up arrow")."""
    if text[max(0, s - 2):s] == "**" or text[max(0, s - 1):s] == "*":
        return True  # "**A** quality": bold markup around a letter
    word = text[s:e]
    if _code_shaped(text, s, e):
        return True  # "SH1T-22": an identifier in capitals with a number
    if word[:1].isupper() and word[1:2] == "-":
        return True  # "F-up arrow", "F-key": a key name, in capitals
    letters = [c for c in word if c.isalpha()]
    if len(letters) == 1 and letters[0].isupper():
        line_start = text.rfind("\n", 0, s) + 1
        return bool(_GRADE_OR_NAME_BEFORE.search(text[line_start:s]))
    return False


_NAME_BEFORE = re.compile(r"(?:\b(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|dear)\.?|[A-Za-z,&]|[A-Z][a-z]+\.?)[ \t]+$", re.I)


def _name_shaped(text: str, s: int, e: int) -> bool:
    """A title-case word inside a line ("Dear Mr Shittu", "Marion Shitole", "at Penistone")
    is a name: a swear word written in title case opens a sentence or a line."""
    word = text[s:e]
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    line_start = text.rfind("\n", 0, s) + 1
    before = text[line_start:s]
    if not before.strip(" \t>"):
        return False  # the line's first word: "Clusterfuck." opens a sentence
    if re.search(r"[.!?:;\"“(]['’\"”]?[ \t]*$", before):
        return False  # opens a sentence
    return bool(_NAME_BEFORE.search(before))


def _named_past_stem(word: str, stem: str, lex) -> bool:
    """A title-case word with letters around its stem that no swear word has
    ("Shitterton", "Fuckel", "Shittu") is a place, a surname or a brand, even at the
    start of a line or a list item; "Shitshow.", "Bullshit!", "Clusterfuck" are made of
    the stem and the `embedded_prefixes` / `embedded_suffixes` swearing uses."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    low = word.lower()
    at = low.find(stem)
    while at >= 0:
        if low[:at] in lex.embedded_prefixes and low[at + len(stem):] in lex.embedded_suffixes:
            return False
        at = low.find(stem, at + 1)
    return True


# Words that follow "with" and never "what the hell": a lower-case "wth" before one of
# them is the preposition mistyped, wherever it stands.
_TYPO_WITH_NEXT = frozenset({"the", "a", "an", "your", "our", "my", "his", "her", "their", "its", "this",
                             "that", "these", "those", "all", "each", "respect", "regard", "regards"})


def _code_shaped(text: str, s: int, e: int) -> bool:
    """A word in capitals joined to a number ("SHIT-7", "REF_SHIT2") is a code."""
    if not text[s:e].isupper():
        return False
    after = text[e:e + 2]
    before = text[max(0, s - 2):s]
    return bool(re.match(r"[-_]?\d", after) or re.search(r"\d[-_]?$", before))


def _plain_sense(doc, i: int, lex) -> bool:
    """A chat abbreviation between two words is a typo ("speaking wth someone"); "bloody"
    after be/get at the end of a clause, or before a wound or cloth, is literal."""
    word = doc[i].lower_
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if word in lex.interjections and word in lex.typo_shaped:
        if (doc[i].text in ("wth", "Wth") and nxt is not None and doc[i].whitespace_
                and nxt.lower_ in _TYPO_WITH_NEXT):
            return True  # "wth the new rates, ..." opening a sentence: "with" mistyped
        return bool(prev is not None and prev.is_alpha and prev.whitespace_
                    and nxt is not None and nxt.is_alpha and doc[i].whitespace_)
    if word in lex.literal_words:
        if nxt is not None and nxt.lower_ in lex.literal_nouns:
            return True
        if prev is not None and prev.lemma_.lower() in ("be", "get", "look") and (
                nxt is None or nxt.is_punct or nxt.lower_ in ("and", "or", "after", "from", "with", "at", "on", "in", "all", "again")):
            return True
    return False
