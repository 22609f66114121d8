"""argparse's own words (usage, its errors, its section titles) in four languages, keyed by argparse's msgids.

The English of each entry is the msgid exactly as argparse passes it to gettext, printf-style (`%s`, `%(value)r`):
argparse fills the template in itself, so a translation keeps the same `%` fields (and writes no other `%`).
`clientfire/cli_lang.py` hands them to argparse when a language other than English is chosen.
"""

from __future__ import annotations

__all__ = ["ARGPARSE_MESSAGES"]

#: code -> {lang: template}; option names, values and choices are argparse's fields (shown as they are)
ARGPARSE_MESSAGES: dict[str, dict[str, str]] = {
    # --- the help page --------------------------------------------------------------------------------
    "argparse.usage": {"en": "usage: ", "id": "penggunaan: ", "ko": "사용법: ", "fi": "käyttö: "},
    "argparse.positionals": {
        "en": "positional arguments", "id": "argumen posisional", "ko": "위치 인수", "fi": "sijaintiargumentit"},
    "argparse.options": {"en": "options", "id": "opsi", "ko": "옵션", "fi": "valitsimet"},
    "argparse.help": {
        "en": "show this help message and exit", "id": "tampilkan bantuan ini lalu keluar",
        "ko": "이 도움말을 보여 주고 끝냅니다", "fi": "näytä tämä ohje ja lopeta"},
    "argparse.version": {
        "en": "show program's version number and exit", "id": "tampilkan nomor versi program lalu keluar",
        "ko": "프로그램의 버전을 보여 주고 끝냅니다", "fi": "näytä ohjelman versio ja lopeta"},
    # --- the error line and what it says -------------------------------------------------------------------
    "argparse.error": {
        "en": "%(prog)s: error: %(message)s\n", "id": "%(prog)s: galat: %(message)s\n",
        "ko": "%(prog)s: 오류: %(message)s\n", "fi": "%(prog)s: virhe: %(message)s\n"},
    "argparse.argument": {
        "en": "argument %(argument_name)s: %(message)s", "id": "argumen %(argument_name)s: %(message)s",
        "ko": "인수 %(argument_name)s: %(message)s", "fi": "argumentti %(argument_name)s: %(message)s"},
    "argparse.unrecognized": {
        "en": "unrecognized arguments: %s", "id": "argumen tidak dikenal: %s",
        "ko": "알 수 없는 인수: %s", "fi": "tuntemattomat argumentit: %s"},
    "argparse.required": {
        "en": "the following arguments are required: %s", "id": "argumen berikut wajib diberikan: %s",
        "ko": "다음 인수가 필요합니다: %s", "fi": "seuraavat argumentit puuttuvat: %s"},
    "argparse.one_of_required": {
        "en": "one of the arguments %s is required", "id": "salah satu argumen %s wajib diberikan",
        "ko": "인수 %s 중 하나가 필요합니다", "fi": "jokin argumenteista %s vaaditaan"},
    "argparse.invalid_choice": {
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
        "id": "pilihan tidak valid: %(value)r (pilih dari %(choices)s)",
        "ko": "잘못된 선택: %(value)r (%(choices)s 중에서 고르십시오)",
        "fi": "virheellinen valinta: %(value)r (valitse näistä: %(choices)s)"},
    # every `type=` of the commands is int or float (tests/test_cli_lang.py): the type is said as "a number"
    "argparse.invalid_value": {
        "en": "invalid %(type)s value: %(value)r", "id": "bukan bilangan yang valid: %(value)r",
        "ko": "올바른 숫자가 아닙니다: %(value)r", "fi": "ei kelvollinen luku: %(value)r"},
    "argparse.expected_one": {
        "en": "expected one argument", "id": "perlu satu argumen", "ko": "인수 하나가 필요합니다",
        "fi": "odotettiin yhtä argumenttia"},
    "argparse.expected_at_most_one": {
        "en": "expected at most one argument", "id": "perlu paling banyak satu argumen",
        "ko": "인수는 하나까지만 받습니다", "fi": "odotettiin enintään yhtä argumenttia"},
    "argparse.expected_at_least_one": {
        "en": "expected at least one argument", "id": "perlu setidaknya satu argumen",
        "ko": "인수가 하나 이상 필요합니다", "fi": "odotettiin vähintään yhtä argumenttia"},
    "argparse.expected_n": {
        "en": "expected %s argument", "id": "perlu %s argumen", "ko": "인수 %s개가 필요합니다",
        "fi": "odotettiin %s argumentti"},
    "argparse.expected_n_plural": {
        "en": "expected %s arguments", "id": "perlu %s argumen", "ko": "인수 %s개가 필요합니다",
        "fi": "odotettiin %s argumenttia"},
    "argparse.ambiguous": {
        "en": "ambiguous option: %(option)s could match %(matches)s",
        "id": "opsi ambigu: %(option)s bisa berarti %(matches)s",
        "ko": "모호한 옵션: %(option)s은(는) %(matches)s 중 무엇인지 알 수 없습니다",
        "fi": "monitulkintainen valitsin: %(option)s voi tarkoittaa näitä: %(matches)s"},
    "argparse.not_allowed_with": {
        "en": "not allowed with argument %s", "id": "tidak boleh bersama argumen %s",
        "ko": "인수 %s와(과) 함께 쓸 수 없습니다", "fi": "ei sallittu yhdessä argumentin %s kanssa"},
    "argparse.ignored_explicit": {
        "en": "ignored explicit argument %r", "id": "opsi ini tidak menerima nilai: %r",
        "ko": "이 옵션은 값을 받지 않습니다: %r", "fi": "valitsin ei ota arvoa: %r"},
    "argparse.unexpected_option": {
        "en": "unexpected option string: %s", "id": "opsi tak terduga: %s", "ko": "예상하지 못한 옵션: %s",
        "fi": "odottamaton valitsin: %s"},
    "argparse.unknown_parser": {
        "en": "unknown parser %(parser_name)r (choices: %(choices)s)",
        "id": "sub-perintah tidak dikenal %(parser_name)r (pilihan: %(choices)s)",
        "ko": "알 수 없는 하위 명령 %(parser_name)r (선택지: %(choices)s)",
        "fi": "tuntematon alikomento %(parser_name)r (vaihtoehdot: %(choices)s)"},
}
