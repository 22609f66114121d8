"""Interface words of check, test, audit list, batch, knowledge diff, template, facts and report per language
(merged into LABELS)."""

from __future__ import annotations

__all__ = ["COMMAND_WORDS"]

#: English text (with {placeholders}) -> {lang: text}; the English text itself is what the commands print
COMMAND_WORDS: dict[str, dict[str, str]] = {
    # --- check -------------------------------------------------------------------------------------------
    "check: {errors:plural:error|errors}, {warnings:plural:warning|warnings} ({where}; {what})": {
        "id": "pemeriksaan: {errors} galat, {warnings} peringatan ({where}; {what})",
        "ko": "검사: 오류 {errors}건, 경고 {warnings}건 ({where}; {what})",
        "fi": "tarkistus: {errors:plural:virhe|virhettä}, {warnings:plural:varoitus|varoitusta} ({where}; {what})"},
    "knowledge {version}, {rules:plural:rule|rules}": {"id": "pengetahuan {version}, {rules} aturan",
                                           "ko": "지식 {version}, 규칙 {rules}개",
                                           "fi": "tietokanta {version}, {rules:plural:sääntö|sääntöä}"},
    "not loaded": {"id": "tidak termuat", "ko": "읽지 못함", "fi": "ei ladattu"},
    # --- test ------------------------------------------------------------------------------------------------
    "knowledge: {where}": {"id": "pengetahuan: {where}", "ko": "지식: {where}", "fi": "tietokanta: {where}"},
    "the bundled knowledge": {"id": "pengetahuan bawaan", "ko": "기본 제공 지식", "fi": "mukana tuleva tietokanta"},
    "the knowledge named": {"id": "pengetahuan yang disebut", "ko": "지정한 지식", "fi": "nimetty tietokanta"},
    "the knowledge folder named": {"id": "folder pengetahuan yang disebut", "ko": "지정한 지식 폴더",
                                   "fi": "nimetty tietokantakansio"},
    "the knowledge named with --knowledge": {"id": "pengetahuan yang disebut dengan --knowledge",
                                             "ko": "--knowledge로 지정한 지식",
                                             "fi": "--knowledge-valitsimella nimetty tietokanta"},
    "the knowledge folder these scenarios are in": {"id": "folder pengetahuan tempat skenario ini berada",
                                                    "ko": "이 시나리오가 들어 있는 지식 폴더",
                                                    "fi": "tietokantakansio, jossa nämä skenaariot ovat"},
    "the bundled knowledge (name another with --knowledge)": {
        "id": "pengetahuan bawaan (sebut yang lain dengan --knowledge)",
        "ko": "기본 제공 지식 (다른 지식은 --knowledge로 지정)",
        "fi": "mukana tuleva tietokanta (nimeä toinen --knowledge-valitsimella)"},
    "PASS": {"id": "LULUS", "ko": "통과", "fi": "OK"},
    "FAIL": {"id": "GAGAL", "ko": "실패", "fi": "VIRHE"},
    "{passed} passed, {failed} failed ({count:plural:scenario|scenarios}, knowledge {version})": {
        "id": "{passed} lulus, {failed} gagal ({count} skenario, pengetahuan {version})",
        "ko": "통과 {passed}건, 실패 {failed}건 (시나리오 {count}개, 지식 {version})",
        "fi": "{passed} läpi, {failed} epäonnistui ({count:plural:skenaario|skenaariota}, tietokanta {version})"},
    "coverage: {covered}/{total:plural:rule|rules} fired ({percent})": {
        "id": "cakupan: {covered}/{total} aturan terpicu ({percent})",
        "ko": "적용 범위: 규칙 {total}개 중 {covered}개 발동 ({percent})",
        "fi": "kattavuus: {covered}/{total:plural:sääntö|sääntöä} laukesi ({percent})"},
    "not fired: {rule}": {"id": "tidak terpicu: {rule}", "ko": "발동하지 않음: {rule}", "fi": "ei lauennut: {rule}"},
    # --- audit list -----------------------------------------------------------------------------------------
    "no records": {"id": "belum ada catatan", "ko": "기록이 없습니다", "fi": "ei kirjauksia"},
    "({command}, knowledge {version})": {"id": "({command}, pengetahuan {version})", "ko": "({command}, 지식 {version})",
                                         "fi": "({command}, tietokanta {version})"},
    "(erased on request, record {record})": {"id": "(dihapus atas permintaan, catatan {record})",
                                             "ko": "(요청에 따라 삭제됨, 기록 {record})",
                                             "fi": "(poistettu pyynnöstä, kirjaus {record})"},
    # --- batch summary ----------------------------------------------------------------------------------------
    "client": {"id": "klien", "ko": "클라이언트", "fi": "asiakas"},
    "main signs": {"id": "tanda utama", "ko": "주요 신호", "fi": "tärkeimmät merkit"},
    "revenue/month": {"id": "pendapatan/bulan", "ko": "월 매출", "fi": "tulot/kk"},
    "margin/month": {"id": "margin/bulan", "ko": "월 마진", "fi": "kate/kk"},
    "refund owed": {"id": "pengembalian terutang", "ko": "돌려줄 금액", "fi": "palautettava"},
    "(serious) / (mild): how grave the sign is; * after it: the remedy was tried and the sign is still there; "
    "? : not known (the fact was not given); a–b, ≤ b, ≥ a: only bounds are known.": {
        "id": "(serius) / (ringan): seberapa berat tandanya; * di belakangnya: penanganan sudah dicoba dan tandanya "
              "masih ada; ? : tidak diketahui (faktanya tidak diisi); a–b, ≤ b, ≥ a: hanya batasnya yang diketahui.",
        "ko": "(심각함) / (가벼움): 신호의 무게, 뒤의 *: 해결책을 시도했지만 신호가 그대로임, ? : 알 수 없음(사실이 "
              "입력되지 않음), a–b, ≤ b, ≥ a: 범위만 알려짐.",
        "fi": "(vakava) / (lievä): kuinka vakava merkki on; * perässä: korjausta on yritetty ja merkki on yhä; "
              "? : ei tiedossa (tietoa ei annettu); a–b, ≤ b, ≥ a: vain rajat tiedetään."},
    "serious / mild: how grave the sign is; remedy tried: the remedy was tried and the sign is still there; "
    "? : not known (the fact was not given); a–b, ≤ b, ≥ a: only bounds are known.": {
        "id": "serius / ringan: seberapa berat tandanya; sudah dicoba diperbaiki: penanganan sudah dicoba dan "
              "tandanya masih ada; ? : tidak diketahui (faktanya tidak diisi); a–b, ≤ b, ≥ a: hanya batasnya yang "
              "diketahui.",
        "ko": "심각함 / 가벼움: 신호의 무게, 해결 시도 후에도 지속: 해결책을 시도했지만 신호가 그대로임, ? : 알 수 없음(사실이 "
              "입력되지 않음), a–b, ≤ b, ≥ a: 범위만 알려짐.",
        "fi": "vakava / lievä: kuinka vakava merkki on; korjausta jo yritetty: korjausta on yritetty ja merkki on yhä; "
              "? : ei tiedossa (tietoa ei annettu); a–b, ≤ b, ≥ a: vain rajat tiedetään."},
    "Worst first: verdict, strength, then serious signs, signs whose remedy failed, and the number of signs.": {
        "id": "Yang terburuk lebih dulu: keputusan, kekuatan, lalu tanda serius, tanda yang penanganannya gagal, "
              "dan jumlah tanda.",
        "ko": "가장 나쁜 경우부터: 판정, 근거 강도, 그다음 심각한 신호, 해결책이 실패한 신호, 신호의 수 순서입니다.",
        "fi": "Pahin ensin: ratkaisu, perusteiden vahvuus, sitten vakavat merkit, merkit joiden korjaus "
              "epäonnistui, ja merkkien määrä."},
    "+{count} more": {"id": "+{count} lainnya", "ko": "외 {count}건", "fi": "+{count:plural:muu|muuta}"},
    "{count:plural:client|clients}: {counts}": {"id": "{count} klien: {counts}", "ko": "클라이언트 {count}곳: {counts}",
                                  "fi": "{count:plural:asiakas|asiakasta}: {counts}"},
    "{count:plural:row|row(s)} could not be evaluated:": {"id": "{count} baris tidak bisa dinilai:",
                                               "ko": "평가하지 못한 행 {count}개:",
                                               "fi": "{count:plural:rivi|riviä} ei voitu arvioida:"},
    # --- knowledge diff ------------------------------------------------------------------------------------------
    "knowledge diff: {old} -> {new}": {"id": "perbedaan pengetahuan: {old} -> {new}", "ko": "지식 비교: {old} -> {new}",
                                       "fi": "tietokantojen ero: {old} -> {new}"},
    "rules: {added} added, {removed} removed, {changed} changed": {
        "id": "aturan: {added} ditambah, {removed} dihapus, {changed} diubah",
        "ko": "규칙: 추가 {added}, 삭제 {removed}, 변경 {changed}",
        "fi": "säännöt: {added} lisätty, {removed} poistettu, {changed} muutettu"},
    "thresholds: {added} added, {removed} removed, {changed} changed": {
        "id": "ambang: {added} ditambah, {removed} dihapus, {changed} diubah",
        "ko": "기준값: 추가 {added}, 삭제 {removed}, 변경 {changed}",
        "fi": "kynnysarvot: {added} lisätty, {removed} poistettu, {changed} muutettu"},
    "items and facts: {count} added, removed or changed": {
        "id": "butir dan fakta: {count} ditambah, dihapus atau diubah",
        "ko": "항목과 사실: 추가·삭제·변경 {count}",
        "fi": "kohteet ja tiedot: {count} lisätty, poistettu tai muutettu"},
    "texts: {count} changed": {"id": "teks: {count} diubah", "ko": "문구: 변경 {count}", "fi": "tekstit: {count} muutettu"},
    "clients: {verdicts} of {count} change verdict, {more} more change signs or advice": {
        "id": "klien: {verdicts} dari {count} berubah keputusan, {more} lainnya berubah tanda atau saran",
        "ko": "클라이언트: {count}곳 중 {verdicts}곳의 판정이 바뀜, {more}곳은 신호나 조언이 바뀜",
        "fi": "asiakkaat: {verdicts}/{count} ratkaisu muuttuu, {more} muulla merkit tai neuvot muuttuvat"},
    # --- report ----------------------------------------------------------------------------------------------
    "note": {"id": "catatan", "ko": "참고", "fi": "huomautus"},
    "Graphviz's dot program is not on PATH": {"id": "program dot dari Graphviz tidak ada di PATH",
                                              "ko": "Graphviz의 dot 프로그램이 PATH에 없습니다",
                                              "fi": "Graphvizin dot-ohjelmaa ei löydy PATHista"},
    "the report has no diagram: {why} (install it: apt-get install graphviz)": {
        "id": "laporan tanpa diagram: {why} (pasang dengan: apt-get install graphviz)",
        "ko": "보고서에 도표가 없습니다: {why} (설치: apt-get install graphviz)",
        "fi": "raportissa ei ole kaaviota: {why} (asenna: apt-get install graphviz)"},
    # --- template, facts, report, audit list, check ---------------------------------------------------------
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
    # --- units of facts ----------------------------------------------------------------
    "changes": {"id": "perubahan", "ko": "변경", "fi": "muutokset"},
    "days": {"id": "hari", "ko": "일", "fi": "päivät"},
    "disagreements": {"id": "perselisihan", "ko": "의견 충돌", "fi": "erimielisyydet"},
    "hours": {"id": "jam", "ko": "시간", "fi": "tunnit"},
    "invoices": {"id": "faktur", "ko": "청구서", "fi": "laskut"},
    "messages": {"id": "pesan", "ko": "메시지", "fi": "viestit"},
    "objections": {"id": "keberatan", "ko": "이의", "fi": "vastaväitteet"},
    "requests": {"id": "permintaan", "ko": "요청", "fi": "pyynnöt"},
    "times": {"id": "kali", "ko": "회", "fi": "kertaa"},
    "weeks": {"id": "minggu", "ko": "주", "fi": "viikot"},
}
