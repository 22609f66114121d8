"""Issue 16: `ask` in every language (consult/words.py), and what it says at the start and the end."""

from __future__ import annotations

import io
import re
import string
import sys
from pathlib import Path
from typing import Any

import pytest

from clientfire.consult import Chooser, Consultation, parse_answer
from clientfire.consult.answers import hint
from clientfire.consult.words import COMMAND_WORDS, NO_WORDS, UNITS, WORDS, YES_WORDS
from clientfire.engine import Engine
from clientfire.engine.model import LANGUAGES
from clientfire.errors import InputError
from tests.conftest import EXAMPLES, TODAY


@pytest.fixture(scope="module")
def chooser(engine: Engine) -> Chooser:
    return Chooser(engine, TODAY)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(WORDS))
def test_every_ask_text_has_every_language_with_the_same_fields(key: str) -> None:
    """Every text in all four languages; a translation fills only fields `say` is given (English ones)."""
    texts = WORDS[key]
    assert set(texts) == set(LANGUAGES), key
    english = _fields(texts["en"]) | {"asked"}  # English says `1 question`, the others count with {asked}
    for lang, text in texts.items():
        assert text.strip() and _fields(text) <= english, (key, lang)


def test_every_unit_and_command_has_every_language(engine: Engine) -> None:
    units = {f.unit for f in engine.kb.facts.values() if f.unit and f.unit != "percent"}
    assert units <= set(UNITS) and all(set(UNITS[u]) == set(LANGUAGES) - {"en"} for u in units)
    commands = set(COMMAND_WORDS["en"].values())
    assert all(set(COMMAND_WORDS[lang].values()) == commands for lang in LANGUAGES)


@pytest.mark.parametrize("lang, yes, no", [
    ("id", "ya", "tidak"), ("ko", "예", "아니요"), ("ko", "네", "아니오"), ("fi", "kyllä", "ei"), ("fi", "Kyllä", "EI"),
])
def test_ask_accepts_yes_and_no_in_the_user_s_language(engine: Engine, lang: str, yes: str, no: str) -> None:
    """`ya`/`tidak`, `예`/`아니요` (`네`/`아니오`), `kyllä`/`ei` were refused with "Please answer yes or no"."""
    fact = engine.kb.facts["respect.belittles"]
    assert (parse_answer(fact, yes, lang), parse_answer(fact, no, lang)) == (True, False)
    assert (parse_answer(fact, "yes", lang), parse_answer(fact, "no", lang)) == (True, False)  # English still works
    with pytest.raises(InputError):
        parse_answer(fact, yes, "en")  # each language's own words (and English), not every language's


@pytest.mark.parametrize("lang, words", [("en", "yes or no"), ("id", "ya atau tidak"), ("ko", "예 또는 아니요"),
                                         ("fi", "kyllä tai ei")])
def test_ask_hint_says_the_accepted_words(engine: Engine, lang: str, words: str) -> None:
    fact = engine.kb.facts["respect.belittles"]
    assert hint(fact, lang) == words
    yes, no = words.split(" ")[0], words.split(" ")[-1]
    assert yes in YES_WORDS[lang] and no in NO_WORDS[lang]
    assert parse_answer(fact, yes, lang) is True and parse_answer(fact, no, lang) is False


@pytest.mark.parametrize("lang, typed, says", [
    ("id", "kenapa\nya\nmungkin\nbantuan\nselesai\n", ("Mengapa pertanyaan ini", "jawab dengan bilangan bulat (faktur)",
                                                        "Coba lagi", "lewati", "pertanyaan diajukan")),
    ("ko", "왜\n예\n많이\n도움말\n끝\n", ("이 질문을 하는 이유", "정수 (청구서 건수)", "다시 입력", "건너뛰기", "답변")),
    ("fi", "miksi\nkyllä\npaljon\napua\nvalmis\n", ("Miksi tätä kysytään", "kokonaisluku (laskuja)", "Yritä uudelleen",
                                                    "ohita", "Kysymyksiä 2")),
])
def test_ask_prompts_why_help_and_summary_are_translated(run_cli: Any, monkeypatch: pytest.MonkeyPatch,
                                                         lang: str, typed: str, says: tuple[str, ...]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    code, out, _ = run_cli("ask", "--today", TODAY.isoformat(), "--no-record", "--lang", lang)
    assert code == 0
    end = out.index(says[-1])
    transcript = out[:out.index("\n", end)]  # up to the summary: the verdict after it is the explain output
    for text in says:
        assert text in transcript, text
    english = ["Why this question", "The answer feeds", "Try again", "questions asked", "Please answer",
               "a whole number", "yes or no", "leave this fact unknown", "What it could change", "screen)"]
    assert not [e for e in english if e in transcript]


# --- the start and the end ----------------------------------------------------------------------------

def test_ask_counts_questions_asked_and_answered(engine: Engine, chooser: Chooser) -> None:
    """Not "0 asked" after one was shown, nor "25 asked, 31 answered" when screens set calm values."""
    session = Consultation(engine, TODAY, chooser=chooser)
    first = session.next_question()
    assert first is not None and session.counts()["asked"] == 1 and session.counts()["answered"] == 0
    session.respond(first, "no")  # a screen `no`: one question answered, several facts set
    counts = session.counts()
    assert counts["answered"] == 1 and counts["known"] == counts["calm"] == len(session.answers) > 1
    second = session.next_question()
    assert second is not None
    session.respond(second, "skip")
    assert session.next_question() is not None and session.counts()["asked"] == 3
    assert session.counts()["answered"] == 1


def test_ask_says_where_the_file_was_saved(run_cli: Any, tmp_path: Path) -> None:
    saved = tmp_path / "acme.yaml"
    code, out, _ = run_cli("ask", "--answers", str(EXAMPLES[0]), "--today", TODAY.isoformat(), "--no-record",
                           "--save", str(saved))
    assert code == 0 and saved.exists()
    assert f"Answers saved to {saved}." in out
    summary = re.search(r"(\d+) questions? asked, (\d+) answered; (\d+) of (\d+) facts known", out)
    assert summary is not None
    asked, answered, known, facts = map(int, summary.groups())
    assert answered <= asked and known <= facts
