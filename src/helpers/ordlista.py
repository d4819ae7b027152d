"""The course glossary (``data/fakta/ordlista.json``): Swedish term, English term, a short
Swedish definition and a source. ``ordlista.widget()`` gives a search box in any notebook."""

from __future__ import annotations

from typing import Any

import ipywidgets as W
from IPython.display import HTML

from . import fakta, texts
from .core.parsing import literal, normalise
from .ui import render

REQUIRED = ("term", "engelska", "definition", "kalla", "notebook")


def terms() -> list[dict[str, Any]]:
    """All glossary entries, validated: every field present and non-empty."""
    data = fakta.load("ordlista")
    entries = data.get("termer")
    if not isinstance(entries, list) or not entries:
        raise fakta.FactError(texts.FACT_INVALID.format(path=fakta.path("ordlista"), where=texts.FACT_WHERE_FILE,
                                                        problem=texts.FACT_PROBLEMS["no_terms"]))
    for n, entry in enumerate(entries, 1):
        empty = [k for k in REQUIRED if not isinstance(entry, dict) or not str(entry.get(k, "")).strip()]
        if empty:
            raise fakta.FactError(texts.FACT_INVALID.format(
                path=fakta.path("ordlista"), where=texts.FACT_WHERE_ENTRY.format(name=n),
                problem=texts.FACT_PROBLEMS["empty"].format(keys=", ".join(empty))))
    return entries


def search(query: str) -> list[dict[str, Any]]:
    """Entries whose Swedish or English term contains ``query`` (case- and dash-insensitive);
    matches at the start of a term come first, then matches in the definition."""
    q = normalise(query)
    if not q:
        return []
    scored = []
    for entry in terms():
        names = normalise(entry["term"]), normalise(entry["engelska"])
        if any(n.startswith(q) for n in names):
            scored.append((0, entry["term"].casefold(), entry))
        elif any(q in n for n in names):
            scored.append((1, entry["term"].casefold(), entry))
        elif len(q) >= 4 and q in normalise(entry["definition"]):
            scored.append((2, entry["term"].casefold(), entry))
    return [entry for *_, entry in sorted(scored, key=lambda s: (s[0], s[1]))]


def _rows(entries: list[dict[str, Any]]) -> list[tuple[str, ...]]:
    return [(e["term"], e["engelska"], e["definition"], e["kalla"]) for e in entries]


@render.shows_errors(HTML)
def table(notebook: str | None = None) -> HTML:
    """The glossary as a table; with ``notebook`` (e.g. ``"02"``) only the terms introduced there."""
    entries = [e for e in terms() if notebook is None or e["notebook"] == notebook]
    return HTML(render.CSS + render.table(texts.GLOSSARY_COLUMNS, _rows(entries)))


@render.shows_errors(W.HTML)
def widget() -> W.VBox:
    """A search box over the glossary; results update as you type."""
    box = W.Text(description=texts.GLOSSARY_SEARCH, placeholder=texts.GLOSSARY_PLACEHOLDER,
                 layout=W.Layout(width="30em"))
    out = W.HTML(render.CSS + f"<p>{texts.GLOSSARY_HINT.format(count=len(terms()))}</p>")

    def update(_change: Any = None) -> None:
        try:
            query = box.value.strip()
            if not query:
                out.value = render.CSS + f"<p>{texts.GLOSSARY_HINT.format(count=len(terms()))}</p>"
                return
            found = search(query)
            if not found:
                out.value = render.info(texts.GLOSSARY_NONE.format(query=literal(query, 40)))
                return
            out.value = (render.CSS + f"<p>{texts.GLOSSARY_MATCHES.format(count=len(found))}</p>"
                         + render.table(texts.GLOSSARY_COLUMNS, _rows(found)))
        except fakta.FactError as err:
            out.value = render.error(str(err))

    box.observe(update, names="value")
    container = W.VBox([box, out], layout=W.Layout(max_width="60em"))
    container.add_class("kurs-ordlista")
    container.search_box, container.results = box, out
    return container
