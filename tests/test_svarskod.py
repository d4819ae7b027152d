"""Answer codes and the class view: round trips, tampering, mixed junk, timing, aggregation and widgets."""

from __future__ import annotations

import ast
import random
import re
import statistics
import time
from pathlib import Path

import pytest

from helpers import aktorer, bank, fakta, hallbarhet, klassvy, quiz, svarskod
from helpers.model import ChoiceQuestion, ClassifyQuestion

SRC = Path(svarskod.__file__).parent


def random_answer(ex: svarskod.Exercise, rng: random.Random):
    """A random answer in the exercise's own shape, with some slots left unanswered."""
    if ex.kind == "fraga":
        q = svarskod.question_of(ex)
        if isinstance(q, ClassifyQuestion):
            return [rng.choice([None, *q.categories]) for _ in q.items]
        if q.type == "single":
            return rng.randrange(len(q.options))
        return sorted(rng.sample(range(len(q.options)), rng.randint(1, len(q.options))))
    if ex.kind == "aktorstyp":
        info = fakta.load("aktorer")
        return {c["id"]: {"typ": rng.choice([None, *info["typer"]]), "niva": rng.choice([None, *info["nivaer"]])}
                for c in info["aktorer"]}
    if ex.kind == "maktkarta":
        actors = fakta.load("aktorer")["fall"]["aktorer"]
        return {a["id"]: [rng.randint(0, 5), rng.randint(0, 5)] for a in actors if rng.random() < 0.8}
    info = fakta.load("projekttyper")
    return {"projekt": rng.choice(info["projekt"])["id"],
            "varden": {d["id"]: rng.randint(-2, 2) for d in info["dimensioner"]}}


def canonical(ex: svarskod.Exercise, answer):
    """What decoding gives back: card answers with both keys, unanswered classify items as None."""
    return svarskod.from_values(ex, svarskod.to_values(ex, answer))


# --- round trip --------------------------------------------------------------------------------
@pytest.mark.parametrize("exercise_id", list(svarskod.EXERCISES))
def test_round_trip_of_random_answers(exercise_id):
    ex = svarskod.EXERCISES[exercise_id]
    rng = random.Random(exercise_id)
    for _ in range(200):
        answer = random_answer(ex, rng)
        nonce = rng.randrange(2**svarskod.NONCE_BITS)
        code = svarskod.encode(exercise_id, answer, nonce)
        decoded = svarskod.decode(code)
        assert decoded.exercise is ex and decoded.nonce == nonce and decoded.code == code
        assert decoded.answer == canonical(ex, answer)
        assert decoded.answer == answer or ex.kind == "aktorstyp" or ex.kind == "maktkarta"


def test_round_trip_keeps_exact_shapes():
    assert svarskod.decode(svarskod.encode("LS", 2, 7)).answer == 2
    ak = {"foretaget": [5, 5], "samebyar": [0, 5]}
    assert svarskod.decode(svarskod.encode("AK", ak, 7)).answer == ak
    hb = {"projekt": "servicepunkt", "varden": {"ekonomisk": -2, "social": 2, "miljomassig": 0}}
    projects = [p["id"] for p in fakta.load("projekttyper")["projekt"]]
    hb["projekt"] = projects[0]
    assert svarskod.decode(svarskod.encode("HB", hb, 7)).answer == hb


def test_codes_are_short_and_readable():
    lengths = {}
    for ex_id, ex in svarskod.EXERCISES.items():
        code = svarskod.encode(ex_id, random_answer(ex, random.Random(1)), 0)
        assert re.fullmatch(r"[A-Z]{2}1(-[0-9A-HJKMNP-TV-Z]{1,4})+", code), code
        lengths[ex_id] = len(code)
    assert max(lengths.values()) <= 40 and lengths["LS"] <= 16, lengths


def test_same_answer_different_learners_give_different_codes():
    assert svarskod.encode("LS", 1, 1) != svarskod.encode("LS", 1, 2)
    assert svarskod.encode("LS", 1, 1) == svarskod.encode("LS", 1, 1)


# --- tolerant reading --------------------------------------------------------------------------
def test_lower_case_spaces_and_look_alike_letters_are_accepted():
    code = svarskod.encode("AK", {"foretaget": [4, 3]}, 123)
    assert svarskod.decode(code.lower()).code == code
    assert svarskod.decode("  " + code + "  ").code == code
    mangled = code[:4] + code[4:].replace("0", "O").replace("1", "I")
    assert svarskod.decode(mangled).code == code
    regrouped = code[:4] + code[4:].replace("-", "")
    assert svarskod.decode(regrouped).code == code


