"""The words of `ask` (prompts, hints, commands, `why`, the summary) in every language; `say` picks one."""

from __future__ import annotations

from typing import Any

__all__ = ["WORDS", "COMMAND_WORDS", "YES_WORDS", "NO_WORDS", "UNITS", "say", "unit_word", "yes_no"]

#: typed words that mean yes / no, per language (English ones are accepted in every language)
YES_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("yes", "y", "true"), "id": ("ya", "iya", "y"), "ko": ("예", "네", "응"), "fi": ("kyllä", "kylla", "joo", "k")}
NO_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("no", "n", "false"), "id": ("tidak", "tdk", "bukan", "t"), "ko": ("아니요", "아니오", "아뇨", "아니"),
    "fi": ("ei", "e")}

#: typed commands per language -> the command (English ones work in every language)
COMMAND_WORDS: dict[str, dict[str, str]] = {
    "en": {"why": "why", "?": "why", "skip": "skip", "unknown": "skip", "back": "back", "done": "done",
           "help": "help"},
    "id": {"kenapa": "why", "lewati": "skip", "tidak tahu": "skip", "kembali": "back", "selesai": "done",
           "bantuan": "help"},
    "ko": {"왜": "why", "건너뛰기": "skip", "모름": "skip", "뒤로": "back", "끝": "done", "도움말": "help"},
    "fi": {"miksi": "why", "ohita": "skip", "en tiedä": "skip", "takaisin": "back", "valmis": "done",
           "apua": "help"},
}

#: units of the bundled facts, as they read after "a whole number" in a hint
UNITS: dict[str, dict[str, str]] = {
    "changes": {"id": "perubahan", "ko": "변경 횟수", "fi": "muutoksia"},
    "days": {"id": "hari", "ko": "일수", "fi": "päiviä"},
    "disagreements": {"id": "perselisihan", "ko": "의견 충돌 건수", "fi": "erimielisyyksiä"},
    "hours": {"id": "jam", "ko": "시간", "fi": "tunteja"},
    "invoices": {"id": "faktur", "ko": "청구서 건수", "fi": "laskuja"},
    "messages": {"id": "pesan", "ko": "메시지 수", "fi": "viestejä"},
    "objections": {"id": "keberatan", "ko": "이의 제기 횟수", "fi": "vastalauseita"},
    "requests": {"id": "permintaan", "ko": "요청 건수", "fi": "pyyntöjä"},
    "times": {"id": "kali", "ko": "횟수", "fi": "kertoja"},
    "weeks": {"id": "minggu", "ko": "주 수", "fi": "viikkoja"},
}

_HELP_EN = """Answer the question, or type one of:
  why      which rules and signs the answer feeds, and what it could change
  skip     leave this fact unknown (also: unknown)
  back     change the previous answer
  done     stop now and give the verdict on what is known
  help     this list
Ctrl-C stops without a verdict (what you answered is printed, and saved with --save)."""

