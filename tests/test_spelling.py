"""Swedish spelling of every learner-facing text, checked with hunspell and the sv_SE dictionary.

What is checked: the Markdown cells of all notebooks (also notebooks/larare), every string constant
in helpers.texts, the learner-facing fields of the question banks (data/fragor) and the text fields of
the fact files (data/fakta). Code, links, URLs, placeholders, numbers and identifiers are removed
first; the rest is split into words and handed to ``hunspell -d sv_SE -l`` once per source group.

A word hunspell does not know fails the test unless it is in tests/ordlista-stavning.txt, the
project word list for names, place names, organisations, established terms and abbreviations.
A line with a space in the list is a fixed foreign-language name (a title of a work, a product
name) that is exempt only as a whole, so its English words are not accepted anywhere else.
Fix misspellings in the source; add a word to the list only when it is correct as written.

The validation messages about the course's own JSON formats (``texts.*_PROBLEMS``) and the data
files' own descriptions may name JSON keys and values (``”answers”``, ``true``); those words are
taken from the schemas themselves, not from the word list.

Needs the hunspell binary and Debian's Swedish dictionary (``apt-get install hunspell hunspell-sv``).
Without them the test is skipped locally and fails under CI=true.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import pytest
from support import ROOT, require

WORD_LIST = Path(__file__).with_name("ordlista-stavning.txt")
DICTIONARY = "sv_SE"
DICT_DIRS = [*filter(None, os.environ.get("DICPATH", "").split(os.pathsep)),
             "/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts"]

Source = tuple[str, str]  # (where, text)
Phrase = tuple[str, ...]

# --- Cleaning and tokenising ---------------------------------------------------------------------

_FILE_EXT = r"(?:ipynb|json|csv|xlsx?|py|md|html|txt|rst|ya?ml|toml|pdf|zip|png|svg)"
_REMOVE = [re.compile(p, flags) for p, flags in [
    (r"```.*?```|~~~.*?~~~", re.S),                       # fenced code
    (r"<!--.*?-->", re.S),                                # HTML comments
    (r"\$\$.*?\$\$|\$[^$\n]+\$|\\\(.*?\\\)|\\\[.*?\\\]", re.S),  # LaTeX
    (r"`[^`\n]*`", 0),                                    # inline code
    (r"\]\([^)]*\)", 0),                                  # Markdown link targets
    (r"<(?:https?|mailto):[^>\s]*>", 0),                  # autolinks
    (r"\b(?:https?://|www\.)\S+", 0),                     # bare URLs
    (r"\b[\w.-]+\.(?:se|nu|com|org|net|eu|io|gov|int)\b(?:/\S*)?", 0),  # domain names
    (rf"[\w./-]*\.{_FILE_EXT}\b", 0),                     # file names and extensions (.json, .md)
    (r"</?[A-Za-z][^<>]*>", 0),                           # HTML tags
    (r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);", 0),          # HTML entities
    (r"\{[^{}\s]*\}", 0),                                 # str.format placeholders
    (r"\b(?:git (?:checkout|clone|pull)|pip install|python -m)\b[^”)\n]*", 0),  # shell commands
    (r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", 0),           # snake_case identifiers
    (r"\b\d[\d:.,]*-[\w-]+", 0),                          # number-led compounds and ids: 03-omraden
    (r"(?<=[^\W\d_])-(?=\d)", 0),                         # the hyphen of UTF-8, Covid-19
    (r"\w*\d\w*", 0),                                     # numbers, SFS numbers 2010:630, codes like UO19
]]
# Runs of letters; hyphens, colons, § and emoji separate words. A hyphen ending a suspended compound
# (”hälso- och sjukvård”) stays on the word, since hunspell checks such first parts as they are.
_WORD = re.compile(r"[^\W\d_]+(?:-(?=[\s,/]))?")


def clean(text: str) -> str:
    """Remove everything from ``text`` that is not prose."""
    for pattern in _REMOVE:
        text = pattern.sub(" ", text)
    return text


def words(text: str) -> list[str]:
    """The words of ``text`` worth spell-checking (two letters or more), in order."""
    return [w for w in _WORD.findall(clean(text)) if len(w.rstrip("-")) > 1]


def without_phrases(tokens: list[str], phrases: Iterable[Phrase]) -> list[str]:
    """``tokens`` minus every occurrence of a listed foreign-language phrase."""
    for phrase in phrases:
        n, i = len(phrase), 0
        while i + n <= len(tokens):
            if tuple(tokens[i:i + n]) == phrase:
                del tokens[i:i + n]
            else:
                i += 1
    return tokens


# --- hunspell ------------------------------------------------------------------------------------

def dictionary_available() -> bool:
    return any((Path(d) / f"{DICTIONARY}.dic").is_file() and (Path(d) / f"{DICTIONARY}.aff").is_file()
               for d in DICT_DIRS)


def require_hunspell() -> None:
    require(shutil.which("hunspell") is not None,
            "hunspell saknas – installera paketen hunspell och hunspell-sv för att stavningskontrollera")
    require(dictionary_available(),
            f"den svenska ordlistan för hunspell ({DICTIONARY}.aff/.dic) saknas – installera paketet hunspell-sv")


def hunspell_unknown(candidates: Iterable[str]) -> set[str]:
    """The words hunspell's sv_SE dictionary does not accept – one hunspell run for all of them."""
    unique = sorted(set(candidates))
    if not unique:
        return set()
    result = subprocess.run(["hunspell", "-d", DICTIONARY, "-i", "utf-8", "-l"],
                            input="\n".join(unique) + "\n", capture_output=True, text=True,
                            encoding="utf-8", env={**os.environ, "LC_ALL": "C.UTF-8"}, timeout=60)
    if result.returncode != 0 or "Can't open" in result.stderr:
        raise RuntimeError(f"hunspell misslyckades ({result.returncode}): {result.stderr.strip()}")
    return set(result.stdout.split())


