"""A progress line for long runs, on a terminal only (stderr).

``check`` over a folder or an archive shows the count, the rate and the time left
while it works, then one line of throughput.  Nothing is written when stderr is not a
terminal, so a pipe or a CI log gets the results only.
"""
from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, total: int | None, stream: TextIO | None = None, enabled: bool | None = None,
                 jobs: int = 1, every: float = 0.2) -> None:
        self.stream = stream or sys.stderr
        if enabled is None:
            enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.enabled = enabled
        self.total = total
        self.jobs = jobs
        self.done = 0
        self.every = every
        self.start = time.monotonic()
        self._last = 0.0
        self._shown = False

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        rate = self.done / elapsed
        if self.total:
            left = (self.total - self.done) / rate if rate else 0.0
            width = 24
            filled = int(width * self.done / self.total)
            bar = "#" * filled + "-" * (width - filled)
            text = f"[{bar}] {self.done:,}/{self.total:,} drafts  {rate:,.0f}/s  ETA {_clock(left)}"
        else:
            text = f"{self.done:,} drafts  {rate:,.0f}/s  {_clock(elapsed)}"
        self.stream.write("\r" + text + "\033[K")
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        if not self.enabled:
            return
        elapsed = max(time.monotonic() - self.start, 1e-9)
        if self._shown:
            self.stream.write("\r\033[K")
        jobs = f", {self.jobs} jobs" if self.jobs > 1 else ""
        self.stream.write(f"replylint: {self.done:,} draft{'s' if self.done != 1 else ''} in {elapsed:.1f} s "
                          f"({self.done / elapsed:,.0f} drafts/s{jobs})\n")
        self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
