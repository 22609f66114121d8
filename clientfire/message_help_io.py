"""The help of the commands that read and write portfolios, pages and the web: batch, import, diagram, report, serve."""

from __future__ import annotations

__all__ = ["HELP_IO_MESSAGES"]

#: code -> {lang: text}; the English is the text the command registers (clientfire/cli_lang.py looks it up)
HELP_IO_MESSAGES: dict[str, dict[str, str]] = {
    # --- batch (clientfire/commands/batch.py) ------------------------------------------------------------------------
    "help.batch.description": {
        "en": "Evaluate every client of a CSV file (columns named by fact, e.g. payment.late_invoices), a JSON Lines file or "
              "a folder of client files; print a summary sorted by severity. Exit code 2 if any row could not be evaluated "
              "(the others are still reported).",
        "id": "Nilai setiap klien dari file CSV (kolom diberi nama fakta, mis. payment.late_invoices), file JSON Lines, atau "
              "folder file klien; cetak ringkasan yang diurutkan menurut tingkat keparahan. Kode keluar 2 bila ada baris yang "
              "tidak dapat dinilai (yang lain tetap dilaporkan).",
        "ko": "CSV 파일(열 이름은 사실 이름, 예: payment.late_invoices), .jsonl 파일 또는 클라이언트 파일 폴더의 모든 "
              "클라이언트를 평가하고, 심각한 순서로 정렬한 요약을 출력합니다. 평가하지 못한 행이 하나라도 있으면 종료 코드는 "
              "2입니다(나머지는 그래도 보고합니다).",
        "fi": "Arvioi jokainen asiakas CSV-tiedostosta (sarakkeet nimetty tiedon mukaan, esim. payment.late_invoices), JSON "
              "Lines -tiedostosta tai asiakastiedostojen kansiosta; tulosta vakavuuden mukaan järjestetty yhteenveto. "
              "Paluuarvo 2, jos jotakin riviä ei voitu arvioida (muut raportoidaan silti)."},
    "help.batch.input": {
        "en": "portfolio: a .csv file, a .jsonl file or a folder of client files",
        "id": "portofolio: file .csv, file .jsonl, atau folder berisi file klien",
        "ko": "포트폴리오: .csv 파일, .jsonl 파일 또는 클라이언트 파일 폴더",
        "fi": "salkku: .csv-tiedosto, .jsonl-tiedosto tai asiakastiedostojen kansio"},
    "help.batch.ignore_columns": {
        "en": "CSV columns to leave out (a spreadsheet's own, e.g. 'account manager,notes'); other columns that are not facts "
              "are left out with a warning naming them",
        "id": "kolom CSV yang dilewati (milik spreadsheet sendiri, mis. 'manajer akun,catatan'); kolom lain yang bukan fakta "
              "dilewati dengan peringatan yang menyebut namanya",
        "ko": "건너뛸 CSV 열(스프레드시트 자체의 열, 예: '담당자,메모'). 사실이 아닌 다른 열은 그 이름을 알리는 경고와 함께 "
              "건너뜁니다",
        "fi": "pois jätettävät CSV-sarakkeet (taulukon omat, esim. 'asiakasvastaava,muistiinpanot'); muut sarakkeet, jotka "
              "eivät ole tietoja, jätetään pois varoituksella, joka nimeää ne"},
    "help.batch.format": {
        "en": "summary format (default text; html: one self-contained page)",
        "id": "format ringkasan (bawaan text; html: satu halaman mandiri)",
        "ko": "요약 형식(기본값 text, html은 독립된 페이지 하나)",
        "fi": "yhteenvedon muoto (oletus text; html: yksi itsenäinen sivu)"},
    "help.batch.summary": {
        "en": "write the summary to FILE instead of standard output",
        "id": "tulis ringkasan ke FILE, bukan ke keluaran standar",
        "ko": "요약을 표준 출력 대신 FILE에 씁니다",
        "fi": "kirjoita yhteenveto tiedostoon FILE vakiotulosteen sijaan"},
    "help.batch.out": {
        "en": "also write one report per client into DIR",
        "id": "tulis juga satu laporan per klien ke DIR",
        "ko": "클라이언트마다 보고서 하나를 DIR에도 씁니다",
        "fi": "kirjoita myös yksi raportti asiakasta kohden kansioon DIR"},
    "help.batch.report_format": {
        "en": "format of the reports written with --out (default markdown)",
        "id": "format laporan yang ditulis dengan --out (bawaan markdown)",
        "ko": "--out으로 쓰는 보고서의 형식(기본값 markdown)",
        "fi": "valitsimella --out kirjoitettujen raporttien muoto (oletus markdown)"},
    "help.batch.diagrams": {
        "en": "with --out: also write each decision path as DOT",
        "id": "dengan --out: tulis juga setiap jalur keputusan sebagai DOT",
        "ko": "--out과 함께: 판정 경로마다 DOT 파일도 씁니다",
        "fi": "valitsimen --out kanssa: kirjoita myös jokainen päätöspolku DOT-muodossa"},
    "help.batch.jobs": {
        "en": "processes to use (default 1)",
        "id": "jumlah proses yang dipakai (bawaan 1)",
        "ko": "사용할 프로세스 수(기본값 1)",
        "fi": "käytettävien prosessien määrä (oletus 1)"},
    "help.batch.dask": {
        "en": "spread the portfolio over a Dask cluster: a scheduler address (tcp://host:8786), or 'local' for a cluster of "
              "--jobs workers on this machine",
        "id": "sebar portofolio ke klaster Dask: alamat penjadwal (tcp://host:8786), atau 'local' untuk klaster berisi --jobs "
              "pekerja di mesin ini",
        "ko": "포트폴리오를 Dask 클러스터에 나눠 맡깁니다: 스케줄러 주소(tcp://host:8786), 또는 이 컴퓨터에서 --jobs개 워커로 "
              "클러스터를 만들려면 'local'",
        "fi": "jaa salkku Dask-klusterille: ajoittajan osoite (tcp://host:8786) tai 'local', jolloin klusteri ajaa tällä "
              "koneella --jobs työprosessia"},
    "help.batch.resume": {
        "en": "skip the clients already recorded for this input on this knowledge (after a killed run)",
        "id": "lewati klien yang sudah tercatat untuk masukan ini pada pengetahuan ini (setelah proses yang terhenti)",
        "ko": "이 입력과 이 지식으로 이미 기록된 클라이언트는 건너뜁니다(중단된 실행 뒤에)",
        "fi": "ohita asiakkaat, jotka on jo kirjattu tälle syötteelle tällä tietämyksellä (keskeytetyn ajon jälkeen)"},
    # --- import (clientfire/commands/import_.py) ---------------------------------------------------------------------
    "help.import.description": {
        "en": "Read invoice and time exports, derive each client's payment and money facts with the records behind them, and "
              "write them into client files (merged: facts you wrote by hand are kept). See docs/import.md.",
        "id": "Baca ekspor faktur dan waktu, turunkan fakta pembayaran dan keuangan setiap klien beserta catatan di baliknya, "
              "lalu tulis ke file klien (digabung: fakta yang Anda tulis sendiri tetap dipertahankan). Lihat docs/import.md.",
        "ko": "청구서와 시간 기록 내보내기 파일을 읽어 클라이언트마다 지급과 금액에 관한 사실을 그 근거 기록과 함께 도출하고, "
              "클라이언트 파일에 씁니다(병합: 직접 쓴 사실은 그대로 둡니다). docs/import.md를 참고하십시오.",
        "fi": "Lue lasku- ja aikaviennit, johda kunkin asiakkaan maksu- ja rahatiedot niiden taustalla olevine kirjauksineen "
              "ja kirjoita ne asiakastiedostoihin (yhdistäen: käsin kirjoittamasi tiedot säilyvät). Katso docs/import.md."},
    "help.import.fmt": {
        "en": "the tool the exports come from",
        "id": "alat asal ekspor",
        "ko": "내보내기 파일을 만든 도구",
        "fi": "työkalu, josta viennit ovat peräisin"},
    "help.import.files": {
        "en": "export files (CSV)",
        "id": "file ekspor (CSV)",
        "ko": "내보내기 파일(CSV)",
        "fi": "vientitiedostot (CSV)"},
    "help.import.map": {
        "en": "with --from csv: which column holds what",
        "id": "dengan --from csv: kolom mana berisi apa",
        "ko": "--from csv와 함께: 어느 열에 무엇이 있는지",
        "fi": "valitsimen --from csv kanssa: mikä sarake sisältää mitäkin"},
    "help.import.aliases": {
        "en": "YAML: each client's name -> its other names in your tools",
        "id": "YAML: nama setiap klien -> nama lainnya di alat-alat Anda",
        "ko": "YAML: 클라이언트 이름 -> 여러분의 도구에서 쓰는 다른 이름들",
        "fi": "YAML: kunkin asiakkaan nimi -> sen muut nimet työkaluissasi"},
    "help.import.out": {
        "en": "folder of client files to write or update (default: clients)",
        "id": "folder file klien yang ditulis atau diperbarui (bawaan: clients)",
        "ko": "쓰거나 갱신할 클라이언트 파일 폴더(기본값: clients)",
        "fi": "kirjoitettavien tai päivitettävien asiakastiedostojen kansio (oletus: clients)"},
    "help.import.csv": {
        "en": "write a portfolio CSV for `clientfire batch` instead",
        "id": "tulis CSV portofolio untuk `clientfire batch` sebagai gantinya",
        "ko": "대신 `clientfire batch`용 포트폴리오 CSV를 씁니다",
        "fi": "kirjoita sen sijaan salkun CSV komennolle `clientfire batch`"},
    "help.import.dry_run": {
        "en": "print what would change, write nothing",
        "id": "cetak apa yang akan berubah, tanpa menulis apa pun",
        "ko": "바뀔 내용을 출력만 하고 아무것도 쓰지 않습니다",
        "fi": "tulosta, mikä muuttuisi, älä kirjoita mitään"},
    "help.import.date_format": {
        "en": "the order of dates like 03/04/2025",
        "id": "urutan tanggal seperti 03/04/2025",
        "ko": "03/04/2025 같은 날짜의 순서",
        "fi": "päivämäärien kuten 03/04/2025 järjestys"},
    "help.import.currency": {
        "en": "the currency of the money facts (others are left out)",
        "id": "mata uang fakta keuangan (yang lain dilewati)",
        "ko": "금액 사실의 통화(다른 통화는 건너뜁니다)",
        "fi": "rahatietojen valuutta (muut jätetään pois)"},
    "help.import.timezone": {
        "en": "zone to date timestamps in (default: this machine's)",
        "id": "zona waktu untuk menanggali cap waktu (bawaan: zona mesin ini)",
        "ko": "타임스탬프의 날짜를 정할 시간대(기본값: 이 컴퓨터의 시간대)",
        "fi": "aikavyöhyke, jonka mukaan aikaleimat päivätään (oletus: tämän koneen)"},
    "help.import.decimal_comma": {
        "en": "amounts are written 1234,56",
        "id": "jumlah ditulis 1234,56",
        "ko": "금액이 1234,56처럼 적혀 있습니다",
        "fi": "summat on kirjoitettu 1234,56"},
    "help.import.encoding": {
        "en": "the files' encoding (default UTF-8; e.g. cp1252)",
        "id": "pengodean file (bawaan UTF-8; mis. cp1252)",
        "ko": "파일의 인코딩(기본값 UTF-8, 예: cp1252)",
        "fi": "tiedostojen merkistö (oletus UTF-8; esim. cp1252)"},
    # --- diagram, report (clientfire/commands/diagram.py, report.py) -------------------------------------------------
    "help.diagram.description": {
        "en": "Draw why: the path from a client's facts through the signs to the verdict and the advice, over the faded rule "
              "network. Without FILE, `--knowledge [DIR]` draws the whole network. OUT ends in .svg, .png, .pdf (rendered by "
              "Graphviz's dot) or .dot (DOT text).",
        "id": "Gambarkan alasannya: jalur dari fakta klien melalui tanda-tanda ke keputusan dan saran, di atas jaringan "
              "aturan yang dipudarkan. Tanpa FILE, `--knowledge [DIR]` menggambar seluruh jaringan. OUT berakhiran .svg, "
              ".png, .pdf (digambar oleh dot dari Graphviz) atau .dot (teks DOT).",
        "ko": "이유를 그립니다: 클라이언트의 사실에서 신호를 거쳐 판정과 조언에 이르는 경로를, 흐리게 표시한 규칙 네트워크 "
              "위에 그립니다. FILE 없이 `--knowledge [DIR]`을 주면 네트워크 전체를 그립니다. OUT은 .svg, .png, "
              ".pdf(Graphviz의 dot으로 그림) 또는 .dot(DOT 텍스트)로 끝납니다.",
        "fi": "Piirrä perustelu: polku asiakkaan tiedoista merkkien kautta ratkaisuun ja neuvoihin himmennetyn sääntöverkon "
              "päällä. Ilman FILEä `--knowledge [DIR]` piirtää koko verkon. OUT päättyy .svg, .png, .pdf (Graphvizin dot "
              "piirtää) tai .dot (DOT-teksti)."},
    "help.diagram.out": {
        "en": "output file ending in .svg, .png, .pdf, .dot",
        "id": "file keluaran berakhiran .svg, .png, .pdf, .dot",
        "ko": ".svg, .png, .pdf, .dot 중 하나로 끝나는 출력 파일",
        "fi": "tulostiedosto, jonka pääte on .svg, .png, .pdf tai .dot"},
    "help.diagram.path_only": {
        "en": "leave out the rules and facts not used",
        "id": "lewati aturan dan fakta yang tidak dipakai",
        "ko": "쓰이지 않은 규칙과 사실은 뺍니다",
        "fi": "jätä pois käyttämättömät säännöt ja tiedot"},
    "help.diagram.knowledge": {
        "en": "knowledge folder (default: $CLIENTFIRE_KNOWLEDGE or the bundled one); without FILE, draw this knowledge's "
              "whole rule network",
        "id": "folder pengetahuan (bawaan: $CLIENTFIRE_KNOWLEDGE atau yang disertakan); tanpa FILE, gambar seluruh jaringan "
              "aturan pengetahuan ini",
        "ko": "지식 폴더(기본값: $CLIENTFIRE_KNOWLEDGE 또는 내장된 지식). FILE이 없으면 이 지식의 규칙 네트워크 전체를 "
              "그립니다",
        "fi": "tietämyskansio (oletus: $CLIENTFIRE_KNOWLEDGE tai mukana tuleva); ilman FILEä piirrä tämän tietämyksen koko "
              "sääntöverkko"},
    "help.report.description": {
        "en": "Write one HTML file with the verdict, how it was reached, the exit plan and the decision-path diagram inline: "
              "it opens in any browser without network access.",
        "id": "Tulis satu file HTML berisi keputusan, cara keputusan diambil, rencana keluar, dan diagram jalur keputusan di "
              "dalamnya: file itu terbuka di peramban apa pun tanpa akses jaringan.",
        "ko": "판정, 판정에 이른 과정, 관계 종료 계획, 판정 경로 다이어그램을 모두 담은 HTML 파일 하나를 씁니다. 네트워크 "
              "없이 어느 브라우저에서나 열립니다.",
        "fi": "Kirjoita yksi HTML-tiedosto, jossa ovat ratkaisu, miten siihen päädyttiin, irtautumissuunnitelma ja "
              "päätöspolun kaavio: se aukeaa missä tahansa selaimessa ilman verkkoyhteyttä."},
    "help.report.out": {
        "en": "write to FILE (e.g. acme.html) instead of standard output",
        "id": "tulis ke FILE (mis. acme.html), bukan ke keluaran standar",
        "ko": "표준 출력 대신 FILE(예: acme.html)에 씁니다",
        "fi": "kirjoita tiedostoon FILE (esim. acme.html) vakiotulosteen sijaan"},
    "help.report.no_diagram": {
        "en": "leave the diagram out (without Graphviz's dot the page says where it would be)",
        "id": "tanpa diagram (tanpa dot dari Graphviz, halaman menyebut tempat diagram itu seharusnya)",
        "ko": "다이어그램을 뺍니다(Graphviz의 dot이 없으면 페이지에 다이어그램이 들어갈 자리를 알려 줍니다)",
        "fi": "jätä kaavio pois (ilman Graphvizin dotia sivu kertoo, missä kaavio olisi)"},
    # --- serve (clientfire/commands/serve.py) ------------------------------------------------------------------------
    "help.serve.description": {
        "en": "Serve the client form, verdict pages, portfolio, audit log, knowledge pages and the /v1 JSON API (docs at "
              "/docs). Binds 127.0.0.1 unless --host says otherwise; any other address needs CLIENTFIRE_TOKEN, which every "
              "request must then carry.",
        "id": "Sajikan formulir klien, halaman keputusan, portofolio, log audit, halaman pengetahuan, dan API JSON /v1 "
              "(dokumentasi di /docs). Terikat ke 127.0.0.1 kecuali --host menyatakan lain; alamat lain memerlukan "
              "CLIENTFIRE_TOKEN, yang kemudian wajib dibawa setiap permintaan.",
        "ko": "클라이언트 입력 양식, 판정 페이지, 포트폴리오, 감사 기록, 지식 페이지와 /v1 JSON API(문서는 /docs)를 "
              "제공합니다. --host로 달리 정하지 않으면 127.0.0.1에서만 연결을 받습니다. 다른 주소에는 CLIENTFIRE_TOKEN이 "
              "필요하고, 그때는 모든 요청이 그 값을 지녀야 합니다.",
        "fi": "Tarjoile asiakaslomake, ratkaisusivut, salkku, tarkastusloki, tietämyssivut ja /v1 JSON-API (ohjeet "
              "osoitteessa /docs). Kuuntelee osoitetta 127.0.0.1, ellei --host muuta sano; muu osoite vaatii "
              "CLIENTFIRE_TOKENin, joka jokaisen pyynnön on silloin kuljetettava."},
    "help.serve.host": {
        "en": "address to listen on (default 127.0.0.1)",
        "id": "alamat yang didengarkan (bawaan 127.0.0.1)",
        "ko": "연결을 받을 주소(기본값 127.0.0.1)",
        "fi": "kuunneltava osoite (oletus 127.0.0.1)"},
    "help.serve.port": {
        "en": "port (default 8080; 0 picks a free one)",
        "id": "port (bawaan 8080; 0 memilih port yang kosong)",
        "ko": "포트(기본값 8080, 0이면 빈 포트를 고릅니다)",
        "fi": "portti (oletus 8080; 0 valitsee vapaan)"},
    "help.serve.workers": {
        "en": "worker processes (default 1)",
        "id": "jumlah proses pekerja (bawaan 1)",
        "ko": "워커 프로세스 수(기본값 1)",
        "fi": "työprosessien määrä (oletus 1)"},
    "help.serve.db": {
        "en": "audit log (default: $CLIENTFIRE_DB, else $XDG_DATA_HOME/clientfire/audit.db)",
        "id": "log audit (bawaan: $CLIENTFIRE_DB, jika tidak $XDG_DATA_HOME/clientfire/audit.db)",
        "ko": "감사 기록(기본값: $CLIENTFIRE_DB, 없으면 $XDG_DATA_HOME/clientfire/audit.db)",
        "fi": "tarkastusloki (oletus: $CLIENTFIRE_DB, muuten $XDG_DATA_HOME/clientfire/audit.db)"},
    "help.serve.lang": {
        "en": "language of the start-up lines and errors (each page has its own choice; default: $CLIENTFIRE_LANG, then the "
              "locale, then en)",
        "id": "bahasa baris pembuka dan pesan galat (setiap halaman punya pilihannya sendiri; bawaan: $CLIENTFIRE_LANG, lalu "
              "pengaturan bahasa sistem, lalu en)",
        "ko": "시작할 때 출력하는 줄과 오류의 언어(페이지마다 따로 고를 수 있습니다. 기본값: $CLIENTFIRE_LANG, 다음은 시스템 "
              "로캘, 그다음 en)",
        "fi": "käynnistysrivien ja virheiden kieli (jokaisella sivulla on oma valintansa; oletus: $CLIENTFIRE_LANG, sitten "
              "järjestelmän kieliasetus, sitten en)"},
}
