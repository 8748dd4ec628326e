"""Pre-send hooks: the ``replylint sendmail`` wrapper and its held folder.

Importing this package is cheap: :mod:`.options` only declares the config keys
(``held-dir``, ``on-error``) so that :mod:`replylint.config` knows them; the wrapper
itself lives in :mod:`.sendmail`.
"""
