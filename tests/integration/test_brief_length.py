"""The example's session 4 brief is short and wastes no page: the incidents start right
after the money still to find, with the map and chart on the last page beside the agenda."""

from __future__ import annotations

from datetime import date

import pypdf
import pytest

from secframe.jobs import JobState
from secframe.printing import brief_pdf
from secframe.services import frameworks
from secframe.services import meetings as ms
from tests.fixtures.pdf import words

pytestmark = pytest.mark.usefixtures("qapp")


def _pages(demo_db, tmp_path):
    with demo_db.read() as s:
        fw = frameworks.find_framework(s, "CGCS Tombouctou-Taoudéni").id
        meeting = next(m for m in ms.list_meetings(s, fw) if m.number == 4)
    path = tmp_path / "note.pdf"
    brief_pdf.make_pdf(demo_db, meeting.id, path, JobState(), today=date(2026, 12, 4))
    reader = pypdf.PdfReader(path)
    return [(words(p.extract_text()), len(p.images)) for p in reader.pages]


def test_session_4s_brief_fits_five_full_pages(demo_db, tmp_path):
    found = _pages(demo_db, tmp_path)
    pages = [text for text, _images in found]
    assert len(pages) <= 5
    money = next(i for i, p in enumerate(pages) if "7. Reste à financer" in p)
    incidents = next(i for i, p in enumerate(pages) if "8. Incidents depuis" in p)
    assert incidents == money  # no half-empty page before the incidents
    assert "Tombouctou – Goundam" in pages[incidents]  # their table follows at once
    last, pictures = found[-1]
    assert pictures == 2 and "9. Ordre du jour" in last  # the map, the chart, the agenda
