"""The command line in the chosen language (clientfire/cli_lang.py): argparse's own words and every command's help
(issue 16, languages: a tour with --lang ko shows no English interface words)."""

from __future__ import annotations

import argparse
import contextlib
import gettext
import inspect
import io
from pathlib import Path

import pytest

from clientfire.cli import TABLE, argv_lang, build_parser, main
from clientfire.cli_lang import help_texts, parsers, words, wrap
from clientfire.messages import MESSAGES
from clientfire.textwidth import display_width

LANGS = ("id", "ko", "fi")
ROOT = Path(__file__).resolve().parent.parent


def _run(*argv: str) -> tuple[int, str, str]:
    """`clientfire ARGV` in-process: exit code, standard output and standard error (argparse exits: its code)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


#: a mistake on the command line -> what argparse says about it, in each language (its last line, after the usage)
ERRORS = {
    ("verdict", "x", "--bogus"): {
        "id": "clientfire: galat: argumen tidak dikenal: --bogus", "ko": "clientfire: 오류: 알 수 없는 인수: --bogus",
        "fi": "clientfire: virhe: tuntemattomat argumentit: --bogus"},
    ("verdict",): {
        "id": "clientfire verdict: galat: argumen berikut wajib diberikan: file",
        "ko": "clientfire verdict: 오류: 다음 인수가 필요합니다: file",
        "fi": "clientfire verdict: virhe: seuraavat argumentit puuttuvat: file"},
    ("verdict", "x", "--format", "zz"): {
        "id": "clientfire verdict: galat: argumen --format: pilihan tidak valid: 'zz' (pilih dari 'text', 'markdown', "
              "'json')",
        "ko": "clientfire verdict: 오류: 인수 --format: 잘못된 선택: 'zz' ('text', 'markdown', 'json' 중에서 고르십시오)",
        "fi": "clientfire verdict: virhe: argumentti --format: virheellinen valinta: 'zz' (valitse näistä: 'text', "
              "'markdown', 'json')"},
    ("verdict", "x", "--today"): {
        "id": "clientfire verdict: galat: argumen --today: perlu satu argumen",
        "ko": "clientfire verdict: 오류: 인수 --today: 인수 하나가 필요합니다",
        "fi": "clientfire verdict: virhe: argumentti --today: odotettiin yhtä argumenttia"},
    ("batch", "x", "-j", "many"): {
        "id": "clientfire batch: galat: argumen -j/--jobs: bukan bilangan yang valid: 'many'",
        "ko": "clientfire batch: 오류: 인수 -j/--jobs: 올바른 숫자가 아닙니다: 'many'",
        "fi": "clientfire batch: virhe: argumentti -j/--jobs: ei kelvollinen luku: 'many'"},
    ("verdict", "x", "--no-record=yes"): {
        "id": "clientfire verdict: galat: argumen --no-record: opsi ini tidak menerima nilai: 'yes'",
        "ko": "clientfire verdict: 오류: 인수 --no-record: 이 옵션은 값을 받지 않습니다: 'yes'",
        "fi": "clientfire verdict: virhe: argumentti --no-record: valitsin ei ota arvoa: 'yes'"},
}
#: the usage line's first word in each language
USAGE = {"en": "usage: ", "id": "penggunaan: ", "ko": "사용법: ", "fi": "käyttö: "}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("argv", list(ERRORS))
def test_argparse_errors_are_told_in_the_chosen_language(argv: tuple[str, ...], lang: str) -> None:
    code, out, err = _run(*argv, "--lang", lang)
    assert (code, out) == (2, "")
    assert err.startswith(USAGE[lang]) and err.splitlines()[-1] == ERRORS[argv][lang], err


@pytest.mark.parametrize("lang", LANGS)
def test_argparse_errors_take_the_language_from_the_environment_without_lang(lang: str,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTFIRE_LANG", lang)
    code, _, err = _run("verdict")
    assert code == 2 and err.splitlines()[-1] == ERRORS[("verdict",)][lang]


def test_argparse_errors_stay_argparses_english_without_a_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLIENTFIRE_LANG", raising=False)
    code, _, err = _run("verdict", "x", "--format", "zz")
    assert code == 2 and err.startswith("usage: clientfire verdict [-h]")
    assert err.splitlines()[-1] == ("clientfire verdict: error: argument --format: invalid choice: 'zz' "
                                    "(choose from 'text', 'markdown', 'json')")


@pytest.mark.parametrize(("argv", "env", "locale", "lang"), [
    (["verdict", "x", "--lang", "ko"], None, None, "ko"),
    (["verdict", "--lang=fi", "x"], None, None, "fi"),
    (["--lang", "id", "verdict"], "ko", None, "id"),  # the command line before the environment
    (["verdict", "x"], "fi", None, "fi"),
    (["verdict", "x"], None, None, "en"),
    (["verdict", "--lang", "xx"], None, None, "en"),  # not a language: argparse says so, in English
    (["verdict", "--lang", "id", "--lang", "ko"], None, None, "ko"),  # the last one, as argparse keeps it
    (["verdict", "--lang"], "id", None, "id"),
    (["verdict", "x"], None, "ko_KR.UTF-8", "ko"),  # only the locale names it
    (["verdict", "x"], "fi", "ko_KR.UTF-8", "fi"),  # CLIENTFIRE_LANG before the locale
    (["verdict", "--lang", "xx"], None, "fi_FI.UTF-8", "fi"),  # argparse says it is not a language, in Finnish
    (["verdict", "x"], "xx", "id_ID.UTF-8", "id"),  # the command says so, in Indonesian
])
def test_the_command_lines_language_is_lang_in_argv_then_clientfire_lang_then_the_locale(
        argv: list[str], env: str | None, locale: str | None, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLIENTFIRE_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", locale or "C.UTF-8")
    if env:
        monkeypatch.setenv("CLIENTFIRE_LANG", env)
    assert argv_lang(argv) == lang


@pytest.mark.parametrize(("locale", "said"), [
    ("C.UTF-8", "clientfire: error: unknown language 'xx' in CLIENTFIRE_LANG (choose from en, id, ko, fi)"),
    ("ko_KR.UTF-8", "clientfire: 오류: CLIENTFIRE_LANG의 'xx'은(는) 알 수 없는 언어입니다(en, id, ko, fi 중에서 고르십시오)"),
    ("fi_FI.UTF-8", "clientfire: virhe: tuntematon kieli 'xx' muuttujassa CLIENTFIRE_LANG "
                    "(valitse jokin näistä: en, id, ko, fi)"),
])
def test_an_invalid_clientfire_lang_is_told_in_the_locales_language(locale: str, said: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", locale)
    monkeypatch.setenv("CLIENTFIRE_LANG", "xx")
    code, _, err = _run("verdict", str(ROOT / "examples" / "greyhaven-non-payer.yaml"), "--no-record")
    assert (code, err.splitlines()) == (2, [said])


@pytest.mark.parametrize(("lang", "usage"), [("ko_KR.UTF-8", "사용법:"), ("fi_FI.UTF-8", "käyttö:"),
                                             ("id_ID.UTF-8", "penggunaan:"), ("en_GB.UTF-8", "usage:")])
def test_help_follows_the_locale_when_nothing_else_names_a_language(lang: str, usage: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLIENTFIRE_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    code, out, _ = _run("verdict", "--help")
    assert code == 0 and out.startswith(usage + " clientfire verdict"), out[:60]


@pytest.mark.parametrize(("argv", "said"), [
    (("--lang", "ko", "verdict"), "clientfire verdict: 오류: 다음 인수가 필요합니다: file"),
    (("--lang=fi", "verdict", "x", "--bogus"), "clientfire: virhe: tuntemattomat argumentit: --bogus"),
    (("--lang", "id", "--help"), "opsi:"),  # the command list's help, in Indonesian
    (("audit", "--lang", "ko", "show"), "clientfire audit show: 오류: 다음 인수가 필요합니다: ID"),  # before the action
    (("--lang", "ko"), "옵션:"),  # no command: the command list, as `clientfire` alone prints it
    (("--lang=fi",), "valitsimet:"),
    (("audit", "--lang", "ko"), "clientfire audit: 오류: 다음 인수가 필요합니다: ACTION"),  # `ko` is no action
    (("--lang", "ko", "audit"), "clientfire audit: 오류: 다음 인수가 필요합니다: ACTION"),
    (("knowledge", "--lang=fi"), "clientfire knowledge: virhe: seuraavat argumentit puuttuvat: ACTION"),
])
def test_lang_given_before_the_command_is_the_commands_lang(argv: tuple[str, ...], said: str) -> None:
    """`clientfire --lang ko verdict` reads as `clientfire verdict --lang ko` (argparse would take `ko` for a command);
    after `--` nothing moves."""
    code, out, err = _run(*argv)
    assert code == (0 if "--help" in argv else 2) and said in (out + err).splitlines(), out + err


def test_argparse_gets_its_own_words_back_after_a_parse_in_another_language() -> None:
    _run("verdict", "--lang", "ko")
    _run("verdict", "--help", "--lang", "fi")
    assert (argparse._, argparse.ngettext) == (gettext.gettext, gettext.ngettext)  # type: ignore[attr-defined]


def test_every_argparse_word_in_the_catalogue_is_one_argparse_asks_for() -> None:
    """The English of each `argparse.*` entry is a msgid of this Python's argparse, exactly (else it is never used)."""
    source = inspect.getsource(argparse)
    unused = [code for code, t in MESSAGES.items() if code.startswith("argparse.")
              and repr(t["en"]) not in source and f'"{t["en"]}"' not in source]
    assert unused == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("command", [None, *TABLE])
