"""Figures in running text: counts, measures with units, money, percentages.

`scan_figures(tokens)` reads a token sequence left to right and returns every figure with
its qualifier ("more than"), amount (Indian grouping 3,86,452, lakh/crore, number words),
unit (singular name) or currency (ISO 4217). Percentages come back with kind="percent"
so callers can skip them: they describe changes, not quantities.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from spacy.attrs import LIKE_NUM
from spacy.tokens import Span, Token

from kg.extract.shared.doc_tokens import column, per_doc, words

# Number words and scale words (English cardinal numerals; lakh/crore from Indian English).
_ONES = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {
    "hundred": 100, "thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6, "mn": 10**6,
    "mln": 10**6, "bln": 10**9, "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
    "trn": 10**12, "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "crore": 10**7, "crores": 10**7,
    "cr": 10**7, "dozen": 12, "thsd": 10**3, "thous": 10**3,   # "412 thsd t" (Interfax, APK-Inform)
}
_SUFFIXED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|tn|trn|cr)$", re.I)

# Qualifiers before a figure, normalised to the forms the contract uses (kg:quantityQualifier).
QUALIFIERS = {
    "more than": "more than", "over": "more than", "above": "more than", "in excess of": "more than",
    "upwards of": "more than", "just over": "more than", "a little over": "more than",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "a little under": "nearly", "nearly some": "nearly",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "approx": "about",
    "at least": "at least", "no less than": "at least", "not less than": "at least",
    "up to": "up to", "as many as": "up to", "as much as": "up to",
    "less than": "less than", "fewer than": "less than", "under": "less than", "below": "less than",
    "at most": "at most", "exactly": "exactly",
}
_MAX_QUALIFIER_WORDS = 3

# Units, surface form -> singular name (SI and trade units used in customs statistics).
# "ton(s)" is folded into "tonne": news use does not distinguish metric and short tons.
UNITS = {
    # "t" as grain desks write it after a scale word: "29.6 mln t", "412 thsd t." (at a sentence's end)
    "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne", "mt": "tonne", "t": "tonne", "t.": "tonne",
    "kg": "kilogram", "kgs": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram",
    "kilo": "kilogram", "kilos": "kilogram", "gram": "gram", "grams": "gram",
    "lb": "pound", "lbs": "pound", "ounce": "ounce", "ounces": "ounce", "oz": "ounce",
    "barrel": "barrel", "barrels": "barrel", "bbl": "barrel", "litre": "litre", "litres": "litre",
    "liter": "litre", "liters": "litre", "gallon": "gallon", "gallons": "gallon",
    "bushel": "bushel", "bushels": "bushel", "bale": "bale", "bales": "bale", "carat": "carat",
    "carats": "carat", "unit": "unit", "units": "unit", "dose": "dose", "doses": "dose",
    "piece": "piece", "pieces": "piece", "set": "set", "sets": "set", "pair": "pair", "pairs": "pair",
    "vial": "vial", "vials": "vial", "container": "container", "containers": "container",
    "consignment": "consignment", "consignments": "consignment", "batch": "batch",
    "batches": "batch", "shipment": "shipment", "shipments": "shipment", "cargo": "cargo",
    "cargoes": "cargo", "head": "head", "teu": "TEU", "teus": "TEU",
    "bag": "bag", "bags": "bag", "box": "box", "boxes": "box", "bottle": "bottle", "bottles": "bottle",
    "carton": "carton", "cartons": "carton", "crate": "crate", "crates": "crate", "sack": "sack",
    "sacks": "sack", "drum": "drum", "drums": "drum", "stem": "stem", "stems": "stem",
    "quintal": "quintal", "quintals": "quintal", "quintales": "quintal",   # Spanish-speaking producers
    "kilolitre": "cubic metre", "kilolitres": "cubic metre", "kiloliter": "cubic metre",   # Japan's statistics
    "kiloliters": "cubic metre", "kl": "cubic metre",
    "hectolitre": "hectolitre", "hectolitres": "hectolitre", "hectoliter": "hectolitre",   # wine, beer
    "hectoliters": "hectolitre",
    "bpd": "barrel", "b/d": "barrel",   # barrels per day; the rate is read as a period-free flow
    "bcm": "cubic metre",   # gas desks: "9.6 bcm", billion cubic metres (scaled in _scan)
    # tonnes with a scale in the symbol (scaled in _scan): "1.6 Mt" (SI megatonnes), "118.6 kt",
    # "38.9 MMT" and "412 TMT" (US farm copy: million / thousand metric tons)
    "kt": "tonne", "mmt": "tonne", "tmt": "tonne",
    "gigawatt": "gigawatt", "gigawatts": "gigawatt", "gw": "gigawatt", "megawatt": "megawatt",
    "megawatts": "megawatt", "mw": "megawatt",
}
_TWO_WORD_UNITS = {("metric", "tons"): "tonne", ("metric", "tonnes"): "tonne", ("metric", "ton"): "tonne",
                   ("cubic", "metres"): "cubic metre", ("cubic", "meters"): "cubic metre",
                   ("short", "tons"): "tonne", ("long", "tons"): "tonne", ("short", "ton"): "tonne",
                   ("long", "ton"): "tonne", ("metric", "tonne"): "tonne",
                   ("cubic", "metre"): "cubic metre", ("cubic", "feet"): "cubic foot",
                   # timber and gas copy: "1.12 mln cu m", "412,000 cu m."
                   ("cu", "m"): "cubic metre", ("cu", "m."): "cubic metre", ("cu.", "m."): "cubic metre"}
_WEIGHT_POUNDS = {"pound", "pounds"}   # a unit only when "of" follows ("5m pounds of beef")
# Count units that also follow a brand or commodity modifier: "10 LNG cargoes", "2m Covishield doses".
_CLASSIFIERS = frozenset({"dose", "vial", "cargo", "consignment", "container", "shipment", "batch",
                          "bag", "box", "bottle", "carton", "crate", "sack", "drum", "bale", "unit"})
# A rate after the unit stays with the figure: "1.7m barrels per day", "3m tonnes a year".
_RATE_WORDS = frozenset({"per", "a", "an", "each", "every"})
_RATE_PERIODS = frozenset({"day", "week", "month", "year", "annum", "quarter"})

# Currencies (ISO 4217 codes). Symbols and words as printed in English-language news.
CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR",
    "a$": "AUD", "c$": "CAD", "hk$": "HKD", "s$": "SGD", "nz$": "NZD", "r$": "BRL", "₩": "KRW", "₽": "RUB",
    "rm": "MYR", "sh": "KES", "ksh": "KES", "kshs": "KES", "₦": "NGN", "rp": "IDR",
    "tk": "BDT", "tk.": "BDT",   # taka, as the Bangladeshi press writes it: "Tk 2,650 crore", "Tk50bn"
}
# A currency symbol the tokenizer left on the number: "NZ$1.2bn", "A$30m", "RM1.43", "Sh139.9"
_GLUED = re.compile("^(" + "|".join(re.escape(k) for k in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
                    + r")(\d[\d,.]*(?:k|m|mn|bn|b|tn|trn|cr)?)$", re.I)
LOCAL_CROWN = "XCR"   # placeholder, never stored: see kg/extract/trade/context.py
LOCAL_DINAR = "XDN"   # the same for dinars (Yugoslav, Iraqi, Jordanian, Kuwaiti ...)
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pounds": "GBP", "sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "rupee": "INR", "rupees": "INR",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "won": "KRW", "ringgit": "MYR",
    "baht": "THB", "rand": "ZAR", "real": "BRL", "reais": "BRL", "peso": "MXN", "pesos": "MXN",
    "lira": "TRY", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR",
    "taka": "BDT", "naira": "NGN", "rupiah": "IDR", "dong": "VND", "hryvnia": "UAH", "zloty": "PLN",
    "shilling": "KES", "shillings": "KES", "cedi": "GHS", "cedis": "GHS", "birr": "ETB", "kwacha": "ZMW",
    "shekel": "ILS", "shekels": "ILS", "forint": "HUF", "forints": "HUF", "koruna": "CZK", "lei": "RON",
    "leu": "RON", "leva": "BGN", "tenge": "KZT", "soles": "PEN", "bolivianos": "BOB", "quetzales": "GTQ",
    "colones": "CRC", "rial": "IRR", "rials": "IRR", "kyat": "MMK", "kip": "LAK", "riel": "KHR",
    # wire-service abbreviations and the European currencies before the euro (Reuters style)
    "dlrs": "USD", "dlr": "USD", "dls": "USD", "stg": "GBP", "marks": "DEM", "guilders": "NLG", "guilder": "NLG",
    "markka": "FIM", "markkaa": "FIM",
    "francs": "FRF", "lire": "ITL", "pesetas": "ESP", "peseta": "ESP", "drachmas": "GRD",
    "escudos": "PTE", "schillings": "ATS", "bolivars": "VEB", "cruzados": "BRC", "australs": "ARA",
    "sucres": "ECS", "intis": "PEI", "ecus": "XEU", "ecu": "XEU",   # the European Currency Unit's ISO code
    # a crown of no stated country: the trade extractor reads it as the story country's (NOK, SEK, DKK ...)
    "crowns": LOCAL_CROWN, "crown": LOCAL_CROWN, "kronor": LOCAL_CROWN, "kroner": LOCAL_CROWN,
    "krona": LOCAL_CROWN, "krone": LOCAL_CROWN, "dinar": LOCAL_DINAR, "dinars": LOCAL_DINAR,
}
_CURRENCY_ADJ = {("australian", "dollar"): "AUD", ("canadian", "dollar"): "CAD", ("us", "dollar"): "USD",
                 ("hong", "kong"): "HKD", ("new", "zealand"): "NZD", ("singapore", "dollar"): "SGD",
                 ("swiss", "franc"): "CHF", ("swiss", "francs"): "CHF",
                 ("u.s.", "dollar"): "USD",
                 ("australian", "dlr"): "AUD", ("canadian", "dlr"): "CAD", ("u.s.", "dlr"): "USD",
                 ("us", "dlr"): "USD", ("hk", "dlr"): "HKD", ("nz", "dlr"): "NZD", ("singapore", "dlr"): "SGD",
                 ("taiwan", "dlr"): "TWD", ("belgian", "franc"): "BEF", ("french", "franc"): "FRF",
                 ("saudi", "riyal"): "SAR", ("norwegian", "crown"): "NOK", ("swedish", "crown"): "SEK",
                 ("danish", "crown"): "DKK", ("n.z.", "dlr"): "NZD", ("h.k.", "dlr"): "HKD",
                 ("malagasy", "franc"): "MGF", ("cfa", "franc"): "XOF", ("luxembourg", "franc"): "LUF",
                 ("jamaican", "dollar"): "JMD", ("zimbabwe", "dollar"): "ZWD", ("indian", "rupee"): "INR",
                 ("pakistani", "rupee"): "PKR", ("sri", "lankan"): "LKR", ("nepalese", "rupee"): "NPR",
                 ("kenyan", "shilling"): "KES", ("ugandan", "shilling"): "UGX", ("tanzanian", "shilling"): "TZS",
                 ("egyptian", "pound"): "EGP", ("lebanese", "pound"): "LBP", ("sudanese", "pound"): "SDG",
                 ("syrian", "pound"): "SYP", ("mexican", "peso"): "MXN", ("argentine", "peso"): "ARS",
                 ("chilean", "peso"): "CLP", ("colombian", "peso"): "COP", ("philippine", "peso"): "PHP",
                 ("brazilian", "real"): "BRL", ("omani", "rial"): "OMR", ("qatari", "riyal"): "QAR",
                 ("iranian", "rial"): "IRR", ("turkish", "lira"): "TRY", ("chinese", "yuan"): "CNY",
                 ("south", "african"): "ZAR", ("russian", "rouble"): "RUB", ("russian", "ruble"): "RUB",
                 ("indonesian", "rupiah"): "IDR", ("malaysian", "ringgit"): "MYR", ("thai", "baht"): "THB",
                 ("nigerian", "naira"): "NGN", ("ghanaian", "cedi"): "GHS", ("peruvian", "sol"): "PEN"}
_ISO_CODES = frozenset("USD EUR GBP JPY CNY INR RUB KRW AUD CAD CHF HKD SGD BRL MXN ZAR TRY AED SAR PKR "
                       "BDT LKR NPR IDR MYR THB VND PHP NGN EGP KES OMR QAR KWD BHD IQD IRR JOD "
                       "TWD NOK SEK DKK PLN UAH KZT CLP ARS COP PEN NZD DEM FRF NLG ITL ESP BEF ECU".split())
_PERCENT = {"%", "percent", "per", "pc", "pct"}
_SKIP_ENTS = {"DATE", "TIME", "ORDINAL"}


@dataclass(frozen=True, slots=True)
class Figure:
    kind: str                  # "count" | "measure" | "money" | "percent"
    amount: Decimal
    start: int                 # position in the scanned sequence (qualifier included)
    end: int                   # exclusive: first position after number, unit or currency
    unit: str | None = None
    currency: str | None = None
    qualifier: str | None = None


def word_number(words: Sequence[str]) -> Decimal | None:
    """['twenty', 'six', 'thousand'] -> 26000; None when a word is not a number word."""
    total, current, seen = 0, 0, False
    for w in words:
        w = w.lower()
        if w in _ONES:
            current += _ONES[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in ("hundred",):
            current = max(current, 1) * 100
        elif w in SCALES and w not in ("m", "b", "k"):
            total += max(current, 1) * SCALES[w]
            current = 0
        elif w in ("and", "-"):
            continue
        else:
            return None
        seen = True
    return Decimal(total + current) if seen else None


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")   # as Russian, Kazakh and continental copy write decimals


def parse_number(text: str) -> Decimal | None:
    """'3,86,452' -> 386452, '1.2' -> 1.2, '20bn' -> 2e10, 'five' -> 5."""
    t = text.strip().replace("\u00a0", "")
    m = _SUFFIXED.match(t)
    if m:
        base = parse_number(m.group(1))
        return None if base is None else base * SCALES[m.group(2).lower()]
    if re.fullmatch(r"\d{1,3}(,\d{2,3})+(\.\d+)?|\d+(\.\d+)?|\.\d+", t):
        try:
            return Decimal(t.replace(",", ""))
        except InvalidOperation:
            return None
    if _DECIMAL_COMMA.fullmatch(t):   # "5,1 million tonnes": no grouping ends in one or two digits
        return Decimal(t.replace(",", "."))
    return word_number(re.split(r"[\s-]+", t))


def _glued(tok: Token) -> tuple[str, Decimal] | None:
    """'NZ$1.2bn' -> ('NZD', 1.2e9) when the symbol is a known currency; also an ISO code the Gulf and
    Asian press write on the number: 'AED205' -> ('AED', 205)."""
    m = _GLUED.match(tok.lower_)
    if m and m.group(1) in CURRENCY_SYMBOLS and (amount := parse_number(m.group(2))) is not None:
        return CURRENCY_SYMBOLS[m.group(1)], amount
    m = _GLUED_CODE.match(tok.text)
    if m and m.group(1) in _ISO_CODES and (amount := parse_number(m.group(2))) is not None:
        return m.group(1), amount
    m = _GLUED_LETTER.match(tok.text)
    if m and (amount := parse_number(m.group(2))) is not None:
        return _LETTER_CURRENCIES[m.group(1)], amount
    return None


# One capital letter as the national press writes its own currency: "N1.6 trillion" (naira), "R38.6bn",
# "R142-billion" (rand). Money only with a scale ("N95 masks", "R2 road" are none): see _scan.
_LETTER_CURRENCIES = {"N": "NGN", "R": "ZAR"}
_GLUED_LETTER = re.compile(r"^([NR])(\d[\d,]*(?:\.\d+)?(?:bn|mn|tn|trn)?)$")


_GLUED_CODE = re.compile(r"^([A-Z]{3})(\d[\d,.]*(?:k|m|mn|bn|b|tn|trn)?)$")


_DIGITS = re.compile(r"[\d.,]*\d[\d.,]*")
_DIGIT = re.compile(r"\d")
_HYPHENED = re.compile(r"[a-z]+-[a-z]+")


def _is_num(tok: Token) -> bool:       # asked of every token of every sentence: compiled patterns
    low = tok.lower_
    return bool(_DIGITS.fullmatch(low) or _SUFFIXED.match(low) or low in _ONES or low in _TENS
                or "-" in low and _HYPHENED.fullmatch(low) and parse_number(low) is not None)


def holds_number(sent: Span) -> bool:
    """Whether a sentence has a token a figure could start at: a digit or a number word. Most
    sentences of a story have none, and every rule that states an event needs a figure."""
    doc = sent.doc
    at = per_doc(doc, "trade.numbers", lambda: [i for i, (num, word) in enumerate(zip(
        column(doc, LIKE_NUM), words(doc), strict=True)) if num or _DIGIT.search(word)])
    k = bisect_left(at, sent.start)
    return k < len(at) and at[k] < sent.end


def _is_word_num(tok: Token) -> bool:
    return tok.lower_ in _ONES or tok.lower_ in _TENS or tok.lower_ == "hundred"


def _qualifier(tokens: Sequence[Token], start: int) -> tuple[str | None, int]:
    """The qualifier ending right before `start`, and where it begins."""
    for n in range(_MAX_QUALIFIER_WORDS, 0, -1):
        if start - n < 0:
            continue
        phrase = " ".join(t.lower_ for t in tokens[start - n: start])
        added = start - n > 0 and tokens[start - n - 1].lower_ in ("add", "adds", "added", "adding")
        if phrase in QUALIFIERS and not (phrase == "up to" and added):   # "added up to" is a sum
            return QUALIFIERS[phrase], start - n
    return None, start


# Currency words some desks write before the amount, capitalised: "Yen 512.3 billion", "Baht 12 billion"
_NAME_FIRST = frozenset({"yen", "yuan", "won", "baht", "ringgit", "rupiah", "naira", "rupees", "dong", "dirhams",
                         "riyals", "euros", "reais"})


def _currency_before(tokens: Sequence[Token], i: int) -> tuple[str | None, int]:
    if i <= 0:
        return None, i
    low = tokens[i - 1].lower_
    if low in CURRENCY_SYMBOLS:
        j = i - 1
        if low == "$" and j > 0 and tokens[j - 1].text in ("US", "A", "C", "HK", "S", "NZ", "R"):
            return CURRENCY_SYMBOLS.get(tokens[j - 1].lower_ + "$", "USD"), j - 1
        return CURRENCY_SYMBOLS[low], j
    if tokens[i - 1].text in _ISO_CODES:
        return tokens[i - 1].text, i - 1
    if i >= 2 and (tokens[i - 2].lower_, low) in _CURRENCY_ADJ:
        return _CURRENCY_ADJ[(tokens[i - 2].lower_, low)], i - 2
    if low in _NAME_FIRST and tokens[i - 1].is_title:
        return CURRENCY_WORDS[low], i - 1   # "worth Yen 512.3 billion", as commodity services write it
    return None, i


def _read_amount(tokens: Sequence[Token], i: int) -> tuple[Decimal | None, int]:
    """Number at i with any scale words after it: '1.2 million', 'five lakh', '26 thousand'."""
    j = i + 1
    if tokens[i].is_alpha:   # "one hundred and twenty", "twenty - six"
        while j < len(tokens) and (_is_word_num(tokens[j]) or (
                tokens[j].lower_ in ("and", "-") and j + 1 < len(tokens) and _is_word_num(tokens[j + 1]))):
            j += 1
    words = [t.text for t in tokens[i:j]]
    amount = parse_number(" ".join(words)) if len(words) > 1 else parse_number(words[0])
    if amount is None:
        return None, i
    return _scaled(tokens, j, amount)


def _scaled(tokens: Sequence[Token], j: int, amount: Decimal) -> tuple[Decimal, int]:
    """Apply the scale words from j on: '1.2' + 'million' -> 1.2e6, also hyphenated ('$11.6-billion')."""
    if j + 1 < len(tokens) and tokens[j].text == "-" and not tokens[j - 1].whitespace_ and not tokens[j].whitespace_ \
            and tokens[j + 1].lower_ in SCALES and tokens[j + 1].lower_ != "b":
        j += 1
    while j < len(tokens) and tokens[j].lower_ in SCALES and tokens[j].lower_ != "b":
        amount *= SCALES[tokens[j].lower_]
        j += 1
    return amount, j


def unit_at(tokens: Sequence[Token], j: int) -> str | None:
    """The unit written at `j`, in one word or two ("tonnes", "metric tons", "cubic metres")."""
    if j >= len(tokens) or tokens[j].like_num:
        return None
    nxt = tokens[j + 1].lower_ if j + 1 < len(tokens) else ""
    return _TWO_WORD_UNITS.get((tokens[j].lower_, nxt)) or UNITS.get(tokens[j].lower_)


def _unit_or_currency_after(tokens: Sequence[Token], j: int) -> tuple[str | None, str | None, int]:
    if j >= len(tokens):
        return None, None, j
    low = tokens[j].lower_
    nxt = tokens[j + 1].lower_ if j + 1 < len(tokens) else ""
    if (size := _sized(tokens, j)) is not None:   # "2.3 million 60-kg bags": the size is not the figure
        return UNITS[tokens[size].lower_], None, size + 1
    if (low, nxt) in _TWO_WORD_UNITS:
        return _TWO_WORD_UNITS[(low, nxt)], None, j + 2
    if (low, nxt.removesuffix("s")) in _CURRENCY_ADJ:   # "4.17 Australian dollars", "5bn Hong Kong dollars"
        end = j + 2
        if end < len(tokens) and tokens[end].lower_ in CURRENCY_WORDS:   # "Hong Kong dollars", "Sri Lankan rupees"
            end += 1
        return None, _CURRENCY_ADJ[(low, nxt.removesuffix("s"))], end
    if low in _WEIGHT_POUNDS and nxt == "of":
        return "pound", None, j + 1
    if tokens[j].text in ("T", "t") and tokens[j].i > 0 and (
            (prev := tokens[j].doc[tokens[j].i - 1]).like_num or _SUFFIXED.match(prev.text)):
        return "tonne", None, j + 1   # wire tables and headlines: "(388,100 T)", "buys 200,000 T"; "21.7mn t"
    if low == "b" and nxt == "/" and j + 2 < len(tokens) and tokens[j + 2].lower_ == "d":
        return "barrel", None, j + 3   # "1.2mn b/d", split by the tokenizer
    if low in UNITS and not (low == "head" and nxt != "of" and (  # "148,000 head of cattle", "148,000 head over"
            tokens[j].pos_ != "NOUN" or nxt in ("to", "for", "into", "toward", "towards"))):   # not "head to"
        return UNITS[low], None, j + 1
    if low in CURRENCY_WORDS:
        return None, CURRENCY_WORDS[low], j + 1
    if tokens[j].text in _ISO_CODES:
        return None, tokens[j].text, j + 1
    return None, None, j


_SIZE_UNITS = frozenset({"kg", "kilo", "kilos", "kilogram", "kilograms", "lb", "lbs", "pound", "litre", "liter"})


def _sized(tokens: Sequence[Token], j: int) -> int | None:
    """Position of the unit after a size ("60-kg bags", "60 kilo bags", "170-kg bales"), or None."""
    k = j
    if k < len(tokens) and tokens[k].like_num:
        k += 1
        if k < len(tokens) and tokens[k].text == "-":
            k += 1
        if k + 1 < len(tokens) and tokens[k].lower_ in _SIZE_UNITS and tokens[k + 1].lower_ in UNITS \
                and UNITS[tokens[k + 1].lower_] in ("bag", "bale", "sack", "drum", "barrel", "carton", "box", "crate"):
            return k + 1
    return None


def _classifier(tokens: Sequence[Token], j: int) -> str | None:
    """Unit of '10 LNG cargoes': a count unit one or two modifier words after the number."""
    for k in (j + 1, j + 2):
        if k >= len(tokens) or tokens[k].lower_ not in UNITS or UNITS[tokens[k].lower_] not in _CLASSIFIERS:
            continue
        inside = {t.i for t in tokens[j:k + 1]}
        if all(t.is_alpha and t.dep_ in ("compound", "amod", "nmod") and t.head.i in inside
               for t in tokens[j:k]):
            return UNITS[tokens[k].lower_]
    return None


def _rate_end(tokens: Sequence[Token], end: int) -> int:
    """Past a rate after the unit: 'per day', 'a year'."""
    if end + 1 < len(tokens) and tokens[end].lower_ in _RATE_WORDS and tokens[end + 1].lower_ in _RATE_PERIODS:
        return end + 2
    return end


_MONTHS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:]))


def _before(tok: Token, n: int = 1) -> str:
    """The lower-case word n places before `tok` in its document ("" at the start): a scanned slice
    may begin at the number, so its own neighbours are not enough."""
    return tok.doc[tok.i - n].lower_ if tok.i >= n else ""


def grade_number(tokens: Sequence[Token], i: int) -> bool:
    """The number of a grade, a lot or a sale, neither a figure nor part of the goods' name: "number two
    yellow corn", "U.S. No. 2 wheat", "lease sale number 97"."""
    tok = tokens[i]
    return _before(tok) in ("number", "no.", "grade") or _before(tok) == "." and _before(tok, 2) == "no"


