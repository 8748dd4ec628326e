"""Texts outside the new body: the subject line (the client's topic in a reply, the
writer's own news in a new message) and the in-reply-to message."""
from __future__ import annotations

import re

from ...draft.mask import neutralise_runs
from ...draft.model import BODY
from ...draft.split import split
from ...errors import ReplylintError
from .._empathy_model import ModelView, scores
from .vocabulary import _FORWARD_PREFIX, _SUBJECT_PREFIX
from .evidence import Cue, STRONG, WEAK, _model_cue, _shouting
from .lexicon import _Lexicon, _Tokens
from .cues import _cues_in
from .addressee import _opening


def _other_text_cues(lex: "_Lexicon", mv: ModelView, sdoc, text: str, source: str, rule_cues, vetoed: list[Cue]) -> list[Cue]:
    """Complaint cues in a text outside the draft (the subject line, the in-reply-to
    message): the lexicon's unless the model reads the whole text as no complaint, and
    the model's own."""
    sc = scores(sdoc, "complaint") if sdoc is not None else None
    best = max((score for _, _, score in sc), default=0.0) if sc is not None else None
    cues: list[Cue] = []
    if mv.rules_on:
        found = rule_cues() + _shouting(text, lex.shouting, source)
        if best is None or mv.veto_complaint <= 0 or best >= mv.veto_complaint:
            cues += found
        else:
            cues += [c for c in found if c.distress]
            vetoed += [c for c in found if not c.distress]
    if sc is not None and mv.models_on and mv.t_complaint < 1.0:
        for s, e, score in sc:
            if score >= mv.t_complaint:
                cue = _model_cue("complaint", source, text, s, e, score, base=None)
                if source == "subject":
                    # The model reads a subject's fault ("Printer not working") as a
                    # complaint; a subject names the topic: the model's reading is one
                    # weak cue, and none beside the lexicon's own reading of it.
                    if any(c.source == "subject" for c in cues):
                        continue
                    cue.weight = WEAK
                cues.append(cue)
    return cues


# A subject longer than this is cut before tokenizing (a hostile header cannot stall it).
MAX_SUBJECT = 2000


def _subject_cues(lex: _Lexicon, nlp, subject: str) -> list[Cue]:
    """Complaint cues in the subject line, read as one sentence (no sentence starts are
    set).  Most subjects hold no word a complaint phrase needs: those stop at the tokenizer."""
    doc = nlp.make_doc(neutralise_runs(subject[:MAX_SUBJECT]))
    if not lex.may_complain(doc):
        return []
    lex.lemmatizer(doc)
    return _cues_in(_Tokens(doc, subject, lex, one_sentence=True), lex.phrases["complaint"](doc), "complaint", "subject")


def _own_subject_news(ctx, lex: _Lexicon, nlp) -> list[Cue]:
    """Bad news the writer puts in the subject of a new message to one reader ("Order
    20417 - delay", "Pottery course cancelled", "Outage on Tuesday - summary"): the
    message is about the reader's own matter, whatever the body's words.  A reply's
    subject ("Re: ...") is the client's topic and is read for complaints instead."""
    draft = ctx.draft
    subject = (draft.subject or "").strip()
    if not subject or _SUBJECT_PREFIX.match(subject) or _FORWARD_PREFIX.match(subject) or _opening(ctx) is None:
        return []
    doc = nlp.make_doc(neutralise_runs(subject[:MAX_SUBJECT]))
    lex.lemmatizer(doc)
    tk = _Tokens(doc, subject, lex, one_sentence=True)
    cues = _cues_in(tk, lex.phrases["bad_news"](doc), "bad_news", "subject",
                    acks=lambda: lex.phrases["acknowledgement"](doc))
    out = []
    for c in cues:
        if c.weight == STRONG and not c.change:
            c.to_reader = True
            c.key = "subject:" + c.key
            out.append(c)
    # A subject is telegraphic: "Pottery course cancelled" says "has been cancelled".
    m = None if out else _SUBJECT_NEWS.search(subject)
    if m and not _SUBJECT_ROUTINE.search(subject):
        out.append(Cue("bad_news", "subject", STRONG, m.group(0), "subject:" + m.group(0).lower(), to_reader=True))
    return out


_SUBJECT_NEWS = re.compile(r"\b(cancell?ed|postponed|delayed|suspended|withdrawn|discontinued|rejected|declined|refused|"
                           r"unsuccessful|called off|closing down)\b", re.I)
# A subject naming the reader's own request or a plan ("Your cancellation request",
# "Cancelled order refund", "Planned maintenance") is routine.
_SUBJECT_ROUTINE = re.compile(r"\b(request(ed)?|refund(ed)?|confirm\w*|as requested|planned|scheduled|maintenance|"
                              r"invitation|invite|meeting|call)\b", re.I)


def _reply_text(reply: str) -> str:
    """What the client wrote in the message being replied to: its new text only (a saved
    .eml is read through its body; quoted history and signature are left out)."""
    # The mail readers load here, not with the rules: listing rules must not import them.
    from ...draft.readers import draft_from_message, parse_message_bytes, sniff_format

    reply = reply.replace("\r\n", "\n")
    if sniff_format(reply[:4096].encode("utf-8", "replace")) == "eml":
        try:
            parsed = draft_from_message(parse_message_bytes(reply.encode("utf-8", "surrogateescape"), "<in-reply-to>"))
        except ReplylintError:
            parsed = None
        if parsed is not None:
            return parsed.new_text
    return "".join(reply[s.start:s.end] for s in split(reply) if s.kind == BODY)
