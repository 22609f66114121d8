"""Scenario tests: the bundled scenarios pass and fire every rule; failures show a readable diff."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clientfire.engine.load import bundled_dir
from clientfire.engine.scenarios import coverage, load_scenarios, run_scenario
from clientfire.errors import InputError
from tests.conftest import TODAY

BUNDLED = bundled_dir() / "scenarios"
SCENARIOS = load_scenarios(BUNDLED)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_bundled_scenario_passes(engine, scenario) -> None:  # type: ignore[no-untyped-def]
    outcome = run_scenario(engine, scenario, TODAY)
    assert outcome.problems == ()


def test_bundled_scenarios_fire_every_rule(engine) -> None:  # type: ignore[no-untyped-def]
    covered, missing = coverage(engine.kb, [run_scenario(engine, s, TODAY) for s in SCENARIOS])
    assert missing == []
    assert len(covered) == len(engine.kb.rules)


def test_the_loader_ignores_the_scenarios_folder(engine) -> None:  # type: ignore[no-untyped-def]
    places = [r.loc.path for r in engine.kb.rules] + [s.loc.path for s in engine.kb.signs]
    assert places and not [p for p in places if "scenarios" in p]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text(text, encoding="utf-8")
    return path


FAILING = """\
today: 2026-11-26
scenarios:
  - name: wrong on purpose
    client: {payment: {late_invoices: 5, unpaid_overdue_invoices: 2}}
    expect:
      verdict: fire
      strength: moderate
      signs: {late_payment: serious, non_payment: serious}
      remedies: [late_fees]
      fires: [sign.non_payment.refuses]
      not_fires: [sign.late_payment]
"""


def test_a_failing_scenario_lists_every_difference(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (scenario,) = load_scenarios(write(tmp_path, FAILING))
    outcome = run_scenario(engine, scenario, TODAY)
    assert not outcome.passed
    assert [str(p) for p in outcome.problems] == [
        "verdict: expected fire, got pause_work",
        "signs: missing non_payment",
        "sign late_payment: expected degree serious, got mild",
        "remedies: unexpected pause_until_paid, professional_invoicing",
        "rule sign.non_payment.refuses did not fire",
        "rule sign.late_payment fired",
    ]


def test_cli_reports_fail_with_diff_and_coverage(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, FAILING)
    code, out, _ = run_cli("test", str(path), "--today", "2026-11-26")
    assert code == 1
    assert f"FAIL  {path}:3: wrong on purpose" in out
    assert "      verdict: expected fire, got pause_work" in out
    assert "0 passed, 1 failed (1 scenario," in out
    assert "  not fired: verdict.address.temporary_problems (" in out
    assert "  not fired: verdict.keep" not in out  # keep is proposed for every client


def test_cli_runs_the_bundled_scenarios_by_default(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("test", "--format", "json", "--min-coverage", "100")
    data = json.loads(out)
    assert code == 0
    assert data["failed"] == 0 and data["passed"] == len(SCENARIOS)
    assert data["coverage"]["percent"] == 100.0 and data["coverage"]["not_fired"] == []


def test_min_coverage_fails_a_partial_suite(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "scenarios:\n  - name: keep\n    client: {}\n    expect: {verdict: keep}\n")
    assert run_cli("test", str(path), "--today", "2026-11-26")[0] == 0
    code, out, _ = run_cli("test", str(path), "--today", "2026-11-26", "--min-coverage", "50")
    assert code == 1
    assert "coverage: 2/" in out  # verdict.keep and notice.final_choice


def test_unknown_expected_ids_get_a_suggestion(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "scenarios:\n  - name: typo\n    client: {}\n    expect: {verdict: kep}\n")
    outcome = run_scenario(engine, load_scenarios(path)[0], TODAY)
    assert "verdict: unknown id 'kep' (did you mean 'keep'?)" in [str(p) for p in outcome.problems]


def test_a_bad_client_fact_fails_the_scenario_not_the_run(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "scenarios:\n  - name: bad\n    client: {payment: {late_invoices: -1}}\n"
                           "    expect: {verdict: keep}\n")
    outcome = run_scenario(engine, load_scenarios(path)[0], TODAY)
    assert len(outcome.problems) == 1 and str(outcome.problems[0]).startswith("client: 'payment.late_invoices' must be")
    assert f"{path}:3" in str(outcome.problems[0])


MALFORMED = [
    ("not a mapping", "- 1\n- 2\n", 1, "scenarios"),
    ("unknown top key", "scenario: []\n", 1, "scenario"),
    ("no name", "scenarios:\n  - client: {}\n    expect: {verdict: keep}\n", 2, "name"),
    ("no verdict", "scenarios:\n  - name: x\n    expect: {signs: []}\n", 2, "expect"),
    ("unknown expect key", "scenarios:\n  - name: x\n    expect:\n      verdict: keep\n      sings: []\n", 5, "sings"),
    ("bad date", "today: someday\nscenarios: []\n", 1, "today"),
]


@pytest.mark.parametrize(("what", "text", "line", "key"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_scenario_files_name_line_and_key(tmp_path: Path, what: str, text: str, line: int,
                                                    key: str) -> None:
    with pytest.raises(InputError) as caught:
        load_scenarios(write(tmp_path, text))
    assert (caught.value.line, caught.value.key) == (line, key)


def test_cli_exit_2_on_missing_scenarios(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run_cli("test", str(tmp_path / "none"))
    assert code == 2
    assert "scenario file or folder not found" in err


# --- tuning safety: `clientfire test` tests the knowledge the user meant ---------------------------

def _edited_copy(tmp_path: Path) -> Path:
    """A copy of the bundled knowledge, scenarios included, with the late-payment threshold raised to 50."""
    import shutil

    from clientfire.engine.load import bundled_dir

    folder = tmp_path / "mykb"
    shutil.copytree(bundled_dir(), folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    text = (folder / "thresholds.yaml").read_text(encoding="utf-8")
    (folder / "thresholds.yaml").write_text(text.replace("value: 3\n", "value: 50\n", 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize("how", ["folder", "scenarios", "scenarios_with_knowledge"])
def test_clientfire_test_on_an_edited_folder_tests_that_folder(tmp_path: Path, run_cli, how: str) -> None:  # type: ignore[no-untyped-def]
    folder = _edited_copy(tmp_path)
    args = {"folder": [str(folder)], "scenarios": [str(folder / "scenarios")],
            "scenarios_with_knowledge": [str(folder / "scenarios"), "--knowledge", str(folder)]}[how]
    code, out, _ = run_cli("test", *args)
    assert code == 1  # the raised threshold breaks the late-payment scenarios: not a silent pass
    assert out.splitlines()[0].startswith(f"knowledge: {folder.resolve()}") or f"knowledge: {folder}" in out
    assert "FAIL" in out and "late" in out


def test_a_standalone_scenario_file_says_it_ran_against_the_bundled_knowledge(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "scenarios:\n  - name: keep\n    client: {}\n    expect: {verdict: keep}\n")
    code, out, _ = run_cli("test", str(path))
    assert code == 0
    assert out.splitlines()[0].endswith("(the bundled knowledge (name another with --knowledge))")


def test_two_knowledge_folders_named_is_an_error(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    folder = _edited_copy(tmp_path)
    code, _, err = run_cli("test", str(folder), "--knowledge", str(tmp_path))
    assert code == 2 and "two knowledge folders named" in err
