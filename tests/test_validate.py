"""Broken knowledge gives one clear error naming file, line, rule and a suggestion."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clientfire.engine import bundled_dir, load_knowledge, validate
from clientfire.errors import KnowledgeError


def broken_copy(tmp_path: Path, file: str, old: str, new: str) -> Path:
    folder = tmp_path / "kb"
    shutil.copytree(bundled_dir(), folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = folder / file
    text = path.read_text()
    assert old in text, f"fixture text {old!r} not in {file}"
    path.write_text(text.replace(old, new, 1))
    return folder


CASES = [
    ("signs.yaml", "- payment.late_invoices >= late_payment.min_late_invoices",
     "- payment.late_invoces >= late_payment.min_late_invoices", "unknown fact 'payment.late_invoces'",
     "payment.late_invoices", "sign.late_payment"),
    ("signs.yaml", "late_payment.min_late_invoices\n", "late_payment.min_late_invoice\n",
     "unknown threshold or fact 'late_payment.min_late_invoice'", "late_payment.min_late_invoices", "sign.late_payment"),
    ("signs.yaml", "payment.pays_eventually != false or unknown", "payment.pays_eventually >= 3",
     "yes/no fact", None, "sign.late_payment"),
    ("signs.yaml", "degree: serious", "degree: severe", "unknown degree 'severe'", None, None),
    ("verdicts.yaml", "strength: strong", "strength: strongest", "unknown strength 'strongest'", "strong", None),
    ("signs.yaml", "sign: late_payment", "sign: late_paymnt", "unknown sign 'late_paymnt'", "late_payment", None),
    ("remedies.yaml", "sign: price_mismatch", "sign: price_mismatsh", "unknown sign id 'price_mismatsh'",
     "price_mismatch", None),
    ("signs.yaml", "source: B.1", "source: B.9", "unknown source 'B.9'", None, None),
    ("signs.yaml", "- id: sign.late_payment\n", "- id: sign.non_payment.refuses\n", "duplicate rule id", None,
     "sign.non_payment.refuses"),
    ("facts.yaml", "type: count", "type: counter", "unknown fact type 'counter'", "count", None),
    ("signs.yaml", "when:", "whem:", "unknown key 'whem' in rule", "when", None),
    ("signs.yaml", ">= late_payment.min_late_invoices", "=> late_payment.min_late_invoices", "cannot read condition",
     None, "sign.late_payment"),
]


@pytest.mark.parametrize(("file", "old", "new", "message", "suggestion", "rule_id"), CASES,
                         ids=[c[3][:30] for c in CASES])
def test_broken_knowledge(tmp_path: Path, file: str, old: str, new: str, message: str, suggestion: str | None,
                          rule_id: str | None) -> None:
    folder = broken_copy(tmp_path, file, old, new)
    with pytest.raises(KnowledgeError) as caught:
        validate(load_knowledge(folder))
    error = caught.value
    assert message in error.message
    assert error.path is not None and error.path.endswith((file, "kb"))
    assert error.line is not None
    if suggestion:
        assert error.suggestion == suggestion
    if rule_id:
        assert error.rule_id == rule_id


def test_error_names_the_changed_line(tmp_path: Path) -> None:
    folder = broken_copy(tmp_path, "signs.yaml", "- payment.late_invoices >= late_payment.min_late_invoices",
                         "- payment.late_invoces >= late_payment.min_late_invoices")
    with pytest.raises(KnowledgeError) as caught:
        validate(load_knowledge(folder))
    lines = (folder / "signs.yaml").read_text().splitlines()
    assert "late_invoces" in lines[caught.value.line - 1]


def test_bundled_knowledge_is_valid_and_complete() -> None:
    kb = validate(load_knowledge())
    assert [v.id for v in kb.verdicts] == ["keep", "address", "pause_work", "fire"]
    # the brief's 11 guidance items, plus A's closing aim (answer_questions) and C's integrity (protect_reputation)
    assert len(kb.signs) == 17 and len(kb.remedies) == 11 and len(kb.guidance) == 13 and len(kb.prevention) == 3
    assert [n.id for n in kb.notices] == ["contract_end_passed", "overdue_mismatch", "staff_mismatch",
                                          "margin_mismatch", "fire_next", "final_choice"]
    for rule in kb.rules:
        assert rule.source and rule.text.get("en"), rule.id
    for item in (*kb.signs, *kb.remedies, *kb.guidance, *kb.prevention, *kb.verdicts, *kb.notices):
        assert item.source, item.id
