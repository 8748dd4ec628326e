"""The analysis of one draft: what the client wrote, bad news in the new text and its
acknowledgements, read by the lexicon and the trained models together."""
from __future__ import annotations

import re
from typing import NamedTuple

from ... import spacy_names as sp
from ...draft.model import BODY
from .._empathy_model import ModelView, score_text
from .vocabulary import _FORWARD_PREFIX, _GREETING, _SUBJECT_PREFIX
from .evidence import WEAK, Analysis, Cue, _model_cue, _shouting
from .lexicon import _Tokens, compiled
from .cues import _cues_in, _has_specific_ack
from .addressee import (_YOU_WORD, _broadcast, _mark_opening, _named_reader, _not_news_for_reader, _opens_with_good_news,
                        _their_fault_topic, _to_many)
from .delays_and_rises import _moved_later, _moved_later_across, _price_up
from .authorship import client_ranges
from .readers_matter import _GOOD, _READERS_OWN_ACT, readers_matter_news
from .whole_message import message_complaint
from .other_texts import _other_text_cues, _own_subject_news, _reply_text, _subject_cues
from .sides import sold_as_success, third_party_faulted


class _Span(NamedTuple):
    start: int
    end: int
    new_text: bool  # holds tokens of the new text
    client: bool    # holds tokens of the client's message


def _spans(doc, new_text, client) -> list[_Span]:
    """Token spans covering the given character ranges of the new text and of the
    client's message (merged, in order)."""
    # Touching ranges (the client's message comes a line at a time) are joined before
    # they become tokens: one char_span call each, and the same tokens as line by line.
    ranges: list[list] = []
    for a, b, is_client in sorted([(a, b, False) for a, b in new_text] + [(a, b, True) for a, b in client]):
        if ranges and a <= ranges[-1][1] and is_client == ranges[-1][2]:
            ranges[-1][1] = max(ranges[-1][1], b)
        else:
            ranges.append([a, b, is_client])
    out: list[_Span] = []
    for a, b, is_client in ranges:
        span = doc.char_span(a, b, alignment_mode="expand") if b > a else None
        if span is None or not len(span):
            continue
        if out and span.start <= out[-1].end:
            last = out[-1]
            out[-1] = _Span(last.start, max(last.end, span.end), last.new_text or not is_client, last.client or is_client)
        else:
            out.append(_Span(span.start, span.end, not is_client, is_client))
    return out


def _read_for(spans: list[_Span], part: str, tk: _Tokens) -> list[tuple[int, int]]:
    """The spans to match for cues in ``part`` ("new_text" or "client"): those holding
    it, and any other sharing a sentence with one, since a cue's sentence is read whole
    (a calm or routine phrase anywhere in it counts)."""
    held = [(sp.start, sp.end) for sp in spans if getattr(sp, part)]
    if len(held) in (0, len(spans)):
        return held

    def sentences(s: int, e: int) -> tuple[int, int]:
        return tk.sentence(s)[0], tk.sentence(e - 1)[1]

    reach = [sentences(s, e) for s, e in held]
    out = []
    for s, e, _, _ in spans:
        lo, hi = sentences(s, e)
        if any(a < hi and lo < b for a, b in reach):
            out.append((s, e))
    return out


def _in_ranges(ranges):
    def ok(offset: int) -> bool:
        return any(a <= offset < b for a, b in ranges)
    return ok


def analyse(ctx) -> Analysis:
    return ctx.memo(("empathy", "analysis"), lambda: _analyse(ctx))