# --- rejection ---------------------------------------------------------------------------------
def reason(text):
    with pytest.raises(svarskod.CodeError) as info:
        svarskod.decode(text)
    return info.value.reason, str(info.value)


def test_every_single_character_change_is_rejected():
    code = svarskod.encode("AT", random_answer(svarskod.EXERCISES["AT"], random.Random(3)), 4242)
    head, tail = code.split("-", 1)
    chars = tail.replace("-", "")
    tried = 0
    for pos, original in enumerate(chars):
        for replacement in svarskod.ALPHABET:
            if replacement == original:
                continue
            changed = head + "-" + chars[:pos] + replacement + chars[pos + 1:]
            kind, _ = reason(changed)
            assert kind in {"kontroll", "version"}, (pos, replacement, kind)
            tried += 1
    assert tried == len(chars) * 31


def test_swapped_neighbours_and_truncation_are_rejected():
    code = svarskod.encode("LR", random_answer(svarskod.EXERCISES["LR"], random.Random(5)), 99)
    head, tail = code.split("-", 1)
    chars = tail.replace("-", "")
    for pos in range(len(chars) - 1):
        if chars[pos] != chars[pos + 1]:
            swapped = chars[:pos] + chars[pos + 1] + chars[pos] + chars[pos + 2:]
            assert reason(f"{head}-{swapped}")[0] in {"kontroll", "version"}
    for cut in range(1, len(chars)):
        assert reason(f"{head}-{chars[:cut]}")[0] in {"kontroll", "langd", "version"}


def test_a_forged_answer_with_the_old_checksum_is_rejected():
    real = svarskod.encode("LS", 0, 5)  # the learner answered option 1
    forged_payload = svarskod.encode("LS", 3, 5)  # the same learner number, another answer
    head, tail = real.split("-", 1)
    forged = head + "-" + forged_payload.split("-", 1)[1].replace("-", "")[:-4] + tail.replace("-", "")[-4:]
    assert reason(forged)[0] == "kontroll"


def test_reasons_are_swedish_and_specific():
    assert reason("hej hej")[0] == "format"
    kind, message = reason("ZZ1-ABCD-EFGH")
    assert kind == "okand" and "Okänd övning" in message
    kind, message = reason("LS2-H01W-90YF-Q5")
    assert kind == "format-version" and "formatversion 2" in message
    kind, message = reason("LS1-H0UW-90YF-Q5")
    assert kind == "tecken" and "U" in message
    kind, message = reason("LS1-H0")
    assert kind == "langd" and "för kort" in message
    kind, message = reason("LS1-H01W-90YF-Q6")
    assert kind == "kontroll" and "Kontrollsumman stämmer inte" in message


def other_version_code(exercise_id: str, answer, nonce: int) -> str:
    """A correctly checksummed code whose layout character differs from the current course."""
    code = svarskod.encode(exercise_id, answer, nonce)
    head, tail = code.split("-", 1)
    chars = tail.replace("-", "")
    version = next(c for c in svarskod.ALPHABET if c != chars[0])
    payload = version + chars[1:-4]
    return f"{head}-{payload}{svarskod._checksum(exercise_id, version, payload)}"


def test_a_code_from_another_course_version_is_recognised():
    kind, message = reason(other_version_code("LS", 1, 9))
    assert kind == "version" and "annan version" in message and "Den lilla och den stora" in message


def test_a_changed_question_changes_the_layout_version(monkeypatch):
    ex = svarskod.EXERCISES["LS"]
    before = svarskod.layout(ex)
    code = svarskod.encode("LS", 1, 9)
    q = svarskod.question_of(ex)
    assert isinstance(q, ChoiceQuestion)
    edited = ChoiceQuestion(**{**q.__dict__, "options": (*q.options[:-1], q.options[-1].__class__(
        text=q.options[-1].text + " (ändrad)", correct=q.options[-1].correct, feedback=q.options[-1].feedback))})
    monkeypatch.setattr(bank, "find_question", lambda qid: edited if qid == q.id else bank.find_question(qid))
    svarskod._layout.cache_clear()
    try:
        after = svarskod.layout(ex)
        assert after.version != before.version or after.length != before.length
        assert reason(code)[0] == "version"
    finally:
        monkeypatch.undo()
        svarskod._layout.cache_clear()


