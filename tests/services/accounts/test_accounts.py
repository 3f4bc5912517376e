"""Account services against real books: find, read, create, update, soft delete, restore."""

from __future__ import annotations

import pathlib
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from kam_desktop.db.book import Book, open_book
from kam_desktop.db.models import Account
from kam_desktop.domain.accounts.account_fields import AccountDraft, validated
from kam_desktop.domain.accounts.credit_code import check_character
from kam_desktop.domain.enums import (
    AccountSource,
    AccountStatus,
    Grade,
    Industry,
    LifecycleStage,
    RelationshipMarketingLevel,
    RelationshipMode,
    SalesStage,
    SizeClass,
    SpinStage,
    ValueTier,
)
from kam_desktop.domain.errors import ChangedElsewhere, InvalidInput, NotFound
from kam_desktop.domain.name_order import name_sort_key
from kam_desktop.services.accounts.accounts import (
    create_account,
    delete_account,
    get_account,
    get_account_by_code,
    restore_account,
    update_account,
)
from kam_desktop.services.accounts.find_accounts import (
    SORT_KEYS,
    AccountQuery,
    account_rows,
    count_accounts,
    filter_options,
    find_account_ids,
    list_accounts,
)

# --- helpers ----------------------------------------------------------------------------------


def credit_code(n: int) -> str:
    """A valid 统一社会信用代码 (GB 32100-2015) for a small number."""
    body = f"91330100{n:09d}"
    return body + check_character(body)


def wrong_check(code: str) -> str:
    """The same code with a check character that does not fit."""
    return code[:17] + ("1" if code[17] == "0" else "0")


def rows_in_file(book: Book) -> int:
    with book.sessions() as s:
        return s.scalar(select(func.count()).select_from(Account)) or 0


def names(book: Book, query: AccountQuery) -> list[str]:
    return [row.name for row in list_accounts(book, query)]


def search(book: Book, text: str) -> set[str]:
    return set(names(book, AccountQuery(text=text)))


# --- create and read --------------------------------------------------------------------------


FULL_DRAFT = AccountDraft(
    name="杭州恒远机械有限公司",
    code="000118",
    short_name="恒远机械",
    credit_code=credit_code(118),
    province="浙江省",
    city="杭州市",
    district="西湖区",
    address="浙江省杭州市西湖区文三路579号",
    industry=Industry.C,
    sub_industry="通用设备制造",
    size_class=SizeClass.MEDIUM,
    hq_grade=Grade.A,
    source=AccountSource.TRADE_SHOW,
    status=AccountStatus.CUSTOMER,
    lifecycle_stage=LifecycleStage.STABILITY,
    lifecycle_overridden=True,
    sales_stage=SalesStage.EVALUATION,
    rm_level=RelationshipMarketingLevel.SOCIAL,
    relationship_mode=RelationshipMode.PROACTIVE,
    owner="王芳",
    annual_revenue=52000.5,
    employees=860,
    hq_sales=3799.25,
    phone="0571-35713197",
    website="www.hengyuan.example.com",
    tags=("重点", "华东"),
    notes="年底有扩产计划",
)


def test_create_then_get_returns_every_field(book: Book) -> None:
    created = create_account(book, FULL_DRAFT)
    fetched = get_account(book, created.id)
    assert fetched.draft == FULL_DRAFT
    assert fetched == created
    assert fetched.revision == 1
    assert fetched.deleted_at is None
    assert fetched.created_at == fetched.updated_at
    assert get_account_by_code(book, " 000118 ").id == created.id


def test_create_normalises_input(book: Book) -> None:
    code = credit_code(7)
    created = create_account(
        book,
        AccountDraft(
            name="  宁波华拓贸易有限公司 ", city=" ", credit_code=f"  {code.lower()} ",
            tags=("重点", " 重点 ", "", "华东"),
        ),
    )  # fmt: skip
    assert created.name == "宁波华拓贸易有限公司"
    assert created.draft.city is None
    assert created.draft.credit_code == code
    assert created.draft.tags == ("重点", "华东")


def test_create_fills_owner_from_the_book(book: Book) -> None:
    mine = create_account(book, AccountDraft(name="甲公司"))
    theirs = create_account(book, AccountDraft(name="乙公司", owner="李强"))
    assert mine.draft.owner == book.meta["owner"] == "测试员"
    assert theirs.draft.owner == "李强"


