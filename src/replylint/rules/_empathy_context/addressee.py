"""Whom the new text addresses: one named reader, a group or a role ("Hi all,", "Dear
Customer,"), or no one; whether bad news in its opening is the reader's (not a reported
story, news they already know, the writer's own mishap, or the fault they reported)."""
from __future__ import annotations

import re

from ...draft.model import BODY
from ...strhash import hash_string
from .vocabulary import _FORWARD_PREFIX, _GREETING, _SUBJECT_PREFIX, _VOCATIVE, _hashes
from .evidence import STRONG, Cue


# The sentences after the salutation where a message gives its own news.
OPENING_SENTENCES = 2
# A salutation to a group ("All,", "Hi everyone,", "Dear colleagues,") opens a broadcast:
# its news is everyone's, not the reader's own matter.
_GROUP = re.compile(r"\b(all|everyone|everybody|team|teams|colleagues|folks|guys|y'all|friends|members|staff|people|"
                    r"gentlemen|ladies|lawyers|traders|users|customers|subscribers|family|families|neighbours|neighbors|"
                    r"committee|board|parents|class|group|crew|squad)\b", re.I)
# A salutation to a role rather than a person ("Dear Customer,", "Dear Valued Member,",
# "Dear Power Outage Database Customer,", "Dear Sir or Madam,") opens a mailing sent to
# everyone on a list: its news is a bulletin, not the reader's own matter.
_ROLE = re.compile(r"\b(customers?|clients?|subscribers?|members?|users?|account ?holders?|policy ?holders?|"
                   r"cardholders?|residents?|patients?|parents?|guests?|passengers?|shareholders?|investors?|"
                   r"students?|pupils?|learners?|ticket ?holders?|attendees?|delegates?|participants?|tenants?|"
                   r"travell?ers?|visitors?|patrons?|carers?|"
                   r"partners?|suppliers?|vendors?|applicants?|candidates?|sir|madam|sirs|sir/madam|"
                   r"to whom it may concern)\s*$", re.I)
# A sentence that reports what a third party said ("..., the airline said", "Eric advised
# that the pipeline ...") is a story.
_REPORTED = frozenset({"said", "says", "reported", "according", "advised", "advises", "informed", "informs",
                       "announced", "announces", "stated", "states"})
# ... but the formal openers that give the writer's own news to the reader ("Please be
# informed that your application ...", "Kindly be advised", "You are hereby informed")
# do not report anyone.
_NOTICE = re.compile(r"^\W*(?:(?:please|kindly)\s+be|you\s+are|you['’]re|be)\s+(?:hereby\s+)?(?:informed|advised)\b", re.I)


# ... nor do the writer's own references ("as stated at checkout", "as advised in our
# letter", "according to our records", "according to the policy terms"): a document of
# theirs, not a third party's story.
_OWN_REFERENCE = re.compile(
    r"\bas (?:(?:previously|already|earlier|clearly|explicitly) )?(?:stated|advised|announced|informed|said)\b"
    r"|\baccording to (?:our|my|the|your) (?:own )?(?:records?|policy|policies|terms|t&cs|system|systems|contract|"
    r"agreement|files?|notes|logs?|schedule|website|site|rules|guidelines|conditions|figures|data|statement)\b", re.I)


def _reports(sent) -> bool:
    """Whether a sentence reports what a third party said (see ``_REPORTED``)."""
    words = [t.lower_ for t in sent]
    if not any(w in _REPORTED for w in words):
        return False
    m = _NOTICE.match(sent.text)
    skip_to = 0 if m is None else m.end()
    own = [(r.start(), r.end()) for r in _OWN_REFERENCE.finditer(sent.text)]
    return any(t.lower_ in _REPORTED for t in sent
               if (i := t.idx - sent.start_char) >= skip_to and not any(a <= i < b for a, b in own))
