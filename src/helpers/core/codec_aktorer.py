"""The answer-code codecs of notebook 05: actor cards (type and level per card) and the power/interest grid."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import Any

from .codec_fraga import index
from .rules import GRID_MAX, valid_placement


def near(rng: random.Random, value: int, low: int, high: int) -> int:
    """``value`` or a step beside it (a made-up answer near the reference), kept within ``low..high``."""
    return min(high, max(low, value + rng.choice([-1, 0, 0, 0, 1])))


class TypingCodec:
    kind = "aktorstyp"
    facts = ("aktorer",)
    view = "aktorstyp"

    def layout(self, data: Mapping[str, Any]) -> tuple[Sequence[int], Sequence[str], dict[str, Any]]:
        info = data["aktorer"]
        cards = [c["id"] for c in info["aktorer"]]
        meta = {"cards": cards, "types": list(info["typer"]), "levels": list(info["nivaer"])}
        radices = (len(meta["types"]) + 1, len(meta["levels"]) + 1) * len(cards)
        return radices, [*cards, "|", *meta["types"], "|", *meta["levels"]], meta

    def to_values(self, meta: Mapping[str, Any], answer: Any) -> list[int]:
        answer = answer if isinstance(answer, dict) else {}
        values = []
        for card in meta["cards"]:
            entry = answer.get(card) if isinstance(answer.get(card), dict) else {}
            values += [index(meta["types"], entry.get("typ")), index(meta["levels"], entry.get("niva"))]
        return values

    def from_values(self, meta: Mapping[str, Any], values: Sequence[int]) -> Any:
        return {card: {"typ": meta["types"][t - 1] if t else None, "niva": meta["levels"][n - 1] if n else None}
                for card, t, n in zip(meta["cards"], values[0::2], values[1::2], strict=True)}

    def demo_answer(self, data: Mapping[str, Any], rng: random.Random) -> Any:
        info = data["aktorer"]
        return {c["id"]: {"typ": c["typ"] if rng.random() < 0.75 else rng.choice(info["typer"]),
                          "niva": c["nivaer"][0] if rng.random() < 0.8 else rng.choice(info["nivaer"])}
                for c in info["aktorer"]}


class GridCodec:
    kind = "maktkarta"
    facts = ("aktorer",)
    view = "maktkarta"

    def layout(self, data: Mapping[str, Any]) -> tuple[Sequence[int], Sequence[str], dict[str, Any]]:
        actors = [a["id"] for a in data["aktorer"]["fall"]["aktorer"]]
        steps = GRID_MAX + 2  # 0 = not placed, else value 0..5 plus one
        return (steps, steps) * len(actors), actors, {"actors": actors}

    def to_values(self, meta: Mapping[str, Any], answer: Any) -> list[int]:
        answer = answer if isinstance(answer, dict) else {}
        values = []
        for actor in meta["actors"]:
            place = answer.get(actor)
            values += [place[0] + 1, place[1] + 1] if valid_placement(place) else [0, 0]
        return values

    def from_values(self, meta: Mapping[str, Any], values: Sequence[int]) -> Any:
        return {actor: [p - 1, i - 1] for actor, p, i in zip(meta["actors"], values[0::2], values[1::2], strict=True)
                if p and i}

    def demo_answer(self, data: Mapping[str, Any], rng: random.Random) -> Any:
        return {a["id"]: [near(rng, a["inflytande"], 0, GRID_MAX), near(rng, a["intresse"], 0, GRID_MAX)]
                for a in data["aktorer"]["fall"]["aktorer"]}


TYPING = TypingCodec()
GRID = GridCodec()