def _analyse(ctx) -> Analysis:
    lex = compiled(ctx)
    draft, doc = ctx.draft, ctx.doc
    nlp = ctx.pipeline.nlp
    an = Analysis()
    tokens = _Tokens(doc, draft.masked, lex)  # the engine tokenizes draft.masked
    mv = ModelView(ctx)

    def in_body(offset: int) -> bool:
        return draft.segment_at(offset).kind == BODY

    # 1. What the client wrote: latest quoted message, in_reply_to, subject.
    ranges = client_ranges(draft)
    # Only the new text and the client's latest message matter: long quoted history and
    # signatures are not matched at all.
    spans = _spans(doc, [(s.start, s.end) for s in draft.segments if s.kind == BODY], ranges)
    if ranges:
        purposes: list[tuple[int, int]] = []
        if mv.rules_on:
            matches = lex.match("complaint", doc, _read_for(spans, "client", tokens))
            found = _cues_in(tokens, matches, "complaint", "quoted", offset_ok=_in_ranges(ranges))
            for a, b in ranges:
                found += _shouting(draft.masked[a:b], lex.shouting, "quoted", base=a)
            _keep(an, found, [c.distress or mv.keeps(mv.complaint, c.start, mv.veto_complaint) for c in found])
            # A sentence saying what the client means to do ("We want to make sure our
            # handler is idempotent") is an enquiry: the model's reading of it as a
            # complaint does not count (a phrase of the lexicon in it still does).
            purposes = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for k, a, b in matches if k == "complaint:purpose"]
        for s, e, score in mv.sentences(mv.complaint, mv.t_complaint, ranges):
            if any(s <= a < e for a, _ in purposes):
                continue
            an.cues.append(_model_cue("complaint", "quoted", draft.text, s, e, score))
        if not any(c.kind == "complaint" and c.score is not None for c in an.cues):
            # A grievance told as plain facts over several sentences (see whole_message).
            spread = message_complaint(ctx, mv, ranges, lambda s: any(a <= s < b for a, b in purposes))
            if spread is not None:
                an.cues.append(_model_cue("complaint", "quoted", draft.text, *spread))
    reply = getattr(draft, "in_reply_to", None)
    if reply and reply.strip():
        own = _reply_text(reply)
        if own.strip():
            rdoc = nlp(own)
            an.cues += _other_text_cues(
                lex, mv, rdoc, own, "in_reply_to",
                lambda: _cues_in(_Tokens(rdoc, own, lex), lex.phrases["complaint"](rdoc), "complaint", "in_reply_to"),
                an.vetoed,
            )
    # A forwarded message's subject ("Fwd: Refund for cancelled order") names someone
    # else's thread, not what the client wrote.
    # A new message's own subject (no "Re:") is the writer's words, not the client's.
    if draft.subject and _SUBJECT_PREFIX.match(draft.subject) and not _FORWARD_PREFIX.match(draft.subject):
        subject = _SUBJECT_PREFIX.sub("", draft.subject).strip()
        if subject:
            sdoc = None
            if mv.models_on or mv.veto_complaint > 0:
                sdoc = nlp.make_doc(subject)
                score_text(nlp, sdoc)
            an.cues += _other_text_cues(lex, mv, sdoc, subject, "subject", lambda: _subject_cues(lex, nlp, subject), an.vetoed)

    # 2. Bad news in the new text; acknowledgements there once they can matter.
    new_text = _read_for(spans, "new_text", tokens)
    ack_matches = None

    def acks():
        nonlocal ack_matches
        if ack_matches is None:
            ack_matches = lex.match("acknowledgement", doc, new_text)
        return ack_matches

    body = mv.body_ranges()
    spared: list[tuple[int, int]] = []
    if mv.rules_on:
        news_matches = lex.match("bad_news", doc, new_text)
        # What spares the reader ("so you'll only be charged once"): the model's reading of
        # its sentence as bad news does not count either.
        spared = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for k, a, b in news_matches if k == "bad_news:spared"]
        found = _cues_in(tokens, news_matches, "bad_news", "draft", offset_ok=in_body, acks=acks)
        found += _moved_later(ctx, in_body)
        if not any(c.key.startswith("moved-later:") for c in found):
            found += _moved_later_across(ctx, in_body)
        found += _price_up(ctx, in_body)
        if any(c.own_matter for c in found) and _broadcast(ctx):
            for c in found:
                c.own_matter = False
        # A message that opens with good news ("We're pleased to let you know your claim
        # has been paid in full") may name the bad thing it settles ("the water damage",
        # "caused by"): a weak word there is not news; strong news still is.
        if _opens_with_good_news(ctx):
            found = [c for c in found if c.weight > WEAK]
        found = [c for c in found if not _scope_argued(draft.text, c) and not _on_readers_side(tokens, draft.text, c)]
        _mark_opening(ctx, found)
        found += _own_subject_news(ctx, lex, nlp)
        # News said to the reader in the opening of a message addressed to them is theirs
        # unless the model reads it as plainly routine (a lower veto).
        # A delivery moved to a later date is read from the dates, not from words a model
        # weighs: it needs no model's agreement.
        _keep(an, found, [c.key.startswith(("moved-later:", "price-up:")) or c.own_matter or
                          mv.keeps(mv.bad_news, c.start, mv.veto_addressed if c.opening and c.to_reader or c.lead
                                   else mv.veto_addressed_body if c.addressed else mv.veto_bad)
                          for c in found])
    model_acks = list(mv.sentences(mv.ack, mv.t_ack, body)) if mv.models_on else []
    # A reply explaining the fault the reader reported ("Re: Why did my refund fail?")
    # tells them what they know: the model's reading of it as bad news does not count.
    their_fault = _their_fault_topic(draft.subject)
    # A bag-of-words score sums a weight per word: a long sentence of procedure or legal
    # detail can add up to "bad news" on length alone, so the bad-news model decides on
    # its own only for sentences of ordinary length.
    def not_news(s: int, e: int) -> bool:
        # A question asks; a sentence that apologises names the bad news, it is not news.
        if their_fault or draft.text[s:e].rstrip().endswith("?") or any(a < e and s < b for a, b, _ in model_acks):
            return True
        if mv.rules_on and _apologises(doc, acks(), s, e):
            return True
        # A third party's failings judged on the reader's side ("the council's portal is,
        # frankly, a mess"): the model reads failure words, not whose they are.
        if third_party_faulted(draft.text, s, e):
            return True
        # A condition ("Without the EORI the T1 cannot be closed", "If the form is late,
        # the claim lapses") says what would follow, as the lexicon's hedges do.
        if _CONDITIONAL_OPENING.match(draft.text, s, e):
            return True
        return any(s <= a < e for a, _ in spared)

    for s, e, score in mv.sentences(mv.bad_news, mv.t_bad, body, max_words=mv.max_words_bad):
        if not_news(s, e):
            continue
        # In a mailing to a group or a role ("Hi all,", "Dear Customer,") news that does
        # not say "you" or "your" is a bulletin, as for the lexicon's cues.
        if _to_many(ctx) and not _YOU_WORD.search(draft.text, s, e):
            continue
        # The model reads words, not who the news is for: on its own it counts only in a
        # message to one reader named in its salutation, and not in a sentence reporting
        # someone else's words or the writer's own mishap (bad-news-model-named-reader).
        if mv.named_reader_bad and not _named_reader(ctx):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if mv.named_reader_bad and span is not None and _not_news_for_reader(span.sent):
            continue
        # The model reads words, not polarity: good news said as such ("your appeal has been
        # successful and the charge cancelled") and what the reader did themselves ("the
        # refund you asked for when you cancelled ...") are not news for them.
        if mv.named_reader_bad and (_GOOD.search(draft.text, s, e) or _READERS_OWN_ACT.search(draft.text, s, e)
                                    or _DISAGREES.search(draft.text, s, e)
                                    or span is not None and _cheered(doc, span.sent)):
            continue
        an.cues.append(_model_cue("bad_news", "draft", draft.text, s, e, score))
    # Below that threshold, the model's reading counts where the sentence says the news
    # is the reader's own ("your membership has been suspended"): see readers_matter.
    for s, e, score in readers_matter_news(ctx, mv, body, not_news):
        an.cues.append(_model_cue("bad_news", "draft", draft.text, s, e, score))
    if an.maybe_needed:
        rule_acks = _acknowledgements(doc, acks(), in_body) if mv.rules_on else []
        an.acks = rule_acks + [
            (s, e, "model") for s, e, _ in model_acks if not any(a < e and s < b for a, b, _ in rule_acks)
        ]
        an.acks.sort()
    return an