def _skippable(tokens: Sequence[Token], i: int) -> bool:
    tok = tokens[i]
    if re.fullmatch(r"\d{1,2}", tok.text) and (
            _before(tok).rstrip(".") in _MONTHS
            or _before(tok) in ("to", "-", "through") and re.fullmatch(r"\d{1,2}", _before(tok, 2))
            and _before(tok, 3).rstrip(".") in _MONTHS):
        return True   # "February 13", "July 1/February", "February 1 to 25": a day the tagger did not call a DATE
    if re.fullmatch(r"\d{2}", tok.text) and _before(tok) in ("-", "/") \
            and re.fullmatch(r"(1[89]|20)\d\d", _before(tok, 2)):
        return True   # "the current 2018-19 marketing year": a season's second year
    if _before(tok) == "per":
        return True   # "a rebate of 44.819 Ecus per 100 kilos": the measure a rate is per, not goods
    if i + 2 < len(tokens) and tokens[i + 1].text == "-" and not tok.whitespace_ and not tokens[i + 1].whitespace_ \
            and tokens[i + 2].is_alpha and tokens[i + 2].lower_ not in SCALES and unit_at(tokens, i + 2) is None \
            and not _is_word_num(tokens[i + 2]):
        return True   # "the 10-member Association", "a two-day strike": a compound adjective, no figure
        # ("a 30,000-tonne cargo", "3.9-million tonnes" stay)
    # the tagger sometimes calls "$14bn" an ORDINAL: a scale suffix or a currency sign is never a date
    money_like = _SUFFIXED.match(tok.lower_) or i > 0 and tokens[i - 1].lower_ in CURRENCY_SYMBOLS
    if tok.ent_type_ in _SKIP_ENTS and not money_like:
        return True
    if grade_number(tokens, i):
        return True
    # a bare year: "in 2004", "2003-04"
    return bool(re.fullmatch(r"(1[89]|20)\d\d", tok.text)) and tok.ent_type_ != "MONEY"


