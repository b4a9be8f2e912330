"""Qt's own words missing from the ``qtbase_<code>.qm`` that PySide6 ships.

Qt 6 renamed some labels of its standard dialogs (« &Look in: », « Files of &type: ») and its
French catalogue still holds the old ones, so the file dialog showed English in the French
app. ``GapsTranslator`` answers for these only; it is installed before Qt's catalogue, so it
is consulted last, when no other catalogue has the text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

NBSP = "\u00a0"

# language -> (context, source, disambiguation) -> translation
GAPS: dict[str, dict[tuple[str, str, str | None], str]] = {
    "fr": {
        ("QFileDialog", "&Look in:", None): f"&Voir dans{NBSP}:",
        ("QFileDialog", "Files of &type:", None): f"Fichiers de &type{NBSP}:",
        ("QAbstractFileIconProvider", "Folder", "All other platforms"): "Dossier",
        ("QAbstractFileIconProvider", "File", "All other platforms"): "Fichier",
        ("QAbstractFileIconProvider", "Drive", None): "Lecteur",
        ("QLocale", "%1 bytes", None): "%1 octets",
        ("QFileSystemModel", "%1 bytes", None): "%1 octets",
    },
}


class GapsTranslator(QTranslator):
    """Translates the few standard-dialog texts Qt's own catalogue lacks."""

    def __init__(self, code: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = GAPS.get(code, {})

    def isEmpty(self) -> bool:
        return not self.table

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string) lets Qt use the source text; "" would blank it.
        return self.table.get((context, source, disambiguation or None))
