"""Capstone (notebook 09): the learner's own mini-RUS priority.

``checklist`` is pure: it takes the answers as a plain dict and returns one :class:`Check`
per rule, with a Swedish detail and a "why it matters" line. ``to_markdown`` and ``to_html``
build the export from the same answers. :class:`PriorityForm` wires widgets to them and
saves every field in the progress store (``09-prioritering``) as soon as it changes, so a
re-run or a kernel restart does not lose anything.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import ipywidgets as W
from traitlets import TraitError

from . import fakta, reflektion, texts
from .core import parsing
from .store import progress
from .store.oserrors import describe_os_error
from .ui import render

KEY = "09-prioritering"
RUBRIC_KEY = "09-matris"
RATING_KEY = "06-betyg"
INDICATORS = 3
MIN_WORDS = 5
GOAL_WORDS = 8
FIRST_YEAR, LAST_YEAR = 2026, 2060
PUBLIC_TYPES = frozenset({"Kommun", "Region", "Statlig aktör", "Universitet eller högskola", "EU-organ"})
SUITABLE = {
    "projektmedel": ("lag-5-2",),
    "eruf": ("lag-6",),
    "lansplan": ("lag-lansplan",),
    "samordning": ("lag-5-1", "lag-samverka"),
    "kommersiell_service": ("lag-5-2",),
}
EXPORT_NAME = "min-rus-prioritering"
PREVIOUS_EXPORT_NAME = f"{EXPORT_NAME}-tidigare"  # the export before the latest one, kept once


@dataclass(frozen=True)
class Field:
    key: str
    kind: str  # "text", "area", "choice" or "multi"
    section: int
    short: bool = False  # part of the short form used in the lesson

    @property
    def label(self) -> str:
        return texts.PRIO_FIELDS[self.key][0]

    @property
    def help(self) -> str:
        return texts.PRIO_FIELDS[self.key][1]


FIELDS = (
    Field("utmaning", "area", 1, True), Field("siffra", "text", 1, True), Field("siffra_kalla", "text", 1, True),
    Field("omrade", "choice", 2, True), Field("inriktning", "choice", 2), Field("rus_koppling", "area", 2),
    Field("mal", "area", 3, True),
    Field("territorium", "choice", 4), Field("malgrupp", "text", 4), Field("jamstalldhet", "area", 4),
    Field("aktorer", "multi", 5), Field("roll", "multi", 5),
    Field("ekonomisk", "area", 6), Field("social", "area", 6), Field("miljomassig", "area", 6),
    Field("instrument", "choice", 7), Field("lagrum", "choice", 7), Field("kostnad", "text", 7), Field("belopp", "text", 7),
    Field("risker", "area", 9),
)
BY_KEY = {f.key: f for f in FIELDS}
OPTIONAL_UNLESS_GRANT = ("kostnad", "belopp")
INDICATOR_KEYS = tuple(texts.PRIO_INDICATOR_FIELDS)
DIMENSIONS = ("ekonomisk", "social", "miljomassig")


@dataclass(frozen=True)
class Check:
    rule: str
    ok: bool
    detail: str

    @property
    def title(self) -> str:
        return texts.PRIO_RULES[self.rule][0]

    @property
    def why(self) -> str:
        return texts.PRIO_RULES[self.rule][1]


# --- options from the course's facts -------------------------------------------------------------
def options(key: str) -> list[tuple[str, str]]:
    """(label, value) pairs for a choice field; values are what the answers dict stores."""
    if key == "omrade":
        return [(a["namn"], a["id"]) for a in fakta.load("nationell-strategi")["strategiska_omraden"]]
    if key == "inriktning":
        return [(i["namn"], i["namn"]) for i in fakta.load("regionens-uppdrag")["rus"]["inriktningar"]]
    if key == "territorium":
        return [(t, t) for t in texts.PRIO_TERRITORIES]
    if key == "aktorer":
        return [(t, t) for t in fakta.load("aktorer")["typer"]]
    if key == "roll":
        return [(r, r) for r in texts.PRIO_ROLES]
    if key == "instrument":
        return [(label, value) for value, label in texts.PRIO_INSTRUMENTS.items()]
    if key == "lagrum":
        return [(f"{fakta.citation(pid)} – {text}", pid) for pid, text in texts.PRIO_PROVISIONS.items()]
    raise KeyError(key)


def _label(key: str, value: Any) -> str:
    return next((label for label, v in options(key) if v == value), str(value))


# --- pure rules ------------------------------------------------------------------------------------
def _text(answers: Mapping[str, Any], key: str) -> str:
    value = answers.get(key)
    return value.strip() if isinstance(value, str) else ""


def _chosen(answers: Mapping[str, Any], key: str) -> list[str]:
    value = answers.get(key)
    return [v for v in value if isinstance(v, str)] if isinstance(value, list | tuple) else []


def filled(answers: Mapping[str, Any], key: str) -> bool:
    return bool(_chosen(answers, key)) if BY_KEY[key].kind == "multi" else bool(_text(answers, key))


def indicator_rows(answers: Mapping[str, Any]) -> list[dict[str, str]]:
    """The indicator rows with at least one field filled in (row number kept under ``"n"``)."""
    rows = answers.get("indikatorer")
    rows = rows if isinstance(rows, list) else []
    out = []
    for n, row in enumerate(rows[:INDICATORS], 1):
        row = row if isinstance(row, dict) else {}
        clean = {k: row[k].strip() if isinstance(row.get(k), str) else "" for k in INDICATOR_KEYS}
        if any(clean.values()):
            out.append({"n": str(n), **clean})
    return out


def amount(raw: str) -> float:
    """A sum of money typed in Swedish style ("2 000 000", "2 mkr", "1,5 miljoner kronor") in kronor."""
    parsed = parsing.parse_number(raw)
    return parsing.convert(parsed.value, parsed.unit or "kr", "kr")


def _words(answers: Mapping[str, Any], key: str) -> int:
    return reflektion.count_words(_text(answers, key))


def checklist(answers: Mapping[str, Any], *, short: bool = False) -> list[Check]:
    """Every rule as a :class:`Check`; ``short`` keeps only the rules of the lesson's short form."""
    checks = [
        _check_fields(answers, short), _check_figure(answers), _check_strategy(answers, short), _check_goal(answers),
        _check_indicators(answers),
    ]
    if not short:
        checks[4:4] = [_check_actors(answers), _check_role(answers), _check_dimensions(answers), _check_mandate(answers),
                       _check_finance(answers)]
        checks.append(_check_risks(answers))
    return checks


