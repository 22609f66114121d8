"""The commands' own lines in the chosen language: what `knowledge init` copied and what to do next, what
`knowledge schema` wrote, and `explain --why-not`'s unknown verdict (English as it always was)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES

#: language -> what `knowledge init DIR` says ({n}: the files it copied, {d}: the folder)
INIT_SAID = {
    "en": "copied {n} files to {d}\nnext: edit them, then `clientfire check {d}` and `clientfire test --knowledge {d}`\n",
    "ko": "파일 {n}개를 {d}에 복사했습니다\n다음 단계: 파일을 고친 뒤 `clientfire check {d}`와(과) "
          "`clientfire test --knowledge {d}`을(를) 실행하십시오\n",
    "fi": "kopioitiin {n} tiedostoa kansioon {d}\nseuraavaksi: muokkaa niitä ja aja sitten `clientfire check {d}` ja "
          "`clientfire test --knowledge {d}`\n",
    "id": "{n} file disalin ke {d}\nberikutnya: ubah file-file itu, lalu jalankan `clientfire check {d}` dan "
          "`clientfire test --knowledge {d}`\n",
}


@pytest.mark.parametrize("lang", sorted(INIT_SAID))
def test_knowledge_init_says_what_it_copied_in_the_chosen_language(run_cli: Any, tmp_path: Path, lang: str) -> None:
    folder = tmp_path / "mine"
    code, out, err = run_cli("knowledge", "init", str(folder), "--lang", lang)
    copied = [p for p in folder.rglob("*") if p.is_file()]
    assert (code, err) == (0, "") and len(copied) > 1
    assert out == INIT_SAID[lang].format(n=len(copied), d=folder)


def test_knowledge_init_without_lang_speaks_english(run_cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLIENTFIRE_LANG", raising=False)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    folder = tmp_path / "mine"
    code, out, _ = run_cli("knowledge", "init", str(folder))
    assert code == 0 and out.startswith("copied ") and out.endswith(f"`clientfire test --knowledge {folder}`\n")


#: language -> what `knowledge schema --out DIR` says ({d}: the folder)
SCHEMA_SAID = {
    "en": "wrote knowledge.schema.json, overrides.schema.json, client.schema.json to {d}\n",
    "ko": "knowledge.schema.json, overrides.schema.json, client.schema.json을(를) {d}에 썼습니다\n",
}


@pytest.mark.parametrize("lang", sorted(SCHEMA_SAID))
def test_knowledge_schema_says_what_it_wrote_in_the_chosen_language(run_cli: Any, tmp_path: Path, lang: str) -> None:
    code, out, err = run_cli("knowledge", "schema", "--out", str(tmp_path / "s"), "--lang", lang)
    assert (code, out, err) == (0, SCHEMA_SAID[lang].format(d=tmp_path / "s"), "")
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == ["client.schema.json", "knowledge.schema.json",
                                                                 "overrides.schema.json"]


#: (verdict asked for, language) -> the error `explain --why-not` gives
WHY_NOT_SAID = {
    ("bogus", "en"): "clientfire: error: unknown verdict 'bogus' (choose from keep, address, pause_work, fire)\n",
    ("bogus", "ko"): "clientfire: 오류: 'bogus'은(는) 알 수 없는 판정입니다(keep, address, pause_work, fire 중에서 "
                     "고르십시오)\n",
    ("fier", "en"): "clientfire: error: unknown verdict 'fier' (choose from keep, address, pause_work, fire) "
                    "(did you mean 'fire'?)\n",
    ("fier", "ko"): "clientfire: 오류: 'fier'은(는) 알 수 없는 판정입니다(keep, address, pause_work, fire 중에서 "
                    "고르십시오) ('fire'을(를) 뜻하셨나요?)\n",
}


@pytest.mark.parametrize(("verdict", "lang"), sorted(WHY_NOT_SAID))
def test_an_unknown_why_not_verdict_is_said_in_the_chosen_language(run_cli: Any, verdict: str, lang: str) -> None:
    code, out, err = run_cli("explain", str(EXAMPLES[0]), "--why-not", verdict, "--no-record", "--lang", lang)
    assert (code, out, err) == (2, "", WHY_NOT_SAID[(verdict, lang)])
