"""What a cold `clientfire verdict` imports: not networkx, on a knowledge cache hit or a miss (issue 15, cold start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLES

_PROBE = """
import contextlib, io, json, sys
from clientfire.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "heavy": sorted(m for m in ("networkx", "graphviz", "jinja2", "fastapi") if m in sys.modules)}))
"""


def _verdict(cache: Path) -> dict[str, object]:
    env = {**os.environ, "CLIENTFIRE_CACHE_DIR": str(cache)}
    env.pop("CLIENTFIRE_NO_CACHE", None)
    argv = ["verdict", str(EXAMPLES[0]), "--no-record", "--today", "2026-11-26"]
    done = subprocess.run([sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, timeout=120, check=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_cached_verdict_does_not_import_networkx(tmp_path: Path) -> None:
    _verdict(tmp_path)  # builds the cache entry
    assert _verdict(tmp_path) == {"code": 0, "heavy": []}


def test_cache_miss_does_not_import_networkx(tmp_path: Path) -> None:
    """The miss builds the cache entry, network lint included (its cycle check needs no networkx)."""
    assert not list(tmp_path.iterdir())
    assert _verdict(tmp_path) == {"code": 0, "heavy": []}
    assert list(tmp_path.glob("knowledge-*.pickle"))
