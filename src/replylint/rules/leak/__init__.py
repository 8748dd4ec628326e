"""Leak rules (LEK): confidential data going to the client, anywhere in the message.

Identifiers (cards, IBANs, SSNs, routing numbers, NI numbers) and secrets (keys, private
keys, passwords) are ``sensitive``: every report shows them redacted.  All leak rules read
the new text, the quoted history, forwarded blocks and the signature; findings in quoted
text say so.

Config keys (``[tool.replylint]``):

* ``leak-allow``: values never reported (a test card a support team sends on purpose);
  compared without spaces, dashes and dots, ignoring case.
* ``leak-allow-patterns``: regular expressions; a value they match in full is allowed.
* ``leak-detectors``: detectors to run (default ``["all"]``); names are the rule names
  below (``card-number``, ``iban``, ...) and the secret shapes of the leak lexicon
  (``github-token``, ...).  A name prefixed with ``-`` turns that detector off.
* ``internal-recipient-severity-drop``: levels leak findings drop when every recipient is
  at one of ``internal-domains`` (default 1: error -> warning -> info; 0 keeps them).
* ``leak-internal-hosts``: host names or globs of your own internal systems
  (``"*.ops.example.com"``, ``"jira.example.com"``).
* ``leak-own-names``: your own company's names, never "another client".
"""
from . import clients, common, identifiers, internal, secrets  # noqa: F401  (importing registers the rules)

__all__ = ["clients", "common", "identifiers", "internal", "secrets"]
