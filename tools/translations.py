"""Keep the Qt Linguist catalogues in step with the sources.

    python tools/translations.py update   # extract strings into resources/i18n/*.ts
    python tools/translations.py release  # compile the .ts files into .qm
    python tools/translations.py check    # fail if a catalogue is stale or unfinished
    python tools/translations.py fill secframe_ui_fr.ts fr.json  # write translations from JSON
                                          # ({"Context|source": "traduction"} or {"source": ...})

Strings are split into one catalogue per area so that work on different parts of the app does
not edit the same file. Every Python file under src/secframe belongs to exactly one area.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "secframe"
I18N = PACKAGE / "resources" / "i18n"
LANGUAGES = ("fr",)

# Area -> glob patterns relative to src/secframe (the first matching area wins).
AREAS: dict[str, tuple[str, ...]] = {
    "dashboard": ("ui/dashboard/**/*.py", "reports/charts*.py", "reports/maps.py"),
    "exchange": ("exchange/**/*.py", "ui/exchange/**/*.py", "commands/exchange.py"),
    "meetings": (
        "ui/meetings/**/*.py",
        "reports/brief*.py",
        "printing/**/*.py",
        "commands/brief.py",
        "commands/minutes.py",
        "reports/minutes.py",
        "reports/docx.py",
        "services/minutes.py",
        "services/preparation.py",
        "services/review*.py",
        "services/decisions*.py",
        "services/briefing*.py",
    ),
    "ui": ("ui/**/*.py", "reports/**/*.py"),
    "core": ("*.py", "commands/**/*.py", "models/**/*.py", "db/**/*.py", "services/**/*.py"),
}
EXCLUDED = ("db/migrations/**/*.py",)


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def area_files() -> dict[str, list[Path]]:
    """The source files of each area."""
    excluded = {p for pattern in EXCLUDED for p in PACKAGE.glob(pattern)}
    claimed: set[Path] = set(excluded)
    result: dict[str, list[Path]] = {}
    for area, patterns in AREAS.items():
        files = sorted(
            {p for pattern in patterns for p in PACKAGE.glob(pattern) if p not in claimed}
        )
        claimed.update(files)
        result[area] = files
    orphans = sorted(set(PACKAGE.rglob("*.py")) - claimed)
    if orphans:
        raise SystemExit(f"files in no translation area: {orphans}")
    return result


def catalogue(area: str, lang: str) -> Path:
    """The .ts file of an area."""
    return I18N / f"secframe_{area}_{lang}.ts"


def update(target_dir: Path = I18N) -> None:
    """Extract strings into the .ts files (keeps existing translations, drops vanished ones)."""
    target_dir.mkdir(parents=True, exist_ok=True)
    for area, files in area_files().items():
        if not files:
            continue
        for lang in LANGUAGES:
            ts = target_dir / catalogue(area, lang).name
            subprocess.run(
                [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                 "-target-language", lang, *map(str, files), "-ts", str(ts)],
                check=True,
            )  # fmt: skip
            if ET.parse(ts).getroot().find(".//message") is None:
                ts.unlink()  # an area without strings needs no catalogue


def release() -> None:
    """Compile every .ts file into its .qm."""
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def unfinished(ts: Path) -> list[str]:
    """Source strings of a catalogue that have no finished translation."""
    root = ET.parse(ts).getroot()
    missing = []
    for ctx in root.iter("context"):
        for message in ctx.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                missing.append(f"{ctx.findtext('name')}: {message.findtext('source')}")
    return missing


def check() -> list[str]:
    """Problems: stale catalogues, unfinished translations, missing .qm files."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for ts in I18N.glob("*.ts"):
            shutil.copy(ts, fresh / ts.name)
        update(fresh)
        for ts in sorted(fresh.glob("*.ts")):
            committed = I18N / ts.name
            if not committed.exists() or committed.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.name} is out of date: run 'make translations'")
            problems.extend(f"{ts.name}: untranslated: {m}" for m in unfinished(ts))
        for ts in sorted(I18N.glob("*.ts")):
            qm, fresh_qm = ts.with_suffix(".qm"), fresh / f"{ts.stem}.qm"
            subprocess.run(
                [_tool("lrelease"), "-silent", str(ts), "-qm", str(fresh_qm)], check=True
            )
            if not qm.exists() or qm.read_bytes() != fresh_qm.read_bytes():
                problems.append(f"{qm.name} does not match its .ts: run 'make translations'")
    return problems


def fill(ts: Path, translations: dict[str, str]) -> int:
    """Write translations (keyed by "Context|source" or by source alone) into a .ts file;
    returns how many messages were filled."""
    tree = ET.parse(ts)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            text = translations.get(f"{name}|{source}", translations.get(source))
            tr = message.find("translation")
            if text is None or tr is None:
                continue
            tr.text = text
            tr.attrib.pop("type", None)
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return filled


def main() -> int:
    """Command-line entry point."""
    action = sys.argv[1] if len(sys.argv) > 1 else "check"
    if action == "fill":
        # python tools/translations.py fill secframe_ui_fr.ts translations.json
        import json

        ts = I18N / sys.argv[2]
        count = fill(ts, json.loads(Path(sys.argv[3]).read_text("utf-8")))
        print(f"{count} messages filled in {ts.name}")
        update()
        return 0
    if action == "update":
        update()
    elif action == "release":
        release()
    elif action == "check":
        problems = check()
        for p in problems:
            print(p)
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
