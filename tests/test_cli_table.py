"""The command table of clientfire/cli.py: `--help` lists every command without importing one (issue 15, cold start)."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import shutil
import subprocess
import sys

import pytest

import clientfire.commands
from clientfire.cli import COMMANDS, TABLE, _columns

_PROBE = """
import contextlib, io, json, sys
from clientfire.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
print(json.dumps({"out": out.getvalue(), "modules": sorted(m for m in sys.modules if m.startswith("clientfire.commands.")),
                  "heavy": sorted(m for m in ("dataclasses", "clientfire.message_input", "shutil") if m in sys.modules)}))
"""


def _probe(*args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _registered(module: str) -> tuple[str, str]:
    """The name and one-line help the command module itself registers."""
    subparsers = argparse.ArgumentParser().add_subparsers()
    importlib.import_module(f"clientfire.commands.{module}").register(subparsers)
    (action,) = subparsers._choices_actions
    return action.dest, str(action.help)


def test_help_lists_every_command_without_importing_command_modules() -> None:
    found = _probe("--help")
    assert found["modules"] == []
    listed = str(found["out"])
    for name, (_, summary) in TABLE.items():
        assert f"    {name}" in listed and summary.split()[0] in listed


@pytest.mark.parametrize(("argv", "module"), [(["verdict", "--help"], "verdict"), (["import", "--help"], "import_")])
def test_command_help_imports_only_that_command_and_is_full(argv: list[str], module: str) -> None:
    found = _probe(*argv)
    assert found["modules"] == [f"clientfire.commands.{module}"]
    assert "--format" in str(found["out"]) or "--from" in str(found["out"])


def test_table_has_every_command_module() -> None:
    assert sorted(COMMANDS) == sorted(m.name for m in pkgutil.iter_modules(clientfire.commands.__path__))


@pytest.mark.parametrize("name", list(TABLE))
def test_table_help_is_the_commands_own(name: str) -> None:
    module, summary = TABLE[name]
    assert _registered(module) == (name, summary)


def test_help_reads_no_message_catalogue_and_makes_no_dataclass() -> None:
    """The messages in four languages are read when one is shown, not on `--help` (issue 15, cold start); the
    terminal's width is found without shutil."""
    assert _probe("--help")["heavy"] == []


@pytest.mark.parametrize("columns", [None, "40", "200", "0", "-3", "abc", ""])
def test_issue15_cold_hit_help_is_as_wide_as_shutil_finds_the_terminal(columns: str | None,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert _columns() == shutil.get_terminal_size().columns
