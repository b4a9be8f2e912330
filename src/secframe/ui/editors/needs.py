"""Resource need lines of a commitment, edited like a spreadsheet, with live totals in XOF."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secframe import i18n
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.models import ResourceCategory, bounds
from secframe.services.members import MemberInfo
from secframe.services.money import CURRENCY_RATES
from secframe.services.resources import ResourceNeedInfo, ResourceNeedInput, Totals, totals_of
from secframe.ui.widgets.cut_cells import CutCellTips
from secframe.ui.widgets.errors import ERROR_COLOUR
from secframe.ui.widgets.fields import parse_amount
from secframe.ui.widgets.member_picker import MemberList, MemberPicker

Index = QModelIndex | QPersistentModelIndex
AMOUNTS = ("quantity", "unit_cost", "pledged", "received")

# (input field, header, width in characters); "needed" and "gap" are computed.
COLUMNS = (
    ("category", QT_TRANSLATE_NOOP("Needs", "Category"), 13),
    ("description", QT_TRANSLATE_NOOP("Needs", "Description"), 22),
    ("quantity", QT_TRANSLATE_NOOP("Needs", "Quantity"), 6),
    ("unit", QT_TRANSLATE_NOOP("Needs", "Unit"), 9),
    ("unit_cost", QT_TRANSLATE_NOOP("Needs", "Unit cost"), 8),
    ("currency", QT_TRANSLATE_NOOP("Needs", "Currency"), 5),
    ("provider", QT_TRANSLATE_NOOP("Needs", "Funder"), 10),
    ("pledged", QT_TRANSLATE_NOOP("Needs", "Pledged"), 9),
    ("received", QT_TRANSLATE_NOOP("Needs", "Received"), 9),
    ("needed", QT_TRANSLATE_NOOP("Needs", "Needed"), 12),
    ("gap", QT_TRANSLATE_NOOP("Needs", "Gap"), 12),
)
KEYS = [c[0] for c in COLUMNS]


@dataclass
class NeedLine:
    """A line as being edited: amounts kept as typed until they are read."""

    category: ResourceCategory = ResourceCategory.OTHER
    description: str = ""
    quantity: str = "1"
    unit: str = ""
    unit_cost: str = "0"
    currency: str = "XOF"
    provider_member_id: int | None = None
    provider_name: str = ""
    pledged: str = "0"
    received: str = "0"
    notes: str | None = None
    id: int | None = None
    version: int | None = None
    errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_info(cls, info: ResourceNeedInfo) -> NeedLine:
        """A saved line."""
        data = info.to_input()
        return cls(
            category=data.category,
            description=data.description or "",
            quantity=_text(data.quantity),
            unit=data.unit or "",
            unit_cost=_text(data.unit_cost),
            currency=data.currency,
            provider_member_id=data.provider_member_id,
            provider_name=data.provider_name or "",
            pledged=_text(data.pledged),
            received=_text(data.received),
            notes=data.notes,
            id=info.id,
            version=info.version,
        )

    def problems(self) -> dict[str, str]:
        """Amounts that cannot be read or are out of bounds (negative, too large), by field:
        the same bounds as the services and the importers."""
        result = {}
        for name in AMOUNTS:
            try:
                value = parse_amount(getattr(self, name))
            except ValueError:
                result[name] = QCoreApplication.translate(
                    "Needs", "Enter an amount in figures, like 1 500 000."
                )
                continue
            check = bounds.check_quantity if name == "quantity" else bounds.check_amount
            try:
                if value is not None:
                    check(value)
            except bounds.OutOfBounds as err:
                result[name] = str(err)
        return result

    def to_input(self) -> ResourceNeedInput:
        """The line for the service (an unreadable amount counts as 0: ``problems`` says why,
        and nothing is saved while there is one)."""
        amounts = {n: _amount_or_zero(getattr(self, n)) for n in AMOUNTS}
        return ResourceNeedInput(
            category=self.category,
            description=self.description.strip() or None,
            unit=self.unit.strip() or None,
            currency=self.currency,
            provider_member_id=self.provider_member_id,
            provider_name=None if self.provider_member_id else (self.provider_name.strip() or None),
            notes=self.notes,
            **amounts,
        )


def _amount_or_zero(text: str) -> Decimal:
    try:
        return parse_amount(text) or Decimal(0)
    except ValueError:
        return Decimal(0)


def column_title(key: str) -> str:
    """The translated title of a column, by key ("pledged" -> "Promis")."""
    key = "provider" if key.startswith("provider") else key
    titles = {k: title for k, title, _width in COLUMNS}
    return QCoreApplication.translate("Needs", titles[key]) if key in titles else key


def _text(value: Decimal) -> str:
    decimals = 0 if value == value.to_integral_value() else 2
    return i18n.format_number(value, decimals)


class NeedLinesModel(QAbstractTableModel):
    """The lines being edited; ``totals_changed`` follows every edit."""

    totals_changed = Signal()

    def __init__(
        self, members: list[tuple[int, str]], parent: Any = None, funders: Iterable[int] = ()
    ) -> None:
        super().__init__(parent)
        self.lines: list[NeedLine] = []
        self.members = dict(members)
        self.funders = [i for i in self.members if i in set(funders)]  # PTF: offered first

    def set_lines(self, lines: list[NeedLine]) -> None:
        """Replace every line."""
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()
        self.totals_changed.emit()

    def add_line(self) -> int:
        """Append an empty line; returns its row."""
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(NeedLine())
        self.endInsertRows()
        self.totals_changed.emit()
        return row

    def remove_rows(self, rows: list[int]) -> None:
        """Remove lines (they are deleted when the commitment is saved)."""
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
        self.totals_changed.emit()

    def totals(self) -> Totals:
        """Needed, pledged, received and gap of the readable lines, in XOF."""
        return totals_of([ln.to_input() for ln in self.lines if not ln.problems()])

    def left_out(self) -> list[tuple[int, str]]:
        """(line number, column title) of every cell the totals leave out (unreadable or out
        of bounds), in order."""
        return [
            (row + 1, column_title(name))
            for row, line in enumerate(self.lines)
            for name in line.problems()
        ]

    def set_error(self, row: int, name: str, message: str) -> None:
        """Mark a cell as breaking a rule."""
        if 0 <= row < len(self.lines):
            key = "provider" if name.startswith("provider") else name
            column = KEYS.index(key) if key in KEYS else 0
            self.lines[row].errors[KEYS[column]] = message
            self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def clear_errors(self) -> None:
        """Unmark every cell."""
        for line in self.lines:
            line.errors.clear()
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(KEYS) - 1))

    # --- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Needs", COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if KEYS[index.column()] in ("needed", "gap"):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, key = self.lines[index.row()], KEYS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(line, key, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (*AMOUNTS, "needed", "gap"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        message = line.errors.get(key) or line.problems().get(key)
        if role == Qt.ItemDataRole.BackgroundRole and message:
            return QBrush(QColor("#f9d6d5"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return message or None
        return None

    def _text(self, line: NeedLine, key: str, editing: bool) -> Any:
        if key == "category":
            return line.category.value if editing else line.category.label()
        if key == "currency" and not editing:
            return "FCFA" if line.currency == "XOF" else line.currency
        if key == "provider":
            if line.provider_member_id is not None:
                return self.members.get(line.provider_member_id, "")
            return line.provider_name
        if key in ("needed", "gap"):
            if line.problems():
                return ""
            data = line.to_input()
            needed = data.quantity * data.unit_cost
            value = needed if key == "needed" else max(needed - data.received, Decimal(0))
            return i18n.format_money(value, data.currency)
        value = getattr(line, key)
        if key in AMOUNTS and not editing:
            try:
                amount = parse_amount(value)
            except ValueError:
                return value
            return _text(amount) if amount is not None else ""
        return value

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        line, key = self.lines[index.row()], KEYS[index.column()]
        if key == "category":
            line.category = ResourceCategory(value)
        elif key == "provider" and isinstance(value, int) and value in self.members:
            line.provider_member_id, line.provider_name = value, ""  # chosen in the picker
        elif key == "provider":
            text = str(value or "").strip()
            match = [i for i, name in self.members.items() if name.casefold() == text.casefold()]
            line.provider_member_id = match[0] if match else None
            line.provider_name = "" if match else text
        else:
            setattr(line, key, str(value or "").strip())
        line.errors.pop(key, None)
        last = self.index(index.row(), len(KEYS) - 1)
        self.dataChanged.emit(self.index(index.row(), 0), last)
        self.totals_changed.emit()
        return True


class _Delegate(CutCellTips):
    """Combo boxes for the category, currency and provider; text for the rest; a cut cell
    shows its whole text as tooltip."""

    def __init__(
        self, model: NeedLinesModel, members: Sequence[MemberInfo] = (), parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.lines = model
        self.members = members
        self._list: MemberList | None = None  # built when a funder is first typed

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        key = KEYS[index.column()]
        if key == "category":
            combo = QComboBox(parent)
            for member in ResourceCategory:
                combo.addItem(member.label(), member.value)
            return combo
        if key == "currency":
            combo = QComboBox(parent)
            for code in CURRENCY_RATES:
                combo.addItem("FCFA (XOF)" if code == "XOF" else code, code)
            return combo
        if key == "provider":
            return self._funder_picker(parent)
        return super().createEditor(parent, option, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The cell, outlined in red when it breaks a rule (its tooltip says which)."""
        super().paint(painter, option, index)
        if index.data(Qt.ItemDataRole.ToolTipRole):
            painter.save()
            pen = QPen(QColor(ERROR_COLOUR))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()

    def _funder_picker(self, parent: QWidget) -> MemberPicker:
        """The funders (PTF) of the framework first, then its other members, found by typing
        part of a name (accents and case ignored); a name that is not a member can be typed."""
        picker = MemberPicker(parent, free_text=True)
        if self._list is None:
            self._list = MemberList(self.members, first=self.lines.funders, parent=self)
        picker.set_list(self._list)
        picker.changed.connect(lambda: self._keep(picker))  # chosen: kept at once
        picker.edit.editingFinished.connect(lambda: self._keep(picker))  # e.g. Save clicked
        return picker

    def _keep(self, picker: MemberPicker) -> None:
        """Write the picker's choice to the line while it is open (once closed, the view
        already did)."""
        if picker.isVisible():
            self.commitData.emit(picker)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, MemberPicker):
            line = self.lines.lines[index.row()]
            if line.provider_member_id is not None:
                editor.set_value(line.provider_member_id)
            else:
                editor.set_text(line.provider_name)
            return
        if isinstance(editor, QComboBox):
            position = editor.findData(value) if not editor.isEditable() else -1
            if editor.isEditable():
                editor.setCurrentText(str(value or ""))
            elif position >= 0:
                editor.setCurrentIndex(position)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, MemberPicker):
            chosen = editor.value()
            model.setData(index, chosen if chosen is not None else editor.text())
            return
        if isinstance(editor, QComboBox):
            value = editor.currentText() if editor.isEditable() else editor.currentData()
            model.setData(index, value)
            return
        super().setModelData(editor, model, index)


