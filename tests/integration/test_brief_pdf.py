"""The governor's brief as a PDF: its text (extracted as a reader's tools would) carries the
same figures as the shared aggregates, in French or English, with accents, page numbers and
the confidentiality marking; `secframe brief` works without a display."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest

from secframe import commands, i18n
from secframe.i18n import format_money, format_number
from secframe.jobs import JobState
from secframe.models import CommitmentStatus as S
from secframe.printing import brief_pdf
from secframe.services import briefing, frameworks, stats
from tests.fixtures.builders import TODAY
from tests.fixtures.meetings import FIRST_HELD, BriefWorld, build_brief_world
from tests.fixtures.pdf import pdf_text, words

pytestmark = pytest.mark.usefixtures("qapp")  # a QApplication, as in the desktop app


def n(value: int) -> str:
    return words(format_number(value))


@pytest.fixture
def world(sample, write) -> BriefWorld:
    return build_brief_world(sample, write)


def write_brief(world: BriefWorld, meeting_id: int, tmp_path: Path) -> tuple[str, int]:
    path = tmp_path / "note.pdf"
    result = brief_pdf.make_pdf(world.sample.db, meeting_id, path, JobState(), today=TODAY)
    text, count = pdf_text(path)
    assert count == result.pages
    return text, result.pages


def chart_widths(path: Path) -> list[int]:
    """The pixel widths of the images in a PDF."""
    return [image.image.width for page in pypdf.PdfReader(path).pages for image in page.images]


def test_the_pdf_shows_the_figures_of_the_aggregates(world, tmp_path):
    text, pages = write_brief(world, world.second.id, tmp_path)
    fw = world.sample.framework_id
    since = FIRST_HELD + timedelta(days=1)
    with world.sample.db.read() as s:
        counts = stats.status_counts(s, fw)
        key = stats.key_figures(s, fw, today=TODAY, since=since)
        categories = [g for g in stats.resource_gaps(s, fw, "category") if g.totals.needed]
    assert f"{n(counts[S.ACTIVE])} engagements en cours" in text
    assert f"{n(counts[S.SUSPENDED])} suspendus" in text
    assert f"{n(counts[S.COMPLETED])} réalisés" in text
    assert f"{n(key.overdue)} en retard (échéance dépassée)" in text
    assert f"{words(format_money(key.gap))} reste à financer (engagements ouverts)" in text
    assert f"{n(key.incidents_recent)} incidents depuis la dernière session" in text
    assert f"période précédente : {n(key.incidents_previous)}" in text
    for g in categories:  # every category row carries the aggregate's figures
        row = " ".join(n(v) for v in (g.totals.needed, g.totals.pledged, g.totals.received))
        assert f"{g.label} {row} {n(g.totals.gap)}" in text
    total = key.resources
    assert f"Total {n(total.needed)} {n(total.pledged)} {n(total.received)} {n(total.gap)}" in text
    assert 1 <= pages <= 5 and f"Page {pages} / {pages}" in text
    assert f"Édité le {date.today().strftime('%d/%m/%Y')}" in text
    assert "CONFIDENTIEL" in text
    assert (
        "Période couverte : depuis la session n° 1 du 01/03/2020, du 02/03/2020 au 31/12/2020"
        in text
    )
    assert "Relance des patrouilles sur l'axe" in text  # the agenda: decisions expected
    assert "participants : 3 (femmes : 1, hommes : 1, non renseigné : 1)" in text


def test_what_changed_and_blocked_commitments_are_in_the_pdf(world, tmp_path):
    text, _ = write_brief(world, world.second.id, tmp_path)
    assert "Changements de statut : 2 (suspendu : 1, réalisé : 1)" in text
    assert "Reports d’échéance : 1. Nouveaux engagements : 1." in text
    assert "Manque de moyens — Faute de carburant." in text
    assert (
        "1 engagement est arrêté faute de moyens : financer son reste à financer, soit "
        f"{words(format_money(500_000))}, permettrait de le relancer." in text
    )
    assert "Non démarré" not in text and "besoin non chiffré" in text


def test_a_first_session_says_there_is_no_previous_one(world, tmp_path):
    text, _ = write_brief(world, world.first.id, tmp_path)
    assert (
        "Aucune session précédente : cette note couvre toute la période depuis le début du "
        "cadre, du 01/01/2019 au 01/03/2020."
    ) in text
    assert "Il s’agit de la première session du cadre." in text
    assert "Statuts et échéances au 01/03/2020, date de la session." in text
    assert "Pas de comparaison avec une période antérieure" in text


def test_english_labels_with_english(world, tmp_path):
    i18n.set_language("en")
    text, _ = write_brief(world, world.second.id, tmp_path)
    assert "CONFIDENTIAL" in text and "2. Key figures" in text and "1. Key messages" in text
    assert "active commitments" in text and "reste à financer (open commitments)" in text
    assert "Chiffres clés" not in text and "engagements en cours" not in text
    assert "31 Dec 2020" in text


def test_the_example_brief_keeps_its_accents_and_matches_the_aggregates(demo_db, tmp_path):
    with demo_db.read() as s:
        fw = frameworks.find_framework(s, "CGCS Tombouctou-Taoudéni")
        meeting = briefing.find_meeting(s, fw.id)
        previous = briefing.ms.previous_meeting(s, meeting.id)
        assert previous is not None
        key = stats.key_figures(
            s, fw.id, today=meeting.held_on, since=previous.held_on + timedelta(days=1)
        )
    path = tmp_path / "exemple.pdf"
    pages = brief_pdf.make_pdf(demo_db, meeting.id, path, JobState()).pages
    text, _ = pdf_text(path)
    assert 2 <= pages <= 6
    # the dashboard's incidents chart, for the axis of the escorts, at print resolution
    assert "Incidents par mois – Tombouctou – Goundam – Tonka – Niafunké" in text or chart_widths(
        path
    )
    assert [w for w in chart_widths(path) if w >= 1500]
    assert "Cadre de gestion concertée de la sécurité de Tombouctou et Taoudéni" in text
    assert "Opération Alafia contre le banditisme" in text
    assert "Escortes armées des forces de l'État" in text
    assert f"{n(key.incidents_recent)} incidents depuis la dernière session" in text
    assert f"{words(format_money(key.gap))} reste à financer (engagements ouverts)" in text
    assert "NOTE D’INFORMATION à l’attention de Monsieur le Gouverneur" in text
    assert "Points soumis à la décision de M. le Gouverneur" in text
    assert "Données d’exemple" in text


def test_the_brief_command_writes_the_latest_session(capsys, demo_db, tmp_path):
    out = tmp_path / "briefs" / "note.pdf"
    args = ["brief", "--db", demo_db.location, "-o", str(out), "--framework", "Tombouctou-Tao"]
    assert commands.main(args) == 0
    message = capsys.readouterr().out
    assert "Note d’information de la session n°\u00a04 (CGCS Tombouctou-Taoudéni)" in message
    text, _ = pdf_text(out)
    assert "2. Chiffres clés" in text
    assert "préparation de la session n° 4 (session avec le gouverneur)" in text
    assert commands.main(["--lang", "en", *args, "--meeting", "3"]) == 0
    text, _ = pdf_text(out)
    assert "2. Key figures" in text and "session n° 3 (ordinary session)" in text
    # Session 3 was adopted (locked on 30/09/2019 by the example's secretariat): its figures
    # were frozen then, and the lock is never printed as the session's own date.
    assert "frozen when the conclusions of this session were adopted (30 Sep 2019" in text
    assert "locked on" not in text


def test_the_brief_command_explains_a_missing_session(capsys, demo_db, tmp_path):
    out = tmp_path / "note.pdf"
    code = commands.main(["brief", "--db", demo_db.location, "-o", str(out), "--framework",
                     "Gao"])  # fmt: skip
    assert code == 2 and not out.exists()
    assert re.search(r"aucune session", capsys.readouterr().err)


def test_the_brief_command_needs_no_display(demo_db, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                             "QT_QPA_PLATFORM")}  # fmt: skip
    out = tmp_path / "note.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "secframe", "brief", "--db", demo_db.location, "-o", str(out),
         "--framework", "1"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert pdf_text(out)[1] >= 2


def test_results_counted_since_the_last_session_are_in_the_pdf(world, write, tmp_path):
    from secframe.models import ResultUnit
    from secframe.services.results import ResultInput, add_result

    for on, quantity, approximate in ((date(2020, 2, 1), 10, False), (date(2020, 4, 1), 20, True)):
        write(add_result, world.patrol, ResultInput(on, ResultUnit.ARRESTS, quantity, approximate),
              today=TODAY)  # fmt: skip
    text, _ = write_brief(world, world.second.id, tmp_path)
    assert "Résultats chiffrés" in text
    # only what was counted after session n° 1 (01/03/2020)
    assert "Patrouilles sur l'axe ~20 arrestations 01/04/2020" in words(text)
    text, _ = write_brief(world, world.first.id, tmp_path)
    assert "Patrouilles sur l'axe 10 arrestations 01/02/2020" in words(text)
