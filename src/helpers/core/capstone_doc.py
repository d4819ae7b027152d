"""The capstone's export (notebook 09): one document model, written as Markdown or as an HTML page.

``document`` builds a title and sections from the answers; ``to_markdown`` and ``to_html`` write the
same document, escaping every text, so nothing the learner wrote becomes markup. All pure strings.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from .. import texts
from . import capstone as rules
from . import htmltable, parsing
from .capstone_config import Config

# Text is a sequence of (style, text) runs with style "", "strong" or "em": the course's own emphasis is a
# style, and every text – the learner's above all – is only ever text, escaped by each format's writer.
Text = tuple[tuple[str, str], ...]
Block = tuple[str, Any]  # ("p", Text) | ("ul", [Text]) | ("table", (headers, rows of str))


def _plain(text: str) -> Text:
    return (("", parsing.plain(text)),)


def _labelled(label: str, text: str) -> Text:
    return (("strong", f"{label}:"), ("", f" {text}"))


def _value(answers: Mapping[str, Any], config: Config, key: str) -> str:
    field = rules.BY_KEY[key]
    if field.kind == "multi":
        chosen = rules.chosen(answers, key)
        return ", ".join(chosen) if chosen else texts.PRIO_DOC_EMPTY
    if field.kind == "choice" and rules.text(answers, key):
        return rules.label(config, key, rules.text(answers, key))
    return rules.text(answers, key) or texts.PRIO_DOC_EMPTY


SHORT_SECTIONS = frozenset({f.section for f in rules.FIELDS if f.short} | {8})  # 8: the indicators


def document(answers: Mapping[str, Any], config: Config, rating: str | None = None, rubric: Mapping[str, Any] | None = None,
             today: date | None = None, *, short: bool = False) -> tuple[str, list[tuple[str, list[Block]]]]:
    """The export as a title and (heading, blocks) sections, shared by Markdown and HTML.

    ``short`` is the lesson's short form: only its sections, and the checklist of the short form.
    """
    intro = texts.PRIO_DOC_INTRO.format(date=(today or date.today()).isoformat())
    if short:
        intro += " " + texts.PRIO_DOC_SHORT
    labels = texts.PRIO_DOC_LABELS

    def pairs(*keys: str) -> Block:
        return ("ul", [_labelled(labels[k], _value(answers, config, k)) for k in keys])

    figure = f"{_value(answers, config, 'siffra')} ({texts.PRIO_DOC_SOURCE}: {_value(answers, config, 'siffra_kalla')})"
    dims = [_labelled(texts.DIMENSION_NAMES[d], _value(answers, config, d)) for d in rules.DIMENSIONS]
    dim_blocks: list[Block] = [("ul", dims)] + ([("p", _plain(rating))] if rating else [])
    money = ["instrument", "lagrum"]
    if answers.get("instrument") == "projektmedel":
        money += ["kostnad", "belopp"]
    mandate = [pairs(*money)]
    share, _ = rules.grant_share(answers) if answers.get("instrument") == "projektmedel" else (None, "")
    if share is not None:
        mandate.append(("p", _labelled(labels["andel"], rules.percent(share))))
    rows = [(r["namn"], r["bas"], r["mal"], r["ar"], r["kalla"]) for r in rules.indicator_rows(answers)]
    follow = [("table", (texts.PRIO_DOC_INDICATOR_COLUMNS, rows))] if rows else [("p", _plain(texts.PRIO_DOC_EMPTY))]
    parts: list[tuple[int, list[Block]]] = [
        (1, [("p", _plain(_value(answers, config, "utmaning"))),
             ("p", (("strong", texts.PRIO_FIELDS["siffra"][0]), ("", f" {figure}")))]),
        (2, [pairs("omrade", "inriktning", "rus_koppling") if not short else pairs("omrade")]),
        (3, [("p", _plain(_value(answers, config, "mal")))]),
        (4, [pairs("territorium", "malgrupp", "jamstalldhet")]),
        (5, [pairs("aktorer", "roll")]),
        (6, dim_blocks),
        (7, mandate),
        (8, follow),
        (9, [("p", _plain(_value(answers, config, "risker")))]),
    ]
    checks = [_plain(f"{'✓' if c.ok else '✗'} {c.title}" + (f" – {c.detail}" if c.detail else ""))
              for c in rules.checklist(answers, config, short=short)]
    sections: list[tuple[str, list[Block]]] = [
        ("", [("p", (("em", intro),))]),
        *((texts.PRIO_SECTIONS[n], blocks) for n, blocks in parts if not short or n in SHORT_SECTIONS),
        (texts.PRIO_DOC_CHECKLIST_SHORT if short else texts.PRIO_DOC_CHECKLIST, [("ul", checks)]),
    ]
    if rubric:
        table_rows = []
        for key, criterion in config.rubric.items():
            level = rules.level(rubric, key)
            table_rows.append((criterion.name, texts.PRIO_RUBRIC_NOT_SET if level is None else str(level),
                               "" if level is None else criterion.levels[level - 1]))
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


def to_markdown(answers: Mapping[str, Any], config: Config, rating: str | None = None, rubric: Mapping[str, Any] | None = None,
                today: date | None = None, *, short: bool = False) -> str:
    """The export as Markdown; all text is escaped, so nothing the learner wrote becomes markup."""
    title, sections = document(answers, config, rating, rubric, today, short=short)
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


def to_html(answers: Mapping[str, Any], config: Config, rating: str | None = None, rubric: Mapping[str, Any] | None = None,
            today: date | None = None, *, short: bool = False) -> str:
    """A stand-alone, printable HTML page (UTF-8, lang="sv", readable without any stylesheet)."""
    title, sections = document(answers, config, rating, rubric, today, short=short)
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
                body.append(htmltable.table(headers, rows, css_class=""))
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


