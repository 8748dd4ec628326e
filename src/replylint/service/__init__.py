"""A resident engine: one warm spaCy pipeline, several front ends.

* :mod:`.engine` — :class:`~.engine.WarmEngine`: the pipeline built once, compiled
  lexicons kept, configs cached by file (reloaded when the file or a lexicon it names
  changes).  Protocol-free, so the language server (issue 16) and the socket daemon
  share it: one engine, two protocols.
* :mod:`.socket` — ``replylint daemon``: the engine behind a private Unix socket
  (``$XDG_RUNTIME_DIR/replylint/engine.sock``, mode 0600, peers checked to be the
  same user; nothing listens on a network port).
* :mod:`.client` — what ``replylint sendmail`` (and ``check -``) use to ask the
  daemon; it imports nothing heavy, and any failure means "lint in-process".
"""
