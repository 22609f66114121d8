"""Issue 6: the real interactive `clientfire ask` driven in a pseudo-terminal (pexpect)."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.ask import judged
from clientfire.consult import Assessment, Chooser
from clientfire.consult.screens import part_facts, parts_of, shown
from clientfire.engine import Engine
from tests.ask_oracle import answer, facts_wrong, screen_wrong
from tests.conftest import EXAMPLES, TODAY

pexpect = pytest.importorskip("pexpect")

CLIENTFIRE = str(Path(sys.executable).parent / "clientfire")
QUESTION = re.compile(r"\n(\d+)\. ([^\n]*)\r?\n((?:   \d+\) [^\n]*\r?\n)*)   \[[^\]]*\]  "
                      r"([a-z_]+\.[a-z_]+|[a-z_]+ \((?:screen|checklist)\))")
END = re.compile(r"(\d+) questions? asked")
TIMEOUT = 60


def spawn(tmp_path: Path, *args: str, name: str | None = "Test client") -> Any:
    """`clientfire ask` in a pseudo-terminal; `--name` given unless `name` is None (then it asks for it)."""
    env = {**os.environ, "CLIENTFIRE_DB": str(tmp_path / "audit.db"), "NO_COLOR": "1", "TERM": "dumb",
           "CLIENTFIRE_LANG": "en", "COLUMNS": "200"}
    env.pop("CLIENTFIRE_KNOWLEDGE", None)
    env.pop("CLIENTFIRE_OVERRIDES", None)
    named = ["--name", name] if name is not None and "--name" not in args else []
    child = pexpect.spawn(CLIENTFIRE, ["ask", "--today", TODAY.isoformat(), "--no-record", *named, *args], env=env,
                          encoding="utf-8", timeout=TIMEOUT, dimensions=(50, 200))
    return child


def typed(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def expect_question(child: Any) -> tuple[int, str] | None:
    """The next question's number and fact id, or None when the session ended."""
    if child.expect([QUESTION, END]) == 1:
        return None
    return int(child.match.group(1)), child.match.group(4)


def finish(child: Any) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return int(child.exitstatus if child.exitstatus is not None else -(child.signalstatus or 0))


@pytest.fixture(scope="module")
def chooser(engine: Engine) -> Chooser:
    return Chooser(engine, TODAY)


def logic_order(chooser: Chooser, known: dict[str, Any]) -> tuple[list[Assessment], dict[str, Any]]:
    """The questions the logic asks, answered strictly from `known` (`ask_oracle.answer`), and the answers they
    end with."""
    values: dict[str, Any] = {}
    closed: set[str] = set()
    asked = []
    while (found := chooser.next(values, closed)) is not None:
        asked.append(found)
        answer(chooser, found, known, values, closed)
    return asked, values


def typed_reply(engine: Engine, found: Assessment, known: dict[str, Any]) -> str:
    """What a user with `known` types: the numbers of the checklist items that apply (or no), yes or no to a
    screen, the value of a fact (or skip)."""
    kb, question = engine.kb, found.fact
    if question.startswith("list:"):
        return " ".join(str(n) for n, f in enumerate(found.covers, 1) if known.get(f) is True) or "no"
    if question.startswith("screen:"):
        group = question.removeprefix("screen:")
        numbers = [str(n) for n, p in enumerate(parts_of(kb, group), 1)
                   if facts_wrong(engine, part_facts(kb, group, p), known, lenient=False)]
        return " ".join(numbers) or ("yes" if screen_wrong(kb, group, known) else "no")
    rider = kb.facts[question].also_asks  # one answer for both: the contract's end date means it is running
    if known.get(question) is True and rider in known:
        return typed(known[rider])
    return typed(known[question]) if question in known else "skip"


@pytest.mark.parametrize("name, verdict", [
    ("crestline-abusive-director.yaml", "LET THE CLIENT GO|FIRE"),
    ("oakline-late-payer.yaml", "PAUSE WORK"),
    ("lumen-price-shock.yaml", "ADDRESS"),
])
def test_question_flow_follows_the_logic_and_ends_with_the_verdict(engine: Engine, chooser: Chooser,
                                                                   tmp_path: Path, name: str, verdict: str) -> None:
    client = engine.load_client(next(p for p in EXAMPLES if p.name == name))
    child = spawn(tmp_path, "--save", str(tmp_path / "answers.yaml"), "--name", client.name)
    child.expect("Only questions that can still change the verdict are asked")
    known = judged(engine.kb, client.values)  # a user whose figures show a loss knows it costs more than it pays
    order, values = logic_order(chooser, known)
    asked = []
    while (found := expect_question(child)) is not None:
        number, fact = found
        assert number == len(asked) + 1 and number <= len(order)
        asked.append(fact)
        child.expect("> ")
        child.sendline(typed_reply(engine, order[number - 1], known))
    assert asked == [shown(q.fact) for q in order]
    assert len(asked) < len(chooser.links.inputs)
    child.expect(verdict)
    assert finish(child) == 0
    saved = engine.load_client(tmp_path / "answers.yaml")
    assert saved.values == values  # the answers given, and the calm values that screen answers `no` set


