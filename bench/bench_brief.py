"""The governor's brief, its map and the minutes on the large database, against a bare
one-page PDF from Qt."""

from __future__ import annotations

import os
from datetime import date

from common import Benchmark, Context
from secframe.jobs import JobState
from secframe.printing import brief_pdf, docx_files, minutes_pdf, pdf
from secframe.services.briefing import build_brief, find_meeting

TODAY = date(2026, 1, 1)
_keep: list[object] = []


def _application() -> None:
    """A QApplication (not only a QGuiApplication), as the other benchmarks need widgets."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if not pdf.has_screen():
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep.append(QApplication([]))


def benchmarks(ctx: Context) -> list[Benchmark]:
    """The brief's data, and the whole brief as a PDF (goal < 3 s)."""
    db = ctx.db
    _application()
    with db.read() as s:
        latest = find_meeting(s, ctx.framework_id)
    out = ctx.out_dir / "brief-large.pdf"
    frame = pdf.PageFrame("secframe", "CONFIDENTIEL", "bench", "Page {page} / {count}")

    def data() -> object:
        with db.read() as s:
            return build_brief(s, latest.id, today=TODAY)

    def whole() -> object:
        return brief_pdf.make_pdf(db, latest.id, out, JobState(), today=TODAY)

    def bare_pdf() -> object:
        return pdf.pdf_bytes(lambda _: pdf.Built("<p>Note</p>", ()), {}, frame)

    with db.read() as s:
        area = build_brief(s, latest.id, today=TODAY).incident_map
    assert area is not None

    def the_map() -> object:
        from secframe.reports.maps import map_figure

        return brief_pdf.figure_image(map_figure(area), brief_pdf.MAP_DPI)

    def minutes() -> object:
        return minutes_pdf.make_pdf(
            db, latest.id, ctx.out_dir / "minutes-large.pdf", JobState(), today=TODAY
        )

    def word() -> object:
        return docx_files.make_brief_docx(
            db, latest.id, ctx.out_dir / "brief-large.docx", JobState(), today=TODAY
        )

    return [
        Benchmark(
            "brief: data of the latest session",
            data,
            goal_ms=1000,
            repeat=3,
        ),
        Benchmark(
            "brief: PDF with the map (large db)",
            whole,
            bare_pdf,
            "one-page PDF",
            goal_ms=2000,
            repeat=3,
        ),
        Benchmark("brief: the map alone (drawn, as an image)", the_map, goal_ms=400, repeat=5),
        Benchmark(
            "minutes: PDF of the latest session", minutes, bare_pdf, "one-page PDF", goal_ms=1500
        ),
        Benchmark("brief: Word document (.docx)", word, goal_ms=2000, repeat=3),
    ]
