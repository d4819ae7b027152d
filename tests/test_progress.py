"""The local progress store: atomic writes, one writer at a time, nothing silently lost."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest
from support import SINGLE, question

from helpers import progress
from helpers.model import Bank
from helpers.progress import ProgressStore


def test_record_writes_a_readable_file_and_no_temp_files(store):
    q = question(**SINGLE)
    store.record(q, 1, "incorrect")
    store.record(q, 0, "correct")
    data = json.loads(store.path.read_text(encoding="utf-8"))
    entry = data["questions"]["99-test"]
    assert data["format"] == progress.FORMAT
    assert (entry["attempts"], entry["first_status"], entry["status"], entry["answer"]) == (2, "incorrect", "correct", 0)
    assert sorted(p.name for p in store.directory.iterdir()) == ["framsteg.json", "framsteg.json.lock"]


def test_state_survives_a_new_store_like_a_kernel_restart(store):
    store.set_state("06-betyg", {"ekonomisk": 2, "motivering": "Fler jobb i inlandet."})
    again = ProgressStore(store.directory)
    assert again.get_state("06-betyg") == {"ekonomisk": 2, "motivering": "Fler jobb i inlandet."}
    assert again.get_state("saknas", "standard") == "standard"


def test_unserialisable_state_is_rejected_before_writing(store):
    with pytest.raises(TypeError):
        store.set_state("x", object())
    assert not store.path.exists()


@pytest.mark.parametrize("content", [b"{ inte json", b"\xff\xfe\x00skrap", b"[1, 2, 3]",
                                     b'{"format": "annat", "questions": {}, "state": {}}',
                                     b'{"format": "regionalpolitik-kurs/framsteg", "questions": [], "state": {}}'])
def test_corrupted_file_is_moved_aside_with_a_warning(store, content):
    store.directory.mkdir(parents=True)
    store.path.write_bytes(content)
    store.record(question(**SINGLE), 0, "correct")
    moved = list(store.directory.glob("framsteg.trasig-*.json"))
    assert len(moved) == 1 and moved[0].read_bytes() == content  # nothing lost
    assert "gick inte att läsa" in store.warnings[0] and moved[0].name in store.warnings[0]
    assert store.entry("99-test")["status"] == "correct"


def test_two_corruptions_in_the_same_second_keep_both_files(store):
    store.directory.mkdir(parents=True)
    for text in ("trasig 1", "trasig 2"):
        store.path.write_text(text, encoding="utf-8")
        store.data()
    assert sorted(p.read_text() for p in store.directory.glob("framsteg.trasig-*.json")) == ["trasig 1", "trasig 2"]


def test_unwritable_folder_falls_back_to_memory(tmp_path):
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    store = ProgressStore(blocker / "framsteg")
    store.record(question(**SINGLE), 0, "correct")
    store.set_state("k", 1)
    assert store.in_memory and store.entry("99-test")["attempts"] == 1 and store.get_state("k") == 1
    assert len(store.warnings) == 1 and "REGKURS_PROGRESS_DIR" in store.warnings[0]
    assert store.new_warnings() == store.warnings and store.new_warnings() == []


def test_reading_a_missing_file_creates_nothing(tmp_path):
    store = ProgressStore(tmp_path / "ny")
    assert store.data()["questions"] == {}
    assert not (tmp_path / "ny").exists()


def _writer(folder: str, worker: int, count: int) -> None:
    store = ProgressStore(Path(folder))
    for i in range(count):
        q = question(**SINGLE, id=f"99-w{worker}-{i}")
        store.record(q, 0, "correct")


def test_concurrent_writers_lose_no_attempts(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_writer, args=(str(tmp_path), w, 25)) for w in range(3)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(60)
        assert p.exitcode == 0
    data = ProgressStore(tmp_path).data()
    assert len(data["questions"]) == 75


def test_default_store_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("REGKURS_PROGRESS_DIR", str(tmp_path / "här"))
    assert progress.default_store().path == tmp_path / "här" / "framsteg.json"
    assert progress.default_store() is progress.default_store()


def test_summarize_separates_the_pretest():
    scored, pre = question(**SINGLE, id="99-a"), question(**SINGLE, id="99-b", scored=False)
    bank = Bank("99-test", "99-test.json", (scored, pre))
    data = {"questions": {
        "99-a": {"attempts": 2, "first_status": "incorrect", "ever_correct": True},
        "99-b": {"attempts": 1, "first_status": "correct", "ever_correct": True},
    }}
    summary = progress.summarize(data, [bank])
    assert summary["notebooks"] == [{"notebook": "99-test", "total": 1, "answered": 1, "correct": 1, "first_try": 0}]
    assert summary["pretest"] == {"total": 1, "answered": 1, "correct": 1}
