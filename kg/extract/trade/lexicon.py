"""Word lists the exports extractor reads. Each list says where it came from.

Kept apart from the rules so they can be extended without touching logic.
"""
from __future__ import annotations

# Verbs whose subject sends goods abroad and whose "to" object receives them.
# From FrameNet frames Exporting, Sending, Supply and Giving (lexical units that take goods
# as object), restricted to those used for trade or aid in news.
EXPORT_VERBS = frozenset({"export", "ship", "supply", "send", "deliver", "provide", "donate",
                          "sell", "dispatch", "airlift", "re-export", "gift", "load"})
# Ships as the subject of a loading or shipping verb: the goods leave the story's country.
VESSEL_NOUNS = frozenset({"ship", "vessel", "tanker", "freighter", "cargo", "carrier", "bulker"})
# Verbs whose subject receives goods and whose "from" object sent them (FrameNet Importing,
# Receiving, Commerce_buy).
IMPORT_VERBS = frozenset({"import", "receive", "buy", "purchase", "procure", "acquire", "source",
                          # wire copy of tenders and bookings: "Japan booked 8,000 tonnes", "took 90,944 tonnes"
                          "book", "take",
                          # tender results: "IPL has secured around 1.2m tonnes of urea in its purchase tender"
                          "secure"})
# Nouns that open a list of a flow's receivers: "Main destinations for beef were, in tonnes: ...".
LIST_LEADS = frozenset({"destination", "buyer", "importer", "customer", "market", "recipient", "taker"})
# Import verbs that are trade even when the origin is not stated: "Egypt bought 200,000 tonnes".
PURCHASE_VERBS = frozenset({"import", "buy", "purchase", "procure", "book", "take", "secure"})
# Verbs that take the receiver as object and the goods after "with": "supplied India with X".
WITH_VERBS = frozenset({"supply", "provide"})
# Nouns that name the flow itself: "China's exports to the US rose to $X".
EXPORT_NOUNS = frozenset({"export", "shipment", "delivery", "re-export", "consignment", "cargo",
                          "sale", "commitment", "order"})
# Verbs of a flow's arrival: "a consignment of X from China arrived in Nepal" (FrameNet Arriving).
ARRIVAL_VERBS = frozenset({"arrive", "land", "reach", "dock"})
IMPORT_NOUNS = frozenset({"import", "purchase", "arrival"})   # "arrivals from Argentina": only with a "from"
# Deals that are trade only with a receiving country: "wheat sales to China amount to 90,000 tonnes",
# "corn commitments to the USSR", "orders for 20,000 tonnes to Egypt".
DEAL_NOUNS = frozenset({"sale", "commitment", "order"})
# Modifiers that make a flow a region's or the world's, not the story country's: "regional exports".
REGION_MODIFIERS = frozenset({"regional", "world", "global", "worldwide", "international", "continental"})
# Heads after a compound flow noun that are no flow: "export prices", "import duties", "export credits".
NOT_FLOW_HEADS = frozenset({"price", "duty", "tax", "tariff", "credit", "guarantee", "licence", "license",
                            "quota", "restitution", "subsidy", "earnings", "revenue", "policy", "market",
                            "volume", "target", "forecast", "estimate", "ban", "restriction", "rebate",
                            "levy", "certificate", "permit", "law", "growth", "value", "potential",
                            "capacity", "demand", "figure", "statistic", "datum", "data", "guess", "projection",
                            "expectation", "prediction", "outlook", "authorisation", "authorization",
                            "registration", "auction", "need", "requirement",
                            "side", "front"})   # "On the import side, Brazil brought in ..."
# "China-bound shipments", "cargoes bound for India", "destined for": the place is the destination.
BOUND_WORDS = frozenset({"bound", "destined"})
# Participles whose object is the goods of the sent vehicle: "sent a plane carrying 30 tonnes of food".
CARRY_VERBS = frozenset({"carry", "contain", "transport", "load"})
# Adjectives that name a commodity on their own in trade copy: "Saudi crude exports".
COMMODITY_ADJECTIVES = frozenset({"crude"})
# "the value of India's exports": the figure belongs to the export noun.
MEASURE_NOUNS = frozenset({"value", "volume", "total", "level", "worth"})
# Participles that put a price on goods: "coffee valued at $2bn" keeps its figure in the clause.
VALUE_VERBS = frozenset({"value", "price", "worth"})
# Verbs whose subject earns the value of a flow: "Kenya earned $470m from tea exports"
# (FrameNet Earnings_and_losses, the lexical units used with "from").
EARNING_VERBS = frozenset({"earn", "make", "generate", "receive", "raise", "net", "rake"})

