"""The visit plan PDF, read back with poppler's pdftotext and pdffonts: what is printed, how the
pages are laid out, the fonts, and the errors that leave no file behind."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from kam_desktop.db.book import Book, open_book
from kam_desktop.reports.visit_plan import document
from kam_desktop.reports.visit_plan.document import (
    NoVisitsToPrint,
    PlanFileInUse,
    PlanFontMissing,
    PlanNotWritten,
    visit_plan_pdf,
    write_visit_plan,
)
from kam_desktop.services.spin.spin_bank import questions
from kam_desktop.services.visit_plan.gather import plan_week
from kam_desktop.services.visit_plan.model import VisitPlan
from tests.services.visit_plan.plan_book import (
    LONG_NAME,
    LONG_NOTE,
    MONDAY,
    SUNDAY,
    TODAY,
    PlanBook,
    make_plan_book,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Book, PlanBook, VisitPlan]]:
    book = open_book(tmp_path_factory.mktemp("plan") / "plan.kambook", owner="测试员")
    planned = make_plan_book(book)
    yield book, planned, plan_week(book, MONDAY, SUNDAY, today=TODAY)
    book.close()


@pytest.fixture(scope="module")
def pdfs(
    made: tuple[Book, PlanBook, VisitPlan], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    return {lang: write_visit_plan(made[2], folder / f"plan-{lang}.pdf", lang)
            for lang in ("zh_CN", "en")}  # fmt: skip


def squeeze(value: str) -> str:
    return re.sub(r"\s+", "", value)


def pages(path: Path) -> list[str]:
    """Each page's text, whitespace removed (long text wraps anywhere)."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return [squeeze(page) for page in out.stdout.split("\f")[:-1]]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_account_attendee_and_question_is_printed(
    made: tuple[Book, PlanBook, VisitPlan], pdfs: dict[str, Path], lang: str
) -> None:
    book, _planned, plan = made
    text = "".join(pages(pdfs[lang]))
    for visit in plan.visits:
        assert squeeze(visit.account.name) in text
        for person in visit.attendees:
            assert person.name in text
    assert {"张伟", "李娜"} <= {c.name for v in plan.visits for c in v.attendees}
    asked = {q.id for v in plan.visits for g in v.questions for q in g.questions}
    assert len(asked) == 2
    for question in questions(book):
        if question.id in asked:
            assert squeeze(question.text(lang)) in text
    assert LONG_NOTE.replace(" ", "")[:40] in text


def test_route_page_then_one_section_per_visit(
    made: tuple[Book, PlanBook, VisitPlan], pdfs: dict[str, Path]
) -> None:
    plan = made[2]
    texts = pages(pdfs["en"])
    route = texts[0]
    assert "Visitplan" in route
    assert "2026-12-21Monday" in route
    assert "2026-12-27Sunday" in route
    for visit in plan.visits:
        assert squeeze(visit.account.name)[:20] in route
    assert "演示节能改造方案" not in route  # the objective belongs to the section
    starts = []
    for number, visit in enumerate(plan.visits, 1):
        title = f"{number}.{squeeze(visit.account.name)}"[:24]
        found = [i for i, page in enumerate(texts) if title in page]
        assert len(found) == 1, title  # one section per visit
        starts.append(found[0])
    assert 0 not in starts
    assert starts == sorted(starts)
    total = len(texts)
    for index, page in enumerate(texts, 1):
        assert f"Page{index}of{total}" in page
        assert "Generated" in page
        assert "Visitplan·plan" in page


def test_empty_parts_say_so(pdfs: dict[str, Path]) -> None:
    text = "".join(pages(pdfs["en"]))
    for line in (
        "Novaluerecordsyet",  # 华拓 and the long-named account
        "Nocontactsonfileforthisaccountyet.",
        "Novisitsyet:thisisthefirstone.",
        "NoSPINquestionsplannedforthisvisit.",
        "Nomaterialslisted.",
        "Noopennextsteps.",
        "Noopencomplaints.",
    ):
        assert line in text, line
    assert "寄送检测报告" in text  # the open next step
    assert "到货晚了三天" in text  # the open complaint
    assert "确认了样品" in text
    assert "第一次见面" not in text


def test_the_cjk_font_is_embedded_as_a_subset(pdfs: dict[str, Path]) -> None:
    out = subprocess.run(["pdffonts", str(pdfs["zh_CN"])], capture_output=True, check=True,
                         text=True).stdout  # fmt: skip
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        name, *_rest = row.split()
        assert "WenQuanYi" in name, row  # no other font, not even Helvetica
        assert re.match(r"^[A-Z]{6}\+", name), row  # a subset
        assert row.split()[-5:-3] == ["yes", "yes"], row  # embedded, subset


def test_no_visits_is_a_clear_error_and_no_file(
    made: tuple[Book, PlanBook, VisitPlan], tmp_path: Path
) -> None:
    empty = replace(made[2], visits=())
    target = tmp_path / "plan.pdf"
    with pytest.raises(NoVisitsToPrint) as caught:
        write_visit_plan(empty, target, "en")
    assert "no planned visits from 2026-12-21 to 2026-12-27" in caught.value.message()
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_leaves_nothing(
    made: tuple[Book, PlanBook, VisitPlan], tmp_path: Path
) -> None:
    with pytest.raises(PlanNotWritten) as caught:
        write_visit_plan(made[2], tmp_path / "missing" / "plan.pdf", "en")
    assert "plan.pdf could not be written" in caught.value.message()


def test_a_failed_write_keeps_the_old_file(
    made: tuple[Book, PlanBook, VisitPlan], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def locked(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(document, "write_bytes_atomically", locked)
    with pytest.raises(PlanFileInUse) as caught:
        write_visit_plan(made[2], target, "en")
    assert "open in another program" in caught.value.message()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_missing_font_is_a_clear_error(
    made: tuple[Book, PlanBook, VisitPlan], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_font() -> object:
        return TTFont("Missing", str(tmp_path / "gone.ttc"))  # what registering raises

    monkeypatch.setattr(document, "styles", no_font)
    with pytest.raises(PlanFontMissing):
        write_visit_plan(made[2], tmp_path / "plan.pdf", "en")
    assert list(tmp_path.iterdir()) == []


def test_the_same_plan_gives_the_same_bytes(made: tuple[Book, PlanBook, VisitPlan]) -> None:
    one_visit = replace(made[2], visits=made[2].visits[:1])
    assert visit_plan_pdf(one_visit, "en") == visit_plan_pdf(one_visit, "en")
    assert visit_plan_pdf(one_visit, "en")[:5] == b"%PDF-"


def test_long_names_stay_on_the_page(pdfs: dict[str, Path], tmp_path: Path) -> None:
    """Every word pdftotext finds lies inside the A4 page (nothing runs off its edge)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdfs["zh_CN"]), "-"], capture_output=True,
                         check=True, text=True).stdout  # fmt: skip
    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', out)
    assert page is not None
    width, height = float(page.group(1)), float(page.group(2))
    boxes = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', out)
    assert len(boxes) > 100
    for x0, y0, x1, y1 in boxes:
        assert float(x0) >= 0
        assert float(x1) <= width - 30
        assert float(y0) >= 0
        assert float(y1) <= height
    assert LONG_NAME[:10] in out
