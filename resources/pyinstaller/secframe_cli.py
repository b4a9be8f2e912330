"""Entry point of the standalone command-line program (secframe)."""

import multiprocessing
import os
from pathlib import Path

import platformdirs

# The dashboard's chart drawing helper is this program started again by multiprocessing: it
# must run the helper's code (and exit there), not a second app.
multiprocessing.freeze_support()

from secframe.commands import main  # noqa: E402

# PyInstaller's run-time hook gives matplotlib a new temporary folder at every start, so its
# list of fonts would be rebuilt each time (seconds on an office PC): keep it in the user's
# cache folder instead (in SECFRAME_HOME for a portable install).
home = os.environ.get("SECFRAME_HOME")
cache = Path(home) / "cache" if home else Path(platformdirs.user_cache_dir("secframe", False))
os.environ["MPLCONFIGDIR"] = str(cache / "matplotlib")

raise SystemExit(main())