# Nouns of an undertaking whose infinitive states goods to move later: "long-term contracts to import
# 150,000 bpd", "a contract ... for the Saudis to supply Brazil", "an agreement to supply"
PLAN_NOUNS = frozenset({"contract", "agreement", "deal", "accord", "pact", "arrangement"})
# Reporting verbs whose subject's country stands behind "local companies" in the clause they govern
# (the reporting verbs of the quotes extractor, cut to the common ones).
REPORTING_VERBS = frozenset({"say", "tell", "add", "announce", "report", "state", "confirm", "note",
                             "claim", "reveal", "disclose", "show"})
# Nouns for firms and institutions that act for a country when the country is implied.
ACTOR_NOUNS = frozenset({"company", "firm", "exporter", "manufacturer", "producer", "supplier", "trader",
                         "maker", "enterprise", "business", "government", "ministry", "authority",
                         "side", "customs", "farmer", "mill", "industry", "agency", "department",
                         # buyers in commodity copy: "Japanese crushers bought", "millers booked"
                         "crusher", "importer", "buyer", "miller", "refiner", "house"})
# References back to the country the article is about ("the country"). Pronouns are left out:
# "it has sold 677,000 copies" is about a product far more often than a country.
ANAPHORS = frozenset({"country", "nation"})

# Clause words that make a statement a forecast or plan, not a stated shipment.
# Nouns of a figure someone reckons, not one that was recorded: "raised its forecast for grain exports to 40
# mln tonnes", "its estimate of Soviet grain imports".
ESTIMATE_NOUNS = frozenset({"estimate", "projection", "outlook", "forecast", "target"})
FORECAST_LEMMAS = frozenset({"expect", "forecast", "predict", "project", "plan", "aim", "target",
                             "hope", "intend", "seek", "want", "will", "would", "could", "can", "may", "might",
                             "should", "must", "agree", "promise", "pledge", "offer", "ready", "willing",
                             "bid", "try", "attempt",
                             # permits, tenders and talks: goods that may move, not goods that moved
                             # ("authorised the export of 65,000 tonnes", "the tender calls for shipment")
                             "authorise", "authorize", "allow", "permit", "approve", "license", "call", "grant",
                             "invite", "tender", "negotiate", "discuss", "consider", "propose", "request",
                             "ban", "suspend", "halt", "cancel", "reject", "estimate", "need", "require",
                             "prediction", "projection", "expectation", "outlook",
                             # limits and guesses: "limits beef imports to 177,000 tonnes", "put imports at"
                             "limit", "restrict", "cap", "guarantee", "put", "likely", "unlikely", "due",
                             "poised", "rumour", "rumor", "speculation", "schedule", "slate",
                             "wait",   # "Eleven ships were waiting to load 412,000 tonnes": not loaded yet
                             # loans to buy: goods to move later ("is to lend Sudan 57 mln dlrs to buy wheat")
                             "lend", "loan", "finance",
                             # rights to move goods later: "licences to import 135,000 tonnes", "an option for 25,000"
                             "licence", "option", "quota"})
# Verbs of change: a figure right after one is the change, not the flow ("imports rose 60,260 tonnes
# to 471,891").
CHANGE_VERBS = frozenset({"rise", "fall", "increase", "decrease", "drop", "decline", "climb", "jump", "slip",
                          "plunge", "slump", "grow", "shrink", "ease", "dip", "soar", "surge", "add"})
# Verbs whose that-clause is a guess or a rumour, not a stated fact.
GUESS_VERBS = frozenset({"estimate", "expect", "forecast", "predict", "believe", "think", "guess", "speculate",
                         "rumour", "rumor", "suggest", "hope", "fear", "circulate"})
# Figures of a balance, not of a flow: "a surplus of 2.52 billion", "a 1.85 billion dlr deficit".
BALANCE_NOUNS = frozenset({"surplus", "deficit", "balance", "gap", "shortfall", "excess", "turnover", "difference"})

