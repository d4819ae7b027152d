"""Helpers shared by the tests (import with ``from support import ...``)."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def require(condition: bool, reason: str) -> None:
    """Skip with ``reason`` when ``condition`` is false; under CI=true fail instead."""
    if not condition:
        if in_ci():
            pytest.fail(f"{reason} (CI=true: this is a failure, not a skip)")
        pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def question(**fields):
    """Build a validated question from a dict, as a bank file would hold it."""
    from helpers.store.bank import parse_bank

    base = {"id": "99-test", "prompt": "Testfråga?", "hints": ["En ledtråd."], "solution": "Lösningen."}
    base.update(fields)
    return parse_bank({"notebook": "99-test", "questions": [base]}, Path("99-test.json")).questions[0]


SINGLE = dict(type="single", options=[
    {"text": "Region Västerbotten", "correct": True, "feedback": "Rätt organisation."},
    {"text": "Länsstyrelsen", "correct": False, "feedback": "Länsstyrelsen hade uppgifterna före 2008."},
    {"text": "Tillväxtverket", "correct": False, "feedback": "En nationell myndighet."},
])
MULTIPLE = dict(type="multiple", options=[
    {"text": "A", "correct": True, "feedback": "A stämmer."},
    {"text": "B", "correct": True, "feedback": "B stämmer."},
    {"text": "C", "correct": False, "feedback": "C är ett missförstånd."},
    {"text": "D", "correct": True, "feedback": "D stämmer."},
])
NUMERIC = dict(type="numeric", answer=4.874, tolerance=0.01, unit="mdkr", decimals=3, plausible=[0, 100],
               typical_errors=[{"value": 2.167, "feedback": "Det är bara anslag 1:1."}])
PERCENT = dict(type="numeric", answer=47.8, tolerance=0.06, unit="%", decimals=1, plausible=[0, 100])
COUNT = dict(type="numeric", answer=15, unit="kommuner", unit_aliases=["st"],
             typical_errors=[{"value": 21, "feedback": "21 är antalet regioner."}])
TEXT = dict(type="text", answers=["RUS", "regional utvecklingsstrategi"],
            wrong_answers=[{"text": "länsplan", "feedback": "Länsplanen gäller transportinfrastruktur."}])
CLASSIFY = dict(type="classify", categories=["Kommun", "Stat", "Region"], items=[
    {"text": "Umeå kommun", "category": "Kommun", "feedback": "Umeå är en kommun."},
    {"text": "Länsstyrelsen", "category": "Stat", "feedback": "Länsstyrelsen är statens myndighet i länet."},
    {"text": "Region Västerbotten", "category": "Region", "feedback": "Regionen har utvecklingsansvaret."},
])


def make_unreadable(monkeypatch, path: Path) -> None:
    """Make reading ``path`` with Path.read_text fail as a missing read permission would (even as root)."""
    import errno

    real = Path.read_text

    def read_text(self, *args, **kwargs):
        if self == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", read_text)
