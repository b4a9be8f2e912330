"""Session › Points for decision…: the points the secretariat submits to the Governor for a
session — for each, the situation, the options, its recommendation, the action asked and the
blocked commitment it is about. One row per point; the brief prints them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from secframe.services import preparation as prep
from secframe.services.commitments import CommitmentRow
from secframe.ui.context import AppContext
from secframe.ui.meetings.session_actions import save_then_close
from secframe.ui.widgets.cut_cells import tips_on_cut_cells
from secframe.ui.widgets.screen import resize_to_fit

TITLE, SITUATION, OPTIONS, RECOMMENDATION, ACTION, COMMITMENT = range(6)
OPTION_SEPARATOR = " / "


class PreparationDialog(QDialog):
    """Edits the decision points of a session that is not locked."""

    def __init__(
        self,
        context: AppContext,
        meeting_id: int,
        points: list[prep.DecisionPointInfo],
        commitments: list[CommitmentRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.commitments = [c for c in commitments if c.status.is_open]
        self.setWindowTitle(self.tr("Points for the Governor's decision"))
        help_text = QLabel(
            self.tr(
                "One row per point. Separate the options with « / ». The brief prints them "
                "under « Points submitted to the Governor's decision »."
            )
        )
        help_text.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Point"),
                self.tr("Situation"),
                self.tr("Options"),
                self.tr("Recommendation"),
                self.tr("Action asked of the Governor"),
                self.tr("Commitment concerned"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        tips_on_cut_cells(self.table)
        for p in points:
            self.add_row(p)
        add = QPushButton(self.tr("&Add a point"), self)
        remove = QPushButton(self.tr("&Remove the point"), self)
        add.clicked.connect(lambda: self.add_row(None))
        remove.clicked.connect(self.remove_row)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        resize_to_fit(self, 1100, 500)

    def add_row(self, point: prep.DecisionPointInfo | None) -> None:
        """A row for a point (empty for a new one)."""
        r = self.table.rowCount()
        self.table.insertRow(r)
        texts = ("", "", "", "", "")
        if point is not None:
            texts = (
                point.title,
                point.situation or "",
                OPTION_SEPARATOR.join(point.options),
                point.recommendation or "",
                point.action_asked or "",
            )
        for column, text in enumerate(texts):
            self.table.setItem(r, column, QTableWidgetItem(text))
        box = QComboBox(self.table)
        box.addItem(self.tr("(none)"), None)
        for c in self.commitments:
            box.addItem(c.title, c.id)
        if point is not None and point.commitment_id is not None:
            box.setCurrentIndex(max(box.findData(point.commitment_id), 0))
        self.table.setCellWidget(r, COMMITMENT, box)

    def remove_row(self) -> None:
        """Remove the selected point."""
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def points(self) -> tuple[prep.DecisionPointInput, ...]:
        """The points as entered (rows without a title are left out)."""
        out = []
        for r in range(self.table.rowCount()):

            def text(column: int, r: int = r) -> str:
                item = self.table.item(r, column)
                return item.text().strip() if item is not None else ""

            if not text(TITLE):
                continue
            box = self.table.cellWidget(r, COMMITMENT)
            commitment = box.currentData() if isinstance(box, QComboBox) else None
            options = tuple(o.strip() for o in text(OPTIONS).split("/") if o.strip())
            out.append(
                prep.DecisionPointInput(
                    text(TITLE),
                    text(SITUATION) or None,
                    options,
                    text(RECOMMENDATION) or None,
                    text(ACTION) or None,
                    commitment,
                )
            )
        return tuple(out)

    def save(self) -> None:
        """Save in the background; the dialog closes once saved."""
        points = self.points()
        meeting_id = self.meeting_id

        def job(session: Session) -> object:
            return prep.set_decision_points(session, meeting_id, points)

        save_then_close(self.context, self, self.buttons, job, "decision points")


def edit_points(
    context: AppContext, parent: QWidget, meeting_id: int, commitments: list[CommitmentRow]
) -> None:
    """Read the session's decision points in the background, then open the dialog."""

    def show(points: list[prep.DecisionPointInfo]) -> None:
        PreparationDialog(context, meeting_id, points, commitments, parent).open()

    context.load(
        parent,
        f"decision-points:{meeting_id}",
        lambda session: prep.decision_points(session, meeting_id),
        show,
    )
