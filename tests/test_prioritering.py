"""Capstone (notebook 09): checklist rules, export, rubric and the form driven headless."""

from __future__ import annotations

import base64
import json
import re
from datetime import date

import pytest

from helpers import hallbarhet, texts
from helpers import prioritering as P
from helpers.core.parsing import plain

WORDS8 = "en motivering som är minst åtta ord lång"


def complete() -> dict:
    """A priority that meets every rule (the amounts are exactly on the 50 % limit)."""
    return {
        "utmaning": "Unga flyttar från inlandet och arbetsgivarna har svårt att rekrytera.",
        "siffra": "Folkmängden i länet var 281 138 år 2024",
        "siffra_kalla": "SCB, Statistikdatabasen, tabell TAB638",
        "omrade": "kompetens", "inriktning": "Sammanhållen region",
        "rus_koppling": "Kompetens i hela länet gör platsen levande.",
        "mal": "Öka antalet unga som utbildar sig på hemorten i inlandet till år 2030.",
        "territorium": "Gles landsbygd och inland", "malgrupp": "Unga vuxna", "jamstalldhet": "Unga kvinnor flyttar oftare.",
        "aktorer": ["Kommun", "Näringsliv", "Universitet eller högskola"], "roll": ["Samlar aktörerna"],
        "ekonomisk": "fler kan ta de jobb som finns", "social": "unga kan bo kvar där de växte upp",
        "miljomassig": "kortare resor till utbildning minskar utsläppen",
        "instrument": "projektmedel", "lagrum": "lag-5-2", "kostnad": "3 mkr", "belopp": "1 500 000",
        "risker": "Kommunerna kan konkurrera om samma lärare.",
        "indikatorer": [{"namn": "Studerande på hemorten", "bas": "40", "mal": "80", "ar": "2030",
                         "kalla": "Kommunernas statistik"}, {}, {}],
    }


def rules(answers, **kw) -> dict[str, P.Check]:
    return {c.rule: c for c in P.checklist(answers, **kw)}


def test_a_complete_priority_meets_every_rule_in_order():
    checks = P.checklist(complete())
    assert [c.rule for c in checks] == ["falt", "siffra", "strategi", "mal", "aktorer", "roll", "dimensioner", "mandat",
                                        "finansiering", "indikatorer", "risker"]
    assert all(c.ok for c in checks), [(c.rule, c.detail) for c in checks if not c.ok]
    assert all(c.why and c.title for c in checks)


def test_empty_answers_fail_every_rule_except_finance_with_swedish_details():
    checks = rules({})
    assert {r for r, c in checks.items() if c.ok} == {"finansiering"}
    assert checks["finansiering"].detail == texts.PRIO_FINANCE_NA
    assert checks["falt"].detail.startswith("Fyll i: Utmaning, Siffra, Källa")
    assert "Indikator 1" in checks["falt"].detail and "Kostnad" not in checks["falt"].detail
    assert "du har valt 0" in checks["aktorer"].detail


