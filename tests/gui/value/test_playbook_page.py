"""The Playbooks page of the Value settings: one text per quadrant, saved in the book."""

from __future__ import annotations

import pytest

from kam_desktop.db.book import Book
from kam_desktop.domain.enums import ValueQuadrant
from kam_desktop.domain.errors import InvalidInput
from kam_desktop.domain.value.quadrants import DEFAULT_PLAYBOOKS
from kam_desktop.gui.value.playbook_page import PlaybookPage
from kam_desktop.services.value.value_settings import (
    PLAYBOOK_MAX_CHARS,
    load_playbooks,
    save_playbook,
)

ADVOCATE, AFFLUENT, MISER = ValueQuadrant.ADVOCATE, ValueQuadrant.AFFLUENT, ValueQuadrant.MISER
MINE = "每季度请他们推荐两位同行。\nAsk for two referrals a quarter."


@pytest.fixture
def page(qtbot, book: Book) -> PlaybookPage:  # type: ignore[no-untyped-def]
    widget = PlaybookPage(book)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _stored(book: Book) -> dict[ValueQuadrant, str]:
    return {q: text.source for q, text in load_playbooks(book).items()}


def test_each_quadrant_shows_its_meaning_and_default(page: PlaybookPage) -> None:
    for quadrant in ValueQuadrant:
        assert page.edits[quadrant].toPlainText() == DEFAULT_PLAYBOOKS[quadrant]
        assert page.boxes[quadrant].title() == quadrant.label()
        assert not page.restore_buttons[quadrant].isEnabled()  # already the default
    assert page.meanings[AFFLUENT].text() == "High lifetime value, low referral value"
    assert page.page_title() == "Playbooks"
    assert not page.is_modified()


def test_an_edited_text_is_saved_and_read_back(qtbot, page: PlaybookPage, book: Book) -> None:  # type: ignore[no-untyped-def]
    page.edits[AFFLUENT].setPlainText(MINE + "  \n")
    assert page.is_modified()
    assert page.restore_buttons[AFFLUENT].isEnabled()
    assert page.save() is False  # read when shown: no rescore
    stored = _stored(book)
    assert stored[AFFLUENT] == MINE  # multi-line kept, outer blanks trimmed
    assert stored[ADVOCATE] == DEFAULT_PLAYBOOKS[ADVOCATE]
    assert not page.is_modified()
    again = PlaybookPage(book)
    qtbot.addWidget(again)
    assert again.edits[AFFLUENT].toPlainText() == MINE
    assert not again.is_modified()


def test_restore_default(qtbot, book: Book) -> None:  # type: ignore[no-untyped-def]
    save_playbook(book, MISER, "给大单打折。")
    page = PlaybookPage(book)
    qtbot.addWidget(page)
    assert page.edits[MISER].toPlainText() == "给大单打折。"
    page.restore_buttons[MISER].click()
    assert page.edits[MISER].toPlainText() == DEFAULT_PLAYBOOKS[MISER]
    assert page.is_modified()
    page.save()
    assert _stored(book)[MISER] == DEFAULT_PLAYBOOKS[MISER]
    # emptying a text also means "the default"
    save_playbook(book, MISER, "给大单打折。")
    page = PlaybookPage(book)
    qtbot.addWidget(page)
    page.edits[MISER].setPlainText("   ")
    page.save()
    assert _stored(book)[MISER] == DEFAULT_PLAYBOOKS[MISER]


def test_a_text_too_long_is_refused_and_nothing_is_saved(page: PlaybookPage, book: Book) -> None:
    page.edits[ADVOCATE].setPlainText("好" * 10)  # fine on its own
    page.edits[MISER].setPlainText("长" * (PLAYBOOK_MAX_CHARS + 1))
    with pytest.raises(InvalidInput) as refused:
        page.save()
    assert refused.value.fields() == ["playbook_miser"]
    assert page.visible_problems().keys() == {"playbook_miser"}
    assert str(PLAYBOOK_MAX_CHARS) in page.visible_problems()["playbook_miser"]
    assert _stored(book) == dict(DEFAULT_PLAYBOOKS)  # not even the good one
    assert page.counts[MISER].text() == f"{PLAYBOOK_MAX_CHARS + 1} / {PLAYBOOK_MAX_CHARS}"
    page.edits[MISER].setPlainText("长" * PLAYBOOK_MAX_CHARS)
    assert page.visible_problems() == {}
    page.save()
    assert _stored(book)[MISER] == "长" * PLAYBOOK_MAX_CHARS
    assert _stored(book)[ADVOCATE] == "好" * 10


def test_a_default_follows_the_language_and_is_not_an_edit(
    qapp,  # type: ignore[no-untyped-def]
    languages,
    page: PlaybookPage,
    book: Book,
) -> None:
    page.edits[AFFLUENT].setPlainText(MINE)
    languages.apply(qapp, "zh_CN")
    shown = page.edits[ADVOCATE].toPlainText()
    assert shown != DEFAULT_PLAYBOOKS[ADVOCATE]  # the Chinese default
    assert page.boxes[ADVOCATE].title() == "拥护者"
    assert page.edits[AFFLUENT].toPlainText() == MINE  # the rep's text is left alone
    assert page.playbook(ADVOCATE) is None
    page.save()
    stored = _stored(book)
    assert stored[ADVOCATE] == DEFAULT_PLAYBOOKS[ADVOCATE]  # still "the default"
    assert stored[AFFLUENT] == MINE
