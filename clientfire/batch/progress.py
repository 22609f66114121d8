"""A progress bar on standard error, drawn only when standard error is a terminal."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TextIO

from clientfire.messages import render

__all__ = ["Progress", "estimate"]

_WIDTH = 30


class Progress:
    """`[#####.....] 4200/10000 clients  1830/s`, redrawn at most ten times a second."""

    def __init__(self, total: int, stream: TextIO | None = None, force: bool = False, lang: str = "en") -> None:
        self.total = total
        self.lang = lang
        self.stream = stream or sys.stderr
        self.enabled = force or bool(getattr(self.stream, "isatty", lambda: False)())
        self._start = time.monotonic()
        self._last = 0.0

    @staticmethod
    def wanted(stream: TextIO) -> bool:
        """Whether a bar would be drawn on `stream` (a terminal)."""
        return bool(getattr(stream, "isatty", lambda: False)())

    def update(self, done: int) -> None:
        """Redraw the bar for `done` of `total` (throttled; the last one always drawn)."""
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.1 and done < self.total):
            return
        self._last = now
        filled = min(_WIDTH, int(_WIDTH * done / self.total)) if self.total else _WIDTH
        rate = done / max(now - self._start, 1e-9)
        said = render("run.progress", {"done": done, "total": self.total, "rate": f"{rate:,.0f}"}, self.lang)
        self.stream.write(f"\r[{'#' * filled}{'.' * (_WIDTH - filled)}] {said}")
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line."""
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def estimate(source: str | Path) -> int:
    """About how many clients a portfolio holds (its lines, or its client files), for the bar; 0 if unknown."""
    path = Path(source)
    try:
        if path.is_dir():
            return sum(1 for p in path.iterdir() if p.suffix.lower() in (".yaml", ".yml", ".json"))
        with path.open("rb") as handle:
            lines = sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))
    except OSError:
        return 0
    return max(0, lines - (path.suffix.lower() == ".csv"))
