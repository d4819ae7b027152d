"""The learner's local progress file: one JSON file, written atomically, one writer at a time.

Nothing leaves the machine, and no saved answer is ever deleted:

* A file that is not a progress file is moved aside and a fresh one started.
* A question entry whose fields have the wrong types (see :data:`ENTRY_FIELDS`) is left out, and
  the file as it was is copied to ``framsteg.kopia-*.json`` first.
* An OS error (unwritable folder, full disk) makes the store keep working in memory; every later
  save tries the disk again and, once it works, writes everything done in the meantime.
* Temporary files of a writer killed mid-save are removed when the store is first opened.

Each case adds a Swedish warning to :attr:`ProgressStore.warnings` for the widgets to show.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import texts
from ..core.errors import WithDetail
from ..core.grading import Status
from . import paths
from .files import atomic_write_text, temp_pattern
from .oserrors import describe_os_error

FORMAT = "regionalpolitik-kurs/framsteg"
VERSION = 1
FILE_NAME = "framsteg.json"
STATUSES = frozenset(s.value for s in Status)
TEMP_PREFIX, TEMP_SUFFIX = temp_pattern(Path(FILE_NAME))  # a save in progress; see _remove_stale_temp_files


def _empty() -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "questions": {}, "state": {}}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ProgressStore:
    """Read-modify-write access to ``framsteg.json`` in ``directory``."""

    def __init__(self, directory: Path | str | None = None) -> None:
        self.directory = Path(directory) if directory is not None else paths.progress_dir()
        self.path = self.directory / FILE_NAME
        self.warnings: list[str] = []
        self._memory: dict[str, Any] | None = None  # set while the disk cannot be used
        self._pending: list[Callable[[dict[str, Any]], None]] = []  # changes made meanwhile, to replay
        self._shown = 0
        self._cleaned = False

    # --- public API -------------------------------------------------------------
    @property
    def in_memory(self) -> bool:
        return self._memory is not None

    def data(self) -> dict[str, Any]:
        """A snapshot (deep copy) of everything stored."""
        snapshot: dict[str, Any] = {}
        self._update(lambda data: snapshot.update(json.loads(json.dumps(data))), write=False)
        return snapshot

    def record(self, question: Any, answer: Any, status: str) -> None:
        """Store one graded attempt (``status`` is a :class:`helpers.core.grading.Status` value)."""

        def change(data: dict[str, Any]) -> None:
            entry = data["questions"].setdefault(question.id, {})
            if is_stale(entry, question):  # the question has changed: start afresh, keep the old attempts
                entry.setdefault("before_change", []).append({k: entry.pop(k) for k in ATTEMPT_FIELDS if k in entry})
            entry.setdefault("first_status", status)
            entry.update(
                notebook=question.notebook, scored=question.scored, answer=answer, status=status,
                attempts=entry.get("attempts", 0) + 1, updated=_now(),
            )
            if question.fingerprint is not None:
                entry["fingerprint"] = question.fingerprint
            if status == "correct":
                entry["ever_correct"] = True

        self._update(change)

    def note(self, qid: str, notebook: str, **fields: Any) -> None:
        """Store extra facts about a question (hints used, solution viewed)."""

        def change(data: dict[str, Any]) -> None:
            entry = data["questions"].setdefault(qid, {"attempts": 0})
            entry.setdefault("notebook", notebook)
            entry.update(fields, updated=_now())

        self._update(change)

    def entry(self, qid: str) -> dict[str, Any] | None:
        return self.data()["questions"].get(qid)

    def get_state(self, key: str, default: Any = None) -> Any:
        return self.data()["state"].get(key, default)

    def set_state(self, key: str, value: Any) -> None:
        """Persist any JSON-serialisable exercise state under ``key``."""
        value = json.loads(json.dumps(value))  # fail early, and store a copy
        self._update(lambda data: data["state"].__setitem__(key, value))

    def new_warnings(self) -> list[str]:
        """Warnings added since the last call, so each is shown once."""
        fresh = self.warnings[self._shown:]
        self._shown = len(self.warnings)
        return fresh

    # --- storage ----------------------------------------------------------------
    def _update(self, change: Callable[[dict[str, Any]], None], write: bool = True) -> None:
        """Run ``change`` on the stored data under the lock, then write it atomically.

        After an OS error the store keeps working in memory and logs each change; every later
        save tries the disk again, replays the logged changes onto what is on disk and writes.
        """
        if self._memory is None or write:
            try:
                if self._memory is None and not write and not self.path.exists():
                    change(_empty())
                    return
                self.directory.mkdir(parents=True, exist_ok=True)
                with _locked(self.directory / (FILE_NAME + ".lock")):
                    self._remove_stale_temp_files()
                    data, cleaned = self._read()
                    for pending in (*self._pending, change):
                        pending(data)
                    if write or cleaned:
                        self._write(data)
                if self._memory is not None:
                    self._memory, self._pending = None, []
                    self.warnings.append(texts.PROGRESS_WRITABLE_AGAIN.format(path=self.path))
                return
            except OSError as err:
                if self._memory is None:
                    self._fall_back_to_memory(err)
        assert self._memory is not None
        change(self._memory)
        if write:
            self._pending.append(change)

    def _fall_back_to_memory(self, err: OSError) -> None:
        self._memory = _empty()
        with contextlib.suppress(OSError):  # keep what is readable; bad entries stay in the file on disk
            self._memory = _parse(self.path.read_bytes())[0] or self._memory
        message = texts.PROGRESS_UNWRITABLE.format(folder=self.directory, reason=describe_os_error(err))
        self.warnings.append(WithDetail(message, f"{type(err).__name__}: {err}"))

    def _remove_stale_temp_files(self) -> None:
        """Delete temporary files of writers killed mid-save (once per store, called under the lock).

        Every writer creates its temporary file only while it holds the lock, so a temporary file
        found by the lock holder belongs to no live writer; the saved file itself was never touched.
        """
        if self._cleaned:
            return
        self._cleaned = True
        for tmp in self.directory.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                tmp.unlink()

    def _read(self) -> tuple[dict[str, Any], bool]:
        """The stored data, and whether bad entries were set aside (so the file must be rewritten)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return _empty(), False
        data, bad = _parse(raw)
        if data is None:
            moved = self._free_name("trasig")
            os.replace(self.path, moved)
            self.warnings.append(texts.PROGRESS_CORRUPT.format(path=self.path, moved=moved))
            return _empty(), False
        if not bad:
            return data, False
        backup = self._free_name("kopia")
        handle = open(backup, "xb")  # noqa: SIM115 - the whole file as it was, bad entries included
        try:
            with handle:
                handle.write(raw)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError:  # e.g. a full disk: no half-written copy; the file itself is still untouched
            backup.unlink(missing_ok=True)
            raise
        which = texts.PROGRESS_BAD_ENTRY_WHICH[len(bad) > 1].format(ids=", ".join(sorted(bad)))
        self.warnings.append(texts.PROGRESS_BAD_ENTRIES.format(which=which, backup=backup))
        return data, True

    def _free_name(self, kind: str) -> Path:
        """An unused ``framsteg.<kind>-<time>.json`` beside the progress file."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"framsteg.{kind}-{stamp}.json")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"framsteg.{kind}-{stamp}-{n}.json")
        return target

    def _write(self, data: dict[str, Any]) -> None:
        atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


ENTRY_FIELDS: dict[str, Callable[[Any], bool]] = {
    "attempts": _count, "hints": _count,
    "status": lambda v: isinstance(v, str) and v in STATUSES,
    "first_status": lambda v: isinstance(v, str) and v in STATUSES,
    "ever_correct": lambda v: isinstance(v, bool), "solution_viewed": lambda v: isinstance(v, bool),
    "scored": lambda v: isinstance(v, bool),
    "notebook": lambda v: isinstance(v, str), "updated": lambda v: isinstance(v, str),
    "fingerprint": lambda v: isinstance(v, str), "before_change": lambda v: isinstance(v, list),
}
"""What each known field of a question entry must hold; ``answer`` may be any JSON value (each
widget checks that it fits the question), and unknown fields are kept as they are."""


def valid_entry(entry: Any) -> bool:
    return isinstance(entry, dict) and all(check(entry[key]) for key, check in ENTRY_FIELDS.items() if key in entry)


ATTEMPT_FIELDS = ("answer", "status", "first_status", "attempts", "ever_correct", "fingerprint")


def is_stale(entry: dict[str, Any], question: Any) -> bool:
    """True when ``entry`` answers an earlier layout of ``question`` (its options or items have changed).

    An answer stored by position is valid only for the layout it was given to. An entry saved before
    fingerprints existed has none; it counts as unknown and is trusted while the answer still fits
    (:class:`helpers.quiz.QuestionBox` then stamps the current fingerprint on it).
    """
    stored = entry.get("fingerprint")
    return stored is not None and stored != question.fingerprint


def _valid(data: Any) -> bool:
    return (
        isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("questions"), dict)
        and isinstance(data.get("state"), dict)
    )


def _parse(raw: bytes) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """(data without bad entries, the bad entries by id), or ``(None, {})`` if ``raw`` is no progress file."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError:  # not UTF-8, not JSON
        return None, {}
    if not _valid(data):
        return None, {}
    bad = {qid: entry for qid, entry in data["questions"].items() if not valid_entry(entry)}
    for qid in bad:
        del data["questions"][qid]
    return data, bad


