"""Help › About: version, database location, schema revision and data attributions."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from secframe import __version__
from secframe.db import Database
from secframe.ui.widgets.screen import resize_to_fit


class AboutDialog(QDialog):
    """What this copy of secframe is, what it has open, and whose data it ships."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About secframe"))
        try:
            revision = db.revision() or "—"
        except Exception:  # an unreachable server must not stop the dialog
            revision = "—"
        rows = [
            (self.tr("Version"), f"secframe {__version__} (Qt for Python {pyside_version})"),
            (self.tr("Database"), db.location),
            (self.tr("Schema revision"), revision),
        ]
        table = "".join(
            f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        text = (
            "<h2>secframe</h2><p>"
            + html.escape(
                self.tr(
                    "The tracker of the secretariats of collaborative security management "
                    "frameworks and local dialogue forums."
                )
            )
            + f"</p><table>{table}</table><h3>"
            + html.escape(self.tr("Data"))
            + "</h3><ul>"
            + "".join(
                f"<li>{html.escape(item)}</li>"
                for item in (
                    self.tr(
                        "Regions and cercles, P-codes and boundaries: OCHA Mali – COD-AB "
                        "(Creative Commons Attribution), simplified."
                    ),
                    self.tr(
                        "Cercle names and 2020 population: OCHA Mali – COD-PS "
                        "(Creative Commons Attribution)."
                    ),
                    self.tr(
                        "Example frameworks: from the Centre for Humanitarian Dialogue's "
                        "“Facilitating the implementation of a national agreement through local "
                        "mediation” and International Alert's “Bridging deep divisions in Mali”. "
                        "Amounts, incidents and session details in the example are illustrative."
                    ),
                )
            )
            + "</ul>"
        )
        label = QLabel(text)
        label.setObjectName("about_text")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        resize_to_fit(self, 600, 440)

    @property
    def text(self) -> str:
        """The dialog's text (for tests)."""
        label = self.findChild(QLabel, "about_text")
        return label.text() if label is not None else ""