def _check_fields(answers: Mapping[str, Any], short: bool) -> Check:
    grant = answers.get("instrument") == "projektmedel"
    missing = [f.label.rstrip(":") for f in FIELDS
               if (f.short or not short) and (grant or f.key not in OPTIONAL_UNLESS_GRANT) and not filled(answers, f.key)]
    if not indicator_rows(answers):
        missing.append(texts.PRIO_INDICATOR.format(n=1))
    return Check("falt", not missing, texts.PRIO_MISSING_FIELDS.format(fields=", ".join(missing)) if missing else "")


def _check_figure(answers: Mapping[str, Any]) -> Check:
    problems = []
    if not re.search(r"\d", _text(answers, "siffra")):
        problems.append(texts.PRIO_NO_DIGIT)
    if not _text(answers, "siffra_kalla"):
        problems.append(texts.PRIO_NO_SOURCE)
    return Check("siffra", not problems, " ".join(problems))


def _check_strategy(answers: Mapping[str, Any], short: bool) -> Check:
    problems = []
    if _text(answers, "omrade") not in {v for _, v in options("omrade")}:
        problems.append(texts.PRIO_NO_AREA)
    if not short and _text(answers, "inriktning") not in {v for _, v in options("inriktning")}:
        problems.append(texts.PRIO_NO_DIRECTION)
    return Check("strategi-kort" if short else "strategi", not problems, " ".join(problems))


def _check_goal(answers: Mapping[str, Any]) -> Check:
    problems = []
    words = _words(answers, "mal")
    if words < GOAL_WORDS:
        problems.append(texts.PRIO_GOAL_SHORT.format(minimum=GOAL_WORDS, words=words))
    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", _text(answers, "mal"))]
    if not any(FIRST_YEAR <= y <= LAST_YEAR for y in years):
        problems.append(texts.PRIO_GOAL_NO_YEAR.format(first=FIRST_YEAR, last=LAST_YEAR))
    return Check("mal", not problems, " ".join(problems))


def _check_actors(answers: Mapping[str, Any]) -> Check:
    chosen = _chosen(answers, "aktorer")
    if len(chosen) < 3:
        return Check("aktorer", False, texts.PRIO_FEW_ACTORS.format(n=len(chosen)))
    if set(chosen) <= PUBLIC_TYPES:
        private = [v for _, v in options("aktorer") if v not in PUBLIC_TYPES]
        return Check("aktorer", False, texts.PRIO_ONLY_PUBLIC.format(options=", ".join(private)))
    return Check("aktorer", True, "")


def _check_role(answers: Mapping[str, Any]) -> Check:
    ok = bool(_chosen(answers, "roll"))
    return Check("roll", ok, "" if ok else texts.PRIO_NO_ROLE)


def _check_dimensions(answers: Mapping[str, Any]) -> Check:
    problems = [texts.PRIO_DIMENSION_SHORT.format(minimum=MIN_WORDS, dimension=texts.DIMENSION_ADJ[d],
                                                  words=_words(answers, d))
                for d in DIMENSIONS if _words(answers, d) < MIN_WORDS]
    return Check("dimensioner", not problems, " ".join(problems))


def _check_mandate(answers: Mapping[str, Any]) -> Check:
    instrument, provision = _text(answers, "instrument"), _text(answers, "lagrum")
    if instrument not in SUITABLE:
        return Check("mandat", False, texts.PRIO_NO_INSTRUMENT)
    if provision not in texts.PRIO_PROVISIONS:
        return Check("mandat", False, texts.PRIO_NO_PROVISION)
    if provision not in SUITABLE[instrument]:
        names = " eller ".join(_label("lagrum", p) for p in SUITABLE[instrument])
        return Check("mandat", False, texts.PRIO_WRONG_PROVISION.format(instrument=texts.PRIO_INSTRUMENTS[instrument],
                                                                         provisions=names))
    return Check("mandat", True, "")


