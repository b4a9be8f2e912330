"""Run the standalone build as a secretariat would, with no Python and no virtual environment.

    python tools/check_dist.py [dist/secframe] [--max-mb 250] [--gui-seconds 8]

Checks, each in a new throw-away data folder and with every virtual environment and Python
variable removed from the environment (so the programs can only use what the folder holds):

1. ``secframe --version`` prints the version;
2. ``secframe demo`` builds a new database (the Alembic migrations run from the folder);
3. ``secframe brief`` writes the governor's brief as a PDF (Qt paints it offscreen);
4. ``secframe export`` writes the tracker workbook;
5. ``secframe encrypt`` encrypts a copy of it and ``secframe info`` reads it back with the
   passphrase (SQLCipher is in the folder);
6. ``secframe-gui`` opens the window offscreen on the plain database and is still running a
   few seconds later (then it is terminated), with no unexpected error in its log, and the
   dashboard's chart drawing helper process started (the program runs again as that helper).

Prints how long each step took and the folder's size; exits 1 if a check fails or the folder
is larger than ``--max-mb``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""
PASSPHRASE = "phrase secrète de vérification"
PYTHON_VARIABLES = ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "CONDA_PREFIX")


def folder_size(folder: Path) -> int:
    """The bytes the folder's files hold (links counted once, as the link itself)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def clean_environment(home: Path) -> dict[str, str]:
    """The environment without any virtual environment or Python on PATH, in French, with a
    private data folder."""
    env = {k: v for k, v in os.environ.items() if k not in PYTHON_VARIABLES}
    env.pop("SECFRAME_DB", None)

    def is_python_dir(entry: str) -> bool:
        folder = Path(entry)
        return (folder.parent / "pyvenv.cfg").exists() or any(
            (folder / f"{name}{EXE}").exists() for name in ("python", "python3", "pip")
        )

    path = [e for e in env.get("PATH", "").split(os.pathsep) if e and not is_python_dir(e)]
    env["PATH"] = os.pathsep.join(path)
    env["SECFRAME_HOME"] = str(home)
    env["SECFRAME_USER"] = "check-dist"
    if sys.platform != "win32":
        env["LANG"] = "fr_FR.UTF-8"  # the users' language (secframe reads it, no locale needed)
        env.pop("LC_ALL", None)
    return env


