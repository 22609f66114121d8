"""Fact lists: a group's yes/no facts that can still matter, asked as one numbered question (`list:respect`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .assessment import Assessment, joint_changes
from .screens import group_of, list_id, listable, parts_of, screen_id

if TYPE_CHECKING:
    from .questions import Chooser

__all__ = ["fact_list", "named_part_list", "list_for", "list_instead"]


def _items(chooser: Chooser, group: str, values: dict[str, Any], closed: set[str]) -> list[str]:
    """The group's listable facts still open, whose gates (`pricing_explained` before `objections_continued`)
    are answered or skipped: a fact that only makes sense after another answer waits for it."""
    return [f for f in listable(chooser.kb, group) if f not in values and f not in closed
            and all(g in values or g in closed for g in chooser.gates.get(f, ()))]


def fact_list(chooser: Chooser, group: str, values: dict[str, Any], closed: set[str],
              lead: Assessment | None = None) -> Assessment | None:
    """The group's fact list when two or more of its listable facts can still change the verdict (each assessed
    as on its own); None otherwise, or once the list was asked."""
    if list_id(group) in closed:
        return None
    members = [a for f in _items(chooser, group, values, closed) if (a := chooser.assess(f, values, closed))]
    members = [a for a in members if a.phase == "verdict"]
    if len(members) < 2:
        return None
    first = next((a for a in members if lead is not None and a.fact == lead.fact), None) or \
        next((a for a in members if a.now), members[0])
    return Assessment(list_id(group), "verdict", first.now, first.base, joint_changes(members, first),
                      first.assumed, first.rule, covers=tuple(a.fact for a in members))


def named_part_list(chooser: Chooser, found: list[Assessment], values: dict[str, Any],
                    closed: set[str]) -> Assessment | None:
    """The list of a group whose screen was answered `yes` (or named in a broad checklist) while two or more of
    its yes/no facts are still open: asked next, before other questions (best candidate's group first)."""
    seen: set[str] = set()
    for found_one in found:
        group = group_of(found_one.fact)
        if group in seen or screen_id(group) not in closed or found_one.fact not in listable(chooser.kb, group):
            continue
        seen.add(group)
        chosen = fact_list(chooser, group, values, closed, found_one)
        if chosen is not None:
            return chosen
    return None


def list_for(chooser: Chooser, best: Assessment, values: dict[str, Any], closed: set[str]) -> Assessment | None:
    """The list of the best question's group, asked instead of it when it is one of two or more such facts."""
    if best.phase != "verdict" or best.fact not in listable(chooser.kb, group_of(best.fact)):
        return None
    chosen = fact_list(chooser, group_of(best.fact), values, closed, best)
    return chosen if chosen is not None and best.fact in chosen.covers else None


def list_instead(chooser: Chooser, screen: Assessment, values: dict[str, Any], closed: set[str]) -> Assessment:
    """A narrow screen whose open facts are all listable (respect, ethics) is asked as its list: the same `no`,
    and the numbers of what applies instead of a `yes` and one question per fact."""
    group = group_of(screen.fact)
    if parts_of(chooser.kb, group) or not set(screen.covers) <= set(listable(chooser.kb, group)):
        return screen
    return fact_list(chooser, group, values, closed) or screen
