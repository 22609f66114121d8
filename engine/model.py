"""The knowledge model: frozen records (clientfire/record.py) that the loader builds and the compiler reads."""

from __future__ import annotations

from typing import Any, Union

from clientfire.record import Record, field

__all__ = [
    "Loc",
    "Text",
    "FactDef",
    "Threshold",
    "Section",
    "Article",
    "Item",
    "Sign",
    "GuidanceItem",
    "NoticeItem",
    "Operand",
    "FactTest",
    "Match",
    "SignsAtLeast",
    "Condition",
    "Conclusion",
    "Rule",
    "Knowledge",
    "FACT_TYPES",
    "NUMERIC_TYPES",
    "LANGUAGES",
    "CONCLUSION_KINDS",
    "ITEM_KINDS",
    "PASSING",
    "NOTICE_LEVELS",
]

LANGUAGES = ("en", "id", "ko", "fi")
FACT_TYPES = ("count", "number", "money", "percent", "scale", "bool", "date", "text")
NUMERIC_TYPES = ("count", "number", "money", "percent", "scale")
CONCLUSION_KINDS = ("sign", "verdict", "remedy", "guidance", "prevention", "notice")
#: every kind of item a knowledge base defines (strengths are items, not conclusions)
ITEM_KINDS = ("verdict", "strength", "sign", "remedy", "guidance", "prevention", "notice")
#: what a passing situation (relationship.problems_temporary) does to a sign whose remedy is untried (C.intro)
PASSING = ("soften", "stand")
NOTICE_LEVELS = ("info", "warning")

Text = dict[str, str]
Scalar = Union[bool, int, float, str]  # noqa: UP007 - a runtime alias, kept valid on Python 3.9 tooling


class Loc(Record):
    """Where something was written: file and line."""

    path: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


class FactDef(Record):
    """One fact of the client vocabulary (`payment.late_invoices`), or a derived one."""

    id: str
    type: str
    text: Text
    loc: Loc
    question: Text = field(default_factory=dict)
    question_solo: Text = field(default_factory=dict)  # the question for someone who works alone (no staff)
    unit: str | None = None
    formula: str | None = None
    calm: Any = None  # the value meaning "nothing wrong here", set by a `no` to the group's screen question
    #: another input fact of the group whose answer this yes/no question also takes (`contract.active` takes the
    #: end date: a date answers both, and means yes)
    also_asks: str | None = None
    #: a derived fact's fallback for display while the formula has no value: (formula, what it assumes)
    estimate: tuple[str, Text] | None = None


class Threshold(Record):
    """A named number that rules compare facts against."""

    id: str
    value: int | float
    loc: Loc
    unit: str | None = None
    note: str | None = None


class Section(Record):
    """A section of a source article (`B.1`, `A.not.4`)."""

    ref: str
    text: Text
    loc: Loc


class Article(Record):
    """A source article with its seed files per language."""

    id: str
    title: Text
    seeds: dict[str, str]
    loc: Loc
    publisher: str | None = None  # who published it, where the seed says


class Item(Record):
    """A verdict, strength, remedy or prevention item: an id with texts and a source."""

    kind: str
    id: str
    title: Text
    text: Text
    source: tuple[str, ...]
    loc: Loc


class Sign(Item):
    """A sign that a client should go; `article` groups the faces of one article sign."""

    article: str = ""
    remedies: tuple[str, ...] = ()
    passing: str = "soften"
    #: the text shown for each degree (`mild`, `serious`) where the degrees read differently
    degree_texts: dict[str, Text] = field(default_factory=dict)

    def text_for(self, degree: str) -> Text:
        """The text for a degree of the sign, else its general text."""
        return self.degree_texts.get(degree) or self.text


class GuidanceItem(Item):
    """A do or don't of the exit plan, placed in a stage and an order."""

    do: str = "do"
    stage: str = "prepare"
    order: int = 0
    notes: dict[str, Text] = field(default_factory=dict)
    shows: tuple[str, ...] = ()


class NoticeItem(Item):
    """A notice a rule may add to any result: a point the articles make, or a warning about the input."""

    level: str = "info"


class Operand(Record):
    """The right side of a fact test: a number, a bool, a threshold or another fact."""

    kind: str  # number | bool | threshold | fact
    value: Scalar


class FactTest(Record):
    """`<fact> <op> <operand> [or unknown]` on the client's facts."""

    fact: str
    op: str
    operand: Operand
    or_unknown: bool
    loc: Loc
    source_text: str


class Match(Record):
    """A pattern on an earlier conclusion: `sign: {degree: serious}`."""

    kind: str
    attrs: tuple[tuple[str, tuple[Scalar, ...]], ...]
    loc: Loc


class SignsAtLeast(Record):
    """At least `threshold` distinct article signs hold."""

    threshold: str
    loc: Loc


Condition = Union[FactTest, Match, SignsAtLeast]  # noqa: UP007


class Conclusion(Record):
    """What a rule concludes: a kind, an id and attributes."""

    kind: str
    id: str
    attrs: tuple[tuple[str, Scalar], ...]
    loc: Loc

    def attr(self, name: str, default: Scalar | None = None) -> Scalar | None:
        """One attribute's value."""
        return dict(self.attrs).get(name, default)


class Rule(Record):
    """A rule: conditions that all hold -> one conclusion; with its source and text."""

    id: str
    when: tuple[Condition, ...]
    then: Conclusion
    source: tuple[str, ...]
    text: Text
    loc: Loc


class Knowledge(Record):
    """The whole knowledge base, as loaded from one folder."""

    directory: str
    version: str
    articles: dict[str, Article]
    sections: dict[str, Section]
    facts: dict[str, FactDef]
    thresholds: dict[str, Threshold]
    verdicts: tuple[Item, ...]
    strengths: tuple[Item, ...]
    signs: tuple[Sign, ...]
    remedies: tuple[Item, ...]
    guidance: tuple[GuidanceItem, ...]
    prevention: tuple[Item, ...]
    rules: tuple[Rule, ...]
    notices: tuple[NoticeItem, ...] = ()
    #: group -> its screening question (`has anything been wrong with ...?`), see docs/knowledge-format.md
    screens: dict[str, Text] = field(default_factory=dict)
    #: group -> its title (`Payment`), for forms that show the facts by group
    group_titles: dict[str, Text] = field(default_factory=dict)
    #: group -> the other groups its screen also covers (one broader question: behaviour, respect, control)
    screen_also: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: group -> its own item when its broad screen is shown as a checklist (payment beside pricing's screen)
    screen_items: dict[str, Text] = field(default_factory=dict)

    def items(self, kind: str) -> tuple[Item, ...]:
        """The items of one kind (`sign`, `verdict`, ...), in file order."""
        return {
            "sign": self.signs,
            "verdict": self.verdicts,
            "strength": self.strengths,
            "remedy": self.remedies,
            "guidance": self.guidance,
            "prevention": self.prevention,
            "notice": self.notices,
        }[kind]

    def item(self, kind: str, item_id: str) -> Item | None:
        """One item by kind and id."""
        return next((i for i in self.items(kind) if i.id == item_id), None)

    def rule(self, rule_id: str) -> Rule | None:
        """One rule by id."""
        index = self.__dict__.get("_rule_index")
        if index is None:
            index = {r.id: r for r in self.rules}
            object.__setattr__(self, "_rule_index", index)  # frozen: a cache, not state
        return index.get(rule_id)