@pytest.mark.parametrize(("change", "rule", "needle"), [
    ({"siffra": "många invånare"}, "siffra", "Skriv en siffra"),
    ({"siffra_kalla": "  "}, "siffra", "varifrån siffran kommer"),
    ({"omrade": "påhittat"}, "strategi", "strategiskt område"),
    ({"inriktning": None}, "strategi", "RUS-inriktning"),
    ({"mal": "Bli bättre på allt."}, "mal", "minst 8 ord"),
    ({"mal": "Öka antalet unga som utbildar sig på hemorten i inlandet snart."}, "mal", "årtal mellan 2026 och 2060"),
    ({"mal": "Öka antalet unga som utbildar sig på hemorten i inlandet till år 2019."}, "mal", "årtal"),
    ({"aktorer": ["Kommun", "Region"]}, "aktorer", "du har valt 2"),
    ({"aktorer": ["Kommun", "Region", "Statlig aktör"]}, "aktorer", "Alla valda aktörer är offentliga"),
    ({"roll": []}, "roll", "minst en roll"),
    ({"social": "bra"}, "dimensioner", "sociala dimensionen (du har skrivit 1)"),
    ({"instrument": None}, "mandat", "Välj ett instrument"),
    ({"lagrum": None}, "mandat", "Välj ett lagrum"),
    ({"lagrum": "lag-6"}, "mandat", "Lag (2010:630) 5 § 2"),
    ({"belopp": "1 600 000"}, "finansiering", "53,3 procent"),
    ({"belopp": "mycket"}, "finansiering", "går inte att läsa som ett belopp"),
    ({"kostnad": ""}, "finansiering", "Fyll i fältet Kostnad"),
    ({"kostnad": "0"}, "finansiering", "större än noll"),
    ({"belopp": "4 mkr"}, "finansiering", "större än hela kostnaden"),
    ({"indikatorer": [{}, {}, {}]}, "indikatorer", "minst en indikator"),
    ({"indikatorer": [{"namn": "Studerande", "bas": "40"}]}, "indikatorer", "Indikator 1 saknar: målvärde, år, datakälla"),
    ({"indikatorer": [{"namn": "X", "bas": "fyrtio", "mal": "80", "ar": "2030", "kalla": "K"}]}, "indikatorer", "”fyrtio”"),
    ({"indikatorer": [{"namn": "X", "bas": "40", "mal": "80", "ar": "30", "kalla": "K"}]}, "indikatorer", "årtal"),
    ({"indikatorer": [{"namn": "X", "bas": "40", "mal": "40", "ar": "2030", "kalla": "K"}]}, "indikatorer", "samma som"),
    ({"risker": "Inga."}, "risker", "minst 5 ord"),
])
def test_each_rule_fails_for_its_own_reason(change, rule, needle):
    answers = {**complete(), **change}
    checks = rules(answers)
    assert not checks[rule].ok and needle in plain(checks[rule].detail), checks[rule].detail
    others = {r for r, c in checks.items() if not c.ok} - {rule, "falt"}
    assert not others, others


def test_second_indicator_is_checked_when_started():
    answers = complete()
    answers["indikatorer"][1] = {"namn": "Företag som deltar"}
    assert "Indikator 2 saknar: utgångsvärde, målvärde, år, datakälla" in rules(answers)["indikatorer"].detail


def test_finance_rule_only_applies_to_grant_1_1():
    answers = {**complete(), "instrument": "samordning", "lagrum": "lag-samverka", "kostnad": "", "belopp": "kalas"}
    checks = rules(answers)
    assert checks["finansiering"].ok and checks["mandat"].ok and checks["falt"].ok


def test_amounts_in_swedish_styles():
    assert P.amount("2 000 000") == 2_000_000 and P.amount("2 mkr") == 2_000_000
    assert P.amount("1,5 miljoner kronor") == 1_500_000 and P.amount("750 tkr") == 750_000


def test_short_form_only_checks_the_lesson_fields():
    answers = {k: complete()[k] for k in ("utmaning", "siffra", "siffra_kalla", "omrade", "mal", "indikatorer")}
    short = P.checklist(answers, short=True)
    assert [c.rule for c in short] == ["falt", "siffra", "strategi-kort", "mal", "indikatorer"]
    assert short[2].title == "Prioriteringen är kopplad till den nationella strategin"
    assert all(c.ok for c in short), [(c.rule, c.detail) for c in short if not c.ok]
    assert not all(c.ok for c in P.checklist(answers))


def test_garbage_types_never_crash_the_rules():
    garbage = {k: 12 for k in P.BY_KEY} | {"aktorer": "Kommun", "indikatorer": "ingen lista"}
    checks = P.checklist(garbage)
    assert not any(c.ok for c in checks if c.rule != "finansiering")


# --- export --------------------------------------------------------------------------------------------
def test_markdown_export_has_every_section_and_escapes_tables():
    answers = complete()
    answers["indikatorer"][0]["namn"] = "Andel | med pipe"
    md = P.to_markdown(answers, "Din bedömning av ”X”: social +1.", None, today=date(2026, 11, 27))
    assert md.startswith("# Min mini-RUS-prioritering\n")
    for heading in texts.PRIO_SECTIONS.values():
        assert f"\n## {heading}\n" in md
    assert "Skapad 2026-11-27" in md and "Andel \\| med pipe" in md
    assert "**Andel anslag 1:1:** 50 procent" in md and "Din bedömning av ”X”" in md
    assert "- ✓ Finansieringen följer reglerna" in md and "## Bedömning enligt matrisen" not in md


