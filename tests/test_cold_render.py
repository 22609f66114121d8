"""`verdict --no-record` renders only the format asked for; a recorded verdict still keeps every format (issue 15)."""

from __future__ import annotations

from typing import Any

import pytest

import clientfire.commands.explain as explain_command
import clientfire.commands.verdict as verdict_command
from clientfire.audit.recorder import FORMATS
from tests.conftest import EXAMPLES

EXAMPLE = str(next(p for p in EXAMPLES if p.name.startswith("crestline")))


def _spy(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[str]:
    """Count the formats the command renders (the real renderer still runs)."""
    real, seen = getattr(module, name), []

    def counted(value: Any, fmt: str, *args: Any, **kwargs: Any) -> str:
        seen.append(fmt)
        return str(real(value, fmt, *args, **kwargs))

    monkeypatch.setattr(module, name, counted)
    return seen


@pytest.mark.parametrize("fmt", FORMATS)
def test_verdict_no_record_renders_only_the_format_asked_for(monkeypatch: pytest.MonkeyPatch, run_cli: Any, fmt: str) -> None:
    seen = _spy(monkeypatch, verdict_command, "render_verdict")
    code, out, _ = run_cli("verdict", EXAMPLE, "--format", fmt, "--no-record", "--today", "2026-11-26")
    assert (code, seen) == (0, [fmt]) and out.strip()


def test_explain_no_record_renders_only_the_format_asked_for(monkeypatch: pytest.MonkeyPatch, run_cli: Any) -> None:
    seen = _spy(monkeypatch, explain_command, "render_explanation")
    code, _, _ = run_cli("explain", EXAMPLE, "--format", "markdown", "--no-record", "--today", "2026-11-26")
    assert (code, seen) == (0, ["markdown"])


def test_recorded_verdict_still_renders_every_format(monkeypatch: pytest.MonkeyPatch, run_cli: Any) -> None:
    seen = _spy(monkeypatch, verdict_command, "render_verdict")
    code, _, _ = run_cli("verdict", EXAMPLE, "--format", "json", "--today", "2026-11-26")
    assert code == 0 and sorted(seen) == sorted(FORMATS)
