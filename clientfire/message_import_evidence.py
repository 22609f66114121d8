"""Message templates for what `clientfire import` writes: the records behind each imported fact (a client file's
`evidence:` block and a portfolio CSV's `evidence.<fact>` columns), the block's comment and a new file's header.
Invoice numbers, dates, amounts and counts are parameters, shown as they are; the English is what import always wrote.
The mark `# imported DATE from FILES` is not here: it is machine-read by the next import, the same in every language."""

from __future__ import annotations

__all__ = ["IMPORT_EVIDENCE_MESSAGES"]

#: code -> {lang: template}; records are short noun phrases (Korean without the polite ending, as in a ledger)
IMPORT_EVIDENCE_MESSAGES: dict[str, dict[str, str]] = {
    # --- the file (importers/clientfile.py) -----------------------------------------------------------------
    "import.ev.header": {
        "en": "# Written by clientfire import. Facts marked \"# imported\" are refreshed by the next import: delete\n"
              "# the mark to keep your own value. Add any other fact by hand (`clientfire facts` lists them).",
        "id": "# Ditulis oleh clientfire import. Fakta bertanda \"# imported\" diperbarui oleh impor berikutnya:\n"
              "# hapus tanda itu untuk mempertahankan nilai Anda sendiri. Tambahkan fakta lain secara manual\n"
              "# (`clientfire facts` mencantumkannya).",
        "ko": "# clientfire import가 작성한 파일입니다. \"# imported\" 표시가 있는 사실은 다음 가져오기 때 새로\n"
              "# 고쳐집니다. 직접 정한 값을 유지하려면 표시를 지우십시오. 다른 사실은 직접 추가하십시오\n"
              "# (`clientfire facts`에 목록이 있습니다).",
        "fi": "# Tämän kirjoitti clientfire import. Merkinnällä \"# imported\" varustetut tosiasiat päivittyvät\n"
              "# seuraavassa tuonnissa: poista merkintä pitääksesi oman arvosi. Lisää muut tosiasiat käsin\n"
              "# (`clientfire facts` luettelee ne)."},
    "import.ev.block": {
        "en": "the records behind imported facts", "id": "catatan di balik fakta yang diimpor",
        "ko": "가져온 사실의 근거 기록", "fi": "tuotujen tosiasioiden taustalla olevat tiedot"},
    # --- late payments (importers/derive.py, facts.py) ------------------------------------------------------
    "import.ev.late": {
        "en": "{number} paid {days:plural:day|days} late (due {due}, paid {paid})",
        "id": "{number} dibayar terlambat {days} hari (jatuh tempo {due}, dibayar {paid})",
        "ko": "{number} {days}일 늦게 결제됨 (만기일 {due}, 결제일 {paid})",
        "fi": "{number} maksettu {days:plural:päivä|päivää} myöhässä (eräpäivä {due}, maksettu {paid})"},
    "import.ev.late_earlier": {
        "en": "... and {count:plural:earlier late payment|earlier late payments}",
        "id": "... dan {count} pembayaran terlambat sebelumnya", "ko": "... 그 밖에 이전 연체 결제 {count}건",
        "fi": "... ja {count:plural:aiempi myöhästynyt maksu|aiempaa myöhästynyttä maksua}"},
    "import.ev.none_late": {
        "en": "no invoice paid late in the 12 months to {today} ({count} paid in that time)",
        "id": "tidak ada faktur yang dibayar terlambat dalam 12 bulan hingga {today} ({count} dibayar dalam periode itu)",
        "ko": "{today}까지 12개월 동안 늦게 결제된 인보이스 없음 (그 기간 결제 {count}건)",
        "fi": "ei myöhässä maksettuja laskuja 12 kuukauden aikana {today} asti ({count} maksettu sinä aikana)"},
    # --- open past due ----------------------------------------------------------------------------------------
    "import.ev.overdue": {
        "en": "{number} unpaid, {days:plural:day|days} past due (due {due}; {amount} open{part})",
        "id": "{number} belum dibayar, lewat jatuh tempo {days} hari (jatuh tempo {due}; terbuka {amount}{part})",
        "ko": "{number} 미결제, 만기 {days}일 경과 (만기일 {due}; 미결 금액 {amount}{part})",
        "fi": "{number} maksamatta, {days:plural:päivä|päivää} erääntynyt (eräpäivä {due}; avoinna {amount}{part})"},
    "import.ev.part_paid": {"en": ", part-paid", "id": ", dibayar sebagian", "ko": ", 일부 결제됨",
                            "fi": ", osittain maksettu"},
    "import.ev.amount_unknown": {"en": "amount unknown", "id": "jumlah tidak diketahui", "ko": "금액 알 수 없음",
                                 "fi": "summa tuntematon"},
    "import.ev.more_overdue": {
        "en": "... and {count} more open past due", "id": "... dan {count} lagi terbuka lewat jatuh tempo",
        "ko": "... 그 밖에 만기가 지난 미결 {count}건",
        "fi": "... ja {count:plural:muu avoin erääntynyt|muuta avointa erääntynyttä}"},
    "import.ev.none_overdue": {
        "en": "no open invoice past its due date on {today}",
        "id": "tidak ada faktur terbuka yang lewat jatuh tempo pada {today}",
        "ko": "{today} 기준 만기가 지난 미결 인보이스 없음", "fi": "ei avoimia erääntyneitä laskuja {today}"},
    "import.ev.oldest": {"en": "oldest: {record}", "id": "tertua: {record}", "ko": "가장 오래된 것: {record}",
                         "fi": "vanhin: {record}"},
    # --- write-offs -------------------------------------------------------------------------------------------
    "import.ev.written_off": {
        "en": "{number} written off ({amount} unpaid)", "id": "{number} dihapusbukukan ({amount} tidak dibayar)",
        "ko": "{number} 대손 처리됨 (미결제 {amount})", "fi": "{number} kirjattu luottotappioksi ({amount} maksamatta)"},
    "import.ev.more_written_off": {
        "en": "... and {count} more written off", "id": "... dan {count} lagi dihapusbukukan",
        "ko": "... 그 밖에 대손 처리 {count}건",
        "fi": "... ja {count:plural:muu luottotappioksi kirjattu|muuta luottotappioksi kirjattua}"},
    # --- revenue ----------------------------------------------------------------------------------------------
    "import.ev.paid_month": {
        "en": "{month}: {amount} paid ({numbers})", "id": "{month}: {amount} dibayar ({numbers})",
        "ko": "{month}: {amount} 결제됨 ({numbers})", "fi": "{month}: {amount} maksettu ({numbers})"},
    "import.ev.nothing_paid": {"en": "{month}: nothing paid", "id": "{month}: tidak ada pembayaran",
                               "ko": "{month}: 결제 없음", "fi": "{month}: ei maksuja"},
    "import.ev.part": {"en": "{number} (part)", "id": "{number} (sebagian)", "ko": "{number} (일부)",
                       "fi": "{number} (osa)"},
    "import.ev.credit_note": {"en": "{number} (credit note)", "id": "{number} (nota kredit)",
                              "ko": "{number} (크레딧 노트)", "fi": "{number} (hyvityslasku)"},
    "import.ev.left_out_currency": {
        "en": "left out: {amount} paid in {currency} (--currency {chosen})",
        "id": "tidak dihitung: {amount} dibayar dalam {currency} (--currency {chosen})",
        "ko": "제외됨: {currency}(으)로 결제된 {amount} (--currency {chosen})",
        "fi": "jätetty pois: {amount} maksettu valuutassa {currency} (--currency {chosen})"},
    "import.ev.credit_exceeds": {
        "en": "credit notes exceed the payments: counted as 0", "id": "nota kredit melebihi pembayaran: dihitung 0",
        "ko": "크레딧 노트가 결제액보다 많음: 0으로 계산", "fi": "hyvityslaskut ylittävät maksut: laskettu nollaksi"},
    "import.ev.revenue_average": {
        "en": "average of the 3 full months {first} to {last}", "id": "rata-rata 3 bulan penuh {first} sampai {last}",
        "ko": "{first}부터 {last}까지 3개월 전체의 평균", "fi": "3 täyden kuukauden keskiarvo {first} – {last}"},
    # --- hours ------------------------------------------------------------------------------------------------
    "import.ev.hours_month": {
        "en": "{month}: {hours:plural:hour|hours} ({count:plural:time entry|time entries})",
        "id": "{month}: {hours} jam ({count} entri waktu)", "ko": "{month}: {hours}시간 (시간 기록 {count}건)",
        "fi": "{month}: {hours:plural:tunti|tuntia} (tuntikirjauksia: {count})"},
    "import.ev.hours_average": {
        "en": "average of the 3 full months, billable and non-billable time",
        "id": "rata-rata 3 bulan penuh, waktu yang ditagih dan tidak ditagih",
        "ko": "3개월 전체의 평균, 청구 가능 및 청구 불가 시간 포함",
        "fi": "3 täyden kuukauden keskiarvo, laskutettava ja laskuttamaton aika"},
}