# --- The project word list -----------------------------------------------------------------------

def read_word_list(path: Path = WORD_LIST) -> tuple[list[str], list[str]]:
    """(words, phrases) of the project word list, in file order."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    entries = [line for line in lines if line and not line.startswith("#")]
    return [e for e in entries if " " not in e], [e for e in entries if " " in e]


def phrase_tokens(phrase: str) -> Phrase:
    return tuple(words(phrase))


def accepted(word: str, listed: set[str]) -> bool:
    """Case-sensitive, but a capitalised (sentence-initial) form of a lower-case entry is fine too."""
    return word in listed or (word[:1].isupper() and word[:1].lower() + word[1:] in listed)


def misspelled(sources: Iterable[Source], listed: set[str], phrases: Iterable[str] = ()) -> dict[str, list[str]]:
    """Unknown word -> the places it occurs, for words neither hunspell nor the word list accepts."""
    exempt = sorted((phrase_tokens(p) for p in phrases), key=len, reverse=True)  # longest first
    places: dict[str, list[str]] = defaultdict(list)
    for where, text in sources:
        for word in dict.fromkeys(without_phrases(words(text), exempt)):
            places[word].append(where)
    unknown = hunspell_unknown(places)
    return {w: places[w] for w in sorted(unknown) if not accepted(w, listed)}


# --- Collecting the learner-facing texts ---------------------------------------------------------

def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def notebook_texts() -> Iterator[Source]:
    for path in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        nb = json.loads(path.read_text(encoding="utf-8"))
        for i, cell in enumerate(nb["cells"]):
            if cell["cell_type"] == "markdown":
                text = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
                yield f"{rel(path)} cell {i} ({cell.get('id', '?')})", text


def _strings(value, where: str) -> Iterator[Source]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, (tuple, list)):
        for i, item in enumerate(value):
            yield from _strings(item, f"{where}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{where}[{key!r}]")


@cache
def schema_words() -> frozenset[str]:
    """JSON keys and values of the course's own file formats, and the JSON literals."""
    from helpers.core.model import QUESTION_TYPES
    from helpers.store.bank import COMMON_KEYS, TYPE_KEYS

    found = {"true", "false", "null"} | COMMON_KEYS | set(QUESTION_TYPES) | {"notebook", "questions"}
    found |= {k for keys in TYPE_KEYS.values() for k in keys}

    def keys(value):
        if isinstance(value, dict):
            found.update(value)
            for item in value.values():
                keys(item)
        elif isinstance(value, list):
            for item in value:
                keys(item)

    for path in sorted((ROOT / "data" / "fakta").glob("*.json")):
        keys(json.loads(path.read_text(encoding="utf-8")))
    for path in (ROOT / "data" / "datapackage.json", ROOT / "tests" / "fixtures" / "scb_tab638_folkmangd_2024.json"):
        found.update(json.loads(path.read_text(encoding="utf-8")))  # top-level keys of the descriptor and JSON-stat 2
    return frozenset(k for k in found if re.fullmatch(r"[a-z]+", k))


