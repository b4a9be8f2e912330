"""Word documents (.docx) of the brief and the minutes, from the same content as their PDF.

The brief and the minutes are written once, as the small HTML subset of ``brief_layout``
(headings, paragraphs, ruled tables with a header row, lists, bold and italic, images); this
module turns that content into a real Word document with python-docx — Word headings, tables
whose header row repeats on each page, the charts and the map as pictures, the running header
and footer of the PDF — so that the secretariat can adjust the wording in Word or LibreOffice
before printing. No Qt is needed.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph

VOID = {"br", "img"}
BLOCKS = {"p", "h1", "h2", "h3", "table", "ul", "ol", "img"}
RED = (0x9B, 0x1C, 0x1C)
NAVY = (0x1F, 0x3B, 0x5C)
BODY_MM = 178  # A4 width less the margins


@dataclass
class Node:
    """An element of the content, with its attributes and children (nodes or text)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def find_all(self, tag: str) -> list[Node]:
        """Descendants with this tag, in document order, not inside another such element."""
        out: list[Node] = []
        for c in self.children:
            if isinstance(c, Node):
                if c.tag == tag:
                    out.append(c)
                else:
                    out.extend(c.find_all(tag))
        return out

    def text(self) -> str:
        """The plain text inside."""
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    """The content's tree."""
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return parser.root


@dataclass(frozen=True)
class Frame:
    """The running header and footer: title, confidentiality marking, production line."""

    title: str
    marking: str
    footer: str


def to_docx(html: str, images: Mapping[str, bytes], frame: Frame) -> DocxDocument:
    """A Word document (A4, the PDF's margins) holding the content of ``html``."""
    from docx import Document
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(16))
    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(9.5)
    _frame(doc, frame)
    _Renderer(doc, images).blocks(parse(html))
    return doc


def _frame(doc: DocxDocument, frame: Frame) -> None:
    from docx.shared import Pt, RGBColor

    head = doc.sections[0].header.paragraphs[0]
    head.add_run(frame.title).font.size = Pt(7.5)
    mark = head.add_run("\t\t" + frame.marking)
    mark.bold = True
    mark.font.size = Pt(7.5)
    mark.font.color.rgb = RGBColor(*RED)
    foot = doc.sections[0].footer.paragraphs[0]
    foot.add_run(frame.footer).font.size = Pt(7.5)


