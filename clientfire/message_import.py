"""Message templates for `clientfire import`: export files, their cells and dates, mapping and alias files."""

from __future__ import annotations

__all__ = ["IMPORT_MESSAGES"]

#: code -> {lang: template}; ids, file names, column names and cells are parameters (shown as they are)
IMPORT_MESSAGES: dict[str, dict[str, str]] = {
    # --- reading the export (importers/table.py) ---------------------------------------------------------
    "import.in_column": {
        "en": "{what} in column '{column}'", "id": "{what} di kolom '{column}'",
        "ko": "{what} (열 '{column}')", "fi": "{what} sarakkeessa '{column}'"},
    "import.unknown_encoding": {
        "en": "unknown encoding '{encoding}'", "id": "pengodean '{encoding}' tidak dikenal",
        "ko": "알 수 없는 인코딩 '{encoding}'입니다", "fi": "tuntematon merkistö '{encoding}'"},
    "import.empty": {
        "en": "the export is empty", "id": "file ekspor kosong",
        "ko": "내보낸 파일이 비어 있습니다", "fi": "vientitiedosto on tyhjä"},
    "import.no_header": {
        "en": "no header row found", "id": "baris judul kolom tidak ditemukan",
        "ko": "열 제목 행을 찾을 수 없습니다", "fi": "otsikkoriviä ei löytynyt"},
    "import.not_encoding_byte": {
        "en": "the file is not {encoding} text (byte {byte:#04x})",
        "id": "file ini bukan teks {encoding} (bita {byte:#04x})",
        "ko": "파일이 {encoding} 텍스트가 아닙니다(바이트 {byte:#04x})",
        "fi": "tiedosto ei ole {encoding}-tekstiä (tavu {byte:#04x})"},
    "import.not_utf8_byte": {
        "en": "the file is not UTF-8 (byte {byte:#04x}): say its encoding, e.g. --encoding cp1252 (Excel on Windows) "
              "or --encoding latin-1",
        "id": "file ini bukan UTF-8 (bita {byte:#04x}): sebutkan pengodeannya, mis. --encoding cp1252 (Excel di "
              "Windows) atau --encoding latin-1",
        "ko": "파일이 UTF-8이 아닙니다(바이트 {byte:#04x}): 인코딩을 지정하십시오(예: --encoding cp1252 (Windows의 "
              "Excel) 또는 --encoding latin-1)",
        "fi": "tiedosto ei ole UTF-8:aa (tavu {byte:#04x}): kerro sen merkistö, esim. --encoding cp1252 (Excel "
              "Windowsissa) tai --encoding latin-1"},
    "import.bad_csv": {
        "en": "cannot read CSV: {reason}", "id": "CSV tidak dapat dibaca: {reason}",
        "ko": "CSV를 읽을 수 없습니다: {reason}", "fi": "CSV:tä ei voi lukea: {reason}"},
    "import.not_encoding": {
        "en": "the file is not {encoding} text", "id": "file ini bukan teks {encoding}",
        "ko": "파일이 {encoding} 텍스트가 아닙니다", "fi": "tiedosto ei ole {encoding}-tekstiä"},
    "import.not_encoding_hint": {
        "en": "the file is not {encoding} text: say its encoding, e.g. --encoding cp1252",
        "id": "file ini bukan teks {encoding}: sebutkan pengodeannya, mis. --encoding cp1252",
        "ko": "파일이 {encoding} 텍스트가 아닙니다: 인코딩을 지정하십시오(예: --encoding cp1252)",
        "fi": "tiedosto ei ole {encoding}-tekstiä: kerro sen merkistö, esim. --encoding cp1252"},
    "import.too_many_cells": {
        "en": "{count:plural:cell|cells} but the header has {width:plural:column|columns}",
        "id": "ada {count} sel, padahal judul kolom hanya punya {width} kolom",
        "ko": "셀이 {count}개이지만 열 제목 행에는 열이 {width}개뿐입니다",
        "fi": "{count:plural:solu|solua}, mutta otsikkorivillä on {width:plural:sarake|saraketta}"},
    # --- cells (importers/values.py, importers/records.py) -------------------------------------------------
    "import.not_number": {
        "en": "not a plain number: {raw!r}", "id": "bukan angka biasa: {raw!r}",
        "ko": "일반 숫자가 아닙니다: {raw!r}", "fi": "ei tavallinen luku: {raw!r}"},
    "import.not_number_comma": {
        "en": "not a plain number: {raw!r} (a decimal comma? say --decimal-comma)",
        "id": "bukan angka biasa: {raw!r} (koma desimal? gunakan --decimal-comma)",
        "ko": "일반 숫자가 아닙니다: {raw!r}(소수점이 쉼표입니까? --decimal-comma를 지정하십시오)",
        "fi": "ei tavallinen luku: {raw!r} (desimaalipilkku? anna --decimal-comma)"},
    "import.out_of_range": {
        "en": "number out of range: {raw!r}", "id": "angka di luar jangkauan: {raw!r}",
        "ko": "범위를 벗어난 숫자입니다: {raw!r}", "fi": "luku on sallitun alueen ulkopuolella: {raw!r}"},
    "import.not_hours": {
        "en": "not a duration in hours: {raw!r}", "id": "bukan durasi dalam jam: {raw!r}",
        "ko": "시간 단위의 길이가 아닙니다: {raw!r}", "fi": "ei kesto tunteina: {raw!r}"},
    "import.not_date": {
        "en": "not a date: {raw!r} (expected YYYY-MM-DD or DD/MM/YYYY)",
        "id": "bukan tanggal: {raw!r} (seharusnya YYYY-MM-DD atau DD/MM/YYYY)",
        "ko": "날짜가 아닙니다: {raw!r}(YYYY-MM-DD 또는 DD/MM/YYYY 형식이어야 합니다)",
        "fi": "ei päivämäärä: {raw!r} (odotettiin YYYY-MM-DD tai DD/MM/YYYY)"},
    "import.not_real_date": {
        "en": "not a real date: {raw!r}", "id": "tanggal yang tidak ada: {raw!r}",
        "ko": "존재하지 않는 날짜입니다: {raw!r}", "fi": "ei todellinen päivämäärä: {raw!r}"},
    "import.not_real_date_read": {
        "en": "not a real date: {raw!r} read {order}", "id": "tanggal yang tidak ada: {raw!r} dibaca {order}",
        "ko": "존재하지 않는 날짜입니다: {raw!r}({order}로 읽음)", "fi": "ei todellinen päivämäärä: {raw!r} {order}"},
    "import.order_from": {
        "en": "{what} (the order was taken from {where})", "id": "{what} (urutannya diambil dari {where})",
        "ko": "{what} (순서는 {where}에서 정했습니다)", "fi": "{what} (järjestys päätelty kohdasta {where})"},
    "import.order.dmy": {"en": "day-first", "id": "hari lebih dulu", "ko": "일-월 순서",
                         "fi": "päivä ensin luettuna"},
    "import.order.mdy": {"en": "month-first", "id": "bulan lebih dulu", "ko": "월-일 순서",
                         "fi": "kuukausi ensin luettuna"},
    "import.order.ymd": {"en": "year-first", "id": "tahun lebih dulu", "ko": "연-월-일 순서",
                         "fi": "vuosi ensin luettuna"},
    "import.two_digit_year": {
        "en": "a date with a two-digit year: {raw!r} (write the year in full)",
        "id": "tanggal dengan tahun dua digit: {raw!r} (tulis tahunnya lengkap)",
        "ko": "연도가 두 자리인 날짜입니다: {raw!r}(연도를 네 자리로 쓰십시오)",
        "fi": "päivämäärässä on kaksinumeroinen vuosi: {raw!r} (kirjoita vuosi kokonaan)"},
    "import.ambiguous_date": {
        "en": "the date {raw!r} can be read day-first or month-first: say --date-format DD/MM/YYYY or MM/DD/YYYY",
        "id": "tanggal {raw!r} bisa dibaca hari lebih dulu atau bulan lebih dulu: gunakan --date-format DD/MM/YYYY "
              "atau MM/DD/YYYY",
        "ko": "날짜 {raw!r}은(는) 일-월 순서로도 월-일 순서로도 읽을 수 있습니다: --date-format DD/MM/YYYY 또는 "
              "MM/DD/YYYY를 지정하십시오",
        "fi": "päivämäärän {raw!r} voi lukea päivä tai kuukausi ensin: anna --date-format DD/MM/YYYY tai MM/DD/YYYY"},
    "import.not_year_first": {
        "en": "the date {raw!r} is not year-first like the other dates of the file",
        "id": "tanggal {raw!r} tidak diawali tahun seperti tanggal lain di file ini",
        "ko": "날짜 {raw!r}은(는) 파일의 다른 날짜처럼 연도로 시작하지 않습니다",
        "fi": "päivämäärä {raw!r} ei ala vuodella kuten tiedoston muut päivämäärät"},
    "import.not_currency": {
        "en": "not a currency code: {raw!r} (expected e.g. EUR)",
        "id": "bukan kode mata uang: {raw!r} (seharusnya mis. EUR)",
        "ko": "통화 코드가 아닙니다: {raw!r}(예: EUR)", "fi": "ei valuuttakoodi: {raw!r} (odotettiin esim. EUR)"},
    "import.unknown_word": {
        "en": "unknown {name} {raw!r} (known: {known})", "id": "{name} {raw!r} tidak dikenal (yang dikenal: {known})",
        "ko": "알 수 없는 {name} {raw!r}입니다(알려진 값: {known})", "fi": "tuntematon {name} {raw!r} (tunnetut: {known})"},
    "import.no_client": {"en": "no client name", "id": "tidak ada nama klien", "ko": "클라이언트 이름이 없습니다",
                         "fi": "asiakkaan nimi puuttuu"},
    "import.no_number": {"en": "no invoice number", "id": "tidak ada nomor faktur", "ko": "청구서 번호가 없습니다",
                         "fi": "laskun numero puuttuu"},
    "import.no_date": {"en": "no date", "id": "tidak ada tanggal", "ko": "날짜가 없습니다", "fi": "päivämäärä puuttuu"},
    "import.no_hours": {"en": "no hours", "id": "tidak ada jumlah jam", "ko": "시간이 없습니다",
                        "fi": "tuntimäärä puuttuu"},
    # --- the kinds of export (importers/xero.py, ...: product names stay as they are) ------------------------
    "import.title.freshbooks": {
        "en": "FreshBooks invoice details export", "id": "ekspor rincian faktur FreshBooks",
        "ko": "FreshBooks 청구서 상세 내보내기 파일", "fi": "FreshBooksin laskuerittelyvienti"},
    "import.title.harvest_invoices": {
        "en": "Harvest invoice export", "id": "ekspor faktur Harvest", "ko": "Harvest 청구서 내보내기 파일",
        "fi": "Harvestin laskuvienti"},
    "import.title.harvest_time": {
        "en": "Harvest detailed time export", "id": "ekspor rincian waktu Harvest",
        "ko": "Harvest 상세 작업 시간 내보내기 파일", "fi": "Harvestin yksityiskohtainen tuntivienti"},
    "import.title.quickbooks": {
        "en": "QuickBooks Online invoice list export", "id": "ekspor daftar faktur QuickBooks Online",
        "ko": "QuickBooks Online 청구서 목록 내보내기 파일", "fi": "QuickBooks Onlinen laskuluettelovienti"},
    "import.title.stripe": {
        "en": "Stripe invoice export", "id": "ekspor faktur Stripe", "ko": "Stripe 청구서 내보내기 파일",
        "fi": "Stripen laskuvienti"},
    "import.title.stripe_api": {
        "en": "Stripe invoice export (API fields, amounts in cents)",
        "id": "ekspor faktur Stripe (bidang API, jumlah dalam sen)",
        "ko": "Stripe 청구서 내보내기 파일(API 필드, 센트 단위 금액)",
        "fi": "Stripen laskuvienti (API-kentät, summat sentteinä)"},
    "import.title.toggl": {
        "en": "Toggl Track detailed time export", "id": "ekspor rincian waktu Toggl Track",
        "ko": "Toggl Track 상세 작업 시간 내보내기 파일", "fi": "Toggl Trackin yksityiskohtainen tuntivienti"},
    "import.title.xero": {
        "en": "Xero invoice export", "id": "ekspor faktur Xero", "ko": "Xero 청구서 내보내기 파일",
        "fi": "Xeron laskuvienti"},
    "import.title.mapped": {
        "en": "CSV {kind} export mapped by {name}", "id": "ekspor CSV {kind} yang dipetakan oleh {name}",
        "ko": "{name}(으)로 매핑한 CSV {kind} 내보내기 파일", "fi": "CSV-vienti ({kind}), sarakkeet tiedostosta {name}"},
    # --- the export as a whole (importers/reader.py, derive.py, facts.py) ----------------------------------
    "import.lines_disagree": {
        "en": "invoice {number} has line-item rows that disagree on its {field} (rows {first} and {second})",
        "id": "faktur {number} punya baris rincian yang tidak sepakat soal {field} (baris {first} dan {second})",
        "ko": "청구서 {number}의 항목 행들이 {field} 값에서 서로 다릅니다({first}행과 {second}행)",
        "fi": "laskun {number} rivit ovat eri mieltä kentästä {field} (rivit {first} ja {second})"},
    "import.lines_disagree_total": {
        "en": "invoice {number} has line-item rows that disagree on its total (rows {first} and {second})",
        "id": "faktur {number} punya baris rincian yang tidak sepakat soal totalnya (baris {first} dan {second})",
        "ko": "청구서 {number}의 항목 행들이 합계에서 서로 다릅니다({first}행과 {second}행)",
        "fi": "laskun {number} rivit ovat eri mieltä sen summasta (rivit {first} ja {second})"},
    "import.header_twice": {
        "en": "the header has this column twice", "id": "judul kolom memuat kolom ini dua kali",
        "ko": "열 제목 행에 이 열이 두 번 있습니다", "fi": "otsikkorivillä on tämä sarake kahdesti"},
    "import.looks_like": {
        "en": "this looks like a {guess}, not a {title} (say --from {fmt})",
        "id": "ini tampaknya {guess}, bukan {title} (gunakan --from {fmt})",
        "ko": "이 파일은 {title}이 아니라 {guess}로 보입니다(--from {fmt}를 지정하십시오)",
        "fi": "tämä näyttää olevan {guess}, ei {title} (anna --from {fmt})"},
    "import.not_layout": {
        "en": "not a {title}: no column {columns} in the header",
        "id": "bukan {title}: tidak ada kolom {columns} di judul kolom",
        "ko": "{title}이 아닙니다: 열 제목 행에 {columns} 열이 없습니다",
        "fi": "ei {title}: otsikkorivillä ei ole saraketta {columns}"},
    "import.invoice_twice": {
        "en": "invoice {number} of '{name}' appears twice (also at {where})",
        "id": "faktur {number} milik '{name}' muncul dua kali (juga di {where})",
        "ko": "'{name}'의 청구서 {number}이(가) 두 번 나옵니다(다른 위치: {where})",
        "fi": "asiakkaan '{name}' lasku {number} esiintyy kahdesti (myös kohdassa {where})"},
    "import.currencies": {
        "en": "client '{name}' was paid in {currencies} in the last 3 months: choose the currency of the money facts "
              "with --currency",
        "id": "klien '{name}' membayar dalam {currencies} dalam 3 bulan terakhir: pilih mata uang fakta uang dengan "
              "--currency",
        "ko": "클라이언트 '{name}'은(는) 최근 3개월 동안 {currencies}(으)로 지급했습니다: --currency로 금액 사실의 "
              "통화를 고르십시오",
        "fi": "asiakas '{name}' maksoi viimeisten 3 kuukauden aikana valuutoissa {currencies}: valitse rahatietojen "
              "valuutta valitsimella --currency"},
}
