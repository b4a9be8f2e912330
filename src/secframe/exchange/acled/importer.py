"""Importing incidents from an ACLED export (CSV or Excel), in one transaction.

Events are matched on ``event_id_cnty``: a newer export of the same data updates changed
events and adds new ones; an event that secframe holds from a newer export (ACLED's
``timestamp``) is kept as it is. The actor rows of a monadic export become one incident. On
request, events of the framework's area that a complete re-export of the same period no
longer contains are removed. Place names are matched to the region › cercle › commune ›
locality hierarchy (see ``places``); an incident within the set distance of an axis is put on
that axis.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from secframe.exchange.acled import format as fmt
from secframe.exchange.acled.places import AcledPlaces
from secframe.exchange.cells import read_date, read_int, read_latitude, read_longitude, read_text
from secframe.exchange.errors import CellError
from secframe.exchange.import_report import ImportReport, text, write_unless_preview
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.jobs import JobState
from secframe.models import bounds
from secframe.services import incidents as inc
from secframe.services.axis_proximity import AxisFinder, axis_distance_km
from secframe.services.errors import ValidationError
from secframe.services.places import framework_region_ids

SOURCE_PREFIX = "ACLED"
WRITE_BATCH = 1000  # events written together
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
    axis_km: float | None = (
        None  # how near an axis an event must be to be on it (default: preference)
    )


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
    events = fmt.merge_actor_rows(list(fmt.read_rows(path)))
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
        self.seen: set[str] = set()
        self.stored: dict[str, int | None] = {}
        self.pending: list[tuple[int, inc.IncidentInput]] = []
        self.newest = 0  # the file's newest ACLED timestamp
        self.dates: list[date] = []
        self.in_regions: set[int] = set()
        self.framework_regions = set(framework_region_ids(session, options.framework_id))
        self.places = AcledPlaces.load(session, report)
        km = options.axis_km if options.axis_km is not None else axis_distance_km(session)
        self.axes = AxisFinder(session, km)

    def run(self, events: list[tuple[list[int], dict[str, Any]]]) -> None:
        ids = {str(row.get("event_id_cnty") or "").strip() for _, row in events}
        self.stored = inc.source_timestamps(self.s, ids - {""})
        for i, (numbers, row) in enumerate(events, start=1):
            if i % 200 == 0:
                message = QT_TRANSLATE_NOOP("Exchange", "Importing event {n} of {total}…")
                self.state.progress(i, len(events), text(message, n=i, total=len(events)))
            self._event(numbers[0], row)
            if len(numbers) > 1:
                self.report.tally("actor_rows").skipped += len(numbers) - 1
        self._write()
        merged = self.report.tally("actor_rows").skipped
        if merged:
            message = QT_TRANSLATE_NOOP("Exchange", "{n} actor row(s) of a monadic export were merged into the event they describe.")  # fmt: skip
            self.report.warning(text(message, n=merged))
        kept = self.report.tally("incidents").kept
        if kept:
            message = QT_TRANSLATE_NOOP("Exchange", "{n} event(s) were kept as they are: secframe holds a newer version of them than this file (ACLED's timestamp).")  # fmt: skip
            self.report.warning(text(message, n=kept))
        skipped = self.report.tally("incidents").skipped
        if self.options.regions_only and skipped:
            message = QT_TRANSLATE_NOOP("Exchange", "{n} event(s) outside the framework's regions were left out.")  # fmt: skip
            self.report.warning(text(message, n=skipped))
        if self.options.remove_missing and self.dates and not self.report.has_errors:
            self._remove_missing(self.seen, min(self.dates), max(self.dates), self.in_regions)

    def _event(self, number: int, row: dict[str, Any]) -> None:
        """Import one event (or report why it cannot be)."""
        if fmt.SHORT_ROW in row:
            cells, columns, missing = row[fmt.SHORT_ROW]
            self._error(number, missing, QT_TRANSLATE_NOOP("Exchange", "The row stops after {n} of {total} columns: the file looks cut short (an interrupted download or copy). Download the export again."), n=cells, total=columns)  # fmt: skip
            return
        good, event_id = self._read(number, row, "event_id_cnty", read_text)
        if not good:
            return
        if not event_id:
            self._error(number, "event_id_cnty", QT_TRANSLATE_NOOP("Exchange", "The event has no event_id_cnty."))  # fmt: skip
            return
        if event_id in self.seen:
            self._error(number, "event_id_cnty", QT_TRANSLATE_NOOP("Exchange", "The event {id} appears twice in the file with different dates or places; keep one of the rows."), id=event_id)  # fmt: skip
            return
        self.seen.add(event_id)
        region = self.places.region_of(row)
        if self.options.regions_only and region not in self.framework_regions:
            self.report.tally("incidents").skipped += 1
            return
        if self._older_than_stored(event_id, row):
            self.report.tally("incidents").kept += 1  # no place is looked up or added for it
            return
        data = self._input(number, event_id, row)
        if data is None:
            return
        self.dates.append(data.occurred_on)
        self.newest = max(self.newest, data.source_timestamp or 0)
        if region is not None:
            self.in_regions.add(region)
        self._upsert(number, data)

    def _older_than_stored(self, event_id: str, row: dict[str, Any]) -> bool:
        try:
            given = read_int(row.get("timestamp"), 0, 10**11)
        except CellError:
            return False  # reported with the event's other cells
        return inc.is_older(given, self.stored.get(event_id))

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
            "timestamp": lambda v: read_int(v, 0, 10**11),
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
        lat, lon = values["latitude"], values["longitude"]
        lat, lon = (
            (float(lat) if lat is not None else None),
            (float(lon) if lon is not None else None),
        )
        locality_id = self.places.place(number, row, lat, lon) if ok else None
        if not ok or locality_id is None:
            return None
        inter1, inter2 = fmt.inter_label(row.get("inter1")), fmt.inter_label(row.get("inter2"))
        event_type, sub_type = values["event_type"] or "", values["sub_event_type"] or ""
        current = fmt.current_event_type(event_type)
        shown = (current, sub_type) if current == event_type else (current, event_type)
        source = " — ".join(p for p in (SOURCE_PREFIX, values["source"]) if p)
        return inc.IncidentInput(
            occurred_on=values["event_date"],
            type=fmt.incident_type(event_type, sub_type, inter1, inter2),
            sub_type=" — ".join(p for p in shown if p)[:200] or None,
            locality_id=locality_id,
            axis_id=self.axes.axis_at(lat, lon),
            latitude=lat,
            longitude=lon,
            actors=fmt.actors_text(row),
            fatalities=values["fatalities"],
            description=values["notes"],
            source=source[:300],
            time_precision=values["time_precision"],
            geo_precision=values["geo_precision"],
            external_id=event_id[:60],
            source_timestamp=values["timestamp"],
        )

    def _upsert(self, number: int, data: inc.IncidentInput) -> None:
        """Queue an event; queued events are written together (``_write``)."""
        self.pending.append((number, data))
        if len(self.pending) >= WRITE_BATCH:
            self._write()

    def _write(self) -> None:
        """Create or update the queued events in one go and count what each became."""
        items, self.pending = self.pending, []
        if not items:
            return
        real = self.places.materialise()  # the places these events need, created together
        items = [
            (n, replace(d, locality_id=real.get(d.locality_id, d.locality_id)))
            if d.locality_id is not None and d.locality_id < 0
            else (n, d)
            for n, d in items
        ]
        results = inc.upsert_incidents(
            self.s, [d for _, d in items], today=self.today, known_places=self.places.tree.places
        )
        tally = self.report.tally("incidents")
        for (number, data), result in zip(items, results, strict=True):
            if isinstance(result, ValidationError):
                for e in result.errors:
                    self.report.error(e.message, "", number, FIELD_COLUMNS.get(e.field, ""))
            elif result == inc.UpsertResult.CREATED:
                tally.created += 1
            elif result == inc.UpsertResult.UPDATED:
                tally.updated += 1
                message = QT_TRANSLATE_NOOP("Exchange", "Event {id} of {date} updated.")
                self.report.change(text(message, id=data.external_id, date=data.occurred_on), "", number)  # fmt: skip
            elif result == inc.UpsertResult.KEPT_NEWER:
                tally.kept += 1
            else:
                tally.unchanged += 1

    def _remove_missing(self, seen: set[str], first: date, last: date, regions: set[int]) -> None:
        """Delete ACLED events of the same period and regions that the file no longer has."""
        for region_id in sorted(regions):
            flt = inc.IncidentFilter(
                locality_id=region_id, date_from=first, date_to=last, include_rejected=True
            )
            for row in inc.list_incidents(self.s, flt):
                if not row.external_id or row.external_id in seen:
                    continue
                if not (row.source or "").startswith(SOURCE_PREFIX):
                    continue
                if (row.source_timestamp or 0) > self.newest:
                    continue  # recorded from a newer export than this file
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
