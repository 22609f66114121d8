"""Issue 8: advice in Indonesian, Korean and Finnish beside English (texts, labels, checks, citations)."""

from __future__ import annotations

import ast
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, TODAY

from clientfire.engine.i18n_check import missing_translations
from clientfire.engine.load import bundled_dir, load_knowledge
from clientfire.engine.model import LANGUAGES, Knowledge, Text
from clientfire.engine.result import source_of
from clientfire.explain.labels import LABELS, TRANSLATED, label

OTHER = ("id", "ko", "fi")
HANGUL = re.compile("[\uac00-\ud7a3]")
ITEM_KINDS = ("verdict", "strength", "sign", "remedy", "guidance", "prevention")


def model_texts(kb: Knowledge) -> list[tuple[str, Text]]:
    """Every text the loader keeps, named (`sign late_payment title`)."""
    texts: list[tuple[str, Text]] = []
    for kind in ITEM_KINDS:
        for item in kb.items(kind):
            texts.append((f"{kind} {item.id} title", item.title))
            if item.text:
                texts.append((f"{kind} {item.id} text", item.text))
            for note, text in getattr(item, "notes", {}).items():
                texts.append((f"{kind} {item.id} note {note}", text))
    texts += [(f"rule {r.id} text", r.text) for r in kb.rules]
    for fact in kb.facts.values():
        texts.append((f"fact {fact.id} text", fact.text))
        if fact.question:
            texts.append((f"fact {fact.id} question", fact.question))
    texts += [(f"article {a.id} title", a.title) for a in kb.articles.values()]
    texts += [(f"section {s.ref}", s.text) for s in kb.sections.values()]
    return texts


# --- the bundled knowledge is complete ---------------------------------------------------


def test_issue8_bundled_knowledge_misses_no_translation(engine) -> None:  # type: ignore[no-untyped-def]
    assert missing_translations(engine.kb) == []


@pytest.mark.parametrize("kind", ITEM_KINDS + ("rule", "fact", "article", "section"))
def test_every_loaded_text_has_all_four_languages(engine, kind: str) -> None:  # type: ignore[no-untyped-def]
    texts = [(name, text) for name, text in model_texts(engine.kb) if name.startswith(kind + " ")]
    assert texts, f"no {kind} texts loaded"
    incomplete = [name for name, text in texts if set(text) != set(LANGUAGES)]
    assert incomplete == []


@pytest.mark.parametrize("lang", OTHER)
def test_translations_are_not_english_copies(engine, lang: str) -> None:  # type: ignore[no-untyped-def]
    copied = [name for name, text in model_texts(engine.kb) if text.get(lang, "").strip() == text["en"].strip()]
    assert copied == []


def test_korean_texts_are_written_in_hangul(engine) -> None:  # type: ignore[no-untyped-def]
    assert [name for name, text in model_texts(engine.kb) if not HANGUL.search(text["ko"])] == []


def test_checker_sees_every_text_in_the_files(tmp_path: Path) -> None:
    """Strip all Korean lines: one finding per text, i.e. per `en:` line (texts are in block style)."""
    folder = _copy_knowledge(tmp_path)
    english_lines = 0
    for path in folder.glob("*.yaml"):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        english_lines += sum(1 for line in lines if line.lstrip().startswith("en: "))
        path.write_text("".join(line for line in lines if not line.lstrip().startswith("ko: ")), encoding="utf-8")
    found = missing_translations(load_knowledge(folder))
    assert english_lines > 250
    assert len(found) == english_lines
    assert {m.lang for m in found} == {"ko"}


# --- a removed translation is found, with file and line -------------------------------------

REMOVALS = [
    ("signs.yaml", 'en: "Pays, but late"', "signs/late_payment/title"),
    ("facts.yaml", 'en: "How many invoices did they pay late in the last 12 months?"',
     "groups/payment/facts/late_invoices/question"),
    ("guidance.yaml", 'en: "This client has been toxic or abusive',
     "guidance/cut_contact/notes/ignore_later_contact"),
    ("sources.yaml", 'en: "How not to do it: by putting the blame on the client"', "articles/A/sections/not.3"),
    ("verdicts.yaml", 'en: "Strong case"', "strengths/strong/title"),
    ("remedies.yaml", 'en: "A fee for lateness gives', "rules/remedy.late_fees/text"),
]


