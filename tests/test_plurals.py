"""Counts said with number agreement: `{days:plural:day|days}` in a template says `1 day` and `3 days`, in Finnish
`1 päivä` and `3 päivää` (the nominative singular after 1, the partitive after any other number); Indonesian and
Korean do not mark number. English for every count but 1 is what it always was."""

from __future__ import annotations

from typing import Any

import pytest

from clientfire.explain.labels import LABELS, label
from clientfire.messages import LANGS, MESSAGES, _Formatter, fields, fill, plural_form, plurals, render
from clientfire.web.units import ONE, unit_after
from clientfire.web.words import WORDS

COUNTS = (0, 1, 2, 21)

#: code, the other parameters, the counted one, the English before plurals, {lang: (after 1, after any other count)}
CODES: list[tuple[str, dict[str, Any], str, str, dict[str, tuple[str, str]]]] = [
    ("import.ev.late", {"number": "INV-7", "due": "2025-03-15", "paid": "2025-03-27"}, "days",
     "{number} paid {days} days late (due {due}, paid {paid})", {"en": ("day", "days"), "fi": ("päivä", "päivää")}),
    ("import.ev.late_earlier", {}, "count", "... and {count} earlier late payments",
     {"en": ("earlier late payment", "earlier late payments"),
      "fi": ("aiempi myöhästynyt maksu", "aiempaa myöhästynyttä maksua")}),
    ("import.ev.overdue", {"number": "INV-9", "due": "2024-11-15", "amount": "800.00 EUR", "part": ""}, "days",
     "{number} unpaid, {days} days past due (due {due}; {amount} open{part})",
     {"en": ("day", "days"), "fi": ("päivä", "päivää")}),
    ("import.out.wrote", {"rows": 3, "changed": 2}, "clients",
     "wrote {clients} client(s) from {rows} record(s); {changed} file(s) changed",
     {"en": ("client", "client(s)"), "fi": ("asiakas", "asiakasta")}),
    ("import.skip.time_no_client", {}, "count", "{count} time entries without a client",
     {"en": ("time entry", "time entries")}),
    ("audit.out.valid", {"erased": 0}, "count", "valid: {count} records in the chain ({erased} erased on request)",
     {"en": ("record", "records"), "fi": ("kirjaus", "kirjausta")}),
    ("audit.out.erased", {"ids": "4"}, "count", "erased {count} record(s): {ids}",
     {"en": ("record", "record(s)"), "fi": ("kirjaus", "kirjausta")}),
    ("batch.extra_cells", {}, "count", "{count} more cells than the header has columns",
     {"en": ("more cell", "more cells"), "fi": ("solu", "solua")}),
]

#: the summaries of check, test and batch (labels: the English is the key), as CODES
SUMMARIES: list[tuple[str, dict[str, Any], str, str, dict[str, tuple[str, str]]]] = [
    ("check: {errors:plural:error|errors}, {warnings:plural:warning|warnings} ({where}; {what})",
     {"warnings": 3, "where": "knowledge", "what": "v1"}, "errors", "check: {errors} errors, 3 warnings ({where}; {what})",
     {"en": ("error", "errors"), "fi": ("virhe", "virhettä")}),
    ("knowledge {version}, {rules:plural:rule|rules}", {"version": "v1"}, "rules", "knowledge {version}, {rules} rules",
     {"en": ("rule", "rules"), "fi": ("sääntö", "sääntöä")}),
    ("{passed} passed, {failed} failed ({count:plural:scenario|scenarios}, knowledge {version})",
     {"passed": 1, "failed": 0, "version": "v1"}, "count",
     "{passed} passed, {failed} failed ({count} scenarios, knowledge {version})",
     {"en": ("scenario", "scenarios"), "fi": ("skenaario", "skenaariota")}),
    ("{count:plural:client|clients}: {counts}", {"counts": "keep 1"}, "count", "{count} clients: {counts}",
     {"en": ("client", "clients"), "fi": ("asiakas", "asiakasta")}),
    ("{count:plural:row|row(s)} could not be evaluated:", {}, "count", "{count} row(s) could not be evaluated:",
     {"en": ("row", "row(s)"), "fi": ("rivi", "riviä")}),
]


def _expected(forms: dict[str, tuple[str, str]], lang: str, count: int) -> str:
    one, other = forms[lang]
    return f"{count} {one if count == 1 else other}"


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize(("code", "params", "name", "before", "forms"), CODES, ids=[c[0] for c in CODES])
def test_one_day_late_is_singular(code: str, params: dict[str, Any], name: str, before: str,
                                  forms: dict[str, tuple[str, str]], count: int) -> None:
    for lang in forms:
        assert _expected(forms, lang, count) in render(code, {**params, name: count}, lang), lang
    english = render(code, {**params, name: count}, "en")
    assert (english == before.format(**params, **{name: count})) is (count != 1)


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize(("key", "params", "name", "before", "forms"), SUMMARIES, ids=[s[3] for s in SUMMARIES])
def test_one_error_one_rule_one_client_in_the_summaries_is_singular(key: str, params: dict[str, Any], name: str,
                                                                   before: str, forms: dict[str, tuple[str, str]],
                                                                   count: int) -> None:
    for lang in forms:
        assert _expected(forms, lang, count) in fill(label(key, lang), lang, **params, **{name: count}), lang
    english = fill(label(key, "en"), "en", **params, **{name: count})
    assert (english == before.format(**params, **{name: count})) is (count != 1)


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize("lang", ("id", "ko"))
def test_indonesian_and_korean_say_a_count_as_they_did(lang: str, count: int) -> None:
    said = {"id": "INV-7 dibayar terlambat {n} hari", "ko": "INV-7 {n}일 늦게 결제됨"}[lang]
    text = render("import.ev.late", {"number": "INV-7", "days": count, "due": "d", "paid": "p"}, lang)
    assert text.startswith(said.format(n=count))


