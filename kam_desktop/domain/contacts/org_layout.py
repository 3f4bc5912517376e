"""Tidy-tree layout of an org chart (the contact map), top-down, pure.

Buchheim, Jünger and Leipert's linear-time form of Walker's algorithm ("Improving Walker's
Algorithm to Run in Linear Time", 2002), as d3-hierarchy's ``tree`` implements it: each subtree
is built bottom-up and pushed right of its left siblings just far enough that, depth by depth,
its left contour clears their right contour; small subtrees caught between two big ones are
spread evenly; a parent is centred over its first and last child. Both walks are iterative, so
a chain of any length cannot exhaust Python's recursion limit.

Every box has the same size, so boxes can only meet at the same depth, and a separation of
``width + h_gap`` between neighbouring centres keeps them apart. Separate trees (several roots)
are laid out on their own and put side by side, left to right, ``h_gap`` apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class NodeBox:
    """A node's box: top-left corner and size, in scene units."""

    x: float
    y: float
    width: float
    height: float

    @property
    def center_x(self) -> float:
        return self.x + self.width / 2

    @property
    def bottom(self) -> float:
        return self.y + self.height


class _Node:
    """Walker's per-node working state (d3-hierarchy's names spelt out)."""

    __slots__ = (
        "ancestor",
        "change",
        "children",
        "default_ancestor",
        "depth",
        "index",
        "key",
        "mod",
        "parent",
        "prelim",
        "shift",
        "thread",
    )

    def __init__(self, key: str | None, parent: _Node | None, index: int) -> None:
        self.key = key
        self.parent = parent
        self.index = index  # position among its siblings
        self.depth = parent.depth + 1 if parent is not None else -1
        self.children: list[_Node] = []
        self.prelim = 0.0  # x relative to the parent's subtree, before the ancestors' mods
        self.mod = 0.0  # shift still to apply to every node below
        self.change = 0.0  # even spreading of in-between subtrees, executed lazily
        self.shift = 0.0
        self.thread: _Node | None = None  # next contour node where there is no child
        self.ancestor: _Node = self  # the sibling subtree whose right contour this node is on
        self.default_ancestor: _Node | None = None  # of this node's children, while laid out

    def next_left(self) -> _Node | None:
        return self.children[0] if self.children else self.thread

    def next_right(self) -> _Node | None:
        return self.children[-1] if self.children else self.thread


def tidy_layout(
    parents: Mapping[str, str | None],
    *,
    width: float = 180.0,
    height: float = 96.0,
    h_gap: float = 24.0,
    v_gap: float = 56.0,
    order: Sequence[str] | None = None,
) -> dict[str, NodeBox]:
    """Boxes for every id of ``parents`` (id -> parent id or None), laid out top-down.

    Siblings and roots are placed left to right in ``order`` (ids not in it follow in the
    mapping's order). A parent id that is not a key of ``parents``, or that closes a cycle, is
    treated as no parent: the node becomes a root (in a cycle, the member first in order).
    The leftmost box starts at x = 0, roots at y = 0; each level is ``height + v_gap`` lower.
    """
    keys = _ordered_keys(parents, order)
    effective = _break_cycles(parents, keys)
    children: dict[str, list[str]] = {key: [] for key in keys}
    roots: list[str] = []
    for key in keys:
        parent = effective[key]
        (roots if parent is None else children[parent]).append(key)

    distance = width + h_gap
    level = height + v_gap
    boxes: dict[str, NodeBox] = {}
    left_edge = 0.0
    for root in roots:
        centres = _layout_tree(root, children, distance)
        lowest = min(x for x, _ in centres.values())  # the tree's leftmost box: at left_edge
        for key, (x, depth) in centres.items():
            boxes[key] = NodeBox(left_edge + x - lowest, depth * level, width, height)
        left_edge += max(x for x, _ in centres.values()) - lowest + width + h_gap
    return {key: boxes[key] for key in parents}


def _ordered_keys(parents: Mapping[str, str | None], order: Sequence[str] | None) -> list[str]:
    if order is None:
        return list(parents)
    first = list(dict.fromkeys(key for key in order if key in parents))
    listed = set(first)
    return first + [key for key in parents if key not in listed]


def _break_cycles(parents: Mapping[str, str | None], keys: list[str]) -> dict[str, str | None]:
    """Parents with unknown ids and one link of every cycle removed (linear time)."""
    effective = {key: (p if p in parents else None) for key, p in parents.items()}
    rank = {key: i for i, key in enumerate(keys)}
    done: set[str] = set()
    for start in keys:
        path: list[str] = []
        on_path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node not in done and node not in on_path:
            on_path[node] = len(path)
            path.append(node)
            node = effective[node]
        if node is not None and node in on_path:  # the walk came back to itself: a cycle
            cycle = path[on_path[node] :]
            effective[min(cycle, key=rank.__getitem__)] = None
        done.update(path)
    return effective


