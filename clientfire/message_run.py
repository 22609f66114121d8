"""Message templates for the lines a running command draws itself: batch's progress bar, serve's start and stop."""

from __future__ import annotations

__all__ = ["RUN_MESSAGES"]

#: code -> {lang: template}; addresses, ports and counts are parameters (shown as they are)
RUN_MESSAGES: dict[str, dict[str, str]] = {
    # --- batch's progress bar (batch/progress.py): `[#####.....] 4200/10000 clients  1830/s` --------------------
    "run.progress": {
        "en": "{done}/{total:plural:client|clients}  {rate}/s", "id": "{done}/{total} klien  {rate}/detik",
        "ko": "클라이언트 {done}/{total}곳  초당 {rate}곳", "fi": "{done}/{total:plural:asiakas|asiakasta}  {rate}/s"},
    # --- Ctrl-C and the last line of defence, during any command (cli.py) --------------------------------------
    "run.interrupted": {
        "en": "clientfire: interrupted", "id": "clientfire: dihentikan", "ko": "clientfire: 중단되었습니다",
        "fi": "clientfire: keskeytetty"},
    "run.internal_error": {
        "en": "clientfire: internal error: {kind}: {detail} (set CLIENTFIRE_DEBUG=1 for details)",
        "id": "clientfire: galat internal: {kind}: {detail} (atur CLIENTFIRE_DEBUG=1 untuk rinciannya)",
        "ko": "clientfire: 내부 오류: {kind}: {detail} (자세한 내용을 보려면 CLIENTFIRE_DEBUG=1을 설정하십시오)",
        "fi": "clientfire: sisäinen virhe: {kind}: {detail} (aseta CLIENTFIRE_DEBUG=1 nähdäksesi yksityiskohdat)"},
    # --- the rule engine failing (engine/runtime.py, runtime_registry.py): internal errors, not the user's input;
    # {detail} is durable_rules' own (English) text ------------------------------------------------------------
    "run.engine_refused": {
        "en": "durable_rules refused the compiled rules: {detail}",
        "id": "durable_rules menolak aturan hasil kompilasi: {detail}",
        "ko": "durable_rules가 컴파일된 규칙을 받아들이지 않았습니다: {detail}",
        "fi": "durable_rules hylkäsi käännetyt säännöt: {detail}"},
    "run.engine_failed": {
        "en": "rule engine failed: {detail}", "id": "mesin aturan gagal: {detail}",
        "ko": "규칙 엔진이 실패했습니다: {detail}", "fi": "sääntömoottori epäonnistui: {detail}"},
    "run.engine_twice": {
        "en": "fact asserted twice: {fact}", "id": "fakta dimasukkan dua kali: {fact}",
        "ko": "같은 사실이 두 번 입력되었습니다: {fact}", "fi": "tieto syötettiin kahdesti: {fact}"},
    "run.engine_action": {
        "en": "a rule action failed inside the engine: {detail}",
        "id": "sebuah aksi aturan gagal di dalam mesin: {detail}",
        "ko": "엔진 안에서 규칙 동작이 실패했습니다: {detail}",
        "fi": "säännön toiminto epäonnistui moottorin sisällä: {detail}"},
    "run.engine_facts": {
        "en": "cannot read facts from the engine: {detail}", "id": "tidak dapat membaca fakta dari mesin: {detail}",
        "ko": "엔진에서 사실을 읽을 수 없습니다: {detail}", "fi": "tietoja ei voi lukea moottorista: {detail}"},
    # --- serve (commands/serve.py, web/settings.py) ------------------------------------------------------------
    "run.serving": {
        "en": "clientfire: serving on {url} (API docs at /docs); Ctrl-C to stop",
        "id": "clientfire: melayani di {url} (dokumentasi API di /docs); tekan Ctrl-C untuk berhenti",
        "ko": "clientfire: {url}에서 서비스 중입니다(API 문서는 /docs). 멈추려면 Ctrl-C를 누르십시오",
        "fi": "clientfire: palvelee osoitteessa {url} (API-ohjeet osoitteessa /docs); lopeta painamalla Ctrl-C"},
    "run.stopped": {
        "en": "clientfire: stopped", "id": "clientfire: berhenti", "ko": "clientfire: 멈췄습니다",
        "fi": "clientfire: pysäytetty"},
    "run.token_short": {
        "en": "CLIENTFIRE_TOKEN must be at least {most:plural:character|characters}",
        "id": "CLIENTFIRE_TOKEN harus terdiri dari setidaknya {most} karakter",
        "ko": "CLIENTFIRE_TOKEN은 {most}자 이상이어야 합니다",
        "fi": "CLIENTFIRE_TOKENin pitää olla vähintään {most:plural:merkki|merkkiä}"},
    "run.no_token": {
        "en": "refusing to listen on {host} without a token: other machines could reach it; set CLIENTFIRE_TOKEN "
              "(every request must then carry it), or keep --host 127.0.0.1",
        "id": "menolak mendengarkan di {host} tanpa token: mesin lain dapat menjangkaunya; atur CLIENTFIRE_TOKEN "
              "(setiap permintaan lalu wajib membawanya), atau tetap pakai --host 127.0.0.1",
        "ko": "토큰 없이는 {host}에서 연결을 받지 않습니다: 다른 컴퓨터가 접근할 수 있습니다. CLIENTFIRE_TOKEN을 "
              "설정하거나(그러면 모든 요청이 그 값을 지녀야 합니다) --host 127.0.0.1을 그대로 두십시오",
        "fi": "ei kuunnella osoitetta {host} ilman tunnistetta: muut koneet voisivat tavoittaa sen; aseta "
              "CLIENTFIRE_TOKEN (jokaisen pyynnön on silloin kuljetettava sitä) tai pidä --host 127.0.0.1"},
    "run.port_range": {
        "en": "--port must be between 0 and 65535, not {port}",
        "id": "--port harus di antara 0 dan 65535, bukan {port}",
        "ko": "--port는 0에서 65535 사이여야 합니다(받은 값: {port})",
        "fi": "--port pitää olla välillä 0–65535, ei {port}"},
}
