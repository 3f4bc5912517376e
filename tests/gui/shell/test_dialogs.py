"""The settings and welcome dialogs, driven as the rep drives them."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
)

from kam_desktop.domain import i18n as domain_i18n
from kam_desktop.gui.i18n import LanguageSwitcher
from kam_desktop.gui.shell.app_settings import AppSettings
from kam_desktop.gui.shell.settings_dialog import SettingsDialog
from kam_desktop.gui.shell.welcome_dialog import WelcomeChoice, WelcomeDialog
from kam_desktop.reports.qt_fonts import install_cjk_font


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def app_settings(settings_file: Path) -> AppSettings:
    return AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))


def _reread(settings_file: Path) -> AppSettings:
    return AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))


def _settings_dialog(qtbot, app_settings: AppSettings, book: Path) -> SettingsDialog:
    dialog = SettingsDialog(app_settings, "王晓明", book)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _button(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    return dialog.findChild(QDialogButtonBox, "buttonBox").button(which)


# --- settings --------------------------------------------------------------------------------


def test_settings_dialog_shows_the_current_choices(qtbot, app_settings, tmp_path) -> None:
    app_settings.language = "en"
    book = tmp_path / "books" / "mine.kambook"

    dialog = _settings_dialog(qtbot, app_settings, book)

    combo = dialog.findChild(QComboBox, "languageCombo")
    assert combo.currentText() == "English"
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "zh_CN", "en"]
    assert dialog.findChild(QLineEdit, "repNameEdit").text() == "王晓明"
    path_edit = dialog.findChild(QLineEdit, "bookPathEdit")
    assert path_edit.text() == str(book)
    assert path_edit.isReadOnly()
    assert dialog.windowTitle() == "Settings"


def test_settings_round_trip(
    qtbot, monkeypatch: pytest.MonkeyPatch, app_settings, settings_file, tmp_path
) -> None:
    asked: dict[str, object] = {}

    def fake_save_dialog(parent, caption, directory, filter, *args, **kwargs):
        asked.update(directory=directory, filter=filter, options=kwargs.get("options"))
        return str(tmp_path / "team" / "华东客户"), filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save_dialog)
    dialog = _settings_dialog(qtbot, app_settings, tmp_path / "old.kambook")

    combo = dialog.findChild(QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData("zh_CN"))
    name_edit = dialog.findChild(QLineEdit, "repNameEdit")
    name_edit.setText("  李娜 ")  # Chinese arrives through the input method, not key clicks
    dialog.findChild(QPushButton, "chooseBookButton").click()
    _button(dialog, QDialogButtonBox.StandardButton.Ok).click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_language() == "zh_CN"
    assert dialog.chosen_rep_name() == "李娜"
    new_book = tmp_path / "team" / "华东客户.kambook"  # the suffix is added
    assert dialog.chosen_book_path() == new_book
    assert dialog.findChild(QLineEdit, "bookPathEdit").text() == str(new_book)
    assert asked["directory"] == str(tmp_path / "old.kambook")
    assert "*.kambook" in str(asked["filter"])
    assert asked["options"] & QFileDialog.Option.DontConfirmOverwrite  # existing books are fine
    stored = _reread(settings_file)
    assert stored.language == "zh_CN"  # saved by the dialog
    assert stored.book_path is None  # switching books is the caller's job


def test_settings_cancel_saves_nothing(qtbot, app_settings, settings_file, tmp_path) -> None:
    app_settings.language = "en"
    dialog = _settings_dialog(qtbot, app_settings, tmp_path / "a.kambook")
    combo = dialog.findChild(QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData("zh_CN"))

    _button(dialog, QDialogButtonBox.StandardButton.Cancel).click()

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert _reread(settings_file).language == "en"


def test_cancelled_file_dialog_keeps_the_book(
    qtbot, monkeypatch: pytest.MonkeyPatch, app_settings, tmp_path
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    book = tmp_path / "a.kambook"
    dialog = _settings_dialog(qtbot, app_settings, book)

    dialog.findChild(QPushButton, "chooseBookButton").click()

    assert dialog.chosen_book_path() == book
    assert dialog.findChild(QLineEdit, "bookPathEdit").text() == str(book)


def test_choosing_system_default_stores_an_empty_language(
    qtbot, app_settings, settings_file, tmp_path
) -> None:
    app_settings.language = "zh_CN"
    dialog = _settings_dialog(qtbot, app_settings, tmp_path / "a.kambook")
    combo = dialog.findChild(QComboBox, "languageCombo")
    assert combo.currentData() == "zh_CN"
    combo.setCurrentIndex(combo.findData(""))

    _button(dialog, QDialogButtonBox.StandardButton.Ok).click()

    assert dialog.chosen_language() == ""
    assert _reread(settings_file).language == ""


# --- relabelling on a language switch (with a real compiled translation) -------------------

_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name>SettingsDialog</name>
<message><source>Settings</source><translation>设置</translation></message>
<message><source>System default</source><translation>跟随系统</translation></message>
<message><source>&amp;Language:</source><translation>语言(&amp;L)：</translation></message>
</context>
<context><name>WelcomeDialog</name>
<message><source>Welcome to KAM Desktop</source>
 <translation>欢迎使用 KAM Desktop</translation></message>
<message><source>Start a new empty book</source><translation>新建空账本</translation></message>
</context>
</TS>
"""