def grant_share(answers: Mapping[str, Any]) -> tuple[float | None, str]:
    """The share of the cost paid with grant 1:1, or ``None`` and the Swedish reason it cannot be computed."""
    values = {}
    for key in ("kostnad", "belopp"):
        label = BY_KEY[key].label.rstrip(":")
        raw = _text(answers, key)
        if not raw:
            return None, texts.PRIO_MISSING_AMOUNT.format(field=label)
        try:
            values[key] = amount(raw)
        except (parsing.NumberError, ValueError):
            return None, texts.PRIO_NOT_A_NUMBER.format(value=parsing.literal(raw, 40), field=label)
        if values[key] <= 0:
            return None, texts.PRIO_NOT_POSITIVE.format(field=label)
    if values["belopp"] > values["kostnad"]:
        return None, texts.PRIO_AMOUNT_OVER_COST
    return values["belopp"] / values["kostnad"], ""


def _percent(share: float) -> str:
    return f"{parsing.format_number(round(100 * share, 1))} procent"


def _check_finance(answers: Mapping[str, Any]) -> Check:
    if answers.get("instrument") != "projektmedel":
        return Check("finansiering", True, texts.PRIO_FINANCE_NA)
    share, problem = grant_share(answers)
    if share is None:
        return Check("finansiering", False, problem)
    if share > 0.5:
        return Check("finansiering", False, texts.PRIO_SHARE_TOO_HIGH.format(share=_percent(share)))
    return Check("finansiering", True, texts.PRIO_SHARE_OK.format(share=_percent(share)))


def _check_indicators(answers: Mapping[str, Any]) -> Check:
    rows = indicator_rows(answers)
    if not rows:
        return Check("indikatorer", False, texts.PRIO_NO_INDICATOR)
    problems = []
    for row in rows:
        n = row["n"]
        missing = [texts.PRIO_INDICATOR_FIELDS[k][0].rstrip(":").lower() for k in INDICATOR_KEYS if not row[k]]
        if missing:
            problems.append(texts.PRIO_INDICATOR_MISSING.format(n=n, fields=", ".join(missing)))
            continue
        numbers = {}
        for k in ("bas", "mal"):
            try:
                numbers[k] = parsing.parse_number(row[k]).value
            except (parsing.NumberError, ValueError):
                problems.append(texts.PRIO_INDICATOR_NOT_NUMBER.format(
                    n=n, value=parsing.literal(row[k], 40), field=texts.PRIO_INDICATOR_FIELDS[k][0].rstrip(":").lower()))
        if not (re.fullmatch(r"\d{4}", row["ar"]) and FIRST_YEAR <= int(row["ar"]) <= LAST_YEAR):
            problems.append(texts.PRIO_INDICATOR_BAD_YEAR.format(n=n, first=FIRST_YEAR, last=LAST_YEAR))
        if len(numbers) == 2 and numbers["bas"] == numbers["mal"]:
            problems.append(texts.PRIO_INDICATOR_SAME.format(n=n))
    return Check("indikatorer", not problems, " ".join(problems))


def _check_risks(answers: Mapping[str, Any]) -> Check:
    words = _words(answers, "risker")
    ok = words >= MIN_WORDS
    return Check("risker", ok, "" if ok else texts.PRIO_RISKS_SHORT.format(minimum=MIN_WORDS, words=words))


def rubric_points(rubric: Mapping[str, Any]) -> tuple[int, list[str]]:
    """Total points of a (possibly partial) rubric and the names of criteria not yet assessed."""
    levels = rubric.get("nivaer") if isinstance(rubric.get("nivaer"), dict) else {}
    points, missing = 0, []
    for key, (name, _) in texts.PRIO_RUBRIC.items():
        level = levels.get(key)
        if isinstance(level, int) and not isinstance(level, bool) and 1 <= level <= 3:
            points += level
        else:
            missing.append(name)
    return points, missing


# --- export ------------------------------------------------------------------------------------------
# Text is a sequence of (style, text) runs with style "", "strong" or "em": the course's own emphasis is a
# style, and every text – the learner's above all – is only ever text, escaped by each format's writer.
Text = tuple[tuple[str, str], ...]
Block = tuple[str, Any]  # ("p", Text) | ("ul", [Text]) | ("table", (headers, rows of str))


def _plain(text: str) -> Text:
    return (("", parsing.plain(text)),)


def _labelled(label: str, text: str) -> Text:
    return (("strong", f"{label}:"), ("", f" {text}"))


def _value(answers: Mapping[str, Any], key: str) -> str:
    field = BY_KEY[key]
    if field.kind == "multi":
        chosen = _chosen(answers, key)
        return ", ".join(chosen) if chosen else texts.PRIO_DOC_EMPTY
    if field.kind == "choice" and _text(answers, key):
        return _label(key, _text(answers, key))
    return _text(answers, key) or texts.PRIO_DOC_EMPTY


SHORT_SECTIONS = frozenset({f.section for f in FIELDS if f.short} | {8})  # 8: the indicators


