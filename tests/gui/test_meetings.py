"""The Sessions page: editing a session, the review, decisions, adopting conclusions, locked
sessions shown read-only (and refused by the services behind), printing the brief."""

from __future__ import annotations

from datetime import date

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from secframe.jobs import JobState
from secframe.models import CommitmentStatus, ReviewOutcome, Sex
from secframe.services import commitments as cs
from secframe.services import meetings as ms
from secframe.services import review as rv
from secframe.ui.context import AppContext
from secframe.ui.dialogs import ask
from secframe.ui.main_window import MainWindow
from secframe.ui.meetings import documents, printing
from secframe.ui.meetings.decision_dialog import CREATE, DecisionDialog
from secframe.ui.meetings.page import MeetingsPage
from secframe.ui.meetings.review_dialog import ReviewDialog
from secframe.ui.meetings.tables import SESSIONS
from tests.fixtures.pdf import pdf_text, words
from tests.gui.helpers import timbuktu_context
from tests.integration.test_governor_documents import docx_text

WAIT = 10_000


@pytest.fixture
def context(demo_db, tmp_path) -> AppContext:
    return timbuktu_context(demo_db, tmp_path)


@pytest.fixture
def page(qtbot, context) -> MeetingsPage:
    widget = MeetingsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()  # the sessions are read once the page is on screen
    qtbot.waitUntil(lambda: widget.data is not None, timeout=WAIT)
    return widget


@pytest.fixture
def errors(shown_messages) -> list[str]:
    """Messages the page shows as warnings (recorded by the GUI tests' conftest)."""

    class Warnings(list):
        def _texts(self) -> list[str]:
            return [text for kind, text in shown_messages if kind == "warning"]

        def __bool__(self) -> bool:
            return bool(self._texts())

        def __getitem__(self, index):  # type: ignore[no-untyped-def]
            return self._texts()[index]

    return Warnings()


def answer(monkeypatch, button: QMessageBox.StandardButton) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: button)


def select(qtbot, page: MeetingsPage, number: int) -> None:
    page.list.selectRow(next(i for i, m in enumerate(page.model.rows) if m.number == number))
    qtbot.waitUntil(
        lambda: page.data is not None and page.data.meeting.number == number, timeout=WAIT
    )


def test_the_latest_session_is_shown_with_its_attendance(page):
    assert page.data.meeting.number == 4
    assert page.editor.place.text() == "Gouvernorat de Tombouctou"
    assert page.editor.value().agenda[0].startswith("Relance des escortes")
    assert (
        "Présents\u00a0: 13 — femmes\u00a0: 3, hommes\u00a0: 10"
        in page.editor.attendance.counts.text()
    )
    assert not page.banner.isVisible() and page.editor.place.isEnabled()
    assert page.review.model.rowCount() == len(page.data.sheet.items) == 7


def test_a_locked_session_is_read_only_with_who_and_when(qtbot, page, context, errors):
    select(qtbot, page, 3)
    page.show()
    assert page.banner.isVisible()
    assert "adoptées à la session n°\u00a04" in page.banner.text()
    assert page.data.meeting.locked_by in page.banner.text()
    assert not page.editor.place.isEnabled() and page.editor.agenda.isReadOnly()
    assert not page.editor.attendance.add_button.isEnabled()
    assert not page.save_button.isEnabled() and not page.delete_button.isEnabled()
    assert not page.review.unchanged_button.isEnabled()
    assert not page.review.rest_button.isEnabled()
    assert not page.decisions.add_button.isEnabled()
    assert page.print_button.isEnabled() and page.pdf_button.isEnabled()  # still printable
    page.review.mark_rest_unchanged()  # disabled: does nothing
    # forced past the disabled button, the service still refuses and the user is told
    page.review.rest_button.setEnabled(True)
    page.review.rest_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT)
    assert "La session n°\u00a03 est verrouillée" in errors[0]
    with context.db.read() as s:
        assert rv.review_sheet(s, page.data.meeting.id).reviewed == 0


