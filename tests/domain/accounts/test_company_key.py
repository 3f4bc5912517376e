"""The company match key and near-duplicate names (issue 10, point 4)."""

from __future__ import annotations

import random
import time
from itertools import combinations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from kam_desktop.domain.accounts.company_key import (
    NEAR_DUPLICATE_THRESHOLD,
    company_key,
    near_duplicates,
)

CITIES = ["北京", "上海", "杭州", "深圳", "青岛", "厦门", "长沙", "成都", "武汉", "天津"]
BRAND_CHARS = "安泰润和银华恒信达康宏远博瑞金鼎盛鑫源海天嘉禾九州辰星启明东方长城丰泽"
TRADES = ["科技", "物流", "食品", "商贸", "软件", "机械", "化工", "医药", "电子", "建设"]
FORMS = ["有限公司", "有限责任公司", "股份有限公司"]

core = st.text(alphabet=BRAND_CHARS + "ABCxyz0123", min_size=1, max_size=12)
spaces = st.text(alphabet=" \t\u3000\xa0", max_size=2)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("九州（青岛）物流有限责任公司", "九州(青岛)物流有限公司"),
        ("北京润和食品有限公司", " 北京 润和食品　有限公司 "),
        ("ＡＢＣ科技有限公司", "abc科技有限公司"),
        ("Acme Trading Co., Ltd.", "ACME TRADING CO LTD"),
        ("华为【深圳】有限公司", "华为(深圳)有限公司"),
    ],
)
def test_spellings_of_one_name_share_the_key(one: str, other: str) -> None:
    assert company_key(one) == company_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("厦门银泰软件股份有限公司", "厦门银泰软件有限公司"),  # another legal form
        ("北京润和食品有限公司", "北京润禾食品有限公司"),
        ("九州(青岛)物流有限公司", "九州物流有限公司"),
    ],
)
def test_different_companies_keep_different_keys(one: str, other: str) -> None:
    assert company_key(one) != company_key(other)


@given(core, core, st.sampled_from(FORMS[:2]), spaces, spaces, st.booleans())
def test_the_key_ignores_width_spaces_and_the_llc_variants(
    brand: str, place: str, form: str, before: str, inside: str, full_width: bool
) -> None:
    opened, closed = ("（", "）") if full_width else ("(", ")")
    plain = f"{brand}({place})科技有限公司"
    varied = f"{before}{brand}{inside}{opened}{place}{closed}科技{inside}{form}{before}"
    assert company_key(varied) == company_key(plain)
    assert company_key(company_key(varied)) == company_key(varied)


@given(st.text())
def test_the_key_is_idempotent_and_has_no_whitespace(name: str) -> None:
    key = company_key(name)
    assert company_key(key) == key
    assert not any(ch.isspace() for ch in key)


def test_near_duplicates_are_flagged_with_a_score() -> None:
    names = [
        "杭州甲乙科技有限公司",
        "杭州甲已科技有限公司",  # a typo
        "杭州丙丁科技有限公司",  # another firm
        "杭州甲乙科技股份有限公司",  # another legal form
        "杭州甲乙科技有限责任公司",  # same key as the first: a match, not a warning
    ]
    found = {(p.first, p.second): p.score for p in near_duplicates(names)}
    assert set(found) == {(0, 1), (0, 3)}
    assert found[(0, 1)] == 90.0
    assert all(NEAR_DUPLICATE_THRESHOLD <= s < 100 for s in found.values())


def _brute_force(names: list[str], threshold: float) -> set[tuple[int, int]]:
    keys = [company_key(n) for n in names]
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key:
            first.setdefault(key, i)
    return {
        (first[a], first[b]) for a, b in combinations(first, 2) if fuzz.ratio(a, b) >= threshold
    }


@given(
    st.lists(st.text(alphabet="甲乙丙丁有限公司ab", min_size=1, max_size=9), max_size=25),
    st.sampled_from([60.0, 75.0, NEAR_DUPLICATE_THRESHOLD, 95.0]),
)
def test_the_blocking_never_misses_a_pair(names: list[str], threshold: float) -> None:
    found = {(p.first, p.second) for p in near_duplicates(names, threshold)}
    assert found == _brute_force(names, threshold)


def _generated_names(count: int, seed: int = 10) -> list[str]:
    """Names shaped like real ones: city + a 2–4 character brand from a few thousand
    characters + trade + legal form."""
    rng = random.Random(seed)
    hanzi = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    cities = ["".join(rng.sample(hanzi, 2)) for _ in range(300)]
    trades = [*TRADES, *("".join(rng.sample(hanzi, 2)) for _ in range(50))]
    names = []
    for _ in range(count):
        brand = "".join(rng.choice(hanzi) for _ in range(rng.choice((2, 3, 4))))
        names.append(rng.choice(cities) + brand + rng.choice(trades) + rng.choice(FORMS))
    return names


@pytest.mark.slow
def test_100k_names_in_well_under_half_a_minute() -> None:
    names = _generated_names(100_000)
    typo = names[123][:3] + ("甲" if names[123][3] != "甲" else "乙") + names[123][4:]
    names.append(typo)
    started = time.perf_counter()
    pairs = near_duplicates(names)
    elapsed = time.perf_counter() - started
    assert elapsed < 30, f"{elapsed:.1f} s"
    flagged = {(p.first, p.second) for p in pairs}
    assert any(100_000 in pair for pair in flagged)
    sample = pairs[:: max(len(pairs) // 50, 1)]
    for p in sample:
        assert fuzz.ratio(company_key(names[p.first]), company_key(names[p.second])) >= 85
