"""explain/evidence.py `distinct`: a sign's evidence as the text and the pages show it (the JSON keeps every test)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clientfire.explain.evidence import distinct


def _item(fact: str, value: Any, op: str, required: Any, status: str = "holds") -> dict[str, Any]:
    return {"fact": fact, "value": value, "op": op, "required": required, "threshold": None, "or_unknown": False,
            "holds": status == "holds", "status": status}


CONTINUED_TRUE = _item("behaviour.abuse_continued", True, "==", True)
CONTINUED_NOT_FALSE = _item("behaviour.abuse_continued", True, "!=", False)
ADDRESSED = _item("behaviour.abuse_addressed", True, "==", True)
INSULTS = _item("behaviour.insults", 4, ">=", 1)
INSULTS_NOT_ZERO = _item("behaviour.insults", 4, "!=", 0)


@pytest.mark.parametrize(("items", "shown"), [
    ([ADDRESSED, CONTINUED_NOT_FALSE, CONTINUED_TRUE], [ADDRESSED, CONTINUED_TRUE]),  # `= true` says `not false`
    ([CONTINUED_NOT_FALSE], [CONTINUED_NOT_FALSE]),  # alone, it is what there is to say
    ([ADDRESSED, ADDRESSED], [ADDRESSED]),  # two rules, one test: once
    ([INSULTS, INSULTS_NOT_ZERO], [INSULTS, INSULTS_NOT_ZERO]),  # numbers: each test says something else
    ([_item("x.y", None, "!=", False, "presumed"), _item("x.y", None, "==", True, "unknown")],
     [_item("x.y", None, "!=", False, "presumed"), _item("x.y", None, "==", True, "unknown")]),  # unknown: both kept
])
def test_a_sign_shows_each_yes_no_fact_once(items: list[dict[str, Any]], shown: list[dict[str, Any]]) -> None:
    assert distinct(items) == shown


def test_verdict_text_says_abuse_continued_once_for_crestline(run_cli: Any) -> None:
    """B.4: abuse that went on after it was called out; two rules conclude the sign, the text says the fact once."""
    example = Path(__file__).resolve().parents[1] / "examples" / "crestline-abusive-director.yaml"
    code, out, _ = run_cli("verdict", str(example), "--no-record", "--today", "2026-11-26")
    assert code == 0 and out.count("behaviour.abuse_continued = true") == 1, out
    assert "behaviour.abuse_continued = true, not false" not in out
