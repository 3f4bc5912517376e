"""Tidy-tree layout: exact small cases, then properties over generated forests of 1-300 nodes."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kam_desktop.domain.contacts.org_layout import NodeBox, tidy_layout

EPS = 1e-6


@dataclass(frozen=True)
class Forest:
    parents: dict[str, str | None]
    order: list[str]


def make_forest(n: int, seed: int, root_chance: float, window: int | None) -> Forest:
    """Node i hangs under one of the ``window`` nodes made just before it (any, if None);
    ids are shuffled labels and ``order`` a shuffle, so neither follows the tree."""
    rng = random.Random(seed)
    labels = [f"c{i:03d}" for i in range(n)]
    rng.shuffle(labels)
    parents: dict[str, str | None] = {}
    for i in range(n):
        if i == 0 or rng.random() < root_chance:
            parents[labels[i]] = None
        else:
            low = 0 if window is None else max(0, i - window)
            parents[labels[i]] = labels[rng.randrange(low, i)]
    keys = list(parents)
    rng.shuffle(keys)
    mapping = {key: parents[key] for key in keys}  # insertion order unrelated to the tree
    order = list(parents)
    rng.shuffle(order)
    return Forest(mapping, order)


@st.composite
def forests(draw: st.DrawFn) -> Forest:
    n = draw(st.integers(1, 300))
    root_chance = draw(st.sampled_from([0.0, 0.02, 0.2, 1.0]))
    window = draw(st.sampled_from([None, 1, 2, 3, 10]))  # 1: long chains; None: bushy
    return make_forest(n, draw(st.integers(0, 2**32)), root_chance, window)


def degenerate(n: int = 300) -> dict[str, Forest]:
    ids = [f"n{i:03d}" for i in range(n)]
    chain: dict[str, str | None] = {ids[0]: None} | {ids[i]: ids[i - 1] for i in range(1, n)}
    star: dict[str, str | None] = {ids[0]: None} | {i: ids[0] for i in ids[1:]}
    roots: dict[str, str | None] = dict.fromkeys(ids)
    # several roots: three stars, a chain and loose nodes, interleaved in the order
    mixed: dict[str, str | None] = {}
    for i, key in enumerate(ids):
        kind = i % 5
        mixed[key] = None if i < 5 or kind == 4 else ids[kind if kind < 3 else i - 5]
    return {
        name: Forest(parents, list(reversed(ids)))
        for name, parents in [("chain", chain), ("star", star), ("roots", roots), ("mixed", mixed)]
    }


# --- the properties ---------------------------------------------------------------------------


def rank_of(forest: Forest) -> dict[str, int]:
    return {key: i for i, key in enumerate(forest.order)}


def children_of(forest: Forest) -> dict[str, list[str]]:
    rank = rank_of(forest)
    children: dict[str, list[str]] = defaultdict(list)
    for key, parent in forest.parents.items():
        if parent is not None:
            children[parent].append(key)
    for kids in children.values():
        kids.sort(key=rank.__getitem__)
    return children


def check_layout(forest: Forest, boxes: Mapping[str, NodeBox], w: float, h: float,
                 h_gap: float, v_gap: float) -> None:  # fmt: skip
    parents = forest.parents
    assert set(boxes) == set(parents)
    assert all(b.width == w and b.height == h for b in boxes.values())
    assert min(b.x for b in boxes.values()) == pytest.approx(0.0, abs=EPS)
    check_no_overlap(boxes, h_gap, v_gap)

    children = children_of(forest)
    for key, parent in parents.items():
        box = boxes[key]
        if parent is None:
            assert box.y == 0
        else:  # exactly one level below its parent
            assert box.y == pytest.approx(boxes[parent].y + h + v_gap, abs=EPS)
    for parent, kids in children.items():
        centres = [boxes[k].center_x for k in kids]
        # siblings keep the given order, left to right
        assert all(a < b for a, b in pairwise(centres))
        # the parent is centred over its first and last child
        assert boxes[parent].center_x == pytest.approx((centres[0] + centres[-1]) / 2, abs=EPS)
        assert centres[0] - EPS <= boxes[parent].center_x <= centres[-1] + EPS

    check_edges_do_not_cross(forest, boxes)
    check_roots_side_by_side(forest, boxes, children, h_gap)


def check_no_overlap(boxes: Mapping[str, NodeBox], h_gap: float, v_gap: float) -> None:
    """No two boxes, each grown by half the gaps, overlap (rows first, then within rows)."""
    rows: dict[float, list[NodeBox]] = defaultdict(list)
    for box in boxes.values():
        rows[box.y].append(box)
    tops = sorted(rows)
    height = next(iter(boxes.values())).height
    for upper, lower in pairwise(tops):
        assert lower - upper >= height + v_gap - EPS
    for row in rows.values():
        row.sort(key=lambda b: b.x)
        for left, right in pairwise(row):
            assert right.x - (left.x + left.width) >= h_gap - EPS


Segment = tuple[float, float, float, float]


def segments_intersect(a: Segment, b: Segment) -> bool:
    """Closed segments a and b share a point (orientation test, collinear cases included)."""

    def orient(px: float, py: float, qx: float, qy: float, rx: float, ry: float) -> int:
        value = (qx - px) * (ry - py) - (qy - py) * (rx - px)
        return 0 if abs(value) < 1e-9 else (1 if value > 0 else -1)

    def on_segment(px: float, py: float, qx: float, qy: float, rx: float, ry: float) -> bool:
        return min(px, qx) - EPS <= rx <= max(px, qx) + EPS and (
            min(py, qy) - EPS <= ry <= max(py, qy) + EPS
        )

    ax, ay, bx, by = a
    cx, cy, dx, dy = b
    o1, o2 = orient(ax, ay, bx, by, cx, cy), orient(ax, ay, bx, by, dx, dy)
    o3, o4 = orient(cx, cy, dx, dy, ax, ay), orient(cx, cy, dx, dy, bx, by)
    if o1 != o2 and o3 != o4:
        return True
    return (
        (o1 == 0 and on_segment(ax, ay, bx, by, cx, cy))
        or (o2 == 0 and on_segment(ax, ay, bx, by, dx, dy))
        or (o3 == 0 and on_segment(cx, cy, dx, dy, ax, ay))
        or (o4 == 0 and on_segment(cx, cy, dx, dy, bx, by))
    )


def check_edges_do_not_cross(forest: Forest, boxes: Mapping[str, NodeBox]) -> None:
    """Edges parent bottom-centre -> child top-centre: none of different parents meet."""
    edges = []
    for key, parent in forest.parents.items():
        if parent is not None:
            p, c = boxes[parent], boxes[key]
            edges.append((parent, (p.center_x, p.bottom, c.center_x, c.y)))
    # Sweep by x: segments whose x ranges are apart cannot meet; all other pairs are tested.
    edges.sort(key=lambda e: min(e[1][0], e[1][2]))
    for i, (parent, seg) in enumerate(edges):
        right = max(seg[0], seg[2])
        for other_parent, other in edges[i + 1 :]:
            if min(other[0], other[2]) > right + EPS:
                break
            if other_parent != parent:
                assert not segments_intersect(seg, other), (parent, other_parent)


def check_roots_side_by_side(forest: Forest, boxes: Mapping[str, NodeBox],
                             children: Mapping[str, list[str]], h_gap: float) -> None:  # fmt: skip
    rank = rank_of(forest)
    roots = sorted((k for k, p in forest.parents.items() if p is None), key=rank.__getitem__)
    spans = []
    for root in roots:
        members, stack = [], [root]
        while stack:
            key = stack.pop()
            members.append(boxes[key])
            stack.extend(children.get(key, ()))
        spans.append((min(b.x for b in members), max(b.x + b.width for b in members)))
    for (_, left_end), (right_start, _) in pairwise(spans):
        assert right_start - left_end >= h_gap - EPS
    xs = [boxes[r].x for r in roots]
    assert xs == sorted(xs)


# --- tests ------------------------------------------------------------------------------------


def test_small_tree_exact_positions() -> None:
    parents = {"a": None, "b": "a", "c": "a", "d": "b", "e": "b", "f": "c"}
    boxes = tidy_layout(parents, width=100, height=50, h_gap=20, v_gap=30)
    step = 120  # width + h_gap
    # d, e side by side under b; f cannot sit left of e's right neighbour slot, so c moves right
    assert boxes["d"] == NodeBox(0, 160, 100, 50)
    assert boxes["e"] == NodeBox(step, 160, 100, 50)
    assert boxes["f"] == NodeBox(2 * step, 160, 100, 50)
    assert boxes["b"] == NodeBox(step / 2, 80, 100, 50)
    assert boxes["c"] == NodeBox(2 * step, 80, 100, 50)
    assert boxes["a"].x == pytest.approx((step / 2 + 2 * step) / 2)
    assert boxes["a"].y == 0


def test_small_subtrees_between_big_ones_are_spread_evenly() -> None:
    """Walker's fix of Reingold-Tilford: leaves caught between wide subtrees share the room."""
    parents: dict[str, str | None] = {"r": None, "A": "r", "x": "r", "y": "r", "B": "r"}
    for big in "AB":
        parents |= {f"{big}{i}": big for i in range(6)}
    boxes = tidy_layout(parents)
    a, x, y, b = (boxes[k].x for k in "AxyB")
    assert x - a == pytest.approx(y - x)
    assert y - x == pytest.approx(b - y)
    assert x - a > 204  # more than the minimum: spread, not packed left


