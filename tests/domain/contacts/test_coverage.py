"""Coverage rules (DOMAIN §3.2): each fires and stays quiet at its boundary; texts; tallies."""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest

from kam_desktop.domain import i18n
from kam_desktop.domain.contacts.coverage import (
    ContactFacts,
    CoverageRules,
    CoverageTally,
    Gap,
    GapKind,
    coverage_gaps,
    gap_codes,
    gap_kinds,
    has_plan,
)
from kam_desktop.domain.enums import DecisionLevel, Influence

TODAY = date(2026, 11, 25)
K = GapKind


def contact(cid: str, **changes: object) -> ContactFacts:
    base = ContactFacts(
        id=cid,
        name=cid.title(),
        decision_level=DecisionLevel.EXECUTION,
        is_key_decision_maker=False,
        is_coach=False,
        attitude=0,
        influence=Influence.MEDIUM,
        relationship_level=1,
        last_contact_on=None,
        has_opponent_plan=False,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def healthy() -> dict[str, ContactFacts]:
    """A map with no gap, each rule just on the safe side of its boundary."""
    return {
        "boss": contact("boss", decision_level=DecisionLevel.DECISION, is_key_decision_maker=True,
                        attitude=1, relationship_level=3,
                        last_contact_on=TODAY - timedelta(days=90)),
        "coach": contact("coach", decision_level=DecisionLevel.INFLUENCE, is_coach=True,
                         attitude=2, relationship_level=3),
        "clerk": contact("clerk", relationship_level=2,
                         last_contact_on=TODAY - timedelta(days=900)),
    }  # fmt: skip


def kinds(contacts: dict[str, ContactFacts], rules: CoverageRules | None = None) -> list[GapKind]:
    return [g.kind for g in coverage_gaps(list(contacts.values()), TODAY, rules or CoverageRules())]


def gap_of(contacts: dict[str, ContactFacts], kind: GapKind, **rules: int) -> Gap:
    found = [g for g in coverage_gaps(list(contacts.values()), TODAY, CoverageRules(**rules))
             if g.kind is kind]  # fmt: skip
    assert len(found) == 1
    return found[0]


def with_(name: str, **changes: object) -> dict[str, ContactFacts]:
    contacts = healthy()
    contacts[name] = replace(contacts[name], **changes)  # type: ignore[arg-type]
    return contacts


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_translator(None)
    yield
    i18n.set_translator(None)


def test_healthy_map_has_no_gap() -> None:
    assert kinds(healthy()) == []


def test_empty_map() -> None:
    assert kinds({}) == [K.NO_DECISION_LEVEL, K.NO_KEY_DECISION_MAKER, K.NO_COACH,
                         K.SINGLE_THREADED]  # fmt: skip
    assert gap_of({}, K.SINGLE_THREADED).contact_ids == ()


def test_no_decision_level() -> None:
    contacts = with_("boss", decision_level=DecisionLevel.INFLUENCE)
    assert kinds(contacts) == [K.NO_DECISION_LEVEL]
    contacts["clerk"] = replace(contacts["clerk"], decision_level=DecisionLevel.DECISION,
                                last_contact_on=TODAY)  # fmt: skip
    assert kinds(contacts) == []
    assert kinds(with_("boss", decision_level=None)) == [K.NO_DECISION_LEVEL]


def test_no_key_decision_maker() -> None:
    # the boss stays at the decision level: only the mark is missing
    assert kinds(with_("boss", is_key_decision_maker=False)) == [K.NO_KEY_DECISION_MAKER]


@pytest.mark.parametrize(("attitude", "gap"), [(2, False), (1, False), (0, True), (-1, True),
                                               (-2, True)])  # fmt: skip
def test_key_decision_maker_neutral_or_opposed(attitude: int, gap: bool) -> None:
    contacts = with_("boss", attitude=attitude)
    assert (K.KDM_NOT_SUPPORTIVE in kinds(contacts)) is gap
    if gap:
        assert gap_of(contacts, K.KDM_NOT_SUPPORTIVE).contact_ids == ("boss",)


def test_key_decision_maker_attitude_threshold_is_configurable() -> None:
    assert kinds(healthy(), CoverageRules(kdm_min_attitude=2)) == [K.KDM_NOT_SUPPORTIVE]
    assert kinds(with_("boss", attitude=0), CoverageRules(kdm_min_attitude=0)) == []


def test_opposed_contact_who_is_not_key_is_not_a_key_decision_maker_gap() -> None:
    assert kinds(with_("clerk", attitude=-2)) == []


@pytest.mark.parametrize(("level", "gap"), [(0, True), (2, True), (3, False), (5, False)])
def test_key_decision_maker_relationship_level(level: int, gap: bool) -> None:
    contacts = with_("boss", relationship_level=level)
    found = kinds(contacts)
    assert (K.KDM_WEAK_RELATIONSHIP in found) is gap
    if gap:
        assert gap_of(contacts, K.KDM_WEAK_RELATIONSHIP).contact_ids == ("boss",)


def test_key_decision_maker_level_threshold_is_configurable() -> None:
    assert kinds(healthy(), CoverageRules(kdm_min_level=4)) == [K.KDM_WEAK_RELATIONSHIP]
    assert kinds(with_("boss", relationship_level=2), CoverageRules(kdm_min_level=2)) == [
        K.SINGLE_THREADED  # level 2 is no longer weak, but no longer strong either
    ]


def test_every_key_decision_maker_is_checked() -> None:
    contacts = healthy()
    contacts["cfo"] = contact("cfo", decision_level=DecisionLevel.DECISION,
                              is_key_decision_maker=True, attitude=-1, relationship_level=1,
                              last_contact_on=TODAY)  # fmt: skip
    gap = gap_of(contacts, K.KDM_NOT_SUPPORTIVE)
    assert gap.contact_ids == ("cfo",)
    assert gap_of(contacts, K.KDM_WEAK_RELATIONSHIP).contact_ids == ("cfo",)


def test_no_coach() -> None:
    assert kinds(with_("coach", is_coach=False)) == [K.NO_COACH]
    assert kinds(with_("clerk", is_coach=True)) == []


@pytest.mark.parametrize(
    ("attitude", "influence", "plan", "gap"),
    [
        (-1, Influence.HIGH, False, True),
        (-2, Influence.HIGH, False, True),
        (-1, Influence.HIGH, True, False),  # a plan: handled
        (0, Influence.HIGH, False, False),  # neutral is not an opponent
        (-2, Influence.MEDIUM, False, False),
        (-2, None, False, False),
    ],
)
def test_influential_opponent_without_plan(
    attitude: int, influence: Influence | None, plan: bool, gap: bool
) -> None:
    contacts = with_("clerk", attitude=attitude, influence=influence, has_opponent_plan=plan)
    assert kinds(contacts) == ([K.OPPONENT_HIGH_INFLUENCE] if gap else [])
    if gap:
        found = gap_of(contacts, K.OPPONENT_HIGH_INFLUENCE)
        assert found.contact_ids == ("clerk",)
        assert found.names == ("Clerk",)


def test_single_threaded() -> None:
    contacts = with_("coach", relationship_level=2)
    assert kinds(contacts) == [K.SINGLE_THREADED]
    gap = gap_of(contacts, K.SINGLE_THREADED)
    assert gap.contact_ids == ("boss",)  # the one thread
    assert dict(gap.params) == {"level": 3, "count": 1, "minimum": 2}
    assert kinds(healthy(), CoverageRules(min_strong_contacts=3)) == [K.SINGLE_THREADED]
    assert kinds(with_("clerk", relationship_level=3), CoverageRules(min_strong_contacts=3)) == []
    # a higher bar for "strong" also counts the key decision maker's level 3 out
    found = kinds(healthy(), CoverageRules(strong_level=4, kdm_min_level=3))
    assert found == [K.SINGLE_THREADED]


@pytest.mark.parametrize(("days", "gap"), [(0, False), (90, False), (91, True), (None, True)])
def test_key_contact_not_met(days: int | None, gap: bool) -> None:
    met = None if days is None else TODAY - timedelta(days=days)
    contacts = with_("boss", last_contact_on=met)
    assert kinds(contacts) == ([K.DECISION_LEVEL_NOT_MET] if gap else [])
    if gap:
        found = gap_of(contacts, K.DECISION_LEVEL_NOT_MET)
        assert found.contact_ids == ("boss",)
        assert dict(found.params) == {"days": 90}


def test_not_met_covers_decision_level_and_key_decision_makers_only() -> None:
    contacts = healthy()
    contacts["board"] = contact("board", decision_level=DecisionLevel.DECISION,
                                last_contact_on=TODAY - timedelta(days=91))  # fmt: skip
    contacts["owner"] = contact("owner", decision_level=None, is_key_decision_maker=True,
                                attitude=1, relationship_level=4)  # fmt: skip
    assert gap_of(contacts, K.DECISION_LEVEL_NOT_MET).contact_ids == ("board", "owner")
    assert kinds(with_("boss", last_contact_on=TODAY - timedelta(days=40)),
                 CoverageRules(not_met_days=30)) == [K.DECISION_LEVEL_NOT_MET]  # fmt: skip


def test_gaps_follow_the_rule_order_and_codes_are_kept() -> None:
    everything = {"x": contact("x", attitude=-1, influence=Influence.HIGH)}
    gaps = coverage_gaps(list(everything.values()), TODAY)
    assert [g.kind for g in gaps] == [K.NO_DECISION_LEVEL, K.NO_KEY_DECISION_MAKER, K.NO_COACH,
                                      K.OPPONENT_HIGH_INFLUENCE, K.SINGLE_THREADED]  # fmt: skip
    assert gap_codes(gaps) == ["no_decision_level", "no_kdm", "no_coach",
                               "opponent_high_influence", "single_threaded"]  # fmt: skip
    assert all(GapKind.parse(code) is g.kind for code, g in zip(gap_codes(gaps), gaps, strict=True))


def test_gap_kinds_decides_from_the_tally_alone() -> None:
    assert gap_kinds(CoverageTally()) == [K.NO_DECISION_LEVEL, K.NO_KEY_DECISION_MAKER,
                                          K.NO_COACH, K.SINGLE_THREADED]  # fmt: skip
    full = CoverageTally(decision_level=1, key_decision_makers=1, coaches=1, strong=2)
    assert gap_kinds(full) == []
    assert gap_kinds(full, CoverageRules(min_strong_contacts=3)) == [K.SINGLE_THREADED]
    bad = replace(full, kdm_not_supportive=1, kdm_weak=2, unplanned_opponents=1, key_not_met=3)
    assert gap_kinds(bad) == [K.KDM_NOT_SUPPORTIVE, K.KDM_WEAK_RELATIONSHIP,
                              K.OPPONENT_HIGH_INFLUENCE, K.DECISION_LEVEL_NOT_MET]  # fmt: skip


def test_has_plan() -> None:
    assert has_plan("约李总吃饭")
    assert not has_plan(None)
    assert not has_plan("")
    assert not has_plan(" \n\u3000")  # blank, ideographic space included


# --- texts ------------------------------------------------------------------------------------


def every_kind() -> list[Gap]:
    """One gap of every kind, with names and numbers."""
    opponent = contact("wang", attitude=-2, influence=Influence.HIGH)
    kdm = contact("li", decision_level=DecisionLevel.DECISION, is_key_decision_maker=True,
                  attitude=0, relationship_level=1)  # fmt: skip
    gaps = coverage_gaps([opponent], TODAY) + coverage_gaps([kdm], TODAY)
    assert {g.kind for g in gaps} == set(GapKind)
    return gaps


def test_reasons_and_suggestions_name_contacts_and_numbers(english: None) -> None:
    texts = {g.kind: (g.reason(), g.suggestion()) for g in every_kind()}
    assert texts[K.KDM_NOT_SUPPORTIVE][0] == "Key decision maker neutral or opposed: Li."
    assert "Li" in texts[K.KDM_NOT_SUPPORTIVE][1]
    assert texts[K.KDM_WEAK_RELATIONSHIP][0].startswith(
        "Relationship with the key decision maker below level 3"
    )
    assert texts[K.DECISION_LEVEL_NOT_MET][0] == ("Key contacts not met for more than 90 days: Li.")
    assert "Wang" in texts[K.OPPONENT_HIGH_INFLUENCE][0]
    assert texts[K.SINGLE_THREADED][0] == (
        "Contacts at relationship level 3 or higher: 0 (at least 2 needed)."
    )
    for reason, suggestion in texts.values():  # every placeholder filled, nothing left over
        assert reason.strip()
        assert suggestion.strip()
        assert not any(f for _, f, _, _ in string.Formatter().parse(reason + suggestion) if f)


def test_texts_go_through_the_translator_in_the_coverage_context() -> None:
    seen: list[str] = []

    def fake(context: str, text: str) -> str:
        seen.append(context)
        return "【" + text + "】" if context == "coverage" else text

    i18n.set_translator(fake, "zh_CN")
    try:
        gap = Gap(K.DECISION_LEVEL_NOT_MET, ("a", "b"), ("王总", "李工"), (("days", 90),))
        assert gap.reason() == "【Key contacts not met for more than 90 days: 王总、李工.】"
        assert gap.suggestion() == "【Plan a visit or a call with 王总、李工.】"
        assert set(seen) == {"coverage"}
        assert K.NO_COACH.label("zh_CN") == "没有教练（内线）"
    finally:
        i18n.set_translator(None)
    assert gap.reason() == "Key contacts not met for more than 90 days: 王总, 李工."


def test_gap_kind_codes_are_unique_and_labelled() -> None:
    codes = [k.code for k in GapKind]
    assert len(set(codes)) == len(codes)
    assert all(k.en and k.zh for k in GapKind)
