"""Every learner-facing Swedish string of the exercise engine, in one place.

Templates use ``str.format`` fields. Keep the wording plain, friendly and specific:
feedback explains, it never only says "Fel".
"""

# --- Buttons and labels -------------------------------------------------------
CHECK = "Kontrollera"
CHECK_TIP = "Bedöm ditt svar"
HINT = "Ledtråd"
HINT_LEFT = "Ledtråd ({left} kvar)"
HINT_NONE_LEFT = "Inga fler ledtrådar"
SOLUTION = "Visa lösning"
SOLUTION_TIP = "Visar ett lösningsförslag"
ANSWER_LABEL = "Svar:"
CHOOSE = "– välj –"
NUMBER_PLACEHOLDER = "Skriv ett tal, t.ex. 12,5"
TEXT_PLACEHOLDER = "Skriv ditt svar här"
QUESTION = "Fråga {qid}"
PRETEST = "Förtest – räknas inte"
EXERCISE = "Övning"

# --- Status words (shown with a symbol, never by colour alone) ----------------
STATUS = {
    "correct": ("✓", "Rätt!"),
    "partly": ("◐", "Delvis rätt."),
    "incorrect": ("✗", "Inte rätt än."),
    "not_attempted": ("ℹ", "Inget svar att bedöma."),
}

# --- Choice questions ----------------------------------------------------------
CHOOSE_ONE = "Välj ett av alternativen och klicka sedan på Kontrollera."
CHOOSE_SOME = "Kryssa i minst ett alternativ och klicka sedan på Kontrollera."
SINGLE_CORRECT = "Du valde rätt alternativ."
SINGLE_WRONG = "Läs förklaringen och försök igen."
MULTI_CORRECT = "Du valde precis de rätta alternativen."
MULTI_PARTLY = "Du har valt {right} av {total} rätta alternativ och {wrong}."
MULTI_WRONG_COUNT = ("{n} felaktigt", "{n} felaktiga")
MULTI_MISSING = "Det finns fler rätta alternativ – läs alternativen en gång till."
OPTION_LINE = "{mark} ”{text}”: {feedback}"
MULTI_WRONG = "Inget av de alternativ du valde är rätt. Läs förklaringarna och försök igen."

# --- Numeric questions ---------------------------------------------------------
NUM_EMPTY = "Skriv ett tal i rutan först."
NUM_NOT_A_NUMBER = "”{raw}” är inget tal. Skriv bara siffror, t.ex. 12,5 (decimalkomma eller decimalpunkt går bra)."
NUM_TOO_LARGE = "”{raw}” är för stort för att räknas som ett tal här. Kontrollera antalet nollor eller exponenten."
NUM_UNKNOWN_UNIT = "Jag känner inte igen enheten ”{unit}”. Skriv talet i {expected}, t.ex. 12,5."
NUM_WRONG_UNIT = "Enheten ”{unit}” passar inte här. Svaret ska anges i {expected}."
NUM_NO_UNIT = "Skriv bara talet, utan enhet."
NUM_CORRECT = "Rätt svar är {answer}."
NUM_CLOSE_ROUNDING = "Nästan – kontrollera avrundningen. Rätt svar är {answer}."
NUM_TOO_HIGH = "Ditt svar ({value}) är för högt."
NUM_TOO_LOW = "Ditt svar ({value}) är för lågt."
NUM_OUT_OF_RANGE = "Ditt svar ({value}) ligger långt utanför det rimliga intervallet {low}–{high}. Kontrollera uträkningen och enheten."
NUM_PROPORTION = "Det ser ut som en andel (ett tal mellan 0 och 1). Svaret ska anges i procent: multiplicera med 100."
NUM_SCALE = "Ditt svar är ungefär {factor} gånger för {direction}. Kontrollera enheten – har du blandat ihop kronor, tusentals kronor (tkr), miljoner och miljarder?"
NUM_SCALE_BIG = "stort"
NUM_SCALE_SMALL = "litet"

# --- Short text questions ------------------------------------------------------
TEXT_EMPTY = "Skriv ett svar i rutan först."
TEXT_NO_LETTERS = "Svaret innehåller inga bokstäver eller siffror, bara tecken eller symboler. Skriv svaret med ord."
TEXT_CORRECT = "”{answer}” är rätt."
TEXT_TYPO = "Rätt! Det stavas ”{answer}”."
TEXT_WRONG = "”{raw}” är inte det svar som efterfrågas. Pröva en ledtråd om du kör fast."

# --- Classification questions ---------------------------------------------------
CLASSIFY_NONE = "Välj en kategori för minst en rad och klicka sedan på Kontrollera."
CLASSIFY_CORRECT = "Alla {total} rader är rätt placerade."
CLASSIFY_SCORE = "{right} av {total} rader är rätt placerade."
CLASSIFY_MISSING = ("{n} rad saknar ännu en kategori.", "{n} rader saknar ännu en kategori.")
CLASSIFY_ITEM_WRONG = "”{item}”: inte {chosen}. {feedback}"
ITEM_RIGHT = "✓ rätt"
ITEM_WRONG = "✗ fel"

# --- Hints, solutions, restore ---------------------------------------------------
HINT_ITEM = "Ledtråd {n}: {text}"
SOLUTION_CONFIRM = "Försök gärna själv först – det är när du letar efter svaret som du lär dig mest. Klicka på ”Visa lösning” en gång till om du ändå vill se lösningen."
SOLUTION_HEADING = "Lösningsförslag"
SOLUTION_ANSWER = "Rätt svar: {answer}"
RESTORE_CHANGED = (
    "Frågan har ändrats sedan du svarade på den, så ditt tidigare svar har inte återställts och räknas inte "
    "i dina framsteg. Svara gärna på nytt."
)
RESTORED = "Ditt senaste svar har återställts (bedömning då: {status}). Klicka på Kontrollera för att se återkopplingen igen."

# --- Errors that can reach a learner ----------------------------------------------
CALLBACK_ERROR = "Något oväntat gick fel i övningen. Ditt svar finns kvar i rutan – försök igen, eller starta om kerneln (Kernel → Restart) om felet kvarstår."
TECH_DETAILS = "Tekniska detaljer (för läraren)"
QUESTION_NOT_FOUND = "Fråga ”{qid}” finns inte i frågebanken {path}. Kontrollera frågans id i notebooken."
BANK_NOT_FOUND = "Hittar ingen frågebank för fråga ”{qid}” i {folder}. Den ska heta {pattern}. Hämta filen på nytt från kursens förråd."
BANK_INVALID_JSON = "Frågebanken {path} är inte giltig JSON (rad {line}, kolumn {col}: {msg}). Rätta filen eller hämta den på nytt från kursens förråd."
BANK_ERROR = "Frågebanken {path} är felaktig – {where}: {problem}"
BANK_UNREADABLE = "Frågebanken {path} går inte att läsa. {reason}"
BANK_WHERE_QUESTION = "fråga ”{qid}”"
BANK_WHERE_FILE = "filens struktur"
LOAD_FAILED = "Övningen kunde inte laddas. {message}"
CALL_FAILED = ("Det här gick inte att visa på grund av ett oväntat fel. Kör cellen igen, eller starta om kerneln "
               "(Kernel → Restart) om felet kvarstår. Tekniska detaljer för läraren finns nedan.")