def document(answers: Mapping[str, Any], rating: str | None = None, rubric: Mapping[str, Any] | None = None,
             today: date | None = None, *, short: bool = False) -> tuple[str, list[tuple[str, list[Block]]]]:
    """The export as a title and (heading, blocks) sections, shared by Markdown and HTML.

    ``short`` is the lesson's short form: only its sections, and the checklist of the short form.
    """
    intro = texts.PRIO_DOC_INTRO.format(date=(today or date.today()).isoformat())
    if short:
        intro += " " + texts.PRIO_DOC_SHORT
    labels = texts.PRIO_DOC_LABELS

    def pairs(*keys: str) -> Block:
        return ("ul", [_labelled(labels[k], _value(answers, k)) for k in keys])

    figure = f"{_value(answers, 'siffra')} ({texts.PRIO_DOC_SOURCE}: {_value(answers, 'siffra_kalla')})"
    dims = [_labelled(texts.DIMENSION_NAMES[d], _value(answers, d)) for d in DIMENSIONS]
    dim_blocks: list[Block] = [("ul", dims)] + ([("p", _plain(rating))] if rating else [])
    money = ["instrument", "lagrum"]
    if answers.get("instrument") == "projektmedel":
        money += ["kostnad", "belopp"]
    mandate = [pairs(*money)]
    share, _ = grant_share(answers) if answers.get("instrument") == "projektmedel" else (None, "")
    if share is not None:
        mandate.append(("p", _labelled(labels["andel"], _percent(share))))
    rows = [(r["namn"], r["bas"], r["mal"], r["ar"], r["kalla"]) for r in indicator_rows(answers)]
    follow = [("table", (texts.PRIO_DOC_INDICATOR_COLUMNS, rows))] if rows else [("p", _plain(texts.PRIO_DOC_EMPTY))]
    parts: list[tuple[int, list[Block]]] = [
        (1, [("p", _plain(_value(answers, "utmaning"))),
             ("p", (("strong", texts.PRIO_FIELDS["siffra"][0]), ("", f" {figure}")))]),
        (2, [pairs("omrade", "inriktning", "rus_koppling") if not short else pairs("omrade")]),
        (3, [("p", _plain(_value(answers, "mal")))]),
        (4, [pairs("territorium", "malgrupp", "jamstalldhet")]),
        (5, [pairs("aktorer", "roll")]),
        (6, dim_blocks),
        (7, mandate),
        (8, follow),
        (9, [("p", _plain(_value(answers, "risker")))]),
    ]
    checks = [_plain(f"{'✓' if c.ok else '✗'} {c.title}" + (f" – {c.detail}" if c.detail else ""))
              for c in checklist(answers, short=short)]
    sections: list[tuple[str, list[Block]]] = [
        ("", [("p", (("em", intro),))]),
        *((texts.PRIO_SECTIONS[n], blocks) for n, blocks in parts if not short or n in SHORT_SECTIONS),
        (texts.PRIO_DOC_CHECKLIST_SHORT if short else texts.PRIO_DOC_CHECKLIST, [("ul", checks)]),
    ]
    if rubric:
        points, missing = rubric_points(rubric)
        levels = rubric.get("nivaer") if isinstance(rubric.get("nivaer"), dict) else {}
        table_rows = []
        for key, (name, descriptors) in texts.PRIO_RUBRIC.items():
            level = levels.get(key)
            ok = isinstance(level, int) and 1 <= level <= 3
            table_rows.append((name, str(level) if ok else texts.PRIO_RUBRIC_NOT_SET, descriptors[level - 1] if ok else ""))
        who = rubric.get("vem") if isinstance(rubric.get("vem"), str) and rubric["vem"].strip() else texts.PRIO_RUBRIC_WHO_OPTIONS[0]
        blocks: list[Block] = [("p", _plain(texts.PRIO_DOC_RUBRIC_BY.format(who=who))),
                               ("table", (texts.PRIO_DOC_RUBRIC_COLUMNS, table_rows))]
        if isinstance(rubric.get("kommentar"), str) and rubric["kommentar"].strip():
            blocks.append(("p", _plain(rubric["kommentar"].strip())))
        sections.append((texts.PRIO_DOC_RUBRIC, blocks))
    return texts.PRIO_DOC_TITLE, sections


# Markdown: the characters that can start inline markup anywhere (with "&" only before an entity name and
# ":" only in "://", which the renderer would turn into a link), and what starts a block at the beginning
# of a line (heading, list item, quote, setext underline, definition).
_MD_INLINE = re.compile(r"[\\`*_\[\]<>|~$]|&(?=#?[0-9A-Za-z]+;)|:(?=//)")
_MD_LINE_START = re.compile(r"^(?:[#=+\-:>]|\d{1,9}(?=[.)]))", re.MULTILINE)


def _md_escape(text: str) -> str:
    return _MD_INLINE.sub(lambda m: "\\" + m.group(0), text)


def _md_lines(text: str) -> str:
    """One Markdown paragraph or list item from escaped text: each line kept as a line, never a block."""
    text = re.sub(r"\n(?:[ \t]*\n)+", "\n\n", text.replace("\r\n", "\n").replace("\r", "\n").strip())
    lines = [_MD_LINE_START.sub(lambda m: m.group(0) + "\\" if m.group(0)[0].isdigit() else "\\" + m.group(0), line.strip())
             for line in text.split("\n")]
    return "\\\n".join(lines)  # a backslash ends a line with a hard line break; one blank line stays blank


