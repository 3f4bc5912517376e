"""The visit dialog, driven as the rep drives it, on a real demo book.

Logging an outcome is done with the keyboard only: keys go to whichever widget has the focus,
so the tests also pin the Tab order a rep in a car park relies on.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDialog, QLineEdit, QListWidget

from kam_desktop.db.book import Book
from kam_desktop.domain.enums import (
    ComplaintCategory,
    ComplaintSeverity,
    SpinStage,
    VisitMethod,
    VisitPurpose,
    VisitStatus,
)
from kam_desktop.domain.spin.spin_questions import SEED_QUESTIONS
from kam_desktop.domain.visits.visit_fields import VisitDraft
from kam_desktop.gui.visits import visit_dialog
from kam_desktop.gui.visits.visit_dialog import VisitDialog
from kam_desktop.gui.visits.visit_dialog_dates import parse_date
from kam_desktop.gui.visits.visit_dialog_pickers import ID_ROLE
from kam_desktop.services.accounts.find_accounts import AccountQuery, find_account_ids
from kam_desktop.services.contacts.contacts import (
    contact_counts,
    delete_contact,
    get_contact,
    list_contacts,
)
from kam_desktop.services.visits.visits import account_timeline, get_visit, plan_visit
from tests.gui.conftest import DEMO_TODAY, type_text

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes dialogs at teardown; a modal "discard?" would block the run."""
    monkeypatch.setattr(visit_dialog, "ask_discard", lambda _parent: True)


def _account(book: Book) -> str:
    counts = contact_counts(book, find_account_ids(book, AccountQuery()))
    return max(counts, key=lambda account_id: (counts[account_id], account_id))


def _local(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


@pytest.fixture
def planned(demo_book: Book) -> tuple[str, str, list[str]]:
    """A visit planned yesterday with two attendees: (account id, visit id, attendee ids)."""
    account_id = _account(demo_book)
    attendees = [c.id for c in list_contacts(demo_book, account_id)[:2]]
    start = _local(DEMO_TODAY - timedelta(days=1), 10)
    draft = VisitDraft(
        start, start + timedelta(hours=1), purpose=VisitPurpose.SOLUTION_DEMO,
        objectives="演示节能方案", attendee_ids=tuple(attendees),
    )  # fmt: skip
    visit = plan_visit(demo_book, account_id, draft, today=DEMO_TODAY)
    return account_id, visit.id, attendees


def _open(qtbot, dialog: VisitDialog) -> VisitDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # shortcuts and focus reach only the active window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def _focus():
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focus(), key, modifier)


def tab(times: int = 1) -> None:
    for _ in range(times):
        press(KEY.Key_Tab)


def typed(text: str) -> None:
    type_text(_focus(), text)


def _log(qtbot, book: Book, planned: tuple[str, str, list[str]]) -> VisitDialog:
    account_id, visit_id, _ = planned
    dialog = VisitDialog(book, account_id, visit_id, mode="log", today=DEMO_TODAY)
    return _open(qtbot, dialog)


# --- planning ---------------------------------------------------------------------------------


def test_plan_a_visit_with_attendees_and_two_spin_questions(qtbot, demo_book: Book) -> None:
    account_id = _account(demo_book)
    contacts = list_contacts(demo_book, account_id)
    dialog = _open(qtbot, VisitDialog(demo_book, account_id, mode="plan", today=DEMO_TODAY))
    form = dialog.form
    assert _focus() is form.date_time("planned_start")
    # Attendees: the account's live contacts "name · title".
    people = form.widget(QListWidget, "attendee_ids")
    assert people.count() == len(contacts)
    first = next(c for c in contacts if c.title)
    assert f"{first.name} · {first.title}" in [people.item(i).text() for i in range(people.count())]
    wanted = {contacts[0].id, contacts[2].id}
    for i in range(people.count()):
        if people.item(i).data(ID_ROLE) in wanted:
            people.item(i).setCheckState(Qt.CheckState.Checked)
    # Questions: narrow to one stage, tick its first; then another stage.
    stage = form.combo("question_stage")
    questions = form.widget(QListWidget, "question_ids")
    picked = []
    for wanted_stage in (SpinStage.PROBLEM, SpinStage.SITUATION):
        stage.setCurrentIndex(stage.findData(wanted_stage))
        item = questions.item(0)
        assert item.data(ID_ROLE) is not None  # one stage: no heading line
        item.setCheckState(Qt.CheckState.Checked)
        picked.append(item.data(ID_ROLE))
    assert "2 question" in form.questions.count_label.text()
    form.text("objectives").setFocus()
    typed("确认试用订单")
    form.combo("purpose").setCurrentIndex(form.combo("purpose").findData(VisitPurpose.NEGOTIATION))
    press(KEY.Key_Return, CTRL)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = get_visit(demo_book, dialog.saved_visit_id())
    assert saved.status == VisitStatus.PLANNED
    assert set(saved.draft.attendee_ids) == wanted
    assert saved.draft.question_ids == tuple(picked)  # in the order they were ticked
    assert saved.draft.objectives == "确认试用订单"
    assert saved.draft.purpose == VisitPurpose.NEGOTIATION
    start = saved.draft.planned_start.astimezone()
    assert (start.date(), start.hour) == (DEMO_TODAY + timedelta(days=1), 9)
    assert saved.draft.planned_end - saved.draft.planned_start == timedelta(hours=1)