def _pronoun_one(tokens: Sequence[Token], i: int) -> bool:
    """'one of the largest', 'the one that', 'one bought from Cargill' are not counts."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return tokens[i].lower_ == "one" and (nxt is None or nxt.lower_ == "of" or tokens[i].pos_ == "PRON"
                                         or nxt.pos_ in ("VERB", "AUX"))


def _shared_units(tokens: Sequence[Token], figs: list[Figure]) -> list[Figure]:
    """A bare number joined to a measured one shares its unit: "27,510 and 57,450 tonnes"; a range
    "20 to 21 mln tonnes" is one figure, its lower bound, with the scale and unit of the upper (not
    "700,000 to 1.1 million tonnes": a number in the thousands already has its scale); "from
    73,164 to 35,910 tonnes" is a change: two figures, the earlier one then the new one."""
    out: list[Figure] = []
    n = 0
    while n < len(figs):
        f = figs[n]
        nxt = figs[n + 1] if n + 1 < len(figs) else None
        link = [t.lower_ for t in tokens[f.end:nxt.start]] if nxt else []
        before = tokens[f.start - 1].lower_ if f.start > 0 else ""
        between = link == ["and"] and before == "between"   # "between 240,000 and 350,000 tonnes"
        if nxt and f.kind == "count" and nxt.kind in ("measure", "money") and link == ["from"]:
            out.append(Figure(nxt.kind, f.amount, f.start, f.end, unit=nxt.unit, currency=nxt.currency,
                              qualifier=f.qualifier))   # "fell to 3.75 mln from 3.89 mln tonnes"
            n += 1
            continue
        if nxt and f.kind == "count" and nxt.kind in ("measure", "money") and link in (["and"], ["or"], ["to"], ["-"]):
            scale = _scale_of(tokens, nxt) if _scale_of(tokens, f) == 1 and f.amount < 1000 else Decimal(1)
            amount = f.amount * scale
            changed = before == "from" and link == ["to"]
            if link in (["to"], ["-"]) and not changed or between:   # a range: its lower bound
                out.append(Figure(nxt.kind, amount, f.start, nxt.end, unit=nxt.unit, currency=nxt.currency,
                                  qualifier="at least"))
                n += 2
                continue
            out.append(Figure(nxt.kind, amount, f.start, f.end, unit=nxt.unit, currency=nxt.currency,
                              qualifier=f.qualifier))
            n += 1
            continue
        if nxt and f.kind == nxt.kind == "count" and (link in (["to"], ["-"]) or between) and before != "from" \
                and _scale_of(tokens, f) == 1 and f.amount < 1000 and _scale_of(tokens, nxt) > 1:
            # "0.1-0.2 mln by truck": a range of the unit stated before, its lower bound
            out.append(Figure("count", f.amount * _scale_of(tokens, nxt), f.start, nxt.end, qualifier="at least"))
            n += 2
            continue
        out.append(f)
        n += 1
    return out


