"""统一社会信用代码 (unified social credit code), GB 32100-2015."""

from __future__ import annotations

from kam_desktop.domain.errors import (
    BadCreditCodeChar,
    BadCreditCodeCheck,
    BadCreditCodeLength,
    KamError,
)

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}


def normalise(text: str) -> str:
    """Accept lower case and surrounding spaces; the book stores upper case."""
    return text.strip().upper()


def check_character(first17: str) -> str:
    """The 18th character for the given first 17 (already normalised and valid)."""
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def problem(text: str) -> KamError | None:
    """Why ``text`` is not a valid code, or ``None`` when it is."""
    code = normalise(text)
    if len(code) != LENGTH:
        return BadCreditCodeLength(count=len(code))
    for position, ch in enumerate(code, start=1):
        if ch not in _VALUE:
            return BadCreditCodeChar(position=position, char=ch)
    expected = check_character(code[:17])
    if code[17] != expected:
        return BadCreditCodeCheck(expected=expected, actual=code[17])
    return None


def is_valid(text: str) -> bool:
    return problem(text) is None
