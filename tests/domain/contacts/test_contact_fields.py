"""Contact validation: each rule fires on bad input and stays quiet on good input."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest

from kam_desktop.domain.contacts.contact_fields import (
    BadMobile,
    ContactDraft,
    ContactField,
    FutureDate,
    OutOfRange,
    normalise,
    problems,
    validated,
)
from kam_desktop.domain.enums import (
    Attitude,
    BuyingRole,
    DecisionLevel,
    Influence,
    RelationshipLevel,
)
from kam_desktop.domain.errors import (
    BadEmail,
    BadPhone,
    InvalidInput,
    Required,
    TooLong,
)
from kam_desktop.domain.field_values import UnknownChoice
from kam_desktop.domain.i18n import set_translator

TODAY = date(2026, 11, 25)

GOOD = ContactDraft(
    name=" 王建国 ",
    title="总经理",
    department="  ",
    decision_level=DecisionLevel.DECISION,
    buying_roles=(BuyingRole.BUYER, BuyingRole.DECIDER, BuyingRole.BUYER),
    is_key_decision_maker=True,
    attitude=Attitude.SUPPORTIVE,
    influence=Influence.HIGH,
    relationship_level=4,
    phone="0571-88886666",
    mobile="138 1234 5678",
    email="wang.jg@hengyuan.com.cn",
    wechat="wjg_1968",
    birthday=date(1968, 3, 12),
    interests="围棋、钓鱼",
)


def found(draft: ContactDraft, today: date = TODAY) -> dict[str, type]:
    return {p.field: type(p.problem) for p in problems(normalise(draft), today)}


def test_a_good_draft_is_normalised_and_passes() -> None:
    clean = validated(GOOD, today=TODAY)
    assert clean.name == "王建国"
    assert clean.department is None  # blank text is no text
    assert clean.buying_roles == (BuyingRole.DECIDER, BuyingRole.BUYER)  # enum order, once each
    assert clean.mobile == "138 1234 5678"


def test_codes_and_labels_become_members() -> None:
    draft = ContactDraft(
        name="李",
        decision_level="影响层",  # type: ignore[arg-type]
        attitude=-1,  # type: ignore[arg-type]
        influence="high",  # type: ignore[arg-type]
        buying_roles=("gatekeeper", "决策者"),  # type: ignore[arg-type]
        relationship_level=RelationshipLevel.L3,  # type: ignore[arg-type]
    )
    clean = validated(draft, today=TODAY)
    assert clean.decision_level is DecisionLevel.INFLUENCE
    assert clean.attitude is Attitude.OPPOSED
    assert clean.influence is Influence.HIGH
    assert clean.buying_roles == (BuyingRole.DECIDER, BuyingRole.GATEKEEPER)
    assert clean.relationship_level == 3


# Each rule: a value that breaks it and a neighbouring value that does not.
RULES = [
    ("name", "", "王", Required),
    ("name", "   ", "王", Required),
    ("name", "王" * 61, "王" * 60, TooLong),
    ("title", "x" * 81, "x" * 80, TooLong),
    ("department", "x" * 81, "x" * 80, TooLong),
    ("wechat", "w" * 61, "w" * 60, TooLong),
    ("notes", "n" * 20001, "n" * 20000, TooLong),
    ("email", "wang@", "wang@example.cn", BadEmail),
    ("email", "wang example.cn", "wang@example.cn", BadEmail),
    ("phone", "12345", "010-62345678", BadPhone),
    ("phone", "0571", "13812345678", BadPhone),  # a mobile is a phone number too
    ("phone", "1" * 41, "400-800-1234", TooLong),  # too long wins over format
    ("mobile", "0571-88886666", "+86 138-1234-5678", BadMobile),
    ("mobile", "12812345678", "19912345678", BadMobile),
    ("relationship_level", -1, 0, OutOfRange),
    ("relationship_level", 6, 5, OutOfRange),
    ("relationship_level", True, 1, OutOfRange),
    ("relationship_level", 2.5, 2, OutOfRange),
    ("birthday", TODAY + timedelta(days=1), TODAY, FutureDate),
    ("attitude", 3, 2, UnknownChoice),
    ("attitude", None, -2, UnknownChoice),
    ("decision_level", "board", "决策层", UnknownChoice),
    ("influence", "huge", "低", UnknownChoice),
    ("buying_roles", ("decider", "sponsor"), ("decider", "initiator"), UnknownChoice),
]


@pytest.mark.parametrize(("name", "bad", "good", "error"), RULES)
def test_each_rule_fires_and_does_not_fire(
    name: str, bad: object, good: object, error: type
) -> None:
    base = ContactDraft(name="王")
    assert found(replace(base, **{name: bad})) == {name: error}
    assert found(replace(base, **{name: good})) == {}


def test_every_bad_field_is_named_once() -> None:
    draft = ContactDraft(
        name="",
        email="x",
        phone="1",
        mobile="2",
        relationship_level=9,
        birthday=TODAY + timedelta(days=400),
    )
    with pytest.raises(InvalidInput) as caught:
        validated(draft, today=TODAY)
    assert caught.value.fields() == [
        "name", "email", "phone", "mobile", "relationship_level", "birthday",
    ]  # fmt: skip


def test_birthday_is_judged_against_today() -> None:
    draft = ContactDraft(name="王", birthday=date(2026, 12, 1))
    assert found(draft, today=date(2026, 11, 30)) == {"birthday": FutureDate}
    assert found(draft, today=date(2026, 12, 1)) == {}
    # Without ``today`` the real date decides: a birthday a year ahead is always in the future.
    with pytest.raises(InvalidInput):
        validated(replace(draft, birthday=date.today() + timedelta(days=366)))


def test_an_opponent_plan_is_allowed_whatever_the_attitude() -> None:
    for attitude in Attitude:
        draft = ContactDraft(name="王", attitude=attitude, opponent_plan="请李总出面沟通")
        assert validated(draft, today=TODAY).opponent_plan == "请李总出面沟通"


def test_every_draft_field_has_a_label() -> None:
    codes = {member.code for member in ContactField}
    assert set(ContactDraft.field_names()) <= codes
    assert ContactField("reports_to_id").label("zh_CN") == "直属上级"
    assert ContactField.RELATIONSHIP_LEVEL.label("zh_CN") == "关系层次"
    assert ContactField.COACH.label("en") == "Coach"


def test_messages_in_english() -> None:
    with pytest.raises(InvalidInput) as caught:
        validated(ContactDraft(name="", mobile="0571-88886666"), today=TODAY)
    assert caught.value.message() == (
        "Not saved. Please correct: Name: is required.; Mobile: is not a mobile "
        "number; use 11 digits starting with 1 (13812345678)."
    )  # what the rep typed is beside the field, never in the message (or a log)


ZH = {
    ("ContactField", "Name"): "姓名",
    ("ContactField", "Relationship level"): "关系层次",
    ("errors", "{field}: {problem}"): "{field}:{problem}",
    ("errors", "is required."): "不能为空。",
    ("errors", "must be a whole number from {low} to {high}."): "须为 {low} 到 {high} 的整数。",
    ("errors", "Not saved. Please correct: {details}"): "未保存。请更正:{details}",
}


@pytest.fixture
def chinese() -> Iterator[None]:
    set_translator(lambda context, text: ZH.get((context, text), text), "zh_CN")
    yield
    set_translator(None)


def test_messages_in_chinese_go_through_the_translator(chinese: None) -> None:
    with pytest.raises(InvalidInput) as caught:
        validated(ContactDraft(name=" ", relationship_level=7), today=TODAY)
    assert caught.value.message() == "未保存。请更正:姓名:不能为空。; 关系层次:须为 0 到 5 的整数。"
