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


@lru_cache(maxsize=1)
def shipped() -> TradeModel | None:
    """The packaged model, or None when the file is absent."""
    try:
        return TradeModel.from_json(MODEL_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
