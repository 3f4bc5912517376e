"""Visit drafts: normalising, every refusal with the field it names, dates in the rep's zone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from kam_desktop.domain.enums import ComplaintCategory, VisitStatus
from kam_desktop.domain.errors import InvalidInput, Required, TooLong
from kam_desktop.domain.i18n import set_translator
from kam_desktop.domain.visits.visit_fields import (
    BeforeOpened,
    BeforeVisit,
    ComplaintDraft,
    EndsBeforeStart,
    InTheFuture,
    MaterialItem,
    NextStepDraft,
    OutOfRange,
    VisitDraft,
    VisitField,
    local_date,
    validated,
)

START = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
TODAY = date(2026, 11, 25)


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The rep's laptop runs on China time (UTC+8), whatever the test machine uses."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _refusal(draft: VisitDraft, today: date | None = None) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        validated(draft, today)
    return caught.value


def test_normalise_trims_text_and_drops_empty_lines() -> None:
    draft = VisitDraft(
        planned_start=START,
        objectives="  了解设备运行情况 ",
        outcome="   ",
        colleagues="",
        materials=(MaterialItem(" 样品 ", True), MaterialItem("  "), MaterialItem("报价单")),
        attendee_ids=("a", "b", "a"),
        question_ids=("q1", "q1", "q2"),
        next_steps=(NextStepDraft("  寄送样品 ", TODAY, owner=" "),),
        complaints=(ComplaintDraft(ComplaintCategory.PRICE, description=" 价格偏高 "),),
    )
    clean = validated(draft)
    assert clean.objectives == "了解设备运行情况"
    assert clean.outcome is None
    assert clean.colleagues is None
    assert clean.materials == (MaterialItem("样品", True), MaterialItem("报价单", False))
    assert clean.attendee_ids == ("a", "b")
    assert clean.question_ids == ("q1", "q2")
    assert clean.next_steps[0].text == "寄送样品"
    assert clean.next_steps[0].owner is None
    assert clean.complaints[0].description == "价格偏高"


def test_naive_times_are_the_reps_local_time(shanghai: None) -> None:
    clean = validated(VisitDraft(planned_start=datetime(2026, 11, 24, 10, 0)))
    assert clean.planned_start == START
    assert clean.planned_start.tzinfo == UTC


def test_aware_times_are_kept_as_utc(shanghai: None) -> None:
    plus8 = START.astimezone().replace()  # 10:00+08:00
    clean = validated(VisitDraft(planned_start=plus8, planned_end=plus8 + timedelta(hours=1)))
    assert clean.planned_start == START
    assert clean.planned_end == START + timedelta(hours=1)


def test_end_before_start_is_refused_naming_the_end() -> None:
    error = _refusal(VisitDraft(planned_start=START, planned_end=START - timedelta(minutes=1)))
    assert error.fields() == ["planned_end"]
    assert isinstance(error.problems[0].problem, EndsBeforeStart)
    assert "Planned end" in error.message()


def test_end_equal_to_start_is_allowed() -> None:
    assert validated(VisitDraft(planned_start=START, planned_end=START)).planned_end == START


@pytest.mark.parametrize("value", [0, 6, -1])
def test_satisfaction_outside_one_to_five_is_refused(value: int) -> None:
    error = _refusal(VisitDraft(planned_start=START, satisfaction=value))
    assert error.fields() == ["satisfaction"]
    assert isinstance(error.problems[0].problem, OutOfRange)
    assert "between 1 and 5" in error.message()


@pytest.mark.parametrize("value", [1, 5])
def test_satisfaction_bounds_are_allowed(value: int) -> None:
    assert validated(VisitDraft(planned_start=START, satisfaction=value)).satisfaction == value


def test_next_step_without_due_date_or_text_is_refused_naming_the_row() -> None:
    draft = VisitDraft(
        planned_start=START,
        next_steps=(NextStepDraft("寄送样品", TODAY), NextStepDraft("  ", None)),
    )
    error = _refusal(draft)
    assert error.fields() == ["next_steps.1.text", "next_steps.1.due_on"]
    assert all(isinstance(p.problem, Required) for p in error.problems)
    assert "Next step 2, due date: is required." in error.message()


def test_complaint_without_category_is_refused_naming_the_row() -> None:
    draft = VisitDraft(
        planned_start=START,
        complaints=(ComplaintDraft(ComplaintCategory.DELIVERY), ComplaintDraft(None)),
    )
    error = _refusal(draft)
    assert error.fields() == ["complaints.1.category"]
    assert "Complaint 2, category" in error.message()


def test_every_problem_is_reported_at_once() -> None:
    draft = VisitDraft(
        planned_start=START,
        planned_end=START - timedelta(hours=1),
        satisfaction=9,
        colleagues="张" * 201,
        next_steps=(NextStepDraft("回访", None),),
        complaints=(ComplaintDraft(None),),
    )
    error = _refusal(draft)
    assert set(error.fields()) == {
        "planned_end",
        "satisfaction",
        "colleagues",
        "next_steps.0.due_on",
        "complaints.0.category",
    }
    too_long = next(p for p in error.problems if p.field == "colleagues")
    assert isinstance(too_long.problem, TooLong)


def test_done_visit_without_done_at_is_done_when_planned() -> None:
    end = START + timedelta(minutes=90)
    with_end = validated(VisitDraft(START, planned_end=end, status=VisitStatus.DONE))
    assert with_end.done_at == end
    without_end = validated(VisitDraft(START, status=VisitStatus.DONE))
    assert without_end.done_at == START
    planned = validated(VisitDraft(START, planned_end=end))
    assert planned.done_at is None
    # Set back from done to missed: it did not happen after all.
    missed = validated(VisitDraft(START, status=VisitStatus.MISSED, done_at=end))
    assert missed.done_at is None


def test_done_in_the_future_is_refused_by_the_reps_calendar(shanghai: None) -> None:
    # 2026-11-25 17:30 UTC is already 26 November in Shanghai.
    late = datetime(2026, 11, 25, 17, 30, tzinfo=UTC)
    draft = VisitDraft(late - timedelta(hours=1), status=VisitStatus.DONE, done_at=late)
    error = _refusal(draft, TODAY)
    assert error.fields() == ["done_at"]
    assert isinstance(error.problems[0].problem, InTheFuture)
    assert "2026-11-26" in error.message()
    # 15:30 UTC is 23:30 the same day in Shanghai: allowed.
    evening = datetime(2026, 11, 25, 15, 30, tzinfo=UTC)
    ok = replace(draft, done_at=evening, planned_start=evening - timedelta(hours=1))
    assert validated(ok, TODAY).done_at == evening


def test_next_visit_before_the_visit_day_is_refused(shanghai: None) -> None:
    # Planned 2026-11-24 20:00 UTC = 25 November in Shanghai.
    start = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)
    error = _refusal(VisitDraft(start, next_visit_on=date(2026, 11, 24)))
    assert error.fields() == ["next_visit_on"]
    assert isinstance(error.problems[0].problem, BeforeVisit)
    assert validated(VisitDraft(start, next_visit_on=date(2026, 11, 25))).next_visit_on


def test_dates_default_from_today_when_saving() -> None:
    draft = VisitDraft(
        START,
        next_steps=(NextStepDraft("寄样", TODAY, done=True), NextStepDraft("报价", TODAY)),
        complaints=(
            ComplaintDraft(ComplaintCategory.PRICE, resolved=True),
            ComplaintDraft(ComplaintCategory.OTHER),
        ),
    )
    clean = validated(draft, TODAY)
    assert [s.done_on for s in clean.next_steps] == [TODAY, None]
    visit_day = local_date(START)
    assert [c.opened_on for c in clean.complaints] == [visit_day, visit_day]
    assert [c.resolved_on for c in clean.complaints] == [TODAY, None]


def test_a_complaint_at_a_visit_still_to_come_opens_today() -> None:
    future = datetime(2026, 12, 10, 2, 0, tzinfo=UTC)
    clean = validated(
        VisitDraft(future, complaints=(ComplaintDraft(ComplaintCategory.PRICE),)), TODAY
    )
    assert clean.complaints[0].opened_on == TODAY


def test_resolution_date_means_resolved_and_must_follow_opening() -> None:
    resolved = validated(
        VisitDraft(START, complaints=(ComplaintDraft(ComplaintCategory.PRICE, resolved_on=TODAY),))
    )
    assert resolved.complaints[0].resolved is True
    early = ComplaintDraft(
        ComplaintCategory.PRICE, opened_on=date(2026, 11, 20), resolved_on=date(2026, 11, 19)
    )
    error = _refusal(VisitDraft(START, complaints=(early,)), TODAY)
    assert error.fields() == ["complaints.0.resolved_on"]
    assert isinstance(error.problems[0].problem, BeforeOpened)


def test_a_resolved_step_keeps_its_date() -> None:
    step = NextStepDraft("寄样", TODAY, done=True, done_on=date(2026, 11, 20))
    assert validated(VisitDraft(START, next_steps=(step,)), TODAY).next_steps[0].done_on == date(
        2026, 11, 20
    )


def test_field_labels_are_bilingual_and_errors_translate() -> None:
    assert VisitField.ATTENDEES.label("zh_CN") == "参与人"
    assert VisitField.NEXT_VISIT_ON.label("en") == "Next visit"
    catalogue = {
        ("VisitField", "Next step {row}, due date"): "后续行动{row}的截止日期",
        ("errors", "is required."): "必填。",
        ("errors", "Not saved. Please correct: {details}"): "未保存，请修改：{details}",
    }
    set_translator(lambda ctx, text: catalogue.get((ctx, text), text), "zh_CN")
    try:
        error = _refusal(VisitDraft(START, next_steps=(NextStepDraft("回访", None),)))
        assert error.message() == "未保存，请修改：后续行动1的截止日期: 必填。"
    finally:
        set_translator(None)
