"""Reading promises from the shape of a clause, not from a list of whole phrases.

The phrase lists of ``lexicons/overpromise.toml`` name the promises someone thought
of ("the visa will be granted").  Clients are promised things in many more words:
"DHL will have it with you on Thursday", "your credit score will jump 100 points",
"you won't have another outage".  What these share is a shape:

* a *future* ("will", "'ll", "shall", "is going to", "gonna");
* a *subject* that is someone else (a courier, an airline, a tax office, a court, an
  insurer, a landlord, a surgeon, customs) or the reader's own outcome ("your credit
  score", "your premiums", "your house");
* an *outcome* verb after it: a decision in the reader's favour (approve, refund,
  rebook, release), a delivery, a change of a number (jump, double, come down), or,
  with a negated future, a problem that will not come back ("won't have another
  outage", "never have to worry about ransomware again").

The default pipeline has no dependency parser (nothing is downloaded), so the clause
is read from tokens and lemmas: the subject is the noun phrase between the start of
the clause and the future, the verb the first word after it that is not an adverb.
The words for each slot are data (``[reader]`` in the overpromise lexicon).

Each candidate found here is judged by the same code as the phrase matches
(:func:`.._overpromise_scan.judgement.judge`): a hedge, a negation before it, a condition, a
question, quotation marks or a disclaimer later in the sentence drop it.  So "the
courier should deliver tomorrow", "if customs release it Tuesday ..." and "I can't
promise the airline will rebook you" stay quiet, and so do the writer's own
commitments ("we will refund the delivery fee", "I'll call you Monday"): their
subject is the writer, not someone else.

Modules: ``words`` (the ``[reader]`` word lists of the lexicon), ``slots`` (the slots of a
clause: its future marker, subject, third party, verb and where its phrase ends),
``clauses`` (a future clause read into a promise candidate), ``outcomes`` (what the verb
phrase after the future promises: a decision, a change, a gain, a problem gone),
``present_tense`` (promises in the present tense: a third party's or a market's habit,
the reader's outcome with a number).
"""
from .clauses import read_at, read_clauses
from .words import TABLE, ReaderWords, reader_words

__all__ = ["TABLE", "ReaderWords", "read_at", "read_clauses", "reader_words"]
