"""Qt item models for the lists (called *tables* so they are not confused with ORM models).

How to show a new kind of record in a list (the recipe every list follows)::

    from secframe.i18n import QT_TRANSLATE_NOOP
    from secframe.ui.tables import Column, RecordFilterProxy, RecordTableModel, RecordTableView
    from secframe.ui.tables import TableSpec, date_column, text_column

    MEETINGS = TableSpec(
        name="meetings",                      # QSettings key of widths, order, hidden columns
        context="Columns",                    # translation context of the titles below
        columns=(
            Column("number", QT_TRANSLATE_NOOP("Columns", "N°"), lambda m: m.number),
            date_column("held_on", QT_TRANSLATE_NOOP("Columns", "Date"), lambda m: m.held_on),
            text_column("place", QT_TRANSLATE_NOOP("Columns", "Place"), lambda m: m.place),
        ),
    )
    model = RecordTableModel(MEETINGS)       # rows are frozen dataclasses from a service
    proxy = RecordFilterProxy(model)         # search box + named predicates
    view = RecordTableView(MEETINGS, settings)
    view.setModel(proxy)
    model.set_rows(rows)                     # beginResetModel/endResetModel
    proxy.set_search("tombouctou")           # accent- and case-insensitive, every word
    proxy.set_predicate("open", lambda m: not m.locked)
    view.open_requested.connect(open_editor) # double-click or Enter, with the row objects

Roles: ``ROW_ROLE`` gives the row object, ``SORT_ROLE`` the value a column sorts by,
``ID_ROLE`` the row's id. Sorting happens in the source model (one Python sort, fast on
thousands of rows); the proxy forwards ``sort()`` to it and only filters. Big tables
(incidents) use ``LazyRecordModel``: an ordered list of ids from the database, rows fetched
a block at a time when the view shows them.
"""

from secframe.ui.tables.columns import (
    Column,
    TableSpec,
    date_column,
    enum_column,
    money_column,
    number_column,
    text_column,
)
from secframe.ui.tables.lazy import LazyRecordModel
from secframe.ui.tables.model import ID_ROLE, ROW_ROLE, SORT_ROLE, RecordTableModel
from secframe.ui.tables.proxy import RecordFilterProxy
from secframe.ui.tables.view import RecordTableView

__all__ = [
    "ID_ROLE",
    "ROW_ROLE",
    "SORT_ROLE",
    "Column",
    "LazyRecordModel",
    "RecordFilterProxy",
    "RecordTableModel",
    "RecordTableView",
    "TableSpec",
    "date_column",
    "enum_column",
    "money_column",
    "number_column",
    "text_column",
]
