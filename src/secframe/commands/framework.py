"""Command line: `secframe framework new|list|show`, so that an empty database can take its
first tracker without the desktop app."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from secframe import i18n
from secframe.commands.common import add_framework_option, framework_from, open_database
from secframe.commands.common import tr_cli as _t
from secframe.i18n import QT_TRANSLATE_NOOP, msg

if TYPE_CHECKING:
    from secframe.commands.common import AddCommand

ACTIONS = ("new", "list", "show")


def register(add: AddCommand) -> None:
    """Add the `framework` command to the `secframe` parser."""
    p = add(
        "framework",
        cmd_framework,
        _t(QT_TRANSLATE_NOOP("CLI", "create a framework, list the frameworks or show one")),
    )
    p.add_argument(
        "action",
        choices=ACTIONS,
        help=_t(
            QT_TRANSLATE_NOOP(
                "CLI",
                "new: create a framework (--name, --short-name, --region, --members); list: every framework; show: one framework with its regions and members",
            )
        ),
    )
    add_framework_option(p)
    p.add_argument("--name", help=_t(QT_TRANSLATE_NOOP("CLI", "the framework's full name (new)")))
    p.add_argument(
        "--short-name",
        help=_t(QT_TRANSLATE_NOOP("CLI", "the short name used in lists, e.g. CGCS-TBT (new)")),
    )
    p.add_argument(
        "--region",
        action="append",
        default=[],
        metavar="NAME",
        help=_t(
            QT_TRANSLATE_NOOP(
                "CLI", "a region the framework covers, e.g. Tombouctou (new; may be repeated)"
            )
        ),
    )
    p.add_argument(
        "--local-forum",
        action="store_true",
        help=_t(
            QT_TRANSLATE_NOOP(
                "CLI", "a local dialogue forum rather than a regional framework (new)"
            )
        ),
    )
    p.add_argument(
        "--members",
        type=Path,
        metavar="FILE.csv",
        help=_t(
            QT_TRANSLATE_NOOP(
                "CLI",
                "the members, one per row with the columns Nom;Sigle;Catégorie;Notes (new)",
            )
        ),
    )


def cmd_framework(args: argparse.Namespace) -> int:
    """Run `secframe framework ACTION`."""
    if args.action == "new":
        return _new(args)
    if args.action == "list":
        return _list(args)
    return _show(args)


def _new(args: argparse.Namespace) -> int:
    from secframe.exchange.import_report import ImportReport
    from secframe.exchange.members_csv import read_members
    from secframe.models import FrameworkLevel
    from secframe.services import frameworks as fws
    from secframe.services import members as mem
    from secframe.services.errors import FieldError, ValidationError
    from secframe.services.place_lookup import PlaceTree

    report = ImportReport(source=str(args.members or ""), kind="members")
    members = read_members(args.members, report) if args.members else []
    if report.has_errors:
        return _print_errors(report)
    db = open_database(args)
    try:
        with db.write("framework new") as session:
            tree = PlaceTree.load(session)
            region_ids = []
            for name in args.region:
                found = tree.region(name)
                if found is None:
                    known = ", ".join(sorted(tree.regions().values()))
                    message = msg("CLI", QT_TRANSLATE_NOOP("CLI", "“{name}” is not a known region; write one of: {regions}."), name=name, regions=known)  # fmt: skip
                    raise ValidationError([FieldError("region_ids", message)])
                region_ids.append(found[0])
            level = FrameworkLevel.LOCAL_FORUM if args.local_forum else FrameworkLevel.REGIONAL
            data = fws.FrameworkInput(
                name=args.name or "", short_name=args.short_name or "", level=level,
                region_ids=tuple(dict.fromkeys(region_ids)),
            )  # fmt: skip
            fw = fws.create_framework(session, data)
            for member in members:
                mem.create_member(session, fw.id, member)
    finally:
        db.close()
    print(
        _t(QT_TRANSLATE_NOOP("CLI", "Framework created: [{id}] {short_name} — {name}")).format(
            id=fw.id, short_name=fw.short_name, name=fw.name
        )
    )
    print(
        "  "
        + i18n.count_text(
            "CLI",
            len(members),
            QT_TRANSLATE_NOOP("CLI", "{count} member"),
            QT_TRANSLATE_NOOP("CLI", "{count} members"),
        )
    )
    return 0


def _print_errors(report: object) -> int:
    import sys

    for issue in getattr(report, "errors", []):
        print(f"secframe: {issue}", file=sys.stderr)
    print(
        "secframe: "
        + _t(
            QT_TRANSLATE_NOOP(
                "CLI", "Nothing was created: correct the file and run the command again."
            )
        ),
        file=sys.stderr,
    )
    return 2


def _list(args: argparse.Namespace) -> int:
    from secframe.services.frameworks import get_framework, list_frameworks

    db = open_database(args, create=False)
    try:
        with db.read() as session:
            frameworks = [get_framework(session, f.id) for f in list_frameworks(session)]
    finally:
        db.close()
    if not frameworks:
        print(_t(QT_TRANSLATE_NOOP("CLI", "No framework yet: create one with 'secframe framework new'.")))  # fmt: skip
    for f in frameworks:
        regions = ", ".join(f.region_names) or "–"
        line = _t(QT_TRANSLATE_NOOP("CLI", "[{id}] {short_name} — {name} ({level}; {regions})"))
        print(line.format(id=f.id, short_name=f.short_name, name=f.name, level=f.level.label(), regions=regions))  # fmt: skip
    return 0


def _show(args: argparse.Namespace) -> int:
    from secframe.services.frameworks import get_framework
    from secframe.services.members import list_members

    db = open_database(args, create=False)
    try:
        with db.read() as session:
            fw = get_framework(session, framework_from(session, args).id)
            members = list_members(session, fw.id)
    finally:
        db.close()
    rows = (
        (QT_TRANSLATE_NOOP("CLI", "Name"), fw.name),
        (QT_TRANSLATE_NOOP("CLI", "Short name"), fw.short_name),
        (QT_TRANSLATE_NOOP("CLI", "Kind"), fw.level.label()),
        (QT_TRANSLATE_NOOP("CLI", "Regions"), ", ".join(fw.region_names) or "–"),
    )
    for label, value in rows:
        print(_t(QT_TRANSLATE_NOOP("CLI", "{label}: {value}")).format(label=_t(label), value=value))
    print(_t(QT_TRANSLATE_NOOP("CLI", "Members ({n}):")).format(n=len(members)))
    for m in members:
        print(f"  {m.label} — {m.category.label()}")
    return 0
