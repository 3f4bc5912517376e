"""Checklists of the visit form: who attends, and which SPIN questions to ask.

Both drive a ``QListWidget`` from the form: Space ticks the current line, Tab leaves the list.
Questions are shown in the interface language (the other one when a question has only that),
grouped by stage under a heading, and can be narrowed to one stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem

from kam_desktop.domain.enums import SpinStage
from kam_desktop.services.contacts.contacts import ContactRow
from kam_desktop.services.visits.visit_records import Attendee

ID_ROLE = Qt.ItemDataRole.UserRole
CHECKABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
CHECKABLE |= Qt.ItemFlag.ItemIsSelectable


class BankQuestion(Protocol):
    """A question of the bank (``spin_bank.Question``) or one a visit kept (``PlannedQuestion``)."""

    id: str
    stage: SpinStage

    def text(self, language: str | None = None) -> str: ...


def _checked(item: QListWidgetItem) -> bool:
    return item.checkState() == Qt.CheckState.Checked


class AttendeePicker(QObject):
    """The account's live contacts "name · title", ticked when they attend. People a visit
    already names stay listed even if deleted since, so that saving keeps them."""

    def __init__(
        self, view: QListWidget, contacts: Sequence[ContactRow], kept: Sequence[Attendee]
    ) -> None:
        super().__init__(view)
        self.view = view
        live = {c.id for c in contacts}
        people = [(c.id, c.name, c.title, False) for c in contacts]
        people += [(a.id, a.name, a.title, True) for a in kept if a.id not in live]
        self._people = sorted(people, key=lambda p: (p[1], p[0]))
        for person_id, *_ in self._people:
            item = QListWidgetItem(view)
            item.setData(ID_ROLE, person_id)
            item.setFlags(CHECKABLE)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.retranslate()

    def set_checked(self, ids: Sequence[str]) -> None:
        wanted = set(ids)
        for item in self._items():
            state = (
                Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)

    def checked_ids(self) -> tuple[str, ...]:
        return tuple(item.data(ID_ROLE) for item in self._items() if _checked(item))

    def is_empty(self) -> bool:
        return not self._people

    def _items(self) -> list[QListWidgetItem]:
        return [self.view.item(i) for i in range(self.view.count())]

    def retranslate(self) -> None:
        gone_text = self.tr("(no longer a contact)")
        for item, (_, name, title, gone) in zip(self._items(), self._people, strict=True):
            text = f"{name} · {title}" if title else name
            item.setText(f"{text} {gone_text}" if gone else text)
        self.view.setAccessibleName(self.tr("Attendees"))


class QuestionPicker(QObject):
    """Questions to ask, picked from the bank; the ticked ones keep the order they were
    ticked in, which is the order the visit plan prints them."""

    def __init__(
        self,
        view: QListWidget,
        stage_filter: QComboBox,
        count_label: QLabel,
        questions: Sequence[BankQuestion],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.stage_filter = stage_filter
        self.count_label = count_label
        self._questions = {q.id: q for q in questions}
        self._chosen: list[str] = []
        self._filling = False
        view.itemChanged.connect(self._on_item_changed)
        stage_filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.retranslate()

    def set_chosen(self, ids: Sequence[str]) -> None:
        self._chosen = [q for q in dict.fromkeys(ids) if q in self._questions]
        self._fill()

    def chosen_ids(self) -> tuple[str, ...]:
        return tuple(self._chosen)

    def stage(self) -> SpinStage | None:
        return self.stage_filter.currentData()

    def _fill(self) -> None:
        """List the stage's questions (every stage under its heading when none is chosen)."""
        self._filling = True
        self.view.clear()
        wanted = self.stage()
        stages = [wanted] if wanted is not None else list(SpinStage)
        for stage in stages:
            in_stage = [q for q in self._questions.values() if q.stage == stage]
            if not in_stage:
                continue
            if wanted is None:
                heading = QListWidgetItem(f"{stage.value} · {stage.label()}", self.view)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = QFont(heading.font())
                font.setBold(True)
                heading.setFont(font)
            for question in in_stage:
                item = QListWidgetItem(question.text(), self.view)
                item.setData(ID_ROLE, question.id)
                item.setFlags(CHECKABLE)
                chosen = question.id in self._chosen
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
                item.setToolTip(question.text())
        self._filling = False
        self._update_count()

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        question_id = item.data(ID_ROLE)
        if self._filling or question_id is None:
            return
        if _checked(item) and question_id not in self._chosen:
            self._chosen.append(question_id)
        elif not _checked(item) and question_id in self._chosen:
            self._chosen.remove(question_id)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n question(s) chosen", "", len(self._chosen)))

    def retranslate(self) -> None:
        current = self.stage()
        self.stage_filter.blockSignals(True)
        self.stage_filter.clear()
        self.stage_filter.addItem(self.tr("All stages"), None)
        for stage in SpinStage:
            self.stage_filter.addItem(f"{stage.value} · {stage.label()}", stage)
        self.stage_filter.setCurrentIndex(max(self.stage_filter.findData(current), 0))
        self.stage_filter.blockSignals(False)
        self.view.setAccessibleName(self.tr("Questions to ask"))
        self._fill()  # question texts follow the interface language
