"""Message templates for `clientfire import`'s normal output: each client's line, its facts, the closing count and
the notes (rows left out, periods the exports do not cover); the English is what these lines always printed."""

from __future__ import annotations

__all__ = ["IMPORT_OUT_MESSAGES"]

#: code -> {lang: template}; Korean in the formal-polite style, Indonesian in the "Anda" register
IMPORT_OUT_MESSAGES: dict[str, dict[str, str]] = {
    # --- per client (commands/import_.py) ------------------------------------------------------------------
    "import.out.new": {"en": "new", "id": "baru", "ko": "새 파일", "fi": "uusi"},
    "import.out.updated": {"en": "updated", "id": "diperbarui", "ko": "갱신됨", "fi": "päivitetty"},
    "import.out.unchanged": {"en": "unchanged", "id": "tidak berubah", "ko": "변경 없음", "fi": "ennallaan"},
    "import.out.kept": {
        "en": "  ! {fact} = {old} kept: your own value (the books say {new})",
        "id": "  ! {fact} = {old} dipertahankan: nilai Anda sendiri (pembukuan menyebut {new})",
        "ko": "  ! {fact} = {old} 유지: 직접 적은 값입니다 (장부상 값: {new})",
        "fi": "  ! {fact} = {old} säilytetty: oma arvosi (kirjanpidon mukaan {new})"},
    "import.out.removed": {
        "en": "  - {fact} removed: the exports no longer show it",
        "id": "  - {fact} dihapus: ekspor tidak lagi menunjukkannya",
        "ko": "  - {fact} 삭제: 내보낸 파일에 더 이상 나오지 않습니다",
        "fi": "  - {fact} poistettu: viennit eivät enää näytä sitä"},
    "import.out.was": {"en": " (was {old})", "id": " (sebelumnya {old})", "ko": " (이전 값: {old})",
                       "fi": " (oli {old})"},
    # --- the closing count -------------------------------------------------------------------------------------
    "import.out.wrote": {
        "en": "wrote {clients:plural:client|client(s)} from {rows:plural:record|record(s)}; {changed:plural:file|file(s)} changed",
        "id": "{clients} klien ditulis dari {rows} entri; {changed} file diubah",
        "ko": "항목 {rows}건에서 클라이언트 {clients}곳을 썼습니다. 바뀐 파일 {changed}개",
        "fi": "kirjoitettiin {clients:plural:asiakas|asiakasta} {rows} tietueesta; {changed:plural:tiedosto|tiedostoa} muuttui"},
    "import.out.would_write": {
        "en": "would write {clients:plural:client|client(s)} from {rows:plural:record|record(s)}; "
              "{changed:plural:file|file(s)} to change",
        "id": "{clients} klien akan ditulis dari {rows} entri; {changed} file akan diubah",
        "ko": "항목 {rows}건에서 클라이언트 {clients}곳을 쓸 예정입니다. 바뀔 파일 {changed}개",
        "fi": "kirjoitettaisiin {clients:plural:asiakas|asiakasta} {rows} tietueesta; "
              "{changed:plural:tiedosto|tiedostoa} muuttuisi"},
    "import.out.wrote_csv": {
        "en": "wrote {clients:plural:client|client(s)} from {rows:plural:record|record(s)}",
        "id": "{clients} klien ditulis dari {rows} entri",
        "ko": "항목 {rows}건에서 클라이언트 {clients}곳을 썼습니다",
        "fi": "kirjoitettiin {clients:plural:asiakas|asiakasta} {rows} tietueesta"},
    "import.out.would_write_csv": {
        "en": "would write {clients:plural:client|client(s)} from {rows:plural:record|record(s)}",
        "id": "{clients} klien akan ditulis dari {rows} entri",
        "ko": "항목 {rows}건에서 클라이언트 {clients}곳을 쓸 예정입니다",
        "fi": "kirjoitettaisiin {clients:plural:asiakas|asiakasta} {rows} tietueesta"},
    # --- notes (importers/session.py) ------------------------------------------------------------------------
    "import.note.skipped": {  # {why}: an import.skip.* message, which says the count with its noun
        "en": "{path}: {why} left out", "id": "{path}: {why} tidak diikutkan",
        "ko": "{path}: {why}을 제외했습니다", "fi": "{path}: jätettiin pois {why}"},
    "import.skip.time_no_client": {
        "en": "{count:plural:time entry|time entries} without a client", "id": "{count} entri waktu tanpa klien",
        "ko": "클라이언트가 없는 시간 항목 {count}건", "fi": "aikakirjaukset ilman asiakasta: {count}"},
    "import.skip.not_invoice": {
        "en": "{count:plural:row that is no invoice|rows that are no invoice} (payments, totals)",
        "id": "{count} baris yang bukan faktur (pembayaran, total)",
        "ko": "청구서가 아닌 행(지급, 합계) {count}건", "fi": "rivit, jotka eivät ole laskuja (maksut, summat): {count}"},
    "import.note.starts_late": {
        "en": "{path}: starts {earliest}, later than the 12 months late_invoices counts (from {start}): export a "
              "longer period to count them all",
        "id": "{path}: dimulai {earliest}, lebih lambat dari 12 bulan yang dihitung late_invoices (sejak {start}): "
              "ekspor periode yang lebih panjang agar semuanya terhitung",
        "ko": "{path}: {earliest}부터 시작하므로 late_invoices가 세는 12개월({start}부터)보다 늦습니다. 모두 세려면 "
              "더 긴 기간을 내보내세요",
        "fi": "{path}: alkaa {earliest}, myöhemmin kuin late_invoices-tiedon laskemat 12 kuukautta (alkaen {start}): "
              "vie pidempi jakso, jotta kaikki lasketaan"},
    "import.note.paid_only_in": {
        "en": "{name}: paid only in {currencies} in the last 3 months, so monthly_revenue in {currency} stays unknown",
        "id": "{name}: dalam 3 bulan terakhir hanya dibayar dalam {currencies}, jadi monthly_revenue dalam {currency} "
              "tetap tidak diketahui",
        "ko": "{name}: 최근 3개월 동안 {currencies}(으)로만 지급되었으므로 {currency} 기준 monthly_revenue는 알 수 "
              "없음으로 남습니다",
        "fi": "{name}: maksettu viimeisten 3 kuukauden aikana vain valuutassa {currencies}, joten monthly_revenue "
              "valuutassa {currency} jää tuntemattomaksi"},
    "import.note.left_out": {
        "en": "{name}: left out {items}", "id": "{name}: tidak diikutkan {items}", "ko": "{name}: 제외함 - {items}",
        "fi": "{name}: jätettiin pois {items}"},
    "import.left.drafts": {"en": "{count:plural:draft|drafts}", "id": "{count} draf", "ko": "초안 {count}건",
                           "fi": "{count:plural:luonnos|luonnosta}"},
    "import.left.voids": {"en": "{count:plural:void|voids}", "id": "{count} faktur batal", "ko": "취소된 청구서 {count}건",
                          "fi": "{count:plural:mitätöity|mitätöityä}"},
    "import.left.later": {"en": "{count} later", "id": "{count} bertanggal setelah hari ini",
                          "ko": "오늘 이후 날짜의 청구서 {count}건", "fi": "{count:plural:myöhemmin päivätty|myöhemmin päivättyä}"},
    "import.left.credit_notes": {"en": "{count:plural:credit note|credit notes}", "id": "{count} nota kredit",
                                 "ko": "대변 전표 {count}건", "fi": "{count:plural:hyvityslasku|hyvityslaskua}"},
}