def test_the_materials_checklist_takes_lines_with_enter(qtbot, demo_book: Book) -> None:
    account_id = _account(demo_book)
    dialog = _open(qtbot, VisitDialog(demo_book, account_id, mode="plan", today=DEMO_TODAY))
    dialog.form.materials.rows()[0].entry.setFocus()
    typed("报价单")
    press(KEY.Key_Return)  # adds a line below and goes there
    typed("样品")
    press(KEY.Key_Return)
    typed("misprint")
    press(KEY.Key_Delete, CTRL)  # removes the line
    done = dialog.form.materials.rows()[0].parts["done"]
    assert isinstance(done, QCheckBox)
    done.setChecked(True)
    press(KEY.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    materials = get_visit(demo_book, dialog.saved_visit_id()).draft.materials
    assert [(m.item, m.done) for m in materials] == [("报价单", True), ("样品", False)]


def test_edit_a_planned_visit(qtbot, demo_book: Book, planned) -> None:
    account_id, visit_id, attendees = planned
    before = get_visit(demo_book, visit_id)
    dialog = _open(
        qtbot, VisitDialog(demo_book, account_id, visit_id, mode="plan", today=DEMO_TODAY)
    )
    assert dialog.form.duration().value() == 60
    assert dialog.form.text("objectives").toPlainText() == "演示节能方案"
    dialog.form.duration().setFocus()
    dialog.form.duration().setValue(90)
    press(KEY.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = get_visit(demo_book, visit_id)
    assert after.draft.planned_end - after.draft.planned_start == timedelta(minutes=90)
    assert set(after.draft.attendee_ids) == set(attendees)
    assert after.revision > before.revision


def test_a_prefilled_plan_closes_without_asking(qtbot, demo_book: Book, monkeypatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(visit_dialog, "ask_discard", lambda _p: asked.append(True) or True)
    account_id = _account(demo_book)
    contact = list_contacts(demo_book, account_id)[1]
    start = _local(DEMO_TODAY + timedelta(days=3), 14)
    draft = VisitDraft(start, purpose=VisitPurpose.REVISIT, objectives="订单后第5天回访",
                       attendee_ids=(contact.id,))  # fmt: skip
    dialog = _open(qtbot, VisitDialog(demo_book, account_id, mode="plan", today=DEMO_TODAY))
    dialog.prefill(draft)
    assert dialog.form.attendees.checked_ids() == (contact.id,)
    press(KEY.Key_Escape)
    assert not dialog.isVisible()
    assert asked == []
    again = _open(qtbot, VisitDialog(demo_book, account_id, mode="plan", today=DEMO_TODAY))
    again.prefill(draft)
    press(KEY.Key_Return, CTRL)
    saved = get_visit(demo_book, again.saved_visit_id())
    assert saved.draft.purpose == VisitPurpose.REVISIT
    assert saved.draft.objectives == "订单后第5天回访"
    assert saved.draft.planned_start == start
    assert saved.draft.planned_end is None  # no duration given


# --- logging the outcome ------------------------------------------------------------------------


def test_log_the_outcome_with_the_keyboard_only(qtbot, demo_book: Book, planned) -> None:
    account_id, visit_id, attendees = planned
    dialog = _log(qtbot, demo_book, planned)
    form = dialog.form
    assert _focus() is form.text("outcome")  # prefilled from the plan, typing starts here
    assert set(form.attendees.checked_ids()) == set(attendees)

    typed("客户同意试用两桶液压油")
    tab()
    assert _focus() is form.text("notes")
    QTest.keyClicks(_focus(), "Trial starts next week")
    tab()
    assert _focus() is form.satisfaction
    press(KEY.Key_4)
    tab()
    assert _focus() is form.widget(QListWidget, "attendee_ids")
    tab()
    step = form.steps.rows()[0]
    assert _focus() is step.parts["text"]
    typed("发送正式报价")
    tab(2)  # the owner stays "me"
    assert _focus() is step.parts["due_on"]
    QTest.keyClicks(_focus(), "+7")
    tab()
    assert _focus() is form.steps.add_button
    tab()
    assert _focus() is form.complaints.add_button
    press(KEY.Key_Space)  # adds a complaint and goes to its category
    complaint = form.complaints.rows()[0]
    assert _focus() is complaint.parts["category"]
    press(KEY.Key_Down)  # the first category
    tab()
    press(KEY.Key_Down)  # one step more severe than the default
    tab()
    typed("上批货包装破损")
    tab(3)  # past "resolved" and its date
    assert _focus() is form.complaints.add_button
    tab()
    assert _focus() is form.line("next_visit_on")
    QTest.keyClicks(_focus(), "12-10")
    tab()
    assert _focus() is form.follow_up
    press(KEY.Key_Space)
    press(KEY.Key_Return, CTRL)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = get_visit(demo_book, visit_id)
    assert saved.status == VisitStatus.DONE
    assert saved.draft.done_at == saved.draft.planned_start  # done when planned
    assert saved.draft.outcome == "客户同意试用两桶液压油"
    assert saved.draft.notes == "Trial starts next week"
    assert saved.draft.satisfaction == 4
    [next_step] = saved.draft.next_steps
    assert (next_step.text, next_step.due_on) == ("发送正式报价", DEMO_TODAY + timedelta(days=7))
    [logged] = saved.draft.complaints
    assert logged.category == ComplaintCategory.PRODUCT_QUALITY
    assert logged.severity == ComplaintSeverity.HIGH
    assert (logged.description, logged.resolved) == ("上批货包装破损", False)
    assert saved.draft.next_visit_on == date(2026, 12, 10)
    assert saved.draft.objectives == "演示节能方案"  # the plan is kept
    visited_on = saved.draft.planned_start.astimezone().date()
    for contact_id in attendees:
        assert get_contact(demo_book, contact_id).last_contact_on == visited_on
    follow_up = get_visit(demo_book, dialog.follow_up_visit_id())
    assert follow_up.status == VisitStatus.PLANNED
    assert follow_up.draft.purpose == VisitPurpose.REVISIT
    assert follow_up.draft.planned_start.astimezone().date() == date(2026, 12, 10)
    assert set(follow_up.draft.attendee_ids) == set(attendees)
    assert follow_up.account_id == account_id


def test_log_an_unplanned_visit(qtbot, demo_book: Book) -> None:
    account_id = _account(demo_book)
    contact = list_contacts(demo_book, account_id)[0]
    before = {row.id for row in account_timeline(demo_book, account_id)}
    now = _local(DEMO_TODAY, 15)
    dialog = _open(qtbot, VisitDialog(demo_book, account_id, mode="log", today=DEMO_TODAY, now=now))
    assert not dialog.form.attendees.checked_ids()
    QTest.keyClicks(_focus(), "Quick call about delivery dates")
    tab(3)
    assert _focus() is dialog.form.widget(QListWidget, "attendee_ids")
    press(KEY.Key_Space)  # ticks the first contact, who is current when the list gets focus
    press(KEY.Key_Return, CTRL)

    assert dialog.result() == QDialog.DialogCode.Accepted
    [new_id] = {row.id for row in account_timeline(demo_book, account_id)} - before
    assert new_id == dialog.saved_visit_id()
    saved = get_visit(demo_book, new_id)
    assert saved.status == VisitStatus.DONE
    assert saved.draft.done_at == now == saved.draft.planned_start
    assert saved.draft.outcome == "Quick call about delivery dates"
    assert saved.draft.attendee_ids == (contact.id,)
    assert get_contact(demo_book, contact.id).last_contact_on == DEMO_TODAY


# --- refused input ------------------------------------------------------------------------------


def _unchanged(book: Book, visit_id: str) -> None:
    saved = get_visit(book, visit_id)
    assert saved.status == VisitStatus.PLANNED
    assert saved.draft.next_steps == ()
    assert saved.draft.complaints == ()


def test_a_next_step_without_a_due_date_is_refused_inline(qtbot, demo_book, planned) -> None:
    dialog = _log(qtbot, demo_book, planned)
    typed("谈妥了")
    step = dialog.form.steps.rows()[0]
    step.parts["text"].setFocus()
    QTest.keyClicks(_focus(), "Call back")
    press(KEY.Key_Return, CTRL)

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    problems = dialog.visible_problems()
    assert "due date" in problems["next_steps"]
    assert _focus() is step.parts["due_on"]
    assert dialog.form.message_label.isVisible()
    _unchanged(demo_book, planned[1])
    # What the rep typed is still there.
    assert dialog.form.text("outcome").toPlainText() == "谈妥了"
    assert step.parts["text"].text() == "Call back"


def test_a_complaint_without_a_category_is_refused_inline(qtbot, demo_book, planned) -> None:
    dialog = _log(qtbot, demo_book, planned)
    complaint = dialog.form.complaints.add_row()
    QTest.keyClick(complaint.parts["category"], KEY.Key_Tab)
    tab()
    typed("发票开错了")
    press(KEY.Key_Return, CTRL)

    assert dialog.isVisible()
    assert "category" in dialog.visible_problems()["complaints"]
    assert _focus() is complaint.parts["category"]
    _unchanged(demo_book, planned[1])
    description = complaint.parts["description"]
    assert isinstance(description, QLineEdit)
    assert description.text() == "发票开错了"
    # Choosing a category is enough to save.
    category = complaint.parts["category"]
    assert isinstance(category, QComboBox)
    category.setCurrentIndex(category.findData(ComplaintCategory.OTHER))
    press(KEY.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_visit(demo_book, planned[1]).draft.complaints[0].category == ComplaintCategory.OTHER


def test_a_follow_up_without_a_date_is_refused_before_saving(qtbot, demo_book, planned) -> None:
    dialog = _log(qtbot, demo_book, planned)
    dialog.form.follow_up.setChecked(True)
    press(KEY.Key_Return, CTRL)
    assert "next_visit_on" in dialog.visible_problems()
    assert get_visit(demo_book, planned[1]).status == VisitStatus.PLANNED


def test_a_visit_cannot_be_logged_as_done_tomorrow(qtbot, demo_book, planned) -> None:
    dialog = _log(qtbot, demo_book, planned)
    done_at = dialog.form.date_time("done_at")
    done_at.setDateTime(done_at.dateTime().addDays(3))
    typed("Wrong day")
    press(KEY.Key_Return, CTRL)
    assert "in the future" in dialog.visible_problems()["done_at"]
    assert _focus() is done_at
    assert get_visit(demo_book, planned[1]).status == VisitStatus.PLANNED


# --- keys ---------------------------------------------------------------------------------------


def test_escape_asks_only_when_something_was_typed(qtbot, demo_book, planned, monkeypatch):
    asked: list[bool] = []
    answer = {"discard": False}

    def ask(_parent) -> bool:
        asked.append(True)
        return answer["discard"]

    monkeypatch.setattr(visit_dialog, "ask_discard", ask)
    untouched = _log(qtbot, demo_book, planned)
    press(KEY.Key_Escape)
    assert untouched.result() == QDialog.DialogCode.Rejected
    assert not untouched.isVisible()
    assert asked == []

    dialog = _log(qtbot, demo_book, planned)
    typed("见到了")
    press(KEY.Key_Escape)
    assert asked == [True]
    assert dialog.isVisible()  # the rep chose to keep typing
    answer["discard"] = True
    press(KEY.Key_Escape)
    assert not dialog.isVisible()
    _unchanged(demo_book, planned[1])


def test_satisfaction_takes_keys_one_to_five(qtbot, demo_book, planned) -> None:
    dialog = _log(qtbot, demo_book, planned)
    stars = dialog.form.satisfaction
    stars.setFocus()
    for key, value in ((KEY.Key_5, 5), (KEY.Key_2, 2), (KEY.Key_Left, 1), (KEY.Key_0, None)):
        press(key)
        assert stars.value() == value


def test_enter_adds_a_next_step_and_ctrl_del_removes_one(qtbot, demo_book, planned) -> None:
    dialog = _log(qtbot, demo_book, planned)
    steps = dialog.form.steps
    steps.rows()[0].entry.setFocus()
    press(KEY.Key_Return)
    assert len(steps.rows()) == 1  # an empty row does not grow another
    QTest.keyClicks(_focus(), "one")
    press(KEY.Key_Return)
    assert len(steps.rows()) == 2
    assert _focus() is steps.rows()[1].parts["text"]
    QTest.keyClicks(_focus(), "two")
    press(KEY.Key_Delete, CTRL)
    assert [r.parts["text"].text() for r in steps.rows()] == ["one"]


def test_mnemonics_reach_their_fields(qtbot, demo_book, planned) -> None:
    dialog = _log(qtbot, demo_book, planned)
    for key, widget in (
        (KEY.Key_N, dialog.form.text("notes")),
        (KEY.Key_T, dialog.form.satisfaction),
        (KEY.Key_X, dialog.form.line("next_visit_on")),
        (KEY.Key_E, dialog.form.steps.rows()[0].parts["text"]),
        (KEY.Key_O, dialog.form.text("outcome")),
    ):
        press(key, Qt.KeyboardModifier.AltModifier)
        assert _focus() is widget
    press(KEY.Key_L, Qt.KeyboardModifier.AltModifier)  # "Add comp&laint"
    qtbot.waitUntil(lambda: len(dialog.form.complaints.rows()) == 1)


def test_the_form_follows_the_interface_language(qtbot, demo_book, planned, languages) -> None:
    dialog = _log(qtbot, demo_book, planned)
    method = dialog.form.combo("method")
    assert method.currentText() == VisitMethod.IN_PERSON.en
    languages.apply(QApplication.instance(), "zh_CN")
    assert method.currentText() == VisitMethod.IN_PERSON.zh
    assert method.currentData() == VisitMethod.IN_PERSON
    plan = _open(qtbot, VisitDialog(demo_book, planned[0], mode="plan", today=DEMO_TODAY))
    questions = plan.form.widget(QListWidget, "question_ids")
    texts = [questions.item(i).text() for i in range(questions.count())]
    assert SEED_QUESTIONS[0].zh in texts
    assert SEED_QUESTIONS[0].en not in texts


def test_an_attendee_deleted_meanwhile_is_refused_inline(qtbot, demo_book: Book) -> None:
    account_id = _account(demo_book)
    dialog = _open(qtbot, VisitDialog(demo_book, account_id, mode="plan", today=DEMO_TODAY))
    people = dialog.form.widget(QListWidget, "attendee_ids")
    people.item(0).setCheckState(Qt.CheckState.Checked)
    gone = get_contact(demo_book, people.item(0).data(ID_ROLE))
    delete_contact(demo_book, gone.id)  # on another tab, while the form was open
    before = len(account_timeline(demo_book, account_id))
    press(KEY.Key_Return, CTRL)
    assert dialog.isVisible()
    assert gone.name in dialog.visible_problems()["attendee_ids"]
    assert _focus() is people
    assert len(account_timeline(demo_book, account_id)) == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-01", date(2026, 12, 1)),
        ("2026/12/1", date(2026, 12, 1)),
        ("20261201", date(2026, 12, 1)),
        ("2026年12月1日", date(2026, 12, 1)),
        ("12-1", date(2026, 12, 1)),
        ("１２月１日", date(2026, 12, 1)),
        ("+7", date(2026, 12, 2)),
        ("+2w", date(2026, 12, 9)),
        ("1-5", date(2027, 1, 5)),  # a due date: the next 5 January
        ("", None),
    ],
)
def test_dates_are_typed_the_quick_way(text: str, expected: date | None) -> None:
    assert parse_date(text, DEMO_TODAY, future=True) == expected


@pytest.mark.parametrize("text", ["tomorrow", "2026-13-01", "12-32", "+"])
def test_what_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the field turns it into a named problem
        parse_date(text, DEMO_TODAY)