def test_html_export_is_a_standalone_escaped_page():
    answers = {**complete(), "utmaning": "<script>alert('x')</script> & mer"}
    page = P.to_html(answers, None, {"vem": "En kamrat", "nivaer": {"sammanhang": 3, "hallbarhet": 2}, "kommentar": "Bra."})
    assert page.startswith("<!DOCTYPE html>") and '<html lang="sv">' in page and '<meta charset="utf-8">' in page
    assert "<script>" not in page and "&lt;script&gt;" in page and "&amp; mer" in page
    assert "Bedömd av: En kamrat." in page and "inte bedömd" in page and "Bra." in page
    assert page.count("<h2>") == len(texts.PRIO_SECTIONS) + 2


HOSTILE = [
    "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "[klicka](javascript:alert(1))",
    "<javascript:alert(1)>", "https://exempel.se/fälla", "![bild](x.png)", "\n## Bedömningsmatris\n", "# Rubrik",
    "Rubrik\r\n===", "Text\n---", "**fet** *kursiv* _understruken_ ~~struken~~ `kod`", "\n- [ ] uppgift",
    "\n1. lista", "\n> citat", "\n    indrag", "| a | b |\n|---|---|", "Term\n: definition", "$x^2$ och $$y$$",
    "&lt;b&gt; &amp; &#60;", "[^1] \\ slut", "<!-- kommentar -->", "\n```\nkod\n```", "\n+ plus", "Stycke ett.\n\n \n***",
]


def answers_with(text_for) -> tuple[dict, str, dict]:
    """Every learner-written value of the capstone, the rating line and the rubric replaced by ``text_for(n)``.

    The instrument is project money, so that the cost and the grant are part of the export too.
    """
    answers = {key: [text_for(n), text_for(n + 1)] if P.BY_KEY[key].kind == "multi" else text_for(n)
               for n, key in enumerate(P.BY_KEY) if key != "instrument"} | {"instrument": "projektmedel"}
    answers["indikatorer"] = [{k: text_for(n + i) for i, k in enumerate(P.INDICATOR_KEYS)} for n in range(0, 30, 10)]
    rubric = {"vem": text_for(3), "nivaer": {"sammanhang": 3}, "kommentar": text_for(5)}
    return answers, text_for(15), rubric  # 15: the value the instrument would have had


def rendered(markdown: str):
    """The Markdown as nbconvert renders it (mistune, with nbconvert's plugins and math), parsed."""
    from bs4 import BeautifulSoup
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return BeautifulSoup(markdown2html_mistune(markdown), "html.parser")


def structure(soup) -> list[tuple[str, tuple]]:
    """Every element with its attributes; line breaks are left out, as they are the learner's own."""
    return [(tag.name, tuple(sorted((k, str(v)) for k, v in tag.attrs.items() if k != "id")))
            for tag in soup.find_all(True) if tag.name != "br"]


def test_learner_text_stays_text_in_the_rendered_markdown_export():
    used = set()

    def hostile(n):
        used.add(HOSTILE[n % len(HOSTILE)])
        return HOSTILE[n % len(HOSTILE)]

    plain = lambda n: "text"  # noqa: E731, ARG005
    md = P.to_markdown(*answers_with(hostile), today=date(2026, 11, 27))
    soup = rendered(md)
    baseline = rendered(P.to_markdown(*answers_with(plain), today=date(2026, 11, 27)))
    assert structure(soup) == structure(baseline)  # no tag, link, heading or list item from the learner's text
    assert [h.get_text(strip=True).rstrip("¶") for h in soup.find_all(["h1", "h2"])] == \
        [h.get_text(strip=True).rstrip("¶") for h in baseline.find_all(["h1", "h2"])]
    text = " ".join(soup.get_text().split())
    assert used == set(HOSTILE)
    for value in HOSTILE:
        assert " ".join(value.split()) in text, value  # shown as written
    unescaped = re.compile(r"(?<!\\)(?:<script|<img|\]\(javascript:)|^## Bedömningsmatris", re.MULTILINE)
    assert unescaped.findall(md) == [] and "\\<script\\>" in md  # the file itself, for any other Markdown reader


def test_normal_swedish_text_stays_readable_in_the_markdown_export():
    sentence = ("Unga flyttar från inlandet – och arbetsgivarna (t.ex. regionen, kommunerna) har svårt att rekrytera: "
                "30 % färre sökande år 2024! Varför? ”Det saknas bostäder”, säger de; 1,5 mnkr räcker inte.")
    md = P.to_markdown({**complete(), "utmaning": sentence, "mal": "Ökad inflyttning till år 2030."}, today=date(2026, 11, 27))
    assert f"\n{sentence}\n" in md and "Ökad inflyttning till år 2030." in md  # the file itself reads as written
    assert sentence in rendered(md).get_text()