def test_unknown_account_is_not_found(book: Book) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    for call in (
        lambda: get_account(book, missing),
        lambda: get_account_by_code(book, "999999"),
        lambda: update_account(book, missing, AccountDraft(name="x")),
        lambda: delete_account(book, missing),
        lambda: restore_account(book, missing),
    ):
        with pytest.raises(NotFound):
            call()
    assert rows_in_file(book) == 0


# --- validation: nothing invalid reaches the book ---------------------------------------------

BAD_FIELDS: list[tuple[dict[str, object], set[str]]] = [
    ({"name": "   "}, {"name"}),
    ({"credit_code": wrong_check(credit_code(5))}, {"credit_code"}),
    ({"credit_code": "91330100ABC"}, {"credit_code"}),
    ({"credit_code": "9133010000000000I1"}, {"credit_code"}),
    ({"phone": "12345"}, {"phone"}),
    ({"website": "not a website"}, {"website"}),
    ({"employees": -1}, {"employees"}),
    ({"annual_revenue": -0.5}, {"annual_revenue"}),
    ({"code": "1" * 33}, {"code"}),
    ({"name": "名" * 201}, {"name"}),
    (
        {"name": "", "credit_code": "123", "phone": "电话", "hq_sales": -1.0},
        {"name", "credit_code", "phone", "hq_sales"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("changes", "fields"), BAD_FIELDS)
def test_invalid_create_names_the_fields_and_writes_nothing(
    book: Book, changes: dict[str, object], fields: set[str]
) -> None:
    create_account(book, AccountDraft(name="已有客户"))
    before = rows_in_file(book)
    with pytest.raises(InvalidInput) as caught:
        create_account(book, replace(FULL_DRAFT, **changes))  # type: ignore[arg-type]
    assert set(caught.value.fields()) == fields
    message = caught.value.message()
    assert message.startswith("Not saved.")
    for problem in caught.value.problems:
        assert str(problem.label) in message
    assert rows_in_file(book) == before


@pytest.mark.parametrize(("changes", "fields"), BAD_FIELDS)
def test_invalid_update_names_the_fields_and_changes_nothing(
    book: Book, changes: dict[str, object], fields: set[str]
) -> None:
    saved = create_account(book, FULL_DRAFT)
    with pytest.raises(InvalidInput) as caught:
        update_account(book, saved.id, replace(saved.draft, **changes))  # type: ignore[arg-type]
    assert set(caught.value.fields()) == fields
    assert get_account(book, saved.id) == saved


def test_duplicate_code_is_refused(book: Book) -> None:
    first = create_account(book, AccountDraft(name="杭州恒远机械有限公司", code="000118"))
    with pytest.raises(InvalidInput) as caught:
        create_account(book, AccountDraft(name="另一家公司", code=" 000118"))
    assert caught.value.fields() == ["code"]
    assert "000118" in caught.value.message()
    assert rows_in_file(book) == 1
    # Leading zeros matter: 118 is another code.
    create_account(book, AccountDraft(name="另一家公司", code="118"))
    # Saving an account with its own code is not a duplicate.
    update_account(book, first.id, replace(first.draft, city="杭州市"))


def test_duplicate_credit_code_is_refused_whatever_the_case(book: Book) -> None:
    code = credit_code(42)
    create_account(book, AccountDraft(name="甲公司", code="A1", credit_code=code))
    with pytest.raises(InvalidInput) as caught:
        create_account(book, AccountDraft(name="乙公司", credit_code=code.lower()))
    assert caught.value.fields() == ["credit_code"]
    assert "A1" in caught.value.message()  # names the account that already has it
    assert rows_in_file(book) == 1


def test_both_duplicates_are_reported_together(book: Book) -> None:
    create_account(book, AccountDraft(name="甲公司", code="000001", credit_code=credit_code(1)))
    with pytest.raises(InvalidInput) as caught:
        create_account(book, AccountDraft(name="乙公司", code="000001", credit_code=credit_code(1)))
    assert set(caught.value.fields()) == {"code", "credit_code"}


def test_code_of_a_deleted_account_is_still_taken(book: Book) -> None:
    gone = create_account(book, AccountDraft(name="甲公司", code="000001"))
    delete_account(book, gone.id)
    with pytest.raises(InvalidInput) as caught:
        create_account(book, AccountDraft(name="乙公司", code="000001"))
    assert caught.value.fields() == ["code"]


def test_update_to_another_accounts_code_is_refused(book: Book) -> None:
    create_account(book, AccountDraft(name="甲公司", code="000001"))
    second = create_account(book, AccountDraft(name="乙公司", code="000002"))
    with pytest.raises(InvalidInput):
        update_account(book, second.id, replace(second.draft, code="000001"))
    assert get_account(book, second.id).code == "000002"


# --- the group tree ---------------------------------------------------------------------------


def _chain(book: Book, length: int) -> list[str]:
    """Group → subsidiary → plant ...: ids from the top down."""
    ids: list[str] = []
    for level in range(length):
        parent = ids[-1] if ids else None
        ids.append(create_account(book, AccountDraft(name=f"层级{level}", parent_id=parent)).id)
    return ids


def test_parent_is_kept_and_named(book: Book) -> None:
    top, child = _chain(book, 2)
    detail = get_account(book, child)
    assert detail.draft.parent_id == top
    assert detail.parent_name == "层级0"


@pytest.mark.parametrize("length", [1, 2, 3, 5])
def test_parent_cycle_is_refused(book: Book, length: int) -> None:
    ids = _chain(book, length)
    top = get_account(book, ids[0])
    with pytest.raises(InvalidInput) as caught:
        update_account(book, top.id, replace(top.draft, parent_id=ids[-1]))
    assert caught.value.fields() == ["parent_id"]
    assert get_account(book, top.id) == top


def test_moving_a_subsidiary_within_the_tree_is_allowed(book: Book) -> None:
    top, middle, bottom = _chain(book, 3)
    plant = get_account(book, bottom)
    moved = update_account(book, bottom, replace(plant.draft, parent_id=top))
    assert moved.draft.parent_id == top
    assert middle != top


@pytest.mark.parametrize("field", ["parent_id", "referred_by_id"])
def test_unknown_parent_or_referrer_is_invalid_input(book: Book, field: str) -> None:
    draft = replace(AccountDraft(name="子公司"), **{field: "00000000-0000-4000-8000-00000000dead"})
    with pytest.raises(InvalidInput) as caught:
        create_account(book, draft)
    assert caught.value.fields() == [field]
    assert rows_in_file(book) == 0


# --- update, concurrency, delete, restore -----------------------------------------------------


def test_update_changes_fields_and_bumps_revision(book: Book) -> None:
    saved = create_account(book, FULL_DRAFT)
    time.sleep(0.002)
    changed = update_account(
        book, saved.id, replace(saved.draft, city="宁波市", tags=("新",)), expected_revision=1
    )
    assert changed.revision == 2
    assert changed.updated_at > saved.updated_at
    assert changed.created_at == saved.created_at
    assert get_account(book, saved.id).draft == replace(FULL_DRAFT, city="宁波市", tags=("新",))


def test_saving_an_unchanged_profile_keeps_the_revision(book: Book) -> None:
    saved = create_account(book, FULL_DRAFT)
    again = update_account(book, saved.id, saved.draft, expected_revision=saved.revision)
    assert again.revision == saved.revision
    assert again.updated_at == saved.updated_at


def test_stale_revision_is_changed_elsewhere(book: Book) -> None:
    opened = create_account(book, FULL_DRAFT)
    newer = update_account(book, opened.id, replace(opened.draft, notes="别处的修改"))
    with pytest.raises(ChangedElsewhere) as caught:
        update_account(
            book, opened.id, replace(opened.draft, notes="我的修改"),
            expected_revision=opened.revision,
        )  # fmt: skip
    assert "changed elsewhere" in caught.value.message()
    assert get_account(book, opened.id) == newer
    mine = update_account(
        book, opened.id, replace(newer.draft, notes="我的修改"), expected_revision=newer.revision
    )
    assert mine.draft.notes == "我的修改"


def test_delete_and_restore(book: Book) -> None:
    keep = create_account(book, AccountDraft(name="留下公司"))
    gone = create_account(book, AccountDraft(name="删除公司"))
    delete_account(book, gone.id)

    assert names(book, AccountQuery()) == ["留下公司"]
    assert count_accounts(book) == 1
    assert names(book, AccountQuery(deleted=True)) == ["删除公司"]
    assert count_accounts(book, AccountQuery(deleted=True)) == 1
    assert search(book, "删除") == set()
    assert rows_in_file(book) == 2  # a tombstone, not a hard delete
    tombstone = get_account(book, gone.id)
    assert tombstone.deleted_at is not None
    assert tombstone.revision == 2

    delete_account(book, gone.id)  # deleting twice keeps the first deletion
    assert get_account(book, gone.id).deleted_at == tombstone.deleted_at

    restore_account(book, gone.id)
    back = get_account(book, gone.id)
    assert back.deleted_at is None
    assert back.revision == 3
    assert set(names(book, AccountQuery())) == {"留下公司", "删除公司"}
    assert names(book, AccountQuery(deleted=True)) == []
    assert get_account(book, keep.id).revision == 1


# --- search -----------------------------------------------------------------------------------


@pytest.fixture
def searchable(book: Book) -> Book:
    for name, code, province, city in (
        ("杭州恒远机械有限公司", "000118", "浙江省", "杭州市"),
        ("恒远贸易（宁波）有限公司", "000130", "浙江省", "宁波市"),
        ("远恒科技股份有限公司", "002029", "江苏省", "苏州市"),
        ("华拓信息技术有限公司", None, "广东省", "深圳市"),
        ("100%纯棉纺织有限公司", "A_01", None, None),
        ("A_B科技有限公司", "AXB1", None, None),
        ("AXB科技有限公司", None, None, None),
    ):
        create_account(book, AccountDraft(name=name, code=code, province=province, city=city))
    return book


def test_search_by_two_chinese_characters(searchable: Book) -> None:
    assert search(searchable, "恒远") == {"杭州恒远机械有限公司", "恒远贸易（宁波）有限公司"}
    assert search(searchable, "华拓") == {"华拓信息技术有限公司"}
    assert search(searchable, "  恒远 ") == search(searchable, "恒远")


def test_search_by_code_and_city(searchable: Book) -> None:
    assert search(searchable, "000118") == {"杭州恒远机械有限公司"}
    assert search(searchable, "0001") == {"杭州恒远机械有限公司", "恒远贸易（宁波）有限公司"}
    assert search(searchable, "苏州") == {"远恒科技股份有限公司"}
    # 宁波 is in one account's name and in its city: found once.
    assert search(searchable, "宁波") == {"恒远贸易（宁波）有限公司"}
    assert search(searchable, "江苏省") == {"远恒科技股份有限公司"}


def test_like_wildcards_in_search_text_are_literal(searchable: Book) -> None:
    assert search(searchable, "%") == {"100%纯棉纺织有限公司"}
    assert search(searchable, "0%纯") == {"100%纯棉纺织有限公司"}
    assert search(searchable, "_") == {"100%纯棉纺织有限公司", "A_B科技有限公司"}  # code A_01
    assert search(searchable, "A_B") == {"A_B科技有限公司"}
    assert search(searchable, "\\") == set()
    assert search(searchable, "找不到") == set()


@pytest.fixture(scope="module")
def scratch_book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Book]:
    opened = open_book(tmp_path_factory.mktemp("search") / "search.kambook")
    yield opened
    opened.close()


_ALPHABET = "恒远华拓科技机械贸易有限公司杭州宁波%_\\aB1"
_NAME = st.text(alphabet=_ALPHABET, min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), account_names=st.lists(_NAME, min_size=1, max_size=8))
def test_search_finds_exactly_the_names_containing_the_text(
    scratch_book: Book, data: st.DataObject, account_names: list[str]
) -> None:
    with scratch_book.sessions.begin() as s:
        s.execute(delete(Account))
    for name in account_names:
        create_account(scratch_book, AccountDraft(name=name))
    picked = data.draw(st.sampled_from(account_names))
    start = data.draw(st.integers(0, len(picked) - 1))
    text = data.draw(
        st.one_of(
            st.just(picked[start : start + 2]),  # a two-character piece of a real name
            st.text(alphabet=_ALPHABET, min_size=1, max_size=3),
        )
    )
    # SQLite's LIKE folds ASCII case only; our alphabet has no other cased letters.
    wanted = {i for i, name in enumerate(account_names) if text.lower() in name.lower()}
    found = [row.name for row in list_accounts(scratch_book, AccountQuery(text=text))]
    assert sorted(found) == sorted(account_names[i] for i in wanted)


