"""Remarks: insults and derogatory words about people, profanity, belittling the reader.

These rules read the new text, the quoted history and the signature block (a "PS" or
a note to a colleague below the sign-off is split off with the signature): an internal
aside about the client in a forwarded block is the most damaging remark of all.  Text
the recipient wrote themselves (their own quoted message) is never held against the
draft; an unattributed quoted block that speaks of the recipient by name ("Maeve's
clueless") was not written by the recipient and counts.

A package: ``filters`` (what every remark rule checks before it reports a match, and
the parts of a draft they read), ``derogatory`` (RMK001), ``profanity`` (RMK002),
``belittling`` (RMK003) and ``model`` (RMK004, with its thresholds and options).
"""
from __future__ import annotations

# Importing a module registers its rules (``model`` also its thresholds and config keys).
from .derogatory import DerogatoryRemark
from .profanity import Profanity
from .belittling import BelittlingReader
from .model import ModelRemark
from .filters import PARTS

__all__ = ["PARTS", "BelittlingReader", "DerogatoryRemark", "ModelRemark", "Profanity"]
