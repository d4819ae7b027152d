"""The actors of the county: typing cards (type and level) and a power/interest grid.

Pure rules (``grade_card`` and ``valid_placement`` from :mod:`helpers.core.rules`, ``compare_placement``, ``quadrant``) decide the feedback; the
widgets only wire labelled dropdowns to them. Answers and placements are saved in the
progress store under ``05-aktorstyp`` and ``05-makt-intresse`` and restored on a re-run.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import ipywidgets as W

from . import fakta, progress_rows, svarskod, texts
from .core import parsing
from .core.rules import CardResult, grade_card, valid_placement
from .store import progress
from .ui import plots, render

TYPING_KEY = "05-aktorstyp"
GRID_KEY = "05-makt-intresse"


def data() -> dict[str, Any]:
    return fakta.load("aktorer")


def card_feedback(result: CardResult) -> str:
    """The card's feedback as HTML: each judgement on a line of its own, without blank lines between."""
    return "".join(f'<div class="kurs-mark">{render.inline(line)}</div>' for line in result.lines)


def _dropdown(label: str, options: list[str]) -> W.Dropdown:
    return W.Dropdown(options=[(texts.CHOOSE, None)] + [(o, o) for o in options], index=0, description=label,
                      style={"description_width": "3.5em"}, layout=W.Layout(width="20em"))


class TypingBox(W.VBox):
    """One card per actor with two dropdowns and immediate feedback on each card."""

    def __init__(self, store: progress.ProgressStore) -> None:
        info = data()
        self.store, self.cards = store, info["aktorer"]
        self.summary = W.HTML()
        self.rows: dict[str, tuple[W.Dropdown, W.Dropdown, W.HTML]] = {}
        children: list[W.Widget] = []
        for card in self.cards:
            type_dd, level_dd, feedback = _dropdown(texts.ACTOR_TYPE, info["typer"]), _dropdown(texts.ACTOR_LEVEL, info["nivaer"]), W.HTML()
            self.rows[card["id"]] = (type_dd, level_dd, feedback)
            box = W.VBox([W.HTML(f"<strong>{render.inline(card['namn'])}</strong>"), W.HBox([type_dd, level_dd]), feedback])
            box.add_class("kurs-kort")
            box.add_class(f"kurs-kort-{card['id']}")
            children.append(box)
        self.code_panel = svarskod.CodePanel("AT", self.answers, store)
        super().__init__([W.HTML(render.CSS), self.summary, *children, self.code_panel.button, self.code_panel.output])
        self.add_class("kurs-fraga")
        self.add_class("kurs-aktorstyp")
        self._restore()
        for card in self.cards:
            type_dd, level_dd, _ = self.rows[card["id"]]
            for dd in (type_dd, level_dd):
                dd.observe(render.guarded(self.rows[card["id"]][2], lambda card=card: self._on_change(card)), names="value")
        self._update_summary()

    def answers(self) -> dict[str, dict[str, str | None]]:
        return {cid: {"typ": t.value, "niva": n.value} for cid, (t, n, _) in self.rows.items()}

    def _on_change(self, card: dict[str, Any]) -> None:
        type_dd, level_dd, feedback = self.rows[card["id"]]
        feedback.value = card_feedback(grade_card(card, type_dd.value, level_dd.value))
        self.store.set_state(TYPING_KEY, self.answers())
        self._update_summary(self.store.new_warnings())
        self.code_panel.answer_changed()

    def _update_summary(self, warnings: list[str] | None = None) -> None:
        results = [grade_card(c, self.rows[c["id"]][0].value, self.rows[c["id"]][1].value) for c in self.cards]
        right = sum(r.complete for r in results)
        answered = sum(r.type_ok is not None or r.level_ok is not None for r in results)
        if right == len(self.cards):
            text = texts.ACTOR_ALL_RIGHT.format(total=right)
        else:
            text = texts.ACTOR_SUMMARY.format(right=right, total=len(self.cards), answered=parsing.count(texts.ACTOR_STARTED, answered))
        self.summary.value = render.warning_blocks(warnings or []) + f'<p class="kurs-mark"><strong>{text}</strong></p>'

    def _restore(self) -> None:
        saved = self.store.get_state(TYPING_KEY)
        if not isinstance(saved, dict):
            return
        for card in self.cards:
            answer = saved.get(card["id"])
            if not isinstance(answer, dict):
                continue
            type_dd, level_dd, feedback = self.rows[card["id"]]
            for dd, value in ((type_dd, answer.get("typ")), (level_dd, answer.get("niva"))):
                labels = [o[1] for o in dd.options]
                dd.index = labels.index(value) if value in labels else 0
            feedback.value = card_feedback(grade_card(card, type_dd.value, level_dd.value))


