"""Reading text cells whole, whichever way the writer stored them."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from secframe.exchange.workbook import open_book


def test_inline_strings_with_formatted_runs_are_read_as_their_plain_text(tmp_path):
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    bold = InlineFont(b=True)
    ws.append(["Engagement", "Statut"])
    ws.append([CellRichText("Patrouilles ", TextBlock(bold, "mixtes"), " à Goundam"), "En cours"])
    ws.append([CellRichText(TextBlock(bold, "Escortes")), ""])
    wb.save(tmp_path / "suivi.xlsx")
    with open_book(tmp_path / "suivi.xlsx") as book:
        rows = list(book.rows(book.data_sheets[0]))
    assert rows[1] == ("Patrouilles mixtes à Goundam", "En cours")
    assert rows[2][0] == "Escortes"
