"""The Lifetime value page of the Value settings: percentages in, assumptions in the book out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kam_desktop.db.book import Book
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.enums import LifecycleStage
from kam_desktop.domain.errors import InvalidInput
from kam_desktop.domain.value.lifetime import DEFAULT_ASSUMPTIONS, LifetimeAssumptions
from kam_desktop.gui.value.lifetime_page import LifetimePage
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.value.account_value import account_value
from kam_desktop.services.value.value_settings import (
    load_lifetime_assumptions,
    save_lifetime_assumptions,
)

STABLE, LOST = LifecycleStage.STABILITY, LifecycleStage.LOST


@pytest.fixture
def page(qtbot, book: Book) -> LifetimePage:  # type: ignore[no-untyped-def]
    widget = LifetimePage(book)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _type(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_the_book_s_assumptions_are_shown_in_percent(page: LifetimePage) -> None:
    assert page.retention_edits[STABLE].text() == "90"
    assert page.retention_edits[LOST].text() == "0"
    assert page.discount_edit.text() == "8"
    assert page.horizon_spin.value() == 5
    assert not page.is_modified()
    assert page.page_title() == "Lifetime value"
    assert "CLV" in page.explanation.text()


def test_edits_are_saved_and_read_back(qtbot, page: LifetimePage, book: Book) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, page.retention_edits[STABLE], "85.5 %")
    _type(qtbot, page.discount_edit, "10")
    page.horizon_spin.setValue(7)
    assert page.is_modified()
    assert page.save() is True  # the book's quadrant medians are recomputed in the background
    stored = load_lifetime_assumptions(book)
    assert stored.retention(STABLE) == pytest.approx(0.855)
    assert stored.retention(LOST) == 0.0
    assert stored.discount_rate == pytest.approx(0.10)
    assert stored.horizon_years == 7
    assert not page.is_modified()
    again = LifetimePage(book)
    qtbot.addWidget(again)
    assert again.retention_edits[STABLE].text() == "85.5"
    assert again.discount_edit.text() == "10"
    # what "not cached" means: an account's lifetime value reads the new assumptions at once
    account = create_account(book, AccountDraft(name="华东机械有限公司"))
    assert account_value(book, account.id).assumptions.horizon_years == 7


def test_an_unusable_entry_is_refused_beside_its_field(
    qtbot,  # type: ignore[no-untyped-def]
    page: LifetimePage,
    book: Book,
) -> None:
    _type(qtbot, page.retention_edits[STABLE], "150")
    _type(qtbot, page.discount_edit, "eight")
    _type(qtbot, page.retention_edits[LOST], "")
    page.horizon_spin.setValue(9)  # valid, but nothing is saved while another field is bad
    assert page.is_modified()
    with pytest.raises(InvalidInput) as refused:
        page.save()
    assert set(refused.value.fields()) == {"retention_stability", "discount_rate", "retention_lost"}
    shown = page.visible_problems()
    assert shown.keys() == {"retention_stability", "discount_rate", "retention_lost"}
    assert "100 %" in shown["retention_stability"]
    assert "Retention, stability" in refused.value.message()
    assert load_lifetime_assumptions(book) == DEFAULT_ASSUMPTIONS
    # typing again clears the problems; a good value then saves
    _type(qtbot, page.retention_edits[STABLE], "95")
    assert page.visible_problems() == {}
    _type(qtbot, page.discount_edit, "6")
    _type(qtbot, page.retention_edits[LOST], "0")
    page.save()
    assert load_lifetime_assumptions(book).retention(STABLE) == pytest.approx(0.95)


def test_restore_defaults(qtbot, book: Book) -> None:  # type: ignore[no-untyped-def]
    save_lifetime_assumptions(book, LifetimeAssumptions({STABLE: 0.7}, 0.12, 10))
    page = LifetimePage(book)
    qtbot.addWidget(page)
    assert page.retention_edits[STABLE].text() == "70"
    page.restore_button.click()
    assert page.retention_edits[STABLE].text() == "90"
    assert page.horizon_spin.value() == 5
    assert page.is_modified()
    page.save()
    assert load_lifetime_assumptions(book) == DEFAULT_ASSUMPTIONS
