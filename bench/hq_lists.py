"""Generated HQ customer lists for the import benchmark: the 12 columns of the shared samples.

``customer_rows(n, seed)`` yields rows like ``../shared/data/hq-customers-gbk.csv``: 6-digit
codes with leading zeros, unique company names (brand + city + business + 有限公司 …), valid
统一社会信用代码 (check character by ``domain/accounts/credit_code``), provinces and cities,
industries, grades A-D, size classes by sales, sales in 万元 with two decimals (some over
1,000 written with a thousands separator, as Excel exports them), landlines and mobiles,
addresses, account managers. Every character is in GBK. Deterministic for a seed.

Brands are 2 or 3 characters from a pool of about 300, so about one name in twenty has a
near-duplicate (one character apart) in a 100,000-row list. ``dense=True`` draws 2-character
brands from 60 characters instead: about 17 near-duplicate pairs per name, a stress case for
the near-duplicate warnings (1.7 million of them at 100,000 rows).
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from pathlib import Path

from kam_desktop.domain.accounts.credit_code import check_character

HEADER = ("客户编码", "客户名称", "统一社会信用代码", "省份", "城市", "行业", "客户等级",
          "企业规模", "年销售额(万元)", "联系电话", "地址", "客户经理")  # fmt: skip

# province, city, region code (GB/T 2260), area code, streets
REGIONS = (
    ("北京市", "北京市", "110108", "010", ("中关村大街", "学院路", "知春路")),
    ("上海市", "上海市", "310115", "021", ("张江路", "世纪大道", "金桥路")),
    ("广东省", "深圳市", "440300", "0755", ("科技园南路", "深南大道")),
    ("浙江省", "杭州市", "330106", "0571", ("文三路", "天目山路", "古墩路")),
    ("四川省", "成都市", "510107", "028", ("天府大道", "人民南路")),
    ("江苏省", "苏州市", "320506", "0512", ("东吴北路", "越溪路")),
    ("湖北省", "武汉市", "420111", "027", ("珞喻路", "光谷大道")),
    ("山东省", "青岛市", "370211", "0532", ("长江中路", "井冈山路")),
    ("广东省", "广州市", "440106", "020", ("天河路", "黄埔大道")),
    ("天津市", "天津市", "120116", "022", ("第三大街", "黄海路")),
    ("福建省", "厦门市", "350203", "0592", ("湖滨南路", "嘉禾路")),
    ("陕西省", "西安市", "610113", "029", ("高新路", "科技路")),
    ("湖南省", "长沙市", "430104", "0731", ("麓山南路", "岳麓大道")),
    ("重庆市", "重庆市", "500112", "023", ("金开大道", "黄山大道")),
)
INDUSTRIES = {
    "制造业": ("精密机械", "机电设备", "新材料"),
    "信息技术": ("信息技术", "软件", "网络科技", "电子科技"),
    "批发零售": ("商贸", "贸易", "供应链管理"),
    "医药健康": ("医药", "生物科技", "医疗器械"),
    "建筑工程": ("建设工程", "建筑装饰"),
    "物流运输": ("物流", "国际货运代理"),
    "能源化工": ("化工", "新能源科技"),
    "食品饮料": ("食品", "饮品"),
    "汽车零部件": ("汽车部件", "汽车配件"),
}
BRAND_CHARS = (
    "恒远华拓星河瑞丰鼎盛博越金桥海纳天诚中联众合宏达正泰新锐银泰东方凯旋卓越联创安泰"
    "航同舟汇通明辉嘉禾润和锦程德信永兴百川云帆科华晨光世宝四君诺长立广蓝九州宇福鑫康"
)
WIDE_BRAND_CHARS = (
    BRAND_CHARS + "安邦宝诚昌晨成川达大丹德鼎东朵恩帆方丰峰凤福富钢港高光广贵国海汉浩禾和弘宏"
    "鸿华辉惠佳嘉坚建江杰金锦晶精景久骏凯康科克坤蓝乐雷力立利良林霖龙隆路伦茂美蒙米民明铭"
    "南宁诺欧鹏平普奇启千乾强桥勤青清庆秋泉仁荣容瑞润森山尚深升圣盛石时实世仕顺朔思松泰滕"
    "天田通彤万旺威维伟文沃希熙祥翔欣新信星兴旭轩雅亚言扬阳耀业一亿易益逸毅英盈永勇优友宇"
    "雨玉元源远越云韵泽展彰兆哲振正之智中众洲卓子紫佐"
)
SUFFIXES = ("有限公司",) * 6 + ("有限责任公司",) * 2 + ("股份有限公司",) * 2
GRADES = ("A",) * 2 + ("B",) * 4 + ("C",) * 3 + ("D",)
MANAGERS = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷")
ORG_CHARS = "0123456789" * 3 + "ABCDEFGHJKLMNPQRTUWXY"


def _size(sales: float) -> str:
    return (
        "大型"
        if sales >= 40000
        else "中型"
        if sales >= 2000
        else "小型"
        if sales >= 300
        else "微型"
    )


def _brand(rng: random.Random, dense: bool) -> str:
    if dense:
        return "".join(rng.sample(BRAND_CHARS, 2))
    return "".join(rng.sample(WIDE_BRAND_CHARS, rng.choice((2, 3))))


def _unique_name(rng: random.Random, city: str, taken: set[str], dense: bool) -> tuple[str, str]:
    while True:
        industry = rng.choice(tuple(INDUSTRIES))
        brand = _brand(rng, dense)
        business = rng.choice(INDUSTRIES[industry])
        name = f"{brand}{city.removesuffix('市')}{business}{rng.choice(SUFFIXES)}"
        if name not in taken:
            taken.add(name)
            return name, industry


def customer_rows(
    n: int, seed: int = 1, first_code: int = 1, dense: bool = False
) -> Iterator[tuple[str, ...]]:
    """``n`` data rows of a customer list, codes from ``first_code`` (``000001`` …)."""
    rng = random.Random(seed)
    taken: set[str] = set()
    for i in range(n):
        province, city, region, area, streets = rng.choice(REGIONS)
        name, industry = _unique_name(rng, city, taken, dense)
        body = "91" + region + "".join(rng.choice(ORG_CHARS) for _ in range(9))
        sales = round(rng.lognormvariate(6.5, 1.6), 2)
        amount = f"{sales:,.2f}" if sales >= 1000 and rng.random() < 0.1 else f"{sales:.2f}"
        if rng.random() < 0.5:
            phone = f"{area}-{rng.randrange(20000000, 89999999)}"
        else:
            phone = f"1{rng.choice('3578')}{rng.randrange(10**8, 10**9)}"
        town = city if city != province else ""
        address = f"{province}{town}{rng.choice(streets)}{rng.randrange(1, 999)}号"
        yield (f"{first_code + i:06d}", name, body + check_character(body), province, city,
               industry, rng.choice(GRADES), _size(sales), amount, phone, address,
               rng.choice(MANAGERS))  # fmt: skip


def write_customer_csv(
    path: Path, n: int, seed: int = 1, encoding: str = "gbk", dense: bool = False
) -> Path:
    """A customer list as HQ's Excel writes it on a Chinese Windows: GBK, comma, CRLF."""
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(customer_rows(n, seed, dense=dense))
    return path


def write_customer_xlsx(path: Path, n: int, seed: int = 1, dense: bool = False) -> Path:
    """The same list as an XLSX (openpyxl write-only): every cell a text cell, as typed."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("客户清单")
    sheet.append(HEADER)
    for row in customer_rows(n, seed, dense=dense):
        sheet.append(row)
    workbook.save(path)
    return path
