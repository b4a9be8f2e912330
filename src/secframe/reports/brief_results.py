"""The brief's counted results: what the commitments achieved since the last session, in
numbers (« Opération Alafia : ~20 arrestations »)."""

from __future__ import annotations

from secframe.i18n import QT_TRANSLATE_NOOP, format_date
from secframe.reports.brief_layout import Writer, esc, more, tr
from secframe.services.briefing import Brief

RESULTS_HEADS = (
    QT_TRANSLATE_NOOP("Brief", "Commitment"),
    QT_TRANSLATE_NOOP("Brief", "Result"),
    QT_TRANSLATE_NOOP("Brief", "Last recorded"),
)


def results(w: Writer, b: Brief) -> None:
    """A sub-section of what changed: the results counted in the period, by commitment."""
    w.heading(3, tr(QT_TRANSLATE_NOOP("Brief", "Results counted")))
    if not b.results.total:
        w.p(tr(QT_TRANSLATE_NOOP("Brief", "No result was counted in this period.")))
        return
    rows = [
        (esc(r.title), f"<b>{esc(r.text())}</b>", format_date(r.last_on)) for r in b.results.rows
    ]
    w.add(w.table([tr(h) for h in RESULTS_HEADS], rows, (56, 28, 16)), more(b.results))
