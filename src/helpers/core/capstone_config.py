"""The capstone's configuration (notebook 09): what its rules need from the course's fact files.

:class:`Config` is a plain value. The notebook-facing module builds it from the fact files and
passes it to the pure rules in :mod:`helpers.core.capstone`, so they need no file access.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .. import texts

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


class ConfigError(ValueError):
    """A problem in the configuration: where it is (Swedish) and what is wrong (Swedish)."""

    def __init__(self, where: str, code: str, **fields: Any) -> None:
        self.where, self.problem = where, texts.PRIO_CONFIG_PROBLEMS[code].format(**fields)
        super().__init__(f"{self.where}: {self.problem}")


def read(raw: Mapping[str, Any], *, areas: Pairs, directions: Pairs, actor_types: Sequence[str],
         citations: Mapping[str, str]) -> Config:
    """The configuration from ``data/fakta/prioritering.json``, checked against the other fact files.

    ``citations`` maps every provision id in ``lagrum.json`` to how the course cites it; ``actor_types``
    are the types in ``aktorer.json``. Raises :class:`ConfigError` at the first problem.
    """
    instruments = _entries(raw, "instrument", {"id": str, "namn": str, "lagrum": list})
    provisions = _entries(raw, "bestammelser", {"id": str, "text": str})
    criteria = _entries(raw, "matris", {"id": str, "namn": str, "nivaer": list})
    for item in provisions:
        if item["id"] not in citations:
            raise ConfigError(_where("bestammelser", item), "not_in_lagrum")
    for item in instruments:
        unknown = [pid for pid in item["lagrum"] if pid not in {p["id"] for p in provisions}]
        if unknown:
            raise ConfigError(_where("instrument", item), "unknown_provision", id=unknown[0])
    for item in criteria:
        if len(item["nivaer"]) != 3 or not all(isinstance(t, str) and t.strip() for t in item["nivaer"]):
            raise ConfigError(_where("matris", item), "levels")
    public = raw.get("offentliga_aktorstyper")
    if not isinstance(public, list) or not public:
        raise ConfigError(texts.FACT_WHERE_FILE, "list", key="offentliga_aktorstyper")
    for name in public:
        if name not in actor_types:
            raise ConfigError(texts.FACT_WHERE_FILE, "unknown_actor_type", name=name)
    return Config(
        areas=areas, directions=directions, actor_types=tuple(actor_types),
        instruments={i["id"]: i["namn"] for i in instruments},
        provisions={p["id"]: f"{citations[p['id']]} – {p['text']}" for p in provisions},
        suitable={i["id"]: tuple(i["lagrum"]) for i in instruments},
        public_types=frozenset(public),
        rubric={c["id"]: Criterion(c["namn"], tuple(c["nivaer"])) for c in criteria},
    )


def _where(key: str, item: Mapping[str, Any]) -> str:
    return texts.PRIO_CONFIG_WHERE.format(id=item["id"], key=key)


def _entries(raw: Mapping[str, Any], key: str, fields: Mapping[str, type]) -> list[dict[str, Any]]:
    """The list ``raw[key]``, each entry with every field of its type and not empty, ids unique."""
    items = raw.get(key)
    if not isinstance(items, list) or not items:
        raise ConfigError(texts.FACT_WHERE_FILE, "list", key=key)
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        has_id = isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"].strip()
        where = _where(key, item) if has_id else texts.FACT_WHERE_ENTRY.format(name=n)
        missing = [f for f in fields if not isinstance(item, dict) or _blank(item.get(f))]
        if missing:
            raise ConfigError(where, "missing", keys=", ".join(missing))
        wrong = [f for f, kind in fields.items() if not isinstance(item[f], kind)]
        if wrong:
            raise ConfigError(where, "list" if fields[wrong[0]] is list else "text", key=wrong[0])
        if item["id"] in seen:
            raise ConfigError(where, "duplicate")
        seen.add(item["id"])
    return items


def _blank(value: Any) -> bool:
    return value is None or value == [] or (isinstance(value, str) and not value.strip())
