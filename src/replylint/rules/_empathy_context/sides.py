"""Whose side a failure or a loss word is on.

Two shapes of sentence hold bad-news words (or read as bad news to a bag-of-words model)
and are no news for the reader:

* a third party's failings judged on the reader's side: "the council's handling of your
  application has been poor. They lost the survey twice and missed their own deadline",
  "the agent's portal is, frankly, a mess": the writer takes the reader's part against
  someone else; nothing of ours went wrong and nothing is taken from the reader;
* a sale or a booking told as success in a paragraph that cheers: "What a night! Your
  gig sold out in an hour", "the blue mugs are out of stock already and we've reordered
  double": the reader is the one selling.
"""
from __future__ import annotations

import re

# A judgement of how someone handled something ("has been poor", "a shambles", "frankly,
# a mess", "hopeless", "to be blunt").
_CRITICISM = re.compile(
    r"\b((has|have|had|was|were|been|is|are) (been )?(very |really |extremely |frankly )?(poor|dire|woeful|abysmal)|"
    r"(poorly|badly|woefully) (handled|managed|run|organised|organized|dealt with)|handled \w+ (badly|poorly)|"
    r"shambles|shambolic|hopeless|incompetent|inept|sloppy|chaotic|(a|an absolute|a total|a complete) mess|"
    r"disgraceful|appalling|unprofessional|frankly|candid(ly)?|to be (blunt|candid|frank|honest)|"
    r"(fell|falls|fallen) (well |far )?short|not fit for purpose)\b", re.I)
# Someone of ours in the sentence: then it may be our failing, told to the reader.
_OUR_SIDE = re.compile(r"\b(we|we['’](ve|re|ll|d)|our|ours|us|I|I['’](ve|m|ll|d)|my|me)\b", re.I)
_YOUR = re.compile(r"\byour\b", re.I)
_THEY_ACT = re.compile(r"\s*(?:(?:and|but|then|also|even|since then|worse|what['’]s more),?\s+)?(?:they|he|she|their|his|her)\b", re.I)
# Selling out, booked up: a loss for a buyer, a success for the seller.
_SALE_WORDS = re.compile(r"\b(sold out|sell(s|ing)? out|out of stock|fully booked|booked up|sold|snapped up)\b", re.I)
_CHEER = re.compile(
    r"!|\b(brilliant(ly)?|fantastic|amazing|great news|good news|well done|congratulations|congrats|record|"
    r"smashed|flew off|flying off|went well|success(ful)?|thrilled|delighted|waiting list)\b", re.I)


def paragraph(text: str, at: int) -> tuple[int, int]:
    """The paragraph (between blank lines) holding char ``at``."""
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return (0 if start < 0 else start, len(text) if end < 0 else end)


def third_party_faulted(text: str, sent_start: int, sent_end: int, cue_start: int | None = None,
                        cue_end: int | None = None) -> bool:
    """Whether the sentence ``text[sent_start:sent_end]`` tells of a third party's failings
    judged in its paragraph, with nobody of ours in it and (for a cue) not the reader's own
    thing right after the cue ("they lost your parcel" stays the reader's news)."""
    sentence = text[sent_start:sent_end]
    if _OUR_SIDE.search(sentence):
        return False
    if cue_start is not None and _YOUR.search(text, max(sent_start, cue_start - 30), min(sent_end, (cue_end or cue_start) + 30)):
        return False
    if _CRITICISM.search(sentence):
        return True
    # The judgement in a sentence beside it, this one going on about the same party
    # ("... has been poor. They lost the survey twice"); a cancellation told beside a
    # jibe at someone else ("The course is cancelled. Honestly, the group were hopeless")
    # is still the reader's news.
    if not _THEY_ACT.match(sentence):
        return False
    a, b = paragraph(text, sent_start)
    return bool(_CRITICISM.search(text, a, b))


def sold_as_success(text: str, cue_start: int, cue_end: int) -> bool:
    """Whether a sales cue ("sold out", "out of stock") sits in a paragraph that cheers."""
    if not _SALE_WORDS.fullmatch(text[cue_start:cue_end].strip()) and not _SALE_WORDS.search(text, cue_start, cue_end):
        return False
    a, b = paragraph(text, cue_start)
    return bool(_CHEER.search(text, a, b))
