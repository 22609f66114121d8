"""`clientfire knowledge init` and `knowledge diff`: rules, thresholds and texts that differ, and whose verdicts change."""

from __future__ import annotations

import json
from pathlib import Path

from clientfire.engine import load_knowledge
from clientfire.engine.knowledge_diff import diff_knowledge
from clientfire.engine.load import bundled_dir
from tests.test_lint import add_rule, copy_knowledge, edit
from tests.test_overrides import TWO_LATE, overrides_file


def clients(tmp_path: Path) -> Path:
    folder = tmp_path / "clients"
    folder.mkdir()
    (folder / "two-late.yaml").write_text("payment: {late_invoices: 2, unpaid_overdue_invoices: 0}\n")
    (folder / "three-late.yaml").write_text("payment: {late_invoices: 3}\n")
    (folder / "one-late.yaml").write_text("payment: {late_invoices: 1}\n")
    (folder / "notes.txt").write_text("not a client file\n")
    return folder


def test_threshold_override_diff_names_the_threshold_and_the_changed_client(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    path = overrides_file(tmp_path, TWO_LATE)
    code, out, _ = run_cli("knowledge", "diff", "bundled", str(path), "--clients", str(clients(tmp_path)),
                           "--today", "2026-11-26", "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["thresholds"]["changed"] == [{"id": "late_payment.min_late_invoices", "old": 3, "new": 2}]
    assert data["rules"] == {"added": [], "removed": [], "changed": []} and data["texts"] == []
    assert data["clients"]["count"] == 3
    # two late invoices, nothing overdue: late_payment now holds, a habit to address (B.1)
    assert [(c["client"], c["how"][0]) for c in data["clients"]["changed"]] == [
        ("two-late.yaml", "verdict keep/none -> address/weak")]


def test_text_report_says_which_clients_change(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    path = overrides_file(tmp_path, TWO_LATE)
    code, out, _ = run_cli("knowledge", "diff", "bundled", str(path), "--clients", str(clients(tmp_path)),
                           "--today", "2026-11-26")
    assert code == 0
    assert "  ~ threshold late_payment.min_late_invoices: 3 -> 2" in out
    assert "clients: 1 of 3 change verdict, 0 more change signs or advice" in out
    assert "  two-late.yaml: verdict keep/none -> address/weak; signs +late_payment" in out


def test_folder_diff_lists_changed_conditions_texts_and_added_rules(tmp_path: Path) -> None:
    old = load_knowledge()
    folder = copy_knowledge(tmp_path)
    edit(folder / "signs.yaml", "- respect.belittles == true", "- respect.belittles == true\n"
         "      - relationship.problems_temporary != true or unknown")
    edit(folder / "verdicts.yaml", 'en: "Keep the client"', 'en: "Keep them"')
    add_rule(folder, "sign.test.new", ["respect.treats_as_subordinate == true"], "disrespect", "mild")
    diff = diff_knowledge(old, load_knowledge(folder))
    assert diff["rules"]["added"] == ["sign.test.new"] and diff["rules"]["removed"] == []
    (changed,) = diff["rules"]["changed"]
    assert changed["id"] == "sign.disrespect.belittles"
    assert changed["changes"] == [{"field": "when",
                                   "old": ["respect.belittles == true", "relationship.improved_since != true or unknown"],
                                   "new": ["respect.belittles == true",
                                           "relationship.problems_temporary != true or unknown",
                                           "relationship.improved_since != true or unknown"]}]
    assert {"what": "verdict keep", "field": "title.en", "old": "Keep the client", "new": "Keep them"} in diff["texts"]


def test_a_client_with_a_new_fact_is_compared_without_it_on_the_old_side(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    from tests.test_overrides import COACH

    folder = tmp_path / "clients"
    folder.mkdir()
    (folder / "night.yaml").write_text("schedule: {calls_outside_hours: 4}\n")
    (folder / "broken.yaml").write_text("payment: {late_invoices: -1}\n")
    code, out, _ = run_cli("knowledge", "diff", "bundled", str(overrides_file(tmp_path, COACH)),
                           "--clients", str(folder), "--today", "2026-11-26")
    assert code == 0
    assert ("  night.yaml: old knowledge ignores schedule; verdict keep/none -> address/weak; "
            "signs +books_after_hours") in out
    assert "  broken.yaml: old: 'payment.late_invoices' must be" in out


def test_unknown_side_is_exit_2(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run_cli("knowledge", "diff", "bundled", str(tmp_path / "missing"))
    assert code == 2
    assert "not a knowledge folder, an overrides file or 'bundled'" in err


def test_init_copies_knowledge_and_scenarios_that_check_and_test_clean(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "mine"
    code, out, _ = run_cli("knowledge", "init", str(target))
    assert code == 0
    bundled = sorted(p.name for p in bundled_dir().glob("*.yaml"))
    assert sorted(p.name for p in target.glob("*.yaml")) == bundled
    assert sorted(p.name for p in (target / "scenarios").glob("*.yaml")) == sorted(
        p.name for p in (bundled_dir() / "scenarios").glob("*.yaml"))
    assert run_cli("check", str(target))[0] == 0
    assert run_cli("test", "--knowledge", str(target), "--min-coverage", "100")[0] == 0
    assert run_cli("knowledge", "init", str(target))[0] == 2
    assert run_cli("knowledge", "init", str(target), "--force")[0] == 0


def test_edited_copy_fails_its_scenarios_and_diff_agrees(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "mine"
    run_cli("knowledge", "init", str(target))
    edit(target / "thresholds.yaml", "    min_days_overdue:\n      value: 90", "    min_days_overdue:\n      value: 30")
    code, out, _ = run_cli("test", "--knowledge", str(target))
    # 38 days overdue from a client who always pays now counts as very long overdue: a strong pause
    assert code == 1
    assert out.count("FAIL") == 1 and "late payer with overdue invoices pauses the work" in out
    assert "strength: expected moderate, got strong" in out


def test_knowledge_diff_clients_accepts_what_batch_accepts(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """The clients of `clients()` as a CSV file (comma or semicolon) and as JSON Lines give the same changes."""
    path = overrides_file(tmp_path, TWO_LATE)
    csv = tmp_path / "portfolio.csv"
    csv.write_text("client,payment.late_invoices,payment.unpaid_overdue_invoices\nTwo late,2,0\nThree late,3,\n"
                   "One late,1,\n", encoding="utf-8")
    semi = tmp_path / "portfolio-fi.csv"
    semi.write_text(csv.read_text(encoding="utf-8").replace(",", ";"), encoding="utf-8")
    jsonl = tmp_path / "portfolio.jsonl"
    jsonl.write_text('{"client": "Two late", "payment": {"late_invoices": 2, "unpaid_overdue_invoices": 0}}\n'
                     '{"client": "Three late", "payment": {"late_invoices": 3}}\n'
                     '{"client": "One late", "payment": {"late_invoices": 1}}\n', encoding="utf-8")
    for source, where in ((csv, "portfolio.csv:2"), (semi, "portfolio-fi.csv:2"), (jsonl, "portfolio.jsonl:1")):
        code, out, err = run_cli("knowledge", "diff", "bundled", str(path), "--clients", str(source),
                                 "--today", "2026-11-26", "--format", "json")
        assert code == 0, err
        data = json.loads(out)["clients"]
        assert data["count"] == 3
        assert [(c["path"].rsplit("/", 1)[-1], c["how"][0]) for c in data["changed"]] == [
            (where, "verdict keep/none -> address/weak")]
