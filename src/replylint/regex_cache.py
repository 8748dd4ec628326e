"""Regular expressions compiled once per machine, not once per process (start-up time).

A cold ``replylint check`` compiles about a thousand regular expressions: spaCy's
tokenizer, the rule modules' own, the lexicons'.  Python's ``re`` parses each one and
generates its matcher code in Python, every process, which was about a quarter of a
cold start's own work (and of each ``--jobs`` start, each hook run, ``replylint rules``).
The generated code depends only on the pattern, its flags and the Python version, so it
is kept under the cache folder (``compile_cache``, key: Python's version and ``_sre``'s
magic number) and handed straight to ``_sre.compile`` on the next run: the same
compiled pattern (``Pattern.__eq__`` compares the code; checked below before use),
without the parse.

Only patterns compiled while a :func:`recording` block runs are kept: importing
spaCy and the rule modules, building the pipeline, and lexicon patterns
(``patterns.compile_regex``).  Those come from code and lexicons, never from a draft:
a rule that builds a pattern from draft text (an acronym it found) compiles it while
linting, outside any such block, and it is never written anywhere.

Python internals this relies on (``re._compiler``, ``_sre.compile``) are checked once;
anything unexpected turns the cache off and ``re`` works as it always does.
"""
from __future__ import annotations

import atexit
import contextlib
import marshal
import re
import sys
import threading
from collections.abc import Iterator

try:
    import _sre

    try:
        from re import _compiler, _parser  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_compile as _compiler  # type: ignore[no-redef]
        import sre_parse as _parser  # type: ignore[no-redef]
    _ORIGINAL = _compiler.compile
    _READY = all(hasattr(m, n) for m, n in ((_compiler, "_code"), (_parser, "parse"), (_sre, "compile")))
except Exception:  # pragma: no cover - another Python implementation
    _READY = False

# Past this many patterns the file starts again (a user's changing lexicons add some).
MAX_ENTRIES = 20_000
# A file holding far more patterns than this process used (older versions' patterns, a
# lexicon edited many times) is written back with this process's patterns only.
SLACK = 3

_lock = threading.RLock()
_entries: dict | None = None  # (pattern, flags) -> arguments of _sre.compile after the pattern
_changed = False
_installed = 0  # open recording() blocks, every thread's: the compiler is swapped while > 0
_here = threading.local()  # this thread's open blocks: only they record
_works: bool | None = None
_used: set = set()  # keys this process compiled through the cache


def _name() -> str:
    tag = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{sys.version_info.releaselevel}{sys.version_info.micro}"
    return f"regex-{tag}.marshal"


def _load() -> dict:
    global _entries
    if _entries is None:
        from . import compile_cache

        blob = compile_cache.read_blob(_name())
        try:
            data = marshal.loads(blob) if blob else {}
        except (ValueError, EOFError, TypeError):
            data = {}
        _entries = data if isinstance(data, dict) else {}
    return _entries


def _arguments(pattern, flags: int) -> tuple:
    """What ``re``'s compiler hands ``_sre.compile`` (mirrors ``_compiler.compile``)."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # Plain ints: the code holds named opcode constants, which marshal cannot write.
    return (int(flags | p.state.flags), [int(c) for c in code], p.state.groups - 1, dict(groupindex), tuple(indexgroup))


def _compile(pattern, flags: int = 0):
    """``re``'s compiler, with the generated code looked up first (and recorded)."""
    global _changed
    if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
        return _ORIGINAL(pattern, flags)
    key = (pattern, int(flags))
    entries = _load()
    args = entries.get(key)
    _used.add(key)
    if args is None:
        args = _arguments(pattern, int(flags))
        if getattr(_here, "depth", 0):
            with _lock:
                entries[key] = args
                if not _changed:
                    _changed = True
                    atexit.register(save)  # once, at the end: not a write per pattern
    try:
        return _sre.compile(pattern, *args)
    except Exception:  # a damaged entry: compile it the ordinary way
        entries.pop(key, None)
        return _ORIGINAL(pattern, flags)


def _check() -> bool:
    """Do the internals work as expected?  The same code as ``re`` makes, or no cache."""
    global _works
    if _works is None:
        try:
            sample, flags = r"(?P<word>\w+)\s+(?:\d{2,4})?(?i:x)|(?<=a)b", re.M
            _works = _READY and _sre.compile(sample, *_arguments(sample, flags)) == _ORIGINAL(sample, flags)
        except Exception:  # pragma: no cover
            _works = False
    return _works


@contextlib.contextmanager
def recording() -> Iterator[None]:
    """Compile this thread's regular expressions through the cache, and keep the new
    ones, while the block runs.  Other threads' patterns compiled meanwhile are looked
    up but never kept (one of them may be linting a draft)."""
    global _installed
    from . import compile_cache

    if compile_cache.cache_dir() is None or not _check():
        yield
        return
    with _lock:
        _installed += 1
        if _installed == 1:
            _compiler.compile = _compile
    _here.depth = getattr(_here, "depth", 0) + 1
    try:
        yield
    finally:
        _here.depth -= 1
        with _lock:
            _installed -= 1
            if _installed == 0:
                _compiler.compile = _ORIGINAL


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` for a pattern from code or a lexicon (never from a draft), cached."""
    with recording():
        return re.compile(pattern, flags)


def save() -> None:
    """Write newly compiled patterns (cheap when there are none)."""
    global _changed, _entries
    if not _changed or _entries is None:
        return
    from . import compile_cache

    with _lock:
        _changed = False
        atexit.unregister(save)
        if len(_entries) > MAX_ENTRIES:
            _entries = {}
            return
        if len(_entries) > SLACK * len(_used) + 500:
            _entries = {k: _entries[k] for k in _used if k in _entries}
        try:
            blob = marshal.dumps(_entries)
        except ValueError:  # pragma: no cover - an unmarshallable entry
            return
    compile_cache.write_blob(_name(), blob)
