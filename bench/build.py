"""Build the large benchmark database quickly with bulk inserts (no audit, no validation).

5,000 commitments with status logs, deadline revisions, partners and resource lines;
50,000 incidents; 500 members with representatives; 300 sessions — in one framework, so that
every list is as long as it gets.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from secframe.db import Database
from secframe.models import (
    AgendaItem,
    Attendance,
    Axis,
    AxisLocality,
    Commitment,
    CommitmentKind,
    CommitmentPartner,
    CommitmentStatus,
    DeadlineRevision,
    Decision,
    Framework,
    FrameworkLevel,
    Incident,
    IncidentType,
    Locality,
    LocalityLevel,
    Meeting,
    MeetingKind,
    Member,
    MemberCategory,
    Representative,
    ResourceCategory,
    ResourceNeed,
    Sex,
    StatusChange,
    Verification,
    framework_regions,
)

SIZES = {
    "commitments": 5000,
    "incidents": 50_000,
    "members": 500,
    "meetings": 300,
    "localities": 400,
    "axes": 20,
}
NOW = datetime(2026, 1, 1, 12, 0)
BATCH = 5000


def _stamp(row: dict[str, Any], versioned: bool = True) -> dict[str, Any]:
    row.setdefault("created_at", NOW)
    row.setdefault("updated_at", NOW)
    if versioned:
        row.setdefault("version", 1)
    return row


def _insert(conn: Any, model: Any, rows: list[dict[str, Any]]) -> None:
    for i in range(0, len(rows), BATCH):
        conn.execute(insert(model), rows[i : i + BATCH])


def build(path: Path, scale: float = 1.0, seed: int = 42) -> dict[str, int]:
    """Create the benchmark database at ``path`` (replacing it); returns the sizes built."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    sizes = {k: max(int(v * scale), 1) for k, v in SIZES.items()}
    rng = random.Random(seed)
    db = Database.open(path)
    try:
        with db.engine.begin() as conn:
            _build(conn, sizes, rng)
    finally:
        db.close()
    return sizes


def _build(conn: Any, sizes: dict[str, int], rng: random.Random) -> None:
    cercles = conn.execute(
        select(Locality.id, Locality.path, Locality.parent_id).where(
            Locality.level == LocalityLevel.CERCLE
        )
    ).all()
    regions = sorted({c.parent_id for c in cercles})
    # places: communes under random cercles (ids assigned here so paths can be written at once)
    next_loc = conn.execute(select(Locality.id).order_by(Locality.id.desc()).limit(1)).scalar() + 1
    locs = []
    for i in range(sizes["localities"]):
        cercle = rng.choice(cercles)
        lid = next_loc + i
        locs.append(
            _stamp({"id": lid, "parent_id": cercle.id, "level": LocalityLevel.COMMUNE,
                    "name": f"Commune {i:04d}", "path": f"{cercle.path}{lid}/"})
        )  # fmt: skip
    _insert(conn, Locality, locs)
    loc_ids = [r["id"] for r in locs]
    axes = [_stamp({"id": i + 1, "name": f"Axe {i + 1:02d}"}) for i in range(sizes["axes"])]
    _insert(conn, Axis, axes)
    stops = []
    for a in axes:
        for pos, lid in enumerate(rng.sample(loc_ids, rng.randint(3, 5))):
            stops.append({"axis_id": a["id"], "locality_id": lid, "position": pos})
    _insert(conn, AxisLocality, stops)
    member_ids = _build_members(conn, sizes, rng, regions)
    _build_meetings(conn, sizes, rng, member_ids)
    _build_commitments(conn, sizes, rng, member_ids, loc_ids, len(axes))
    _build_incidents(conn, sizes, rng, stops, loc_ids, len(axes))


def _build_members(
    conn: Any, sizes: dict[str, int], rng: random.Random, regions: list[int]
) -> list[int]:
    _insert(conn, Framework, [_stamp({"id": 1, "name": "Cadre de test de charge", "short_name": "Charge",
                                      "level": FrameworkLevel.REGIONAL})])  # fmt: skip
    conn.execute(
        insert(framework_regions), [{"framework_id": 1, "locality_id": r} for r in regions]
    )

    members = [
        _stamp({"id": i + 1, "framework_id": 1, "name": f"Membre {i + 1:03d}",
                "category": rng.choice(list(MemberCategory)), "status": "active"})
        for i in range(sizes["members"])
    ]  # fmt: skip
    _insert(conn, Member, members)
    reps = [
        _stamp({"member_id": m["id"], "name": f"Représentant {m['id']}-{k}", "title": "Point focal",
                "phone": "+223 00 00 00 00", "sex": rng.choice(list(Sex))})
        for m in members for k in range(rng.randint(1, 2))
    ]  # fmt: skip
    _insert(conn, Representative, reps)
    return [m["id"] for m in members]


def _build_meetings(
    conn: Any, sizes: dict[str, int], rng: random.Random, member_ids: list[int]
) -> None:
    meetings, attendance, agenda, decisions = [], [], [], []
    start = date(2017, 1, 1)
    for n in range(1, sizes["meetings"] + 1):
        held = start + timedelta(days=n * 10)
        meetings.append(_stamp({"id": n, "framework_id": 1, "number": n, "kind": MeetingKind.ORDINARY,
                                "held_on": held, "place": "Gouvernorat", "chair": "Gouverneur",
                                "locked": n < sizes["meetings"]}))  # fmt: skip
        for mid in rng.sample(member_ids, min(10, len(member_ids))):
            attendance.append({"meeting_id": n, "member_id": mid, "sex": rng.choice(list(Sex))})
        agenda += [{"meeting_id": n, "position": k, "title": f"Point {k + 1}"} for k in range(3)]
        decisions += [
            {"meeting_id": n, "position": k, "text": f"Décision {n}.{k + 1}"} for k in range(2)
        ]
    _insert(conn, Meeting, meetings)
    _insert(conn, Attendance, attendance)
    _insert(conn, AgendaItem, agenda)
    _insert(conn, Decision, decisions)