def test_identical_subtrees_get_identical_shapes() -> None:
    parents: dict[str, str | None] = {"r": None}
    for side in "LR":
        parents |= {side: "r", f"{side}1": side, f"{side}2": side, f"{side}21": f"{side}2"}
    boxes = tidy_layout(parents)
    for suffix in ("1", "2", "21"):
        assert boxes[f"R{suffix}"].x - boxes["R"].x == pytest.approx(
            boxes[f"L{suffix}"].x - boxes["L"].x
        )


def test_empty_and_single() -> None:
    assert tidy_layout({}) == {}
    assert tidy_layout({"only": None}) == {"only": NodeBox(0.0, 0.0, 180.0, 96.0)}


def test_order_decides_siblings_and_roots_not_the_mapping() -> None:
    parents = {"b": "r", "a": "r", "r": None, "z": None}
    by_mapping = tidy_layout(parents)
    assert by_mapping["b"].x < by_mapping["a"].x  # no order: the mapping's order
    boxes = tidy_layout(parents, order=["z", "a", "b", "r", "not-a-node"])
    assert boxes["a"].x < boxes["b"].x
    assert boxes["z"].x < boxes["r"].x
    assert boxes["z"].x == 0


def test_missing_parent_and_self_parent_are_roots() -> None:
    boxes = tidy_layout({"a": "ghost", "b": "b", "c": "a"})
    assert boxes["a"].y == boxes["b"].y == 0
    assert boxes["c"].y == 152
    assert boxes["a"].x < boxes["b"].x