@pytest.mark.parametrize(("shown", "said"), [
    ("1", "1 day"), ("-1", "-1 day"), ("0", "0 days"), ("2", "2 days"), ("11", "11 days"), ("21", "21 days"),
    ("1.0", "1.0 days"), ("1.5", "1.5 days"), ("1,5", "1,5 days"), ("p_days", "p_days days"),
])
def test_the_singular_is_for_a_number_shown_as_one_or_minus_one_only(shown: str, said: str) -> None:
    assert plural_form(shown, "plural:day|days") == said


@pytest.mark.parametrize(("value", "said"), [(1, "1 day"), (-1, "-1 day"), (1.0, "1.0 days"), ("1", "1 day"),
                                              (0.5, "0.5 days")])
def test_a_count_is_read_as_the_template_shows_it(value: object, said: str) -> None:
    assert render("import.ev.late", {"number": "A", "days": value, "due": "d", "paid": "p"}, "en") \
        == f"A paid {said} late (due d, paid p)"


def _templates() -> list[tuple[str, str]]:
    """(where, template) of every catalogue template, label and page word, in every language."""
    found = [(f"{code} {lang}", text) for code, langs in MESSAGES.items() for lang, text in langs.items()]
    for table in (LABELS, WORDS):
        found += [(key, key) for key in table] + [(f"{key} {lang}", text) for key, langs in table.items()
                                                 for lang, text in langs.items()]
    return found


def test_every_template_using_the_plural_spec_has_exactly_two_forms() -> None:
    used = {where: plurals(text) for where, text in _templates() if ":plural:" in text}
    assert len(used) > 60
    assert [where for where, counts in used.items()
            if not counts or any(len(forms) != 2 or not all(f.strip() for f in forms) for forms in counts.values())] == []


def test_every_english_plural_is_said_with_its_count_in_every_language() -> None:
    """A count the English says with its noun is a parameter of each translation too (none drops the number)."""
    dropped = [(code, lang) for code, langs in MESSAGES.items() for lang in LANGS
               if not set(plurals(langs["en"])) <= fields(langs[lang])]
    assert dropped == []


def test_fields_name_a_counted_parameter_once() -> None:
    assert fields("{days:plural:day|days} late, {days} in all ({n})") == {"days", "n"}


@pytest.mark.parametrize("lang", LANGS)
def test_render_of_a_count_of_one_is_what_the_formatter_says(lang: str) -> None:
    """render's quick path for plurals says what the full formatter says, for a count of one and of two."""
    wrong = []
    for code, langs in MESSAGES.items():
        counted = plurals(langs["en"]) | plurals(langs[lang])
        if not counted:
            continue
        for count in (1, 2):
            params = {name: count if name in counted else f"p_{name}" for name in fields(langs["en"])}
            if render(code, params, lang) != _Formatter(lang).vformat(langs[lang], (), params):
                wrong.append((code, count))
    assert wrong == []


def test_the_i18n_check_reports_a_plural_without_two_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    from clientfire.engine.i18n_interface import missing_message_translations

    monkeypatch.setitem(MESSAGES, "x.bad", {"en": "{n:plural:day} late", "id": "{n} hari", "ko": "{n}일",
                                            "fi": "{n:plural:päivä|päivää|päivän} myöhässä"})
    assert [(code, lang) for _, _, code, lang in missing_message_translations()] == [("x.bad", "en"), ("x.bad", "fi")]


@pytest.mark.parametrize(("shown", "unit", "lang", "said"), [
    ("1", "days", "fi", "1 päivä"), ("2", "days", "fi", "2 päivää"), ("21", "invoices", "fi", "21 laskua"),
    ("1", "invoices", "fi", "1 lasku"), ("1", "weeks", "fi", "1 viikko"), ("1", "hours", "fi", "1 tunti"),
    ("1", "times", "fi", "1 kerta"), ("0", "times", "fi", "0 kertaa"), ("1,5", "hours", "fi", "1,5 tuntia"),
    ("1", "days", "en", "1 day"), ("3", "days", "en", "3 days"), ("1", "times", "en", "1 time"),
    ("1", "days", "id", "1 hari"), ("1", "days", "ko", "1 일"), ("2", "days", "ko", "2 일"),
])
def test_a_unit_after_a_value_on_the_pages_agrees_with_it(shown: str, unit: str, lang: str, said: str) -> None:
    assert unit_after(shown, unit, lang) == said


@pytest.mark.parametrize(("value", "lang", "said"), [(1, "fi", "1 päivä"), (4, "fi", "4 päivää"), (1, "en", "1 day"),
                                                     (4, "en", "4 days"), (1, "ko", "1 일")])
def test_a_fact_value_on_a_page_says_its_unit_in_number(value: int, lang: str, said: str) -> None:
    from clientfire.web.templating import environment

    page = environment().from_string("{{ v|fact_value('payment.days_overdue') }}")
    assert page.render(v=value, lang=lang, vocab={"payment.days_overdue": {"type": "count", "unit": "days"}}) == said


def test_every_unit_of_the_bundled_knowledge_has_its_singular(engine) -> None:  # type: ignore[no-untyped-def]
    """Every unit a fact of the bundled knowledge has is a page word (the plural) with its English and Finnish singular."""
    units = {fact.unit for fact in engine.kb.facts.values() if fact.unit}
    assert units and units <= set(ONE) and set(ONE) <= set(WORDS)
    assert all(set(ONE[unit]) == {"en", "fi"} and ONE[unit]["fi"] != WORDS[unit]["fi"] for unit in ONE)
