"""Each entity's N-Triples lines, kept between builds (out/cache/entity-lines.json).

An entity's lines are a function of the entity alone, and adding an article changes a few of an
archive's entities: mapping all 15,000 of the BBC build again took 0.3 s of adding one article.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from kg import rdf
from kg.facts import Entity
from kg.files import replace_file
from kg.ids import digest
from kg.rdf import mapping
from kg.store import nt_line


class EntityLines:
    """`rules`: the build's rules fingerprint (the data the mapping reads); the mapping's own code
    (kg.rdf.code_digest) is added to it, so lines kept by other code are not used."""

    def __init__(self, path: Path, rules: str, defer: bool = False):
        self.path, self.defer = path, defer
        self.version = digest(rules, rdf.code_digest())
        self.kept: dict[str, list[str]] | None = None
        self.changed = False

    def load(self) -> None:
        """Read the kept lines (a build does it while its parser works)."""
        if self.kept is not None:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        self.kept = data.get("lines", {}) if data.get("version") == self.version else {}

    def lines(self, entities: Iterable[Entity]) -> set[str]:
        """Every line of `entities`; kept again when the entities changed (if `defer` is set, by save())."""
        self.load()
        kept, now, out = self.kept, {}, set()
        for entity in entities:
            key = repr(entity)
            if (lines := kept.get(key)) is None:
                lines = [nt_line(t) for t in mapping.entity_triples(entity)]
            now[key] = lines
            out.update(lines)
        self.changed = now.keys() != kept.keys()
        self.kept = now
        if self.changed and not self.defer:
            self.save()
        return out

    def save(self) -> None:
        """Keep the lines of the last lines() call, if they changed (a build does it beside drawing
        its page: 0.05 s of adding one article)."""
        if self.changed and self.kept is not None:
            replace_file(self.path, json.dumps({"version": self.version, "lines": self.kept}))
            self.changed = False
