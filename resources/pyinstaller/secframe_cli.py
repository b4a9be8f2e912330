"""Entry point of the standalone command-line program (secframe)."""

import os
from pathlib import Path

import platformdirs

from secframe.commands import main

# PyInstaller's run-time hook gives matplotlib a new temporary folder at every start, so its
# list of fonts would be rebuilt each time (seconds on an office PC): keep it in the user's
# cache folder instead (in SECFRAME_HOME for a portable install).
home = os.environ.get("SECFRAME_HOME")
cache = Path(home) / "cache" if home else Path(platformdirs.user_cache_dir("secframe", False))
os.environ["MPLCONFIGDIR"] = str(cache / "matplotlib")

raise SystemExit(main())
