"""`Assessment`: why a question is worth asking, as the engine's re-runs found it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from clientfire.explain.evidence import format_value

__all__ = ["Assessment", "joint_changes"]


@dataclass(frozen=True)
class Assessment:
    """Why a fact is worth asking: what the engine would conclude for some answers to it."""

    fact: str
    phase: str  # verdict | exit
    now: bool  # True: the answer alone can change it; False: only together with `assumed`
    base: Any  # what the engine concludes while the fact is unknown (under `assumed`)
    changes: tuple[tuple[Any, Any], ...]  # (a possible answer, what the engine would conclude then)
    assumed: tuple[tuple[str, Any], ...] = ()  # other hypothetical answers the change needs
    rule: str | None = None  # the rule that ties it to them
    covers: tuple[str, ...] = ()  # a screen: the facts a `no` sets to their calm values; a fact list: its items


def joint_changes(members: list[Assessment], lead: Assessment) -> tuple[tuple[str, Any], ...]:
    """What a question over several facts could change (a screen, a fact list): one `fact = answer` per fact and
    outcome, only from the members assessed under the assumptions `lead` names (what `why` shows)."""
    shown = [a for a in members if a.assumed == lead.assumed and a.fact not in dict(lead.assumed)]
    firsts: dict[tuple[str, Any], Any] = {}
    for member in shown:
        for value, out in member.changes:
            firsts.setdefault((member.fact, out), value)
    return tuple((f"{f} = {format_value(v)}", out) for (f, out), v in firsts.items())
