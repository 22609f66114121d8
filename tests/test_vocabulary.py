"""The brief's ids are the stable vocabulary: every one is in the knowledge, with its source."""

from __future__ import annotations

import pytest

from clientfire.engine import Engine

BRIEF = {
    "verdict": ["keep", "address", "pause_work", "fire"],
    "sign": ["non_payment", "late_payment", "price_mismatch", "constant_haggling", "no_compromise", "verbal_abuse",
             "unclear_requirements", "unpaid_spec_work", "unprofitable", "ignores_expertise", "disrespect",
             "ethics_conflict", "poor_communication", "not_improving", "cannot_stand", "toxic_for_wellbeing",
             "multiple_signs"],
    "remedy": ["pause_until_paid", "late_fees", "professional_invoicing", "explain_pricing",
               "payment_expectations_policy", "communicate_early", "address_abuse_now", "set_clear_goals",
               "no_free_spec_work", "have_the_conversation", "protect_staff"],
    "guidance": ["dont_email_or_text", "dont_unfriendly_language", "dont_blame", "give_reason", "honor_contract",
                 "refund_unfinished", "be_clear_professional", "offer_replacement", "thank_them", "cut_contact",
                 "reward_yourself"],
    "prevention": ["exit_clause", "consult_lawyer", "set_expectations_upfront"],
}
SIGN_SOURCES = {"non_payment": "B.1", "late_payment": "B.1", "price_mismatch": "B.2", "constant_haggling": "B.2",
                "no_compromise": "B.3", "verbal_abuse": "B.4", "unclear_requirements": "B.5",
                "unpaid_spec_work": "B.5", "unprofitable": "C.1", "ignores_expertise": "C.2", "disrespect": "C.3",
                "ethics_conflict": "C.3", "poor_communication": "C.4", "not_improving": "C.5", "cannot_stand": "C.6",
                "toxic_for_wellbeing": "A.intro", "multiple_signs": "C.conclusion"}
GUIDANCE_KINDS = {"dont_email_or_text": "dont", "dont_unfriendly_language": "dont", "dont_blame": "dont"}
FACTS = """payment.late_invoices payment.unpaid_overdue_invoices payment.days_overdue payment.pays_eventually
money.monthly_revenue money.monthly_hours money.target_hourly_rate money.monthly_costs money.cost_is_temporary
money.strong_future_potential pricing.price_objections pricing.compares_to_cheaper pricing.pricing_explained
collaboration.unresolved_disagreements collaboration.project_stalled behaviour.insults behaviour.overreactions
behaviour.abuse_addressed behaviour.abuse_continued scope.changes_after_delivery scope.can_state_requirements
scope.responds_to_suggestions scope.unpaid_spec_requests control.micromanages control.recommendations_rejected_pct
control.blamed_for_their_choices respect.belittles respect.treats_as_subordinate respect.questions_work_constantly
ethics.client_unethical ethics.mistreats_staff_or_customers communication.avg_response_days
communication.unreachable_weeks relationship.conversation_held relationship.improved_since
relationship.problems_temporary wellbeing.dread wellbeing.harms_mental_health wellbeing.staff_suffering
contract.active contract.end_date contract.exit_clause contract.prepaid_amount contract.work_completed_pct
contract.can_fulfil""".split()


#: ids the knowledge adds to the brief's (the brief "may add more"), each for a point the articles make
ADDED = {"guidance": ["answer_questions", "protect_reputation"]}


@pytest.mark.parametrize("kind", sorted(BRIEF))
def test_every_brief_id_is_in_the_knowledge(engine: Engine, kind: str) -> None:
    items = engine.kb.items(kind)
    assert [i.id for i in items] == BRIEF[kind] if kind == "verdict" else (
        sorted(i.id for i in items) == sorted(BRIEF[kind] + ADDED.get(kind, [])))
    for item in items:
        assert item.source and all(ref in engine.kb.sections for ref in item.source)
        assert item.title.get("en") and (item.text.get("en") or kind == "strength")


@pytest.mark.parametrize(("sign", "source"), sorted(SIGN_SOURCES.items()))
def test_signs_cite_their_article_section(engine: Engine, sign: str, source: str) -> None:
    item = engine.kb.item("sign", sign)
    assert item is not None and source in item.source


def test_guidance_kinds(engine: Engine) -> None:
    kinds = {g.id: g.do for g in engine.kb.guidance}
    assert {k: v for k, v in kinds.items() if v == "dont"} == GUIDANCE_KINDS


def test_fact_vocabulary_accepts_the_brief(engine: Engine) -> None:
    inputs = {f for f, d in engine.kb.facts.items() if d.formula is None}
    assert set(FACTS) <= inputs
    assert engine.kb.facts["client"].type == "text"


def test_every_rule_cites_seed_files(engine: Engine) -> None:
    for rule in engine.kb.rules:
        articles = {ref.split(".")[0] for ref in rule.source}
        assert all(engine.kb.articles[a].seeds for a in articles), rule.id


def _all_texts(engine: Engine) -> list[str]:
    kb = engine.kb
    texts = [t for r in kb.rules for t in r.text.values()]
    texts += [t for kind in ("verdict", "strength", "sign", "remedy", "guidance", "prevention", "notice")
              for i in kb.items(kind) for t in (*i.title.values(), *i.text.values())]
    texts += [t for s in kb.signs for d in s.degree_texts.values() for t in d.values()]
    texts += [t for f in kb.facts.values() for t in (*f.text.values(), *f.question.values())]
    texts += [t for s in kb.sections.values() for t in s.text.values()]
    return texts


@pytest.mark.parametrize("junk", ["horoskop", "kalori", "칼로리", "별자리", "horoskooppi", "affiliate", "afiliasi",
                                  "theory", "hypothesis", "cabinet"])
def test_no_page_junk_in_the_knowledge(engine: Engine, junk: str) -> None:
    texts = _all_texts(engine)
    assert len(texts) > 1000
    assert [t for t in texts if junk in t.lower()] == []
