"""Config keys read by the pre-send hooks (declared here, rules-independent).

``held-dir``  where blocked or unsent messages are kept (default
              ``$XDG_STATE_HOME/replylint/held`` or ``~/.local/state/replylint/held``);
              ``~`` and ``$VARS`` are expanded, a relative path is relative to the
              config file's folder.
``on-error``  what ``replylint sendmail`` does when replylint itself fails (bad config,
              unreadable message, internal error): ``"hold"`` (default) keeps the
              message and exits 75 (EX_TEMPFAIL); ``"send"`` sends it unchecked and warns.
"""
from __future__ import annotations

from typing import Any

from ..rules import register_option

ON_ERROR_CHOICES = ("hold", "send")


def _held_dir(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("held-dir: expected a folder path")
    return value


def _on_error(value: Any) -> str:
    if not isinstance(value, str) or value.strip().lower() not in ON_ERROR_CHOICES:
        raise ValueError(f"on-error: expected \"hold\" or \"send\", not {value!r}")
    return value.strip().lower()


register_option("held-dir", None, _held_dir, "Folder for messages that replylint sendmail did not send.")
register_option("on-error", "hold", _on_error, "replylint sendmail when replylint fails: hold (default) or send.")
