"""`clientfire explain`: only the parts asked for; `--why-not` in any case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
OAKLINE = str(ROOT / "examples/oakline-late-payer.yaml")
HOW, WHY_NOT, WHAT_IF = "How this verdict was reached", "Why not", "What if"


@pytest.mark.parametrize(("flags", "shown", "hidden"), [
    ((), (HOW, "Why not fire", "Why not keep"), (WHAT_IF,)),
    (("--what-if",), (WHAT_IF,), (HOW, WHY_NOT)),
    (("--why-not", "fire"), ("Why not fire",), (HOW, WHAT_IF, "Why not keep")),
    (("--why-not", "fire", "--how"), (HOW, "Why not fire"), (WHAT_IF, "Why not keep")),
    (("--what-if", "--how"), (HOW, WHAT_IF), (WHY_NOT,)),
])
def test_explain_what_if_and_why_not_print_only_what_was_asked(run_cli: Any, flags: tuple[str, ...],
                                                                shown: tuple[str, ...], hidden: tuple[str, ...]) -> None:
    code, out, err = run_cli("explain", OAKLINE, *flags, "--today", "2026-03-10", "--no-record")
    assert code == 0, err
    for part in shown:
        assert part in out
    for part in hidden:
        assert part not in out


@pytest.mark.parametrize("spelling", ["FIRE", "Fire", "fire"])
def test_explain_why_not_accepts_any_case(run_cli: Any, spelling: str) -> None:
    code, out, err = run_cli("explain", OAKLINE, "--why-not", spelling, "--today", "2026-03-10", "--no-record")
    assert code == 0, err
    assert "Why not fire" in out and "unknown verdict" not in err
