"""SPIN services against real books: the question bank, notes, progress, the account cache."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.db.book import Book, open_book
from kam_desktop.db.models import Account, Contact, SpinNote, SpinQuestion
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.enums import SalesStage, SpinStage
from kam_desktop.domain.errors import InvalidInput, NotFound
from kam_desktop.domain.spin.spin_fields import (
    NoteChangedElsewhere,
    NotOfThisAccount,
    QuestionDraft,
    SpinNoteDraft,
    highest_confirmed,
    proposal_gaps,
)
from kam_desktop.domain.spin.spin_questions import SEED_QUESTIONS
from kam_desktop.domain.visits.visit_fields import VisitDraft
from kam_desktop.services.accounts.accounts import create_account, get_account, update_account
from kam_desktop.services.demo import build_demo_book
from kam_desktop.services.spin.spin import (
    add_note,
    delete_note,
    notes,
    progress,
    refresh_spin_stage,
    restore_note,
    update_note,
)
from kam_desktop.services.spin.spin_bank import (
    add_question,
    delete_question,
    questions,
    seed_id,
    seed_question_bank,
    update_question,
)
from kam_desktop.services.visits.visits import plan_visit

TODAY = date(2026, 11, 25)
S, P, I, N = SpinStage  # noqa: E741 - the method's own letters


def _account(book: Book, name: str = "杭州恒远机械有限公司") -> str:
    return create_account(book, AccountDraft(name=name)).id


def _contact(book: Book, account_id: str, name: str) -> str:
    with book.sessions.begin() as s:
        contact = Contact(account_id=account_id, name=name)
        s.add(contact)
        s.flush()
        return contact.id


def _cached_stage(book: Book, account_id: str) -> SpinStage | None:
    with book.sessions() as s:
        return s.scalar(select(Account.spin_stage).where(Account.id == account_id))


def _set_sales_stage(book: Book, account_id: str, stage: SalesStage) -> None:
    current = get_account(book, account_id)
    update_account(book, account_id, replace(current.draft, sales_stage=stage))


# --- the question bank --------------------------------------------------------------------------


def test_seeding_fills_an_empty_bank_once(book: Book) -> None:
    assert seed_question_bank(book) == len(SEED_QUESTIONS)
    bank = questions(book)
    assert len(bank) == len(SEED_QUESTIONS)
    for stage in SpinStage:
        mine = questions(book, stage)
        assert len(mine) >= 10
        assert [q.position for q in mine] == list(range(len(mine)))
        assert all(q.seeded and q.text_zh and q.text_en for q in mine)
    assert [q.stage for q in bank] == sorted((q.stage for q in bank), key=list(SpinStage).index)
    assert seed_question_bank(book) == 0
    assert len(questions(book)) == len(SEED_QUESTIONS)


def test_a_cleared_bank_stays_cleared(book: Book) -> None:
    seed_question_bank(book)
    for q in questions(book):
        delete_question(book, q.id)
    assert seed_question_bank(book) == 0
    assert questions(book) == []


def test_seeded_ids_match_the_demo_books(tmp_path: Path) -> None:
    demo = build_demo_book(tmp_path / "demo.kambook", today=TODAY)
    with open_book(demo) as opened, opened.sessions() as s:
        demo_ids = set(s.scalars(select(SpinQuestion.id)))
    assert demo_ids == {seed_id(i) for i in range(len(SEED_QUESTIONS))}


def test_question_text_follows_the_language(book: Book) -> None:
    seed_question_bank(book)
    first = questions(book, S)[0]
    assert first.text("zh_CN") == SEED_QUESTIONS[0].zh
    assert first.text("en") == SEED_QUESTIONS[0].en
    own = add_question(book, QuestionDraft(P, text_zh="停机一次损失多少？"))
    assert own.text("en") == "停机一次损失多少？"  # falls back to the language it has


def test_own_questions_go_to_the_end_of_their_stage(book: Book) -> None:
    seed_question_bank(book)
    count = len(questions(book, I))
    own = add_question(book, QuestionDraft(I, text_zh="  停机一次损失多少？ ", text_en=" "))
    assert own.text_zh == "停机一次损失多少？"
    assert own.text_en is None
    assert not own.seeded
    assert questions(book, I)[-1] == own
    assert own.position == count
    moved = update_question(book, own.id, QuestionDraft(N, text_en="What would it save?"))
    assert moved.stage == N
    assert questions(book, N)[-1].id == own.id
    assert own.id not in {q.id for q in questions(book, I)}


def test_a_question_needs_a_stage_and_some_text(book: Book) -> None:
    with pytest.raises(InvalidInput) as caught:
        add_question(book, QuestionDraft(None, text_zh=" ", text_en=None))
    assert caught.value.fields() == ["stage", "text_zh"]
    assert questions(book) == []
    with pytest.raises(NotFound):
        update_question(book, "missing", QuestionDraft(S, text_zh="x"))


# --- notes ------------------------------------------------------------------------------------


def test_add_note_with_visit_and_contact(book: Book) -> None:
    account_id = _account(book)
    contact_id = _contact(book, account_id, "张伟")
    start = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
    visit = plan_visit(book, account_id, VisitDraft(start))
    note = add_note(
        book,
        account_id,
        SpinNoteDraft(S, " 现在用哪家的油？ ", " 美孚 ", visit_id=visit.id, contact_id=contact_id),
        today=TODAY,
    )
    assert note.question == "现在用哪家的油？"
    assert note.answer == "美孚"
    assert note.noted_on == TODAY
    assert note.contact_name == "张伟"
    assert note.visit_day == start.astimezone().date()
    assert note.revision == 1
    assert notes(book, account_id) == [note]


def test_a_note_needs_a_stage_and_a_question(book: Book) -> None:
    account_id = _account(book)
    with pytest.raises(InvalidInput) as caught:
        add_note(book, account_id, SpinNoteDraft(None, "  "))
    assert caught.value.fields() == ["stage", "question"]
    assert notes(book, account_id) == []


def test_visit_and_contact_must_be_of_the_same_account(book: Book) -> None:
    mine = _account(book)
    other = _account(book, "苏州华拓电子有限公司")
    stranger = _contact(book, other, "赵敏")
    their_visit = plan_visit(book, other, VisitDraft(datetime(2026, 11, 20, 2, tzinfo=UTC)))
    with pytest.raises(InvalidInput) as caught:
        add_note(
            book,
            mine,
            SpinNoteDraft(P, "有什么难题？", visit_id=their_visit.id, contact_id=stranger),
        )
    assert caught.value.fields() == ["visit_id", "contact_id"]
    assert isinstance(caught.value.problems[0].problem, NotOfThisAccount)
    assert "杭州恒远机械有限公司" in caught.value.message()
    assert notes(book, mine) == []


def test_update_delete_and_restore_a_note(book: Book) -> None:
    account_id = _account(book)
    note = add_note(book, account_id, SpinNoteDraft(P, "有什么难题？"), today=TODAY)
    draft = SpinNoteDraft(P, "有什么难题？", "换油太频繁", confirmed=True)
    changed = update_note(book, note.id, draft, note.revision, today=TODAY + timedelta(days=1))
    assert changed.revision == note.revision + 1
    assert changed.confirmed
    assert changed.noted_on == TODAY + timedelta(days=1)  # no date given: the day it is saved
    with pytest.raises(NoteChangedElsewhere):
        update_note(book, note.id, note.draft(), note.revision)
    delete_note(book, note.id)
    assert notes(book, account_id) == []
    with pytest.raises(NotFound):
        update_note(book, note.id, note.draft())
    assert restore_note(book, note.id).id == note.id
    assert [n.id for n in notes(book, account_id)] == [note.id]


# --- progress ---------------------------------------------------------------------------------


def test_progress_counts_stages_and_finds_the_newest_note(book: Book) -> None:
    account_id = _account(book)
    older = add_note(
        book, account_id, SpinNoteDraft(S, "规模？", "三条线", True, TODAY - timedelta(days=9))
    )
    newer = add_note(book, account_id, SpinNoteDraft(S, "供应商？", None, False, TODAY))
    problem = add_note(book, account_id, SpinNoteDraft(P, "难题？", "漏油", False, TODAY))
    result = progress(book, account_id)
    assert [(p.stage, p.notes, p.confirmed) for p in result.stages] == [
        (S, 2, 1),
        (P, 1, 0),
        (I, 0, 0),
        (N, 0, 0),
    ]
    assert result.stage(S).newest == newer
    assert result.stage(P).newest == problem
    assert result.stage(I).newest is None
    assert result.highest_confirmed == S  # the problem note is not confirmed yet
    assert older.id != newer.id
    assert result.warning is None  # no proposal stage yet


def test_progress_warns_at_a_proposal_stage_without_confirmed_i_and_n(book: Book) -> None:
    account_id = _account(book)
    _set_sales_stage(book, account_id, SalesStage.CONTACT)
    add_note(book, account_id, SpinNoteDraft(P, "难题？", "漏油", True))
    assert progress(book, account_id).warning is None
    _set_sales_stage(book, account_id, SalesStage.EVALUATION)
    warning = progress(book, account_id).warning
    assert warning is not None
    assert warning.missing == (I, N)
    assert warning.message() == (
        "The account is at Evaluation, but the customer has not confirmed: Implication, "
        "Need-payoff. Ask implication and need-payoff questions before the proposal."
    )
    add_note(book, account_id, SpinNoteDraft(I, "损失多大？", "每月停机两次", False))
    assert progress(book, account_id).warning.missing == (I, N)  # type: ignore[union-attr]
    add_note(book, account_id, SpinNoteDraft(I, "损失多大？", "每次十万", True))
    add_note(book, account_id, SpinNoteDraft(N, "值多少？", "一年省五十万", True))
    result = progress(book, account_id)
    assert result.warning is None
    assert result.highest_confirmed == N


def test_pure_progress_rules() -> None:
    assert highest_confirmed([]) is None
    assert highest_confirmed([P, S, I]) == I
    assert proposal_gaps(SalesStage.OPPORTUNITY, []) == ()
    assert proposal_gaps(None, []) == ()
    assert proposal_gaps(SalesStage.EVALUATION, [S, P]) == (I, N)
    assert proposal_gaps(SalesStage.IMPROVEMENT, [N]) == (I,)
    assert proposal_gaps(SalesStage.BID_CONTRACT, [I, N]) == ()


def test_notes_keep_the_account_cache_without_bumping_its_revision(book: Book) -> None:
    account_id = _account(book)
    with book.sessions() as s:
        revision = s.get(Account, account_id).revision  # type: ignore[union-attr]
    assert _cached_stage(book, account_id) is None
    first = add_note(book, account_id, SpinNoteDraft(S, "规模？", "三条线", True))
    assert _cached_stage(book, account_id) == S
    second = add_note(book, account_id, SpinNoteDraft(I, "损失？", "很大", True))
    assert _cached_stage(book, account_id) == I
    update_note(book, second.id, SpinNoteDraft(I, "损失？", "很大", False))
    assert _cached_stage(book, account_id) == S
    delete_note(book, first.id)
    assert _cached_stage(book, account_id) is None
    restore_note(book, first.id)
    assert _cached_stage(book, account_id) == S
    with book.sessions() as s:
        assert s.get(Account, account_id).revision == revision  # type: ignore[union-attr]


# --- the demo book ------------------------------------------------------------------------------


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Book]:
    path = build_demo_book(tmp_path / "demo.kambook", today=TODAY)
    opened = open_book(path)
    yield opened
    opened.close()


def test_refresh_spin_stage_fills_every_account(demo: Book) -> None:
    refresh_spin_stage(demo)
    with demo.sessions() as s:
        cached = dict(s.execute(select(Account.id, Account.spin_stage)).all())
        confirmed: dict[str, set[SpinStage]] = {}
        for account_id, stage in s.execute(
            select(SpinNote.account_id, SpinNote.stage).where(SpinNote.confirmed.is_(True))
        ):
            confirmed.setdefault(account_id, set()).add(stage)
    assert {a: highest_confirmed(confirmed.get(a, ())) for a in cached} == cached
    assert {stage for stage in cached.values()} >= {S, P, I, N}  # the demo reaches every stage
    assert refresh_spin_stage(demo) == 0  # nothing left to change
    for account_id, stage in list(cached.items())[:5]:
        assert progress(demo, account_id).highest_confirmed == stage
