"""The lines a running command draws itself, in the chosen language (clientfire/message_run.py): batch's progress
bar, serve's start-up errors and its start and stop lines (issue 16, languages)."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from clientfire.batch.progress import Progress
from tests.test_cli_lang import _run


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "] 10/10 clients  "), ("id", "] 10/10 klien  "), ("ko", "] 클라이언트 10/10곳  초당 "),
    ("fi", "] 10/10 asiakasta  ")])
def test_progress_bar_words_are_in_the_chosen_language(lang: str, said: str) -> None:
    shown = io.StringIO()
    bar = Progress(10, shown, force=True, lang=lang)
    bar.update(10)
    bar.close()
    assert shown.getvalue().startswith("\r[" + "#" * 30) and said in shown.getvalue(), shown.getvalue()


#: a serve setting refused before anything listens -> the error line in each language
SERVE_ERRORS = {
    ("--port", "99999"): {"en": "clientfire: error: --port must be between 0 and 65535, not 99999",
                          "ko": "clientfire: 오류: --port는 0에서 65535 사이여야 합니다(받은 값: 99999)",
                          "fi": "clientfire: virhe: --port pitää olla välillä 0–65535, ei 99999",
                          "id": "clientfire: galat: --port harus di antara 0 dan 65535, bukan 99999"},
    ("--host", "0.0.0.0"): {"en": "clientfire: error: refusing to listen on 0.0.0.0 without a token",
                            "ko": "clientfire: 오류: 토큰 없이는 0.0.0.0에서 연결을 받지 않습니다",
                            "fi": "clientfire: virhe: ei kuunnella osoitetta 0.0.0.0 ilman tunnistetta",
                            "id": "clientfire: galat: menolak mendengarkan di 0.0.0.0 tanpa token"},
}


@pytest.mark.parametrize("lang", ["en", "id", "ko", "fi"])
@pytest.mark.parametrize("argv", list(SERVE_ERRORS))
def test_serve_start_up_errors_are_told_in_the_chosen_language(argv: tuple[str, ...], lang: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLIENTFIRE_TOKEN", raising=False)
    code, out, err = _run("serve", *argv, "--lang", lang)
    assert (code, out) == (2, "") and err.startswith(SERVE_ERRORS[argv][lang]), err


def test_serve_start_up_error_keeps_its_english_for_a_short_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTFIRE_TOKEN", "short")
    code, _, err = _run("serve")
    assert code == 2 and err.startswith("clientfire: error: CLIENTFIRE_TOKEN must be at least 16 characters"), err


def test_serve_says_where_it_serves_and_that_it_stopped_in_the_chosen_language() -> None:
    env = {**os.environ, "CLIENTFIRE_SERVE_LIFETIME": "0.5"}
    done = subprocess.run([sys.executable, "-m", "clientfire", "serve", "--port", "0", "--lang", "ko"], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("clientfire: http://127.0.0.1:") and "에서 서비스 중입니다" in done.stdout, done.stdout
    assert done.stderr.strip().endswith("clientfire: 멈췄습니다"), done.stderr


@pytest.mark.parametrize(("lang", "said"), [("en", "clientfire: interrupted"), ("ko", "clientfire: 중단되었습니다"),
                                            ("fi", "clientfire: keskeytetty"), ("id", "clientfire: dihentikan")])
def test_ctrl_c_is_told_in_the_chosen_language(lang: str, said: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import clientfire.commands.facts

    def interrupted(_: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(clientfire.commands.facts, "run", interrupted)
    assert _run("facts", "--lang", lang) == (130, "", said + "\n")


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "clientfire: internal error: RuntimeError: boom (set CLIENTFIRE_DEBUG=1 for details)"),
    ("ko", "clientfire: 내부 오류: RuntimeError: boom (자세한 내용을 보려면 CLIENTFIRE_DEBUG=1을 설정하십시오)"),
    ("fi", "clientfire: sisäinen virhe: RuntimeError: boom (aseta CLIENTFIRE_DEBUG=1 nähdäksesi yksityiskohdat)")])
def test_an_internal_error_is_one_line_in_the_chosen_language(lang: str, said: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import clientfire.commands.facts

    def broken(_: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.delenv("CLIENTFIRE_DEBUG", raising=False)
    monkeypatch.setattr(clientfire.commands.facts, "run", broken)
    assert _run("facts", "--lang", lang) == (1, "", said + "\n")
