"""Fuzzed imports: trackers (.xlsx) edited in every wrong way and ACLED CSV files from every
wrong program. Each import either succeeds with every stored value within its bounds, or is
refused — with errors located in the file, or as a whole for a file that cannot be read — and
leaves the database exactly as it was (the same SQL dump). A traceback is a failure.
"""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import Date, Float, Numeric, String

from secframe.db import Database, DatabaseError
from secframe.exchange import importer
from secframe.exchange.acled import importer as acled
from secframe.exchange.acled.format import REQUIRED
from secframe.exchange.import_report import ImportReport
from secframe.exchange.tracker import export
from secframe.jobs import JobState
from secframe.models import Base, bounds
from secframe.services.errors import ServiceError
from secframe.services.frameworks import find_framework
from tests.fixtures.builders import TODAY
from tests.fuzz.conftest import TALLY
from tests.fuzz.strategies import (
    CELL,
    DATE_TEXT,
    DATES,
    EXTREME_NUMBERS,
    NASTY_TEXT,
    NUMBER_TEXT,
    damage,
    excel_safe,
)

FW = "CGCS Tombouctou-Taoudéni"


@pytest.fixture(scope="module")
def base(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """The example database, its framework and its exported tracker (built once)."""
    folder = tmp_path_factory.mktemp("fuzz")
    tracker = folder / "suivi.xlsx"
    db = Database.open(demo_template)
    try:
        with db.read() as s:
            framework_id = find_framework(s, FW).id
        export.run(db, framework_id, tracker, export.ExportOptions(today=TODAY), JobState())
    finally:
        db.close()
    yield {
        "db": demo_template,
        "framework_id": framework_id,
        "tracker": tracker.read_bytes(),
        "folder": folder,
    }
    shutil.rmtree(folder, ignore_errors=True)


def dump(path: Path) -> str:
    """The database's content as SQL, hashed."""
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def out_of_bounds(path: Path) -> list[str]:
    """Every stored value outside the bounds of its kind: dates, amounts and quantities,
    coordinates, text lengths (SQLite does not enforce them itself)."""
    found = []
    conn = sqlite3.connect(path)
    try:
        for table in Base.metadata.sorted_tables:
            for col in table.columns:
                name, kind = f'"{col.name}"', col.type
                if isinstance(kind, String) and kind.length:
                    where = f"length({name}) > {kind.length}"
                elif isinstance(kind, Date):
                    where = f"{name} < '{bounds.DATE_MIN}' OR {name} > '{bounds.DATE_MAX}'"
                elif isinstance(kind, Numeric) and not isinstance(kind, Float):
                    where = f"{name} < 0 OR {name} > {bounds.AMOUNT_MAX * 1000}"
                elif col.name == "latitude":
                    where = f"abs({name}) > 90"
                elif col.name == "longitude":
                    where = f"abs({name}) > 180"
                else:
                    continue
                n = conn.execute(f'SELECT count(*) FROM "{table.name}" WHERE {where}').fetchone()
                if n[0]:
                    found.append(f"{table.name}.{col.name}: {n[0]}")
    finally:
        conn.close()
    return found


def attempt(
    kind: str,
    base: dict,
    data: bytes,
    suffix: str,
    run: Callable[[Database, Path, int], ImportReport],
) -> None:
    """Import ``data`` into a fresh copy of the example database and check the outcome."""
    work = base["folder"] / uuid.uuid4().hex
    work.mkdir()
    try:
        db_path = work / "secframe.sqlite3"
        shutil.copy(base["db"], db_path)
        source = work / f"fichier{suffix}"
        source.write_bytes(data)
        before = dump(db_path)
        TALLY[f"{kind}.tried"] += 1
        db = Database.open(db_path)
        try:
            report = run(db, source, base["framework_id"])
            accepted = report.applied
            if not accepted:  # refused for what the file says, each error where it is
                assert report.has_errors
                assert all(issue.row is not None for issue in report.errors), report.errors
        except (ServiceError, DatabaseError):  # refused as a whole: the file cannot be read
            accepted = False
        except Exception:
            TALLY[f"{kind}.tracebacks"] += 1
            raise
        finally:
            db.close()
        if accepted:
            TALLY[f"{kind}.accepted"] += 1
            assert out_of_bounds(db_path) == []
        else:
            TALLY[f"{kind}.refused"] += 1
            if dump(db_path) != before:
                TALLY[f"{kind}.changed_on_failure"] += 1
                pytest.fail("a refused import changed the database")
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --- trackers ------------------------------------------------------------------------------------


@st.composite
def tracker_files(draw: st.DrawFn, base: bytes) -> bytes:
    """The exported tracker, edited as partners do it wrong: odd values in any cell,
    duplicated or missing IDs, rows removed or added; then maybe damaged."""
    wb = load_workbook(io.BytesIO(base))
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        ws = wb[draw(st.sampled_from(["Engagements", "Besoins"]))]
        width = ws.max_column
        last = max(ws.max_row, 2)
        edit = draw(st.sampled_from(["cell", "cell", "cell", "copy_id", "clear_id", "drop", "add"]))
        row = draw(st.integers(min_value=2, max_value=last + 1))
        if edit == "cell":
            col = draw(st.integers(min_value=1, max_value=width))
            ws.cell(row=row, column=col, value=excel_safe(draw(CELL)))
        elif edit == "copy_id":  # the same ID on two rows
            ws.cell(row=row, column=1, value=ws.cell(row=2, column=1).value)
        elif edit == "clear_id":
            ws.cell(row=row, column=1, value=None)
        elif edit == "drop":
            ws.delete_rows(row)
        else:  # a new row: a copy of another without its ID, with one cell changed
            for col in range(1, width + 1):
                ws.cell(row=last + 1, column=col, value=ws.cell(row=2, column=col).value)
            ws.cell(row=last + 1, column=1, value=None)
            col = draw(st.integers(min_value=2, max_value=width))
            ws.cell(row=last + 1, column=col, value=excel_safe(draw(CELL)))
    out = io.BytesIO()
    wb.save(out)
    return draw(damage(out.getvalue()))


def import_tracker(db: Database, path: Path, framework_id: int) -> ImportReport:
    return importer.run(db, path, framework_id=framework_id, state=JobState(), today=TODAY)


@given(data=st.data())
def test_fuzzed_trackers(base, data):
    workbook = data.draw(tracker_files(base["tracker"]))
    attempt("tracker", base, workbook, ".xlsx", import_tracker)


# --- ACLED exports -------------------------------------------------------------------------------

OPTIONAL = ("latitude", "longitude", "admin2", "notes", "sub_event_type", "year", "source")
VALUES = {
    "event_id_cnty": st.one_of(st.sampled_from(["MLI1", "MLI2", "MLI3", "", " "]), NASTY_TEXT),
    "event_date": st.one_of(DATE_TEXT, DATES.map(str), EXTREME_NUMBERS.map(str)),
    "event_type": st.one_of(
        st.sampled_from(["Battles", "Violence against civilians", "Riots", ""]), NASTY_TEXT
    ),
    "admin1": st.one_of(
        st.sampled_from(["Tombouctou", "Gao", "Mopti", "Timbuktu", ""]), NASTY_TEXT
    ),
    "admin2": st.sampled_from(["Goundam", "Niafunke", "Diré", ""]),
    "location": st.one_of(st.sampled_from(["Goundam", "Tonka", "Ber", "Léré", ""]), NASTY_TEXT),
    "fatalities": st.one_of(EXTREME_NUMBERS.map(str), NUMBER_TEXT, st.integers(0, 50).map(str)),
    "latitude": st.one_of(NUMBER_TEXT, EXTREME_NUMBERS.map(str), st.floats(10, 25).map(str)),
    "longitude": st.one_of(NUMBER_TEXT, EXTREME_NUMBERS.map(str), st.floats(-12, 4).map(str)),
}


@st.composite
def acled_files(draw: st.DrawFn) -> bytes:
    """An ACLED export as some program wrote it: columns missing or shuffled, odd values,
    duplicated and missing ids, rows cut short; in some encoding and separator; maybe damaged."""
    columns = list(REQUIRED) + draw(st.lists(st.sampled_from(OPTIONAL), unique=True))
    if draw(st.booleans()):
        columns = draw(st.permutations(columns))
    if draw(st.integers(0, 9)) == 0:
        columns.remove(draw(st.sampled_from(columns)))
    rows = []
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        row = [draw(VALUES.get(c, NASTY_TEXT)) for c in columns]
        if draw(st.integers(0, 7)) == 0:  # a row cut short
            row = row[: draw(st.integers(0, len(row)))]
        rows.append(row)
    text = io.StringIO()
    writer = csv.writer(text, delimiter=draw(st.sampled_from([",", ";"])))
    writer.writerow(columns)
    writer.writerows(rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return draw(damage(text.getvalue().encode(encoding, errors="replace")))


def import_acled(db: Database, path: Path, framework_id: int) -> ImportReport:
    options = acled.AcledOptions(framework_id=framework_id)
    return acled.run(db, path, options, state=JobState(), today=TODAY)


@given(data=st.data())
def test_fuzzed_acled_exports(base, data):
    attempt("acled", base, data.draw(acled_files()), ".csv", import_acled)
