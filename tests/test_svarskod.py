"""Answer codes and the class view: round trips, tampering, mixed junk, timing, aggregation and widgets."""

from __future__ import annotations

import ast
import random
import re
import statistics
from pathlib import Path

import pytest

from helpers import aktorer, fakta, hallbarhet, klassvy, quiz, svarskod
from helpers.core import codes
from helpers.core.model import ChoiceQuestion, ClassifyQuestion
from helpers.store import bank

SRC = Path(svarskod.__file__).parent


def random_answer(ex: svarskod.Exercise, rng: random.Random):
    """A random answer in the exercise's own shape, with some slots left unanswered or left out."""
    if ex.kind == "fraga":
        q = svarskod.question_of(ex)
        if isinstance(q, ClassifyQuestion):
            return [rng.choice([None, *q.categories]) for _ in q.items]
        if q.type == "single":
            return rng.randrange(len(q.options))
        return sorted(rng.sample(range(len(q.options)), rng.randint(1, len(q.options))))
    if ex.kind == "aktorstyp":
        info = fakta.load("aktorer")
        answer = {}
        for c in info["aktorer"]:
            if rng.random() < 0.8:  # a card left out entirely, or with only one of its two choices
                entry = {"typ": rng.choice([None, *info["typer"]]), "niva": rng.choice([None, *info["nivaer"]])}
                answer[c["id"]] = {k: v for k, v in entry.items() if rng.random() < 0.8}
        return answer
    if ex.kind == "maktkarta":
        actors = fakta.load("aktorer")["fall"]["aktorer"]
        return {a["id"]: [rng.randint(0, 5), rng.randint(0, 5)] for a in actors if rng.random() < 0.8}
    info = fakta.load("projekttyper")
    return {"projekt": rng.choice(info["projekt"])["id"],
            "varden": {d["id"]: rng.randint(-2, 2) for d in info["dimensioner"] if rng.random() < 0.8}}


def expected_decoding(ex: svarskod.Exercise, answer):
    """What decoding must give back, written from the format's description, not from the codec.

    Choice and classify answers, actor placements and ratings come back exactly as given (left-out
    actors and dimensions stay left out); the actor cards come back as every card of the course,
    each with both keys and ``None`` for what was not chosen.
    """
    if ex.kind != "aktorstyp":
        return answer
    return {c["id"]: {"typ": answer.get(c["id"], {}).get("typ"), "niva": answer.get(c["id"], {}).get("niva")}
            for c in fakta.load("aktorer")["aktorer"]}


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
        assert decoded.answer == expected_decoding(ex, answer), answer


def test_actor_cards_come_back_complete():
    cards = [c["id"] for c in fakta.load("aktorer")["aktorer"]]
    info = aktorer.data()
    decoded = svarskod.decode(svarskod.encode("AT", {cards[0]: {"typ": info["typer"][1]}, cards[2]: {}}, 3)).answer
    assert list(decoded) == cards and decoded[cards[0]] == {"typ": info["typer"][1], "niva": None}
    assert all(decoded[c] == {"typ": None, "niva": None} for c in cards[1:])


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