# News the reader already has ("As you may already know, the service has been down ...")
# is background to what the message says, not the message's news.
_KNOWN = re.compile(r"\bas (you|many of you) (may |might |will |probably |surely )?(already |well )?"
                    r"(know|be aware|are aware|have heard|heard|have seen|saw)\b", re.I)


def _opening(ctx) -> tuple[int, int] | None:
    """Char range of a message's opening when its new text starts by addressing the
    reader ("Hi Lena,", "Dear Mr Batra,", "Leon,"): the salutation and the
    ``OPENING_SENTENCES`` sentences after it, where a message gives its own news.  Bad
    news there is news for the reader; deeper in a long message, or in text that
    addresses no one (a forwarded story, a bulletin), it may be anyone's."""
    sents = []
    for sent in ctx.sentences():
        sents.append(sent)
        if len(sents) > OPENING_SENTENCES:
            break
    if not sents:
        return None
    first = sents[0].text.lstrip()
    line = first.split("\n", 1)[0]
    if not (_GREETING.match(first) or _VOCATIVE.match(line)):
        return None
    salutation = re.split(r"[,:;!]", line, maxsplit=1)[0]
    if _GROUP.search(salutation) or _ROLE.search(salutation.strip()):
        return None
    return sents[0].start_char, sents[-1].end_char


# A salutation to households, members or the public ("Dear Family,", "Hi parents,", "Dear
# members,") opens a newsletter: "your places on the outing" is everyone's.  A team or
# "all" is one client's people (their team's connection, their leads).
_BROADCAST = re.compile(r"\b(everyone|everybody|friends|members|family|families|neighbours|neighbors|residents|parents|"
                        r"customers|clients|subscribers|users|class|ladies|gentlemen|community|supporters|fans|"
                        r"sir|madam|sirs|to whom it may concern)\b", re.I)


_YOU_WORD = re.compile(r"\b(you|your|yours|yourself|yourselves)\b", re.I)


def _to_many(ctx) -> bool:
    """Whether the new text opens with a salutation to a group or a role ("Hi all,",
    "Dear Customer,"), not to one reader."""
    return ctx.memo(("empathy", "to-many"), lambda: _salutation_to_many(ctx))


def _salutation_to_many(ctx) -> bool:
    for sent in ctx.sentences():
        line = sent.text.lstrip().split("\n", 1)[0]
        if not (_GREETING.match(line) or _VOCATIVE.match(line)):
            return False
        salutation = re.split(r"[,:;!]", line, maxsplit=1)[0]
        return bool(_GROUP.search(salutation) or _ROLE.search(salutation.strip()))
    return False


def _broadcast(ctx) -> bool:
    """Whether the new text opens with a salutation to households, members or the public
    (a role salutation "Dear Sir/Madam," to one applicant is not: it answers their matter)."""
    for sent in ctx.sentences():
        line = sent.text.lstrip().split("\n", 1)[0]
        if not (_GREETING.match(line) or _VOCATIVE.match(line)):
            return False
        salutation = re.split(r"[,:;!]", line, maxsplit=1)[0]
        return bool(_BROADCAST.search(salutation)) and not re.search(r"\b(sir|madam)\b", salutation, re.I)
    return False


def _mark_lead(ctx, news: list[Cue]) -> None:
    """A message with no salutation at all ("Your refund request has been turned down.
    ..."): news said to the reader ("you", "your") in its first sentences is theirs
    (``lead``: the addressed opening's veto), as it would be after a "Hi Sam,"."""
    sents = []
    for sent in ctx.sentences():
        sents.append(sent)
        if len(sents) >= OPENING_SENTENCES:
            break
    if not sents or _GREETING.match(sents[0].text.lstrip()) or ctx.kind_at(sents[0].start_char) != BODY:
        return
    end = sents[-1].end_char
    doc = ctx.doc
    for c in news:
        if c.to_reader and c.start < end:
            tok = doc.char_span(c.start, c.end, alignment_mode="expand")
            if tok is None or _KNOWN.search(tok.sent.text):
                continue
            words = {t.lower_ for t in tok.sent}
            # Their own matter ("your ..."), not news about others that "you" are told
            # of ("I regret to inform you that X has left"), nor what a third party
            # passed on ("Mercy told me your slot has moved").
            if "your" in words and words.isdisjoint(_RELAYED) and not _reports(tok.sent):
                c.lead = True