def test_decoding_never_executes_input():
    for name in ("svarskod.py", "klassvy.py"):
        tree = ast.parse((SRC / name).read_text(encoding="utf-8"))
        imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)
                    for a in n.names} | {n.module.split(".")[0] for n in ast.walk(tree)
                                         if isinstance(n, ast.ImportFrom) and n.module}
        assert not imported & {"pickle", "marshal", "shelve", "json", "ast", "yaml"}, (name, imported)
        builtins = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        assert not builtins & {"eval", "exec", "compile", "__import__", "getattr"}, (name, builtins)
        methods = {n.func.attr for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}
        assert not methods & {"literal_eval", "loads", "import_module", "system"}, (name, methods)
    assert reason("__import__('os').system('echo hej')")[0] == "format"
    assert reason("LS1-__import__")[0] == "format"


# --- the class view: mixed input -----------------------------------------------------------------
def test_collect_sorts_a_realistic_paste():
    good = [svarskod.encode("AK", {"foretaget": [5, 5], "samebyar": [2, 4]}, n) for n in (1, 2, 3)]
    text = "\n".join([
        good[0],
        "",
        f"Kim 10:32: {good[1]} tack!",
        good[0],  # pasted twice
        good[2].lower(),
        "jag hittar inte knappen",
        svarskod.encode("LS", 1, 4),  # another exercise
        good[1][:-1] + ("0" if good[1][-1] != "0" else "1"),  # typo in the last character
        other_version_code("AK", {"foretaget": [1, 1]}, 5),
        "LS1-H0UW-90YF-Q5",
        f"{svarskod.encode('AK', {'invanare': [1, 4]}, 8)}, {svarskod.encode('AK', {'invanare': [1, 4]}, 8)}",
    ])
    batch = klassvy.collect(text, "AK")
    assert len(batch.accepted) == 4 and batch.duplicates == 2
    reasons = {r.line: r.reason for r in batch.rejected}
    assert set(reasons) == {6, 7, 8, 9, 10}
    assert reasons[6] == "Ingen svarskod på raden."
    assert "annan övning: LS" in reasons[7]
    assert "Kontrollsumman" in reasons[8]
    assert "annan version" in reasons[9]
    assert "tecken" in reasons[10]


def test_thousand_codes_are_processed_well_under_a_second():
    rng = random.Random(2026)
    lines = []
    for n in range(1000):
        ex_id = "AK" if n % 10 else rng.choice(["LS", "HB"])
        lines.append(svarskod.encode(ex_id, random_answer(svarskod.EXERCISES[ex_id], rng), rng.randrange(2**20)))
    lines[::97] = ["skräp"] * len(lines[::97])
    text = "\n".join(lines)
    svarskod.layout(svarskod.EXERCISES["AK"])  # data loaded once, as in a running notebook
    start = time.perf_counter()
    batch = klassvy.collect(text, "AK")
    rows = klassvy.grid_summary(batch.answers)
    elapsed = time.perf_counter() - start
    assert len(batch.accepted) + batch.duplicates + len(batch.rejected) == 1000
    assert len(batch.accepted) > 850 and len(rows) == 10
    assert elapsed < 0.5, f"{elapsed:.3f} s for 1,000 codes"


# --- aggregation -------------------------------------------------------------------------------------
def test_question_aggregation_counts_and_right_share():
    q = bank.find_question("01-lilla-stora")
    assert isinstance(q, ChoiceQuestion)
    right = min(q.correct_indices)
    wrong = next(i for i in range(len(q.options)) if i != right)
    counts = klassvy.option_counts(q, [right, right, wrong])
    assert counts[right] == 2 and counts[wrong] == 1 and sum(counts) == 3
    assert [klassvy.is_right(q, a) for a in (right, wrong, None)] == [True, False, False]
    c = bank.find_question("02-lagrum")
    assert isinstance(c, ClassifyQuestion)
    perfect = [i.category for i in c.items]
    wrong_first = [next(k for k in c.categories if k != perfect[0]), *perfect[1:]]
    rows = klassvy.item_summary(c, [perfect, wrong_first, [None] * len(c.items)])
    assert rows[0] == {"text": c.items[0].text, "category": perfect[0], "answered": 2, "right": 1,
                       "top_wrong": (wrong_first[0], 1)}
    assert rows[1]["right"] == 2 and rows[1]["top_wrong"] is None
    assert klassvy.is_right(c, perfect) and not klassvy.is_right(c, wrong_first)


