"""The help of the commands that check and keep: template, check, test, audit, knowledge."""

from __future__ import annotations

__all__ = ["HELP_LOG_MESSAGES"]

#: code -> {lang: text}; the English is the text the command registers (clientfire/cli_lang.py looks it up)
HELP_LOG_MESSAGES: dict[str, dict[str, str]] = {
    # --- template, check, test (clientfire/commands/template.py, check.py, test.py) ----------------------------------
    "help.template.description": {
        "en": "YAML: every fact of the vocabulary, commented out, with its meaning, type and unit; remove the # before a fact "
              "and give its value. CSV: the header row `batch` reads.",
        "id": "YAML: setiap fakta kosakata, dalam komentar, dengan arti, jenis, dan satuannya; hapus # di depan fakta lalu "
              "isi nilainya. CSV: baris judul yang dibaca `batch`.",
        "ko": "YAML: 어휘의 모든 사실을 주석으로 막아 두고 뜻, 형식, 단위와 함께 씁니다. 사실 앞의 #을 지우고 값을 "
              "적으십시오. CSV: `batch`가 읽는 열 제목 행.",
        "fi": "YAML: sanaston jokainen tieto kommentoituna, merkityksineen, tyyppeineen ja yksikköineen; poista #-merkki "
              "tiedon edestä ja anna sen arvo. CSV: otsikkorivi, jonka `batch` lukee."},
    "help.template.format": {
        "en": "template format (default yaml)",
        "id": "format templat (bawaan yaml)",
        "ko": "서식 파일 형식(기본값 yaml)",
        "fi": "pohjan muoto (oletus yaml)"},
    "help.check.description": {
        "en": "Check knowledge files (and an overrides file merged on them): file, line and column of every error; lint for "
              "unknown references, cycles, rules that can never fire and unused parts. Exit 0 clean, 1 problems found, 2 "
              "unreadable input.",
        "id": "Periksa file pengetahuan (dan file override yang digabungkan ke sana): file, baris, dan kolom setiap galat; "
              "pemeriksaan rujukan yang tidak dikenal, siklus, aturan yang tidak akan pernah terpicu, dan bagian yang tidak "
              "dipakai. Kode keluar 0 bersih, 1 ada masalah, 2 masukan tidak terbaca.",
        "ko": "지식 파일(과 그 위에 합친 재정의 파일)을 검사합니다: 모든 오류의 파일, 줄, 열을 알려 주고, 알 수 없는 참조, "
              "순환, 절대 발동할 수 없는 규칙, 쓰이지 않는 부분을 점검합니다. 종료 코드 0은 문제 없음, 1은 문제 발견, 2는 "
              "읽을 수 없는 입력입니다.",
        "fi": "Tarkista tietämystiedostot (ja niiden päälle yhdistetty ohitustiedosto): jokaisen virheen tiedosto, rivi ja "
              "sarake; tarkastus tuntemattomille viittauksille, silmukoille, säännöille, jotka eivät voi koskaan laueta, ja "
              "käyttämättömille osille. Paluuarvo 0 puhdas, 1 ongelmia löytyi, 2 lukukelvoton syöte."},
    "help.check.dir": {
        "en": "knowledge folder (default: --knowledge or the bundled one)",
        "id": "folder pengetahuan (bawaan: --knowledge atau yang disertakan)",
        "ko": "지식 폴더(기본값: --knowledge 또는 내장된 지식)",
        "fi": "tietämyskansio (oletus: --knowledge tai mukana tuleva)"},
    "help.check.strict": {
        "en": "exit 1 on warnings too",
        "id": "keluar dengan kode 1 juga bila ada peringatan",
        "ko": "경고가 있어도 종료 코드 1로 끝냅니다",
        "fi": "paluuarvo 1 myös varoituksista"},
    "help.test.description": {
        "en": "Run scenarios and report pass/fail with the differences, and the rules no scenario fires. DIR is a knowledge "
              "folder (its scenarios/ run against it) or a scenario file or folder (run against --knowledge, else the "
              "knowledge folder it is in, else the bundled knowledge); the report names the knowledge tested. Exit 0 all "
              "passed, 1 a scenario failed (or coverage is below --min-coverage), 2 unreadable input.",
        "id": "Jalankan skenario dan laporkan lulus/gagal beserta perbedaannya, serta aturan yang tidak dipicu skenario mana "
              "pun. DIR adalah folder pengetahuan (skenario di scenarios/ dijalankan terhadapnya) atau file atau folder "
              "skenario (dijalankan terhadap --knowledge, jika tidak folder pengetahuan tempatnya berada, jika tidak "
              "pengetahuan yang disertakan); laporan menyebut pengetahuan yang diuji. Kode keluar 0 semua lulus, 1 ada "
              "skenario gagal (atau cakupan di bawah --min-coverage), 2 masukan tidak terbaca.",
        "ko": "시나리오를 실행해 통과/실패와 차이, 그리고 어떤 시나리오에서도 발동하지 않는 규칙을 보고합니다. DIR은 지식 "
              "폴더(그 안의 scenarios/를 그 지식으로 실행)이거나 시나리오 파일 또는 폴더(--knowledge, 없으면 그것이 든 지식 "
              "폴더, 없으면 내장된 지식으로 실행)입니다. 보고서에는 검사한 지식이 나옵니다. 종료 코드 0은 모두 통과, 1은 "
              "실패한 시나리오 있음(또는 커버리지가 --min-coverage 미만), 2는 읽을 수 없는 입력입니다.",
        "fi": "Aja skenaariot ja raportoi läpäisyt ja hylkäykset eroineen sekä säännöt, joita mikään skenaario ei laukaise. "
              "DIR on tietämyskansio (sen scenarios/ ajetaan sitä vasten) tai skenaariotiedosto tai -kansio (ajetaan "
              "valitsimen --knowledge tietämystä vasten, muuten sen tietämyskansion, jossa se on, muuten mukana tulevan "
              "tietämyksen); raportti nimeää testatun tietämyksen. Paluuarvo 0 kaikki läpäistiin, 1 skenaario epäonnistui "
              "(tai kattavuus on alle --min-coverage), 2 lukukelvoton syöte."},
    "help.test.dir": {
        "en": "knowledge folder, or scenario file or folder",
        "id": "folder pengetahuan, atau file atau folder skenario",
        "ko": "지식 폴더, 또는 시나리오 파일이나 폴더",
        "fi": "tietämyskansio tai skenaariotiedosto tai -kansio"},
    "help.test.verbose": {
        "en": "list passing scenarios too",
        "id": "cantumkan juga skenario yang lulus",
        "ko": "통과한 시나리오도 나열합니다",
        "fi": "luettele myös läpäistyt skenaariot"},
    "help.test.min_coverage": {
        "en": "fail when fewer than PCT percent of the rules fire in some scenario",
        "id": "gagal bila kurang dari PCT persen aturan terpicu dalam suatu skenario",
        "ko": "어느 시나리오에서든 발동하는 규칙이 PCT퍼센트 미만이면 실패합니다",
        "fi": "epäonnistu, jos alle PCT prosenttia säännöistä laukeaa jossakin skenaariossa"},
    # --- audit (clientfire/commands/audit.py) ------------------------------------------------------------------------
    "help.audit.description": {
        "en": "List, show, replay, export and verify the recorded verdicts; erase a client's records on request or purge old "
              "ones.",
        "id": "Tampilkan daftar, perlihatkan, jalankan ulang, ekspor, dan verifikasi keputusan yang tercatat; hapus catatan "
              "seorang klien atas permintaan atau bersihkan catatan lama.",
        "ko": "기록된 판정을 나열하고, 보여 주고, 다시 실행하고, 내보내고, 검증합니다. 요청이 있으면 클라이언트의 기록을 "
              "지우고, 오래된 기록을 정리합니다.",
        "fi": "Luettele, näytä, aja uudelleen, vie ja varmenna kirjatut ratkaisut; poista asiakkaan merkinnät pyynnöstä tai "
              "siivoa vanhat."},
    "help.audit.list": {
        "en": "list the records",
        "id": "daftar catatan",
        "ko": "기록을 나열합니다",
        "fi": "luettele merkinnät"},
    "help.audit.show": {
        "en": "the explanation exactly as it was given",
        "id": "penjelasan persis seperti saat diberikan",
        "ko": "설명을 내려졌던 그대로 보여 줍니다",
        "fi": "selitys täsmälleen sellaisena kuin se annettiin"},
    "help.audit.replay": {
        "en": "re-run a record on today's knowledge and show what changed",
        "id": "jalankan ulang catatan dengan pengetahuan hari ini dan tampilkan yang berubah",
        "ko": "기록을 오늘의 지식으로 다시 실행하고 바뀐 점을 보여 줍니다",
        "fi": "aja merkintä uudelleen tämän päivän tietämyksellä ja näytä, mikä muuttui"},
    "help.audit.export": {
        "en": "every record as JSON Lines",
        "id": "setiap catatan sebagai JSON Lines",
        "ko": "모든 기록을 한 줄에 하나씩 JSON으로",
        "fi": "jokainen merkintä JSON Lines -muodossa"},
    "help.audit.verify": {
        "en": "check the hash chain: name the first record changed, removed or inserted",
        "id": "periksa rantai hash: sebut catatan pertama yang diubah, dihapus, atau disisipkan",
        "ko": "해시 체인을 검사합니다: 바뀌거나, 지워지거나, 끼워 넣어진 첫 기록을 알려 줍니다",
        "fi": "tarkista tiivisteketju: nimeä ensimmäinen muutettu, poistettu tai lisätty merkintä"},
    "help.audit.forget": {
        "en": "erase a client's records on request (their hashes stay in the chain)",
        "id": "hapus catatan seorang klien atas permintaan (hash-nya tetap di rantai)",
        "ko": "요청에 따라 클라이언트의 기록을 지웁니다(해시는 체인에 남습니다)",
        "fi": "poista asiakkaan merkinnät pyynnöstä (niiden tiivisteet jäävät ketjuun)"},
    "help.audit.purge": {
        "en": "delete the records made before a date (the chain starts anew from them)",
        "id": "hapus catatan yang dibuat sebelum suatu tanggal (rantai dimulai ulang dari sana)",
        "ko": "어느 날짜 이전에 만든 기록을 삭제합니다(체인은 거기서 새로 시작합니다)",
        "fi": "poista ennen päivämäärää tehdyt merkinnät (ketju alkaa niistä alusta)"},
    "help.audit.seal": {
        "en": "keep every record's output as text, to show it as it is after an upgrade that renders differently",
        "id": "simpan keluaran setiap catatan sebagai teks, agar tetap ditampilkan apa adanya setelah pembaruan yang "
              "menampilkannya secara berbeda",
        "ko": "모든 기록의 출력을 텍스트로 보관해, 다르게 출력하는 새 버전으로 올린 뒤에도 그대로 보여 줍니다",
        "fi": "säilytä jokaisen merkinnän tuloste tekstinä, jotta se näkyy sellaisenaan myös päivityksen jälkeen, joka "
              "tulostaa toisin"},
    "help.audit_list.client": {
        "en": "only clients whose name contains NAME (any case)",
        "id": "hanya klien yang namanya memuat NAME (huruf besar atau kecil)",
        "ko": "이름에 NAME이 들어 있는 클라이언트만(대소문자 무관)",
        "fi": "vain asiakkaat, joiden nimessä on NAME (kirjainkoosta riippumatta)"},
    "help.audit_list.since": {
        "en": "only records made on or after DATE (YYYY-MM-DD)",
        "id": "hanya catatan yang dibuat pada atau setelah DATE (YYYY-MM-DD)",
        "ko": "DATE(YYYY-MM-DD) 당일이나 그 뒤에 만든 기록만",
        "fi": "vain merkinnät, jotka on tehty päivänä DATE tai sen jälkeen (YYYY-MM-DD)"},
    "help.audit_show.lang": {
        "en": "language of the error messages and this action's own lines (default: $CLIENTFIRE_LANG, then the locale, then "
              "en)",
        "id": "bahasa pesan galat dan baris milik tindakan ini (bawaan: $CLIENTFIRE_LANG, lalu pengaturan bahasa sistem, lalu "
              "en)",
        "ko": "오류 메시지와 이 작업이 출력하는 줄의 언어(기본값: $CLIENTFIRE_LANG, 다음은 시스템 로캘, 그다음 en)",
        "fi": "virheilmoitusten ja tämän toiminnon omien rivien kieli (oletus: $CLIENTFIRE_LANG, sitten järjestelmän "
              "kieliasetus, sitten en)"},
    "help.audit_verify.head": {
        "en": "a head noted earlier (from `audit verify`): it must still be in the chain (catches records removed from the "
              "end)",
        "id": "kepala rantai yang dicatat sebelumnya (dari `audit verify`): harus masih ada di rantai (menangkap catatan yang "
              "dihapus dari ujung)",
        "ko": "앞서 적어 둔 체인의 끝 값(`audit verify`의 출력): 아직 체인에 있어야 합니다(끝에서 지워진 기록을 잡아냅니다)",
        "fi": "aiemmin talteen otettu ketjun pää (komennosta `audit verify`): sen pitää yhä olla ketjussa (paljastaa lopusta "
              "poistetut merkinnät)"},
    "help.audit_forget.client": {
        "en": "the client's whole name (any case)",
        "id": "nama lengkap klien (huruf besar atau kecil)",
        "ko": "클라이언트의 전체 이름(대소문자 무관)",
        "fi": "asiakkaan koko nimi (kirjainkoosta riippumatta)"},
    "help.audit_forget.dry_run": {
        "en": "only list the records that would be erased",
        "id": "hanya tampilkan daftar catatan yang akan dihapus",
        "ko": "지워질 기록을 나열만 합니다",
        "fi": "luettele vain merkinnät, jotka poistettaisiin"},
    "help.audit_purge.before": {
        "en": "YYYY-MM-DD",
        "id": "tanggal, YYYY-MM-DD",
        "ko": "날짜(YYYY-MM-DD)",
        "fi": "päivämäärä, YYYY-MM-DD"},
    "help.audit_purge.dry_run": {
        "en": "only count the records that would be deleted",
        "id": "hanya hitung catatan yang akan dihapus",
        "ko": "삭제될 기록의 수만 셉니다",
        "fi": "laske vain merkinnät, jotka poistettaisiin"},
    # --- knowledge (clientfire/commands/knowledge.py) ----------------------------------------------------------------
    "help.knowledge.description": {
        "en": "Work with knowledge folders: init, diff, schema.",
        "id": "Bekerja dengan folder pengetahuan: init, diff, schema.",
        "ko": "지식 폴더를 다룹니다: init, diff, schema.",
        "fi": "Tietämyskansioiden käsittely: init, diff, schema."},
    "help.knowledge.init": {
        "en": "copy the bundled knowledge (and its scenarios) into DIR for editing",
        "id": "salin pengetahuan yang disertakan (beserta skenarionya) ke DIR untuk disunting",
        "ko": "내장된 지식(과 그 시나리오)을 편집하도록 DIR에 복사합니다",
        "fi": "kopioi mukana tuleva tietämys (ja sen skenaariot) kansioon DIR muokattavaksi"},
    "help.knowledge.diff": {
        "en": "what differs between two knowledge versions, and whose verdicts change",
        "id": "apa yang berbeda antara dua versi pengetahuan, dan keputusan siapa yang berubah",
        "ko": "두 지식 버전의 차이와, 판정이 바뀌는 클라이언트",
        "fi": "mikä eroaa kahden tietämysversion välillä ja keiden ratkaisut muuttuvat"},
    "help.knowledge.schema": {
        "en": "write the JSON Schemas of knowledge, overrides and client files",
        "id": "tulis JSON Schema untuk file pengetahuan, override, dan klien",
        "ko": "지식, 재정의, 클라이언트 파일의 JSON 스키마를 씁니다",
        "fi": "kirjoita tietämys-, ohitus- ja asiakastiedostojen JSON-skeemat"},
    "help.knowledge_init.dir": {
        "en": "the new knowledge folder",
        "id": "folder pengetahuan baru",
        "ko": "새 지식 폴더",
        "fi": "uusi tietämyskansio"},
    "help.knowledge_init.force": {
        "en": "write into a folder that is not empty",
        "id": "tulis ke folder yang tidak kosong",
        "ko": "비어 있지 않은 폴더에도 씁니다",
        "fi": "kirjoita kansioon, joka ei ole tyhjä"},
    "help.knowledge_diff.description": {
        "en": "OLD and NEW are each a knowledge folder, an overrides file (merged on --knowledge or the bundled knowledge) or "
              "the word 'bundled'.",
        "id": "OLD dan NEW masing-masing berupa folder pengetahuan, file override (digabungkan ke --knowledge atau "
              "pengetahuan yang disertakan), atau kata 'bundled'.",
        "ko": "OLD와 NEW는 각각 지식 폴더, 재정의 파일(--knowledge 또는 내장된 지식 위에 합침), 또는 'bundled'라는 낱말입니다.",
        "fi": "OLD ja NEW ovat kumpikin tietämyskansio, ohitustiedosto (yhdistetään valitsimen --knowledge tai mukana tulevan "
              "tietämyksen päälle) tai sana 'bundled'."},
    "help.knowledge_diff.clients": {
        "en": "clients to evaluate with both versions: what `batch` reads (a folder of client files, a CSV file or a JSON "
              "Lines file)",
        "id": "klien yang dinilai dengan kedua versi: apa yang dibaca `batch` (folder file klien, file CSV, atau file JSON "
              "Lines)",
        "ko": "두 버전으로 평가할 클라이언트: `batch`가 읽는 것(클라이언트 파일 폴더, CSV 파일 또는 .jsonl 파일)",
        "fi": "molemmilla versioilla arvioitavat asiakkaat: mitä `batch` lukee (asiakastiedostojen kansio, CSV-tiedosto tai "
              "JSON Lines -tiedosto)"},
    "help.knowledge_schema.out": {
        "en": "folder to write to (default: schemas)",
        "id": "folder tujuan (bawaan: schemas)",
        "ko": "쓸 폴더(기본값: schemas)",
        "fi": "kansio, johon kirjoitetaan (oletus: schemas)"},
}