def _copy_knowledge(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    for path in bundled_dir().glob("*.yaml"):
        shutil.copy(path, folder / path.name)
    return folder


def _find(lines: list[str], start: str) -> int:
    """The index of the one line whose stripped text starts with `start`."""
    hits = [i for i, line in enumerate(lines) if line.strip().startswith(start)]
    assert len(hits) == 1, f"{start!r} found {len(hits)} times"
    return hits[0]


@pytest.mark.parametrize(("name", "english", "what"), REMOVALS)
def test_issue8_removed_korean_line_is_reported_at_its_text(tmp_path: Path, name: str, english: str,
                                                            what: str) -> None:
    folder = _copy_knowledge(tmp_path)
    path = folder / name
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    en_at = _find(lines, english)
    ko_at = next(i for i in range(en_at, en_at + 4) if lines[i].strip().startswith("ko: "))
    del lines[ko_at]
    path.write_text("".join(lines), encoding="utf-8")
    found = missing_translations(load_knowledge(folder))
    assert len(found) == 1
    missing = found[0]
    assert (Path(missing.path).name, missing.what, missing.lang) == (name, what, "ko")
    # the text's key (`title:`, `question:`, a section or note name) is on the line above `en:`
    assert missing.line == en_at  # en_at is 0-based, so this is the 1-based line of the key
    assert lines[missing.line - 1].strip().endswith(":")


def test_plain_english_string_lacks_the_three_other_languages(tmp_path: Path) -> None:
    folder = _copy_knowledge(tmp_path)
    path = folder / "prevention.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    en_at = _find(lines, 'en: "Add an exit clause"')
    indent = lines[en_at - 1][: len(lines[en_at - 1]) - len(lines[en_at - 1].lstrip())]
    lines[en_at - 1: en_at + 4] = [f'{indent}title: "Add an exit clause"\n']
    path.write_text("".join(lines), encoding="utf-8")
    found = missing_translations(load_knowledge(folder))
    assert [(m.line, m.what, m.lang) for m in found] == [
        (en_at, "prevention/exit_clause/title", lang) for lang in OTHER]


# --- output follows --lang -------------------------------------------------------------------


def _english_texts(engine, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """The English titles and texts of everything the verdict for `path` shows."""
    data = engine.evaluate(engine.load_client(path), TODAY).to_json(engine.kb, "en")
    texts = [data["verdict_text"], data["strength_text"]]
    for key in ("signs", "remedies", "guidance", "prevention"):
        for entry in data[key]:
            texts += [entry["title"], entry["text"]] + [n["text"] for n in entry.get("notes", [])]
    return [t for t in texts if t]


HEADINGS = ("Signs found", "Try first", "Exit plan", "For your next contracts",
            "Unknown facts that could change this", "knowledge version", "rule firings", "strength",
            "(threshold ", "unknown counts as met")


@pytest.mark.parametrize("lang", OTHER)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_issue8_verdict_has_no_english_leftovers(engine, run_cli, path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("verdict", str(path), "--lang", lang, "--today", TODAY.isoformat())
    assert code == 0
    leftovers = [t for t in _english_texts(engine, path) if t in out]
    assert leftovers == []
    assert [h for h in HEADINGS if h in out] == []
    verdict = engine.kb.item("verdict", engine.evaluate(engine.load_client(path), TODAY).verdict)
    assert verdict.text[lang] in out


@pytest.mark.parametrize("lang", OTHER)
def test_markdown_follows_lang(engine, run_cli, lang: str) -> None:  # type: ignore[no-untyped-def]
    path = ROOT / "examples" / "crestline-abusive-director.yaml"
    code, out, _ = run_cli("verdict", str(path), "--format", "markdown", "--lang", lang, "--today", TODAY.isoformat())
    assert code == 0
    assert [t for t in _english_texts(engine, path) if t in out] == []
    assert f"## {label('Exit plan', lang)}" in out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_json_texts_follow_lang(engine, run_cli, lang: str) -> None:  # type: ignore[no-untyped-def]
    path = ROOT / "examples" / "crestline-abusive-director.yaml"
    code, out, _ = run_cli("verdict", str(path), "--format", "json", "--lang", lang, "--today", TODAY.isoformat())
    assert code == 0
    data = json.loads(out)
    kb = engine.kb
    assert data["lang"] == lang
    assert data["verdict_text"] == kb.item("verdict", data["verdict"]).text[lang]
    assert data["strength_text"] == kb.item("strength", data["strength"]).title[lang]
    kinds = (("signs", "sign"), ("remedies", "remedy"), ("guidance", "guidance"), ("prevention", "prevention"))
    for key, kind in kinds:
        for entry in data[key]:
            item = kb.item(kind, entry["id"])
            text = item.text_for(entry["degree"]) if kind == "sign" else item.text  # each degree its own text
            assert (entry["title"], entry["text"]) == (item.title[lang], text[lang])
    notes = [(g["id"], n) for g in data["guidance"] for n in g["notes"]]
    assert notes, "crestline's exit plan carries the ignore_later_contact note"
    for gid, note in notes:
        assert note["text"] == kb.item("guidance", gid).notes[note["id"]][lang]


def _json_lang(run_cli, *extra: str) -> str:  # type: ignore[no-untyped-def]
    path = ROOT / "examples" / "oakline-late-payer.yaml"
    code, out, _ = run_cli("verdict", str(path), "--format", "json", "--today", TODAY.isoformat(), *extra)
    assert code == 0
    return json.loads(out)["lang"]


@pytest.mark.parametrize(("env", "extra", "expected"), [
    ({"CLIENTFIRE_LANG": "ko"}, (), "ko"),
    ({"CLIENTFIRE_LANG": "ko"}, ("--lang", "fi"), "fi"),
    ({"LC_ALL": "fi_FI.UTF-8"}, (), "fi"),
    ({"LANG": "id_ID.UTF-8"}, (), "id"),
    ({"CLIENTFIRE_LANG": "id", "LC_ALL": "fi_FI.UTF-8"}, (), "id"),
])
def test_language_comes_from_option_then_environment_then_locale(run_cli, monkeypatch, env, extra,  # type: ignore[no-untyped-def]
                                                                 expected: str) -> None:
    for name in ("CLIENTFIRE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert _json_lang(run_cli, *extra) == expected


def test_facts_command_follows_lang(engine, run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("facts", "--lang", "ko")
    assert code == 0
    assert engine.kb.facts["payment.late_invoices"].text["ko"] in out
    assert engine.kb.facts["payment.late_invoices"].text["en"] not in out


# --- citations point at the seed in the user's language -------------------------------------


@pytest.mark.parametrize(("ref", "lang", "first"), [
    ("A.not.1", "ko", "ko"),
    ("A.not.1", "fi", "fi"),
    ("A.not.1", "id", "id"),
    ("B.1", "ko", "id"),       # article B exists only in Indonesian
    ("C.3", "fi", "id"),       # so does article C
])
def test_citation_lists_the_seed_in_the_users_language_first(engine, ref: str, lang: str,  # type: ignore[no-untyped-def]
                                                             first: str) -> None:
    article = engine.kb.articles[ref.split(".")[0]]
    seeds = source_of(engine.kb, (ref,), lang)["seeds"]
    assert seeds[0] == article.seeds[first]
    assert sorted(seeds) == sorted(article.seeds.values())


def test_issue8_article_a_in_korean_cites_the_korean_seed(run_cli) -> None:  # type: ignore[no-untyped-def]
    path = ROOT / "examples" / "crestline-abusive-director.yaml"
    code, out, _ = run_cli("verdict", str(path), "--format", "json", "--lang", "ko", "--today", TODAY.isoformat())
    assert code == 0
    # article A's steps (C's integrity point cites C, which exists only in Indonesian)
    guidance = [g for g in json.loads(out)["guidance"] if g["id"] != "protect_reputation"]
    assert guidance and all(g["source"]["refs"][0].startswith("A.") for g in guidance)
    assert {g["source"]["seeds"][0] for g in guidance} == {"002_0b7d2f903dfafe60.txt"}


# --- interface words ----------------------------------------------------------------------------


def _label_words(module: Path) -> set[str]:
    """The literal words a module passes to label()."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return {node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "label"
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)}


def test_every_word_the_verdict_renderer_labels_is_translated(engine) -> None:  # type: ignore[no-untyped-def]
    literal = _label_words(ROOT / "explain" / "verdict_text.py") | _label_words(ROOT / "explain" / "evidence.py")
    assert {"Signs found", "Exit plan", "not {value}"} <= literal
    vocabulary = {"mild", "serious"} | {v.id for v in engine.kb.verdicts}
    vocabulary |= {g.stage for g in engine.kb.guidance} | {g.do for g in engine.kb.guidance}
    untranslated = sorted(w for w in literal | vocabulary if set(LABELS.get(w, {})) != set(TRANSLATED))
    assert untranslated == []


@pytest.mark.parametrize("lang", OTHER)
def test_label_templates_keep_their_placeholders(lang: str) -> None:
    for word, langs in LABELS.items():
        assert sorted(re.findall(r"{(\w+)[}:!]", langs[lang])) == sorted(re.findall(r"{(\w+)[}:!]", word)), word


@pytest.mark.parametrize(("word", "lang", "expected"), [
    ("pause_work", "en", "pause work"),
    ("Signs found", "en", "Signs found"),
    ("a word nobody translated", "ko", "a word nobody translated"),
])
def test_label_falls_back_to_english(word: str, lang: str, expected: str) -> None:
    assert label(word, lang) == expected
