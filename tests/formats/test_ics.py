"""The .ics format from plain rows, parsed back with icalendar: no book involved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from kam_desktop.domain.enums import SpinStage, VisitMethod, VisitPurpose
from kam_desktop.domain.i18n import set_translator
from kam_desktop.formats.ics import (
    DEFAULT_LENGTH,
    PRODID,
    Attendee,
    CalendarVisit,
    visits_calendar,
    write_ics_file,
)

NOW = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)
START = datetime(2026, 11, 30, 1, 30, tzinfo=UTC)


def _visit(**changes: object) -> CalendarVisit:
    values: dict[str, object] = {
        "id": "v1", "planned_start": START, "planned_end": None, "method": VisitMethod.PHONE,
        "purpose": None, "objectives": None, "expected_result": None, "materials": None,
        "colleagues": None, "address": None, "revision": 1, "created_at": NOW,
        "updated_at": NOW, "account_name": "杭州恒远机械有限公司", "account_short_name": None,
    }  # fmt: skip
    values.update(changes)
    return CalendarVisit(**values)  # type: ignore[arg-type]


def _events(cal: Calendar) -> list[object]:
    parsed = Calendar.from_ical(cal.to_ical())
    assert str(parsed["VERSION"]) == "2.0"
    assert str(parsed["PRODID"]) == PRODID
    return parsed.walk("VEVENT")


def test_a_full_visit_becomes_one_event() -> None:
    full = _visit(
        planned_end=START + timedelta(minutes=90),
        method=VisitMethod.IN_PERSON,
        purpose=VisitPurpose.SOLUTION_DEMO,
        objectives="演示能耗监测方案",
        expected_result="约定试点产线",
        materials=[{"item": "演示账号"}, {"item": "报价单", "done": True}, {"item": ""}],
        colleagues="李强",
        address="杭州市余杭区文一西路1号",
        revision=3,
        account_short_name="恒远机械",
        attendees=(
            Attendee("c1", "张伟", "总经理", "zhang.wei@hengyuan.cn"),
            Attendee("c2", "李娜", None, None),
        ),
        questions=((SpinStage.SITUATION, "现在用什么系统?"), (SpinStage.NEED_PAYOFF, "能省多少?")),
    )

    (event,) = _events(visits_calendar([full], NOW))

    assert str(event["UID"]) == "v1@kam-desktop"
    assert event["DTSTAMP"].dt == NOW
    assert (event["DTSTART"].dt, event["DTEND"].dt) == (START, START + timedelta(minutes=90))
    assert event["DTSTART"].to_ical().endswith(b"Z")
    assert int(event["SEQUENCE"]) == 2  # revision 1 is sequence 0
    assert str(event["SUMMARY"]) == "Solution demo · 恒远机械"
    assert str(event["LOCATION"]) == "杭州市余杭区文一西路1号"
    assert str(event["DESCRIPTION"]) == (
        "Objectives: 演示能耗监测方案\n\nExpected result: 约定试点产线\n\n"
        "Questions to ask:\n1. [S] 现在用什么系统?\n2. [N] 能省多少?\n\n"
        "Materials and samples: 演示账号, 报价单\n\nOur colleagues: 李强"
    )
    attendees = {a.params["CN"]: a for a in event["ATTENDEE"]}
    assert str(attendees["张伟"]) == "mailto:zhang.wei@hengyuan.cn"
    assert str(attendees["李娜"]) == "urn:uuid:c2"  # no e-mail: a URI that invites nobody
    assert all(a.params["RSVP"] == "FALSE" for a in attendees.values())
    assert attendees["李娜"].params["X-KAM-CONTACT-ID"] == "c2"
    assert event["CATEGORIES"].cats == ["Solution demo", "In person"]


def test_a_bare_visit_lasts_the_default_length_and_says_little() -> None:
    (event,) = _events(visits_calendar([_visit()], NOW))
    assert event["DTEND"].dt - event["DTSTART"].dt == DEFAULT_LENGTH
    assert str(event["SUMMARY"]) == "Phone · 杭州恒远机械有限公司"  # no short name: the full one
    assert int(event["SEQUENCE"]) == 0
    for absent in ("LOCATION", "DESCRIPTION", "ATTENDEE"):
        assert absent not in event
    assert event["CATEGORIES"].cats == ["Phone"]


def test_events_keep_the_order_given() -> None:
    visits = [_visit(id=f"v{i}", planned_start=START - timedelta(hours=i)) for i in range(3)]
    assert [str(e["UID"]) for e in _events(visits_calendar(visits, NOW))] == [
        "v0@kam-desktop",
        "v1@kam-desktop",
        "v2@kam-desktop",
    ]


def test_labels_follow_the_interface_language() -> None:
    catalogue = {
        ("VisitPurpose", "Revisit"): "回访",
        ("calendar", "Objectives"): "拜访目标",
        ("calendar", "KAM Desktop visits"): "KAM 拜访",
    }
    set_translator(lambda ctx, text: catalogue.get((ctx, text), text), "zh_CN")
    try:
        cal = visits_calendar([_visit(purpose=VisitPurpose.REVISIT, objectives="回访")], NOW)
    finally:
        set_translator(None)
    assert str(cal["X-WR-CALNAME"]) == "KAM 拜访"
    (event,) = _events(cal)
    assert str(event["SUMMARY"]) == "回访 · 杭州恒远机械有限公司"
    assert str(event["DESCRIPTION"]) == "拜访目标: 回访"


def test_writing_replaces_the_file_and_counts_the_events(tmp_path: Path) -> None:
    path = tmp_path / "visits.ics"
    path.write_text("old calendar")
    cal = visits_calendar([_visit(id="a"), _visit(id="b")], NOW)

    assert write_ics_file(path, cal) == 2

    assert path.read_bytes() == cal.to_ical()
    assert [p.name for p in tmp_path.iterdir()] == ["visits.ics"]


def test_an_empty_calendar_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "empty.ics"
    assert write_ics_file(path, visits_calendar([], NOW)) == 0
    assert Calendar.from_ical(path.read_bytes()).walk("VEVENT") == []


def test_a_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):  # noqa: PT011 (the caller shows whichever it is)
        write_ics_file(tmp_path / "gone" / "v.ics", visits_calendar([], NOW))
    assert list(tmp_path.iterdir()) == []
