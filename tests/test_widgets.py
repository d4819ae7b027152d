"""Exercise widgets driven headless: set ``.value``, call ``.click()``, read the HTML widgets."""

from __future__ import annotations

import dataclasses
import json
import os
import re

import ipywidgets as W
import pytest
from support import CLASSIFY, MULTIPLE, NUMERIC, PERCENT, SINGLE, TEXT, question

from helpers import quiz
from helpers.quiz import QuestionBox
from helpers.ui import render


def submit(box: QuestionBox, value) -> None:
    """Type or choose ``value`` in the first control and press Kontrollera."""
    box.controls[0].value = value
    box.check_button.click()


def texts_of(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_single_wrong_then_right_with_symbol_and_words(store):
    box = QuestionBox(question(**SINGLE), store)
    submit(box, 1)
    assert "✗" in box.feedback.value and "Inte rätt än." in box.feedback.value
    assert "Länsstyrelsen hade uppgifterna före 2008." in box.feedback.value
    submit(box, 0)
    assert "✓" in box.feedback.value and "Rätt!" in box.feedback.value
    entry = store.entry("99-test")
    assert entry["attempts"] == 2 and entry["first_status"] == "incorrect" and entry["ever_correct"]


def test_empty_answer_is_explained_and_not_recorded(store):
    box = QuestionBox(question(**SINGLE), store)
    box.check_button.click()
    assert "Välj ett av alternativen" in box.feedback.value
    assert store.entry("99-test") is None


def test_text_in_a_number_field(store):
    box = QuestionBox(question(**NUMERIC), store)
    submit(box, "ungefär fem")
    assert "är inget tal" in box.feedback.value and "ℹ" in box.feedback.value
    assert store.entry("99-test") is None
    submit(box, "4 874 mkr")
    assert "Rätt!" in box.feedback.value


def test_the_unit_stays_beside_the_answer_field(store):
    """The unit ("%", "kr") sits in a row that render.CSS keeps on one line and centres (issue 12)."""
    box = QuestionBox(question(**PERCENT), store)
    row = box.children[1]
    assert "kurs-svar-enhet" in row._dom_classes
    field, unit = row.children
    assert field is box.controls[0] and unit.value == "%"
    assert ".kurs-svar-enhet { flex-wrap: nowrap; }" in render.CSS


def test_number_far_out_of_range(store):
    box = QuestionBox(question(**NUMERIC), store)
    submit(box, "-5000")
    assert "långt utanför" in box.feedback.value and store.entry("99-test")["status"] == "incorrect"


def test_text_whitespace_case_and_typo(store):
    box = QuestionBox(question(**TEXT), store)
    submit(box, "   rUs  ")
    assert "Rätt!" in box.feedback.value
    submit(box, "regional utveklingsstrategi")
    assert "Det stavas" in box.feedback.value


def test_multiple_choice_checkboxes(store):
    box = QuestionBox(question(**MULTIPLE), store)
    box.controls[0].value = True
    box.controls[2].value = True
    box.check_button.click()
    assert "◐" in box.feedback.value and "Delvis rätt." in box.feedback.value
    box.controls[2].value = False
    box.controls[1].value = box.controls[3].value = True
    box.check_button.click()
    assert "Rätt!" in box.feedback.value


def test_classification_marks_each_row(store):
    box = QuestionBox(question(**CLASSIFY), store)
    box.controls[0].value = "Kommun"
    box.controls[1].value = "Region"
    box.check_button.click()
    assert [texts_of(m.value).strip() for m in box.marks] == ["✓ rätt", "✗ fel", ""]
    assert "1 rad saknar" in box.feedback.value


def test_classification_immediate_marks_on_change(store):
    box = QuestionBox(question(**CLASSIFY, immediate=True), store)
    box.controls[1].value = "Kommun"
    assert "✗ fel" in box.marks[1].value and "statens myndighet" in box.marks[1].value
    box.controls[1].value = "Stat"
    assert "✓ rätt" in box.marks[1].value


def test_hints_come_one_at_a_time(store):
    box = QuestionBox(question(**SINGLE, hints=["Första.", "Andra."]), store)
    assert box.hint_button.description == "Ledtråd (2 kvar)"
    box.hint_button.click()
    assert "Ledtråd 1: Första." in box.hint_area.value and "Andra" not in box.hint_area.value
    box.hint_button.click()
    assert "Ledtråd 2: Andra." in box.hint_area.value and box.hint_button.disabled
    assert store.entry("99-test")["hints"] == 2


def test_solution_is_hidden_until_asked_twice_before_an_attempt(store):
    box = QuestionBox(question(**SINGLE), store)
    assert box.solution_area.value == ""
    box.solution_button.click()
    assert "Försök gärna själv först" in box.solution_area.value and "Lösningen." not in box.solution_area.value
    box.solution_button.click()
    assert "Lösningen." in box.solution_area.value and "Region Västerbotten" in box.solution_area.value
    assert store.entry("99-test")["solution_viewed"] is True


def test_solution_at_once_after_an_attempt(store):
    box = QuestionBox(question(**SINGLE), store)
    submit(box, 2)
    box.solution_button.click()
    assert "Lösningsförslag" in box.solution_area.value


def test_answers_are_restored_on_rerun(store):
    first = QuestionBox(question(**CLASSIFY), store)
    first.controls[2].value = "Region"
    first.check_button.click()
    again = QuestionBox(question(**CLASSIFY), store)
    assert [d.value for d in again.controls] == [None, None, "Region"]
    assert "återställts (bedömning då: ◐ Delvis rätt)" in again.feedback.value
    assert "kurs-fb-info" in again.feedback.value  # a reminder, not a new grading


def _answer(box: QuestionBox, fields: dict) -> None:
    if fields is CLASSIFY:
        box.controls[0].value = "Kommun"
    elif fields is MULTIPLE:
        box.controls[0].value = box.controls[1].value = True
    else:
        box.controls[0].value = 0
    box.check_button.click()


@pytest.mark.parametrize(("fields", "key"), [(SINGLE, "options"), (MULTIPLE, "options"), (CLASSIFY, "items")],
                         ids=["single", "multiple", "classify"])
def test_an_answer_to_an_earlier_version_of_the_question_is_not_restored(store, fields, key):
    _answer(QuestionBox(question(**fields), store), fields)
    changed = question(**{**fields, key: list(reversed(fields[key]))})
    again = QuestionBox(changed, store)
    assert again.get_answer() in (None, [], [None, None, None])
    assert "Frågan har ändrats sedan du svarade" in again.feedback.value and "bedömning då" not in again.feedback.value
    again.solution_button.click()
    assert "Försök gärna själv först" in again.solution_area.value  # the old attempt does not count


def test_an_answer_saved_before_fingerprints_is_restored_once_and_then_guarded(store):
    submit(QuestionBox(question(**SINGLE), store), 1)
    data = json.loads(store.path.read_text(encoding="utf-8"))
    del data["questions"]["99-test"]["fingerprint"]  # as written by the course before this change
    store.path.write_text(json.dumps(data), encoding="utf-8")
    assert QuestionBox(question(**SINGLE), store).get_answer() == 1  # unknown layout: restored as it fits
    assert store.entry("99-test")["fingerprint"] == question(**SINGLE).fingerprint  # and stamped
    changed = QuestionBox(question(**{**SINGLE, "options": list(reversed(SINGLE["options"]))}), store)
    assert changed.get_answer() is None and "Frågan har ändrats" in changed.feedback.value


def test_the_overview_survives_a_saved_reflection_of_the_wrong_type(store):
    store.set_state("05-lagt-inflytande", {"text": 5})
    html = quiz.progress_overview(store=store).children[0].value
    assert "Något gick fel" not in html and "Övningar utöver frågorna" in html


def test_the_overview_says_when_answers_belong_to_an_earlier_version(store, monkeypatch):
    from helpers.store import bank

    real = bank.load_bank
    box = quiz.widget("00-kortkommando", store=store)
    submit(box, 0)

    def reordered(path):
        loaded = real(path)
        qs = tuple(q if q.id != "00-kortkommando" else dataclasses.replace(q, options=q.options[::-1])
                   for q in loaded.questions)
        return dataclasses.replace(loaded, questions=qs)

    monkeypatch.setattr(bank, "load_bank", reordered)
    html = quiz.progress_overview(store=store).children[0].value
    assert "1 sparat svar gäller en tidigare version av en fråga" in html and "inte svarat på någon fråga" in html


def test_exception_in_callback_is_shown_in_swedish(store, monkeypatch):
    box = QuestionBox(question(**TEXT), store)
    box.controls[0].value = "RUS"

    def boom(*_args):
        raise RuntimeError("unsupported operand")

    monkeypatch.setattr("helpers.core.grading.grade", boom)
    box.check_button.click()
    message, details = box.feedback.value.split("<details>")
    assert "Något oväntat gick fel i övningen." in message and "unsupported operand" not in message  # no English
    assert "Tekniska detaljer" in details and "RuntimeError: unsupported operand" in details
    assert box.controls[0].value == "RUS"


def test_corrupted_progress_file_warns_in_the_widget(store):
    store.directory.mkdir(parents=True)
    store.path.write_text("{ inte json", encoding="utf-8")
    box = QuestionBox(question(**SINGLE), store)
    assert "gick inte att läsa" in box.feedback.value and "⚠" in box.feedback.value
    submit(box, 0)
    assert "Rätt!" in box.feedback.value
    assert list(store.directory.glob("framsteg.trasig-*.json"))


@pytest.mark.parametrize("bad", [{"attempts": "3"}, None, {"hints": "två"}, {"status": ["x"]}], ids=json.dumps)
def test_a_bad_saved_entry_does_not_break_the_question_or_the_overview(store, bad):
    store.directory.mkdir(parents=True)
    store.path.write_text(json.dumps({"format": "regionalpolitik-kurs/framsteg", "version": 1, "state": {},
                                      "questions": {"00-kortkommando": bad}}), encoding="utf-8")
    box = quiz.widget("00-kortkommando", store=store)
    assert "fråga 00-kortkommando" in box.feedback.value and "felaktiga värden" in box.feedback.value
    submit(box, 0)
    assert "Rätt!" in box.feedback.value and "Något gick fel" not in box.feedback.value
    assert store.entry("00-kortkommando")["attempts"] == 1
    overview = quiz.progress_overview(store=store).children[0].value
    assert re.search(r"00 · Kom igång med kursen\s+4\s+1\s+1\s+1", texts_of(overview)), overview


def test_the_overview_warns_about_a_bad_entry_and_still_counts(store):
    store.directory.mkdir(parents=True)
    store.path.write_text(json.dumps({"format": "regionalpolitik-kurs/framsteg", "version": 1, "state": {},
                                      "questions": {"00-kortkommando": {"attempts": "3"}}}), encoding="utf-8")
    overview = quiz.progress_overview(store=store).children[0].value
    assert "fråga 00-kortkommando" in overview and "Något gick fel" not in overview
    assert "inte svarat på någon fråga" in overview


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders; covered via a file in the way")
def test_unwritable_progress_dir_warns_and_still_grades_readonly(tmp_path):
    from helpers.store.progress import ProgressStore

    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        box = QuestionBox(question(**SINGLE), ProgressStore(folder))
        box.controls[0].value = 0
        box.check_button.click()
        assert "kan inte sparas" in box.feedback.value and "Rätt!" in box.feedback.value
    finally:
        folder.chmod(0o700)


def test_unwritable_progress_dir_warns_and_still_grades(tmp_path):
    from helpers.store.progress import ProgressStore

    blocker = tmp_path / "fil"
    blocker.write_text("en fil där mappen skulle ligga")
    box = QuestionBox(question(**SINGLE), ProgressStore(blocker / "framsteg"))
    submit(box, 0)
    assert "kan inte sparas" in box.feedback.value and "Rätt!" in box.feedback.value
    submit(box, 1)
    assert "kan inte sparas" not in box.feedback.value  # the warning is shown once
    assert box.store.entry("99-test")["attempts"] == 2  # kept in memory


def test_the_widget_says_when_saving_works_again(tmp_path):
    from helpers.store.progress import ProgressStore

    blocker = tmp_path / "framsteg"
    blocker.write_text("en fil där mappen skulle ligga")
    box = QuestionBox(question(**SINGLE), ProgressStore(blocker))
    submit(box, 1)
    assert "kan inte sparas" in box.feedback.value and "Det finns redan en fil med samma namn" in box.feedback.value
    blocker.unlink()
    submit(box, 0)
    assert "Nu går det att spara igen" in box.feedback.value and "Rätt!" in box.feedback.value
    assert ProgressStore(blocker).entry("99-test")["attempts"] == 2


def test_widget_from_the_real_bank(store):
    box = quiz.widget("00-kortkommando", store=store)
    assert isinstance(box, QuestionBox) and "kurs-q-00-kortkommando" in box._dom_classes
    submit(box, 3)
    assert "Enter öppnar en markerad cell" in box.feedback.value


def test_unknown_question_id_gives_a_swedish_message():
    w = quiz.widget("00-finns-inte")
    assert isinstance(w, W.HTML)
    assert "Fråga ”00-finns-inte” finns inte i frågebanken" in w.value and "00-kom-igang.json" in w.value


def test_missing_and_corrupted_bank_files_name_the_file(tmp_path, monkeypatch):
    (tmp_path / "fragor").mkdir()
    monkeypatch.setenv("REGKURS_DATA_DIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("helpers.store.paths.REPO_ROOT", tmp_path / "saknas")
    missing = quiz.widget("42-nagot")
    assert "Hittar ingen frågebank" in missing.value and "42-&lt;namn&gt;.json" in missing.value
    (tmp_path / "fragor" / "42-trasig.json").write_text('{"notebook": "42-trasig", "questions": [', encoding="utf-8")
    broken = quiz.widget("42-nagot")
    assert "42-trasig.json är inte giltig JSON" in broken.value and "rad 1" in broken.value


def test_progress_overview_counts_per_notebook(store):
    overview = quiz.progress_overview(store=store)
    html = overview.children[0].value
    assert "inte svarat på någon fråga" in html and str(store.path) in html
    box = quiz.widget("00-kortkommando", store=store)
    submit(box, 0)
    pre = quiz.widget("00-fortest-kommuner", store=store)
    submit(pre, "21")
    overview.children[1].click()
    html = texts_of(overview.children[0].value)
    assert re.search(r"00 · Kom igång med kursen\s+4\s+1\s+1\s+1", html), html
    assert "Förtest (räknas inte): 1 av 3 besvarade, 0 rätt." in html


def test_feedback_colours_follow_the_theme():
    # Every colour is a JupyterLab CSS variable; hex values appear only as fallbacks inside var().
    for match in re.finditer(r"#[0-9a-fA-F]{3,6}\b", render.CSS):
        before = render.CSS[: match.start()]
        assert before.rstrip().endswith(",") and "var(--jp-" in before[-60:], match.group()
    for status in ("correct", "partly", "incorrect", "not_attempted"):
        assert f".kurs-fb-{status}" in render.CSS


def test_widgets_are_returned_not_displayed(store, capsys):
    quiz.widget("00-celltyper", store=store)
    quiz.progress_overview(store=store)
    assert capsys.readouterr().out == ""


def test_progress_file_is_valid_json_after_use(store):
    box = QuestionBox(question(**TEXT), store)
    submit(box, "RUS")
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["questions"]["99-test"]["answer"] == "RUS"


def test_guarded_callback_shows_any_error_in_its_area_and_passes_on_success():
    area = W.HTML()
    calls = []
    ok = render.guarded(area, lambda: calls.append("körd"))
    ok({"name": "value", "new": 1})  # called by observe with a change, or by on_click with a button
    assert calls == ["körd"] and area.value == ""

    def broken() -> None:
        raise KeyError("saknas")

    render.guarded(area, broken)(W.Button())
    assert "Något oväntat gick fel" in area.value and "KeyError" in area.value.split("<details>")[1]
    assert "<details>" in area.value and "Traceback" in area.value  # folded away, not shown as the message


@pytest.mark.parametrize("factory", ["quiz.widget", "quiz.progress_overview", "aktorer.typing_widget",
                                     "aktorer.grid_widget", "hallbarhet.rating_widget", "reflektion.widget",
                                     "prioritering.form_widget", "prioritering.rubric_widget"])
def test_every_widget_factory_turns_an_unexpected_error_into_the_swedish_box(factory, monkeypatch):
    import importlib

    from helpers.store import progress
    module_name, name = factory.split(".")
    module = importlib.import_module(f"helpers.{module_name}")

    def broken_store():
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(progress, "default_store", broken_store)
    args = ("00-kortkommando",) if factory == "quiz.widget" else ("05-lagt-inflytande",) if name == "widget" else ()
    shown = getattr(module, name)(*args)
    assert isinstance(shown, W.HTML), type(shown)
    assert "Det här gick inte att visa" in shown.value and "disk on fire" not in shown.value.split("<details>")[0]


def test_the_overview_names_notebooks_by_their_titles(store):
    from helpers.store.bank import find_question

    q = find_question("00-kortkommando")
    store.record(q, 0, "correct")
    shown = quiz.progress_overview(store=store).children[0].value
    assert "<td>00 · Kom igång med kursen</td>" in shown and "<td>00-kom-igang</td>" not in shown


def test_every_dropdown_starts_on_the_choose_label(store):
    """Closed dropdowns never start blank: they show "– välj –" (or their own first label) like the sorting questions."""
    from helpers import aktorer, hallbarhet, prioritering

    def dropdowns(widget):
        found = [widget] if isinstance(widget, W.Dropdown) else []
        for child in getattr(widget, "children", ()):
            found += dropdowns(child)
        return found

    for factory in (aktorer.grid_widget, aktorer.typing_widget, hallbarhet.rating_widget, prioritering.form_widget):
        boxes = dropdowns(factory(store=store))
        assert boxes, factory.__name__
        blank = [d.description or d.options[:2] for d in boxes if d.index is None]
        assert blank == [], (factory.__name__, blank)