# --- filters and sorting over one portfolio ---------------------------------------------------


@dataclass(frozen=True)
class Expected:
    """What the test put into the book for one account (the oracle for filters and sorts)."""

    id: str
    name: str
    values: dict[str, object]


FILTERS: dict[str, str] = {
    "grades": "hq_grade",
    "tiers": "value_tier",
    "provinces": "province",
    "cities": "city",
    "industries": "industry",
    "owners": "owner",
    "lifecycle_stages": "lifecycle_stage",
    "statuses": "status",
}
PLACES = [("浙江省", "杭州市"), ("浙江省", "宁波市"), ("江苏省", "苏州市"), ("广东省", None)]


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Book, list[Expected]]]:
    """40 live accounts with many ties and empty values, plus 4 deleted ones."""
    rng = random.Random(20261125)
    book = open_book(tmp_path_factory.mktemp("portfolio") / "p.kambook")  # no owner default
    expected: list[Expected] = []
    for i in range(44):
        place = rng.choice([*PLACES, (None, None)])
        draft = AccountDraft(
            name=rng.choice(["恒远机械", "华拓科技", "东方贸易", "北辰物流", "Alpha 公司"]),
            code=f"{i:06d}" if rng.random() < 0.7 else None,
            province=place[0],
            city=place[1],
            industry=rng.choice([Industry.C, Industry.F, Industry.I, None]),
            hq_grade=rng.choice([*Grade, None]),
            lifecycle_stage=rng.choice([*LifecycleStage, None]),
            status=rng.choice(list(AccountStatus)),
            owner=rng.choice(["王芳", "李强", "张伟", None]),
        )
        account_id = create_account(book, draft).id
        derived = {
            "value_tier": rng.choice([*ValueTier, None]),
            "value_score": rng.choice([12.5, 40.0, 88.8, None]),
            "sales_12m": rng.choice([0.0, 350.25, 1200.0, None]),
            "last_visit_on": rng.choice(
                [date(2026, 1, 5), date(2026, 10, 1) + timedelta(days=3), None]
            ),
            "map_gap_count": rng.choice([0, 2, 5, None]),
            "spin_stage": rng.choice([*SpinStage, None]),
            "next_due_on": rng.choice([date(2026, 11, 20), date(2026, 12, 1), None]),
        }
        with book.sessions.begin() as s:  # derived caches are written by other services
            account = s.get(Account, account_id)
            assert account is not None
            for key, value in derived.items():
                setattr(account, key, value)
        if i >= 40:
            delete_account(book, account_id)
            continue
        given_fields = (*SORT_KEYS, *FILTERS.values())
        values = {n: getattr(draft, n) for n in given_fields if n not in derived} | derived
        expected.append(Expected(account_id, draft.name, values))
    yield book, expected
    book.close()