def test_recording_a_status_change_in_the_review(qtbot, page, context, errors):
    page.tabs.setCurrentIndex(1)
    item = next(i for i in page.data.sheet.items if i.commitment.status.value == "active")
    dialog = ReviewDialog(context, page.data.meeting, item, page)
    qtbot.addWidget(dialog)
    dialog.choices.button(1).setChecked(True)  # status change
    assert dialog.new_status.currentData() == "suspended"  # the likely change of an active one
    assert "completed" not in dialog.cause.offered() and "handover" not in dialog.cause.offered()
    assert "forces_withdrawal" in dialog.cause.offered()
    assert dialog.cause_label.text() == "&Cause (obligatoire)"  # marked, as in the editors
    assert dialog.reason_label.text() == "&Motif (obligatoire)"
    dialog.save()  # no cause, no reason: refused beside the field, the dialog stays open
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=WAIT)
    assert dialog.errors.message("cause") == "Choisissez une cause."
    assert errors == []  # no pop-up
    dialog.cause.setCurrentIndex(dialog.cause.findData("resources"))
    dialog.reason.setPlainText("Faute de carburant.")
    dialog.changed_on.setDate(dialog.changed_on.date())  # the session's date
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.save()
    qtbot.waitUntil(lambda: page.data.sheet.reviewed == 1, timeout=WAIT)
    entry = next(i for i in page.data.sheet.items if i.entry is not None).entry
    assert entry.outcome == ReviewOutcome.STATUS_CHANGE
    assert entry.status_change.meeting_id == page.data.meeting.id
    assert "Examinés\u00a0: 1 sur 7" in page.review.progress.text()


def test_no_change_for_the_selection_and_the_rest(qtbot, page):
    page.tabs.setCurrentIndex(1)
    gap = page.review.model.column_index("gap")
    page.review.table.sortByColumn(gap, Qt.SortOrder.DescendingOrder)  # the largest gap first
    first = page.review.proxy.row_at(0)
    assert first.commitment.gap == max(i.commitment.gap for i in page.data.sheet.items)
    page.review.table.selectRow(0)
    page.review.unchanged_button.click()
    qtbot.waitUntil(lambda: page.data.sheet.reviewed == 1, timeout=WAIT)
    page.review.show_filter.setCurrentIndex(1)  # not yet reviewed
    assert page.review.proxy.rowCount() == 6
    assert first.commitment.id not in {r.commitment.id for r in page.review.proxy.visible_rows()}
    page.review.rest_button.click()
    qtbot.waitUntil(lambda: page.data.sheet.reviewed == 7, timeout=WAIT)
    assert page.data.sheet.outcomes[ReviewOutcome.NO_CHANGE] == 7


def test_a_new_session_is_numbered_after_the_last_and_saved(qtbot, page, context):
    page.new_session()
    assert page.editor.number.value() == 5 and page.save_button.isEnabled()
    assert not page.tabs.isTabEnabled(1)  # no review before the session exists
    page.editor.place.setText("Gouvernorat de Tombouctou")
    page.editor.attendance.add_row(ms.AttendeeInput(name="Invitée", sex=Sex.FEMALE))
    assert "Présents\u00a0: 1 — femmes\u00a0: 1" in page.editor.attendance.counts.text()
    page.save_button.click()
    qtbot.waitUntil(lambda: page.data is not None and page.data.meeting.number == 5, timeout=WAIT)
    assert not page.editor.is_dirty() and page.tabs.isTabEnabled(1)
    with context.db.read() as s:
        saved = ms.get_meeting(s, page.data.meeting.id)
    assert saved.attendance[0].name == "Invitée" and saved.attendance[0].sex == Sex.FEMALE


def keep_answering(monkeypatch, answer: str) -> list[str]:
    """Answer every unsaved-changes question with ``answer``; returns the questions asked."""
    asked: list[str] = []
    monkeypatch.setattr(
        ask, "unsaved_changes", lambda parent, text=None: asked.append(text) or answer
    )
    return asked