JSON_INVALID = "inte giltig JSON (rad {line}, kolumn {col})"
NOT_UTF8 = "filen är inte sparad i teckenkodningen UTF-8"

# --- Operating-system errors (by errno; the English OS text is never shown) ------------------------------
DATA_DIR_MISSING = (
    "Hittar inte kursens datamapp (letade i {tried}). Installera kurspaketet med "
    "”pip install -e .” från kursens rotmapp, eller ange mappen i miljövariabeln REGKURS_DATA_DIR."
)

# --- Progress store ------------------------------------------------------------------
PROGRESS_CORRUPT = (
    "Filen med dina framsteg ({path}) gick inte att läsa och har flyttats till {moved}. "
    "En ny fil har startats. Inget har raderats – be läraren om hjälp om du vill få tillbaka de gamla svaren."
)
PROGRESS_BAD_ENTRIES = (
    "Det som var sparat om {which} hade felaktiga värden och kunde inte användas, så det har lagts åt sidan. "
    "En kopia av hela filen finns i {backup}, så inget har raderats. Du kan svara på frågan igen som vanligt."
)
PROGRESS_BAD_ENTRY_WHICH = ("fråga {ids}", "frågorna {ids}")
PROGRESS_UNWRITABLE = (
    "Dina framsteg kan inte sparas i {folder}. {reason} Övningarna fungerar som vanligt, och svaren finns kvar "
    "i minnet: kursen försöker spara dem igen nästa gång du svarar. Starta inte om kerneln innan det har "
    "lyckats, för då försvinner de. Du kan också ange en annan mapp i miljövariabeln REGKURS_PROGRESS_DIR."
)
PROGRESS_WRITABLE_AGAIN = "Nu går det att spara igen. Allt du har gjort under tiden är sparat i {path}."
# Operating-system errors (helpers.store.oserrors): what happened, then what to do. The raw OS text
# is shown only in a folded detail.
OS_ERRORS = {
    "access": "Du har inte behörighet att läsa eller skriva där. Välj en mapp som du själv äger, till exempel "
              "i din hemmapp, eller be den som sköter datorn om skrivrätt.",
    "full": "Disken är full. Frigör utrymme, till exempel genom att ta bort filer du inte behöver eller tömma "
            "papperskorgen, och försök igen.",
    "quota": "Du har använt hela ditt lagringsutrymme (din kvot). Ta bort filer du inte behöver, eller be den som "
             "sköter datorn om mer utrymme, och försök igen.",
    "is_dir": "Det finns en mapp där en fil ska ligga. Flytta mappen eller byt namn på den och försök igen.",
    "not_dir": "En del av sökvägen är en fil och inte en mapp. Flytta filen eller byt namn på den, eller välj "
               "en annan mapp.",
    "exists": "Det finns redan en fil med samma namn som mappen som behövs. Flytta filen eller byt namn på den, "
              "eller välj en annan mapp.",
    "read_only": "Disken är skrivskyddad, så inget kan sparas på den. Välj en mapp på en disk där du kan spara.",
    "missing": "Mappen eller filen finns inte. Kontrollera sökvägen, eller skapa mappen, och försök igen.",
    "too_long": "Sökvägen är för lång. Välj en mapp med en kortare sökväg, till exempel direkt i din hemmapp.",
    "busy": "Filen används av ett annat program. Stäng programmet och försök igen.",
    "too_many": "Datorn har för många filer öppna. Starta om kerneln (Kernel → Restart) och försök igen.",
    "io": "Disken svarade med ett läs- eller skrivfel. Försök igen, och välj en annan mapp om felet kvarstår.",
}
OS_ERROR_OTHER = "Datorn kunde inte läsa eller skriva filen{code}. Kontrollera att mappen finns och att du kan spara i den, eller välj en annan mapp."
OS_ERROR_CODE = " (felkod {errno})"
OS_ERROR_AT = "Det gick inte att använda ”{path}”."
PROGRESS_TITLE = "Dina framsteg"
PROGRESS_COLUMNS = ("Notebook", "Frågor", "Besvarade", "Rätt", "Rätt på första försöket")
PROGRESS_PRETEST = "Förtest (räknas inte): {answered} av {total} besvarade, {correct} rätt."
PROGRESS_EMPTY = "Du har inte svarat på någon fråga ännu."
PROGRESS_CHANGED = (
    "{n} sparat svar gäller en tidigare version av en fråga som har ändrats, och räknas inte. Svara på den igen.",
    "{n} sparade svar gäller tidigare versioner av frågor som har ändrats, och räknas inte. Svara på dem igen.",
)
PROGRESS_FILE = "Sparas i {path}, på den dator där notebooken körs. Kursen skickar inte dina svar till någon."
PROGRESS_MEMORY = "Sparas just nu bara i minnet (se varningen ovan)."
PROGRESS_REFRESH = "Uppdatera"

# --- Question bank validation (author-facing, but may surface in a notebook) -----------
BANK_PROBLEMS = {
    "not_object": "filen ska innehålla ett JSON-objekt med nycklarna ”notebook” och ”questions”",
    "notebook_name": "”notebook” ska vara filens namn utan .json ({expected})",
    "no_questions": "”questions” ska vara en lista med minst en fråga",
    "question_not_object": "fråga nummer {n} är inte ett JSON-objekt",
    "unknown_keys": "okända nycklar {keys} – stavfel? Tillåtna: {allowed}",
    "missing": "nyckeln ”{key}” saknas",
    "bad_id": "id ska ha formen {prefix}-namn (små bokstäver, siffror och bindestreck)",
    "duplicate_id": "id:t finns redan tidigare i filen",
    "bad_type": "”type” ska vara en av {types}",
    "empty_text": "”{key}” får inte vara tom",
    "not_bool": "”{key}” ska vara true eller false",
    "not_number": "”{key}” ska vara ett tal",
    "no_hints": "”hints” ska vara en lista med minst en ledtråd (text)",
    "needs_source": "frågan påstår ett faktum (”fact”: true) men saknar ”source”",
    "few_options": "”options” ska ha minst två alternativ",
    "option_missing": "alternativ {n} saknar ”{key}”",
    "single_correct": "en fråga av typen single ska ha exakt ett rätt alternativ (har {count})",
    "multiple_correct": "en fråga av typen multiple ska ha minst två rätta och minst ett felaktigt alternativ",
    "duplicate_option": "alternativ {n} finns två gånger",
    "negative_tolerance": "”tolerance” får inte vara negativ",
    "bad_plausible": "”plausible” ska vara [lägsta, högsta] och innehålla rätt svar",
    "typical_is_answer": "typiskt fel {n} ligger inom toleransen för rätt svar och kan aldrig visas",
    "no_answers": "”answers” ska vara en lista med minst ett rätt svar",
    "wrong_is_right": "felsvaret ”{text}” är samma som ett rätt svar",
    "few_categories": "”categories” ska ha minst två olika kategorier",
    "few_items": "”items” ska ha minst två rader",
    "item_category": "rad {n} har kategorin ”{category}” som inte finns i ”categories”",
    "not_list": "”{key}” ska vara en lista",
}

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

