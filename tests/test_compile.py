"""compile_knowledge is a pure function: a tiny knowledge base compiles to exactly this data."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientfire.engine import compile_knowledge, load_knowledge, validate

TINY = {
    "sources.yaml": """
articles:
  B:
    title: {en: Signs}
    seeds: {id: b.txt}
    sections: {"1": {en: Pay}, conclusion: {en: Many}}
""",
    "facts.yaml": """
groups:
  payment:
    facts:
      late_invoices: {type: count, text: {en: Late}}
      pays_eventually: {type: bool, text: {en: Pays}}
""",
    "thresholds.yaml": """
thresholds:
  late_payment:
    min_late_invoices: {value: 3}
  multiple_signs:
    min_article_signs: {value: 2}
""",
    "items.yaml": """
verdicts:
  - {id: keep, title: {en: Keep}, source: B.conclusion}
  - {id: fire, title: {en: Fire}, source: B.conclusion}
strengths:
  - {id: none, title: {en: None}}
  - {id: strong, title: {en: Strong}}
signs:
  - {id: late_payment, article: B.1, source: B.1, title: {en: Late}}
  - {id: multiple_signs, article: B.conclusion, source: B.conclusion, title: {en: Many}}
rules:
  - id: sign.late
    source: B.1
    text: {en: Late}
    when:
      - payment.late_invoices >= late_payment.min_late_invoices
      - payment.pays_eventually != false or unknown
    then: {sign: late_payment, degree: serious}
  - id: sign.many
    source: B.conclusion
    text: {en: Many}
    when:
      - signs_at_least: multiple_signs.min_article_signs
    then: {sign: multiple_signs}
  - id: verdict.keep
    source: B.conclusion
    text: {en: Keep}
    when: []
    then: {verdict: keep, strength: none}
  - id: verdict.fire
    source: B.1
    text: {en: Fire}
    when:
      - sign: {degree: serious}
    then: {verdict: fire, strength: strong}
""",
}


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    for name, text in TINY.items():
        (tmp_path / name).write_text(text)
    return tmp_path


def test_tiny_knowledge_compiles_to_this_definition(tiny: Path) -> None:
    kb = validate(load_knowledge(tiny))
    compiled = compile_knowledge(kb)
    name = f"clientfire_{kb.version}"
    phase = lambda layer: {"phase": {"$and": [{"t": "phase"}, {"layer": layer}]}}  # noqa: E731
    assert compiled.name == name
    assert compiled.phases == ("case", "verdict", "select", "advice")
    assert compiled.definition == {name: {
        "sign.late": {"all": [{"client": {"$and": [
            {"t": "client"},
            {"$gte": {"payment.late_invoices": 3}},
            {"$or": [{"$nex": {"payment.pays_eventually": 1}}, {"$neq": {"payment.pays_eventually": False}}]},
        ]}}], "run": "sign.late"},
        "sign.many": {"all": [
            phase("case"),
            {"s1": {"$and": [{"t": "sign"}, {"kind": "observed"}]}},
            {"s2": {"$and": [{"t": "sign"}, {"kind": "observed"}, {"$gt": {"article": {"s1": "article"}}}]}},
        ], "run": "sign.many"},
        "verdict.keep": {"all": [phase("verdict")], "run": "verdict.keep"},
        "verdict.fire": {"all": [phase("verdict"), {"sign0": {"$and": [{"t": "sign"}, {"degree": "serious"}]}}],
                         "run": "verdict.fire"},
        "select.keep.none": {"all": [
            phase("select"),
            {"candidate": {"$and": [{"t": "candidate"}, {"rank": 0}]}},
            {"higher$not": {"$and": [{"t": "candidate"}, {"$gt": {"rank": 0}}]}},
        ], "run": "select.keep.none"},
        "select.fire.strong": {"all": [
            phase("select"),
            {"candidate": {"$and": [{"t": "candidate"}, {"rank": 101}]}},
            {"higher$not": {"$and": [{"t": "candidate"}, {"$gt": {"rank": 101}}]}},
        ], "run": "select.fire.strong"},
    }}
    assert compiled.actions["sign.late"].asserts == (
        {"t": "sign", "name": "late_payment", "degree": "serious", "remedy_tried": False, "article": "B.1",
         "kind": "observed", "softens": True},
    )
    assert compiled.actions["sign.many"].layer == "case"
    assert compiled.actions["sign.many"].asserts[0]["kind"] == "derived"
    assert compiled.actions["verdict.fire"].asserts == (
        {"t": "candidate", "verdict": "fire", "strength": "strong", "rank": 101},)


def test_compiling_twice_gives_equal_data(tiny: Path) -> None:
    kb = validate(load_knowledge(tiny))
    assert compile_knowledge(kb) == compile_knowledge(kb)


def test_version_follows_content(tiny: Path) -> None:
    before = load_knowledge(tiny).version
    path = tiny / "thresholds.yaml"
    path.write_text(path.read_text().replace("value: 3", "value: 2"))
    assert load_knowledge(tiny).version != before


def test_bundled_rules_never_use_nex_alone() -> None:
    compiled = compile_knowledge(validate(load_knowledge()))
    for rule in compiled.definition[compiled.name].values():
        for pattern in rule["all"]:
            for expression in pattern.values():
                assert expression != {"$nex": expression.get("$nex")}


# --- three-valued tests: what each condition compiles to (engine/compile._test) ---------------------

def _cond(text: str):  # type: ignore[no-untyped-def]
    from clientfire.engine.model import FactTest, Loc
    from clientfire.engine.parse import parse_fact_test

    parsed = parse_fact_test(text)
    assert parsed is not None
    return FactTest(*parsed, Loc("t"), text)


THREE_VALUED = [
    # a derived fact is tested through its proven bounds: holds for every value the unknown inputs can take
    ("money.monthly_margin < 0", {"$lt": {"money.monthly_margin:hi": 0}}),
    ("money.monthly_margin < 0 or unknown", {"$or": [{"$lt": {"money.monthly_margin:lo": 0}},
                                                      {"$nex": {"money.monthly_margin:lo": 1}}]}),
    ("contract.refund_owed > 0", {"$gt": {"contract.refund_owed:lo": 0}}),
    ("contract.days_to_end >= 0 or unknown", {"$or": [{"$gte": {"contract.days_to_end:hi": 0}},
                                                       {"$nex": {"contract.days_to_end:hi": 1}}]}),
    # an input fact: its value; while unknown, its domain decides or `or unknown` presumes
    ("payment.late_invoices >= 3", {"$gte": {"payment.late_invoices": 3}}),
    ("payment.late_invoices >= 0", {"$or": [{"$nex": {"payment.late_invoices": 1}},
                                            {"$gte": {"payment.late_invoices": 0}}]}),
    ("payment.late_invoices < 0 or unknown", {"$lt": {"payment.late_invoices": 0}}),
    ("payment.pays_eventually != false or unknown", {"$or": [{"$nex": {"payment.pays_eventually": 1}},
                                                             {"$neq": {"payment.pays_eventually": False}}]}),
    ("payment.pays_eventually == true", {"payment.pays_eventually": True}),
]


@pytest.mark.parametrize(("text", "expected"), THREE_VALUED, ids=[t[0] for t in THREE_VALUED])
def test_each_condition_compiles_to_its_three_valued_test(text: str, expected: dict) -> None:  # type: ignore[type-arg]
    from clientfire.engine.compile import _test

    assert _test(validate(load_knowledge()), _cond(text)) == expected
