"""Screenshots of the desktop app with the example frameworks, for the README.

    Xvfb :91 -screen 0 1400x900x24 &
    DISPLAY=:91 .venv/bin/python tools/screenshots_ui.py [docs/screenshots]

Builds the example database in a throw-away data folder, opens the main window in French on
the Timbuktu and Taoudéni framework, and saves the commitments list and the commitment editor.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Take the screenshots; returns the exit status."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    os.environ["SECFRAME_HOME"] = tempfile.mkdtemp(prefix="secframe-shots-")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from secframe.db import Database
    from secframe.services.demo import build_demo
    from secframe.ui.context import AppContext
    from secframe.ui.language import install_language
    from secframe.ui.main_window import MainWindow
    from secframe.ui.settings import remember_framework

    install_language("fr")
    db = Database.open(Path(os.environ["SECFRAME_HOME"]) / "exemple.sqlite3")
    with db.write("demo") as session:
        timbuktu = build_demo(session)[0]
    context = AppContext(db)
    remember_framework(context.settings, db.location, timbuktu)
    window = MainWindow(context)
    window.resize(1360, 820)
    window.show()
    page = window.show_page("commitments")

    def settle(ms: int = 800) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    settle(1500)
    page.view.select_ids([next(r.id for r in page.model.rows if "Alafia" in r.row.title)])
    settle()
    window.grab().save(str(out / "commitments.png"))
    editor = page.editor(page.view.selected_rows()[0].id)
    settle()
    editor.grab().save(str(out / "commitment-editor.png"))
    editor.tabs.setCurrentWidget(editor.needs)
    settle()
    editor.grab().save(str(out / "commitment-editor-needs.png"))
    editor.done(0)
    window.close()
    db.close()
    app.quit()
    print(f"Screenshots written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
