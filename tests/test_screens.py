"""Issue 6: group screening questions in `clientfire ask` (consult/screens.py, `screen:` and `calm:` in knowledge)."""

from __future__ import annotations

import shutil
import statistics
from pathlib import Path
from typing import Any

import pytest
import yaml

from clientfire.consult import Chooser, Consultation
from clientfire.consult.screens import calm_settings, covered, group_of, is_screen, screen_id, screens_of
from clientfire.consult.why import explain_screen
from clientfire.engine import ClientFacts, Engine
from clientfire.engine.i18n_check import missing_translations
from clientfire.engine.load import bundled_dir, load_knowledge
from clientfire.errors import KnowledgeError
from tests.ask_oracle import answer, consult, outcome
from tests.conftest import EXAMPLES, ROOT, TODAY


@pytest.fixture(scope="module")
def chooser(engine: Engine) -> Chooser:
    return Chooser(engine, TODAY)


class OneByOne(Chooser):
    """The question logic without screens: every fact asked on its own (as before screens)."""

    def screen_for(self, *args: Any) -> None:
        return None





# --- the knowledge ---------------------------------------------------------------------------------

def test_screened_groups_and_calm_values(engine: Engine) -> None:
    """Money's figures need numbers (only C.1's judgement, costs more than they pay, is calmed), contract shapes
    only the exit plan, and the relationship facts are remedies and circumstances, not problems: none of them is
    screened or calmed."""
    kb = engine.kb
    assert set(kb.screens) == {"payment", "money", "pricing", "collaboration", "conduct", "behaviour", "scope",
                               "control", "respect", "ethics", "communication", "wellbeing"}
    calmed = {f.id.split(".")[0] for f in kb.facts.values() if f.calm is not None}
    assert calmed == set(kb.screens) - {"conduct"}  # conduct has no facts of its own: only a broad screen
    for group in kb.screens:  # a calm value raises no sign: the engine on all calm values keeps the client
        values = {f: kb.facts[f].calm for f in covered(kb, group)}
        assert not engine.evaluate(ClientFacts("calm", values), TODAY).signs, group
    assert kb.facts["pricing.pricing_explained"].calm is None  # a remedy tried, not a problem
    assert kb.facts["behaviour.abuse_addressed"].calm is None
    assert [f for f in kb.facts if f.startswith("money.") and kb.facts[f].calm is not None] == [
        "money.costs_more_than_pays"]


def test_screen_texts_have_every_language(engine: Engine) -> None:
    assert [m for m in missing_translations(engine.kb) if "screen" in m.what] == []
    assert all(set(text) == {"en", "id", "ko", "fi"} for text in engine.kb.screens.values())
    assert set(engine.kb.screen_items) == {"payment", "collaboration"}  # issue 16: checklist items, every language
    assert all(set(text) == {"en", "id", "ko", "fi"} for text in engine.kb.screen_items.values())


