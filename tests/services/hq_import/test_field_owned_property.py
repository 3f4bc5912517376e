"""Property: whatever an HQ list says, an import changes no field the rep owns (DOMAIN §9)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kam_desktop.db.book import open_book
from kam_desktop.domain.accounts.account_fields import HQ_OWNED, AccountDraft
from kam_desktop.domain.enums import AccountStatus, Industry
from kam_desktop.services.accounts.accounts import create_account, get_account
from kam_desktop.services.hq_import.run import run_import

from .helpers import write_list

HEADER = (
    "客户编码", "客户名称", "统一社会信用代码", "省份", "城市", "行业", "客户等级", "企业规模",
    "年销售额(万元)", "联系电话", "地址", "客户经理", "备注", "标签",
)  # fmt: skip
_TEXT = st.text(alphabet=st.sampled_from("甲乙丙丁杭州宁波路号 AB12-"), max_size=12)
_CELL = st.one_of(
    _TEXT, st.sampled_from(["", "N/A", "无", "A", "大型", "C", "12,345.6", "0571-88886666"])
)
_ROW = st.lists(_CELL, min_size=len(HEADER) - 2, max_size=len(HEADER) - 2)


@pytest.fixture(scope="module")
def empty_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One new book, copied for each example (opening a new one each time is slow)."""
    path = tmp_path_factory.mktemp("template") / "b.kambook"
    open_book(path).close()
    return path


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(cells=_ROW, rename=st.booleans())
def test_an_hq_import_changes_only_hq_owned_fields(
    empty_book: Path, cells: list[str], rename: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        shutil.copyfile(empty_book, Path(folder) / "b.kambook")
        book = open_book(Path(folder) / "b.kambook")
        try:
            mine = create_account(
                book,
                AccountDraft(
                    name="甲乙科技有限公司",
                    code="000001",
                    province="浙江",
                    city="杭州",
                    address="文三路 1 号",
                    phone="0571-88888888",
                    industry=Industry.C,
                    owner="李四",
                    status=AccountStatus.CUSTOMER,
                    notes="老板爱喝茶",
                    tags=("重点",),
                ),
            )
            row = ["000001", "甲乙网络有限公司" if rename else "甲乙科技有限公司", *cells[2:]]
            row = [*row, "HQ 的备注", "HQ标签"]  # columns no HQ field maps to
            path = write_list(
                Path(folder) / "l.csv", [row[: len(HEADER)]], HEADER, encoding="utf-8"
            )
            run_import(book, path)
            after = get_account(book, mine.id).draft
            for name in AccountDraft.field_names():
                if name not in HQ_OWNED:
                    assert getattr(after, name) == getattr(mine.draft, name), name
        finally:
            book.close()
