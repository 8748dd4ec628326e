"""Whose text it is: the recipient's own quoted words are never held against the draft."""
from __future__ import annotations

import re

from ...draft.model import QUOTED
from .. import Context
from .names import _greeted
from .words import CHAT_LINE


def counts_against_draft(ctx: Context, offset: int) -> bool:
    """False when the text at ``offset`` is the recipient's own quoted words."""
    seg = ctx.draft.segment_at(offset)
    if seg.kind != QUOTED:
        return True
    if seg.by_recipient is not None:
        return not seg.by_recipient
    if seg.author:
        author_words = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", seg.author)}
        greeted = _greeted(ctx)
        # "Hi Leonid" ... "From: Leonid Petrov": the person we are answering.
        return not (greeted and greeted & author_words)
    # No attribution.  The writer pasted it when it is introduced ("the note from our
    # analyst:") or looks like a chat log ("[10:42] Dev:"); otherwise it is the message
    # being answered (trailing, or quoted line by line with answers in between).
    text = ctx.draft.text
    before = text[max(0, seg.start - 200) : seg.start].rstrip()
    if before.endswith(":"):
        return True
    lines = text[seg.start : min(seg.end, seg.start + 400)].split("\n")
    first = lines[0].lstrip(" \t>")
    if _FORWARD_SEPARATOR.match(first):
        # "---------- Forwarded message ---------" with no headers under it: what the
        # writer forwarded is read from its first line of text ("[10:14] tom.k: ...").
        rest = [ln.lstrip(" \t>") for ln in lines[1:] if ln.strip(" \t>")]
        first = rest[0] if rest else first
    relayed = _RELAYED_NOTE.match(first)
    if relayed:
        # "Note from site team: ...", "Message from the warehouse: ...": a note the writer's
        # side relayed, whoever it names but the recipient.
        who = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", relayed.group(1))}
        return not (who & _greeted(ctx))
    if CHAT_LINE.match(first):
        # "[10:42] Dev: ..." is a chat log; "Update: ..." opens the client's message.
        speaker = re.match(r"\s*([A-Za-z][\w.'’-]*)", first)
        if re.match(r"\s*\[?\d", first) or not speaker or speaker.group(1).lower() not in _LABELS:
            return True
        if speaker.group(1).lower() == "from":
            # "From: Devi (L2)" heading a pasted note: whoever it names but the recipient.
            who = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", first.split(":", 1)[1])}
            return not (who & _greeted(ctx))
    if _CLIENT_IN_THIRD_PERSON.search(_line_around(text, seg, offset)):
        # "Este cliente es un idiota", "Ten klient to ...": a colleague's note in another
        # language about "this client"; the recipient never calls themself that.
        return True
    return _someone_elses_line(ctx, seg, offset)


# "this/the client" as the subject of a colleague's note in another language (Spanish,
# Portuguese, Italian, French, German, Dutch, Polish, Czech, Slovak, Romanian, Turkish).
_CLIENT_IN_THIRD_PERSON = re.compile(
    r"\b(?:(?:este|esta|ese|esa|el|la|esse|essa|este|o|a|questo|questa|quel|quella|il|ce|cette|le|der|die|dieser|diese|"
    r"deze|die|de|ten|ta|tenhle|tahle|tento|tato|ten|acest|aceasta|bu|şu|su)\s+"
    r"(?:cliente|clienta|client|cliënt|kunde|kundin|klant|klient|klientka|klienta|zákazník|zákaznice|zákazníčka|"
    r"clientul|clienta|müşteri|musteri)|(?:clientul|clienta)\s+(?:ăsta|asta|ăla|ala)|müşteri|musteri)\b", re.I)


def _line_around(text: str, seg, offset: int) -> str:
    s = max(text.rfind("\n", seg.start, offset) + 1, seg.start)
    e = text.find("\n", offset, seg.end)
    return text[s:seg.end if e < 0 else e]


# A quoted note signed at its end by someone ("... gold leaf now 🙄 - Steph").
_SIGNED = re.compile(r"\s[-–—~]+\s?([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[.!]?[ \t]*$")
# A speaker before a colon ("Rajesh: ...", "[Slack] Ross: ...") that is a label, not a person.
_LABELS = {
    "note", "notes", "update", "subject", "re", "ps", "pps", "question", "answer", "q", "a", "reason",
    "issue", "status", "edit", "fyi", "important", "warning", "error", "date", "time", "sent", "from",
    "to", "cc", "bcc", "attachment", "attachments", "summary", "action", "actions", "todo", "next",
    "result", "results", "example", "reply", "response", "comment", "comments", "feedback", "tl",
    "problem", "solution", "answer", "p.s", "nb", "n.b", "ok", "yes", "no", "thanks", "hi", "hello",
    "dear", "regards", "best", "cheers", "sincerely", "address", "phone", "tel", "email", "ref",
}
_FORWARD_SEPARATOR = re.compile(r"^-{2,}\s*(?:forwarded message|original message)\s*-{2,}\s*$|^begin forwarded message:\s*$", re.I)
# After a timestamp in brackets a chat handle may be lower case ("[10:15] tom.k: ...").
_SPEAKER = re.compile(r"^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)+([A-Za-z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)[ \t]*:[ \t]+\S"
                      r"|^[ \t]*([A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]*:[ \t]+\S")
# A quoted line that opens with a label for a relayed note: "Note from site team:",
# "Message from Raj (warehouse):", "Comment from the depot -".
_RELAYED_NOTE = re.compile(r"^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:internal\s+)?(?:note|notes|message|msg|comment|comments|"
                           r"update|memo|reply|feedback|remark|text|whatsapp|sms|chat)\s+from\s+([^:\n]{1,40}?)[ \t]*[:\-–—][ \t]+\S",
                           re.I)
_GREETING_START = re.compile(r"^[ \t]*(?:hi|hello|hey|dear|morning|good (?:morning|afternoon|evening)|hiya)\b", re.I)


def _someone_elses_line(ctx: Context, seg, offset: int) -> bool:
    """In an unattributed quoted block, a line that a named person other than the
    recipient says ("[Slack] Ross: ...", "Rajesh: ...") or that belongs to a note signed
    by one at its end ("Kev - don't bother with him ... - Marie") is not the recipient's."""
    text = ctx.draft.text
    greeted = _greeted(ctx)

    def line_at(pos: int) -> tuple[int, int, str]:
        s = text.rfind("\n", seg.start, pos) + 1 or seg.start
        s = max(s, seg.start)
        e = text.find("\n", pos, seg.end)
        e = seg.end if e < 0 else e
        return s, e, text[s:e].lstrip(" \t>").rstrip()

    def someone_else(name: str) -> bool:
        words = {w.lower() for w in name.split()}
        return not (words & greeted) and not (words & _LABELS)

    s, e, line = line_at(offset)
    m = _SPEAKER.match(line)
    if m and someone_else(m.group(1) or m.group(2)):
        return True
    # The note this line belongs to: it and the lines after it, up to a blank line or
    # a line that opens another message with a greeting.
    while True:
        m = _SIGNED.search(line)
        if m:
            return someone_else(m.group(1))
        if e >= seg.end:
            return False
        s, e, line = line_at(e + 1)
        if not line or _GREETING_START.match(line):
            return False
