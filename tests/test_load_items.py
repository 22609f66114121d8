"""engine/load_items.py: items, thresholds and rules (`when` tests and matches, one `then`) read from a knowledge file."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from clientfire.engine.load_items import read_item, read_rule, read_thresholds
from clientfire.engine.model import FactTest, Match, SignsAtLeast
from clientfire.engine.parse import Reader
from clientfire.engine.yamlio import parse_text
from clientfire.errors import KnowledgeError

READER = Reader("k.yaml")


def _seq(text: str, key: str) -> Any:
    return parse_text(textwrap.dedent(text), "k.yaml")[key]


RULE = """\
rules:
  - id: late_and_rude
    source: A.pay.1
    text: {en: late and rude}
    when:
      - payment.late_invoices >= 3
      - sign: {id: rude}
      - signs_at_least: several
    then: {sign: late, degree: serious}
"""


def test_a_rule_reads_its_tests_matches_and_conclusion() -> None:
    seq = _seq(RULE, "rules")
    rule = read_rule(READER, seq[0], seq, 0)
    assert [type(c) for c in rule.when] == [FactTest, Match, SignsAtLeast]
    assert (rule.then.kind, rule.then.id, rule.then.attrs) == ("sign", "late", (("degree", "serious"),))
    assert (rule.loc.path, rule.loc.line) == ("k.yaml", 2)


@pytest.mark.parametrize(("when", "then", "said"), [
    ("[payment.late_invoices >>> 3]", "{sign: x}",
     "cannot read condition 'payment.late_invoices >>> 3' (expected '<fact> <op> <value> [or unknown]')"),
    ("[{sign: a, verdict: b}]", "{sign: x}", "a condition mapping must have exactly one key"),
    ("[{signs_at_least: 3}]", "{sign: x}", "'signs_at_least' takes a threshold id"),
    ("[]", "{sign: x, verdict: y}", "'then' needs exactly one of sign, verdict, remedy, guidance, prevention, notice"),
    ("[]", "{sign: x, degree: [a, b]}", "'then.degree' must be a single value"),
])
def test_a_rule_that_cannot_be_read_names_the_rule_file_and_line(when: str, then: str, said: str) -> None:
    seq = _seq(f"rules:\n  - {{id: r1, source: A.1, text: {{en: t}}, when: {when}, then: {then}}}\n", "rules")
    with pytest.raises(KnowledgeError) as caught:
        read_rule(READER, seq[0], seq, 0)
    assert str(caught.value) == f"{said} in rule 'r1' at k.yaml:2"


@pytest.mark.parametrize(("kind", "extra", "attribute", "value"), [
    ("sign", "article: A, remedies: [talk], passing: keep", "passing", "keep"),
    ("notice", "level: warning", "level", "warning"),
    ("guidance", "kind: do, stage: before, order: 2", "order", 2),
    ("verdict", "", "kind", "verdict"),
])
def test_each_kind_of_item_keeps_its_own_keys(kind: str, extra: str, attribute: str, value: Any) -> None:
    body = ", ".join(p for p in ("id: x", "title: {en: X}", "source: A.1", extra) if p)
    seq = _seq(f"items:\n  - {{{body}}}\n", "items")
    assert getattr(read_item(READER, seq[0], seq, 0, kind), attribute) == value


def test_thresholds_are_read_with_group_prefix_and_a_second_one_is_refused() -> None:
    data = parse_text("thresholds:\n  pay:\n    late: {value: 3, unit: invoices}\n", "k.yaml")
    found = read_thresholds([(READER, data["thresholds"], data)])
    assert {t: (v.value, v.unit) for t, v in found.items()} == {"pay.late": (3, "invoices")}
    with pytest.raises(KnowledgeError, match="k.yaml:3"):
        read_thresholds([(READER, data["thresholds"], data)] * 2)
