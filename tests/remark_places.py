"""Where a remark probe puts its sentence: the same short reply to a client, with the
sentence in one place a draft carries text (the new text, a forwarded colleague's note,
quoted internal history, a P.S., a pasted chat line, the client's own quoted message,
...).  Shared by the remark probe tests (``from remark_places import blocking``)."""
from __future__ import annotations

import pytest
from helpers import findings

from replylint.findings import Severity

TO = "Dana Whitfield <dana.whitfield@harbourline-freight.example>"


def _body(text: str) -> str:
    return f"Hi Dana,\n\n{text}\n\nKind regards,\nTom\nCopperleaf Services\n"


def _forward(text: str) -> str:
    return ("Hi Dana,\n\nPlease see the update below; the revised schedule is attached.\n\n"
            "Kind regards,\nTom\nCopperleaf Services\n\n"
            "---------- Forwarded message ---------\nFrom: Raj Mehta <raj.mehta@copperleaf.example>\n"
            "To: Tom Price <tom.price@copperleaf.example>\nSubject: Re: Harbourline schedule\n\n"
            f"{text}\n")


def _quoted(text: str) -> str:
    return ("Hi Dana,\n\nAdding you to the thread so you have the dates.\n\nBest,\nTom\n\n"
            "On Tue, 3 Nov 2026 at 09:12, Priya Shah <priya.shah@copperleaf.example> wrote:\n"
            f"> {text}\n")


def _ps(text: str) -> str:
    return f"Hi Dana,\n\nThe revised schedule is attached.\n\nKind regards,\nTom\nCopperleaf Services\n\nP.S. {text}\n"


def _chat(text: str) -> str:
    return ("Hi Dana,\n\nHere is what the team said when the delivery slipped, for your records:\n\n"
            f"[14:02] Liam: {text}\n[14:03] Sara: ok I'll ring the depot\n\nThanks,\nTom\n")


def _client(text: str) -> str:
    """The client's own message, quoted below the reply."""
    return ("Hi Dana,\n\nI'm sorry about this; I've asked the depot to call you today.\n\nKind regards,\nTom\n\n"
            "On Mon, 2 Nov 2026 at 17:40, Dana Whitfield <dana.whitfield@harbourline-freight.example> wrote:\n"
            f"> {text}\n")


def _outlook(text: str) -> str:
    """A colleague's earlier message below the reply, Outlook style."""
    return ("Hi Dana,\n\nI've looped you in so you have the history.\n\nThanks,\nTom\n\n"
            "-----Original Message-----\nFrom: Gemma Ross <gemma.ross@copperleaf.example>\n"
            "Sent: Monday, 2 November 2026 16:05\nTo: Tom Price <tom.price@copperleaf.example>\n"
            f"Subject: RE: Harbourline\n\n{text}\n")


def _interleaved(text: str) -> str:
    """The writer's answer between the client's quoted lines."""
    return ("Hi Dana,\n\nAnswers inline.\n\n> Why is VAT charged twice on invoice 4471?\n"
            f"{text}\n\n> And when does the next pallet arrive?\nThursday, before noon.\n\nTom\n")


def _whatsapp(text: str) -> str:
    """A pasted group-chat export below the reply."""
    return ("Hi Dana,\n\nCopying the chat from our site team so you can see the timings.\n\nThanks,\nTom\n\n"
            f"[07/11/2026, 10:14] Kofi Mensah: {text}\n[07/11/2026, 10:15] Tom Price: ok noted\n")


def _client_outlook(text: str) -> str:
    """The client's own earlier message below the reply, Outlook style."""
    return ("Hi Dana,\n\nI'm sorry; a manager will call you this afternoon.\n\nRegards,\nTom\n\n"
            "-----Original Message-----\nFrom: Dana Whitfield <dana.whitfield@harbourline-freight.example>\n"
            "Sent: Monday, 2 November 2026 16:05\nTo: Tom Price <tom.price@copperleaf.example>\n"
            f"Subject: Refund\n\n{text}\n")


def _foreign_headers(text: str) -> str:
    """A colleague's message quoted below the reply under a German mail client's headers."""
    return ("Hi Dana,\n\nThe customs papers are attached.\n\nKind regards,\nTom\nCopperleaf Services\n\n"
            "> Von: Raj Mehta\n> An: Tom Price\n> Betreff: Harbourline\n>\n"
            f"> {text}\n")


def _labelled_note(text: str) -> str:
    """A quoted note with no attribution line, labelled as a colleague's note."""
    return ("Hi Dana,\n\nThe revised quote is attached.\n\nKind regards,\nTom\nCopperleaf Services\n\n"
            f"> Note from the yard team: {text}\n")


def _forwarded_chat(text: str) -> str:
    """A chat export forwarded with no headers under the separator, handles in lower case
    (``text`` is a whole chat line, timestamp and handle included)."""
    return ("Hi Dana,\n\nForwarding the thread from our team as you asked.\n\nBest,\nTom\nCopperleaf Services\n\n"
            "---------- Forwarded message ---------\n[08:58] tom.p: morning all\n"
            f"{text}\n[17:01] tom.p: ok thanks\n")


PLACES = {"x": _forwarded_chat, "b": _body, "f": _forward, "q": _quoted, "p": _ps, "c": _chat, "r": _client, "o": _outlook,
          "s": _client_outlook, "w": _whatsapp, "i": _interleaved, "g": _foreign_headers, "n": _labelled_note}


def blocking(place: str, text: str) -> list[str]:
    """The remark codes that block (warning or error) when ``text`` sits at ``place``."""
    draft = PLACES[place](text)
    return [f.code for f in findings(draft, None, to=TO)
            if f.category == "remark" and f.severity >= Severity.WARNING]


def probe_params(batches: dict, kind: int, known: set[str]):
    """pytest parameters for a probe's batches (``{name: (positives, negatives)}``):
    ``kind`` 0 for the positives, 1 for the negatives; a text in ``known`` is an
    expected failure (not strict: the trained model may come to read it)."""
    for name, batch in batches.items():
        for place, text in batch[kind]:
            marks = [pytest.mark.xfail(reason="known miss" if kind == 0 else "known false alarm", strict=False)] \
                if text in known else []
            yield pytest.param(place, text, id=f"{name}-{place}-{text[:40]}", marks=marks)
