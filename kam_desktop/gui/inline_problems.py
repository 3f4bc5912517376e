"""Refused input shown inline on a form loaded from a ``.ui`` file.

Each field ``<name>`` has an ``error_<name>`` label beside its ``edit_<name>`` widget; the
``messageLabel`` banner above the form says what went wrong as a whole.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from kam_desktop.domain.errors import InvalidInput

PREFIX = "error_"


class InlineProblems:
    """The error labels and banner of ``form``.

    ``field_name`` maps a problem's field to the form's name for it, when they differ (the
    account form shows ``parent_id`` at ``parent_code``). ``reveal`` is called with the widget
    about to get the focus, e.g. to bring its tab to the front.
    """

    def __init__(
        self,
        form: QWidget,
        message_label: QLabel,
        field_name: Callable[[str], str] | None = None,
        reveal: Callable[[QWidget], None] | None = None,
    ) -> None:
        self._form = form
        self._message_label = message_label
        self._field_name = field_name or (lambda field: field)
        self._reveal = reveal

    def show(self, exc: InvalidInput) -> None:
        """Each problem beside its field, the summary in the banner; focus the first bad field."""
        first: QWidget | None = None
        for problem in exc.problems:
            name = self._field_name(problem.field)
            if not self.show_label(name, problem.problem.message()):
                continue  # not a field of this form: the banner says it
            first = first or self._form.findChild(QWidget, f"edit_{name}")
        self.show_message(exc.message())
        if first is not None:
            if self._reveal is not None:
                self._reveal(first)
            first.setFocus()

    def show_label(self, name: str, text: str) -> bool:
        """Show ``text`` beside field ``name``; False when the form has no label for it."""
        label = self._form.findChild(QLabel, f"{PREFIX}{name}")
        if label is None:
            return False
        label.setText(text)
        label.setVisible(True)
        return True

    def show_message(self, text: str) -> None:
        self._message_label.setText(text)
        self._message_label.setVisible(True)

    def clear(self) -> None:
        self._message_label.setVisible(False)
        for label in self._form.findChildren(QLabel):
            if label.objectName().startswith(PREFIX):
                label.setVisible(False)
                label.clear()

    def visible(self) -> dict[str, str]:
        """Field name -> inline message currently shown (for tests and accessibility)."""
        return {
            label.objectName().removeprefix(PREFIX): label.text()
            for label in self._form.findChildren(QLabel)
            if label.objectName().startswith(PREFIX) and not label.isHidden()
        }