def _sort_value(key: str, value: object) -> object:
    if key == "name":
        return name_sort_key(value)  # type: ignore[arg-type]  # pinyin order (issue 14)
    if key == "value_tier":
        return list(ValueTier).index(value)  # type: ignore[arg-type]
    if key == "spin_stage":
        return list(SpinStage).index(value)  # type: ignore[arg-type]
    return getattr(value, "value", value)  # enums sort by their stored code


def _expected_order(accounts: list[Expected], key: str, descending: bool) -> list[str]:
    # the tie-break, always ascending: pinyin order, then id
    ordered = sorted(accounts, key=lambda a: (name_sort_key(a.name), a.id))
    present = [a for a in ordered if a.values[key] is not None]
    empty = [a for a in ordered if a.values[key] is None]
    present.sort(key=lambda a: _sort_value(key, a.values[key]), reverse=descending)  # stable
    return [a.id for a in present + empty]


def _matches(account: Expected, query: AccountQuery) -> bool:
    return all(
        not getattr(query, field) or account.values[column] in getattr(query, field)
        for field, column in FILTERS.items()
    )


def test_portfolio_has_ties_and_gaps_in_every_sort_key(
    portfolio: tuple[Book, list[Expected]],
) -> None:
    _, accounts = portfolio
    for key in SORT_KEYS:
        values = [a.values[key] for a in accounts]
        assert None in values or key in ("name", "status"), key
        assert len(set(values)) < len(values), key


