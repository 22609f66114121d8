"""Group screening questions: one yes/no question that, answered `no`, sets a group's facts to their calm values."""

from __future__ import annotations

from typing import Any

from clientfire.engine.model import Knowledge, Text

from .words import say

__all__ = ["PREFIX", "screen_id", "is_screen", "group_of", "covered", "calm_settings", "shown", "screen_text"]

#: question ids of screens: `screen:payment` (never a fact id: fact ids have no colon)
PREFIX = "screen:"


def screen_id(group: str) -> str:
    """The question id of a group's screen."""
    return PREFIX + group


def is_screen(question: str) -> bool:
    """Whether a question id names a screen rather than a fact."""
    return question.startswith(PREFIX)


def group_of(question: str) -> str:
    """The group a screen (or a fact) belongs to."""
    return question.removeprefix(PREFIX).split(".", 1)[0]


def covered(kb: Knowledge, group: str) -> list[str]:
    """The facts of `group` that have a calm value (what the screen can set), in knowledge order."""
    return [f.id for f in kb.facts.values() if f.calm is not None and f.formula is None and group_of(f.id) == group]


def calm_settings(kb: Knowledge, group: str, values: dict[str, Any], closed: set[str]) -> dict[str, Any]:
    """What a `no` to the group's screen sets: the calm value of each covered fact still unknown (not skipped)."""
    return {f: kb.facts[f].calm for f in covered(kb, group) if f not in values and f not in closed}


def shown(question: str, lang: str = "en") -> str:
    """How a question is named in the transcript: `payment (screen)` (in `lang`) or the fact id."""
    return say("{group} (screen)", lang, group=group_of(question)) if is_screen(question) else question


def screen_text(kb: Knowledge, group: str) -> Text:
    """The screen question of a group, per language."""
    return kb.screens.get(group, {})