def without_schema_words(text: str) -> str:
    """For texts that describe the file formats: drop the JSON keys and values they name."""
    names = "|".join(sorted(schema_words(), key=len, reverse=True))
    return re.sub(rf"(?<![^\W\d_])(?:{names})(?![^\W\d_])", " ", text)


def texts_constants() -> Iterator[Source]:
    from helpers import texts

    for name, value in vars(texts).items():
        if not name.startswith("_") and name.isupper():
            for where, text in _strings(value, f"helpers.texts {name}"):
                yield where, without_schema_words(text) if name.endswith("_PROBLEMS") else text


def _question_strings(q: dict) -> Iterator[tuple[str, str]]:
    """(field, text) for the fields of a question a learner sees."""
    for key in ("prompt", "solution", "unit"):
        if isinstance(q.get(key), str):
            yield key, q[key]
    for i, hint in enumerate(q.get("hints", [])):
        yield f"hints[{i}]", hint
    for i, cat in enumerate(q.get("categories", [])):
        yield f"categories[{i}]", cat
    if q.get("type") == "text":
        for i, answer in enumerate(q.get("answers", [])):
            yield f"answers[{i}]", answer
    for group, keys in (("options", ("text", "feedback")), ("items", ("text", "feedback")),
                        ("wrong_answers", ("text", "feedback")), ("typical_errors", ("feedback",))):
        for i, entry in enumerate(q.get(group, [])):
            for key in keys:
                if isinstance(entry.get(key), str):
                    yield f"{group}[{i}].{key}", entry[key]


def bank_texts() -> Iterator[Source]:
    for path in sorted((ROOT / "data" / "fragor").glob("*.json")):
        for q in json.loads(path.read_text(encoding="utf-8"))["questions"]:
            for field, text in _question_strings(q):
                yield f"{rel(path)} {q.get('id', '?')} {field}", text


# Keys of the fact files whose values are identifiers, references, dates or English, not Swedish prose.
FACT_SKIP_KEYS = {"id", "kalla", "källa", "kallor", "source", "url", "hamtad", "sfs", "lydelse", "paragraf",
                  "engelska", "notebook", "lagrum", "misconception"}
IDENTIFIER = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)+")


def _fact_strings(value, where: str) -> Iterator[Source]:
    if isinstance(value, str):
        if not IDENTIFIER.fullmatch(value) and not value.startswith(("http://", "https://")):
            yield where, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _fact_strings(item, f"{where}[{i}]")
    elif isinstance(value, dict):
        label = value.get("id") if isinstance(value.get("id"), str) else None
        for key, item in value.items():
            if key in FACT_SKIP_KEYS or key.endswith("_kalla"):
                continue
            yield from _fact_strings(item, f"{where} {label}.{key}" if label else f"{where}.{key}")


def fact_texts() -> Iterator[Source]:
    for path in sorted((ROOT / "data" / "fakta").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data.get("beskrivning"), str):  # the file's description of its own format
            data = {**data, "beskrivning": without_schema_words(data["beskrivning"])}
        yield from _fact_strings(data, rel(path))


GROUPS = {"notebooks": notebook_texts, "texts": texts_constants, "fragor": bank_texts, "fakta": fact_texts}


@cache
def unknown_in(group: str) -> dict[str, list[str]]:
    """Words of a source group that hunspell does not know, outside the listed phrases (one hunspell run)."""
    return misspelled(GROUPS[group](), listed=set(), phrases=read_word_list()[1])


def report(unknown: dict[str, list[str]]) -> str:
    lines = []
    for word, places in unknown.items():
        shown = "; ".join(places[:5]) + (f"; … och {len(places) - 5} ställen till" if len(places) > 5 else "")
        lines.append(f"  {word}: {shown}")
    return "\n".join(lines)


# --- Tests ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("group", sorted(GROUPS))
def test_learner_texts_are_spelled_right(group):
    require_hunspell()
    listed = set(read_word_list()[0])
    unknown = {w: p for w, p in unknown_in(group).items() if not accepted(w, listed)}
    assert not unknown, (
        f"{len(unknown)} okända ord i {group}. Rätta stavningen i källan – eller, om ordet är ett korrekt "
        f"namn, fackord eller en förkortning, lägg det i {rel(WORD_LIST)}:\n{report(unknown)}"
    )


