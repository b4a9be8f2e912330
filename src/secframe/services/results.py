"""Countable results of commitments: record them, and sum them for the brief, the dashboard
and the tracker (« Opération Alafia : ~20 arrestations »)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import Commitment, CommitmentResult, ResultUnit
from secframe.models.base import utcnow
from secframe.models.bounds import COUNT_MAX, OutOfBounds, check_date, check_whole
from secframe.services.checks import Checker, clean, required
from secframe.services.entities import COMMITMENT, RESULT
from secframe.services.errors import FieldError, ValidationError
from secframe.services.records import check_version, get_or_fail

MAX_QUANTITY = COUNT_MAX  # more than anything a framework counts: a typing slip


@dataclass(frozen=True)
class ResultInput:
    """A result as entered: on a date, so many of a unit, approximate or exact."""

    recorded_on: date | None
    unit: ResultUnit | None
    quantity: int | None
    approximate: bool = False
    notes: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class ResultInfo:
    """A recorded result."""

    id: int
    commitment_id: int
    recorded_on: date
    unit: ResultUnit
    quantity: int
    approximate: bool
    notes: str | None
    source: str | None
    version: int

    def to_input(self) -> ResultInput:
        """The result as an input, to compare with an edited one."""
        return ResultInput(
            self.recorded_on, self.unit, self.quantity, self.approximate, self.notes, self.source
        )

    def text(self, lang: str | None = None) -> str:
        """'~20 arrests' in the current language (or ``lang``)."""
        return self.unit.count_text(self.quantity, self.approximate, lang)


@dataclass(frozen=True)
class ResultTotal:
    """What one commitment achieved in one unit, summed over its results."""

    commitment_id: int
    title: str
    unit: ResultUnit
    quantity: int
    approximate: bool
    last_on: date

    def text(self, lang: str | None = None) -> str:
        """'~20 arrests' in the current language (or ``lang``)."""
        return self.unit.count_text(self.quantity, self.approximate, lang)


def _info(r: CommitmentResult) -> ResultInfo:
    return ResultInfo(
        r.id,
        r.commitment_id,
        r.recorded_on,
        r.unit,
        r.quantity,
        r.approximate,
        r.notes,
        r.source,
        r.version,
    )


def _validate(data: ResultInput, today: date) -> None:
    check = Checker()
    if check.require("recorded_on", data.recorded_on, required("date")):
        assert data.recorded_on is not None
        try:
            check_date(data.recorded_on)
        except OutOfBounds as err:
            check.add("recorded_on", err.message)
    check.not_future("recorded_on", data.recorded_on, today)
    check.require(
        "unit", data.unit, msg("Rules", QT_TRANSLATE_NOOP("Rules", "Choose what is counted."))
    )
    if data.quantity is None:
        check.add(
            "quantity",
            msg("Rules", QT_TRANSLATE_NOOP("Rules", "Enter how many, in figures.")),
        )
    else:
        try:
            check_whole(data.quantity, 0, MAX_QUANTITY)
        except OutOfBounds as err:
            check.add("quantity", err.message)
    check.done()


def _apply(r: CommitmentResult, data: ResultInput) -> None:
    assert data.recorded_on is not None and data.unit is not None and data.quantity is not None
    r.recorded_on = data.recorded_on
    r.unit = data.unit
    r.quantity = data.quantity
    r.approximate = data.approximate
    r.notes = clean(data.notes)
    r.source = (clean(data.source) or "")[:300] or None


def add_result(
    session: Session, commitment_id: int, data: ResultInput, *, today: date | None = None
) -> ResultInfo:
    """Record a countable result of a commitment."""
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    _validate(data, today or date.today())
    r = CommitmentResult(commitment_id=c.id)
    _apply(r, data)
    session.add(r)
    session.flush()
    return _info(r)


def update_result(
    session: Session,
    result_id: int,
    data: ResultInput,
    *,
    expected_version: int | None,
    today: date | None = None,
) -> ResultInfo:
    """Change a recorded result."""
    r = get_or_fail(session, CommitmentResult, result_id, RESULT)
    check_version(r, expected_version, r.audit_label())
    _validate(data, today or date.today())
    _apply(r, data)
    r.updated_at = utcnow()
    session.flush()
    return _info(r)


def delete_result(session: Session, result_id: int, *, expected_version: int | None) -> None:
    """Remove a recorded result."""
    r = get_or_fail(session, CommitmentResult, result_id, RESULT)
    check_version(r, expected_version, r.audit_label())
    session.delete(r)
    session.flush()


@dataclass(frozen=True)
class ResultLine:
    """A result as edited: its id and the version it was read at when it is saved already."""

    id: int | None
    version: int | None
    data: ResultInput


def save_results(
    session: Session,
    commitment_id: int,
    lines: Iterable[ResultLine],
    saved: dict[int, ResultInfo],
) -> None:
    """Add, change and remove results so that they match ``lines`` (``saved``: the results
    the editor showed); errors name their row as ``results[i].field``."""
    kept = set()
    for i, line in enumerate(lines):
        try:
            if line.id is None:
                add_result(session, commitment_id, line.data)
                continue
            kept.add(line.id)
            if line.id not in saved or line.data != saved[line.id].to_input():
                update_result(session, line.id, line.data, expected_version=line.version)
        except ValidationError as err:
            raise ValidationError(
                FieldError(f"results[{i}].{e.field}", e.message) for e in err.errors
            ) from err
    for rid, info in saved.items():
        if rid not in kept:
            delete_result(session, rid, expected_version=info.version)


def results_of(session: Session, commitment_id: int) -> list[ResultInfo]:
    """A commitment's results, oldest first."""
    stmt = (
        select(CommitmentResult)
        .where(CommitmentResult.commitment_id == commitment_id)
        .order_by(CommitmentResult.recorded_on, CommitmentResult.id)
    )
    return [_info(r) for r in session.scalars(stmt)]