_RELAYED = frozenset({"told", "tells", "mentioned", "heard"})


def _names_someone(ctx, span: tuple[int, int]) -> bool:
    """Whether the salutation opening ``span`` names its reader ("Hi Lena,", "Dear Mr
    Batra,", "Leon,"), not only a greeting ("Hello,", "Good afternoon,")."""
    text = ctx.draft.text
    line = text[span[0]:span[1]].lstrip().split("\n", 1)[0]
    salutation = re.split(r"[,:;!]", line, maxsplit=1)[0]
    return bool(_GREETING.sub("", salutation, count=1).strip())


def _mark_opening(ctx, cues: list[Cue]) -> None:
    """Mark bad-news cues in the opening of an addressed message (not in the salutation
    itself, "Dear Power Outage Database Customer", and not an infinitive, "the decision to
    suspend": a plan or a purpose is not an event)."""
    news = [c for c in cues if c.source == "draft" and c.start is not None]
    if not news or _their_fault_topic(ctx.draft.subject):
        return
    _mark_decision(ctx, news)
    span = _opening(ctx)
    if span is None:
        if _to_many(ctx):
            _mark_group_letter(ctx, news)
        else:
            _mark_lead(ctx, news)
        return
    # The salutation ends at the first comma or colon of its line ("Hi Chris, April's
    # invoice ..."), or with the line.
    text = ctx.draft.text
    line_end = text.find("\n", span[0], span[1])
    line_end = span[1] if line_end < 0 else line_end
    after_salutation = min((i for i in (text.find(ch, span[0], line_end) for ch in ",:;") if i >= 0), default=line_end)
    doc = ctx.doc
    named = None
    answered: list[bool] = []

    def answers_reader() -> bool:
        if not answered:
            from .authorship import client_ranges
            answered.append(bool(client_ranges(ctx.draft)))
        return answered[0]

    for c in news:
        if c.others:  # someone else's news ("their tills were down"): not the reader's
            continue
        if c.start >= span[1]:
            if named is None:
                named = _names_someone(ctx, span)
            # Further into a message to a named reader: news said to them ("your
            # installation will now start ...") is theirs (``addressed``: a lower veto);
            # news of our doing ("the supplier has told us the bottles won't be ready")
            # is theirs too, where the model reads it as bad news (bad-news-model-veto).
            # So is strong news in a reply to the reader's own message ("the caterer has
            # pulled out of the Saturday dinner, so that's cancelled", answering "please
            # tell me the dinner is still on"): it answers their matter; the model's veto
            # (bad-news-model-veto) still applies.
            # A date of theirs moved later ("completion moves from 31 July to 11 September")
            # in a message to them by name is their delay, however impersonally it is said.
            moved = c.key.startswith("moved-later:")
            if named and (c.to_reader or c.ours or moved or c.weight == STRONG and not c.change and answers_reader()):
                sent = doc.char_span(c.start, c.end, alignment_mode="expand")
                if sent is None or _KNOWN.search(sent.sent.text):
                    continue
                if c.to_reader:
                    c.addressed = True
                elif not (_reports(sent.sent) or _writers_own(sent.sent)):
                    c.to_reader = True
            continue
        if not after_salutation <= c.start < span[1]:
            continue
        tok = doc.char_span(c.start, c.end, alignment_mode="expand")
        if tok is None:
            continue
        if tok.start > 0 and doc[tok.start - 1].lower_ == "to":
            continue
        if _reports(tok.sent) or _KNOWN.search(tok.sent.text):
            continue
        if _writers_own(tok.sent):
            continue
        c.opening = True
        strong = c.weight == STRONG and not c.change
        # Strong news opening a message to the reader, in a paragraph that speaks to them
        # ("The application was unsuccessful as the class is full. You may appeal ..."):
        # their matter, though its own sentence does not say "your".
        if c.ours or c.to_reader or strong and _paragraph_addresses(text, c.start) or c.key.startswith("moved-later:") and _names_someone(ctx, span):
            c.to_reader = True  # our doing, to the reader we address: theirs as much as "your ..."


