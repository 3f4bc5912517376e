"""The agenda's date boxes show the days the active range queries ("Next 7 days" is seven days,
not the 14-day default of the chosen range), and the rep's own range survives switching away."""

from __future__ import annotations

from datetime import date

from kam_desktop.gui.visits.agenda_filters import AgendaFilters, AgendaRange

TODAY = date(2026, 11, 25)  # a Wednesday


def _shown(filters: AgendaFilters) -> tuple[date, date]:
    return filters.first_edit.date().toPython(), filters.last_edit.date().toPython()


def test_next_7_days_shows_seven_days_and_queries_them(qtbot) -> None:
    filters = AgendaFilters()
    qtbot.addWidget(filters)
    filters.set_today(TODAY)
    assert filters.range_kind() is AgendaRange.NEXT_7_DAYS
    assert _shown(filters) == (TODAY, date(2026, 12, 1))
    assert filters.days(TODAY) == (TODAY, date(2026, 12, 1))
    assert not filters.first_edit.isEnabled()

    filters.set_range(AgendaRange.THIS_WEEK)
    assert _shown(filters) == (date(2026, 11, 23), date(2026, 11, 29))
    filters.set_range(AgendaRange.TODAY)
    assert _shown(filters) == (TODAY, TODAY)


def test_the_chosen_range_is_kept_while_another_range_is_shown(qtbot) -> None:
    filters = AgendaFilters()
    qtbot.addWidget(filters)
    filters.set_today(TODAY)
    filters.set_chosen_range(date(2026, 12, 3), date(2026, 12, 9))
    assert filters.days(TODAY) == (date(2026, 12, 3), date(2026, 12, 9))

    filters.set_range(AgendaRange.NEXT_7_DAYS)
    assert _shown(filters) == (TODAY, date(2026, 12, 1))
    assert filters.chosen_days() == (date(2026, 12, 3), date(2026, 12, 9))

    filters.set_range(AgendaRange.CHOSEN)
    assert _shown(filters) == (date(2026, 12, 3), date(2026, 12, 9))
    assert filters.first_edit.isEnabled()