def _sorted_unique(entries: list[str]) -> bool:
    return entries == sorted(set(entries), key=lambda w: (w.casefold(), w))


def test_word_list_is_sorted_unique_and_needed():
    """Entries must be sorted, unique and still needed: a word hunspell already knows, a word or phrase
    that no longer occurs, or a phrase without an unknown word is removed, so the list stays honest."""
    require_hunspell()
    listed, phrases = read_word_list()
    assert _sorted_unique(listed), f"orden i {rel(WORD_LIST)} ska vara sorterade (skiftlägesokänsligt), utan dubbletter"
    assert _sorted_unique(phrases), f"fraserna i {rel(WORD_LIST)} ska vara sorterade, utan dubbletter"
    assert all(_WORD.fullmatch(w) and not w.endswith("-") for w in listed), "ett ord per rad, bara bokstäver"
    unknown = hunspell_unknown([*listed, *(w for p in phrases for w in phrase_tokens(p))])
    known = [w for w in listed if w not in unknown]
    assert not known, f"hunspell känner redan till orden – ta bort dem ur ordlistan: {known}"
    without_unknown = [p for p in phrases if not set(phrase_tokens(p)) & unknown]
    assert not without_unknown, f"fraserna behövs inte (hunspell känner alla ord): {without_unknown}"

    used = set().union(*(unknown_in(group) for group in GROUPS))
    unused = [w for w in listed if w not in used and w[:1].upper() + w[1:] not in used]
    assert not unused, f"orden förekommer inte längre i kursens texter – ta bort dem ur ordlistan: {unused}"
    sources = [words(text) for group in GROUPS.values() for _, text in group()]
    unused = [p for p in phrases if not any(without_phrases(list(s), [phrase_tokens(p)]) != s for s in sources)]
    assert not unused, f"fraserna förekommer inte längre i kursens texter – ta bort dem ur ordlistan: {unused}"


def test_checker_finds_a_planted_error_and_accepts_listed_words():
    require_hunspell()
    sentence = "Regionen ansvarar för utvecklingsstrategin och anteckningsbokk"
    assert list(misspelled([("planterat", sentence)], listed=set())) == ["anteckningsbokk"]
    assert misspelled([("planterat", sentence)], listed={"anteckningsbokk"}) == {}
    # a listed lower-case word is accepted sentence-initially, but a listed name is not lower-cased
    assert misspelled([("x", "Anteckningsbokk finns.")], listed={"anteckningsbokk"}) == {}
    assert list(misspelled([("x", "vilhelmina")], listed={"Vilhelmina"})) == ["vilhelmina"]
    assert misspelled([("x", "Vilhelmina")], listed={"Vilhelmina"}) == {}
    # the places are reported
    assert misspelled([("a.ipynb cell 3", "Ett stavfell."), ("b.json q1", "stavfell")], set()) == {
        "stavfell": ["a.ipynb cell 3", "b.json q1"]}
    # a phrase is exempt only as a whole: its words are still errors elsewhere
    title = "Peer Instruction: Ten years of experience"
    assert misspelled([("x", f"Se {title}, och peer instruction.")], set(), [title]) == {
        "instruction": ["x"], "peer": ["x"]}
    # suspended compounds are checked as first parts
    assert misspelled([("x", "hälso- och sjukvård, gruv- och industriregion")], set()) == {}
    assert list(misspelled([("x", "hällso- och sjukvård")], set())) == ["hällso-"]


def test_cleaning_removes_code_links_and_numbers():
    text = ("Se [lagen](https://lagboken.se/x_y) och `quiz.widget(\"02-x\")`.\n```python\nfelstavat = 1\n```\n"
            "Lag (2010:630) 5 § {placeholder} <b>fet</b> &nbsp; $x^2$ UO19 www.scb.se REGKURS_DATA_DIR 🎯 "
            "EU-organ, EU:s och mini-RUS-prioritering; fråga 03-omraden, filen data.xlsx (.md) ”git checkout -- x”.")
    assert words(text) == ["Se", "lagen", "och", "Lag", "fet", "EU", "organ", "EU", "och", "mini", "RUS",
                           "prioritering", "fråga", "filen"]


def test_schema_words_are_only_dropped_where_formats_are_described():
    assert words(without_schema_words("”answers” ska vara true eller false")) == ["ska", "vara", "eller"]
    assert "answers" not in schema_words() or "tolerance" in schema_words()
    assert not {"regionen", "och", "kommun"} & schema_words()