# What a letter to a group or a role gives back for what it cancels ("the £18 will be
# refunded", "deposits will be returned", "anyone enrolled will receive a credit note",
# "you have been rebooked"): the readers had paid for it or booked it.
_SETTLED = re.compile(r"\b(refund(s|ed|able)?|deposits?|credit notes?|money back|reimburs\w*|rebook(ed|ing)?|"
                      r"compensat\w*|vouchers?|(payments?|fees?|contributions?|charges?) (\w+ )?(will|have|has|shall) "
                      r"(be|been) (returned|refunded|cancelled|canceled|credited|waived))\b", re.I)
_NOT_BEFORE = re.compile(r"\b(not|n['’]t|never|no)\b(\W+\w+){0,2}\W*$", re.I)


def _settles(text: str) -> bool:
    """Whether ``text`` gives the readers something back (``_SETTLED``), not withheld
    ("will not be refunded")."""
    return any(not _NOT_BEFORE.search(text, max(0, m.start() - 30), m.start()) for m in _SETTLED.finditer(text))


# How many sentences after the news its settlement may come, for news further into the letter.
_SETTLED_WITHIN = 2


def _mark_group_letter(ctx, news: list[Cue]) -> None:
    """A letter to a group or a role ("Dear Parents and Carers,", "Dear ticket holder,",
    "Hello all,") that cancels or refuses what its readers booked or paid for: strong news
    in its opening, when the letter settles their money or booking ("the £12 will be
    refunded", "you have been rebooked"), or strong news anywhere with its settlement in
    the same sentence or the two after it ("the Advanced course will not run, and anyone
    enrolled will receive a credit note").  Every reader's own matter, though it says no
    "your": a newsletter's bulletin settles nothing for its readers.  It counts whatever
    the bad-news model says (``own_matter``)."""
    sents = list(ctx.sentences())
    if not sents:
        return
    first = sents[0]
    if not _GREETING.match(first.text.lstrip()) and not _VOCATIVE.match(first.text.lstrip().split("\n", 1)[0]):
        return
    text = ctx.draft.text
    new_text_settles = any(_settles(s.text) for s in sents)
    opening_end = sents[min(OPENING_SENTENCES, len(sents) - 1)].end_char
    line = first.text.lstrip().split("\n", 1)[0]
    after_salutation = first.start_char + (len(first.text) - len(first.text.lstrip())) + len(re.split(r"[,:;!]", line, maxsplit=1)[0])
    doc = ctx.doc
    for c in news:
        if c.others or c.weight != STRONG or c.change or c.start < after_salutation:
            continue
        tok = doc.char_span(c.start, c.end, alignment_mode="expand")
        if tok is None or (tok.start > 0 and doc[tok.start - 1].lower_ == "to"):
            continue
        if _reports(tok.sent) or _KNOWN.search(tok.sent.text) or _writers_own(tok.sent):
            continue
        at = next((n for n, s in enumerate(sents) if s.start_char <= c.start < s.end_char), None)
        if at is None:
            continue
        near = sents[at:at + 1 + _SETTLED_WITHIN]
        if (c.start < opening_end and new_text_settles) or any(_settles(s.text) for s in near):
            c.opening = c.start < opening_end
            c.to_reader = True
            # Read from the letter's shape, not from words a model weighs: the bad-news
            # model scores a cancellation joined to its refund low ("the course will not
            # run, and anyone enrolled will receive a credit note": under 0.3).
            c.own_matter = True


