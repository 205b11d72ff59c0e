"""Resolution: mentions from all articles -> one Entity per real-world thing.

Runs over every article of a build (cached facts are re-resolved each time),
in time linear in the number of mentions: names are indexed by their words.

People: full names (two or more words) are one person across articles when
they agree on the surname and on the given names, an initial matching a full
given name ("A Kumar" / "Arun Kumar") when only one such
person is known. A one-word name ("Merkel", "Li") is the most recently
mentioned compatible person earlier in the same article, where a title
narrows the choice ("foreign ministry spokesperson Li" is the spokesperson
Li, not the premier); with none in the article it is a person from other
articles only when exactly one fits. Countries are one node per ISO code;
organisations and places one per normalised name.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.shared.countries import country_code, country_label
from kg.extract.shared.titles import POSSESSIVES, role_head
from kg.facts import COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE, ArticleFacts, Entity, Mention
from kg.ids import slug
from kg.surname_variants import same_surname

# Across articles a bare surname is the person who has at least this share of the full-name
# mentions among those it could be ("Blair": the prime minister, not a relative named once).
_DOMINANT = 0.9
# ... and, for a bare word with no title, a person named in full in at least this many articles
# (a well-known name, not a character or a team-sheet entry named once).
_SPREAD = 2
# ... and, across articles, the surname-only article must share entities with the articles naming
# the person in full, as rare together as one entity found in 1 article in this many.
_TIE_RARITY = 50
# An article naming at least this many people by bare surname is a team sheet (_team_sheet).
_SHEET = 12
# Titles written before a given name, not a surname ("Prince Charles", "Queen Elizabeth", "Pope John").
_REGNAL = {"king", "queen", "prince", "princess", "pope", "emperor", "empress", "sultan", "sheikh"}


@dataclass
class Resolution:
    entities: dict[str, Entity] = field(default_factory=dict)
    keys: dict[str, dict[Mention, str]] = field(default_factory=dict)     # article id -> mention -> key

    def key_of(self, article_id: str, mention: Mention | None) -> str | None:
        if mention is None or (found := self.keys.get(article_id)) is None:
            return None
        return found.get(mention)


def _all_mentions(facts: ArticleFacts) -> Iterable[Mention]:
    yield from facts.mentions
    for q in facts.quotes:
        yield from (m for m in (q.speaker, q.addressee) if m is not None)
    for e in facts.exports:
        yield from (m for m in (e.exporter, e.destination, e.buyer, e.seller) if m is not None)


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_ARTICLES = ("al-", "el-")


# Particles that open a surname written without its given name: "De Clercq" is Willy de Clercq's
# surname, "van Persie" Robin van Persie's; not a capitalised "Van", a given name too ("Van Morrison").
_SURNAME_OPENERS = {"de", "di", "da", "du", "del", "della", "le", "la", "van", "von", "der", "den", "ter"}
_GIVEN_TOO = {"Van"}


@lru_cache(maxsize=1 << 16)
def _words(name: str) -> tuple[str, ...]:
    """Comparable name words: "A. Kumar" -> ("a", "kumar"); "Joseph R Biden Jr." ends in "biden";
    "De Clercq" -> ("clercq",), the surname alone."""
    raw = re.split(r"[\s.]+", name)
    words = [s for s in map(slug, raw) if s != "x"]
    while len(words) > 2 and words[-1] in _SUFFIXES:
        words.pop()
    while len(words) > 1 and words[0] in _SURNAME_OPENERS and raw[0] not in _GIVEN_TOO:
        words, raw = words[1:], raw[1:]
    return tuple(words)


@lru_cache(maxsize=1 << 16)
def _bare_surname(word: str) -> str:
    """"al-oteiba" -> "oteiba": Arabic surnames are written with and without the article ("Khalaf
    al-Oteiba" ... "Oteiba said")."""
    for article in _ARTICLES:
        if word.startswith(article) and len(word) > len(article) + 1:
            return word[len(article):]
    return word


def _strip_possessive(text: str) -> str:
    for p in POSSESSIVES:
        if text.endswith(p) and len(text) > len(p):
            return text[: -len(p)]
    return text


@dataclass
class _Entry:
    """What resolution has gathered about one entity before it becomes an Entity."""
    names: Counter = field(default_factory=Counter)
    forms: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    affiliations: set[Mention] = field(default_factory=set)
    code: str | None = None


class _People:
    """Full names merged across articles; a union-find over their word tuples."""

    def __init__(self, full_names: list[tuple[str, ...]]) -> None:
        self.parent: dict[tuple[str, ...], tuple[str, ...]] = {}
        by_surname: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for w in full_names:
            self.parent.setdefault(w, w)
            by_surname[w[-1]].add(w)
        for group in by_surname.values():
            self._merge_group(sorted(group, key=lambda w: (-len(w), -sum(map(len, w)), w)))
        self.by_last: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self.by_first: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for w in self.parent:
            root = self.find(w)
            self.by_last[w[-1]].add(root)
            self.by_last[_bare_surname(w[-1])].add(root)
            self.by_first[w[0]].add(root)
        self.count = Counter(self.find(w) for w in full_names)    # full-name mentions per person
        self.spread: Counter = Counter()                           # articles naming them in full

    def find(self, w: tuple[str, ...]) -> tuple[str, ...]:
        while self.parent[w] != w:
            self.parent[w] = self.parent[self.parent[w]]
            w = self.parent[w]
        return w

    def _merge_group(self, names: list[tuple[str, ...]]) -> None:
        """Same surname: same given name (middle names aside), or an initial with one full match."""
        for i, w in enumerate(names):
            same = [v for v in names[:i] if v[0] == w[0]]
            initial = [v for v in names[:i] if len(w[0]) == 1 and v[0][0] == w[0] and len(v[0]) > 1]
            fits = same or (initial if len({self.find(v) for v in initial}) == 1 else [])
            if fits:
                self.parent[self.find(w)] = self.find(fits[0])


def _person_roles(mentions: Iterable[tuple[str, Mention]], people: _People) -> dict[tuple, set[str]]:
    roles: dict[tuple, set[str]] = defaultdict(set)
    for _, m in mentions:
        w = _words(m.name)
        if m.kind == PERSON and len(w) > 1 and m.role:
            roles[people.find(w)].add(role_head(m.role) or "")
    return roles


def _pick(word: str, role: str | None, candidates: list[tuple], roles: dict[tuple, set[str]]) -> list[tuple]:
    """Candidates a one-word name can be; a title narrows them when it matches some."""
    head = role_head(role)
    if head:
        fitting = [c for c in candidates if head in roles.get(c, ())]
        if fitting:
            return fitting
    return candidates


def _resolve_people(per_article: list[tuple[str, list[Mention]]], things: set[str]
                    ) -> tuple[list[dict[Mention, tuple]], _People]:
    """For each article, person mention -> cluster id: a root name tuple, or ("?", word, article id)
    if unresolved: one node per article, since bare "Miller"s of different articles are rarely one man."""
    flat = [(a, m) for a, ms in per_article for m in ms if m.kind == PERSON]
    people = _People([w for _, m in flat if len(w := _words(m.name)) > 1])
    named = {(a, people.find(w)) for a, m in flat if len(w := _words(m.name)) > 1}
    people.spread = Counter(root for _, root in named)
    roles = _person_roles(flat, people)
    context = _Context(per_article, people)
    out: list[dict[Mention, tuple]] = []
    for article_id, mentions in per_article:
        persons = [m for m in mentions if m.kind == PERSON and _words(m.name)]
        found: dict[Mention, tuple] = {}
        out.append(found)
        in_article = [people.find(_words(m.name)) for m in persons if len(_words(m.name)) > 1]
        sheet = _team_sheet(persons)
        recent: list[tuple] = []              # clusters in mention order, latest last
        for m in persons:
            w = _words(m.name)
            if len(w) > 1:
                cluster = people.find(w)
            else:
                cluster = _single(w[0], m, recent, in_article, people, roles, things)
                if len(cluster) > 1 and cluster not in in_article and (sheet or not (
                        _role_fits(m, cluster, roles) or context.ties(article_id, cluster))):
                    cluster = ("?", w[0])
                if cluster[0] == "?":       # an unresolved bare name is somebody of this article only
                    cluster = ("?", w[0], article_id)
            found[m] = cluster
            recent.append(cluster)
    return out, people


def _team_sheet(persons: list[Mention]) -> bool:
    """An article naming this many people by a bare untitled surname lists a team: its "Howard" or
    "Rock" is a player of that match, not the Michael Howard or Chris Rock of other articles."""
    bare = {m.name for m in persons if len(_words(m.name)) == 1 and not m.role and m.text.strip() == m.name}
    return len(bare) >= _SHEET


def _role_fits(m: Mention, cluster: tuple, roles: dict[tuple, set[str]]) -> bool:
    """"President Bush" and "President George W Bush": the title itself ties a surname to a full name."""
    head = role_head(m.role)
    return bool(head) and head in roles.get(cluster, ())


class _Context:
    """What each article is about (the organisations, places, countries and full-named people in it),
    to tell whether a surname-only article is about the person named in full elsewhere.

    A shared entity found in at most 1 article in 50 (or 2 articles) is a tie ("Federal Reserve" ties
    "Mr Greenspan" to Alan Greenspan); commoner ones count in proportion ("US", in a third of the
    articles, hardly counts), and several together can make one.
    """

    def __init__(self, per_article: list[tuple[str, list[Mention]]], people: _People) -> None:
        self.keys: dict[str, set] = {}
        for article_id, mentions in per_article:
            self.keys[article_id] = {people.find(w) if m.kind == PERSON else _other_key(m)
                                     for m in mentions if m.kind != PERSON or len(w := _words(m.name)) > 1}
        self.df = Counter(k for ks in self.keys.values() for k in ks)
        self.n = len(self.keys)
        self.about: dict[tuple, set] = defaultdict(set)    # person -> entities of articles naming them in full
        for ks in self.keys.values():
            for k in ks:
                if isinstance(k, tuple):
                    self.about[k] |= ks - {k}

    def ties(self, article_id: str, person: tuple) -> bool:
        shared = (self.keys[article_id] & self.about.get(person, set())) - {person}
        rare = max(2.0, self.n / _TIE_RARITY)
        return sum(min(1.0, rare / self.df[k]) for k in shared) >= 1.0


def _single(word: str, m: Mention, recent: list[tuple], in_article: list[tuple],
            people: _People, roles: dict[tuple, set[str]], things: set[str]) -> tuple:
    role = m.role

    def has(c: tuple) -> bool:
        return c[0] != "?" and (word == c[0] or word == c[-1] or word == _bare_surname(c[-1]))

    earlier = list(dict.fromkeys(c for c in reversed(recent) if has(c)))    # most recent first
    if earlier:
        return _pick(word, role, earlier, roles)[0]
    later = _pick(word, role, list(dict.fromkeys(c for c in in_article if has(c))), roles)
    if len(later) == 1:
        return later[0]
    if not later:                       # "Ms Abbott" of "Diane Abbot": this article's spelling slipped
        variants = [c for c in dict.fromkeys([*reversed(recent), *in_article])
                    if c[0] != "?" and same_surname(word, c)]
        if len(variants) == 1:
            return variants[0]
    # Across articles only a surname is matched ("Mr Kerry": John Kerry, not Kerry McFadden); a
    # given-name position only after a title, which marks a family-name-first surname ("President
    # Hu": Hu Jintao), never a bare first name ("Andre"). An untitled word the corpus mostly
    # names as a thing ("Labour", "Blackburn") is not a person's surname. A royal or papal title
    # goes with a given name ("Prince Charles" is not Ray Charles), which other articles cannot fix.
    titled = bool(role) or m.text.strip() != m.name
    if (not titled and word in things) or _regnal(m):
        return ("?", word)
    pool = people.by_last.get(word) or (people.by_first.get(word, ()) if titled else ())
    if not titled:      # an untitled word only reaches people named in full in several articles
        pool = {c for c in pool if people.spread[c] >= _SPREAD}
    known = _pick(word, role, sorted(pool), roles)
    if not known:
        return ("?", word)
    top = max(known, key=lambda c: (people.count[c], c))
    if people.count[top] >= _DOMINANT * sum(people.count[c] for c in known):
        return top
    return ("?", word)


def _regnal(m: Mention) -> bool:
    words = m.text.split()
    return len(words) > 1 and words[-2].lower() in _REGNAL


def _other_key(m: Mention) -> str:
    """Key of a country, organisation or place mention; an organisation named as a country is one."""
    return _key_of_name(m.name, m.kind, m.code)


@lru_cache(maxsize=1 << 16)     # an archive names the same few thousand things again and again
def _key_of_name(name: str, kind: str, code: str | None) -> str:
    name = _strip_possessive(re.sub(r"^(the|The)\s+", "", name.strip()))
    code = code or (country_code(name) if kind in (COUNTRY, ORGANIZATION) else None)
    if code:
        return f"country/{code}"
    return f"{(PLACE if kind == COUNTRY else kind).lower()}/{slug(name)}"


def _position(m: Mention) -> tuple:
    return m.start, m.end, m.kind, m.name


# Each prepared article's id and sorted mentions, by the id() of its facts; the facts are held with
# them, so that id names no other object while it is here. resolve() empties it.
_PREPARED: dict[int, tuple[ArticleFacts, str, list[Mention]]] = {}


def _article(facts: ArticleFacts) -> tuple[str, list[Mention]]:
    hit = _PREPARED.get(id(facts))
    if hit is not None and hit[0] is facts:
        return hit[1], hit[2]
    return facts.article.uid, sorted(set(_all_mentions(facts)), key=_position)


def resolve(all_facts: Iterable[ArticleFacts]) -> Resolution:
    per_article = [_article(facts) for facts in all_facts]
    _PREPARED.clear()
    things, thing_keys = _things(per_article)
    clusters, _ = _resolve_people(per_article, things)
    entries: dict[str, _Entry] = {}
    res = Resolution()
    person_key = _person_keys(clusters)
    for (article_id, mentions), found in zip(per_article, clusters, strict=True):
        keys = res.keys[article_id] = {}
        for m in mentions:
            if (cluster := found.get(m)) is not None:
                untitled = not m.role and m.text.strip() == m.name
                thing = thing_keys.get(cluster[1]) if cluster[0] == "?" and untitled else None
                key = thing or person_key[cluster]
            elif m.kind == GROUP:
                key = f"group/{slug(m.name)}-{article_id[:8]}"     # an unnamed group is its article's
            else:
                key = f"person/{slug(m.name)}" if m.kind == PERSON else _other_key(m)
            keys[m] = key
            if (entry := entries.get(key)) is None:    # not setdefault: an _Entry is four containers
                entry = entries[key] = _Entry()
            _gather(entry, m, key)
    res.entities = {key: _entity(key, e) for key, e in sorted(entries.items())}
    for key, e in entries.items():
        if affs := tuple(sorted({_other_key(a) for a in e.affiliations} - {key})):
            res.entities[key] = _with_affiliations(res.entities[key], affs)
    return res


def prepare(all_facts: Iterable[ArticleFacts]) -> None:
    """Work out, into their caches, each article's id and sorted mentions and their name words and
    keys, which resolve() reads again: a build does it for its cached articles while the new ones
    are parsed (adding one article to 2,200 sorted them all again after the parse, 0.06 s)."""
    _PREPARED.clear()
    for facts in all_facts:
        _PREPARED[id(facts)] = (facts, facts.article.uid, sorted(set(_all_mentions(facts)), key=_position))
        for m in _all_mentions(facts):
            words = _words(m.name)
            _form(m.text, m.name)
            if m.kind == PERSON and words:
                _bare_surname(words[-1])
            elif m.kind != GROUP:
                _other_key(m)
                slug(_strip_possessive(m.name))
            if m.affiliation is not None:
                _other_key(m.affiliation)


def _things(per_article: list[tuple[str, list[Mention]]]) -> tuple[set[str], dict[str, str]]:
    """One-word names the corpus uses for things at least as often as for people, and their keys.

    The small model tags "Yukos" or "Chelsea" PERSON in some sentences and ORG or GPE
    in others; a word mostly written as an organisation or place is one.
    """
    other: dict[str, Counter] = defaultdict(Counter)
    as_person: Counter = Counter()
    for _, mentions in per_article:
        for m in mentions:
            if m.kind == GROUP:
                continue        # "officials" is neither a thing's name nor a person's
            if m.kind != PERSON:
                other[slug(_strip_possessive(m.name))][_other_key(m)] += 1
            elif len(w := _words(m.name)) == 1:
                as_person[w[0]] += 1
    things = {w for w in as_person if sum(other[w].values()) >= as_person[w]} if other else set()
    return things, {w: other[w].most_common(1)[0][0] for w in things}


def _person_keys(clusters: list[dict[Mention, tuple]]) -> dict[tuple, str]:
    """Cluster id -> key from its fullest name ("person/jane-doe")."""
    names: dict[tuple, Counter] = defaultdict(Counter)
    for found in clusters:
        for m, c in found.items():
            names[c][m.name] += 1
    return {c: f"person/{slug(_fullest(n))}" + (f"-{c[2][:8]}" if c[0] == "?" else "") for c, n in names.items()}


def _fullest(names: Counter) -> str:
    """The name with most words; of those, given names over initials ("Andy Craig", though team
    sheets write "A Craig" more often), then the commonest."""
    return min(names, key=lambda n: (-len(_words(n)), sum(len(w) == 1 for w in _words(n)), -names[n], -len(n), n))


def _gather(e: _Entry, m: Mention, key: str) -> None:
    if key.startswith("country/"):
        e.code = key.split("/")[1]
    e.names[m.name] += 1
    text, named = _form(m.text, m.name)
    if named or (e.code and country_code(text) == e.code):
        e.forms.add(text)                          # not a pronoun or role noun ("he", "the airline")
    if m.role:
        e.roles.add(m.role)
    if m.affiliation is not None:
        e.affiliations.add(m.affiliation)


@lru_cache(maxsize=1 << 16)
def _form(text: str, name: str) -> tuple[str, bool]:
    """The written form without a possessive, and whether it shares a word with the name."""
    text = _strip_possessive(text.strip())
    return text, not set(_words(text)).isdisjoint(_words(name))


def _entity(key: str, e: _Entry) -> Entity:
    kind = {"person": PERSON, "country": COUNTRY, "place": PLACE, "group": GROUP}.get(key.split("/")[0], ORGANIZATION)
    label = country_label(e.code) if e.code else _fullest(e.names)
    alts = tuple(sorted((e.forms | set(e.names)) - {label}))
    return Entity(key=key, kind=kind, label=label, alt_labels=alts, roles=_distinct(e.roles), code=e.code)


def _distinct(roles: set[str]) -> tuple[str, ...]:
    """One spelling per role, the capitalised one: "External Affairs Minister" over its lower case."""
    best: dict[str, str] = {}
    for r in sorted(roles):
        seen = best.get(r.lower())
        if seen is None or sum(c.isupper() for c in r) > sum(c.isupper() for c in seen):
            best[r.lower()] = r
    return tuple(sorted(best.values()))


def _with_affiliations(ent: Entity, affs: tuple[str, ...]) -> Entity:
    return Entity(ent.key, ent.kind, ent.label, ent.alt_labels, ent.roles, ent.code, affs)