SORTS = [
    pytest.param(
        key, descending, id=f"{key}-{'desc' if descending else 'asc'}",
    )
    for key in SORT_KEYS
    for descending in (False, True)
]  # fmt: skip


@pytest.mark.parametrize(("key", "descending"), SORTS)
def test_sorting_puts_empty_last_and_breaks_ties_stably(
    portfolio: tuple[Book, list[Expected]], key: str, descending: bool
) -> None:
    book, accounts = portfolio
    query = AccountQuery(sort=key, descending=descending)
    found = find_account_ids(book, query)
    assert found == _expected_order(accounts, key, descending)
    assert find_account_ids(book, query) == found  # same answer every time
    rows = list_accounts(book, query)
    assert [r.id for r in rows] == found
    shown = [getattr(r, key) for r in rows]
    first_empty = shown.index(None) if None in shown else len(shown)
    assert all(v is None for v in shown[first_empty:])


def test_unknown_sort_key_is_refused(portfolio: tuple[Book, list[Expected]]) -> None:
    book, _ = portfolio
    with pytest.raises(ValueError, match="cannot sort"):
        find_account_ids(book, AccountQuery(sort="deleted_at"))


@pytest.mark.parametrize(("field", "column"), list(FILTERS.items()))
def test_each_filter_narrows_to_matching_accounts(
    portfolio: tuple[Book, list[Expected]], field: str, column: str
) -> None:
    book, accounts = portfolio
    present = sorted({a.values[column] for a in accounts} - {None}, key=str)
    assert len(present) >= 2
    for wanted in (present[:1], present[:2], present):
        query = AccountQuery(**{field: frozenset(wanted)})  # type: ignore[arg-type]
        expected = {a.id for a in accounts if a.values[column] in wanted}
        found = find_account_ids(book, query)
        assert set(found) == expected
        assert len(found) == len(expected) == count_accounts(book, query)
    everyone = AccountQuery(**{field: frozenset(present)})  # type: ignore[arg-type]
    without = sum(a.values[column] is None for a in accounts)
    assert count_accounts(book, everyone) == len(accounts) - without  # empty is not "any"
    assert count_accounts(book, AccountQuery()) == len(accounts)