#: English text -> {lang: text}; `{name}` fields are filled by `say`
WORDS: dict[str, dict[str, str]] = {
    "intro": {
        "en": "Answer each question (type why, skip, back, done or help). "
              "Only questions that can still change the verdict are asked.",
        "id": "Jawab setiap pertanyaan (atau ketik kenapa, lewati, kembali, selesai atau bantuan). "
              "Hanya pertanyaan yang masih bisa mengubah keputusan yang ditanyakan.",
        "ko": "질문에 하나씩 답하십시오(왜, 건너뛰기, 뒤로, 끝, 도움말을 입력할 수도 있습니다). "
              "판정을 아직 바꿀 수 있는 질문만 묻습니다.",
        "fi": "Vastaa kysymyksiin (tai kirjoita miksi, ohita, takaisin, valmis tai apua). "
              "Kysyn vain sitä, mikä voi vielä muuttaa ratkaisua."},
    "help": {
        "en": _HELP_EN,
        "id": """Jawab pertanyaannya, atau ketik salah satu:
  kenapa   aturan dan tanda mana yang dipengaruhi jawaban, dan apa yang bisa diubahnya
  lewati   biarkan fakta ini tidak diketahui (juga: tidak tahu)
  kembali  ubah jawaban sebelumnya
  selesai  berhenti sekarang dan beri keputusan dari yang sudah diketahui
  bantuan  daftar ini
Ctrl-C berhenti tanpa keputusan (jawaban Anda ditampilkan, dan disimpan dengan --save).""",
        "ko": """질문에 답하거나 다음 중 하나를 입력하십시오.
  왜        이 답이 어떤 규칙과 신호에 쓰이고 무엇을 바꿀 수 있는지
  건너뛰기  이 사실을 모르는 채로 둡니다(모름도 가능)
  뒤로      이전 답을 바꿉니다
  끝        여기서 멈추고 지금까지 아는 것으로 판정합니다
  도움말    이 목록
Ctrl-C를 누르면 판정 없이 멈춥니다(지금까지의 답을 보여 주고, --save가 있으면 저장합니다).""",
        "fi": """Vastaa kysymykseen tai kirjoita jokin näistä:
  miksi     mihin sääntöihin ja merkkeihin vastaus vaikuttaa ja mitä se voisi muuttaa
  ohita     jätä tämä tieto avoimeksi (myös: en tiedä)
  takaisin  muuta edellistä vastausta
  valmis    lopeta nyt ja anna ratkaisu sen perusteella, mitä tiedetään
  apua      tämä luettelo
Ctrl-C lopettaa ilman ratkaisua (vastauksesi tulostetaan ja tallennetaan, jos annoit --save)."""},
    # --- hints: what an answer looks like ---
    "yes or no": {"en": "yes or no", "id": "ya atau tidak", "ko": "예 또는 아니요", "fi": "kyllä tai ei"},
    "yes, no, or {hint}": {"en": "yes, no, or {hint}", "id": "ya, tidak, atau {hint}", "ko": "예, 아니요 또는 {hint}",
                           "fi": "kyllä, ei tai {hint}"},
    "no, or the numbers of what applies": {
        "en": "no, or the numbers of what applies (e.g. 1 3)", "id": "tidak, atau nomor yang sesuai (misalnya 1 3)",
        "ko": "아니요, 또는 해당하는 항목 번호(보기: 1 3)", "fi": "ei, tai sopivien kohtien numerot (esim. 1 3)"},
    "{topic}: does any of this happen?": {
        "en": "{topic}: does any of this happen?", "id": "{topic}: apakah ada yang terjadi di bawah ini?",
        "ko": "{topic}: 다음 중 해당하는 것이 있습니까?", "fi": "{topic}: tapahtuuko jotain näistä?"},
    "{topic}: which of these happen?": {
        "en": "{topic}: which of these happen?", "id": "{topic}: mana di antara ini yang terjadi?",
        "ko": "{topic}: 다음 중 어떤 일이 있습니까?", "fi": "{topic}: mitkä näistä tapahtuvat?"},
    "a whole number{unit}": {"en": "a whole number{unit}", "id": "bilangan bulat{unit}", "ko": "정수{unit}",
                             "fi": "kokonaisluku{unit}"},
    "a whole number from 0 to 10": {"en": "a whole number from 0 to 10", "id": "bilangan bulat 0 sampai 10",
                                    "ko": "0부터 10까지의 정수", "fi": "kokonaisluku 0–10"},
    "a percentage from 0 to 100": {"en": "a percentage from 0 to 100", "id": "persentase 0 sampai 100",
                                   "ko": "0부터 100까지의 백분율", "fi": "prosenttiluku 0–100"},
    "an amount of money (your currency)": {"en": "an amount of money (your currency)",
                                           "id": "jumlah uang (mata uang Anda)", "ko": "금액(사용하는 통화)",
                                           "fi": "rahamäärä (omassa valuutassasi)"},
    "a number{unit}": {"en": "a number{unit}", "id": "angka{unit}", "ko": "숫자{unit}", "fi": "luku{unit}"},
    "a date (YYYY-MM-DD)": {"en": "a date (YYYY-MM-DD)", "id": "tanggal (YYYY-MM-DD)", "ko": "날짜(YYYY-MM-DD)",
                            "fi": "päivämäärä (VVVV-KK-PP)"},
    "text": {"en": "text", "id": "teks", "ko": "텍스트", "fi": "teksti"},
    # --- replies ---
    "please answer with {hint}": {"en": "please answer with {hint}", "id": "jawab dengan {hint}",
                                  "ko": "다음과 같이 답하십시오: {hint}", "fi": "vastaa: {hint}"},
    "{message}; answer with {hint}": {"en": "{message}; answer with {hint}",
                                      "id": "{message}; jawab dengan {hint}",
                                      "ko": "{message}. 다음과 같이 답하십시오: {hint}",
                                      "fi": "{message}; vastaa: {hint}"},
    "Please answer {hint}.": {"en": "Please answer {hint}.", "id": "Jawab dengan {hint}.",
                              "ko": "다음과 같이 답하십시오: {hint}.", "fi": "Vastaa: {hint}."},
    "Try again (or type help).": {"en": "Try again (or type help).", "id": "Coba lagi (atau ketik bantuan).",
                                  "ko": "다시 입력하십시오(도움말을 입력해도 됩니다).",
                                  "fi": "Yritä uudelleen (tai kirjoita apua)."},
    "There is no earlier question to go back to.": {
        "en": "There is no earlier question to go back to.", "id": "Tidak ada pertanyaan sebelumnya.",
        "ko": "돌아갈 이전 질문이 없습니다.", "fi": "Aiempaa kysymystä ei ole."},
    "Back to {question}.": {"en": "Back to {question}.", "id": "Kembali ke {question}.",
                            "ko": "이전 질문으로 돌아갑니다: {question}.", "fi": "Takaisin kysymykseen {question}."},
    "{group} (screen)": {"en": "{group} (screen)", "id": "{group} (penyaring)", "ko": "{group} (선별 질문)",
                         "fi": "{group} (seulonta)"},
    "{group} (checklist)": {"en": "{group} (checklist)", "id": "{group} (daftar periksa)",
                            "ko": "{group} (체크리스트)", "fi": "{group} (tarkistuslista)"},
    " (exit plan)": {"en": " (exit plan)", "id": " (rencana keluar)", "ko": " (관계 종료 계획)",
                     "fi": " (irtautumissuunnitelma)"},
    "unknown": {"en": "unknown", "id": "tidak diketahui", "ko": "모름", "fi": "ei tiedossa"},
    "not needed (they cannot change the outcome): {facts}": {
        "en": "not needed (they cannot change the outcome): {facts}",
        "id": "tidak diperlukan (tidak bisa mengubah hasil): {facts}",
        "ko": "필요 없음(결과를 바꿀 수 없음): {facts}", "fi": "ei tarvittu (eivät voi muuttaa lopputulosta): {facts}"},
    "summary": {
        "en": "{questions} asked, {answered} answered; {known} of {facts} facts known "
              "({calm} of them from screening answers).",
        "id": "{asked} pertanyaan diajukan, {answered} dijawab; {known} dari {facts} fakta diketahui "
              "({calm} di antaranya dari jawaban penyaring).",
        "ko": "질문 {asked}개, 답변 {answered}개. 사실 {facts}개 중 {known}개를 알고 있습니다"
              "(그중 {calm}개는 선별 질문의 답에서 나옴).",
        "fi": "Kysymyksiä {asked}, vastauksia {answered}; tiedossa {known}/{facts} tietoa "
              "(niistä {calm} seulontakysymysten vastauksista)."},
    "The verdict is settled: {verdict} ({strength}). What follows only shapes the exit plan; type done for the "
    "advice now.": {
        "en": "The verdict is settled: {verdict} ({strength}). What follows only shapes the exit plan; type done for "
              "the advice now.",
        "id": "Keputusan sudah pasti: {verdict} ({strength}). Pertanyaan berikutnya hanya membentuk rencana keluar; "
              "ketik selesai untuk melihat saran sekarang.",
        "ko": "판정이 정해졌습니다: {verdict}({strength}). 이어지는 질문은 종료 계획만 다듬습니다. 지금 조언을 "
              "보려면 끝을 입력하십시오.",
        "fi": "Ratkaisu on selvä: {verdict} ({strength}). Seuraavat kysymykset vain tarkentavat "
              "irtautumissuunnitelmaa; kirjoita valmis, niin näet neuvot nyt."},
    "(Enter for {default})": {"en": "(Enter for {default})", "id": "(Enter untuk {default})",
                              "ko": "(Enter를 누르면 {default})", "fi": "(Enter = {default})"},
    "yes": {"en": "yes", "id": "ya", "ko": "예", "fi": "kyllä"},
    "no": {"en": "no", "id": "tidak", "ko": "아니요", "fi": "ei"},
    "Answers saved to {path}.": {"en": "Answers saved to {path}.", "id": "Jawaban disimpan di {path}.",
                                 "ko": "답변을 저장했습니다: {path}.", "fi": "Vastaukset tallennettu: {path}."},
    "Interrupted. What you answered so far:": {
        "en": "Interrupted. What you answered so far:", "id": "Dihentikan. Jawaban Anda sejauh ini:",
        "ko": "중단되었습니다. 지금까지의 답변:", "fi": "Keskeytetty. Vastauksesi tähän asti:"},
    "use --save": {
        "en": "(use --save FILE to keep the answers; `clientfire verdict FILE` gives the verdict from them)",
        "id": "(gunakan --save FILE untuk menyimpan jawaban; `clientfire verdict FILE` memberi keputusannya)",
        "ko": "(답변을 남기려면 --save FILE을 쓰십시오. `clientfire verdict FILE`로 판정을 받을 수 있습니다)",
        "fi": "(tallenna vastaukset valitsimella --save FILE; `clientfire verdict FILE` antaa niistä ratkaisun)"},
    # --- why ---
    "Why this question: {what} ({text}).": {
        "en": "Why this question: {what} ({text}).", "id": "Mengapa pertanyaan ini: {what} ({text}).",
        "ko": "이 질문을 하는 이유: {what} ({text}).", "fi": "Miksi tätä kysytään: {what} ({text})."},
    "The answer feeds these rules:": {
        "en": "The answer feeds these rules:", "id": "Jawabannya dipakai oleh aturan berikut:",
        "ko": "이 답은 다음 규칙에 쓰입니다:", "fi": "Vastaus vaikuttaa näihin sääntöihin:"},
    " (through {via} = {formula})": {
        "en": " (through {via} = {formula})", "id": " (melalui {via} = {formula})",
        "ko": " ({via} = {formula}을 거쳐)", "fi": " (tiedon {via} = {formula} kautta)"},
    "The exit plan shows it under: {items}.": {
        "en": "The exit plan shows it under: {items}.", "id": "Rencana keluar menampilkannya di: {items}.",
        "ko": "관계 종료 계획의 다음 항목에 표시됩니다: {items}.",
        "fi": "Irtautumissuunnitelma näyttää sen kohdassa: {items}."},
    "Through them it can lead to {reached}.": {
        "en": "Through them it can lead to {reached}.", "id": "Melalui aturan itu bisa muncul: {reached}.",
        "ko": "이 규칙들을 거쳐 다음으로 이어질 수 있습니다: {reached}.",
        "fi": "Niiden kautta se voi johtaa näihin: {reached}."},
    "settled": {
        "en": "The verdict is settled at {outcome}: this answer cannot change it. "
              "It is asked only now because it shapes the exit plan (timing, refund, next contract).",
        "id": "Keputusannya sudah pasti, {outcome}: jawaban ini tidak bisa mengubahnya. Pertanyaan ini baru "
              "diajukan sekarang karena menentukan rencana keluar (waktu, pengembalian dana, kontrak berikutnya).",
        "ko": "판정은 이미 정해졌습니다({outcome}). 이 답으로는 바뀌지 않습니다. 관계 종료 계획(시기, 환불, "
              "다음 계약)을 정하는 데 필요하므로 이제야 묻습니다.",
        "fi": "Ratkaisu on jo selvä, {outcome}: tämä vastaus ei muuta sitä. Kysyn tätä vasta nyt, koska se "
              "vaikuttaa irtautumissuunnitelmaan (ajoitus, hyvitys, seuraava sopimus)."},
    "With your answers so far it can no longer change the outcome.": {
        "en": "With your answers so far it can no longer change the outcome.",
        "id": "Dengan jawaban Anda sejauh ini, jawabannya tidak bisa lagi mengubah hasil.",
        "ko": "지금까지의 답으로 보면 이 답은 더 이상 결과를 바꿀 수 없습니다.",
        "fi": "Tähänastisten vastaustesi jälkeen se ei voi enää muuttaa lopputulosta."},
    "What it could change now (the engine re-run with each answer):": {
        "en": "What it could change now (the engine re-run with each answer):",
        "id": "Yang bisa diubahnya sekarang (mesin dijalankan ulang untuk setiap jawaban):",
        "ko": "지금 바뀔 수 있는 것(답마다 엔진을 다시 실행한 결과):",
        "fi": "Mitä se voisi nyt muuttaa (moottori ajettu uudelleen kullakin vastauksella):"},
    "What they could change now (the engine re-run with each answer):": {
        "en": "What they could change now (the engine re-run with each answer):",
        "id": "Yang bisa diubahnya sekarang (mesin dijalankan ulang untuk setiap jawaban):",
        "ko": "지금 바뀔 수 있는 것(답마다 엔진을 다시 실행한 결과):",
        "fi": "Mitä ne voisivat nyt muuttaa (moottori ajettu uudelleen kullakin vastauksella):"},
    "alone": {
        "en": "On its own it cannot change the outcome yet, but together with other answers it can "
              "(rule {rule}). For example, if also {assumed}:",
        "id": "Sendirian jawabannya belum bisa mengubah hasil, tetapi bersama jawaban lain bisa (aturan {rule}). "
              "Misalnya, jika juga {assumed}:",
        "ko": "이 답만으로는 아직 결과가 바뀌지 않지만 다른 답과 함께라면 바뀔 수 있습니다(규칙 {rule}). "
              "예를 들어 다음도 성립한다면({assumed}):",
        "fi": "Yksinään se ei vielä muuta lopputulosta, mutta yhdessä muiden vastausten kanssa voi "
              "(sääntö {rule}). Esimerkiksi, jos lisäksi {assumed}:"},
    "together": {
        "en": "Together with other answers they can change the outcome (rule {rule}). For example, if also {assumed}:",
        "id": "Bersama jawaban lain semuanya bisa mengubah hasil (aturan {rule}). Misalnya, jika juga {assumed}:",
        "ko": "다른 답과 함께라면 결과가 바뀔 수 있습니다(규칙 {rule}). 예를 들어 다음도 성립한다면({assumed}):",
        "fi": "Yhdessä muiden vastausten kanssa ne voivat muuttaa lopputulosta (sääntö {rule}). "
              "Esimerkiksi, jos lisäksi {assumed}:"},
    "screen no": {
        "en": "A no sets the unknown facts it covers to their calm values (nothing wrong there): {calm}. "
              "A yes asks them one by one.",
        "id": "Jawaban tidak mengisi fakta yang belum diketahui dengan nilai tenangnya (tidak ada masalah): {calm}. "
              "Jawaban ya menanyakannya satu per satu.",
        "ko": "아니요라고 답하면 아직 모르는 해당 사실을 문제없는 값으로 정합니다: {calm}. "
              "예라고 답하면 하나씩 묻습니다.",
        "fi": "Vastaus ei asettaa sen kattamat avoimet tiedot ongelmattomiin arvoihinsa: {calm}. "
              "Vastaus kyllä kysyy ne yksi kerrallaan."},
    "list no": {
        "en": "Each fact you name by its number becomes true; every other one takes its calm value (false), as a "
              "no to the screen would set it: {calm}. A no sets them all to false; a yes asks them one by one; skip "
              "leaves them unknown.",
        "id": "Setiap fakta yang Anda sebut nomornya menjadi benar; yang lain diisi nilai tenangnya (salah), seperti "
              "jawaban tidak pada penyaring: {calm}. Jawaban tidak membuat semuanya salah; ya menanyakannya satu per "
              "satu; lewati membiarkannya tidak diketahui.",
        "ko": "번호로 고른 사실은 참이 되고, 나머지는 선별 질문에 아니요라고 답했을 때처럼 문제없는 값(거짓)이 "
              "됩니다: {calm}. 아니요라고 답하면 모두 거짓이 되고, 예라고 답하면 하나씩 묻고, 건너뛰기를 하면 "
              "모르는 채로 둡니다.",
        "fi": "Jokainen numerolla valitsemasi tieto on tosi; muut saavat ongelmattoman arvonsa (epätosi), aivan "
              "kuin seulontakysymykseen olisi vastattu ei: {calm}. Vastaus ei tekee kaikista epätosia; kyllä kysyy "
              "ne yksi kerrallaan; ohita jättää ne avoimiksi."},
    "The facts it covers feed these rules:": {
        "en": "The facts it covers feed these rules:", "id": "Fakta yang dicakupnya dipakai oleh aturan berikut:",
        "ko": "해당 사실들은 다음 규칙에 쓰입니다:", "fi": "Sen kattamat tiedot vaikuttavat näihin sääntöihin:"},
    "  - answer {answer}: {effect}": {
        "en": "  - answer {answer}: {effect}", "id": "  - jawaban {answer}: {effect}", "ko": "  - 답 {answer}: {effect}",
        "fi": "  - vastaus {answer}: {effect}"},
    "  - yes, with {answer}: {effect}": {
        "en": "  - yes, with {answer}: {effect}", "id": "  - ya, dengan {answer}: {effect}",
        "ko": "  - 예, {answer}일 때: {effect}", "fi": "  - kyllä, kun {answer}: {effect}"},
    "the verdict would be {new} instead of {base}": {
        "en": "the verdict would be {new} instead of {base}", "id": "keputusannya menjadi {new}, bukan {base}",
        "ko": "판정이 바뀝니다: {base} → {new}", "fi": "ratkaisu olisi {new} eikä {base}"},
    "the exit plan {parts}": {"en": "the exit plan {parts}", "id": "rencana keluar {parts}",
                              "ko": "관계 종료 계획: {parts}", "fi": "irtautumissuunnitelma {parts}"},
    "the exit plan changes": {"en": "the exit plan changes", "id": "rencana keluar berubah",
                              "ko": "관계 종료 계획이 바뀝니다", "fi": "irtautumissuunnitelma muuttuu"},
    "adds '{item}'": {"en": "adds '{item}'", "id": "menambah '{item}'", "ko": "'{item}' 추가",
                      "fi": "lisää kohdan '{item}'"},
    "drops '{item}'": {"en": "drops '{item}'", "id": "menghapus '{item}'", "ko": "'{item}' 제외",
                       "fi": "poistaa kohdan '{item}'"},
    "shows {facts} under '{item}'": {"en": "shows {facts} under '{item}'", "id": "menampilkan {facts} di '{item}'",
                                     "ko": "'{item}'에 {facts} 표시", "fi": "näyttää {facts} kohdassa '{item}'"},
    "adds a note to '{item}'": {"en": "adds a note to '{item}'", "id": "menambah catatan pada '{item}'",
                                "ko": "'{item}'에 참고 추가", "fi": "lisää huomion kohtaan '{item}'"},
    "adds prevention '{item}'": {"en": "adds prevention '{item}'", "id": "menambah pencegahan '{item}'",
                                 "ko": "예방 '{item}' 추가", "fi": "lisää ennaltaehkäisyn '{item}'"},
    "drops prevention '{item}'": {"en": "drops prevention '{item}'", "id": "menghapus pencegahan '{item}'",
                                  "ko": "예방 '{item}' 제외", "fi": "poistaa ennaltaehkäisyn '{item}'"},
    " or ": {"en": " or ", "id": " atau ", "ko": " 또는 ", "fi": " tai "},
    " and ": {"en": " and ", "id": " dan ", "ko": " 그리고 ", "fi": " ja "},
    "always": {"en": "always", "id": "selalu", "ko": "항상", "fi": "aina"},
    " or unknown": {"en": " or unknown", "id": " atau tidak diketahui", "ko": " 또는 모름", "fi": " tai ei tiedossa"},
    "remedy tried": {"en": "remedy tried", "id": "perbaikan sudah dicoba", "ko": "해결책 시도함",
                     "fi": "korjausta kokeiltu"},
    "at least {n} distinct article signs": {
        "en": "at least {n} distinct article signs", "id": "setidaknya {n} tanda dari artikel berbeda",
        "ko": "서로 다른 글의 신호 {n}개 이상", "fi": "vähintään {n} merkkiä eri artikkeleista"},
}


def say(key: str, lang: str, **fields: Any) -> str:
    """The text `key` in `lang` (English when missing), with `fields` filled in."""
    texts = WORDS.get(key)
    text = key if texts is None else texts.get(lang) or texts.get("en", key)
    return text.format(**fields) if fields else text


def unit_word(unit: str, lang: str) -> str:
    """A fact's unit in `lang` (the unit itself when there is no translation)."""
    return unit if lang == "en" else UNITS.get(unit, {}).get(lang, unit)


def yes_no(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words taken as yes and as no in `lang` (its own and the English ones)."""
    if lang == "en":
        return YES_WORDS["en"], NO_WORDS["en"]
    return YES_WORDS.get(lang, ()) + YES_WORDS["en"], NO_WORDS.get(lang, ()) + NO_WORDS["en"]
