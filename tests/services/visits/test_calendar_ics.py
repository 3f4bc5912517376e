"""Calendar export: the .ics file parsed back with icalendar, every event checked."""

from __future__ import annotations

import os
import stat
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from kam_desktop.db.book import Book, open_book
from kam_desktop.db.models import Account, Contact, SpinQuestion, Visit
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.enums import VisitMethod, VisitPurpose, VisitStatus
from kam_desktop.domain.i18n import set_translator
from kam_desktop.domain.visits.visit_fields import MaterialItem, VisitDraft
from kam_desktop.formats.ics import DEFAULT_LENGTH
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.demo import build_demo_book
from kam_desktop.services.spin.spin_bank import seed_question_bank
from kam_desktop.services.visits.calendar_ics import export_ics
from kam_desktop.services.visits.visits import (
    VisitQuery,
    cancel_visit,
    delete_visit,
    get_visit,
    list_visits,
    local_day_range,
    plan_visit,
    update_visit,
)

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _read(path: Path) -> list[object]:
    cal = Calendar.from_ical(path.read_bytes())
    assert str(cal["VERSION"]) == "2.0"
    assert "KAM Desktop" in str(cal["PRODID"])
    return cal.walk("VEVENT")


def _utc(event: object, name: str) -> datetime:
    value = event[name].dt  # type: ignore[index]
    assert value.utcoffset() == timedelta(0), f"{name} is not in UTC"
    assert event[name].to_ical().endswith(b"Z")  # type: ignore[index]
    return value


def _setup(book: Book) -> tuple[str, dict[str, str]]:
    account_id = create_account(
        book, AccountDraft(name="杭州恒远机械有限公司", short_name="恒远机械", owner="王磊")
    ).id
    people = {}
    with book.sessions.begin() as s:
        for name, email in (("张伟", "zhang.wei@hengyuan.cn"), ("李娜", None)):
            contact = Contact(account_id=account_id, name=name, email=email)
            s.add(contact)
            s.flush()
            people[name] = contact.id
    return account_id, people


def test_export_writes_every_planned_visit_in_range(
    book: Book, tmp_path: Path, shanghai: None
) -> None:
    account_id, people = _setup(book)
    seed_question_bank(book)
    with book.sessions() as s:
        asked = list(
            s.execute(
                select(SpinQuestion.id, SpinQuestion.stage, SpinQuestion.text_en).order_by(
                    SpinQuestion.position
                )
            )
        )[:2]
    first_day, last_day = local_day_range(date(2026, 11, 30), date(2026, 12, 6))
    # Monday 30 November 09:30 in Shanghai is 01:30 UTC.
    demo_start = datetime(2026, 11, 30, 1, 30, tzinfo=UTC)
    full = plan_visit(
        book,
        account_id,
        VisitDraft(
            demo_start,
            planned_end=demo_start + timedelta(minutes=90),
            method=VisitMethod.IN_PERSON,
            purpose=VisitPurpose.SOLUTION_DEMO,
            objectives="演示能耗监测方案",
            expected_result="约定试点产线",
            materials=(MaterialItem("演示账号"), MaterialItem("报价单", True)),
            attendee_ids=(people["张伟"], people["李娜"]),
            location="杭州市余杭区文一西路1号",
            question_ids=tuple(q.id for q in asked),
        ),
    )
    call = plan_visit(
        book,
        account_id,
        VisitDraft(datetime(2026, 12, 2, 6, 0, tzinfo=UTC), method=VisitMethod.PHONE),
    )
    # Not exported: done, cancelled, deleted, out of range, another owner's.
    with book.sessions.begin() as s:
        s.add(
            Visit(
                account_id=account_id, planned_start=demo_start, status=VisitStatus.DONE,
                done_at=demo_start, owner="王磊",
            )
        )  # fmt: skip
    cancel_visit(book, plan_visit(book, account_id, VisitDraft(demo_start)).id, "改期")
    delete_visit(book, plan_visit(book, account_id, VisitDraft(demo_start)).id)
    plan_visit(book, account_id, VisitDraft(last_day))  # the range's end is excluded
    plan_visit(book, account_id, VisitDraft(first_day - timedelta(minutes=1)))
    plan_visit(book, account_id, VisitDraft(demo_start, owner="李强"))

    path = tmp_path / "visits.ics"
    count = export_ics(book, first_day, last_day, path, owner="王磊", now=NOW)
    events = _read(path)
    assert count == len(events) == 2
    by_uid = {str(e["UID"]): e for e in events}
    assert set(by_uid) == {f"{full.id}@kam-desktop", f"{call.id}@kam-desktop"}

    event = by_uid[f"{full.id}@kam-desktop"]
    assert _utc(event, "DTSTART") == demo_start
    assert _utc(event, "DTEND") == demo_start + timedelta(minutes=90)
    assert _utc(event, "DTSTAMP") == NOW
    assert str(event["SUMMARY"]) == "Solution demo · 恒远机械"
    assert str(event["LOCATION"]) == "杭州市余杭区文一西路1号"
    description = str(event["DESCRIPTION"])
    assert "Objectives: 演示能耗监测方案" in description
    assert "Expected result: 约定试点产线" in description
    for n, (_id, stage, text) in enumerate(asked, 1):
        assert f"{n}. [{stage.value}] {text}" in description
    assert "Materials and samples: 演示账号, 报价单" in description
    attendees = {a.params["CN"]: a for a in event["ATTENDEE"]}
    assert set(attendees) == {"张伟", "李娜"}
    assert str(attendees["张伟"]) == "mailto:zhang.wei@hengyuan.cn"
    assert not str(attendees["李娜"]).startswith("mailto:")  # no e-mail: no invitation
    assert str(attendees["李娜"]) == f"urn:uuid:{people['李娜']}"
    assert attendees["李娜"].params["X-KAM-CONTACT-ID"] == people["李娜"]
    assert all(a.params["RSVP"] == "FALSE" for a in attendees.values())
    assert event["CATEGORIES"].cats == ["Solution demo", "In person"]
    assert int(event["SEQUENCE"]) == 0

    bare = by_uid[f"{call.id}@kam-desktop"]
    assert _utc(bare, "DTEND") - _utc(bare, "DTSTART") == DEFAULT_LENGTH
    assert str(bare["SUMMARY"]) == "Phone · 恒远机械"
    assert "LOCATION" not in bare
    assert "DESCRIPTION" not in bare
    assert "ATTENDEE" not in bare
    assert [p.name for p in tmp_path.glob("*.ics*")] == ["visits.ics"]  # no temporary file left


