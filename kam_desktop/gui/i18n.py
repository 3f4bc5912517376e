"""Choosing and switching the interface language (Simplified Chinese or English).

Installing or removing a QTranslator makes Qt send ``QEvent.LanguageChange`` to every
widget; forms loaded from .ui files relabel themselves and code-built widgets register their
``retranslate()`` once with ``gui.retranslate.translate_ui``. Qt-free code (domain, services)
translates through the hook in ``kam_desktop.domain.i18n``, pointed at Qt's translator here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from kam_desktop import resources
from kam_desktop.domain import i18n as domain_i18n
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CHINESE = "zh_CN"
ENGLISH = "en"
SUPPORTED = (CHINESE, ENGLISH)

LANGUAGES: tuple[tuple[str, str], ...] = (
    ("", QT_TRANSLATE_NOOP("SettingsDialog", "System default")),
    (CHINESE, "简体中文"),
    (ENGLISH, "English"),
)
"""(code, name) for the settings combo: "" follows the system; languages in their own name."""

QM_PREFIX = "kam_desktop_"


def system_language(locale: QLocale | None = None) -> str:
    """``"zh_CN"`` when the system (or given) locale is Chinese, otherwise ``"en"``."""
    locale = locale if locale is not None else QLocale.system()
    return CHINESE if locale.language() == QLocale.Language.Chinese else ENGLISH


def resolve_language(language: str | None) -> str:
    """The language to show for a setting: "" or None (or anything unknown) means system."""
    if language and language.startswith("zh"):
        return CHINESE
    if language == ENGLISH or (language and language.startswith("en")):
        return ENGLISH
    return system_language()


def _formatting_locale(language: str) -> QLocale:
    # Numbers and dates: the system's own English variant (en_GB, en_SG...) when it has one.
    system = QLocale.system()
    if language == ENGLISH and system.language() == QLocale.Language.English:
        return system
    return QLocale(CHINESE if language == CHINESE else "en_US")


class LanguageSwitcher:
    """Installs the app's and Qt's translators for one language, replacing earlier ones."""

    def __init__(self, qm_dir: Path | None = None) -> None:
        self._qm_dir = qm_dir if qm_dir is not None else resources.path("resources/i18n")
        self._translators: list[QTranslator] = []  # installed by us, removed on the next apply
        self._language: str | None = None

    @property
    def language(self) -> str | None:
        """The language last applied (None before the first ``apply``)."""
        return self._language

    def apply(self, app: QApplication, language: str | None) -> str:
        """Switch ``app`` to ``language`` ("zh_CN", "en"; None or "" = system); returns the
        language applied. Open windows are relabelled before this returns."""
        chosen = resolve_language(language)
        relabelled = False
        for translator in self._translators:
            relabelled |= app.removeTranslator(translator)
            translator.deleteLater()
        self._translators = []

        for translator in self._load_translators(app, chosen):
            # Qt keeps even an empty translator installed, so remember each one.
            relabelled |= app.installTranslator(translator)
            self._translators.append(translator)

        QLocale.setDefault(_formatting_locale(chosen))
        domain_i18n.set_translator(
            lambda context, text: QCoreApplication.translate(context, text), chosen
        )
        if not relabelled and chosen != self._language:
            # No translator changed (no .qm files yet), but labels that depend on the
            # language (enum labels, locale formats) still have to be redrawn.
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        # Qt posts LanguageChange to each window; deliver now so callers see new labels.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self._language = chosen
        log.info("interface language %s (%d translators)", chosen, len(self._translators))
        return chosen

    def _load_translators(self, app: QApplication, language: str) -> list[QTranslator]:
        wanted = []
        ours = self._qm_dir / f"{QM_PREFIX}{language}.qm"
        if ours.is_file():
            wanted.append((ours.name, str(ours), ""))
        if language == CHINESE:
            # Qt's own strings: standard dialog buttons, file dialogs, context menus.
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            wanted.append((f"qtbase_{language}", f"qtbase_{language}", qt_dir))
        loaded = []
        for name, file, folder in wanted:
            # Owned by the application: the language stays even if this switcher is dropped.
            translator = QTranslator(app)
            if translator.load(file, folder):
                loaded.append(translator)
            else:
                log.warning("could not load translation %s", name)
                translator.deleteLater()
        return loaded
