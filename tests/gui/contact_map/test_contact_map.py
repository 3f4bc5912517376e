"""The contact map tab: cards and edges, drag to re-parent (undoable, cycles refused), coverage
gaps, zoom, export."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QUndoStack, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QGraphicsView, QMessageBox

from kam_desktop.db.book import Book
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.contacts.coverage import GapKind
from kam_desktop.domain.enums import Attitude, DecisionLevel
from kam_desktop.gui import error_dialogs
from kam_desktop.gui.contact_map import map_tab as map_tab_module
from kam_desktop.gui.contact_map.map_tab import ContactMapTab
from kam_desktop.gui.contacts.contact_dialog import ContactDialog
from kam_desktop.reports.contact_map.export import (
    MapFormatNotSupported,
    map_language,
    png_scale,
    render_map_file,
)
from kam_desktop.reports.contact_map.map_scene import ContactMapScene, load_map_data
from kam_desktop.reports.contact_map.node_item import CARD_WIDTH, NodeItem
from kam_desktop.services.accounts.accounts import create_account, delete_account
from kam_desktop.services.accounts.find_accounts import AccountQuery, find_account_ids
from kam_desktop.services.contacts.contacts import (
    ContactRow,
    create_contact,
    get_contact,
    list_contacts,
    update_contact,
)
from tests.gui.conftest import DEMO_TODAY


def _big_account(book: Book) -> tuple[str, list[ContactRow]]:
    """The demo account with the most contacts (the demo has some with 10-13)."""
    best = max(
        ((aid, list_contacts(book, aid)) for aid in find_account_ids(book, AccountQuery())),
        key=lambda pair: len(pair[1]),
    )
    assert len(best[1]) >= 10
    return best


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def tab(qtbot, demo_book: Book, languages, stack: QUndoStack) -> ContactMapTab:
    widget = ContactMapTab(stack)
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_book(demo_book)
    return widget


def _send_mouse(view: QGraphicsView, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton):
    viewport = view.viewport()
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(viewport, event)


def _drag(
    view: QGraphicsView,
    start: QPointF,
    end: QPointF,
    before_release: Callable[[], None] | None = None,
) -> None:
    """Press on ``start``, move in steps with the button held, release on ``end`` (scene)."""
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    held = Qt.MouseButton.LeftButton
    _send_mouse(view, QEvent.Type.MouseButtonPress, a, held)
    for step in range(1, 7):
        p = a + (b - a) * (step / 6)
        _send_mouse(view, QEvent.Type.MouseMove, p, held)
    if before_release is not None:
        before_release()
    _send_mouse(view, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)


def _parents(book: Book, account_id: str) -> dict[str, str | None]:
    return {row.id: row.reports_to_id for row in list_contacts(book, account_id)}


def test_map_has_a_card_per_contact_and_an_edge_per_reporting_line(tab, demo_book):
    account_id, contacts = _big_account(demo_book)
    tab.show_account(account_id)

    nodes = tab.scene.nodes()
    assert sorted(n.contact_id for n in nodes) == sorted(c.id for c in contacts)
    ids = {c.id for c in contacts}
    reporting = {(c.reports_to_id, c.id) for c in contacts if c.reports_to_id in ids}
    assert len(reporting) >= 9
    drawn = {(e.source.contact_id, e.target.contact_id) for e in tab.scene.reports_edges()}
    assert drawn == reporting
    assert len(tab.scene.influence_edges()) == len(tab.data.links)
    cards = [n.sceneBoundingRect().adjusted(6, 6, -6, -6) for n in nodes]  # the card itself
    for i, a in enumerate(cards):
        assert all(not a.intersects(b) for b in cards[i + 1 :])
    for edge in tab.scene.reports_edges():  # managers above their reports
        assert edge.source.pos().y() < edge.target.pos().y()
    assert tab.stack.currentWidget() is tab.view
    assert tab.act_export_png.isEnabled()


def test_drag_onto_another_card_reparents_and_undo_restores(qtbot, tab, stack, demo_book):
    account_id, contacts = _big_account(demo_book)
    tab.show_account(account_id)
    before = _parents(demo_book, account_id)
    managers = {m for m in before.values() if m}
    leaf = next(c for c in contacts if c.id not in managers and c.reports_to_id)
    target = next(c for c in contacts if c.id not in (leaf.id, leaf.reports_to_id))

    changed = []
    tab.account_changed.connect(changed.append)
    _drag(tab.view, tab.scene.node(leaf.id).centre(), tab.scene.node(target.id).centre())
    qtbot.waitUntil(lambda: stack.count() == 1)

    assert get_contact(demo_book, leaf.id).reports_to_id == target.id
    assert changed == [account_id]
    drawn = {(e.source.contact_id, e.target.contact_id) for e in tab.scene.reports_edges()}
    assert (target.id, leaf.id) in drawn  # the map was redrawn with the new line
    assert target.name in stack.text(0)
    assert leaf.name in stack.text(0)

    stack.undo()
    assert _parents(demo_book, account_id) == before
    drawn = {(e.source.contact_id, e.target.contact_id) for e in tab.scene.reports_edges()}
    assert (leaf.reports_to_id, leaf.id) in drawn
    stack.redo()
    assert get_contact(demo_book, leaf.id).reports_to_id == target.id


def test_dragging_a_manager_onto_its_own_report_is_refused(
    qtbot, tab, stack, demo_book, monkeypatch
):
    shown: list[QMessageBox] = []
    monkeypatch.setattr(error_dialogs, "exec_message_box", shown.append)
    account_id, contacts = _big_account(demo_book)
    tab.show_account(account_id)
    before = _parents(demo_book, account_id)
    report = next(c for c in contacts if c.reports_to_id)
    manager = next(c for c in contacts if c.id == report.reports_to_id)

    _drag(tab.view, tab.scene.node(manager.id).centre(), tab.scene.node(report.id).centre())
    qtbot.waitUntil(lambda: len(shown) == 1)

    assert manager.name in shown[0].text()  # the service's message names who is involved
    assert _parents(demo_book, account_id) == before
    assert stack.count() == 0
    node = tab.scene.node(manager.id)
    assert node.pos() == node.home  # snapped back


def test_drop_on_empty_space_snaps_back(qtbot, tab, stack, demo_book):
    account_id, contacts = _big_account(demo_book)
    tab.show_account(account_id)
    before = _parents(demo_book, account_id)
    node = next(tab.scene.node(c.id) for c in contacts if c.reports_to_id)
    line = next(e for e in tab.scene.reports_edges() if e.target is node)
    empty = tab.scene.sceneRect().bottomRight() - QPointF(8, 8)
    assert not [i for i in tab.scene.items(empty) if isinstance(i, NodeItem)]
    seen: list[tuple[QPointF, QPointF]] = []

    def while_held() -> None:
        seen.append((node.pos(), line.path().currentPosition()))

    _drag(tab.view, node.centre(), empty, while_held)
    qtbot.wait(20)

    held_at, line_end = seen[0]
    assert held_at != node.home
    assert line_end == held_at + QPointF(CARD_WIDTH / 2, 0)  # the line followed the card
    assert line.path().currentPosition() == node.home + QPointF(CARD_WIDTH / 2, 0)
    assert node.pos() == node.home
    assert _parents(demo_book, account_id) == before
    assert stack.count() == 0


def test_kdm_turning_opposed_adds_the_warning_and_clicking_it_selects_him(tab, demo_book):
    account_id, contacts = _big_account(demo_book)
    tab.show_account(account_id)
    kinds = [gap.kind for gap in tab.data.gaps]
    assert GapKind.KDM_NOT_SUPPORTIVE not in kinds
    assert tab.warnings.count() == len(kinds)
    kdm = next(c for c in contacts if c.draft.is_key_decision_maker)
    assert kdm.attitude.value > 0

    update_contact(demo_book, kdm.id, replace(kdm.draft, attitude=Attitude.OPPOSED),
                   today=DEMO_TODAY)  # fmt: skip
    tab.show_account(account_id)  # what the account detail does after another tab's change

    gap = next(g for g in tab.data.gaps if g.kind == GapKind.KDM_NOT_SUPPORTIVE)
    assert tab.warnings.count() == len(kinds) + 1
    row = tab.data.gaps.index(gap)
    assert gap.reason() in tab.gap_texts()[row]
    assert gap.suggestion() in tab.gap_texts()[row]
    assert tab.scene.node(kdm.id).has_gap

    tab.warnings.setCurrentRow(row)
    selected = [n.contact_id for n in tab.scene.selectedItems() if isinstance(n, NodeItem)]
    assert selected == [kdm.id]


def test_double_click_opens_the_contact_dialog_and_redraws_after_save(
    qtbot, tab, demo_book, monkeypatch
):
    account_id, contacts = _big_account(demo_book)
    tab.show_account(account_id)
    who = contacts[0]
    opened: list[tuple[str, str | None]] = []

    class SavingDialog(ContactDialog):
        def __init__(self, book, account, contact_id, parent):
            super().__init__(book, account, contact_id, parent)
            opened.append((account, contact_id))

        def exec(self) -> int:  # stands in for the rep typing a new title and saving
            update_contact(demo_book, who.id, replace(who.draft, title="董事会秘书"))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(map_tab_module, "ContactDialog", SavingDialog)
    changed = []
    tab.account_changed.connect(changed.append)
    point = tab.view.mapFromScene(tab.scene.node(who.id).centre())
    QTest.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: changed == [account_id])

    assert opened == [(account_id, who.id)]
    assert "董事会秘书" in tab.scene.node(who.id).toolTip()


def test_zoom_keys_wheel_and_fit(qtbot, tab, demo_book):
    account_id, _contacts = _big_account(demo_book)
    tab.show_account(account_id)
    view = tab.view
    fitted = view.zoom()
    assert 0 < fitted <= 1
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert all(visible.contains(node.sceneBoundingRect()) for node in tab.scene.nodes())

    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom() == pytest.approx(fitted * 1.25)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom() == pytest.approx(fitted / 1.25)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre, view.viewport().mapToGlobal(centre), QPoint(), QPoint(0, 240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(fitted * 1.25)
    assert tab.zoom_label.text() == f"{round(view.zoom() * 100)} %"
    QTest.keyClick(view, Qt.Key.Key_0)
    assert view.zoom() == pytest.approx(fitted)


def test_account_without_contacts_shows_the_empty_state(qtbot, tab, demo_book):
    empty = create_account(demo_book, AccountDraft(name="杭州空白测试有限公司"))
    tab.show_account(empty.id)
    assert tab.stack.currentWidget() is tab.empty_label
    assert "no contacts" in tab.empty_label.text()
    assert not tab.act_export_png.isEnabled()
    assert tab.scene.nodes() == []
    tab.show_account(None)
    assert "Choose an account" in tab.empty_label.text()


def test_switching_language_relabels_toolbar_and_cards(qapp, tab, demo_book, languages):
    account_id, contacts = _big_account(demo_book)
    tab.show_account(account_id)
    who = contacts[0]
    assert who.attitude.en in tab.scene.node(who.id).toolTip()
    languages.apply(qapp, "zh_CN")
    assert tab.act_fit.text() != "Fit"
    assert who.attitude.zh in tab.scene.node(who.id).toolTip()  # the cards were redrawn
    assert len(tab.scene.nodes()) == len(contacts)


def test_map_is_read_when_the_tab_is_shown(qtbot, demo_book):
    tab = ContactMapTab(QUndoStack())
    qtbot.addWidget(tab)
    tab.set_book(demo_book)
    account_id, contacts = _big_account(demo_book)
    tab.show_account(account_id)
    assert tab.scene.nodes() == []  # hidden: nothing read yet
    tab.show()
    assert len(tab.scene.nodes()) == len(contacts)


def test_export_png_and_svg(tmp_path: Path, tab, demo_book):
    account_id, contacts = _big_account(demo_book)
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    render_map_file(demo_book, account_id, png, "zh_CN")
    tab.show_account(account_id)
    assert tab.export_to(svg)

    image = QImage(str(png))
    scene = ContactMapScene()
    scene.build(load_map_data(demo_book, account_id), map_language("zh_CN"))
    assert image.width() == round(scene.sceneRect().width() * 2)
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml")
    assert text.rstrip().endswith("</svg>")
    assert all(c.name in text for c in contacts)
    assert png_scale(QRectF(0, 0, 44_000, 800)) * 44_000 == pytest.approx(16_384)
    with pytest.raises(MapFormatNotSupported):
        render_map_file(demo_book, account_id, tmp_path / "map.pdf", "en")


def test_export_action_asks_for_a_file_and_adds_the_suffix(
    tmp_path: Path, tab, demo_book, monkeypatch
):
    account_id, _contacts = _big_account(demo_book)
    tab.show_account(account_id)
    asked: list[str] = []

    def answer(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return tmp_path / "chart"

    monkeypatch.setattr(map_tab_module, "ask_export_path", answer)
    tab.act_export_svg.trigger()
    assert asked[0].endswith("-map.svg")
    assert (tmp_path / "chart.svg").stat().st_size > 0


def test_a_deleted_account_shows_no_map(tab, demo_book):
    account_id, _contacts = _big_account(demo_book)
    delete_account(demo_book, account_id)
    tab.show_account(account_id)
    assert tab.scene.nodes() == []
    assert tab.stack.currentWidget() is tab.empty_label


def test_export_of_an_account_without_contacts(tmp_path: Path, book: Book, languages):
    account = create_account(book, AccountDraft(name="空白客户"))
    out = tmp_path / "empty.svg"
    render_map_file(book, account.id, out, "en")
    assert "This account has no contacts yet." in out.read_text(encoding="utf-8")


def test_scene_build_time_for_300_contacts(book: Book, languages):
    account = create_account(book, AccountDraft(name="三百人集团有限公司"))
    ids: list[str] = []
    for i in range(300):
        manager = ids[(i - 1) // 3] if ids else None  # a ternary tree, 6 levels deep
        draft = ContactDraft(name=f"联系人{i:03d}", title="部门经理", reports_to_id=manager,
                             decision_level=DecisionLevel.INFLUENCE, attitude=Attitude(i % 5 - 2),
                             relationship_level=i % 6)  # fmt: skip
        ids.append(create_contact(book, account.id, draft).id)
    data = load_map_data(book, account.id)
    scene = ContactMapScene()
    start = time.perf_counter()
    scene.build(data)
    image = QImage(1600, 1000, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    scene.render(painter)
    painter.end()
    elapsed = time.perf_counter() - start
    print(f"\nlayout + scene build + render of 300 contacts: {elapsed * 1000:.0f} ms")
    assert len(scene.nodes()) == 300
    assert len(scene.reports_edges()) == 299
