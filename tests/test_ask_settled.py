"""`ask` at a terminal says once when the verdict is settled, before the questions that only shape the exit plan
(C.3: an unethical client, `fire`; the contract questions then shape A.not.5's steps)."""

from __future__ import annotations

from typing import Any

import pytest

from clientfire.commands.ask import _interactive, settled_line
from clientfire.consult.session import Consultation
from clientfire.engine import Engine
from tests.conftest import TODAY


def _unethical(engine: Engine, lang: str) -> Consultation:
    session = Consultation(engine, TODAY, lang, "x")
    for fact in engine.kb.facts.values():
        if fact.calm is not None and fact.formula is None:
            session.answer(fact.id, fact.calm)
    for fact, value in (("money.monthly_revenue", 5000), ("money.monthly_hours", 20),  # profitable: no C.1 sign
                        ("money.target_hourly_rate", 50), ("money.monthly_costs", 100),
                        ("ethics.client_unethical", True)):
        session.answer(fact, value)
    return session


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "The verdict is settled: Let the client go (Moderate case). What follows only shapes the exit plan; "
           "type done for the advice now."),
    ("ko", "판정이 정해졌습니다: 클라이언트와 관계 종료(어느 정도 근거 있음). 이어지는 질문은 종료 계획만 다듬습니다. "
           "지금 조언을 보려면 끝을 입력하십시오."),
    ("fi", "Ratkaisu on selvä: Luovu asiakkaasta (Kohtalaiset perusteet). Seuraavat kysymykset vain tarkentavat "
           "irtautumissuunnitelmaa; kirjoita valmis, niin näet neuvot nyt."),
])
def test_the_settled_verdict_is_said_in_the_language(engine: Engine, lang: str, line: str) -> None:
    assert settled_line(_unethical(engine, lang)) == line


def test_ask_says_the_verdict_is_settled_once_before_the_first_exit_plan_question(
        engine: Engine, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    session = _unethical(engine, "en")
    first = session.next_question()
    assert first is not None and first.phase == "exit"
    replies = iter(["skip", "done"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(replies))
    _interactive(session)
    out = capsys.readouterr().out
    assert out.count("The verdict is settled") == 1
    assert out.index("The verdict is settled") < out.index("(exit plan)")
