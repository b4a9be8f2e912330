"""Screenshots of the desktop app with the example frameworks, for the README.

    Xvfb :91 -screen 0 1366x768x24 &
    DISPLAY=:91 .venv/bin/python tools/screenshots_ui.py [src/secframe/resources/guide/screenshots]

Builds the example database in a throw-away data folder and opens the main window in French on
the Timbuktu and Taoudéni framework, at the size it takes on an office laptop's 1366 × 768
screen. Saves, into the folder the built-in guide shows them from (package data, so that an
installed app has them; the README links to the same files):

- commitments.png: the commitments list, Operation Alafia selected;
- commitment-editor.png, commitment-editor-needs.png: its editor, first tab and Needs tab;
- dashboard.png: the dashboard, the window made as tall as the whole page;
- guide.png: the built-in guide (F1) at its section on recording a commitment;
- brief-p1.png: the first page of the brief of the latest session, at 100 dpi;
- tracker-export.png: the exported tracker as LibreOffice prints it, the Summary sheet above
  the start of the Commitments sheet.

The last two need pdftoppm (poppler-utils), the last one LibreOffice (soffice) too; without
them those images are left as they are. The status bar, which shows where the database is, is
hidden so that no screenshot shows a folder of the machine that took it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LAPTOP = (1366, 728)  # 1366 × 768 less a taskbar
WORK = Path(tempfile.mkdtemp(prefix="secframe-shots-"))
SHOTS = ROOT / "src" / "secframe" / "resources" / "guide" / "screenshots"


def settle(ms: int = 800) -> None:
    """Let the event loop run for a while (background loads, charts)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main_window_shots(window: Any, out: Path) -> None:
    """The commitments list, the commitment editor and the dashboard."""
    page = window.show_page("commitments")
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
    dashboard = window.show_page("dashboard")
    settle(2500)
    area = dashboard.scroll_area
    missing = area.widget().sizeHint().height() - area.viewport().height()
    window.resize(window.width(), window.height() + max(0, missing) + 8)
    settle(2500)
    window.grab().save(str(out / "dashboard.png"))


def guide_shot(out: Path) -> None:
    """The built-in guide, as F1 shows it from the commitment editor."""
    from secframe.ui.guide import show_guide

    guide = show_guide("commitment")
    settle()
    guide.grab().save(str(out / "guide.png"))
    guide.close()


def brief_shot(context: Any, out: Path) -> None:
    """The first page of the latest session's brief."""
    from secframe.jobs import JobState
    from secframe.printing import brief_pdf
    from secframe.services import meetings

    with context.db.read() as session:
        latest = meetings.list_meetings(session, context.framework_id)[0]
    brief, images = brief_pdf.assemble(context.db, latest.id, JobState())
    pdf = WORK / "brief.pdf"
    brief_pdf.write(brief, pdf, images)
    render_page(pdf, 1, out / "brief-p1.png", dpi=100)


def tracker_shot(context: Any, out: Path) -> None:
    """The exported tracker's Summary sheet over the top of its Commitments sheet."""
    from PySide6.QtGui import QImage, QPainter

    from secframe.exchange.tracker import export
    from secframe.jobs import JobState

    workbook = WORK / "suivi.xlsx"
    export.run(context.db, context.framework_id, workbook, export.ExportOptions(), JobState())
    soffice = shutil.which("soffice") or "soffice"
    convert = [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(workbook)]
    subprocess.run(convert, check=True, capture_output=True, timeout=180)
    summary, commitments = WORK / "summary.png", WORK / "commitments.png"
    render_page(WORK / "suivi.pdf", 1, summary, dpi=110, crop=(30, 50, 1190, 610))
    render_page(WORK / "suivi.pdf", 2, commitments, dpi=170, crop=(40, 75, 1190, 520))
    top, bottom = QImage(str(summary)), QImage(str(commitments))
    image = QImage(top.width(), top.height() + bottom.height(), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.drawImage(0, 0, top)
    painter.drawImage(0, top.height(), bottom)
    painter.end()
    image.save(str(out / "tracker-export.png"))


def render_page(
    pdf: Path, page: int, target: Path, dpi: int, crop: tuple[int, int, int, int] | None = None
) -> None:
    """One page of a PDF as a PNG (pdftoppm), optionally cropped to (x, y, width, height)."""
    command = ["pdftoppm", "-png", "-singlefile", "-r", str(dpi), "-f", str(page), "-l", str(page)]
    if crop is not None:
        x, y, width, height = crop
        command += ["-x", str(x), "-y", str(y), "-W", str(width), "-H", str(height)]
    subprocess.run([*command, str(pdf), str(target.with_suffix(""))], check=True, timeout=120)


def main() -> int:
    """Take the screenshots; returns the exit status."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else SHOTS
    out.mkdir(parents=True, exist_ok=True)
    os.environ["SECFRAME_HOME"] = str(WORK)
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from secframe.db import Database
    from secframe.services.demo import build_demo
    from secframe.ui.context import AppContext
    from secframe.ui.language import install_language
    from secframe.ui.main_window import MainWindow
    from secframe.ui.settings import remember_framework

    install_language("fr")
    db = Database.open(WORK / "exemple.sqlite3")
    with db.write("demo") as session:
        timbuktu = build_demo(session)[0]
    context = AppContext(db)
    remember_framework(context.settings, db.location, timbuktu)
    window = MainWindow(context)
    window.resize(*LAPTOP)
    window.statusBar().hide()  # it shows the database's folder on this machine
    window.show()
    main_window_shots(window, out)
    guide_shot(out)
    if shutil.which("pdftoppm"):
        brief_shot(context, out)
        if shutil.which("soffice"):
            tracker_shot(context, out)
    else:
        print("pdftoppm not found: brief-p1.png and tracker-export.png left as they are")
    window.close()
    db.close()
    app.quit()
    print(f"Screenshots written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
