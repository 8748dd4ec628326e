"""Errors that reach the user as one line and exit status 2."""


class ReplylintError(Exception):
    """Base class: the message is shown as is, on one line."""


class InputError(ReplylintError):
    """A draft could not be read or parsed."""


class ConfigError(ReplylintError):
    """The configuration (file, option or lexicon) is invalid."""