def test_grid_summary_means_spread_and_heat_counts():
    answers = [{"foretaget": [5, 5]}, {"foretaget": [3, 5]}, {"foretaget": [4, 2], "samebyar": [1, 5]}]
    rows = {r["id"]: r for r in klassvy.grid_summary(answers)}
    f = rows["foretaget"]
    assert f["n"] == 3 and f["counts"][5][5] == 1 and f["counts"][3][5] == 1 and f["counts"][4][2] == 1
    assert f["power"] == (4.0, pytest.approx(statistics.pstdev([5, 3, 4])))
    assert f["interest"] == (4.0, pytest.approx(statistics.pstdev([5, 5, 2])))
    assert rows["samebyar"]["n"] == 1 and rows["samebyar"]["power"] == (1.0, 0.0)
    assert rows["invanare"]["n"] == 0 and "power" not in rows["invanare"]


def test_rating_and_typing_summaries():
    info = fakta.load("projekttyper")
    pid = info["projekt"][0]["id"]
    answers = [{"projekt": pid, "varden": {"ekonomisk": 2, "social": 0, "miljomassig": -1}},
               {"projekt": pid, "varden": {"ekonomisk": 0, "social": 1, "miljomassig": -1}}]
    rows = [r for r in klassvy.rating_summary(answers) if r["project_id"] == pid]
    eko = next(r for r in rows if r["dim_id"] == "ekonomisk")
    assert (eko["n"], eko["mean"], eko["sd"], eko["min"], eko["max"]) == (2, 1.0, 1.0, 0, 2)
    assert eko["reference"] == info["projekt"][0]["referens"]["ekonomisk"]
    assert all(r["n"] == 0 for r in klassvy.rating_summary(answers) if r["project_id"] != pid)
    card = aktorer.data()["aktorer"][0]
    wrong_type = next(t for t in aktorer.data()["typer"] if t != card["typ"])
    typing = klassvy.typing_summary([{card["id"]: {"typ": card["typ"], "niva": card["nivaer"][0]}},
                                     {card["id"]: {"typ": wrong_type, "niva": None}}])
    assert typing[0]["type_right"] == 1 and typing[0]["typed"] == 2 and typing[0]["top_wrong"] == (wrong_type, 1)
    assert typing[0]["level_right"] == 1 and typing[0]["leveled"] == 1


# --- widgets: learner side ----------------------------------------------------------------------------
def test_question_code_button_encodes_the_current_answer_without_grading(store):
    box = quiz.QuestionBox(bank.find_question("01-lilla-stora"), store)
    assert box.code_panel is not None and box.code_panel.button in box.children[2].children
    box.code_panel.button.click()
    assert "Svara på övningen först" in box.code_panel.output.value
    box.controls[0].value = 2
    box.code_panel.button.click()
    code = box.code_panel.code
    assert code and code in box.code_panel.output.value and "inget namn" in box.code_panel.output.value
    assert svarskod.decode(code).answer == 2
    assert box.feedback.value == "" and store.entry("01-lilla-stora") is None  # a vote is not a graded attempt
    box.code_panel.button.click()
    assert box.code_panel.code == code  # the learner number is kept
    assert store.get_state(svarskod.NONCE_KEY) == svarskod.decode(code).nonce


def test_questions_without_a_code_have_no_button(store):
    assert quiz.QuestionBox(bank.find_question("01-malet"), store).code_panel is None


def test_actor_widgets_show_codes(store):
    typing = aktorer.TypingBox(store)
    typing.code_panel.button.click()
    assert "Svara på övningen först" in typing.code_panel.output.value
    first = aktorer.data()["aktorer"][0]
    typing.rows[first["id"]][0].value = first["typ"]
    typing.code_panel.button.click()
    decoded = svarskod.decode(typing.code_panel.code)
    assert decoded.answer[first["id"]] == {"typ": first["typ"], "niva": None}
    grid = aktorer.GridBox(store)
    grid.code_panel.button.click()
    assert "Placera minst en aktör" in grid.code_panel.output.value
    grid.scales["samebyar"][1].value = 5
    grid.code_panel.button.click()
    assert "Placera minst en aktör" in grid.code_panel.output.value  # interest alone is not a placement
    grid.scales["samebyar"][0].value = 0
    grid.code_panel.button.click()
    assert svarskod.decode(grid.code_panel.code).answer == {"samebyar": [0, 5]}


def test_rating_code_needs_a_saved_rating(store):
    box = hallbarhet.RatingBox(store)
    box.code_panel.button.click()
    assert "spara din bedömning först" in box.code_panel.output.value
    pid = next(iter(box.projects))
    box.project.value = pid
    box.scales["social"].value = 2
    box.code_panel.button.click()
    assert "spara din bedömning först" in box.code_panel.output.value  # not saved yet
    for text in box.reasons.values():
        text.value = "en motivering som är minst åtta ord lång och konkret"
    box.scales["ekonomisk"].value = box.scales["miljomassig"].value = 0
    box.save_button.click()
    box.code_panel.button.click()
    assert svarskod.decode(box.code_panel.code).answer == {
        "projekt": pid, "varden": {"ekonomisk": 0, "social": 2, "miljomassig": 0}}
    box.project.value = None
    assert box.code_panel.output.value == ""


