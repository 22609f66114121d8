"""The consultation loop without a terminal: next question, respond to one typed line, the answers so far."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import yaml

from clientfire.engine import ClientFacts, Engine, Result
from clientfire.errors import InputError

from .answers import choice_of, parse_answer, yes_or_no
from .asking import Question, also_asked, question_for
from .questions import Chooser
from .screens import (
    calm_settings,
    checklist_settings,
    group_of,
    is_list,
    is_screen,
    list_settings,
    screen_id,
    shown,
)
from .why import explain, explain_screen
from .words import COMMAND_WORDS, say

__all__ = ["Question", "Reply", "Consultation", "COMMANDS", "HELP", "command_of"]

COMMANDS = COMMAND_WORDS["en"]
HELP = say("help", "en")


def command_of(line: str, lang: str) -> str | None:
    """The command a typed line names (`why`, `skip`, ...) in `lang` or English, or None for an answer."""
    word = " ".join(line.strip().lower().split())
    return COMMAND_WORDS.get(lang, {}).get(word) or COMMANDS.get(word)


@dataclass(frozen=True)
class Reply:
    """What one typed line did: answered, skipped, back, done, why, help or error (with a text to show)."""

    kind: str
    text: str = ""
    fact: str | None = None
    value: Any = None


class Consultation:
    """One consultation: the answers so far, the facts left unknown, and the order they were asked in."""

    def __init__(self, engine: Engine, today: dt.date, lang: str = "en", name: str = "client",
                 chooser: Chooser | None = None) -> None:
        self.engine = engine
        self.today = today
        self.lang = lang
        self.name = name
        self.chooser = chooser or Chooser(engine, today)
        self.answers: dict[str, Any] = {}
        self.closed: set[str] = set()
        self.history: list[str] = []
        #: screen question id -> the facts its `no` set (so that `back` can take them away again)
        self.screened: dict[str, list[str]] = {}
        #: screen question id -> the facts its `skip` left unknown for good (so that `back` can reopen them)
        self.skipped: dict[str, list[str]] = {}
        #: checklist screen id -> the part screens its answer closed (so that `back` can reopen them)
        self.parts: dict[str, list[str]] = {}
        #: every question shown, once each, in the order first shown (what "N questions asked" counts)
        self.shown: dict[str, None] = {}
        self.finished = False

    def next_question(self) -> Question | None:
        """The next question, or None when nothing unknown can change the outcome (or after `done`)."""
        if self.finished:
            return None
        found = self.chooser.next(self.answers, self.closed)
        if found is None:
            self.finished = True
            return None
        number = len(self.history) + 1
        self.shown[found.fact] = None
        return question_for(self.engine.kb, self.lang, self.answers, number, found)

    def counts(self) -> dict[str, int]:
        """Questions asked (shown) and answered (not skipped), facts known and how many of them screens set."""
        answered = sum(1 for q in self.history if q in self.answers or q in self.screened)
        calm = sum(len(facts) for facts in self.screened.values())
        return {"asked": len(self.shown), "answered": answered, "known": len(self.answers), "calm": calm,
                "facts": len(self.chooser.links.inputs)}

    def respond(self, question: Question, line: str) -> Reply:
        """Handle one typed line for `question`: a command or an answer (checked; an error keeps the question)."""
        command = command_of(line, self.lang)
        if command == "why":
            if is_screen(question.fact) or is_list(question.fact) or question.assessment.covers:
                return Reply("why", explain_screen(self.chooser, question.assessment, self.lang))
            return Reply("why", explain(self.chooser, question.fact, self.answers, self.closed, self.lang))
        if command == "help":
            return Reply("help", say("help", self.lang))
        if command == "skip":
            return self.skip(question.fact, group=True, covers=question.assessment.covers)
        if command == "back":
            return self.back()
        if command == "done":
            self.finished = True
            return Reply("done")
        again = say("Try again (or type help).", self.lang)
        if is_screen(question.fact) or is_list(question.fact):
            return self._screen_reply(question, line, again)
        rider = also_asked(self.engine.kb, question.fact, self.answers)
        if rider is not None and rider not in self.closed and yes_or_no(line, self.lang) is None:
            return self._answer_also(question, rider, line, again)
        try:
            value = parse_answer(self.engine.kb.facts[question.fact], line, self.lang)
        except InputError as exc:
            return Reply("error", f"{exc.message}. {again}", question.fact)
        return self.answer(question.fact, value)

    def _answer_also(self, question: Question, rider: str, line: str, again: str) -> Reply:
        """A value of the fact the question also asks (`contract.active` takes the end date): yes, and that value;
        `back` undoes both."""
        try:
            value = parse_answer(self.engine.kb.facts[rider], line, self.lang)
        except InputError as exc:  # a date gone wrong says what is wrong with it; other words, what to answer
            wrong = exc.message if any(c.isdigit() for c in line) else say("Please answer {hint}.", self.lang,
                                                                             hint=question.hint)
            return Reply("error", f"{wrong.rstrip('.')}. {again}", question.fact)
        return self.answer_also(question.fact, rider, value)

    def answer_also(self, fact: str, rider: str, value: Any) -> Reply:
        """Record `yes` to `fact` with the value of the fact its question also asks (`rider`)."""
        reply = self.answer(fact, True)
        self.answers[rider] = value
        self.screened.setdefault(fact, []).append(rider)
        return reply

    def _screen_reply(self, question: Question, line: str, again: str) -> Reply:
        """A screen's answer: yes or no, or for a checklist also the numbers of the parts that apply."""
        if question.options:
            chosen = choice_of(line, len(question.options), self.lang)
            if is_list(question.fact) and chosen is not None:
                named = None if chosen is True else [question.options[n - 1][0] for n in chosen or ()]
                return self.answer_list(question.fact, question.assessment.covers, named)
            if isinstance(chosen, tuple):
                return self.answer_parts(question.fact, [question.options[n - 1][0] for n in chosen])
        else:
            chosen = yes_or_no(line, self.lang)
        if chosen is not None:
            return self.answer_screen(question.fact, chosen)
        return Reply("error", f"{say('Please answer {hint}.', self.lang, hint=question.hint)} {again}", question.fact)

    def answer(self, fact: str, value: Any) -> Reply:
        """Record a checked answer, and the facts it settles (a solo freelancer has no staff who suffer)."""
        self.answers[fact] = value
        self.closed.discard(fact)
        self.history.append(fact)
        settled = self.chooser.settled(self.answers, self.closed)
        if settled:
            self.answers.update(settled)
            self.screened[fact] = list(settled)
        return Reply("answered", fact=fact, value=value)

    def answer_screen(self, screen: str, wrong: bool) -> Reply:
        """Record a screen answer: `yes` (something is wrong: ask the facts one by one) or `no` (each covered
        fact still unknown takes its calm value, as if answered)."""
        settings = {} if wrong else calm_settings(self.engine.kb, group_of(screen), self.answers, self.closed)
        self.answers.update(settings)
        self.screened[screen] = list(settings)
        self.closed.add(screen)
        self.history.append(screen)
        return Reply("answered", fact=screen, value=wrong)

    def answer_parts(self, screen: str, wrong: list[str]) -> Reply:
        """Record a checklist answer: the parts named are wrong (their facts asked one by one, without their own
        screen); every other part is calm, as a `no` to its screen would make it."""
        if not wrong:
            return self.answer_screen(screen, False)
        settings, closed = checklist_settings(self.engine.kb, group_of(screen), wrong, self.answers, self.closed)
        self.answers.update(settings)
        self.closed.update(closed)
        self.screened[screen], self.parts[screen] = list(settings), closed
        self.closed.add(screen)
        self.history.append(screen)
        return Reply("answered", fact=screen, value=tuple(wrong))

    def answer_list(self, question: str, facts: tuple[str, ...], named: list[str] | None) -> Reply:
        """Record a fact list's answer: the facts named are true, every other one takes its calm value (false), as
        a `no` to the group's screen would set it; `named` None is a `yes` (each fact asked on its own). The
        group's screen counts as answered too."""
        settings = {} if named is None else list_settings(facts, named, self.answers, self.closed)
        self.answers.update(settings)
        self.screened[question] = list(settings)
        self._close_list(question)
        self.history.append(question)
        return Reply("answered", fact=question, value=True if named is None else tuple(named) or False)

    def _close_list(self, question: str) -> None:
        """Close a fact list and its group's screen (remembered, so that `back` reopens the screen)."""
        screen = screen_id(group_of(question))
        self.parts[question] = [] if screen in self.closed else [screen]
        self.closed.update({question, screen})

    def skip(self, fact: str, group: bool = False, covers: tuple[str, ...] = ()) -> Reply:
        """Leave a fact unknown for the rest of the consultation; with `group`, a screen's (or a fact list's) skip
        leaves every still-unknown fact it covers (the list's items) unknown too: the user does not know."""
        if group and is_screen(fact):
            self.skipped[fact] = list(calm_settings(self.engine.kb, group_of(fact), self.answers, self.closed))
            self.closed.update(self.skipped[fact])
        elif group and is_list(fact):
            self.skipped[fact] = [f for f in covers if f not in self.answers and f not in self.closed]
            self.closed.update(self.skipped[fact])
            self._close_list(fact)
        self.closed.add(fact)
        self.history.append(fact)
        return Reply("skipped", fact=fact)

    def back(self) -> Reply:
        """Undo the last answer (or skip): that question comes again."""
        if not self.history:
            return Reply("error", say("There is no earlier question to go back to.", self.lang))
        fact = self.history.pop()
        self.answers.pop(fact, None)
        for calmed in self.screened.pop(fact, []):
            self.answers.pop(calmed, None)
        self.closed.difference_update(self.skipped.pop(fact, []))
        self.closed.difference_update(self.parts.pop(fact, []))
        self.closed.discard(fact)
        return Reply("back", say("Back to {question}.", self.lang, question=shown(fact, self.lang)), fact)

    def client(self) -> ClientFacts:
        """The answers as a client (what `--save` writes)."""
        return ClientFacts(self.name, dict(self.answers), path="<ask>")

    def result(self) -> Result:
        """The verdict on what is known, from the engine."""
        return self.engine.evaluate(self.client(), self.today)

    def as_yaml(self) -> str:
        """The answers as a client file (grouped YAML)."""
        return yaml.safe_dump(self.client().as_given(), sort_keys=False, allow_unicode=True)
