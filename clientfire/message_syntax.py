"""Message templates for YAML and JSON syntax problems; the YAML parser's English read back into a message."""

from __future__ import annotations

import re

__all__ = ["SYNTAX_MESSAGES", "SYNTAX_PATTERNS"]

#: code -> {lang: template}; `{found}` is what the parser met (`'<stream end>'`, `':'`): shown as it is
SYNTAX_MESSAGES: dict[str, dict[str, str]] = {
    "syntax.mapping_values": {
        "en": "mapping values are not allowed here",
        "id": "nilai pemetaan tidak boleh di sini (periksa indentasi dan tanda ':')",
        "ko": "여기에는 매핑 값을 쓸 수 없습니다(들여쓰기와 ':'를 확인하십시오)",
        "fi": "kuvauksen arvo ei ole sallittu tässä (tarkista sisennys ja ':')"},
    "syntax.no_colon": {
        "en": "could not find expected ':'", "id": "tanda ':' yang diharapkan tidak ditemukan",
        "ko": "있어야 할 ':'를 찾지 못했습니다", "fi": "odotettua merkkiä ':' ei löytynyt"},
    "syntax.block_end": {
        "en": "expected <block end>, but found {found}", "id": "blok seharusnya berakhir, tetapi ditemukan {found}",
        "ko": "블록이 끝나야 하는데 {found}이(가) 있습니다", "fi": "lohkon piti päättyä, mutta löytyi {found}"},
    "syntax.node_content": {
        "en": "expected the node content, but found {found}", "id": "nilai diharapkan, tetapi ditemukan {found}",
        "ko": "값이 있어야 하는데 {found}이(가) 있습니다", "fi": "odotettiin arvoa, mutta löytyi {found}"},
    "syntax.flow_sequence": {
        "en": "expected ',' or ']', but got {found}", "id": "diharapkan ',' atau ']', tetapi ditemukan {found}",
        "ko": "',' 또는 ']'가 있어야 하는데 {found}이(가) 있습니다", "fi": "odotettiin ',' tai ']', mutta löytyi {found}"},
    "syntax.flow_mapping": {
        "en": "expected ',' or '}}', but got {found}", "id": "diharapkan ',' atau '}}', tetapi ditemukan {found}",
        "ko": "',' 또는 '}}'가 있어야 하는데 {found}이(가) 있습니다", "fi": "odotettiin ',' tai '}}', mutta löytyi {found}"},
    "syntax.bad_start": {
        "en": "found character {found} that cannot start any token",
        "id": "ditemukan karakter {found} yang tidak boleh mengawali apa pun (tab? gunakan spasi)",
        "ko": "{found} 문자로는 아무것도 시작할 수 없습니다(탭이라면 공백을 쓰십시오)",
        "fi": "merkki {found} ei voi aloittaa mitään (sarkain? käytä välilyöntejä)"},
    "syntax.stream_end": {
        "en": "found unexpected end of stream", "id": "file berakhir sebelum waktunya",
        "ko": "파일이 예상보다 일찍 끝났습니다", "fi": "tiedosto loppui odottamatta"},
    "syntax.aliases": {
        "en": "YAML aliases (*name) are not allowed", "id": "alias YAML (*nama) tidak diizinkan",
        "ko": "YAML 별칭(*이름)은 쓸 수 없습니다", "fi": "YAML-aliakset (*nimi) eivät ole sallittuja"},
    "syntax.plain_keys": {
        "en": "keys must be plain words", "id": "kunci harus berupa kata biasa",
        "ko": "키는 일반 단어여야 합니다", "fi": "avainten pitää olla tavallisia sanoja"},
    "syntax.duplicate_key": {
        "en": "duplicate key '{key}' (first at line {line})", "id": "kunci '{key}' muncul dua kali (pertama di baris {line})",
        "ko": "키 '{key}'이(가) 중복됩니다(처음: {line}행)", "fi": "avain '{key}' toistuu (ensimmäinen rivillä {line})"},
    "syntax.too_deep": {
        "en": "nesting deeper than {most:plural:level|levels}", "id": "bersarang lebih dalam dari {most} tingkat",
        "ko": "중첩이 {most}단계보다 깊습니다", "fi": "sisäkkäisyys on syvempi kuin {most:plural:taso|tasoa}"},
    "syntax.not_a_number": {
        "en": "'{text}' is not a number (digits, a sign, a point, an exponent)",
        "id": "'{text}' bukan angka (angka, tanda, titik, eksponen)",
        "ko": "'{text}'은(는) 숫자가 아닙니다(숫자, 부호, 소수점, 지수만 가능)",
        "fi": "'{text}' ei ole luku (numerot, etumerkki, piste, eksponentti)"},
    "syntax.json_value": {
        "en": "expecting a value", "id": "sebuah nilai diharapkan", "ko": "값이 있어야 합니다", "fi": "odotettiin arvoa"},
    "syntax.json_extra": {
        "en": "extra data after the value", "id": "ada data tambahan setelah nilai",
        "ko": "값 뒤에 남는 데이터가 있습니다", "fi": "arvon jälkeen on ylimääräistä dataa"},
    "syntax.json_key": {
        "en": "expecting a key in double quotes", "id": "diharapkan kunci dalam tanda kutip ganda",
        "ko": "큰따옴표로 감싼 키가 있어야 합니다", "fi": "odotettiin avainta lainausmerkeissä"},
    "syntax.json_colon": {
        "en": "expecting ':' after the key", "id": "diharapkan ':' setelah kunci",
        "ko": "키 뒤에 ':'가 있어야 합니다", "fi": "avaimen jälkeen odotettiin ':'"},
    "syntax.json_object": {
        "en": "expecting ',' or '}}'", "id": "diharapkan ',' atau '}}'", "ko": "',' 또는 '}}'가 있어야 합니다",
        "fi": "odotettiin ',' tai '}}'"},
    "syntax.json_array": {
        "en": "expecting ',' or ']'", "id": "diharapkan ',' atau ']'", "ko": "',' 또는 ']'가 있어야 합니다",
        "fi": "odotettiin ',' tai ']'"},
    "syntax.number_too_long": {
        "en": "a number of {count:plural:character|characters} (the limit is {most})",
        "id": "angka sepanjang {count} karakter (batasnya {most})",
        "ko": "숫자가 {count}자입니다(한도 {most}자)", "fi": "{count} merkin pituinen luku (raja on {most})"},
    "syntax.lone_surrogate": {
        "en": "a lone surrogate escape ({escape}) is not a character",
        "id": "escape surrogat tunggal ({escape}) bukan sebuah karakter",
        "ko": "짝이 없는 서로게이트 이스케이프({escape})는 문자가 아닙니다",
        "fi": "yksinäinen surrogaattiescape ({escape}) ei ole merkki"},
}