def _scale_of(tokens: Sequence[Token], f: Figure) -> Decimal:
    """The scale words of a figure: "21 mln tonnes" -> 10**6."""
    scale = Decimal(1)
    for t in tokens[f.start:f.end]:
        if t.lower_ in SCALES and t.lower_ not in ("b", "k", "m") and not _is_num(t):
            scale *= SCALES[t.lower_]
    return scale


def scan_figures(tokens: Sequence[Token]) -> list[Figure]:
    """Every figure in `tokens`, left to right; positions index into `tokens`."""
    return _shared_units(tokens, _scan(tokens))


# A unit symbol that carries its own scale, by its exact spelling: "Mt" is megatonnes, but "mt" and
# "MT" are metric tons unless a small decimal stands before them (see _scan).
_SCALED_SYMBOLS = {"Mt": 10**6, "MMT": 10**6, "mmt": 10**6, "MMt": 10**6, "kt": 10**3, "Kt": 10**3,
                   "KT": 10**3, "TMT": 10**3, "tmt": 10**3, "bcm": 10**9, "BCM": 10**9}
# The symbol written on the number: "1.02Mt", "118.6kt", "38.9MMT", "6.41mt"
_GLUED_SYMBOL = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(" + "|".join(sorted(_SCALED_SYMBOLS, key=len, reverse=True))
                           + r"|mt|MT)$")
