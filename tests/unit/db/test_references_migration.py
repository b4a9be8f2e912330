"""Revision 0004_references: commitments recorded before get a human reference."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlalchemy as sa

from secframe.db.database import make_engine, resolve_url
from secframe.db.migrate import upgrade


def test_existing_commitments_get_references_in_the_order_they_start(tmp_path: Path) -> None:
    engine = make_engine(resolve_url(tmp_path / "old.sqlite3"))
    upgrade(engine, "0001_initial")
    now = "2020-01-01 00:00:00"
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO frameworks (id, name, short_name, level, version, created_at, "
                "updated_at) VALUES (1, 'Cadre de Tombouctou', 'CGCS Tombouctou-Taoudéni', "
                "'regional', 1, :now, :now), (2, 'Forum', 'Forum Tombouctou', 'communal', 1, "
                ":now, :now)"
            ),
            {"now": now},
        )
        rows = [
            (1, 1, None, date(2019, 5, 1)),
            (2, 1, None, date(2019, 2, 1)),
            (3, 1, "TOM-2019-004", date(2019, 1, 1)),  # typed by hand: kept, not reused
            (4, 1, "", None),  # no date: the year it was recorded
            (5, 2, None, date(2019, 3, 1)),  # another framework, same place: another code
        ]
        for ident, fw, reference, start in rows:
            conn.execute(
                sa.text(
                    "INSERT INTO commitments (id, framework_id, reference, kind, title, status, "
                    "start_date, implementation_level, version, created_at, updated_at) VALUES "
                    "(:id, :fw, :ref, 'patrol', 'Patrouilles', 'planned', :start, 0, 1, :now, :now)"
                ),
                {"id": ident, "fw": fw, "ref": reference, "start": start, "now": now},
            )
    upgrade(engine, "0004_references")
    with engine.connect() as conn:
        found = {
            row[0]: row[1] for row in conn.execute(sa.text("SELECT id, reference FROM commitments"))
        }
    engine.dispose()
    assert found == {
        1: "TOM-2019-006",
        2: "TOM-2019-005",
        3: "TOM-2019-004",
        4: "TOM-2020-001",
        5: "TOM2-2019-001",
    }
