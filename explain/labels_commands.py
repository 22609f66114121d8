"""Interface words of the `template`, `facts`, `report`, `audit list` and `check` commands per language."""

from __future__ import annotations

__all__ = ["COMMAND_LABELS"]

#: English word -> {lang: word}, merged into `labels.LABELS`.
COMMAND_LABELS: dict[str, dict[str, str]] = {
    "computed, not set": {"id": "dihitung, tidak diisi", "ko": "계산됨, 입력하지 않음",
                          "fi": "lasketaan, ei syötetä"},
    "Derived facts": {"id": "Fakta turunan", "ko": "계산되는 사실", "fi": "Johdetut tiedot"},
    "No audit records yet.": {"id": "Belum ada catatan audit.", "ko": "아직 감사 기록이 없습니다.",
                              "fi": "Tarkastusmerkintöjä ei ole vielä."},
    "No record matches.": {"id": "Tidak ada catatan yang cocok.", "ko": "조건에 맞는 기록이 없습니다.",
                           "fi": "Yksikään merkintä ei täsmää."},
    # --- `clientfire template` -----------------------------------------------------------
    "A blank client file: remove the # before a group and a fact, and give the value.": {
        "id": "File klien kosong: hapus # di depan grup dan fakta, lalu isi nilainya.",
        "ko": "빈 클라이언트 파일입니다. 그룹과 사실 앞의 #을 지우고 값을 적으세요.",
        "fi": "Tyhjä asiakastiedosto: poista # ryhmän ja tiedon edestä ja anna arvo."},
    "A fact left commented out is unknown.": {
        "id": "Fakta yang tetap dikomentari dianggap tidak diketahui.",
        "ko": "주석으로 남겨 둔 사실은 알 수 없음으로 처리됩니다.",
        "fi": "Kommentiksi jätetty tieto on tuntematon."},
    "whole number, 0 or more": {"id": "bilangan bulat, 0 atau lebih", "ko": "0 이상의 정수",
                                "fi": "kokonaisluku, vähintään 0"},
    "number, 0 or more": {"id": "angka, 0 atau lebih", "ko": "0 이상의 수", "fi": "luku, vähintään 0"},
    "amount in your currency": {"id": "jumlah dalam mata uang Anda", "ko": "당신의 통화로 된 금액",
                                "fi": "summa omassa valuutassasi"},
    "0 to 100": {"id": "0 sampai 100", "ko": "0에서 100까지", "fi": "0–100"},
    "whole number, 0 to 10": {"id": "bilangan bulat, 0 sampai 10", "ko": "0에서 10까지의 정수",
                              "fi": "kokonaisluku 0–10"},
    "true or false": {"id": "true atau false", "ko": "true 또는 false", "fi": "true tai false"},
    "YYYY-MM-DD": {"id": "TTTT-BB-HH", "ko": "YYYY-MM-DD", "fi": "VVVV-KK-PP"},
    "text": {"id": "teks", "ko": "텍스트", "fi": "teksti"},
    # --- units of facts ----------------------------------------------------------------
    "changes": {"id": "perubahan", "ko": "변경", "fi": "muutokset"},
    "days": {"id": "hari", "ko": "일", "fi": "päivät"},
    "disagreements": {"id": "perselisihan", "ko": "의견 충돌", "fi": "erimielisyydet"},
    "hours": {"id": "jam", "ko": "시간", "fi": "tunnit"},
    "invoices": {"id": "faktur", "ko": "청구서", "fi": "laskut"},
    "messages": {"id": "pesan", "ko": "메시지", "fi": "viestit"},
    "objections": {"id": "keberatan", "ko": "이의", "fi": "vastaväitteet"},
    "percent": {"id": "persen", "ko": "퍼센트", "fi": "prosentti"},
    "requests": {"id": "permintaan", "ko": "요청", "fi": "pyynnöt"},
    "times": {"id": "kali", "ko": "회", "fi": "kertaa"},
    "weeks": {"id": "minggu", "ko": "주", "fi": "viikot"},
}