def _subset(values: list[object]) -> st.SearchStrategy[frozenset[object]]:
    return st.frozensets(st.sampled_from(values), max_size=2)


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_any_combination_of_filters_sort_and_page(
    portfolio: tuple[Book, list[Expected]], data: st.DataObject
) -> None:
    book, accounts = portfolio
    choices: dict[str, object] = {}
    for field, column in FILTERS.items():
        present = sorted({a.values[column] for a in accounts} - {None}, key=str)
        choices[field] = data.draw(_subset(present), label=field)
    sort = data.draw(st.sampled_from(SORT_KEYS), label="sort")
    descending = data.draw(st.booleans(), label="descending")
    query = AccountQuery(**choices, sort=sort, descending=descending)  # type: ignore[arg-type]
    matching = [a for a in accounts if _matches(a, query)]
    expected = _expected_order(matching, query.sort, query.descending)
    assert find_account_ids(book, query) == expected
    assert count_accounts(book, query) == len(expected)
    offset = data.draw(st.integers(0, len(accounts)), label="offset")
    limit = data.draw(st.integers(1, 15), label="limit")
    page = list_accounts(book, query, offset=offset, limit=limit)
    assert [r.id for r in page] == expected[offset : offset + limit]


def test_deleted_accounts_never_match_filters(portfolio: tuple[Book, list[Expected]]) -> None:
    book, accounts = portfolio
    live = {a.id for a in accounts}
    binned = find_account_ids(book, AccountQuery(deleted=True))
    assert len(binned) == 4
    assert live.isdisjoint(binned)
    assert set(find_account_ids(book, AccountQuery())) == live


def test_account_rows_keep_the_order_given(portfolio: tuple[Book, list[Expected]]) -> None:
    book, accounts = portfolio
    ids = [a.id for a in accounts]
    random.Random(3).shuffle(ids)
    rows = account_rows(book, ids)
    assert [r.id for r in rows] == ids
    by_id = {a.id: a for a in accounts}
    for row in rows:
        assert row.name == by_id[row.id].name
        assert row.hq_grade == by_id[row.id].values["hq_grade"]
        assert row.value_tier == by_id[row.id].values["value_tier"]
    assert account_rows(book, []) == []
    unknown = "00000000-0000-4000-8000-000000000000"
    assert [r.id for r in account_rows(book, [ids[1], unknown, ids[0]])] == [ids[1], ids[0]]
    many = ids * 30  # more than one chunk of SQL variables, repeats included
    assert [r.id for r in account_rows(book, many)] == many


