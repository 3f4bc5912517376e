"""Small pieces the Value settings pages share: the inline error label ``InlineProblems`` looks
for, and a field's editor stacked with its explanation and its error under it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b42318;"
NOTE_STYLE = "color: palette(dark);"
EDITOR_WIDTH = 140  # a number fits; a field stretched across the page reads as free text


def error_label(parent: QWidget, field: str) -> QLabel:
    """The hidden ``error_<field>`` label ``InlineProblems`` shows a refusal in."""
    label = QLabel(parent)
    label.setObjectName(f"error_{field}")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


def note_label(parent: QWidget) -> QLabel:
    """A one-line explanation under a field, quieter than the field's own label."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def field_box(parent: QWidget, editor: QWidget, *below: QLabel) -> QWidget:
    """``editor`` with ``below`` (notes, error labels) under it, as one form row's field; a
    hidden label takes no room."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    editor.setMaximumWidth(EDITOR_WIDTH)
    layout.addWidget(editor)
    for label in below:
        layout.addWidget(label)
    return box
