"""engine/load_facts.py: fact definitions, calm values, formulas and group screens read from a knowledge file."""

from __future__ import annotations

import textwrap

import pytest

from clientfire.engine.load_facts import (
    MAX_FORMULA_CHARS,
    group_titles,
    read_facts,
    read_screen_also,
    read_screen_items,
    read_screens,
)
from clientfire.engine.parse import Reader
from clientfire.engine.yamlio import parse_text
from clientfire.errors import KnowledgeError

GROUPS = """\
groups:
  pay:
    text: {en: Payment}
    screen: {en: Any trouble with payment?}
    screen_item: {en: payment}
    screen_also: [tone]
    facts:
      late: {type: count, text: {en: late invoices}, calm: 0}
  tone:
    screen: {en: Any trouble with tone?}
    facts:
      rude: {type: bool, text: {en: rude}, calm: false}
"""


def _parts(text: str) -> tuple[list, list, list]:  # type: ignore[type-arg]
    """(facts, groups, derived) parts of one file, as the loader hands them on."""
    data = parse_text(textwrap.dedent(text), "k.yaml")
    reader = Reader("k.yaml")
    return tuple([(reader, data[k], data)] if k in data else [] for k in ("facts", "groups", "derived"))  # type: ignore[return-value]


def test_group_facts_get_their_group_prefix_and_calm_values() -> None:
    facts = read_facts(*_parts(GROUPS))
    assert {f: (d.type, d.calm) for f, d in facts.items()} == {"pay.late": ("count", 0), "tone.rude": ("bool", False)}


def test_screens_items_titles_and_screen_also_are_read_per_group() -> None:
    facts_part, groups, derived = _parts(GROUPS)
    facts = read_facts(facts_part, groups, derived)
    assert read_screens(groups, facts) == {"pay": {"en": "Any trouble with payment?"},
                                           "tone": {"en": "Any trouble with tone?"}}
    assert read_screen_items(groups) == {"pay": {"en": "payment"}}
    assert read_screen_also(groups, facts) == {"pay": ("tone",)}
    assert group_titles(groups) == {"pay": {"en": "Payment"}}


@pytest.mark.parametrize(("text", "said"), [
    ("facts:\n  a: {type: count, text: {en: a}}\nderived:\n  a: {type: count, text: {en: a}, formula: '1'}\n",
     "duplicate fact 'a' (first at k.yaml:2) at k.yaml:4"),
    ("facts:\n  a: {type: text, text: {en: a}, calm: x}\n", "a text fact cannot have a calm value ('a') at k.yaml:2"),
    ("facts:\n  a: {type: count, text: {en: a}, calm: -1}\n",
     "calm value: 'a' must be zero or more (and not huge), not -1 at k.yaml:2"),
    (f"derived:\n  a: {{type: number, text: {{en: a}}, formula: '{'1+' * MAX_FORMULA_CHARS}1'}}\n",
     "formula is too long (1001 characters, the limit is 500) at k.yaml:2"),
    ("facts:\n  a: {type: count, text: {en: a}, formula: '1'}\n", "unknown key 'formula' in fact 'a' at k.yaml:2"),
])
def test_a_fact_that_cannot_be_read_is_one_error_naming_file_and_line(text: str, said: str) -> None:
    with pytest.raises(KnowledgeError) as caught:
        read_facts(*_parts(text))
    assert str(caught.value) == said


@pytest.mark.parametrize(("text", "read", "said"), [
    ("groups:\n  g:\n    screen_item: {en: x}\n    facts:\n      a: {type: bool, text: {en: a}, calm: false}\n",
     "items", "group 'g' has 'screen_item' but no screen at k.yaml:3"),
    ("groups:\n  g:\n    screen_also: [h]\n    facts:\n      a: {type: bool, text: {en: a}, calm: false}\n",
     "also", "group 'g' has 'screen_also' but no screen at k.yaml:3"),
    ("groups:\n  g:\n    screen: {en: x}\n    facts:\n      a: {type: bool, text: {en: a}}\n", "screens",
     "the screen of group 'g' needs a fact with a 'calm' value at k.yaml:3"),
])
def test_a_screen_part_without_what_it_needs_is_refused(text: str, read: str, said: str) -> None:
    facts_part, groups, derived = _parts(text)
    facts = read_facts(facts_part, groups, derived)
    call = {"items": lambda: read_screen_items(groups), "also": lambda: read_screen_also(groups, facts),
            "screens": lambda: read_screens(groups, facts)}[read]
    with pytest.raises(KnowledgeError) as caught:
        call()
    assert str(caught.value) == said


_CONTRACT = "groups:\n  c:\n    facts:\n      active: {{type: bool, text: {{en: a}}, also_asks: {also}}}\n" \
            "      ends: {{type: date, text: {{en: e}}}}\n      open: {{type: bool, text: {{en: o}}}}\n" \
            "  d:\n    facts:\n      when: {{type: date, text: {{en: w}}}}\n"


def test_also_asks_names_the_fact_a_yes_no_question_also_takes() -> None:
    facts = read_facts(*_parts(_CONTRACT.format(also="c.ends")))
    assert facts["c.active"].also_asks == "c.ends" and facts["c.ends"].also_asks is None


@pytest.mark.parametrize("also", ["c.open", "c.nope", "d.when", "c.active"], ids=[
    "a yes/no fact cannot be told apart from yes", "no such fact", "another group's fact", "itself"])
def test_also_asks_that_cannot_be_told_apart_is_refused_with_file_line_and_key(also: str) -> None:
    with pytest.raises(KnowledgeError) as caught:
        read_facts(*_parts(_CONTRACT.format(also=also)))
    assert str(caught.value) == (f"fact 'c.active': also_asks '{also}' must be another input fact of its group, "
                                 "not yes/no or text, on a yes/no fact at k.yaml:4")
    assert caught.value.key == "also_asks"


def test_also_asks_on_a_fact_that_is_not_yes_no_is_refused() -> None:
    text = "groups:\n  c:\n    facts:\n      n: {type: count, text: {en: n}, also_asks: c.ends}\n" \
           "      ends: {type: date, text: {en: e}}\n"
    with pytest.raises(KnowledgeError) as caught:
        read_facts(*_parts(text))
    assert "also_asks 'c.ends' must be" in str(caught.value) and caught.value.line == 4