def test_unsaved_changes_are_never_dropped_silently(qtbot, page, monkeypatch):
    page.editor.chair.setText("Gouverneur par intérim")
    assert page.editor.is_dirty() and page.save_button.isEnabled()
    asked = keep_answering(monkeypatch, "cancel")
    page.list.selectRow(1)
    assert asked == ["La session n°\u00a04 a des modifications non enregistrées."]
    assert page.data.meeting.number == 4 and page.editor.chair.text() == "Gouverneur par intérim"
    assert page.list.current_row().number == 4  # the list stays on the session being edited
    keep_answering(monkeypatch, "discard")
    select(qtbot, page, 3)
    assert page.editor.chair.text() == "Gouverneur de la région de Tombouctou"


def test_saving_before_moving_to_another_session(qtbot, page, context, monkeypatch):
    page.editor.chair.setText("Gouverneur par intérim")
    keep_answering(monkeypatch, "save")
    page.list.selectRow(1)  # session n° 3: the edits of n° 4 are saved first
    qtbot.waitUntil(lambda: page.data is not None and page.data.meeting.number == 3, timeout=WAIT)
    with context.db.read() as s:
        latest = max(ms.list_meetings(s, context.framework_id), key=lambda m: m.number)
    assert latest.chair == "Gouverneur par intérim"


@pytest.fixture
def window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    sessions = window.show_page("meetings")
    qtbot.waitUntil(lambda: sessions.data is not None, timeout=WAIT)
    sessions.editor.chair.setText("Gouverneur par intérim")  # not saved
    window.show_page("dashboard")
    return window


def test_closing_the_window_asks_about_unsaved_session_edits(qtbot, window, context, monkeypatch):
    asked = keep_answering(monkeypatch, "cancel")
    assert not window.close()  # keep editing
    assert window.current_key() == "meetings"  # the page with the edits is shown
    assert asked == ["La session n°\u00a04 a des modifications non enregistrées."]
    keep_answering(monkeypatch, "save")
    assert not window.close()  # saved first, in the background …
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)  # … then the window closes
    with context.db.read() as s:
        latest = max(ms.list_meetings(s, context.framework_id), key=lambda m: m.number)
    assert latest.chair == "Gouverneur par intérim"


def test_switching_framework_or_database_asks_about_unsaved_session_edits(
    qtbot, window, context, monkeypatch
):
    from secframe.ui import database_actions

    asked = keep_answering(monkeypatch, "cancel")
    timbuktu = context.framework_id
    window.framework_box.setCurrentIndex(
        window.framework_box.findText("Forum", Qt.MatchFlag.MatchContains)
    )
    assert context.framework_id == timbuktu  # kept on the framework being edited
    assert window.framework_box.currentData() == timbuktu
    opened: list[str] = []
    monkeypatch.setattr(database_actions, "open_in_background", lambda *a, **k: opened.append(a[1]))
    database_actions.open_database(window, "autre.sqlite3")
    assert opened == [] and len(asked) == 2
    keep_answering(monkeypatch, "discard")
    database_actions.open_database(window, "autre.sqlite3")
    assert opened == ["autre.sqlite3"]
    assert not window.page("meetings").has_unsaved_changes()


def test_adopting_the_previous_conclusions_locks_it(qtbot, page, context, monkeypatch):
    assert not page.adopt_button.isEnabled()  # session n° 3 is already locked
    with context.db.write() as s:
        ms.create_meeting(s, context.framework_id, ms.MeetingInput(5, date(2020, 9, 1)))
    context.notify_changed("Meeting")  # as any other view would after a write
    qtbot.waitUntil(lambda: len(page.model.rows) == 5, timeout=WAIT)
    select(qtbot, page, 5)
    assert page.adopt_button.isEnabled()
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.adopt_previous()
    qtbot.waitUntil(lambda: page.model.rows and page.model.rows[1].locked, timeout=WAIT)
    assert page.model.rows[1].number == 4 and not page.adopt_button.isEnabled()