def framework_results(session: Session, framework_id: int) -> list[ResultInfo]:
    """Every result of a framework's commitments, by commitment then date."""
    stmt = (
        select(CommitmentResult)
        .join(Commitment, Commitment.id == CommitmentResult.commitment_id)
        .where(Commitment.framework_id == framework_id)
        .order_by(CommitmentResult.commitment_id, CommitmentResult.recorded_on, CommitmentResult.id)
    )
    return [_info(r) for r in session.scalars(stmt)]


def sum_results(results: Iterable[ResultInfo], titles: dict[int, str]) -> list[ResultTotal]:
    """Results summed by commitment and unit (approximate when any part is), the most recent
    first; ``titles`` names the commitments."""
    sums: dict[tuple[int, ResultUnit], list[ResultInfo]] = {}
    for r in results:
        sums.setdefault((r.commitment_id, r.unit), []).append(r)
    totals = [
        ResultTotal(
            commitment_id=cid,
            title=titles.get(cid, ""),
            unit=unit,
            quantity=sum(r.quantity for r in parts),
            approximate=any(r.approximate for r in parts),
            last_on=max(r.recorded_on for r in parts),
        )
        for (cid, unit), parts in sums.items()
    ]
    return sorted(totals, key=lambda t: (-t.last_on.toordinal(), t.title, t.unit.value))


def result_totals(
    session: Session,
    framework_id: int,
    *,
    since: date | None = None,
    until: date | None = None,
) -> list[ResultTotal]:
    """The framework's results summed by commitment and unit, counting those recorded from
    ``since`` (excluded: after the previous session) until ``until`` (included)."""
    stmt = (
        select(CommitmentResult, Commitment.title)
        .join(Commitment, Commitment.id == CommitmentResult.commitment_id)
        .where(Commitment.framework_id == framework_id)
    )
    if since is not None:
        stmt = stmt.where(CommitmentResult.recorded_on > since)
    if until is not None:
        stmt = stmt.where(CommitmentResult.recorded_on <= until)
    rows = session.execute(stmt).all()
    titles = {r.commitment_id: title for r, title in rows}
    return sum_results((_info(r) for r, _title in rows), titles)


def results_line(totals: Iterable[ResultTotal], lang: str | None = None) -> dict[int, str]:
    """Each commitment's results in one line: '~20 arrests, 60 patrols held' (in the current
    language, or ``lang``)."""
    lines: dict[int, list[str]] = {}
    for t in totals:
        lines.setdefault(t.commitment_id, []).append(t.text(lang))
    return {cid: ", ".join(parts) for cid, parts in lines.items()}