# --- Reflection -----------------------------------------------------------------------------
REFLECTION_PLACEHOLDER = "Skriv ditt svar här …"
REFLECTION_COUNT = "{words} av minst {minimum} ord"
REFLECTION_SAVE = "Spara och visa modellsvar"
REFLECTION_TOO_SHORT = "Skriv minst {minimum} ord innan du jämför med modellsvaret (du har skrivit {words})."
REFLECTION_SAVED = "Ditt svar är sparat. Jämför med modellsvaret nedan: vad tog du med som modellsvaret saknar, och tvärtom?"
REFLECTION_MODEL = "Modellsvar"
REFLECTION_UNKNOWN = "Reflektionsfrågan ”{key}” finns inte i {path}."

# --- Actor typing -----------------------------------------------------------------------------
ACTOR_TYPE = "Typ:"
ACTOR_LEVEL = "Nivå:"
ACTOR_TYPE_RIGHT = "✓ Typ: rätt. {text}"
ACTOR_TYPE_WRONG = "✗ Typ: inte {chosen}. {text}"
ACTOR_LEVEL_RIGHT = "✓ Nivå: rätt. {text}"
ACTOR_LEVEL_WRONG = "✗ Nivå: inte {chosen}. {text}"
ACTOR_SUMMARY = "{right} av {total} kort helt rätt ({answered})."
ACTOR_STARTED = ("{n} påbörjat", "{n} påbörjade")
ACTOR_ALL_RIGHT = "✓ Alla {total} kort är rätt – både typ och nivå."

# --- Power/interest grid --------------------------------------------------------------------------
GRID_POWER = "Inflytande"
GRID_INTEREST = "Intresse"
GRID_SHOW = "Visa karta och jämför"
GRID_MISSING = "Placera alla aktörer först – välj både inflytande och intresse för: {names}."
GRID_LEVELS = ("0 – inget", "1 – litet", "2", "3", "4", "5 – mycket stort")
GRID_LOWER = "lägre"
GRID_HIGHER = "högre"
GRID_DIFF = "Du gav {name} {steps} steg {direction} {what} än referensen – varför? Referensens motivering: {reason}"
GRID_CLOSE = "Din placering ligger nära referensen för alla aktörer. Jämför ändå motiveringarna i tabellen."
GRID_INTRO = "Det finns inget facit – referensen är ett resonemang. Jämför och fundera över skillnaderna:"
GRID_COLUMNS = ("Aktör", "Din placering (inflytande, intresse)", "Referens", "Din kvadrant", "Referensens motivering")
GRID_TITLE = "Inflytande och intresse: {case}"
GRID_X = "Intresse (0–5)"
GRID_Y = "Inflytande (0–5)"
GRID_LEARNER = "Din placering (fylld cirkel)"
GRID_REFERENCE = "Referensen (ofylld kvadrat)"
GRID_KEY = "Aktörerna (numret står vid din placering)"
GRID_ALT = "Punktdiagram över inflytande (lodrät axel) och intresse (vågrät axel) för {n} aktörer i fallet {case}. Dina placeringar: {placements}. Samma uppgifter finns i tabellen under diagrammet."
GRID_BAD_STATE = "En sparad placering för ”{name}” var ogiltig och har nollställts."

# --- Sustainability rating ---------------------------------------------------------------------
RATING_PROJECT = "Projekt:"
RATING_CHOOSE_PROJECT = "– välj ett projekt –"
RATING_PICK_FIRST = "Välj ett projekt i listan först."
RATING_REASON = "Motivering ({dimension}):"
RATING_REASON_PLACEHOLDER = "Varför gav du det värdet? Skriv minst {minimum} ord."
RATING_SAVE = "Spara bedömningen"
RATING_LEVELS = {-2: "−2 – tydligt negativ", -1: "−1", 0: "0 – ingen tydlig effekt", 1: "+1", 2: "+2 – tydligt positiv"}
RATING_NO_VALUE = "Välj ett värde mellan −2 och +2 för den {dimension} dimensionen."
RATING_SHORT_REASON = "Motivera den {dimension} bedömningen med minst {minimum} ord (du har skrivit {words})."
RATING_NOT_SAVED = "Bedömningen är inte sparad:"
RATING_SAVED = "Bedömningen är sparad. Jämför med kursens referensbedömning – den är ett resonemang, inte ett facit."
RATING_LINE = "{dimension}: du {learner}, referensen {reference}. {reason}"
RATING_BIG_DIFF = "Ni skiljer er med {steps} steg i den {dimension} dimensionen – vad ser du som referensen inte ser, eller tvärtom?"
RATING_TITLE = "Din bedömning och referensen: {project}"
RATING_Y = "Effekt (−2 till +2)"
RATING_LEARNER = "Din bedömning (fylld stapel)"
RATING_REFERENCE = "Referensen (randig stapel)"
RATING_ALT = "Stapeldiagram för projektet {project}. Din bedömning: {learner}. Referensen: {reference}. Skala från −2 till +2."
RATING_RESTORED = "Din sparade bedömning av det här projektet har hämtats."
RATING_BAD_STATE = "Den sparade bedömningen av ”{project}” var ogiltig och har inte använts."
RATING_INRIKTNING = "Vilken av RUS-inriktningarna stöder projektet främst?"
RATING_INRIKTNING_RIGHT = "Kursens referens väljer också ”{inriktning}”. {reason}"
RATING_INRIKTNING_OTHER = "Kursens referens väljer ”{inriktning}”. {reason} Många projekt stöder mer än en inriktning – kan du motivera ditt val?"
RATING_TRADEOFF = "Avvägning för {project}: hur skulle projektet kunna stärka den svagaste dimensionen ({weakest}) utan att förlora på den starkaste ({strongest})?"
DIMENSION_ADJ = {"ekonomisk": "ekonomiska", "social": "sociala", "miljomassig": "miljömässiga"}
DIMENSION_NAMES = {"ekonomisk": "Ekonomisk", "social": "Social", "miljomassig": "Miljömässig"}

