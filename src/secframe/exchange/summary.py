"""The Summary sheet: framework, date, key figures and two native Excel charts."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from secframe.exchange.labels import enum_label, tr
from secframe.exchange.layout import COMMITMENTS, RESOURCES, SUMMARY, sheet_title
from secframe.exchange.rows import TrackerData
from secframe.exchange.xlsx import LINE_HEIGHT, Styles, print_setup, wrapped_lines
from secframe.i18n import QT_TRANSLATE_NOOP, format_date
from secframe.models import CommitmentStatus
from secframe.models.enums import STATUS_COLOURS

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

C = "Summary"
TITLE = QT_TRANSLATE_NOOP("Summary", "Commitment tracker — {framework}")
EXPORTED = QT_TRANSLATE_NOOP("Summary", "Exported from secframe on {date}.")
REDACTED = QT_TRANSLATE_NOOP(
    "Summary",
    "Redacted copy for sharing beyond the framework: the names and phone numbers of "
    "representatives, the names of session chairs, and the descriptions and actors of "
    "incidents are left out.",
)
HOW_TO = QT_TRANSLATE_NOOP(
    "Summary",
    "To update the tracker, change the cells of the sheets “{commitments}” and “{resources}” "
    "and send the file back; leave the ID columns as they are and add new rows without an ID. "
    "A change of status needs the date of the change and, for a suspension, its cause and "
    "reason. The other sheets are for reading: changes made there are not taken into account.",
)
FIGURES = (
    ("total", QT_TRANSLATE_NOOP("Summary", "Commitments")),
    ("open", QT_TRANSLATE_NOOP("Summary", "Open (planned, active or suspended)")),
    ("overdue", QT_TRANSLATE_NOOP("Summary", "Open and past their deadline")),
    ("needed", QT_TRANSLATE_NOOP("Summary", "Resources needed")),
    ("pledged", QT_TRANSLATE_NOOP("Summary", "Resources pledged")),
    ("received", QT_TRANSLATE_NOOP("Summary", "Resources received")),
    ("gap", QT_TRANSLATE_NOOP("Summary", "Resource gap")),
    ("recent", QT_TRANSLATE_NOOP("Summary", "Incidents in the last 90 days")),
    ("previous", QT_TRANSLATE_NOOP("Summary", "Incidents in the 90 days before")),
)
WORDS = {
    "framework": QT_TRANSLATE_NOOP("Summary", "Framework"),
    "regions": QT_TRANSLATE_NOOP("Summary", "Regions"),
    "figures": QT_TRANSLATE_NOOP("Summary", "Key figures"),
    "by_status": QT_TRANSLATE_NOOP("Summary", "Commitments by status"),
    "status": QT_TRANSLATE_NOOP("Summary", "Status"),
    "count": QT_TRANSLATE_NOOP("Summary", "Commitments"),
    "gaps": QT_TRANSLATE_NOOP("Summary", "Resources by category (FCFA)"),
    "category": QT_TRANSLATE_NOOP("Summary", "Category"),
    "needed": QT_TRANSLATE_NOOP("Summary", "Needed"),
    "received": QT_TRANSLATE_NOOP("Summary", "Received"),
    "gap": QT_TRANSLATE_NOOP("Summary", "Gap"),
    "none": QT_TRANSLATE_NOOP("Summary", "No resource needs recorded."),
    "page": QT_TRANSLATE_NOOP("Summary", "Page"),
    "exported_on": QT_TRANSLATE_NOOP("Summary", "Exported on {date}"),
}


def write_summary(
    wb: Workbook,
    data: TrackerData,
    *,
    lang: str,
    styles: Styles,
    redacted: bool,
    exported_on: date,
) -> WriteOnlyWorksheet:
    """Write the Summary sheet (it must be the first sheet created)."""
    from openpyxl.cell import WriteOnlyCell

    def t(text: str) -> str:
        return tr(lang, C, text)

    ws = wb.create_sheet(sheet_title(SUMMARY, lang))
    print_setup(
        ws,
        data.framework.short_name,
        t(WORDS["exported_on"]).format(date=format_date(exported_on, lang)),
        t(WORDS["page"]),
        title_rows=None,
    )
    for letter, width in zip("ABCD", (44, 16, 16, 16), strict=True):
        ws.column_dimensions[letter].width = width

    def cell(value: Any, style: str) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value)
        c._style = styles[style]
        return c

    fw = data.framework
    rows: list[list[Any]] = [
        [cell(t(TITLE).format(framework=fw.name), "title")],
        [cell(t(EXPORTED).format(date=format_date(exported_on, lang)), "note")],
    ]
    if redacted:
        rows.append([cell(t(REDACTED), "notice")])
        ws.merged_cells.add(f"A{len(rows)}:D{len(rows)}")
        ws.row_dimensions[len(rows)].height = 48
    first = len(rows) + 2
    regions = ", ".join(fw.region_names) or "—"
    for r, value in ((first, fw.name), (first + 1, regions)):
        ws.merged_cells.add(f"B{r}:D{r}")  # 48 characters wide: long names wrap, never cut
        ws.row_dimensions[r].height = wrapped_lines(value, 48) * LINE_HEIGHT + 2
    rows += [
        [],
        [cell(t(WORDS["framework"]), "bold"), cell(fw.name, "long")],
        [cell(t(WORDS["regions"]), "bold"), cell(regions, "long")],
        [],
        [cell(t(WORDS["figures"]), "subtitle")],
        *_figure_rows(data, cell, t),
        [],
    ]
    status_top = len(rows) + 1
    rows += _status_rows(data, cell, t, lang)
    rows.append([])
    gaps_top = len(rows) + 1
    rows += _gap_rows(data, cell, t)
    rows.append([])
    how = t(HOW_TO).format(
        commitments=sheet_title(COMMITMENTS, lang), resources=sheet_title(RESOURCES, lang)
    )
    rows.append([cell(how, "note")])
    ws.merged_cells.add(f"A{len(rows)}:D{len(rows)}")
    ws.row_dimensions[len(rows)].height = 75
    for row in rows:
        ws.append(row)
    _charts(ws, data, t, status_top, gaps_top)
    return ws


def _figure_rows(data: TrackerData, cell: Any, t: Any) -> list[list[Any]]:
    f = data.figures
    values = {
        "total": (f.total, "int"),
        "open": (f.open, "int"),
        "overdue": (f.overdue, "int"),
        "needed": (f.resources.needed, "money"),
        "pledged": (f.resources.pledged, "money"),
        "received": (f.resources.received, "money"),
        "gap": (f.resources.gap, "money"),
        "recent": (f.incidents_recent, "int"),
        "previous": (f.incidents_previous, "int"),
    }
    return [
        [cell(t(text), "text"), cell(_number(values[key][0]), values[key][1])]
        for key, text in FIGURES
    ]


def _status_rows(data: TrackerData, cell: Any, t: Any, lang: str) -> list[list[Any]]:
    rows: list[list[Any]] = [
        [cell(t(WORDS["by_status"]), "subtitle")],
        [cell(t(WORDS["status"]), "header"), cell(t(WORDS["count"]), "header")],
    ]
    for status in CommitmentStatus:
        rows.append(
            [
                cell(enum_label(status, lang), f"status_{status.value}"),
                cell(data.figures.statuses[status], "int"),
            ]
        )
    return rows


def _gap_rows(data: TrackerData, cell: Any, t: Any) -> list[list[Any]]:
    rows: list[list[Any]] = [
        [cell(t(WORDS["gaps"]), "subtitle")],
        [cell(t(WORDS[k]), "header") for k in ("category", "needed", "received", "gap")],
    ]
    if not data.gaps:
        rows.append([cell(t(WORDS["none"]), "note")])
    for g in data.gaps:
        rows.append(
            [
                cell(g.label, "text"),
                cell(_number(g.totals.needed), "money"),
                cell(_number(g.totals.received), "money"),
                cell(_number(g.totals.gap), "money"),
            ]
        )
    return rows


def _number(value: Any) -> Any:
    from decimal import Decimal

    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _charts(
    ws: WriteOnlyWorksheet, data: TrackerData, t: Any, status_top: int, gaps_top: int
) -> None:
    """Native charts reading the tables above, so the recipient can restyle them."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.label import DataLabelList
    from openpyxl.chart.marker import DataPoint

    first = status_top + 2
    last = first + len(CommitmentStatus) - 1
    chart = BarChart()
    chart.type = "bar"
    chart.title = t(WORDS["by_status"])
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=first - 1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    series = chart.series[0]
    for i, status in enumerate(CommitmentStatus):
        point = DataPoint(idx=i)
        point.graphicalProperties.solidFill = STATUS_COLOURS[status].lstrip("#")
        series.dPt.append(point)
    chart.dataLabels = DataLabelList(
        showVal=True, showSerName=False, showCatName=False, showLegendKey=False, showPercent=False
    )
    chart.y_axis.majorGridlines = None
    chart.x_axis.scaling.orientation = "maxMin"  # statuses top to bottom, in their order
    chart.height, chart.width = 8, 16
    ws.add_chart(chart, "F4")
    if not data.gaps:
        return
    first = gaps_top + 2
    last = first + len(data.gaps) - 1
    gaps = BarChart()
    gaps.type = "col"
    gaps.title = t(WORDS["gaps"])
    gaps.add_data(
        Reference(ws, min_col=2, max_col=4, min_row=first - 1, max_row=last), titles_from_data=True
    )
    gaps.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    for s, colour in zip(gaps.series, ("8DA0CB", "1B9E77", "D95F02"), strict=True):
        s.graphicalProperties.solidFill = colour
    gaps.y_axis.numFmt = '#,##0 "FCFA"'
    gaps.height, gaps.width = 9, 16
    ws.add_chart(gaps, "F21")
