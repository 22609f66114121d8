"""Group screening questions: one yes/no question that, answered `no`, sets a group's facts to their calm values."""

from __future__ import annotations

from typing import Any

from clientfire.engine.model import Knowledge, Text

from .words import say

__all__ = ["PREFIX", "LIST_PREFIX", "screen_id", "is_screen", "list_id", "is_list", "group_of", "covered",
           "calm_settings", "shown", "screen_text", "screens_of", "parts_of", "part_text", "part_facts",
           "checklist_settings", "listable", "list_settings"]

#: question ids of screens: `screen:payment` (never a fact id: fact ids have no colon)
PREFIX = "screen:"
#: question ids of fact lists: `list:respect`, one numbered question over a group's yes/no facts
LIST_PREFIX = "list:"


def screen_id(group: str) -> str:
    """The question id of a group's screen."""
    return PREFIX + group


def is_screen(question: str) -> bool:
    """Whether a question id names a screen rather than a fact."""
    return question.startswith(PREFIX)


def list_id(group: str) -> str:
    """The question id of a group's fact list."""
    return LIST_PREFIX + group


def is_list(question: str) -> bool:
    """Whether a question id names a fact list (`list:respect`)."""
    return question.startswith(LIST_PREFIX)


def group_of(question: str) -> str:
    """The group a screen, a fact list (or a fact) belongs to."""
    return question.split(":", 1)[-1].split(".", 1)[0]


def covered(kb: Knowledge, group: str) -> list[str]:
    """The facts a group's screen covers: those with a calm value (what the screen can set) in the group and in
    the groups its screen also asks about (`screen_also`), in knowledge order."""
    groups = {group, *kb.screen_also.get(group, ())}
    return [f.id for f in kb.facts.values() if f.calm is not None and f.formula is None and group_of(f.id) in groups]


def screens_of(kb: Knowledge, group: str) -> list[str]:
    """The screens that cover a group's facts, broadest first: those that also ask about it, then its own."""
    broader = [g for g, others in kb.screen_also.items() if group in others and g in kb.screens]
    return broader + ([group] if group in kb.screens and group not in broader else [])


def _own(kb: Knowledge, group: str) -> list[str]:
    """The facts a screen can set in the group itself (not in the groups it also asks about)."""
    return [f for f in covered(kb, group) if group_of(f) == group]


def parts_of(kb: Knowledge, group: str) -> list[str]:
    """The items of a broad screen shown as a checklist: the group itself when it has facts to set (then it needs
    a `screen_item`), and each group it also asks about that has a screen of its own; [] when fewer than two
    (conduct: behaviour, respect, control, ethics; money: payment, pricing)."""
    if _own(kb, group) and group not in kb.screen_items:
        return []
    parts = ([group] if _own(kb, group) else []) + [g for g in kb.screen_also.get(group, ()) if g in kb.screens]
    return parts if len(parts) >= 2 else []


def part_text(kb: Knowledge, group: str, part: str) -> Text:
    """A checklist item's question: the group's own item, or the part's own screen."""
    return kb.screen_items.get(group, {}) if part == group else kb.screens.get(part, {})


def part_facts(kb: Knowledge, group: str, part: str) -> list[str]:
    """The facts a checklist item stands for: the broad group's own facts, or everything the part's screen covers."""
    return _own(kb, group) if part == group else covered(kb, part)


def listable(kb: Knowledge, group: str) -> list[str]:
    """A group's own yes/no facts whose calm value is false (`respect.belittles`): what a fact list can ask."""
    return [f.id for f in kb.facts.values() if f.type == "bool" and f.calm is False and f.formula is None
            and group_of(f.id) == group]


def list_settings(facts: tuple[str, ...], named: list[str], values: dict[str, Any],
                  closed: set[str]) -> dict[str, Any]:
    """What a fact list's answer sets: each named fact true, every other item its calm value (false); only
    facts still unknown and not skipped."""
    return {f: f in named for f in facts if f not in values and f not in closed}


def calm_settings(kb: Knowledge, group: str, values: dict[str, Any], closed: set[str]) -> dict[str, Any]:
    """What a `no` to the group's screen sets: the calm value of each covered fact still unknown (not skipped)."""
    return {f: kb.facts[f].calm for f in covered(kb, group) if f not in values and f not in closed}


def checklist_settings(kb: Knowledge, group: str, wrong: list[str], values: dict[str, Any],
                       closed: set[str]) -> tuple[dict[str, Any], list[str]]:
    """What a checklist answer naming the parts in `wrong` does: the calm values of the other parts' unknown
    facts (as a `no` to their own screens would set), and the part screens it answers (all still open)."""
    settings: dict[str, Any] = {}
    answered = []
    for part in parts_of(kb, group):
        if part == group:  # the screen's own facts: it has no other screen to answer
            if part not in wrong:
                settings.update({f: kb.facts[f].calm for f in _own(kb, group) if f not in values and f not in closed})
        elif screen_id(part) not in closed:
            settings.update(calm_settings(kb, part, values, closed) if part not in wrong
                            else _named(kb, part, values, closed))
            answered.append(screen_id(part))
    return settings, answered


def _named(kb: Knowledge, part: str, values: dict[str, Any], closed: set[str]) -> dict[str, Any]:
    """What naming a checklist item sets when the item is the question of its part's only fact, a yes/no one
    (money: whether the client costs more than they pay): that fact true, so it is not asked again."""
    facts = covered(kb, part)
    if len(facts) == 1 and facts[0] in listable(kb, part) and facts[0] not in values and facts[0] not in closed:
        return {facts[0]: True}
    return {}


def shown(question: str, lang: str = "en") -> str:
    """How a question is named in the transcript: `payment (screen)`, `respect (checklist)` (in `lang`) or the
    fact id."""
    if is_list(question):
        return say("{group} (checklist)", lang, group=group_of(question))
    return say("{group} (screen)", lang, group=group_of(question)) if is_screen(question) else question


def screen_text(kb: Knowledge, group: str) -> Text:
    """The screen question of a group, per language."""
    return kb.screens.get(group, {})
