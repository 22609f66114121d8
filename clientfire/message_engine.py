"""Message templates of the knowledge checks: engine/load.py, engine/validate*.py and formulas (engine/formulas.py)."""

from __future__ import annotations

__all__ = ["ENGINE_MESSAGES"]

_LOAD: dict[str, dict[str, str]] = {
    "engine.folder_not_found": {
        "en": "knowledge folder not found", "id": "folder pengetahuan tidak ditemukan",
        "ko": "지식 폴더를 찾을 수 없습니다", "fi": "tietokantakansiota ei löydy"},
    "engine.file_name_not_utf8": {
        "en": "the file name is not UTF-8 text: rename the file", "id": "nama file bukan teks UTF-8: ganti nama file",
        "ko": "파일 이름이 UTF-8 텍스트가 아닙니다. 파일 이름을 바꾸십시오",
        "fi": "tiedoston nimi ei ole UTF-8-tekstiä: nimeä tiedosto uudelleen"},
    "engine.no_knowledge_files": {
        "en": "no knowledge files (*.yaml) in folder", "id": "tidak ada file pengetahuan (*.yaml) di folder",
        "ko": "폴더에 지식 파일(*.yaml)이 없습니다", "fi": "kansiossa ei ole tietokantatiedostoja (*.yaml)"},
    "engine.file_shape": {
        "en": "a knowledge file must be a mapping of sections", "id": "file pengetahuan harus berupa pemetaan bagian",
        "ko": "지식 파일은 섹션의 매핑이어야 합니다", "fi": "tietokantatiedoston pitää olla osioiden kuvaus"},
    "engine.text_calm": {
        "en": "a text fact cannot have a calm value ('{name}')", "id": "fakta teks tidak boleh punya nilai tenang ('{name}')",
        "ko": "텍스트 사실에는 평온 값(calm)을 둘 수 없습니다('{name}')",
        "fi": "tekstitiedolla ei voi olla rauhallista arvoa ('{name}')"},
    "engine.calm_value": {
        "en": "calm value: {error}", "id": "nilai tenang: {error}", "ko": "평온 값(calm): {error}",
        "fi": "rauhallinen arvo: {error}"},
    "engine.duplicate_fact": {
        "en": "duplicate fact '{name}' (first at {first})", "id": "fakta '{name}' ganda (pertama di {first})",
        "ko": "사실 '{name}'이(가) 중복됩니다(처음 위치: {first})", "fi": "tieto '{name}' kahdesti (ensin kohdassa {first})"},
    "engine.screen_calm": {
        "en": "the screen of group '{name}' needs a fact with a 'calm' value",
        "id": "pertanyaan penyaring kelompok '{name}' memerlukan fakta dengan nilai 'calm'",
        "ko": "사실 묶음 '{name}'의 선별 질문에는 'calm' 값이 있는 사실이 필요합니다",
        "fi": "tietoryhmän '{name}' seulontakysymys tarvitsee tiedon, jolla on 'calm'-arvo"},
    "engine.screen_item_alone": {
        "en": "group '{name}' has 'screen_item' but no screen",
        "id": "kelompok '{name}' punya 'screen_item' tetapi tidak punya pertanyaan penyaring",
        "ko": "사실 묶음 '{name}'에 'screen_item'은 있지만 선별 질문이 없습니다",
        "fi": "tietoryhmällä '{name}' on 'screen_item' mutta ei seulontakysymystä"},
    "engine.screen_also_alone": {
        "en": "group '{name}' has 'screen_also' but no screen",
        "id": "kelompok '{name}' punya 'screen_also' tetapi tidak punya pertanyaan penyaring",
        "ko": "사실 묶음 '{name}'에 'screen_also'는 있지만 선별 질문이 없습니다",
        "fi": "tietoryhmällä '{name}' on 'screen_also' mutta ei seulontakysymystä"},
    "engine.screen_also_group": {
        "en": "screen_also: '{name}' is no group with a fact that has a 'calm' value",
        "id": "screen_also: '{name}' bukan kelompok yang punya fakta dengan nilai 'calm'",
        "ko": "screen_also: '{name}'은(는) 'calm' 값이 있는 사실을 가진 사실 묶음이 아닙니다",
        "fi": "screen_also: '{name}' ei ole tietoryhmä, jossa on 'calm'-arvoinen tieto"},
    "engine.also_asks": {
        "en": "fact '{name}': also_asks '{other}' must be another input fact of its group, not yes/no or text, "
              "on a yes/no fact",
        "id": "fakta '{name}': also_asks '{other}' harus fakta masukan lain dari kelompoknya, bukan ya/tidak atau "
              "teks, pada fakta ya/tidak",
        "ko": "사실 '{name}': also_asks '{other}'은(는) 같은 묶음의 다른 입력 사실이어야 하며, 예/아니요나 텍스트가 "
              "아니어야 하고, 예/아니요 사실에 있어야 합니다",
        "fi": "tieto '{name}': also_asks '{other}' on oltava ryhmänsä toinen syötetieto, ei kyllä/ei- eikä "
              "tekstitieto, ja kyllä/ei-tiedossa"},
    "engine.duplicate_threshold": {
        "en": "duplicate threshold '{name}'", "id": "ambang '{name}' ganda", "ko": "기준값 '{name}'이(가) 중복됩니다",
        "fi": "kynnysarvo '{name}' kahdesti"},
    "engine.condition_unreadable": {
        "en": "cannot read condition '{entry}' (expected '<fact> <op> <value> [or unknown]')",
        "id": "syarat '{entry}' tidak dapat dibaca (seharusnya '<fakta> <operator> <nilai> [or unknown]')",
        "ko": "조건 '{entry}'을(를) 읽을 수 없습니다('<사실> <연산자> <값> [or unknown]' 형식이어야 합니다)",
        "fi": "ehtoa '{entry}' ei voi lukea (odotettiin '<tieto> <operaattori> <arvo> [or unknown]')"},
    "engine.condition_one_key": {
        "en": "a condition mapping must have exactly one key", "id": "pemetaan syarat harus punya tepat satu kunci",
        "ko": "조건 매핑에는 키가 정확히 하나 있어야 합니다", "fi": "ehtokuvauksessa pitää olla tasan yksi avain"},
    "engine.signs_at_least_id": {
        "en": "'signs_at_least' takes a threshold id", "id": "'signs_at_least' menerima id ambang",
        "ko": "'signs_at_least'에는 기준값 id를 써야 합니다", "fi": "'signs_at_least' ottaa kynnysarvon tunnisteen"},
    "engine.match_shape": {
        "en": "'{kind}' takes an id, a list of ids or a mapping", "id": "'{kind}' menerima id, daftar id, atau pemetaan",
        "ko": "'{kind}'에는 id, id 목록 또는 매핑을 써야 합니다",
        "fi": "'{kind}' ottaa tunnisteen, tunnisteluettelon tai kuvauksen"},
    "engine.match_values": {
        "en": "'{kind}.{name}' must be a value or a list of values", "id": "'{kind}.{name}' harus berupa nilai atau daftar nilai",
        "ko": "'{kind}.{name}'은(는) 값 또는 값 목록이어야 합니다", "fi": "'{kind}.{name}': pitää olla arvo tai arvoluettelo"},
    "engine.then_one": {
        "en": "'then' needs exactly one of {choices}", "id": "'then' memerlukan tepat satu dari {choices}",
        "ko": "'then'에는 {choices} 중 정확히 하나가 필요합니다", "fi": "'then' tarvitsee tasan yhden näistä: {choices}"},
    "engine.then_single": {
        "en": "'then.{name}' must be a single value", "id": "'then.{name}' harus berupa satu nilai",
        "ko": "'then.{name}'은(는) 값 하나여야 합니다", "fi": "'then.{name}': pitää olla yksi arvo"},
}