# A figure grouped by spaces as SI style and South African copy write it: "480 000 t", "1 250 000 tonnes"
_GROUP_HEAD = re.compile(r"^\d{1,3}$")
_GROUP = re.compile(r"^\d{3}$")


def _symbol_scale(symbol: str, number: str, amount: Decimal) -> Decimal:
    """The amount a tonnage symbol means: "1.6 Mt" is 1.6 million tonnes; "6.41 mt" in Indian steel and
    coal copy is million tonnes too (a decimal under 1,000), while "50,000 mt" and "64,050 MT" are metric tons."""
    if symbol in _SCALED_SYMBOLS:
        return amount * _SCALED_SYMBOLS[symbol]
    if symbol in ("mt", "MT") and "." in number and amount < 1000:
        return amount * 10 ** 6
    return amount


def _spaced_group(tokens: Sequence[Token], i: int) -> tuple[Decimal, int] | None:
    """ "480 000 t": the groups of a figure written with spaces, read only before a unit, so that two
    figures side by side in a table row stay two."""
    if not _GROUP_HEAD.match(tokens[i].text) or tokens[i].whitespace_ != " ":
        return None
    j = i + 1
    while j < len(tokens) and _GROUP.match(tokens[j].text) and tokens[j - 1].whitespace_ == " ":
        j += 1
    if j == i + 1 or unit_at(tokens, j) is None or (i > 0 and tokens[i - 1].like_num):
        return None
    return parse_number("".join(t.text for t in tokens[i:j])), j


