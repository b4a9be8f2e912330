"""Redaction that holds: known people's names (any case, with or without accents, either
order), phone numbers and e-mail addresses typed into every free-text field never reach a
redacted workbook (any XML part) or a redacted brief (its PDF text)."""

from __future__ import annotations

import html
import re
import zipfile
from datetime import date

import pytest
from sqlalchemy import text

from secframe.exchange.tracker import export
from secframe.jobs import JobState
from secframe.models import Representative, Sex
from secframe.printing import brief_pdf
from secframe.services.briefing import find_meeting
from secframe.services.frameworks import find_framework
from secframe.services.matching import fold
from secframe.services.redaction import Person, Redactor
from tests.fixtures.pdf import pdf_text

REP = "Fatoumata Kontao"
PHONE = "+223 76 45 12 98"
CHAIR = "Mahamane Sidibé"
# The same people as a secretariat types them in notes: another case, no accents, reversed.
TYPED = (
    "vu avec KONTAO fatoumata (tél. 76.45.12.98, f.kontao@exemple.org) "
    "et mahamane sidibe, ou 0022376451298"
)
SECRETS = ("kontao", "sidibe", "45 12 98", "45.12.98", "76451298", "exemple.org")
# Every free-text column of the schema (organisation and place names, codes, enums and the
# personal columns themselves are not free text).
FREE_TEXT = {
    "axes": ("notes",),
    "frameworks": ("facilitating_partners", "notes"),
    "localities": ("notes",),
    "incidents": ("sub_type", "actors", "description", "source"),
    "meetings": ("place", "notes"),
    "members": ("notes",),
    "agenda_items": ("title", "notes"),
    "commitments": (
        "title",
        "description",
        "source",
        "theme",
        "frequency",
        "outcome_notes",
        "unblock_by",
        "next_step",
    ),
    "decision_points": ("title", "situation", "options", "recommendation", "action_asked"),
    "follow_up_actions": ("what", "who", "note"),
    "decisions": ("text",),
    "commitment_partners": ("role",),
    "deadline_revisions": ("reason", "source"),
    "resource_needs": ("description", "provider_name", "notes"),
    "status_changes": ("reason", "source"),
    "review_entries": ("note",),
    "commitment_results": ("notes", "source"),
}


@pytest.fixture
def exposed(demo_db):
    """The example database with a known representative and chair, and both typed (with a
    phone number and an e-mail address) into every free-text field."""
    with demo_db.write() as s:
        framework = find_framework(s, "CGCS Tombouctou")
        member_id = s.execute(
            text("SELECT id FROM members WHERE framework_id = :f ORDER BY id LIMIT 1"),
            {"f": framework.id},
        ).scalar()
        s.add(
            Representative(
                member_id=member_id, name=REP, title="Présidente des femmes", phone=PHONE,
                sex=Sex.FEMALE,
            )
        )  # fmt: skip
        s.execute(
            text("UPDATE meetings SET chair = :c WHERE framework_id = :f"),
            {"c": CHAIR, "f": framework.id},
        )
        for table, columns in FREE_TEXT.items():
            for column in columns:
                s.execute(
                    text(f"UPDATE {table} SET {column} = COALESCE({column}, '') || ' — ' || :t"),
                    {"t": TYPED},
                )
    return demo_db, framework.id


def assert_clean(where: str, content: str) -> None:
    folded = fold(html.unescape(content))  # XML writes é as &#233;
    for secret in SECRETS:
        assert secret not in folded, f"{secret!r} in {where}"
    assert "fatoumata" not in folded or "kontao" not in folded, where


def test_a_redacted_workbook_holds_no_known_person_phone_or_address_in_any_part(exposed, tmp_path):
    db, framework_id = exposed
    path = tmp_path / "expurge.xlsx"
    options = export.ExportOptions(redact=True, today=date(2020, 6, 30))
    export.run(db, framework_id, path, options, JobState())
    with zipfile.ZipFile(path) as book:
        names = book.namelist()
        assert any("chart" in n for n in names) and "docProps/core.xml" in names
        assert "xl/sharedStrings.xml" in names or any("worksheets" in n for n in names)
        everything = ""
        for name in names:
            content = book.read(name).decode("utf-8", errors="replace")
            assert_clean(name, content)
            everything += html.unescape(content)
    # What stood there is still said, in words that name no one.
    assert "[Présidente des femmes," in everything or "[retiré]" in everything
    assert "[présidence de séance]" in everything