def markdown_text(text: str) -> str:
    """``text`` as Markdown that renders as exactly this text: no tag, link, heading, list or code block.

    Ordinary punctuation, as in most Swedish sentences, stays as it is; line breaks stay line breaks.
    """
    return _md_lines(_md_escape(text))


def _md(text: Text) -> str:
    marks = {"": "", "strong": "**", "em": "*"}
    return _md_lines("".join(f"{marks[style]}{_md_escape(part)}{marks[style]}" for style, part in text))


def _md_cell(text: str) -> str:
    return " ".join(_md_escape(text).split())


def to_markdown(answers: Mapping[str, Any], rating: str | None = None, rubric: Mapping[str, Any] | None = None,
                today: date | None = None, *, short: bool = False) -> str:
    """The export as Markdown; all text is escaped, so nothing the learner wrote becomes markup."""
    title, sections = document(answers, rating, rubric, today, short=short)
    out = [f"# {_md_escape(title)}", ""]
    for heading, blocks in sections:
        if heading:
            out += [f"## {_md_escape(heading)}", ""]
        for kind, content in blocks:
            if kind == "p":
                out += [_md(content), ""]
            elif kind == "ul":
                out += [f"- {_md(item)}" for item in content] + [""]
            else:
                headers, rows = content
                out.append("| " + " | ".join(_md_cell(h) for h in headers) + " |")
                out.append("|" + "---|" * len(headers))
                out += ["| " + " | ".join(_md_cell(str(c)) for c in row) + " |" for row in rows]
                out.append("")
    return "\n".join(out)


def _html(text: Text) -> str:
    out = []
    for style, part in text:
        escaped = html.escape(part, quote=False).replace("\n", "<br>")
        out.append(f"<{style}>{escaped}</{style}>" if style else escaped)
    return "".join(out)


def to_html(answers: Mapping[str, Any], rating: str | None = None, rubric: Mapping[str, Any] | None = None,
            today: date | None = None, *, short: bool = False) -> str:
    """A stand-alone, printable HTML page (UTF-8, lang="sv", readable without any stylesheet)."""
    title, sections = document(answers, rating, rubric, today, short=short)
    body = [f"<h1>{html.escape(title)}</h1>"]
    for heading, blocks in sections:
        if heading:
            body.append(f"<h2>{html.escape(heading)}</h2>")
        for kind, content in blocks:
            if kind == "p":
                body.append(f"<p>{_html(content)}</p>")
            elif kind == "ul":
                body.append("<ul>" + "".join(f"<li>{_html(i)}</li>" for i in content) + "</ul>")
            else:
                headers, rows = content
                head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in headers)
                cells = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
                body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{cells}</tbody></table>")
    style = ("body{font-family:system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5;"
             "color:#111;background:#fff}table{border-collapse:collapse}th,td{border:1px solid #777;padding:.3em .6em;"
             "text-align:left;vertical-align:top}")
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(title)}</title>\n'
            f"<style>{style}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")


def download_link(content: str, filename: str, mime: str, label: str) -> str:
    """An ``<a download>`` link with the file inside a data: URL – works without a server, on Binder too."""
    data = base64.b64encode(content.encode("utf-8")).decode("ascii")
    return (f'<a class="kurs-nedladdning" download="{html.escape(filename)}" href="data:{mime};charset=utf-8;base64,{data}">'
            f"{html.escape(label)}</a>")


def save_keeping_previous(folder: Path, suffix: str, content: str) -> str:
    """Write the export file; a different earlier file is first kept as the previous export.

    Returns ``"new"``, ``"same"`` (the file already held this content) or ``"replaced"``. Only one
    previous export is kept, so a learner's own edits in the file survive one more export.
    """
    path = folder / f"{EXPORT_NAME}{suffix}"
    data = content.encode("utf-8")
    if not path.exists():
        outcome = "new"
    elif path.read_bytes() == data:
        return "same"
    else:
        path.replace(folder / f"{PREVIOUS_EXPORT_NAME}{suffix}")
        outcome = "replaced"
    path.write_bytes(data)
    return outcome


# --- ratings carried over from notebook 06 -----------------------------------------------------------
def saved_ratings(store: progress.ProgressStore) -> dict[str, dict[str, int]]:
    """The learner's valid, saved ratings from notebook 06, by project id."""
    from . import hallbarhet

    saved = store.get_state(RATING_KEY)
    out = {}
    if isinstance(saved, dict):
        for pid, entry in saved.items():
            if (isinstance(entry, dict) and isinstance(entry.get("varden"), dict) and isinstance(entry.get("motiveringar"), dict)
                    and not hallbarhet.validate(entry["varden"], entry["motiveringar"])):
                out[pid] = entry["varden"]
    return out


def project_name(project_id: str) -> str:
    return next((p["namn"] for p in fakta.load("projekttyper")["projekt"] if p["id"] == project_id), project_id)


def rating_text(project_id: str, values: Mapping[str, int]) -> str:
    parts = [f"{d['namn'].lower()} {render.signed(values[d['id']])}"
             for d in fakta.load("projekttyper")["dimensioner"] if d["id"] in values]
    return texts.PRIO_RATING_LINE.format(project=project_name(project_id), values=", ".join(parts))


