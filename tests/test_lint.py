"""Lint over the rule network: broken copies of the bundled knowledge are caught at the right file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clientfire.engine import load_knowledge
from clientfire.engine.lint import lint
from clientfire.engine.lint_refs import documentation_findings
from clientfire.engine.load import bundled_dir
from clientfire.record import replace

RULE_TAIL = """
  - id: {rid}
    source: C.3
    text: {{en: "Added by the test.", id: "Ditambahkan oleh tes.", ko: "테스트가 추가함.", fi: "Testin lisäämä."}}
    when:
{when}
    then:
      sign: {sign}
      degree: {degree}
"""


def copy_knowledge(tmp_path: Path) -> Path:
    """The bundled knowledge files (not the scenarios) copied into a fresh folder."""
    folder = tmp_path / "kb"
    folder.mkdir()
    for path in bundled_dir().glob("*.yaml"):
        shutil.copy(path, folder / path.name)
    return folder


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"test setup: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def add_rule(folder: Path, rid: str, when: list[str], sign: str = "disrespect", degree: str = "mild") -> None:
    """Append a sign rule to signs.yaml (its `rules:` list is the last section of the file)."""
    lines = "\n".join(f"      - {w}" for w in when)
    with (folder / "signs.yaml").open("a", encoding="utf-8") as handle:
        handle.write(RULE_TAIL.format(rid=rid, when=lines, sign=sign, degree=degree))


def line_of(path: Path, marker: str) -> int:
    """The 1-based line of the first line containing `marker`."""
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if marker in line)


def codes(folder: Path) -> list[tuple[str, str, str | None, int | None, str | None]]:
    return [(f.level, f.code, Path(f.path).name if f.path else None, f.line, f.rule_id)
            for f in lint(load_knowledge(folder))]


def test_bundled_knowledge_is_clean() -> None:
    assert lint(load_knowledge()) == []


EDITS = [
    # (file, old, new, expected code, marker of the line it must point at, suggestion)
    ("signs.yaml", "payment.late_invoices >= late_payment.min_late_invoices",
     "payment.late_invoice >= late_payment.min_late_invoices", "unknown_fact", "payment.late_invoice >=",
     "payment.late_invoices"),
    ("signs.yaml", "- payment.days_overdue >= non_payment.min_days_overdue",
     "- payment.days_overdue >= non_payment.min_days_overdu", "unknown_threshold", "min_days_overdu",
     "non_payment.min_days_overdue"),
    ("verdicts.yaml", "- sign: multiple_signs", "- sign: multiple_sign", "unknown_sign", "- sign: multiple_sign\n",
     "multiple_signs"),
    ("signs.yaml", "- id: sign.non_payment.long_overdue", "- id: sign.non_payment.refuses", "duplicate_id",
     "- id: sign.non_payment.refuses\n", None),
    ("signs.yaml", "- wellbeing.dread < cannot_stand.min_dread", "- wellbeing.dread < 3", "never_fires",
     "- wellbeing.dread < 3", None),
]


@pytest.mark.parametrize(("file", "old", "new", "code", "marker", "suggestion"), EDITS,
                         ids=[e[3] for e in EDITS])
def test_broken_copy_is_caught_at_its_line(tmp_path: Path, file: str, old: str, new: str, code: str, marker: str,
                                           suggestion: str | None) -> None:
    folder = copy_knowledge(tmp_path)
    edit(folder / file, old, new)
    findings = [f for f in lint(load_knowledge(folder)) if f.code == code]
    assert findings, f"no {code} finding"
    text = (folder / file).read_text(encoding="utf-8")
    expected_line = text[:text.index(marker.rstrip("\n") + ("\n" if marker.endswith("\n") else ""))].count("\n") + 1
    if code == "duplicate_id":  # the second of the two ids is the duplicate
        expected_line = [i for i, line in enumerate(text.splitlines(), 1) if marker.strip() in line][1]
    assert (Path(findings[0].path).name, findings[0].line) == (file, expected_line)
    assert findings[0].level == "error"
    assert findings[0].suggestion == suggestion


def test_every_unknown_reference_is_reported_not_just_the_first(tmp_path: Path) -> None:
    folder = copy_knowledge(tmp_path)
    edit(folder / "signs.yaml", "- control.micromanages == true", "- control.micromanage == true")
    edit(folder / "signs.yaml", "- respect.belittles == true", "- respect.belittle == true")
    found = sorted(f.key for f in lint(load_knowledge(folder)) if f.code == "unknown_fact")
    assert found == ["control.micromanage", "respect.belittle"]


NEVER_FIRES = [
    ("numbers", ["pricing.price_objections > 5", "pricing.price_objections < 3"]),
    ("booleans", ["pricing.compares_to_cheaper == true", "pricing.compares_to_cheaper == false"]),
    ("whole numbers", ["pricing.price_objections > 2", "pricing.price_objections < 3"]),
    ("percent above 100", ["control.recommendations_rejected_pct > 100"]),
    ("count below zero", ["payment.late_invoices < 0"]),
    ("equal and unequal", ["wellbeing.dread == 4", "wellbeing.dread != 4"]),
]


@pytest.mark.parametrize(("what", "when"), NEVER_FIRES, ids=[n[0] for n in NEVER_FIRES])
def test_contradictory_conditions_never_fire(tmp_path: Path, what: str, when: list[str]) -> None:
    folder = copy_knowledge(tmp_path)
    add_rule(folder, "sign.test.contradiction", when)
    line = line_of(folder / "signs.yaml", when[-1])
    assert ("error", "never_fires", "signs.yaml", line, "sign.test.contradiction") in codes(folder)


SATISFIABLE = [
    ("a range", ["pricing.price_objections > 2", "pricing.price_objections < 5"]),
    ("an or-unknown pair", ["pricing.compares_to_cheaper == true or unknown",
                            "pricing.compares_to_cheaper == false or unknown"]),
    ("a point", ["wellbeing.dread >= 4", "wellbeing.dread <= 4"]),
]


@pytest.mark.parametrize(("what", "when"), SATISFIABLE, ids=[n[0] for n in SATISFIABLE])
def test_satisfiable_conditions_are_not_reported(tmp_path: Path, what: str, when: list[str]) -> None:
    folder = copy_knowledge(tmp_path)
    add_rule(folder, "sign.test.fine", when)
    assert not [c for c in codes(folder) if c[1] == "never_fires"]


UNDECIDED = [
    # holds only while the fact is unknown: knowing it either way stops the rule (it concludes from ignorance)
    ("only_while_unknown", ["pricing.compares_to_cheaper == true or unknown",
                            "pricing.compares_to_cheaper == false or unknown"]),
    # every value, known or not, meets it: it decides nothing
    ("always_holds", ["payment.late_invoices >= 0"]),
    ("always_holds", ["control.recommendations_rejected_pct <= 100 or unknown"]),
]


@pytest.mark.parametrize(("code", "when"), UNDECIDED, ids=[u[0] for u in UNDECIDED])
def test_conditions_that_are_never_decided_are_warnings(tmp_path: Path, code: str, when: list[str]) -> None:
    folder = copy_knowledge(tmp_path)
    add_rule(folder, "sign.test.undecided", when)
    line = line_of(folder / "signs.yaml", when[-1])
    assert ("warning", code, "signs.yaml", line, "sign.test.undecided") in codes(folder)


def test_an_unknown_count_is_still_never_negative(tmp_path: Path) -> None:
    """`count < 0 or unknown` cannot hold: an unknown count is 0 or more (the engine reads it so too)."""
    folder = copy_knowledge(tmp_path)
    add_rule(folder, "sign.test.negative", ["payment.late_invoices < 0 or unknown"])
    assert [c for c in codes(folder) if c[1] == "never_fires" and c[4] == "sign.test.negative"]


def test_a_rule_needing_a_sign_no_rule_concludes_never_fires(tmp_path: Path) -> None:
    folder = copy_knowledge(tmp_path)
    add_rule(folder, "sign.test.escalated", ["sign: {id: late_payment, degree: serious}"], "non_payment", "serious")
    line = line_of(folder / "signs.yaml", "sign: {id: late_payment, degree: serious}")
    assert ("error", "never_fires", "signs.yaml", line, "sign.test.escalated") in codes(folder)


def test_a_sign_rule_feeding_itself_is_a_cycle(tmp_path: Path) -> None:
    folder = copy_knowledge(tmp_path)
    add_rule(folder, "sign.test.loop", ["sign: non_payment"], "non_payment", "serious")
    found = [f for f in lint(load_knowledge(folder)) if f.code == "cycle"]
    assert [(f.rule_id, f.line) for f in found] == [("sign.test.loop", line_of(folder / "signs.yaml",
                                                                                "id: sign.test.loop"))]
    assert "sign:non_payment" in found[0].message


def test_unused_threshold_and_unreachable_verdict_are_warnings(tmp_path: Path) -> None:
    folder = copy_knowledge(tmp_path)
    with (folder / "thresholds.yaml").open("a", encoding="utf-8") as handle:
        handle.write(SPARE_THRESHOLD)
    edit(folder / "verdicts.yaml", "strengths:", "  - id: renegotiate\n    source: C.intro\n"
         "    title: {en: Renegotiate}\n\nstrengths:")
    found = {(f.level, f.code, f.key) for f in lint(load_knowledge(folder))}
    assert ("warning", "unused_threshold", "spare.never_used") in found
    assert ("warning", "unreachable_verdict", "id") in found
    assert not [f for f in found if f[0] == "error"]


def test_a_rule_only_about_missing_facts_is_a_warning(tmp_path: Path) -> None:
    folder = copy_knowledge(tmp_path)
    add_rule(folder, "sign.test.nothing_known", ["pricing.pricing_explained != true or unknown"])
    assert ("warning", "nex_only", "signs.yaml", line_of(folder / "signs.yaml", "id: sign.test.nothing_known"),
            "sign.test.nothing_known") in codes(folder)


def test_rules_without_source_or_text_are_warnings() -> None:
    kb = load_knowledge()
    bare = replace(kb.rules[0], source=(), text={})
    found = documentation_findings(replace(kb, rules=(bare,) + kb.rules[1:]))
    assert sorted((f.code, f.rule_id) for f in found) == [("no_source", bare.id), ("no_text", bare.id)]


SPARE_THRESHOLD = "  spare:\n    never_used:\n      value: 1\n"

TINY = {
    "sources.yaml": "articles:\n  A:\n    title: {en: A}\n    seeds: {en: a.txt}\n    sections:\n      one: {en: One}\n",
    "facts.yaml": "groups:\n  g:\n    facts:\n      x: {type: count, text: {en: X}}\n",
    "verdicts.yaml": ("verdicts:\n  - {id: keep, source: A.one, title: {en: Keep}}\n"
                      "strengths:\n  - {id: none, title: {en: None}}\n"
                      "rules:\n  - id: verdict.keep\n    source: A.one\n    text: {en: Keep}\n    when: []\n"
                      "    then: {verdict: keep, strength: none}\n"),
    "signs.yaml": ("signs:\n  - {id: lonely, article: A.one, source: A.one, title: {en: Lonely}}\n"
                   "rules:\n  - id: sign.lonely\n    source: A.one\n    text: {en: Lonely}\n"
                   "    when: ['g.x >= 1']\n    then: {sign: lonely}\n"),
}


def test_a_sign_no_verdict_rule_looks_at_is_unconsumed(tmp_path: Path) -> None:
    for name, text in TINY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = [(f.level, f.code, Path(f.path).name, f.line) for f in lint(load_knowledge(tmp_path))
             if f.code != "missing_translation"]  # the tiny texts are English only
    assert found == [("warning", "unconsumed", "signs.yaml", 2)]


def test_missing_translations_are_warnings(tmp_path: Path) -> None:
    for name, text in TINY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = [f for f in lint(load_knowledge(tmp_path)) if f.code == "missing_translation"]
    assert found and all(f.level == "warning" and f.path and f.line for f in found)
    title = [f.message for f in found if "signs/lonely/title" in f.message]
    assert title == ["'signs/lonely/title' has no translation: id, ko, fi"]  # one warning per text
