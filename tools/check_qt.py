"""Before `make run`: say which system package is missing when Qt cannot open a window."""

from __future__ import annotations

import ctypes.util
import os
import sys


def main() -> int:
    """Print a hint for missing X11 libraries on Linux; never blocks the start."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return 0
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print("secframe: no display found (DISPLAY/WAYLAND_DISPLAY); the window cannot open here.")
        return 0
    packages = {
        "xcb-cursor": "libxcb-cursor0",
        "xkbcommon-x11": "libxkbcommon-x11-0",
        "xcb-icccm": "libxcb-icccm4",
        "xcb-keysyms": "libxcb-keysyms1",
    }
    missing = [pkg for lib, pkg in packages.items() if ctypes.util.find_library(lib) is None]
    if missing:
        print(
            f"secframe: Qt needs system libraries; on Debian/Ubuntu: sudo apt install {' '.join(missing)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
