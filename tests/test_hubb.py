"""nbgitpuller links for the teacher's own JupyterHub: the pure link builder and the form, headless."""

from __future__ import annotations

import html

import ipywidgets as W
import pytest

from helpers import hubb

# Written out by hand from the nbgitpuller URL format, not built with the function under test.
REPO_ENC = "https%3A%2F%2Fgithub.com%2Fregion-vasterbotten-kurs%2Fregionala-utvecklingsuppdraget"
LAB_00 = "lab%2Ftree%2Fregionala-utvecklingsuppdraget%2Fnotebooks%2F00-kom-igang.ipynb"
EXPECTED = ("https://jupyter.exempel.se/hub/user-redirect/git-pull"
            f"?repo={REPO_ENC}&branch=main&urlpath={LAB_00}")


def test_exact_link_for_a_sample_hub():
    assert hubb.nbgitpuller_link("https://jupyter.exempel.se") == EXPECTED


def test_defaults_point_at_the_binder_repository_and_notebook_00():
    assert hubb.REPO_URL == "https://github.com/region-vasterbotten-kurs/regionala-utvecklingsuppdraget"
    assert hubb.START_NOTEBOOK == "notebooks/00-kom-igang.ipynb"


@pytest.mark.parametrize("hub", [
    "https://jupyter.exempel.se/",
    "https://jupyter.exempel.se///",
    "https://jupyter.exempel.se/hub",
    "https://jupyter.exempel.se/hub/",
    "  https://jupyter.exempel.se/hub/  ",
    "HTTPS://jupyter.exempel.se",
])
def test_trailing_slashes_and_hub_suffix_are_removed(hub):
    assert hubb.nbgitpuller_link(hub) == EXPECTED


def test_hub_below_a_sub_path_keeps_the_sub_path():
    link = hubb.nbgitpuller_link("http://server.exempel.se:8000/kurs/hub/")
    assert link.startswith("http://server.exempel.se:8000/kurs/hub/user-redirect/git-pull?repo=")


def test_classic_notebook_interface():
    link = hubb.nbgitpuller_link("https://jupyter.exempel.se", app="notebook")
    assert link == ("https://jupyter.exempel.se/hub/user-redirect/git-pull"
                    f"?repo={REPO_ENC}&branch=main"
                    "&urlpath=tree%2Fregionala-utvecklingsuppdraget%2Fnotebooks%2F00-kom-igang.ipynb")


def test_other_repo_branch_and_notebook():
    link = hubb.nbgitpuller_link("https://hub.exempel.se", repo="https://gitlab.exempel.se/skola/kurs.git",
                                 branch="ht-2026", path="notebooks/05-aktorerna-i-lanet.ipynb")
    assert link == ("https://hub.exempel.se/hub/user-redirect/git-pull"
                    "?repo=https%3A%2F%2Fgitlab.exempel.se%2Fskola%2Fkurs.git&branch=ht-2026"
                    "&urlpath=lab%2Ftree%2Fkurs%2Fnotebooks%2F05-aktorerna-i-lanet.ipynb")


def test_windows_separators_become_slashes():
    link = hubb.nbgitpuller_link("https://jupyter.exempel.se", path="notebooks\\00-kom-igang.ipynb")
    assert link == EXPECTED


@pytest.mark.parametrize(("kwargs", "fragments"), [
    ({"hub_url": ""}, ["Skriv in adressen", "JupyterHub"]),
    ({"hub_url": "   "}, ["Skriv in adressen"]),
    ({"hub_url": "jupyter.exempel.se"}, ["måste börja med https://", "jupyter.exempel.se"]),
    ({"hub_url": "ftp://jupyter.exempel.se"}, ["måste börja med https://", "ftp://"]),
    ({"hub_url": "https://"}, ["saknar servernamn"]),
    ({"hub_url": "https:///hub"}, ["saknar servernamn"]),
    ({"hub_url": "https://jupyter.exempel.se/?next=/lab"}, ["”?” eller ”#”", "frågeparametrar"]),
    ({"hub_url": "https://jupyter.exempel.se/hub#login"}, ["”?” eller ”#”", "ankare"]),
    ({"hub_url": "https://jupyter.exempel.se:99999"}, ["Portnumret", "ogiltigt"]),
    ({"hub_url": "https://jupyter exempel.se"}, ["mellanslag"]),
    ({"hub_url": "https://jupyter.exempel.se", "branch": ""}, ["gren", "main"]),
    ({"hub_url": "https://jupyter.exempel.se", "branch": "  "}, ["gren"]),
    ({"hub_url": "https://jupyter.exempel.se", "app": "voila"}, ["Okänt gränssnitt", "voila", "lab", "notebook"]),
    ({"hub_url": "https://jupyter.exempel.se", "path": "/home/jovyan/00.ipynb"}, ["är absolut", "/home/jovyan"]),
    ({"hub_url": "https://jupyter.exempel.se", "path": "C:\\kurs\\00.ipynb"}, ["är absolut"]),
    ({"hub_url": "https://jupyter.exempel.se", "path": "../hemlig.ipynb"}, ["innehåller ”..”", "förråd"]),
    ({"hub_url": "https://jupyter.exempel.se", "path": "notebooks/../../x.ipynb"}, ["innehåller ”..”"]),
    ({"hub_url": "https://jupyter.exempel.se", "repo": ""}, ["förråd"]),
])
def test_bad_input_raises_a_swedish_value_error(kwargs, fragments):
    hub = kwargs.pop("hub_url")
    with pytest.raises(ValueError) as info:
        hubb.nbgitpuller_link(hub, **kwargs)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} missing in {message!r}"