# A sentence that opens on a condition: what would follow, not what has happened.
_CONDITIONAL_OPENING = re.compile(r"\s*(?:[-*•]\s*)?(?:if|unless|without|should|in case|provided|supposing)\b", re.I)

# "I can't agree with your reading": a disagreement, not news.
_DISAGREES = re.compile(r"\b(?:can['’]?t|cannot|don['’]?t|do not|won['’]?t)\s+agree\b|\bdisagree\b", re.I)


# A disagreement about what was agreed ("I'm afraid I disagree with your reading of the
# contract", "I read the brief differently"), followed in its paragraph by what the
# agreement leaves out ("the extra templates are outside that scope"): a position in an
# argument about terms, answered with an offer to quote, not news about the reader's matter.
_ARGUES = re.compile(r"\bdisagree\b|\b(?:don['’]?t|do not|can['’]?t|cannot)\s+agree\b|\bread\s+(?:it|this|that|the\s+\w+)\s+differently\b"
                     r"|\b(?:don['’]?t|do not)\s+think\s+that['’]?s\s+(?:quite\s+)?(?:right|correct|the case)\b", re.I)
_TERMS = re.compile(r"\b(scope|contract|statement of work|sow|brief|agreed|agreement|quote|quoted|quotation|fixed (?:fee|price)|"
                    r"included|inclusive|specification|spec|terms)\b", re.I)


