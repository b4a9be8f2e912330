"""Everything the app reads at run time is shipped in the wheel, not only in the checkout."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "secframe"


def test_every_runtime_asset_is_declared_as_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["secframe"]
    assets = [
        p.relative_to(PACKAGE).as_posix()
        for folder in ("resources", "db")
        for p in (PACKAGE / folder).rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc")
    ]
    assert assets
    missing = [a for a in assets if not any(fnmatch(a, pat) for pat in patterns)]
    assert missing == []