@render.shows_errors(W.HTML, texts.LOAD_FAILED)
def typing_widget(*, store: progress.ProgressStore | None = None) -> W.Widget:
    """The actor-typing exercise (15 cards)."""
    return TypingBox(store or progress.default_store())


# --- power/interest grid ---------------------------------------------------------------------------
def quadrant(power: float, interest: float, case: dict[str, Any]) -> str:
    border, names = case["grans"], case["kvadranter"]
    return names[("hog" if power > border else "lag") + "_" + ("hog" if interest > border else "lag")]


def compare_placement(actor: dict[str, Any], power: int, interest: int) -> list[str]:
    """Explanations where the learner differs from the reference by two steps or more."""
    lines = []
    for what, mine, ref in ((texts.GRID_POWER.lower(), power, actor["inflytande"]),
                            (texts.GRID_INTEREST.lower(), interest, actor["intresse"])):
        if abs(mine - ref) >= 2:
            direction = texts.GRID_LOWER if mine < ref else texts.GRID_HIGHER
            lines.append(texts.GRID_DIFF.format(name=actor["namn"], steps=abs(mine - ref), direction=direction,
                                                what=what, reason=actor["motivering"]))
    return lines


class GridBox(W.VBox):
    """Two labelled dropdowns per actor (power, interest 0–5), a chart with the four quadrants and an
    explanation per difference. Dropdowns, not sliders: ipywidgets' slider handle has no accessible name."""

    def __init__(self, store: progress.ProgressStore) -> None:
        self.store, self.case = store, data()["fall"]
        self.actors = self.case["aktorer"]
        self.scales: dict[str, tuple[W.Dropdown, W.Dropdown]] = {}
        rows = []
        levels = [(texts.CHOOSE, None), *((label, n) for n, label in enumerate(texts.GRID_LEVELS))]
        for actor in self.actors:
            power, interest = (W.Dropdown(options=levels, index=0, description=label, style={"description_width": "6em"},
                                          layout=W.Layout(width="19em"))
                               for label in (texts.GRID_POWER, texts.GRID_INTEREST))
            self.scales[actor["id"]] = (power, interest)
            row = W.VBox([W.HTML(f"<strong>{render.inline(actor['namn'])}</strong>"), W.HBox([power, interest])])
            row.add_class(f"kurs-placering-{actor['id']}")
            rows.append(row)
        self.show_button = W.Button(description=texts.GRID_SHOW, button_style="primary", layout=W.Layout(width="auto"))
        self.feedback, self.chart, self.table = W.HTML(), W.HTML(), W.HTML()
        header = W.HTML(render.CSS + f'<div class="kurs-prompt"><strong>{render.inline(self.case["titel"])}.</strong> '
                        f'{render.inline(self.case["beskrivning"])}</div>')
        self.code_panel = svarskod.CodePanel("AK", self.placements, store, texts.CODE_EMPTY_GRID)
        super().__init__([header, *rows, W.HBox([self.show_button, self.code_panel.button]), self.feedback,
                          self.code_panel.output, self.chart, self.table])
        self.add_class("kurs-fraga")
        self.add_class("kurs-maktkarta")
        self._restore()
        for actor in self.actors:
            for scale in self.scales[actor["id"]]:
                scale.observe(render.guarded(self.feedback, self._on_move), names="value")
        self.show_button.on_click(render.guarded(self.feedback, self.show))

    @property
    def placed(self) -> set[str]:
        """Actors with both power and interest chosen."""
        return {aid for aid, (p, i) in self.scales.items() if p.value is not None and i.value is not None}

    def placements(self) -> dict[str, list[int]]:
        return {aid: [p.value, i.value] for aid, (p, i) in self.scales.items() if aid in self.placed}

    def _on_move(self) -> None:
        self.store.set_state(GRID_KEY, self.placements())
        render.show_new_warnings(self.store, self.feedback)

    def show(self) -> bool:
        missing = [a["namn"] for a in self.actors if a["id"] not in self.placed]
        if missing:
            self.feedback.value = render.info(texts.GRID_MISSING.format(names=", ".join(missing)))
            return False
        mine = [tuple(self.placements()[a["id"]]) for a in self.actors]
        reference = [(a["inflytande"], a["intresse"]) for a in self.actors]
        lines = [line for a, (p, i) in zip(self.actors, mine, strict=True) for line in compare_placement(a, p, i)]
        body = lines or [texts.GRID_CLOSE]
        self.feedback.value = render.box("info", "ℹ", "", texts.GRID_INTRO, body)
        labels = [a["namn"] for a in self.actors]
        alt = texts.GRID_ALT.format(n=len(labels), case=self.case["titel"],
                                    placements="; ".join(f"{n} {p}/{i}" for n, (p, i) in zip(labels, mine, strict=True)))
        fig = plots.power_interest(labels, mine, reference, self.case["kvadranter"], self.case["grans"], {
            "title": texts.GRID_TITLE.format(case=self.case["titel"]), "x": texts.GRID_X, "y": texts.GRID_Y,
            "learner": texts.GRID_LEARNER, "reference": texts.GRID_REFERENCE, "key": texts.GRID_KEY})
        self.chart.value = plots.to_html(fig, alt)
        rows = [(a["namn"], f"{p}, {i}", f"{a['inflytande']}, {a['intresse']}", quadrant(p, i, self.case), a["motivering"])
                for a, (p, i) in zip(self.actors, mine, strict=True)]
        self.table.value = render.table(texts.GRID_COLUMNS, rows)
        self.code_panel.answer_changed()
        return True

    def _restore(self) -> None:
        saved = self.store.get_state(GRID_KEY)
        if not isinstance(saved, dict):
            return
        problems = []
        for actor in self.actors:
            value = saved.get(actor["id"])
            if value is None:
                continue
            if not valid_placement(value):
                problems.append(texts.GRID_BAD_STATE.format(name=actor["namn"]))
                continue
            power, interest = self.scales[actor["id"]]
            power.value, interest.value = value
        if problems:
            self.feedback.value = render.warning_blocks(problems)


