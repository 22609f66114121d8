"""`--jobs N`: at most a few processes per core (more only wait for the cores and cost memory)."""

from __future__ import annotations

import os

from clientfire.errors import InputError
from clientfire.messages import Message, message

__all__ = ["cap_jobs", "PER_CORE"]

PER_CORE = 4


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def cap_jobs(asked: int, cores: int | None = None) -> tuple[int, Message | None]:
    """The number of processes to start for `--jobs asked`, and a note when it was lowered."""
    if asked < 1:
        raise InputError(message("batch.jobs", asked=asked), key="--jobs")
    limit = PER_CORE * (cores or _cores())
    if asked <= limit:
        return asked, None
    return limit, message("batch.note.jobs_lowered", asked=asked, limit=limit, per_core=PER_CORE,
                          cores=limit // PER_CORE)
