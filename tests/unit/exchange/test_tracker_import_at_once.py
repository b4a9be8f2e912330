"""One import changing a commitment's fields, deadline, status and resource line at once: the
changes are left for one flush, and every one of them is still logged, audited and checked."""

from __future__ import annotations

from datetime import date, datetime

from secframe.models import AuditAction, CommitmentStatus
from secframe.services import commitments as cs
from secframe.services import resources as rs
from secframe.services.history import audit_trail
from tests.fixtures.builders import TODAY
from tests.fixtures.exchange import build_tracker, dump, edit, export_tracker, import_file, row_of

C = "Engagements"
SOURCE = "Import de suivi.xlsx"
TITLE = "Patrouilles sur l'axe Tombouctou – Goundam (relancées)"


def _edit_everything(tracker, path):
    """The patrol retitled, its deadline moved, suspended, and its fuel line received."""
    row = row_of(path, C, "ID", tracker.patrol)
    edit(path, C, {(row, "Intitulé"): TITLE, (row, "Échéance actuelle"): datetime(2019, 12, 31),
                   (row, "Motif du dernier report d’échéance"): "Saison des pluies",
                   (row, "Statut"): "Suspendu", (row, "Date du dernier changement de statut"): datetime(2019, 8, 1),
                   (row, "Cause"): "Manque de moyens", (row, "Motif"): "Plus de carburant"})  # fmt: skip
    line = row_of(path, "Besoins", "ID engagement", tracker.patrol)
    edit(path, "Besoins", {(line, "Reçu"): 300_000})


def test_every_change_of_one_row_is_logged_and_audited(sample, tmp_path):
    tracker = build_tracker(sample)
    path = tmp_path / "suivi.xlsx"
    export_tracker(tracker, path)
    _edit_everything(tracker, path)
    report = import_file(tracker.db, tracker.framework_id, path)
    assert report.applied and not report.has_errors, [str(e) for e in report.errors]
    with tracker.db.read() as s:
        d = cs.get_commitment(s, tracker.patrol, today=TODAY)
        trail = audit_trail(s, "Commitment", tracker.patrol)
        line_trail = audit_trail(s, "ResourceNeed", tracker.fuel_line)
        revision_trail = audit_trail(s, "DeadlineRevision", d.revisions[-1].id)
        received = rs.need_infos(s, tracker.patrol)[0].received
    assert d.row.title == TITLE and d.row.status == CommitmentStatus.SUSPENDED
    assert (d.row.deadline, d.revisions[-1].reason) == (date(2019, 12, 31), "Saison des pluies")
    assert [(c.from_status, c.to_status, c.changed_on) for c in d.status_log[-1:]] == [
        (CommitmentStatus.ACTIVE, CommitmentStatus.SUSPENDED, date(2019, 8, 1))
    ]
    assert received == 300_000
    imported = [e for e in trail if e.context == SOURCE]
    fields = {
        e.field: (e.old_value, e.new_value) for e in imported if e.action == AuditAction.UPDATE
    }
    assert fields["title"] == ("Patrouilles sur l'axe Tombouctou – Goundam", TITLE)
    assert fields["status"] == ("active", "suspended")
    assert fields["deadline"] == ("2019-06-30", "2019-12-31")
    assert "original_deadline" not in fields  # unchanged: the partner moved the current one
    assert [(e.action, e.context) for e in revision_trail] == [(AuditAction.CREATE, SOURCE)]
    assert [(e.old_value, e.new_value) for e in line_trail if e.field == "received"] == [
        ("150000", "300000")
    ]


def test_a_dry_run_of_the_same_changes_leaves_the_database_byte_identical(sample, tmp_path):
    tracker = build_tracker(sample)
    path = tmp_path / "suivi.xlsx"
    export_tracker(tracker, path)
    _edit_everything(tracker, path)
    before = dump(tracker.db)
    report = import_file(tracker.db, tracker.framework_id, path, dry_run=True)
    assert not report.applied and not report.has_errors
    assert (report.tally("commitments").updated, report.tally("resources").updated) == (1, 1)
    assert report.tally("status_changes").created == report.tally("deadline_revisions").created
    assert dump(tracker.db) == before
