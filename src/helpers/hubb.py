"""nbgitpuller links for teachers who run the course on their own JupyterHub.

An nbgitpuller link makes the hub clone (first click) or update (later clicks) the course
repository in the learner's home folder and then open a notebook. :func:`nbgitpuller_link`
builds such a link as a pure function – no network, no hub needed – and :func:`link_widget`
wraps it in a small form for the teacher guide (``notebooks/larare/lararhandledning.ipynb``).

Link format (see https://github.com/jupyterhub/nbgitpuller/blob/main/docs/topic/url-options.rst)::

    https://<hub>/hub/user-redirect/git-pull?repo=<repo>&branch=<branch>&urlpath=lab/tree/<repo-name>/<path>

The Swedish strings of this module live here, not in :mod:`helpers.texts`: only teachers see them.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import quote, urlsplit

import ipywidgets as W

from .store import paths
from .ui import render

# --- Swedish strings (teacher-facing) ------------------------------------------------
HUB_EMPTY = "Skriv in adressen till er JupyterHub, till exempel https://jupyter.exempel.se."
HUB_SPACE = "Adressen ”{url}” innehåller mellanslag. Kontrollera att du har kopierat hela adressen och inget mer."
HUB_SCHEME = ("Adressen ”{url}” måste börja med https:// (eller http://). "
              "Kopiera den gärna direkt från webbläsarens adressfält, till exempel https://jupyter.exempel.se.")
HUB_NO_HOST = "Adressen ”{url}” saknar servernamn. Skriv den som https://servernamn, till exempel https://jupyter.exempel.se."
HUB_BAD_PORT = "Portnumret i adressen ”{url}” är ogiltigt. Ett portnummer är ett heltal mellan 1 och 65535."
HUB_QUERY = ("Adressen ”{url}” innehåller ”?” eller ”#”. Ange bara hubbens adress, utan frågeparametrar "
             "eller ankare, till exempel https://jupyter.exempel.se.")
REPO_EMPTY = "Ange adressen till kursens förråd, till exempel {example}."
BRANCH_EMPTY = "Ange vilken gren i förrådet som ska hämtas, till exempel main."
APP_UNKNOWN = "Okänt gränssnitt ”{app}”. Välj ”lab” (JupyterLab) eller ”notebook” (Jupyter Notebook)."
PATH_ABSOLUTE = ("Sökvägen ”{path}” är absolut. Ange den från förrådets rotmapp, "
                 "till exempel notebooks/00-kom-igang.ipynb.")
PATH_PARENT = "Sökvägen ”{path}” innehåller ”..”. Länken får bara peka på filer inuti kursens förråd."

LABEL_HUB = "JupyterHub:"
PLACEHOLDER_HUB = "https://jupyter.exempel.se"
LABEL_NOTEBOOK = "Öppna först:"
BUTTON = "Skapa länken"
BUTTON_TIP = "Bygger en nbgitpuller-länk som hämtar kursen till varje deltagares egen mapp på hubben"
START_HINT = "Skriv in hubbens adress, välj vilken notebook som ska öppnas och klicka på **Skapa länken**."
LINK_READY = ("Dela länken med deltagarna. När de klickar på den hämtas kursen till deras egen mapp på hubben "
              "och `{path}` öppnas. Klickar de igen senare hämtas bara nyheterna; deras egna ändringar finns kvar.")
LINK_TEST = "Testa länken i en ny flik"

# --- Defaults -----------------------------------------------------------------------------
REPO_URL = "https://github.com/region-vasterbotten-kurs/regionala-utvecklingsuppdraget"
START_NOTEBOOK = "notebooks/00-kom-igang.ipynb"
APPS = {"lab": "lab/tree/", "notebook": "tree/"}
_DRIVE = re.compile(r"^[A-Za-z]:")


def _hub_base(hub_url: str) -> str:
    """Validate ``hub_url`` and return it without trailing slashes and without a trailing ``/hub``."""
    url = (hub_url or "").strip()
    if not url:
        raise ValueError(HUB_EMPTY)
    if re.search(r"\s", url):
        raise ValueError(HUB_SPACE.format(url=url))
    if "?" in url or "#" in url:
        raise ValueError(HUB_QUERY.format(url=url))
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not url.lower().startswith(f"{scheme}://"):
        raise ValueError(HUB_SCHEME.format(url=url))
    if not parts.hostname:
        raise ValueError(HUB_NO_HOST.format(url=url))
    try:
        port = parts.port  # raises ValueError for a port that is not a number from 0 to 65535
    except ValueError:
        raise ValueError(HUB_BAD_PORT.format(url=url)) from None
    if port == 0:
        raise ValueError(HUB_BAD_PORT.format(url=url))
    path = parts.path.rstrip("/")
    if path.endswith("/hub"):
        path = path[: -len("/hub")].rstrip("/")
    return f"{scheme}://{parts.netloc}{path}"


def _repo_name(repo: str) -> str:
    """The folder nbgitpuller clones ``repo`` into: its last path component without ``.git``."""
    name = (repo or "").strip().rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
    if not name or name.endswith(":"):
        raise ValueError(REPO_EMPTY.format(example=REPO_URL))
    return name


def _clean_path(path: str) -> str:
    """A notebook path relative to the repository root, with forward slashes."""
    raw = (path or "").strip()
    if raw.startswith(("/", "\\")) or _DRIVE.match(raw):
        raise ValueError(PATH_ABSOLUTE.format(path=raw))
    parts = [p for p in re.split(r"[\\/]+", raw) if p not in ("", ".")]
    if ".." in parts:
        raise ValueError(PATH_PARENT.format(path=raw))
    return "/".join(parts)


def nbgitpuller_link(hub_url: str, *, repo: str = REPO_URL, branch: str = "main", path: str = START_NOTEBOOK,
                     app: str = "lab") -> str:
    """Build the nbgitpuller link that clones or updates ``repo`` on the hub and opens ``path``.

    ``hub_url`` is the hub's address as seen in the browser; trailing slashes and a trailing
    ``/hub`` are removed. ``app`` is ``"lab"`` (JupyterLab) or ``"notebook"`` (Jupyter Notebook).
    Pure: nothing is fetched. Raises :class:`ValueError` with a Swedish message for a bad hub URL
    (empty, not http/https, no host, with a query or fragment), an empty branch, an unknown
    ``app`` or a path that is absolute or leaves the repository (``..``).
    """
    base = _hub_base(hub_url)
    name = _repo_name(repo)
    branch = (branch or "").strip()
    if not branch:
        raise ValueError(BRANCH_EMPTY)
    if app not in APPS:
        raise ValueError(APP_UNKNOWN.format(app=app))
    relative = _clean_path(path)
    urlpath = APPS[app] + (f"{name}/{relative}" if relative else name)
    return (f"{base}/hub/user-redirect/git-pull?repo={quote(repo.strip(), safe='')}"
            f"&branch={quote(branch, safe='')}&urlpath={quote(urlpath, safe='')}")


def notebook_choices(root: Path | None = None) -> list[str]:
    """The course's top-level notebooks as repository-relative paths (``notebooks/NN-….ipynb``).

    Falls back to :data:`START_NOTEBOOK` alone when ``<root>/notebooks`` is missing or empty.
    """
    folder = (root or paths.REPO_ROOT) / "notebooks"
    found = sorted(f"notebooks/{p.name}" for p in folder.glob("*.ipynb")) if folder.is_dir() else []
    return found or [START_NOTEBOOK]


def result_html(link: str, path: str) -> str:
    """The link as a clickable anchor and as copyable code, everything escaped."""
    escaped = html.escape(link, quote=True)
    extra = (f'<p><a href="{escaped}" target="_blank" rel="noopener">{html.escape(LINK_TEST)}</a></p>'
             f'<pre style="white-space: pre-wrap; word-break: break-all;"><code>{escaped}</code></pre>')
    return render.CSS + render.box("info", "ℹ", "", LINK_READY.format(path=path), extra=extra)


class LinkBox(W.VBox):
    """Hub address, start notebook and a button that shows the nbgitpuller link (or a Swedish error)."""

    def __init__(self, default_hub: str = "", root: Path | None = None) -> None:
        choices = notebook_choices(root)
        self.hub = W.Text(value=default_hub, description=LABEL_HUB, placeholder=PLACEHOLDER_HUB,
                          style={"description_width": "initial"}, layout=W.Layout(width="32em"))
        self.notebook = W.Dropdown(options=[(Path(c).name, c) for c in choices],
                                   value=START_NOTEBOOK if START_NOTEBOOK in choices else choices[0],
                                   description=LABEL_NOTEBOOK, style={"description_width": "initial"},
                                   layout=W.Layout(width="32em"))
        self.button = W.Button(description=BUTTON, tooltip=BUTTON_TIP, button_style="primary",
                               layout=W.Layout(width="auto"))
        self.output = W.HTML(render.CSS + render.info(START_HINT))
        self.button.on_click(render.guarded(self.output, self.show))
        super().__init__([self.hub, self.notebook, self.button, self.output])
        self.add_class("kurs-fraga")

    def show(self) -> None:
        """Build the link, or explain in Swedish what is wrong with the address."""
        try:
            link = nbgitpuller_link(self.hub.value, path=self.notebook.value)
        except ValueError as err:
            self.output.value = render.error(str(err))
        else:
            self.output.value = result_html(link, self.notebook.value)


@render.shows_errors(W.HTML)
def link_widget(default_hub: str = "") -> W.VBox:
    """A form that builds the nbgitpuller link for the teacher's own JupyterHub."""
    return LinkBox(default_hub)
