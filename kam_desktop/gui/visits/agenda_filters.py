"""The agenda's range buttons (overdue, today, this week, next 7 days, a chosen range) and its
filters (owner, tier or grade, method, status), turned into a ``VisitQuery``.

Ranges are the rep's local calendar days; ``local_day_range`` turns them into UTC bounds, so
"today" in Shanghai starts at 16:00 UTC the day before.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import Enum

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QLabel,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import Grade, ValueTier, VisitMethod, VisitStatus
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.services.visits.visits import VisitQuery, local_day_range


class AgendaRange(Enum):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    NEXT_7_DAYS = "next_7_days"
    CHOSEN = "chosen"


def range_days(
    kind: AgendaRange, today: date, first: date | None = None, last: date | None = None
) -> tuple[date, date] | None:
    """The local days (inclusive) a range covers; None for "overdue" (any day before now)."""
    if kind is AgendaRange.TODAY:
        return today, today
    if kind is AgendaRange.THIS_WEEK:  # Monday to Sunday, as Chinese calendars show weeks
        monday = today - timedelta(days=today.weekday())
        return monday, monday + timedelta(days=6)
    if kind is AgendaRange.NEXT_7_DAYS:
        return today, today + timedelta(days=6)
    if kind is AgendaRange.CHOSEN:
        first = first or today
        last = last or first
        return (first, last) if first <= last else (last, first)
    return None


def range_query(
    kind: AgendaRange, today: date, first: date | None = None, last: date | None = None
) -> VisitQuery:
    """The part of the agenda's query that the range decides."""
    days = range_days(kind, today, first, last)
    if days is None:
        return VisitQuery(overdue_only=True)
    start, end = local_day_range(*days)
    return VisitQuery(start=start, end=end)


_ANY = None  # the data of each combo's "any" entry


