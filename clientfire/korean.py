"""Korean particles after a filled-in value: `관계 종료을(를)` -> `관계 종료를`, `아니요(으)로` -> `아니요로`.

A template cannot know whether the value put before a particle ends in a final consonant (batchim), so it writes
both forms, `을(를)`. Once the value is in, the last syllable (or digit, read aloud) decides; after a quote or a
closing bracket the last syllable inside counts. A value that ends in Latin letters keeps both forms, as Korean
software writes them, since how an id is read aloud is not known.
"""

from __future__ import annotations

import re

__all__ = ["PAIRS", "particles", "final_consonant"]

#: both forms as templates write them -> (after a final consonant, after a vowel)
PAIRS: dict[str, tuple[str, str]] = {
    "은(는)": ("은", "는"), "는(은)": ("은", "는"),
    "이(가)": ("이", "가"), "가(이)": ("이", "가"),
    "을(를)": ("을", "를"), "를(을)": ("을", "를"),
    "과(와)": ("과", "와"), "와(과)": ("과", "와"),
    "(으)로": ("으로", "로"),
    "(이)나": ("이나", "나"),
}
#: the final consonant of each digit read aloud (영 일 이 삼 사 오 육 칠 팔 구): 0 = none, 8 = ㄹ
_DIGIT_FINALS = {"0": 21, "1": 8, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1, "7": 8, "8": 8, "9": 0}
#: a number ending in zeros is read by its place: 십 (ㅂ), 백 (ㄱ), 천 (ㄴ), 만 (ㄴ)
_PLACE_FINALS = {1: 17, 2: 1, 3: 4, 4: 4}
_RIEUL = 8  # ㄹ: takes 로, not 으로
_CLOSERS = "'\")]’”"
_PATTERN = re.compile("|".join(re.escape(pair) for pair in sorted(PAIRS, key=len, reverse=True)))
_NUMBER_END = re.compile(r"(\d+)$")


def final_consonant(before: str) -> int | None:
    """The final consonant index (0 = none) of how `before` ends when read aloud; None when not known."""
    text = before.rstrip(_CLOSERS) if before[-1:] in _CLOSERS else before
    if not text:
        return None
    last = text[-1]
    if "가" <= last <= "힣":
        return (ord(last) - 0xAC00) % 28
    if last == "%":
        return 0  # 퍼센트
    number = _NUMBER_END.search(text)
    if number is None:
        return None
    digits = number.group(1)
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0 or digits == "0":
        return _DIGIT_FINALS[digits[-1]]
    return _PLACE_FINALS.get(zeros)


def _choose(match: re.Match[str]) -> str:
    pair = match.group(0)
    final = final_consonant(match.string[max(0, match.start() - 40):match.start()])
    if final is None:
        return pair
    after_consonant, after_vowel = PAIRS[pair]
    if pair == "(으)로" and final == _RIEUL:
        return after_vowel
    return after_consonant if final else after_vowel


def particles(text: str) -> str:
    """`text` with each two-form particle resolved where the word before it says which form it takes."""
    if "(" not in text:
        return text
    return _PATTERN.sub(_choose, text)
