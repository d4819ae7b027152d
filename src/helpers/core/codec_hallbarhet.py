"""The answer-code codec of notebook 06's sustainability rating: the project and one rating per dimension."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import Any

from .codec_aktorer import near
from .codec_fraga import index
from .rules import RATING_MAX, RATING_MIN, valid_rating_value

_SHIFT = 1 - RATING_MIN  # slot value of a rating: 0 = none, else −2..2 plus three


class RatingCodec:
    kind = "hallbarhet"
    facts = ("projekttyper",)
    view = "hallbarhet"

    def layout(self, data: Mapping[str, Any]) -> tuple[Sequence[int], Sequence[str], dict[str, Any]]:
        info = data["projekttyper"]
        meta = {"projects": [p["id"] for p in info["projekt"]], "dims": [d["id"] for d in info["dimensioner"]]}
        radices = (len(meta["projects"]) + 1, *(RATING_MAX + _SHIFT + 1,) * len(meta["dims"]))
        return radices, [*meta["projects"], "|", *meta["dims"]], meta

    def to_values(self, meta: Mapping[str, Any], answer: Any) -> list[int]:
        answer = answer if isinstance(answer, dict) else {}
        ratings = answer.get("varden") if isinstance(answer.get("varden"), dict) else {}
        values = [index(meta["projects"], answer.get("projekt"))]
        for dim in meta["dims"]:
            v = ratings.get(dim)
            values.append(v + _SHIFT if valid_rating_value(v) else 0)
        return values

    def from_values(self, meta: Mapping[str, Any], values: Sequence[int]) -> Any:
        project = meta["projects"][values[0] - 1] if values[0] else None
        return {"projekt": project, "varden": {d: v - _SHIFT for d, v in zip(meta["dims"], values[1:], strict=True) if v}}

    def demo_answer(self, data: Mapping[str, Any], rng: random.Random) -> Any:
        project = rng.choice(data["projekttyper"]["projekt"][:4])
        return {"projekt": project["id"],
                "varden": {d: near(rng, v, RATING_MIN, RATING_MAX) for d, v in project["referens"].items()}}


CODEC = RatingCodec()