def test_labels_follow_the_interface_language(book: Book, tmp_path: Path) -> None:
    account_id, _people = _setup(book)
    start = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    plan_visit(book, account_id, VisitDraft(start, purpose=VisitPurpose.REVISIT, objectives="回访"))
    catalogue = {("VisitPurpose", "Revisit"): "回访", ("calendar", "Objectives"): "拜访目标"}
    set_translator(lambda ctx, text: catalogue.get((ctx, text), text), "zh_CN")
    try:
        export_ics(book, start, start + timedelta(days=1), tmp_path / "zh.ics")
    finally:
        set_translator(None)
    (event,) = _read(tmp_path / "zh.ics")
    assert str(event["SUMMARY"]) == "回访 · 恒远机械"
    assert str(event["DESCRIPTION"]) == "拜访目标: 回访"


def test_an_edited_visit_gets_a_higher_sequence(book: Book, tmp_path: Path) -> None:
    account_id, _people = _setup(book)
    start = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    visit = plan_visit(book, account_id, VisitDraft(start))
    update_visit(book, visit.id, replace(visit.draft, planned_start=start + timedelta(hours=2)))
    export_ics(book, start, start + timedelta(days=1), tmp_path / "v.ics")
    (event,) = _read(tmp_path / "v.ics")
    assert int(event["SEQUENCE"]) == 1
    assert _utc(event, "DTSTART") == start + timedelta(hours=2)


def test_an_empty_range_gives_a_valid_empty_calendar(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "empty.ics"
    path.write_text("old calendar")
    assert export_ics(book, NOW, NOW + timedelta(days=7), path) == 0
    assert _read(path) == []


def test_the_demo_books_planned_visits_round_trip(tmp_path: Path, shanghai: None) -> None:
    demo = build_demo_book(tmp_path / "demo.kambook", today=TODAY)
    with open_book(demo) as book:
        first, last = local_day_range(TODAY - timedelta(days=30), TODAY + timedelta(days=30))
        path = tmp_path / "demo.ics"
        count = export_ics(book, first, last, path)
        planned = list_visits(
            book, VisitQuery(start=first, end=last, statuses=frozenset({VisitStatus.PLANNED}))
        )
        with book.sessions() as s:
            emails = dict(s.execute(select(Contact.id, Contact.email)).all())
            accounts = dict(s.execute(select(Account.id, Account.short_name)).all())
        events = {str(e["UID"]).split("@")[0]: e for e in _read(path)}
        assert count == len(planned) == len(events) > 10
        for row in planned:
            event = events[row.id]
            detail = get_visit(book, row.id)
            assert _utc(event, "DTSTART") == row.planned_start
            assert _utc(event, "DTEND") == (row.planned_end or row.planned_start + DEFAULT_LENGTH)
            assert str(event["SUMMARY"]).endswith(accounts[row.account_id] or row.account_name)
            assert (str(event["LOCATION"]) if "LOCATION" in event else None) == row.location
            if row.objectives:
                assert row.objectives in str(event["DESCRIPTION"])
            for q in detail.questions:
                assert q.text("en") in str(event["DESCRIPTION"])
            listed = event.get("ATTENDEE", [])
            listed = listed if isinstance(listed, list) else [listed]
            assert sorted(a.params["CN"] for a in listed) == sorted(row.attendee_names)
            for a in listed:
                contact_id = a.params["X-KAM-CONTACT-ID"]
                email = emails[contact_id]
                assert str(a) == (f"mailto:{email}" if email else f"urn:uuid:{contact_id}")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_exported_calendar_gets_the_permissions_of_an_ordinary_file(
    book: Book, tmp_path: Path
) -> None:
    account_id, _people = _setup(book)
    start = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    plan_visit(book, account_id, VisitDraft(start))
    new, kept = tmp_path / "new.ics", tmp_path / "kept.ics"
    kept.write_text("old calendar")
    kept.chmod(0o640)
    old_umask = os.umask(0o002)  # not the usual 022: a right answer is no coincidence
    try:
        assert export_ics(book, start, start + timedelta(days=1), new) == 1
        assert export_ics(book, start, start + timedelta(days=1), kept) == 1
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~0o002 == 0o664  # not mkstemp's 0600
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    assert len(_read(kept)) == 1
    assert sorted(p.name for p in tmp_path.glob("*.ics*")) == ["kept.ics", "new.ics"]