# --- Data layer --------------------------------------------------------------------------------
DATA_UNKNOWN = "Datamängden ”{name}” finns inte. Tillgängliga: {available}."
DATA_PACKAGE_MISSING = "Beskrivningen av kursens data ({path}) saknas eller är trasig ({error}). Hämta filen på nytt från kursens förråd."
DATA_PACKAGE_INVALID = "Beskrivningen av kursens data ({path}) är felaktig: {problem}. Hämta filen på nytt från kursens förråd."
DATA_PACKAGE_PROBLEMS = {
    "no_resources": "”resources” ska vara en lista med minst en datamängd",
    "not_object": "{which} är inte ett JSON-objekt",
    "missing": "{which} saknar ”{key}”",
    "unknown_check": "{which} nämner kontrollen ”{key}”, som inte finns",
}
DATA_PACKAGE_WHICH_NAME = "datamängden ”{name}”"
DATA_PACKAGE_WHICH_N = "datamängd nummer {n}"
DATA_FILE_MISSING = "Datafilen {path} saknas. Åtgärd: hämta den på nytt från kursens förråd, till exempel med ”git checkout -- {relpath}”."
DATA_FILE_UNREADABLE = "Datafilen {path} går inte att läsa. {reason}"
DATA_ERROR = "Datafilen {path} är felaktig – {where}: {problem}. Åtgärd: {fix}"
DATA_WHERE_FILE = "filen"
DATA_WHERE_ROW = "rad {row}"
DATA_FIX_RESTORE = "rätta värdet eller hämta filen på nytt från kursens förråd (git checkout -- {relpath})"
DATA_PROBLEMS = {
    "unreadable": "filen går inte att läsa som CSV",
    "not_utf8": NOT_UTF8,
    "missing_column": "kolumnen ”{column}” saknas",
    "extra_column": "okänd kolumn ”{column}”",
    "required": "kolumnen ”{column}” är tom",
    "not_integer": "kolumnen ”{column}” innehåller ”{value}”, som inte är ett heltal",
    "not_number": "kolumnen ”{column}” innehåller ”{value}”, som inte är ett tal",
    "below": "kolumnen ”{column}” har värdet {value}, som är mindre än {limit}",
    "above": "kolumnen ”{column}” har värdet {value}, som är större än {limit}",
    "enum": "kolumnen ”{column}” har värdet ”{value}”; tillåtna värden är {allowed}",
    "pattern": "kolumnen ”{column}” har värdet ”{value}”, som inte har rätt form",
    "duplicate": "nyckeln {key} finns redan på rad {other}",
    "missing_municipality": "år {year} saknar {names}",
    "sum_mismatch": "kommunerna summerar till {total} år {year}, men länets rad säger {county}",
    "budget_mismatch": "anslagen summerar till {total} miljoner kronor år {year} ({status}), men totalen säger {expected}",
    "employment_mismatch": "branscherna summerar till {total}, men raden Totalt säger {expected}",
    "missing_municipality_row": "kommunen med kod {code} saknas",
    "extra_fields": "raden har fler fält än rubrikraden (ett kommatecken för mycket?)",
    "riket_below_county": "riket har {riket} invånare år {year}, färre än länets {county}",
    "implausible_change": ("{region} ({code}) går från {before} år {start} till {after} år {end}, en förändring på "
                           "{change} %. Mer än {limit} % per år är inte rimligt – jämför med källan"),
    "name_mismatch": "region {code} heter ”{name}” här men ”{other}” på rad {line}",
    "code_mismatch": "namnet ”{name}” har koden {code} här men {other} på rad {line}",
}
DATA_SOURCE = "Källa: {sources}. Tabell: {table}. Hämtad {date}. Licens: {licence}."
# Column headers of tables shown with data.table: every column of the course data (data/datapackage.json),
# then the columns the notebooks compute. The name to type in code shows when hovering over a header.
COLUMN_TITLES = {
    "ar": "År", "regionkod": "Regionkod", "region": "Region", "niva": "Nivå", "folkmangd": "Folkmängd",
    "kommunkod": "Kommunkod", "kommun": "Kommun", "centralort": "Centralort", "lat": "Latitud", "lon": "Longitud",
    "landareal_km2": "Landareal, km²", "kust": "Kustkommun", "anmarkning": "Anmärkning",
    "anslag": "Anslag", "benamning": "Benämning", "belopp_mnkr": "Belopp, miljoner kr", "status": "Status",
    "noggrannhet_mnkr": "Noggrannhet, miljoner kr", "kalla": "Källa",
    "uo": "Utgiftsområde", "namn": "Namn", "belopp_mdkr": "Belopp, miljarder kr",
    "noggrannhet_mdkr": "Noggrannhet, miljarder kr", "bransch": "Bransch", "antal": "Antal",
    "tathet": "Invånare per km²", "länets andel av riket, %": "Länets andel av riket, %",
    "andel_av_invanarna_%": "Andel av invånarna, %",
}
COLUMN_IN_CODE = "Namn i koden: {name}"

# --- Refreshing the population from SCB (python -m helpers.data refresh befolkning; maintainers) ---------
SCB_USAGE = "Användning: python -m helpers.data refresh befolkning [--dry-run] [--file SVAR.json]"
SCB_FAILED = "Uppdateringen misslyckades, {path} är oförändrad: {reason}"
SCB_DETAILS = "Tekniska detaljer: {detail}"
SCB_DONE = "År {years}: {added} rader tillagda, {changed} ändrade. {state}"
SCB_WRITTEN = "Filen har skrivits; den tidigare versionen finns kvar i {backup}."
SCB_DRY_RUN = "Provkörning: inget har skrivits."
SCB_NO_CHANGE = "Inget har skrivits, eftersom inget har ändrats."
SCB_PROBLEMS = {
    "http": "SCB svarade med HTTP-status {code}",
    "offline": "SCB gick inte att nå. Kontrollera nätverksanslutningen och försök igen",
    "not_json": "SCB:s svar är inte giltig JSON",
    "file_unreadable": "filen med svaret går inte att läsa. {reason}",
    "file_not_json": "filen med svaret ({path}) är " + JSON_INVALID,
    "not_dataset": "svaret är inte en datamängd i JSON-stat 2 (”class” ska vara ”dataset” och ”version” 2.x)",
    "shape": "”id”, ”size” och ”dimension” i svaret stämmer inte överens",
    "size": "”size” ska vara en lista med positiva heltal",
    "no_index": "dimensionen ”{dim}” saknar en lista över kategorier",
    "bad_category": "dimensionen ”{dim}” har kategorier i fel form",
    "category_count": "dimensionen ”{dim}” har {count} kategorier men storleken {size}",
    "incomplete": "svaret borde ha {total} värden men har {count}: det är ofullständigt",
    "no_values": "”value” saknas i svaret",
    "partial": "år {year} saknar regionerna {codes}: svaret är ofullständigt",
    "contents": "oväntat tabellinnehåll ”{code}”",
    "not_whole": "region {code} år {year} har inget heltal som värde ({value})",
    "not_year": "”{year}” är inget årtal",
    "name": "region {code} heter ”{label}” i svaret men ”{name}” i filen",
    "empty": "svaret innehåller inga data",
    "invalid": "den uppdaterade tabellen klarar inte kontrollerna: {problem}",
    "backup": "säkerhetskopian kunde inte skrivas. {reason}",
    "write": "filen kunde inte skrivas. {reason}",
    "unexpected": "ett oväntat fel inträffade",
}

