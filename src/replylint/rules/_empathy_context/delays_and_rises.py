"""Bad news read from numbers rather than words: a delivery moved to a later date, a
price moved to a higher amount."""
from __future__ import annotations

import re
from typing import NamedTuple

from .evidence import Cue, STRONG


_MONTHS = {m: i for i, ms in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
     "sep sept september", "oct october", "nov november", "dec december"), 1) for m in ms.split()}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DATE = re.compile(rf"\b(?:{_DAY}(?:\s+of)?\s+{_MONTH}|{_MONTH}\s+{_DAY})\b", re.I)
# The new date first, the old one after: "will now ship on 14 November instead of 24 October".
_INSTEAD = re.compile(r"\b(instead of|rather than|not|in place of|and not|previously|originally|formerly|"
                      r"(?:was|were) (?:due|booked|scheduled|planned|expected))\b", re.I)
# The old date first: "moved from 2 June to 14 July", "pushed back from ... to ...".
_FROM_TO = re.compile(r"\bfrom\b", re.I)
# What a later date delays: a delivery, a start, a completion -- not a meeting moved.
_DELIVERY = re.compile(r"\b(deliver\w*|dispatch\w*|ship\w*|arriv\w*|ready|complet\w*|finish\w*|start\w*|"
                       r"install\w*|launch\w*|releas\w*|go(?:es|ing)? live|go-live|available|open\w*|hand(?:ed)? over|"
                       r"handover|turn ?over|move[- ]in|collect\w*|fitt?\w*|build|built|done|resum\w*|restor\w*|fix\w*|repair\w*)\b", re.I)


def _date_of(m) -> tuple[int, int] | None:
    day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    mon = _MONTHS.get(month.lower().rstrip("."))
    if mon is None or not 1 <= int(day) <= 31:
        return None
    return mon, int(day)


# A month without a day ("to late March", "until the end of June", "in September"): its
# part of the month stands for the day.  A bare month counts only capitalised ("May" the
# month, not "may" the verb; never alone at a sentence start, where "May" may be either).
_PART_MONTH = re.compile(rf"\b(?:(early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of)[\s-]+)?{_MONTH}(?:\s+(?:19|20)\d\d\b)?(?![\w-]|\s+\d)", re.I)
_PART_DAY = {"early": 5, "mid": 15, "late": 25, "end of": 28, "beginning of": 1, "start of": 1}


class _DateMatch(NamedTuple):
    start_: int
    end_: int

    def start(self) -> int:
        return self.start_

    def end(self) -> int:
        return self.end_


def _dates(text: str) -> list[tuple[_DateMatch, tuple[int, int]]]:
    """Dates in ``text`` in order, as (match, (month, day)): day-month and month-day
    dates, and months named without a day."""
    found = []
    for m in _DATE.finditer(text):
        d = _date_of(m)
        if d is not None:
            found.append((_DateMatch(m.start(), m.end()), d))
    taken = [(m.start(), m.end()) for m, _ in found]
    for m in _PART_MONTH.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        part = (m.group(1) or "").lower().removeprefix("the ")
        month = m.group(2)
        if not part and (not month[0].isupper() or month.lower() == "may" and m.start() == 0):
            continue
        mon = _MONTHS.get(month.lower().rstrip("."))
        if mon is not None:
            end = m.end() - (text[m.end() - 1] == ".")  # a full stop, not "Sept."'s
            if month.endswith(".") and month[:-1].lower() in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"):
                end = m.end()
            found.append((_DateMatch(m.start(), end), (mon, _PART_DAY.get(part, 15))))
    # A day of the month named alone ("will now ship on the 28th rather than the 10th"):
    # month 0, compared only with another such day.
    taken = [(m.start(), m.end()) for m, _ in found]
    for m in _ORDINAL_DAY.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken) and 1 <= int(m.group(1)) <= 31:
            found.append((_DateMatch(m.start(), m.end()), (0, int(m.group(1)))))
    return sorted(found, key=lambda x: x[0].start())


_ORDINAL_DAY = re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + _MONTH + r")", re.I)


def _later(new: tuple[int, int], old: tuple[int, int]) -> bool:
    """Whether ``new`` falls after ``old`` (across a new year when it is a few months on)."""
    months = (new[0] - old[0]) % 12
    return (months, new[1]) != (0, old[1]) and 0 < (months * 31 + new[1] - old[1]) % 372 < 200


