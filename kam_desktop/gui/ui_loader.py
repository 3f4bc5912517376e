"""The one place that turns a Qt Designer form in ``ui/`` into widgets.

Forms keep their strings in the .ui file (lupdate reads them, context = the form's class
name); the loader keeps language change enabled so a loaded form relabels itself when the
language is switched.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QPalette
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kam_desktop import resources

W = TypeVar("W", bound=QWidget)

_loader: QUiLoader | None = None


def _shared_loader() -> QUiLoader:
    # Created on first use: a QUiLoader needs the QApplication to exist.
    global _loader
    if _loader is None:
        _loader = QUiLoader()
        _loader.setLanguageChangeEnabled(True)
    return _loader


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the form ``ui/<name>.ui``; with ``parent`` it becomes that widget's child."""
    path = resources.path(f"ui/{name}.ui")
    if not path.is_file():
        raise FileNotFoundError(f"Qt Designer form {name!r} not found at {path}")
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise OSError(f"cannot read Qt Designer form {path}: {file.errorString()}")
    try:
        loader = _shared_loader()
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"Qt Designer form {path} is invalid: {loader.errorString()}")
    return widget


def fill_with_form(widget: QWidget, name: str) -> QWidget:
    """Load ``ui/<name>.ui`` as the whole content of ``widget`` (a dialog, a tab): no margin."""
    form = load_ui(name, widget)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def show_as_hint(label: QLabel) -> None:
    """Draw ``label`` in the placeholder colour: a hint, quieter than the form's own labels."""
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)


def find_child(form: QWidget, cls: type[W], name: str) -> W:
    """The widget ``name`` of class ``cls`` in a loaded form (a clear error if the form
    and the code disagree)."""
    widget = form.findChild(cls, name)
    if widget is None:
        raise LookupError(f"form {form.objectName()!r} has no {cls.__name__} named {name!r}")
    return widget
