"""Strings of the data layer, SCB refresh, charts of notebooks 07 and 08 and the self-check of calculations."""

from .engine import JSON_INVALID, NOT_UTF8

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