# --- Charts for notebooks 07 and 08 ------------------------------------------------------------
CHART_SOURCE = "Figur: {what}. {source}"
UO_TITLE = "Utgiftsområden i statens budget {year}"
UO_X = "Miljarder kronor{scale}"
UO_LOG = " (logaritmisk skala)"
UO_ALT = "Liggande stapeldiagram över utgiftsområden {year}, i miljarder kronor{scale}: {values}."
UO_SCALE = "Skala:"
UO_SCALES = ("Linjär", "Logaritmisk")
UO_YEAR = "År:"
UO_NOTE = "Utgiftsområde 19 är markerat med ränder. Beloppen är avrundade till en decimal. Status: {status}."
POP_TITLE = "Befolkningsförändring {start}–{end} per kommun"
POP_X = "Förändring i procent"
POP_ALT = "Liggande stapeldiagram över befolkningsförändringen {start}–{end} i procent för länets 15 kommuner: {values}."
POP_GROW = "Växte (fylld stapel)"
POP_SHRINK = "Minskade (randig stapel)"
MAP_TITLE = "Västerbottens kommuner {year}: centralort och folkmängd"
MAP_ALT = "Karta i form av punktdiagram över länets 15 centralorter efter longitud och latitud. Punktens yta visar folkmängden {year}; trianglar är kustkommuner och cirklar inlandskommuner. {values}."
MAP_COAST = "Kustkommun (triangel)"
MAP_INLAND = "Inlandskommun (cirkel)"
MAP_X = "Longitud (grader öst)"
MAP_Y = "Latitud (grader nord)"
JOBS_TITLE = "Förvärvsarbetande i Västerbottens län efter bransch, november 2020"
JOBS_X = "Antal förvärvsarbetande (20–64 år)"
JOBS_ALT = "Liggande stapeldiagram över förvärvsarbetande efter bransch 2020: {values}. Vård och omsorg, utbildning och offentlig förvaltning saknas i källan och ingår i övriga branscher."

# --- Self-check of learner calculations --------------------------------------------------------
CHECK_UNKNOWN_PLACE = "Hittar inte kommunen ”{name}”. Välj en av: {names}."
CHECK_UNKNOWN_YEAR = "Året {year} finns inte i tabellen. Tillgängliga år: {years}."
CHECK_YOUR_VALUE = "Ditt värde: {value}"
CHECK_NONE = "Variabeln har fortfarande värdet None. Skriv din uträkning i cellen ovan och kör den igen."
CHECK_ABSOLUTE = "Det ser ut som förändringen i antal personer. Frågan gäller förändringen i procent: dela förändringen med värdet för startåret och multiplicera med 100."
CHECK_SIGN = "Tecknet är fel: befolkningen har {direction}. Kontrollera ordningen i subtraktionen (slutår minus startår)."
CHECK_GREW = "ökat"
CHECK_SHRANK = "minskat"
CHECK_WRONG_BASE = "Du har delat med värdet för slutåret. En förändring i procent räknas från startåret."

# --- Answer codes (svarskoder) ------------------------------------------------------------------
CODE_BUTTON = "Visa svarskod"
CODE_TIP = "Visar en kort kod med dina svar – utan namn – att klistra in där läraren har bett om det"
CODE_TITLE = "Svarskod för övning {exercise}:"
CODE_HOW = (
    "Markera koden och kopiera den (Ctrl+C, på Mac Cmd+C) till den kanal som läraren har valt. "
    "Koden innehåller bara dina svar och ett slumptal – inget namn och inget annat om dig. "
    "Ändrar du ett svar får du en ny kod."
)
CODE_EMPTY = "Svara på övningen först – sedan kan du visa en svarskod."
CODE_EMPTY_GRID = "Placera minst en aktör (välj inflytande och intresse) först – sedan kan du visa en svarskod."
CODE_EMPTY_RATING = "Välj ett projekt och spara din bedömning först – sedan kan du visa en svarskod för den."
CODE_NOT_A_CODE = "Ingen svarskod hittades (en kod ser ut som AK1-R7Q2-FK3M-9X4T)."
CODE_UNKNOWN_EXERCISE = "Okänd övning ”{exercise}” – koden är felskriven eller kommer från en annan kurs."
CODE_OTHER_FORMAT = "Koden har formatversion {version}, som den här versionen av kursen inte kan läsa."
CODE_BAD_CHARS = "Koden innehåller tecken som inte kan förekomma i en svarskod: {chars}."
CODE_TOO_SHORT = "Koden är för kort – en del av den saknas."
CODE_BAD_CHECKSUM = "Kontrollsumman stämmer inte – koden är felskriven, avkortad eller ändrad."
CODE_OTHER_VERSION = "Koden kommer från en annan version av övningen ”{title}” (kursen har ändrats sedan koden skapades)."

