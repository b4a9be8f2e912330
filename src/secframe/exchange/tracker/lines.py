"""The Resource needs sheet of a tracker workbook, and the check of the read-only sheets."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from secframe.exchange.cells import read_amount, read_int, read_quantity, read_text, same_amount
from secframe.exchange.errors import CellError
from secframe.exchange.import_report import text
from secframe.exchange.labels import enum_reader
from secframe.exchange.tracker.layout import CHECK
from secframe.exchange.tracker.rows import row_check
from secframe.exchange.tracker.sheet import SheetReader, report_service_error
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import ResourceCategory
from secframe.services import resources as rs
from secframe.services.commitments import CommitmentFilter, list_commitments
from secframe.services.errors import ServiceError
from secframe.services.resources import framework_need_infos

FIELDS = {
    "category": "category",
    "description": "description",
    "quantity": "quantity",
    "unit": "unit",
    "unit_cost": "unit_cost",
    "currency": "currency",
    "provider_member_id": "provider",
    "pledged": "pledged",
    "received": "received",
    "notes": "notes",
}
ZERO = Decimal(0)
CURRENCIES = {
    "xof": "XOF",
    "fcfa": "XOF",
    "f cfa": "XOF",
    "cfa": "XOF",
    "eur": "EUR",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
}


def _currency(value: Any) -> str | None:
    raw = read_text(value)
    if raw is None:
        return None
    found = CURRENCIES.get(raw.strip().lower())
    if found is None:
        raise CellError(
            msg(
                "Exchange",
                QT_TRANSLATE_NOOP(
                    "Exchange", "“{value}” is not a currency secframe knows (XOF or EUR)."
                ),
                value=raw,
            )
        )
    return found


class ResourceSheet:
    """Imports the Resource needs sheet: updates lines by their hidden ID, adds new lines."""

    def __init__(self, reader: SheetReader) -> None:
        self.r = reader
        self.ctx = reader.ctx
        self.lines = {
            n.id: n for n in framework_need_infos(self.ctx.session, self.ctx.framework_id)
        }
        self.commitments = {
            c.id: c.title
            for c in list_commitments(
                self.ctx.session, self.ctx.framework_id, CommitmentFilter(), today=self.ctx.today
            )
        }
        self.readers = {
            "_line": lambda v: read_int(v, 1, 10**12),
            "commitment_id": lambda v: read_int(v, 1, 10**12),
            "category": enum_reader(ResourceCategory),
            "description": read_text,
            "quantity": read_quantity,
            "unit": read_text,
            "unit_cost": read_amount,
            "currency": _currency,
            "provider": read_text,
            "pledged": read_amount,
            "received": read_amount,
            "needed": read_amount,
            "gap": read_amount,
            "notes": read_text,
            "_version": lambda v: read_int(v, 0, 10**9),
        }

    def run(self) -> None:
        """Read every row, then update or add the lines."""
        for number, values in self.r.rows():
            wanted = self.r.read_row(values, number, self.readers)
            if wanted is None:
                continue
            self._check_computed(number, wanted)
            line_id: int | None = wanted.get("_line")
            line = self.lines.get(line_id) if line_id else None
            if line_id and line is None:
                self._error(
                    number,
                    "",
                    QT_TRANSLATE_NOOP(
                        "Exchange",
                        "This resource line no longer exists in secframe; remove the row or add it again as a new row (copy it without its hidden ID).",
                    ),
                )
            elif line is not None:
                self._update(number, line, wanted)
            else:
                self._create(number, wanted)

    def _error(self, number: int, key: str, source: str, **params: Any) -> None:
        column = self.r.column_name(key) if key else ""
        self.ctx.report.error(msg("Exchange", source, **params), self.r.name, number, column)

    def _input(self, wanted: dict[str, Any], base: rs.ResourceNeedInput) -> rs.ResourceNeedInput:
        provider_id, provider_name = base.provider_member_id, base.provider_name
        if "provider" in wanted:
            name = wanted["provider"]
            provider_id = self.ctx.members.find(name) if name else None
            provider_name = None if provider_id else name
        changes: dict[str, Any] = {
            "provider_member_id": provider_id,
            "provider_name": provider_name,
        }
        for key in ("category", "description", "unit", "notes", "currency"):
            if key in wanted:
                changes[key] = wanted[key]
        for key in ("quantity", "unit_cost", "pledged", "received"):
            if key in wanted:
                changes[key] = wanted[key] if wanted[key] is not None else ZERO
        if changes.get("currency") is None:
            changes["currency"] = base.currency
        return replace(base, **changes)

    def _update(self, number: int, line: rs.ResourceNeedInfo, wanted: dict[str, Any]) -> None:
        if wanted.get("commitment_id") not in (None, line.commitment_id):
            self._error(
                number,
                "commitment_id",
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "A resource line cannot be moved to another commitment; add a new row instead.",
                ),
            )
            return
        try:
            data = self._input(wanted, line.to_input())
        except CellError as err:
            self.ctx.report.error(err.message, self.r.name, number, self.r.column_name("provider"))
            return
        if _same(data, line.to_input()):
            self.ctx.report.tally("resources").unchanged += 1
            return
        if wanted.get("_version") not in (None, line.version):
            self._error(
                number,
                "",
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "This resource line was changed in secframe after the workbook was exported; export it again and redo the changes there.",
                ),
            )
            return
        try:
            rs.update_resource_need(self.ctx.session, line.id, data, expected_version=line.version)
        except ServiceError as err:
            report_service_error(self.r, number, err, FIELDS)
            return
        self.ctx.report.tally("resources").updated += 1
        title = self.commitments.get(line.commitment_id, "")
        self.ctx.report.change(
            text(QT_TRANSLATE_NOOP("Exchange", "Resource line of “{title}” changed."), title=title),
            self.r.name,
            number,
        )

    def _create(self, number: int, wanted: dict[str, Any]) -> None:
        cid = wanted.get("commitment_id")
        if cid is None or cid not in self.commitments:
            self._error(
                number,
                "commitment_id",
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "A new resource line needs the ID of a commitment of this framework.",
                ),
            )
            return
        if wanted.get("category") is None:
            self._error(
                number,
                "category",
                QT_TRANSLATE_NOOP("Exchange", "A new resource line needs a category."),
            )
            return
        base = rs.ResourceNeedInput(category=wanted["category"])
        try:
            data = self._input(wanted, base)
            if wanted.get("quantity") is None:
                data = replace(data, quantity=Decimal(1))
        except CellError as err:
            self.ctx.report.error(err.message, self.r.name, number, self.r.column_name("provider"))
            return
        if any(_same(data, n.to_input()) for n in self.lines.values() if n.commitment_id == cid):
            self._error(
                number,
                "",
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "This new line is identical to a line the commitment already has (was the workbook imported twice?). Change its description to add it anyway.",
                ),
            )
            return
        try:
            rs.add_resource_need(self.ctx.session, cid, data)
        except ServiceError as err:
            report_service_error(self.r, number, err, FIELDS)
            return
        self.ctx.report.tally("resources").created += 1
        self.ctx.report.change(
            text(
                QT_TRANSLATE_NOOP("Exchange", "New resource line for “{title}”."),
                title=self.commitments[cid],
            ),
            self.r.name,
            number,
        )

    def _check_computed(self, number: int, w: dict[str, Any]) -> None:
        if w.get("quantity") is None or w.get("unit_cost") is None:
            return
        needed = w["quantity"] * w["unit_cost"]
        gap = max(needed - (w.get("received") or ZERO), ZERO)
        for key, value in (("needed", needed), ("gap", gap)):
            if key in w and not same_amount(w[key], value):
                self.ctx.report.warning(
                    text(
                        QT_TRANSLATE_NOOP(
                            "Exchange",
                            "This column is calculated (quantity × unit cost, less what was received); the value typed here is not imported.",
                        )
                    ),
                    self.r.name,
                    number,
                    self.r.column_name(key),
                )


def _same(a: rs.ResourceNeedInput, b: rs.ResourceNeedInput) -> bool:
    for name in ("quantity", "unit_cost", "pledged", "received"):
        if not same_amount(getattr(a, name), getattr(b, name)):
            return False
    others = (
        "category",
        "description",
        "unit",
        "currency",
        "provider_member_id",
        "provider_name",
        "notes",
    )
    return all(getattr(a, n) == getattr(b, n) for n in others)


def check_read_only(reader: SheetReader, columns: list[str]) -> None:
    """Warn about every row of a read-only sheet that was changed or added: those edits are
    not imported."""
    missing = [k for k in columns if not reader.has(k)]
    if missing or not reader.has(CHECK.key):
        reader.ctx.report.warning(
            text(
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "This sheet is for reading and its columns were changed; nothing in it is imported.",
                )
            ),
            reader.name,
        )
        return
    for number, values in reader.rows():
        check = reader.value(values, CHECK.key)
        if check is not None and row_check(reader.value(values, k) for k in columns) == str(check):
            continue
        reader.ctx.report.warning(
            text(
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "This sheet is for reading: the changes made to this row are not imported.",
                )
            ),
            reader.name,
            number,
        )
