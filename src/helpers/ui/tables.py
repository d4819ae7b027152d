"""Facts from :mod:`helpers.store.fakta` as notebook output: tables, lists and the marked aside.

Every call returns ``IPython.display.HTML``; a broken fact file gives the Swedish error box instead.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from IPython.display import HTML

from .. import texts
from ..store import fakta
from . import render


@render.shows_errors(HTML)
def provisions_table(prefix: str = "", *, duties: bool = False) -> HTML:
    """A table of the provisions whose id starts with ``prefix``, with version and check date.

    ``duties=True`` shows only what a provision says a body shall or may do (the first three
    columns, provisions with a verb). What is unchecked about them (field ``osakert``, e.g. a section
    number) follows in the marked aside.
    """
    items = fakta.provisions(prefix)
    if duties:
        items = [i for i in items if i["verb"]]
    rows = [(fakta.citation(i["id"]), i["verb"] or "–", i["innehall"], i["lydelse"], i["hamtad"].replace("-", "\u2011"))
            for i in items]
    width = 3 if duties else len(texts.PROVISION_COLUMNS)
    notes = [f"{fakta.citation(i['id'])}: {i['osakert']}" for i in items if i.get("osakert")]
    return HTML(render.CSS + render.table(texts.PROVISION_COLUMNS[:width], [r[:width] for r in rows])
                + render.aside(notes))


@render.shows_errors(HTML)
def bullet_list(items: list[str]) -> HTML:
    """An HTML list (used to show lists from the fact files)."""
    lis = "".join(f"<li>{render.inline(i)}</li>" for i in items)
    return HTML(f"<ul>{lis}</ul>")


@render.shows_errors(HTML)
def table(what: str | Sequence[str], rows: str | Sequence[Sequence[Any]], unverified: Iterable[str] = ()) -> HTML:
    """A table of facts: ``table("lagrum", "andringar")`` shows a list of a fact file with the headers of
    ``texts.FACT_TABLES``; ``table(headers, rows, unverified)`` shows rows a cell has built itself.
    Unchecked notes follow in the marked aside."""
    if isinstance(what, str) and isinstance(rows, str):
        headers, body, notes = fakta.fact_table(what, rows)
        return HTML(render.CSS + render.table(headers, body) + render.aside(notes))
    return HTML(render.CSS + render.table(tuple(what), list(rows)) + render.aside(unverified))


@render.shows_errors(HTML)
def aside(*notes: str) -> HTML:
    """The marked aside "Osäkert: …" for what the course has not been able to check."""
    return HTML(render.aside(notes))


@render.shows_errors(HTML)
def rus_directions() -> HTML:
    """The regional development strategy: its name and period, overall goals and the table of its directions."""
    rus = fakta.load("regionens-uppdrag")["rus"]
    headers, body, notes = fakta.fact_table("regionens-uppdrag", "rus.inriktningar")
    intro = (f"<p>{html.escape(texts.RUS_TITLE.format(name=rus['namn'], period=rus['period']))}<br>"
             f"{html.escape(texts.RUS_GOALS.format(goals=', '.join(rus['mal'])))}</p>")
    return HTML(render.CSS + intro + render.table(headers, body) + render.aside(notes))
