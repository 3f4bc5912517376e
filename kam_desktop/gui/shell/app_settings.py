"""The user's preferences on this computer (QSettings), as typed properties.

The account book itself holds everything about the rep's work; these are only the choices
that belong to this computer: language, which book to open, window layout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from kam_desktop import APP_NAME, ORG_NAME

BOOK_SUFFIX = ".kambook"
DEFAULT_BOOK_NAME = f"account-book{BOOK_SUFFIX}"

_LANGUAGE = "ui/language"
_BOOK_PATH = "book/path"
_GEOMETRY = "main_window/geometry"
_STATE = "main_window/state"
_SPLITTER = "main_window/splitter_state"


class AppSettings:
    """Typed access to the preferences; pass ``settings`` to use another store (tests)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings(ORG_NAME, APP_NAME)

    @property
    def qsettings(self) -> QSettings:
        return self._settings

    @staticmethod
    def default_book_path() -> Path:
        """See the module-level ``default_book_path``."""
        return default_book_path()

    def sync(self) -> None:
        """Write pending changes to disk now (Qt otherwise does it later)."""
        self._settings.sync()

    # --- language -------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """ "zh_CN", "en", or "" to follow the system."""
        return str(self._settings.value(_LANGUAGE, "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue(_LANGUAGE, value or "")

    # --- the book ---------------------------------------------------------------------------

    @property
    def book_path(self) -> Path | None:
        """The book opened last, or None before the first run has chosen one."""
        value = self._settings.value(_BOOK_PATH, "")
        return Path(str(value)) if value else None

    @book_path.setter
    def book_path(self, value: Path | None) -> None:
        if value is None:
            self._settings.remove(_BOOK_PATH)
        else:
            self._settings.setValue(_BOOK_PATH, str(value))

    # --- window layout ----------------------------------------------------------------------

    @property
    def main_window_geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    @main_window_geometry.setter
    def main_window_geometry(self, value: QByteArray | None) -> None:
        self._set_bytes(_GEOMETRY, value)

    @property
    def main_window_state(self) -> QByteArray | None:
        return self._bytes(_STATE)

    @main_window_state.setter
    def main_window_state(self, value: QByteArray | None) -> None:
        self._set_bytes(_STATE, value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes(_SPLITTER)

    @splitter_state.setter
    def splitter_state(self, value: QByteArray | None) -> None:
        self._set_bytes(_SPLITTER, value)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None

    def _set_bytes(self, key: str, value: QByteArray | None) -> None:
        if value is None or value.isEmpty():
            self._settings.remove(key)
        else:
            self._settings.setValue(key, value)


def default_book_path() -> Path:
    """Where a book lives unless the rep chose otherwise: the platform's app-data folder.

    Needs the application's organisation and name set first (they name the folder).
    """
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DEFAULT_BOOK_NAME
