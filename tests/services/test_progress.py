"""Progress reporting: named steps, nested calls mapped into their step (the bar never jumps back),
cancel reaching nested calls, step names that carry their translation context."""

from __future__ import annotations

from datetime import date

import pytest

from kam_desktop.db.book import Book
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.errors import Text
from kam_desktop.domain.i18n import set_translator
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.book.account_caches import refresh_all
from kam_desktop.services.progress import (
    STEP_CONTEXT,
    Cancelled,
    Progress,
    Steps,
    SubProgress,
    step_names,
)

TODAY = date(2026, 3, 15)


class Recorder:
    """A sink that keeps every report as (fraction done, note source)."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.reports: list[tuple[float, str | None]] = []
        self.notes: list[Text | None] = []
        self.cancel_after = cancel_after

    def update(self, done: int, total: int, note: Text | None = None) -> None:
        self.reports.append((done / total if total else 0.0, note.source if note else None))
        self.notes.append(note)

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.reports) >= self.cancel_after

    def fractions(self) -> list[float]:
        return [fraction for fraction, _ in self.reports]


INNER = step_names("Inner one", "Inner two")
OUTER = step_names("Outer one", "Outer two", "Outer three")


def inner(progress: Progress) -> None:
    steps = Steps(progress, INNER)
    steps.start(0)
    steps.start(1)
    steps.finish()


def outer(progress: Progress) -> None:
    steps = Steps(progress, OUTER)
    inner(steps.within(0))
    steps.start(1)
    middle = Steps(steps.within(2), OUTER[:2])  # two levels down
    inner(middle.within(0))
    inner(middle.within(1))
    middle.finish()
    steps.finish()


def test_nested_steps_only_move_forward_and_name_what_runs() -> None:
    recorder = Recorder()
    outer(recorder)

    fractions = recorder.fractions()
    assert fractions == sorted(fractions)  # never back
    assert fractions[0] == 0.0
    assert fractions[-1] == 1.0
    assert recorder.reports[:4] == [
        (0.0, "Outer one"),
        (0.0, "Inner one"),
        (pytest.approx(1 / 6), "Inner two"),  # half of the first third
        (pytest.approx(1 / 3), "Outer one"),  # inner done: back to the step it is part of
    ]
    assert recorder.reports[4] == (pytest.approx(1 / 3), "Outer two")
    # Three levels: Outer three > Outer two (of the middle) > Inner two is 2/3 + 1/6 + 1/12.
    assert (pytest.approx(2 / 3 + 1 / 6 + 1 / 12), "Inner two") in recorder.reports
    assert recorder.reports[-1] == (1.0, None)  # finished: no step named any more
    assert {note.context for note in recorder.notes if note} == {STEP_CONTEXT}


def test_a_nested_call_reporting_less_does_not_move_the_bar_back() -> None:
    recorder = Recorder()
    sub = SubProgress(recorder, 2, 3, 4)
    sub.update(5, 10)
    sub.update(1, 10)  # a nested call starting a second pass
    sub.update(3, 0)  # an unknown total
    assert recorder.fractions() == [0.625, 0.625, 0.625]


def test_cancel_reaches_nested_calls_and_finish_does_not_check() -> None:
    with pytest.raises(Cancelled):
        outer(Recorder(cancel_after=3))  # the first inner call's second step
    recorder = Recorder(cancel_after=0)
    Steps(recorder, OUTER).finish()  # after a commit there is nothing left to roll back
    assert recorder.reports == [(1.0, None)]


def test_refresh_all_runs_its_nested_refreshes_inside_its_steps(book: Book) -> None:
    create_account(book, AccountDraft(name="杭州恒远机械有限公司", code="HZ001"))
    recorder = Recorder()
    refresh_all(book, TODAY, recorder)

    fractions = recorder.fractions()
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    named = [note for _, note in recorder.reports if note]
    # refresh_all's own steps, with the coverage refresh's and the value refresh's inside:
    # contacts first (gaps read their last contact), then gaps (an indicator), then scores.
    assert named[0] == "Saving contacts"
    assert named.index("Counting contacts") < named.index("Reading accounts")
    assert named.index("Reading accounts") < named.index("Summing sales")
    assert named.index("Summing sales") < named.index("Reading SPIN progress")
    assert named.index("Reading SPIN progress") < named.index("Finding visits due")
    assert named[-1] == "Saving value snapshots"
    # The first coverage step sits at a sixth: after the contacts, before the rest.
    counting = recorder.reports[[n for _, n in recorder.reports].index("Counting contacts")]
    assert counting[0] == pytest.approx(1 / 6)


def test_step_names_are_shown_in_the_current_language() -> None:
    (name,) = step_names("Scoring accounts")
    set_translator(lambda context, text: f"{context}:{text}", "zh_CN")
    try:
        assert str(name) == "progress:Scoring accounts"
    finally:
        set_translator(None)
    assert str(name) == "Scoring accounts"
