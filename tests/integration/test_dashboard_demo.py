"""The dashboard's charts on the example data: every framework draws, nothing is cut, and the
Timbuktu charts tell the story of the sources (escorts and Alafia against the incidents)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from secframe.db import Database
from secframe.reports import charts
from secframe.services.frameworks import list_frameworks
from tests.fixtures.figures import outside

TODAY = date(2020, 12, 31)  # the example data stops at the end of 2020


def test_every_example_framework_draws_its_dashboard(demo_db: Database, tmp_path: Path):
    with demo_db.read() as s:
        frameworks = list_frameworks(s)
        dashboards = [charts.load_dashboard(s, fw.id, today=TODAY) for fw in frameworks]
    assert len(dashboards) == 4
    for data in dashboards:
        figures = charts.dashboard_figures(data, {"timeline": (9.5, 6.0)})
        assert set(figures) == set(charts.CHART_KEYS), data.framework_name
        for key, fig in figures.items():
            assert outside(fig) == [], (data.framework_name, key)
        charts.save_figure(charts.key_figures_chart(data.key_figures), tmp_path / "key.svg")


def test_the_timbuktu_dashboard_tells_the_story_of_the_sources(demo_db: Database):
    with demo_db.read() as s:
        fw = next(f for f in list_frameworks(s) if f.short_name == "CGCS Tombouctou-Taoudéni")
        data = charts.load_dashboard(s, fw.id, today=TODAY)
    assert data.key_figures.total == 12
    assert data.key_figures.gap == Decimal(34_850_000)
    # The incidents chart opens on the long road, where escorts and Alafia were active.
    assert data.place is not None and data.place.label() == (
        "Axe\u00a0: Tombouctou – Goundam – Tonka – Niafunké"
    )
    assert data.incidents is not None
    titles = [b.title for b in data.incidents.bands]
    assert any(t.startswith("Escortes armées") for t in titles)
    assert "Opération Alafia contre le banditisme" in titles
    # Incidents on the road fell while they were active (April 2019 – April 2020).
    per_month = {(m.year, m.month): m.incidents for m in data.incidents.months}
    before = sum(per_month[(2018, m)] for m in range(4, 13))
    during = sum(per_month[(2019, m)] for m in range(5, 13)) + per_month[(2020, 1)]
    assert during < before / 2
    escorts = next(i for i in data.timeline.items if i.title.startswith("Escortes armées"))
    assert [m.new for m in escorts.moves] == [date(2020, 12, 31)]
    assert len(data.timeline.items) == 12
