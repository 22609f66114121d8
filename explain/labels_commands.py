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
}