def _moved_later(ctx, in_body) -> list[Cue]:
    """A delivery, start or completion moved to a later date ("your installation will now
    start on 14 July instead of 2 June"): a delay, however it is worded."""
    cues = []
    for sent in ctx.sentences():
        text = ctx.text_of(sent)
        if not in_body(sent.start_char) or not _DELIVERY.search(text):
            continue
        dates = _dates(text)
        if len(dates) < 2:
            continue
        for (m1, d1), (m2, d2) in zip(dates, dates[1:]):
            if (d1[0] == 0) != (d2[0] == 0):  # a day alone and a full date: not comparable
                continue
            between = text[m1.end():m2.start()]
            before = text[max(0, m1.start() - 12):m1.start()]
            if _INSTEAD.search(between) and len(between) < 40:
                late = _later(d1, d2)
            elif _FROM_TO.search(before) and re.search(r"\bto\b", between, re.I) and len(between) < 20:
                late = _later(d2, d1)
            else:
                continue
            if late:
                words = " ".join(text[m1.start():m2.end()].split())
                lowers = {t.lower_ for t in sent}
                cues.append(Cue("bad_news", "draft", STRONG, words[:48], f"moved-later:{sent.start_char}",
                                start=sent.start_char + m1.start(), end=sent.start_char + m2.end(),
                                to_reader=bool(lowers & {"you", "your", "yours"}),
                                ours=bool(lowers & {"we", "our", "us", "ours"})))
                break
    return cues


# A notice told over two sentences: the old date in one ("Your scan booked for 11 December
# has been moved", "The original date of 14 December no longer applies"), the new one in
# the next or the one before ("The new appointment is 26 February", "now scheduled for
# the week of 16 February").
_OLD_MARK = re.compile(r"\b(booked|scheduled|listed|planned|due|set|arranged|original(?:ly)?|previous(?:ly)?|earlier)\b"
                       r"[^.;]{0,30}$", re.I)
_NEW_MARK = re.compile(r"\b(new|revised|rescheduled|moved|changed|now|rebooked|relisted|postponed|pushed back)\b"
                       r"[^.;]{0,60}$", re.I)
_MOVED = re.compile(r"\b(moved|rescheduled|changed|postponed|rearranged|relisted|rebooked|pushed back|put back|"
                    r"no longer (?:applies|stands|possible|available)|(?:new|revised) (?:\w+ )?(?:date|appointment|slot|time))\b", re.I)
# What a later date costs the reader: a delivery, a start, or their own appointment,
# operation or course, when it moves by weeks (a meeting moved by days is routine).
_APPOINTMENT = re.compile(r"\b(appointments?|procedures?|operations?|surgery|admission|scans?|treatment|tests?|"
                          r"hearing|course|trip|flight|sailing|exam|interview|tour|visit|holiday|wedding)\b", re.I)
_WEEKS = 14
# A change the reader asked for or chose is not news for them.
_ASKED = re.compile(r"\b(as (?:you )?(?:asked|requested|agreed|discussed|chose|wanted)|at your request|you asked|you requested|"
                    r"your request|you chose|you picked|to suit you|as per your|following your (?:request|call|instructions?))\b", re.I)


def _days_later(new: tuple[int, int], old: tuple[int, int]) -> int:
    """About how many days ``new`` falls after ``old`` (0 when not later)."""
    if not _later(new, old):
        return 0
    return (((new[0] - old[0]) % 12) * 31 + new[1] - old[1]) % 372