def test_html_export_shows_learner_markup_as_written():
    answers = {**complete(), "utmaning": "**fet** och *kursiv*", "mal": "<b>mål</b> [länk](https://x.se)"}
    page = P.to_html(answers)
    assert "<strong>fet</strong>" not in page and "<em>kursiv</em>" not in page and "**fet** och *kursiv*" in page
    assert "<b>" not in page and "&lt;b&gt;mål&lt;/b&gt; [länk](https://x.se)" in page and "<a " not in page
    assert "<li><strong>Koppling till RUS:</strong> " in page and "<em>Skapad " in page  # the course's own markup stays


def test_download_link_carries_the_file():
    link = P.download_link("Å ä ö", "fil.md", "text/markdown", "Ladda ned")
    payload = re.search(r"base64,([A-Za-z0-9+/=]+)", link).group(1)
    assert base64.b64decode(payload).decode("utf-8") == "Å ä ö" and 'download="fil.md"' in link


def test_rubric_points_and_missing_names():
    assert P.rubric_points({"nivaer": {"sammanhang": 3, "hallbarhet": 2, "roller": 1, "matbarhet": 3}}) == (9, [])
    points, missing = P.rubric_points({"nivaer": {"sammanhang": 3, "hallbarhet": True, "roller": 7}})
    assert points == 3 and missing == ["Hållbarhet", "Rollfördelning", "Mätbarhet"]


# --- the form, headless ----------------------------------------------------------------------------------
def fill(form: P.PriorityForm, answers: dict) -> None:
    for key, control in form.controls.items():
        value = answers.get(key)
        if value is not None:
            control.value = tuple(value) if P.BY_KEY[key].kind == "multi" else value
    for row, values in zip(form.indicators, answers["indikatorer"], strict=False):
        for k, text in row.items():
            text.value = values.get(k, "")


def test_form_checklist_export_and_restore(store, tmp_path):
    form = P.PriorityForm(store, export_dir=tmp_path / "export")
    form.check_button.click()
    assert "1 av 11 punkter uppfyllda" in form.checklist_area.value and "✗ Inte uppfyllt" in form.checklist_area.value
    fill(form, complete())
    form.check_button.click()
    assert "Alla 11 punkter är uppfyllda" in form.checklist_area.value and "✓" in form.checklist_area.value
    assert "Varför det spelar roll" in form.checklist_area.value
    form.export_button.click()
    md = (tmp_path / "export" / "min-rus-prioritering.md").read_text(encoding="utf-8")
    assert "Studerande på hemorten" in md and (tmp_path / "export" / "min-rus-prioritering.html").exists()
    assert 'download="min-rus-prioritering.md"' in form.export_area.value and "utkast" not in form.export_area.value
    again = P.PriorityForm(store, export_dir=tmp_path / "export")  # a re-run or a new kernel
    assert again.answers() == form.answers() and "hämtats" in again.status.value


def test_export_of_a_draft_still_works_and_says_so(store, tmp_path):
    form = P.PriorityForm(store, export_dir=tmp_path)
    form.controls["utmaning"].value = "Bara en början."
    form.export_button.click()
    assert "utkast" in form.export_area.value and "Bara en början." in (tmp_path / "min-rus-prioritering.md").read_text()


def test_a_new_export_keeps_the_previous_one_and_says_so(store, tmp_path):
    form = P.PriorityForm(store, export_dir=tmp_path)
    md, previous = tmp_path / "min-rus-prioritering.md", tmp_path / "min-rus-prioritering-tidigare.md"
    form.controls["utmaning"].value = "Första versionen."
    form.export_button.click()
    assert "ersätter" not in form.export_area.value and not previous.exists()
    form.export_button.click()  # nothing changed
    assert "Den ersätter kopian från förra gången, som hade samma innehåll." in form.export_area.value
    assert not previous.exists()
    md.write_text(md.read_text(encoding="utf-8") + "\nMina egna tillägg i filen.\n", encoding="utf-8")
    form.controls["utmaning"].value = "Andra versionen."
    form.export_button.click()
    assert "Andra versionen." in md.read_text(encoding="utf-8")
    kept = previous.read_text(encoding="utf-8")
    assert "Första versionen." in kept and "Mina egna tillägg i filen." in kept  # hand edits are not lost
    assert "Första versionen." in (tmp_path / "min-rus-prioritering-tidigare.html").read_text(encoding="utf-8")
    out = form.export_area.value
    assert f"Den ersätter kopian från förra gången. Den förra kopian finns kvar som <code>{previous}</code>" in out
    assert "och som en .html-fil med samma namn, tills du skapar filerna nästa gång." in out