# --- widgets ---------------------------------------------------------------------------------------------
def _control(field: Field) -> W.Widget:
    common = {"description": field.label, "style": {"description_width": "10em"}}
    if field.kind == "area":
        return W.Textarea(rows=3, continuous_update=False, layout=W.Layout(width="100%"), **common)
    if field.kind == "text":
        return W.Text(continuous_update=False, layout=W.Layout(width="100%"), **common)
    if field.kind == "choice":
        return W.Dropdown(options=[(texts.CHOOSE, None), *options(field.key)], index=0, layout=W.Layout(width="100%"),
                          **common)
    return W.SelectMultiple(options=options(field.key), value=(), rows=len(options(field.key)),
                            layout=W.Layout(width="100%"), **common)


class PriorityForm(W.VBox):
    """The capstone form: fields, indicator rows, ratings from 06, checklist and export."""

    def __init__(self, store: progress.ProgressStore, export_dir: Path | None = None) -> None:
        self.store = store
        self.export_dir = export_dir if export_dir is not None else Path.cwd() / "export"
        self.controls: dict[str, W.Widget] = {f.key: _control(f) for f in FIELDS}
        self.indicators: list[dict[str, W.Text]] = [
            {k: W.Text(description=texts.PRIO_INDICATOR_FIELDS[k][0], placeholder=texts.PRIO_INDICATOR_FIELDS[k][1],
                       continuous_update=False, style={"description_width": "10em"}, layout=W.Layout(width="100%"))
             for k in INDICATOR_KEYS}
            for _ in range(INDICATORS)]
        self.ratings = saved_ratings(store)
        self.rating = W.Dropdown(options=[(texts.PRIO_RATING_NONE, None)] + [(project_name(p), p) for p in self.ratings],
                                 index=0, description=texts.PRIO_RATING_FROM_06, style={"description_width": "initial"},
                                 layout=W.Layout(width="100%"))
        self.rating_info = W.HTML()
        self.short = W.Checkbox(value=False, description=texts.PRIO_SHORT_FORM, indent=False, layout=W.Layout(width="auto"))
        self.status = W.HTML()
        self.check_button = W.Button(description=texts.PRIO_CHECK, button_style="primary", layout=W.Layout(width="auto"))
        self.checklist_area = W.HTML()
        self.export_button = W.Button(description=texts.PRIO_EXPORT, layout=W.Layout(width="auto"))
        self.export_area = W.HTML()
        super().__init__([W.HTML(render.CSS + f"<p><small>{texts.PRIO_SAVED_NOTE}</small></p>"), self.status, self.short,
                          *self._sections(), W.HBox([self.check_button, self.export_button]), self.checklist_area,
                          self.export_area], layout=W.Layout(max_width="60em"))
        self.add_class("kurs-fraga")
        self.add_class("kurs-prioritering")
        self._restore()
        for control in [*self.controls.values(), *(t for row in self.indicators for t in row.values()), self.rating,
                        self.short]:
            control.observe(render.guarded(self.status, self.save), names="value")
        self.rating.observe(render.guarded(self.rating_info, self._show_rating), names="value")
        self.check_button.on_click(render.guarded(self.checklist_area, self.run_checklist))
        self.export_button.on_click(render.guarded(self.export_area, self.export))

    def _sections(self) -> list[W.Widget]:
        parts: list[W.Widget] = []
        for number, heading in texts.PRIO_SECTIONS.items():
            box: list[W.Widget] = [W.HTML(f"<h3>{html.escape(heading)}</h3>")]
            if number == 6:
                box.append(W.HTML(f"<p>{render.inline(texts.PRIO_RATING_HELP)}</p>"))
                box += [self.rating, self.rating_info]
            for f in FIELDS:
                if f.section == number:
                    box += [W.HTML(f'<div class="kurs-hjalp">{render.inline(f.help)}</div>'), self.controls[f.key]]
            if number == 8:
                for n, row in enumerate(self.indicators, 1):
                    title = texts.PRIO_INDICATOR.format(n=n) if n == 1 else texts.PRIO_INDICATOR_OPTIONAL.format(n=n)
                    box += [W.HTML(f"<strong>{html.escape(title)}</strong>"), *row.values()]
            section = W.VBox(box)
            section.add_class(f"kurs-avsnitt-{number}")
            parts.append(section)
        return parts

    # --- state ---------------------------------------------------------------------------------------
    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, control in self.controls.items():
            out[key] = list(control.value) if BY_KEY[key].kind == "multi" else control.value
        out["indikatorer"] = [{k: t.value for k, t in row.items()} for row in self.indicators]
        return out

    def save(self) -> None:
        """Store every field now (called on each change)."""
        self.store.set_state(KEY, {"svar": self.answers(), "betyg06": self.rating.value, "kort": self.short.value})
        warnings = self.store.new_warnings()
        if warnings:
            self.status.value = render.warning_blocks(warnings)

    def _restore(self) -> None:
        saved = self.store.get_state(KEY)
        if not isinstance(saved, dict):
            self._show_rating()
            return
        answers = saved.get("svar") if isinstance(saved.get("svar"), dict) else {}
        problems = []
        for key, control in self.controls.items():
            if key not in answers or answers[key] in (None, "", []):
                continue
            value = answers[key]
            try:
                if BY_KEY[key].kind == "multi":
                    allowed = {v for _, v in options(key)}
                    if not isinstance(value, list) or not set(value) <= allowed:
                        raise ValueError(key)
                    control.value = tuple(value)
                elif BY_KEY[key].kind == "choice":
                    if value not in {v for _, v in options(key)}:
                        raise ValueError(key)
                    control.value = value
                else:
                    if not isinstance(value, str):
                        raise ValueError(key)
                    control.value = value
            except (ValueError, TypeError, TraitError):
                problems.append(texts.PRIO_BAD_STATE.format(field=BY_KEY[key].label.rstrip(":")))
        rows = answers.get("indikatorer")
        for row, saved_row in zip(self.indicators, rows if isinstance(rows, list) else [], strict=False):
            if isinstance(saved_row, dict):
                for k, text in row.items():
                    if isinstance(saved_row.get(k), str):
                        text.value = saved_row[k]
        if saved.get("betyg06") in self.ratings:
            self.rating.value = saved["betyg06"]
        self.short.value = saved.get("kort") is True
        self._show_rating()
        note = render.info(texts.PRIO_RESTORED) if any(filled(self.answers(), f.key) for f in FIELDS) else ""
        self.status.value = render.warning_blocks(problems + self.store.new_warnings()) + note

    def _show_rating(self) -> None:
        if not self.ratings:
            self.rating_info.value = f"<p><small>{texts.PRIO_RATING_NONE_SAVED}</small></p>"
        elif self.rating.value in self.ratings:
            self.rating_info.value = f"<p>{render.inline(rating_text(self.rating.value, self.ratings[self.rating.value]))}</p>"
        else:
            self.rating_info.value = ""

    def rating_line(self) -> str | None:
        pid = self.rating.value
        return rating_text(pid, self.ratings[pid]) if pid in self.ratings else None

    # --- actions -------------------------------------------------------------------------------------
    def run_checklist(self) -> list[Check]:
        checks = checklist(self.answers(), short=self.short.value)
        ok = sum(c.ok for c in checks)
        rows = []
        for c in checks:
            mark = texts.PRIO_OK if c.ok else texts.PRIO_NOT_OK
            if c.ok and c.detail == texts.PRIO_FINANCE_NA:
                mark = texts.PRIO_NOT_APPLICABLE
            detail = f"<br>{render.inline(c.detail)}" if c.detail else ""
            rows.append(f'<li class="kurs-regel-{c.rule}"><strong>{mark}: {html.escape(c.title)}</strong>{detail}'
                        f"<br><small>{texts.PRIO_WHY} {html.escape(c.why)}</small></li>")
        summary = texts.PRIO_CHECK_ALL.format(total=len(checks)) if ok == len(checks) else \
            texts.PRIO_CHECK_SUMMARY.format(ok=ok, total=len(checks))
        kind, symbol = ("correct", "✓") if ok == len(checks) else ("partly", "◐")
        note = f"<p><small>{texts.PRIO_CHECK_SHORT_NOTE}</small></p>" if self.short.value else ""
        self.checklist_area.value = render.box(kind, symbol, texts.PRIO_CHECK_TITLE, summary,
                                               extra=f"{note}<ul>{''.join(rows)}</ul>")
        return checks

    def export(self) -> dict[str, str]:
        answers = self.answers()
        rubric = self.store.get_state(RUBRIC_KEY)
        rubric = rubric if isinstance(rubric, dict) else None
        short = self.short.value
        markdown = to_markdown(answers, self.rating_line(), rubric, short=short)
        page = to_html(answers, self.rating_line(), rubric, short=short)
        links = (download_link(markdown, f"{EXPORT_NAME}.md", "text/markdown", texts.PRIO_EXPORT_MD) + " &nbsp; "
                 + download_link(page, f"{EXPORT_NAME}.html", "text/html", texts.PRIO_EXPORT_HTML))
        checks = checklist(answers, short=short)
        ok = sum(c.ok for c in checks)
        lines = [texts.PRIO_EXPORT_DONE]
        if ok < len(checks):
            lines.append(texts.PRIO_EXPORT_DRAFT.format(ok=ok, total=len(checks)))
        try:
            self.export_dir.mkdir(parents=True, exist_ok=True)
            outcomes = {save_keeping_previous(self.export_dir, suffix, content)
                        for suffix, content in ((".md", markdown), (".html", page))}
            lines.append(texts.PRIO_EXPORT_SAVED.format(path=f"`{self.export_dir / EXPORT_NAME}.md`"))
            if "replaced" in outcomes:
                lines.append(texts.PRIO_EXPORT_REPLACED.format(previous=f"`{self.export_dir / PREVIOUS_EXPORT_NAME}.md`"))
            elif "same" in outcomes:
                lines.append(texts.PRIO_EXPORT_SAME)
        except OSError as err:
            lines.append(texts.PRIO_EXPORT_NOT_SAVED.format(folder=self.export_dir, error=describe_os_error(err)))
            links += render.folded(str(err))
        self.export_area.value = render.box("info", "ℹ", "", " ".join(lines), extra=f'<p class="kurs-lankar">{links}</p>')
        return {"md": markdown, "html": page}