def _scope_argued(text: str, cue) -> bool:
    """Whether a lexicon cue says what the agreement leaves out, after a disagreement in
    its paragraph (see ``_ARGUES``)."""
    if cue.start is None or cue.source != "draft":
        return False
    para = text.rfind("\n\n", 0, cue.start)
    para = 0 if para < 0 else para
    end = text.find("\n\n", cue.start)
    end = len(text) if end < 0 else end
    line_start = max(text.rfind(". ", para, cue.start), para)
    return bool(_ARGUES.search(text, para, cue.start) and _TERMS.search(text, line_start, end))


def _on_readers_side(tk: _Tokens, text: str, cue) -> bool:
    """Whether a lexicon cue of the draft is no loss for the reader, whose side it is on
    being plain (see ``sides``): a third party's failings judged ("they missed their own
    deadline", in a paragraph calling their handling poor), or a sale told as success
    ("What a night! Your gig sold out in an hour")."""
    if cue.start is None or cue.source != "draft":
        return False
    if sold_as_success(text, cue.start, cue.end):
        return True
    if cue.own_matter:  # "your order was lost": the reader's, whoever is blamed
        return False
    doc = tk.doc
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    s, e = tk.sentence(span.start)
    sent_start, sent_end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
    return third_party_faulted(text, sent_start, sent_end, cue.start, cue.end)


def _cheered(doc, sent) -> bool:
    """Whether the sentence follows a short cheer ("Congratulations!", "Good news:")."""
    if sent.start == 0:
        return False
    before = doc[sent.start - 1].sent
    return len([t for t in before if t.is_alpha]) <= 3 and bool(_GOOD.search(before.text))


def _keep(an: Analysis, cues: list[Cue], kept) -> None:
    """File lexicon cues as evidence, or as vetoed where the model disagrees."""
    for cue, ok in zip(cues, kept):
        (an.cues if ok else an.vetoed).append(cue)


def _apologises(doc, matches, start: int, end: int) -> bool:
    """Whether a specific acknowledgement phrase lies inside chars ``start:end``."""
    inside = [(k, s, e) for k, s, e in matches if start <= doc[s].idx < end]
    return bool(inside) and _has_specific_ack(inside)


def _acknowledgements(doc, matches, in_body) -> list[tuple[int, int, str]]:
    """(start, end, group) of each acknowledgement in the new text, in order; a specific
    one inside boilerplate counts as boilerplate, a non-apology not at all."""
    acks = [(k, s, e) for k, s, e in matches if in_body(doc[s].idx)]
    non_apology = [(s, e) for k, s, e in acks if k == "acknowledgement:non_apology"]
    boiler = [(s, e) for k, s, e in acks if k == "acknowledgement:boilerplate"]
    out: list[tuple[int, int, str]] = []
    for key, s, e in acks:
        group = key.split(":", 1)[1]
        if group in ("non_apology", "boilerplate"):
            continue
        if any(a <= s < b or s <= a < e for a, b in non_apology):
            continue
        if any(a <= s < b or s <= a < e for a, b in boiler):
            group = "boilerplate"
        out.append((doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), group))
    for s, e in boiler:
        start = doc[s].idx
        if not any(a <= start < b for a, b, _ in out):
            out.append((start, doc[e - 1].idx + len(doc[e - 1]), "boilerplate"))
    out.sort()
    return out


def first_body_sentence(ctx):
    """The first sentence of the new text that is not a greeting (where a missing
    acknowledgement belongs)."""
    fallback = None
    for sent in ctx.sentences():
        if fallback is None:
            fallback = sent
        if _GREETING.match(sent.text) and len(sent) <= 8:
            continue
        return sent
    return fallback


def body_words(ctx) -> int:
    return sum(1 for sent in ctx.sentences() for t in sent if t.is_alpha)
