"""The History tab of the commitment editor: three read-only tables filled from the history
read-model (``services.commitments.history``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QTableWidget, QVBoxLayout, QWidget

from secframe.services.commitments import DeadlineRevisionInfo, StatusChangeInfo
from secframe.services.commitments.history import (
    audit_headers,
    audit_rows,
    revision_headers,
    revision_rows,
    status_headers,
    status_rows,
)
from secframe.services.history import AuditInfo
from secframe.ui.widgets.readonly import fill_table, log_table, log_title


class HistoryTab(QWidget):
    """Three tables: status changes, deadline revisions, and every recorded change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_table = log_table(status_headers(), self)
        self.revision_table = log_table(revision_headers(), self)
        self.audit_table = log_table(audit_headers(), self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("history_splitter")
        self.revision_box = _group(self.tr("Deadline revisions"), self.revision_table)
        splitter.addWidget(_group(self.tr("Status changes"), self.status_table))
        splitter.addWidget(self.revision_box)
        splitter.addWidget(_group(self.tr("All recorded changes"), self.audit_table))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_history(
        self,
        log: Sequence[StatusChangeInfo],
        revisions: Sequence[DeadlineRevisionInfo],
        audit: Sequence[AuditInfo],
    ) -> None:
        """Fill the three tables."""
        rows, chips = status_rows(log)
        fill_table(self.status_table, rows, chips)
        fill_table(self.revision_table, revision_rows(revisions))
        self.revision_box.setTitle(log_title(self.tr("Deadline revisions"), len(revisions)))
        fill_table(self.audit_table, audit_rows(audit))


def _group(title: str, table: QTableWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(table)
    return box
