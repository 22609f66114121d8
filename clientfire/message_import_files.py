"""Message templates for `clientfire import`'s own files: the mapping file, the alias file, the client files it writes."""

from __future__ import annotations

__all__ = ["IMPORT_FILE_MESSAGES"]

#: code -> {lang: template}; keys, field names and file names are parameters (shown as they are)
IMPORT_FILE_MESSAGES: dict[str, dict[str, str]] = {
    # --- the command's options (commands/import_.py) -------------------------------------------------------
    "import.needs_map": {
        "en": "--from csv needs --map MAP.yaml (which column holds what: docs/import.md)",
        "id": "--from csv memerlukan --map MAP.yaml (kolom mana berisi apa: docs/import.md)",
        "ko": "--from csv에는 --map MAP.yaml이 필요합니다(어느 열에 무엇이 있는지: docs/import.md)",
        "fi": "--from csv tarvitsee valitsimen --map MAP.yaml (mikä sarake sisältää mitä: docs/import.md)"},
    "import.map_not_csv": {
        "en": "--map is for --from csv; a {fmt} export has a known layout",
        "id": "--map hanya untuk --from csv; ekspor {fmt} punya tata letak yang sudah dikenal",
        "ko": "--map은 --from csv에만 씁니다. {fmt} 내보내기는 이미 알려진 형식입니다",
        "fi": "--map on valitsimelle --from csv; {fmt}-viennin rakenne tunnetaan jo"},
    "import.currency_option": {
        "en": "--currency must be a three-letter code such as EUR, not '{currency}'",
        "id": "--currency harus kode tiga huruf seperti EUR, bukan '{currency}'",
        "ko": "--currency에는 EUR 같은 세 글자 코드를 써야 합니다(받은 값: '{currency}')",
        "fi": "--currency: arvon pitää olla kolmikirjaiminen koodi, kuten EUR, ei '{currency}'"},
    "import.csv_exists": {
        "en": "the file exists: --csv writes a new portfolio (to merge, import into client files with --out DIR)",
        "id": "file sudah ada: --csv menulis portofolio baru (untuk menggabungkan, impor ke file klien dengan "
              "--out DIR)",
        "ko": "파일이 이미 있습니다: --csv는 새 포트폴리오를 씁니다(병합하려면 --out DIR로 클라이언트 파일에 "
              "가져오십시오)",
        "fi": "tiedosto on jo olemassa: --csv kirjoittaa uuden salkun (yhdistääksesi tuo asiakastiedostoihin "
              "valitsimella --out DIR)"},
    "import.unknown_zone": {
        "en": "unknown time zone '{zone}' (e.g. Europe/Helsinki, UTC)",
        "id": "zona waktu '{zone}' tidak dikenal (mis. Europe/Helsinki, UTC)",
        "ko": "알 수 없는 시간대 '{zone}'입니다(예: Europe/Helsinki, UTC)",
        "fi": "tuntematon aikavyöhyke '{zone}' (esim. Europe/Helsinki, UTC)"},
    # --- the mapping file (importers/csvmap.py) ------------------------------------------------------------
    "import.map_not_mapping": {
        "en": "a mapping file is a mapping (kind, columns, ...)",
        "id": "file pemetaan harus berupa pemetaan (kind, columns, ...)",
        "ko": "매핑 파일은 매핑(kind, columns, ...)이어야 합니다",
        "fi": "sarakekuvaustiedoston pitää olla kuvaus (kind, columns, ...)"},
    "import.map_unknown_key": {
        "en": "unknown key '{key}' in the mapping file", "id": "kunci '{key}' tidak dikenal di file pemetaan",
        "ko": "매핑 파일에 알 수 없는 키 '{key}'이(가) 있습니다", "fi": "tuntematon avain '{key}' sarakekuvaustiedostossa"},
    "import.map_kind": {
        "en": "'kind' must be invoices or time, not {kind!r}", "id": "'kind' harus invoices atau time, bukan {kind!r}",
        "ko": "'kind'에는 invoices 또는 time만 쓸 수 있습니다(받은 값: {kind!r})",
        "fi": "'kind': arvon pitää olla invoices tai time, ei {kind!r}"},
    "import.map_columns": {
        "en": "'columns' must map fields (client, number, due_date, ...) to column names",
        "id": "'columns' harus memetakan bidang (client, number, due_date, ...) ke nama kolom",
        "ko": "'columns'는 필드(client, number, due_date, ...)를 열 이름에 대응시켜야 합니다",
        "fi": "'columns' kuvaa kentät (client, number, due_date, ...) sarakkeiden nimiin"},
    "import.map_unknown_field": {
        "en": "unknown field '{name}' for a {kind} export", "id": "bidang '{name}' tidak dikenal untuk ekspor {kind}",
        "ko": "{kind} 내보내기에 알 수 없는 필드 '{name}'입니다", "fi": "tuntematon kenttä '{name}' {kind}-viennille"},
    "import.map_column_name": {
        "en": "'columns.{name}' must be a column name", "id": "'columns.{name}' harus berupa nama kolom",
        "ko": "'columns.{name}'에는 열 이름을 써야 합니다", "fi": "'columns.{name}': arvon pitää olla sarakkeen nimi"},
    "import.map_column_name_bool": {
        "en": "'columns.{name}' must be a column name (quote it: YAML reads No, Yes, On and Off as true or false)",
        "id": "'columns.{name}' harus berupa nama kolom (beri tanda kutip: YAML membaca No, Yes, On dan Off sebagai "
              "true atau false)",
        "ko": "'columns.{name}'에는 열 이름을 써야 합니다(따옴표로 감싸십시오: YAML은 No, Yes, On, Off를 true 또는 "
              "false로 읽습니다)",
        "fi": "'columns.{name}': arvon pitää olla sarakkeen nimi (lainaa se: YAML lukee No, Yes, On ja Off arvoiksi "
              "true tai false)"},
    "import.map_needs": {
        "en": "'columns' needs '{name}' for a {kind} export", "id": "'columns' memerlukan '{name}' untuk ekspor {kind}",
        "ko": "{kind} 내보내기에는 'columns'에 '{name}'이(가) 있어야 합니다",
        "fi": "'columns' tarvitsee kentän '{name}' {kind}-viennille"},
    "import.map_words": {
        "en": "'{key}' must map your words to {allowed}", "id": "'{key}' harus memetakan kata Anda ke {allowed}",
        "ko": "'{key}'는 사용하는 낱말을 {allowed} 중 하나에 대응시켜야 합니다",
        "fi": "'{key}' kuvaa omat sanasi arvoihin {allowed}"},
    "import.map_word": {
        "en": "'{key}.{word}' must be one of {allowed}, not {meaning!r}",
        "id": "'{key}.{word}' harus salah satu dari {allowed}, bukan {meaning!r}",
        "ko": "'{key}.{word}'에는 {allowed} 중 하나만 쓸 수 있습니다(받은 값: {meaning!r})",
        "fi": "'{key}.{word}': arvon pitää olla jokin arvoista {allowed}, ei {meaning!r}"},
    "import.map_flag": {
        "en": "'{key}' must be true or false", "id": "'{key}' harus true atau false",
        "ko": "'{key}'에는 true 또는 false만 쓸 수 있습니다", "fi": "'{key}': arvon pitää olla true tai false"},
    "import.map_currency": {
        "en": "'currency' must be a three-letter code such as EUR",
        "id": "'currency' harus kode tiga huruf seperti EUR",
        "ko": "'currency'에는 EUR 같은 세 글자 코드를 써야 합니다",
        "fi": "'currency': arvon pitää olla kolmikirjaiminen koodi, kuten EUR"},
    # --- the alias file (importers/names.py) ---------------------------------------------------------------
    "import.alias_not_mapping": {
        "en": "an alias file maps each client's name to its other names",
        "id": "file alias memetakan nama setiap klien ke nama-nama lainnya",
        "ko": "별칭 파일은 각 클라이언트의 이름을 다른 이름들에 대응시켜야 합니다",
        "fi": "aliastiedosto kuvaa kunkin asiakkaan nimen sen muihin nimiin"},
    "import.alias_not_names": {
        "en": "the other names of '{name}' must be a name or a list of names",
        "id": "nama lain dari '{name}' harus berupa nama atau daftar nama",
        "ko": "'{name}'의 다른 이름은 이름 하나 또는 이름 목록이어야 합니다",
        "fi": "nimen '{name}' muiden nimien pitää olla nimi tai nimiluettelo"},
    "import.alias_twice": {
        "en": "'{other}' is an alias of both '{first}' and '{second}'",
        "id": "'{other}' adalah alias dari '{first}' sekaligus '{second}'",
        "ko": "'{other}'은(는) '{first}'와(과) '{second}' 양쪽의 별칭입니다",
        "fi": "'{other}' on sekä nimen '{first}' että nimen '{second}' alias"},
    # --- the client files the import writes (importers/plan.py, importers/clientfile.py) -------------------
    "import.two_files": {
        "en": "two client files hold '{name}': {first} and {second}",
        "id": "dua file klien memuat '{name}': {first} dan {second}",
        "ko": "두 클라이언트 파일에 '{name}'이(가) 있습니다: {first}, {second}",
        "fi": "kaksi asiakastiedostoa sisältää asiakkaan '{name}': {first} ja {second}"},
    "import.not_valid_after": {
        "en": "the client file would not be valid after the import: {what}",
        "id": "file klien tidak akan valid setelah impor: {what}",
        "ko": "가져오기 후에는 클라이언트 파일이 올바르지 않게 됩니다: {what}",
        "fi": "asiakastiedosto ei olisi kelvollinen tuonnin jälkeen: {what}"},
    "import.json_client": {
        "en": "'{name}' has a JSON client file: the import merges into YAML files only (convert it to YAML, or move "
              "it out of the folder)",
        "id": "'{name}' punya file klien JSON: impor hanya menggabungkan ke file YAML (ubah ke YAML, atau pindahkan "
              "dari folder)",
        "ko": "'{name}'의 클라이언트 파일이 JSON입니다: 가져오기는 YAML 파일에만 병합합니다(YAML로 바꾸거나 폴더 "
              "밖으로 옮기십시오)",
        "fi": "asiakkaalla '{name}' on JSON-asiakastiedosto: tuonti yhdistää vain YAML-tiedostoihin (muunna se "
              "YAMLiksi tai siirrä se pois kansiosta)"},
    "import.in_place": {
        "en": "cannot update in place: {what}", "id": "tidak dapat diperbarui di tempat: {what}",
        "ko": "파일을 그 자리에서 고칠 수 없습니다: {what}", "fi": "ei voi päivittää paikallaan: {what}"},
    "import.not_own_line": {
        "en": "'{fact}' is not a line of its own", "id": "'{fact}' tidak berada di barisnya sendiri",
        "ko": "'{fact}'이(가) 한 줄을 따로 차지하지 않습니다", "fi": "'{fact}' ei ole omalla rivillään"},
    "import.not_block": {
        "en": "'{group}' is not a block of facts (write one fact a line)",
        "id": "'{group}' bukan blok fakta (tulis satu fakta per baris)",
        "ko": "'{group}'은(는) 사실 묶음 블록이 아닙니다(한 줄에 사실 하나씩 쓰십시오)",
        "fi": "'{group}' ei ole tietolohko (kirjoita yksi tieto riville)"},
}
