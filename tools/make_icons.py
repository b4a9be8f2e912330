"""Render secframe's icon files from the SVG master, reproducibly (Qt's SVG renderer).

    python tools/make_icons.py

Writes, from resources/icons/secframe.svg:

- resources/icons/secframe-{16,32,48,64,128}.png: the sizes of the Linux desktop (hicolor
  theme) and of the AppStream metadata;
- resources/icons/secframe.ico: the Windows icon of the programs, shortcuts and installer,
  holding 16 to 256 pixels (PNG-compressed entries, read by Windows Vista and later);
- src/secframe/resources/icons/secframe.png: 256 pixels, the windows' icon, loaded at run time
  from the package (so also from an installed wheel or the standalone folder).

Run it again after changing the SVG and commit the results; the same Qt gives the same bytes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "resources" / "icons" / "secframe.svg"
PNG_SIZES = (16, 32, 48, 64, 128)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PACKAGE_ICON = ROOT / "src" / "secframe" / "resources" / "icons" / "secframe.png"


def render(size: int) -> bytes:
    """The icon at ``size`` × ``size`` pixels as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise SystemExit(f"{MASTER} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico file holding PNG images (one directory entry per size)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    """Write every icon file; returns the exit status."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv)
    rendered = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES})}
    folder = MASTER.parent
    for size in PNG_SIZES:
        (folder / f"secframe-{size}.png").write_bytes(rendered[size])
    (folder / "secframe.ico").write_bytes(ico({s: rendered[s] for s in ICO_SIZES}))
    PACKAGE_ICON.parent.mkdir(parents=True, exist_ok=True)
    PACKAGE_ICON.write_bytes(rendered[256])
    print(f"Icons written to {folder} and {PACKAGE_ICON.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