# A message that opens by answering the reader's own request ("Thank you for your
# application ...", "Your claim for the damaged cartons has been reviewed.", "We have
# considered your appeal."): the decision that follows is theirs, whoever it names
# ("we are unable to offer Daniel a place", "liability is not accepted").
_ANSWERS_REQUEST = re.compile(
    r"\b(?:your|the)\b[^.;:]{0,60}?\b(?:application|claim|request|appeal|submission|entry|nomination|proposal|bid|"
    r"referral|complaint|case|file)s?\b[^.;:]{0,60}?\b(?:has|have|was|were)\s+(?:now\s+|carefully\s+)?(?:been\s+)?"
    r"(?:reviewed|considered|assessed|looked at|processed|decided|examined|investigated)\b"
    r"|\bthank(?:s|\s+you)\s+for\s+(?:your\s+)?(?:application|applying|your interest|interest|submitting|your claim|your appeal|your request)\b"
    r"|\bwe\s+have\s+(?:now\s+|carefully\s+)?(?:reviewed|considered|assessed|looked at|examined|investigated)\s+your\b"
    r"|\bfollowing\s+(?:your|the)\s+(?:final\s+)?(?:interview|assessment|assessment centre|audition|trial|review of your)\b", re.I)
# How many sentences after that opening the decision may come.
_DECISION_WITHIN = 3


def _mark_decision(ctx, news: list[Cue]) -> None:
    """Strong news in the sentences after an opening that answers the reader's own
    request (``_ANSWERS_REQUEST``): a decision on it, so theirs, whatever the bad-news
    model says (``own_matter``)."""
    sents = list(ctx.sentences())
    start = 0
    if sents and (_GREETING.match(sents[0].text.lstrip()) or _VOCATIVE.match(sents[0].text.lstrip().split("\n", 1)[0])):
        first_line = sents[0].text.lstrip().split("\n", 1)
        if len(first_line) < 2 or not first_line[1].strip():
            start = 1
    opening = sents[start:start + 1]
    if not opening or not _ANSWERS_REQUEST.search(opening[0].text) or _to_many(ctx):
        return
    end = sents[min(start + _DECISION_WITHIN, len(sents) - 1)].end_char
    doc = ctx.doc
    for c in news:
        if c.others or c.weight != STRONG or c.change or c.start is None or not opening[0].start_char <= c.start < end:
            continue
        tok = doc.char_span(c.start, c.end, alignment_mode="expand")
        if tok is None or _reports(tok.sent) or _KNOWN.search(tok.sent.text) or _writers_own(tok.sent):
            continue
        c.to_reader = True
        c.own_matter = True


def _named_reader(ctx) -> bool:
    """Whether the new text opens with a salutation naming one reader ("Hi Marta,",
    "Dear Mr and Mrs Fielding,"), not a group, a role or a bare "Hello,"."""
    def named() -> bool:
        span = _opening(ctx)
        return span is not None and _names_someone(ctx, span)
    return ctx.memo(("empathy", "named-reader"), named)


def _not_news_for_reader(sent) -> bool:
    """Whether a sentence the bad-news model scores high tells someone else's story or
    what the reader knows: a third party's report ("the marketers say ..."), news the
    reader already has, the writer's own mishap."""
    return _reports(sent) or bool(_KNOWN.search(sent.text)) or _writers_own(sent)


def _paragraph_addresses(text: str, at: int) -> bool:
    """Whether the paragraph holding char ``at`` speaks to the reader ("you", "your")."""
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return bool(_YOU_WORD.search(text, 0 if start < 0 else start, len(text) if end < 0 else end))


