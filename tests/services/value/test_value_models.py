"""The value models in the book: listing, the one active model, weights validated, caches marked
stale when what the scorer uses changes. Real books: an empty one and copies of the demo book."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.db.book import Book, open_book
from kam_desktop.db.models import Account, BookMeta, ValueModel
from kam_desktop.domain.errors import InvalidInput, NotFound
from kam_desktop.domain.value.value import DEFAULT_MODEL_NAME, DEFAULT_WEIGHTS, INDICATORS
from kam_desktop.services.book.account_caches import REFRESHED_ON, needs_refresh, refresh_all
from kam_desktop.services.value.value_models import (
    ActiveModelKept,
    LastModelKept,
    active_model,
    add_model,
    delete_model,
    list_models,
    rename_model,
    set_weight,
    set_weights,
    use_model,
)

TODAY = date(2025, 6, 15)


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Book]:
    with open_book(tmp_path / "empty.kambook", owner="测试员") as book:
        yield book


def model_rows(book: Book) -> list[tuple[str, dict, bool]]:
    with book.sessions() as s:
        rows = s.execute(
            select(ValueModel.name, ValueModel.weights, ValueModel.is_default)
            .where(ValueModel.deleted_at.is_(None))
            .order_by(ValueModel.name)
        )
        return [tuple(r) for r in rows]


def test_a_book_without_models_lists_the_default_and_stores_nothing(empty: Book) -> None:
    (model,) = list_models(empty)
    assert model.id is None
    assert model.is_default
    assert model.name == DEFAULT_MODEL_NAME
    assert dict(model.weights) == dict(DEFAULT_WEIGHTS)
    assert math.isclose(sum(model.shares().values()), 1.0)
    assert model_rows(empty) == []


def test_the_first_change_stores_the_default_model(empty: Book) -> None:
    changed = set_weight(empty, DEFAULT_MODEL_NAME, "growth", 40)
    assert changed.id is not None
    ((name, weights, is_default),) = model_rows(empty)
    assert (name, is_default) == (DEFAULT_MODEL_NAME, True)
    assert weights == {**DEFAULT_WEIGHTS, "growth": 40.0}


def test_set_weight_round_trips_and_accepts_labels(demo: Book) -> None:
    set_weight(demo, DEFAULT_MODEL_NAME, "Referral value", "12.5")  # the English label
    set_weight(demo, DEFAULT_MODEL_NAME, "回款率", 0)  # the Chinese label; 0 leaves it out
    model = active_model(demo)
    assert model.weights["referral"] == 12.5
    assert model.weights["collection_rate"] == 0.0
    assert set(model.weights) == set(INDICATORS)
    assert model.shares()["collection_rate"] == 0.0


@pytest.mark.parametrize(
    ("indicator", "weight", "field"),
    [
        ("growth", -1, "weight"),
        ("growth", "abc", "weight"),
        ("growth", "nan", "weight"),
        ("growth", math.inf, "weight"),
        ("turnover", 5, "indicator"),
        ("", 5, "indicator"),
    ],
)
def test_bad_weights_are_refused_naming_the_field(
    demo: Book, indicator: str, weight: object, field: str
) -> None:
    before = model_rows(demo)
    with pytest.raises(InvalidInput) as caught:
        set_weight(demo, DEFAULT_MODEL_NAME, indicator, weight)  # type: ignore[arg-type]
    assert caught.value.fields() == [field]
    assert model_rows(demo) == before


def test_all_zero_weights_are_refused(demo: Book) -> None:
    add_model(demo, "Sales only")
    for code in INDICATORS[1:]:
        set_weight(demo, "Sales only", code, 0)
    with pytest.raises(InvalidInput) as caught:
        set_weight(demo, "Sales only", INDICATORS[0], 0)
    assert caught.value.fields() == ["weights"]
    (sales_only,) = [m for m in list_models(demo) if m.name == "Sales only"]
    assert sales_only.weights[INDICATORS[0]] == DEFAULT_WEIGHTS[INDICATORS[0]]


def test_exactly_one_model_is_active(demo: Book) -> None:
    add_model(demo, "Sales only")
    assert [m.name for m in list_models(demo) if m.is_default] == [DEFAULT_MODEL_NAME]
    use_model(demo, "sales ONLY")  # names match regardless of case
    assert [r[0] for r in model_rows(demo) if r[2]] == ["Sales only"]
    use_model(demo, DEFAULT_MODEL_NAME)
    assert [r[0] for r in model_rows(demo) if r[2]] == [DEFAULT_MODEL_NAME]


def test_unknown_model_and_taken_names(demo: Book) -> None:
    with pytest.raises(NotFound):
        use_model(demo, "No such model")
    with pytest.raises(NotFound):
        set_weight(demo, "No such model", "growth", 1)
    with pytest.raises(InvalidInput) as caught:
        add_model(demo, DEFAULT_MODEL_NAME.upper())
    assert caught.value.fields() == ["name"]
    with pytest.raises(InvalidInput):
        add_model(demo, "  ")
    assert len(model_rows(demo)) == 1


def stored_refresh_day(book: Book) -> str | None:
    with book.sessions() as s:
        return s.scalar(select(BookMeta.value).where(BookMeta.key == REFRESHED_ON))


def test_changing_the_active_weights_marks_the_caches_stale(demo: Book) -> None:
    refresh_all(demo, TODAY)
    assert not needs_refresh(demo, TODAY)
    add_model(demo, "Spare")
    set_weight(demo, "Spare", "growth", 50)  # not the active model: scores stay right
    assert not needs_refresh(demo, TODAY)
    set_weight(demo, DEFAULT_MODEL_NAME, "growth", 50)
    assert needs_refresh(demo, TODAY)
    assert stored_refresh_day(demo) is None  # stale for the next opening too
    refresh_all(demo, TODAY)
    use_model(demo, "Spare")
    assert needs_refresh(demo, TODAY)


def test_the_next_refresh_scores_with_the_new_weights(demo: Book) -> None:
    """Only sales counting: the top-scored account is the one with the most sales."""
    add_model(demo, "Sales only")
    for code in INDICATORS:
        set_weight(demo, "Sales only", code, 1 if code == "sales_12m" else 0)
    use_model(demo, "Sales only")
    refresh_all(demo, TODAY)
    with demo.sessions() as s:
        live = Account.deleted_at.is_(None)
        by_score = s.scalar(select(Account.id).where(live).order_by(Account.value_score.desc()))
        by_sales = s.scalar(select(Account.id).where(live).order_by(Account.sales_12m.desc()))
        incomplete = s.scalar(select(Account.id).where(live, Account.value_incomplete.is_(True)))
    assert by_score == by_sales
    assert incomplete is None  # the one weighted indicator is known for every demo account


# --- several weights at once, rename, delete ----------------------------------------------------


def test_set_weights_writes_all_at_once_and_keeps_the_rest(demo: Book) -> None:
    refresh_all(demo, TODAY)
    entered = {"sales_12m": "30", "销售增长": 0, "referral": 7.5}  # codes and labels
    model = set_weights(demo, DEFAULT_MODEL_NAME, entered)
    assert model.weights["sales_12m"] == 30
    assert model.weights["growth"] == 0
    assert model.weights["referral"] == 7.5
    untouched = [c for c in INDICATORS if c not in ("sales_12m", "growth", "referral")]
    assert all(model.weights[c] == DEFAULT_WEIGHTS.get(c, 0.0) for c in untouched)
    assert needs_refresh(demo, TODAY)


def test_set_weights_can_zero_some_while_raising_another(demo: Book) -> None:
    """One write: no order of single changes needed to avoid an all-zero step."""
    weights = {code: 0 for code in INDICATORS} | {"margin_12m": 1}
    model = set_weights(demo, DEFAULT_MODEL_NAME, weights)
    assert [c for c, w in model.weights.items() if w > 0] == ["margin_12m"]


def test_set_weights_refuses_naming_each_bad_entry_and_writes_nothing(demo: Book) -> None:
    before = model_rows(demo)
    with pytest.raises(InvalidInput) as caught:
        set_weights(demo, DEFAULT_MODEL_NAME, {"growth": -1, "referral": "abc", "sales_12m": 5})
    assert caught.value.fields() == ["growth", "referral"]
    with pytest.raises(InvalidInput) as caught:
        set_weights(demo, DEFAULT_MODEL_NAME, {"turnover": 5})
    assert caught.value.fields() == ["indicator"]
    with pytest.raises(InvalidInput) as caught:
        set_weights(demo, DEFAULT_MODEL_NAME, {code: 0 for code in INDICATORS})
    assert caught.value.fields() == ["weights"]
    assert model_rows(demo) == before


def test_set_weights_unchanged_keeps_the_caches_fresh(demo: Book) -> None:
    refresh_all(demo, TODAY)
    set_weights(demo, DEFAULT_MODEL_NAME, dict(active_model(demo).weights))
    assert not needs_refresh(demo, TODAY)


def test_rename_model(demo: Book) -> None:
    add_model(demo, "Spare")
    renamed = rename_model(demo, "spare", "  Margin first ")
    assert renamed.name == "Margin first"
    assert [m.name for m in list_models(demo)] == ["Margin first", DEFAULT_MODEL_NAME]
    assert rename_model(demo, "Margin first", "MARGIN first").name == "MARGIN first"  # itself
    for bad in ("", "x" * 61, DEFAULT_MODEL_NAME.lower()):
        with pytest.raises(InvalidInput) as caught:
            rename_model(demo, "MARGIN first", bad)
        assert caught.value.fields() == ["name"]
    with pytest.raises(NotFound):
        rename_model(demo, "No such model", "Other")


def test_delete_model_keeps_the_active_and_the_last(demo: Book) -> None:
    with pytest.raises(LastModelKept):
        delete_model(demo, DEFAULT_MODEL_NAME)
    add_model(demo, "Spare")
    with pytest.raises(ActiveModelKept):
        delete_model(demo, DEFAULT_MODEL_NAME)
    refresh_all(demo, TODAY)
    delete_model(demo, "Spare")
    assert [m.name for m in list_models(demo)] == [DEFAULT_MODEL_NAME]
    assert not needs_refresh(demo, TODAY)  # an inactive model never scored anything
    with pytest.raises(NotFound):
        use_model(demo, "Spare")
    with demo.sessions() as s:  # kept as a tombstone for sync
        assert s.scalar(select(ValueModel.id).where(ValueModel.deleted_at.is_not(None)))


def test_a_deleted_models_name_can_be_used_again(demo: Book) -> None:
    add_model(demo, "Spare")
    delete_model(demo, "Spare")
    add_model(demo, "Spare")
    add_model(demo, "Other")
    delete_model(demo, "Spare")
    rename_model(demo, "Other", "Spare")
    assert [m.name for m in list_models(demo)] == [DEFAULT_MODEL_NAME, "Spare"]
