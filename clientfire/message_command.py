"""Message templates for the commands' own options and outputs: diagram, report, batch, import, knowledge, serve."""

from __future__ import annotations

__all__ = ["COMMAND_MESSAGES"]

#: code -> {lang: template}; Korean in the formal-polite style, Indonesian in the "Anda" register
COMMAND_MESSAGES: dict[str, dict[str, str]] = {
    # --- diagram and report outputs (commands/diagram.py, explain/render.py, output.py) ---------------
    "command.diagram_what": {
        "en": "give a client FILE, or --knowledge to draw the whole rule network",
        "id": "berikan FILE klien, atau --knowledge untuk menggambar seluruh jaringan aturan",
        "ko": "클라이언트 FILE을 지정하거나, 규칙 네트워크 전체를 그리려면 --knowledge를 지정하십시오",
        "fi": "anna asiakkaan FILE, tai --knowledge koko sääntöverkon piirtämiseksi"},
    "command.diagram_knowledge_file": {
        "en": "--knowledge takes a folder; to draw a client's path put FILE first: clientfire diagram {path} -o {out}",
        "id": "--knowledge menerima folder; untuk menggambar jalur klien, tulis FILE lebih dulu: "
              "clientfire diagram {path} -o {out}",
        "ko": "--knowledge에는 폴더를 지정합니다. 클라이언트의 경로를 그리려면 FILE을 먼저 적으십시오: "
              "clientfire diagram {path} -o {out}",
        "fi": "--knowledge ottaa kansion; piirtääksesi asiakkaan polun anna FILE ensin: clientfire diagram {path} -o {out}"},
    "command.output_suffix": {
        "en": "the output file must end in {suffixes}", "id": "nama file keluaran harus berakhiran {suffixes}",
        "ko": "출력 파일 이름은 {suffixes} 중 하나로 끝나야 합니다", "fi": "tulostiedoston nimen pitää päättyä {suffixes}"},
    "command.render_format": {
        "en": "cannot render format '{fmt}' (choose from {choices})",
        "id": "tidak dapat menghasilkan format '{fmt}' (pilih dari {choices})",
        "ko": "'{fmt}' 형식은 만들 수 없습니다({choices} 중에서 고르십시오)",
        "fi": "muotoa '{fmt}' ei voi tuottaa (valitse näistä: {choices})"},
    "command.no_dot": {
        "en": "Graphviz 'dot' is not on PATH, needed for .{fmt} output: install Debian's 'graphviz' package "
              "(apt-get install graphviz), or write a .dot file instead",
        "id": "'dot' dari Graphviz tidak ada di PATH, padahal diperlukan untuk keluaran .{fmt}: pasang paket "
              "'graphviz' Debian (apt-get install graphviz), atau tulis file .dot saja",
        "ko": "Graphviz의 'dot'이 PATH에 없습니다. .{fmt} 출력에 필요합니다: Debian의 'graphviz' 패키지를 "
              "설치하거나(apt-get install graphviz) 대신 .dot 파일로 저장하십시오",
        "fi": "Graphvizin 'dot' ei ole PATHissa, ja sitä tarvitaan .{fmt}-tulosteeseen: asenna Debianin "
              "'graphviz'-paketti (apt-get install graphviz), tai kirjoita sen sijaan .dot-tiedosto"},
    "command.dot_failed_to_run": {
        "en": "Graphviz 'dot' failed to run: {reason}", "id": "'dot' dari Graphviz gagal dijalankan: {reason}",
        "ko": "Graphviz의 'dot'을 실행하지 못했습니다: {reason}", "fi": "Graphvizin 'dot' ei käynnistynyt: {reason}"},
    "command.dot_failed": {
        "en": "Graphviz 'dot' failed (exit {status}): {first}", "id": "'dot' dari Graphviz gagal (kode keluar {status}): {first}",
        "ko": "Graphviz의 'dot'이 실패했습니다(종료 코드 {status}): {first}",
        "fi": "Graphvizin 'dot' epäonnistui (paluuarvo {status}): {first}"},
    "command.cannot_write": {
        "en": "cannot write file: {reason}", "id": "tidak dapat menulis file: {reason}",
        "ko": "파일을 쓸 수 없습니다: {reason}", "fi": "tiedostoa ei voi kirjoittaa: {reason}"},
    # --- batch and import (commands/batch.py, commands/import_.py) ---------------------------------------
    # --- portfolios (batch/inputs.py: batch, knowledge diff --clients) -----------------------------------
    # --- knowledge and test folders (commands/knowledge.py, commands/test.py) ---------------------------
    "command.folder_not_empty": {
        "en": "folder is not empty (use --force to write into it)",
        "id": "folder tidak kosong (gunakan --force untuk menulis ke dalamnya)",
        "ko": "폴더가 비어 있지 않습니다(그 안에 쓰려면 --force를 쓰십시오)",
        "fi": "kansio ei ole tyhjä (käytä valitsinta --force kirjoittaaksesi siihen)"},
    "command.knowledge_spec": {
        "en": "not a knowledge folder, an overrides file or 'bundled'",
        "id": "bukan folder pengetahuan, file overrides, atau 'bundled'",
        "ko": "지식 폴더도, overrides 파일도, 'bundled'도 아닙니다",
        "fi": "ei ole tietämyskansio, overrides-tiedosto eikä 'bundled'"},
    "command.client_folder_missing": {
        "en": "client folder not found", "id": "folder klien tidak ditemukan",
        "ko": "클라이언트 폴더를 찾을 수 없습니다", "fi": "asiakaskansiota ei löydy"},
    "command.test_two_folders": {
        "en": "two knowledge folders named: {folder} and --knowledge {knowledge}; name one",
        "id": "dua folder pengetahuan disebut: {folder} dan --knowledge {knowledge}; sebut satu saja",
        "ko": "지식 폴더가 두 개 지정되었습니다: {folder}와(과) --knowledge {knowledge}. 하나만 지정하십시오",
        "fi": "kaksi tietämyskansiota annettu: {folder} ja --knowledge {knowledge}; anna vain yksi"},
    # --- serve (commands/serve.py) ------------------------------------------------------------------------
    "command.listen": {
        "en": "cannot listen on {host}:{port}: {reason}", "id": "tidak dapat mendengarkan di {host}:{port}: {reason}",
        "ko": "{host}:{port}에서 연결을 받을 수 없습니다: {reason}", "fi": "osoitetta {host}:{port} ei voi kuunnella: {reason}"},
    "command.workers": {
        "en": "--workers must be 1 or more, not {workers}", "id": "--workers harus 1 atau lebih, bukan {workers}",
        "ko": "--workers에는 1 이상의 값을 적어야 합니다(받은 값: {workers})",
        "fi": "--workers: arvon pitää olla vähintään 1, ei {workers}"},
    # --- knowledge init and schema (commands/knowledge.py), explain --why-not (explain/why_not.py) ---------
    "command.init_copied": {
        "en": "copied {count:plural:file|files} to {folder}", "id": "{count} file disalin ke {folder}",
        "ko": "파일 {count}개를 {folder}에 복사했습니다", "fi": "kopioitiin {count:plural:tiedosto|tiedostoa} kansioon {folder}"},
    "command.init_next": {
        "en": "next: edit them, then `clientfire check {folder}` and `clientfire test --knowledge {folder}`",
        "id": "berikutnya: ubah file-file itu, lalu jalankan `clientfire check {folder}` dan "
              "`clientfire test --knowledge {folder}`",
        "ko": "다음 단계: 파일을 고친 뒤 `clientfire check {folder}`와(과) `clientfire test --knowledge {folder}`을(를) "
              "실행하십시오",
        "fi": "seuraavaksi: muokkaa niitä ja aja sitten `clientfire check {folder}` ja "
              "`clientfire test --knowledge {folder}`"},
    "command.schema_wrote": {
        "en": "wrote {names} to {folder}", "id": "{names} ditulis ke {folder}", "ko": "{names}을(를) {folder}에 썼습니다",
        "fi": "kirjoitettiin {names} kansioon {folder}"},
    "command.why_not_verdict": {
        "en": "unknown verdict '{verdict}' (choose from {choices})",
        "id": "keputusan '{verdict}' tidak dikenal (pilih dari {choices})",
        "ko": "'{verdict}'은(는) 알 수 없는 판정입니다({choices} 중에서 고르십시오)",
        "fi": "tuntematon ratkaisu '{verdict}' (valitse jokin näistä: {choices})"},
}
