"""Contact services against real books: rows, history, reporting lines, delete/restore, links."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kam_desktop.db.book import Book
from kam_desktop.db.models import Contact, ContactLink, RelationshipChange
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import (
    ContactChangedElsewhere,
    ContactDraft,
    FutureDate,
    InfluenceExists,
    InfluenceOtherAccount,
    InfluenceSelf,
    ReportsToCycle,
    ReportsToMissing,
    ReportsToOtherAccount,
    ReportsToSelf,
)
from kam_desktop.domain.enums import Attitude, BuyingRole, DecisionLevel, Influence
from kam_desktop.domain.errors import ChangedElsewhere, InvalidInput, NotFound, Required, TooLong
from kam_desktop.services.accounts.accounts import create_account, delete_account
from kam_desktop.services.contacts.contact_links import (
    add_influence,
    influence_links,
    remove_influence,
)
from kam_desktop.services.contacts.contacts import (
    ContactRow,
    DeletedContact,
    contact_counts,
    create_contact,
    delete_contact,
    get_contact,
    list_contacts,
    restore_contact,
    set_reports_to,
    update_contact,
)
from kam_desktop.services.contacts.relationship_history import (
    RelationshipStep,
    relationship_history,
)

TODAY = date(2026, 11, 25)

# --- helpers ----------------------------------------------------------------------------------


def new_account(book: Book, name: str = "杭州恒远机械有限公司") -> str:
    return create_account(book, AccountDraft(name=name)).id


@pytest.fixture
def account(book: Book) -> str:
    return new_account(book)


def person(book: Book, account_id: str, name: str, manager: str | None = None, **kw: Any) -> str:
    draft = ContactDraft(name=name, reports_to_id=manager, **kw)
    return create_contact(book, account_id, draft, today=TODAY).id


def snapshot(book: Book) -> dict[str, list[tuple[Any, ...]]]:
    """Every contact, link and history row with its revision: equal snapshots, nothing written."""
    with book.sessions() as s:
        return {
            "contacts": sorted(
                s.execute(
                    select(
                        Contact.id, Contact.revision, Contact.name, Contact.reports_to_id,
                        Contact.relationship_level, Contact.attitude, Contact.deleted_at,
                    )
                ).all()
            ),
            "links": sorted(
                s.execute(select(ContactLink.id, ContactLink.revision, ContactLink.deleted_at))
            ),
            "history": sorted(s.execute(select(RelationshipChange.id))),
        }  # fmt: skip


def manager_of(book: Book, contact_id: str) -> str | None:
    with book.sessions() as s:
        return s.scalar(select(Contact.reports_to_id).where(Contact.id == contact_id))


def refused_field(caught: pytest.ExceptionInfo[InvalidInput]) -> tuple[str, type]:
    (problem,) = caught.value.problems
    return problem.field, type(problem.problem)


# --- create and read --------------------------------------------------------------------------

FULL = ContactDraft(
    name="王建国",
    title="总经理",
    department="总经办",
    decision_level=DecisionLevel.DECISION,
    buying_roles=(BuyingRole.DECIDER, BuyingRole.INITIATOR),
    is_key_decision_maker=True,
    is_coach=False,
    attitude=Attitude.OPPOSED,
    influence=Influence.HIGH,
    relationship_level=2,
    personal_wins="年底前完成产线升级",
    concerns="担心切换供应商影响交付",
    phone="0571-88886666",
    mobile="13812345678",
    email="wang.jg@hengyuan.com.cn",
    wechat="wjg_1968",
    birthday=date(1968, 3, 12),
    interests="围棋",
    notes="喜欢数据说话",
    opponent_plan="请技术总监先认可方案",
)


def test_a_contact_round_trips_every_field(book: Book, account: str) -> None:
    created = create_contact(book, account, FULL, today=TODAY)
    assert isinstance(created, ContactRow)
    assert created.draft == FULL
    assert created.revision == 1
    assert created.account_id == account
    assert created.last_contact_on is None
    again = get_contact(book, created.id)
    assert again == created
    assert (again.name, again.attitude, again.relationship_level) == ("王建国", Attitude.OPPOSED, 2)
    assert again.buying_roles == (BuyingRole.DECIDER, BuyingRole.INITIATOR)


def test_creating_writes_the_starting_level(book: Book, account: str) -> None:
    contact = person(book, account, "李", relationship_level=3)
    assert relationship_history(book, contact) == [RelationshipStep(TODAY, "level", None, 3, None)]


def test_list_is_live_contacts_of_that_account_by_name(book: Book, account: str) -> None:
    other = new_account(book, "宁波港务集团")
    for name in ("赵", "Chen", "钱", "Ann"):
        person(book, account, name)
    person(book, other, "孙")
    gone = person(book, account, "Bob")
    delete_contact(book, gone)
    assert [c.name for c in list_contacts(book, account)] == ["Ann", "Chen", "赵", "钱"]
    with pytest.raises(NotFound):
        get_contact(book, gone)
    with pytest.raises(NotFound):
        list_contacts(book, "no-such-account")


def test_invalid_draft_writes_nothing(book: Book, account: str) -> None:
    person(book, account, "李")
    before = snapshot(book)
    with pytest.raises(InvalidInput) as caught:
        create_contact(book, account, ContactDraft(name=" ", email="bad"), today=TODAY)
    assert caught.value.fields() == ["name", "email"]
    assert snapshot(book) == before


def test_future_birthday_is_judged_against_today(book: Book, account: str) -> None:
    draft = ContactDraft(name="李", birthday=TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput) as caught:
        create_contact(book, account, draft, today=TODAY)
    assert refused_field(caught) == ("birthday", FutureDate)
    create_contact(book, account, draft, today=TODAY + timedelta(days=1))


def test_a_deleted_account_takes_no_new_contacts(book: Book, account: str) -> None:
    delete_account(book, account)
    with pytest.raises(NotFound):
        create_contact(book, account, ContactDraft(name="李"), today=TODAY)


def test_contact_counts(book: Book, account: str) -> None:
    other, empty = new_account(book, "乙"), new_account(book, "丙")
    for name in "ABC":
        person(book, account, name)
    delete_contact(book, person(book, account, "D"))
    person(book, other, "E")
    many = [f"missing-{i}" for i in range(700)]  # more ids than one SQL statement takes
    counts = contact_counts(book, [account, other, empty, *many])
    assert (counts[account], counts[other], counts[empty]) == (3, 1, 0)
    assert len(counts) == 703
    assert not any(counts[m] for m in many)


# --- update and relationship history ----------------------------------------------------------


def test_level_and_attitude_changes_are_kept_with_date_and_reason(book: Book, account: str) -> None:
    row = create_contact(book, account, FULL, today=TODAY)
    later = TODAY + timedelta(days=10)
    row = update_contact(
        book, row.id, replace(row.draft, relationship_level=3), row.revision,
        reason="一起参加了展会", today=later,
    )  # fmt: skip
    row = update_contact(
        book, row.id, replace(row.draft, attitude=Attitude.SUPPORTIVE, relationship_level=4),
        row.revision, reason="方案演示后", today=later + timedelta(days=5),
    )  # fmt: skip
    row = update_contact(book, row.id, replace(row.draft, title="董事长"), row.revision)
    assert relationship_history(book, row.id) == [
        RelationshipStep(TODAY, "level", None, 2, None),
        RelationshipStep(later, "level", 2, 3, "一起参加了展会"),
        RelationshipStep(later + timedelta(days=5), "level", 3, 4, "方案演示后"),
        RelationshipStep(later + timedelta(days=5), "attitude", -1, 1, "方案演示后"),
    ]
    assert row.revision == 4
    assert get_contact(book, row.id).title == "董事长"


def test_history_uses_the_real_date_when_none_is_given(book: Book, account: str) -> None:
    row = create_contact(book, account, ContactDraft(name="李"))
    update_contact(book, row.id, replace(row.draft, attitude=Attitude.STRONGLY_OPPOSED))
    assert [s.changed_on for s in relationship_history(book, row.id)] == [date.today()] * 2


def test_a_stale_revision_is_refused_and_nothing_saved(book: Book, account: str) -> None:
    row = create_contact(book, account, FULL, today=TODAY)
    update_contact(book, row.id, replace(row.draft, title="副总"), row.revision)
    before = snapshot(book)
    with pytest.raises(ChangedElsewhere) as caught:
        update_contact(book, row.id, replace(row.draft, relationship_level=5), row.revision)
    assert isinstance(caught.value, ContactChangedElsewhere)
    assert "contact was changed elsewhere" in caught.value.message()
    assert snapshot(book) == before


def test_an_invalid_update_saves_nothing(book: Book, account: str) -> None:
    row = create_contact(book, account, FULL, today=TODAY)
    before = snapshot(book)
    bad = replace(row.draft, relationship_level=6, name="")
    with pytest.raises(InvalidInput):
        update_contact(book, row.id, bad, row.revision)
    assert snapshot(book) == before
    assert get_contact(book, row.id) == row


def test_an_update_that_would_close_a_loop_saves_nothing(book: Book, account: str) -> None:
    boss = person(book, account, "张总")
    report = person(book, account, "李经理", boss)
    row = get_contact(book, boss)
    before = snapshot(book)
    moved = replace(row.draft, reports_to_id=report, relationship_level=5, title="董事长")
    with pytest.raises(InvalidInput) as caught:
        update_contact(book, boss, moved, row.revision)
    assert refused_field(caught) == ("reports_to_id", ReportsToCycle)
    assert snapshot(book) == before


def test_a_deleted_contact_cannot_be_updated(book: Book, account: str) -> None:
    row = create_contact(book, account, FULL, today=TODAY)
    delete_contact(book, row.id)
    with pytest.raises(NotFound):
        update_contact(book, row.id, row.draft)
    with pytest.raises(NotFound):
        set_reports_to(book, row.id, None)


# --- reporting lines --------------------------------------------------------------------------


def test_set_reports_to_returns_the_previous_manager(book: Book, account: str) -> None:
    a, b = person(book, account, "甲"), person(book, account, "乙")
    c = person(book, account, "丙", a)
    assert set_reports_to(book, c, b) == a
    assert manager_of(book, c) == b
    assert set_reports_to(book, c, None) == b
    assert manager_of(book, c) is None
    assert set_reports_to(book, c, a) is None
    assert manager_of(book, c) == a


def test_setting_the_same_manager_changes_nothing(book: Book, account: str) -> None:
    a = person(book, account, "甲")
    b = person(book, account, "乙", a)
    before = snapshot(book)
    assert set_reports_to(book, b, a) == a
    assert snapshot(book) == before


@pytest.mark.parametrize("depth", [1, 2, 3, 4, 5])
def test_cycles_are_refused_at_every_depth(book: Book, account: str, depth: int) -> None:
    names = ["张总", "李总监", "王经理", "赵主管", "钱工", "孙助理"]
    chain = [person(book, account, names[0])]
    for name in names[1 : depth + 1]:
        chain.append(person(book, account, name, chain[-1]))
    before = snapshot(book)
    with pytest.raises(InvalidInput) as caught:
        set_reports_to(book, chain[0], chain[depth])
    assert refused_field(caught) == ("reports_to_id", ReportsToCycle)
    path = " → ".join(reversed(names[: depth + 1]))
    assert caught.value.problems[0].problem.message() == (
        f"{names[0]} cannot report to {names[depth]}, because {names[depth]} already reports "
        f"to {names[0]} ({path})."
    )
    assert snapshot(book) == before


def test_a_contact_cannot_report_to_itself(book: Book, account: str) -> None:
    a = person(book, account, "甲")
    with pytest.raises(InvalidInput) as caught:
        set_reports_to(book, a, a)
    assert refused_field(caught) == ("reports_to_id", ReportsToSelf)
    assert "甲 cannot report to themselves" in caught.value.message()


def test_another_accounts_manager_is_refused(book: Book, account: str) -> None:
    other = new_account(book, "宁波港务集团")
    mine = person(book, account, "李")
    theirs = person(book, other, "周总")
    before = snapshot(book)
    with pytest.raises(InvalidInput) as caught:
        set_reports_to(book, mine, theirs)
    assert refused_field(caught) == ("reports_to_id", ReportsToOtherAccount)
    assert "周总 is a contact of another account (宁波港务集团); 李 can only" in str(caught.value)
    with pytest.raises(InvalidInput) as caught:
        create_contact(book, account, ContactDraft(name="新人", reports_to_id=theirs))
    assert refused_field(caught) == ("reports_to_id", ReportsToOtherAccount)
    assert snapshot(book) == before


def test_a_deleted_or_unknown_manager_is_refused(book: Book, account: str) -> None:
    mine = person(book, account, "李")
    gone = person(book, account, "离职的王")
    delete_contact(book, gone)
    for manager in (gone, "no-such-contact"):
        with pytest.raises(InvalidInput) as caught:
            set_reports_to(book, mine, manager)
        assert refused_field(caught) == ("reports_to_id", ReportsToMissing)
        with pytest.raises(InvalidInput):
            create_contact(book, account, ContactDraft(name="新人", reports_to_id=manager))
    assert manager_of(book, mine) is None


@st.composite
def trees(draw: st.DrawFn) -> list[int | None]:
    """Parent index of each node (always an earlier one): any forest up to 9 nodes."""
    size = draw(st.integers(2, 9))
    # ``just(i - 1)`` makes long chains likely, so deep reporting lines get tested too.
    parent = lambda i: st.one_of(st.none(), st.just(i - 1), st.integers(0, i - 1))  # noqa: E731
    return [None] + [draw(parent(i)) for i in range(1, size)]


def descendants(parents: list[int | None], node: int) -> set[int]:
    below = {node}
    for i in range(len(parents)):  # parents come first, so one pass finds every descendant
        if parents[i] in below:
            below.add(i)
    return below - {node}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(parents=trees())
def test_moves_under_descendants_are_refused_all_others_accepted(
    book: Book, parents: list[int | None]
) -> None:
    account = new_account(book, "树")
    ids: list[str] = []
    for i, parent in enumerate(parents):
        ids.append(person(book, account, f"P{i}", None if parent is None else ids[parent]))
    for node in range(len(parents)):
        below = descendants(parents, node)
        for target in range(len(parents)):
            if target == node or target in below:
                before = snapshot(book)
                with pytest.raises(InvalidInput):
                    set_reports_to(book, ids[node], ids[target])
                assert snapshot(book) == before
            else:
                previous = set_reports_to(book, ids[node], ids[target])
                assert manager_of(book, ids[node]) == ids[target]
                set_reports_to(book, ids[node], previous)  # back to the generated tree
                assert manager_of(book, ids[node]) == (
                    None if parents[node] is None else ids[parents[node]]
                )


# --- delete and restore -----------------------------------------------------------------------


@pytest.fixture
def org(book: Book, account: str) -> dict[str, str]:
    """张总 ← 李总监 ← (王经理 ← 钱工, 赵主管); 孙 on its own; links around 李总监."""
    ids: dict[str, str] = {}
    ids["张总"] = person(book, account, "张总")
    ids["李总监"] = person(book, account, "李总监", ids["张总"])
    ids["王经理"] = person(book, account, "王经理", ids["李总监"])
    ids["赵主管"] = person(book, account, "赵主管", ids["李总监"])
    ids["钱工"] = person(book, account, "钱工", ids["王经理"])
    ids["孙"] = person(book, account, "孙")
    add_influence(book, ids["李总监"], ids["张总"], "老同学")
    add_influence(book, ids["孙"], ids["李总监"])
    add_influence(book, ids["钱工"], ids["张总"])
    return ids


def test_delete_reattaches_reports_to_the_manager(
    book: Book, account: str, org: dict[str, str]
) -> None:
    deleted = delete_contact(book, org["李总监"])
    assert deleted.contact_id == org["李总监"]
    assert set(deleted.reattached) == {org["王经理"], org["赵主管"]}
    assert deleted.manager_id == org["张总"]
    assert len(deleted.links) == 2
    assert manager_of(book, org["王经理"]) == org["张总"]
    assert manager_of(book, org["赵主管"]) == org["张总"]
    assert manager_of(book, org["钱工"]) == org["王经理"]  # only direct reports move
    assert [(k.from_contact_id, k.to_contact_id) for k in influence_links(book, account)] == [
        (org["钱工"], org["张总"])
    ]
    assert org["李总监"] not in {c.id for c in list_contacts(book, account)}


def test_deleting_a_root_makes_its_reports_roots(
    book: Book, account: str, org: dict[str, str]
) -> None:
    deleted = delete_contact(book, org["张总"])
    assert (deleted.reattached, deleted.manager_id) == ((org["李总监"],), None)
    assert manager_of(book, org["李总监"]) is None
    assert [(k.from_contact_id, k.to_contact_id) for k in influence_links(book, account)] == [
        (org["孙"], org["李总监"])
    ]


def test_delete_and_restore_round_trip(book: Book, account: str, org: dict[str, str]) -> None:
    contacts_before = list_contacts(book, account)
    links_before = influence_links(book, account)
    history_before = relationship_history(book, org["李总监"])
    deleted = delete_contact(book, org["李总监"])
    restore_contact(book, deleted)
    assert [(c.id, c.draft) for c in list_contacts(book, account)] == [
        (c.id, c.draft) for c in contacts_before
    ]
    assert influence_links(book, account) == links_before
    assert relationship_history(book, org["李总监"]) == history_before
    restore_contact(book, deleted)  # a second restore changes nothing
    assert influence_links(book, account) == links_before


def test_restore_revives_only_the_links_its_delete_removed(
    book: Book, account: str, org: dict[str, str]
) -> None:
    removed_before = next(
        k for k in influence_links(book, account) if k.from_contact_id == org["孙"]
    )
    remove_influence(book, removed_before.id)
    deleted = delete_contact(book, org["李总监"])
    assert removed_before.id not in deleted.links
    restore_contact(book, deleted)
    assert removed_before.id not in {k.id for k in influence_links(book, account)}
    assert len(influence_links(book, account)) == 2


def test_nested_deletes_undo_in_reverse_order(
    book: Book, account: str, org: dict[str, str]
) -> None:
    contacts_before = list_contacts(book, account)
    first = delete_contact(book, org["李总监"])  # 王经理 moves up to 张总
    second = delete_contact(book, org["张总"])  # ...and now becomes a root
    assert manager_of(book, org["王经理"]) is None
    restore_contact(book, second)
    restore_contact(book, first)
    assert {c.id: c.reports_to_id for c in list_contacts(book, account)} == {
        c.id: c.reports_to_id for c in contacts_before
    }


def test_restore_refuses_a_loop_made_outside_the_undo_order(
    book: Book, account: str, org: dict[str, str]
) -> None:
    deleted = delete_contact(book, org["李总监"])  # 王经理 now reports to 张总
    set_reports_to(book, org["王经理"], None)
    set_reports_to(book, org["张总"], org["王经理"])  # 张总 under its former grand-report
    before = snapshot(book)
    with pytest.raises(InvalidInput) as caught:
        restore_contact(book, deleted)
    assert refused_field(caught) == ("reports_to_id", ReportsToCycle)
    assert snapshot(book) == before


def test_deleting_twice_or_an_unknown_contact_is_not_found(book: Book, account: str) -> None:
    a = person(book, account, "甲")
    delete_contact(book, a)
    with pytest.raises(NotFound):
        delete_contact(book, a)
    with pytest.raises(NotFound):
        restore_contact(book, DeletedContact("no-such-contact", (), None))
    with pytest.raises(NotFound):
        relationship_history(book, "no-such-contact")


# --- influence links --------------------------------------------------------------------------


def test_influence_links_add_list_remove(book: Book, account: str) -> None:
    a, b = person(book, account, "甲"), person(book, account, "乙")
    forward = add_influence(book, a, b, "  同乡  ")
    assert (forward.from_contact_id, forward.to_contact_id, forward.note) == (a, b, "同乡")
    backward = add_influence(book, b, a)  # the other direction is another link
    assert influence_links(book, account) == [forward, backward]
    remove_influence(book, forward.id)
    assert influence_links(book, account) == [backward]
    with pytest.raises(NotFound):
        remove_influence(book, forward.id)
    again = add_influence(book, a, b)  # a removed link may be drawn again
    assert influence_links(book, account) == [backward, again]


@pytest.mark.parametrize(
    ("case", "error"),
    [
        ("self", InfluenceSelf),
        ("duplicate", InfluenceExists),
        ("other account", InfluenceOtherAccount),
        ("long note", TooLong),
    ],
)
def test_bad_influence_links_are_refused(book: Book, account: str, case: str, error: type) -> None:
    a, b = person(book, account, "甲"), person(book, account, "乙")
    outsider = person(book, new_account(book, "乙公司"), "外人")
    add_influence(book, a, b)
    source, target, note = {
        "self": (a, a, None),
        "duplicate": (a, b, None),
        "other account": (a, outsider, None),
        "long note": (b, a, "x" * 201),
    }[case]
    before = snapshot(book)
    with pytest.raises(InvalidInput) as caught:
        add_influence(book, source, target, note)
    assert refused_field(caught) == ("influences", error)
    assert snapshot(book) == before
    add_influence(book, b, a, "x" * 200)  # a fine link still goes in


def test_links_of_deleted_contacts_are_hidden_and_refused(book: Book, account: str) -> None:
    a, b = person(book, account, "甲"), person(book, account, "乙")
    gone = person(book, account, "丙")
    add_influence(book, a, b)
    delete_contact(book, gone)
    with pytest.raises(NotFound):
        add_influence(book, a, gone)
    assert len(influence_links(book, account)) == 1


def test_required_name_message_names_the_field(book: Book, account: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        create_contact(book, account, ContactDraft(name=""))
    assert refused_field(caught) == ("name", Required)
    assert caught.value.message() == "Not saved. Please correct: Name: is required."
