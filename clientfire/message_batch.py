"""Message templates for `clientfire batch`: the portfolio file or folder, its rows and cells, the run's options."""

from __future__ import annotations

__all__ = ["BATCH_MESSAGES"]

#: code -> {lang: template}; file names, column names, cells and numbers are parameters (shown as they are)
BATCH_MESSAGES: dict[str, dict[str, str]] = {
    # --- the portfolio (batch/inputs.py, batch/csvquote.py) ------------------------------------------------
    "batch.no_such_input": {
        "en": "no such file or folder", "id": "file atau folder tidak ada",
        "ko": "그런 파일이나 폴더가 없습니다", "fi": "tiedostoa tai kansiota ei ole"},
    "batch.not_portfolio": {
        "en": "a portfolio is a .csv file, a .jsonl file or a folder of client files",
        "id": "portofolio adalah file .csv, file .jsonl, atau folder berisi file klien",
        "ko": "포트폴리오는 .csv 파일, .jsonl 파일 또는 클라이언트 파일 폴더여야 합니다",
        "fi": "salkku on .csv-tiedosto, .jsonl-tiedosto tai asiakastiedostojen kansio"},
    "batch.no_rows": {
        "en": "the file holds no client rows", "id": "file ini tidak berisi baris klien",
        "ko": "파일에 클라이언트 행이 없습니다", "fi": "tiedostossa ei ole asiakasrivejä"},
    "batch.no_client_files": {
        "en": "no client files ({suffixes}) in the folder", "id": "tidak ada file klien ({suffixes}) di folder ini",
        "ko": "폴더에 클라이언트 파일({suffixes})이 없습니다", "fi": "kansiossa ei ole asiakastiedostoja ({suffixes})"},
    "batch.not_utf8": {
        "en": "not UTF-8 text", "id": "bukan teks UTF-8", "ko": "UTF-8 텍스트가 아닙니다", "fi": "ei UTF-8-tekstiä"},
    "batch.not_utf8_utf16": {
        "en": "not UTF-8 text (it looks like UTF-16)", "id": "bukan teks UTF-8 (tampaknya UTF-16)",
        "ko": "UTF-8 텍스트가 아닙니다(UTF-16으로 보입니다)", "fi": "ei UTF-8-tekstiä (näyttää UTF-16:lta)"},
    "batch.not_utf8_byte": {
        "en": "not UTF-8 text (a byte that is no character)", "id": "bukan teks UTF-8 (ada bita yang bukan karakter)",
        "ko": "UTF-8 텍스트가 아닙니다(문자가 아닌 바이트가 있습니다)",
        "fi": "ei UTF-8-tekstiä (tavu, joka ei ole merkki)"},
    "batch.csv_empty": {
        "en": "the CSV file is empty (it needs a header row of fact names)",
        "id": "file CSV kosong (perlu baris judul berisi nama fakta)",
        "ko": "CSV 파일이 비어 있습니다(사실 이름으로 된 열 제목 행이 필요합니다)",
        "fi": "CSV-tiedosto on tyhjä (se tarvitsee otsikkorivin, jossa on tietojen nimet)"},
    "batch.too_many_rows": {
        "en": "more than {most:plural:row|rows}", "id": "lebih dari {most} baris",
        "ko": "행이 {most}개를 넘습니다", "fi": "yli {most:plural:rivi|riviä}"},
    "batch.row_too_long": {
        "en": "the row is too long (more than {most:plural:byte|bytes})", "id": "baris terlalu panjang (lebih dari {most} bita)",
        "ko": "행이 너무 깁니다({most}바이트 초과)", "fi": "rivi on liian pitkä (yli {most:plural:tavu|tavua})"},
    "batch.column_twice": {
        "en": "column '{column}' appears twice", "id": "kolom '{column}' muncul dua kali",
        "ko": "열 '{column}'이(가) 두 번 나옵니다", "fi": "sarake '{column}' esiintyy kahdesti"},
    "batch.column_is_group": {
        "en": "unknown column: '{column}' is a group; name a column by fact, e.g. '{fact}'",
        "id": "kolom tidak dikenal: '{column}' adalah kelompok; namai kolom dengan fakta, mis. '{fact}'",
        "ko": "알 수 없는 열입니다: '{column}'은(는) 사실 묶음입니다. 열 이름은 사실로 쓰십시오(예: '{fact}')",
        "fi": "tuntematon sarake: '{column}' on tietoryhmä; nimeä sarake tiedon mukaan, esim. '{fact}'"},
    "batch.unknown_column": {
        "en": "unknown column: unknown fact '{column}'", "id": "kolom tidak dikenal: fakta '{column}' tidak dikenal",
        "ko": "알 수 없는 열입니다: 알 수 없는 사실 '{column}'", "fi": "tuntematon sarake: tuntematon tieto '{column}'"},
    "batch.open_quote": {
        "en": "a quoted cell opened here runs over {count:plural:line|lines}, and line {line} in it reads as a row: a closing "
              "quote (\") is missing, or a quote in a cell is not doubled",
        "id": "sel bertanda kutip yang dibuka di sini memanjang {count} baris, dan baris {line} di dalamnya terbaca "
              "sebagai baris data: tanda kutip penutup (\") hilang, atau tanda kutip di dalam sel tidak digandakan",
        "ko": "여기서 시작한 따옴표 셀이 {count}줄에 걸쳐 있고 그 안의 {line}행이 데이터 행으로 읽힙니다: 닫는 "
              "따옴표(\")가 빠졌거나 셀 안의 따옴표를 두 번 쓰지 않았습니다",
        "fi": "tästä alkava lainausmerkeissä oleva solu jatkuu {count} riville, ja sen rivi {line} näyttää datariviltä: "
              "loppulainausmerkki (\") puuttuu tai solun lainausmerkkiä ei ole kahdennettu"},
    "batch.skipped_columns": {
        "en": "skipped columns that are not facts: {columns} (--ignore-columns to name them and silence this)",
        "id": "kolom yang bukan fakta dilewati: {columns} (sebutkan dengan --ignore-columns agar pesan ini hilang)",
        "ko": "사실이 아닌 열을 건너뛰었습니다: {columns}(--ignore-columns로 지정하면 이 경고가 나오지 않습니다)",
        "fi": "ohitettiin sarakkeet, jotka eivät ole tietoja: {columns} (nimeä ne valitsimella --ignore-columns, "
              "niin tämä ilmoitus jää pois)"},
    # --- cells (batch/csvcells.py, batch/inputs.py) --------------------------------------------------------
    "batch.decimal_comma": {
        "en": "'{column}' must be a number with a decimal comma, not '{text}' (the file separates cells with ';', "
              "so its decimal mark is ',': write {comma} or {plain})",
        "id": "'{column}' harus angka dengan koma desimal, bukan '{text}' (file ini memisahkan sel dengan ';', jadi "
              "tanda desimalnya ',': tulis {comma} atau {plain})",
        "ko": "'{column}'에는 소수점이 쉼표인 숫자만 쓸 수 있습니다(받은 값: '{text}'). 이 파일은 셀을 ';'로 나누므로 "
              "소수점은 ','입니다: {comma} 또는 {plain}(으)로 쓰십시오",
        "fi": "'{column}': arvon pitää olla luku desimaalipilkulla, ei '{text}' (tiedosto erottaa solut merkillä ';', "
              "joten sen desimaalimerkki on ',': kirjoita {comma} tai {plain})"},
    "batch.cell_problem": {
        "en": "'{column}': {what}", "id": "kolom '{column}': {what}", "ko": "열 '{column}': {what}",
        "fi": "sarake '{column}': {what}"},
    "batch.extra_cells": {
        "en": "{count:plural:more cell|more cells} than the header has columns",
        "id": "{count} sel lebih banyak daripada jumlah kolom di judul",
        "ko": "열 제목 행의 열보다 셀이 {count}개 더 많습니다",
        "fi": "{count:plural:solu|solua} enemmän kuin otsikkorivillä on sarakkeita"},
    "batch.row_key": {"en": " [{key}]", "id": " [kunci {key}]", "ko": " [키 {key}]", "fi": " [avain {key}]"},
    # --- the run (batch/jobs.py, batch/sink.py, batch/dask_run.py, batch/workers.py) -------------------------
    "batch.jobs": {
        "en": "--jobs must be 1 or more, not {asked}", "id": "--jobs harus 1 atau lebih, bukan {asked}",
        "ko": "--jobs는 1 이상이어야 합니다(받은 값: {asked})", "fi": "--jobs: arvon pitää olla 1 tai enemmän, ei {asked}"},
    "batch.diagrams_need_out": {
        "en": "--diagrams needs --out DIR", "id": "--diagrams memerlukan --out DIR",
        "ko": "--diagrams에는 --out DIR이 필요합니다", "fi": "--diagrams tarvitsee valitsimen --out DIR"},
    "batch.resume_no_record": {
        "en": "--resume skips what was recorded: it cannot go with --no-record",
        "id": "--resume melewati yang sudah tercatat: tidak bisa dipakai bersama --no-record",
        "ko": "--resume은 기록된 것을 건너뜁니다: --no-record와 함께 쓸 수 없습니다",
        "fi": "--resume ohittaa jo kirjatut: sitä ei voi käyttää yhdessä valitsimen --no-record kanssa"},
    "batch.no_dask": {
        "en": "--dask needs Dask's distributed scheduler: pip install 'clientfire[dask]'",
        "id": "--dask memerlukan penjadwal terdistribusi Dask: pip install 'clientfire[dask]'",
        "ko": "--dask에는 Dask의 분산 스케줄러가 필요합니다: pip install 'clientfire[dask]'",
        "fi": "--dask tarvitsee Daskin hajautetun ajastimen: pip install 'clientfire[dask]'"},
    "batch.no_scheduler": {
        "en": "cannot reach the Dask scheduler {scheduler}: {reason}",
        "id": "penjadwal Dask {scheduler} tidak dapat dihubungi: {reason}",
        "ko": "Dask 스케줄러 {scheduler}에 연결할 수 없습니다: {reason}",
        "fi": "Dask-ajastimeen {scheduler} ei saada yhteyttä: {reason}"},
    "batch.worker_not_ready": {
        "en": "a batch worker ran before its engine was set up",
        "id": "pekerja batch berjalan sebelum mesinnya disiapkan",
        "ko": "batch 작업 프로세스가 엔진이 준비되기 전에 실행되었습니다",
        "fi": "batch-työprosessi käynnistyi ennen kuin sen moottori oli valmis"},
    # --- notes (batch/jobs.py) ------------------------------------------------------------------------------
    "batch.note.jobs_lowered": {
        "en": "--jobs {asked} lowered to {limit} ({per_core} per core on {cores:plural:core|cores})",
        "id": "--jobs {asked} diturunkan menjadi {limit} ({per_core} per inti pada {cores} inti)",
        "ko": "--jobs {asked}을(를) {limit}(으)로 낮췄습니다 (코어 {cores}개, 코어당 {per_core}개)",
        "fi": "--jobs {asked} laskettiin arvoon {limit} ({per_core:plural:prosessi|prosessia} ydintä kohden, "
              "{cores:plural:ydin|ydintä})"},
}
