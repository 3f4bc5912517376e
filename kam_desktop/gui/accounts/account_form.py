"""The account profile form: view, edit / save / cancel, new account, inline validation."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from kam_desktop.domain.accounts.account_fields import AccountDraft, AccountField
from kam_desktop.domain.enums import (
    AccountSource,
    AccountStatus,
    Grade,
    Industry,
    LifecycleStage,
    RelationshipMarketingLevel,
    RelationshipMode,
    SalesStage,
    SizeClass,
)
from kam_desktop.domain.errors import (
    BadNumber,
    FieldProblem,
    InvalidInput,
    KamError,
    NotFound,
    Text,
)
from kam_desktop.domain.labels import Labeled
from kam_desktop.gui.accounts.hq_history_view import HqHistoryStrip
from kam_desktop.gui.dialog_save import try_save
from kam_desktop.gui.inline_problems import InlineProblems
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.ui_loader import fill_with_form
from kam_desktop.services.accounts.accounts import (
    AccountDetail,
    account_id_for_code,
    create_account,
    update_account,
)
from kam_desktop.services.book.handle import Book

TEXT_FIELDS = (
    "code", "name", "credit_code", "short_name", "province", "city", "district", "address",
    "sub_industry", "phone", "website", "owner",
)  # fmt: skip
NUMBER_FIELDS = {"hq_sales": float, "annual_revenue": float, "employees": int}
ENUM_FIELDS: dict[str, type[Labeled]] = {
    "hq_grade": Grade, "size_class": SizeClass, "industry": Industry, "status": AccountStatus,
    "source": AccountSource, "lifecycle_stage": LifecycleStage, "sales_stage": SalesStage,
    "rm_level": RelationshipMarketingLevel, "relationship_mode": RelationshipMode,
}  # fmt: skip
CODE_LINKS = {"parent_code": "parent_id", "referred_by_code": "referred_by_id"}
# Where a service-side problem is shown in the form.
FIELD_WIDGET = {"parent_id": "parent_code", "referred_by_id": "referred_by_code"}
AUTOMATIC = "__automatic__"


class AccountForm(QWidget):
    """Shows one account; the rep presses Edit to change it. Emits ``account_saved(id)``."""

    account_saved = Signal(str)
    editing_changed = Signal(bool)

    def __init__(self, book: Book | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._detail: AccountDetail | None = None
        self._editing = False
        self._new = False
        self.ui = fill_with_form(self, "account_form")

        self.title_label: QLabel = self._child(QLabel, "titleLabel")
        self.summary_label: QLabel = self._child(QLabel, "summaryLabel")
        self.message_label: QLabel = self._child(QLabel, "messageLabel")
        self.problems = InlineProblems(
            self.ui, self.message_label, lambda field: FIELD_WIDGET.get(field, field)
        )
        self.edit_button: QPushButton = self._child(QPushButton, "editButton")
        self.save_button: QPushButton = self._child(QPushButton, "saveButton")
        self.cancel_button: QPushButton = self._child(QPushButton, "cancelButton")
        self.groups = self.ui.findChildren(QGroupBox)
        self.notes_edit: QPlainTextEdit = self._child(QPlainTextEdit, "edit_notes")
        # Under the HQ fields: former names and what HQ imports changed (read-only).
        self.hq_history = HqHistoryStrip(self)
        hq_grid: QGridLayout = self._child(QGridLayout, "grid_groupHq")
        hq_grid.addWidget(self.hq_history, hq_grid.rowCount(), 1)

        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        translate_ui(self)
        self.show_account(None)

    def _child(self, cls: type[Any], name: str) -> Any:
        found = self.ui.findChild(cls, name)
        if found is None:
            raise LookupError(f"account_form.ui has no {cls.__name__} {name!r}")
        return found

    def field(self, name: str) -> QWidget:
        return self._child(QWidget, f"edit_{name}")

    def error_label(self, name: str) -> QLabel:
        return self._child(QLabel, f"error_{name}")

    # --- state -------------------------------------------------------------------------------

    def set_book(self, book: Book | None) -> None:
        self._book = book
        self.show_account(None)

    @property
    def detail(self) -> AccountDetail | None:
        return self._detail

    @property
    def is_editing(self) -> bool:
        return self._editing

    def show_account(self, detail: AccountDetail | None) -> None:
        """Show ``detail`` read-only (or the empty state when ``None``)."""
        self._detail = detail
        self._new = False
        self._fill(detail.draft if detail else AccountDraft(), detail)
        self._set_editing(False)

    def start_new(self, owner: str | None = None) -> None:
        """An empty form in edit mode for a new account."""
        self._detail = None
        self._new = True
        self._fill(AccountDraft(owner=owner or None), None)
        self._set_editing(True)
        self.field("name").setFocus()

    def start_edit(self) -> None:
        if self._detail is not None:
            self._set_editing(True)
            self.field("name").setFocus()

    def _set_editing(self, editing: bool) -> None:
        self._editing = editing
        has_account = self._detail is not None or self._new
        for group in self.groups:
            group.setVisible(has_account)
        for name in (*TEXT_FIELDS, *NUMBER_FIELDS, *CODE_LINKS, "tags"):
            edit = self.field(name)
            assert isinstance(edit, QLineEdit)
            edit.setReadOnly(not editing)
        self.notes_edit.setReadOnly(not editing)
        for name in ENUM_FIELDS:
            self.field(name).setEnabled(editing)
        self.edit_button.setVisible(not editing and self._detail is not None)
        self.save_button.setVisible(editing)
        self.cancel_button.setVisible(editing)
        if not editing:
            self.problems.clear()
        self._update_title()
        self.editing_changed.emit(editing)

    # --- widgets <-> draft -------------------------------------------------------------------

    def _fill(self, draft: AccountDraft, detail: AccountDetail | None) -> None:
        for name in TEXT_FIELDS:
            self._line(name).setText(getattr(draft, name) or "")
            self._line(name).setCursorPosition(0)  # long names show their start, not their end
        for name in NUMBER_FIELDS:
            value = getattr(draft, name)
            self._line(name).setText("" if value is None else _number_text(value))
        self._line("parent_code").setText(detail.parent_code or "" if detail else "")
        self._line("referred_by_code").setText(detail.referred_by_code or "" if detail else "")
        self._line("tags").setText(", ".join(draft.tags))
        self.notes_edit.setPlainText(draft.notes or "")
        self._fill_combos(draft)
        self._update_summary()
        self.hq_history.show_account(self._book, detail.id if detail else None)

    def _fill_combos(self, draft: AccountDraft) -> None:
        for name, enum in ENUM_FIELDS.items():
            combo = self.field(name)
            assert isinstance(combo, QComboBox)
            combo.blockSignals(True)
            combo.clear()
            if name == "lifecycle_stage":
                combo.addItem(self.tr("Automatic (by the lifecycle rule)"), AUTOMATIC)
            elif name != "status":
                combo.addItem("—", None)
            for member in enum:
                text = str(member.value) if enum is Grade else member.label()
                combo.addItem(text, member)
            current: object = getattr(draft, name)
            if name == "lifecycle_stage" and not draft.lifecycle_overridden:
                current = AUTOMATIC
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        # Show the rule's stage beside "Automatic" so the rep sees what the rule says.
        lifecycle = self.field("lifecycle_stage")
        assert isinstance(lifecycle, QComboBox)
        if draft.lifecycle_stage is not None and not draft.lifecycle_overridden:
            lifecycle.setItemText(
                0, self.tr("Automatic: %1").replace("%1", draft.lifecycle_stage.label())
            )

    def _line(self, name: str) -> QLineEdit:
        edit = self.field(name)
        assert isinstance(edit, QLineEdit)
        return edit

    def _read(self) -> tuple[AccountDraft, list[FieldProblem]]:
        """The draft the widgets describe, and problems found while reading them."""
        base = self._detail.draft if self._detail else AccountDraft()
        problems: list[FieldProblem] = []
        values: dict[str, Any] = {name: self._line(name).text() for name in TEXT_FIELDS}
        for name, kind in NUMBER_FIELDS.items():
            text = self._line(name).text().strip().replace(",", "").replace("，", "")
            if not text:
                values[name] = None
                continue
            try:
                values[name] = kind(float(text)) if kind is int else kind(text)
            except ValueError:
                problems.append(_problem(name, BadNumber(value=text)))
        for name in ENUM_FIELDS:
            combo = self.field(name)
            assert isinstance(combo, QComboBox)
            values[name] = combo.currentData()
        if values["lifecycle_stage"] == AUTOMATIC:
            values["lifecycle_stage"] = base.lifecycle_stage
            values["lifecycle_overridden"] = False
        else:
            values["lifecycle_overridden"] = values["lifecycle_stage"] is not None
        for widget_name, field_name in CODE_LINKS.items():
            code = self._line(widget_name).text().strip()
            values[field_name] = None
            if code and self._book is not None:
                try:
                    values[field_name] = account_id_for_code(self._book, code)
                except NotFound as exc:
                    problems.append(_problem(field_name, exc))
        values["tags"] = tuple(
            t.strip() for t in self._line("tags").text().replace("，", ",").split(",")
        )
        values["notes"] = self.notes_edit.toPlainText()
        return replace(base, **values), problems

    # --- actions ---------------------------------------------------------------------------

    def _on_edit_clicked(self) -> None:
        self.start_edit()

    def _on_cancel_clicked(self) -> None:
        if self._new:
            self._new = False
            self.show_account(None)
        else:
            self.show_account(self._detail)

    def save(self) -> bool:
        """Validate and save; on a problem show it inline and save nothing."""
        if self._book is None or not self._editing:
            return False
        saved = try_save(self.problems, self._write)
        if saved is None:
            return False
        self.show_account(saved)
        self.account_saved.emit(saved.id)
        return True

    def _write(self) -> AccountDetail:
        assert self._book is not None
        draft, problems = self._read()
        if problems:
            raise InvalidInput(problems)
        if self._new:
            return create_account(self._book, draft)
        assert self._detail is not None
        return update_account(self._book, self._detail.id, draft, self._detail.revision)

    def _on_save_clicked(self) -> None:
        self.save()

    def visible_problems(self) -> dict[str, str]:
        """Field name -> inline message currently shown (for tests and accessibility)."""
        return self.problems.visible()

    # --- header ------------------------------------------------------------------------------

    def _update_title(self) -> None:
        if self._new:
            self.title_label.setText(self.tr("New account"))
        elif self._detail is None:
            self.title_label.setText(self.tr("No account selected"))
        else:
            self.title_label.setText(self._detail.name)

    def _update_summary(self) -> None:
        d = self._detail
        if d is None:
            self.summary_label.setText(
                "" if self._new else self.tr(
                    "Choose an account in the list to see its profile, or press Ctrl+N to add one."
                )
            )  # fmt: skip
            return
        parts = []
        if d.code:
            parts.append(self.tr("Code %1").replace("%1", d.code))
        if d.value_tier is not None:
            score = f" {d.value_score:.1f}" if d.value_score is not None else ""
            parts.append(f"<b>{d.value_tier.label()}</b>{score}")
        if d.sales_12m is not None:
            parts.append(self.tr("Sales, last 12 months: %1 (10k CNY)").replace(
                "%1", f"{d.sales_12m:,.1f}"))  # fmt: skip
        if d.last_visit_on is not None:
            parts.append(self.tr("Last visit %1").replace("%1", d.last_visit_on.isoformat()))
        if d.spin_stage is not None:
            parts.append(self.tr("SPIN reached: %1").replace("%1", d.spin_stage.label()))
        if d.next_due_on is not None:
            parts.append(self.tr("Visit due %1").replace("%1", d.next_due_on.isoformat()))
        if d.map_gap_count:
            parts.append(self.tr("%n gap(s) in the contact map", "", d.map_gap_count))
        if d.parent_name:
            parts.append(self.tr("Part of %1").replace("%1", d.parent_name))
        self.summary_label.setText(" · ".join(parts))

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Strings set from code; the .ui strings are retranslated by QUiLoader."""
        if not self._editing:
            draft = self._detail.draft if self._detail else AccountDraft()
            self._fill_combos(draft)
        self._update_title()
        self._update_summary()


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def _problem(field: str, problem: KamError) -> FieldProblem:
    return FieldProblem(field, Text("AccountField", AccountField(field).en), problem)
