"""Message templates for bad input: client files, reading files and folders, YAML and JSON, options."""

from __future__ import annotations

__all__ = ["INPUT_MESSAGES"]

#: code -> {lang: template}; Korean in the formal-polite style, Indonesian in the "Anda" register
INPUT_MESSAGES: dict[str, dict[str, str]] = {
    # --- client files (engine/client.py, engine/client_evidence.py) ------------------------------------
    "client.not_mapping": {
        "en": "a client file must be a mapping of facts",
        "id": "file klien harus berupa pemetaan fakta (kunci: nilai)",
        "ko": "클라이언트 파일은 사실을 '키: 값' 형태로 적은 매핑이어야 합니다",
        "fi": "asiakastiedoston pitää olla tietojen kuvaus (avain: arvo)"},
    "client.twice": {
        "en": "fact '{fact}' is given twice: as '{first}' and as '{second}'",
        "id": "fakta '{fact}' diberikan dua kali: sebagai '{first}' dan sebagai '{second}'",
        "ko": "사실 '{fact}'이(가) 두 번 적혀 있습니다: '{first}'와(과) '{second}'",
        "fi": "tieto '{fact}' on annettu kahdesti: muodossa '{first}' ja muodossa '{second}'"},
    "client.twice_at_line": {
        "en": "fact '{fact}' is given twice: as '{first}' at line {line} and as '{second}'",
        "id": "fakta '{fact}' diberikan dua kali: sebagai '{first}' di baris {line} dan sebagai '{second}'",
        "ko": "사실 '{fact}'이(가) 두 번 적혀 있습니다: {line}행의 '{first}'와(과) '{second}'",
        "fi": "tieto '{fact}' on annettu kahdesti: muodossa '{first}' rivillä {line} ja muodossa '{second}'"},
    "client.group_not_mapping": {
        "en": "'{key}' is a group of facts: write its facts under it (e.g. {key}: {{{fact}: ...}}), not {raw}",
        "id": "'{key}' adalah kelompok fakta: tulis fakta-faktanya di bawahnya (mis. {key}: {{{fact}: ...}}), "
              "bukan {raw}",
        "ko": "'{key}'은(는) 사실 묶음입니다: {raw} 대신 그 아래에 사실을 적으십시오(예: {key}: {{{fact}: ...}})",
        "fi": "'{key}' on tietoryhmä: kirjoita sen tiedot sen alle (esim. {key}: {{{fact}: ...}}), ei {raw}"},
    "client.fact_elsewhere": {
        "en": "unknown fact '{group}.{key}' (it belongs in '{fact}')",
        "id": "fakta '{group}.{key}' tidak dikenal (tempatnya di '{fact}')",
        "ko": "알 수 없는 사실 '{group}.{key}'입니다('{fact}'에 적어야 합니다)",
        "fi": "tuntematon tieto '{group}.{key}' (sen paikka on '{fact}')"},
    "client.unknown_group_or_fact": {
        "en": "unknown group or fact '{key}'",
        "id": "kelompok atau fakta '{key}' tidak dikenal",
        "ko": "알 수 없는 사실 묶음 또는 사실 '{key}'",
        "fi": "tuntematon tietoryhmä tai tieto '{key}'"},
    "client.unknown_fact": {
        "en": "unknown fact '{key}'", "id": "fakta '{key}' tidak dikenal",
        "ko": "알 수 없는 사실 '{key}'", "fi": "tuntematon tieto '{key}'"},
    "client.must_be_text": {
        "en": "'{key}' must be text", "id": "'{key}' harus berupa teks",
        "ko": "'{key}'에는 텍스트만 쓸 수 있습니다", "fi": "'{key}': arvon pitää olla tekstiä"},
    "client.bad_value": {
        "en": "'{fact}' must be {expected}, not {raw}",
        "id": "'{fact}' harus {expected}, bukan {raw}",
        "ko": "'{fact}'에는 {expected}만 쓸 수 있습니다(받은 값: {raw})",
        "fi": "'{fact}': arvon pitää olla {expected}, ei {raw}"},
    "value.bool": {"en": "true or false", "id": "berupa true atau false", "ko": "true 또는 false",
                   "fi": "true tai false"},
    "value.text": {"en": "text", "id": "berupa teks", "ko": "텍스트", "fi": "tekstiä"},
    "value.percent": {
        "en": "a percentage (0 to 100, or 40%)", "id": "berupa persentase (0 sampai 100, atau 40%)",
        "ko": "백분율(0~100 또는 40%)", "fi": "prosenttiluku (0–100 tai 40%)"},
    "value.number": {"en": "a number", "id": "berupa angka", "ko": "숫자", "fi": "luku"},
    "value.not_huge": {
        "en": "zero or more (and not huge)", "id": "nol atau lebih (dan tidak terlalu besar)",
        "ko": "0 이상의 값(지나치게 크지 않은 값)", "fi": "nolla tai enemmän (eikä valtavan suuri)"},
    "value.finite": {"en": "a finite number", "id": "berupa angka terhingga", "ko": "유한한 숫자",
                     "fi": "äärellinen luku"},
    "value.whole": {"en": "a whole number", "id": "berupa bilangan bulat", "ko": "정수", "fi": "kokonaisluku"},
    "value.between": {
        "en": "between {low} and {high:g}", "id": "antara {low} dan {high:g}", "ko": "{low}~{high:g} 사이의 값",
        "fi": "välillä {low}–{high:g}"},
    "value.date": {
        "en": "a date (YYYY-MM-DD)", "id": "berupa tanggal (YYYY-MM-DD)", "ko": "날짜(YYYY-MM-DD)",
        "fi": "päivämäärä (VVVV-KK-PP)"},
    "evidence.not_mapping": {
        "en": "'evidence' must be a mapping of fact to records",
        "id": "'evidence' harus berupa pemetaan fakta ke catatannya",
        "ko": "'evidence'는 사실마다 기록을 적은 매핑이어야 합니다",
        "fi": "'evidence': arvon pitää olla kuvaus tiedoista niiden kirjauksiin"},
    "evidence.no_value": {
        "en": "evidence for '{fact}', but the file gives it no value",
        "id": "ada bukti untuk '{fact}', tetapi file tidak memberinya nilai",
        "ko": "'{fact}'에 대한 근거 기록이 있지만 파일에 그 값이 없습니다",
        "fi": "tiedolle '{fact}' on kirjauksia, mutta tiedosto ei anna sille arvoa"},
    "evidence.unknown_fact": {
        "en": "unknown fact '{fact}' in evidence", "id": "fakta '{fact}' di evidence tidak dikenal",
        "ko": "evidence에 알 수 없는 사실 '{fact}'이(가) 있습니다", "fi": "tuntematon tieto '{fact}' kohdassa evidence"},
    "evidence.not_list": {
        "en": "'{key}' must be a list of short texts (one record a line)",
        "id": "'{key}' harus berupa daftar teks pendek (satu catatan per baris)",
        "ko": "'{key}'은(는) 짧은 텍스트의 목록이어야 합니다(한 줄에 기록 하나)",
        "fi": "'{key}': arvon pitää olla luettelo lyhyitä tekstejä (yksi kirjaus riviä kohden)"},
    "evidence.too_many": {
        "en": "'{key}' has {count} records (at most {most})",
        "id": "'{key}' berisi {count} catatan (paling banyak {most})",
        "ko": "'{key}'에 기록이 {count}개 있습니다(최대 {most}개)",
        "fi": "'{key}': kirjauksia on {count} (enintään {most})"},
    "evidence.too_long": {
        "en": "'{key}' has a record longer than {most:plural:character|characters}",
        "id": "'{key}' berisi catatan yang lebih panjang dari {most} karakter",
        "ko": "'{key}'에 {most}자보다 긴 기록이 있습니다",
        "fi": "'{key}': kirjaus on pidempi kuin {most:plural:merkki|merkkiä}"},
    "evidence.control": {
        "en": "'{key}' has a record with a control character",
        "id": "'{key}' berisi catatan dengan karakter kontrol",
        "ko": "'{key}'에 제어 문자가 든 기록이 있습니다",
        "fi": "'{key}': kirjauksessa on ohjausmerkki"},
    # --- files and folders (engine/files.py, engine/yamlio.py, engine/jsonio.py) -----------------------
    "file.not_regular": {
        "en": "not a regular file ({kind}): give a file",
        "id": "bukan file biasa ({kind}): berikan sebuah file",
        "ko": "일반 파일이 아닙니다({kind}): 파일을 지정하십시오",
        "fi": "ei tavallinen tiedosto ({kind}): anna tiedosto"},
    "kind.folder": {"en": "a folder", "id": "sebuah folder", "ko": "폴더", "fi": "kansio"},
    "kind.fifo": {"en": "a FIFO (named pipe)", "id": "sebuah FIFO (pipa bernama)", "ko": "FIFO(이름 있는 파이프)",
                  "fi": "FIFO (nimetty putki)"},
    "kind.socket": {"en": "a socket", "id": "sebuah soket", "ko": "소켓", "fi": "pistoke"},
    "kind.device": {"en": "a device", "id": "sebuah perangkat", "ko": "장치", "fi": "laite"},
    "kind.other": {"en": "not a regular file", "id": "bukan file biasa", "ko": "일반 파일 아님",
                   "fi": "ei tavallinen tiedosto"},
    "file.cannot_read": {
        "en": "cannot read file: {reason}", "id": "file tidak dapat dibaca: {reason}",
        "ko": "파일을 읽을 수 없습니다: {reason}", "fi": "tiedostoa ei voi lukea: {reason}"},
    "folder.cannot_read": {
        "en": "cannot read folder: {reason}", "id": "folder tidak dapat dibaca: {reason}",
        "ko": "폴더를 읽을 수 없습니다: {reason}", "fi": "kansiota ei voi lukea: {reason}"},
    "folder.not_folder": {"en": "not a folder", "id": "bukan folder", "ko": "폴더가 아닙니다", "fi": "ei kansio"},
    "file.too_large": {
        "en": "file is too large (more than {most:plural:byte|bytes})", "id": "file terlalu besar (lebih dari {most} bita)",
        "ko": "파일이 너무 큽니다({most}바이트 초과)", "fi": "tiedosto on liian suuri (yli {most:plural:tavu|tavua})"},
    "file.empty": {"en": "file is empty", "id": "file kosong", "ko": "파일이 비어 있습니다", "fi": "tiedosto on tyhjä"},
    # the OS's reason: English is its own words, the others say it in theirs (by errno)
    "os.ENOENT": {"en": "{reason}", "id": "file atau folder tidak ada", "ko": "그런 파일이나 폴더가 없습니다",
                  "fi": "tiedostoa tai kansiota ei ole"},
    "os.EACCES": {"en": "{reason}", "id": "izin ditolak", "ko": "권한이 없습니다", "fi": "lupa evätty"},
    "os.EPERM": {"en": "{reason}", "id": "operasi tidak diizinkan", "ko": "허용되지 않는 작업입니다",
                 "fi": "toiminto ei ole sallittu"},
    "os.EISDIR": {"en": "{reason}", "id": "ini sebuah folder", "ko": "폴더입니다", "fi": "se on kansio"},
    "os.ENOTDIR": {"en": "{reason}", "id": "bagian jalurnya bukan folder", "ko": "경로의 일부가 폴더가 아닙니다",
                   "fi": "polun osa ei ole kansio"},
    "os.ELOOP": {"en": "{reason}", "id": "terlalu banyak tingkat tautan simbolik",
                 "ko": "심볼릭 링크가 너무 여러 단계로 이어집니다", "fi": "liian monta symbolisen linkin tasoa"},
    "os.ENAMETOOLONG": {"en": "{reason}", "id": "nama file terlalu panjang", "ko": "파일 이름이 너무 깁니다",
                        "fi": "tiedostonimi on liian pitkä"},
    "os.other": {"en": "{reason}", "id": "galat sistem: {reason}", "ko": "시스템 오류: {reason}",
                 "fi": "järjestelmävirhe: {reason}"},
    "text.not_utf8": {
        "en": "not UTF-8 text: byte 0x{byte:02x} at position {position}",
        "id": "bukan teks UTF-8: bita 0x{byte:02x} di posisi {position}",
        "ko": "UTF-8 텍스트가 아닙니다: {position}번째 위치의 바이트 0x{byte:02x}",
        "fi": "ei UTF-8-tekstiä: tavu 0x{byte:02x} kohdassa {position}"},
    "text.not_utf8_utf16": {
        "en": "not UTF-8 text: byte 0x{byte:02x} at position {position} (it looks like UTF-16)",
        "id": "bukan teks UTF-8: bita 0x{byte:02x} di posisi {position} (tampaknya UTF-16)",
        "ko": "UTF-8 텍스트가 아닙니다: {position}번째 위치의 바이트 0x{byte:02x}(UTF-16으로 보입니다)",
        "fi": "ei UTF-8-tekstiä: tavu 0x{byte:02x} kohdassa {position} (näyttää UTF-16:lta)"},
    "yaml.character": {
        "en": "malformed YAML: character {char!r} is not allowed",
        "id": "YAML rusak: karakter {char!r} tidak diizinkan",
        "ko": "YAML 형식 오류: {char!r} 문자는 쓸 수 없습니다",
        "fi": "virheellinen YAML: merkki {char!r} ei ole sallittu"},
    "yaml.problem": {
        "en": "malformed YAML: {problem}", "id": "YAML rusak: {problem}",
        "ko": "YAML 형식 오류: {problem}", "fi": "virheellinen YAML: {problem}"},
    "json.problem": {
        "en": "malformed JSON: {problem} (column {column})", "id": "JSON rusak: {problem} (kolom {column})",
        "ko": "JSON 형식 오류: {problem}({column}열)", "fi": "virheellinen JSON: {problem} (sarake {column})"},
    "json.duplicate_key": {
        "en": "malformed JSON: duplicate key '{key}' (first at {first})",
        "id": "JSON rusak: kunci '{key}' muncul dua kali (pertama di {first})",
        "ko": "JSON 형식 오류: 키 '{key}'이(가) 중복됩니다(처음 위치: {first})",
        "fi": "virheellinen JSON: avain '{key}' toistuu (ensimmäinen kohdassa {first})"},
    "where.line_column": {
        "en": "line {line}, column {column}", "id": "baris {line}, kolom {column}", "ko": "{line}행 {column}열",
        "fi": "rivi {line}, sarake {column}"},
    # --- options (clientfire/options.py) -----------------------------------------------------------------
    "option.today": {
        "en": "--today must be a date (YYYY-MM-DD), not '{raw}'",
        "id": "--today harus berupa tanggal (YYYY-MM-DD), bukan '{raw}'",
        "ko": "--today에는 날짜(YYYY-MM-DD)만 쓸 수 있습니다(받은 값: '{raw}')",
        "fi": "--today: arvon pitää olla päivämäärä (VVVV-KK-PP), ei '{raw}'"},
    "option.lang_env": {
        "en": "unknown language '{raw}' in CLIENTFIRE_LANG (choose from {choices})",
        "id": "bahasa '{raw}' di CLIENTFIRE_LANG tidak dikenal (pilih dari {choices})",
        "ko": "CLIENTFIRE_LANG의 '{raw}'은(는) 알 수 없는 언어입니다({choices} 중에서 고르십시오)",
        "fi": "tuntematon kieli '{raw}' muuttujassa CLIENTFIRE_LANG (valitse jokin näistä: {choices})"},
}