# --- Class view (klassvy) --------------------------------------------------------------------------
CLASS_EXERCISE = "Övning:"
CLASS_ROUND1 = "Omgång 1"
CLASS_ROUND2 = "Omgång 2 (valfri)"
CLASS_PLACEHOLDER = "Klistra in svarskoderna här, en per rad. Andra rader, dubbletter och koder från andra övningar sorteras bort."
CLASS_SHOW = "Visa klassbilden"
CLASS_NOTHING = "Klistra in minst en svarskod i rutan för omgång 1 och klicka sedan på ”Visa klassbilden”."
CLASS_SUMMARY = "{round}: {counts}."
CLASS_ACCEPTED = ("{n} godkänt svar", "{n} godkända svar")
CLASS_DUPLICATES = ("{n} dubblett borttagen", "{n} dubbletter borttagna")
CLASS_REPLACED = ("{n} äldre svar ersatt av en nyare kod från samma elev", "{n} äldre svar ersatta av nyare koder från samma elever")
CLASS_REJECTED = ("{n} rad kunde inte användas", "{n} rader kunde inte användas")
CLASS_NONE_ACCEPTED = "Ingen kod i {round} kunde användas för övningen ”{title}”."
CLASS_REJECTED_TITLE = "Rader som inte användes i {round}"
CLASS_REJECTED_COLUMNS = ("Rad", "Innehåll", "Varför")
CLASS_OTHER_EXERCISE = "Koden gäller en annan övning: {exercise} ({title})."
CLASS_NO_CODE_ON_LINE = "Ingen svarskod på raden."
CLASS_MORE_REJECTED = "… och {n} rader till."
CLASS_DIST_TITLE = "Klassens svar: {title}"
CLASS_DIST_DETAIL = "(notebook {notebook}, fråga {qid})"
CLASS_DIST_X = "Antal svar"
CLASS_DIST_ALT = "Liggande stapeldiagram över hur klassen svarade på frågan ”{title}”. {values}. Rätt alternativ: {correct}."
CLASS_DIST_COLUMNS = ("Alternativ", "Rätt?", "Omgång 1", "Omgång 2")
CLASS_RIGHT = "✓ rätt"
CLASS_WRONG = "✗"
CLASS_SHARE_RIGHT = "Andel helt rätta svar: {share1} i omgång 1"
CLASS_SHARE_RIGHT2 = " och {share2} i omgång 2 ({change})."
CLASS_NO_CHANGE = "ingen förändring"
CLASS_POINTS = "{sign}{value} procentenheter"
CLASS_ITEM_COLUMNS = ("Rad", "Rätt kategori", "Rätt i omgång 1", "Rätt i omgång 2", "Vanligaste felet")
CLASS_NONE = "–"
CLASS_TYPING_COLUMNS = ("Aktör", "Rätt typ", "Rätt nivå", "Vanligaste felvalet av typ")
CLASS_GRID_COLUMNS = ("Aktör", "Placerade", "Inflytande medel (spridning)", "Intresse medel (spridning)", "Referens")
CLASS_GRID_SPREAD = "Störst spridning – bra att diskutera: {names}."
CLASS_GRID_TITLE = "Klassens placeringar: {actor}"
CLASS_HEAT_ALT = "Värmekartor för {n} aktörer: hur många i klassen som placerade aktören på varje kombination av inflytande och intresse (0–5). Antalet står i varje ruta och referensen är inringad. Samma uppgifter finns i tabellen."
CLASS_HEAT_X = "Intresse"
CLASS_HEAT_Y = "Inflytande"
CLASS_HEAT_REFERENCE = "Ringen visar referensens placering."
CLASS_RATING_COLUMNS = ("Projekt", "Dimension", "Antal", "Medel", "Spridning (sd)", "Lägst–högst", "Referens")
CLASS_RATING_TITLE = "Klassens bedömningar jämfört med referensen"
CLASS_RATING_ALT = "Diagram per projekt över klassens medelbedömning per hållbarhetsdimension med spridning, och referensens värde som en romb. {values}."
CLASS_RATING_MEAN = "Klassens medel (stapel, linjen visar ± en standardavvikelse)"
CLASS_RATING_REFERENCE = "Referensen (romb)"
CLASS_ROUND_NAMES = ("omgång 1", "omgång 2")
CLASS_MANUAL_QUESTION = "Fråga:"
CLASS_MANUAL_HELP = "Ingen teknik i klassen? Räkna händer eller lappar och skriv in antalet för varje alternativ."
CLASS_MANUAL_SHOW = "Visa fördelningen"
CLASS_MANUAL_NEGATIVE = "Antalet kan inte vara negativt – rätta raden ”{option}”."
CLASS_MANUAL_EMPTY = "Skriv in minst ett svar innan du visar fördelningen."
CLASS_DEMO_JUNK = "Hej! Var ska jag klistra in koden?"

# --- Capstone: your own mini-RUS priority (notebook 09) -------------------------------------------
PRIO_SECTIONS = {
    1: "1. Utmaning",
    2: "2. Koppling till strategierna",
    3: "3. Mål",
    4: "4. Territorium och målgrupp",
    5: "5. Aktörer och regionens roll",
    6: "6. Hållbarhet",
    7: "7. Instrument och mandat",
    8: "8. Uppföljning",
    9: "9. Risker och målkonflikter",
}
PRIO_FIELDS = {
    "utmaning": ("Utmaning:", "Vilket problem eller vilken möjlighet i Västerbotten handlar prioriteringen om? Beskriv den med egna ord."),
    "siffra": ("Siffra:", "Minst en siffra som visar utmaningen, t.ex. från notebook 07 eller 08."),
    "siffra_kalla": ("Källa:", "Var kommer siffran ifrån? Ange organisation, tabell eller dokument och år."),
    "omrade": ("Strategiskt område:", "Vilket av den nationella strategins fyra strategiska områden hör prioriteringen främst till?"),
    "inriktning": ("Inriktning:", "Vilken av inriktningarna i Västerbottens RUS 2020–2030 stöder prioriteringen främst?"),
    "rus_koppling": ("Koppling till RUS:", "Hur bidrar prioriteringen till RUS? Skriv en eller två meningar."),
    "mal": ("Mål:", "Vad ska förändras, för vem och till när? Börja gärna med ett verb och ange ett årtal."),
    "territorium": ("Var i länet:", "Var i länet gäller prioriteringen?"),
    "malgrupp": ("Målgrupp:", "Vilka ska märka skillnad?"),
    "jamstalldhet": ("Jämställdhet:", "Berörs kvinnor och män, flickor och pojkar på olika sätt? Hur tar prioriteringen hänsyn till det?"),
    "aktorer": ("Aktörer:", "Vilka typer av aktörer behövs? Välj minst tre (håll ned Ctrl, på Mac Cmd, för att välja flera)."),
    "roll": ("Regionens roll:", "Vilken roll har Region Västerbotten? Välj en eller flera."),
    "ekonomisk": ("Ekonomisk:", "Vad betyder prioriteringen för den ekonomiska hållbarheten?"),
    "social": ("Social:", "Vad betyder prioriteringen för den sociala hållbarheten?"),
    "miljomassig": ("Miljömässig:", "Vad betyder prioriteringen för den miljömässiga hållbarheten?"),
    "instrument": ("Instrument:", "Vilket verktyg använder regionen?"),
    "lagrum": ("Lagrum:", "Vilken regel ger regionen mandat att använda verktyget?"),
    "kostnad": ("Kostnad:", "Projektets totala kostnad i kronor (behövs bara för regionala projektmedel)."),
    "belopp": ("Anslag 1:1:", "Hur mycket av kostnaden ska betalas med anslag 1:1? (behövs bara för regionala projektmedel)."),
    "risker": ("Risker:", "Vad kan gå fel? Vilka intressen kan krocka, t.ex. om mark eller vatten?"),
}
PRIO_INDICATOR_FIELDS = {
    "namn": ("Indikator:", "Vad mäts?"),
    "bas": ("Utgångsvärde:", "Värdet i dag"),
    "mal": ("Målvärde:", "Värdet ni vill nå"),
    "ar": ("År:", "Året målvärdet ska nås"),
    "kalla": ("Datakälla:", "Var hämtas värdet?"),
}
PRIO_INDICATOR = "Indikator {n}"
PRIO_INDICATOR_OPTIONAL = "Indikator {n} (valfri)"
PRIO_TERRITORIES = ("Hela länet", "Städer och större tätorter", "Landsbygd nära tätorter", "Gles landsbygd och inland",
                    "Flera av dessa")
