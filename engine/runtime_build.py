"""The runtime's trial build: a ruleset is built in a child process first, under a time limit, because
durable_rules' `create_ruleset` can spin for ever in C (engine/network.py) where no signal or thread reaches it.
Part of engine/runtime.py (the one place that talks to durable_rules), kept apart for its size."""

from __future__ import annotations

import os
import sys
from _weakref import ref  # weakref.ref itself, without weakref.py's import (~0.4 ms of every start)
from typing import Any

import durable_rules_engine as core

from clientfire.errors import EngineError, InputError
from clientfire.messages import message

from .files import sha256

__all__ = ["BUILD_SECONDS", "build_seconds", "trial_build", "Trial", "trust", "is_trusted"]

#: the default time limit; CLIENTFIRE_BUILD_SECONDS sets another
BUILD_SECONDS = 20.0
_trusted: dict[int, ref[Any]] = {}  # id -> compiled built once already (the knowledge cache's entries)
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
    _trusted[id(compiled)] = ref(compiled)


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
    Trial(name, text, seconds).wait()


class Trial:
    """A trial build begun (a forked child builds while this process goes on): `wait` for it, or `cancel` it."""

    def __init__(self, name: str, text: str, seconds: float | None = None) -> None:
        self.name, self.text, self.seconds = name, text, seconds
        self.digest = sha256(text.encode()).hexdigest()
        self.child = _fork(name, text) if self.digest not in _built and hasattr(os, "fork") and _alone() else None

    def wait(self) -> None:
        """Until the build ends; EngineError when it outlasts the time limit (the child then killed)."""
        if self.digest in _built and self.child is None:
            return
        try:
            limit = build_seconds() if self.seconds is None else self.seconds
        except BaseException:
            self.cancel()
            raise
        if self.child is not None:
            finished = _reap(*self.child, limit)
            self.child = None
        else:
            import subprocess  # a child interpreter: only with other threads about (not on a command's own miss)

            try:
                subprocess.run([sys.executable, "-c", _CHILD, self.name], input=self.text, text=True, timeout=limit,
                               capture_output=True, check=False)
                finished = True
            except subprocess.TimeoutExpired:
                finished = False
        if not finished:
            raise EngineError(message("engine.build_timeout", limit=f"{limit:g}"))
        _built.add(self.digest)

    def cancel(self) -> None:
        """Stop a child still building (nothing learned from it)."""
        if self.child is not None:
            _reap(*self.child, 0.0)
            self.child = None


def _alone() -> bool:
    """Is this the process's only thread? (threading's count where it is imported; else no thread was started
    through it, and `_thread` counts the rest; importing threading for it would cost a cache miss ~1 ms.)"""
    threading = sys.modules.get("threading")
    if threading is not None:
        return int(threading.active_count()) == 1
    import _thread

    return _thread._count() == 0


def _fork(name: str, text: str) -> tuple[int, int]:
    """A forked child that builds the ruleset and leaves: its process id, and a pipe's end readable once it is gone."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: build, then leave at once (no cleanup, no Python exit handlers)
        os.close(read_end)
        try:
            core.create_ruleset(name, text)
        finally:
            os._exit(0)
    os.close(write_end)
    return pid, read_end


def _reap(pid: int, read_end: int, seconds: float) -> bool:
    """True when the child ended (built or refused) within `seconds`, else it is killed; reaped either way."""
    import select

    try:
        ready, _, _ = select.select([read_end], [], [], seconds)  # readable (end of file) once the child is gone
        if not ready:
            os.kill(pid, 9)
        os.waitpid(pid, 0)
        return bool(ready)
    finally:
        os.close(read_end)