def test_cycle_is_broken_at_its_member_first_in_order() -> None:
    parents = {"a": "c", "b": "a", "c": "b", "d": "b"}  # a -> c -> b -> a, d hangs off b
    boxes = tidy_layout(parents, order=["b", "a", "c", "d"])
    assert [boxes[k].y for k in "bcda"] == [0, 152, 152, 304]
    boxes = tidy_layout(parents, order=["c", "a", "b", "d"])
    assert [boxes[k].y for k in "cabd"] == [0, 152, 304, 456]


def test_a_long_chain_needs_no_recursion() -> None:
    n = 5000
    parents = {f"n{i}": (f"n{i - 1}" if i else None) for i in range(n)}
    boxes = tidy_layout(parents)
    assert boxes[f"n{n - 1}"].y == pytest.approx((n - 1) * 152)
    assert {b.x for b in boxes.values()} == {0.0}


@pytest.mark.parametrize("name", ["chain", "star", "roots", "mixed"])
def test_degenerate_forests_of_300(name: str) -> None:
    forest = degenerate()[name]
    boxes = tidy_layout(forest.parents, order=forest.order)
    check_layout(forest, boxes, 180.0, 96.0, 24.0, 56.0)
    if name == "star":  # one row of 299 children, the root centred over them
        assert len({b.y for b in boxes.values()}) == 2
    if name == "roots":
        assert sorted(b.x for b in boxes.values()) == pytest.approx([204.0 * i for i in range(300)])


@settings(max_examples=150, deadline=None)
@given(forests())
def test_layout_properties(forest: Forest) -> None:
    boxes = tidy_layout(forest.parents, order=forest.order)
    check_layout(forest, boxes, 180.0, 96.0, 24.0, 56.0)
    assert tidy_layout(forest.parents, order=forest.order) == boxes  # deterministic
    reordered = dict(reversed(list(forest.parents.items())))
    assert tidy_layout(reordered, order=forest.order) == boxes  # order decides, not the mapping


@settings(max_examples=40, deadline=None)
@given(
    forests(),
    st.floats(20, 300),
    st.floats(10, 200),
    st.floats(0, 80),
    st.floats(0, 80),
)
def test_layout_properties_with_other_sizes(
    forest: Forest, w: float, h: float, h_gap: float, v_gap: float
) -> None:
    boxes = tidy_layout(forest.parents, width=w, height=h, h_gap=h_gap, v_gap=v_gap,
                        order=forest.order)  # fmt: skip
    check_layout(forest, boxes, w, h, h_gap, v_gap)


def cycle_breakers(parents: Mapping[str, str | None], order: Sequence[str]) -> set[str]:
    """By brute force: in each cycle of ``parents``, its member first in ``order``."""
    rank = {key: i for i, key in enumerate(order)}
    breakers = set()
    for start in parents:
        seen, node = [], start
        while node in parents and node not in seen:
            seen.append(node)
            node = parents[node]  # type: ignore[assignment]
        if node in seen and node == start:  # start lies on a cycle
            cycle = seen
            breakers.add(min(cycle, key=rank.__getitem__))
    return breakers


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 120), st.integers(0, 2**32))
def test_any_parent_array_cycles_and_unknown_ids_become_roots(n: int, seed: int) -> None:
    rng = random.Random(seed)
    ids = [f"k{i}" for i in range(n)]
    pool = [*ids, None, "ghost"]
    parents = {key: rng.choice(pool) for key in ids}
    order = ids[:]
    rng.shuffle(order)
    boxes = tidy_layout(parents, order=order)
    breakers = cycle_breakers(parents, order)
    effective = {
        key: (None if key in breakers or parent not in parents else parent)
        for key, parent in parents.items()
    }
    check_layout(Forest(effective, order), boxes, 180.0, 96.0, 24.0, 56.0)
