"""`clientfire check`: file, line and column of schema errors, lint counts, exit codes 0/1/2, JSON output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clientfire.commands.check import check_folder
from clientfire.engine import load_knowledge
from tests.test_lint import SPARE_THRESHOLD, add_rule, copy_knowledge, edit, line_of


def test_bundled_knowledge_checks_clean(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("check")
    assert code == 0
    assert "check: 0 errors, 0 warnings" in out


def test_typo_in_a_fact_name_names_file_line_column_and_suggestion(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    folder = copy_knowledge(tmp_path)
    edit(folder / "signs.yaml", "- control.micromanages == true", "- control.micromanage == true")
    line = line_of(folder / "signs.yaml", "control.micromanage == true")
    column = (folder / "signs.yaml").read_text().splitlines()[line - 1].index("control.micromanage") + 1
    code, out, _ = run_cli("check", str(folder))
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith(f"{folder / 'signs.yaml'}:{line}:{column}: error: unknown fact 'control.micromanage'")
    assert "in rule 'sign.ignores_expertise.micromanages'" in first
    assert "did you mean 'control.micromanages'" in first
    assert "check: 1 error, 0 warnings" in out


def test_schema_error_reports_key_and_column(tmp_path: Path) -> None:
    folder = copy_knowledge(tmp_path)
    edit(folder / "thresholds.yaml", "      unit: invoices\n", "      unti: invoices\n")
    report = check_folder(folder)
    (finding,) = report.findings
    line = line_of(folder / "thresholds.yaml", "unti: invoices")
    assert (finding.code, Path(finding.path).name, finding.line, finding.column, finding.key, finding.suggestion) == (
        "schema", "thresholds.yaml", line, 7, "unti", "unit")
    assert report.exit_code() == 1


def test_yaml_syntax_error_is_unreadable_input_with_column(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    folder = copy_knowledge(tmp_path)
    with (folder / "facts.yaml").open("a", encoding="utf-8") as handle:
        handle.write("broken: [unclosed\n")
    code, out, _ = run_cli("check", str(folder), "--format", "json")
    data = json.loads(out)
    assert code == 2
    assert data["unreadable"] is True and data["errors"] == 1
    assert data["findings"][0]["path"].endswith("facts.yaml") and data["findings"][0]["column"]


def test_missing_folder_is_unreadable(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("check", str(tmp_path / "nowhere"))
    assert code == 2
    assert "knowledge folder not found" in out


def test_json_counts_errors_and_warnings(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    folder = copy_knowledge(tmp_path)
    add_rule(folder, "sign.test.contradiction", ["pricing.price_objections > 5", "pricing.price_objections < 3"])
    with (folder / "thresholds.yaml").open("a", encoding="utf-8") as handle:
        handle.write(SPARE_THRESHOLD)
    code, out, _ = run_cli("check", str(folder), "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert (data["errors"], data["warnings"]) == (1, 1)
    assert {(f["level"], f["code"]) for f in data["findings"]} == {("error", "never_fires"),
                                                                    ("warning", "unused_threshold")}
    assert data["version"] and data["rules"] == len(load_knowledge().rules) + 1


@pytest.mark.parametrize(("strict", "expected"), [(False, 0), (True, 1)])
def test_warnings_fail_only_with_strict(tmp_path: Path, run_cli, strict: bool, expected: int) -> None:  # type: ignore[no-untyped-def]
    folder = copy_knowledge(tmp_path)
    with (folder / "thresholds.yaml").open("a", encoding="utf-8") as handle:
        handle.write(SPARE_THRESHOLD)
    code, out, _ = run_cli("check", str(folder), *(["--strict"] if strict else []))
    assert code == expected
    assert "0 errors, 1 warning" in out


def test_check_validates_the_merged_overrides(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    overrides = tmp_path / "overrides.yaml"
    overrides.write_text("thresholds:\n  late_payment.min_late_invoices: 2\n"
                         "rules:\n  - id: sign.test.typo\n    source: C.3\n    text: {en: typo}\n"
                         "    when: ['respect.belittle == true']\n    then: {sign: disrespect, degree: serious}\n",
                         encoding="utf-8")
    code, out, _ = run_cli("check", "--overrides", str(overrides))
    assert code == 1
    assert f"{overrides}:7:" in out and "unknown fact 'respect.belittle'" in out


def test_unknown_rule_to_disable_points_into_the_overrides_file(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    overrides = tmp_path / "overrides.yaml"
    overrides.write_text("disable:\n  - guidance.thank_you\n", encoding="utf-8")
    code, out, _ = run_cli("check", "--overrides", str(overrides))
    assert code == 1
    assert f"{overrides}:2:" in out and "did you mean 'guidance.thank_them'" in out


def test_check_names_a_durable_rules_limit_with_the_rules_involved_before_any_verdict(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: a rule whose one pattern passes durable_rules' 31 expressions (error 113) is an error in check,
    naming the rule, and verdict refuses the knowledge in one line (exit 2) instead of an engine failure."""
    folder = copy_knowledge(tmp_path)
    facts = ["payment.late_invoices", "payment.unpaid_overdue_invoices", "payment.days_overdue",
             "pricing.price_objections", "collaboration.unresolved_disagreements", "behaviour.insults",
             "behaviour.overreactions", "scope.changes_after_delivery", "scope.unpaid_spec_requests",
             "communication.avg_response_days", "communication.unreachable_weeks", "wellbeing.dread",
             "control.recommendations_rejected_pct", "contract.work_completed_pct", "money.monthly_hours"]
    add_rule(folder, "sign.disrespect.too_wide", [f"{fact} >= 1 or unknown" for fact in facts])
    code, out, err = run_cli("check", str(folder))
    assert code == 1
    assert "durable_rules cannot run this: 3" in out + err and "(its limit is 31)" in out + err
    assert "sign.disrespect.too_wide" in out + err
    code, out, err = run_cli("verdict", "--knowledge", str(folder), "examples/crestline-abusive-director.yaml",
                             "--no-record")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "durable_rules cannot run this" in err


