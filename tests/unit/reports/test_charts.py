"""The chart functions: given plain data, the figure shows the expected bars, lines and words,
in the current language, and empty data gives a figure that says so."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from secframe import i18n
from secframe.models import CommitmentKind, CommitmentStatus
from secframe.reports import charts
from secframe.reports.charts_data import merge_periods
from secframe.reports.charts_resources import segments
from secframe.reports.charts_style import tr_count
from secframe.services.resources import Totals
from secframe.services.stats import KeyFigures, MonthCount, Period, ResourceGroup, StatusKindCount
from tests.fixtures.figures import outside

S, K = CommitmentStatus, CommitmentKind
NBSP = "\u00a0"


def drawn(fig: Figure) -> Figure:
    """Draw the figure as the screen would (layout included), to catch drawing errors."""
    FigureCanvasAgg(fig).draw()
    return fig


def texts(fig: Figure, gid: str | None = None) -> list[str]:
    """Every text of a figure (optionally those with a given gid), spaces normalised."""
    found = fig.findobj(lambda a: hasattr(a, "get_text") and (gid is None or a.get_gid() == gid))
    return [a.get_text().replace(NBSP, " ") for a in found if a.get_text()]


def legend_labels(fig: Figure) -> list[str]:
    return [t.get_text() for legend in fig.legends for t in legend.get_texts()]


def bar_widths(fig: Figure, label: str) -> list[float]:
    ax = fig.axes[0]
    container = next(c for c in ax.containers if c.get_label() == label)
    return [round(p.get_width(), 6) for p in container.patches]


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


# --- commitments by status and kind ---------------------------------------------------------


COUNTS = [
    StatusKindCount(S.PLANNED, K.PATROL, 2),
    StatusKindCount(S.ACTIVE, K.PATROL, 1),
    StatusKindCount(S.SUSPENDED, K.ESCORT, 3),
]


def test_status_kind_chart_has_a_bar_per_kind_split_by_status():
    fig = drawn(charts.status_kind_chart(COUNTS))
    assert fig.get_suptitle() == "Engagements par statut et par type"
    assert texts(fig, "row-label") == ["Patrouille", "Escorte armée"]
    assert [c.get_label() for c in fig.axes[0].containers] == ["Prévu", "En cours", "Suspendu"]
    assert bar_widths(fig, "Prévu") == [2, 0]
    assert bar_widths(fig, "Suspendu") == [0, 3]
    assert texts(fig, "total") == [" 3", " 3"]
    assert legend_labels(fig) == ["Prévu", "En cours", "Suspendu"]
    assert "6 engagements au total" in texts(fig, "subtitle")


def test_statuses_differ_by_hatch_as_well_as_colour():
    fig = charts.status_kind_chart(COUNTS)
    hatches = [c.patches[0].get_hatch() for c in fig.axes[0].containers]
    assert len(set(hatches)) == len(hatches)  # readable on a black-and-white printout


def test_status_kind_chart_follows_the_language():
    i18n.set_language("en")
    fig = charts.status_kind_chart(COUNTS)
    assert fig.get_suptitle() == "Commitments by status and kind"
    assert texts(fig, "row-label") == ["Patrol", "Armed escort"]
    assert legend_labels(fig) == ["Planned", "Active", "Suspended"]


@pytest.mark.parametrize("counts", [[], [StatusKindCount(S.ACTIVE, K.PATROL, 0)]])
def test_status_kind_chart_without_commitments_says_so(counts):
    fig = drawn(charts.status_kind_chart(counts))
    assert texts(fig, "empty-message") == ["Aucun engagement enregistré pour l’instant."]
    assert fig.get_suptitle() == "Engagements par statut et par type"


def test_singular_and_plural_follow_the_language():
    one = i18n.QT_TRANSLATE_NOOP("Charts", "{count} commitment")
    many = i18n.QT_TRANSLATE_NOOP("Charts", "{count} commitments")
    assert [tr_count(n, one, many) for n in (0, 1, 2)] == [
        "0 engagement",
        "1 engagement",
        "2 engagements",
    ]
    i18n.set_language("en")
    assert [tr_count(n, one, many) for n in (0, 1)] == ["0 commitments", "1 commitment"]


# --- resource gaps --------------------------------------------------------------------------


def group(label: str, needed: int, pledged: int = 0, received: int = 0) -> ResourceGroup:
    t = Totals(Decimal(needed), Decimal(pledged), Decimal(received), Decimal(needed - received))
    return ResourceGroup(label, label, t)


def test_a_gap_splits_into_received_awaited_and_uncovered():
    assert segments(group("a", 1000, pledged=600, received=200)) == (200, 400, 400)
    assert segments(group("b", 1000, pledged=0, received=0)) == (0, 0, 1000)
    assert segments(group("c", 1000, pledged=2000, received=100)) == (100, 900, 0)


def test_gap_by_commitment_shows_the_largest_gaps_in_fcfa():
    groups = [group(f"Engagement {i}", 1_000_000 * (13 - i), received=100_000) for i in range(12)]
    groups.append(group("Tout reçu", 500_000, received=500_000))
    fig = drawn(charts.gap_by_commitment_chart(groups, top=10))
    assert texts(fig, "row-label") == [f"Engagement {i}" for i in range(10)]
    assert texts(fig, "gap-label")[0] == " 12 900 000 FCFA"
    assert fig.axes[0].get_xlabel() == "Millions de FCFA"
    assert bar_widths(fig, "Reçu")[0] == 0.1  # amounts drawn in millions
    assert "10 plus gros écarts" in fig.get_suptitle()
    total_gap = sum(g.totals.gap for g in groups)
    assert plain(i18n.format_money(total_gap)) in texts(fig, "subtitle")[0]


def test_gap_by_category_keeps_covered_categories_and_small_amounts_in_fcfa():
    groups = [
        ResourceGroup("fuel", "Carburant", Totals(Decimal(90_000), Decimal(0), Decimal(0), Decimal(90_000))),
        ResourceGroup("vehicles", "Véhicules", Totals(Decimal(50_000), Decimal(50_000), Decimal(50_000), Decimal(0))),
    ]  # fmt: skip
    fig = drawn(charts.gap_by_category_chart(groups))
    assert texts(fig, "row-label") == ["Carburant", "Véhicules"]
    assert texts(fig, "gap-label") == [" 90 000 FCFA", " 0 FCFA"]
    assert fig.axes[0].get_xlabel() == "FCFA"
    assert legend_labels(fig) == ["Reçu", "Promis, pas encore reçu", "Non couvert"]


def test_gap_charts_say_when_there_is_nothing_to_show():
    covered = [group("Tout reçu", 500_000, received=500_000)]
    assert texts(charts.gap_by_commitment_chart(covered), "empty-message") == [
        "Tous les besoins sont couverts."
    ]
    assert texts(charts.gap_by_category_chart([]), "empty-message") == [
        "Aucun besoin enregistré pour l’instant."
    ]


def test_gap_chart_by_member_and_in_english():
    i18n.set_language("en")
    fig = charts.resource_gap_chart([group("CMA", 2_000_000)], by="member")
    assert fig.get_suptitle() == "Unmet resource needs by lead member"
    assert texts(fig, "gap-label") == [" 2,000,000 FCFA"]


# --- incidents ------------------------------------------------------------------------------


def months(counts: list[int], start: date = date(2019, 1, 1)) -> tuple[MonthCount, ...]:
    result = []
    y, m = start.year, start.month
    for n in counts:
        result.append(MonthCount(y, m, n, n // 3))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(result)


def test_incidents_chart_has_a_bar_per_month_and_shades_active_periods():
    band = charts.ActivityBand(
        7, "Patrouilles de la CMA", S.COMPLETED, (Period(date(2019, 3, 1), date(2019, 4, 1)),)
    )
    series = charts.IncidentSeries(
        "Axe\u00a0: Tombouctou – Goundam",
        months([7, 9, 1, 0, 2, 5]),
        covered=(Period(date(2019, 3, 1), date(2019, 4, 1)), Period(date(2019, 5, 1), None)),
        bands=(band,),
        more=2,
        today=date(2020, 1, 1),
    )
    fig = drawn(charts.incidents_chart(series))
    assert fig.get_suptitle() == "Incidents par mois – Axe\u00a0: Tombouctou – Goundam"
    bars = [p for p in fig.axes[0].patches if p.get_gid() == "incidents"]
    assert [p.get_height() for p in bars] == [7, 9, 1, 0, 2, 5]
    shaded = [p for p in fig.axes[0].patches if p.get_gid() == "active-period"]
    assert len(shaded) == 2
    # The ongoing period is shaded up to the end of the last month shown, not to today.
    assert shaded[1].get_x() + shaded[1].get_width() == pytest.approx(fig.axes[0].get_xlim()[1])
    assert texts(fig, "lane-label") == ["Patrouilles de la CMA", "et 2 autres engagements"]
    assert "Au moins un engagement actif ici" in legend_labels(fig)
    assert texts(fig, "subtitle") == ["Incidents : 24 · morts : 6 · janv. 2019 – juin 2019"]


def test_incidents_chart_without_activity_has_no_lanes():
    series = charts.IncidentSeries("Région : Gao", months([1, 2]))
    fig = drawn(charts.incidents_chart(series))
    assert len(fig.axes) == 1
    assert legend_labels(fig) == ["Incidents"]


@pytest.mark.parametrize("counts", [[], [0, 0, 0]])
def test_incidents_chart_without_incidents_says_so(counts):
    fig = drawn(charts.incidents_chart(charts.IncidentSeries("Région : Gao", months(counts))))
    assert texts(fig, "empty-message") == ["Aucun incident enregistré à cet endroit."]


def test_month_ticks_follow_the_language():
    series = charts.IncidentSeries("Cercle : Goundam", months([1, 2, 3, 4]))
    fig = drawn(charts.incidents_chart(series))
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert labels[:3] == ["janv. 19", "févr. 19", "mars 19"]
    i18n.set_language("en")
    fig = drawn(charts.incidents_chart(series))
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()][:2] == ["Jan 19", "Feb 19"]


def test_overlapping_periods_merge():
    today = date(2021, 1, 1)
    merged = merge_periods(
        [
            Period(date(2019, 5, 1), date(2019, 8, 1)),
            Period(date(2019, 3, 1), date(2019, 6, 1)),
            Period(date(2020, 1, 1), None),
            Period(date(2020, 2, 1), date(2020, 3, 1)),
        ],
        today,
    )
    assert merged == (Period(date(2019, 3, 1), date(2019, 8, 1)), Period(date(2020, 1, 1), None))


# --- timeline -------------------------------------------------------------------------------


def item(cid: int, title: str, *spans: tuple[S, date, date | None], **kw) -> charts.TimelineItem:
    status = spans[-1][0]
    return charts.TimelineItem(
        cid, title, status, tuple(charts.StatusSpan(*s) for s in spans), **kw
    )


TIMELINE = charts.Timeline(
    (
        item(1, "Patrouilles", (S.ACTIVE, date(2019, 3, 1), date(2019, 4, 1)),
             (S.COMPLETED, date(2019, 4, 1), None), original_deadline=date(2019, 3, 31)),
        item(2, "Escortes armées", (S.ACTIVE, date(2019, 4, 1), date(2020, 5, 1)),
             (S.SUSPENDED, date(2020, 5, 1), None), original_deadline=date(2019, 12, 31),
             deadline=date(2020, 12, 31),
             moves=(charts.DeadlineMove(date(2019, 11, 15), date(2019, 12, 31), date(2020, 12, 31)),)),
    ),
    total=5,
    today=date(2020, 12, 31),
)  # fmt: skip


def test_timeline_colours_each_status_span_and_writes_the_current_status():
    fig = drawn(charts.timeline_chart(TIMELINE))
    ax = fig.axes[0]
    assert fig.get_suptitle() == "Chronologie des engagements"
    assert texts(fig, "row-label") == ["Patrouilles", "Escortes armées"]
    spans = sorted(
        (round(p.get_y() + p.get_height() / 2), p.get_x(), p.get_gid())
        for p in ax.patches
        if (p.get_gid() or "").startswith("span:")
    )
    assert [(row, gid) for row, _x, gid in spans] == [
        (0, "span:active"),
        (0, "span:completed"),
        (1, "span:active"),
        (1, "span:suspended"),
    ]
    assert texts(fig, "status-word") == ["  Réalisé", "  Suspendu"]
    assert "2 engagements sur 5" in texts(fig, "subtitle")[0]


def test_timeline_marks_original_and_revised_deadlines():
    fig = charts.timeline_chart(TIMELINE)
    ax = fig.axes[0]
    assert len([line for line in ax.lines if line.get_gid() == "original-deadline"]) == 2
    revised = [line for line in ax.lines if line.get_gid() == "revised-deadline"]
    assert len(revised) == 1
    assert revised[0].get_xdata()[0] == pytest.approx(charts_day(date(2020, 12, 31)))
    assert any(line.get_gid() == "today" for line in ax.lines)
    assert {"Échéance initiale", "Échéance révisée", "Aujourd’hui"} <= set(legend_labels(fig))


def charts_day(value: date) -> float:
    from secframe.reports.charts_style import day_number

    return day_number(value)


def test_timeline_without_revisions_has_no_revised_legend_and_empty_says_so():
    plain_timeline = charts.Timeline(TIMELINE.items[:1], total=1, today=date(2020, 1, 1))
    fig = charts.timeline_chart(plain_timeline)
    assert "Échéance révisée" not in legend_labels(fig)
    assert texts(fig, "subtitle") == ["1 engagement"]
    empty = drawn(charts.timeline_chart(charts.Timeline((), 0, date(2020, 1, 1))))
    assert texts(empty, "empty-message") == ["Aucun engagement enregistré pour l’instant."]


# --- key figures ----------------------------------------------------------------------------


def key(**kw) -> KeyFigures:
    statuses = dict.fromkeys(S, 0) | kw.pop("statuses", {})
    defaults = {
        "statuses": statuses,
        "overdue": 0,
        "resources": Totals(Decimal(3_000_000), Decimal(0), Decimal(1_500_000), Decimal(1_500_000)),
        "incidents_recent": 6,
        "incidents_previous": 4,
        "since": date(2020, 10, 2),
        "until": date(2020, 12, 31),
    }
    return KeyFigures(**(defaults | kw))


def test_key_figures_as_text():
    kf = key(statuses={S.ACTIVE: 3, S.SUSPENDED: 2, S.COMPLETED: 4}, overdue=1)
    items = {i.key: i for i in charts.key_figure_items(kf)}
    assert list(items) == ["commitments", "active", "suspended", "overdue", "gap", "incidents"]
    assert (items["commitments"].value, items["commitments"].detail) == (
        "9",
        "Encore ouverts\u00a0: 5",
    )
    assert items["suspended"].alert and items["overdue"].alert
    assert not items["active"].alert
    assert plain(items["gap"].value) == "1 500 000 FCFA"
    assert plain(items["gap"].detail) == "sur 3 000 000 FCFA nécessaires"
    assert items["incidents"].label == "Incidents des 90 derniers jours"
    assert plain(items["incidents"].detail) == "4 au cours des 90 jours précédents (+50 %)"
    assert items["incidents"].alert  # more incidents than before


def test_fewer_incidents_is_not_an_alert_and_nothing_to_report_has_no_detail():
    items = {i.key: i for i in charts.key_figure_items(key(incidents_recent=2))}
    assert plain(items["incidents"].detail) == "4 au cours des 90 jours précédents (−50 %)"
    assert not items["incidents"].alert
    assert items["overdue"].detail == "" and not items["overdue"].alert


def test_key_figures_chart_shows_every_value_large():
    fig = drawn(charts.key_figures_chart(key(statuses={S.ACTIVE: 3})))
    assert texts(fig, "value:active") == ["3"]
    assert texts(fig, "value:gap") == ["1 500 000 FCFA"]
    i18n.set_language("en")
    fig = charts.key_figures_chart(key())
    assert "Unmet resource needs" in texts(fig)


# --- saving ---------------------------------------------------------------------------------


def test_save_as_png_or_svg(tmp_path: Path):
    fig = charts.status_kind_chart(COUNTS)
    png = charts.save_figure(fig, tmp_path / "engagements.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = charts.save_figure(fig, tmp_path / "engagements", fmt="svg")
    assert svg == tmp_path / "engagements.svg"
    assert "<svg" in svg.read_text("utf-8")
    assert "Engagements par statut" in svg.read_text("utf-8")
    with pytest.raises(ValueError):
        charts.save_figure(fig, tmp_path / "engagements.gif")


def test_every_status_has_a_colour_and_a_hatch():
    from secframe.models.enums import STATUS_COLOURS

    assert set(charts.STATUS_HATCHES) == set(S) == set(STATUS_COLOURS)


# --- nothing clipped ------------------------------------------------------------------------


LONG = "Escortes armées des forces de l'État sur l'axe Tombouctou – Goundam – Tonka – Niafunké"


@pytest.mark.parametrize("size", [(4.7, 3.4), (9.5, 5.7)])
def test_long_labels_and_amounts_stay_inside_the_figure(size):
    gaps = [group(f"{LONG} {i}", 1_234_567_890 // (i + 1), received=10_000_000) for i in range(10)]
    spans = ((S.ACTIVE, date(2017, 1, 1), date(2020, 5, 1)), (S.SUSPENDED, date(2020, 5, 1), None))
    line = charts.Timeline(
        tuple(item(i, f"{LONG} {i}", *spans) for i in range(15)), total=5000, today=date(2026, 1, 1)
    )
    series = charts.IncidentSeries(
        f"Axe : {LONG}", months([3] * 60, date(2017, 1, 1)),
        covered=(Period(date(2018, 1, 1), None),),
        bands=tuple(charts.ActivityBand(i, LONG, S.ACTIVE, (Period(date(2018, 1, 1), None),)) for i in range(6)),
        more=120, today=date(2022, 1, 1),
    )  # fmt: skip
    counts = [
        StatusKindCount(s, k, 100 + i) for i, (s, k) in enumerate((s, k) for s in S for k in K)
    ]
    for fig in (
        charts.gap_by_commitment_chart(gaps, size=size),
        charts.gap_by_category_chart(gaps, size=size),
        charts.timeline_chart(line, size=size),
        charts.incidents_chart(series, size=size),
        charts.status_kind_chart(counts, size=size),
    ):
        assert outside(fig) == [], fig.get_suptitle()


def test_row_labels_take_one_line_when_rows_are_many_and_short():
    groups = [group(f"{LONG} {i}", 1_000_000 * (i + 1)) for i in range(10)]
    small = charts.gap_by_commitment_chart(groups, size=(4.7, 3.6))
    assert all("\n" not in label for label in texts(small, "row-label"))
    tall = charts.gap_by_commitment_chart(groups[:3], size=(4.7, 3.6))
    assert all("\n" in label for label in texts(tall, "row-label"))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_key_figures_stay_inside_their_boxes(language):
    i18n.set_language(language)
    kf = key(statuses={S.ACTIVE: 1234, S.SUSPENDED: 56}, overdue=7, incidents_previous=1000)
    fig = charts.key_figures_chart(kf, size=(7.0, 1.6))
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    for item in charts.key_figure_items(kf):
        box = next(a for a in fig.artists if a.get_gid() == f"box:{item.key}")
        frame = box.get_window_extent(renderer)
        for part in ("value", "label", "detail"):
            for text in fig.findobj(lambda a, gid=f"{part}:{item.key}": a.get_gid() == gid):
                e = text.get_window_extent(renderer)
                assert frame.x0 <= e.x0 and e.x1 <= frame.x1, (item.key, part, text.get_text())
                assert frame.y0 <= e.y0 and e.y1 <= frame.y1, (item.key, part, text.get_text())