_VALIDATE: dict[str, dict[str, str]] = {
    "engine.duplicate_rule": {
        "en": "duplicate rule id '{name}' (first at {first})", "id": "id aturan '{name}' ganda (pertama di {first})",
        "ko": "규칙 id '{name}'이(가) 중복됩니다(처음 위치: {first})",
        "fi": "säännön tunniste '{name}' kahdesti (ensin kohdassa {first})"},
    "engine.no_verdicts": {
        "en": "no verdicts defined", "id": "tidak ada keputusan yang didefinisikan", "ko": "정의된 판정이 없습니다",
        "fi": "ratkaisuja ei ole määritelty"},
    "engine.no_strengths": {
        "en": "no strengths defined", "id": "tidak ada kekuatan yang didefinisikan", "ko": "정의된 근거 강도가 없습니다",
        "fi": "vahvuuksia ei ole määritelty"},
    "engine.passing": {
        "en": "'passing' must be one of {choices}, not '{raw}'", "id": "'passing' harus salah satu dari {choices}, bukan '{raw}'",
        "ko": "'passing'은(는) {choices} 중 하나여야 합니다(받은 값: '{raw}')",
        "fi": "'passing': pitää olla jokin näistä: {choices}, ei '{raw}'"},
    "engine.notice_level": {
        "en": "notice level must be one of {choices}, not '{raw}'",
        "id": "tingkat pemberitahuan harus salah satu dari {choices}, bukan '{raw}'",
        "ko": "알림 수준은 {choices} 중 하나여야 합니다(받은 값: '{raw}')",
        "fi": "huomautuksen tason pitää olla jokin näistä: {choices}, ei '{raw}'"},
    "engine.guidance_kind": {
        "en": "guidance kind must be 'do' or 'dont', not '{raw}'", "id": "jenis panduan harus 'do' atau 'dont', bukan '{raw}'",
        "ko": "안내의 종류는 'do' 또는 'dont'여야 합니다(받은 값: '{raw}')",
        "fi": "ohjeen lajin pitää olla 'do' tai 'dont', ei '{raw}'"},
    "engine.formula_unknown_fact": {
        "en": "unknown fact '{name}' in formula", "id": "fakta '{name}' dalam rumus tidak dikenal",
        "ko": "수식에 알 수 없는 사실 '{name}'이(가) 있습니다", "fi": "tuntematon tieto '{name}' kaavassa"},
    "engine.threshold_and_fact": {
        "en": "'{name}' is both a threshold and a fact", "id": "'{name}' adalah ambang sekaligus fakta",
        "ko": "'{name}'은(는) 기준값이면서 사실이기도 합니다", "fi": "'{name}' on sekä kynnysarvo että tieto"},
    "engine.cannot_compare": {
        "en": "cannot compare '{fact}' ({type}) with '{name}' ({other})",
        "id": "'{fact}' ({type}) tidak dapat dibandingkan dengan '{name}' ({other})",
        "ko": "'{fact}'({type})와(과) '{name}'({other})은(는) 비교할 수 없습니다",
        "fi": "tietoa '{fact}' ({type}) ei voi verrata tietoon '{name}' ({other})"},
    "engine.or_unknown_two_facts": {
        "en": "'or unknown' cannot be used with '{op}' between two facts",
        "id": "'or unknown' tidak dapat dipakai dengan '{op}' di antara dua fakta",
        "ko": "두 사실 사이의 '{op}'에는 'or unknown'을 쓸 수 없습니다",
        "fi": "'or unknown' ei käy operaattorin '{op}' kanssa kahden tiedon välillä"},
    "engine.bool_compare": {
        "en": "'{fact}' is a yes/no fact: compare it with '== true' or '!= false'",
        "id": "'{fact}' adalah fakta ya/tidak: bandingkan dengan '== true' atau '!= false'",
        "ko": "'{fact}'은(는) 예/아니요 사실입니다. '== true' 또는 '!= false'로 비교하십시오",
        "fi": "'{fact}' on kyllä/ei-tieto: vertaa sitä näin: '== true' tai '!= false'"},
    "engine.number_compare": {
        "en": "'{fact}' is a {type}: compare it with a number or threshold",
        "id": "'{fact}' bertipe {type}: bandingkan dengan angka atau ambang",
        "ko": "'{fact}'의 유형은 {type}입니다. 숫자나 기준값과 비교하십시오",
        "fi": "'{fact}' on tyyppiä {type}: vertaa sitä lukuun tai kynnysarvoon"},
    "engine.not_comparable": {
        "en": "'{fact}' is a {type} fact and cannot be compared in a rule",
        "id": "'{fact}' adalah fakta bertipe {type} dan tidak dapat dibandingkan dalam aturan",
        "ko": "'{fact}'은(는) 유형이 {type}인 사실이라 규칙에서 비교할 수 없습니다",
        "fi": "'{fact}' on {type}-tyyppinen tieto, eikä sitä voi verrata säännössä"},
    "engine.conclusion_kind": {
        "en": "unknown conclusion kind '{name}'", "id": "jenis kesimpulan '{name}' tidak dikenal",
        "ko": "알 수 없는 결론 종류 '{name}'", "fi": "tuntematon päätelmän laji '{name}'"},
    "engine.layer": {
        "en": "a rule in layer '{layer}' cannot look at {kind}s (they come later)",
        "id": "aturan di lapisan '{layer}' tidak dapat melihat {kind} (yang ditentukan belakangan)",
        "ko": "계층 '{layer}'의 규칙은 {kind}을(를) 볼 수 없습니다(나중 계층에서 정해집니다)",
        "fi": "kerroksen '{layer}' sääntö ei voi katsoa myöhemmin tulevia kohteita ({kind})"},
    "engine.match_attr": {
        "en": "unknown {kind} attribute '{name}'", "id": "atribut {kind} '{name}' tidak dikenal",
        "ko": "알 수 없는 {kind} 속성 '{name}'", "fi": "tuntematon {kind}-ominaisuus '{name}'"},
    "engine.match_value": {
        "en": "unknown {kind} {attr} '{value}'", "id": "{kind} {attr} '{value}' tidak dikenal",
        "ko": "알 수 없는 {kind} {attr} 값 '{value}'", "fi": "tuntematon {kind}: {attr} '{value}'"},
    "engine.signs_at_least": {
        "en": "threshold '{name}' must be a whole number from 1 to {most} to count signs, not {value}",
        "id": "ambang '{name}' harus bilangan bulat 1 sampai {most} untuk menghitung tanda, bukan {value}",
        "ko": "신호 개수를 세는 기준값 '{name}'은(는) 1부터 {most}까지의 정수여야 합니다(받은 값: {value})",
        "fi": "kynnysarvon '{name}' pitää olla kokonaisluku 1–{most} merkkien laskemiseen, ei {value}"},
    "engine.then_attr": {
        "en": "unknown attribute '{name}' for a {kind}", "id": "atribut '{name}' untuk {kind} tidak dikenal",
        "ko": "{kind}에 알 수 없는 속성 '{name}'이(가) 있습니다", "fi": "tuntematon ominaisuus '{name}' ({kind})"},
    "engine.then_value": {
        "en": "unknown {attr} '{value}'", "id": "{attr} '{value}' tidak dikenal", "ko": "알 수 없는 {attr} 값 '{value}'",
        "fi": "tuntematon {attr} '{value}'"},
    "engine.verdict_strength": {
        "en": "a verdict rule needs a 'strength'", "id": "aturan keputusan memerlukan 'strength'",
        "ko": "판정 규칙에는 'strength'가 필요합니다", "fi": "ratkaisusääntö tarvitsee 'strength'-arvon"},
}

