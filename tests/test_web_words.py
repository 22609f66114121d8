"""The pages' words: every word a template asks for is there in every language (clientfire/web/words.py, labels)."""

from __future__ import annotations

import re

import pytest

from clientfire.engine import Engine
from clientfire.explain.labels import LABELS, TRANSLATED
from clientfire.web.templating import TEMPLATES
from clientfire.web.words import WORDS, word

#: words the templates pass to t() from data: statuses, kinds, units, answers
DYNAMIC = ("holds", "fails", "unknown", "missing", "outranked", "not_concluded", "yes", "no", "facts added",
           "facts removed", "facts changed", "sign", "verdict", "remedy", "guidance", "prevention", "mild", "serious",
           "do", "dont", "prepare", "conversation", "closing", "after")


def _asked() -> set[str]:
    found = set()
    for path in TEMPLATES.rglob("*.html"):
        found |= {m.group(2) for m in re.finditer(r"""\bt\((["'])(.+?)\1""", path.read_text(encoding="utf-8"))}
    return found - {"facts "}  # `t("facts " ~ kind)`: the three are in DYNAMIC


def _units(engine: Engine) -> set[str]:
    return {str(f.unit) for f in engine.kb.facts.values() if f.unit} | {str(t.unit) for t in engine.kb.thresholds.values()
                                                                       if t.unit}


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_word_is_translated(engine: Engine, lang: str) -> None:
    missing = [w for w in sorted(_asked() | set(DYNAMIC) | _units(engine))
               if lang not in WORDS.get(w, {}) and lang not in LABELS.get(w, {})]
    assert missing == []


def test_placeholders_agree_across_languages() -> None:
    for text, translations in WORDS.items():
        wanted = sorted(re.findall(r"{(\w+)[}:!]", text))
        for lang, words in translations.items():
            assert sorted(re.findall(r"{(\w+)[}:!]", words)) == wanted, (text, lang)


def test_a_page_word_then_a_label_then_english() -> None:
    assert word("Portfolio", "fi") == "Asiakaskanta" and word("Exit plan", "ko") == LABELS["Exit plan"]["ko"]
    assert word("dont", "en") == "Don't" and word("dont", "id") == LABELS["dont"]["id"]
    assert word("no such word_here", "ko") == "no such word here"
