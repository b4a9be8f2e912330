"""A document built as HTML for given page breaks (no Qt): the builders in ``reports`` make
it, ``secframe.printing`` lays it out on pages and finds where the next break must go."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Breaks:
    """Where pages must start so that no heading ends a page and no table row is cut.

    ``headings`` are indexes of headings (h1–h3) in document order; ``rows`` maps a logical
    table (in the order the builder made them) to the body rows that start a new page
    (0: the whole table moves to the next page).
    """

    headings: set[int] = field(default_factory=set)
    rows: dict[int, set[int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Built:
    """HTML made for given breaks, with the physical tables that have header rows, in
    document order, as (logical table, first body row)."""

    html: str
    tables: tuple[tuple[int, int], ...]
