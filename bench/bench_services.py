"""Service queries and aggregates on the large database, against bare SQL for the same rows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from common import Benchmark, Context
from secframe.models import LocalityLevel
from secframe.services import commitments as cs
from secframe.services import incidents as inc
from secframe.services import meetings as ms
from secframe.services import members as mem
from secframe.services import stats

TODAY = date(2026, 1, 1)
GOAL_MS = 200


def benchmarks(ctx: Context) -> list[Benchmark]:
    """List queries and aggregates, each under 200 ms."""
    db, fw = ctx.db, ctx.framework_id

    def service(fn, *args, **kw):  # type: ignore[no-untyped-def]
        def run() -> object:
            with db.read() as s:
                return fn(s, *args, **kw)

        return run

    def raw(sql: str):  # type: ignore[no-untyped-def]
        def run() -> object:
            with db.engine.connect() as conn:
                return conn.execute(text(sql), {"fw": fw}).all()

        return run

    with db.read() as s:
        some = cs.list_commitments(s, fw, cs.CommitmentFilter(kinds=frozenset()), today=TODAY)
        with_axis = next(c for c in some if c.axis_id is not None)
        region = s.execute(text("SELECT locality_id FROM framework_regions LIMIT 1")).scalar()
    all_commitments = "SELECT * FROM commitments WHERE framework_id = :fw"
    return [
        Benchmark("list commitments (5,000 rows)", service(cs.list_commitments, fw, today=TODAY),
                  raw(all_commitments), "SELECT commitments", GOAL_MS),
        Benchmark("list commitments, filtered by text",
                  service(cs.list_commitments, fw, cs.CommitmentFilter(text="sécurisation 12"), today=TODAY),
                  raw(all_commitments + " AND title LIKE '%12%'"), "SELECT … LIKE", GOAL_MS),
        Benchmark("list commitments of a member",
                  service(cs.list_commitments, fw, cs.CommitmentFilter(member_id=7), today=TODAY),
                  raw(all_commitments + " AND lead_member_id = 7"), "SELECT … lead", GOAL_MS),
        Benchmark("one commitment with its history", service(cs.get_commitment, with_axis.id, today=TODAY),
                  raw(f"SELECT * FROM commitments WHERE id = {with_axis.id}"), "SELECT one", GOAL_MS),
        Benchmark("list members (500)", service(mem.list_members, fw),
                  raw("SELECT * FROM members WHERE framework_id = :fw"), "SELECT members", GOAL_MS),
        Benchmark("list sessions (300) with attendance and decisions", service(ms.list_meetings, fw),
                  raw("SELECT * FROM meetings WHERE framework_id = :fw"), "SELECT meetings", GOAL_MS),
        Benchmark("list incidents, first 500 of 50,000",
                  service(inc.list_incidents, inc.IncidentFilter(framework_id=fw), limit=500),
                  raw("SELECT * FROM incidents ORDER BY occurred_on DESC LIMIT 500"), "SELECT … LIMIT",
                  GOAL_MS),
        Benchmark("count incidents in the framework's regions",
                  service(inc.count_incidents, inc.IncidentFilter(framework_id=fw)),
                  raw("SELECT count(*) FROM incidents"), "SELECT count(*)", GOAL_MS),
        Benchmark("commitments by status × kind", service(stats.status_kind_counts, fw),
                  raw("SELECT status, kind, count(*) FROM commitments WHERE framework_id = :fw "
                      "GROUP BY status, kind"), "GROUP BY", GOAL_MS),
        Benchmark("commitments by member", service(stats.member_commitment_counts, fw),
                  raw("SELECT lead_member_id, count(*) FROM commitments GROUP BY lead_member_id"),
                  "GROUP BY", GOAL_MS),
        Benchmark("deadline slippage", service(stats.deadline_slippage, fw),
                  raw("SELECT commitment_id, count(*) FROM deadline_revisions GROUP BY commitment_id"),
                  "GROUP BY", GOAL_MS),
        Benchmark("resource gaps by commitment", service(stats.resource_gaps, fw, "commitment"),
                  raw("SELECT commitment_id, sum(quantity * unit_cost), sum(received) FROM resource_needs "
                      "GROUP BY commitment_id"), "GROUP BY", GOAL_MS),
        Benchmark("resource gaps by category", service(stats.resource_gaps, fw, "category"),
                  raw("SELECT category, sum(quantity * unit_cost) FROM resource_needs GROUP BY category"),
                  "GROUP BY", GOAL_MS),
        Benchmark("resource gaps by lead member", service(stats.resource_gaps, fw, "member"),
                  raw("SELECT c.lead_member_id, sum(r.quantity * r.unit_cost) FROM resource_needs r "
                      "JOIN commitments c ON c.id = r.commitment_id GROUP BY c.lead_member_id"),
                  "GROUP BY", GOAL_MS),
        Benchmark("incidents per month (framework)",
                  service(stats.incidents_per_month, inc.IncidentFilter(framework_id=fw)),
                  raw("SELECT strftime('%Y-%m', occurred_on), count(*) FROM incidents GROUP BY 1"),
                  "GROUP BY month", GOAL_MS),
        Benchmark("incidents per month (one region)",
                  service(stats.incidents_per_month, inc.IncidentFilter(locality_id=region)),
                  raw("SELECT strftime('%Y-%m', occurred_on), count(*) FROM incidents GROUP BY 1"),
                  "GROUP BY month", GOAL_MS),
        Benchmark("incidents per month (one axis)",
                  service(stats.incidents_per_month, inc.IncidentFilter(axis_id=with_axis.axis_id)),
                  raw("SELECT strftime('%Y-%m', occurred_on), count(*) FROM incidents WHERE axis_id = 1 "
                      "GROUP BY 1"), "GROUP BY month", GOAL_MS),
        Benchmark("incidents by cercle",
                  service(stats.incidents_by_place, inc.IncidentFilter(framework_id=fw), LocalityLevel.CERCLE),
                  raw("SELECT locality_id, count(*) FROM incidents GROUP BY locality_id"), "GROUP BY",
                  GOAL_MS),
        Benchmark("incidents by axis",
                  service(stats.incidents_by_place, inc.IncidentFilter(framework_id=fw), "axis"),
                  raw("SELECT axis_id, count(*) FROM incidents GROUP BY axis_id"), "GROUP BY", GOAL_MS),
        Benchmark("incidents before/during/after a commitment",
                  service(stats.incidents_around, with_axis.id, today=TODAY),
                  raw("SELECT count(*) FROM incidents WHERE axis_id = 1"), "SELECT count(*)", GOAL_MS),
        Benchmark("active periods of all commitments", service(stats.active_periods, framework_id=fw),
                  raw("SELECT commitment_id, changed_on, to_status FROM status_changes ORDER BY 1, 2"),
                  "SELECT log", GOAL_MS),
        Benchmark("key figures", service(stats.key_figures, fw, today=TODAY),
                  raw("SELECT status, count(*) FROM commitments GROUP BY status"), "GROUP BY", GOAL_MS),
    ]  # fmt: skip