def test_a_decision_creates_a_prefilled_commitment(qtbot, page, context):
    m, data = page.data.meeting, page.data
    dialog = DecisionDialog(context, m, data.members, data.commitments, None, page)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Reprendre l'opération Alafia. Moyens demandés aux partenaires.")
    dialog.choices.button(CREATE).setChecked(True)
    assert dialog.title.text() == "Reprendre l'opération Alafia"
    dialog.lead.setCurrentIndex(dialog.lead.findText("CMA"))
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.save()
    qtbot.waitUntil(lambda: len(page.data.meeting.decisions) == 1, timeout=WAIT)
    ((cid, _effect),) = page.data.meeting.decisions[0].links
    with context.db.read() as s:
        created = cs.get_commitment(s, cid)
    assert created.row.title == "Reprendre l'opération Alafia"
    assert created.source_meeting_id == m.id and created.row.lead_member == "CMA"
    assert created.row.status == CommitmentStatus.PLANNED
    assert "créé" in page.decisions.list.item(0).text().lower()
    panel = page.decisions
    panel.list.setCurrentItem(None)
    assert panel.add_button.isEnabled()
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
    panel.list.setCurrentRow(0)
    assert panel.edit_button.isEnabled() and panel.delete_button.isEnabled()


def test_the_brief_prints_and_saves_as_pdf(qtbot, page, context, tmp_path):
    brief, images = printing.assemble(context, page.data.meeting.id, JobState())
    preview = printing.BriefPreview(context, brief, images, page)
    qtbot.addWidget(preview)
    assert preview.save_action in preview.findChild(printing.QToolBar).actions()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi; the PDF file: 600
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(printing.pdf.a4_layout())
    preview.paint(printer)
    assert 2 <= preview.pages <= 6
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == preview.pages
    target = tmp_path / "note.pdf"
    printing.save_brief_pdf(context, page, brief, images, target)
    qtbot.waitUntil(target.exists, timeout=WAIT)
    text, pages = pdf_text(target)
    assert pages == preview.pages  # what is previewed is what is saved
    assert "NOTE D’INFORMATION" in text and "session n° 4" in text
    assert preview.word_action in preview.findChild(printing.QToolBar).actions()
    word = tmp_path / "note.docx"
    documents.save_brief_word(context, page, brief.meeting.id, brief.meeting.number, word)
    qtbot.waitUntil(word.exists, timeout=WAIT)
    assert "Points soumis à la décision de M. le Gouverneur" in words(docx_text(word))


def test_the_minutes_of_the_session_shown_are_saved_as_pdf_or_word(qtbot, page, context, tmp_path):
    m = page.data.meeting
    target = tmp_path / "cr.pdf"
    documents.save_minutes(context, page, m.id, m.number, target)
    qtbot.waitUntil(target.exists, timeout=WAIT)
    text, _ = pdf_text(target)
    assert "COMPTE RENDU DE SESSION" in text and "Session n° 4" in text
    word = tmp_path / "cr.docx"
    documents.save_minutes(context, page, m.id, m.number, word)
    qtbot.waitUntil(word.exists, timeout=WAIT)
    assert "Participation" in docx_text(word)


def test_the_meeting_menu_and_page_are_installed(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menu("meeting").actions() if a.text()]
    assert texts == [
        "&Nouvelle session",
        "&Revue des engagements ouverts",
        "&Adopter les conclusions précédentes…",
        "Points soumis à la déci&sion…",
        "&Imprimer la note de briefing…",
        "Enregistrer la note de briefing en P&DF…",
        "&Compte rendu…",
        "Compte rendu e&xpurgé…",
    ]
    assert isinstance(window.page("meetings"), MeetingsPage)
    shortcuts = [a.shortcut().toString() for a in window.menu("meeting").actions() if a.text()]
    assert all(shortcuts)


