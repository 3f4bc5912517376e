"""A 25-visit week's visit plan PDF beside the floor measured in the same run (issue 13, item 7).

``python -m bench.bench_plan [--repeat 5] [--lang zh_CN] [--profile]`` builds the demo book in a
temporary folder, tops its week of 2026-12-07 up to 25 planned visits (each with two or three
attendees, four SPIN questions, materials and an objective, all of different accounts, so 25
charts and 25 mini maps), then times, each min/median/max over ``--repeat`` runs:

- floor: a bare reportlab document (SimpleDocTemplate, the same CJK font) of the same texts as
  paragraphs, no tables, no charts, no maps;
- gather: ``plan_week`` (every visit's facts from the book);
- PDF: ``visit_plan_pdf`` (route page, 25 sections, the charts drawn afresh, 25 mini maps);
- total: gather + PDF, what ``kam plan`` costs (and the plan page's first preview);
- PDF again with the charts from the process's cache (the preview after a change);
- charts alone: the 25 value charts to PNG (part of the PDF figure);

and the peak RSS of gather + PDF in a child process. Targets (issue 13): total < 3 s, peak RSS
< 300 MB. ``--profile`` prints cProfile's top functions of one PDF instead.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from reportlab.platypus import Paragraph, SimpleDocTemplate
from sqlalchemy import select

from kam_desktop.db.book import Book, open_book
from kam_desktop.db.models import Account
from kam_desktop.domain.enums import SpinStage, VisitPurpose
from kam_desktop.domain.visits.visit_fields import MaterialItem, VisitDraft
from kam_desktop.reports.charts.layouts import LayoutCache
from kam_desktop.reports.visit_plan import value_chart
from kam_desktop.reports.visit_plan.document import visit_plan_pdf
from kam_desktop.reports.visit_plan.styles import plan_words, styles, text
from kam_desktop.reports.visit_plan.value_chart import ChartCache, chart_png, has_figures
from kam_desktop.services.contacts.contacts import contact_counts, list_contacts
from kam_desktop.services.demo.build import build_demo_book
from kam_desktop.services.spin.spin_bank import questions
from kam_desktop.services.visit_plan.gather import plan_week
from kam_desktop.services.visit_plan.model import VisitPlan
from kam_desktop.services.visits.visit_queries import VisitQuery, list_visits, local_day_range
from kam_desktop.services.visits.visits import plan_visit

TODAY = date(2026, 12, 4)  # a Friday: the rep plans next week
MONDAY = date(2026, 12, 7)
SUNDAY = MONDAY + timedelta(days=6)
VISITS = 25
TARGET_S = 3.0
RSS_TARGET_MB = 300
SLOTS = ((9, 0), (10, 30), (13, 0), (14, 30), (16, 0))


# --- the book -------------------------------------------------------------------------------------


def make_book(folder: Path) -> Path:
    """The demo book with its week of 2026-12-07 topped up to ``VISITS`` planned visits."""
    path = build_demo_book(folder / "plan-bench.kambook", today=TODAY)
    with open_book(path, create=False) as book:
        first, last = local_day_range(MONDAY, SUNDAY)
        planned = list_visits(book, VisitQuery(start=first, end=last))
        taken = {row.account_id for row in planned}
        bank = questions(book)
        asked = tuple(next(q.id for q in bank if q.stage is stage) for stage in SpinStage)
        counts = contact_counts(book, _account_ids(book))
        free = [a for a, n in sorted(counts.items()) if n >= 3 and a not in taken]
        for k in range(VISITS - len(planned)):
            account_id = free[k]
            day = MONDAY + timedelta(days=k % 5)
            hour, minute = SLOTS[(k // 5) % len(SLOTS)]
            start = datetime(day.year, day.month, day.day, hour, minute).astimezone()
            people = tuple(c.id for c in list_contacts(book, account_id)[: 2 + k % 2])
            plan_visit(
                book,
                account_id,
                VisitDraft(
                    planned_start=start,
                    planned_end=start + timedelta(hours=1),
                    purpose=VisitPurpose.SOLUTION_DEMO,
                    objectives="演示节能改造方案，确认试用范围和时间表",
                    expected_result="拿到试用意向书",
                    materials=(MaterialItem("样品"), MaterialItem("报价单"), MaterialItem("案例")),
                    attendee_ids=people,
                    question_ids=asked,
                ),
                today=TODAY,
            )
        assert len(list_visits(book, VisitQuery(start=first, end=last))) >= VISITS
    return path


def _account_ids(book: Book) -> list[str]:
    with book.sessions() as s:
        return list(s.scalars(select(Account.id).where(Account.deleted_at.is_(None))))


# --- what is timed ------------------------------------------------------------------------------


def plan_texts(plan: VisitPlan) -> list[str]:
    """Every text the plan prints, as the floor document's paragraphs."""
    out: list[str] = []
    for v in plan.visits:
        a = v.account
        out += [a.name, a.code or "", v.location or "", v.objectives or "", v.expected_result or ""]
        out += [f"{c.name} {c.title or ''}" for c in v.contacts]
        out += [g.reason() + g.suggestion() for g in v.gaps]
        out += [p.outcome or "" for p in v.last_visits]
        out += [s.text for s in v.open_steps] + [c.description or "" for c in v.complaints]
        out += [q.text("zh_CN") for g in v.questions for q in g.questions]
        out += [m.item for m in v.materials]
    return [t for t in out if t]


