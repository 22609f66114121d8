"""The message catalogue (clientfire/messages.py): every code in all four languages, the parameters render, the
English text is what the code always printed, and an error or finding says itself in the chosen language."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from clientfire.errors import ClientFileError
from clientfire.messages import LANGS, MESSAGES, Message, fields, message, problem_message, render

ROOT = Path(__file__).resolve().parents[1]
#: a value for every parameter name a template uses: ids and numbers, as a real message gets them
SAMPLE = {"low": 0, "high": 100.0, "byte": 255, "position": 7, "line": 3, "column": 5, "count": 9, "most": 10,
          "more": 2, "char": "ä"}


def _sample(code: str) -> dict[str, object]:
    return {name: SAMPLE.get(name, f"p_{name}") for name in fields(MESSAGES[code]["en"])}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_code_has_all_four_languages(code: str) -> None:
    assert set(MESSAGES[code]) == set(LANGS)
    assert all(MESSAGES[code][lang].strip() for lang in LANGS)


@pytest.mark.parametrize("code", sorted(MESSAGES))
@pytest.mark.parametrize("lang", LANGS)
def test_every_template_renders_with_the_english_parameters(code: str, lang: str) -> None:
    params = _sample(code)
    assert fields(MESSAGES[code][lang]) <= set(params)  # no parameter the English does not give
    text = render(code, params, lang)
    assert "{" not in text or "{{" in MESSAGES[code]["en"]  # every parameter filled in (braces only where written)
    if MESSAGES[code]["en"] != "{reason}":  # the OS's own words are English only
        words = {name for _, name, _, conv in string.Formatter().parse(MESSAGES[code][lang]) if conv == "w"}
        ids = [v for k, v in params.items() if isinstance(v, str) and k in fields(MESSAGES[code][lang]) - words]
        assert all(value in text for value in ids), text  # ids, keys and names are shown as they are


@pytest.mark.parametrize("lang", ("id", "ko", "fi"))
def test_translations_are_not_the_english_left_in_place(lang: str) -> None:
    same = [code for code, t in MESSAGES.items() if t[lang] == t["en"] and not re.fullmatch(r"[{}\w\s:]*", t["en"])]
    assert same == []


@pytest.mark.parametrize(("raw", "code"), [
    ("mapping values are not allowed here", "syntax.mapping_values"),
    ("expected the node content, but found '<stream end>'", "syntax.node_content"),
    ("expected ',' or '}', but got '<scalar>'", "syntax.flow_mapping"),
    ("duplicate key 'payment' (first at line 2)", "syntax.duplicate_key"),
    ("expecting ',' or ']'", "syntax.json_array"),
    ("a number of 401 characters (the limit is 400)", "syntax.number_too_long"),
    ("a lone surrogate escape (\\ud800) is not a character", "syntax.lone_surrogate"),
])
def test_a_parser_problem_reads_back_into_its_code_with_the_same_english(raw: str, code: str) -> None:
    said = problem_message(raw)
    assert isinstance(said, Message) and said.code == code and str(said) == raw


def test_a_parser_problem_without_a_code_stays_as_it_is() -> None:
    assert problem_message("while scanning an anchor") == "while scanning an anchor"


def test_an_error_keeps_its_english_and_says_itself_in_korean() -> None:
    said = message("client.bad_value", fact="payment.late_invoices", expected=message("value.number"), raw="'12x'")
    error = ClientFileError(said, path="bad.yaml", line=3, key="payment.late_invoices", suggestion="x.y")
    assert str(error) == "'payment.late_invoices' must be a number, not '12x' (did you mean 'x.y'?) at bad.yaml:3"
    assert error.message == "'payment.late_invoices' must be a number, not '12x'"
    assert error.text("ko") == "'payment.late_invoices'에는 숫자만 쓸 수 있습니다(받은 값: '12x') " \
                               "('x.y'을(를) 뜻하셨나요?) (위치: bad.yaml:3)"


def test_a_vocabulary_parameter_is_shown_in_the_language_words() -> None:
    said = message("test.expected", key="verdict", want="keep", got="fire")
    assert said.text("en") == "verdict: expected keep, got fire"
    assert said.text("ko") == "expect.verdict: 기대한 값은 클라이언트 유지, 실제 결과는 관계 종료"


def test_an_unknown_code_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        message("no.such_code")


def _codes_used() -> set[str]:
    """Every literal code passed to `message()` in the program."""
    used = set()
    for folder in ("clientfire", "engine", "explain"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "message" and node.args \
                        and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                    used.add(node.args[0].value)
    return used


def test_every_code_the_program_uses_is_in_the_catalogue() -> None:
    assert _codes_used() - set(MESSAGES) == set()
    assert len(_codes_used()) > 60


def test_the_i18n_check_reports_a_template_without_a_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from clientfire.engine.i18n_interface import missing_message_translations

    assert missing_message_translations() == []
    monkeypatch.setitem(MESSAGES, "x.half", {"en": "a {b}", "id": "a {c}", "ko": "k {b}"})
    assert [(code, lang) for _, _, code, lang in missing_message_translations()] == [("x.half", "id"), ("x.half", "fi")]


def test_fields_names_each_parameter_once_whatever_its_conversion_or_format() -> None:
    assert fields("between {low} and {high:g} ({kind!w})") == {"low", "high", "kind"}


@pytest.mark.parametrize(("formula", "code", "english", "finnish"), [
    ("payment.late_invoices +", "formula.unreadable", "cannot read formula 'payment.late_invoices +'", "ei voi lukea"),
    ("abs(payment.late_invoices)", "formula.calls", "only days_until(<date fact>), max(a, b, ...) and min(a, b, ...) "
     "may be called in 'abs(payment.late_invoices)'", "saa kutsua vain"),
    ("payment.late_invoices > 2", "formula.not_allowed", "'Compare' is not allowed in formula 'payment.late_invoices > 2'",
     "ei ole sallittu"),
    ("payment.late_invoices + 'x'", "formula.numbers_only", "only numbers may appear in formula 'payment.late_invoices + 'x''",
     "vain lukuja"),
    ("late + 1", "formula.unknown_name", "unknown name 'late' in formula 'late + 1'", "tuntematon nimi 'late'"),
])
def test_engine_messages_a_formula_error_keeps_its_english_and_says_itself_in_finnish(
        formula: str, code: str, english: str, finnish: str) -> None:
    from clientfire.engine.formulas import FormulaError, formula_names

    with pytest.raises(FormulaError) as caught:
        formula_names(formula)
    assert caught.value.said.code == code and str(caught.value) == english
    assert finnish in caught.value.said.text("fi") and formula.split(" ")[0] in caught.value.said.text("fi")


@pytest.mark.parametrize("lang", LANGS)
def test_render_of_plain_parameters_is_what_the_formatter_says(lang: str) -> None:
    """render's quick path (str.format_map when every parameter is plain) says what the full formatter says (in
    Korean, with the particles then fitted to the values)."""
    from clientfire.korean import particles
    from clientfire.messages import _Formatter

    def full(code: str, params: dict[str, object]) -> str:
        text = _Formatter(lang).vformat(MESSAGES[code][lang], (), params)
        return particles(text) if lang == "ko" else text

    plain = {code: _sample(code) for code in MESSAGES}
    assert [code for code, params in plain.items() if render(code, params, lang) != full(code, params)] == []