def test_unwritable_export_folder_still_gives_download_links(store, tmp_path):
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    form = P.PriorityForm(store, export_dir=blocker / "export")
    form.export_button.click()
    assert "Det gick inte att spara en kopia" in form.export_area.value
    assert "data:text/markdown" in form.export_area.value and "Traceback" not in form.export_area.value
    message = form.export_area.value.split("<details>")[0]
    assert "Not a directory" not in message and "en fil och inte en mapp" in message  # raw OS text only folded
    assert "Not a directory" in form.export_area.value.split("<details>")[1]


def test_corrupted_saved_answers_are_reported_not_used(store):
    store.set_state(P.KEY, {"svar": {"omrade": "påhittat", "aktorer": ["Kommun", 5], "utmaning": 12, "mal": "Ett mål",
                                     "indikatorer": "nej"}, "betyg06": "saknas", "kort": "ja"})
    form = P.PriorityForm(store)
    assert form.controls["omrade"].value is None and form.controls["aktorer"].value == ()
    assert form.controls["mal"].value == "Ett mål" and form.short.value is False
    for name in ("Strategiskt område", "Aktörer", "Utmaning"):
        assert f"”{name}” var ogiltigt" in form.status.value
    store.set_state(P.KEY, "inte en ordbok")
    assert P.PriorityForm(store).answers()["utmaning"] == ""


def test_ratings_from_notebook_06_are_carried_over(store, tmp_path):
    empty = P.PriorityForm(store)
    assert "inte sparat någon bedömning" in empty.rating_info.value
    project = hallbarhet.data()["projekt"][0]
    store.set_state(P.RATING_KEY, {
        project["id"]: {"varden": {"ekonomisk": 1, "social": -1, "miljomassig": 0},
                        "motiveringar": {d: WORDS8 for d in ("ekonomisk", "social", "miljomassig")}},
        "trasig": {"varden": {"ekonomisk": 9}, "motiveringar": {}}})
    form = P.PriorityForm(store, export_dir=tmp_path)
    assert [v for _, v in form.rating.options] == [None, project["id"]]
    form.rating.value = project["id"]
    assert "ekonomisk +1, social −1, miljömässig 0" in form.rating_info.value
    form.export_button.click()
    assert project["namn"] in (tmp_path / "min-rus-prioritering.md").read_text(encoding="utf-8")
    assert P.PriorityForm(store).rating.value == project["id"]


def test_short_form_toggle_changes_the_checklist(store):
    form = P.PriorityForm(store)
    form.short.value = True
    form.check_button.click()
    assert "av 5 punkter" in form.checklist_area.value and "Kort version" in form.checklist_area.value
    assert json.loads(json.dumps(store.get_state(P.KEY)))["kort"] is True


def test_rubric_widget_requires_every_criterion_then_saves(store, tmp_path):
    box = P.RubricBox(store)
    box.levels["sammanhang"].value = 3
    box.save_button.click()
    assert "saknas: Hållbarhet, Rollfördelning, Mätbarhet" in box.feedback.value and store.get_state(P.RUBRIC_KEY) is None
    for toggle in box.levels.values():
        toggle.value = 2
    box.who.value = "En kamrat"
    box.comment.value = "Tydlig indikator."
    box.save_button.click()
    assert "8 av 12 poäng" in box.feedback.value
    assert P.RubricBox(store).levels["matbarhet"].value == 2
    form = P.PriorityForm(store, export_dir=tmp_path)
    form.export_button.click()
    assert "Bedömd av: En kamrat." in (tmp_path / "min-rus-prioritering.md").read_text(encoding="utf-8")


