"""Message templates for the audit log's normal output: forget, purge, seal and verify summaries, the chain problems
`audit verify` names, the note of `audit show` (the English is what these lines always printed)."""

from __future__ import annotations

__all__ = ["AUDIT_OUT_MESSAGES"]

#: code -> {lang: template}; Korean in the formal-polite style, Indonesian in the "Anda" register
AUDIT_OUT_MESSAGES: dict[str, dict[str, str]] = {
    # --- forget, purge, seal (commands/audit.py) ------------------------------------------------------------
    "audit.out.none": {"en": "none", "id": "tidak ada", "ko": "없음", "fi": "ei yhtään"},
    "audit.out.would_erase": {
        "en": "would erase {count:plural:record|record(s)}: {ids}", "id": "isi {count} catatan akan dihapus: {ids}",
        "ko": "기록 {count}건을 지울 예정입니다: {ids}", "fi": "tyhjennettäisiin {count:plural:kirjaus|kirjausta}: {ids}"},
    "audit.out.erased": {
        "en": "erased {count:plural:record|record(s)}: {ids}", "id": "isi {count} catatan dihapus: {ids}",
        "ko": "기록 {count}건을 지웠습니다: {ids}", "fi": "tyhjennettiin {count:plural:kirjaus|kirjausta}: {ids}"},
    "audit.out.recorded_as": {
        "en": " (recorded as {record})", "id": " (dicatat sebagai catatan {record})",
        "ko": " (기록 {record}번으로 남겼습니다)", "fi": " (kirjattu kirjaukseksi {record})"},
    "audit.out.span": {
        "en": "records {first} to {last}", "id": "catatan {first} sampai {last}", "ko": "기록 {first}~{last}번",
        "fi": "kirjaukset {first}–{last}"},
    "audit.out.no_record": {"en": "no record", "id": "tidak ada catatan", "ko": "해당 기록 없음",
                            "fi": "ei kirjauksia"},
    "audit.out.would_delete": {
        "en": "would delete {count:plural:record|record(s)} ({span})", "id": "{count} catatan akan dihapus ({span})",
        "ko": "기록 {count}건을 삭제할 예정입니다 ({span})", "fi": "poistettaisiin {count:plural:kirjaus|kirjausta} ({span})"},
    "audit.out.deleted": {
        "en": "deleted {count:plural:record|record(s)} ({span})", "id": "{count} catatan dihapus ({span})",
        "ko": "기록 {count}건을 삭제했습니다 ({span})", "fi": "poistettiin {count:plural:kirjaus|kirjausta} ({span})"},
    "audit.out.recorded_as_then": {
        "en": ", recorded as {record}", "id": ", dicatat sebagai catatan {record}",
        "ko": ", 기록 {record}번으로 남겼습니다", "fi": ", kirjattu kirjaukseksi {record}"},
    "audit.out.sealed": {
        "en": "sealed {count:plural:record|record(s)}: `audit show` gives their outputs as they are, whatever the renderer",
        "id": "{count} catatan disegel: `audit show` menampilkan keluarannya apa adanya, apa pun versi penyajinya",
        "ko": "기록 {count}건을 봉인했습니다: `audit show`는 렌더러 버전과 관계없이 출력을 그대로 보여 줍니다",
        "fi": "sinetöitiin {count:plural:kirjaus|kirjausta}: `audit show` näyttää niiden tulosteet sellaisinaan, "
              "piirtäjän versiosta riippumatta"},
    # --- verify (commands/audit.py, audit/chain.py) ----------------------------------------------------------
    "audit.out.valid": {
        "en": "valid: {count:plural:record|records} in the chain ({erased} erased on request)",
        "id": "sah: {count} catatan dalam rantai ({erased} dihapus atas permintaan)",
        "ko": "유효함: 체인에 기록 {count}건 (요청에 따라 지운 기록 {erased}건)",
        "fi": "kelvollinen: ketjussa {count:plural:kirjaus|kirjausta} ({erased} poistettu pyynnöstä)"},
    "audit.out.not_valid": {
        "en": "NOT valid: {problem} ({count:plural:record|records} checked before it)",
        "id": "TIDAK sah: {problem} ({count} catatan diperiksa sebelumnya)",
        "ko": "유효하지 않음: {problem} (그 앞의 기록 {count}건은 확인됨)",
        "fi": "EI kelvollinen: {problem} ({count:plural:kirjaus|kirjausta} tarkistettu ennen sitä)"},
    "audit.out.head": {
        "en": "head: {id}:{hash}  (keep it: `audit verify --head` checks it later)",
        "id": "kepala: {id}:{hash}  (simpan ini: `audit verify --head` memeriksanya nanti)",
        "ko": "마지막 기록: {id}:{hash}  (보관해 두세요: 나중에 `audit verify --head`로 확인합니다)",
        "fi": "pää: {id}:{hash}  (tallenna se: `audit verify --head` tarkistaa sen myöhemmin)"},
    "audit.out.schema_1": {
        "en": "a schema-1 database has no hash chain yet: it gains one when next written to",
        "id": "basis data skema 1 belum memiliki rantai hash: rantai itu dibuat saat basis data berikutnya ditulisi",
        "ko": "스키마 1 데이터베이스에는 아직 해시 체인이 없습니다: 다음에 기록할 때 생깁니다",
        "fi": "skeeman 1 tietokannassa ei vielä ole tiivisteketjua: se syntyy, kun tietokantaan seuraavan kerran "
              "kirjoitetaan"},
    "audit.chain.erased_unnamed": {
        "en": "record {id} was erased without an `audit forget` that names it",
        "id": "catatan {id} dihapus tanpa `audit forget` yang menyebutnya",
        "ko": "기록 {id}번이 이 기록을 지정한 `audit forget` 없이 지워졌습니다",
        "fi": "kirjaus {id} tyhjennettiin ilman sitä nimeävää `audit forget` -komentoa"},
    "audit.chain.lost_content": {
        "en": "record {id} lost its content without an `audit forget`",
        "id": "isi catatan {id} hilang tanpa `audit forget`",
        "ko": "기록 {id}번의 내용이 `audit forget` 없이 사라졌습니다",
        "fi": "kirjauksen {id} sisältö katosi ilman `audit forget` -komentoa"},
    "audit.chain.content_changed": {
        "en": "record {id} was changed (its content no longer matches its hash)",
        "id": "catatan {id} diubah (isinya tidak lagi cocok dengan hash-nya)",
        "ko": "기록 {id}번이 변경되었습니다 (내용이 더 이상 해시와 일치하지 않습니다)",
        "fi": "kirjausta {id} on muutettu (sen sisältö ei enää vastaa tiivistettä)"},
    "audit.chain.start_removed": {
        "en": "records 1 to {last} were removed (no `audit purge` recorded it)",
        "id": "catatan 1 sampai {last} dihapus (tidak ada `audit purge` yang mencatatnya)",
        "ko": "기록 1~{last}번이 삭제되었습니다 (이를 남긴 `audit purge`가 없습니다)",
        "fi": "kirjaukset 1–{last} poistettiin (mikään `audit purge` ei kirjannut sitä)"},
    "audit.chain.hash_changed": {
        "en": "record {id} was changed (its hash does not match)", "id": "catatan {id} diubah (hash-nya tidak cocok)",
        "ko": "기록 {id}번이 변경되었습니다 (해시가 일치하지 않습니다)",
        "fi": "kirjausta {id} on muutettu (sen tiiviste ei täsmää)"},
    "audit.chain.inserted_renumbered": {
        "en": "record {id} was inserted (the records after it were renumbered)",
        "id": "catatan {id} disisipkan (catatan sesudahnya diberi nomor baru)",
        "ko": "기록 {id}번이 끼워 넣어졌습니다 (그 뒤 기록의 번호가 바뀌었습니다)",
        "fi": "kirjaus {id} lisättiin väliin (sen jälkeiset kirjaukset numeroitiin uudelleen)"},
    "audit.chain.removed_renumbered": {
        "en": "record {id} was removed (the records after it were renumbered)",
        "id": "catatan {id} dihapus (catatan sesudahnya diberi nomor baru)",
        "ko": "기록 {id}번이 삭제되었습니다 (그 뒤 기록의 번호가 바뀌었습니다)",
        "fi": "kirjaus {id} poistettiin (sen jälkeiset kirjaukset numeroitiin uudelleen)"},
    "audit.chain.removed_many_renumbered": {
        "en": "records {first} to {last} were removed (the records after it were renumbered)",
        "id": "catatan {first} sampai {last} dihapus (catatan sesudahnya diberi nomor baru)",
        "ko": "기록 {first}~{last}번이 삭제되었습니다 (그 뒤 기록의 번호가 바뀌었습니다)",
        "fi": "kirjaukset {first}–{last} poistettiin (niiden jälkeiset kirjaukset numeroitiin uudelleen)"},
    "audit.chain.gap": {
        "en": "record {id} removed (the chain goes from record {prev} to record {next})",
        "id": "catatan {id} dihapus (rantai melompat dari catatan {prev} ke catatan {next})",
        "ko": "기록 {id}번이 삭제되었습니다 (체인이 기록 {prev}번에서 {next}번으로 건너뜁니다)",
        "fi": "kirjaus {id} poistettu (ketju siirtyy kirjauksesta {prev} kirjaukseen {next})"},
    "audit.chain.gap_many": {
        "en": "records {first} to {last} removed (the chain goes from record {prev} to record {next})",
        "id": "catatan {first} sampai {last} dihapus (rantai melompat dari catatan {prev} ke catatan {next})",
        "ko": "기록 {first}~{last}번이 삭제되었습니다 (체인이 기록 {prev}번에서 {next}번으로 건너뜁니다)",
        "fi": "kirjaukset {first}–{last} poistettu (ketju siirtyy kirjauksesta {prev} kirjaukseen {next})"},
    "audit.chain.inserted_before": {
        "en": "record {id} was inserted (record {next} follows record {before})",
        "id": "catatan {id} disisipkan (catatan {next} menyusul catatan {before})",
        "ko": "기록 {id}번이 끼워 넣어졌습니다 (기록 {next}번이 기록 {before}번 바로 뒤를 잇습니다)",
        "fi": "kirjaus {id} lisättiin väliin (kirjaus {next} seuraa kirjausta {before})"},
    "audit.chain.inserted_after": {
        "en": "record {id} was inserted (it was made after record {after}, not {prev})",
        "id": "catatan {id} disisipkan (catatan itu dibuat sesudah catatan {after}, bukan {prev})",
        "ko": "기록 {id}번이 끼워 넣어졌습니다 ({prev}번이 아니라 기록 {after}번 다음에 만들어졌습니다)",
        "fi": "kirjaus {id} lisättiin väliin (se tehtiin kirjauksen {after} jälkeen, ei kirjauksen {prev})"},
    "audit.chain.changed_rehashed": {
        "en": "record {id} was changed (and its hash made anew: record {next} does not follow it)",
        "id": "catatan {id} diubah (dan hash-nya dibuat ulang: catatan {next} tidak menyusulnya)",
        "ko": "기록 {id}번이 변경되었습니다 (해시도 새로 만들어져 기록 {next}번이 그 뒤를 잇지 않습니다)",
        "fi": "kirjausta {id} on muutettu (ja sen tiiviste laskettu uudelleen: kirjaus {next} ei seuraa sitä)"},
    "audit.chain.snapshot_changed": {
        "en": "the knowledge snapshot {hash} was changed", "id": "cuplikan pengetahuan {hash} diubah",
        "ko": "지식 스냅숏 {hash}이(가) 변경되었습니다", "fi": "tietokannan tilannevedosta {hash} on muutettu"},
    "audit.chain.head_gone": {
        "en": "record {id}, noted as the head, is gone", "id": "catatan {id}, yang dicatat sebagai kepala, sudah hilang",
        "ko": "마지막 기록으로 적어 둔 기록 {id}번이 사라졌습니다",
        "fi": "pääksi merkitty kirjaus {id} on kadonnut"},
    "audit.chain.head_other_hash": {
        "en": "record {id}, noted as the head, has another hash",
        "id": "catatan {id}, yang dicatat sebagai kepala, memiliki hash lain",
        "ko": "마지막 기록으로 적어 둔 기록 {id}번의 해시가 다릅니다",
        "fi": "pääksi merkityllä kirjauksella {id} on eri tiiviste"},
    # --- show (audit/render.py) ----------------------------------------------------------------------------
    "audit.out.other_renderer_note": {
        "en": "record {id} was made by renderer {made} and is shown by renderer {shown}",
        "id": "catatan {id} dibuat oleh penyaji versi {made} dan ditampilkan oleh penyaji versi {shown}",
        "ko": "기록 {id}번은 렌더러 {made} 버전으로 만들어졌고 렌더러 {shown} 버전으로 표시됩니다",
        "fi": "kirjaus {id} tehtiin piirtäjän versiolla {made} ja näytetään piirtäjän versiolla {shown}"},
}
