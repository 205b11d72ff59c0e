"""The shipped trade model: three logistic regressions over named features, read from a JSON file.

`figure` says whether a figure is a trade event's; `exporter` and `destination` score each country
that may be its side. The file (kg/extract/data/trade_model.json) is written by
scripts/train_trade_model.py; scoring is a sum of weights and a sigmoid, no library needed.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from kg.errors import KGError

MODEL_FILE = files("kg.extract") / "data" / "trade_model.json"
TASKS = ("figure", "exporter", "destination")


@dataclass(frozen=True)
class TradeModel:
    weights: dict[str, dict[str, float]]
    thresholds: dict[str, float] = field(default_factory=dict)   # figure: accept; sides: keep a country
    enabled: bool = True            # off: the file ships but extraction runs the rules alone

    def score(self, task: str, feats: list[str]) -> float:
        w = self.weights[task]
        z = sum(w.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        rounded = {t: {f: round(v, 3) for f, v in sorted(ws.items()) if abs(v) >= 5e-3}
                   for t, ws in self.weights.items()}
        return json.dumps({"enabled": self.enabled, "thresholds": self.thresholds, "weights": rounded},
                          indent=0, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> TradeModel:
        d = json.loads(text)
        return cls({t: dict(d["weights"][t]) for t in TASKS}, dict(d["thresholds"]), bool(d["enabled"]))


def active() -> TradeModel | None:
    """The shipped model if extraction should run it: the trade_model setting (KG_TRADE_MODEL, kg.toml)
    is "on", or "auto" and the file enables itself."""
    from kg.config import setting
    model, wanted = shipped(), str(setting("trade_model")).lower()
    if wanted not in ("auto", "on", "off"):
        raise KGError(f"trade_model setting {wanted!r} is not one of auto, on, off")
    return model if model is not None and (wanted == "on" or wanted == "auto" and model.enabled) else None


@lru_cache(maxsize=1)
def shipped() -> TradeModel | None:
    """The packaged model, or None when the file is absent."""
    try:
        return TradeModel.from_json(MODEL_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