@render.shows_errors(W.HTML, texts.LOAD_FAILED)
def grid_widget(*, store: progress.ProgressStore | None = None) -> W.Widget:
    """The power/interest grid for the case in ``data/fakta/aktorer.json``."""
    return GridBox(store or progress.default_store())


@progress_rows.register(__name__)
def course_progress(state: Mapping[str, Any]) -> list[progress_rows.Row]:
    """The course-progress rows of the actor cards and the grid."""
    cards, actors = data()["aktorer"], data()["fall"]["aktorer"]
    typed, placed = progress_rows.part(state, TYPING_KEY), progress_rows.part(state, GRID_KEY)
    right = sum(grade_card(c, *(typed.get(c["id"], {}).get(k) if isinstance(typed.get(c["id"]), dict) else None
                                for k in ("typ", "niva"))).complete for c in cards)
    answered = sum(1 for c in cards if isinstance(typed.get(c["id"]), dict) and any(typed[c["id"]].values()))
    n_placed = sum(1 for a in actors if valid_placement(placed.get(a["id"])))
    return [("05", texts.PROGRESS_EX_TYPING, progress_rows.status(right == len(cards), answered > 0,
                                                                  texts.PROGRESS_CARDS.format(right=right, total=len(cards)))),
            ("05", texts.PROGRESS_EX_GRID, progress_rows.status(n_placed == len(actors), n_placed > 0,
                                                                texts.PROGRESS_PLACED.format(n=n_placed, total=len(actors))))]
