"""The « Fiche de suivi »: the sheet the workbook opens on, printable on A4 landscape, the
most urgent commitments first, with who can unblock them and the next step."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from secframe.exchange.tracker import export
from secframe.jobs import JobState
from secframe.models.rules import blocked_since, is_overdue
from secframe.reports.maps import map_png
from secframe.services import frameworks
from secframe.services import preparation as prep
from secframe.services.commitments import list_commitments

TODAY = date(2020, 12, 31)


def test_the_example_fiche_prints_on_landscape_a4_most_urgent_first(demo_db, tmp_path):
    with demo_db.read() as s:
        fw = frameworks.find_framework(s, "CGCS Tombouctou-Taoudéni")
        rows = list_commitments(s, fw.id, today=TODAY)
    with demo_db.write("test") as s:
        escorts = next(c for c in rows if c.title.startswith("Escortes"))
        prep.set_unblocking(s, escorts.id, unblock_by="Autorités militaires à Bamako",
                            next_step="Courrier du Gouverneur", next_step_on=date(2021, 1, 15))  # fmt: skip
    path = tmp_path / "suivi.xlsx"
    options = export.ExportOptions(today=TODAY, draw_map=map_png)
    export.run(demo_db, fw.id, path, options, JobState())
    book = load_workbook(path)
    assert len(book["Synthèse"]._images) == 1  # the map of the last year
    ws = book.active
    assert ws.title == "Fiche de suivi"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.page_setup.fitToWidth == 1 and ws.print_title_rows == "$3:$3"
    heads = [c.value for c in ws[3]]
    assert heads == ["Réf.", "Engagement", "Chef de file", "Statut et cause", "Depuis le",
                     "Échéance", "Reste à financer (FCFA)", "Prochaine étape", "Qui"]  # fmt: skip
    # Printed at 9 pt or more: 10-point text, and columns that fit a landscape page (about
    # 150 characters) so that fitting the width does not shrink it below 90 %.
    widths = [ws.column_dimensions[c.column_letter].width for c in ws[3]]
    assert sum(widths) <= 152
    body = list(ws.iter_rows(min_row=4))
    assert all(row[1].font.sz >= 10 for row in body)
    # Every open commitment, references filled, blocked ones first, then overdue.
    open_rows = [c for c in rows if c.status.is_open]
    assert len(body) == len(open_rows) and all(row[0].value for row in body)
    by_title = {c.title: c for c in open_rows}

    def urgency(title: str) -> int:
        c = by_title[title]
        if blocked_since(c.status, c.status_since, c.start_date, c.deadline, TODAY):
            return 0
        return 1 if is_overdue(c.status, c.deadline, TODAY) else 2

    ranks = [urgency(row[1].value) for row in body]
    assert ranks == sorted(ranks) and ranks[0] == 0
    line = next(row for row in body if row[1].value == escorts.title)
    assert line[3].value == "Suspendu — Retrait des FDS"
    assert line[7].value == "Courrier du Gouverneur (15/01/2021)"
    assert line[8].value == "Autorités militaires à Bamako"
    assert line[6].value == escorts.gap
