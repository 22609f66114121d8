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
    "command.batch_diagrams": {
        "en": "--diagrams needs --out DIR", "id": "--diagrams memerlukan --out DIR",
        "ko": "--diagrams에는 --out DIR이 필요합니다", "fi": "--diagrams vaatii valitsimen --out DIR"},
    "command.batch_resume": {
        "en": "--resume skips what was recorded: it cannot go with --no-record",
        "id": "--resume melewati yang sudah dicatat: tidak dapat dipakai bersama --no-record",
        "ko": "--resume은 기록된 것을 건너뜁니다: --no-record와 함께 쓸 수 없습니다",
        "fi": "--resume ohittaa kirjatut: sitä ei voi käyttää yhdessä valitsimen --no-record kanssa"},
    "command.import_map_needed": {
        "en": "--from csv needs --map MAP.yaml (which column holds what: docs/import.md)",
        "id": "--from csv memerlukan --map MAP.yaml (kolom mana berisi apa: docs/import.md)",
        "ko": "--from csv에는 --map MAP.yaml이 필요합니다(어느 열에 무엇이 있는지: docs/import.md)",
        "fi": "--from csv vaatii valitsimen --map MAP.yaml (mikä sarake sisältää mitä: docs/import.md)"},
    "command.import_map_csv_only": {
        "en": "--map is for --from csv; a {fmt} export has a known layout",
        "id": "--map hanya untuk --from csv; ekspor {fmt} memiliki tata letak yang sudah dikenal",
        "ko": "--map은 --from csv에만 씁니다. {fmt} 내보내기 파일은 형식이 정해져 있습니다",
        "fi": "--map on vain valitsimelle --from csv; {fmt}-viennin rakenne tunnetaan"},
    "command.import_currency": {
        "en": "--currency must be a three-letter code such as EUR, not '{raw}'",
        "id": "--currency harus berupa kode tiga huruf seperti EUR, bukan '{raw}'",
        "ko": "--currency에는 EUR 같은 세 글자 코드를 적어야 합니다(받은 값: '{raw}')",
        "fi": "--currency: arvon pitää olla kolmikirjaiminen koodi, kuten EUR, ei '{raw}'"},
    "command.import_zone": {
        "en": "unknown time zone '{name}' (e.g. Europe/Helsinki, UTC)",
        "id": "zona waktu '{name}' tidak dikenal (mis. Europe/Helsinki, UTC)",
        "ko": "알 수 없는 시간대 '{name}'입니다(예: Europe/Helsinki, UTC)",
        "fi": "tuntematon aikavyöhyke '{name}' (esim. Europe/Helsinki, UTC)"},
    "command.import_csv_exists": {
        "en": "the file exists: --csv writes a new portfolio (to merge, import into client files with --out DIR)",
        "id": "file sudah ada: --csv menulis portofolio baru (untuk menggabungkan, impor ke file klien dengan --out DIR)",
        "ko": "파일이 이미 있습니다: --csv는 새 포트폴리오를 씁니다(합치려면 --out DIR로 클라이언트 파일에 가져오십시오)",
        "fi": "tiedosto on jo olemassa: --csv kirjoittaa uuden salkun (yhdistääksesi tuo asiakastiedostoihin "
              "valitsimella --out DIR)"},
    # --- portfolios (batch/inputs.py: batch, knowledge diff --clients) -----------------------------------
    "command.portfolio_missing": {
        "en": "no such file or folder", "id": "file atau folder tidak ada",
        "ko": "그런 파일이나 폴더가 없습니다", "fi": "tiedostoa tai kansiota ei ole"},
    "command.portfolio_kind": {
        "en": "a portfolio is a .csv file, a .jsonl file or a folder of client files",
        "id": "portofolio berupa file .csv, file .jsonl, atau folder berisi file klien",
        "ko": "포트폴리오는 .csv 파일, .jsonl 파일 또는 클라이언트 파일이 든 폴더여야 합니다",
        "fi": "salkku on .csv-tiedosto, .jsonl-tiedosto tai asiakastiedostojen kansio"},
    "command.portfolio_no_rows": {
        "en": "the file holds no client rows", "id": "file tidak berisi baris klien",
        "ko": "파일에 클라이언트 행이 없습니다", "fi": "tiedostossa ei ole asiakasrivejä"},
    "command.portfolio_no_files": {
        "en": "no client files ({suffixes}) in the folder", "id": "tidak ada file klien ({suffixes}) di folder",
        "ko": "폴더에 클라이언트 파일({suffixes})이 없습니다", "fi": "kansiossa ei ole asiakastiedostoja ({suffixes})"},
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
}