# A reply about a fault the reader reported or asked about ("Re: The bug", "Re: Why did
# my claim fail?", "Re: Server slow again"), or a subject naming the reader's ongoing
# fault ("Card payments failing"): the message explains what they already know, its
# opening is not news for them.
# A question about where the reader's own thing is ("Re: Where is my shipment?") asks about
# a delay they know of: the answer explains it.
_FAULT_REPLY = re.compile(r"\b(why|fail\w*|bugs?|errors?|slow|slower|not working|(is|are)n['’]?t working|won['’]?t|can['’]?t|cannot|"
                          r"broken|crash\w*|freez\w*|froze|down|issues?|problems?|glitch\w*|faults?|faulty|stuck|not loading|"
                          r"dropp(ed|ing)|drops|cut(s|ting)? out|disconnect\w*|intermittent\w*|offline|outages?|"
                          r"no (internet|signal|connection|service|power|dial ?tone|sound|picture|heating|hot water)|"
                          r"(not|n['’]t) (printing|sending|receiving|syncing|connecting|charging|starting|loading|updating)|"
                          r"where(['’]s| is| are) (my|our|the))\b", re.I)
_FAULT_ONGOING = re.compile(r"\b(fail(s|ing)|not working|(is|are)n['’]?t working|keeps? \w+ing|won['’]?t \w+|can['’]?t \w+|"
                            r"slow|not loading|stuck)\b", re.I)


def _their_fault_topic(subject: str | None) -> bool:
    if not subject:
        return False
    if _SUBJECT_PREFIX.match(subject) and not _FORWARD_PREFIX.match(subject):
        return bool(_FAULT_REPLY.search(_SUBJECT_PREFIX.sub("", subject)))
    return not _FORWARD_PREFIX.match(subject) and bool(_FAULT_ONGOING.search(subject))


# The writer's own mishap ("I recently had my plans fall through", "my flight was
# cancelled") is told about, not news for the reader -- unless the writer acts on the
# reader's matter ("I have had to cancel the workshop", "I can't make Thursday").
_FIRST_SINGULAR = _hashes("i", "my", "me", "myself", "mine")
_OTHERS = _hashes("you", "your", "yours", "we", "our", "us", "ours")
_AGENTIVE = re.compile(r"\b(had|have|has|need|needs|needed) to\b|\b(can(no|')t|cannot|won't|will not|unable|not able|must)\b"
                       r"|\b(I|I'|I’)(ve|'ve|’ve| have| had)? (cancel|postpone|delay|withdraw|decline|refuse|close|stop)", re.I)


def _writers_own(sent) -> bool:
    """Whether a sentence tells of the writer's own matter: it speaks only of "I"/"my"
    (no "you", no "we") and the writer does nothing to the reader's matter in it."""
    lowers = {hash_string(t.lower_) for t in sent}
    return (not lowers.isdisjoint(_FIRST_SINGULAR) and lowers.isdisjoint(_OTHERS)
            and not _AGENTIVE.search(sent.text))


# Good news said as such at the start of a message ("We're pleased to let you know ...",
# "Good news:", "Happy to confirm ...").
_GOOD_NEWS_OPENER = re.compile(
    r"\b(pleased|delighted|happy|glad|thrilled) to (let you know|confirm|tell you|say|report|inform|share|announce)\b"
    r"|\b(good|great|excellent|fantastic) news\b", re.I)


def _opens_with_good_news(ctx) -> bool:
    """Whether the first sentence of the new text after any salutation says good news."""
    for n, sent in enumerate(ctx.sentences()):
        text = sent.text
        if n == 0 and (_GREETING.match(text) or _VOCATIVE.match(text.lstrip().split("\n", 1)[0])):
            rest = re.split(r"[,:;!]\s*\n", text, maxsplit=1)
            if len(rest) < 2 or not rest[1].strip():
                continue
            text = rest[1]
        return bool(_GOOD_NEWS_OPENER.search(text))
    return False
