"""The due list colours a row's date by urgency: red overdue, amber within three days, else plain
(it used to be red or nothing, so a list of near-due accounts all looked alike)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kam_desktop.gui.visits.due_model import OVERDUE_COLOUR, SOON_COLOUR, urgency_brush
from kam_desktop.services.revisits.due_items import DueItem

TODAY = date(2026, 11, 25)


def _item(due_on: date) -> DueItem:
    return DueItem("a1", "C001", "Account", None, None, None, due_on, ())


@pytest.mark.parametrize(
    ("offset", "colour"),
    [(-5, OVERDUE_COLOUR), (-1, OVERDUE_COLOUR), (0, SOON_COLOUR), (3, SOON_COLOUR), (4, None)],
)
def test_urgency_colour(qtbot, offset: int, colour) -> None:
    brush = urgency_brush(_item(TODAY + timedelta(days=offset)), TODAY)
    if colour is None:
        assert brush is None
    else:
        assert brush is not None
        assert brush.color() == colour