def _moved_later_across(ctx, in_body) -> list[Cue]:
    """A date moved later, told over two sentences (see ``_OLD_MARK``)."""
    sents = [s for s in ctx.sentences() if in_body(s.start_char)]
    cues = []
    for first, second in zip(sents, sents[1:]):
        text1, text2 = ctx.text_of(first), ctx.text_of(second)
        both = text1 + " " + text2
        if not _MOVED.search(both) or _ASKED.search(both):
            continue
        if not (_DELIVERY.search(both) or _APPOINTMENT.search(both)):
            continue
        found = None
        for old_sent, new_sent in ((first, second), (second, first)):
            old_text, new_text = ctx.text_of(old_sent), ctx.text_of(new_sent)
            olds = [(m, d) for m, d in _dates(old_text) if _OLD_MARK.search(old_text[:m.start()])]
            news = [(m, d) for m, d in _dates(new_text) if _NEW_MARK.search(new_text[:m.start()])]
            if len(olds) != 1 or not news or _dates(old_text)[0][0].start() != olds[0][0].start():
                continue
            (om, od) = olds[0]
            nm, nd = news[-1]
            days = _days_later(nd, od)
            if days and (days >= _WEEKS or _DELIVERY.search(both)):
                found = (new_sent, nm)
                break
        if found is None:
            continue
        sent, m = found
        lowers = {t.lower_ for t in first} | {t.lower_ for t in second}
        words = " ".join(ctx.text_of(sent)[m.start():m.end()].split())
        cues.append(Cue("bad_news", "draft", STRONG, f"moved to {words}"[:48], f"moved-later:{first.start_char}",
                        start=sent.start_char + m.start(), end=sent.start_char + m.end(),
                        to_reader=bool(lowers & {"you", "your", "yours"}),
                        ours=bool(lowers & {"we", "our", "us", "ours"})))
    return cues


_CURRENCY = r"(?:[£$€₹₦₱]|\b(?:rs|inr|usd|eur|gbp|ngn|kes|ksh|php|aud|cad|nzd|zar|r)\.?\s?)"
_AMOUNT = rf"{_CURRENCY}\s?(\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(\d{{1,2}}))?"
# The new amount first, the old one after: "moves to £45 a month (currently £29)".
_PRICE_NEW_OLD = re.compile(rf"(?:\b(?:to|at)\s+)?{_AMOUNT}(.{{0,40}}?)\b(currently|previously|was|were|up from|from|instead of|rather than|"
                            rf"compared (?:with|to)|vs\.?|versus|now)\s+{_AMOUNT}", re.I)
# The old amount first: "goes up from $120 to $150", "from £29 to £45".
_PRICE_OLD_NEW = re.compile(rf"\bfrom\s+{_AMOUNT}(.{{0,25}}?)\bto\s+{_AMOUNT}", re.I)
_PRICE_WORDS = re.compile(r"\b(price|prices|priced|plan|plans|subscription|fee|fees|rate|rates|premium|premiums|rent|tariff|"
                          r"charge|charges|cost|costs|bill|bills|month|monthly|year|yearly|annual|annually|renewal|licen[cs]e|"
                          r"per|p/m|pcm|p\.a\.)\b", re.I)
_PRICE_NOT = re.compile(r"\b(if|may|might|could|would|discount\w*|refund\w*|credit\w*|sav\w+|cheaper|reduc\w+|down|"
                        r"budget|quote[ds]?|salary|salaries|pay rise|raise|bonus|revenue|sales|profit)\b", re.I)


def _amount(whole: str, cents: str | None) -> float:
    return float(whole.replace(",", "")) + (float(cents) / 100 if cents else 0.0)


def _price_up(ctx, in_body) -> list[Cue]:
    """A price, fee or rent moved to a higher amount ("the Pro plan moves to £45 a month
    (currently £29)", "your rent goes from $1,200 to $1,350"): a rise, however it is worded."""
    cues = []
    for sent in ctx.sentences():
        text = ctx.text_of(sent)
        if not in_body(sent.start_char) or not _PRICE_WORDS.search(text) or _PRICE_NOT.search(text):
            continue
        m = _PRICE_NEW_OLD.search(text)
        if m:
            new, old = _amount(m.group(1), m.group(2)), _amount(m.group(5), m.group(6))
        else:
            m = _PRICE_OLD_NEW.search(text)
            if not m:
                continue
            old, new = _amount(m.group(1), m.group(2)), _amount(m.group(4), m.group(5))
        if new > old:
            lowers = {t.lower_ for t in sent}
            cues.append(Cue("bad_news", "draft", STRONG, " ".join(m.group(0).split())[:48], f"price-up:{sent.start_char}",
                            start=sent.start_char + m.start(), end=sent.start_char + m.end(),
                            to_reader=bool(lowers & {"you", "your", "yours"}),
                            ours=bool(lowers & {"we", "our", "us", "ours"})))
    return cues
