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
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""
#: never imported by a verdict, on a cache hit or a miss: the diagrams' and the web app's
HEAVY = ("networkx", "graphviz", "jinja2", "fastapi")
#: not imported by `verdict --no-record --format text` on a cache hit either (the recording, the trial build, the
#: cache write, the lint, the network's shape, the other formats' and durable_rules' Python layer each import their own)
NOT_ON_A_HIT = HEAVY + ("durable.engine", "sqlite3", "hashlib", "tempfile", "subprocess", "threading", "difflib", "csv",
                        "select", "clientfire.audit.chain", "clientfire.audit.store", "clientfire.audit.codec",
                        "clientfire.audit.snapshot", "clientfire.engine.lint", "clientfire.explain.graph",
                        "clientfire.explain.graph_build",
                        "dataclasses", "inspect", "clientfire.engine.network",  # records, not dataclasses (clientfire/record.py)
                        # PyYAML's package body: the client file is read from libyaml's events (engine/yaml_fast.py)
                        "yaml.reader", "yaml.resolver", "yaml.constructor", "yaml.loader", "clientfire.engine.yaml_loaders",
                        # argparse's help formatter finds the width itself (clientfire/cli.py); a YAML file needs no JSON reader
                        "shutil", "bz2", "lzma", "clientfire.engine.jsonio",
                        "clientfire.engine.load", "clientfire.engine.collect",  # the loader: a miss only (engine/folder.py)
                        "weakref")  # the runtime's weak references are _weakref's


def _verdict(cache: Path, avoided: tuple[str, ...] = HEAVY) -> dict[str, object]:
    """Run `verdict --no-record --format text` in a fresh Python: its exit code and which of `avoided` it imported."""
    env = {**os.environ, "CLIENTFIRE_CACHE_DIR": str(cache)}
    env.pop("CLIENTFIRE_NO_CACHE", None)
    argv = ["verdict", str(EXAMPLES[0]), "--no-record", "--format", "text", "--today", "2026-11-26"]
    assert EXAMPLES[0].suffix == ".yaml"
    done = subprocess.run([sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, timeout=120, check=True, env=env)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return {"code": found["code"], "heavy": [m for m in avoided if m in found["modules"]]}


def test_cached_verdict_does_not_import_networkx(tmp_path: Path) -> None:
    _verdict(tmp_path)  # builds the cache entry
    assert _verdict(tmp_path) == {"code": 0, "heavy": []}


def test_cached_verdict_no_record_imports_only_what_it_uses(tmp_path: Path) -> None:
    assert _verdict(tmp_path, NOT_ON_A_HIT)["code"] == 0  # the miss: the cache entry
    assert _verdict(tmp_path, NOT_ON_A_HIT) == {"code": 0, "heavy": []}


def test_cache_miss_does_not_import_networkx(tmp_path: Path) -> None:
    """The miss builds the cache entry, network lint included (its cycle check needs no networkx); the trial build
    forks (no subprocess) and the entry is written without tempfile."""
    assert not list(tmp_path.iterdir())
    assert _verdict(tmp_path, HEAVY + ("subprocess", "tempfile")) == {"code": 0, "heavy": []}
    assert sorted(p.name.split("-")[0] for p in tmp_path.iterdir()) == ["knowledge", "stamp"]  # no temporary file left
