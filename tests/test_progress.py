"""The local progress store: atomic writes, one writer at a time, nothing silently lost."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import re
from pathlib import Path

import pytest
from support import CLASSIFY, MULTIPLE, NUMERIC, SINGLE, TEXT, question

from helpers.core.model import Bank
from helpers.store import progress
from helpers.store.progress import ProgressStore


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


# --- OS errors in Swedish ---------------------------------------------------------------------
OS_ERRNOS = ["EACCES", "EPERM", "ENOSPC", "EDQUOT", "EISDIR", "ENOTDIR", "EEXIST", "EROFS", "ENOENT", "ENAMETOOLONG"]


@pytest.mark.parametrize("name", OS_ERRNOS)
def test_common_os_errors_are_explained_in_swedish_with_a_fix(name):
    from helpers.store.oserrors import describe_os_error

    code = getattr(errno, name)
    message = describe_os_error(OSError(code, os.strerror(code), "/någon/mapp"))
    assert os.strerror(code).lower() not in message.lower() and name not in message
    assert message.endswith(".") and len(message.split(". ")) >= 2, message  # what happened, then what to do


def test_os_error_explanations_say_what_to_do():
    from helpers.store.oserrors import describe_os_error

    def say(name: str) -> str:
        return describe_os_error(OSError(getattr(errno, name), "x"))

    assert say("EACCES") == say("EPERM") and "behörighet" in say("EACCES")
    assert "full" in say("ENOSPC") and "Frigör utrymme" in say("ENOSPC")
    assert "kvot" in say("EDQUOT")
    assert "en mapp där en fil" in say("EISDIR") and "en fil och inte en mapp" in say("ENOTDIR")
    assert "fil med samma namn" in say("EEXIST") and "skrivskyddad" in say("EROFS")
    assert "finns inte" in say("ENOENT") and "för lång" in say("ENAMETOOLONG")
    assert len({say(n) for n in OS_ERRNOS}) == len(OS_ERRNOS) - 1  # each its own, only EPERM shares with EACCES


def test_unknown_os_errors_get_a_swedish_fallback_without_english():
    from helpers.store.oserrors import describe_os_error

    message = describe_os_error(OSError(errno.ELOOP, os.strerror(errno.ELOOP)))
    assert "symbolic" not in message and "felkod 40" in message and "Kontrollera" in message
    assert "felkod" not in describe_os_error(OSError("bara text"))
    assert describe_os_error(PermissionError("utan felkod")) == describe_os_error(OSError(errno.EACCES, "x"))


def _outside_details(html: str) -> str:
    return re.sub(r"<details>.*?</details>", "", html, flags=re.S)


@pytest.mark.parametrize(("setup", "english", "swedish"), [
    ("folder_is_a_file", "File exists", "fil med samma namn"),
    ("parent_is_a_file", "Not a directory", "en fil och inte en mapp"),
    ("file_is_a_folder", "Is a directory", "en mapp där en fil"),
])
def test_os_errors_reach_the_learner_in_swedish_with_the_raw_text_folded(tmp_path, setup, english, swedish):
    from helpers.ui import render

    if setup == "folder_is_a_file":
        (tmp_path / "framsteg").write_text("x")
        folder = tmp_path / "framsteg"
    elif setup == "parent_is_a_file":
        (tmp_path / "fil").write_text("x")
        folder = tmp_path / "fil" / "framsteg"
    else:
        folder = tmp_path / "framsteg"
        (folder / progress.FILE_NAME).mkdir(parents=True)
    store = ProgressStore(folder)
    store.record(question(**SINGLE), 0, "correct")
    [warning] = store.new_warnings()
    assert english not in warning and swedish in warning and "kan inte sparas" in warning
    html = render.warning_blocks([warning])
    assert english not in _outside_details(html) and swedish in html
    assert re.search(rf"<details><summary>[^<]+</summary><pre>[^<]*{english}", html)


def test_a_full_disk_is_explained_in_swedish(store, monkeypatch):
    def full(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store, "_write", full)
    store.record(question(**SINGLE), 0, "correct")
    assert store.in_memory and "Disken är full" in store.warnings[0] and "No space" not in store.warnings[0]


# --- memory mode is not permanent ----------------------------------------------------------------
def test_saving_is_retried_and_resumes_when_the_folder_is_writable_again(tmp_path):
    blocker = tmp_path / "framsteg"
    blocker.write_text("en fil där mappen skulle ligga")
    store = ProgressStore(blocker)
    q = question(**SINGLE)
    store.record(q, 1, "incorrect")
    store.set_state("06-betyg", {"ekonomisk": 1})
    assert store.in_memory and len(store.new_warnings()) == 1
    store.record(q, 2, "incorrect")  # still blocked: kept in memory, no second warning
    assert store.in_memory and store.new_warnings() == []
    blocker.unlink()
    store.record(q, 0, "correct")
    assert not store.in_memory
    [warning] = store.new_warnings()
    assert "Nu går det att spara igen" in warning and str(store.path) in warning
    on_disk = ProgressStore(blocker)  # a new kernel sees everything done during the outage
    entry = on_disk.entry("99-test")
    assert (entry["attempts"], entry["first_status"], entry["answer"]) == (3, "incorrect", 0)
    assert on_disk.get_state("06-betyg") == {"ekonomisk": 1}


def test_work_kept_in_memory_is_merged_with_what_others_saved_meanwhile(store, monkeypatch):
    q = question(**SINGLE)
    store.record(q, 1, "incorrect")
    real_write = store._write

    def full(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store, "_write", full)
    store.record(q, 0, "correct")
    assert store.in_memory
    other = ProgressStore(store.directory)  # another notebook's kernel saves after the disk was freed
    other.record(question(**SINGLE, id="99-annan"), 0, "correct")
    monkeypatch.setattr(store, "_write", real_write)
    store.set_state("k", 1)
    assert not store.in_memory
    data = ProgressStore(store.directory).data()
    assert set(data["questions"]) == {"99-test", "99-annan"} and data["state"] == {"k": 1}
    assert data["questions"]["99-test"]["attempts"] == 2 and data["questions"]["99-test"]["ever_correct"]


# --- temporary files left by a killed writer ---------------------------------------------------------
def _hanging_writer(folder: str, ready) -> None:
    """Start a save and hang after writing the temporary file, until killed."""
    import time

    def hang(_fd):
        ready.set()
        time.sleep(600)

    os.fsync = hang
    ProgressStore(Path(folder)).record(question(**SINGLE, id="99-dod"), 0, "correct")


def test_a_writer_killed_mid_write_leaves_no_temporary_file_behind(store):
    store.record(question(**SINGLE), 0, "correct")
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    writer = ctx.Process(target=_hanging_writer, args=(str(store.directory), ready))
    writer.start()
    assert ready.wait(60)
    writer.kill()  # SIGKILL on POSIX
    writer.join(10)
    assert len(list(store.directory.glob(".framsteg-*.tmp"))) == 1
    again = ProgressStore(store.directory)  # the next kernel opens the store
    assert set(again.data()["questions"]) == {"99-test"}  # the saved file is untouched
    assert list(store.directory.glob(".framsteg-*.tmp")) == []


def test_stale_temporary_files_are_removed_on_open_and_nothing_else(store):
    store.record(question(**SINGLE), 0, "correct")
    for n in range(3):
        (store.directory / f".framsteg-gammal{n}.tmp").write_bytes(b"x" * 300_000)
    (store.directory / "anteckningar.tmp").write_text("mitt")
    ProgressStore(store.directory).data()
    assert sorted(p.name for p in store.directory.iterdir()) == ["anteckningar.tmp", "framsteg.json", "framsteg.json.lock"]


def test_a_live_writers_temporary_file_is_not_removed(store):
    import threading

    store.record(question(**SINGLE), 0, "correct")
    live = store.directory / ".framsteg-levande.tmp"
    reader = ProgressStore(store.directory)
    with progress._locked(store.directory / "framsteg.json.lock"):  # another writer is mid-save
        live.write_text(store.path.read_text(encoding="utf-8"), encoding="utf-8")
        thread = threading.Thread(target=reader.data)
        thread.start()
        thread.join(0.5)
        assert thread.is_alive() and live.exists()  # the reader waits for the lock, deletes nothing
        os.replace(live, store.path)  # the writer finishes its save
    thread.join(10)
    assert not thread.is_alive() and store.entry("99-test")["status"] == "correct"


# --- entries with wrong field types ---------------------------------------------------------------
BAD_ENTRIES = [{"attempts": "3"}, {"attempts": None}, None, {"hints": "två"}, {"status": ["x"]},
               {"attempts": True}, {"attempts": -1}, {"first_status": "kanske"}, {"ever_correct": "ja"},
               {"notebook": 7}, [1, 2]]


def _file_with(store, bad) -> bytes:
    content = {"format": progress.FORMAT, "version": 1, "state": {"k": [1, 2]}, "questions": {
        "99-test": bad, "99-bra": {"attempts": 2, "status": "correct", "first_status": "incorrect", "ever_correct": True}}}
    raw = json.dumps(content, ensure_ascii=False).encode("utf-8")
    store.directory.mkdir(parents=True)
    store.path.write_bytes(raw)
    return raw


@pytest.mark.parametrize("bad", BAD_ENTRIES, ids=json.dumps)
def test_an_entry_with_wrong_field_types_is_set_aside_and_the_rest_kept(store, bad):
    raw = _file_with(store, bad)
    store.record(question(**SINGLE), 0, "correct")  # no TypeError: the bad entry is set aside first
    [warning] = store.new_warnings()
    [backup] = store.directory.glob("framsteg.kopia-*.json")
    assert "fråga 99-test" in warning and "felaktiga värden" in warning and backup.name in warning
    assert backup.read_bytes() == raw  # the raw entry is kept in the backup
    data = ProgressStore(store.directory).data()
    assert data["questions"]["99-test"]["attempts"] == 1 and data["questions"]["99-bra"]["attempts"] == 2
    assert data["state"] == {"k": [1, 2]}


def test_a_bad_entry_found_while_only_reading_is_set_aside_once(store):
    _file_with(store, {"attempts": "3"})
    for _ in range(3):
        assert set(store.data()["questions"]) == {"99-bra"}
    assert len(store.new_warnings()) == 1 and len(list(store.directory.glob("framsteg.kopia-*.json"))) == 1
    assert ProgressStore(store.directory).data()["questions"].keys() == {"99-bra"}


def test_several_bad_entries_are_named_in_one_warning(store):
    store.directory.mkdir(parents=True)
    store.path.write_text(json.dumps({"format": progress.FORMAT, "state": {}, "questions": {
        "99-a": {"hints": "två"}, "99-b": {"status": ["x"]}}}), encoding="utf-8")
    store.data()
    [warning] = store.new_warnings()
    assert "frågorna 99-a, 99-b" in warning


def test_a_backup_that_cannot_be_written_leaves_no_half_copy_and_the_file_untouched(store, monkeypatch):
    raw = _file_with(store, {"attempts": "3"})
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    store.record(question(**SINGLE), 0, "correct")
    assert store.in_memory and "Disken är full" in store.warnings[0]
    assert store.path.read_bytes() == raw and not list(store.directory.glob("framsteg.kopia-*.json"))
    monkeypatch.setattr(os, "fsync", real_fsync)
    store.record(question(**SINGLE), 0, "correct")  # the disk has room again
    assert not store.in_memory and len(list(store.directory.glob("framsteg.kopia-*.json"))) == 1
    assert ProgressStore(store.directory).entry("99-test")["attempts"] == 2


def test_bad_entries_are_left_out_in_memory_mode_too(store, monkeypatch):
    _file_with(store, {"attempts": "3"})

    def full(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store, "_write", full)
    store.record(question(**SINGLE), 0, "correct")
    assert store.in_memory and store.entry("99-test")["attempts"] == 1 and store.entry("99-bra")["attempts"] == 2


# --- answers stored by position carry a fingerprint of the question's layout ------------------------------
def _reordered(fields: dict, key: str) -> dict:
    return {**fields, key: list(reversed(fields[key]))}


@pytest.mark.parametrize(("fields", "changed"), [
    (SINGLE, _reordered(SINGLE, "options")),
    (SINGLE, {**SINGLE, "options": [*SINGLE["options"], {"text": "Ny", "correct": False, "feedback": "Nej."}]}),
    (MULTIPLE, {**MULTIPLE, "options": [{**MULTIPLE["options"][0], "text": "Ändrad"}, *MULTIPLE["options"][1:]]}),
    (CLASSIFY, _reordered(CLASSIFY, "items")),
    (CLASSIFY, {**CLASSIFY, "categories": ["Kommun", "Staten", "Region"],
                "items": [{**i, "category": "Staten" if i["category"] == "Stat" else i["category"]} for i in CLASSIFY["items"]]}),
])
def test_the_fingerprint_follows_what_stored_positions_refer_to(fields, changed):
    q = question(**fields)
    assert isinstance(q.fingerprint, str) and q.fingerprint == question(**fields).fingerprint
    assert question(**changed).fingerprint != q.fingerprint
    reworded = {**fields, "prompt": "Ny formulering?", "hints": ["Ny ledtråd."]}
    assert question(**reworded).fingerprint == q.fingerprint  # rewording keeps stored answers valid


def test_questions_answered_by_value_have_no_fingerprint():
    assert question(**NUMERIC).fingerprint is None and question(**TEXT).fingerprint is None


def test_a_recorded_answer_carries_the_fingerprint(store):
    store.record(question(**SINGLE), 0, "correct")
    store.record(question(**NUMERIC, id="99-tal"), "4,874", "correct")
    assert store.entry("99-test")["fingerprint"] == question(**SINGLE).fingerprint
    assert "fingerprint" not in store.entry("99-tal")


def test_an_answer_to_an_earlier_layout_is_kept_but_not_counted(store):
    old, new = question(**SINGLE), question(**_reordered(SINGLE, "options"))
    store.record(old, 0, "correct")
    assert progress.is_stale(store.entry("99-test"), new) and not progress.is_stale(store.entry("99-test"), old)
    summary = progress.summarize(store.data(), [Bank("99-test", "99-test.json", (new,))])
    assert summary["notebooks"][0]["answered"] == 0 and summary["changed"] == 1
    store.record(new, 0, "incorrect")
    entry = store.entry("99-test")
    assert (entry["attempts"], entry["first_status"], entry["fingerprint"]) == (1, "incorrect", new.fingerprint)
    assert "ever_correct" not in entry
    assert entry["before_change"] == [{"answer": 0, "status": "correct", "first_status": "correct", "attempts": 1,
                                       "ever_correct": True, "fingerprint": old.fingerprint}]
    store.record(old, 1, "incorrect")  # changed back: both earlier attempts are kept
    assert [e["fingerprint"] for e in store.entry("99-test")["before_change"]] == [old.fingerprint, new.fingerprint]


def test_an_entry_from_before_fingerprints_counts_as_unknown_and_is_counted(store):
    store.record(question(**SINGLE), 0, "correct")
    data = store.data()
    del data["questions"]["99-test"]["fingerprint"]
    assert not progress.is_stale(data["questions"]["99-test"], question(**_reordered(SINGLE, "options")))
    assert progress.summarize(data, [Bank("99-test", "99-test.json", (question(**SINGLE),))])["changed"] == 0


def test_the_overview_names_no_exercise_and_takes_its_rows_from_the_registry(monkeypatch):
    import ast as _ast
    from pathlib import Path as _Path

    from helpers import aktorer, progress_rows, quiz, texts

    # aktorer is imported above so that it has registered before the stand-in below replaces its rows
    source = _Path(quiz.__file__).read_text(encoding="utf-8")
    tree = _ast.parse(source)
    imported = {a.name for n in _ast.walk(tree) if isinstance(n, _ast.ImportFrom) and n.level == 1 and not n.module
                for a in n.names}
    top_level = {a.name for n in tree.body if isinstance(n, _ast.ImportFrom) and n.level == 1 and not n.module for a in n.names}
    assert not imported & {"aktorer", "hallbarhet", "prioritering", "reflektion"} and "svarskod" not in top_level
    assert "06-avvagning" not in source
    monkeypatch.setitem(progress_rows._REGISTRY, "aktorer", [lambda state: [("05", "Ny övning", progress_rows.status(True, True, "klar"))]])
    rows = quiz.exercise_rows({"state": {}})
    assert aktorer.TYPING_KEY and ("05", "Ny övning", "✓ Klar – klar") in rows
    assert texts.PROGRESS_EX_TYPING not in {r[1] for r in rows}
