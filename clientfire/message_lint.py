"""Message templates of `clientfire check`: lint over the rule network (engine/lint*.py)."""

from __future__ import annotations

__all__ = ["LINT_MESSAGES", "KIND_CODES"]

#: the kinds of knowledge a lint message names, English word -> its code
KIND_CODES = {"source": "kind.source", "article section": "kind.section", "remedy": "kind.remedy", "fact": "kind.fact",
              "threshold or fact": "kind.threshold_or_fact", "threshold": "kind.threshold", "sign": "kind.sign",
              "verdict": "kind.verdict", "guidance": "kind.guidance", "prevention": "kind.prevention",
              "notice": "kind.notice", "rule": "kind.rule", "strength": "kind.strength", "stage": "kind.stage",
              "degree": "kind.degree", "fact type": "kind.fact_type"}

LINT_MESSAGES: dict[str, dict[str, str]] = {
    "kind.source": {"en": "source", "id": "sumber", "ko": "출처", "fi": "lähde"},
    "kind.section": {"en": "article section", "id": "bagian artikel", "ko": "글의 절", "fi": "artikkelin osio"},
    "kind.remedy": {"en": "remedy", "id": "perbaikan", "ko": "해결책", "fi": "korjauskeino"},
    "kind.fact": {"en": "fact", "id": "fakta", "ko": "사실", "fi": "tieto"},
    "kind.threshold_or_fact": {"en": "threshold or fact", "id": "ambang atau fakta", "ko": "기준값 또는 사실",
                               "fi": "kynnysarvo tai tieto"},
    "kind.threshold": {"en": "threshold", "id": "ambang", "ko": "기준값", "fi": "kynnysarvo"},
    "kind.sign": {"en": "sign", "id": "tanda", "ko": "신호", "fi": "merkki"},
    "kind.verdict": {"en": "verdict", "id": "keputusan", "ko": "판정", "fi": "ratkaisu"},
    "kind.guidance": {"en": "guidance", "id": "panduan", "ko": "안내", "fi": "ohje"},
    "kind.prevention": {"en": "prevention", "id": "pencegahan", "ko": "예방책", "fi": "ennaltaehkäisy"},
    "kind.notice": {"en": "notice", "id": "pemberitahuan", "ko": "알림", "fi": "huomautus"},
    "kind.rule": {"en": "rule", "id": "aturan", "ko": "규칙", "fi": "sääntö"},
    "kind.strength": {"en": "strength", "id": "kekuatan", "ko": "근거 강도", "fi": "vahvuus"},
    "kind.stage": {"en": "stage", "id": "tahap", "ko": "단계", "fi": "vaihe"},
    "kind.degree": {"en": "degree", "id": "tingkat", "ko": "정도", "fi": "aste"},
    "kind.fact_type": {"en": "fact type", "id": "jenis fakta", "ko": "사실 유형", "fi": "tiedon tyyppi"},
    "lint.unknown": {
        "en": "unknown {kind} '{name}'", "id": "{kind} '{name}' tidak dikenal",
        "ko": "알 수 없는 {kind} '{name}'", "fi": "tuntematon {kind} '{name}'"},
    "lint.duplicate": {
        "en": "duplicate {kind} id '{name}' (first at {first})",
        "id": "id {kind} '{name}' ganda (pertama di {first})",
        "ko": "{kind} id '{name}'이(가) 중복됩니다(처음 위치: {first})",
        "fi": "{kind}-tunnus '{name}' toistuu (ensimmäinen kohdassa {first})"},
    "validate.duplicate": {
        "en": "duplicate {kind} id '{name}'", "id": "id {kind} '{name}' ganda", "ko": "{kind} id '{name}'이(가) 중복됩니다",
        "fi": "{kind}-tunnus '{name}' toistuu"},
    "lint.rule_no_source": {
        "en": "rule has no source", "id": "aturan ini tidak punya sumber",
        "ko": "규칙에 출처가 없습니다", "fi": "säännöllä ei ole lähdettä"},
    "lint.rule_no_text": {
        "en": "rule has no text", "id": "aturan ini tidak punya teks",
        "ko": "규칙에 설명 텍스트가 없습니다", "fi": "säännöllä ei ole tekstiä"},
    "lint.item_no_source": {
        "en": "{kind} '{name}' has no source", "id": "{kind} '{name}' tidak punya sumber",
        "ko": "{kind} '{name}'에 출처가 없습니다", "fi": "kohteella {kind} '{name}' ei ole lähdettä"},
    "lint.nex_only": {
        "en": "every condition also holds when its fact is missing ('or unknown'), so the rule fires for a client "
              "about whom nothing is known",
        "id": "setiap syarat juga terpenuhi bila faktanya tidak ada ('or unknown'), jadi aturan ini terpicu untuk "
              "klien yang sama sekali belum diketahui apa-apanya",
        "ko": "모든 조건이 사실이 없을 때에도('or unknown') 성립하므로, 아무것도 알려지지 않은 클라이언트에게도 "
              "이 규칙이 발동합니다",
        "fi": "jokainen ehto pätee myös, kun sen tieto puuttuu ('or unknown'), joten sääntö laukeaa asiakkaalle, "
              "josta ei tiedetä mitään"},
    "lint.never_fires": {
        "en": "rule can never fire: {reason}", "id": "aturan ini tidak akan pernah terpicu: {reason}",
        "ko": "이 규칙은 절대 발동할 수 없습니다: {reason}", "fi": "sääntö ei voi koskaan laueta: {reason}"},
    "lint.needs": {
        "en": "it needs {condition}, which no rule that can fire concludes",
        "id": "aturan ini memerlukan {condition}, padahal tidak ada aturan yang dapat terpicu yang menyimpulkannya",
        "ko": "{condition} 조건이 필요한데, 발동할 수 있는 규칙 중 이를 결론으로 내리는 규칙이 없습니다",
        "fi": "se tarvitsee ehdon {condition}, mutta mikään laukeava sääntö ei päädy siihen"},
    "lint.never_together": {
        "en": "its conditions can never hold together", "id": "syarat-syaratnya tidak pernah bisa terpenuhi bersamaan",
        "ko": "조건들이 동시에 성립할 수 없습니다", "fi": "sen ehdot eivät voi koskaan päteä yhtä aikaa"},
    "lint.contradiction": {
        "en": "conditions on '{fact}' can never all hold: {shown}",
        "id": "syarat-syarat pada '{fact}' tidak pernah bisa terpenuhi semuanya: {shown}",
        "ko": "'{fact}'에 대한 조건들이 모두 성립할 수는 없습니다: {shown}",
        "fi": "tiedon '{fact}' ehdot eivät voi koskaan päteä kaikki: {shown}"},
    "lint.only_while_unknown": {
        "en": "rule fires only while '{fact}' is unknown, and knowing it either way stops it: {shown}",
        "id": "aturan ini hanya terpicu selama '{fact}' belum diketahui, dan begitu nilainya diketahui aturan ini "
              "berhenti: {shown}",
        "ko": "이 규칙은 '{fact}'이(가) 미확인일 때만 발동하고, 값이 어느 쪽으로든 확인되면 발동하지 않습니다: {shown}",
        "fi": "sääntö laukeaa vain, kun '{fact}' on tuntematon, ja sen tunteminen kumpaan suuntaan tahansa estää "
              "sen: {shown}"},
    "lint.always_holds": {
        "en": "condition '{condition}' holds for every value of '{fact}', known or not: it decides nothing",
        "id": "syarat '{condition}' terpenuhi untuk setiap nilai '{fact}', diketahui atau tidak: syarat ini tidak "
              "menentukan apa pun",
        "ko": "조건 '{condition}'은(는) '{fact}'의 값이 무엇이든(확인 여부와 관계없이) 성립하므로 아무것도 가르지 "
              "못합니다",
        "fi": "ehto '{condition}' pätee tiedon '{fact}' jokaisella arvolla, tunnettuna tai ei: se ei ratkaise mitään"},
    "lint.unreachable": {
        "en": "no rule that can fire concludes {kind} '{name}'",
        "id": "tidak ada aturan yang dapat terpicu yang menyimpulkan {kind} '{name}'",
        "ko": "발동할 수 있는 규칙 중 {kind} '{name}'을(를) 결론으로 내리는 규칙이 없습니다",
        "fi": "mikään laukeava sääntö ei päädy kohteeseen {kind} '{name}'"},
    "lint.unconsumed": {
        "en": "sign '{name}' is concluded but no verdict or advice rule looks at it (with the degrees it is "
              "concluded with)",
        "id": "tanda '{name}' disimpulkan, tetapi tidak ada aturan keputusan atau saran yang memperhatikannya "
              "(dengan tingkat yang disimpulkan)",
        "ko": "신호 '{name}'은(는) 결론으로 나오지만, 그 정도(결론으로 나오는 정도)로 이를 살피는 판정 규칙이나 "
              "조언 규칙이 없습니다",
        "fi": "merkkiin '{name}' päädytään, mutta mikään ratkaisu- tai neuvosääntö ei katso sitä (niillä "
              "asteilla, joilla siihen päädytään)"},
    "lint.unused_threshold": {
        "en": "threshold '{name}' is used by no rule", "id": "ambang '{name}' tidak dipakai aturan mana pun",
        "ko": "기준값 '{name}'을(를) 쓰는 규칙이 없습니다", "fi": "mikään sääntö ei käytä kynnysarvoa '{name}'"},
    "lint.cycle": {
        "en": "rule cycle: {shown}", "id": "siklus aturan: {shown}", "ko": "규칙 순환: {shown}",
        "fi": "sääntökehä: {shown}"},
    "lint.refused": {
        "en": "{first} (`clientfire check` lists them)", "id": "{first} (`clientfire check` mencantumkan semuanya)",
        "ko": "{first}(`clientfire check`로 모두 볼 수 있습니다)", "fi": "{first} (`clientfire check` luettelee ne)"},
    "lint.refused_more": {
        "en": "{first} and {more} more (`clientfire check` lists them)",
        "id": "{first} dan {more} lainnya (`clientfire check` mencantumkan semuanya)",
        "ko": "{first} 외 {more}건(`clientfire check`로 모두 볼 수 있습니다)",
        "fi": "{first} ja {more:plural:muu|muuta} (`clientfire check` luettelee ne)"},
    "lint.no_translation": {
        "en": "'{what}' has no translation: {langs}", "id": "'{what}' belum diterjemahkan: {langs}",
        "ko": "'{what}'에 번역이 없습니다: {langs}", "fi": "'{what}': ei käännöstä kielille {langs}"},
    "lint.no_translation_of": {
        "en": "'{what} '{text}'' has no translation: {langs}", "id": "{what} '{text}' belum diterjemahkan: {langs}",
        "ko": "{what} '{text}'에 번역이 없습니다: {langs}", "fi": "{what} '{text}': ei käännöstä kielille {langs}"},
    "what.interface": {"en": "interface string", "id": "teks antarmuka", "ko": "인터페이스 문구",
                       "fi": "käyttöliittymän teksti"},
    "what.message": {"en": "message template", "id": "templat pesan", "ko": "메시지 템플릿", "fi": "viestipohja"},
    # --- durable_rules' limits (engine/lint_limits.py) ---------------------------------------------------
    "limit.over": {
        "en": "durable_rules cannot run this: {count} {what} (its limit is {limit}), from rules {rules}",
        "id": "durable_rules tidak dapat menjalankan ini: {count} {what} (batasnya {limit}), dari aturan {rules}",
        "ko": "durable_rules로 실행할 수 없습니다: {what} {count}개(한도 {limit}개), 관련 규칙: {rules}",
        "fi": "durable_rules ei pysty ajamaan tätä: {count} {what} (raja on {limit}), säännöistä {rules}"},
    "limit.more": {"en": "{rules} and {more} more", "id": "{rules} dan {more} lainnya", "ko": "{rules} 외 {more}개",
                   "fi": "{rules} ja {more:plural:muu|muuta}"},
    "limit.keys": {
        "en": "durable_rules cannot run this: the client fact would carry {keys:plural:key|keys} (its limit is {limit}): use fewer "
              "facts",
        "id": "durable_rules tidak dapat menjalankan ini: fakta klien akan membawa {keys} kunci (batasnya {limit}): "
              "gunakan lebih sedikit fakta",
        "ko": "durable_rules로 실행할 수 없습니다: 클라이언트 사실의 키가 {keys}개가 됩니다(한도 {limit}개). 사실 수를 "
              "줄이십시오",
        "fi": "durable_rules ei pysty ajamaan tätä: asiakastiedossa olisi {keys:plural:avain|avainta} (raja on {limit}): käytä "
              "vähemmän tietoja"},
    "limit.tests": {"en": "tests under one node of the rule network", "id": "uji di bawah satu simpul jaringan aturan",
                    "ko": "규칙 네트워크의 한 노드 아래 검사", "fi": "testiä sääntöverkon yhden solmun alla"},
    "limit.patterns": {"en": "conditions ending at one node of the rule network",
                       "id": "syarat yang berakhir di satu simpul jaringan aturan",
                       "ko": "규칙 네트워크의 한 노드에서 끝나는 조건", "fi": "ehtoa, jotka päättyvät sääntöverkon yhteen solmuun"},
    "limit.absent": {"en": "'missing' tests and 'or' branches under one node of the rule network",
                     "id": "uji 'missing' dan cabang 'or' di bawah satu simpul jaringan aturan",
                     "ko": "규칙 네트워크의 한 노드 아래 'missing' 검사와 'or' 분기",
                     "fi": "'missing'-testiä ja 'or'-haaraa sääntöverkon yhden solmun alla"},
    "limit.stack": {"en": "network nodes that one fact can reach at once",
                    "id": "simpul jaringan yang dapat dicapai satu fakta sekaligus",
                    "ko": "한 사실이 한꺼번에 닿을 수 있는 네트워크 노드", "fi": "verkon solmua, joihin yksi tieto yltää kerralla"},
    "limit.expressions": {"en": "engine expressions in one pattern ('and', 'or' and fact-to-fact tests)",
                          "id": "ekspresi mesin dalam satu pola ('and', 'or', dan uji antarfakta)",
                          "ko": "한 패턴 안의 엔진 표현식('and', 'or', 사실 간 비교)",
                          "fi": "moottorin lauseketta yhdessä kuviossa ('and', 'or' ja tietojen väliset testit)"},
}
