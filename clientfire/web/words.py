"""Interface words of the pages per language (English is the key); words shared with the text output live in
explain/labels.py. Korean uses the formal-polite style of the knowledge texts; Indonesian the "Anda" register."""

from __future__ import annotations

from clientfire.explain.labels import label

__all__ = ["WORDS", "word"]

#: English text -> {lang: text}; `en` only where the page shows other English than the key
WORDS: dict[str, dict[str, str]] = {
    # --- navigation and page titles ---------------------------------------------------------------------
    "Client": {"id": "Klien", "ko": "클라이언트", "fi": "Asiakas"},
    "Portfolio": {"id": "Portofolio", "ko": "포트폴리오", "fi": "Asiakaskanta"},
    "Knowledge": {"id": "Pengetahuan", "ko": "지식", "fi": "Tietämys"},
    "API": {"id": "API", "ko": "API", "fi": "API"},
    "HTTP API": {"id": "HTTP API", "ko": "HTTP API", "fi": "HTTP-rajapinta"},
    "Should you fire this client?": {
        "id": "Perlukah Anda melepas klien ini?", "ko": "이 클라이언트와 관계를 끝내야 할까요?",
        "fi": "Pitäisikö sinun luopua tästä asiakkaasta?"},
    # --- the form -----------------------------------------------------------------------------------------
    "Describe the client: the verdict beside the form follows as you type. Leave empty what you do not know: "
    "unknown is not the same as no.": {
        "id": "Gambarkan klien Anda: keputusan di samping formulir mengikuti isian Anda. Biarkan kosong yang tidak "
              "Anda ketahui: tidak diketahui tidak sama dengan tidak.",
        "ko": "클라이언트에 대해 입력하세요. 입력하는 대로 옆의 판정이 바뀝니다. 모르는 항목은 비워 두세요. "
              "모름은 아니요와 같지 않습니다.",
        "fi": "Kuvaa asiakas: lomakkeen vieressä oleva ratkaisu päivittyy kirjoittaessasi. Jätä tyhjäksi se, mitä "
              "et tiedä: tuntematon ei ole sama kuin ei."},
    "Load a client file (YAML or JSON)": {
        "id": "Muat berkas klien (YAML atau JSON)", "ko": "클라이언트 파일 불러오기 (YAML 또는 JSON)",
        "fi": "Lataa asiakastiedosto (YAML tai JSON)"},
    "Load": {"id": "Muat", "ko": "불러오기", "fi": "Lataa"},
    "Name": {"id": "Nama", "ko": "이름", "fi": "Nimi"},
    "Evaluate as of": {"id": "Nilai per tanggal", "ko": "평가 기준일", "fi": "Arvioinnin päivä"},
    "Notes": {"id": "Catatan", "ko": "메모", "fi": "Muistiinpanot"},
    "yes": {"id": "ya", "ko": "예", "fi": "kyllä"},
    "no": {"id": "tidak", "ko": "아니요", "fi": "ei"},
    "Full verdict and explanation": {
        "id": "Keputusan lengkap dan penjelasannya", "ko": "전체 판정과 설명", "fi": "Koko ratkaisu ja perustelut"},
    "Download as client file": {"id": "Unduh sebagai berkas klien", "ko": "클라이언트 파일로 내려받기",
                                "fi": "Lataa asiakastiedostona"},
    "Verdict so far": {"id": "Keputusan sejauh ini", "ko": "현재까지의 판정", "fi": "Ratkaisu tähän mennessä"},
    "{known} of {asked:plural:fact|facts} known; {unknown:plural:unknown fact|unknown facts} could still change this.": {
        "id": "{known} dari {asked} fakta diketahui; {unknown} fakta yang belum diketahui masih bisa mengubah hasil ini.",
        "ko": "사실 {asked}개 중 {known}개를 알고 있습니다. 아직 모르는 사실 {unknown}개가 결과를 바꿀 수 있습니다.",
        "fi": "{known}/{asked:plural:tieto|tietoa} tiedossa; {unknown:plural:tuntematon tieto|tuntematonta tietoa} voi "
              "vielä muuttaa tulosta."},
    # --- units of the fact vocabulary ------------------------------------------------------------------------
    "invoices": {"id": "faktur", "ko": "건", "fi": "laskua"},
    "days": {"id": "hari", "ko": "일", "fi": "päivää"},
    "weeks": {"id": "minggu", "ko": "주", "fi": "viikkoa"},
    "hours": {"id": "jam", "ko": "시간", "fi": "tuntia"},
    "percent": {"id": "persen", "ko": "퍼센트", "fi": "prosenttia"},
    "requests": {"id": "permintaan", "ko": "건", "fi": "pyyntöä"},
    "changes": {"id": "perubahan", "ko": "건", "fi": "muutosta"},
    "times": {"id": "kali", "ko": "회", "fi": "kertaa"},
    "messages": {"id": "pesan", "ko": "건", "fi": "viestiä"},
    "disagreements": {"id": "perselisihan", "ko": "건", "fi": "erimielisyyttä"},
    "objections": {"id": "keberatan", "ko": "건", "fi": "vastalausetta"},
    "signs": {"id": "tanda", "ko": "개", "fi": "merkkiä"},
    # --- the verdict page --------------------------------------------------------------------------------------
    "Edit the facts": {"id": "Ubah fakta", "ko": "사실 수정하기", "fi": "Muokkaa tietoja"},
    "A checklist, in the order to follow.": {
        "id": "Daftar periksa, sesuai urutan pelaksanaan.", "ko": "순서대로 따라 하는 점검표입니다.",
        "fi": "Tarkistuslista noudatettavassa järjestyksessä."},
    "do": {"en": "Do"},
    "dont": {"en": "Don't"},
    "Record this decision in the audit log": {
        "id": "Catat keputusan ini di log audit", "ko": "이 결정을 감사 기록에 남기기",
        "fi": "Kirjaa tämä päätös lokiin"},
    "Download the report (HTML)": {"id": "Unduh laporan (HTML)", "ko": "보고서 내려받기 (HTML)",
                                   "fi": "Lataa raportti (HTML)"},
    "Looking for the smallest changes that give another verdict…": {
        "id": "Mencari perubahan terkecil yang menghasilkan keputusan lain…",
        "ko": "다른 판정을 낳는 가장 작은 변화를 찾는 중입니다…",
        "fi": "Etsitään pienimpiä muutoksia, jotka johtavat toiseen ratkaisuun…"},
    "Drawing the decision path…": {"id": "Menggambar alur keputusan…", "ko": "판정 경로를 그리는 중입니다…",
                                   "fi": "Piirretään päätöspolkua…"},
    "The diagram needs Graphviz's dot program, which is not installed here.": {
        "id": "Diagram ini memerlukan program dot dari Graphviz, yang tidak terpasang di sini.",
        "ko": "이 도표를 그리려면 Graphviz의 dot 프로그램이 필요한데, 여기에는 설치되어 있지 않습니다.",
        "fi": "Kaavio tarvitsee Graphvizin dot-ohjelman, jota ei ole asennettu tähän koneeseen."},
    "Install Graphviz to see it: apt-get install graphviz (Debian, Ubuntu), brew install graphviz (macOS), or the "
    "installer from graphviz.org (Windows).": {
        "id": "Pasang Graphviz untuk melihatnya: apt-get install graphviz (Debian, Ubuntu), brew install graphviz "
              "(macOS), atau penginstal dari graphviz.org (Windows).",
        "ko": "도표를 보려면 Graphviz를 설치하세요: apt-get install graphviz (Debian, Ubuntu), brew install graphviz "
              "(macOS), 또는 graphviz.org의 설치 프로그램 (Windows).",
        "fi": "Asenna Graphviz nähdäksesi sen: apt-get install graphviz (Debian, Ubuntu), brew install graphviz "
              "(macOS) tai asennusohjelma osoitteesta graphviz.org (Windows)."},
    # --- HOW, WHY NOT, WHAT IF -------------------------------------------------------------------------------------
    "see above": {"id": "lihat di atas", "ko": "위 참조", "fi": "katso yllä"},
    "The same rule reached the same conclusion again": {
        "id": "Aturan yang sama mencapai kesimpulan yang sama lagi", "ko": "같은 규칙이 같은 결론을 다시 내렸습니다",
        "fi": "Sama sääntö päätyi samaan johtopäätökseen uudelleen"},
    "{n:plural:distinct article sign|distinct article signs}": {
        "id": "{n} tanda artikel yang berbeda", "ko": "서로 다른 기사 신호 {n}개",
        "fi": "{n:plural:eri artikkelin merkki|eri artikkelin merkkiä}"},
    "Why not another verdict": {"id": "Mengapa bukan keputusan lain", "ko": "다른 판정이 아닌 이유",
                                "fi": "Miksi ei toista ratkaisua"},
    "outranked": {"id": "kalah peringkat", "ko": "더 높은 판정에 밀림", "fi": "jäi korkeamman alle"},
    "not_concluded": {"id": "tidak tercapai", "ko": "도출되지 않음", "fi": "ei pääteltävissä"},
    "No rule concludes this verdict.": {"id": "Tidak ada aturan yang menghasilkan keputusan ini.",
                                        "ko": "이 판정을 내리는 규칙이 없습니다.",
                                        "fi": "Mikään sääntö ei johda tähän ratkaisuun."},
    "fired": {"id": "terpicu", "ko": "발동됨", "fi": "laukesi"},
    "did not fire": {"id": "tidak terpicu", "ko": "발동되지 않음", "fi": "ei lauennut"},
    "outranked by": {"id": "kalah dari", "ko": "더 높은 판정:", "fi": "korkeampi ratkaisu:"},
    "needs": {"id": "perlu", "ko": "필요 조건", "fi": "vaatii"},
    "holds": {"id": "terpenuhi", "ko": "충족", "fi": "täyttyy"},
    "fails": {"id": "tidak terpenuhi", "ko": "불충족", "fi": "ei täyty"},
    "missing": {"id": "tidak ada", "ko": "없음", "fi": "puuttuu"},
    "all conditions hold": {"id": "semua syarat terpenuhi", "ko": "모든 조건 충족", "fi": "kaikki ehdot täyttyvät"},
    "if": {"id": "jika", "ko": "만약", "fi": "jos"},
    "were": {"id": "adalah", "ko": "값이", "fi": "olisi"},
    "now": {"id": "sekarang", "ko": "현재", "fi": "nyt"},
    "and": {"id": "dan", "ko": "그리고", "fi": "ja"},
    "Try this": {"id": "Coba ini", "ko": "이대로 해 보기", "fi": "Kokeile tätä"},
    "No change of one or two known facts changes the verdict.": {
        "id": "Tidak ada perubahan satu atau dua fakta yang diketahui yang mengubah keputusan.",
        "ko": "알려진 사실 한두 개를 바꿔서는 판정이 달라지지 않습니다.",
        "fi": "Yhden tai kahden tunnetun tiedon muutos ei muuta ratkaisua."},
    "No change of one or two facts gives": {"id": "Tidak ada perubahan satu atau dua fakta yang menghasilkan",
                                            "ko": "사실 한두 개를 바꿔서는 나오지 않는 판정",
                                            "fi": "Yhden tai kahden tiedon muutos ei johda ratkaisuun"},
    # --- portfolio ---------------------------------------------------------------------------------------------------
    "Every client in the audit log with its latest verdict, the worst first.": {
        "id": "Setiap klien di log audit dengan keputusan terakhirnya, yang terburuk lebih dulu.",
        "ko": "감사 기록에 있는 모든 클라이언트와 최근 판정입니다. 가장 심각한 경우가 먼저 나옵니다.",
        "fi": "Jokainen lokin asiakas viimeisimmän ratkaisunsa kanssa, pahimmat ensin."},
    "Triage a portfolio (CSV with fact names as columns, or JSON Lines)": {
        "id": "Pilah portofolio (CSV dengan nama fakta sebagai kolom, atau JSON Lines)",
        "ko": "포트폴리오 분류 (사실 이름을 열로 쓴 CSV, 또는 JSON Lines)",
        "fi": "Lajittele asiakaskanta (CSV, sarakkeina tietojen nimet, tai JSON Lines)"},
    "Upload and triage": {"id": "Unggah dan pilah", "ko": "올리고 분류하기", "fi": "Lähetä ja lajittele"},
    "Latest verdict": {"id": "Keputusan terakhir", "ko": "최근 판정", "fi": "Viimeisin ratkaisu"},
    "Strength": {"id": "Kekuatan", "ko": "근거 강도", "fi": "Perusteiden vahvuus"},
    "Decided on": {"id": "Diputuskan pada", "ko": "결정일", "fi": "Päätetty"},
    "Decisions": {"id": "Keputusan", "ko": "결정", "fi": "Päätökset"},
    "History": {"id": "Riwayat", "ko": "이력", "fi": "Historia"},
    "No decision is recorded yet: fill in the client form, or upload a portfolio.": {
        "id": "Belum ada keputusan yang tercatat: isi formulir klien, atau unggah portofolio.",
        "ko": "아직 기록된 결정이 없습니다. 클라이언트 양식을 작성하거나 포트폴리오를 올리세요.",
        "fi": "Päätöksiä ei ole vielä kirjattu: täytä asiakaslomake tai lähetä asiakaskanta."},
    "Triaging {name}: {done} of {total:plural:client|clients}": {
        "id": "Memilah {name}: {done} dari {total} klien", "ko": "{name} 분류 중: 클라이언트 {total}명 중 {done}명",
        "fi": "Lajitellaan {name}: {done}/{total:plural:asiakas|asiakasta}"},
    "Triage of {name}": {"id": "Hasil pemilahan {name}", "ko": "{name} 분류 결과", "fi": "Lajittelun tulos: {name}"},
    "{n:plural:client|clients} evaluated and recorded": {
        "id": "{n} klien dinilai dan dicatat", "ko": "클라이언트 {n}명을 평가하고 기록했습니다",
        "fi": "{n:plural:asiakas|asiakasta} arvioitu ja kirjattu"},
    "{n:plural:row|rows} could not be evaluated": {
        "id": "{n} baris tidak dapat dinilai", "ko": "{n}개 행은 평가할 수 없었습니다",
        "fi": "{n:plural:rivi|riviä} ei voitu arvioida"},
    "Reload the portfolio": {"id": "Muat ulang portofolio", "ko": "포트폴리오 새로 고침", "fi": "Päivitä asiakaskanta"},
    "Verdict": {"id": "Keputusan", "ko": "판정", "fi": "Ratkaisu"},
    "Signs": {"id": "Tanda", "ko": "신호", "fi": "Merkit"},
    "Row": {"id": "Baris", "ko": "행", "fi": "Rivi"},
    "Rows that could not be evaluated": {"id": "Baris yang tidak dapat dinilai", "ko": "평가할 수 없었던 행",
                                         "fi": "Rivit, joita ei voitu arvioida"},
    "Verdicts over time": {"id": "Keputusan dari waktu ke waktu", "ko": "시간에 따른 판정", "fi": "Ratkaisut ajan mittaan"},
    "Signs over time": {"id": "Tanda dari waktu ke waktu", "ko": "시간에 따른 신호", "fi": "Merkit ajan mittaan"},
    "Sign": {"id": "Tanda", "ko": "신호", "fi": "Merkki"},
    "No sign was found in any decision.": {"id": "Tidak ada tanda yang ditemukan dalam keputusan mana pun.",
                                           "ko": "어떤 결정에서도 신호가 발견되지 않았습니다.",
                                           "fi": "Yhdessäkään päätöksessä ei löytynyt merkkejä."},
    "Recorded": {"id": "Dicatat", "ko": "기록 시각", "fi": "Kirjattu"},
    "From": {"id": "Dari", "ko": "출처", "fi": "Lähde"},
    # --- audit record --------------------------------------------------------------------------------------------------
    "Audit record": {"id": "Catatan audit", "ko": "감사 기록", "fi": "Lokimerkintä"},
    "Evaluated as of": {"id": "Dinilai per tanggal", "ko": "평가 기준일", "fi": "Arvioitu päivältä"},
    "Open in the form": {"id": "Buka di formulir", "ko": "양식에서 열기", "fi": "Avaa lomakkeessa"},
    # --- error pages: a page or record that is not there, a form that expired ------------------------------
    "Page not found": {"id": "Halaman tidak ditemukan", "ko": "페이지를 찾을 수 없습니다", "fi": "Sivua ei löytynyt"},
    "Not found": {"id": "Tidak ditemukan", "ko": "찾을 수 없습니다", "fi": "Ei löytynyt"},
    "Form expired": {"id": "Formulir kedaluwarsa", "ko": "양식이 만료되었습니다", "fi": "Lomake on vanhentunut"},
    "Back to the form": {"id": "Kembali ke formulir", "ko": "양식으로 돌아가기", "fi": "Takaisin lomakkeeseen"},
    "Explain it again now": {"id": "Jelaskan lagi sekarang", "ko": "지금 다시 설명하기", "fi": "Perustele uudelleen nyt"},
    "This client's history": {"id": "Riwayat klien ini", "ko": "이 클라이언트의 이력", "fi": "Tämän asiakkaan historia"},
    "Replay on today's knowledge": {"id": "Ulangi dengan pengetahuan hari ini", "ko": "오늘의 지식으로 다시 실행",
                                    "fi": "Aja uudelleen tämän päivän tietämyksellä"},
    "The explanation exactly as it was given": {"id": "Penjelasan persis seperti yang diberikan",
                                                "ko": "당시 제공된 그대로의 설명",
                                                "fi": "Perustelut täsmälleen sellaisina kuin ne annettiin"},
    "The facts as given": {"id": "Fakta seperti yang diberikan", "ko": "입력된 그대로의 사실",
        "fi": "Tiedot sellaisina kuin ne annettiin"},
    "Replay": {"id": "Pengulangan", "ko": "다시 실행", "fi": "Uudelleenajo"},
    "Today's knowledge gives the same verdict.": {"id": "Pengetahuan hari ini memberi keputusan yang sama.",
                                                  "ko": "오늘의 지식으로도 같은 판정이 나옵니다.",
                                                  "fi": "Tämän päivän tietämys antaa saman ratkaisun."},
    "Today's knowledge gives a different verdict.": {"id": "Pengetahuan hari ini memberi keputusan yang berbeda.",
                                                     "ko": "오늘의 지식으로는 다른 판정이 나옵니다.",
                                                     "fi": "Tämän päivän tietämys antaa eri ratkaisun."},
    "knowledge": {"id": "pengetahuan", "ko": "지식", "fi": "tietämys"},
    "not reproduced on the recorded knowledge": {"id": "tidak terulang dengan pengetahuan yang tercatat",
                                                 "ko": "기록된 지식으로 재현되지 않음",
                                                 "fi": "ei toistunut kirjatulla tietämyksellä"},
    "reproduced on the recorded knowledge": {"id": "terulang dengan pengetahuan yang tercatat",
                                             "ko": "기록된 지식으로 재현됨", "fi": "toistui kirjatulla tietämyksellä"},
    "Today": {"id": "Hari ini", "ko": "오늘", "fi": "Tänään"},
    "The knowledge has not changed since the record.": {"id": "Pengetahuan tidak berubah sejak catatan ini dibuat.",
                                                        "ko": "기록 이후 지식은 바뀌지 않았습니다.",
                                                        "fi": "Tietämys ei ole muuttunut kirjauksen jälkeen."},
    "What changed in the knowledge": {"id": "Apa yang berubah dalam pengetahuan", "ko": "지식에서 바뀐 점",
                                      "fi": "Mikä tietämyksessä muuttui"},
    "fired in one of the runs": {"id": "terpicu di salah satu proses", "ko": "두 실행 중 하나에서 발동됨",
                                 "fi": "laukesi toisessa ajoista"},
    "facts added": {"id": "fakta ditambahkan", "ko": "추가된 사실", "fi": "lisätyt tiedot"},
    "facts removed": {"id": "fakta dihapus", "ko": "삭제된 사실", "fi": "poistetut tiedot"},
    "facts changed": {"id": "fakta diubah", "ko": "바뀐 사실", "fi": "muuttuneet tiedot"},
    "No rule or threshold changed (only texts or items).": {
        "id": "Tidak ada aturan atau ambang yang berubah (hanya teks atau butir).",
        "ko": "규칙이나 기준값은 바뀌지 않았습니다 (문구나 항목만 바뀜).",
        "fi": "Sääntöjä tai kynnysarvoja ei muutettu (vain tekstejä tai kohtia)."},
    # --- knowledge page -------------------------------------------------------------------------------------------------
    "The advice behind every verdict: signs, thresholds and rules, each citing the article it comes from.": {
        "id": "Saran di balik setiap keputusan: tanda, ambang, dan aturan, masing-masing menyebut artikel sumbernya.",
        "ko": "모든 판정의 근거가 되는 조언입니다. 신호, 기준값, 규칙마다 출처 기사를 밝힙니다.",
        "fi": "Jokaisen ratkaisun taustalla oleva neuvonta: merkit, kynnysarvot ja säännöt lähdeartikkeleineen."},
    "{n:plural:rule|rules}": {"id": "{n} aturan", "ko": "규칙 {n}개", "fi": "{n:plural:sääntö|sääntöä}"},
    "Checks": {"id": "Pemeriksaan", "ko": "점검", "fi": "Tarkistukset"},
    "clientfire check: no errors, no warnings.": {"id": "clientfire check: tidak ada galat, tidak ada peringatan.",
                                                  "ko": "clientfire check: 오류 없음, 경고 없음.",
                                                  "fi": "clientfire check: ei virheitä, ei varoituksia."},
    "clientfire check: {e} errors, {w} warnings": {"id": "clientfire check: {e} galat, {w} peringatan",
                                                   "ko": "clientfire check: 오류 {e}개, 경고 {w}개",
                                                   "fi": "clientfire check: {e} virhettä, {w} varoitusta"},
    "Running the scenario tests…": {"id": "Menjalankan uji skenario…", "ko": "시나리오 테스트를 실행하는 중입니다…",
                                    "fi": "Ajetaan skenaariotestejä…"},
    "Scenario tests": {"id": "Uji skenario", "ko": "시나리오 테스트", "fi": "Skenaariotestit"},
    "{p} passed, {f} failed": {"id": "{p} lulus, {f} gagal", "ko": "{p}개 통과, {f}개 실패", "fi": "{p} läpi, {f} hylätty"},
    "coverage: {n} of {m:plural:rule|rules} fired ({pct}%)": {"id": "cakupan: {n} dari {m} aturan terpicu ({pct}%)",
                                                  "ko": "범위: 규칙 {m}개 중 {n}개 발동 ({pct}%)",
                                                  "fi": "kattavuus: {n}/{m:plural:sääntö|sääntöä} laukesi ({pct} %)"},
    "Rules no scenario fires": {"id": "Aturan yang tidak dipicu skenario mana pun", "ko": "어떤 시나리오에서도 발동되지 않는 규칙",
                                "fi": "Säännöt, joita mikään skenaario ei laukaise"},
    "Try a change": {"id": "Coba perubahan", "ko": "변경 시험해 보기", "fi": "Kokeile muutosta"},
    "An overrides file (new thresholds, rules switched off or added) merged on this knowledge, or the files of an "
    "edited knowledge folder: see what it changes and whose verdicts would change, for every client in the audit "
    "log. Nothing is saved.": {
        "id": "Berkas overrides (ambang baru, aturan dimatikan atau ditambahkan) yang digabung dengan pengetahuan ini, "
              "atau berkas folder pengetahuan yang sudah diubah: lihat apa yang berubah dan keputusan klien mana yang "
              "akan berubah, untuk setiap klien di log audit. Tidak ada yang disimpan.",
        "ko": "이 지식에 덧씌울 overrides 파일(새 기준값, 끄거나 추가한 규칙) 또는 수정한 지식 폴더의 파일로, 무엇이 "
              "바뀌고 감사 기록의 클라이언트 중 누구의 판정이 달라지는지 확인하세요. 아무것도 저장되지 않습니다.",
        "fi": "Tähän tietämykseen yhdistettävä overrides-tiedosto (uudet kynnysarvot, pois kytketyt tai lisätyt säännöt) "
              "tai muokatun tietämyskansion tiedostot: näe, mitä ne muuttavat ja kenen lokin asiakkaan ratkaisu "
              "muuttuisi. Mitään ei tallenneta."},
    "Overrides file": {"id": "Berkas overrides", "ko": "overrides 파일", "fi": "Overrides-tiedosto"},
    "or type the overrides here": {"id": "atau ketik overrides di sini", "ko": "또는 여기에 overrides를 입력하세요",
                                   "fi": "tai kirjoita overrides tähän"},
    "or the files of an edited knowledge folder": {"id": "atau berkas folder pengetahuan yang sudah diubah",
                                                   "ko": "또는 수정한 지식 폴더의 파일",
                                                   "fi": "tai muokatun tietämyskansion tiedostot"},
    "Show what it changes": {"id": "Tunjukkan apa yang berubah", "ko": "바뀌는 점 보기", "fi": "Näytä, mitä se muuttaa"},
    "What it means": {"id": "Artinya", "ko": "의미", "fi": "Merkitys"},
    "Thresholds": {"id": "Ambang", "ko": "기준값", "fi": "Kynnysarvot"},
    "Threshold": {"id": "Ambang", "ko": "기준값", "fi": "Kynnysarvo"},
    "Value": {"id": "Nilai", "ko": "값", "fi": "Arvo"},
    "Used by": {"id": "Dipakai oleh", "ko": "사용하는 규칙", "fi": "Käyttäjät"},
    "Rules": {"id": "Aturan", "ko": "규칙", "fi": "Säännöt"},
    "Rule": {"id": "Aturan", "ko": "규칙", "fi": "Sääntö"},
    "When": {"id": "Jika", "ko": "조건", "fi": "Kun"},
    "Then": {"id": "Maka", "ko": "결론", "fi": "Silloin"},
    "{n} of {m:plural:client|clients} in the audit log would get another verdict; {k} more other signs or advice.": {
        "id": "{n} dari {m} klien di log audit akan mendapat keputusan lain; {k} lainnya mendapat tanda atau saran lain.",
        "ko": "감사 기록의 클라이언트 {m}명 중 {n}명의 판정이 바뀌고, {k}명은 신호나 조언이 바뀝니다.",
        "fi": "{n}/{m} lokin asiakkaasta saisi toisen ratkaisun; {k} muuta saisi eri merkit tai neuvot."},
    "What changes": {"id": "Apa yang berubah", "ko": "바뀌는 점", "fi": "Mikä muuttuu"},
    # --- batch --format html ----------------------------------------------------------------------------------------
    "Columns left out (they are not facts)": {
        "id": "Kolom yang dilewati (bukan fakta)", "ko": "제외한 열(사실 항목이 아님)",
        "fi": "Pois jätetyt sarakkeet (eivät ole tietoja)"},
    "{n:plural:client|clients}": {"id": "{n} klien", "ko": "클라이언트 {n}명", "fi": "{n:plural:asiakas|asiakasta}"},
    "Portfolio triage": {"id": "Triase portofolio", "ko": "포트폴리오 분류", "fi": "Asiakaskannan läpikäynti"},
    "Revenue per month": {"id": "Pendapatan per bulan", "ko": "월 매출", "fi": "Tulot kuukaudessa"},
    "Margin per month": {"id": "Margin per bulan", "ko": "월 마진", "fi": "Kate kuukaudessa"},
    "Refund owed": {"id": "Pengembalian terutang", "ko": "돌려줄 금액", "fi": "Palautettava summa"},
    "Knowledge {version}, evaluated on {date}.": {
        "id": "Pengetahuan {version}, dinilai pada {date}.", "ko": "지식 {version}, 평가일 {date}.",
        "fi": "Tietämys {version}, arvioitu {date}."},
    # --- API docs ----------------------------------------------------------------------------------------------------------
    "The OpenAPI document": {"id": "Dokumen OpenAPI", "ko": "OpenAPI 문서", "fi": "OpenAPI-kuvaus"},
    "Parameter": {"id": "Parameter", "ko": "매개변수", "fi": "Parametri"},
    "In": {"id": "Di", "ko": "위치", "fi": "Missä"},
    "Type": {"id": "Tipe", "ko": "형식", "fi": "Tyyppi"},
    "Meaning": {"id": "Arti", "ko": "의미", "fi": "Merkitys"},
    "Body": {"id": "Isi", "ko": "본문", "fi": "Runko"},
    "Answers": {"id": "Jawaban", "ko": "응답", "fi": "Vastaukset"},
    "Client file schema": {"id": "Skema berkas klien", "ko": "클라이언트 파일 스키마", "fi": "Asiakastiedoston skeema"},
}


def word(text: str, lang: str) -> str:
    """`text` in `lang`: a page word, else an explain label, else the English."""
    found = WORDS.get(text, {})
    if lang in found:
        return found[lang]
    return found["en"] if lang == "en" and "en" in found else label(text, lang)