def test_pages_add_up_to_the_whole_list(portfolio: tuple[Book, list[Expected]]) -> None:
    book, accounts = portfolio
    query = AccountQuery(sort="city")
    whole = find_account_ids(book, query)
    pages = [list_accounts(book, query, offset=o, limit=7) for o in range(0, len(accounts), 7)]
    assert [r.id for page in pages for r in page] == whole
    assert list_accounts(book, query, offset=len(accounts)) == []


# --- filter options ---------------------------------------------------------------------------


def test_filter_options_list_what_live_accounts_have(book: Book) -> None:
    def add(**values: object) -> str:
        return create_account(book, AccountDraft(**values)).id  # type: ignore[arg-type]

    add(name="甲", province="浙江省", city="杭州市", owner="王芳", industry=Industry.C)
    add(name="乙", province="浙江省", city="宁波市", owner="李强", industry=Industry.F)
    add(name="丙", province="浙江省", city="杭州市", owner="王芳", industry=Industry.C)
    add(name="丁", province="江苏省", city=None, owner="王芳")
    gone = add(name="戊", province="广东省", city="深圳市", owner="赵六", industry=Industry.K)
    delete_account(book, gone)

    options = filter_options(book)
    assert options.provinces == ["江苏省", "浙江省"]
    assert options.cities == {"江苏省": [], "浙江省": ["宁波市", "杭州市"]}
    assert options.owners == ["李强", "王芳"]
    assert options.industries == [Industry.C, Industry.F]

    restore_account(book, gone)
    restored = filter_options(book)
    assert "广东省" in restored.provinces
    assert restored.cities["广东省"] == ["深圳市"]
    assert "赵六" in restored.owners
    assert Industry.K in restored.industries


def test_filter_options_of_an_empty_book(book: Book) -> None:
    options = filter_options(book)
    assert (options.provinces, options.cities, options.owners, options.industries) == (
        [], {}, [], []
    )  # fmt: skip


def test_validated_draft_is_what_is_stored(book: Book) -> None:
    """The service stores exactly the domain's normalised draft (plus the default owner)."""
    raw = replace(FULL_DRAFT, name=f" {FULL_DRAFT.name} ", owner=None, credit_code=None)
    stored = create_account(book, raw)
    assert stored.draft == replace(validated(raw), owner="测试员")


def test_attention_filters_use_the_cached_columns(book: Book) -> None:
    ids = [create_account(book, AccountDraft(name=f"客户{i}")).id for i in range(4)]
    caches = [
        {"map_gap_count": 0, "next_due_on": date(2026, 11, 26), "spin_stage": SpinStage.PROBLEM},
        {"map_gap_count": 3, "next_due_on": date(2026, 11, 25), "spin_stage": None},
        {"map_gap_count": None, "next_due_on": None, "spin_stage": SpinStage.NEED_PAYOFF},
        {"map_gap_count": 1, "next_due_on": date(2026, 11, 1), "spin_stage": SpinStage.PROBLEM},
    ]
    with book.sessions.begin() as s:
        for account_id, values in zip(ids, caches, strict=True):
            account = s.get(Account, account_id)
            assert account is not None
            for key, value in values.items():
                setattr(account, key, value)

    def found(query: AccountQuery) -> set[str]:
        return set(find_account_ids(book, query))

    assert found(AccountQuery(with_map_gaps=True)) == {ids[1], ids[3]}
    assert found(AccountQuery(due_by=date(2026, 11, 25))) == {ids[1], ids[3]}
    assert found(AccountQuery(spin_stages=frozenset({SpinStage.PROBLEM}))) == {ids[0], ids[3]}
    both = AccountQuery(with_map_gaps=True, spin_stages=frozenset({SpinStage.PROBLEM}))
    assert found(both) == {ids[3]}
    rows = {r.id: r for r in account_rows(book, ids)}
    assert rows[ids[1]].map_gap_count == 3
    assert rows[ids[0]].spin_stage == SpinStage.PROBLEM


def test_a_new_book_starts_with_the_question_bank(tmp_path: pathlib.Path) -> None:
    from kam_desktop.domain.spin.spin_questions import SEED_QUESTIONS
    from kam_desktop.services.book.new_book import create_book
    from kam_desktop.services.spin.spin_bank import questions

    with create_book(tmp_path / "new.kambook", owner="王磊") as book:
        bank = questions(book)
        assert len(bank) == len(SEED_QUESTIONS)
        assert {q.stage for q in bank} == set(SpinStage)