def floor_pdf(texts: list[str]) -> bytes:
    style = styles().body
    out = io.BytesIO()
    SimpleDocTemplate(out).build([Paragraph(text(t), style) for t in texts])
    return out.getvalue()


def times(call: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        out.append(time.perf_counter() - started)
    return out


def line(name: str, seconds: list[float], floor: list[float] | None = None) -> None:
    median = statistics.median(seconds)
    text_ = f"{name:<44} {min(seconds):7.2f} {median:7.2f} {max(seconds):7.2f}"
    if floor is not None:
        text_ += f"  {median / statistics.median(floor):7.2f}×"
    print(text_, flush=True)


# --- peak RSS in a child ------------------------------------------------------------------------


def high_water_mb() -> float:
    """This process's peak RSS (``VmHWM``; see bench_import)."""
    with open("/proc/self/status") as status:
        for row in status:
            if row.startswith("VmHWM:"):
                return int(row.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(book_path: str, language: str) -> int:
    before = high_water_mb()
    with open_book(Path(book_path), create=False) as book:
        plan = plan_week(book, MONDAY, SUNDAY, today=TODAY)
    visit_plan_pdf(plan, language, ChartCache())
    print(f"{before:.1f} {high_water_mb():.1f}")
    return 0


def peak_rss(book_path: Path, language: str) -> tuple[float, float]:
    run = subprocess.run(
        [sys.executable, "-m", "bench.bench_plan", "--child", str(book_path), "--lang", language],
        capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[1],
    )  # fmt: skip
    before, peak = (float(x) for x in run.stdout.split())
    return before, peak


# --- the run ------------------------------------------------------------------------------------


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--child", metavar="BOOK", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.lang)
    print(f"load average at the start {_load()}")
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        path = make_book(Path(folder))
        print(f"(book built in {time.perf_counter() - started:.0f} s)")
        with open_book(path, create=False) as book:
            plan = plan_week(book, MONDAY, SUNDAY, today=TODAY)
            words = plan_words(args.lang)
            charted = [v for v in plan.visits if has_figures(v.months)]
            maps = sum(1 for v in plan.visits if v.contacts)
            pdf = visit_plan_pdf(plan, args.lang)  # warm-up: fonts, imports, the chart cache
            print(f"{len(plan.visits)} visits, {len(charted)} with a value chart, {maps} with a "
                  f"mini map; {len(pdf) / 1e6:.1f} MB PDF, language {args.lang}")  # fmt: skip
            if args.profile:
                profiler = cProfile.Profile()
                profiler.enable()
                visit_plan_pdf(plan, args.lang, ChartCache())
                profiler.disable()
                pstats.Stats(profiler).strip_dirs().sort_stats("cumulative").print_stats(30)
                return 0
            texts = plan_texts(plan)
            floor_pdf(texts)
            print(f"{'figure':<44} {'min s':>7} {'median':>7} {'max s':>7}  {'× floor':>8}")
            floor = times(lambda: floor_pdf(texts), args.repeat)
            line(f"floor: bare reportlab, same {len(texts)} texts", floor)
            gather = times(lambda: plan_week(book, MONDAY, SUNDAY, today=TODAY), args.repeat)
            line("gather: plan_week", gather)

            def afresh() -> None:  # as the first plan of a new process: nothing kept
                value_chart.LAYOUTS = LayoutCache()
                visit_plan_pdf(plan, args.lang, ChartCache())

            made = times(afresh, args.repeat)
            line("PDF: visit_plan_pdf (charts and layouts afresh)", made, floor)
            total = [g + m for g, m in zip(gather, made, strict=True)]
            line("total: gather + PDF", total, floor)
            kept = times(lambda: visit_plan_pdf(plan, args.lang, ChartCache()), args.repeat)
            line("PDF, charts drawn, layouts kept from a plan before", kept, floor)
            warm = times(lambda: visit_plan_pdf(plan, args.lang), args.repeat)
            line("PDF again, charts from the cache (preview)", warm, floor)
            chart = times(lambda: [chart_png(v.months, words, (3.46, 1.65)) for v in charted],
                          args.repeat)  # fmt: skip
            line(f"  of which {len(charted)} value charts alone", chart)
        before, peak = peak_rss(path, args.lang)
    median = statistics.median(total)
    print(f"total median {median:.2f} s: target < {TARGET_S:g} s "
          f"{'met' if median < TARGET_S else 'MISSED'}")  # fmt: skip
    print(f"peak RSS of gather + PDF (child process) {peak:.0f} MB (before: {before:.0f} MB): "
          f"target < {RSS_TARGET_MB} MB {'met' if peak < RSS_TARGET_MB else 'MISSED'}")  # fmt: skip
    print(f"load average at the end {_load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