class Checker:
    """Runs the steps and remembers which failed."""

    def __init__(self, dist: Path, work: Path) -> None:
        self.dist = dist
        self.work = work
        self.env = clean_environment(work / "home")
        self.failures: list[str] = []

    def program(self, name: str) -> str:
        """The path of one of the folder's programs."""
        return str(self.dist / f"{name}{EXE}")

    def run(
        self,
        title: str,
        args: list[str],
        check: Callable[[str], str | None],
        env: dict[str, str] | None = None,
    ) -> None:
        """Run a command line program; ``check(output)`` returns a problem or None."""
        start = time.monotonic()
        proc = subprocess.run(
            [self.program("secframe"), *args],
            env=dict(self.env, **(env or {})),
            cwd=self.work,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=300,
            check=False,
        )
        output = proc.stdout + proc.stderr
        problem = f"exit status {proc.returncode}" if proc.returncode else check(output)
        self.report(title, start, problem, output)

    def report(self, title: str, start: float, problem: str | None, output: str = "") -> None:
        """Print one step's outcome."""
        took = time.monotonic() - start
        if problem is None:
            print(f"ok    {title} ({took:.1f} s)")
            return
        print(f"FAIL  {title} ({took:.1f} s): {problem}")
        for line in output.strip().splitlines()[-15:]:
            print(f"      | {line}")
        self.failures.append(title)

    def gui(self, database: Path, seconds: float) -> None:
        """Start the windowed program offscreen; it must still run after ``seconds``."""
        env = dict(self.env, QT_QPA_PLATFORM="offscreen")
        start = time.monotonic()
        log = self.work / "gui-output.txt"
        with log.open("w", encoding="utf-8") as out:
            proc = subprocess.Popen(
                [self.program("secframe-gui"), "--db", str(database)],
                env=env,
                cwd=self.work,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
            try:
                proc.wait(timeout=seconds)
                problem: str | None = f"stopped after {time.monotonic() - start:.1f} s"
            except subprocess.TimeoutExpired:
                problem = None
            finally:
                if proc.poll() is None:
                    proc.terminate()
                    try:
                        proc.wait(timeout=15)
                    except subprocess.TimeoutExpired:
                        proc.kill()
                        proc.wait()
        output = log.read_text("utf-8", errors="replace")
        app_log = self.work / "home" / "logs" / "secframe.log"
        logged = app_log.read_text("utf-8", errors="replace") if app_log.exists() else ""
        if problem is None and ("Traceback" in output or "ERROR" in logged):
            problem = "an error was reported"
        elif problem is None and "Chart drawing helper process ready" not in logged:
            problem = "the dashboard's chart drawing helper process did not start"
        self.report(f"secframe-gui runs offscreen for {seconds:g} s", start, problem,
                    output + logged)  # fmt: skip


def main() -> int:
    """Run every check; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dist", nargs="?", default=str(ROOT / "dist" / "secframe"))
    parser.add_argument("--max-mb", type=float, default=250.0)
    parser.add_argument("--gui-seconds", type=float, default=8.0)
    args = parser.parse_args()
    dist = Path(args.dist).resolve()
    if not (dist / f"secframe{EXE}").exists():
        print(f"No standalone build in {dist}: run 'make dist' first.")
        return 1
    work = Path(tempfile.mkdtemp(prefix="secframe-check-dist-"))
    try:
        checker = Checker(dist, work)
        db, pdf, xlsx = work / "essai.sqlite3", work / "note.pdf", work / "suivi.xlsx"
        checker.run(
            "secframe --version",
            ["--version"],
            lambda out: None if out.startswith("secframe ") else f"printed {out!r}",
        )
        checker.run(
            "secframe demo (new database, migrations)",
            ["demo", "--db", str(db)],
            lambda _out: None if db.exists() else "no database written",
        )
        framework = ["--db", str(db), "--framework", "CGCS Tombouctou-Taoudéni"]
        checker.run(
            "secframe brief (PDF)",
            ["brief", *framework, "-o", str(pdf)],
            lambda _out: (
                None if pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-" else "no PDF written"
            ),
        )
        checker.run(
            "secframe export (workbook)",
            ["export", *framework, "-o", str(xlsx)],
            lambda _out: (
                None
                if xlsx.exists()
                and zipfile.is_zipfile(xlsx)
                and "xl/workbook.xml" in zipfile.ZipFile(xlsx).namelist()
                else "no workbook written"
            ),
        )
        cipher = work / "chiffre.sqlite3"
        shutil.copy(db, cipher)
        passphrase = {"SECFRAME_NEW_PASSPHRASE": PASSPHRASE, "SECFRAME_PASSPHRASE": PASSPHRASE}
        checker.run(
            "secframe encrypt (SQLCipher)",
            ["encrypt", "--db", str(cipher)],
            lambda _out: (
                None
                if cipher.read_bytes()[:16] != b"SQLite format 3\x00"
                else "the file is still plain"
            ),
            env=passphrase,
        )
        checker.run(
            "secframe info on the encrypted copy, with the passphrase",
            ["info", "--db", str(cipher)],
            lambda out: None if "CGCS" in out else "the frameworks were not listed",
            env=passphrase,
        )
        checker.gui(db, args.gui_seconds)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    size = folder_size(dist) / 1_000_000
    verdict = "within" if size <= args.max_mb else "OVER"
    print(f"Folder size: {size:.1f} MB ({verdict} the {args.max_mb:g} MB goal), {dist}")
    if size > args.max_mb:
        checker.failures.append("size")
    if checker.failures:
        print(f"{len(checker.failures)} check(s) failed: {', '.join(checker.failures)}")
        return 1
    print("The standalone build works.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