# --- widgets: teacher side ------------------------------------------------------------------------------
def test_class_view_widget_two_rounds():
    q = bank.find_question("01-lilla-stora")
    right = min(q.correct_indices)
    wrong = (right + 1) % len(q.options)
    view = klassvy.ClassView()
    view.show_button.click()
    assert "Klistra in minst en svarskod" in view.output.value
    view.exercise.value = "LS"
    view.round1.value = "\n".join([svarskod.encode("LS", wrong, n) for n in range(3)] + [svarskod.encode("LS", right, 9), "skräp"])
    view.round2.value = "\n".join(svarskod.encode("LS", right, n) for n in range(4))
    view.show_button.click()
    out = view.output.value
    assert "Omgång 1: 4 godkända svar, 0 dubbletter borttagna, 1 rad kunde inte användas." in out
    assert "Omgång 2: 4 godkända svar, 0 dubbletter borttagna, 0 rader kunde inte användas." in out
    assert "25 % i omgång 1 och 100 % i omgång 2 (+75 procentenheter)" in out
    assert '<img class="kurs-figur"' in out and 'alt="Liggande stapeldiagram' in out and "✓ rätt" in out


@pytest.mark.parametrize("exercise_id", ["AT", "AK", "HB", "LR"])
def test_class_view_draws_every_exercise_kind(exercise_id):
    rng = random.Random(exercise_id)
    ex = svarskod.EXERCISES[exercise_id]
    view = klassvy.ClassView()
    view.exercise.value = exercise_id
    view.round1.value = "\n".join(svarskod.encode(exercise_id, random_answer(ex, rng), n) for n in range(12))
    view.show_button.click()
    out = view.output.value
    assert "12 godkända svar" in out and "Traceback" not in out and "<table" in out
    if exercise_id in {"AK", "HB"}:
        assert 'alt="' in out and "<img" in out
    if exercise_id == "AK":
        assert "Störst spridning" in out


def test_class_view_with_only_junk_says_so():
    view = klassvy.ClassView()
    view.exercise.value = "AK"
    view.round1.value = "hej\n" + svarskod.encode("LS", 1, 1)
    view.show_button.click()
    assert "Ingen kod i omgång 1 kunde användas" in view.output.value
    assert "annan övning: LS" in view.output.value


def test_manual_count_fallback():
    manual = klassvy.manual_widget()
    manual.exercise.value = "LS"
    manual.show_button.click()
    assert "minst ett svar" in manual.output.value
    manual.counts[0].value = -1
    manual.show_button.click()
    assert "inte vara negativt" in manual.output.value
    manual.counts[0].value, manual.counts[1].value = 7, 3
    manual.show_button.click()
    assert "<img" in manual.output.value and "omgång 1 7" in manual.output.value.replace("Omgång", "omgång")
    manual.exercise.value = "SA"
    assert manual.output.value == "" and all(c.value == 0 for c in manual.counts)


def test_every_registered_exercise_has_a_valid_source():
    for ex in svarskod.EXERCISES.values():
        assert re.fullmatch(r"[A-Z]{2}", ex.id)
        if ex.kind == "fraga":
            q = svarskod.question_of(ex)
            assert q.notebook.startswith(ex.notebook) and isinstance(q, ChoiceQuestion | ClassifyQuestion)
    assert set(svarskod.current_layouts()) == set(svarskod.EXERCISES)


def test_two_rounds_of_the_grid_give_one_picture_per_round():
    view = klassvy.ClassView()
    view.exercise.value = "AK"
    view.round1.value = "\n".join(svarskod.encode("AK", {"samebyar": [1, 5]}, n) for n in range(3))
    view.round2.value = "\n".join(svarskod.encode("AK", {"samebyar": [3, 5]}, n) for n in range(3))
    batches = view.show()
    assert [len(b.accepted) for b in batches] == [3, 3]
    out = view.output.value
    assert out.index("<h3>Omgång 1</h3>") < out.index("<h3>Omgång 2</h3>") and out.count("<img") == 2
    assert out.count("Renskötande samebyar i området") == 2 and "1,0 (0,0)" in out and "3,0 (0,0)" in out
