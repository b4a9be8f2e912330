"""The documents on the governor's table: the brief asks for decisions and says what would
restart each blocked commitment; the minutes of a session; the same content in Word as in
the PDF; a past session's brief unchanged once adopted; `secframe minutes` on the example."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from secframe import commands
from secframe.jobs import JobState
from secframe.models import CommitmentStatus, ResourceCategory, StatusCause
from secframe.printing import brief_pdf, docx_files, minutes_pdf
from secframe.services import commitments as cs
from secframe.services import decisions
from secframe.services import preparation as prep
from secframe.services.resources import ResourceNeedInput, add_resource_need
from tests.fixtures.builders import TODAY
from tests.fixtures.meetings import BriefWorld, build_brief_world
from tests.fixtures.pdf import pdf_text

pytestmark = pytest.mark.usefixtures("qapp")

FRAME = re.compile(r"(Édité le|Produced on) \S+ (à|at) \d\d:\d\d avec secframe|Page \d+ / \d+")


@pytest.fixture
def world(sample, write) -> BriefWorld:
    w = build_brief_world(sample, write)
    write(cs.change_status, w.escorts, CommitmentStatus.SUSPENDED, on=date(2020, 9, 1),
          cause=StatusCause.SECURITY, reason="Retrait des forces de Tonka.", today=TODAY)  # fmt: skip
    write(prep.set_unblocking, w.escorts, unblock_by="Autorités militaires à Bamako",
          next_step="Courrier du Gouverneur", next_step_on=date(2021, 1, 31))  # fmt: skip
    write(prep.set_decision_points, w.second.id, (
        prep.DecisionPointInput(
            "Relance des escortes", situation="Arrêtées depuis le retrait des forces.",
            options=("Demander le retour des forces", "Attendre"),
            recommendation="Demander le retour des forces.",
            action_asked="Écrire aux autorités militaires à Bamako.",
            commitment_id=w.escorts),
    ))  # fmt: skip
    d = write(decisions.ms.add_decision, w.first.id, "Relancer les patrouilles.")
    write(prep.add_action, d.id, prep.ActionInput("Réunir les bailleurs", "Secrétariat",
                                                  date(2020, 4, 30)))  # fmt: skip
    return w


def brief_pdf_text(world: BriefWorld, meeting_id: int, path: Path) -> str:
    brief_pdf.make_pdf(world.sample.db, meeting_id, path, JobState(), today=TODAY)
    return pdf_text(path)[0]


def docx_text(path: Path) -> str:
    """Every word of a Word document: paragraphs, tables, header and footer."""
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
    parts += [p.text for s in d.sections for p in (*s.header.paragraphs, *s.footer.paragraphs)]
    return " ".join(parts)


def vocabulary(text: str) -> set[str]:
    """The words of a text without the running page frame (dates of production, page x/y)."""
    return {w for w in FRAME.sub(" ", text).split() if any(ch.isalnum() for ch in w)}


def test_the_brief_asks_for_decisions_and_words_the_remedy_by_cause(world, tmp_path):
    text = brief_pdf_text(world, world.second.id, tmp_path / "note.pdf")
    assert "NOTE D’INFORMATION à l’attention de Monsieur le Gouverneur" in text
    assert "1. Messages clés" in text
    assert "Points soumis à la décision de M. le Gouverneur" in text
    assert "Recommandation du secrétariat Demander le retour des forces." in text
    assert "Action demandée à M. le Gouverneur Écrire aux autorités militaires à Bamako." in text
    # Money only for the lack of resources; the escorts need a redeployment.
    assert "1 engagement est arrêté faute de moyens : financer son reste à financer" in text
    assert (
        "1 engagement est arrêté par la situation sécuritaire : sa reprise suppose un "
        "redéploiement des forces, qu’un financement seul n’apportera pas." in text
    )
    assert "Autorités militaires à Bamako" in text and "Courrier du Gouverneur" in text
    # The previous session's decision is followed up, late.
    assert "Suivi de la session précédente" in text
    assert "Réunir les bailleurs Secrétariat 30/04/2020 À faire — en retard" in text


def test_the_word_brief_holds_the_same_text_as_the_pdf(world, tmp_path):
    pdf_words = vocabulary(brief_pdf_text(world, world.second.id, tmp_path / "note.pdf"))
    path = tmp_path / "note.docx"
    docx_files.make_brief_docx(world.sample.db, world.second.id, path, JobState(), today=TODAY)
    word_words = vocabulary(docx_text(path))
    assert word_words == pdf_words
    d = docx.Document(str(path))
    assert [p.text for p in d.paragraphs if p.style.name == "Heading 2"][:2] == [
        "1. Messages clés",
        "2. Chiffres clés",
    ]
    assert d.inline_shapes  # the map (and the chart) as pictures


def test_the_minutes_show_attendance_review_decisions_and_next_session(world, tmp_path):
    path = tmp_path / "cr.pdf"
    result = minutes_pdf.make_pdf(world.sample.db, world.first.id, path, JobState(), today=TODAY)
    text, pages = pdf_text(path)
    assert pages == result.pages
    assert "COMPTE RENDU DE SESSION" in text and "Session n° 1 — session ordinaire" in text
    assert "3 participants (femmes : 1, hommes : 1, non renseigné : 1)." in text
    assert "Relancer les patrouilles. Réunir les bailleurs Secrétariat 30/04/2020" in text
    assert "Session n° 2 le 15/01/2021." in text
    assert "CT — Compte rendu — session n° 1 du 01/03/2020" in text  # the brief's frame
    word = tmp_path / "cr.docx"
    docx_files.make_minutes_docx(world.sample.db, world.first.id, word, JobState(), today=TODAY)
    assert vocabulary(docx_text(word)) == vocabulary(text)


def test_an_adopted_sessions_brief_stays_as_it_was(world, write, tmp_path):
    write(decisions.adopt_previous, world.second.id)
    before = brief_pdf_text(world, world.first.id, tmp_path / "avant.pdf")
    write(add_resource_need, world.checkpoint, ResourceNeedInput(
        category=ResourceCategory.VEHICLES, unit_cost=Decimal(7_000_000)))  # fmt: skip
    write(cs.change_status, world.escorts, CommitmentStatus.ACTIVE, on=date(2020, 10, 1),
          today=TODAY)  # fmt: skip
    after = brief_pdf_text(world, world.first.id, tmp_path / "apres.pdf")
    assert FRAME.sub("", after) == FRAME.sub("", before)
    assert "figés lors de l’adoption des conclusions de cette session" in after


def test_the_minutes_command_writes_pdf_and_word(capsys, demo_db, tmp_path):
    out = tmp_path / "cr.pdf"
    args = ["minutes", "--db", demo_db.location, "-o", str(out), "--framework",
            "CGCS Tombouctou-Taoudéni", "--meeting", "3"]  # fmt: skip
    assert commands.main(args) == 0
    assert "Compte rendu de la session n°\u00a03" in capsys.readouterr().out
    text, _ = pdf_text(out)
    assert "Conclusions adoptées à la session n° 4" in text
    assert "Dialogue entre jeunes" in text
    word = tmp_path / "cr.docx"
    assert commands.main([*args[:3], "-o", str(word), *args[5:]]) == 0
    assert "Dialogue entre jeunes et chefs terrain" in docx_text(word)
