"""Message templates for the audit log: record ids and dates, the database (locked, read-only, corrupt), snapshots."""

from __future__ import annotations

__all__ = ["AUDIT_MESSAGES"]

#: code -> {lang: template}; Korean in the formal-polite style, Indonesian in the "Anda" register
AUDIT_MESSAGES: dict[str, dict[str, str]] = {
    # --- options and ids (audit/query.py, audit/retention.py, commands/audit.py) ----------------------
    "audit.no_record": {
        "en": "no audit record with id {id}", "id": "tidak ada catatan audit dengan id {id}",
        "ko": "번호가 {id}인 감사 기록이 없습니다", "fi": "tarkastusmerkintää tunnisteella {id} ei ole"},
    "audit.since_date": {
        "en": "--since must be a date (YYYY-MM-DD), not '{raw}'",
        "id": "--since harus berupa tanggal (YYYY-MM-DD), bukan '{raw}'",
        "ko": "--since에는 날짜(YYYY-MM-DD)를 적어야 합니다(받은 값: '{raw}')",
        "fi": "--since: arvon pitää olla päivämäärä (YYYY-MM-DD), ei '{raw}'"},
    "audit.before_date": {
        "en": "--before must be a date (YYYY-MM-DD), not '{raw}'",
        "id": "--before harus berupa tanggal (YYYY-MM-DD), bukan '{raw}'",
        "ko": "--before에는 날짜(YYYY-MM-DD)를 적어야 합니다(받은 값: '{raw}')",
        "fi": "--before: arvon pitää olla päivämäärä (YYYY-MM-DD), ei '{raw}'"},
    "audit.client_whole_name": {
        "en": "--client needs the client's whole name", "id": "--client memerlukan nama lengkap klien",
        "ko": "--client에는 클라이언트의 전체 이름을 적어야 합니다", "fi": "--client vaatii asiakkaan koko nimen"},
    "audit.head": {
        "en": "--head must be ID:HASH as `audit verify` prints it, not '{raw}'",
        "id": "--head harus berupa ID:HASH seperti yang dicetak `audit verify`, bukan '{raw}'",
        "ko": "--head에는 `audit verify`가 출력하는 ID:HASH 형식을 적어야 합니다(받은 값: '{raw}')",
        "fi": "--head: arvon pitää olla ID:HASH siinä muodossa kuin `audit verify` sen tulostaa, ei '{raw}'"},
    "audit.not_kept_as": {
        "en": "record {id} was not kept as {fmt} (kept: {kept})",
        "id": "catatan {id} tidak disimpan sebagai {fmt} (yang disimpan: {kept})",
        "ko": "기록 {id}은(는) {fmt} 형식으로 보관되지 않았습니다(보관된 형식: {kept})",
        "fi": "merkintää {id} ei säilytetty muodossa {fmt} (säilytetyt: {kept})"},
    "audit.timeout": {
        "en": "CLIENTFIRE_DB_TIMEOUT must be a number of seconds from 0 to {most}, not '{raw}'",
        "id": "CLIENTFIRE_DB_TIMEOUT harus berupa jumlah detik dari 0 sampai {most}, bukan '{raw}'",
        "ko": "CLIENTFIRE_DB_TIMEOUT에는 0~{most} 사이의 초 단위 숫자를 적어야 합니다(받은 값: '{raw}')",
        "fi": "CLIENTFIRE_DB_TIMEOUT: arvon pitää olla sekuntimäärä väliltä 0–{most}, ei '{raw}'"},
    # --- records that cannot be shown or run again (audit/render.py, audit/replay.py, audit/codec.py) --
    "audit.erased": {
        "en": "record {id} was erased on request (audit forget, record {by})",
        "id": "catatan {id} telah dihapus atas permintaan (audit forget, catatan {by})",
        "ko": "기록 {id}은(는) 요청에 따라 삭제되었습니다(audit forget, 기록 {by})",
        "fi": "merkintä {id} on poistettu pyynnöstä (audit forget, merkintä {by})"},
    "audit.no_facts": {
        "en": "record {id} has no facts to run again (a {command} record)",
        "id": "catatan {id} tidak memiliki fakta untuk dijalankan ulang (catatan {command})",
        "ko": "기록 {id}에는 다시 실행할 사실이 없습니다({command} 기록)",
        "fi": "merkinnässä {id} ei ole tietoja uudelleen ajettavaksi ({command}-merkintä)"},
    "audit.no_facts_erased": {
        "en": "record {id} has no facts to run again (a {command} record, erased on request)",
        "id": "catatan {id} tidak memiliki fakta untuk dijalankan ulang (catatan {command}, dihapus atas permintaan)",
        "ko": "기록 {id}에는 다시 실행할 사실이 없습니다({command} 기록, 요청에 따라 삭제됨)",
        "fi": "merkinnässä {id} ei ole tietoja uudelleen ajettavaksi ({command}-merkintä, poistettu pyynnöstä)"},
    "audit.cannot_rerun": {
        "en": "record {id} cannot be run again on its knowledge: {reason}",
        "id": "catatan {id} tidak dapat dijalankan ulang dengan pengetahuannya: {reason}",
        "ko": "기록 {id}을(를) 기록된 지식으로 다시 실행할 수 없습니다: {reason}",
        "fi": "merkintää {id} ei voi ajaa uudelleen sen omalla tietämyksellä: {reason}"},
    "audit.other_trace": {
        "en": "record {id} cannot be shown: this clientfire's engine gives another trace for its facts "
              "(its data is in `audit export`)",
        "id": "catatan {id} tidak dapat ditampilkan: mesin clientfire ini memberi jejak lain untuk faktanya "
              "(datanya ada di `audit export`)",
        "ko": "기록 {id}을(를) 보여 줄 수 없습니다: 이 clientfire의 엔진은 같은 사실로 다른 추론 과정을 냅니다"
              "(데이터는 `audit export`로 볼 수 있습니다)",
        "fi": "merkintää {id} ei voi näyttää: tämän clientfiren moottori antaa sen tiedoista toisen päättelyketjun "
              "(sen tiedot ovat `audit export` -tulosteessa)"},
    "audit.other_renderer": {
        "en": "record {id} cannot be shown as printed: this clientfire renders its {fmt} output differently "
              "(renderer {renderer}, the record's {theirs}; its data is in `audit export`)",
        "id": "catatan {id} tidak dapat ditampilkan seperti saat dicetak: clientfire ini menampilkan keluaran {fmt} "
              "secara berbeda (renderer {renderer}, milik catatan {theirs}; datanya ada di `audit export`)",
        "ko": "기록 {id}을(를) 출력되었던 그대로 보여 줄 수 없습니다: 이 clientfire는 {fmt} 출력을 다르게 만듭니다"
              "(렌더러 {renderer}, 기록의 렌더러 {theirs}; 데이터는 `audit export`로 볼 수 있습니다)",
        "fi": "merkintää {id} ei voi näyttää sellaisena kuin se tulostettiin: tämä clientfire muotoilee {fmt}-tulosteen "
              "toisin (muotoilija {renderer}, merkinnän {theirs}; sen tiedot ovat `audit export` -tulosteessa)"},
    "audit.text_digest": {
        "en": "the text kept for record {id} is not the text printed (its digest differs)",
        "id": "teks yang disimpan untuk catatan {id} bukan teks yang dicetak (ringkasannya berbeda)",
        "ko": "기록 {id}에 보관된 텍스트가 출력된 텍스트와 다릅니다(다이제스트가 다릅니다)",
        "fi": "merkinnälle {id} säilytetty teksti ei ole tulostettu teksti (sen tiiviste eroaa)"},
    "audit.body_unreadable": {
        "en": "audit record {id} is damaged (its body cannot be read)",
        "id": "catatan audit {id} rusak (isinya tidak dapat dibaca)",
        "ko": "감사 기록 {id}이(가) 손상되었습니다(본문을 읽을 수 없습니다)",
        "fi": "tarkastusmerkintä {id} on vioittunut (sen sisältöä ei voi lukea)"},
    "audit.body_not_object": {
        "en": "audit record {id} is damaged (its body is not an object)",
        "id": "catatan audit {id} rusak (isinya bukan objek)",
        "ko": "감사 기록 {id}이(가) 손상되었습니다(본문이 객체가 아닙니다)",
        "fi": "tarkastusmerkintä {id} on vioittunut (sen sisältö ei ole objekti)"},
    "audit.column_not_json": {
        "en": "audit record {id} is damaged (a column is not JSON)",
        "id": "catatan audit {id} rusak (sebuah kolom bukan JSON)",
        "ko": "감사 기록 {id}이(가) 손상되었습니다(JSON이 아닌 열이 있습니다)",
        "fi": "tarkastusmerkintä {id} on vioittunut (jokin sarake ei ole JSONia)"},
    # --- knowledge snapshots (audit/snapshot.py, audit/query.py, audit/render.py) ---------------------
    "audit.snapshot_missing": {
        "en": "the knowledge snapshot {hash} is missing", "id": "snapshot pengetahuan {hash} tidak ada",
        "ko": "지식 스냅숏 {hash}이(가) 없습니다", "fi": "tietämyksen tilannevedos {hash} puuttuu"},
    "audit.snapshot_unreadable": {
        "en": "cannot read the knowledge files to keep a snapshot: {reason}",
        "id": "tidak dapat membaca file pengetahuan untuk menyimpan snapshot: {reason}",
        "ko": "스냅숏을 남기려고 지식 파일을 읽을 수 없습니다: {reason}",
        "fi": "tietämystiedostoja ei voi lukea tilannevedosta varten: {reason}"},
    "audit.knowledge_edited": {
        "en": "the knowledge files differ from the knowledge in use (edited while clientfire ran, or an overrides "
              "file not passed to the audit log); run the command again",
        "id": "file pengetahuan berbeda dari pengetahuan yang dipakai (diubah saat clientfire berjalan, atau file "
              "overrides tidak diteruskan ke log audit); jalankan perintahnya lagi",
        "ko": "지식 파일이 사용 중인 지식과 다릅니다(clientfire 실행 중에 수정되었거나 overrides 파일이 감사 기록에 "
              "전달되지 않았습니다). 명령을 다시 실행하십시오",
        "fi": "tietämystiedostot eroavat käytössä olevasta tietämyksestä (muokattu clientfiren ollessa käynnissä, tai "
              "overrides-tiedostoa ei välitetty tarkastuslokiin); aja komento uudelleen"},
    # --- the database (audit/sqlite_schema.py, audit/pg_store.py, audit/store.py) ---------------------
    "audit.db_none_yet": {
        "en": "no audit database here yet (nothing was recorded)",
        "id": "belum ada basis data audit di sini (belum ada yang dicatat)",
        "ko": "아직 여기에 감사 데이터베이스가 없습니다(기록된 것이 없습니다)",
        "fi": "täällä ei ole vielä tarkastustietokantaa (mitään ei ole kirjattu)"},
    "audit.db_locked": {
        "en": "the audit database is locked by another process (try again, or use --no-record)",
        "id": "basis data audit sedang dikunci proses lain (coba lagi, atau gunakan --no-record)",
        "ko": "다른 프로세스가 감사 데이터베이스를 잠그고 있습니다(다시 시도하거나 --no-record를 쓰십시오)",
        "fi": "toinen prosessi on lukinnut tarkastustietokannan (yritä uudelleen tai käytä valitsinta --no-record)"},
    "audit.db_read_only": {
        "en": "the audit database is read-only (use --db with a writable file, or --no-record)",
        "id": "basis data audit hanya-baca (gunakan --db dengan file yang dapat ditulis, atau --no-record)",
        "ko": "감사 데이터베이스가 읽기 전용입니다(쓸 수 있는 파일을 --db로 지정하거나 --no-record를 쓰십시오)",
        "fi": "tarkastustietokanta on vain luettavissa (anna --db ja kirjoitettava tiedosto, tai käytä --no-record)"},
    "audit.db_read_only_pg": {
        "en": "the audit database is read-only (use --db with a writable database, or --no-record)",
        "id": "basis data audit hanya-baca (gunakan --db dengan basis data yang dapat ditulis, atau --no-record)",
        "ko": "감사 데이터베이스가 읽기 전용입니다(쓸 수 있는 데이터베이스를 --db로 지정하거나 --no-record를 쓰십시오)",
        "fi": "tarkastustietokanta on vain luettavissa (anna --db ja kirjoitettava tietokanta, tai käytä --no-record)"},
    "audit.db_corrupt": {
        "en": "the audit database is corrupt or not a clientfire audit database",
        "id": "basis data audit rusak atau bukan basis data audit clientfire",
        "ko": "감사 데이터베이스가 손상되었거나 clientfire 감사 데이터베이스가 아닙니다",
        "fi": "tarkastustietokanta on vioittunut tai se ei ole clientfiren tarkastustietokanta"},
    "audit.db_cannot_open": {
        "en": "cannot open the audit database (is the path a writable file?)",
        "id": "tidak dapat membuka basis data audit (apakah path-nya file yang dapat ditulis?)",
        "ko": "감사 데이터베이스를 열 수 없습니다(경로가 쓸 수 있는 파일인지 확인하십시오)",
        "fi": "tarkastustietokantaa ei voi avata (onko polku kirjoitettava tiedosto?)"},
    "audit.db_folder": {
        "en": "cannot open the audit database: the path is a folder",
        "id": "tidak dapat membuka basis data audit: path-nya adalah folder",
        "ko": "감사 데이터베이스를 열 수 없습니다: 경로가 폴더입니다", "fi": "tarkastustietokantaa ei voi avata: polku on kansio"},
    "audit.db_not_regular": {
        "en": "the audit database must be a regular file (not a device, FIFO or socket)",
        "id": "basis data audit harus berupa file biasa (bukan perangkat, FIFO, atau soket)",
        "ko": "감사 데이터베이스는 일반 파일이어야 합니다(장치, FIFO, 소켓은 안 됩니다)",
        "fi": "tarkastustietokannan pitää olla tavallinen tiedosto (ei laite, FIFO tai pistoke)"},
    "audit.db_os": {
        "en": "cannot use the audit database: {reason}", "id": "tidak dapat memakai basis data audit: {reason}",
        "ko": "감사 데이터베이스를 쓸 수 없습니다: {reason}", "fi": "tarkastustietokantaa ei voi käyttää: {reason}"},
    "audit.db_opened_reading": {
        "en": "the audit database was opened for reading", "id": "basis data audit dibuka hanya untuk dibaca",
        "ko": "감사 데이터베이스가 읽기용으로 열렸습니다", "fi": "tarkastustietokanta avattiin vain lukemista varten"},
    "audit.db_no_schema": {
        "en": "not a clientfire audit database (no schema version)",
        "id": "bukan basis data audit clientfire (tidak ada versi skema)",
        "ko": "clientfire 감사 데이터베이스가 아닙니다(스키마 버전이 없습니다)",
        "fi": "ei ole clientfiren tarkastustietokanta (skeeman versio puuttuu)"},
    "audit.db_schema_versions": {
        "en": "audit database schema version {found}, this clientfire reads versions 1 to {version}",
        "id": "versi skema basis data audit {found}, clientfire ini membaca versi 1 sampai {version}",
        "ko": "감사 데이터베이스 스키마 버전이 {found}입니다. 이 clientfire는 버전 1~{version}만 읽습니다",
        "fi": "tarkastustietokannan skeeman versio on {found}, tämä clientfire lukee versioita 1–{version}"},
    "audit.db_schema_version": {
        "en": "audit database schema version {found}, this clientfire reads version {version}",
        "id": "versi skema basis data audit {found}, clientfire ini membaca versi {version}",
        "ko": "감사 데이터베이스 스키마 버전이 {found}입니다. 이 clientfire는 버전 {version}만 읽습니다",
        "fi": "tarkastustietokannan skeeman versio on {found}, tämä clientfire lukee versiota {version}"},
    "audit.append_only": {
        "en": "audit records cannot be changed or deleted", "id": "catatan audit tidak dapat diubah atau dihapus",
        "ko": "감사 기록은 바꾸거나 삭제할 수 없습니다", "fi": "tarkastusmerkintöjä ei voi muuttaa eikä poistaa"},
    "audit.disk_full": {
        "en": "the disk holding the audit database is full", "id": "disk tempat basis data audit sudah penuh",
        "ko": "감사 데이터베이스가 있는 디스크가 가득 찼습니다", "fi": "tarkastustietokannan levy on täynnä"},
    "audit.db_error": {
        "en": "audit database error: {reason}", "id": "galat basis data audit: {reason}",
        "ko": "감사 데이터베이스 오류: {reason}", "fi": "tarkastustietokannan virhe: {reason}"},
    "audit.pg_refuses": {
        "en": "the audit database refuses this user: {reason}", "id": "basis data audit menolak pengguna ini: {reason}",
        "ko": "감사 데이터베이스가 이 사용자를 거부합니다: {reason}", "fi": "tarkastustietokanta torjuu tämän käyttäjän: {reason}"},
    "audit.pg_connect": {
        "en": "cannot connect to the PostgreSQL audit database: {reason}",
        "id": "tidak dapat terhubung ke basis data audit PostgreSQL: {reason}",
        "ko": "PostgreSQL 감사 데이터베이스에 연결할 수 없습니다: {reason}",
        "fi": "PostgreSQL-tarkastustietokantaan ei saada yhteyttä: {reason}"},
    "audit.needs_psycopg": {
        "en": "a PostgreSQL audit database needs psycopg: pip install 'clientfire[postgres]'",
        "id": "basis data audit PostgreSQL memerlukan psycopg: pip install 'clientfire[postgres]'",
        "ko": "PostgreSQL 감사 데이터베이스에는 psycopg가 필요합니다: pip install 'clientfire[postgres]'",
        "fi": "PostgreSQL-tarkastustietokanta tarvitsee psycopgin: pip install 'clientfire[postgres]'"},
}
