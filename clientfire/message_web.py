"""Message templates of the web app: query parameters, request bodies, uploads, the pages' own notices."""

from __future__ import annotations

__all__ = ["WEB_MESSAGES", "JSON_PROBLEMS"]

#: code -> {lang: template}; Korean in the formal-polite style, Indonesian in the "Anda" register
WEB_MESSAGES: dict[str, dict[str, str]] = {
    # --- query parameters (web/query.py, web/deps.py) -----------------------------------------------------
    "web.lang_unknown": {
        "en": "unknown language '{raw}' (choose from {choices})",
        "id": "bahasa '{raw}' tidak dikenal (pilih dari {choices})",
        "ko": "'{raw}'은(는) 알 수 없는 언어입니다({choices} 중에서 고르십시오)",
        "fi": "tuntematon kieli '{raw}' (valitse jokin näistä: {choices})"},
    "web.today": {
        "en": "'today' must be a date (YYYY-MM-DD), not '{raw}'",
        "id": "'today' harus berupa tanggal (YYYY-MM-DD), bukan '{raw}'",
        "ko": "'today'에는 날짜(YYYY-MM-DD)만 쓸 수 있습니다(받은 값: '{raw}')",
        "fi": "'today': arvon pitää olla päivämäärä (VVVV-KK-PP), ei '{raw}'"},
    "web.flag": {
        "en": "'{name}' must be true or false, not '{raw}'", "id": "'{name}' harus true atau false, bukan '{raw}'",
        "ko": "'{name}'에는 true 또는 false만 쓸 수 있습니다(받은 값: '{raw}')",
        "fi": "'{name}': arvon pitää olla true tai false, ei '{raw}'"},
    # --- request bodies (web/bodies.py, web/routes/api.py, web/routes/batch_lines.py) ---------------------
    "web.duplicate_key": {
        "en": "duplicate key '{key}'", "id": "kunci '{key}' muncul dua kali", "ko": "키 '{key}'이(가) 중복됩니다",
        "fi": "avain '{key}' toistuu"},
    "web.json_constant": {
        "en": "malformed JSON: {name} is not a number JSON allows",
        "id": "JSON rusak: {name} bukan angka yang diizinkan JSON",
        "ko": "JSON 형식 오류: {name}은(는) JSON에서 쓸 수 있는 숫자가 아닙니다",
        "fi": "virheellinen JSON: {name} ei ole JSONin sallima luku"},
    "web.json_too_deep": {
        "en": "malformed JSON: nesting too deep", "id": "JSON rusak: susunan bertingkatnya terlalu dalam",
        "ko": "JSON 형식 오류: 중첩이 너무 깊습니다", "fi": "virheellinen JSON: liian syvä sisäkkäisyys"},
    "web.json.expecting_value": {
        "en": "Expecting value", "id": "seharusnya ada nilai", "ko": "값이 와야 합니다", "fi": "odotettiin arvoa"},
    "web.json.expecting_name": {
        "en": "Expecting property name enclosed in double quotes",
        "id": "seharusnya ada nama kunci dalam tanda kutip ganda", "ko": "큰따옴표로 감싼 키 이름이 와야 합니다",
        "fi": "odotettiin lainausmerkeissä olevaa avaimen nimeä"},
    "web.json.expecting_colon": {
        "en": "Expecting ':' delimiter", "id": "seharusnya ada pemisah ':'", "ko": "구분자 ':'이(가) 와야 합니다",
        "fi": "odotettiin erotinta ':'"},
    "web.json.expecting_comma": {
        "en": "Expecting ',' delimiter", "id": "seharusnya ada pemisah ','", "ko": "구분자 ','이(가) 와야 합니다",
        "fi": "odotettiin erotinta ','"},
    "web.json.extra_data": {
        "en": "Extra data", "id": "ada data berlebih", "ko": "뒤에 남는 데이터가 있습니다", "fi": "ylimääräistä dataa"},
    "web.json.unterminated": {
        "en": "Unterminated string starting at", "id": "string tidak ditutup", "ko": "문자열이 닫히지 않았습니다",
        "fi": "merkkijono jää auki"},
    "web.json.control": {
        "en": "Invalid control character at", "id": "ada karakter kontrol yang tidak sah",
        "ko": "쓸 수 없는 제어 문자가 있습니다", "fi": "virheellinen ohjausmerkki"},
    "web.json.escape": {
        "en": "Invalid \\escape", "id": "escape \\ tidak sah", "ko": "잘못된 \\ 이스케이프입니다",
        "fi": "virheellinen \\-koodinvaihto"},
    "web.too_large": {
        "en": "file is too large ({size} bytes, limit {most})", "id": "file terlalu besar ({size} bita, batas {most})",
        "ko": "파일이 너무 큽니다({size}바이트, 한도 {most})", "fi": "tiedosto on liian suuri ({size} tavua, raja {most})"},
    "web.not_utf8": {
        "en": "not UTF-8 text (byte {position})", "id": "bukan teks UTF-8 (bita {position})",
        "ko": "UTF-8 텍스트가 아닙니다(바이트 {position})", "fi": "ei UTF-8-tekstiä (tavu {position})"},
    "web.empty": {
        "en": "nothing in it: it is empty", "id": "tidak ada isinya: kosong", "ko": "아무것도 없습니다: 비어 있습니다",
        "fi": "siinä ei ole mitään: se on tyhjä"},
    "web.client_type": {
        "en": "send the client as application/json (or application/yaml), not '{kind}'",
        "id": "kirim klien sebagai application/json (atau application/yaml), bukan '{kind}'",
        "ko": "클라이언트는 application/json(또는 application/yaml)으로 보내십시오(받은 형식: '{kind}')",
        "fi": "lähetä asiakas muodossa application/json (tai application/yaml), ei '{kind}'"},
    "web.lines_type": {
        "en": "send JSON Lines as {expected}, not '{kind}'", "id": "kirim JSON Lines sebagai {expected}, bukan '{kind}'",
        "ko": "JSON Lines는 {expected}(으)로 보내십시오(받은 형식: '{kind}')",
        "fi": "lähetä JSON Lines muodossa {expected}, ei '{kind}'"},
    "web.no_type": {"en": "no type", "id": "tanpa tipe", "ko": "형식 없음", "fi": "ei tyyppiä"},
    "web.line_not_utf8": {
        "en": "the line is not UTF-8 text", "id": "baris ini bukan teks UTF-8", "ko": "이 줄은 UTF-8 텍스트가 아닙니다",
        "fi": "rivi ei ole UTF-8-tekstiä"},
    # --- uploads and pages (web/jobs.py, web/tuning.py, web/routes/) --------------------------------------
    "web.portfolio_suffix": {
        "en": "a portfolio is a .csv or .jsonl file, not '{name}'",
        "id": "portofolio berupa file .csv atau .jsonl, bukan '{name}'",
        "ko": "포트폴리오는 .csv 또는 .jsonl 파일입니다(받은 파일: '{name}')",
        "fi": "asiakaskanta on .csv- tai .jsonl-tiedosto, ei '{name}'"},
    "web.choose_portfolio": {
        "en": "choose a portfolio file (.csv or .jsonl) to upload",
        "id": "pilih file portofolio (.csv atau .jsonl) untuk diunggah",
        "ko": "올릴 포트폴리오 파일(.csv 또는 .jsonl)을 고르십시오",
        "fi": "valitse lähetettävä asiakaskantatiedosto (.csv tai .jsonl)"},
    "web.choose_client_file": {
        "en": "choose a client file (YAML or JSON) to load", "id": "pilih file klien (YAML atau JSON) untuk dimuat",
        "ko": "불러올 클라이언트 파일(YAML 또는 JSON)을 고르십시오",
        "fi": "valitse ladattava asiakastiedosto (YAML tai JSON)"},
    "web.page_missing": {
        "en": "There is no page at {path}.", "id": "Tidak ada halaman di {path}.",
        "ko": "{path}에는 페이지가 없습니다.", "fi": "Osoitteessa {path} ei ole sivua."},
    "web.form_expired": {
        "en": "This form has expired or did not come from this server: reload the page and send it again.",
        "id": "Formulir ini sudah kedaluwarsa atau tidak berasal dari server ini: muat ulang halaman lalu kirim lagi.",
        "ko": "이 양식은 만료되었거나 이 서버에서 온 것이 아닙니다. 페이지를 새로 고친 뒤 다시 보내세요.",
        "fi": "Lomake on vanhentunut tai se ei tullut tältä palvelimelta: lataa sivu uudelleen ja lähetä se uudestaan."},
    "web.no_history": {
        "en": "no decision recorded for '{name}'", "id": "tidak ada keputusan yang tercatat untuk '{name}'",
        "ko": "'{name}'에 대해 기록된 판정이 없습니다", "fi": "asiakkaalle '{name}' ei ole kirjattu ratkaisuja"},
    "web.no_job": {
        "en": "no such upload (the server may have restarted)",
        "id": "unggahan ini tidak ada (server mungkin telah dimulai ulang)",
        "ko": "그런 업로드가 없습니다(서버가 다시 시작되었을 수 있습니다)",
        "fi": "tällaista latausta ei ole (palvelin on ehkä käynnistynyt uudelleen)"},
    "web.internal": {
        "en": "internal error: {name}", "id": "galat internal: {name}", "ko": "내부 오류: {name}",
        "fi": "sisäinen virhe: {name}"},
    "web.knowledge_name": {
        "en": "a knowledge file is named like 'signs.yaml', not '{name}'",
        "id": "nama file pengetahuan seperti 'signs.yaml', bukan '{name}'",
        "ko": "지식 파일 이름은 'signs.yaml'과 같은 꼴입니다(받은 이름: '{name}')",
        "fi": "tietämystiedoston nimi on muotoa 'signs.yaml', ei '{name}'"},
    "web.give_change": {
        "en": "give an overrides file (or type one in), or the files of an edited knowledge folder",
        "id": "berikan file override (atau ketik isinya), atau file-file folder pengetahuan yang sudah diubah",
        "ko": "재정의 파일을 주거나(직접 입력해도 됩니다), 고친 지식 폴더의 파일들을 주십시오",
        "fi": "anna ohitustiedosto (tai kirjoita se), tai muokatun tietämyskansion tiedostot"},
    "web.try_overrides": {
        "en": "overrides {name}", "id": "file override {name}", "ko": "재정의 파일 {name}",
        "fi": "ohitustiedosto {name}"},
    "web.try_folder": {
        "en": "knowledge folder ({count:plural:file|files})", "id": "folder pengetahuan ({count} file)",
        "ko": "지식 폴더(파일 {count}개)", "fi": "tietämyskansio ({count:plural:tiedosto|tiedostoa})"},
}

#: Python's JSON decoder's problems (JSONDecodeError.msg) -> the code that says each in any language
JSON_PROBLEMS: dict[str, str] = {WEB_MESSAGES[code]["en"]: code for code in WEB_MESSAGES if code.startswith("web.json.")}
