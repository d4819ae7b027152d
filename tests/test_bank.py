"""Question banks are data: every bank in data/fragor must pass the schema, and a broken
bank must fail with a Swedish message that names the file and the question id."""

from __future__ import annotations

import copy
import json
import os

import pytest
from support import CLASSIFY, MULTIPLE, NUMERIC, ROOT, SINGLE, TEXT, make_unreadable

from helpers.maintain import notebook_paths
from helpers.store import bank

BANKS = sorted((ROOT / "data" / "fragor").glob("*.json"))


@pytest.mark.parametrize("path", BANKS, ids=lambda p: p.name)
def test_every_bank_is_valid(path):
    loaded = bank.load_bank(path)
    assert loaded.questions, path


def test_ids_are_unique_across_banks_and_banks_match_notebooks():
    ids = [q.id for p in BANKS for q in bank.load_bank(p).questions]
    assert len(ids) == len(set(ids))
    notebooks = {p.stem for p in notebook_paths(ROOT)}
    assert {p.stem for p in BANKS} <= notebooks


def test_fact_questions_name_a_source():
    for path in BANKS:
        raw = json.loads(path.read_text(encoding="utf-8"))
        for q in raw["questions"]:
            if q.get("fact"):
                assert q.get("source", "").strip(), (path.name, q["id"])


def base_question(kind, qid="12-fraga"):
    q = {"id": qid, "prompt": "Fråga?", "hints": ["Ledtråd."], "solution": "Lösning."}
    q.update(copy.deepcopy(kind))
    return q


def write(tmp_path, questions, name="12-test"):
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({"notebook": name, "questions": questions}, ensure_ascii=False), encoding="utf-8")
    return path


BROKEN = [
    (lambda q: q["options"][1].pop("feedback"), SINGLE, "alternativ 2 saknar ”feedback”"),
    (lambda q: q["options"][1].update(correct=True), SINGLE, "exakt ett rätt alternativ (har 2)"),
    (lambda q: [o.update(correct=False) for o in q["options"][1:]], MULTIPLE, "minst två rätta"),
    (lambda q: q.update(feedbak="x"), SINGLE, "okända nycklar feedbak"),
    (lambda q: q.update(type="essay"), SINGLE, "”type” ska vara en av"),
    (lambda q: q.update(hints=[]), SINGLE, "minst en ledtråd"),
    (lambda q: q.update(solution="  "), SINGLE, "”solution” får inte vara tom"),
    (lambda q: q.update(fact=True), SINGLE, "saknar ”source”"),
    (lambda q: q.update(answer="fem"), NUMERIC, "”answer” ska vara ett tal"),
    (lambda q: q.update(tolerance=-1), NUMERIC, "negativ"),
    (lambda q: q.update(plausible=[10, 20]), NUMERIC, "”plausible”"),
    (lambda q: q["typical_errors"].append({"value": 4.874, "feedback": "x"}), NUMERIC, "kan aldrig visas"),
    (lambda q: q.update(answers=[]), TEXT, "minst ett rätt svar"),
    (lambda q: q["wrong_answers"].append({"text": "rus", "feedback": "x"}), TEXT, "samma som ett rätt svar"),
    (lambda q: q["items"][2].update(category="Land"), CLASSIFY, "rad 3 har kategorin ”Land”"),
    (lambda q: q.update(categories=["Kommun"]), CLASSIFY, "minst två olika kategorier"),
    (lambda q: q.update(id="13-fel"), SINGLE, "id ska ha formen 12-namn"),
    (lambda q: q.update(id="12-Stora"), SINGLE, "id ska ha formen 12-namn"),
]


@pytest.mark.parametrize("mutate,kind,expected", BROKEN, ids=[b[2][:30] for b in BROKEN])
def test_schema_errors_name_file_question_and_problem(tmp_path, mutate, kind, expected):
    q = base_question(kind)
    mutate(q)
    path = write(tmp_path, [base_question(SINGLE, "12-forsta"), q])
    with pytest.raises(bank.BankError) as err:
        bank.load_bank(path)
    message = str(err.value)
    assert str(path) in message and expected in message
    if "id ska ha formen" not in expected:
        assert "fråga ”12-fraga”" in message


def test_duplicate_ids(tmp_path):
    path = write(tmp_path, [base_question(SINGLE), base_question(TEXT)])
    with pytest.raises(bank.BankError, match="id:t finns redan"):
        bank.load_bank(path)


@pytest.mark.parametrize("content,expected", [
    ('{"notebook": "12-test", "questions": [', "är inte giltig JSON (rad 1"),
    ('[]', "filens struktur"),
    ('{"notebook": "annat", "questions": []}', "”notebook” ska vara filens namn"),
    ('{"notebook": "12-test", "questions": []}', "minst en fråga"),
    ('{"notebook": "12-test", "questions": [7]}', "fråga nummer 1 är inte ett JSON-objekt"),
])
def test_file_level_errors(tmp_path, content, expected):
    path = tmp_path / "12-test.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(bank.BankError) as err:
        bank.load_bank(path)
    assert expected in str(err.value) and str(path) in str(err.value)


def test_not_utf8(tmp_path):
    path = tmp_path / "12-test.json"
    path.write_bytes(b'{"notebook": "12-test", "questions": ["\xff"]}')
    with pytest.raises(bank.BankError, match="inte giltig JSON"):
        bank.load_bank(path)


def test_changed_file_is_reloaded(tmp_path):
    path = write(tmp_path, [base_question(SINGLE)])
    assert bank.load_bank(path).questions[0].prompt == "Fråga?"
    q = base_question(SINGLE)
    q["prompt"] = "Ny fråga?"
    path.write_text(json.dumps({"notebook": "12-test", "questions": [q]}), encoding="utf-8")


    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10_000_000))
    assert bank.load_bank(path).questions[0].prompt == "Ny fråga?"


def test_a_bank_saved_with_a_byte_order_mark_loads(tmp_path):
    path = tmp_path / BANKS[0].name
    path.write_bytes(b"\xef\xbb\xbf" + BANKS[0].read_bytes())
    assert [q.id for q in bank.load_bank(path).questions] == [q.id for q in bank.load_bank(BANKS[0]).questions]


def test_an_unreadable_bank_says_why_in_swedish(tmp_path, monkeypatch):
    path = write(tmp_path, [base_question(SINGLE)])
    make_unreadable(monkeypatch, path)
    with pytest.raises(bank.BankError) as err:
        bank.load_bank(path)
    assert str(path) in str(err.value) and "behörighet" in str(err.value).lower()
    assert "Permission denied" not in str(err.value)


def test_no_definite_form_of_a_right_answer_is_a_known_wrong_answer():
    """The grader accepts definite forms silently, so a bank must not list one as a misconception."""
    from helpers.core.model import TextQuestion
    from helpers.core.parsing import inflected, normalise

    clashes = []
    for path in bank.all_bank_paths():
        for q in bank.load_bank(path).questions:
            if isinstance(q, TextQuestion):
                right = {normalise(a) for a in q.answers}
                forms = set().union(*(inflected(a) for a in right))
                clashes += [f"{q.id}: {w.text}" for w in q.wrong_answers if normalise(w.text) in forms]
    assert clashes == []