# --- course-level progress -----------------------------------------------------------------------------
def test_course_overview_lists_exercises_and_their_state(store):
    from helpers import aktorer, quiz

    rows = quiz.exercise_rows(store.data())
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert all(r[2] == "– Inte påbörjad" for r in rows)
    card = aktorer.data()["aktorer"][0]
    store.set_state(aktorer.TYPING_KEY, {card["id"]: {"typ": card["typ"], "niva": card["nivaer"][0]}, "x": "trasig"})
    store.set_state(aktorer.GRID_KEY, {a["id"]: [1, 1] for a in aktorer.data()["fall"]["aktorer"]})
    store.set_state("05-lagt-inflytande", {"text": "för kort"})
    state = {"svar": complete()}
    store.set_state(P.KEY, state)
    store.set_state(P.RUBRIC_KEY, {"nivaer": {"sammanhang": 3, "hallbarhet": 2, "roller": 2, "matbarhet": 1}})
    rows = {r[1]: r[2] for r in quiz.exercise_rows(store.data())}
    assert rows[texts.PROGRESS_EX_TYPING] == f"◐ Påbörjad – 1 av {len(aktorer.data()['aktorer'])} kort helt rätt"
    assert rows[texts.PROGRESS_EX_GRID].startswith("✓ Klar – 10 av 10")
    assert rows[texts.PROGRESS_EX_CAPSTONE] == "✓ Klar – 11 av 11 punkter i checklistan"
    assert rows[texts.PROGRESS_EX_RUBRIC] == "✓ Klar – 8 av 12 poäng"
    assert rows[texts.PROGRESS_EX_RATING] == "– Inte påbörjad"
    assert sum(v == "– Inte påbörjad" for k, v in rows.items() if k.startswith("Skrivuppgift")) == 4
    overview = quiz.progress_overview(store=store).children[0].value
    assert "Övningar utöver frågorna" in overview and "11 av 11 punkter" in overview


def test_course_overview_counts_rated_projects_in_correct_swedish(store):
    from helpers import quiz

    projects = [p["id"] for p in hallbarhet.data()["projekt"][:2]]
    entry = {"varden": {"ekonomisk": 1, "social": 0, "miljomassig": 0},
             "motiveringar": {d: WORDS8 for d in ("ekonomisk", "social", "miljomassig")}}
    store.set_state(P.RATING_KEY, {projects[0]: entry})
    assert dict((r[1], r[2]) for r in quiz.exercise_rows(store.data()))[texts.PROGRESS_EX_RATING] == "✓ Klar – 1 projekt bedömt"
    store.set_state(P.RATING_KEY, {p: entry for p in projects})
    assert dict((r[1], r[2]) for r in quiz.exercise_rows(store.data()))[texts.PROGRESS_EX_RATING] == "✓ Klar – 2 projekt bedömda"


SHORT_KEYS = {f.key for f in P.FIELDS if f.short}


def test_the_short_version_exports_as_complete_and_counts_as_done(store, tmp_path):
    """A learner who chose the lesson's short form and met its checklist hands in a finished file, not a draft."""
    from helpers import quiz

    short = {k: v for k, v in complete().items() if k in SHORT_KEYS}
    short["indikatorer"] = complete()["indikatorer"][:1]
    form = P.PriorityForm(store, export_dir=tmp_path)
    form.short.value = True
    fill(form, short)
    form.check_button.click()
    assert "Alla 5 punkter är uppfyllda" in form.checklist_area.value
    files = form.export()
    assert "utkast" not in form.export_area.value
    for text in files.values():
        assert "Checklista för den korta versionen" in text and "✗" not in text and text.count("✓") == 5
        assert "den korta versionen från lektionen" in text
        assert P.texts.PRIO_SECTIONS[9] not in text  # risks are not part of the short form
    rows = [r for r in quiz.exercise_rows(store.data()) if r[1] == P.texts.PROGRESS_EX_CAPSTONE]
    assert rows and rows[0][2].startswith("✓"), rows


def test_the_full_version_is_still_a_draft_when_only_the_short_part_is_done(store, tmp_path):
    short = {k: v for k, v in complete().items() if k in SHORT_KEYS}
    short["indikatorer"] = complete()["indikatorer"][:1]
    form = P.PriorityForm(store, export_dir=tmp_path)
    fill(form, short)
    files = form.export()
    assert "utkast" in form.export_area.value and "✗" in files["md"]


def test_download_links_are_styled_as_visible_links():
    from helpers.ui import render

    rule = render.CSS.split("a.kurs-nedladdning {", 1)[1].split("}", 1)[0]
    assert "border:" in rule and "underline" in rule and "--jp-content-link-color" in rule
    assert 'class="kurs-nedladdning"' in P.download_link("x", "f.md", "text/markdown", "Ladda ned")


