"""Registers the bundled CJK font with Qt so Chinese never renders as boxes.

The application font keeps the platform's own family for Latin text and lists the bundled
family after it: Qt tries a font's families in order for every character, so a machine
without any Chinese font still draws Chinese with the bundled one.

Used by the windows (``gui.shell.app``) and by the contact-map export, which draws without a window;
it lives here, apart from ``reports.fonts``, so that drawing a map does not load matplotlib.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from kam_desktop import resources

log = logging.getLogger(__name__)

_registered_family: str | None = None


def _register() -> str:
    global _registered_family
    if _registered_family is None:
        path = resources.cjk_font_path()
        font_id = QFontDatabase.addApplicationFont(str(path))  # every face of the .ttc
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            raise RuntimeError(f"Qt could not load the bundled CJK font {path}")
        preferred = resources.CJK_FONT_FAMILY
        _registered_family = preferred if preferred in families else families[0]
        log.info("registered CJK font %s (%d faces)", _registered_family, len(families))
    return _registered_family


def install_cjk_font(app: QApplication) -> str:
    """Register the bundled CJK font and put it behind the application font; returns its
    family. Safe to call more than once."""
    family = _register()
    font = app.font()
    if family in font.families():
        return family
    # A generic name such as "Sans Serif" is resolved by fontconfig, not by Qt's own font
    # matching: left alone in a list it would be skipped and Latin text drawn in the CJK
    # font. Naming the family it actually resolves to keeps the platform look.
    resolved = QFontInfo(font).family()
    chain = [font.family(), resolved, family]
    font.setFamilies(list(dict.fromkeys(name for name in chain if name)))
    app.setFont(font)
    return family
