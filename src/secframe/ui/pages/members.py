"""The members page: the framework's members, their categories and representatives."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from secframe import i18n
from secframe.models import MemberCategory, MembershipStatus
from secframe.services import members as mem
from secframe.services.changes import COMMITMENT, FRAMEWORK, MEMBER
from secframe.services.stats import member_commitment_counts
from secframe.ui.context import AppContext
from secframe.ui.dialogs import ask
from secframe.ui.editors.member import MemberEditor
from secframe.ui.pages.base import ListPage
from secframe.ui.tables.records import MEMBERS, MemberItem
from secframe.ui.widgets.filters import ChoiceFilter


def read_members(session: Session, framework_id: int | None) -> list[MemberItem]:
    """The rows of the members list, with how many commitments each takes part in."""
    if framework_id is None:
        return []
    counts = {m.member_id: m.total for m in member_commitment_counts(session, framework_id)}
    return [MemberItem(m, counts.get(m.id, 0)) for m in mem.list_members(session, framework_id)]


class MembersPage(ListPage):
    """The members of the current framework."""

    reload_on = (MEMBER, COMMITMENT, FRAMEWORK)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, MEMBERS, parent)
        self.new_button.setText(self.tr("New member"))
        self.new_button.setToolTip(self.tr("Add a member to the framework (Ctrl+N)"))
        self.category_filter = ChoiceFilter(self.tr("Category"), self)
        self.category_filter.set_choices(MemberCategory.choices())
        self.status_filter = ChoiceFilter(self.tr("Membership"), self)
        self.status_filter.set_choices(MembershipStatus.choices())
        self.filters.addWidget(self.category_filter)
        self.filters.addWidget(self.status_filter)
        self.category_filter.changed.connect(self._filter)
        self.status_filter.changed.connect(self._filter)

    def read(self, session: Session, framework_id: int | None, state: Any) -> Any:
        return self.rows_payload(read_members(session, framework_id), state)

    def _filter(self) -> None:
        categories = set(self.category_filter.selected())
        statuses = set(self.status_filter.selected())
        self.proxy.set_predicates(
            {
                "category": (lambda m: m.member.category in categories) if categories else None,
                "status": (lambda m: m.member.status in statuses) if statuses else None,
            }
        )

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("{shown} of {total} members shown").format(
            shown=i18n.format_number(shown), total=i18n.format_number(total)
        )

    def empty_text(self) -> str:
        if self.context.framework_id is None:
            return self.tr(
                "The database holds no framework yet: create one with File › New framework…"
            )
        return self.tr("No member yet. Add the framework's members with “New member” (Ctrl+N).")

    def editor(self, member_id: int | None) -> MemberEditor:
        """Open the member editor and return it."""
        return self.open_editor(MemberEditor(self.context, member_id, self))

    def new_record(self) -> None:
        """Add a member."""
        if self.context.framework_id is not None:
            self.editor(None)

    def open_records(self, rows: list[Any]) -> None:
        """Open the first selected member."""
        self.editor(rows[0].id)

    def record_actions(self, rows: list[Any]) -> list[QAction | None]:
        return self.standard_actions(rows, self.tr("New member"))

    def delete_records(self, rows: list[Any]) -> None:
        """Delete members nothing refers to; say why the others must stay."""
        self.context.load(
            self,
            "members:uses",
            lambda session: {r.id: mem.member_uses(session, r.id) for r in rows},
            lambda uses: self._confirm_delete(rows, uses),
        )

    def _confirm_delete(self, rows: list[Any], uses: dict[int, dict[str, int]]) -> None:
        """Say why used members must stay, or ask before deleting the others."""
        used = [r for r in rows if any(uses[r.id].values())]
        if used:
            names = "\n".join(
                self.tr("{name}: {commitments} commitment(s), {attendance} attendance(s)").format(
                    name=r.member.name, **uses[r.id]
                )
                for r in used
            )
            ask.inform(
                self,
                self.tr("Delete"),
                self.tr(
                    "These members are still referred to and cannot be deleted; set their "
                    "membership to “Withdrawn” instead:\n{names}"
                ).format(names=names),
            )
            return
        text = (
            self.tr("Delete the member “{name}” and its representatives?").format(
                name=rows[0].member.name
            )
            if len(rows) == 1
            else self.tr("Delete these {count} members and their representatives?").format(
                count=len(rows)
            )
        )
        if not ask.confirm(
            self,
            self.tr("Delete"),
            text,
            self.tr("Delete"),
            self.tr("Edit › Undo (Ctrl+Z) can bring it back until secframe is closed."),
        ):
            return
        targets = [(r.id, r.member.version) for r in rows]
        self.delete_in_background(targets, mem.delete_member)