def _layout_tree(
    root: str, children: Mapping[str, list[str]], distance: float
) -> dict[str, tuple[float, int]]:
    """Centre x (relative) and depth of every node of the tree under ``root``."""
    top = _Node(None, None, 0)  # a virtual parent, so the root has siblings like any node
    stack = [(root, top)]
    preorder: list[_Node] = []
    while stack:
        key, parent = stack.pop()
        node = _Node(key, parent, len(parent.children))
        parent.children.append(node)
        preorder.append(node)
        # Reversed: the leftmost child is popped, and so appended and numbered, first.
        stack.extend((child, node) for child in reversed(children[key]))

    for node in _postorder(top):
        if node is not top:
            _first_walk(node, distance)

    positions: dict[str, tuple[float, int]] = {}
    for node in preorder:  # parents before children
        parent = node.parent
        assert parent is not None
        assert node.key is not None
        node.mod += parent.mod  # from here on, mod is the sum of the node's and ancestors' mods
        positions[node.key] = (node.prelim + parent.mod, node.depth)
    return positions


def _postorder(top: _Node) -> list[_Node]:
    """Children left to right before their parent, without recursion."""
    out: list[_Node] = []
    stack = [top]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(node.children)
    out.reverse()
    return out


def _first_walk(node: _Node, distance: float) -> None:
    parent = node.parent
    assert parent is not None
    left = parent.children[node.index - 1] if node.index else None
    if node.children:
        _execute_shifts(node)
        midpoint = (node.children[0].prelim + node.children[-1].prelim) / 2
        if left is not None:
            node.prelim = left.prelim + distance
            node.mod = node.prelim - midpoint
        else:
            node.prelim = midpoint
    elif left is not None:
        node.prelim = left.prelim + distance
    default = parent.default_ancestor or parent.children[0]
    parent.default_ancestor = _apportion(node, left, default, distance)


def _apportion(node: _Node, left: _Node | None, default: _Node, distance: float) -> _Node:
    """Push ``node``'s subtree right of its left siblings' subtrees, contour by contour.

    i/o = inner/outer contour, l/r = the left siblings' side or ``node``'s side; ``s*`` sum
    the mods along each contour. Threads join a shallower contour to the deeper one.
    """
    if left is None:
        return default
    parent = node.parent
    assert parent is not None
    vir: _Node | None = node
    vor = node
    vil: _Node | None = left
    vol = parent.children[0]
    sir = sor = node.mod
    sil, sol = left.mod, vol.mod
    while True:
        assert vil is not None
        assert vir is not None
        vil, vir = vil.next_right(), vir.next_left()
        if vil is None or vir is None:
            break
        vol = _contour(vol.next_left())
        vor = _contour(vor.next_right())
        vor.ancestor = node
        shift = vil.prelim + sil - vir.prelim - sir + distance
        if shift > 0:
            _move_subtree(_ancestor_of(vil, node, default), node, shift)
            sir += shift
            sor += shift
        sil += vil.mod
        sir += vir.mod
        sol += vol.mod
        sor += vor.mod
    if vil is not None and vor.next_right() is None:
        vor.thread = vil
        vor.mod += sil - sor
    if vir is not None and vol.next_left() is None:
        vol.thread = vir
        vol.mod += sir - sol
        default = node
    return default


def _contour(node: _Node | None) -> _Node:
    # The outer contours reach at least as deep as the inner ones being compared.
    assert node is not None
    return node


def _ancestor_of(vil: _Node, node: _Node, default: _Node) -> _Node:
    """The left sibling of ``node`` whose subtree ``vil`` belongs to (or the default)."""
    return vil.ancestor if vil.ancestor.parent is node.parent else default


def _move_subtree(left: _Node, right: _Node, shift: float) -> None:
    """Move ``right``'s subtree by ``shift`` and spread it over the subtrees in between."""
    change = shift / (right.index - left.index)
    right.change -= change
    right.shift += shift
    left.change += change
    right.prelim += shift
    right.mod += shift


def _execute_shifts(node: _Node) -> None:
    """Apply the spreading that ``_move_subtree`` recorded, in one pass over the children."""
    shift = change = 0.0
    for child in reversed(node.children):
        child.prelim += shift
        child.mod += shift
        change += child.change
        shift += child.shift + change
