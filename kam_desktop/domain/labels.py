"""Bilingual enumerations: a stable code stored in the book, an English and a Chinese label.

The English label is the translation source (context = the enum's class name); the Chinese
label is the glossary of DOMAIN.md. ``kam_desktop.devtools.translations`` copies both into the
``.ts`` files, so the GUI shows them through Qt's translator like every other string.
"""

from __future__ import annotations

from enum import Enum
from typing import Self

from kam_desktop.domain.i18n import current_language, translate


class Labeled(Enum):
    """An enumeration member with ``code`` (stored), ``en`` and ``zh`` labels."""

    def __new__(cls, code: object, en: str, zh: str) -> Self:
        member = object.__new__(cls)
        member._value_ = code
        member.en = en  # type: ignore[attr-defined]
        member.zh = zh  # type: ignore[attr-defined]
        return member

    @property
    def code(self) -> object:
        return self.value

    def label(self, language: str | None = None) -> str:
        """The label in ``language`` ("zh_CN"/"en"), or through the installed translator."""
        if language is None:
            return translate(type(self).__name__, self.en)
        return self.zh if language.startswith("zh") else self.en

    @classmethod
    def parse(cls, text: object) -> Self | None:
        """Find a member by code, English or Chinese label (case- and space-insensitive)."""
        if text is None:
            return None
        if isinstance(text, cls):
            return text
        wanted = str(text).strip().casefold()
        if not wanted:
            return None
        for member in cls:
            names = (str(member.value), member.en, member.zh, member.name)
            if wanted in (n.casefold() for n in names):
                return member
        return None


def label_language() -> str:
    """The language labels are shown in when no translator decides ("zh_CN" or "en")."""
    return current_language()