def test_why_explains_rules_and_what_could_change(tmp_path: Path) -> None:
    child = spawn(tmp_path)
    assert expect_question(child) == (1, "payment (screen)")
    child.expect("> ")
    child.sendline("why")
    child.expect("sign.non_payment.long_overdue")
    child.expect(r"payment.days_overdue = 90[^\n]*the verdict would be FIRE")
    child.expect("> ")  # the same question again, still unanswered
    child.sendline("done")
    child.expect("1 question asked, 0 answered")  # the question was shown: it was asked
    child.expect("KEEP")
    assert finish(child) == 0


def test_back_returns_to_the_previous_question(tmp_path: Path) -> None:
    child = spawn(tmp_path)
    assert expect_question(child) == (1, "payment (screen)")
    child.sendline("no")
    number, second = expect_question(child) or (0, "")
    assert number == 2 and second != "payment (screen)"
    child.sendline("back")
    child.expect(r"Back to payment \(screen\)")
    assert expect_question(child) == (1, "payment (screen)")
    child.sendline("yes")
    assert expect_question(child) == (2, "payment.unpaid_overdue_invoices")
    child.sendline("8")
    number, third = expect_question(child) or (0, "")
    assert number == 3 and third != "payment.unpaid_overdue_invoices"
    child.sendline("back")
    child.expect("Back to payment.unpaid_overdue_invoices")
    assert expect_question(child) == (2, "payment.unpaid_overdue_invoices")
    child.sendline("0")
    found = expect_question(child)
    assert found is not None and found[0] == 3
    child.sendline("done")
    # every question shown counts once; answered: the screen's `yes` and the unpaid invoices (the `no` was undone)
    child.expect(r"[34] questions asked, 2 answered")
    child.expect("KEEP")  # nothing overdue is no sign: the corrected answer counts, not the first one
    assert finish(child) == 0


def test_bad_answer_gets_a_clear_message_and_a_second_chance(tmp_path: Path) -> None:
    child = spawn(tmp_path)
    assert expect_question(child) == (1, "payment (screen)")
    child.sendline("eleven")
    child.expect(r"Please answer no, or the numbers of what applies \(e\.g\. 1 3\)")
    child.sendline("yes")
    assert expect_question(child) == (2, "payment.unpaid_overdue_invoices")
    child.sendline("eleven")
    child.expect("'payment.unpaid_overdue_invoices' must be a number")
    child.expect("Try again")
    child.sendline("-3")
    child.expect("zero or more")
    child.sendline("120")
    found = expect_question(child)
    assert found is not None and found[0] == 3
    child.sendline("done")
    child.expect("PAUSE WORK")  # 120 invoices past due and unpaid: pause until paid (B.1)
    assert finish(child) == 0


def test_ctrl_c_exits_130_and_offers_the_answers(tmp_path: Path) -> None:
    saved = tmp_path / "partial.yaml"
    child = spawn(tmp_path, "--save", str(saved))
    assert expect_question(child) == (1, "payment (screen)")
    child.sendline("yes")
    assert expect_question(child) == (2, "payment.unpaid_overdue_invoices")
    child.sendline("8")
    assert expect_question(child) is not None
    child.expect("> ")
    child.sendintr()
    child.expect("Interrupted. What you answered so far:")
    child.expect("unpaid_overdue_invoices: 8")
    child.expect("saved to")
    assert finish(child) == 130
    assert yaml.safe_load(saved.read_text(encoding="utf-8"))["payment"] == {"unpaid_overdue_invoices": 8}


def test_ask_asks_the_client_name_first_and_says_where_it_saved(tmp_path: Path) -> None:
    saved = tmp_path / "answers.yaml"
    child = spawn(tmp_path, "--save", str(saved), name=None)
    child.expect("What is the client's name\\? \\(Enter for answers\\)")  # the --save file's name by default
    child.expect("> ")
    child.sendline("Acme Oy")
    assert expect_question(child) == (1, "payment (screen)")
    child.sendline("done")
    child.expect("1 question asked, 0 answered")
    child.expect(f"Answers saved to {re.escape(str(saved))}")
    assert finish(child) == 0
    assert yaml.safe_load(saved.read_text(encoding="utf-8"))["client"] == "Acme Oy"