def broken_copy(tmp_path: Path, old: str, new: str) -> tuple[Path, int]:
    """A copy of the bundled knowledge with `old` replaced by `new` in facts.yaml, and the line `new` starts on."""
    folder = tmp_path / "kb"
    shutil.copytree(bundled_dir(), folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = folder / "facts.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in facts.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder, text[:text.index(old)].count("\n") + 1


@pytest.mark.parametrize("old, new, says, key", [
    ("        calm: 0\n        unit: invoices", "        calm: none\n        unit: invoices",
     "'payment.late_invoices' must be a number", "calm"),
    ("        calm: true\n", "        calm: 3\n", "'payment.pays_eventually' must be true or false", "calm"),
    ("        calm: 0\n        unit: invoices", "        calm: -2\n        unit: invoices", "zero or more", "calm"),
    ("    type: money\n    formula:", "    type: money\n    calm: 0\n    formula:", "unknown key 'calm'", "calm"),
    ("    screen:\n", "    screan:\n", "unknown key 'screan' in group 'payment'", "screan"),
    ("    screen_also: [pricing, money]\n", "    screen_also: [pricingg, money]\n", "'pricingg' is no group",
     "screen_also"),
    ("    screen_item:\n", "    screen_itme:\n", "unknown key 'screen_itme' in group 'payment'", "screen_itme"),
    ("      fi: \"Yrityksesi\"\n", "      fi: \"Yrityksesi\"\n    screen_item:\n      en: \"Do you work alone?\"\n",
     "group 'practice' has 'screen_item' but no screen", "screen_item"),
])
def test_bad_calm_or_screen_names_file_line_and_key(tmp_path: Path, old: str, new: str, says: str,
                                                    key: str) -> None:
    folder, start = broken_copy(tmp_path, old, new)
    line = start + next(i for i, text in enumerate(new.splitlines()) if text.strip().startswith(key + ":"))
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    assert says in caught.value.message and caught.value.key == key
    assert caught.value.path is not None and caught.value.path.endswith("facts.yaml")
    assert caught.value.line == line


def test_a_screen_needs_a_calm_fact(tmp_path: Path) -> None:
    folder, _ = broken_copy(tmp_path, "        calm: 0\n        unit: requests", "        unit: requests")
    for old in ("        calm: 0\n        unit: changes", "        calm: true\n        text:\n          en: \"The client can say",
                "        calm: true\n        text:\n          en: \"The client answers"):
        path = folder / "facts.yaml"
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, old.split("\n", 1)[1], 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    assert "screen of group 'scope'" in caught.value.message and caught.value.key == "screen"


# --- the session: no, yes, skip, back, why --------------------------------------------------------

def test_screen_no_sets_exactly_the_calm_values_of_the_unknown_facts(engine: Engine, chooser: Chooser) -> None:
    session = Consultation(engine, TODAY, chooser=chooser)
    session.answer("payment.late_invoices", 4)
    session.skip("payment.days_overdue")
    session.answer("wellbeing.dread", 8)
    before = dict(session.answers)
    reply = session.answer_screen(screen_id("payment"), wrong=False)
    assert reply.kind == "answered"
    added = {f: v for f, v in session.answers.items() if f not in before}
    # late_invoices was answered and days_overdue skipped: only the two unknown payment facts take calm values
    assert added == {"payment.unpaid_overdue_invoices": 0, "payment.pays_eventually": True,
                     "money.costs_more_than_pays": False,  # issue 16: one money screen, C.1's judgement too
                     **{f: engine.kb.facts[f].calm for f in covered(engine.kb, "pricing")}}
    assert {f: session.answers[f] for f in before} == before
    assert "payment.days_overdue" not in session.answers and screen_id("payment") in session.closed


def test_screen_yes_and_skip_set_nothing(engine: Engine, chooser: Chooser) -> None:
    session = Consultation(engine, TODAY, chooser=chooser)
    first = session.next_question()
    assert first is not None and is_screen(first.fact)
    assert session.respond(first, "yes").kind == "answered" and session.answers == {}
    second = session.next_question()
    assert second is not None and second.fact.startswith(first.fact.removeprefix("screen:") + ".")
    other = Consultation(engine, TODAY, chooser=chooser)
    assert other.respond(first, "skip").kind == "skipped" and other.answers == {}
    following = other.next_question()
    assert following is not None and following.fact != first.fact  # a skipped screen is not asked again


def test_back_undoes_a_screen_answer(engine: Engine, chooser: Chooser) -> None:
    session = Consultation(engine, TODAY, chooser=chooser)
    first = session.next_question()
    assert first is not None and first.fact == "screen:payment"
    assert session.respond(first, "no").kind == "answered"
    assert session.answers == {f: engine.kb.facts[f].calm for f in first.assessment.covers} != {}
    second = session.next_question()
    assert second is not None
    back = session.respond(second, "back")
    assert back.kind == "back" and back.text == "Back to payment (screen)."
    assert session.answers == {} and session.closed == set() and session.history == []
    assert session.next_question() == first


def test_why_on_a_screen_lists_the_facts_and_signs_it_covers(engine: Engine, chooser: Chooser) -> None:
    values = {"wellbeing.dread": 0}
    found = chooser.next(values, set())
    assert found is not None and found.fact == "screen:payment"
    text = explain_screen(chooser, found)
    assert set(found.covers) == set(calm_settings(engine.kb, "payment", values, set()))
    for fact in found.covers:
        assert f"{fact} = " in text
    assert "sign.late_payment" in text and "sign.non_payment" in text
    assert "late_payment" in text.split("Through them it can lead to signs", 1)[1]
    # 90 days is the non_payment threshold, when they don't always pay in the end (B.1)
    # and C.1's judgement, a client who costs more than they pay (issue 16: one money screen)
    assert ("payment.days_overdue = 90 or payment.pays_eventually = false or money.costs_more_than_pays = true: "
            "the verdict would be FIRE") in text


# --- the bundled examples: same verdict, fewer questions ------------------------------------------

@pytest.mark.parametrize("lenient", [False, True], ids=["strict", "lenient"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_issue6_screens_keep_every_example_verdict(engine: Engine, chooser: Chooser, path: Path,
                                                   lenient: bool) -> None:
    client = engine.load_client(path)
    asked, values, _ = consult(chooser, client.values, lenient)
    assert outcome(engine, values) == outcome(engine, client.values)
    assert len(asked) < len(chooser.links.inputs)


def test_issue6_screens_bring_the_average_down(engine: Engine, chooser: Chooser) -> None:
    """Prints the figures in docs/ask.md (run with -s)."""
    plain = OneByOne(engine, TODAY)
    clients = [engine.load_client(p) for p in EXAMPLES]
    before = [len(consult(plain, c.values)[0]) for c in clients]
    strict = [len(consult(chooser, c.values)[0]) for c in clients]
    lenient = [len(consult(chooser, c.values, lenient=True)[0]) for c in clients]
    print(f"\nask over {len(clients)} examples: one by one {statistics.mean(before):.1f}, with screens "
          f"{statistics.mean(strict):.1f} (strict oracle), {statistics.mean(lenient):.1f} (lenient oracle)")
    assert statistics.mean(strict) < statistics.mean(before) * 0.8
    assert statistics.mean(lenient) <= statistics.mean(strict)
    # nordwind (keep): every screened group of its file is absent or calm, so every screen is a `no`
    nordwind = next(i for i, p in enumerate(EXAMPLES) if p.name.startswith("nordwind"))
    assert strict[nordwind] < before[nordwind] * 0.6


def test_an_overrides_file_can_add_a_screened_group(tmp_path: Path) -> None:
    from clientfire.engine.overrides import load_merged

    path = tmp_path / "overrides.yaml"
    path.write_text("groups:\n  hours:\n    text: Hours\n    screen: Do they call you outside working hours?\n"
                    "    facts:\n      calls:\n        type: count\n        calm: 0\n        text: After-hours calls\n",
                    encoding="utf-8")
    merged = load_merged(None, path)
    assert merged.screens["hours"] == {"en": "Do they call you outside working hours?"}
    assert merged.screens["payment"] == load_knowledge().screens["payment"]  # the folder's screens stay
    assert merged.facts["hours.calls"].calm == 0


@pytest.mark.parametrize(("answers", "screen"), [
    ("payment:\n  late_invoices: 0\n", "unknown"),  # the other payment facts are missing: nothing is assumed
    ("payment:\n  late_invoices: 5\n", "yes"),
    ("payment:\n  late_invoices: 0\n  unpaid_overdue_invoices: 0\n  days_overdue: 0\n  pays_eventually: true\n"
     "pricing:\n  price_objections: 0\n  compares_to_cheaper: false\n  objections_continued: false\n"
     "money:\n  costs_more_than_pays: false\n", "no"),
])
def test_unattended_screens_never_invent_facts(run_cli, tmp_path: Path, answers: str, screen: str) -> None:  # type: ignore[no-untyped-def]
    source, saved = tmp_path / "answers.yaml", tmp_path / "saved.yaml"
    source.write_text(answers)
    code, _, err = run_cli("ask", "--answers", str(source), "--save", str(saved), "--no-record",
                           "--today", "2026-11-26", "--format", "json")
    assert code == 0
    line = next(row for row in err.splitlines() if "payment (screen)" in row)
    assert line.endswith(f"-> {screen}")
    given = set(yaml.safe_load(answers)["payment"])
    kept = (yaml.safe_load(saved.read_text()) or {}).get("payment", {})
    assert set(kept) <= given


# --- issue 16 -----------------------------------------------------------------------------------------

def test_ask_skip_on_a_screening_question_skips_its_group(engine: Engine, chooser: Chooser) -> None:
    session = Consultation(engine, TODAY, chooser=chooser)
    first = session.next_question()
    assert first is not None and first.fact == "screen:payment"
    assert session.respond(first, "skip").kind == "skipped"
    payment = set(covered(engine.kb, "payment"))
    assert payment <= session.closed and session.answers == {}
    asked = []
    while (question := session.next_question()) is not None:
        asked.append(question.fact)
        session.respond(question, "skip")
    assert not [f for f in asked if f.startswith("payment.")]  # none of the group is asked one by one
    while session.history:
        session.back()
    assert session.closed == set()  # `back` over the screen reopens its facts
    session.finished = False
    assert session.next_question() == first


@pytest.mark.parametrize("path", EXAMPLES[:8], ids=lambda p: p.name)
def test_ask_why_never_prints_the_same_fact_twice_with_two_values(engine: Engine, chooser: Chooser,
                                                                  path: Path) -> None:
    """Each line of `why` is one situation: a fact in it has one value (`days_overdue = 1, days_overdue = 89`
    read as both at once)."""
    import re

    from clientfire.consult.why import explain

    known = engine.load_client(path).values
    values: dict[str, Any] = {}
    closed: set[str] = set()
    while (found := chooser.next(values, closed)) is not None:
        text = explain_screen(chooser, found) if found.covers else explain(chooser, found.fact, values, closed)
        for line in text.splitlines():
            pairs = re.findall(r"([a-z_]+\.[a-z_]+) = ([^,:;\s]+)", line)
            assert len({f for f, _ in pairs}) == len(set(pairs)), line
        answer(chooser, found, known, values, closed)


def _calm(engine: Engine) -> dict[str, Any]:
    return {**{f.id: f.calm for f in engine.kb.facts.values() if f.calm is not None}, "practice.has_staff": False}


def test_ask_broader_screens_behaviour_respect_and_control_together_and_one_money_screen(engine: Engine,
                                                                                         chooser: Chooser) -> None:
    kb = engine.kb
    assert kb.screen_also["conduct"] == ("behaviour", "respect", "control", "ethics")
    assert kb.screen_also["payment"] == ("pricing", "money")
    assert {group_of(f) for f in covered(kb, "conduct")} == {"behaviour", "respect", "control", "ethics"}
    found = chooser.next({}, set())
    assert found is not None and found.fact == "screen:payment"
    assert {group_of(f) for f in found.covers} == {"payment", "pricing", "money"}
    # after a `yes` to the broad screen, a group it also covers keeps its own screen
    assert screens_of(kb, "respect") == ["conduct", "respect"]
    assert screens_of(kb, "behaviour") == ["conduct", "behaviour"]


@pytest.mark.parametrize("extra, verdict, most", [
    ({}, "keep", 8),  # a client who turns out fine
    ({"wellbeing.dread": 9, "wellbeing.harms_mental_health": True}, "fire", 10),  # a clear fire (C.6)
])
def test_ask_fewer_questions_for_a_fine_client_and_a_clear_fire(engine: Engine, chooser: Chooser,
                                                                extra: dict[str, Any], verdict: str,
                                                                most: int) -> None:
    """Issue 16: ~15 questions before the broader screens; the verdict still equals the full file's."""
    known = {**_calm(engine), **extra}
    asked, values, _ = consult(chooser, known, lenient=True)
    assert len(asked) <= most, asked
    assert outcome(engine, values) == outcome(engine, known) and outcome(engine, known)[0] == verdict



@pytest.mark.parametrize("name", ["brightpath-steady-retainer.yaml", "nordwind-onboarding-overrun.yaml"])
def test_fine_client_with_margin_inputs_needs_at_most_8_questions(engine: Engine, chooser: Chooser, name: str) -> None:
    """Issue 16: a bundled `keep` client whose file gives the four margin inputs took 9 (one conduct screen now
    covers behaviour, respect, control and ethics), then 8; the money screen now covers C.1's judgement (costs more
    than they pay), so none of the four figures is asked. The verdict and plan equal the full file's."""
    known = engine.load_client(ROOT / "examples" / name).values
    assert all(f in known for f in ("money.monthly_revenue", "money.monthly_hours", "money.target_hourly_rate"))
    asked, values, _ = consult(chooser, known, lenient=True)
    assert outcome(engine, known)[0] == "keep"
    assert len(asked) <= 6, asked
    assert not {"money.monthly_revenue", "money.monthly_hours", "money.target_hourly_rate"} & set(asked)
    assert outcome(engine, values) == outcome(engine, known)


_CONTRACT = {"contract.active": True, "contract.end_date": TODAY.replace(year=TODAY.year + 1),
             "contract.exit_clause": True, "contract.can_fulfil": True}


_SOLO_HARM = {"wellbeing.dread": 9, "wellbeing.harms_mental_health": True, "practice.has_staff": False}
_STAFF_SUFFER = {"wellbeing.harms_mental_health": True, "wellbeing.dread": 8, "practice.has_staff": True,
                 "wellbeing.staff_suffering": True}


@pytest.mark.parametrize(("extra", "contract"), [(_SOLO_HARM, {}), (_STAFF_SUFFER, {}), (_STAFF_SUFFER, _CONTRACT)],
                         ids=["dread and harm, contract unknown", "staff suffer too, contract unknown",
                              "staff suffer too, contract running"])
def test_clear_fire_needs_at_most_10_questions(engine: Engine, chooser: Chooser, extra: dict[str, Any],
                                               contract: dict[str, Any]) -> None:
    """Issue 16: a clear `fire` on wellbeing (C.6, A.intro), everything else calm: at most 10 questions, the exit
    plan's contract questions included; the consultation's verdict and exit plan equal the full file's."""
    known = {**_calm(engine), **extra, **contract}
    asked, values, _ = consult(chooser, known, lenient=True)
    assert outcome(engine, known)[:2] == ("fire", "strong")
    assert len(asked) <= 10, asked
    assert outcome(engine, values) == outcome(engine, known)


def test_a_solo_freelancers_wellbeing_fire_with_a_running_contract_asks_about_staff_first(
        engine: Engine, chooser: Chooser) -> None:
    """Whether anyone works with you is asked before the wellbeing list, so a solo freelancer never reads about
    staff; three contract questions shape the exit plan (A.not.5), the end date given with whether a contract
    runs: 10 in all (11 while the end date was a question of its own)."""
    known = {**_calm(engine), **_SOLO_HARM, **_CONTRACT}
    asked, values, _ = consult(chooser, known, lenient=True)
    assert asked[:3] == ["screen:payment", "screen:wellbeing", "practice.has_staff"]
    assert len(asked) == 10 and sum(q.startswith("contract.") for q in asked) == 3, asked
    assert "contract.end_date" not in asked and values["contract.end_date"] == _CONTRACT["contract.end_date"]
    assert outcome(engine, values) == outcome(engine, known)


@pytest.mark.parametrize("name", ["crestline-abusive-director.yaml", "nettlefield-cannot-finish.yaml"])
def test_exit_plan_asks_first_what_settles_the_most(engine: Engine, chooser: Chooser, name: str) -> None:
    """Issue 16: whether a contract runs comes first (the end date can be given in the same answer), and the end
    date is never a question of its own: a contract you cannot finish makes it moot (honour_contract needs
    can_fulfil)."""
    known = engine.load_client(ROOT / "examples" / name).values
    asked, values, _ = consult(chooser, known, lenient=True)
    exit_asked = [q for q in asked if chooser.phase_of(q) == "exit" and q != "practice.has_staff"]  # asked before a list
    assert exit_asked[0] == "contract.active" and "contract.can_fulfil" in exit_asked
    assert known["contract.can_fulfil"] is False
    assert "contract.end_date" not in exit_asked
    assert outcome(engine, values) == outcome(engine, known)


# --- issue 16: a broad screen's `yes` names its parts in one answer (a checklist) ----------------------

def _at_conduct(engine: Engine, chooser: Chooser, lang: str = "en") -> tuple[Consultation, Any]:
    """A consultation answered `no` up to the conduct screen, and that question."""
    session = Consultation(engine, TODAY, lang, chooser=chooser)
    while (question := session.next_question()) is not None and question.fact != "screen:conduct":
        session.respond(question, "no")
    assert question is not None
    return session, question


def test_ask_the_conduct_screen_lists_its_parts_as_numbered_items(engine: Engine, chooser: Chooser) -> None:
    _, question = _at_conduct(engine, chooser)
    assert [group for group, _ in question.options] == ["behaviour", "respect", "control", "ethics"]
    assert [text for _, text in question.options] == [engine.kb.screens[g]["en"] for g, _ in question.options]
    assert question.hint == "no, or the numbers of what applies (e.g. 1 3)"
    assert question.text == "How they treat you and others: does any of this happen?"
    session = Consultation(engine, TODAY, chooser=chooser)
    first = session.next_question()
    assert first is not None and [group for group, _ in first.options] == ["payment", "pricing", "money"]
    assert first.options[0][1] == engine.kb.screen_items["payment"]["en"]  # the money screen's own item
    session.respond(first, "no")
    second = session.next_question()
    assert second is not None and second.fact == "screen:wellbeing" and second.options == ()  # no parts: yes or no
    assert second.hint == "yes or no"


@pytest.mark.parametrize("lang, line, kind, value", [
    ("en", "1 4", "answered", ("behaviour", "ethics")),
    ("en", "4,1", "answered", ("behaviour", "ethics")),
    ("en", "2 2", "answered", ("respect",)),
    ("en", "no", "answered", False),
    ("en", "yes", "answered", True),  # each part then screened on its own, as before
    ("en", "5", "error", None),
    ("en", "0", "error", None),
    ("en", "1 x", "error", None),
    ("ko", "아니요", "answered", False),
    ("fi", "3", "answered", ("control",)),
])
def test_ask_a_checklist_answer_is_read_as_typed(engine: Engine, chooser: Chooser, lang: str, line: str, kind: str,
                                                 value: Any) -> None:
    session, question = _at_conduct(engine, chooser, lang)
    reply = session.respond(question, line)
    assert (reply.kind, reply.value) == (kind, value)
    if kind == "error":
        assert question.hint in reply.text and "screen:conduct" not in session.closed


def test_ask_naming_parts_calms_the_others_and_skips_their_screens(engine: Engine, chooser: Chooser) -> None:
    kb = engine.kb
    session, question = _at_conduct(engine, chooser)
    answers, closed = dict(session.answers), set(session.closed)
    session.respond(question, "1 4")
    added = {f: v for f, v in session.answers.items() if f not in answers}
    assert added == {f: kb.facts[f].calm for g in ("respect", "control") for f in covered(kb, g)}
    assert {screen_id(g) for g in ("behaviour", "respect", "control", "ethics")} <= session.closed
    following = session.next_question()
    assert following is not None and not is_screen(following.fact)
    assert group_of(following.fact) in {"behaviour", "ethics", "collaboration", "scope", "communication"}
    session.respond(following, "back")
    assert (session.answers, session.closed) == (answers, closed)  # `back` takes the whole answer away


@pytest.mark.parametrize("extra", [
    {"ethics.client_unethical": True},
    {"ethics.client_unethical": True, **_CONTRACT},
    {"ethics.client_unethical": False, "ethics.mistreats_staff_or_customers": True},  # with a contract: 11
], ids=["unethical business", "unethical business, contract running", "mistreats staff or customers"])
def test_clear_fire_on_ethics_needs_at_most_10_questions(engine: Engine, chooser: Chooser,
                                                         extra: dict[str, Any]) -> None:
    """Issue 16: an ethics conflict is reason enough to go (C.3); the conduct checklist names it in one answer,
    so the consultation reaches the same verdict and exit plan as the full file in at most 10 questions."""
    known = {**_calm(engine), **extra}
    asked, values, _ = consult(chooser, known, lenient=True)
    assert outcome(engine, known)[0] == "fire"
    assert len(asked) <= 10, asked
    assert outcome(engine, values) == outcome(engine, known)


@pytest.mark.parametrize("line, calm_groups, named", [
    ("1", ["pricing", "money"], {}),  # late or unpaid invoices: pricing and the margin are calm, their items answered
    ("2", ["payment", "money"], {}),  # only pushback on prices: the rest is calm, pricing asked fact by fact
    ("1 2", ["money"], {}),
    # C.1: the item is the judgement's own question, so naming it answers it (not asked again)
    ("3", ["payment", "pricing"], {"money.costs_more_than_pays": True}),
])
def test_ask_the_money_checklist_names_payment_itself_or_pricing(engine: Engine, chooser: Chooser, line: str,
                                                                  calm_groups: list[str],
                                                                  named: dict[str, Any]) -> None:
    kb = engine.kb
    session = Consultation(engine, TODAY, chooser=chooser)
    first = session.next_question()
    assert first is not None and first.fact == "screen:payment"
    session.respond(first, line)
    expected = {f: kb.facts[f].calm for f in covered(kb, "payment") if group_of(f) in calm_groups}
    assert session.answers == {**expected, **named}
    assert {"screen:payment", "screen:pricing", "screen:money"} <= session.closed
    following = session.next_question()
    assert following is not None and following.fact not in ("screen:pricing", "screen:payment")
