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
    # --- reading scenario files (engine/scenarios.py) --------------------------------------------------
    "scenario.not_found": {
        "en": "scenario file or folder not found", "id": "file atau folder skenario tidak ditemukan",
        "ko": "시나리오 파일이나 폴더를 찾을 수 없습니다", "fi": "skenaariotiedostoa tai -kansiota ei löydy"},
    "scenario.none_in_folder": {
        "en": "no scenario files (*.yaml) in folder", "id": "tidak ada file skenario (*.yaml) di folder",
        "ko": "폴더에 시나리오 파일(*.yaml)이 없습니다", "fi": "kansiossa ei ole skenaariotiedostoja (*.yaml)"},
    "scenario.unknown_file_key": {
        "en": "unknown key '{key}' in scenario file", "id": "kunci '{key}' di file skenario tidak dikenal",
        "ko": "시나리오 파일에 알 수 없는 키 '{key}'이(가) 있습니다", "fi": "tuntematon avain '{key}' skenaariotiedostossa"},
    "scenario.file_shape": {
        "en": "a scenario file must be a mapping with a 'scenarios' list",
        "id": "file skenario harus berupa pemetaan dengan daftar 'scenarios'",
        "ko": "시나리오 파일은 'scenarios' 목록이 있는 매핑이어야 합니다",
        "fi": "skenaariotiedoston pitää olla kuvaus, jossa on luettelo 'scenarios'"},
    "scenario.today": {
        "en": "'today' must be a date (YYYY-MM-DD), not {raw}", "id": "'today' harus berupa tanggal (YYYY-MM-DD), bukan {raw}",
        "ko": "'today'에는 날짜(YYYY-MM-DD)만 쓸 수 있습니다(받은 값: {raw})",
        "fi": "'today': arvon pitää olla päivämäärä (VVVV-KK-PP), ei {raw}"},
    "scenario.shape": {
        "en": "a scenario must be a mapping with 'name', 'client' and 'expect'",
        "id": "skenario harus berupa pemetaan dengan 'name', 'client', dan 'expect'",
        "ko": "시나리오는 'name', 'client', 'expect'가 있는 매핑이어야 합니다",
        "fi": "skenaarion pitää olla kuvaus, jossa on 'name', 'client' ja 'expect'"},
    "scenario.unknown_key": {
        "en": "unknown key '{key}' in scenario", "id": "kunci '{key}' di skenario tidak dikenal",
        "ko": "시나리오에 알 수 없는 키 '{key}'이(가) 있습니다", "fi": "tuntematon avain '{key}' skenaariossa"},
    "scenario.no_name": {
        "en": "a scenario needs a 'name' (text)", "id": "skenario memerlukan 'name' (teks)",
        "ko": "시나리오에는 'name'(텍스트)이 있어야 합니다", "fi": "skenaario tarvitsee kohdan 'name' (tekstiä)"},
    "scenario.no_verdict": {
        "en": "scenario '{name}' needs 'expect' with a 'verdict'",
        "id": "skenario '{name}' memerlukan 'expect' dengan 'verdict'",
        "ko": "시나리오 '{name}'에는 'verdict'가 든 'expect'가 있어야 합니다",
        "fi": "skenaario '{name}' tarvitsee kohdan 'expect', jossa on 'verdict'"},
    "scenario.unknown_expect_key": {
        "en": "unknown key '{key}' in 'expect'", "id": "kunci '{key}' di 'expect' tidak dikenal",
        "ko": "'expect'에 알 수 없는 키 '{key}'이(가) 있습니다", "fi": "tuntematon avain '{key}' kohdassa 'expect'"},
    "scenario.expect_shape": {
        "en": "'expect.{key}' has the wrong shape", "id": "bentuk 'expect.{key}' salah",
        "ko": "'expect.{key}'의 형태가 잘못되었습니다", "fi": "kohdan 'expect.{key}' muoto on väärä"},
}