# --- the capstone's configuration: data/fakta/prioritering.json ------------------------------------------
def _rewrite(datadir, name, change):
    path = datadir / "fakta" / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_the_configuration_is_read_from_its_fact_file(datadir):
    raw = json.loads((datadir / "fakta" / "prioritering.json").read_text(encoding="utf-8"))
    assert P.SUITABLE == {i["id"]: tuple(i["lagrum"]) for i in raw["instrument"]}
    assert P.PUBLIC_TYPES == frozenset(raw["offentliga_aktorstyper"]) and "Kommun" in P.PUBLIC_TYPES
    assert P.SUITABLE["samordning"] == ("lag-5-1", "lag-samverka")
    assert [(c.name, len(c.levels)) for c in P.config().rubric.values()] == [(m["namn"], 3) for m in raw["matris"]]
    _rewrite(datadir, "prioritering", lambda d: d["instrument"][0].update(namn="Regionala projektmedel (ändrat)"))
    assert ("Regionala projektmedel (ändrat)", "projektmedel") in P.options("instrument")
    assert "Regionala projektmedel (ändrat)" in rules({**complete(), "lagrum": "lag-6"})["mandat"].detail


@pytest.mark.parametrize(("file", "change", "expected"), [
    ("prioritering", lambda d: d.pop("matris"), "filen: ”matris” ska vara en lista med minst en post"),
    ("prioritering", lambda d: d["instrument"][1].pop("namn"), "post ”eruf” i ”instrument”: saknar namn"),
    ("prioritering", lambda d: d["instrument"][1].update(lagrum="lag-6"), "post ”eruf” i ”instrument”: ”lagrum” ska vara en lista med minst en post"),
    ("prioritering", lambda d: d["matris"][0].update(nivaer=["a", "b"]), "”nivaer” ska vara tre beskrivningar"),
    ("prioritering", lambda d: d["bestammelser"].append({"id": "lag-6", "text": "igen"}), "id:t finns redan"),
    ("prioritering", lambda d: d["instrument"][0].update(lagrum=["lag-99"]),
     "post ”projektmedel” i ”instrument”: ”lag-99” finns inte bland ”bestammelser”"),
    ("prioritering", lambda d: d["bestammelser"].append({"id": "lag-99", "text": "påhittad"}),
     "post ”lag-99” i ”bestammelser”: bestämmelsen finns inte i lagrum.json"),
    ("prioritering", lambda d: d["offentliga_aktorstyper"].append("Kommuner"),
     "”Kommuner” i ”offentliga_aktorstyper” finns inte bland aktörstyperna i aktorer.json"),
    ("aktorer", lambda d: d["typer"].remove("EU-organ"),
     "”EU-organ” i ”offentliga_aktorstyper” finns inte bland aktörstyperna i aktorer.json"),
], ids=["no-rubric", "no-name", "provisions-not-a-list", "two-levels", "duplicate", "unknown-provision",
        "not-in-lagrum", "unknown-actor-type", "actor-type-removed"])
def test_a_broken_configuration_names_the_file_and_the_entry(datadir, store, file, change, expected):
    _rewrite(datadir, file, change)
    with pytest.raises(P.fakta.FactError) as err:
        P.config()
    message = str(err.value)
    assert "Faktafilen" in message and "prioritering.json är felaktig" in message and expected in message
    assert expected in P.form_widget(store=store).value and expected in P.rubric_widget(store=store).value


def test_a_missing_configuration_file_shows_the_swedish_error_box(datadir, store):
    (datadir / "fakta" / "prioritering.json").unlink()
    for widget in (P.form_widget(store=store), P.rubric_widget(store=store)):
        assert "Hittar inte faktafilen" in widget.value and "prioritering.json" in widget.value


def test_restoring_keeps_only_valid_saved_values_without_any_widget():
    from helpers.core import capstone

    values, problems = capstone.restorable({"omrade": "kompetens", "inriktning": "påhittad", "roll": ["Finansierar"],
                                            "aktorer": ["Kommun", ["x"]], "mal": 2030, "risker": ""}, P.config())
    assert values == {"omrade": "kompetens", "roll": ("Finansierar",)}
    assert problems == [texts.PRIO_BAD_STATE.format(field=name) for name in ("Inriktning", "Mål", "Aktörer")]
