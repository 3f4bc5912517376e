"""Translation hooks usable from Qt-free code.

Strings defined away from Qt are marked with ``QT_TRANSLATE_NOOP(context, text)`` so that
lupdate finds them; the front end (GUI or CLI) installs a translator with ``set_translator``
and text is translated where it is shown, through ``translate``.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity
_language: str = "en"


def set_translator(translator: Translator | None, language: str = "en") -> None:
    """Install the front end's translator (``None`` restores English source text)."""
    global _translator, _language
    _translator = translator or _identity
    _language = language


def translate(context: str, text: str) -> str:
    """``text`` in the current language (English source text when none is installed)."""
    return _translator(context, text) or text


def current_language() -> str:
    """``"zh_CN"`` or ``"en"``: the language the front end chose."""
    return _language
