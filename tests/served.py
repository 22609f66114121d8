"""A real `clientfire serve` on a free loopback port, for tests: it stops with the test, or by itself soon after."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Served", "serve", "LIFETIME"]

#: seconds a test server lives at most, even if the test that started it never stops it
LIFETIME = 240


@dataclass(frozen=True)
class Served:
    """A running server: its address and process."""

    url: str
    process: subprocess.Popen[str]


@contextlib.contextmanager
def serve(folder: Path, *args: str, env: dict[str, str] | None = None, lifetime: int = LIFETIME) -> Iterator[Served]:
    """Start `clientfire serve --port 0` (an audit log in `folder`), wait for its address, stop it afterwards."""
    environment = {**os.environ, "CLIENTFIRE_SERVE_LIFETIME": str(lifetime), **(env or {})}
    command = [sys.executable, "-m", "clientfire", "serve", "--port", "0", "--db", str(folder / "served-audit.db"),
               *args]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    try:
        line = process.stdout.readline() if process.stdout else ""
        found = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
        if not found:
            process.kill()
            _, err = process.communicate(timeout=10)
            raise RuntimeError(f"clientfire serve did not start: {line!r} {err!r}")
        yield Served(found.group(1), process)
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
