"""The evidence that a reply needs an acknowledgement: a ``Cue`` per reason (a complaint
by the client, bad news for the reader), their weights, and the ``Analysis`` of one draft
that the EMP rules read."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property


STRONG, WEAK = 2, 1
NEEDED = 2  # total cue weight that makes a reply need an acknowledgement


@dataclass
class Cue:
    """One reason the draft needs empathy."""

    kind: str          # "complaint" or "bad_news"
    source: str        # "quoted", "in_reply_to", "subject", "draft"
    weight: int
    words: str         # a few words of the trigger, for the message
    key: str           # the normalised cue, so one repeated weak cue counts once
    start: int | None = None  # offsets into draft.text (None for subject / in_reply_to)
    end: int | None = None
    change: bool = False  # a change of date or plan: evidence only next to another cue
    score: float | None = None  # set when a trained model found it (its sentence score)
    # The evidence concerns the reader: the client's own words, bad news said to them
    # ("your order", "we cannot refund you"), or a sentence a model read as such.
    to_reader: bool = False
    # Bad news opening a message addressed to the reader ("Hi Lena, / Release 2 will now
    # ship on 14 November"): news for them, said without "you" (see ``_opening``).
    opening: bool = False
    # Said to the reader ("your installation will now start ...") further into a message
    # addressed to them by name: theirs, unless the model reads it as routine.
    addressed: bool = False
    # Said to the reader in the first sentences of a message with no salutation.
    lead: bool = False
    # The cue's sentence speaks for the writer's side ("we", "our").
    ours: bool = False
    # The client's distress (a death, an illness, a lost job): counts whatever the
    # complaint model says.
    distress: bool = False
    # The reader's own matter is what the news happens to ("your loan application is
    # rejected", "Due to overbooking, your reservation has been transferred"): theirs
    # whatever the bad-news model says (see ``_your_subject``).
    own_matter: bool = False
    # The news happens to someone else, named as its subject beside the reader ("we'll do
    # yours on a Sunday, because their tills were down"): never the reader's own.
    others: bool = False

    def reason(self) -> str:
        where = {
            "quoted": "the client wrote",
            "in_reply_to": "the message you reply to says",
            "subject": "the subject says",
            "draft": "the draft says",
        }[self.source]
        read = "" if self.score is None else f" (read as {'a complaint' if self.kind == 'complaint' else 'bad news'} by the model, {self.score:.2f})"
        return f"{where} '{self.words}'{read}"


@dataclass
class Analysis:
    cues: list[Cue] = field(default_factory=list)
    # Acknowledgements in the new text: (start, end, group); group "boilerplate" for
    # apologies with nothing specific in them.  Read only when the reply needs one
    # (``needed``): no rule looks at them otherwise.
    acks: list[tuple[int, int, str]] = field(default_factory=list)
    # Lexicon cues in sentences the trained model reads as something else (a news story,
    # a bulletin, a routine change): with ``empathy-context = "combined"`` they make a
    # finding only at info severity.
    vetoed: list[Cue] = field(default_factory=list)

    @cached_property  # every rule asks; the cues are all in before the first asks
    def score(self) -> int:
        return _weigh(self.cues)

    @cached_property
    def score_with_vetoed(self) -> int:
        return _weigh(self.cues + self.vetoed) if self.vetoed else self.score

    @property
    def needed(self) -> bool:
        """The reply needs an acknowledgement (confirmed by the models where they run)."""
        return self.score >= NEEDED

    @property
    def maybe_needed(self) -> bool:
        """Needed by the lexicon's reading, counting cues the models vetoed."""
        return self.score_with_vetoed >= NEEDED

    def main_cue(self) -> Cue | None:
        """The cue to quote: the strongest, the client's words before the draft's."""
        cues = self.cues if self.needed else self.cues + self.vetoed
        if not cues:
            return None
        order = {"quoted": 0, "in_reply_to": 1, "subject": 2, "draft": 3}
        # A phrase the lexicon names is quoted before a sentence only a model found.
        return sorted(cues, key=lambda c: (-c.weight, c.score is not None, order[c.source], c.start or 0))[0]

    def bad_news(self, everything: bool = False) -> list[Cue]:
        """Bad-news cues in the new text, in order (``everything``: with those the models vetoed)."""
        cues = self.cues if self.needed and not everything else self.cues + self.vetoed
        return sorted((c for c in cues if c.source == "draft"), key=lambda c: c.start or 0)

    def reader_cue(self, complaint_only: bool = False) -> Cue | None:
        """The cue to quote for EMP001: the strongest evidence about the reader (with
        ``complaint_only``, the client's strongest complaint cue, even one the models vetoed)."""
        order = {"quoted": 0, "in_reply_to": 1, "subject": 2, "draft": 3}
        if complaint_only:
            cues = [c for c in self.cues + self.vetoed if c.kind == "complaint"]
        else:
            cues = [c for c in self.cues if c.to_reader]
        return min(cues, key=lambda c: (-c.weight, c.score is not None, order[c.source], c.start or 0), default=None)

    @cached_property
    def for_reader(self) -> bool:
        """The reply needs an acknowledgement (confirmed by the models where they run) and
        the evidence concerns the reader: the client's own complaint, or bad news said to
        them.  A cue word in a forwarded story, a bulletin or a colleague's news does not
        make it so."""
        return self.needed and _weigh([c for c in self.cues if c.to_reader]) > 0

    @cached_property
    def complaint_read_as_routine(self) -> bool:
        """Not ``for_reader``, but the lexicon reads a complaint in what the client wrote
        where the complaint model does not (EMP001 shows it at info severity)."""
        return (not self.for_reader and self.maybe_needed
                and _weigh([c for c in self.cues + self.vetoed if c.kind == "complaint"]) > 0)

    @cached_property
    def opening_news(self) -> bool:
        """Not ``for_reader``, but strong bad news opens a message addressed to the reader."""
        return not self.for_reader and _weigh([c for c in self.cues + self.vetoed if c.opening]) >= NEEDED

    def specific_acks(self) -> list[tuple[int, int, str]]:
        return [a for a in self.acks if a[2] != "boilerplate"]