@pytest.fixture
def chinese_qm_dir(tmp_path: Path) -> Path:
    """A folder with a small kam_desktop_zh_CN.qm compiled by Qt's lrelease."""
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    if not lrelease.exists():
        pytest.skip("Qt's lrelease is not installed with PySide6")
    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "kam_desktop_zh_CN.ts").write_text(_TS, encoding="utf-8")
    subprocess.run(
        [str(lrelease), str(folder / "kam_desktop_zh_CN.ts")], check=True, capture_output=True
    )
    assert (folder / "kam_desktop_zh_CN.qm").is_file()
    return folder


@pytest.fixture
def switcher(qapp: QApplication, chinese_qm_dir: Path) -> Iterator[LanguageSwitcher]:
    install_cjk_font(qapp)
    switching = LanguageSwitcher(qm_dir=chinese_qm_dir)
    yield switching
    switching.apply(qapp, "en")
    domain_i18n.set_translator(None)
    QLocale.setDefault(QLocale.system())


def test_open_dialogs_relabel_when_the_language_changes(
    qtbot, qapp, switcher, app_settings, tmp_path
) -> None:
    settings = _settings_dialog(qtbot, app_settings, tmp_path / "a.kambook")
    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    welcome.show()
    combo = settings.findChild(QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData(""))
    language_label = settings.findChild(QLabel, "languageLabel")
    new_button = welcome.findChild(QPushButton, "newButton")

    switcher.apply(qapp, "zh_CN")

    assert settings.windowTitle() == "设置"  # set in code
    assert language_label.text() == "语言(&L)："  # from the .ui form
    assert combo.itemText(0) == "跟随系统"
    assert combo.currentData() == ""  # the selection survives the relabel
    assert welcome.windowTitle() == "欢迎使用 KAM Desktop"
    assert new_button.text() == "新建空账本"
    ok = _button(settings, QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "确定"  # Qt's own translation

    switcher.apply(qapp, "en")

    assert settings.windowTitle() == "Settings"
    assert language_label.text() == "&Language:"
    assert combo.itemText(0) == "System default"
    assert new_button.text() == "Start a new empty book"
    assert ok.text() == "OK"


# --- welcome ---------------------------------------------------------------------------------


@pytest.fixture
def welcome(qtbot) -> WelcomeDialog:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_welcome_offers_three_ways_to_start(welcome: WelcomeDialog) -> None:
    assert welcome.windowTitle() == "Welcome to KAM Desktop"
    texts = [
        welcome.findChild(QPushButton, name).text()
        for name in ("demoButton", "newButton", "openButton")
    ]
    assert texts == [
        "Explore the demo account book",
        "Start a new empty book",
        "Open an existing book…",
    ]
    assert welcome.choice() is None


@pytest.mark.parametrize(
    ("button", "choice"), [("demoButton", WelcomeChoice.DEMO), ("newButton", WelcomeChoice.NEW)]
)
def test_welcome_buttons_set_the_choice(
    welcome: WelcomeDialog, button: str, choice: WelcomeChoice
) -> None:
    welcome.findChild(QPushButton, button).click()

    assert welcome.result() == QDialog.DialogCode.Accepted
    assert welcome.choice() is choice
    assert welcome.opened_path() is None


def test_welcome_open_asks_for_a_book(
    welcome: WelcomeDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    book = tmp_path / "旧电脑" / "account-book.kambook"
    asked: list[str] = []

    def fake_open_dialog(parent, caption, directory, filter, *args, **kwargs):
        asked.append(filter)
        return str(book), filter

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open_dialog)

    welcome.findChild(QPushButton, "openButton").click()

    assert welcome.result() == QDialog.DialogCode.Accepted
    assert welcome.choice() is WelcomeChoice.OPEN
    assert welcome.opened_path() == book
    assert "*.kambook" in asked[0]


def test_welcome_stays_open_when_opening_is_cancelled(
    welcome: WelcomeDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("", ""))

    welcome.findChild(QPushButton, "openButton").click()

    assert welcome.isVisible()
    assert welcome.choice() is None
    assert welcome.opened_path() is None
