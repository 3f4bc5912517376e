"""The SPIN board, the note form and the question bank, driven as the rep drives them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from kam_desktop.db.book import Book
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.enums import SalesStage, SpinStage
from kam_desktop.domain.spin.spin_fields import SpinNoteDraft
from kam_desktop.gui.spin import question_bank_dialog as bank_module
from kam_desktop.gui.spin.note_dialog import NoteDialog
from kam_desktop.gui.spin.question_bank_dialog import QuestionBankDialog
from kam_desktop.gui.spin.spin_board_tab import SpinBoardTab
from kam_desktop.gui.spin.stage_column import COLUMN_MIN_WIDTH
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.accounts.find_accounts import AccountQuery, account_rows, find_account_ids
from kam_desktop.services.contacts.contacts import list_contacts
from kam_desktop.services.spin.spin import add_note, notes
from kam_desktop.services.spin.spin_bank import questions
from kam_desktop.services.visits.visits import account_timeline
from tests.gui.conftest import DEMO_TODAY, type_text


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def board(qtbot, demo_book: Book, undo_stack: QUndoStack) -> SpinBoardTab:
    widget = SpinBoardTab(undo_stack, today=DEMO_TODAY)
    qtbot.addWidget(widget)
    widget.set_book(demo_book)
    widget.resize(1100, 760)
    widget.show()
    return widget


@pytest.fixture
def evaluation_account(demo_book: Book) -> str:
    """A new account at 方案评估 without any SPIN note."""
    draft = AccountDraft(name="测试方案评估有限公司", sales_stage=SalesStage.EVALUATION)
    return create_account(demo_book, draft).id


def _account_with_notes(book: Book) -> str:
    ids = find_account_ids(book, AccountQuery())
    return max(ids, key=lambda account_id: (len(notes(book, account_id)), account_id))


def _save(dialog: NoteDialog) -> None:
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()


def _add_through_board(
    board: SpinBoardTab, stage: SpinStage, question: str, *, confirmed: bool
) -> NoteDialog:
    board.column(stage).add_button.click()
    dialog = board.dialog
    assert isinstance(dialog, NoteDialog)
    assert dialog.stage_combo.currentData() == stage  # the column chose the stage
    dialog.question_edit.setFocus()
    type_text(dialog.question_edit, question)
    type_text(dialog.answer_edit, "客户的回答")
    dialog.confirmed_box.setChecked(confirmed)
    _save(dialog)
    assert board.dialog is None
    return dialog


def _spin_stage_in_list(book: Book, account_id: str) -> SpinStage | None:
    return account_rows(book, [account_id])[0].spin_stage


def test_progress_climbs_and_the_proposal_warning_goes(
    qtbot, board: SpinBoardTab, demo_book: Book, evaluation_account: str
) -> None:
    board.show_account(evaluation_account)
    strip = board.strip
    assert strip.progress is not None
    assert strip.progress.highest_confirmed is None
    assert strip.summary_label.text() == "No answer confirmed yet"
    warning = strip.warning_text()
    assert warning is not None
    assert "Evaluation" in warning
    assert "Implication" in warning
    assert "Need-payoff" in warning
    assert all(not board.column(stage).cards for stage in SpinStage)

    with qtbot.waitSignal(board.account_changed) as changed:
        _add_through_board(board, SpinStage.SITUATION, "您现在用哪家的产品?", confirmed=True)
    assert changed.args == [evaluation_account]
    assert strip.progress.highest_confirmed == SpinStage.SITUATION
    assert strip.summary_label.text() == "Highest confirmed: Situation"
    assert [c.note.question for c in board.column(SpinStage.SITUATION).cards] == [
        "您现在用哪家的产品?"
    ]
    assert _spin_stage_in_list(demo_book, evaluation_account) == SpinStage.SITUATION

    # An unconfirmed problem does not move the progress; a confirmed one does.
    _add_through_board(board, SpinStage.PROBLEM, "What bothers you?", confirmed=False)
    assert strip.progress.highest_confirmed == SpinStage.SITUATION
    _add_through_board(board, SpinStage.PROBLEM, "What breaks most often?", confirmed=True)
    assert strip.progress.highest_confirmed == SpinStage.PROBLEM
    assert len(board.column(SpinStage.PROBLEM).cards) == 2

    _add_through_board(board, SpinStage.IMPLICATION, "What does a stop cost?", confirmed=True)
    warning = strip.warning_text()
    assert warning is not None
    assert "Need-payoff" in warning
    assert "Implication" not in warning.split(":")[1].split(".")[0]  # no longer missing
    _add_through_board(board, SpinStage.NEED_PAYOFF, "What would it be worth?", confirmed=True)
    assert strip.progress.highest_confirmed == SpinStage.NEED_PAYOFF
    assert strip.warning_text() is None
    assert strip.warning_label.isHidden()
    assert _spin_stage_in_list(demo_book, evaluation_account) == SpinStage.NEED_PAYOFF


def test_a_question_is_required_and_nothing_is_saved_without_it(
    board: SpinBoardTab, demo_book: Book, evaluation_account: str
) -> None:
    board.show_account(evaluation_account)
    dialog = board.add_note(SpinStage.PROBLEM)
    assert dialog is not None
    _save(dialog)
    assert board.dialog is dialog  # still open
    assert "question" in dialog.visible_problems()
    assert notes(demo_book, evaluation_account) == []
    dialog.reject()


def test_the_form_offers_the_bank_and_the_accounts_contacts_and_visits(
    board: SpinBoardTab, demo_book: Book
) -> None:
    account_id = _account_with_notes(demo_book)
    board.show_account(account_id)
    dialog = board.add_note(SpinStage.IMPLICATION)
    assert dialog is not None
    bank = questions(demo_book, SpinStage.IMPLICATION)
    assert dialog.bank_combo.count() == len(bank) + 1
    dialog.pick_question(2)
    assert dialog.question_edit.toPlainText() == bank[2].text()
    # Contacts and visits are this account's, for the note to be tied to.
    contacts = list_contacts(demo_book, account_id)
    visits = account_timeline(demo_book, account_id)
    assert dialog.contact_combo.count() == len(contacts) + 1
    assert dialog.visit_combo.count() == len(visits) + 1
    dialog.contact_combo.setCurrentIndex(1)
    dialog.visit_combo.setCurrentIndex(1)
    _save(dialog)
    saved = dialog.saved_note()
    assert saved is not None
    assert saved.question == bank[2].text()
    assert saved.contact_id == contacts[0].id
    assert saved.visit_id == visits[0].id
    assert saved.noted_on == DEMO_TODAY
    card = board.column(SpinStage.IMPLICATION).card(saved.id)
    assert card is not None
    assert contacts[0].name in card.meta_label.text()


def test_delete_a_card_and_undo(
    board: SpinBoardTab, demo_book: Book, undo_stack: QUndoStack
) -> None:
    account_id = _account_with_notes(demo_book)
    board.show_account(account_id)
    before = {n.id for n in notes(demo_book, account_id)}
    card = next(c for stage in SpinStage for c in board.column(stage).cards)
    note_id, stage = card.note.id, card.note.stage
    card.delete_button.click()
    assert note_id not in {n.id for n in notes(demo_book, account_id)}
    assert board.column(stage).card(note_id) is None
    undo_stack.undo()
    assert {n.id for n in notes(demo_book, account_id)} == before
    assert board.column(stage).card(note_id) is not None
    undo_stack.redo()
    assert board.column(stage).card(note_id) is None
    undo_stack.undo()
    # The keyboard deletes the focused card too.
    card = board.column(stage).card(note_id)
    assert card is not None
    card.setFocus()
    QTest.keyClick(card, Qt.Key.Key_Delete)
    assert note_id not in {n.id for n in notes(demo_book, account_id)}


def test_double_click_edits_and_undo_restores(
    board: SpinBoardTab, demo_book: Book, undo_stack: QUndoStack
) -> None:
    account_id = _account_with_notes(demo_book)
    board.show_account(account_id)
    card = board.column(SpinStage.SITUATION).cards[0]
    old = card.note
    QTest.mouseDClick(card, Qt.MouseButton.LeftButton, pos=QPoint(20, 8))
    dialog = board.dialog
    assert isinstance(dialog, NoteDialog)
    assert dialog.question_edit.toPlainText() == old.question
    dialog.answer_edit.setPlainText("New answer")
    dialog.confirmed_box.setChecked(True)
    _save(dialog)
    card = board.column(SpinStage.SITUATION).card(old.id)
    assert card is not None
    assert card.answer_label.text() == "New answer"
    assert "Confirmed" in card.status_label.text()
    undo_stack.undo()
    card = board.column(SpinStage.SITUATION).card(old.id)
    assert card is not None
    assert card.answer_label.text() == old.answer
    assert next(n for n in notes(demo_book, account_id) if n.id == old.id).confirmed is False


def test_question_bank_add_edit_remove(
    qtbot, board: SpinBoardTab, demo_book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = board.open_question_bank()
    assert isinstance(dialog, QuestionBankDialog)
    seeded = questions(demo_book, SpinStage.SITUATION)
    assert [q.id for q in dialog.questions_shown()] == [q.id for q in seeded]

    # Add: a rep's own question at the end of its stage.
    dialog.show_stage(SpinStage.PROBLEM)
    dialog.table.clearSelection()
    dialog.stage_combo.setCurrentIndex(1)
    dialog.zh_edit.clear()
    type_text(dialog.zh_edit, "交货周期能否满足生产计划?")
    dialog.en_edit.setText("Does the lead time meet your production plan?")
    with qtbot.waitSignal(dialog.bank_changed):
        added = dialog.add_from_editor()
    assert added is not None
    bank = questions(demo_book, SpinStage.PROBLEM)
    assert bank[-1].id == added.id
    assert bank[-1].text_zh == "交货周期能否满足生产计划?"
    assert not bank[-1].seeded
    assert dialog.current_question() == bank[-1]

    # Edit a seeded question: reworded in place, still shipped.
    target = bank[0]
    assert dialog.select_question(target.id)
    dialog.en_edit.setText("What is the hardest part of your week?")
    saved = dialog.save_current()
    assert saved is not None
    reworded = next(q for q in questions(demo_book, SpinStage.PROBLEM) if q.id == target.id)
    assert reworded.text_en == "What is the hardest part of your week?"
    assert reworded.text_zh == target.text_zh
    assert reworded.seeded

    # Both texts empty: refused with a message, nothing changed.
    dialog.zh_edit.clear()
    dialog.en_edit.clear()
    assert dialog.save_current() is None
    assert not dialog.message_label.isHidden()
    assert next(q for q in questions(demo_book) if q.id == target.id) == reworded

    # Remove, after confirming.
    monkeypatch.setattr(bank_module, "confirm_remove", lambda *_: True)
    assert dialog.select_question(added.id)
    assert dialog.remove_current()
    assert added.id not in {q.id for q in questions(demo_book)}
    dialog.reject()

    # The note form picks from the edited bank.
    board.show_account(_account_with_notes(demo_book))
    note_dialog = board.add_note(SpinStage.PROBLEM)
    assert note_dialog is not None
    offered = [note_dialog.bank_combo.itemData(i) for i in range(note_dialog.bank_combo.count())]
    assert "What is the hardest part of your week?" in offered
    note_dialog.reject()


def test_the_board_scrolls_sideways_in_a_narrow_pane(qtbot, board: SpinBoardTab, demo_book) -> None:
    board.show_account(_account_with_notes(demo_book))
    board.resize(600, 700)
    qtbot.waitUntil(lambda: board.board_scroll.horizontalScrollBar().maximum() > 0)
    for stage in SpinStage:
        assert board.column(stage).width() >= COLUMN_MIN_WIDTH
    # Clicking the N step brings its column into view.
    bar = board.board_scroll.horizontalScrollBar()
    assert bar.value() == 0
    QTest.mouseClick(board.strip.steps[3], Qt.MouseButton.LeftButton)
    assert bar.value() == bar.maximum()
    # Narrower still, the steps show only their letters; wide enough, all four columns fit.
    board.resize(400, 700)
    qtbot.waitUntil(board.strip.is_compact)
    shown = board.strip.progress
    assert shown is not None
    expected = [("✓ " if shown.stage(s).confirmed else "") + s.value for s in SpinStage]
    assert [step.text() for step in board.strip.steps] == expected
    assert "Need-payoff" in board.strip.steps[3].toolTip()
    board.resize(1100, 700)
    qtbot.waitUntil(lambda: board.board_scroll.horizontalScrollBar().maximum() == 0)
    assert not board.strip.is_compact()
    assert board.strip.steps[0].text().endswith("S Situation")


def test_notes_added_elsewhere_show_when_the_account_is_shown_again(
    board: SpinBoardTab, demo_book: Book, evaluation_account: str
) -> None:
    board.show_account(evaluation_account)
    add_note(
        demo_book,
        evaluation_account,
        SpinNoteDraft(SpinStage.NEED_PAYOFF, "值多少?", "每年省一百万", True, date(2026, 11, 20)),
        today=DEMO_TODAY,
    )
    board.show_account(evaluation_account)
    cards = board.column(SpinStage.NEED_PAYOFF).cards
    assert [c.note.answer for c in cards] == ["每年省一百万"]
    assert "2026-11-20" in cards[0].meta_label.text()
    assert board.strip.progress.highest_confirmed == SpinStage.NEED_PAYOFF


def test_without_an_account_the_board_says_so(qtbot, demo_book: Book) -> None:
    widget = SpinBoardTab(QUndoStack())
    qtbot.addWidget(widget)
    widget.set_book(demo_book)
    widget.show()
    assert widget.stack.currentWidget() is widget.empty_label
    assert widget.add_note(SpinStage.SITUATION) is None
    assert widget.bank_button.isEnabled()  # the bank stays reachable without an account