def _weigh(cues: list[Cue]) -> int:
    """Total weight of the evidence that a reply needs an acknowledgement."""
    # One cue counts once: repeated, or echoed by the draft ("failing" in the client's
    # question and in our explanation) it is still one piece of evidence.
    # A subject naming a topic ("Re: Refund", "Re: Delay", "Re: Till keeps freezing")
    # is not a complaint: one weak subject cue on its own is not evidence, unless the
    # client's message or a second subject cue backs it up.
    subject_weak = {c.key for c in cues if c.source == "subject" and c.weight == WEAK}
    lone_subject = len(subject_weak) == 1 and not any(
        c.source in ("quoted", "in_reply_to") or (c.source == "subject" and c.weight > WEAK) for c in cues
    )
    seen: dict[str, int] = {}
    changes: set[str] = set()
    for c in cues:
        if lone_subject and c.source == "subject":
            continue
        if c.change:
            changes.add(c.key)
        else:
            seen[c.key] = max(seen.get(c.key, 0), c.weight)
    # Moved dates and plans ("new date", "rescheduled") add up only with other news.
    base = sum(seen.values())
    return base + (len(changes - set(seen)) if base else 0)


def _model_cue(kind: str, source: str, text: str, start: int, end: int, score: float, base: int | None = 0) -> Cue:
    """A cue a trained model found: the whole sentence, which counts alone (the models
    were trained on complaints by the client and bad news about the reader's own matter)."""
    words = " ".join(text[start:end].split())
    if len(words) > 48:
        words = words[:47].rstrip() + "…"
    here = base is not None
    return Cue(kind, source, STRONG, words, f"model:{kind}:{source}:{start}",
               start=base + start if here else None, end=base + end if here else None, score=score, to_reader=True)


def _shouting(text: str, regexes, source: str, base: int | None = None) -> list[Cue]:
    cues = []
    for rx in regexes:
        for m in rx.finditer(text):
            cues.append(Cue("complaint", source, WEAK, m.group(0), f"shout:{m.group(0).lower()}",
                            start=None if base is None else base + m.start(),
                            end=None if base is None else base + m.end()))
    return cues
