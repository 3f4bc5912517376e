"""Speed of drawing a big contact map (issue 4, item 8: lay out and draw 300 contacts < 300 ms).

Run from the repository root::

    python -m bench.bench_map_draw [--contacts 300] [--repeat 20]

Builds a throw-away book with one account of N contacts (three org charts side by side, 2-6
reports per manager, every attitude, roles, coaches, key decision makers, influence links),
then times, as median and max over ``--repeat`` runs after one warm-up:

- read: ``load_map_data`` (contacts, influence links and coverage gaps from the book);
- layout: ``tidy_layout`` alone (it also runs inside the scene build);
- scene build: ``InteractiveMapScene.build`` (the map tab's scene) (layout, cards, edges, legend);
- first render: a 1400x900 ``MapView`` on the new scene, fitted, painted once (``grab``);
- map draw: read + scene build + first render, the figure the issue sets a target for;
- tab: ``ContactMapTab.show_account`` on a shown tab (all of the above plus the gap list), then
  painting the tab.

Nothing asserts: read the table. Figures depend on what else the machine is doing.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

from kam_desktop.db.book import Book, open_book
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.contacts.org_layout import tidy_layout
from kam_desktop.domain.enums import Attitude, BuyingRole, DecisionLevel, Influence
from kam_desktop.gui.contact_map.interactive_scene import InteractiveMapScene
from kam_desktop.gui.contact_map.map_tab import ContactMapTab
from kam_desktop.gui.contact_map.map_view import MapView
from kam_desktop.reports.contact_map.map_scene import H_GAP, V_GAP, load_map_data
from kam_desktop.reports.contact_map.node_item import CARD_HEIGHT, CARD_WIDTH
from kam_desktop.reports.qt_fonts import install_cjk_font
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.contacts.contact_links import add_influence
from kam_desktop.services.contacts.contacts import create_contact

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静磊洋勇军杰涛明超秀英华建国志强丽"
TITLES = ("总经理", "副总经理", "技术总监", "财务总监", "采购部经理", "设备部经理", "工程师",
          "采购专员", "车间主任", "质量部经理", "安全环保部经理", "总经理助理")  # fmt: skip
LEVELS = (DecisionLevel.DECISION, DecisionLevel.INFLUENCE, DecisionLevel.EXECUTION)


def make_book(path: Path, contacts: int, seed: int = 4) -> tuple[Book, str]:
    """A book with one account of ``contacts`` contacts in three org charts."""
    rng = random.Random(seed)
    book = open_book(path, create=True)
    account = create_account(book, AccountDraft(name="衡远集团股份有限公司"))
    ids: list[str] = []
    depth: list[int] = []
    queue: list[int | None] = [None, None, None]  # three roots
    while len(ids) < contacts:
        manager = queue.pop(0) if queue else rng.randrange(len(ids))
        children = 1 if manager is None else rng.randint(2, 6)
        for _ in range(min(children, contacts - len(ids))):
            level = 0 if manager is None else min(depth[manager] + 1, 2)
            draft = ContactDraft(
                name=rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.randint(1, 2))),
                title=rng.choice(TITLES),
                reports_to_id=None if manager is None else ids[manager],
                decision_level=LEVELS[level],
                buying_roles=tuple(rng.sample(list(BuyingRole), rng.randint(1, 3))),
                is_key_decision_maker=manager is None and not ids,
                is_coach=rng.random() < 0.05,
                attitude=rng.choice(list(Attitude)),
                influence=rng.choice(list(Influence)),
                relationship_level=rng.randint(0, 5),
                opponent_plan="先解决其顾虑" if rng.random() < 0.5 else None,
            )
            ids.append(create_contact(book, account.id, draft).id)
            depth.append(0 if manager is None else depth[manager] + 1)
            queue.append(len(ids) - 1)
    for _ in range(contacts // 10):
        a, b = rng.sample(ids, 2)
        add_influence(book, a, b, "技术意见影响决策")
    return book, account.id


def _dispose(result: object) -> None:
    """Destroy what a run made, outside the timed region, so no run pays for the one before."""
    if isinstance(result, QGraphicsView):
        scene = result.scene()
        shiboken6.delete(result)
        if scene is not None:
            shiboken6.delete(scene)
    elif isinstance(result, QGraphicsScene):
        shiboken6.delete(result)
    gc.collect()


def timed(run: Callable[[], object], repeat: int) -> list[float]:
    _dispose(run())  # warm-up: imports, font caches, SQLite pages
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        samples.append((time.perf_counter() - start) * 1000)
        _dispose(result)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    install_cjk_font(app)  # type: ignore[arg-type]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        book, account_id = make_book(Path(folder) / "map.kambook", args.contacts)
        built = time.perf_counter() - start
        data = load_map_data(book, account_id)
        parents = {c.id: c.reports_to_id for c in data.contacts}

        paints: list[float] = []

        def first_render() -> MapView:
            scene = InteractiveMapScene()  # what the map tab draws
            scene.build(data)
            view = MapView(scene)
            view.resize(1400, 900)
            start = time.perf_counter()
            view.fit()
            view.grab()
            paints.append((time.perf_counter() - start) * 1000)
            return view

        def draw() -> MapView:
            scene = InteractiveMapScene()  # what the map tab draws
            scene.build(load_map_data(book, account_id))
            view = MapView(scene)
            view.resize(1400, 900)
            view.fit()
            view.grab()
            return view

        def build() -> InteractiveMapScene:
            scene = InteractiveMapScene()  # what the map tab draws
            scene.build(data)
            return scene

        def layout() -> None:
            tidy_layout(parents, width=CARD_WIDTH, height=CARD_HEIGHT, h_gap=H_GAP, v_gap=V_GAP)

        tab = ContactMapTab(QUndoStack())
        tab.resize(1400, 900)
        tab.show()
        tab.set_book(book)

        def show_tab() -> None:
            tab.show_account(account_id)
            tab.grab()

        timed(first_render, args.repeat)
        figures = {
            "read (load_map_data)": timed(lambda: load_map_data(book, account_id), args.repeat),
            "layout (tidy_layout)": timed(layout, args.repeat),
            "scene build (incl. layout)": timed(build, args.repeat),
            "first render (1400x900, fitted)": paints[1:],
            "map draw = read + build + render": timed(draw, args.repeat),
            "tab: show_account + paint": timed(show_tab, args.repeat),
        }
        book.close()

    print(f"contact map draw, {args.contacts} contacts, {len(data.links)} influence links, "
          f"{len(data.gaps)} coverage gaps; {args.repeat} runs after a warm-up")  # fmt: skip
    print(f"book built in {built:.1f} s; Python {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, load average {load:.2f}")  # fmt: skip
    print(f"{'figure':<36}{'median ms':>10}{'max ms':>9}")
    for name, samples in figures.items():
        print(f"{name:<36}{statistics.median(samples):>10.1f}{max(samples):>9.1f}")
    print("target (issue 4): lay out and draw a 300-contact map < 300 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
