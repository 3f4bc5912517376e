"""Any bytes → an HQ list's rows or a clear KamError: never another exception, never a hang.
Text-like bytes, arbitrary bytes, and damaged copies of real workbooks are all tried."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kam_desktop.domain.errors import KamError
from kam_desktop.formats.hq_list.reader import open_hq_list

SHARED = Path(__file__).resolve().parents[4] / "shared" / "data"
FIXTURES = Path(__file__).resolve().parents[2] / "data" / "hq_lists"
WORKBOOKS = [
    (SHARED / "hq-customers-title-row.xlsx").read_bytes(),
    (FIXTURES / "cover-sheet-hidden-column.xlsx").read_bytes(),
    (FIXTURES / "lo-cover-sheet.xls").read_bytes(),
]
CSV_HEAD = "客户编码,客户名称,城市\r\n".encode()

_cells = st.text(alphabet=st.sampled_from('客户名称编码合计,;|\t"\r\n ab1\u3000䶮𠀀'), max_size=30)
text_lists = st.builds(
    lambda head, body, enc: (head + body).encode(enc, errors="replace"),
    st.sampled_from(["客户名称,城市\r\n", "客户编码\t客户名称\n", "", "合计\n"]),
    _cells,
    st.sampled_from(["utf-8", "gbk", "gb18030", "utf-16", "utf-8-sig", "latin-1"]),
)


@st.composite
def damaged_workbooks(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(WORKBOOKS)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data) - 1))
        data[at] = draw(st.integers(0, 255))
    cut = draw(st.integers(len(data) // 4, len(data)))
    return bytes(data[:cut])


any_file = st.one_of(
    st.binary(max_size=2000),
    text_lists,
    st.binary(max_size=500).map(lambda b: CSV_HEAD + b),
    damaged_workbooks(),
)


def _read(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"list{suffix}"
        path.write_bytes(data)
        try:
            lst = open_hq_list(path)
            rows = list(lst.rows())
        except KamError as error:
            failure: KamError | None = error
        else:
            failure = None
        if failure is not None:  # a clear error: it names the file
            assert str(path) in failure.message()
            return
        width = len(lst.header.columns)
        assert all(len(r.cells) == width for r in rows)
        assert lst.header.field_columns()


_FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_SLOW = settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(any_file, st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_any_bytes_give_rows_or_a_clear_error(data: bytes, suffix: str) -> None:
    _read(data, suffix)


@pytest.mark.slow
@_SLOW
@given(any_file, st.sampled_from([".csv", ".xlsx", ".xls"]))
def test_any_bytes_give_rows_or_a_clear_error_long(data: bytes, suffix: str) -> None:
    _read(data, suffix)