#: the parsers' English (PyYAML's, engine/yamlio.py's, engine/jsonio.py's) -> the code that says it in any language
SYNTAX_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), code) for pattern, code in (
    (r"mapping values are not allowed here", "syntax.mapping_values"),
    (r"could not find expected ':'", "syntax.no_colon"),
    (r"expected <block end>, but found (?P<found>.+)", "syntax.block_end"),
    (r"expected the node content, but found (?P<found>.+)", "syntax.node_content"),
    (r"expected ',' or '\]', but got (?P<found>.+)", "syntax.flow_sequence"),
    (r"expected ',' or '\}', but got (?P<found>.+)", "syntax.flow_mapping"),
    (r"found character (?P<found>.+) that cannot start any token", "syntax.bad_start"),
    (r"found unexpected end of stream", "syntax.stream_end"),
    (r"YAML aliases \(\*name\) are not allowed", "syntax.aliases"),
    (r"keys must be plain words", "syntax.plain_keys"),
    (r"duplicate key '(?P<key>.*)' \(first at line (?P<line>\d+)\)", "syntax.duplicate_key"),
    (r"nesting deeper than (?P<most>\d+) levels", "syntax.too_deep"),
    (r"'(?P<text>.*)' is not a number \(digits, a sign, a point, an exponent\)", "syntax.not_a_number"),
    (r"expecting a value", "syntax.json_value"),
    (r"extra data after the value", "syntax.json_extra"),
    (r"expecting a key in double quotes", "syntax.json_key"),
    (r"expecting ':' after the key", "syntax.json_colon"),
    (r"expecting ',' or '\}'", "syntax.json_object"),
    (r"expecting ',' or '\]'", "syntax.json_array"),
    (r"a number of (?P<count>\d+) characters \(the limit is (?P<most>\d+)\)", "syntax.number_too_long"),
    (r"a lone surrogate escape \((?P<escape>\\u[0-9a-f]{4})\) is not a character", "syntax.lone_surrogate"),
))