# Item nouns that are not goods: trade in services and money flows (WTO GATS sectors, coarse).
NON_GOODS = frozenset({"service", "tourism", "capital", "investment", "labour", "labor", "remittance",
                       "file", "data", "document", "report", "setting", "image", "video", "format",
                       "content", "code", "software", "message", "letter", "email", "support", "help",
                       "assistance", "condolence", "sympathy", "signal", "stake",
                       # firms and titles change hands in takeovers, not in trade
                       "firm", "company", "share", "bank", "subsidiary", "division", "asset", "patent",
                       "licence", "license", "right"})
# Measures of a commodity other than its trade, which a sentence may gap after a flow: "exports were
# 32,800 tonnes and consumption 57,800" (never goods, and the figure after them is theirs)
OTHER_MEASURES = frozenset({"consumption", "production", "output", "crush", "stock", "stocks", "usage"})
# Nouns that measure or describe a flow rather than name goods ("a record $5bn", "earnings").
NOT_ITEMS = frozenset({"earnings", "income", "revenue", "figure", "movement", "weight", "basis", "equivalent",
                       # a change named after the figure: "2.2 billion dlrs, an increase of 49 pct"
                       "increase", "decrease", "rise", "fall", "drop", "gain", "decline", "jump", "rebound",
                       "surge", "slump", "plunge", "climb", "dip",
                       # lots counted, not goods: "three parcels of palm olein"
                       "parcel", "lot",
                       # money named after a figure is its currency, never goods: "82.4 billion Malagasy francs"
                       "franc", "dollar", "dlr", "rupee", "peso", "krone", "krona", "yen", "lira", "ringgit",
                       "rand", "cruzado", "baht", "dinar", "riyal", "shilling", "naira", "escudo", "peseta",
                       "guilder", "schilling", "drachma", "ecu", "level", "record", "share", "percent",
                       "%", "value", "volume", "total", "job", "demand", "growth", "rate", "price", "high",
                       "low", "amount", "sum", "worth", "deficit", "surplus", "gap", "balance", "average",
                       # flow words and trade terms that follow a figure: "imports to 4.15 billion fob"
                       "import", "export", "shipment", "sale", "purchase", "fob", "cif", "c&f", "calendar",
                       "tender",
                       # place adverbs the tagger reads as nouns: "sent $16bn home"
                       "home", "abroad", "overseas",
                       # receivers counted after "to": "vaccines to more than 120 countries"
                       "country", "nation", "market", "destination", "economy", "organization",
                       "organisation", "territory"}) | OTHER_MEASURES
# Leading words dropped from item labels ("other goods", "more ventilators").
ITEM_STOP_MODIFIERS = frozenset({"other", "such", "various", "several", "many", "much", "more", "most",
                                 "further", "additional", "total", "overall", "own", "its", "their",
                                 "new", "some", "all", "both", "these", "those", "this", "that",
                                 "record", "worth", "less", "fewer", "about", "around", "nearly",
                                 "gross", "net", "cumulative", "average",
                                 "seaborne", "waterborne", "overland",   # measures and routes, not goods
                                 "bagged", "containerised", "containerized"})   # packing, not goods
# Nouns used only in the plural for traded goods (Wiktionary "English pluralia tantum", trade subset):
# their labels keep the plural, "goods" must not become "good".
PLURALIA_TANTUM = frozenset({"goods", "supplies", "arms", "clothes", "munitions", "electronics",
                             "proceeds", "pulses", "oilseeds"})
# Seasons that name a grade, not a time, inside an item: "hard red winter wheat", "spring wheat".
GRADE_SEASONS = frozenset({"winter", "spring"})
# Time nouns that end an item phrase ("ventilators this month").
TIME_NOUNS = frozenset({"day", "week", "month", "year", "quarter", "half", "period", "time", "today",
                        "yesterday", "season", "calendar"})


# Trade blocs by name: never a country, so never goods, a list's country or a destination
BLOC_NAMES = frozenset({"eu", "ec", "eec", "european union", "european community", "european economic community",
                        "asean", "mercosur", "mercosul", "opec", "comesa", "ecowas", "nafta", "efta", "gcc",
                        "eurozone", "euro zone"})