def test_the_session_lists_pass_qt_model_tests(qtmodeltester, page):
    for model in (page.model, page.proxy, page.review.model, page.review.proxy):
        qtmodeltester.check(model)


def titles(view) -> list[str]:
    """The titles of the columns a list shows, left to right."""
    header, model = view.horizontalHeader(), view.model()
    logical = [header.logicalIndex(v) for v in range(header.count())]
    return [
        model.headerData(i, Qt.Orientation.Horizontal)
        for i in logical
        if not view.isColumnHidden(i)
    ]


def test_session_lists_speak_french_sort_and_remember_their_columns(qtbot, page, context):
    assert titles(page.list) == ["N°", "Date", "Conclusions"]
    assert [m.number for m in page.model.rows] == [4, 3, 2, 1]  # the latest first
    assert page.proxy.index(0, 1).data() == "18/06/2020"
    assert page.proxy.index(1, SESSIONS.index("conclusions")).data() == "Adoptées"
    assert titles(page.review.table)[:3] == ["Engagement", "Chef de file", "Statut"]
    gap = page.review.model.column_index("gap")
    escorts = next(i for i in page.review.model.rows if i.commitment.title.startswith("Escortes"))
    row = page.review.model.row_of(escorts.commitment.id)
    assert page.review.model.index(row, gap).data() == "15\u00a0400\u00a0000\u00a0FCFA"
    page.list.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by date, the oldest first
    assert [m.number for m in page.proxy.visible_rows()] == [1, 2, 3, 4]
    assert page.list.current_row().number == 4  # the session shown stays selected
    page.list.show_column(SESSIONS.index("place"), True)
    page.review.table.show_column(gap, False)
    page.save_layout()
    again = MeetingsPage(context)
    qtbot.addWidget(again)
    assert "Lieu" in titles(again.list)
    assert "Écart" not in titles(again.review.table)
    assert again.list.horizontalHeader().sortIndicatorSection() == 1


def test_the_sessions_are_read_once_the_page_is_shown_and_menu_actions_wait_for_them(
    qtbot, context
):
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    qtbot.wait(200)
    assert page.data is None and page.model.rowCount() == 0  # hidden: nothing read yet
    shown: list[int] = []
    page.when_ready(lambda: shown.append(page.current_id() or 0))
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)  # read on demand, then run
    assert page.data is not None and shown == [page.data.meeting.id]


def test_the_review_can_be_searched(qtbot, page):
    page.review.search.setText("alafia")
    assert [i.commitment.title for i in page.review.proxy.visible_rows()] == [
        "Opération Alafia contre le banditisme"
    ]
    page.review.search.setText("fama")  # the lead member, accents and capitals ignored
    assert {i.commitment.lead_member for i in page.review.proxy.visible_rows()} == {"FAMa"}
    page.review.search.clear()
    assert page.review.proxy.rowCount() == 7


def test_the_status_bar_counts_the_sessions(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.show_page("meetings")
    qtbot.waitUntil(lambda: window.records_label.text() == "4 sessions", timeout=WAIT)


def test_the_points_for_decision_are_edited_and_reach_the_brief(qtbot, page, context):
    from secframe.services import preparation as prep
    from secframe.ui.meetings.preparation_dialog import PreparationDialog

    m = page.data.meeting
    with context.db.read() as s:
        points = prep.decision_points(s, m.id)
    dialog = PreparationDialog(context, m.id, points, page.data.commitments, page)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3  # the example's three points for session 4
    dialog.add_row(None)
    last = dialog.table.rowCount() - 1
    dialog.table.item(last, 0).setText("Réunir les bailleurs")
    dialog.table.item(last, 2).setText("Table ronde / Courrier")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=WAIT)
    with context.db.read() as s:
        saved = prep.decision_points(s, m.id)
    assert [p.title for p in saved][-1] == "Réunir les bailleurs"
    assert saved[-1].options == ("Table ronde", "Courrier")
    assert saved[0].commitment_id == points[0].commitment_id