def test_dots_inside_a_file_name_are_allowed():
    link = hubb.nbgitpuller_link("https://jupyter.exempel.se", path="notebooks/a..b.ipynb")
    assert link.endswith("notebooks%2Fa..b.ipynb")


def test_notebook_choices_lists_top_level_notebooks_and_falls_back(tmp_path):
    assert hubb.notebook_choices(tmp_path) == [hubb.START_NOTEBOOK]
    (tmp_path / "notebooks" / "larare").mkdir(parents=True)
    assert hubb.notebook_choices(tmp_path) == [hubb.START_NOTEBOOK]
    for name in ("01-b.ipynb", "00-a.ipynb", "larare/lararhandledning.ipynb", "readme.md"):
        (tmp_path / "notebooks" / name).write_text("{}", encoding="utf-8")
    assert hubb.notebook_choices(tmp_path) == ["notebooks/00-a.ipynb", "notebooks/01-b.ipynb"]


def test_notebook_choices_of_the_course_start_with_00():
    choices = hubb.notebook_choices()
    assert choices[0] == hubb.START_NOTEBOOK
    assert all(c.startswith("notebooks/") and c.count("/") == 1 for c in choices)


def _form(default_hub: str = "") -> hubb.LinkBox:
    box = hubb.link_widget(default_hub)
    assert isinstance(box, W.VBox) and isinstance(box, hubb.LinkBox)
    assert box.button.description == "Skapa länken"
    assert box.hub.placeholder == "https://jupyter.exempel.se"
    return box


def test_widget_shows_the_link():
    box = _form()
    assert "Skapa länken" in box.output.value
    box.hub.value = "https://jupyter.exempel.se/hub/"
    box.button.click()
    assert html.escape(EXPECTED) in box.output.value
    assert f'<a href="{html.escape(EXPECTED)}"' in box.output.value
    assert f"<code>{html.escape(EXPECTED)}</code>" in box.output.value
    assert "Traceback" not in box.output.value


def test_widget_uses_the_chosen_notebook_and_the_default_hub():
    box = _form("https://jupyter.exempel.se")
    assert box.hub.value == "https://jupyter.exempel.se"
    box.notebook.value = "notebooks/06-hallbarhet-i-tre-dimensioner.ipynb"
    box.button.click()
    assert "notebooks%2F06-hallbarhet-i-tre-dimensioner.ipynb" in box.output.value
    assert "notebooks/06-hallbarhet-i-tre-dimensioner.ipynb" in box.output.value


@pytest.mark.parametrize(("hub", "fragment"), [
    ("", "Skriv in adressen"),
    ("jupyter.exempel.se", "måste börja med https://"),
    ("https://jupyter.exempel.se/?x=<script>", "”?” eller ”#”"),
])
def test_widget_shows_a_swedish_error_without_traceback(hub, fragment):
    box = _form()
    box.hub.value = hub
    box.button.click()
    out = box.output.value
    assert fragment in out
    assert "Traceback" not in out and "ValueError" not in out
    assert "<script>" not in out, "the address must be escaped"
    assert "git-pull" not in out


def test_unexpected_error_is_shown_folded_not_raised(monkeypatch):
    def boom(*_args, **_kwargs):
        raise RuntimeError("oväntat")

    monkeypatch.setattr(hubb, "nbgitpuller_link", boom)
    box = _form()
    box.hub.value = "https://jupyter.exempel.se"
    box.button.click()  # must not raise
    assert "RuntimeError: oväntat" in box.output.value
    assert "<details>" in box.output.value
