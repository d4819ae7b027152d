"""The course's one HTML table: escaped cells, column headers with ``scope``, optional tooltips.

Pure string building, so both the notebook display (:mod:`helpers.ui.render`) and the capstone's
exported HTML file (:mod:`helpers.core.capstone_doc`) use it.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence

NUMERIC_CELL = ' class="kurs-tal"'


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], numeric: Collection[int] = (),
          tips: Sequence[str] = (), css_class: str = "kurs-table") -> str:
    """An HTML table; the columns in ``numeric`` are right-aligned, ``tips`` are tooltips for the headers."""
    def th(i: int, text: str) -> str:
        tip = f' title="{html.escape(tips[i])}"' if i < len(tips) and tips[i] else ""
        return f'<th scope="col"{tip}>{html.escape(text)}</th>'

    def td(i: int, cell: object) -> str:
        return f'<td{NUMERIC_CELL if i in numeric else ""}>{html.escape(str(cell))}</td>'

    head = "".join(th(i, h) for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(td(i, c) for i, c in enumerate(row)) + "</tr>" for row in rows)
    attr = f' class="{css_class}"' if css_class else ""
    return f"<table{attr}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
