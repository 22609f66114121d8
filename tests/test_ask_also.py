"""`ask`: a yes/no question that also takes another fact's answer (`also_asks`): whether a contract runs, and its
end date, in one answer (A.not.5: honour a running contract to its end)."""

from __future__ import annotations

import datetime as dt

import pytest

from clientfire.consult.session import Consultation, Question
from clientfire.engine import Engine
from tests.conftest import TODAY


def _at_contract(engine: Engine, lang: str = "en") -> tuple[Consultation, Question]:
    """A `fire` (an unethical business) answered `no`/`skip` up to the question whether a contract runs."""
    session = Consultation(engine, TODAY, lang)
    session.answer("ethics.client_unethical", True)
    while (question := session.next_question()) is not None and question.fact != "contract.active":
        session.respond(question, "no" if question.phase == "verdict" else "skip")
    assert question is not None
    return session, question


@pytest.mark.parametrize(("lang", "line", "active", "end"), [
    ("en", "2027-03-01", True, dt.date(2027, 3, 1)),  # a date: running, and it ends then
    ("ko", "2027-03-01", True, dt.date(2027, 3, 1)),
    ("en", "yes", True, None),                        # running, end date not given (asked later if it matters)
    ("fi", "kyllä", True, None),
    ("en", "no", False, None),
])
def test_a_date_answers_whether_the_contract_runs_and_when_it_ends(engine: Engine, lang: str, line: str,
                                                                   active: bool, end: dt.date | None) -> None:
    session, question = _at_contract(engine, lang)
    assert session.respond(question, line).kind == "answered"
    assert session.answers["contract.active"] is active
    assert session.answers.get("contract.end_date") == end


def test_back_undoes_the_contract_and_its_end_date_together(engine: Engine) -> None:
    session, question = _at_contract(engine)
    session.respond(question, "2027-03-01")
    following = session.next_question()
    assert following is not None and following.fact != "contract.end_date"  # not asked again
    assert session.respond(following, "back").kind == "back"
    assert "contract.active" not in session.answers and "contract.end_date" not in session.answers
    assert session.next_question() == question


@pytest.mark.parametrize(("line", "said"), [
    ("soon", "Please answer yes, no, or a date (YYYY-MM-DD). Try again (or type help)."),
    ("2027-02-30", "'contract.end_date' must be a date (YYYY-MM-DD), not '2027-02-30'; answer with a date "
                   "(YYYY-MM-DD). Try again (or type help)."),
])
def test_an_answer_that_is_neither_yes_no_nor_a_date_keeps_the_question(engine: Engine, line: str,
                                                                        said: str) -> None:
    session, question = _at_contract(engine)
    reply = session.respond(question, line)
    assert (reply.kind, reply.text) == ("error", said)
    assert "contract.active" not in session.answers and session.next_question() == question


def test_unattended_answers_give_the_end_date_with_the_contract(run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "answers.yaml"
    source.write_text("ethics:\n  client_unethical: true\ncontract:\n  active: true\n  end_date: 2027-03-01\n")
    code, _, err = run_cli("ask", "--answers", str(source), "--no-record", "--today", TODAY.isoformat(),
                           "--format", "json")
    assert code == 0
    lines = err.splitlines()
    at = next(i for i, row in enumerate(lines) if ". contract.active:" in row)
    assert lines[at].endswith("-> yes") and lines[at + 1] == "   contract.end_date = 2027-03-01"
    assert not any(". contract.end_date:" in row for row in lines)
