"""One registration relabels a widget: at once, and once on every language change."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from kam_desktop.gui.i18n import LanguageSwitcher
from kam_desktop.gui.retranslate import translate_ui


class Greeting(QWidget):
    """A window with a label set from code, counting its relabellings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        QVBoxLayout(self).addWidget(self.label)
        self.count = 0
        translate_ui(self)

    def retranslate(self) -> None:
        self.count += 1
        self.label.setText(QApplication.translate("QPlatformTheme", "Cancel"))


def test_a_registered_widget_is_relabelled_at_once_and_on_each_switch(
    qtbot, qapp: QApplication, languages: LanguageSwitcher
) -> None:
    window = Greeting()
    qtbot.addWidget(window)
    child = Greeting(window)  # a child hears the change through its window
    window.show()
    assert (window.count, child.count) == (1, 1)
    assert window.label.text() == "Cancel"
    gc.collect()  # nothing but the window holds the registration

    languages.apply(qapp, "zh_CN")

    assert (window.count, child.count) == (2, 2)
    assert window.label.text() == "取消"  # Qt's own Chinese
    assert child.label.text() == "取消"

    languages.apply(qapp, "en")

    assert (window.count, child.count) == (3, 3)
    assert window.label.text() == "Cancel"


def test_another_method_can_be_registered(qtbot, qapp: QApplication, languages) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[str] = []
    translate_ui(window, lambda: calls.append("relabel"))
    assert calls == ["relabel"]
    languages.apply(qapp, "zh_CN")
    assert calls == ["relabel", "relabel"]


def test_the_registration_does_not_keep_a_window_alive(qapp: QApplication) -> None:
    window = Greeting()
    gone = weakref.ref(window)
    del window
    gc.collect()
    assert gone() is None