PRIO_ROLES = ("Samlar aktörerna", "Finansierar", "Samordnar insatserna", "Följer upp och analyserar",
              "Påverkar nationellt och inom EU")
PRIO_INSTRUMENTS = {
    "projektmedel": "Regionala projektmedel (anslag 1:1)",
    "eruf": "Europeiska regionala utvecklingsfonden (ERUF)",
    "lansplan": "Länsplanen för regional transportinfrastruktur",
    "samordning": "Endast samordning – inga egna medel",
    "kommersiell_service": "Stöd till kommersiell service (förordning 2000:284)",
}
PRIO_PROVISIONS = {
    "lag-5-1": "RUS och samordning av insatserna",
    "lag-5-2": "besluta om statliga medel för regionalt tillväxtarbete",
    "lag-6": "uppgifter inom EU:s strukturfondsprogram",
    "lag-lansplan": "länsplaner för regional transportinfrastruktur",
    "lag-samverka": "samverkan med kommuner, länsstyrelsen och statliga myndigheter",
}
PRIO_SHORT_FORM = "Kort version (lektion): bara utmaning, koppling till den nationella strategin, mål och en indikator"
PRIO_RATING_FROM_06 = "Bedömning från notebook 06:"
PRIO_RATING_NONE = "– ingen –"
PRIO_RATING_HELP = "Har du bedömt ett projekt i notebook 06 kan du ta med den bedömningen som stöd. Den följer med i den nedladdade filen."
PRIO_RATING_NONE_SAVED = "Du har inte sparat någon bedömning i notebook 06 ännu. Det gör inget – skriv dina påståenden nedan."
PRIO_RATING_LINE = "Din bedömning av ”{project}” i notebook 06: {values}."
PRIO_CHECK = "Kör checklistan"
PRIO_CHECK_TITLE = "Checklista"
PRIO_CHECK_SUMMARY = "{ok} av {total} punkter uppfyllda."
PRIO_CHECK_ALL = "Alla {total} punkter är uppfyllda. Granska nu innehållet med bedömningsmatrisen."
PRIO_CHECK_SHORT_NOTE = "Kort version: checklistan gäller bara fälten för lektionen."
PRIO_WHY = "Varför det spelar roll:"
PRIO_OK = "✓ Uppfyllt"
PRIO_NOT_OK = "✗ Inte uppfyllt"
PRIO_NOT_APPLICABLE = "✓ Gäller inte här"
PRIO_RULES = {
    "falt": ("Alla fält är ifyllda",
             "En prioritering som saknar en del går inte att bedöma eller följa upp."),
    "siffra": ("Utmaningen har minst en siffra med källa",
               "Ett påstående om länet blir trovärdigt först när någon annan kan kontrollera det."),
    "strategi": ("Prioriteringen är kopplad till den nationella strategin och till RUS",
                 "Den nationella strategin styr vad anslag 1:1 får användas till, och RUS är länets gemensamma ram."),
    "strategi-kort": ("Prioriteringen är kopplad till den nationella strategin",
                      "Den nationella strategin styr vad anslag 1:1 får användas till."),
    "mal": ("Målet säger vad som ska förändras, för vem och till när",
            "Utan ett årtal och en tydlig förändring går det inte att veta om målet har nåtts."),
    "aktorer": ("Minst tre typer av aktörer, varav minst en utanför den offentliga sektorn",
                "Regionen kan inte genomföra länets utveckling ensam; näringsliv, civilsamhälle och invånare behövs också."),
    "roll": ("Regionens roll är angiven",
             "Regionen samordnar och finansierar – den bestämmer inte över kommuner eller statliga myndigheter."),
    "dimensioner": ("Alla tre hållbarhetsdimensionerna har ett påstående",
                    "Enligt förordningen (2017:583) 4 § ska dimensionerna vara en integrerad del av det regionala tillväxtarbetet."),
    "mandat": ("Instrument och rättslig grund hänger ihop",
               "Regionen får bara göra det som regelverket ger den mandat till."),
    "finansiering": ("Finansieringen följer reglerna",
                     "Högst 50 procent av ett projekts kostnader får betalas med anslag 1:1."),
    "indikatorer": ("Varje indikator har utgångsvärde, målvärde, år och datakälla",
                    "Regionen ska följa upp och varje år redovisa resultaten till regeringen – då behövs mätbara indikatorer."),
    "risker": ("Risker och målkonflikter är beskrivna",
               "Målkonflikter som syns tidigt går att hantera; de som upptäcks sent blir dyra."),
}
PRIO_MISSING_FIELDS = "Fyll i: {fields}."
PRIO_NO_DIGIT = "Skriv en siffra i fältet Siffra."
PRIO_NO_SOURCE = "Ange varifrån siffran kommer."
PRIO_NO_AREA = "Välj ett nationellt strategiskt område."
PRIO_NO_DIRECTION = "Välj en RUS-inriktning."
PRIO_GOAL_SHORT = "Skriv målet med minst {minimum} ord (du har skrivit {words})."
PRIO_GOAL_NO_YEAR = "Ange till när målet ska nås, med ett årtal mellan {first} och {last}."
PRIO_FEW_ACTORS = "Välj minst tre typer av aktörer (du har valt {n})."
PRIO_ONLY_PUBLIC = "Alla valda aktörer är offentliga. Lägg till minst en av: {options}."
PRIO_NO_ROLE = "Välj minst en roll för regionen."
PRIO_DIMENSION_SHORT = "Skriv minst {minimum} ord om den {dimension} dimensionen (du har skrivit {words})."
PRIO_NO_INSTRUMENT = "Välj ett instrument."
PRIO_NO_PROVISION = "Välj ett lagrum."
PRIO_WRONG_PROVISION = "För ”{instrument}” är den rättsliga grunden i kursens material: {provisions}."
PRIO_FINANCE_NA = "Prioriteringen använder inte anslag 1:1, så 50-procentsregeln gäller inte."
PRIO_NOT_A_NUMBER = "”{value}” i fältet {field} går inte att läsa som ett belopp. Skriv till exempel 2 000 000 eller 2 mnkr."
PRIO_MISSING_AMOUNT = "Fyll i fältet {field} – det behövs för att kontrollera 50-procentsregeln."
PRIO_NOT_POSITIVE = "Beloppet i fältet {field} måste vara större än noll."
PRIO_AMOUNT_OVER_COST = "Anslaget kan inte vara större än hela kostnaden."
PRIO_SHARE_OK = "Anslag 1:1 står för {share} av kostnaden – inom gränsen på 50 procent."
PRIO_SHARE_TOO_HIGH = "Anslag 1:1 står för {share} av kostnaden. Högst 50 procent får betalas med anslaget – resten behöver annan finansiering."
PRIO_NO_INDICATOR = "Fyll i minst en indikator."
PRIO_INDICATOR_MISSING = "Indikator {n} saknar: {fields}."
PRIO_INDICATOR_NOT_NUMBER = "Indikator {n}: ”{value}” i fältet {field} är inte ett tal."
PRIO_INDICATOR_BAD_YEAR = "Indikator {n}: året ska vara ett årtal mellan {first} och {last}."
PRIO_INDICATOR_SAME = "Indikator {n}: målvärdet är samma som utgångsvärdet – vad ska förändras?"
PRIO_RISKS_SHORT = "Beskriv risker och målkonflikter med minst {minimum} ord (du har skrivit {words})."
PRIO_RUBRIC_TITLE = "Bedömningsmatris"
PRIO_RUBRIC_WHO = "Vem bedömer?"
PRIO_RUBRIC_WHO_OPTIONS = ("Jag själv", "En kamrat")
PRIO_RUBRIC_COMMENT = "Kommentar:"
PRIO_RUBRIC_COMMENT_PLACEHOLDER = "Vad är starkast, och vad skulle göra prioriteringen bättre?"
PRIO_RUBRIC_LEVEL = "Nivå:"
PRIO_RUBRIC_COLUMNS = ("Kriterium", "1 – Påbörjad", "2 – Godtagbar", "3 – Stark")
PRIO_RUBRIC = {
    "sammanhang": ("Sammanhang", (
        "Utmaning, mål och indikator handlar om olika saker.",
        "Delarna hänger ihop, men indikatorn mäter bara en del av målet.",
        "Indikatorn mäter just den förändring som målet beskriver, och målet svarar mot utmaningen.")),
    "hallbarhet": ("Hållbarhet", (
        "Dimensionerna nämns var för sig, eller en saknas.",
        "Alla tre dimensionerna behandlas, men hur de påverkar varandra syns inte.",
        "Synergier och målkonflikter mellan dimensionerna är beskrivna och hanterade.")),
    "roller": ("Rollfördelning", (
        "Regionen gör allt själv, eller rollerna är oklara.",
        "Aktörerna är rimliga, men vem som gör vad är inte helt tydligt.",
        "Varje aktör har en tydlig och realistisk roll, och regionen håller sig inom sitt mandat.")),
    "matbarhet": ("Mätbarhet", (
        "Det går inte att avgöra om målet har nåtts.",
        "Indikatorn går att mäta, men källan eller utgångsvärdet är osäkert.",
        "Indikatorn har en säker källa, ett utgångsvärde och ett realistiskt målvärde.")),
}
PRIO_RUBRIC_NOT_SET = "inte bedömd"
PRIO_RUBRIC_SAVED = "Bedömningen är sparad: {points} av {total} poäng."
PRIO_RUBRIC_INCOMPLETE = "Välj en nivå för varje kriterium innan du sparar (saknas: {names})."
PRIO_RUBRIC_SAVE = "Spara bedömningen"
PRIO_EXPORT = "Skapa filer för nedladdning"
PRIO_EXPORT_DONE = "Filerna är klara. Klicka på en länk för att ladda ned – det fungerar även på Binder."
PRIO_EXPORT_MD = "⬇ Ladda ned som Markdown (.md)"
PRIO_EXPORT_HTML = "⬇ Ladda ned som webbsida (.html)"
PRIO_EXPORT_SAVED = "En kopia är också sparad i kursmappen: {path}."
PRIO_EXPORT_REPLACED = ("Den ersätter kopian från förra gången. Den förra kopian finns kvar som {previous} och som en "
                        ".html-fil med samma namn, tills du skapar filerna nästa gång.")