def test_every_help_text_of_every_command_has_a_translation(command: str | None, lang: str) -> None:
    """A description or option help added in English without its translations fails here."""
    missing = [text for text in help_texts(build_parser(command)) if text not in words(lang)]
    assert missing == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("argv", [("verdict",), ("batch",), ("audit", "list"), ("knowledge", "diff"), ()])
def test_command_help_is_told_in_the_chosen_language(argv: tuple[str, ...], lang: str) -> None:
    code, out, _ = _run(*argv, "--help", "--lang", lang)
    english = help_texts(build_parser(argv[0] if argv else None))
    assert code == 0 and out.startswith(USAGE[lang])
    said = words(lang)
    assert said["options"] + ":" in out and said["show this help message and exit"] in out
    shown = " ".join(out.split())
    left = [text for text in english if len(text.split()) > 2 and " ".join(text.split()) in shown]
    assert left == []


@pytest.mark.parametrize("command", list(TABLE))
def test_english_help_is_argparses_own_formatting(command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a language the help is what argparse prints for the registered parser: nothing translated, no re-wrap."""
    monkeypatch.delenv("CLIENTFIRE_LANG", raising=False)
    code, out, _ = _run(command, "--help")
    assert code == 0 and out == parsers(build_parser(command))[1].format_help()


@pytest.mark.parametrize("argv", [("verdict",), ("batch",), ("audit", "list"), ()])
def test_korean_help_fits_the_terminal_by_cells(argv: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    """A Korean syllable takes two cells: the help is wrapped by cells, and the usage lines up under its first line."""
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = _run(*argv, "--help", "--lang", "ko")
    lines = out.splitlines()
    assert max(display_width(line) for line in lines) <= 78
    usage = lines[:lines.index("")]  # the usage, up to the blank line after it
    assert usage[0].startswith("사용법: ")
    if len(usage) > 1:
        first = usage[0].index("[")  # the first option, after `사용법: clientfire COMMAND `
        assert display_width(usage[0][:first]) == len(usage[1]) - len(usage[1].lstrip())


@pytest.mark.parametrize(("text", "width", "lines"), [
    ("가나 다라 마바", 5, ["가나", "다라", "마바"]),
    ("가나 다라 마바", 11, ["가나 다라", "마바"]),
    ("one two three", 7, ["one two", "three"]),
    ("averyveryverylongword x", 5, ["averyveryverylongword", "x"]),
    ("", 10, []),
])
def test_wrap_breaks_between_words_by_terminal_cells(text: str, width: int, lines: list[str]) -> None:
    assert wrap(text, width) == lines


def test_every_option_type_is_a_number() -> None:
    """argparse names the type of a bad value (`invalid int value`); the translations say "a number" instead."""
    types = {action.type for name in TABLE for parser in parsers(build_parser(name)) for action in parser._actions}
    assert types <= {None, int, float}
