"""The batch's summary lines as they come: counted and measured at once, kept sorted in runs spilled to disk, read
back merged (memory stays flat whatever the number of clients); and an output file written atomically as it goes."""

from __future__ import annotations

import contextlib
import heapq
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from clientfire.errors import InputError
from clientfire.escape import visible
from clientfire.messages import message
from clientfire.textwidth import display_width

from .money import MONEY, money_cell

__all__ = ["Summaries", "output_to", "SPILL"]

Json = dict[str, Any]
#: summary lines kept in memory before a sorted run is written to a temporary file
SPILL = 20_000
_WIDTHS = ("client", "verdict", "strength")


class Summaries:
    """Summary lines: counts by verdict and column widths kept as they come; `ordered()` reads them back sorted."""

    def __init__(self, key: Callable[[Json], Any], spill: int = SPILL) -> None:
        self.key, self.spill = key, max(1, spill)
        self._lines: list[tuple[Any, str]] = []
        self._runs: list[Any] = []
        self._counts: Counter[str] = Counter()
        self._widths = dict.fromkeys(_WIDTHS, 0)
        self._size = 0

    def add(self, summary: Json) -> None:
        """Keep one summary line."""
        self._size += 1
        self._counts[summary["verdict"]] += 1
        for column in _WIDTHS:
            self._widths[column] = max(self._widths[column], display_width(visible(summary[column])))
        for key in MONEY:
            self._widths[key] = max(self._widths.get(key, 0), display_width(money_cell(summary.get("money", {}).get(key))))
        self._lines.append((self.key(summary), json.dumps(summary, ensure_ascii=False)))
        if len(self._lines) >= self.spill:
            self._spill()

    def _spill(self) -> None:
        self._lines.sort(key=lambda pair: pair[0])
        run = tempfile.TemporaryFile("w+", encoding="utf-8", prefix="clientfire-batch-")
        run.writelines(text + "\n" for _, text in self._lines)
        run.seek(0)
        self._runs.append(run)
        self._lines = []

    def __len__(self) -> int:
        return self._size

    def counts(self) -> dict[str, int]:
        """How many clients got each verdict."""
        return dict(sorted(self._counts.items()))

    def width(self, column: str) -> int:
        """The widest value of `column` (client, verdict, strength, and the money: revenue, margin, refund)."""
        return self._widths.get(column, 0)

    def ordered(self) -> Iterator[Json]:
        """Every summary line, sorted by the key (a stable, total order)."""
        self._lines.sort(key=lambda pair: pair[0])
        for run in self._runs:
            run.seek(0)
        streams = [((self.key(s), s) for s in map(json.loads, run)) for run in self._runs]
        streams.append((k, json.loads(text)) for k, text in self._lines)
        for _, summary in heapq.merge(*streams, key=lambda pair: pair[0]):
            yield summary

    def close(self) -> None:
        """Remove the spilled runs."""
        for run in self._runs:
            run.close()
        self._runs = []


@contextlib.contextmanager
def output_to(path: str | Path | None) -> Iterator[TextIO]:
    """Standard output, or a file written through a temporary file and renamed when complete (never half-written)."""
    if not path:
        yield sys.stdout
        return
    target = Path(path)
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        mask = os.umask(0o022)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        from clientfire.engine.files import os_said

        raise InputError(message("command.cannot_write", reason=os_said(exc, as_is=True)), path=str(target)) from exc
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
