"""Assembly from a run's trace: the verdict read off the firings."""

from __future__ import annotations

from typing import Any

import pytest

from clientfire.engine.assemble import Trace, derived_of, verdict_of

_KEEP = {"t": "verdict", "name": "keep", "strength": "none"}
_FIRE = {"t": "verdict", "name": "fire", "strength": "strong"}
_SIGN = {"t": "sign", "name": "late_payment"}


def _firing(derived: list[dict[str, Any]], known: list[dict[str, Any]] = []) -> dict[str, Any]:  # noqa: B006
    return {"seq": 1, "rule": "r", "layer": "select", "matched": {}, "derived": derived, "already_known": known}


@pytest.mark.parametrize(("firings", "verdict"), [
    ([], None),
    ([_firing([_SIGN])], None),
    ([_firing([_SIGN]), _firing([_KEEP])], ("keep", "none")),
    ([_firing([_KEEP]), _firing([], [_KEEP])], ("keep", "none")),  # reached twice: already known the second time
    ([_firing([], [_FIRE])], ("fire", "strong")),
    ([_firing([_KEEP]), _firing([_FIRE])], None),  # two verdicts: none single
])
def test_the_verdict_is_the_single_one_concluded(firings: list[dict[str, Any]], verdict: tuple[str, str] | None) -> None:
    assert verdict_of(firings) == verdict == verdict_of(Trace(firings))
    grouped = {(f["name"], f["strength"]) for f, _ in derived_of(Trace(firings), "verdict")}
    assert verdict == (next(iter(grouped)) if len(grouped) == 1 else None)