@contextlib.contextmanager
def _locked(lock_path: Path) -> Iterator[None]:
    """An exclusive advisory lock on ``lock_path`` (fcntl on POSIX, msvcrt on Windows)."""
    handle = open(lock_path, "a+b")  # noqa: SIM115 - closed in finally
    try:
        try:
            import fcntl
        except ImportError:  # Windows
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    finally:
        handle.close()


_DEFAULT: dict[Path, ProgressStore] = {}


def default_store() -> ProgressStore:
    """The shared store for the current progress folder (one per kernel)."""
    folder = paths.progress_dir()
    if folder not in _DEFAULT:
        _DEFAULT[folder] = ProgressStore(folder)
    return _DEFAULT[folder]


def summarize(data: dict[str, Any], banks: list[Any]) -> dict[str, Any]:
    """Count answered and correct questions per notebook; unscored pre-test questions apart.

    ``banks`` are :class:`helpers.core.model.Bank` objects. Returns
    ``{"notebooks": [{notebook, total, answered, correct, first_try}], "pretest": {total, answered, correct},
    "changed": n}``, where ``changed`` counts answers to an earlier layout of a question (not counted).
    """
    entries = data.get("questions", {})
    rows: list[dict[str, Any]] = []
    pretest = {"total": 0, "answered": 0, "correct": 0}
    questions = [q for bank in banks for q in bank.questions]
    changed = sum(1 for q in questions if q.id in entries and is_stale(entries[q.id], q))

    def tally(questions: list[Any]) -> dict[str, int]:
        answered = [entries[q.id] for q in questions
                    if entries.get(q.id, {}).get("attempts", 0) > 0 and not is_stale(entries[q.id], q)]
        return {
            "total": len(questions),
            "answered": len(answered),
            "correct": sum(1 for e in answered if e.get("ever_correct")),
            "first_try": sum(1 for e in answered if e.get("first_status") == "correct"),
        }

    for bank in banks:
        scored = [q for q in bank.questions if q.scored]
        if scored:
            rows.append({"notebook": bank.notebook, **tally(scored)})
        counts = tally([q for q in bank.questions if not q.scored])
        for key in pretest:
            pretest[key] += counts[key]
    return {"notebooks": rows, "pretest": pretest, "changed": changed}
