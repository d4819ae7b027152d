"""Strings of the exercise engine: buttons, status words, feedback, hints, errors, the progress store and bank checks."""

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
