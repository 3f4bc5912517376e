"""Write the HQ list reader fixtures of this folder (run from anywhere: `python make_fixtures.py`).

The Python-made files are byte-identical on every run. The `lo-*` files are made from these by
LibreOffice (see README.md); run `make_lo.sh` after this to remake them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
HEADER = ["客户编码", "客户名称", "统一社会信用代码", "城市", "联系电话", "年销售额(万元)"]
ROWS = [
    [
        "000118",
        "杭州福瑞国际货运代理有限公司",
        "9133010665W3014F5G",
        "杭州市",
        "0571-35713197",
        "3799.25",
    ],
    ["000125", "䶮𠀀（深圳）科技有限公司", "914403001922038216", "深圳市", "13000000000", "12.5"],
    ["000194", "天津滨海物流有限公司", "9144030071526726XG", "天津市", "022-6666888", "88"],
]


def _text(delimiter: str, rows: list[list[str]] | None = None) -> str:
    lines = [HEADER, *(rows or ROWS)]
    return "".join(delimiter.join(cells) + "\r\n" for cells in lines)


def text_files() -> None:
    (HERE / "utf16le-unicode-text.txt").write_bytes(b"\xff\xfe" + _text("\t").encode("utf-16-le"))
    (HERE / "utf16be-unicode-text.txt").write_bytes(b"\xfe\xff" + _text("\t").encode("utf-16-be"))
    (HERE / "gb18030-rare-chars.csv").write_bytes(_text(",").encode("gb18030"))
    (HERE / "utf8-no-bom.csv").write_bytes(_text(",").encode("utf-8"))
    (HERE / "semicolon.csv").write_bytes(_text(";").encode("utf-8"))
    (HERE / "pipe.csv").write_bytes(_text("|").encode("utf-8"))
    quirks = (
        "客户编码,客户名称,地址,备注\r\n"
        '000118,"杭州""福瑞""有限公司","浙江省杭州市\r\n西湖区文三路579号\r\n3号楼",ok\r\n'
        "000125,深圳科技有限公司,深圳市,ok,extra,cells\r\n"
        "000194,天津滨海物流有限公司,天津市滨海新区,ok\r\n"
        "\r\n"
        "000201,上海九州食品股份有限公司,上海市,\r\n"
        "小计,,,\r\n"
        "总计：,,,\r\n"
    )
    (HERE / "quoted-breaks.csv").write_bytes(quirks.encode("utf-8"))
    (HERE / "header-only.csv").write_bytes(("\ufeff" + ",".join(HEADER) + "\r\n").encode("utf-8"))


def workbook() -> None:
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "说明"
    cover["A1"] = "2026年重点客户清单 — 总部销售管理部"
    cover["A3"] = "本表仅供内部使用"
    sheet = wb.create_sheet("客户清单")
    sheet["A1"] = "2026年第四季度重点客户清单"
    sheet.merge_cells("A1:G1")
    header = [
        "客户编码*",
        "客户 名称",
        "统一社会信用代码",
        "城市",
        "手机",
        "年销售额（万元）",
        "最近下单日期",
    ]
    sheet.append([])
    sheet.append(header)
    data = [
        [
            "000118",
            "杭州福瑞国际货运代理有限公司",
            "9133010665W3014F5G",
            "杭州市",
            13000000000,
            3799.25,
            date(2026, 3, 5),
        ],
        [
            5112,
            "北京宏达贸易股份有限公司",
            "91110108D73932284Q",
            "北京市",
            13812345678,
            4804.35,
            None,
        ],
        [],
        [
            "005348",
            "天津滨海物流有限公司",
            "9144030071526726XG",
            "天津市",
            "022-6666888",
            88.0,
            date(2026, 9, 1),
        ],
        ["小计", None, None, None, None, 8691.6, None],
        [
            "000201",
            "上海九州食品股份有限公司",
            "913101156170WM063A",
            "上海市",
            13900000000,
            0.1,
            date(2026, 1, 31),
        ],
        ["合计", None, None, None, None, 8691.7, None],
    ]
    for row in data:
        sheet.append(row)
    for cell in sheet["A"][3:]:
        if isinstance(cell.value, int):
            cell.number_format = "000000"
    for cell in sheet["G"][3:]:
        cell.number_format = "yyyy/m/d"
    sheet.column_dimensions["C"].hidden = True
    wb.save(HERE / "cover-sheet-hidden-column.xlsx")


if __name__ == "__main__":
    text_files()
    workbook()