_BARREL_RATE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(kb|mb)$", re.I)
_BARREL_SCALES = {"kb": Decimal(1000), "mb": Decimal(1_000_000)}


def _thousand_barrels(tokens: Sequence[Token], i: int) -> tuple[Decimal, int] | None:
    """Barrels a day in thousands or millions, as oil desks write them: "260kb/d", "1.2 mb/d"."""
    m = _BARREL_RATE.match(tokens[i].lower_)
    if m:
        number, scale, j = m.group(1), m.group(2), i + 1
    elif tokens[i].like_num and i + 1 < len(tokens) and tokens[i + 1].lower_ in _BARREL_SCALES:
        number, scale, j = tokens[i].text, tokens[i + 1].lower_, i + 2
    else:
        return None
    if j + 1 >= len(tokens) or tokens[j].text != "/" or tokens[j + 1].lower_ != "d" \
            or (amount := parse_number(number)) is None:
        return None
    return amount * _BARREL_SCALES[scale], j + 2


def _scan(tokens: Sequence[Token]) -> list[Figure]:
    out: list[Figure] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.lower_
        if not (tok.like_num or _DIGIT.search(low) or "-" in low or low in _ONES or low in _TENS):
            i += 1   # no figure starts at a word with no digit and no number in it (most words): the
            continue   # checks below, asked of every word, cost the exporter a sixth of its time
        if (rate := _thousand_barrels(tokens, i)) is not None:   # "260kb/d", "1.2 mb/d"
            amount, end = rate
            qualifier, start = _qualifier(tokens, i)
            out.append(Figure("measure", amount, start, end, unit="barrel", qualifier=qualifier))
            i = end
            continue
        if (glued := _glued(tok)) and (amount_j := _scaled(tokens, i + 1, glued[1])) and not (
                amount_j[1] == i + 1 and (m := _GLUED_LETTER.match(tok.text)) and not _SUFFIXED.match(m.group(2))):
            amount, j = amount_j
            qualifier, start = _qualifier(tokens, i)
            out.append(Figure("money", amount, start, j, currency=glued[0], qualifier=qualifier))
            i = j
            continue
        if (m := _GLUED_SYMBOL.match(tok.text)) and (amount := parse_number(m.group(1))) is not None:
            qualifier, start = _qualifier(tokens, i)   # "1.02Mt", "118.6kt"
            amount = _symbol_scale(m.group(2), m.group(1), amount)
            out.append(Figure("measure", amount, start, i + 1, unit="tonne" if m.group(2).lower() != "bcm"
                              else "cubic metre", qualifier=qualifier))
            i = _rate_end(tokens, i + 1)
            continue
        if not _is_num(tok) or _skippable(tokens, i) or _pronoun_one(tokens, i):
            i += 1
            continue
        amount, j = _spaced_group(tokens, i) or _read_amount(tokens, i)
        if amount is None:
            i += 1
            continue
        currency, start = _currency_before(tokens, i)
        qualifier, start = _qualifier(tokens, start)
        if j < len(tokens) and tokens[j].lower_ in _PERCENT:
            end = j + (2 if tokens[j].lower_ == "per" else 1)
            out.append(Figure("percent", amount, start, min(end, len(tokens)), qualifier=qualifier))
            i = end
            continue
        unit, word_currency, end = _unit_or_currency_after(tokens, j)
        if unit is None and currency is None and word_currency is None:
            unit = _classifier(tokens, j)   # the modifier words stay after the figure: they are the item
        elif unit is not None:
            end = _rate_end(tokens, end)
        currency = currency or word_currency
        if unit in ("tonne", "cubic metre") and j == i + 1 and j < len(tokens):
            amount = _symbol_scale(tokens[j].text, tok.text, amount)   # "1.6 Mt", "6.41 mt", "9.6 bcm"
        kind = "money" if currency else "measure" if unit else "count"
        out.append(Figure(kind, amount, start, end, unit=unit, currency=currency, qualifier=qualifier))
        i = end
    return out