_VALUES: dict[str, dict[str, str]] = {
    "engine.threshold_range": {
        "en": "threshold '{name}' must be a finite number between -{most:g} and {most:g}, not {value}",
        "id": "ambang '{name}' harus angka terhingga antara -{most:g} dan {most:g}, bukan {value}",
        "ko": "기준값 '{name}'은(는) -{most:g}부터 {most:g}까지의 유한한 숫자여야 합니다(받은 값: {value})",
        "fi": "kynnysarvon '{name}' pitää olla äärellinen luku väliltä -{most:g}–{most:g}, ei {value}"},
    "engine.number_range": {
        "en": "the number in '{condition}' must be finite and between -{most:g} and {most:g}",
        "id": "angka dalam '{condition}' harus terhingga dan di antara -{most:g} dan {most:g}",
        "ko": "'{condition}'의 숫자는 -{most:g}부터 {most:g}까지의 유한한 값이어야 합니다",
        "fi": "ehdon '{condition}' luvun pitää olla äärellinen ja väliltä -{most:g}–{most:g}"},
    "engine.threshold_decides": {
        "en": "threshold '{name}' is {value}, but '{fact}' ({type}) is always between {low:g} and {high:g}: "
              "'{condition}' would be decided by the number alone",
        "id": "ambang '{name}' bernilai {value}, padahal '{fact}' ({type}) selalu di antara {low:g} dan {high:g}: "
              "'{condition}' akan ditentukan oleh angka itu saja",
        "ko": "기준값 '{name}'은(는) {value}이지만 '{fact}'({type})은(는) 항상 {low:g}부터 {high:g} 사이입니다. "
              "'{condition}'은(는) 숫자만으로 결정됩니다",
        "fi": "kynnysarvo '{name}' on {value}, mutta '{fact}' ({type}) on aina välillä {low:g}–{high:g}: "
              "ehdon '{condition}' ratkaisisi pelkkä luku"},
    "engine.number_decides": {
        "en": "the number {value}, but '{fact}' ({type}) is always between {low:g} and {high:g}: "
              "'{condition}' would be decided by the number alone",
        "id": "angka {value}, padahal '{fact}' ({type}) selalu di antara {low:g} dan {high:g}: "
              "'{condition}' akan ditentukan oleh angka itu saja",
        "ko": "숫자는 {value}이지만 '{fact}'({type})은(는) 항상 {low:g}부터 {high:g} 사이입니다. "
              "'{condition}'은(는) 숫자만으로 결정됩니다",
        "fi": "luku {value}, mutta '{fact}' ({type}) on aina välillä {low:g}–{high:g}: "
              "ehdon '{condition}' ratkaisisi pelkkä luku"},
}