class _Renderer:
    """Walks the content tree and writes Word paragraphs, headings, lists and tables."""

    def __init__(self, doc: DocxDocument, images: Mapping[str, bytes]) -> None:
        self.doc = doc
        self.images = images

    def blocks(self, node: Node, cell: _Cell | None = None) -> None:
        """Write the block elements under ``node`` (in a table cell when given)."""
        inline: list[Node | str] = []
        for child in node.children:
            if isinstance(child, Node) and child.tag in BLOCKS:
                self._flush(inline, cell)
                inline = []
                self.block(child, cell)
            elif isinstance(child, Node) and child.tag in {"thead", "tbody", "tr", "td", "th"}:
                self._flush(inline, cell)
                inline = []
                self.blocks(child, cell)
            else:
                inline.append(child)
        self._flush(inline, cell)

    def _flush(self, inline: list[Node | str], cell: _Cell | None) -> None:
        if any(c.strip() if isinstance(c, str) else True for c in inline):
            self.runs(self.paragraph(cell), Node("span", children=inline))

    def paragraph(self, cell: _Cell | None, style: str | None = None) -> Paragraph:
        if cell is None:
            return self.doc.add_paragraph(style=style)
        if len(cell.paragraphs) == 1 and not cell.paragraphs[0].text:
            p = cell.paragraphs[0]
            if style:
                p.style = self.doc.styles[style]
            return p
        return cell.add_paragraph(style=style)

    def block(self, node: Node, cell: _Cell | None) -> None:
        from docx.shared import Pt

        if node.tag in {"h1", "h2", "h3"}:
            level = int(node.tag[1])
            if cell is None:
                h = self.doc.add_heading(node.text().strip(), level=level)
                if level == 1:
                    for r in h.runs:
                        r.font.size = Pt(16)
            else:
                self.runs(self.paragraph(cell), node, bold=True)
        elif node.tag == "p":
            self.para(node, cell)
        elif node.tag in {"ul", "ol"}:
            style = "List Bullet" if node.tag == "ul" else "List Number"
            for li in node.find_all("li"):
                self.runs(self.paragraph(cell, style), li)
        elif node.tag == "img":
            self.picture(node, cell)
        elif node.tag == "table":
            self.table(node, cell)

    def para(self, node: Node, cell: _Cell | None) -> None:
        """A paragraph, styled by its class (notes in italics, small print), or its images."""
        from docx.shared import RGBColor

        if node.find_all("img"):
            for img in node.find_all("img"):
                self.picture(img, cell)
            return
        p = self.paragraph(cell)
        cls = node.attrs.get("class", "")
        italic = cls in {"note", "subtitle"}
        small = cls in {"note", "muted", "label", "kicker"}
        self.runs(p, node, italic=italic, bold=cls == "kicker", size=8.5 if small else None)
        if cls == "kicker":
            for r in p.runs:
                r.font.color.rgb = RGBColor(*NAVY)

    def picture(self, node: Node, cell: _Cell | None) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm

        name = node.attrs.get("src", "").split(":", 1)[-1]
        data = self.images.get(name)
        if data is None:
            return
        p = self.paragraph(cell)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run().add_picture(io.BytesIO(data), width=Mm(170))

    def table(self, node: Node, cell: _Cell | None) -> None:
        """A ruled table becomes a Word table; a layout table (holding another table) is
        written cell after cell."""
        rows = node.find_all("tr")
        nested = any(c.find_all("table") for r in rows for c in _cells(r))
        if nested or not rows or cell is not None:
            for r in rows:
                for c in _cells(r):
                    self.blocks(c, cell)
            return
        self._grid(rows)

    def _grid(self, rows: list[Node]) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Mm, Pt

        width = max(len(_cells(r)) for r in rows)
        table = self.doc.add_table(rows=len(rows), cols=width)
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        shares = [_share(c) for c in _cells(rows[0])]
        if len(shares) == width and all(shares):
            for j, share in enumerate(shares):
                table.columns[j].width = Mm(BODY_MM * share / 100)
                for row in table.rows:
                    row.cells[j].width = Mm(BODY_MM * share / 100)
        for i, r in enumerate(rows):
            cells = _cells(r)
            header = all(c.tag == "th" for c in cells)
            if header:  # repeat the header row on every page
                tr_pr = table.rows[i]._tr.get_or_add_trPr()
                flag = OxmlElement("w:tblHeader")
                flag.set(qn("w:val"), "true")
                tr_pr.append(flag)
            for j, c in enumerate(cells):
                target = table.cell(i, j)
                p = target.paragraphs[0]
                right = c.attrs.get("align") == "right"
                if right:
                    from docx.enum.text import WD_ALIGN_PARAGRAPH

                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                self.runs(p, c, bold=header or "total" in c.attrs.get("class", ""), size=8.5)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def runs(
        self,
        p: Paragraph,
        node: Node,
        *,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
    ) -> None:
        """Write the inline content of ``node`` (text, b, i, span, br) into ``p``."""
        from docx.shared import Pt, RGBColor

        for child in node.children:
            if isinstance(child, str):
                text = " ".join(child.split()) if child.strip() else (" " if child else "")
                if child[:1].isspace() and text and not text.startswith(" "):
                    text = " " + text
                if child[-1:].isspace() and text and not text.endswith(" "):
                    text += " "
                if not text:
                    continue
                run = p.add_run(text)
                run.bold = bold or None
                run.italic = italic or None
                if size:
                    run.font.size = Pt(size)
            elif child.tag == "br":
                p.add_run().add_break()
            elif child.tag == "img":
                continue
            else:
                cls = child.attrs.get("class", "")
                self.runs(
                    p,
                    child,
                    bold=bold or child.tag in {"b", "strong"} or cls == "mark",
                    italic=italic or child.tag in {"i", "em"},
                    size=8.5 if cls in {"muted", "label"} else (17 if cls == "big" else size),
                )
                if cls == "mark":
                    for r in p.runs[-1:]:
                        r.font.color.rgb = RGBColor(*RED)


def _share(cell: Node) -> float:
    """A cell's width in percent of the table's ("44%" or "44"), 0 when not given."""
    try:
        return float(cell.attrs.get("width", "").rstrip("%") or 0)
    except ValueError:
        return 0.0


def _cells(row: Node) -> list[Node]:
    return [c for c in row.children if isinstance(c, Node) and c.tag in {"td", "th"}]


def save(doc: Any, path: Any) -> None:
    """Write the document to ``path``: a private file beside it, moved over it once written
    whole (``secframe.files.replace_file``)."""
    from datetime import UTC, datetime
    from pathlib import Path

    from secframe.files import replace_file

    # The template's properties say « python-docx », « generated by python-docx », 2013: say
    # instead what made the file and when (no account name: the copy may be shared).
    props = doc.core_properties
    props.author, props.comments, props.last_modified_by = "secframe", "", ""
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    with replace_file(Path(path)) as pending:
        doc.save(pending.file)