@render.shows_errors(W.HTML)
def form_widget(*, store: progress.ProgressStore | None = None, export_dir: Path | None = None) -> W.Widget:
    """The capstone form for notebook 09."""
    try:
        return PriorityForm(store or progress.default_store(), export_dir)
    except fakta.FactError as err:
        return W.HTML(render.error(texts.LOAD_FAILED.format(message=err)))


class RubricBox(W.VBox):
    """Self- or peer assessment: four criteria, three levels each, a comment; saved in the progress store."""

    def __init__(self, store: progress.ProgressStore) -> None:
        self.store = store
        rows = [(name, *descriptors) for name, descriptors in texts.PRIO_RUBRIC.values()]
        self.who = W.ToggleButtons(options=texts.PRIO_RUBRIC_WHO_OPTIONS, description=texts.PRIO_RUBRIC_WHO,
                                   style={"description_width": "initial"})
        self.levels: dict[str, W.ToggleButtons] = {
            key: W.ToggleButtons(options=[("–", None), ("1", 1), ("2", 2), ("3", 3)], value=None,
                                 description=f"{name}:", style={"description_width": "9em", "button_width": "3em"},
                                 tooltips=[texts.PRIO_RUBRIC_NOT_SET, *descriptors])
            for key, (name, descriptors) in texts.PRIO_RUBRIC.items()}
        self.comment = W.Textarea(placeholder=texts.PRIO_RUBRIC_COMMENT_PLACEHOLDER, description=texts.PRIO_RUBRIC_COMMENT,
                                  rows=3, style={"description_width": "9em"}, layout=W.Layout(width="100%"))
        self.save_button = W.Button(description=texts.PRIO_RUBRIC_SAVE, button_style="primary", layout=W.Layout(width="auto"))
        self.feedback = W.HTML()
        self.save_button.on_click(render.guarded(self.feedback, self.save))
        super().__init__([W.HTML(render.CSS + f"<h3>{texts.PRIO_RUBRIC_TITLE}</h3>" + render.table(texts.PRIO_RUBRIC_COLUMNS, rows)),
                          self.who, *self.levels.values(), self.comment, self.save_button, self.feedback],
                         layout=W.Layout(max_width="60em"))
        self.add_class("kurs-fraga")
        self.add_class("kurs-matris")
        saved = store.get_state(RUBRIC_KEY)
        if isinstance(saved, dict):
            levels = saved.get("nivaer") if isinstance(saved.get("nivaer"), dict) else {}
            for key, toggle in self.levels.items():
                if levels.get(key) in (1, 2, 3) and not isinstance(levels.get(key), bool):
                    toggle.value = levels[key]
            if saved.get("vem") in texts.PRIO_RUBRIC_WHO_OPTIONS:
                self.who.value = saved["vem"]
            if isinstance(saved.get("kommentar"), str):
                self.comment.value = saved["kommentar"]

    def value(self) -> dict[str, Any]:
        return {"vem": self.who.value, "nivaer": {k: t.value for k, t in self.levels.items()}, "kommentar": self.comment.value}

    def save(self) -> bool:
        rubric = self.value()
        points, missing = rubric_points(rubric)
        if missing:
            self.feedback.value = render.info(texts.PRIO_RUBRIC_INCOMPLETE.format(names=", ".join(missing)))
            return False
        self.store.set_state(RUBRIC_KEY, rubric)
        self.feedback.value = render.info(texts.PRIO_RUBRIC_SAVED.format(points=points, total=3 * len(self.levels)),
                                          self.store.new_warnings())
        return True


