"""Redaction that holds in the session documents: ``secframe minutes --redact`` (PDF and
Word) and ``secframe brief --format docx --redact`` leave out every person the database knows
— representatives (present or named in free text), participants on their own account, the
chair, the accounts that recorded changes — and phone numbers and e-mail addresses, through
the same redactor as the PDF brief; every part of the Word file is read, not only its text."""

from __future__ import annotations

import html
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, text

from secframe import commands
from secframe.models import Representative, Sex
from secframe.models.meeting import Attendance, Decision, FollowUpAction
from secframe.services.briefing import find_meeting
from secframe.services.matching import fold
from tests.fixtures.pdf import pdf_text
from tests.integration.test_redaction import CHAIR, REP, assert_clean, exposed  # noqa: F401

ATTENDEE = "Aminata Maïga"  # present on her own account
ACCOUNT = "oumar.cisse"  # the account that recorded the changes
# Typed into the decisions and their follow-up, as a secretariat writes them.
FOLLOW_UP = "suivi par MAIGA Aminata et Oumar Cissé (aminata.maiga@exemple.org, 66 21 43 87)"
MORE_SECRETS = ("maiga", "cisse", "21 43 87", "oumar")


@pytest.fixture
def documented(exposed):  # type: ignore[no-untyped-def]  # noqa: F811
    """The exposed example database whose latest session has the representative and a
    participant present, and a follow-up naming people; the changes recorded by an account
    named after a person."""
    db, framework_id = exposed
    with db.write() as s:
        meeting = find_meeting(s, framework_id)
        rep = s.execute(select(Representative).where(Representative.name == REP)).scalar_one()
        s.add(Attendance(meeting_id=meeting.id, member_id=rep.member_id,
                         representative_id=rep.id, sex=Sex.FEMALE))  # fmt: skip
        s.add(Attendance(meeting_id=meeting.id, member_id=rep.member_id, name=ATTENDEE,
                         sex=Sex.FEMALE))  # fmt: skip
        decision = Decision(
            meeting_id=meeting.id, position=1, text=f"Relancer les escortes, {FOLLOW_UP}"
        )
        decision.actions.append(
            FollowUpAction(position=1, what="Saisir le gouverneur", who=FOLLOW_UP)
        )
        s.add(decision)
        for table in ("status_changes", "deadline_revisions"):
            s.execute(text(f"UPDATE {table} SET recorded_by = :a"), {"a": ACCOUNT})
        s.execute(text("UPDATE audit_entries SET user = :a"), {"a": ACCOUNT})
        number = meeting.number
    return db, number


def docx_parts(path: Path) -> dict[str, str]:
    """Every text part of a Word file (document, headers, footers, properties, relations)."""
    with zipfile.ZipFile(path) as doc:
        return {
            name: html.unescape(doc.read(name).decode("utf-8", errors="replace"))
            for name in doc.namelist()
            if name.endswith((".xml", ".rels"))
        }


def assert_names_no_one(where: str, content: str) -> None:
    assert_clean(where, content)
    folded = fold(content)
    for secret in MORE_SECRETS:
        assert secret not in folded, f"{secret!r} in {where}"


def run(db, number: int, out: Path, command: str, *extra: str) -> None:  # type: ignore[no-untyped-def]
    args = [command, "--db", db.location, "--framework", "CGCS Tombouctou-Taoudéni",
            "--meeting", str(number), "-o", str(out), *extra]  # fmt: skip
    assert commands.main(args) == 0


@pytest.mark.usefixtures("qapp")
def test_redacted_minutes_and_word_files_name_no_one(documented, tmp_path, capsys):
    db, number = documented
    full = tmp_path / "cr-complet.docx"
    run(db, number, full, "minutes")
    whole = fold(" ".join(docx_parts(full).values()))
    assert "kontao" in whole and "maiga" in whole and "sidibe" in whole  # the check can fail

    minutes_pdf = tmp_path / "cr.pdf"
    run(db, number, minutes_pdf, "minutes", "--redact")
    words, _pages = pdf_text(minutes_pdf)
    assert_names_no_one("the minutes (PDF)", words)
    assert "[participant" in words and "[présidence de séance]" in words
    assert "[Présidente des femmes," in words  # the representative present, by her role

    for command in ("minutes", "brief"):
        out = tmp_path / f"{command}.docx"
        run(db, number, out, command, "--format", "docx", "--redact")
        parts = docx_parts(out)
        assert "word/document.xml" in parts and "docProps/core.xml" in parts
        assert "<dc:creator>secframe</dc:creator>" in parts["docProps/core.xml"]
        assert "python-docx" not in parts["docProps/core.xml"]
        for name, content in parts.items():
            assert_names_no_one(f"{command}: {name}", content)
    capsys.readouterr()


@pytest.mark.usefixtures("qapp")
def test_an_adopted_sessions_documents_name_not_who_adopted_them(demo_db, tmp_path, capsys):
    """Printed from the figures frozen at adoption, which say who adopted them."""
    full, redacted = tmp_path / "note.docx", tmp_path / "note-expurgee.docx"
    run(demo_db, 3, full, "brief", "--format", "docx")
    assert "Secrétariat (exemple)" in docx_parts(full)["word/document.xml"]
    run(demo_db, 3, redacted, "brief", "--format", "docx", "--redact")
    for name, content in docx_parts(redacted).items():
        assert "secretariat (exemple)" not in fold(content), name
    capsys.readouterr()