_RUN: dict[str, dict[str, str]] = {
    "engine.no_single_verdict": {
        "en": "the rules reached no single verdict (is a rule for 'keep' missing?)",
        "id": "aturan tidak menghasilkan satu keputusan (apakah aturan untuk 'keep' hilang?)",
        "ko": "규칙이 하나의 판정에 이르지 못했습니다('keep' 규칙이 빠졌습니까?)",
        "fi": "säännöt eivät päätyneet yhteen ratkaisuun (puuttuuko sääntö 'keep'?)"},
    "engine.reserved_ids": {
        "en": "rule ids starting with '{prefix}' are reserved", "id": "id aturan yang diawali '{prefix}' sudah dicadangkan",
        "ko": "'{prefix}'(으)로 시작하는 규칙 id는 예약되어 있습니다", "fi": "'{prefix}'-alkuiset säännön tunnisteet on varattu"},
    "engine.only_missing": {
        "en": "a condition that only tests for a missing fact cannot run",
        "id": "syarat yang hanya menguji fakta yang tidak ada tidak dapat dijalankan",
        "ko": "없는 사실만 검사하는 조건은 실행할 수 없습니다", "fi": "ehtoa, joka testaa vain puuttuvaa tietoa, ei voi ajaa"},
    "engine.build_seconds": {
        "en": "CLIENTFIRE_BUILD_SECONDS must be a positive number of seconds, not '{raw}'",
        "id": "CLIENTFIRE_BUILD_SECONDS harus berupa jumlah detik positif, bukan '{raw}'",
        "ko": "CLIENTFIRE_BUILD_SECONDS는 양수인 초 단위 숫자여야 합니다(받은 값: '{raw}')",
        "fi": "CLIENTFIRE_BUILD_SECONDS: pitää olla positiivinen sekuntimäärä, ei '{raw}'"},
    "engine.build_timeout": {
        "en": "durable_rules did not finish building the rules in {limit} s (`clientfire check` names the limit they pass)",
        "id": "durable_rules tidak selesai membangun aturan dalam {limit} dtk (`clientfire check` menyebut batas yang dilampaui)",
        "ko": "durable_rules가 {limit}초 안에 규칙을 만들지 못했습니다(`clientfire check`가 넘어선 한도를 알려 줍니다)",
        "fi": "durable_rules ei saanut sääntöjä rakennettua {limit} sekunnissa (`clientfire check` kertoo ylitetyn rajan)"},
}