def test_check_reports_every_schema_error_of_a_file_in_one_run_in_line_order(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    folder = copy_knowledge(tmp_path)
    thresholds = folder / "thresholds.yaml"
    text = thresholds.read_text(encoding="utf-8")
    assert text.count("      unit: invoices\n") >= 2
    thresholds.write_text(text.replace("      unit: invoices\n", "      unti: invoices\n"), encoding="utf-8")
    signs = folder / "signs.yaml"
    edit(signs, "    passing:", "    pasing:")
    report = check_folder(folder)
    places = [(Path(f.path).name, f.line) for f in report.findings]
    assert [f.key for f in report.findings if f.path and f.path.endswith("thresholds.yaml")] == \
        ["unti"] * text.count("      unit: invoices\n")
    assert any(name == "signs.yaml" and f.key == "pasing" for (name, _), f in zip(places, report.findings, strict=True))
    assert places == sorted(places) and report.exit_code() == 1
    code, out, _ = run_cli("check", str(folder))
    assert code == 1 and f"check: {len(places)} errors" in out


def test_a_rule_disabled_by_an_override_gives_no_unreachable_warning_for_what_only_it_concluded(
        tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    overrides = tmp_path / "overrides.yaml"
    overrides.write_text("disable: [guidance.thank_them]\n", encoding="utf-8")
    code, out, _ = run_cli("check", "--overrides", str(overrides), "--strict")
    assert code == 0 and "thank_them" not in out and "0 warnings" in out
    # the merged knowledge does leave the item unreachable: it is the override that makes it so on purpose
    from clientfire.engine.lint import lint
    from clientfire.engine.overrides import load_merged

    merged = lint(load_merged(None, overrides))
    assert [f.code for f in merged if "'thank_them'" in f.message] == ["unreachable"]
