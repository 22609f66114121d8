"""The consultation loop without a terminal: next question, respond to one typed line, the answers so far."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import yaml

from clientfire.engine import ClientFacts, Engine, Result
from clientfire.engine.result import pick_text
from clientfire.errors import InputError

from .answers import NO, YES, hint, parse_answer
from .questions import Assessment, Chooser
from .screens import calm_settings, group_of, is_screen, screen_text, shown
from .why import explain, explain_screen

__all__ = ["Question", "Reply", "Consultation", "COMMANDS", "HELP"]

COMMANDS = {"why": "why", "?": "why", "skip": "skip", "unknown": "skip", "back": "back", "done": "done",
            "help": "help"}
HELP = """Answer the question, or type one of:
  why      which rules and signs the answer feeds, and what it could change
  skip     leave this fact unknown (also: unknown)
  back     change the previous answer
  done     stop now and give the verdict on what is known
  help     this list
Ctrl-C stops without a verdict (what you answered is printed, and saved with --save)."""


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
        if is_screen(found.fact):
            text = pick_text(screen_text(self.engine.kb, group_of(found.fact)), self.lang)
            return Question(number, found.fact, text, "bool", None, "yes or no", found.phase, found)
        fact = self.engine.kb.facts[found.fact]
        text = pick_text(fact.question, self.lang) or pick_text(fact.text, self.lang)
        return Question(number, fact.id, text, fact.type, fact.unit, hint(fact), found.phase, found)

    def respond(self, question: Question, line: str) -> Reply:
        """Handle one typed line for `question`: a command or an answer (checked; an error keeps the question)."""
        command = COMMANDS.get(line.strip().lower())
        if command == "why":
            if is_screen(question.fact):
                return Reply("why", explain_screen(self.chooser, question.assessment, self.lang))
            return Reply("why", explain(self.chooser, question.fact, self.answers, self.closed, self.lang))
        if command == "help":
            return Reply("help", HELP)
        if command == "skip":
            return self.skip(question.fact)
        if command == "back":
            return self.back()
        if command == "done":
            self.finished = True
            return Reply("done")
        if is_screen(question.fact):
            word = line.strip().lower()
            if word in YES or word in NO:
                return self.answer_screen(question.fact, word in YES)
            return Reply("error", "Please answer yes or no. Try again (or type help).", question.fact)
        try:
            value = parse_answer(self.engine.kb.facts[question.fact], line)
        except InputError as exc:
            return Reply("error", f"{exc.message}. Try again (or type help).", question.fact)
        return self.answer(question.fact, value)

    def answer(self, fact: str, value: Any) -> Reply:
        """Record a checked answer."""
        self.answers[fact] = value
        self.closed.discard(fact)
        self.history.append(fact)
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

    def skip(self, fact: str) -> Reply:
        """Leave a fact unknown for the rest of the consultation."""
        self.closed.add(fact)
        self.history.append(fact)
        return Reply("skipped", fact=fact)

    def back(self) -> Reply:
        """Undo the last answer (or skip): that question comes again."""
        if not self.history:
            return Reply("error", "There is no earlier question to go back to.")
        fact = self.history.pop()
        self.answers.pop(fact, None)
        for calmed in self.screened.pop(fact, []):
            self.answers.pop(calmed, None)
        self.closed.discard(fact)
        return Reply("back", f"Back to {shown(fact)}.", fact)

    def client(self) -> ClientFacts:
        """The answers as a client (what `--save` writes)."""
        return ClientFacts(self.name, dict(self.answers), path="<ask>")

    def result(self) -> Result:
        """The verdict on what is known, from the engine."""
        return self.engine.evaluate(self.client(), self.today)

    def as_yaml(self) -> str:
        """The answers as a client file (grouped YAML)."""
        return yaml.safe_dump(self.client().as_given(), sort_keys=False, allow_unicode=True)
