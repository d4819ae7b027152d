"""Strings of the capstone (notebook 09): the form, checklist, rubric and export."""

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
# Problems in data/fakta/prioritering.json (the instruments, provisions, public actor types and rubric),
# shown inside FACT_INVALID, where FACT_WHERE_FILE or PRIO_CONFIG_WHERE says where.
PRIO_CONFIG_WHERE = "post ”{id}” i ”{key}”"
PRIO_CONFIG_PROBLEMS = {
    "list": "”{key}” ska vara en lista med minst en post",
    "missing": "saknar {keys}",
    "text": "”{key}” ska vara en text",
    "duplicate": "id:t finns redan",
    "levels": "”nivaer” ska vara tre beskrivningar, en för varje nivå",
    "unknown_provision": "”{id}” finns inte bland ”bestammelser”",
    "not_in_lagrum": "bestämmelsen finns inte i lagrum.json",
    "unknown_actor_type": "”{name}” i ”offentliga_aktorstyper” finns inte bland aktörstyperna i aktorer.json",
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
