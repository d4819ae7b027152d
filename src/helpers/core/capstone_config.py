"""The capstone's configuration (notebook 09): what its rules need from the course's fact files.

:class:`Config` is a plain value. The notebook-facing module builds it from the fact files and
passes it to the pure rules in :mod:`helpers.core.capstone`, so they need no file access.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

Pairs = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Criterion:
    name: str
    levels: tuple[str, str, str]  # what levels 1, 2 and 3 mean


@dataclass(frozen=True)
class Config:
    areas: Pairs  # (label, id) of the national strategic areas
    directions: Pairs  # (label, value) of the RUS directions
    actor_types: tuple[str, ...]
    instruments: Mapping[str, str]  # id → label
    provisions: Mapping[str, str]  # id → label shown in the form, "citation – text"
    suitable: Mapping[str, tuple[str, ...]]  # instrument id → the provisions that give it its legal basis
    public_types: frozenset[str]  # actor types in the public sector
    rubric: Mapping[str, Criterion]
