"""Interface words (headings, degrees, stages) per language; knowledge texts live in knowledge/."""

from __future__ import annotations

from clientfire.messages import fill

from .command_words import COMMAND_WORDS
from .explain_words import EXPLAIN_WORDS

__all__ = ["LABELS", "label", "said", "term", "TRANSLATED"]

#: the languages every label carries besides English (English is the key itself)
TRANSLATED = ("id", "ko", "fi")

#: English word -> {lang: word}; a missing language falls back to English.
#: Korean uses the formal-polite style of the knowledge texts; Indonesian the "Anda" register.
LABELS: dict[str, dict[str, str]] = {
    # --- verdicts (shown upper-cased in headlines) ---------------------------------
    "keep": {"id": "pertahankan klien", "ko": "클라이언트 유지", "fi": "pidä asiakas"},
    "address": {"id": "benahi dulu", "ko": "먼저 문제 해결", "fi": "korjaa ensin"},
    "pause_work": {"id": "hentikan sementara", "ko": "작업 일시 중단", "fi": "keskeytä työt"},
    "fire": {"id": "lepaskan klien", "ko": "관계 종료", "fi": "luovu asiakkaasta"},
    # --- strengths -------------------------------------------------------------------
    "strength": {"id": "kekuatan", "ko": "근거 강도", "fi": "perusteiden vahvuus"},
    "none": {"id": "tidak ada", "ko": "없음", "fi": "ei mitään"},
    "weak": {"id": "lemah", "ko": "약함", "fi": "heikko"},
    "moderate": {"id": "sedang", "ko": "보통", "fi": "kohtalainen"},
    "strong": {"id": "kuat", "ko": "강함", "fi": "vahva"},
    # --- sign degrees ----------------------------------------------------------------
    "mild": {"id": "ringan", "ko": "가벼움", "fi": "lievä"},
    "serious": {"id": "serius", "ko": "심각함", "fi": "vakava"},
    "remedy tried": {
        "id": "sudah dicoba diperbaiki", "ko": "해결 시도 후에도 지속", "fi": "korjausta jo yritetty"},
    # --- exit plan stages and kinds ----------------------------------------------------
    "prepare": {"id": "persiapan", "ko": "준비", "fi": "valmistelu"},
    "conversation": {"id": "pembicaraan", "ko": "대화", "fi": "keskustelu"},
    "closing": {"id": "penutupan", "ko": "마무리", "fi": "lopettaminen"},
    "after": {"id": "sesudahnya", "ko": "그 후", "fi": "jälkeenpäin"},
    "do": {"id": "lakukan", "ko": "할 일", "fi": "tee"},
    "dont": {"id": "hindari", "ko": "하지 말 일", "fi": "vältä"},
    # --- headings ----------------------------------------------------------------------
    "Signs found": {"id": "Tanda yang ditemukan", "ko": "발견된 신호", "fi": "Löydetyt merkit"},
    "No sign that calls for action.": {
        "id": "Tidak ada tanda yang perlu ditindaklanjuti.",
        "ko": "조치가 필요한 신호는 없습니다.",
        "fi": "Ei toimia vaativia merkkejä.",
    },
    "Try first": {"id": "Coba dulu", "ko": "먼저 해 볼 일", "fi": "Kokeile ensin"},
    "Exit plan": {"id": "Rencana keluar", "ko": "관계 종료 계획", "fi": "Irtautumissuunnitelma"},
    "For your next contracts": {
        "id": "Untuk kontrak Anda berikutnya", "ko": "다음 계약을 위해", "fi": "Seuraavia sopimuksiasi varten"},
    "Unknown facts that could change this": {
        "id": "Fakta yang belum diketahui dan bisa mengubah hasil ini",
        "ko": "결과를 바꿀 수 있는 미확인 사실",
        "fi": "Tuntemattomat tiedot, jotka voivat muuttaa tulosta",
    },
    "Unknown facts that could change the verdict": {
        "id": "Fakta yang belum diketahui dan bisa mengubah keputusan",
        "ko": "판정을 바꿀 수 있는 미확인 사실",
        "fi": "Tuntemattomat tiedot, jotka voivat muuttaa ratkaisua",
    },
    "How the verdict was reached": {
        "id": "Bagaimana keputusan ini diambil", "ko": "판정에 이른 과정", "fi": "Miten ratkaisuun päädyttiin"},
    "How this verdict was reached": {
        "id": "Bagaimana keputusan ini diambil", "ko": "이 판정에 이른 과정",
        "fi": "Miten tähän ratkaisuun päädyttiin"},
    "Why not": {"id": "Mengapa bukan", "ko": "다음이 아닌 이유:", "fi": "Miksi ei"},
    "What if": {"id": "Bagaimana jika", "ko": "만약에", "fi": "Entä jos"},
    "Other rules that fired": {
        "id": "Aturan lain yang terpicu", "ko": "발동된 다른 규칙", "fi": "Muut lauenneet säännöt"},
    "Decision path": {"id": "Alur keputusan", "ko": "판정 경로", "fi": "Päätöspolku"},
    "Sources": {"id": "Sumber", "ko": "출처", "fi": "Lähteet"},
    # --- footer --------------------------------------------------------------------------
    "knowledge version": {"id": "versi pengetahuan", "ko": "지식 버전", "fi": "tietokannan versio"},
    "rule firings": {"id": "aturan terpicu", "ko": "건의 규칙 발동", "fi": "sääntölaukaisua"},
    # --- evidence ------------------------------------------------------------------------
    "threshold": {"id": "ambang", "ko": "기준값", "fi": "kynnysarvo"},
    "threshold {id}": {"id": "ambang {id}", "ko": "기준값 {id}", "fi": "kynnysarvo {id}"},
    "not {value}": {"id": "bukan {value}", "ko": "{value} 아님", "fi": "ei {value}"},
    "unknown": {"id": "tidak diketahui", "ko": "미확인", "fi": "tuntematon"},
    "unknown, presumed {condition} until known": {
        "id": "tidak diketahui, dianggap {condition} sampai diketahui",
        "ko": "미확인, 확인될 때까지 {condition}(으)로 가정", "fi": "tuntematon, oletetaan {condition}, kunnes tiedetään"},
    "unknown, and this rule needs {condition}": {
        "id": "tidak diketahui, padahal aturan ini membutuhkan {condition}",
        "ko": "미확인, 이 규칙에는 {condition}이(가) 필요함", "fi": "tuntematon, ja sääntö vaatii {condition}"},
    "at most {value}": {"id": "paling banyak {value}", "ko": "최대 {value}", "fi": "enintään {value}"},
    "at least {value}": {"id": "paling sedikit {value}", "ko": "최소 {value}", "fi": "vähintään {value}"},
    "between {lo} and {hi}": {"id": "antara {lo} dan {hi}", "ko": "{lo}~{hi}", "fi": "välillä {lo}–{hi}"},
    "whatever {facts}": {"id": "berapa pun {facts}", "ko": "{facts} 값과 상관없이", "fi": "{facts} riippumatta"},
    "assuming": {"id": "dengan anggapan", "ko": "가정", "fi": "olettaen"},
    "could change the verdict": {"id": "bisa mengubah keputusan", "ko": "판정을 바꿀 수 있음",
                                 "fi": "voi muuttaa ratkaisun"},
    "could change the strength": {"id": "bisa mengubah kekuatan", "ko": "근거 강도를 바꿀 수 있음",
                                  "fi": "voi muuttaa perusteiden vahvuuden"},
    "could change the exit plan": {"id": "bisa mengubah rencana keluar", "ko": "종료 계획을 바꿀 수 있음",
                                   "fi": "voi muuttaa irtautumissuunnitelman"},
    "together with {facts}": {"id": "bersama {facts}", "ko": "{facts}와(과) 함께", "fi": "yhdessä tietojen {facts} kanssa"},
    "and {count} more (see --format json)": {"id": "dan {count} lainnya (lihat --format json)",
                                             "ko": "외 {count}건 (--format json 참고)",
                                             "fi": "ja {count:plural:muu|muuta} (katso --format json)"},
    "not looked for in this run": {"id": "tidak dicari dalam proses ini", "ko": "이번 실행에서는 찾지 않음",
                                   "fi": "ei etsitty tällä kertaa"},
    "Warnings": {"id": "Peringatan", "ko": "경고", "fi": "Varoitukset"},
    "Notes": {"id": "Catatan", "ko": "참고", "fi": "Huomiot"},
    "from your books": {"id": "dari pembukuan Anda", "ko": "장부 기록", "fi": "kirjanpidostasi"},
    "and {n} more": {"id": "dan {n} lainnya", "ko": "외 {n}건", "fi": "ja {n:plural:muu|muuta}"},
    "Records behind the imported facts": {
        "id": "Catatan di balik fakta yang diimpor", "ko": "가져온 사실의 근거 기록",
        "fi": "Tuotujen tietojen taustalla olevat kirjaukset"},
    # --- kinds of things (legends) -----------------------------------------------------------
    "verdict": {"id": "keputusan", "ko": "판정", "fi": "ratkaisu"},
    "sign": {"id": "tanda", "ko": "신호", "fi": "merkki"},
    "remedy": {"id": "perbaikan", "ko": "해결책", "fi": "korjauskeino"},
    "guidance": {"id": "panduan", "ko": "안내", "fi": "ohje"},
    "prevention": {"id": "pencegahan", "ko": "예방", "fi": "ennaltaehkäisy"},
    "fact": {"id": "fakta", "ko": "사실", "fi": "tieto"},
    "rule": {"id": "aturan", "ko": "규칙", "fi": "sääntö"},
    "notice": {"id": "catatan", "ko": "알림", "fi": "huomautus"},
}

LABELS.update(EXPLAIN_WORDS)
LABELS.update(COMMAND_WORDS)


def label(word: str, lang: str) -> str:
    """`word` in `lang` (English when there is no translation)."""
    return LABELS.get(word, {}).get(lang, word.replace("_", " "))


def said(word: str, lang: str, **params: object) -> str:
    """`word` in `lang` with `params` filled in (plurals; Korean particles then fit the values: `관계 종료를`)."""
    return fill(label(word, lang), lang, **params)


def term(word: str, lang: str) -> str:
    """An id that is also a word (`pause_work`, `strong`, `serious`): as written in English, in words otherwise."""
    return word if lang == "en" else label(word, lang)
