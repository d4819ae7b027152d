"""The one cached JSON reader (helpers.store.loader) behind banks, fact files and the data descriptor."""

from __future__ import annotations

import os

import pytest

from helpers.store import loader

calls: list[str] = []


class Refused(Exception):
    pass


def _build(raw, file):
    calls.append(file.name)
    return raw


def _error(err, file):
    return Refused(f"{file.name}: {type(err).__name__}")


def test_a_file_is_read_once_until_it_changes(tmp_path):
    file = tmp_path / "a.json"
    file.write_text('{"n": 1}', encoding="utf-8")
    calls.clear()
    assert loader.load_json(file, _build, _error) == {"n": 1}
    assert loader.load_json(file, _build, _error) == {"n": 1} and calls == ["a.json"]
    file.write_text('{"n": 2}', encoding="utf-8")
    stat = file.stat()
    os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))
    assert loader.load_json(file, _build, _error) == {"n": 2} and calls == ["a.json", "a.json"]


@pytest.mark.parametrize(("content", "kind"), [(None, "FileNotFoundError"), (b"{ trasig", "JSONDecodeError"),
                                               (b'"\xff"', "UnicodeDecodeError")])
def test_every_bad_file_becomes_the_callers_error(tmp_path, content, kind):
    file = tmp_path / "b.json"
    if content is not None:
        file.write_bytes(content)
    with pytest.raises(Refused, match=f"b.json: {kind}"):
        loader.load_json(file, _build, _error)

