"""The contact form (``ui/contact_dialog.ui``): add or edit one contact, problems shown inline.

Used by the contacts table and the contact map. ``exec()`` returns Accepted only after the
contact was saved; ``saved_contact_id()`` then names it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.enums import Attitude, BuyingRole, DecisionLevel, Influence
from kam_desktop.gui.contacts.contact_table_model import attitude_text, level_text
from kam_desktop.gui.dialog_save import SaveDialog
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.ui_loader import find_child
from kam_desktop.services.book.handle import Book
from kam_desktop.services.contacts.contacts import (
    ContactRow,
    create_contact,
    get_contact,
    list_contacts,
    update_contact,
)

LINE_FIELDS = ("name", "title", "department", "mobile", "phone", "email", "wechat", "interests")
TEXT_FIELDS = ("personal_wins", "concerns", "opponent_plan", "notes")
NO_DATE = QDate(1900, 1, 1)  # the date edit's "empty" value, shown as its special text
DEFAULT_BIRTHDAY = QDate(1980, 1, 1)


class ContactDialog(SaveDialog):
    def __init__(
        self,
        book: Book,
        account_id: str,
        contact_id: str | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(book, parent)
        self._account_id = account_id
        self._today = today
        self._row: ContactRow | None = get_contact(book, contact_id) if contact_id else None
        others = [r for r in list_contacts(book, account_id) if r.id != contact_id]
        # A manager below this contact would close a loop: offer only the others.
        below = _reports_below(others, contact_id) if contact_id else set()
        self._managers = [r for r in others if r.id not in below]

        self._load_form("contact_dialog")
        self.birthday_known = find_child(self.form, QCheckBox, "birthday_known")
        self.birthday_edit = find_child(self.form, QDateEdit, "edit_birthday")
        self.role_boxes = {
            role: find_child(self.form, QCheckBox, f"role_{role.value}") for role in BuyingRole
        }

        self.birthday_edit.setMinimumDate(NO_DATE)
        self.birthday_edit.setMaximumDate(QDate(today or date.today()))
        self._fill(self._row.draft if self._row else ContactDraft())
        translate_ui(self)

        self.birthday_known.toggled.connect(self._on_birthday_known_toggled)
        for name in ("attitude", "relationship_level"):
            self._combo(name).currentIndexChanged.connect(self._on_standing_changed)
        self._on_standing_changed()
        self.field("name").setFocus()
        self.resize(940, 660)

    # --- what callers read -------------------------------------------------------------------

    def saved_contact_id(self) -> str | None:
        return self._saved.id if self._saved else None

    def saved_contact(self) -> ContactRow | None:
        return self._saved

    def is_new(self) -> bool:
        return self._row is None

    def field(self, name: str) -> QWidget:
        return find_child(self.form, QWidget, f"edit_{name}")

    def error_label(self, name: str) -> QLabel | None:
        return self.form.findChild(QLabel, f"error_{name}")

    def visible_problems(self) -> dict[str, str]:
        """Field name -> inline message currently shown (for tests and accessibility)."""
        return self.problems.visible()

    # --- widgets <-> draft -------------------------------------------------------------------

    def _line(self, name: str) -> QLineEdit:
        return find_child(self.form, QLineEdit, f"edit_{name}")

    def _text(self, name: str) -> QPlainTextEdit:
        return find_child(self.form, QPlainTextEdit, f"edit_{name}")

    def _combo(self, name: str) -> QComboBox:
        return find_child(self.form, QComboBox, f"edit_{name}")

    def _check(self, name: str) -> QCheckBox:
        return find_child(self.form, QCheckBox, f"edit_{name}")

    def _fill(self, draft: ContactDraft) -> None:
        for name in LINE_FIELDS:
            self._line(name).setText(getattr(draft, name) or "")
        for name in TEXT_FIELDS:
            self._text(name).setPlainText(getattr(draft, name) or "")
        self._check("is_key_decision_maker").setChecked(draft.is_key_decision_maker)
        self._check("is_coach").setChecked(draft.is_coach)
        for role, box in self.role_boxes.items():
            box.setChecked(role in draft.buying_roles)
        known = draft.birthday is not None
        self.birthday_edit.setDate(QDate(draft.birthday) if draft.birthday else NO_DATE)
        self.birthday_edit.setEnabled(known)
        self.birthday_known.setChecked(known)
        self._fill_combos(draft)

    def _fill_combos(self, draft: ContactDraft) -> None:
        """(Re)build the combos in the current language, selecting the draft's values."""
        choices: dict[str, list[tuple[str, Any]]] = {
            "reports_to_id": [(self.tr("— none —"), None)]
            + [(_person(r), r.id) for r in self._managers],
            "decision_level": [("—", None)] + [(m.label(), m) for m in DecisionLevel],
            "influence": [("—", None)] + [(m.label(), m) for m in Influence],
            "attitude": [(attitude_text(m), m) for m in Attitude],
            "relationship_level": [(level_text(n), n) for n in range(6)],
        }
        for name, items in choices.items():
            combo = self._combo(name)
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(getattr(draft, name)), 0))
            combo.blockSignals(False)

    def read_draft(self) -> ContactDraft:
        """The contact the widgets describe (not yet validated)."""
        base = self._row.draft if self._row else ContactDraft()
        values: dict[str, Any] = {name: self._line(name).text() for name in LINE_FIELDS}
        values.update({name: self._text(name).toPlainText() for name in TEXT_FIELDS})
        for name in ("reports_to_id", "decision_level", "influence", "attitude"):
            values[name] = self._combo(name).currentData()
        values["relationship_level"] = int(self._combo("relationship_level").currentData())
        values["buying_roles"] = tuple(r for r, box in self.role_boxes.items() if box.isChecked())
        values["is_key_decision_maker"] = self._check("is_key_decision_maker").isChecked()
        values["is_coach"] = self._check("is_coach").isChecked()
        known = self.birthday_known.isChecked() and self.birthday_edit.date() != NO_DATE
        values["birthday"] = self.birthday_edit.date().toPython() if known else None
        return replace(base, **values)

    def standing_changed(self) -> bool:
        """Whether the level or attitude differs from the saved contact (asks for a reason)."""
        if self._row is None:
            return False
        level = self._combo("relationship_level").currentData()
        attitude = self._combo("attitude").currentData()
        return level != self._row.relationship_level or attitude != self._row.attitude

    # --- behaviour ---------------------------------------------------------------------------

    def _on_standing_changed(self, _index: int = 0) -> None:
        changed = self.standing_changed()
        for name in ("label_reason", "edit_reason"):
            find_child(self.form, QWidget, name).setVisible(changed)
        attitude = self._combo("attitude").currentData()
        self._text("opponent_plan").setEnabled(attitude is not None and attitude.value < 0)

    def _on_birthday_known_toggled(self, known: bool) -> None:
        self.birthday_edit.setEnabled(known)
        if known:
            if self.birthday_edit.date() == NO_DATE:
                self.birthday_edit.setDate(DEFAULT_BIRTHDAY)
            self.birthday_edit.setFocus()
        else:
            self.birthday_edit.setDate(NO_DATE)

    def _write(self) -> ContactRow:
        draft = self.read_draft()
        if self._row is None:
            return create_contact(self._book, self._account_id, draft, today=self._today)
        reason = self._line("reason").text() if self.standing_changed() else None
        return update_contact(
            self._book, self._row.id, draft, self._row.revision, reason=reason, today=self._today
        )

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Strings set from code; the .ui strings are retranslated by QUiLoader."""
        if self._row is None:
            self.setWindowTitle(self.tr("New contact"))
        else:
            self.setWindowTitle(self.tr("Contact: %1").replace("%1", self._row.name))
        for role, box in self.role_boxes.items():
            box.setText(role.label())
        self.birthday_edit.setSpecialValueText(self.tr("not known"))
        self._fill_combos(self.read_draft())


def _person(row: ContactRow) -> str:
    return f"{row.name} · {row.title}" if row.title else row.name


def _reports_below(rows: list[ContactRow], contact_id: str) -> set[str]:
    """Ids of everyone reporting (directly or not) to ``contact_id``."""
    children: dict[str, list[str]] = {}
    for r in rows:
        if r.reports_to_id:
            children.setdefault(r.reports_to_id, []).append(r.id)
    found: set[str] = set()
    stack = [contact_id]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found
