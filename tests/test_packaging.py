"""The packaging configuration a fresh `make demo` installs from (issue 16, set-up)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = CONFIG["tool"]["setuptools"]


def _installed_dirs() -> dict[str, Path]:
    """Every folder the package installs, by its dotted name, walked from `package-dir`."""
    found: dict[str, Path] = {}
    for name, folder in SETUPTOOLS["package-dir"].items():
        base = ROOT / folder
        for path in [base, *sorted(p for p in base.rglob("*") if p.is_dir())]:
            if path.name == "__pycache__" or not any(f.is_file() for f in path.iterdir()):
                continue
            parts = path.relative_to(base).parts
            found[".".join((name, *parts))] = path
    return found


def test_make_demo_is_quiet_no_project_license_table_deprecation() -> None:
    assert isinstance(CONFIG["project"]["license"], str)
    assert "setuptools>=77" in CONFIG["build-system"]["requires"][0]


def test_make_demo_is_quiet_every_installed_folder_is_in_packages() -> None:
    missing = sorted(set(_installed_dirs()) - set(SETUPTOOLS["packages"]))
    assert missing == []


def test_make_test_lists_skipped_tests_and_why() -> None:
    assert "-rs" in CONFIG["tool"]["pytest"]["ini_options"]["addopts"].split()


def test_demo_shows_an_explained_verdict_with_how() -> None:
    recipe = re.search(r"^demo:.*\n\t(.+)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)
    assert recipe is not None
    example = "examples/crestline-abusive-director.yaml"
    args = recipe.group(1).replace("$(BIN)/clientfire", "").replace("$(EXAMPLE)", example).split()
    command = [sys.executable, "-m", "clientfire", *args, "--no-record"]
    out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    assert "How this verdict was reached" in out.stdout