PRIO_EXPORT_SAME = "Den ersätter kopian från förra gången, som hade samma innehåll."
PRIO_EXPORT_NOT_SAVED = "Det gick inte att spara en kopia i mappen {folder}. {error} Använd länkarna ovan så länge."
PRIO_EXPORT_DRAFT = "Checklistan är inte helt uppfylld ({ok} av {total}) – filen blir ett utkast, och checklistan följer med."
PRIO_RESTORED = "Det du skrev tidigare har hämtats."
PRIO_BAD_STATE = "Ett sparat värde i fältet ”{field}” var ogiltigt och har inte använts."
PRIO_SAVED_NOTE = "Allt du skriver sparas automatiskt när du lämnar ett fält."
PRIO_DOC_TITLE = "Min mini-RUS-prioritering"
PRIO_DOC_INTRO = "Skapad {date} i kursen Det regionala utvecklingsuppdraget (notebook 09). Prioriteringen är en övning, inte ett beslut."
PRIO_DOC_EMPTY = "(inte ifyllt)"
PRIO_DOC_SOURCE = "Källa"
PRIO_DOC_INDICATOR_COLUMNS = ("Indikator", "Utgångsvärde", "Målvärde", "År", "Datakälla")
PRIO_DOC_CHECKLIST = "Checklista"
PRIO_DOC_CHECKLIST_SHORT = "Checklista för den korta versionen"
PRIO_DOC_SHORT = "Det här är den korta versionen från lektionen: utmaning, koppling till den nationella strategin, mål och en indikator."
PRIO_DOC_RUBRIC = "Bedömning enligt matrisen"
PRIO_DOC_RUBRIC_BY = "Bedömd av: {who}."
PRIO_DOC_RUBRIC_COLUMNS = ("Kriterium", "Nivå", "Beskrivning")
PRIO_DOC_LABELS = {
    "omrade": "Nationellt strategiskt område", "inriktning": "RUS-inriktning", "rus_koppling": "Koppling till RUS",
    "territorium": "Område", "malgrupp": "Målgrupp", "jamstalldhet": "Jämställdhet", "aktorer": "Aktörer",
    "roll": "Regionens roll", "instrument": "Instrument", "lagrum": "Rättslig grund", "kostnad": "Total kostnad",
    "belopp": "Anslag 1:1", "andel": "Andel anslag 1:1",
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
