"""The command line's help in four languages: the command list, the shared options, verdict, explain, ask."""

from __future__ import annotations

__all__ = ["HELP_MESSAGES"]

#: code -> {lang: text}; the English is the text the command registers (clientfire/cli_lang.py looks it up)
HELP_MESSAGES: dict[str, dict[str, str]] = {
    # --- the command list (clientfire/cli.py) ------------------------------------------------------------------------
    "help.command.description": {
        "en": "Should you fire this client? An explained verdict from a rule-based expert system.",
        "id": "Haruskah Anda melepas klien ini? Keputusan beserta penjelasannya dari sistem pakar berbasis aturan.",
        "ko": "이 클라이언트와 관계를 끝내야 할까요? 규칙 기반 전문가 시스템이 설명과 함께 판정을 내립니다.",
        "fi": "Pitäisikö sinun luopua tästä asiakkaasta? Perusteltu ratkaisu sääntöpohjaiselta asiantuntijajärjestelmältä."},
    "help.command.verdict": {
        "en": "explained verdict for one client file",
        "id": "keputusan beserta penjelasan untuk satu file klien",
        "ko": "클라이언트 파일 하나에 대한 설명이 있는 판정",
        "fi": "perusteltu ratkaisu yhdelle asiakastiedostolle"},
    "help.command.explain": {
        "en": "how the verdict was reached, why not another, what would change it",
        "id": "bagaimana keputusan diambil, mengapa bukan yang lain, apa yang akan mengubahnya",
        "ko": "판정에 이른 과정, 다른 판정이 아닌 이유, 판정을 바꿀 조건",
        "fi": "miten ratkaisuun päädyttiin, miksi ei toiseen ja mikä sen muuttaisi"},
    "help.command.ask": {
        "en": "answer a few questions and get the explained verdict (no client file needed)",
        "id": "jawab beberapa pertanyaan dan dapatkan keputusan beserta penjelasannya (tanpa file klien)",
        "ko": "몇 가지 질문에 답하고 설명이 있는 판정을 받습니다(클라이언트 파일 불필요)",
        "fi": "vastaa muutamaan kysymykseen ja saat perustellun ratkaisun (asiakastiedostoa ei tarvita)"},
    "help.command.batch": {
        "en": "triage a whole portfolio: whom to fire, whom to talk to, worst first",
        "id": "pilah seluruh portofolio: siapa yang dilepas, siapa yang diajak bicara, yang terburuk lebih dulu",
        "ko": "포트폴리오 전체를 분류합니다: 관계를 끝낼 곳, 대화할 곳, 가장 나쁜 곳부터",
        "fi": "lajittele koko salkku: kenestä luopua, kenen kanssa puhua, pahimmat ensin"},
    "help.command.import": {
        "en": "facts from invoicing and time-tracking exports, into client files",
        "id": "fakta dari ekspor faktur dan pencatatan waktu, ke dalam file klien",
        "ko": "청구서 및 시간 기록 내보내기 파일의 사실을 클라이언트 파일로 가져옵니다",
        "fi": "tiedot laskutuksen ja ajanseurannan vientitiedostoista asiakastiedostoihin"},
    "help.command.diagram": {
        "en": "decision-path diagram for one client, or the whole rule network",
        "id": "diagram jalur keputusan untuk satu klien, atau seluruh jaringan aturan",
        "ko": "클라이언트 한 곳의 판정 경로 다이어그램, 또는 규칙 네트워크 전체",
        "fi": "päätöspolun kaavio yhdelle asiakkaalle tai koko sääntöverkko"},
    "help.command.report": {
        "en": "one self-contained HTML page for a client (verdict, how, exit plan, diagram)",
        "id": "satu halaman HTML mandiri untuk seorang klien (keputusan, cara diambil, rencana keluar, diagram)",
        "ko": "클라이언트 한 곳에 대한 독립된 HTML 페이지 하나(판정, 판정 과정, 관계 종료 계획, 다이어그램)",
        "fi": "yksi itsenäinen HTML-sivu asiakkaasta (ratkaisu, perustelu, irtautumissuunnitelma, kaavio)"},
    "help.command.audit": {
        "en": "the audit log of every verdict given",
        "id": "log audit setiap keputusan yang diberikan",
        "ko": "내려진 모든 판정의 감사 기록",
        "fi": "tarkastusloki jokaisesta annetusta ratkaisusta"},
    "help.command.check": {
        "en": "check a knowledge folder: schema errors and lint over the rule network",
        "id": "periksa folder pengetahuan: galat skema dan pemeriksaan jaringan aturan",
        "ko": "지식 폴더를 검사합니다: 스키마 오류와 규칙 네트워크 점검",
        "fi": "tarkista tietämyskansio: skeemavirheet ja sääntöverkon tarkastus"},
    "help.command.facts": {
        "en": "print the fact vocabulary of client files",
        "id": "cetak kosakata fakta file klien",
        "ko": "클라이언트 파일의 사실 어휘를 출력합니다",
        "fi": "tulosta asiakastiedostojen tietosanasto"},
    "help.command.template": {
        "en": "print a blank client file (YAML) or a portfolio CSV header",
        "id": "cetak file klien kosong (YAML) atau baris judul CSV portofolio",
        "ko": "빈 클라이언트 파일(YAML)이나 포트폴리오 CSV 열 제목을 출력합니다",
        "fi": "tulosta tyhjä asiakastiedosto (YAML) tai salkun CSV-otsikkorivi"},
    "help.command.knowledge": {
        "en": "copy, compare and describe knowledge folders",
        "id": "salin, bandingkan, dan jelaskan folder pengetahuan",
        "ko": "지식 폴더를 복사하고 비교하고 설명합니다",
        "fi": "kopioi, vertaa ja kuvaa tietämyskansioita"},
    "help.command.serve": {
        "en": "the web app and HTTP API in your browser (http://127.0.0.1:8080/)",
        "id": "aplikasi web dan API HTTP di peramban Anda (http://127.0.0.1:8080/)",
        "ko": "브라우저에서 쓰는 웹 앱과 HTTP API(http://127.0.0.1:8080/)",
        "fi": "verkkosovellus ja HTTP-API selaimessasi (http://127.0.0.1:8080/)"},
    "help.command.test": {
        "en": "run scenario tests (client facts -> expected verdict) and report rule coverage",
        "id": "jalankan uji skenario (fakta klien -> keputusan yang diharapkan) dan laporkan cakupan aturan",
        "ko": "시나리오 테스트(클라이언트 사실 -> 기대한 판정)를 실행하고 규칙 커버리지를 보고합니다",
        "fi": "aja skenaariotestit (asiakkaan tiedot -> odotettu ratkaisu) ja raportoi sääntöjen kattavuus"},
    # --- options several commands take (clientfire/options.py, clientfire/audit/recorder.py) -------------------------
    "help.option.format": {
        "en": "output format (default text)",
        "id": "format keluaran (bawaan text)",
        "ko": "출력 형식(기본값 text)",
        "fi": "tulostemuoto (oletus text)"},
    "help.option.knowledge": {
        "en": "knowledge folder (default: $CLIENTFIRE_KNOWLEDGE or the bundled one)",
        "id": "folder pengetahuan (bawaan: $CLIENTFIRE_KNOWLEDGE atau yang disertakan)",
        "ko": "지식 폴더(기본값: $CLIENTFIRE_KNOWLEDGE 또는 내장된 지식)",
        "fi": "tietämyskansio (oletus: $CLIENTFIRE_KNOWLEDGE tai mukana tuleva)"},
    "help.option.overrides": {
        "en": "overrides file merged on the knowledge: thresholds, disabled rules, extra rules (default: "
              "$CLIENTFIRE_OVERRIDES)",
        "id": "file override yang digabungkan ke pengetahuan: ambang batas, aturan yang dinonaktifkan, aturan tambahan "
              "(bawaan: $CLIENTFIRE_OVERRIDES)",
        "ko": "지식 위에 합치는 재정의 파일: 기준값, 끈 규칙, 추가 규칙(기본값: $CLIENTFIRE_OVERRIDES)",
        "fi": "tietämyksen päälle yhdistettävä ohitustiedosto: kynnysarvot, poistetut säännöt, lisäsäännöt (oletus: "
              "$CLIENTFIRE_OVERRIDES)"},
    "help.option.lang": {
        "en": "language of the advice (default: $CLIENTFIRE_LANG, then the locale, then en)",
        "id": "bahasa saran (bawaan: $CLIENTFIRE_LANG, lalu pengaturan bahasa sistem, lalu en)",
        "ko": "조언의 언어(기본값: $CLIENTFIRE_LANG, 다음은 시스템 로캘, 그다음 en)",
        "fi": "neuvojen kieli (oletus: $CLIENTFIRE_LANG, sitten järjestelmän kieliasetus, sitten en)"},
    "help.option.today": {
        "en": "evaluate as of this date (YYYY-MM-DD)",
        "id": "nilai per tanggal ini (YYYY-MM-DD)",
        "ko": "이 날짜 기준으로 평가합니다(YYYY-MM-DD)",
        "fi": "arvioi tämän päivämäärän mukaan (YYYY-MM-DD)"},
    "help.option.db": {
        "en": "audit database: a file, or postgresql://... (default: $CLIENTFIRE_DB, else $XDG_DATA_HOME/clientfire/audit.db)",
        "id": "basis data audit: sebuah file, atau postgresql://... (bawaan: $CLIENTFIRE_DB, jika tidak "
              "$XDG_DATA_HOME/clientfire/audit.db)",
        "ko": "감사 데이터베이스: 파일 또는 postgresql://... (기본값: $CLIENTFIRE_DB, 없으면 "
              "$XDG_DATA_HOME/clientfire/audit.db)",
        "fi": "tarkastustietokanta: tiedosto tai postgresql://... (oletus: $CLIENTFIRE_DB, muuten "
              "$XDG_DATA_HOME/clientfire/audit.db)"},
    "help.option.no_record": {
        "en": "do not record this verdict in the audit log",
        "id": "jangan catat keputusan ini di log audit",
        "ko": "이 판정을 감사 기록에 남기지 않습니다",
        "fi": "älä kirjaa tätä ratkaisua tarkastuslokiin"},
    "help.option.out": {
        "en": "write to FILE instead of standard output",
        "id": "tulis ke FILE, bukan ke keluaran standar",
        "ko": "표준 출력 대신 FILE에 씁니다",
        "fi": "kirjoita tiedostoon FILE vakiotulosteen sijaan"},
    # --- verdict, explain, ask (clientfire/commands/verdict.py, explain.py, ask.py) ----------------------------------
    "help.verdict.description": {
        "en": "Should you fire this client? The verdict, the signs, what to do.",
        "id": "Haruskah Anda melepas klien ini? Keputusannya, tanda-tandanya, dan apa yang harus dilakukan.",
        "ko": "이 클라이언트와 관계를 끝내야 할까요? 판정, 신호, 해야 할 일을 알려 줍니다.",
        "fi": "Pitäisikö sinun luopua tästä asiakkaasta? Ratkaisu, merkit ja mitä tehdä."},
    "help.verdict.file": {
        "en": "client file (YAML or JSON)",
        "id": "file klien (YAML atau JSON)",
        "ko": "클라이언트 파일(YAML 또는 JSON)",
        "fi": "asiakastiedosto (YAML tai JSON)"},
    "help.verdict.explain": {
        "en": "add HOW: the derivation of the verdict from the rules that fired",
        "id": "tambahkan BAGAIMANA: penurunan keputusan dari aturan yang terpicu",
        "ko": "판정에 이른 과정을 덧붙입니다: 발동한 규칙에서 판정을 이끌어 낸 과정",
        "fi": "lisää MITEN: ratkaisun johtaminen lauenneista säännöistä"},
    "help.explain.description": {
        "en": "HOW: the derivation of the verdict from the rules that fired. WHY NOT: for every other verdict, the conditions "
              "that failed. WHAT IF: the smallest changes that give another verdict.",
        "id": "BAGAIMANA: penurunan keputusan dari aturan yang terpicu. MENGAPA BUKAN: untuk setiap keputusan lain, syarat "
              "yang tidak terpenuhi. BAGAIMANA JIKA: perubahan terkecil yang menghasilkan keputusan lain.",
        "ko": "판정에 이른 과정: 발동한 규칙에서 판정을 이끌어 낸 과정. 다음이 아닌 이유: 다른 판정마다 충족되지 않은 조건. "
              "만약에: 다른 판정이 나오게 하는 가장 작은 변화.",
        "fi": "MITEN: ratkaisun johtaminen lauenneista säännöistä. MIKSI EI: jokaisen muun ratkaisun ehdot, jotka eivät "
              "täyttyneet. ENTÄ JOS: pienimmät muutokset, joilla ratkaisu muuttuu."},
    "help.explain.why_not": {
        "en": "explain only why not this verdict (default: every verdict not given)",
        "id": "jelaskan hanya mengapa bukan keputusan ini (bawaan: setiap keputusan yang tidak diberikan)",
        "ko": "이 판정이 아닌 이유만 설명합니다(기본값: 내려지지 않은 모든 판정)",
        "fi": "selitä vain, miksi ei tätä ratkaisua (oletus: jokainen ratkaisu, jota ei annettu)"},
    "help.explain.what_if": {
        "en": "search the smallest changes to the facts that change the verdict",
        "id": "cari perubahan fakta terkecil yang mengubah keputusan",
        "ko": "판정을 바꾸는 가장 작은 사실 변화를 찾습니다",
        "fi": "etsi pienimmät tietojen muutokset, jotka muuttavat ratkaisun"},
    "help.explain.how": {
        "en": "show HOW too when --why-not or --what-if is given (shown anyway without them)",
        "id": "tampilkan juga BAGAIMANA bila --why-not atau --what-if diberikan (tanpa keduanya tetap ditampilkan)",
        "ko": "--why-not이나 --what-if를 줄 때도 판정에 이른 과정을 보여 줍니다(둘 다 없으면 늘 보여 줍니다)",
        "fi": "näytä myös MITEN, kun --why-not tai --what-if annetaan (ilman niitä se näytetään joka tapauksessa)"},
    "help.ask.description": {
        "en": "A consultation: asks only what can still change the verdict, and says why. Interactive on a terminal; with "
              "--answers FILE or answers on standard input it runs unattended.",
        "id": "Sebuah konsultasi: hanya menanyakan hal yang masih bisa mengubah keputusan, dan menjelaskan alasannya. "
              "Interaktif di terminal; dengan --answers FILE atau jawaban di masukan standar, ia berjalan tanpa ditunggui.",
        "ko": "상담: 판정을 아직 바꿀 수 있는 것만 묻고, 왜 묻는지 알려 줍니다. 터미널에서는 대화형으로 진행되며, --answers "
              "FILE이나 표준 입력으로 답을 주면 사람 없이 실행됩니다.",
        "fi": "Konsultaatio: kysyy vain sitä, mikä voi vielä muuttaa ratkaisun, ja kertoo miksi. Päätteessä "
              "vuorovaikutteinen; valitsimella --answers FILE tai vakiosyötteen vastauksilla se toimii itsekseen."},
    "help.ask.save": {
        "en": "save the answers as a client file (YAML, or JSON by suffix)",
        "id": "simpan jawaban sebagai file klien (YAML, atau JSON menurut akhiran nama file)",
        "ko": "답을 클라이언트 파일로 저장합니다(YAML, 확장자가 .json이면 JSON)",
        "fi": "tallenna vastaukset asiakastiedostoksi (YAML, tai JSON tiedostopäätteen mukaan)"},
    "help.ask.answers": {
        "en": "take answers from FILE (a client file, or `fact=value` lines); unasked facts stay unused",
        "id": "ambil jawaban dari FILE (file klien, atau baris `fact=value`); fakta yang tidak ditanyakan tidak dipakai",
        "ko": "FILE에서 답을 읽습니다(클라이언트 파일 또는 `fact=value` 줄). 묻지 않은 사실은 쓰이지 않습니다",
        "fi": "lue vastaukset tiedostosta FILE (asiakastiedosto tai `fact=value`-rivejä); kysymättömiä tietoja ei käytetä"},
    "help.ask.name": {
        "en": "the client's name (default: from --answers, else 'client')",
        "id": "nama klien (bawaan: dari --answers, jika tidak 'client')",
        "ko": "클라이언트 이름(기본값: --answers에서 읽은 이름, 없으면 'client')",
        "fi": "asiakkaan nimi (oletus: valitsimesta --answers, muuten 'client')"},
}
