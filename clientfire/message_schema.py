"""Message templates for knowledge files that do not fit their schema (engine/parse.py's readers)."""

from __future__ import annotations

__all__ = ["SCHEMA_MESSAGES"]

SCHEMA_MESSAGES: dict[str, dict[str, str]] = {
    "schema.unknown_key": {
        "en": "unknown key '{key}'", "id": "kunci '{key}' tidak dikenal", "ko": "알 수 없는 키 '{key}'",
        "fi": "tuntematon avain '{key}'"},
    "schema.unknown_key_in": {
        "en": "unknown key '{key}' in {what}", "id": "kunci '{key}' di {what} tidak dikenal",
        "ko": "{what}에 알 수 없는 키 '{key}'이(가) 있습니다", "fi": "tuntematon avain '{key}' ({what})"},
    "schema.missing_key": {
        "en": "missing key '{key}'", "id": "kunci '{key}' tidak ada", "ko": "필요한 키 '{key}'이(가) 없습니다",
        "fi": "avain '{key}' puuttuu"},
    "schema.missing_key_in": {
        "en": "missing key '{key}' in {what}", "id": "kunci '{key}' tidak ada di {what}",
        "ko": "{what}에 필요한 키 '{key}'이(가) 없습니다", "fi": "avain '{key}' puuttuu ({what})"},
    "what.knowledge_file": {"en": "knowledge file", "id": "file pengetahuan", "ko": "지식 파일", "fi": "tietokantatiedosto"},
    "what.estimate": {"en": "estimate", "id": "perkiraan", "ko": "추정", "fi": "arvio"},
    "what.rule": {"en": "rule", "id": "aturan", "ko": "규칙", "fi": "sääntö"},
    "what.condition": {"en": "condition", "id": "syarat", "ko": "조건", "fi": "ehto"},
    "what.article": {"en": "article '{name}'", "id": "artikel '{name}'", "ko": "글 '{name}'", "fi": "artikkeli '{name}'"},
    "what.fact": {"en": "fact '{name}'", "id": "fakta '{name}'", "ko": "사실 '{name}'", "fi": "tieto '{name}'"},
    "what.group": {"en": "group '{name}'", "id": "kelompok '{name}'", "ko": "사실 묶음 '{name}'",
                   "fi": "tietoryhmä '{name}'"},
    "what.threshold": {"en": "threshold '{name}'", "id": "ambang '{name}'", "ko": "기준값 '{name}'",
                       "fi": "kynnysarvo '{name}'"},
    "what.item": {"en": "{kind} item", "id": "butir {kind}", "ko": "{kind} 항목", "fi": "{kind}-kohde"},
    "shape.nothing": {"en": "nothing", "id": "kosong", "ko": "빈 값", "fi": "ei mitään"},
    "shape.boolean": {"en": "a boolean", "id": "nilai benar/salah", "ko": "참/거짓 값", "fi": "totuusarvo"},
    "shape.number": {"en": "a number", "id": "angka", "ko": "숫자", "fi": "luku"},
    "shape.text": {"en": "a text", "id": "teks", "ko": "텍스트", "fi": "teksti"},
    "shape.list": {"en": "a list", "id": "daftar", "ko": "목록", "fi": "luettelo"},
    "shape.mapping": {"en": "a mapping", "id": "pemetaan", "ko": "매핑", "fi": "kuvaus"},
    "schema.mapping": {
        "en": "'{key}' must be a mapping, not {shape}", "id": "'{key}' harus berupa pemetaan, bukan {shape}",
        "ko": "'{key}'은(는) 매핑이어야 합니다(받은 것: {shape})", "fi": "'{key}': pitää olla kuvaus, ei {shape}"},
    "schema.list": {
        "en": "'{key}' must be a list, not {shape}", "id": "'{key}' harus berupa daftar, bukan {shape}",
        "ko": "'{key}'은(는) 목록이어야 합니다(받은 것: {shape})", "fi": "'{key}': pitää olla luettelo, ei {shape}"},
    "schema.number": {
        "en": "'{key}' must be a number, not {shape}", "id": "'{key}' harus berupa angka, bukan {shape}",
        "ko": "'{key}'에는 숫자만 쓸 수 있습니다(받은 것: {shape})", "fi": "'{key}': pitää olla luku, ei {shape}"},
    "schema.text": {
        "en": "'{key}' must be a non-empty text", "id": "'{key}' harus berupa teks yang tidak kosong",
        "ko": "'{key}'에는 비어 있지 않은 텍스트를 써야 합니다", "fi": "'{key}': pitää olla tekstiä, joka ei ole tyhjä"},
    "schema.id": {
        "en": "'{key}' must be an id like 'late_payment', not {raw}",
        "id": "'{key}' harus berupa id seperti 'late_payment', bukan {raw}",
        "ko": "'{key}'에는 'late_payment' 같은 식별자를 써야 합니다(받은 값: {raw})",
        "fi": "'{key}': pitää olla tunnus kuten 'late_payment', ei {raw}"},
    "schema.text_or_map": {
        "en": "'{key}' must be a text or a mapping of language to text",
        "id": "'{key}' harus berupa teks atau pemetaan bahasa ke teks",
        "ko": "'{key}'은(는) 텍스트이거나 언어별 텍스트의 매핑이어야 합니다",
        "fi": "'{key}': pitää olla teksti tai kuvaus kielistä teksteihin"},
    "schema.unknown_lang": {
        "en": "unknown language '{lang}'", "id": "bahasa '{lang}' tidak dikenal", "ko": "알 수 없는 언어 '{lang}'",
        "fi": "tuntematon kieli '{lang}'"},
    "schema.empty_text": {
        "en": "text '{key}.{lang}' must be a non-empty string", "id": "teks '{key}.{lang}' tidak boleh kosong",
        "ko": "텍스트 '{key}.{lang}'은(는) 비어 있으면 안 됩니다", "fi": "teksti '{key}.{lang}' ei saa olla tyhjä"},
    "schema.needs_en": {
        "en": "'{key}' needs an English text ('en')", "id": "'{key}' memerlukan teks bahasa Inggris ('en')",
        "ko": "'{key}'에는 영어 텍스트('en')가 있어야 합니다", "fi": "'{key}' tarvitsee englanninkielisen tekstin ('en')"},
    "schema.refs": {
        "en": "'{key}' must be an id or a list of ids", "id": "'{key}' harus berupa id atau daftar id",
        "ko": "'{key}'에는 식별자 하나나 식별자 목록을 써야 합니다", "fi": "'{key}': pitää olla tunnus tai luettelo tunnuksia"},
    "schema.range": {
        "en": "'{key}' must be a finite number between -{most:g} and {most:g}, not {raw}",
        "id": "'{key}' harus berupa angka terhingga antara -{most:g} dan {most:g}, bukan {raw}",
        "ko": "'{key}'에는 -{most:g}~{most:g} 사이의 유한한 숫자만 쓸 수 있습니다(받은 값: {raw})",
        "fi": "'{key}': pitää olla äärellinen luku väliltä -{most:g}–{most:g}, ei {raw}"},
    # --- overrides files (engine/overrides.py) ------------------------------------------------------------
    "overrides.shape": {
        "en": "an overrides file must be a mapping of sections", "id": "file override harus berupa pemetaan bagian",
        "ko": "재정의 파일은 섹션의 매핑이어야 합니다", "fi": "ohitustiedoston pitää olla osioiden kuvaus"},
    "overrides.unknown_key": {
        "en": "unknown key '{key}' in overrides file", "id": "kunci '{key}' di file override tidak dikenal",
        "ko": "재정의 파일에 알 수 없는 키 '{key}'이(가) 있습니다", "fi": "tuntematon avain '{key}' ohitustiedostossa"},
    "overrides.thresholds": {
        "en": "'thresholds' must map threshold ids to numbers",
        "id": "'thresholds' harus memetakan id ambang ke angka",
        "ko": "'thresholds'에는 기준값 식별자마다 숫자를 적어야 합니다",
        "fi": "'thresholds': pitää olla kynnysarvojen tunnukset ja niiden luvut"},
    "overrides.threshold_id": {
        "en": "'{name}' is not a threshold id like 'late_payment.min_late_invoices'",
        "id": "'{name}' bukan id ambang seperti 'late_payment.min_late_invoices'",
        "ko": "'{name}'은(는) 'late_payment.min_late_invoices' 같은 기준값 식별자가 아닙니다",
        "fi": "'{name}' ei ole kynnysarvon tunnus kuten 'late_payment.min_late_invoices'"},
    "overrides.threshold_keys": {
        "en": "threshold '{name}' takes 'value' (and 'unit', 'note')",
        "id": "ambang '{name}' menerima 'value' (serta 'unit', 'note')",
        "ko": "기준값 '{name}'에는 'value'(와 'unit', 'note')를 적습니다",
        "fi": "kynnysarvolle '{name}' annetaan 'value' (sekä 'unit', 'note')"},
    "overrides.threshold_number": {
        "en": "threshold '{name}' must be a number, not {raw}", "id": "ambang '{name}' harus berupa angka, bukan {raw}",
        "ko": "기준값 '{name}'에는 숫자만 쓸 수 있습니다(받은 값: {raw})",
        "fi": "kynnysarvon '{name}' pitää olla luku, ei {raw}"},
    "overrides.disable": {
        "en": "'disable' must be a rule id or a list of rule ids",
        "id": "'disable' harus berupa id aturan atau daftar id aturan",
        "ko": "'disable'에는 규칙 식별자 하나나 그 목록을 써야 합니다",
        "fi": "'disable': pitää olla säännön tunnus tai luettelo sääntöjen tunnuksia"},
    "overrides.unknown_threshold": {
        "en": "unknown threshold '{name}' (a new one is written {{value: ...}})",
        "id": "ambang '{name}' tidak dikenal (ambang baru ditulis {{value: ...}})",
        "ko": "알 수 없는 기준값 '{name}'(새 기준값은 {{value: ...}} 형태로 적습니다)",
        "fi": "tuntematon kynnysarvo '{name}' (uusi kirjoitetaan {{value: ...}})"},
    "overrides.unknown_rule": {
        "en": "cannot disable unknown rule '{name}'", "id": "aturan '{name}' yang tidak dikenal tidak dapat dinonaktifkan",
        "ko": "알 수 없는 규칙 '{name}'은(는) 끌 수 없습니다", "fi": "tuntematonta sääntöä '{name}' ei voi poistaa käytöstä"},
    "overrides.duplicate": {
        "en": "duplicate id '{name}' in overrides file", "id": "id '{name}' ganda di file override",
        "ko": "재정의 파일에 식별자 '{name}'이(가) 중복됩니다", "fi": "tunnus '{name}' toistuu ohitustiedostossa"},
}
