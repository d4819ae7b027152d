"""Strings of answer codes and the teacher's class view."""

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