@render.shows_errors(W.HTML)
def rubric_widget(*, store: progress.ProgressStore | None = None) -> W.Widget:
    """The four-criteria rubric for self or peer assessment."""
    return RubricBox(store or progress.default_store())


# --- course progress (registered with helpers.progress_rows; uses only the public names above) ---
from . import progress_rows as _progress_rows  # noqa: E402


@_progress_rows.register(__name__)
def _progress(state: Mapping[str, Any]) -> list[_progress_rows.Row]:
    """The course-progress rows of the capstone: its checklist and the self-assessment rubric."""
    saved = state.get(KEY)
    answers = saved.get("svar") if isinstance(saved, dict) and isinstance(saved.get("svar"), dict) else {}
    checks = checklist(answers, short=isinstance(saved, dict) and saved.get("kort") is True)
    ok = sum(c.ok for c in checks)
    started = any(filled(answers, f.key) for f in FIELDS)
    rubric = state.get(RUBRIC_KEY)
    points, missing = rubric_points(rubric) if isinstance(rubric, dict) else (0, ["x"])
    return [("09", texts.PROGRESS_EX_CAPSTONE, _progress_rows.status(ok == len(checks), started,
                                                                     texts.PROGRESS_CHECKLIST.format(ok=ok, total=len(checks)))),
            ("09", texts.PROGRESS_EX_RUBRIC, _progress_rows.status(not missing, not missing, texts.PROGRESS_POINTS.format(points=points)))]
