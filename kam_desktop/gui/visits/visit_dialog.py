"""The visit dialog: plan a visit (new or edited), or log its outcome, keyboard first.

"Log outcome" is made for a rep in a car park: it opens on Outcome, prefilled from the plan;
Tab walks the form in reading order, keys 1–5 rate satisfaction, Enter in the next steps adds a
row, Ctrl+Enter saves from anywhere and Esc cancels (asking only if something was typed).
Problems the visits service finds are shown beside their fields and nothing is saved; what the
rep typed stays. ``exec()`` returns Accepted only after the visit was saved.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from kam_desktop.domain.enums import VisitStatus
from kam_desktop.domain.errors import FieldProblem, InvalidInput, KamError, Required
from kam_desktop.domain.visits.visit_fields import VisitDraft
from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.ui_loader import find_child
from kam_desktop.gui.visits.visit_dialog_form import VisitForm, field_problem
from kam_desktop.services.accounts.accounts import get_account
from kam_desktop.services.book.handle import Book
from kam_desktop.services.contacts.contacts import list_contacts
from kam_desktop.services.spin.spin_bank import questions as bank_questions
from kam_desktop.services.visits.visits import (
    VisitDetail,
    get_visit,
    log_outcome,
    log_unplanned,
    plan_follow_up,
    plan_visit,
    update_visit,
)

log = logging.getLogger(__name__)

PLAN_DEFAULT_TIME = time(9, 0)
PLAN_DEFAULT_MINUTES = 60


def ask_discard(parent: QWidget) -> bool:
    """Whether to throw away what was typed. Tests replace this."""
    answer = QMessageBox.question(
        parent,
        parent.windowTitle(),
        QCoreApplication.translate("VisitDialog", "Discard what you typed in this visit?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class VisitDialog(QDialog):
    def __init__(
        self,
        book: Book,
        account_id: str,
        visit_id: str | None = None,
        *,
        mode: Literal["plan", "log"],
        parent: QWidget | None = None,
        today: date | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._account_id = account_id
        self._today = today or date.today()
        if now is None:  # the clock's time on the given day: a visit done "now" is done today
            clock = datetime.now().astimezone()
            now = clock.replace(year=self._today.year, month=self._today.month, day=self._today.day)
        self._now = now.astimezone().replace(second=0, microsecond=0)
        self.mode = mode
        self._detail: VisitDetail | None = get_visit(book, visit_id) if visit_id else None
        self._account = get_account(book, account_id)
        self._saved: VisitDetail | None = None
        self._follow_up: VisitDetail | None = None
        kept = self._detail.questions if self._detail else ()
        bank = bank_questions(book)
        known = {q.id for q in bank}
        self.form = VisitForm(
            mode, self._today, list_contacts(book, account_id),
            self._detail.attendees if self._detail else (),
            [*bank, *(q for q in kept if q.id not in known)], self,
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.button_box = find_child(self.form.ui, QDialogButtonBox, "buttonBox")
        save = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        self._base = self._initial_draft()
        self.form.fill(self._base)
        self.form.set_after([save, self.button_box.button(QDialogButtonBox.StandardButton.Cancel)])
        translate_ui(self)
        self._pristine = self._snapshot()
        self.first_field().setFocus()
        self.resize(900, 700)

    # --- what callers read -------------------------------------------------------------------

    def saved_visit_id(self) -> str | None:
        return self._saved.id if self._saved else None

    def saved_visit(self) -> VisitDetail | None:
        return self._saved

    def follow_up_visit_id(self) -> str | None:
        """The follow-up visit planned on saving, if the rep asked for one."""
        return self._follow_up.id if self._follow_up else None

    def visible_problems(self) -> dict[str, str]:
        return self.form.visible_problems()

    def prefill(self, draft: VisitDraft) -> None:
        """Start a new visit from ``draft`` (a revisit from the due list, say): shown as if the
        form had opened with it, so Esc still closes without asking."""
        self._base = draft
        self.form.fill(draft)
        self._pristine = self._snapshot()
        self.first_field().setFocus()

    def first_field(self) -> QWidget:
        """Where typing starts: Outcome when logging, the date when planning."""
        if self.mode == "log":
            return self.form.text("outcome")
        return self.form.date_time("planned_start")

    # --- the draft ----------------------------------------------------------------------------

    def _initial_draft(self) -> VisitDraft:
        if self._detail is not None:
            draft = self._detail.draft
            if self.mode == "log" and draft.done_at is None:
                # Done when planned, unless the plan lies ahead (then: now).
                done_at = draft.planned_start if draft.planned_start <= self._now else self._now
                draft = replace(draft, done_at=done_at)
            return draft
        if self.mode == "log":
            return VisitDraft(self._now, status=VisitStatus.DONE, done_at=self._now)
        start = datetime.combine(self._today + timedelta(days=1), PLAN_DEFAULT_TIME).astimezone()
        return VisitDraft(start, start + timedelta(minutes=PLAN_DEFAULT_MINUTES))

    def read_draft(self) -> tuple[VisitDraft, list[FieldProblem]]:
        planned = self._detail is not None
        return self.form.read(self._base, planned)

    def _snapshot(self) -> object:
        draft, problems = self.read_draft()
        return draft, tuple(p.field for p in problems), self.form.follow_up.isChecked()

    def is_dirty(self) -> bool:
        """Whether the rep changed anything since the dialog opened."""
        return self._snapshot() != self._pristine

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and save; on a problem show it beside its field and save nothing."""
        self.form.clear_problems()
        draft, problems = self.read_draft()
        follow_up = self.mode == "log" and self.form.follow_up.isChecked()
        if (
            follow_up
            and draft.next_visit_on is None
            and "next_visit_on" not in {p.field for p in problems}
        ):
            problems.append(field_problem("next_visit_on", Required()))
        try:
            if problems:
                raise InvalidInput(problems)
            self._saved = self._write(draft)
        except InvalidInput as exc:
            first = self.form.show_problems(exc)
            if first is not None:
                first.setFocus()
            return False
        except KamError as exc:
            self.form.show_message(exc.message())
            return False
        if follow_up:
            try:
                self._follow_up = plan_follow_up(self._book, self._saved.id, today=self._today)
            except KamError as exc:  # the visit is saved; only the follow-up is missing
                show_error(self, exc)
        return True

    def _write(self, draft: VisitDraft) -> VisitDetail:
        book, today, detail = self._book, self._today, self._detail
        if self.mode == "plan":
            if detail is None:
                return plan_visit(book, self._account_id, draft, today=today)
            return update_visit(book, detail.id, draft, detail.revision, today=today)
        if detail is None:
            return log_unplanned(book, self._account_id, draft, today=today)
        return log_outcome(book, detail.id, draft, today=today, expected_revision=detail.revision)

    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        if self.is_dirty() and not ask_discard(self):
            return
        super().reject()

    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Strings set from code; the .ui strings are retranslated by QUiLoader."""
        detail = self._detail
        if self.mode == "plan":
            title = self.tr("Plan a visit") if detail is None else self.tr("Edit planned visit")
        elif detail is None:
            title = self.tr("Log an unplanned visit")
        elif detail.status == VisitStatus.DONE:
            title = self.tr("Edit outcome")
        else:
            title = self.tr("Log outcome")
        account = self._account.draft.short_name or self._account.name
        self.setWindowTitle(f"{title} — {account}")
        self.form.title_label.setText(title)
        self.form.summary_label.setText(self._summary())
        self.form.retranslate()

    def _summary(self) -> str:
        parts = [self._account.name]
        if self._account.code:
            parts[0] += f" ({self._account.code})"
        detail = self._detail
        if detail is not None and self.mode == "log":
            planned = detail.draft.planned_start.astimezone().strftime("%Y-%m-%d %H:%M")
            parts.append(self.tr("planned %1").replace("%1", planned))
            if detail.draft.purpose is not None:
                parts.append(detail.draft.purpose.label())
            if detail.draft.objectives:
                objective = detail.draft.objectives.splitlines()[0]
                parts.append(self.tr("objective: %1").replace("%1", objective))
        return " · ".join(parts)
