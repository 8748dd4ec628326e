"""Empathy: does a draft need an acknowledgement, and does it have one?

The phrases live in ``lexicons/empathy.toml``; this package holds the logic around them:

* **who wrote it** -- complaint cues are read only in what the client wrote: the latest
  quoted message by the recipient (or by an unknown author), the ``in_reply_to`` text,
  and the subject line.  Quoted text we (or a colleague) wrote never counts.
* **negation, hedges, conditions** -- "no delay", "may be unavailable", "if your flight
  is cancelled" are not bad news; "not a complaint" is not a complaint.
* **routine sentences** -- planned maintenance, a cancellation the client asked for, a
  fix: a cue word in such a sentence does not count.
* **weights** -- a strong cue decides alone, a weak one needs a second cue.

What keeps it cheap: each table of the lexicon is matched only where it can count
(complaints in what the client wrote, bad news and acknowledgements in the new text,
acknowledgements only once they can matter), word tests read the shared DocIndex columns
rather than Token objects, and the subject line is lemmatized and matched only when some
complaint phrase finds in it every word it cannot do without.

Nothing here stores or logs draft text: cues keep offsets and a few quoted words for
the finding's message (which the user sees in their own report).

Modules: ``analysis`` (the whole reading of one draft), ``evidence`` (cues and their
weights), ``lexicon`` (the compiled phrase tables and token columns), ``cues`` (a cue
phrase in its sentence), ``addressee`` (whom the message speaks to, and whose news its
opening gives), ``authorship`` (the client's own quoted words), ``other_texts`` (subject
line and in-reply-to), ``delays_and_rises`` (later dates, higher prices), ``vocabulary``
(shared word sets).
"""
from .analysis import analyse, body_words, first_body_sentence
from .authorship import client_ranges
from .evidence import NEEDED, STRONG, WEAK, Analysis, Cue

__all__ = ["NEEDED", "STRONG", "WEAK", "Analysis", "Cue", "analyse", "body_words", "client_ranges", "first_body_sentence"]
