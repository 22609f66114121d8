"""Helpers of the import tests: run `clientfire import` into a folder and read the client files back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"
TODAY = "2025-07-15"


def fixture(name: str) -> str:
    """The path of an export fixture."""
    return str(FIXTURES / name)


def clients_in(folder: Path) -> dict[str, dict[str, Any]]:
    """Every client file of `folder`, by client name, with dotted facts (`payment.late_invoices`)."""
    found = {}
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        flat = {f"{g}.{k}": v for g, group in data.items() if isinstance(group, dict) and g != "evidence"
                for k, v in group.items()}
        flat["evidence"] = data.get("evidence", {})
        found[data.get("client", path.stem)] = flat
    return found


def run_import(run_cli: Any, folder: Path, fmt: str, *files: str, extra: tuple[str, ...] = ()) -> tuple[int, str, str]:
    """`clientfire import --from FMT FILES --out FOLDER --today 2025-07-15 --timezone UTC EXTRA`."""
    return run_cli("import", "--from", fmt, *files, "--out", str(folder), "--today", TODAY, "--timezone", "UTC",
                   *extra)
