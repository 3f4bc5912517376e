"""The one save cycle: a refused save keeps the dialog open and says why, inline or in the
banner; a good one closes it and keeps what was saved."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from kam_desktop.domain.errors import FieldProblem, InvalidInput, KamError, NotFound, Required, Text
from kam_desktop.gui.dialog_save import SaveDialog
from kam_desktop.services.book.handle import Book


class Probe(SaveDialog):
    """The contact form, saving whatever the test says."""

    def __init__(self, book: Book) -> None:
        super().__init__(book)
        self._load_form("contact_dialog")
        self.outcome: Any = None
        self.writes = 0

    def _write(self) -> Any:
        self.writes += 1
        if isinstance(self.outcome, KamError):
            raise self.outcome
        return self.outcome


@pytest.fixture
def dialog(qtbot, demo_book: Book) -> Probe:
    probe = Probe(demo_book)
    qtbot.addWidget(probe)
    probe.show()
    return probe


def _save(qtbot, dialog: Probe) -> None:
    button = dialog.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert button.isDefault()  # Enter in a line edit saves too
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_invalid_input_stays_open_and_shows_the_problem_beside_its_field(
    qtbot, dialog: Probe
) -> None:
    name = FieldProblem("name", Text("ContactField", "Name"), Required())
    dialog.outcome = InvalidInput([name])

    _save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problems.visible() == {"name": "is required."}
    assert dialog.message_label.text().startswith("Not saved. Please correct: Name")
    assert dialog.focusWidget() is dialog.form.findChild(QLineEdit, "edit_name")
    assert dialog._saved is None


def test_another_refusal_is_shown_in_the_banner(qtbot, dialog: Probe) -> None:
    dialog.outcome = NotFound(what=Text("errors", "account"), key="X1")

    _save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.problems.visible() == {}
    assert dialog.message_label.isVisible()
    assert "X1" in dialog.message_label.text()


def test_a_good_save_clears_the_problems_closes_and_keeps_the_result(qtbot, dialog: Probe) -> None:
    dialog.outcome = InvalidInput([FieldProblem("name", Text("ContactField", "Name"), Required())])
    _save(qtbot, dialog)
    dialog.outcome = "saved row"

    _save(qtbot, dialog)

    assert dialog.writes == 2
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.problems.visible() == {}
    assert dialog._saved == "saved row"
