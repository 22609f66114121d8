"""Message templates of `clientfire test`: how a scenario's outcome differs from what it expects."""

from __future__ import annotations

__all__ = ["TEST_MESSAGES"]

#: `{key}` is the scenario file's key under `expect:` (an id); `{want!w}`/`{got!w}` a verdict, strength or degree
TEST_MESSAGES: dict[str, dict[str, str]] = {
    "test.expected": {
        "en": "{key}: expected {want}, got {got}", "id": "expect.{key}: diharapkan {want!w}, hasilnya {got!w}",
        "ko": "expect.{key}: 기대한 값은 {want!w}, 실제 결과는 {got!w}",
        "fi": "expect.{key}: odotettiin {want!w}, tuli {got!w}"},
    "test.degree": {
        "en": "sign {sign}: expected degree {want}, got {got}",
        "id": "tanda {sign}: diharapkan tingkat {want!w}, hasilnya {got!w}",
        "ko": "신호 {sign}: 기대한 정도는 {want!w}, 실제 결과는 {got!w}",
        "fi": "merkki {sign}: odotettiin astetta {want!w}, tuli {got!w}"},
    "test.missing": {
        "en": "{key}: missing {ids}", "id": "expect.{key}: tidak ada {ids}", "ko": "expect.{key}: 빠짐 {ids}",
        "fi": "expect.{key}: puuttuu {ids}"},
    "test.unexpected": {
        "en": "{key}: unexpected {ids}", "id": "expect.{key}: tak terduga {ids}",
        "ko": "expect.{key}: 예상 밖 {ids}", "fi": "expect.{key}: odottamatta {ids}"},
    "test.not_unknown": {
        "en": "unknown: {fact} is not listed", "id": "expect.unknown: {fact} tidak tercantum",
        "ko": "expect.unknown: {fact}이(가) 목록에 없습니다", "fi": "expect.unknown: {fact} ei ole luettelossa"},
    "test.listed_unknown": {
        "en": "unknown: {fact} is listed, but should not be",
        "id": "expect.not_unknown: {fact} tercantum, padahal seharusnya tidak",
        "ko": "expect.not_unknown: {fact}이(가) 목록에 있지만 없어야 합니다",
        "fi": "expect.not_unknown: {fact} on luettelossa, vaikka ei pitäisi"},
    "test.did_not_fire": {
        "en": "rule {rule} did not fire", "id": "aturan {rule} tidak terpicu", "ko": "규칙 {rule}이(가) 발동하지 않았습니다",
        "fi": "sääntö {rule} ei lauennut"},
    "test.fired": {
        "en": "rule {rule} fired", "id": "aturan {rule} terpicu", "ko": "규칙 {rule}이(가) 발동했습니다",
        "fi": "sääntö {rule} laukesi"},
    "test.unknown_id": {
        "en": "{key}: unknown id '{name}'", "id": "expect.{key}: id '{name}' tidak dikenal",
        "ko": "expect.{key}: 알 수 없는 식별자 '{name}'", "fi": "expect.{key}: tuntematon tunnus '{name}'"},
    "test.unknown_id_hint": {
        "en": "{key}: unknown id '{name}' (did you mean '{hint}'?)",
        "id": "expect.{key}: id '{name}' tidak dikenal (mungkin maksud Anda '{hint}'?)",
        "ko": "expect.{key}: 알 수 없는 식별자 '{name}'('{hint}'을(를) 뜻하셨나요?)",
        "fi": "expect.{key}: tuntematon tunnus '{name}' (tarkoititko '{hint}'?)"},
    "test.client": {
        "en": "client: {error}", "id": "client: {error}", "ko": "client: {error}", "fi": "client: {error}"},
}