class AgendaFilters(QWidget):
    """Emits ``changed`` whenever the range or a filter changes; ``query(today)`` reads them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.range_buttons: dict[AgendaRange, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        # Tool bars: in a narrow window the last controls fold into a ">>" menu instead of
        # forcing the whole window wider.
        ranges = _bar(self)
        for kind in AgendaRange:
            button = QToolButton(self)
            button.setObjectName(f"range_{kind.value}")
            button.setCheckable(True)
            button.setAutoRaise(False)
            self._group.addButton(button)
            self.range_buttons[kind] = button
            ranges.addWidget(button)
        self.first_edit = QDateEdit(self)
        self.first_edit.setObjectName("rangeFirst")
        self.last_edit = QDateEdit(self)
        self.last_edit.setObjectName("rangeLast")
        self.to_label = QLabel(self)
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self._today = date.today()  # until set_today()
        self._chosen = (self._today, self._today + timedelta(days=13))
        self._set_dates(*self._chosen)
        ranges.addWidget(self.first_edit)
        ranges.addWidget(self.to_label)
        ranges.addWidget(self.last_edit)

        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("ownerFilter")
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("levelFilter")
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("methodFilter")
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        filters = _bar(self)
        for combo in self._combos():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(combo)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(ranges)
        layout.addWidget(filters)

        self._owners: list[str] = []
        self.range_buttons[AgendaRange.NEXT_7_DAYS].setChecked(True)
        translate_ui(self)
        self._show_range_dates()
        self._update_chosen_enabled()

        self._group.buttonToggled.connect(self._on_range_toggled)
        self.first_edit.dateChanged.connect(self._on_dates_changed)
        self.last_edit.dateChanged.connect(self._on_dates_changed)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.changed)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.owner_combo, self.level_combo, self.method_combo, self.status_combo)

    # --- state -------------------------------------------------------------------------------

    def range_kind(self) -> AgendaRange:
        return next(k for k, b in self.range_buttons.items() if b.isChecked())

    def set_range(self, kind: AgendaRange) -> None:
        self.range_buttons[kind].setChecked(True)

    def set_chosen_range(self, first: date, last: date) -> None:
        """Show ``first``..``last`` (and switch to the chosen range)."""
        self._chosen = (first, last)
        self._set_dates(first, last)
        if self.range_kind() is AgendaRange.CHOSEN:
            self.changed.emit()
        else:
            self.set_range(AgendaRange.CHOSEN)

    def _set_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)

    def chosen_days(self) -> tuple[date, date]:
        """The rep's own range (kept while another range's days are shown in the boxes)."""
        if self.range_kind() is AgendaRange.CHOSEN:
            return self.first_edit.date().toPython(), self.last_edit.date().toPython()
        return self._chosen

    def set_today(self, today: date) -> None:
        """Start the chosen range at ``today`` while the rep has not picked one and show the
        active range's days (no signal: the page reloads after a new day anyway)."""
        self._today = today
        if self.range_kind() is not AgendaRange.CHOSEN:
            self._chosen = (today, today + timedelta(days=13))
        self._show_range_dates()

    def _show_range_dates(self) -> None:
        """The date boxes show the days the active range uses (greyed unless "Range:"), so
        "Next 7 days" reads as the seven days it queries; "Overdue" shows up to yesterday."""
        kind = self.range_kind()
        if kind is AgendaRange.CHOSEN:
            self._set_dates(*self._chosen)
            return
        days = range_days(kind, self._today)
        if days is None:
            yesterday = self._today - timedelta(days=1)
            days = (min(self._chosen[0], yesterday), yesterday)
        self._set_dates(*days)

    def set_owners(self, owners: list[str]) -> None:
        """The owners offered (the book's account managers); keeps the choice if still there."""
        self._owners = sorted(set(owners))
        self._fill(self.owner_combo, self.tr("All owners"), [(o, o) for o in self._owners])

    def days(self, today: date) -> tuple[date, date] | None:
        first, last = self.chosen_days()
        return range_days(self.range_kind(), today, first, last)

    def query(self, today: date) -> VisitQuery:
        first, last = self.chosen_days()
        base = range_query(self.range_kind(), today, first, last)
        owner = self.owner_combo.currentData()
        level = self.level_combo.currentData()
        method = self.method_combo.currentData()
        status = self.status_combo.currentData()
        return VisitQuery(
            start=base.start,
            end=base.end,
            overdue_only=base.overdue_only,
            owners=frozenset({owner}) if owner else frozenset(),
            tiers=frozenset({level}) if isinstance(level, ValueTier) else frozenset(),
            grades=frozenset({level}) if isinstance(level, Grade) else frozenset(),
            methods=frozenset({method}) if method else frozenset(),
            statuses=frozenset({status}) if status else frozenset(),
        )

    def chosen_owner(self) -> str | None:
        return self.owner_combo.currentData() or None

    def now(self, today: date) -> datetime:
        """ "Now" on ``today``: the real time of day, on the (possibly pinned) date."""
        return datetime.combine(today, datetime.now().time()).astimezone()

    # --- reactions ---------------------------------------------------------------------------

    def _on_range_toggled(self, _button: QToolButton, checked: bool) -> None:
        if checked:
            self._show_range_dates()
            self._update_chosen_enabled()
            self.changed.emit()

    def _on_dates_changed(self, _date: QDate) -> None:
        if self.range_kind() is AgendaRange.CHOSEN:
            self._chosen = (
                self.first_edit.date().toPython(),
                self.last_edit.date().toPython(),
            )
            self.changed.emit()

    def _update_chosen_enabled(self) -> None:
        chosen = self.range_kind() is AgendaRange.CHOSEN
        for widget in (self.first_edit, self.last_edit, self.to_label):
            widget.setEnabled(chosen)

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            AgendaRange.OVERDUE: (
                self.tr("Overdue"),
                self.tr("Planned visits whose time has passed"),
            ),
            AgendaRange.TODAY: (self.tr("Today"), self.tr("Visits planned for today")),
            AgendaRange.THIS_WEEK: (
                self.tr("This week"),
                self.tr("Monday to Sunday of this week"),
            ),
            AgendaRange.NEXT_7_DAYS: (
                self.tr("Next 7 days"),
                self.tr("Today and the six days after"),
            ),
            AgendaRange.CHOSEN: (self.tr("Range:"), self.tr("The days chosen on the right")),
        }
        for kind, (text, tip) in texts.items():
            self.range_buttons[kind].setText(text)
            self.range_buttons[kind].setToolTip(tip)
        self.to_label.setText(self.tr("to"))
        self._fill(self.owner_combo, self.tr("All owners"), [(o, o) for o in self._owners])
        levels = [(t, t.label()) for t in ValueTier] + [(g, g.label()) for g in Grade]
        self._fill(self.level_combo, self.tr("All tiers and grades"), levels)
        self._fill(self.method_combo, self.tr("All methods"), [(m, m.label()) for m in VisitMethod])
        statuses = [(s, s.label()) for s in VisitStatus]
        self._fill(self.status_combo, self.tr("All statuses"), statuses)

    def _fill(self, combo: QComboBox, any_text: str, choices: list[tuple[object, str]]) -> None:
        """Refill ``combo`` keeping its choice; no ``changed`` unless the choice disappeared."""
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, _ANY)
        for value, text in choices:
            combo.addItem(text, value)
        index = combo.findData(kept) if kept is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if kept is not None and index < 0:
            self.changed.emit()


def _bar(parent: QWidget) -> QToolBar:
    bar = QToolBar(parent)
    bar.setStyleSheet("QToolBar { border: none; spacing: 4px; }")
    return bar
