"""The Summary sheet: framework, date, key figures and two native Excel charts."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from secframe.exchange.labels import enum_label, tr
from secframe.exchange.tracker.layout import COMMITMENTS, RESOURCES, SUMMARY, sheet_title
from secframe.exchange.tracker.rows import TrackerData
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
    "representatives, the names of session chairs and of the people who recorded the "
    "changes, and the descriptions and actors of incidents are left out.",
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
    ("overdue", QT_TRANSLATE_NOOP("Summary", "Planned or active, past their deadline")),
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
    sheet = _Summary(wb, data, lang, styles, exported_on)
    sheet.head(redacted)
    sheet.rows += [[sheet.cell(sheet.t(WORDS["figures"]), "subtitle")], *sheet.figure_rows(), []]
    status_top = len(sheet.rows) + 1
    sheet.rows += [*sheet.status_rows(), []]
    gaps_top = len(sheet.rows) + 1
    sheet.rows += [*sheet.gap_rows(), []]
    how = sheet.t(HOW_TO).format(
        commitments=sheet_title(COMMITMENTS, lang), resources=sheet_title(RESOURCES, lang)
    )
    sheet.wide_row(sheet.cell(how, "note"), height=75)
    for row in sheet.rows:
        sheet.ws.append(row)
    _charts(sheet.ws, data, sheet.t, status_top, gaps_top)
    return sheet.ws


class _Summary:
    """The rows of the Summary sheet, built before they are streamed."""

    def __init__(
        self, wb: Workbook, data: TrackerData, lang: str, styles: Styles, exported_on: date
    ) -> None:
        self.data, self.lang, self.styles, self.exported_on = data, lang, styles, exported_on
        self.ws = wb.create_sheet(sheet_title(SUMMARY, lang))
        self.rows: list[list[Any]] = []
        exported = self.t(WORDS["exported_on"]).format(date=format_date(exported_on, lang))
        print_setup(self.ws, data.framework.short_name, exported, self.t(WORDS["page"]), title_rows=None)  # fmt: skip
        for letter, width in zip("ABCD", (44, 16, 16, 16), strict=True):
            self.ws.column_dimensions[letter].width = width

    def t(self, text: str) -> str:
        """A Summary text in the export's language."""
        return tr(self.lang, C, text)

    def cell(self, value: Any, style: str) -> Any:
        """A cell with one of the export's styles."""
        from openpyxl.cell import WriteOnlyCell

        c = WriteOnlyCell(self.ws, _number(value))
        c._style = self.styles[style]
        return c

    def wide_row(self, cell: Any, height: float) -> None:
        """A row whose text spans the four table columns and wraps."""
        self.rows.append([cell])
        n = len(self.rows)
        self.ws.merged_cells.add(f"A{n}:D{n}")
        self.ws.row_dimensions[n].height = height

    def head(self, redacted: bool) -> None:
        """Title, export date, redaction notice, framework and regions."""
        fw = self.data.framework
        self.rows.append([self.cell(self.t(TITLE).format(framework=fw.name), "title")])
        exported = self.t(EXPORTED).format(date=format_date(self.exported_on, self.lang))
        self.rows.append([self.cell(exported, "note")])
        if redacted:
            self.wide_row(self.cell(self.t(REDACTED), "notice"), height=48)
        self.rows.append([])
        regions = ", ".join(fw.region_names) or "—"
        for word, value in ((WORDS["framework"], fw.name), (WORDS["regions"], regions)):
            self.rows.append([self.cell(self.t(word), "bold"), self.cell(value, "long")])
            n = len(self.rows)
            self.ws.merged_cells.add(f"B{n}:D{n}")  # 48 characters wide: wraps, never cut
            self.ws.row_dimensions[n].height = wrapped_lines(value, 48) * LINE_HEIGHT + 2
        self.rows.append([])

    def figure_rows(self) -> list[list[Any]]:
        """The key figures, one per row."""
        f = self.data.figures
        values = {
            "total": (f.total, "int"), "open": (f.open, "int"), "overdue": (f.overdue, "int"),
            "needed": (f.resources.needed, "money"), "pledged": (f.resources.pledged, "money"),
            "received": (f.resources.received, "money"), "gap": (f.resources.gap, "money"),
            "recent": (f.incidents_recent, "int"), "previous": (f.incidents_previous, "int"),
        }  # fmt: skip
        return [[self.cell(self.t(text), "text"), self.cell(*values[key])] for key, text in FIGURES]

    def status_rows(self) -> list[list[Any]]:
        """Commitments per status, each status coloured and named (the chart's data)."""
        rows: list[list[Any]] = [
            [self.cell(self.t(WORDS["by_status"]), "subtitle")],
            [self.cell(self.t(WORDS["status"]), "header"), self.cell(self.t(WORDS["count"]), "header")],
        ]  # fmt: skip
        for status in CommitmentStatus:
            label = self.cell(enum_label(status, self.lang), f"status_{status.value}")
            rows.append([label, self.cell(self.data.figures.statuses[status], "int")])
        return rows

    def gap_rows(self) -> list[list[Any]]:
        """Needed, received and gap per resource category (the second chart's data)."""
        heads = ("category", "needed", "received", "gap")
        rows: list[list[Any]] = [
            [self.cell(self.t(WORDS["gaps"]), "subtitle")],
            [self.cell(self.t(WORDS[k]), "header") for k in heads],
        ]
        if not self.data.gaps:
            rows.append([self.cell(self.t(WORDS["none"]), "note")])
        for g in self.data.gaps:
            amounts = (g.totals.needed, g.totals.received, g.totals.gap)
            rows.append([self.cell(g.label, "text"), *(self.cell(a, "money") for a in amounts)])
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
