"""Strings of the reflection, actor typing, power/interest grid and sustainability rating exercises."""

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