_FORMULA: dict[str, dict[str, str]] = {
    "formula.too_long": {
        "en": "formula is too long ({count:plural:character|characters}, the limit is {most})",
        "id": "rumus terlalu panjang ({count} karakter, batasnya {most})",
        "ko": "수식이 너무 깁니다({count}자, 한도 {most}자)",
        "fi": "kaava on liian pitkä ({count:plural:merkki|merkkiä}, raja on {most})"},
    "formula.unreadable": {
        "en": "cannot read formula '{formula}'", "id": "rumus '{formula}' tidak dapat dibaca",
        "ko": "수식 '{formula}'을(를) 읽을 수 없습니다", "fi": "kaavaa '{formula}' ei voi lukea"},
    "formula.calls": {
        "en": "only days_until(<date fact>), max(a, b, ...) and min(a, b, ...) may be called in '{formula}'",
        "id": "hanya days_until(<fakta tanggal>), max(a, b, ...) dan min(a, b, ...) yang boleh dipanggil di '{formula}'",
        "ko": "'{formula}'에서는 days_until(<날짜 사실>), max(a, b, ...), min(a, b, ...)만 호출할 수 있습니다",
        "fi": "kaavassa '{formula}' saa kutsua vain days_until(<päivämäärätieto>), max(a, b, ...) ja min(a, b, ...)"},
    "formula.not_allowed": {
        "en": "'{node}' is not allowed in formula '{formula}'", "id": "'{node}' tidak diizinkan dalam rumus '{formula}'",
        "ko": "수식 '{formula}'에는 '{node}'을(를) 쓸 수 없습니다", "fi": "'{node}' ei ole sallittu kaavassa '{formula}'"},
    "formula.numbers_only": {
        "en": "only numbers may appear in formula '{formula}'", "id": "hanya angka yang boleh muncul dalam rumus '{formula}'",
        "ko": "수식 '{formula}'에는 숫자만 쓸 수 있습니다", "fi": "kaavassa '{formula}' saa olla vain lukuja"},
    "formula.unknown_name": {
        "en": "unknown name '{name}' in formula '{formula}'", "id": "nama '{name}' dalam rumus '{formula}' tidak dikenal",
        "ko": "수식 '{formula}'에 알 수 없는 이름 '{name}'이(가) 있습니다", "fi": "tuntematon nimi '{name}' kaavassa '{formula}'"},
    "formula.days_until_no_fact": {
        "en": "days_until() takes a date fact, not something that is no fact, in formula '{formula}'",
        "id": "days_until() menerima fakta tanggal, bukan sesuatu yang bukan fakta, dalam rumus '{formula}'",
        "ko": "수식 '{formula}'에서 days_until()에는 사실이 아닌 것이 아니라 날짜 사실을 넣어야 합니다",
        "fi": "days_until() ottaa päivämäärätiedon, ei jotain, mikä ei ole tieto, kaavassa '{formula}'"},
    "formula.days_until_type": {
        "en": "days_until() takes a date fact, not '{name}' ({type}), in formula '{formula}'",
        "id": "days_until() menerima fakta tanggal, bukan '{name}' ({type}), dalam rumus '{formula}'",
        "ko": "수식 '{formula}'에서 days_until()에는 '{name}'({type})이 아니라 날짜 사실을 넣어야 합니다",
        "fi": "days_until() ottaa päivämäärätiedon, ei tietoa '{name}' ({type}), kaavassa '{formula}'"},
    "formula.days_until": {
        "en": "days_until() takes a date fact", "id": "days_until() menerima fakta tanggal",
        "ko": "days_until()에는 날짜 사실을 넣어야 합니다", "fi": "days_until() ottaa päivämäärätiedon"},
    "formula.arithmetic": {
        "en": "'{name}' is a {type} fact and cannot be used in arithmetic, in formula '{formula}' (dates go through days_until())",
        "id": "'{name}' adalah fakta bertipe {type} dan tidak dapat dipakai dalam aritmetika, dalam rumus '{formula}' "
              "(tanggal lewat days_until())",
        "ko": "'{name}'은(는) 유형이 {type}인 사실이라 수식 '{formula}'의 계산에 쓸 수 없습니다"
              "(날짜는 days_until()을 거쳐야 합니다)",
        "fi": "'{name}' on {type}-tyyppinen tieto, eikä sitä voi käyttää laskutoimituksessa kaavassa '{formula}' "
              "(päivämäärät kulkevat days_until()-funktion kautta)"},
}

ENGINE_MESSAGES: dict[str, dict[str, str]] = {**_LOAD, **_VALIDATE, **_VALUES, **_RUN, **_FORMULA}
