"""Where pages of a laid-out document must break so that no heading ends a page and no
table row is cut in two: the earliest problem is found, a break is added before it, and the
document is laid out again (see ``pdf.layout_document``)."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextDocument, QTextFrame, QTextTable

from secframe.reports.document import Breaks, Built

KEEP_WHOLE = 0.25  # a table up to this share of a page moves whole rather than being cut


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable) and child.format().headerRowCount() > 0:
            found.append(child)
        found.extend(_tables(child))
    return sorted(found, key=lambda t: t.firstPosition())


def _row_span(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    layout = doc.documentLayout()
    tops, bottoms = [], []
    for col in range(table.columns()):
        cell = table.cellAt(row, col)
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return min(tops), max(bottoms)


def _page(doc: QTextDocument, y: float) -> int:
    return int(y // doc.pageSize().height())


def _heading_problems(doc: QTextDocument) -> list[tuple[int, int]]:
    """(position, heading index) of headings separated from what follows by a page end."""
    layout = doc.documentLayout()
    found = []
    block: QTextBlock = doc.begin()
    index = -1
    while block.isValid():
        nxt = block.next()
        if block.blockFormat().headingLevel() > 0:
            index += 1
            if nxt.isValid():
                top = layout.blockBoundingRect(block).top()
                end = layout.blockBoundingRect(nxt).bottom()
                if _page(doc, top) != _page(doc, end - 1):
                    found.append((block.position(), index))
        block = nxt
    return found


def _heading_index(doc: QTextDocument, position: int) -> int:
    """The index of the heading at a block position (-1 if that block is no heading)."""
    index, block = -1, doc.begin()
    while block.isValid() and block.position() <= position:
        if block.blockFormat().headingLevel() > 0:
            index += 1
            if block.position() == position:
                return index
        block = block.next()
    return -1


def _chain_start(doc: QTextDocument, index: int) -> int:
    """A heading directly under another heading moves with it: the first of the chain."""
    headings = []
    block: QTextBlock = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            headings.append(block)
        block = block.next()
    while index > 0 and headings[index].previous() == headings[index - 1]:
        index -= 1
    return index


def _row_problem(
    doc: QTextDocument, table: QTextTable, first: int
) -> tuple[int, int | None, int] | None:
    """(position, heading index or None, first body row of the new page) for the first row
    of a table that is cut by a page end or left alone below its header row."""
    page = doc.pageSize().height()
    heads = table.format().headerRowCount()
    head_top, _ = _row_span(doc, table, 0)
    _, table_bottom = _row_span(doc, table, table.rows() - 1)
    whole = first == 0 and table_bottom - head_top <= KEEP_WHOLE * page
    for row in range(heads, table.rows()):
        top, bottom = _row_span(doc, table, row)
        if bottom - top > 0.8 * page:
            continue  # taller than a page: nothing to gain
        cut = _page(doc, top) != _page(doc, bottom - 1)
        orphan = row == heads and _page(doc, head_top) != _page(doc, top)
        if whole and row == heads:  # a small table that spans two pages moves whole
            orphan = orphan or _page(doc, head_top) != _page(doc, table_bottom - 1)
        if not (cut or orphan):
            continue
        position = table.cellAt(row, 0).firstCursorPosition().position()
        if row > heads and not whole:
            return position, None, first + row - heads
        before = doc.findBlock(table.firstPosition() - 1)
        heading = _heading_index(doc, before.position()) if before.isValid() else -1
        return position, (heading if heading >= 0 else None), first
    return None


def next_break(doc: QTextDocument, built: Built, breaks: Breaks) -> bool:
    """Add the break that fixes the earliest problem in the document; False when none."""
    problems: list[tuple[int, int | None, tuple[int, int] | None]] = [
        (pos, index, None) for pos, index in _heading_problems(doc) if index not in breaks.headings
    ]
    for table, (logical, first) in zip(_tables(doc.rootFrame()), built.tables, strict=False):
        found = _row_problem(doc, table, first)
        if found is not None:
            pos, heading, row = found
            if heading is not None and heading not in breaks.headings:
                problems.append((pos, heading, None))
            elif row not in breaks.rows.get(logical, set()):
                problems.append((pos, None, (logical, row)))
    if not problems:
        return False
    _, heading, cut = min(problems, key=lambda p: p[0])
    if heading is not None:
        target = _chain_start(doc, heading)
        if target in breaks.headings:
            target = heading
        if target in breaks.headings:
            return False
        breaks.headings.add(target)
    elif cut is not None:
        breaks.rows.setdefault(cut[0], set()).add(cut[1])
    return True
