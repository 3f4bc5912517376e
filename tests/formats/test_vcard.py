"""One contact as one vCard and back, with no file or book: names, properties, round trip."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kam_desktop.domain.contacts.contact_fields import ContactDraft, validated
from kam_desktop.domain.enums import Attitude, BuyingRole, DecisionLevel, Influence
from kam_desktop.formats.vcard import COMPOUND_SURNAMES, from_card, split_name, to_card

FULL = ContactDraft(
    name="欧阳明月", title="总工程师", department="技术部", decision_level=DecisionLevel.INFLUENCE,
    buying_roles=(BuyingRole.INFLUENCER, BuyingRole.USER), is_key_decision_maker=True,
    is_coach=True, attitude=Attitude.STRONGLY_OPPOSED, influence=Influence.HIGH,
    relationship_level=3, personal_wins="项目做成后升任副总", concerns="担心切换供应商影响生产",
    phone="0571-88886666转123", mobile="13812345678", email="ouyangmy@hengyuan.com.cn",
    wechat="ouyang_my", birthday=date(1975, 3, 2), interests="围棋，龙井茶",
    notes="第一行\n第二行: 逗号, 分号; 反斜杠 \\ 结束", opponent_plan="请技术副总出面沟通",
    reports_to_id="boss-uid",
)  # fmt: skip


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("王小明", ("王", "小明")),
        ("李白", ("李", "白")),
        ("欧阳明月", ("欧阳", "明月")),
        ("诸葛亮", ("诸葛", "亮")),
        ("司马懿", ("司马", "懿")),
        ("上官婉儿", ("上官", "婉儿")),
        ("夏侯惇", ("夏侯", "惇")),
        ("欧阳", ("欧", "阳")),  # two characters: surname 欧, given name 阳
        ("宗政伟", ("宗", "政伟")),
        ("David Miller", ("Miller", "David")),
        ("Anna Maria Schmidt", ("Schmidt", "Anna Maria")),
        ("Madonna", ("Madonna", "")),
    ],
)
def test_chinese_names_put_the_family_name_first(name: str, expected: tuple[str, str]) -> None:
    assert split_name(name) == expected


def test_the_compound_surnames_of_the_brief_are_known() -> None:
    brief = "欧阳 司马 诸葛 上官 东方 慕容 令狐 皇甫 尉迟 公孙 长孙 宇文 司徒 夏侯".split()  # noqa: SIM905
    assert set(brief) <= COMPOUND_SURNAMES


def test_a_full_contact_survives_its_card() -> None:
    card = to_card("contact-uid", FULL, "杭州恒远机械有限公司")

    read = from_card(card)

    assert (read.uid, read.manager_uid, read.problems) == ("contact-uid", "boss-uid", ())
    assert validated(read.draft) == validated(replace(FULL, reports_to_id=None))  # by UID
    assert card.org.value == ["杭州恒远机械有限公司", "技术部"]
    assert (card.n.value.family, card.n.value.given) == ("欧阳", "明月")


def test_unreadable_flags_and_dates_are_listed_not_guessed() -> None:
    card = to_card("x", ContactDraft(name="李四"), "某公司")
    card.add("x-kam-coach").value = "perhaps"
    card.add("bday").value = "1975-02-30"

    read = from_card(card)

    assert [p.field for p in read.problems] == ["is_coach", "birthday"]
    assert read.draft.is_coach is False
    assert read.draft.birthday is None