def _build_commitments(
    conn: Any,
    sizes: dict[str, int],
    rng: random.Random,
    member_ids: list[int],
    loc_ids: list[int],
    n_axes: int,
) -> None:
    start = date(2017, 1, 1)
    commitments, partners, changes, revisions, needs = [], [], [], [], []
    paths = [
        [CommitmentStatus.PLANNED],
        [CommitmentStatus.PLANNED, CommitmentStatus.ACTIVE],
        [CommitmentStatus.ACTIVE, CommitmentStatus.SUSPENDED],
        [CommitmentStatus.ACTIVE, CommitmentStatus.COMPLETED],
        [CommitmentStatus.PLANNED, CommitmentStatus.ABANDONED],
        [CommitmentStatus.ACTIVE, CommitmentStatus.SUSPENDED, CommitmentStatus.ACTIVE],
    ]
    for cid in range(1, sizes["commitments"] + 1):
        begin = start + timedelta(days=rng.randrange(3000))
        deadline = begin + timedelta(days=rng.randrange(30, 400))
        history = rng.choice(paths)
        on = begin
        prev = None
        for status in history:
            cause = reason = None
            if status in (CommitmentStatus.SUSPENDED, CommitmentStatus.ABANDONED):
                cause, reason = (
                    rng.choice(status.offered_causes()),
                    "Manque de carburant et de véhicules",
                )
            changes.append(_stamp({"commitment_id": cid, "changed_on": on, "from_status": prev,
                                   "to_status": status, "cause": cause, "reason": reason,
                                   "recorded_by": "bench", "recorded_at": NOW}, versioned=False))  # fmt: skip
            prev = status
            on += timedelta(days=rng.randrange(10, 120))
        current = deadline
        for _ in range(rng.choice([0, 0, 0, 1, 2])):
            new = current + timedelta(days=rng.randrange(15, 120))
            revisions.append(_stamp({"commitment_id": cid, "previous_deadline": current, "new_deadline": new,
                                     "reason": "Report décidé en session", "decided_on": current,
                                     "recorded_by": "bench", "recorded_at": NOW}, versioned=False))  # fmt: skip
            current = new
        lead = rng.choice(member_ids)
        commitments.append(_stamp({
            "id": cid, "framework_id": 1, "kind": rng.choice(list(CommitmentKind)),
            "title": f"Engagement {cid:05d} : patrouille et sécurisation", "lead_member_id": lead,
            "locality_id": rng.choice(loc_ids), "axis_id": rng.choice([None, None, rng.randint(1, n_axes)]),
            "start_date": begin, "original_deadline": deadline, "deadline": current,
            "status": history[-1], "status_since": on, "implementation_level": rng.randint(0, 3),
            "description": "Engagement généré pour le banc d'essai.",
        }))  # fmt: skip
        for pid in rng.sample([m for m in member_ids if m != lead], rng.randint(0, 3)):
            partners.append({"commitment_id": cid, "member_id": pid, "role": "Partenaire"})
        for _ in range(rng.randint(0, 4)):
            qty = Decimal(rng.randint(1, 50))
            cost = Decimal(rng.choice([750, 25_000, 60_000, 350_000, 2_500_000]))
            needed = qty * cost
            pledged = needed * Decimal(rng.choice(["0", "0.5", "1"]))
            needs.append(_stamp({"commitment_id": cid, "category": rng.choice(list(ResourceCategory)),
                                 "description": "Besoin", "quantity": qty, "unit": "unité", "unit_cost": cost,
                                 "currency": "XOF", "pledged": pledged,
                                 "received": pledged * Decimal(rng.choice(["0", "0.5", "1"]))}))  # fmt: skip
    _insert(conn, Commitment, commitments)
    _insert(conn, CommitmentPartner, partners)
    _insert(conn, StatusChange, changes)
    _insert(conn, DeadlineRevision, revisions)
    _insert(conn, ResourceNeed, needs)


def _build_incidents(
    conn: Any,
    sizes: dict[str, int],
    rng: random.Random,
    stops: list[dict[str, int]],
    loc_ids: list[int],
    n_axes: int,
) -> None:
    axis_stops: dict[int, list[int]] = {}
    for s in stops:
        axis_stops.setdefault(s["axis_id"], []).append(s["locality_id"])
    incidents = []
    for i in range(sizes["incidents"]):
        on_axis = rng.random() < 0.3
        axis_id = rng.randint(1, n_axes) if on_axis else None
        lid = rng.choice(axis_stops[axis_id]) if axis_id else rng.choice(loc_ids)
        incidents.append(_stamp({
            "occurred_on": date(2015, 1, 1) + timedelta(days=rng.randrange(4000)),
            "type": rng.choice(list(IncidentType)), "locality_id": lid, "axis_id": axis_id,
            "fatalities": rng.choice([0, 0, 0, 1, 2]), "description": "Incident généré",
            "source": "banc d'essai", "verification": rng.choice(list(Verification)),
            "time_precision": rng.choice([1, 1, 2, 3]), "geo_precision": rng.choice([1, 2, 3]),
            "external_id": f"BENCH{i}",
        }))  # fmt: skip
    _insert(conn, Incident, incidents)
