"""The runtime's trial build: a ruleset is built in a child process first, under a time limit, because
durable_rules' `create_ruleset` can spin for ever in C (engine/network.py) where no signal or thread reaches it.
Part of engine/runtime.py (the one place that talks to durable_rules), kept apart for its size."""

from __future__ import annotations

import os
import sys
import weakref
from typing import Any

import durable_rules_engine as core

from clientfire.errors import EngineError, InputError
from clientfire.messages import message

from .files import sha256

__all__ = ["BUILD_SECONDS", "build_seconds", "trial_build", "trust", "is_trusted"]

#: the default time limit; CLIENTFIRE_BUILD_SECONDS sets another
BUILD_SECONDS = 20.0
_trusted: dict[int, weakref.ref[Any]] = {}  # id -> compiled built once already (the knowledge cache's entries)
_built: set[str] = set()  # digests of definitions a trial built in this process
_CHILD = "import sys, durable_rules_engine as c; c.create_ruleset(sys.argv[1], sys.stdin.read())"


def build_seconds() -> float:
    """The time limit: CLIENTFIRE_BUILD_SECONDS (a positive number of seconds), else BUILD_SECONDS."""
    text = os.environ.get("CLIENTFIRE_BUILD_SECONDS", "").strip()
    if not text:
        return BUILD_SECONDS
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value < float("inf"):
        raise InputError(message("engine.build_seconds", raw=text[:40]),
                         key="CLIENTFIRE_BUILD_SECONDS")
    return value


def trust(compiled: Any) -> None:
    """Mark a compiled knowledge base as one durable_rules builds (its trial ran when it was cached)."""
    _trusted[id(compiled)] = weakref.ref(compiled)


def is_trusted(compiled: Any) -> bool:
    """Whether `compiled` was trusted (by the knowledge cache or a trial in this process)."""
    found = _trusted.get(id(compiled))
    return found is not None and found() is compiled


def trial_build(name: str, text: str, seconds: float | None = None) -> None:
    """Build the ruleset in a child process first, under a time limit: durable_rules' `create_ruleset` can
    spin for ever in C (engine/network.py), where no signal or thread reaches it. EngineError past the limit.

    A forked child when this is the only thread (a few ms); a fresh interpreter otherwise (a fork could
    inherit a lock another thread holds). Once per definition per process; the knowledge cache trusts its own.
    """
    digest = sha256(text.encode()).hexdigest()
    if digest in _built:
        return
    limit = build_seconds() if seconds is None else seconds
    if hasattr(os, "fork") and _alone():
        finished = _forked(name, text, limit)
    else:
        import subprocess  # a child interpreter: only with other threads about (not on a command's own miss)

        try:
            subprocess.run([sys.executable, "-c", _CHILD, name], input=text, text=True, timeout=limit,
                           capture_output=True, check=False)
            finished = True
        except subprocess.TimeoutExpired:
            finished = False
    if not finished:
        raise EngineError(message("engine.build_timeout", limit=f"{limit:g}"))
    _built.add(digest)


def _alone() -> bool:
    """Is this the process's only thread? (threading's count where it is imported; else no thread was started
    through it, and `_thread` counts the rest; importing threading for it would cost a cache miss ~1 ms.)"""
    threading = sys.modules.get("threading")
    if threading is not None:
        return int(threading.active_count()) == 1
    import _thread

    return _thread._count() == 0


def _forked(name: str, text: str, seconds: float) -> bool:
    """Build in a forked child; True when it ended (built or refused) within `seconds`, else it is killed."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: build, then leave at once (no cleanup, no Python exit handlers)
        os.close(read_end)
        try:
            core.create_ruleset(name, text)
        finally:
            os._exit(0)
    os.close(write_end)
    import select

    try:
        ready, _, _ = select.select([read_end], [], [], seconds)  # readable (end of file) once the child is gone
        if not ready:
            os.kill(pid, 9)
        os.waitpid(pid, 0)
        return bool(ready)
    finally:
        os.close(read_end)
