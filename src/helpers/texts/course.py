"""Strings of the course as a whole: navigation cells, fact files and glossary, course progress, starting the course."""

from .engine import NOT_UTF8

# --- Navigation cells and course map (written into notebooks by helpers.maintain) -------
NAV_START = "Kursens början"
NAV_CONTENTS = "Kursens innehåll"
NAV_END = "Sista notebooken"
MAP_HEADER = ("Notebook", "Nivå", "Tid", "Du lär dig")
MAP_TOTAL = "Totalt"
MINUTES = "{n} min"
WARNING_TITLE = "Obs!"

# --- Fact files and glossary -------------------------------------------------------------
FACT_MISSING = "Hittar inte faktafilen {path}. Hämta kursens filer på nytt, eller kontrollera att mappen data/fakta finns."
FACT_INVALID = "Faktafilen {path} är felaktig – {where}: {problem}. Rätta filen eller hämta den på nytt från kursens förråd."
FACT_NO_ENTRY = "”{key}” finns inte i faktafilen {path}."
FACT_UNREADABLE = "Faktafilen {path} går inte att läsa. {reason}"
PROVISION_COLUMNS = ("Bestämmelse", "Ska/får", "Innehåll (med egna ord)", "Lydelse", "Kontrollerad")
# The fact tables the notebooks show with fakta.table(file, list): by the list's last key, each field
# shown and its header, in column order.
FACT_TABLES = {
    "andringar": {"nar": "När", "vad": "Vad", "beslut": "Beslut", "ej_bekraftat": "Osäkert"},
    "historia": {"ar": "År", "text": "Vad hände"},
    "vasterbotten_vag": {"period": "Period", "aktor": "Vem", "text": "Vad det innebar"},
    "strategiska_omraden": {"namn": "Strategiskt område", "kort": "Kort namn i övningen"},
    "uppgifter": {"text": "Uppgift", "lagrum": "Rättslig grund"},
    "inriktningar": {"namn": "Inriktning", "text": "Vad den betyder"},
    "projekttyper": {"namn": "Projekttyp", "text": "Kännetecken"},
    "eu_program": {"namn": "Program", "text": "Beskrivning"},
    "sektorer": {"namn": "Sektor", "fakta": "Uppgifter", "kalla": "Källa", "hamtad": "Kontrollerad"},
}
RUS_TITLE = "”{name}” ({period})"
RUS_GOALS = "Övergripande mål: {goals}"
# The label of every note that a fact is unchecked: in the notebooks' Markdown ("> **Osäkert:** …") and
# in the aside under a fact table, so that the teaching text itself reads as teaching.
UNVERIFIED_LABEL = "Osäkert:"
GLOSSARY_SEARCH = "Sök:"
GLOSSARY_PLACEHOLDER = "Skriv ett ord, t.ex. RUS eller länsplan"
GLOSSARY_COLUMNS = ("Svensk term", "Engelsk term", "Förklaring", "Källa")
GLOSSARY_NONE = "Inga träffar på ”{query}”. Pröva en kortare del av ordet."
GLOSSARY_HINT = "Skriv i rutan för att söka bland kursens {count} termer, på svenska eller engelska."
GLOSSARY_MATCHES = "{count} träffar:"
FACT_WHERE_FILE = "filen"
FACT_WHERE_ENTRY = "post {name}"
FACT_PROBLEMS = {
    "no_terms": "”termer” ska vara en lista med minst en term",
    "empty": "tomma eller saknade fält: {keys}",
    "not_object": "filen ska innehålla ett JSON-objekt",
    "not_utf8": NOT_UTF8,
    "no_provisions": "”bestammelser” saknas",
    "missing": "saknar {keys}",
    "sfs": "”sfs” ska vara ett SFS-nummer, t.ex. 2010:630",
    "lydelse": "”lydelse” ska vara t.ex. ”SFS 2018:1348”",
    "date": "”hamtad” ska vara ett datum ÅÅÅÅ-MM-DD",
    "blank": "”innehall” och ”kalla” får inte vara tomma",
    "duplicate": "id:t finns redan",
    "no_note": "”paragraf” är null, men ”osakert” säger inte att paragrafnumret inte har kontrollerats",
}

# --- Course-level progress of the larger exercises ---------------------------------------------
PROGRESS_EXERCISES_TITLE = "Övningar utöver frågorna"
PROGRESS_EXERCISE_COLUMNS = ("Notebook", "Övning", "Läge")
PROGRESS_DONE = ("✓", "Klar")
PROGRESS_STARTED = ("◐", "Påbörjad")
PROGRESS_NOT_STARTED = ("–", "Inte påbörjad")
PROGRESS_EX_TYPING = "Aktörernas typ och nivå"
PROGRESS_EX_GRID = "Makt- och intressekartan"
PROGRESS_EX_RATING = "Hållbarhetsbedömning av projekt"
PROGRESS_EX_REFLECTION = "Skrivuppgift: {prompt}"
PROGRESS_EX_CAPSTONE = "Din mini-RUS-prioritering"
PROGRESS_EX_RUBRIC = "Bedömningsmatrisen"
PROGRESS_CARDS = "{right} av {total} kort helt rätt"
PROGRESS_PLACED = "{n} av {total} aktörer placerade"
PROGRESS_RATED = ("{n} projekt bedömt", "{n} projekt bedömda")
PROGRESS_SAVED = "sparad"
PROGRESS_CHECKLIST = "{ok} av {total} punkter i checklistan"
PROGRESS_POINTS = "{points} av 12 poäng"

# --- Starting the course (python -m helpers.launch, make lab) ----------------------------
LAUNCH_ADDRESS = (
    "\nKursen öppnas i webbläsaren. Om den inte gör det, kopiera den här adressen till webbläsaren:\n\n"
    "    {url}\n\n"
    "Adressen innehåller en hemlig nyckel (token) – dela den inte med någon. Stäng av med Ctrl + C.\n"
)
