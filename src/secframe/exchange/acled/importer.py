"""Importing incidents from an ACLED export (CSV or Excel), in one transaction.

Events are matched on ``event_id_cnty``: a newer export of the same data updates changed
events and adds new ones. On request, events of the framework's area that a complete
re-export of the same period no longer contains are removed. Place names are mapped to the
region › cercle › commune › locality hierarchy, each name looked up under its parent only,
so two places that share a name are never merged; missing places are created.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from secframe.exchange.acled import format as fmt
from secframe.exchange.cells import read_date, read_int, read_latitude, read_longitude, read_text
from secframe.exchange.errors import CellError
from secframe.exchange.import_report import ImportReport, text, write_unless_preview
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.jobs import JobState
from secframe.models import LocalityLevel, bounds
from secframe.services import incidents as inc
from secframe.services.errors import ServiceError, ValidationError
from secframe.services.frameworks import get_framework
from secframe.services.matching import fold
from secframe.services.places import find_or_create_place, list_localities
from secframe.services.tracker_data import count_places

SOURCE_PREFIX = "ACLED"
LEVELS = (
    ("admin1", LocalityLevel.REGION),
    ("admin2", LocalityLevel.CERCLE),
    ("admin3", LocalityLevel.COMMUNE),
    ("location", LocalityLevel.LOCALITY),
)
FIELD_COLUMNS = {
    "occurred_on": "event_date",
    "fatalities": "fatalities",
    "time_precision": "time_precision",
    "geo_precision": "geo_precision",
    "latitude": "latitude",
    "longitude": "longitude",
    "locality_id": "location",
}


@dataclass(frozen=True)
class AcledOptions:
    """What the user asked for besides the file."""

    framework_id: int
    regions_only: bool = False
    remove_missing: bool = False


def run(
    db: Any,
    path: Path,
    options: AcledOptions,
    *,
    state: JobState,
    dry_run: bool = False,
    today: date | None = None,
) -> ImportReport:
    """Import an ACLED export; with ``dry_run`` or on any error nothing is written."""
    path = Path(path)
    report = ImportReport(source=path.name, kind="acled")
    events = list(fmt.read_rows(path))
    state.progress(
        0, len(events), text(QT_TRANSLATE_NOOP("Exchange", "Reading {file}…"), file=path.name)
    )
    source = text(QT_TRANSLATE_NOOP("Exchange", "Import of {file}"), file=path.name).render()
    today = today or date.today()

    def work(session: Session) -> None:
        _Import(session, options, report, state, today).run(events)

    return write_unless_preview(db, source, report, state, work, dry_run=dry_run)


class _Import:
    def __init__(
        self,
        session: Session,
        options: AcledOptions,
        report: ImportReport,
        state: JobState,
        today: date,
    ) -> None:
        self.s, self.options, self.report, self.state, self.today = (
            session,
            options,
            report,
            state,
            today,
        )
        self.places: dict[tuple[str, ...], int] = {}
        self.seen: set[str] = set()
        self.dates: list[date] = []
        self.in_regions: set[str] = set()
        fw = get_framework(session, options.framework_id)
        self.framework_regions = {fold(n) for n in fw.region_names}
        self.regions = {
            fold(r.name): r.id
            for r in list_localities(session, level=LocalityLevel.REGION)
            if r.parent_id is None
        }

    def run(self, events: list[tuple[int, dict[str, Any]]]) -> None:
        places_before = count_places(self.s)
        for i, (number, row) in enumerate(events, start=1):
            if i % 200 == 0:
                message = QT_TRANSLATE_NOOP("Exchange", "Importing event {n} of {total}…")
                self.state.progress(i, len(events), text(message, n=i, total=len(events)))
            self._event(number, row)
        self.report.tally("places").created += count_places(self.s) - places_before
        skipped = self.report.tally("incidents").skipped
        if self.options.regions_only and skipped:
            message = QT_TRANSLATE_NOOP("Exchange", "{n} event(s) outside the framework's regions were left out.")  # fmt: skip
            self.report.warning(text(message, n=skipped))
        if self.options.remove_missing and self.dates and not self.report.has_errors:
            self._remove_missing(self.seen, min(self.dates), max(self.dates), self.in_regions)

    def _event(self, number: int, row: dict[str, Any]) -> None:
        """Import one event (or report why it cannot be)."""
        good, event_id = self._read(number, row, "event_id_cnty", read_text)
        if not good:
            return
        if not event_id:
            self._error(number, "event_id_cnty", QT_TRANSLATE_NOOP("Exchange", "The event has no event_id_cnty."))  # fmt: skip
            return
        if event_id in self.seen:
            self._error(number, "event_id_cnty", QT_TRANSLATE_NOOP("Exchange", "The event {id} appears twice in the file."), id=event_id)  # fmt: skip
            return
        self.seen.add(event_id)
        region = fold(fmt.place_name(row.get("admin1")) or "")
        if self.options.regions_only and region not in self.framework_regions:
            self.report.tally("incidents").skipped += 1
            return
        data = self._input(number, event_id, row)
        if data is None:
            return
        self.dates.append(data.occurred_on)
        self.in_regions.add(region)
        self._upsert(number, data)

    def _error(self, number: int, column: str, source: str, **params: Any) -> None:
        self.report.error(text(source, **params), "", number, column)

    def _read(self, number: int, row: dict[str, Any], column: str, reader: Any) -> tuple[bool, Any]:
        try:
            return True, reader(row.get(column))
        except CellError as err:
            self.report.error(err.message, "", number, column)
            return False, None

    def _input(self, number: int, event_id: str, row: dict[str, Any]) -> inc.IncidentInput | None:
        checks = {
            "event_date": read_date,
            "fatalities": lambda v: read_int(v, 0, bounds.FATALITIES_MAX) or 0,
            "time_precision": lambda v: read_int(v, 1, 3) or 1,
            "geo_precision": lambda v: read_int(v, 1, 3) or 1,
            "latitude": read_latitude,
            "longitude": read_longitude,
            **dict.fromkeys(("event_type", "sub_event_type", "source", "notes"), read_text),
        }
        values: dict[str, Any] = {}
        ok = True
        for column, reader in checks.items():
            good, values[column] = self._read(number, row, column, reader)
            ok = ok and good
        if ok and values["event_date"] is None:
            self._error(
                number, "event_date", QT_TRANSLATE_NOOP("Exchange", "The event has no date.")
            )
            ok = False
        locality_id = self._place(number, row) if ok else None
        if not ok or locality_id is None:
            return None
        inter1, inter2 = fmt.inter_label(row.get("inter1")), fmt.inter_label(row.get("inter2"))
        event_type, sub_type = values["event_type"] or "", values["sub_event_type"] or ""
        source = " — ".join(p for p in (SOURCE_PREFIX, values["source"]) if p)
        lat, lon = values["latitude"], values["longitude"]
        return inc.IncidentInput(
            occurred_on=values["event_date"],
            type=fmt.incident_type(event_type, sub_type, inter1, inter2),
            sub_type=" — ".join(p for p in (event_type, sub_type) if p)[:200] or None,
            locality_id=locality_id,
            latitude=float(lat) if lat is not None else None,
            longitude=float(lon) if lon is not None else None,
            actors=fmt.actors_text(row),
            fatalities=values["fatalities"],
            description=values["notes"],
            source=source[:300],
            time_precision=values["time_precision"],
            geo_precision=values["geo_precision"],
            external_id=event_id[:60],
        )

    def _place(self, number: int, row: dict[str, Any]) -> int | None:
        names = [fmt.place_name(row.get(column)) for column, _ in LEVELS]
        if not names[0]:
            self._error(
                number, "admin1", QT_TRANSLATE_NOOP("Exchange", "The event has no admin1 (region).")
            )
            return None
        chain: list[tuple[LocalityLevel, str, str | None]] = [
            (level, name, None) for (_, level), name in zip(LEVELS, names, strict=True) if name
        ]
        if (
            len(chain) >= 2
            and fold(chain[-1][1]) == fold(chain[-2][1])
            and chain[-1][0] == LocalityLevel.LOCALITY
        ):
            chain.pop()  # a town named like its commune is recorded at the commune
        key = tuple(fold(n) for _, n, _ in chain)
        if key not in self.places:
            self.places[key] = find_or_create_place(self.s, chain)
        return self.places[key]

    def _upsert(self, number: int, data: inc.IncidentInput) -> None:
        try:
            _, result = inc.upsert_incident(self.s, data, today=self.today)
        except ServiceError as err:
            if isinstance(err, ValidationError):
                for e in err.errors:
                    self.report.error(e.message, "", number, FIELD_COLUMNS.get(e.field, ""))
            else:
                self.report.error(err.message, "", number)
            return
        tally = self.report.tally("incidents")
        if result == inc.UpsertResult.CREATED:
            tally.created += 1
        elif result == inc.UpsertResult.UPDATED:
            tally.updated += 1
            self.report.change(
                text(
                    QT_TRANSLATE_NOOP("Exchange", "Event {id} of {date} updated."),
                    id=data.external_id,
                    date=data.occurred_on,
                ),
                "",
                number,
            )
        else:
            tally.unchanged += 1

    def _remove_missing(self, seen: set[str], first: date, last: date, regions: set[str]) -> None:
        """Delete ACLED events of the same period and regions that the file no longer has."""
        for region in sorted(regions):
            region_id = self.regions.get(region)
            if region_id is None:
                continue
            flt = inc.IncidentFilter(
                locality_id=region_id, date_from=first, date_to=last, include_rejected=True
            )
            for row in inc.list_incidents(self.s, flt):
                if not row.external_id or row.external_id in seen:
                    continue
                if not (row.source or "").startswith(SOURCE_PREFIX):
                    continue
                inc.delete_incident(self.s, row.id, expected_version=row.version)
                self.report.tally("incidents").removed += 1
                self.report.change(
                    text(
                        QT_TRANSLATE_NOOP(
                            "Exchange",
                            "Event {id} of {date} removed: the new export no longer has it.",
                        ),
                        id=row.external_id,
                        date=row.occurred_on,
                    )
                )