def fullwidth(text: str) -> str:
    """ASCII letters, digits and the hyphen as their fullwidth forms (U+FF01–U+FF5E)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def look_alike_spellings(code: str) -> dict[str, str]:
    """Ways a learner or a chat program may spell ``code``; each must read as the code itself."""
    head, tail = code.split("-", 1)
    groups = tail.split("-")
    hyphen = lambda sep: head + sep + sep.join(groups)  # noqa: E731
    return {
        "en dash": hyphen("\u2013"), "non-breaking hyphen": hyphen("\u2011"), "minus sign": hyphen("\u2212"),
        "soft hyphen": hyphen("\u00ad"), "zero-width space": hyphen("\u200b"), "spaces": hyphen(" "),
        "no-break spaces": hyphen("\u00a0"), "spaced hyphens": hyphen(" - "), "fullwidth": fullwidth(code),
        "fullwidth, lower case": fullwidth(code.lower()),
        "invisible characters inside groups": head + "-" + "-".join(g[:2] + "\u200b\u00ad" + g[2:] for g in groups),
        "look-alikes everywhere": code.translate(str.maketrans("01", "OI")).lower(),
    }


@pytest.mark.parametrize("exercise_id", ["AK", "SO", "IN", "LS", "LR"])
def test_the_whole_code_is_normalised(exercise_id):
    code = svarskod.encode(exercise_id, random_answer(svarskod.EXERCISES[exercise_id], random.Random(7)), 4711)
    for name, spelling in look_alike_spellings(code).items():
        assert svarskod.decode(spelling).code == code, name
        found = list(svarskod.find(f"Kim 10:32: {spelling} tack!"))
        assert [f.decoded.code for f in found if f.decoded] == [code] and len(found) == 1, name


def test_look_alikes_in_the_exercise_letters_and_the_format_digit():
    so, ak, in_ = (svarskod.encode(e, 1 if e != "AK" else {"foretaget": [4, 3]}, 99) for e in ("SO", "AK", "IN"))
    assert svarskod.decode("S01" + so[3:]).code == so  # zero for the letter O
    assert svarskod.decode("AKI" + ak[3:]).code == ak  # the letter I for the digit 1
    assert svarskod.decode("akl" + ak[3:]).code == ak  # a small L for the digit 1
    assert svarskod.decode("lN1" + in_[3:]).code == in_  # a small L for the letter I
    assert svarskod.decode("1n1" + in_[3:]).code == in_


def test_folded_exercise_letters_stay_unique():
    assert len(svarskod.BY_FOLDED) == len(svarskod.EXERCISES)
    assert svarskod.BY_FOLDED["S0"] == "SO" and svarskod.BY_FOLDED["1N"] == "IN" and svarskod.BY_FOLDED["1S"] == "LS"


def test_words_are_not_taken_for_codes():
    for line in ("sol och vind", "Ann-Sofie har ingen kod", "all-round", "Kim 10:32 inlandet", "sal 4 och 5"):
        assert list(svarskod.find(line)) == [], line
    batch = klassvy.collect("sol och vind", "SO")
    assert [r.reason for r in batch.rejected] == ["Ingen svarskod på raden."]


def test_codes_written_with_spaces_next_to_words_and_other_codes():
    first, second = (svarskod.encode("AK", {"foretaget": [n, 3]}, n) for n in (1, 2))
    spaced = first.replace("-", " ")
    found = list(svarskod.find(f"{spaced} tack {second.replace('-', ' ')} hej"))
    assert [f.decoded.code for f in found] == [first, second]
    broken = first[:-1] + ("0" if first[-1] != "0" else "1")
    found = list(svarskod.find(f"{broken} {second}"))  # a typo in the first of two codes
    assert found[0].decoded is None and found[0].text == broken and found[0].error.reason == "kontroll"
    assert found[1].decoded.code == second
    found = list(svarskod.find(broken.replace("-", " ") + " tack"))  # written with spaces: the whole is shown
    assert len(found) == 1 and found[0].text == broken.replace("-", " ") + " tack"
    assert "Kontrollsumman stämmer inte" in str(found[0].error)


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
    return f"{head}-{payload}{codes.checksum(exercise_id, version, payload)}"


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
    for name in ("svarskod.py", "klassvy.py", *(p.relative_to(SRC).as_posix() for p in sorted((SRC / "core").glob("codec*.py")))):
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
    assert len(batch.accepted) == 4 and batch.duplicates == 2 and batch.replaced == 0
    reasons = {r.line: r.reason for r in batch.rejected}
    assert set(reasons) == {6, 7, 8, 9, 10}
    assert reasons[6] == "Ingen svarskod på raden."
    assert "annan övning: LS" in reasons[7]
    assert "Kontrollsumman" in reasons[8]
    assert "annan version" in reasons[9]
    assert "tecken" in reasons[10]


def test_thousand_codes_take_one_checksum_each_and_one_reading_of_the_data(monkeypatch):
    """Linear work without a clock: one checksum per code, the course data read once per paste.

    How long it takes is measured by `make bench` (tests/bench.py), not here, so this cannot flake.
    """
    rng = random.Random(2026)
    nonces = rng.sample(range(2**svarskod.NONCE_BITS), 1000)
    lines = []
    for n in range(1000):
        ex_id = "AK" if n % 10 else rng.choice(["LS", "HB"])
        lines.append(svarskod.encode(ex_id, random_answer(svarskod.EXERCISES[ex_id], rng), nonces[n]))
    lines[::97] = ["skräp"] * len(lines[::97])
    counts = {"checksum": 0, "stamp": 0}

    def counted(name, function):
        def wrapper(*args):
            counts[name] += 1
            return function(*args)
        return wrapper

    monkeypatch.setattr(codes, "checksum", counted("checksum", codes.checksum))
    monkeypatch.setattr(svarskod, "_data_stamp", counted("stamp", svarskod._data_stamp))
    batch = klassvy.collect("\n".join(lines), "AK")
    rows = klassvy.grid_summary(batch.answers)
    n_codes = sum(line != "skräp" for line in lines)
    assert counts == {"checksum": n_codes, "stamp": len(svarskod.EXERCISES)}
    assert len(batch.accepted) == sum(line.startswith("AK") for line in lines) and len(rows) == 10
    assert batch.duplicates == batch.replaced == 0 and len(batch.rejected) == 1000 - len(batch.accepted)


def test_a_learner_who_changes_the_answer_is_counted_once_with_the_last_code():
    q = bank.find_question("01-lilla-stora")
    right = min(q.correct_indices)
    wrong = (right + 1) % len(q.options)
    text = "\n".join([
        svarskod.encode("LS", wrong, 7),  # learner 7 first answers wrong …
        svarskod.encode("LS", wrong, 8),
        svarskod.encode("LS", right, 7),  # … then changes the answer and pastes the new code
        svarskod.encode("LS", right, 8),
        svarskod.encode("LS", wrong, 8),  # learner 8 changes back: the last code counts
        svarskod.encode("LS", wrong, 8),  # the same code again is a duplicate
        svarskod.encode("LS", right, 9),
    ])
    batch = klassvy.collect(text, "LS")
    assert sorted((d.nonce, d.answer) for d in batch.accepted) == [(7, right), (8, wrong), (9, right)]
    assert batch.replaced == 3 and batch.duplicates == 1 and batch.rejected == []
    out = klassvy.report([batch, klassvy.collect(svarskod.encode("LS", right, 7), "LS")])
    assert ("Omgång 1: 3 godkända svar, 1 dubblett borttagen, 3 äldre svar ersatta av nyare koder från samma elever, "
            "0 rader kunde inte användas.") in out
    assert "Omgång 2: 1 godkänt svar, 0 dubbletter borttagna, 0 rader kunde inte användas." in out  # rounds apart
    assert "67 % i omgång 1 och 100 % i omgång 2" in out
    one = klassvy.collect(f"{svarskod.encode('LS', 1, 5)}\n{svarskod.encode('LS', 2, 5)}", "LS")
    assert "1 äldre svar ersatt av en nyare kod från samma elev," in klassvy.report([one])


def test_pasted_text_is_echoed_escaped_with_control_characters_visible():
    text = "\n".join([
        "Hej\x00 då\u202eheJ",
        "<img src=x onerror=alert(1)> **fet** [a](https://x.se)",
        "ZZ1-ABCD-EFGH\u202e",
    ])
    batch = klassvy.collect(text, "LS")
    assert [r.text for r in batch.rejected][:2] == [
        "Hej⟨U+0000⟩ då⟨U+202E⟩heJ", "<img src=x onerror=alert(1)> **fet** [a](https://x.se)"]
    out = klassvy.report([batch])
    assert "\x00" not in out and "\u202e" not in out and "Hej⟨U+0000⟩ då⟨U+202E⟩heJ" in out
    assert "<img src=x" not in out and "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "<strong>fet" not in out and "<a href" not in out and "Okänd övning ”ZZ”" in out


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


def test_the_class_view_demo_fills_round_one_and_shows_the_picture():
    view = klassvy.widget(demo="AK")
    assert isinstance(view, klassvy.ClassView) and view.exercise.value == "AK"
    assert view.round1.value == klassvy.demo_codes("AK")
    assert "Omgång 1: 24 godkända svar, 1 dubblett borttagen, 1 rad kunde inte användas." in view.output.value
    broken = klassvy.widget(demo="ZZ")  # a wrong exercise gives the Swedish error box, not a traceback
    assert "Okänd övning ”ZZ”" in broken.value


def test_every_registered_exercise_has_a_codec_and_a_class_view_picture():
    from helpers.core import codecs
    from helpers.ui import klassbild

    for ex in svarskod.EXERCISES.values():
        assert ex.codec is codecs.CODECS[ex.kind] and ex.codec.view in klassbild.VIEWS, ex.id
        assert klassvy.collect(klassvy.demo_codes(ex.id), ex.id).accepted, ex.id


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


def test_the_answer_first_message_goes_when_the_question_is_answered(store):
    from helpers import quiz
    from helpers.store.bank import find_question

    qid = next(q for q in svarskod.BY_QUESTION if find_question(q).type == "single")
    box = quiz.widget(qid, store=store)
    box.code_panel.button.click()
    assert "ℹ" in box.code_panel.output.value and box.code_panel.code is None
    box.controls[0].index = 1
    box.check_button.click()
    assert box.code_panel.output.value == ""  # the stale "svara först" is gone
    box.code_panel.button.click()
    first = box.code_panel.code
    assert first and first in box.code_panel.output.value
    box.controls[0].index = 2
    box.check_button.click()
    assert box.code_panel.code != first and box.code_panel.code in box.code_panel.output.value  # renewed, not stale


def test_the_rating_code_message_goes_when_a_rating_is_saved(store):
    from helpers import hallbarhet

    box = hallbarhet.rating_widget(store=store)
    box.code_panel.button.click()
    assert "spara din bedömning först" in box.code_panel.output.value
    box.project.value = "bredband"
    for dim, value in (("ekonomisk", 0), ("social", 2), ("miljomassig", 0)):
        box.scales[dim].value = value
        box.reasons[dim].value = "en motivering med tillräckligt många ord för att räknas här"
    box.save_button.click()
    assert "Bedömningen är sparad" in box.feedback.value and box.code_panel.output.value == ""