def test_a_full_workbook_does_hold_them(exposed, tmp_path):
    """The check above can fail: without --redact the same fields carry the names."""
    db, framework_id = exposed
    path = tmp_path / "complet.xlsx"
    export.run(db, framework_id, path, export.ExportOptions(today=date(2020, 6, 30)), JobState())
    with zipfile.ZipFile(path) as book:
        content = fold(
            html.unescape(
                " ".join(book.read(n).decode("utf-8", "replace") for n in book.namelist())
            )
        )
    assert "kontao" in content and "sidibe" in content and "45.12.98" in content


@pytest.mark.usefixtures("qapp")
def test_a_redacted_brief_names_no_one(exposed, tmp_path):
    db, framework_id = exposed
    with db.read() as s:
        meeting = find_meeting(s, framework_id)
    full, redacted = tmp_path / "note.pdf", tmp_path / "note-expurgee.pdf"
    brief_pdf.make_pdf(db, meeting.id, full, JobState(), today=date(2020, 6, 30))
    brief_pdf.make_pdf(db, meeting.id, redacted, JobState(), today=date(2020, 6, 30), redact=True)
    assert "sidibe" in fold(pdf_text(full)[0])  # the chair is printed in the full brief
    words, _pages = pdf_text(redacted)
    assert_clean("the brief", words)
    assert "[présidence de séance]" in words


def test_the_redactor_finds_names_in_any_case_accent_and_order():
    redact = Redactor(
        [Person("Aïcha Ag Mohamed", "[présidente]"), Person("Oumar Cissé", "[retiré]")],
        phones=["76 00 11 22"],
    )
    assert redact("AICHA AG MOHAMED a signé") == "[présidente] a signé"
    assert redact("Mohamed Ag Aïcha, puis cisse oumar.") == "[présidente], puis [retiré]."
    assert redact("tél : 76-00-11-22 / 7600 1122") == "tél : [retiré] / [retiré]"
    assert redact("écrire à oumar@exemple.org") == "écrire à [retiré]"
    assert redact("oumar.cisse@exemple.org") == "[retiré]"  # not « [retiré]@exemple.org »
    # Amounts, years and words that merely contain a name stay.
    kept = "15 000 000 FCFA pour 2019-2020, Mohamedou Cissébougou"
    assert redact(kept) == kept


def test_every_free_text_column_is_covered():
    """A new free-text column must be added to FREE_TEXT (or to the exceptions below)."""
    from sqlalchemy import Enum, String, Text

    from secframe.models import Base

    # meeting_snapshots: the frozen brief and minutes of adopted sessions (JSON), redacted
    # like the live ones when printed.
    not_free_text = {
        "audit_entries", "preferences", "representatives", "attendance", "meeting_snapshots",
    }  # fmt: skip
    structured = {
        "name", "short_name", "pcode", "path", "reference", "external_id", "unit",
        "currency", "locked_by", "recorded_by", "chair", "key",
    }  # fmt: skip
    found = {
        (t.name, c.name)
        for t in Base.metadata.sorted_tables
        if t.name not in not_free_text
        for c in t.columns
        if isinstance(c.type, String | Text) and not isinstance(c.type, Enum)
        if c.name not in structured
    }
    listed = {(t, c) for t, cols in FREE_TEXT.items() for c in cols}
    assert found == listed


def test_phone_pattern_spares_plain_numbers():
    redact = Redactor([])
    assert redact("Session n° 12, 3 véhicules, 1 500 000 FCFA") == (
        "Session n° 12, 3 véhicules, 1 500 000 FCFA"
    )
    assert re.search(r"\[retiré\]", redact("appeler le +223 66 12 34 56"))
