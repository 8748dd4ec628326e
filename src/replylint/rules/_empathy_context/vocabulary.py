"""Word sets and line patterns the empathy readers share: the reader's and the writer's
words, negators, hedges and conditions (as string hashes, to compare with token columns),
salutations and subject-line prefixes."""
from __future__ import annotations

import re

from ...strhash import hash_string


def _hashes(*words: str) -> frozenset[int]:
    # Token columns hold string hashes: compare hashes, never build the strings.
    return frozenset(hash_string(w) for w in words)


# Words that address the reader: bad news in a sentence with one of them is about the
# reader's own matter ("your order", "we cannot refund you").
_YOU = _hashes("you", "your", "yours", "yourself", "yourselves")
# Words of the writer's side: bad news "we" bring about ("We will no longer be able to act
# for you") in the opening of a message addressed to the reader is news for them.
_WE = _hashes("we", "our", "us", "ours")
_NEGATORS = _hashes("no", "not", "never", "without", "nor", "nothing", "neither", "zero")
_NONE = _hashes("none")
_NOT_FORMS = _hashes("not", "n't", "n’t", "never")
_HEDGES = _hashes("may", "might", "could", "can", "possibly", "occasionally", "sometimes", "rarely", "unlikely", "briefly")
_CONDITIONS = _hashes("if", "unless", "whether", "suppose", "supposing")
_NOT_WORD = _hashes("n't", "n’t", "not")


_NO_NEVER = _hashes("no", "never")
_MAY = hash_string("may")


_GREETING = re.compile(r"^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings|hiya|morning|kia ora)\b", re.I)
# A salutation that is only the reader's name ("Leon,", "Mr Okwu,", "Ms. Delgado:").
_VOCATIVE = re.compile(r"^\s*((?i:mr|mrs|ms|miss|dr|prof)\.?\s+)?[A-Z][\w'’.-]*(\s+[A-Z][\w'’.-]*){0,2}\s*[,:;]\s*$")


_FORWARD_PREFIX = re.compile(r"^\s*((re|aw|sv)\s*(\[\d+\])?\s*:\s*)*(fw|fwd|tr|wg)\s*(\[\d+\])?\s*:", re.I)
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|sv|tr)\s*(\[\d+\])?\s*:\s*)+", re.I)


_YOUR = hash_string("your")
