"""Putting a question: a fact's own question (its `question_solo` form for a solo freelancer), a screen, a
checklist of parts or a fact list, in the session's language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from clientfire.engine.model import Knowledge
from clientfire.engine.result import pick_text

from .answers import hint
from .assessment import Assessment
from .screens import group_of, is_list, is_screen, part_text, parts_of, screen_text
from .words import say

__all__ = ["Question", "SOLO", "question_for", "fact_text", "also_asked"]

#: the fact that says whether anyone works with you: `no` asks a fact's `question_solo` (no team, no staff)
SOLO = "practice.has_staff"


@dataclass(frozen=True)
class Question:
    """One question to put to the user."""

    number: int
    fact: str
    text: str
    type: str
    unit: str | None
    hint: str
    phase: str
    assessment: Assessment
    #: a checklist's items, numbered from 1 when shown: (group, its own screen question) for a checklist screen,
    #: (fact, its question) for a fact list
    options: tuple[tuple[str, str], ...] = ()


def question_for(kb: Knowledge, lang: str, answers: dict[str, Any], number: int, found: Assessment) -> Question:
    """Question `number` for what the chooser found: a screen, a fact list or one fact."""
    if is_screen(found.fact):
        return _screen_question(kb, lang, number, found)
    if is_list(found.fact):
        return _list_question(kb, lang, answers, number, found)
    fact = kb.facts[found.fact]
    rider = also_asked(kb, fact.id, answers)
    shown = say("yes, no, or {hint}", lang, hint=hint(kb.facts[rider], lang)) if rider else hint(fact, lang)
    return Question(number, fact.id, fact_text(kb, lang, answers, fact.id), fact.type, fact.unit, shown,
                    found.phase, found)


def also_asked(kb: Knowledge, fact_id: str, answers: dict[str, Any]) -> str | None:
    """The fact a yes/no question also takes an answer for (`also_asks`: the contract's end date), while unknown."""
    other = kb.facts[fact_id].also_asks
    return other if other is not None and other not in answers else None


def fact_text(kb: Knowledge, lang: str, answers: dict[str, Any], fact_id: str) -> str:
    """A fact's question in `lang` (its `question_solo` form once you said you work alone)."""
    fact = kb.facts[fact_id]
    solo = answers.get(SOLO) is False and pick_text(fact.question_solo, lang)
    return solo or pick_text(fact.question, lang) or pick_text(fact.text, lang)


def _list_question(kb: Knowledge, lang: str, answers: dict[str, Any], number: int, found: Assessment) -> Question:
    """A fact list: the facts' own questions, numbered; `no` or the numbers of those that apply."""
    group = group_of(found.fact)
    topic = pick_text(kb.group_titles.get(group, {}), lang) or group
    options = tuple((fact, fact_text(kb, lang, answers, fact)) for fact in found.covers)
    return Question(number, found.fact, say("{topic}: which of these happen?", lang, topic=topic), "bool",
                    None, say("no, or the numbers of what applies", lang), found.phase, found, options)


def _screen_question(kb: Knowledge, lang: str, number: int, found: Assessment) -> Question:
    """A screen: yes or no; a broad one as a checklist of its parts."""
    group = group_of(found.fact)
    options = tuple((part, pick_text(part_text(kb, group, part), lang)) for part in parts_of(kb, group))
    text = pick_text(screen_text(kb, group), lang) if not options else \
        say("{topic}: does any of this happen?", lang, topic=pick_text(kb.group_titles.get(group, {}), lang) or group)
    hint_text = say("no, or the numbers of what applies", lang) if options else say("yes or no", lang)
    return Question(number, found.fact, text, "bool", None, hint_text, found.phase, found, options)