class NeedsEditor(QWidget):
    """The lines table, buttons to add and remove lines, and the totals below."""

    def __init__(
        self,
        members: Sequence[MemberInfo],
        parent: QWidget | None = None,
        funders: Iterable[int] = (),
    ) -> None:
        super().__init__(parent)
        choices = [(m.id, m.label) for m in sorted(members, key=lambda m: m.label.casefold())]
        self.model = NeedLinesModel(choices, self, funders)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(_Delegate(self.model, members, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for i, (_key, title, width) in enumerate(COLUMNS):
            text = QCoreApplication.translate("Needs", title)
            self.table.setColumnWidth(
                i,
                max(
                    self.fontMetrics().horizontalAdvance("0" * width) + 12,
                    header.fontMetrics().horizontalAdvance(text) + 16,  # the title is never cut
                ),
            )
        add = QPushButton(self.tr("Add a line"), self)
        remove = QPushButton(self.tr("Remove the selected lines"), self)
        add.clicked.connect(self.add_line)
        remove.clicked.connect(self.remove_selected)
        self.totals_label = QLabel(self)
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setObjectName("needs_totals")
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.totals_label)
        self.model.totals_changed.connect(self.show_totals)
        self.show_totals()

    def add_line(self) -> None:
        """Add an empty line and start typing its category."""
        row = self.model.add_line()
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.edit(self.model.index(row, 0))

    def remove_selected(self) -> None:
        """Remove the selected lines."""
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        self.model.remove_rows(rows)

    def show_totals(self) -> None:
        """Write the live totals under the table."""
        t = self.model.totals()
        money = i18n.format_money
        parts = [
            self.tr("Needed: {amount}").format(amount=money(t.needed)),
            self.tr("Pledged: {amount}").format(amount=money(t.pledged)),
            self.tr("Received: {amount}").format(amount=money(t.received)),
        ]
        left_out = self.model.left_out()
        colour = "#b00020" if t.gap > 0 or left_out else "#1b7d3a"
        gap = self.tr("Gap: {amount}").format(amount=money(t.gap))
        parts.append(f'<b style="color:{colour}">{gap}</b>')
        text = " &nbsp;·&nbsp; ".join(parts)
        if left_out:  # never a reassuring total beside a cell that is not counted
            cells = ", ".join(
                self.tr("line {line}, {column}").format(line=line, column=column)
                for line, column in left_out[:4]
            ) + (" …" if len(left_out) > 4 else "")
            warning = self.tr("⚠ Not counted, to correct: {cells}").format(cells=html.escape(cells))
            text += f'<br><b style="color:#b00020">{warning}</b>'
        self.totals_label.setText(text)

    def lines_input(self) -> tuple[tuple[int | None, int | None, ResourceNeedInput], ...]:
        """(id, version, input) of every line, in order."""
        return tuple((ln.id, ln.version, ln.to_input()) for ln in self.model.lines)

    def problems(self) -> dict[str, str]:
        """Unreadable amounts, as ``needs[i].field``."""
        return {
            f"needs[{i}].{name}": text
            for i, line in enumerate(self.model.lines)
            for name, text in line.problems().items()
        }

    def show_error(self, name: str, message: str) -> str:
        """Mark the cell of an error named ``needs[i].field``; returns the banner text."""
        index, _, fieldname = name.partition("].")
        row = int(index.removeprefix("needs["))
        self.model.set_error(row, fieldname, message)
        if 0 <= row < self.model.rowCount():
            column = (
                KEYS.index("provider" if fieldname.startswith("provider") else fieldname)
                if (fieldname in KEYS or fieldname.startswith("provider"))
                else 0
            )
            self.table.scrollTo(self.model.index(row, column))
        return self.tr("Line {line}, {column}: {message}").format(
            line=row + 1, column=column_title(fieldname), message=message
        )
