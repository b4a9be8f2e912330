"""Hypothesis strategies for the files users hand secframe: values typed by hand, extreme
numbers and dates, control characters, emoji, right-to-left text, broken files."""

from __future__ import annotations

import io
import math
import zipfile
from datetime import date, datetime

from hypothesis import strategies as st

# Text people (and programs) put in cells: accents, emoji, Arabic and Tifinagh, control
# characters, very long words.
NASTY_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "Tombouctou",
            "Gao",
            "  ",
            "néant",
            "🚙🚙 patrouille",
            "دورية مشتركة",  # Arabic, right to left
            "ⵜⵉⵏⵎⵎⵓⵔⵜ",  # Tifinagh
            "\u202eetalpmet\u202c",  # a right-to-left override
            "a\u0000b",
            "\x1b[31mrouge",
            "ligne 1\r\nligne 2",
            '=HYPERLINK("http://x")',
            "@SUM(A1)",
            "x" * 400,
        ]
    ),
)
EXTREME_NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.sampled_from([0, -1, 1e308, -1e308, 1e20, 1e-300, 5e-324, 2**63, 12.5, 1500000]),
)
NUMBER_TEXT = st.sampled_from(
    [
        "1 500 000",
        "1.500.000",
        "1,5 M",
        "12.5 M",
        "3 000 000 F CFA",
        "1e+308",
        "-500 000",
        "deux millions",
        "NaN",
        "inf",
        "15.797",
        "-0,044",
        "1.234.567",
        "٣٤٥",  # Arabic-Indic digits
        "",
    ]
)
DATE_TEXT = st.sampled_from(
    [
        "15/03/2019",
        "2019-03-15",
        "mars 2019",
        "31/02/2019",
        "01/01/1900",
        "1899-12-30",
        "0001-01-01",
        "9999-12-31",
        "2101-01-01",
        "15/13/2019",
        "hier",
        "",
    ]
)
DATES = st.one_of(
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from([date(1960, 1, 1), date(2100, 12, 31), date(1959, 12, 31)]),
)
PLAUSIBLE = st.one_of(
    st.sampled_from(["Patrouilles conjointes", "En cours", "Réalisé", "CMA", "1 500 000", ""]),
    st.integers(min_value=0, max_value=5_000_000),
    st.dates(min_value=date(2015, 1, 1), max_value=date(2021, 12, 31)),
)
NASTY = st.one_of(
    NASTY_TEXT, EXTREME_NUMBERS, NUMBER_TEXT, DATE_TEXT, DATES, st.none(), st.booleans()
)
CELL = st.one_of(PLAUSIBLE, NASTY)


def excel_safe(value: object) -> object:
    """A value openpyxl can write (Excel forbids most control characters in cells; dates
    before 1900 do not exist for it)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, date) and value.year < 1900:
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return str(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day)
    return value


@st.composite
def damage(draw: st.DrawFn, data: bytes) -> bytes:
    """The bytes of a file, sometimes damaged as files arrive by e-mail or USB key: cut short,
    with bytes changed, or (for a zip) with one part's XML broken."""
    how = draw(st.sampled_from(["none", "none", "none", "truncate", "flip", "xml"]))
    # positions are drawn as fractions: the data's length may differ between runs (a zip
    # holds the time it was written), hypothesis must draw the same way each time
    where = draw(st.integers(min_value=0, max_value=10**6)) / 10**6
    if how == "truncate":
        return data[: int(where * len(data))]
    if how == "flip" and data:
        at = min(int(where * len(data)), len(data) - 1)
        return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]
    if how == "xml" and data.startswith(b"PK"):
        return _broken_xml(data, draw(st.integers(min_value=0, max_value=10_000)))
    return data


def _broken_xml(data: bytes, seed: int) -> bytes:
    """The workbook with one of its XML parts cut in the middle."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = [n for n in source.namelist() if n.endswith(".xml")]
    victim = names[seed % len(names)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            content = source.read(name)
            if name == victim:
                content = content[: len(content) // 2]
            target.writestr(name, content)
    return out.getvalue()
