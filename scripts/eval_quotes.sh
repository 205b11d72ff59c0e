#!/usr/bin/env bash
# Build the quotes dev set (PolNeAR dev split) and print the two official quote figures:
#   all attributions: every kg:Quote against every gold attribution;
#   direct quotes:    only our kg:DirectQuote nodes (scripts/direct_only.rq) against the
#                     gold direct quotes (--direct-only filters the gold side only).
#   scripts/eval_quotes.sh [OUT_DIR]      (default: out/dev)
#   NOBUILD=1 scripts/eval_quotes.sh OUT  scores an existing build
# Needs ../shared beside the repo (eval data); skips with a message when absent.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=../shared/eval
OUT=${1:-out/dev}
GOLD=$SHARED/quotes-dev/gold.jsonl
if [ ! -d "$SHARED/quotes-dev" ]; then
    echo "skip: $SHARED/quotes-dev is absent (the eval data sits beside the repo)" >&2
    exit 0
fi
PY=${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python )}
KG=${KG:-$( [ -x .venv/bin/kg ] && echo .venv/bin/kg || echo kg )}
if [ -z "${NOBUILD:-}" ]; then
    rm -rf "$OUT"                  # builds are incremental: start clean so rule changes show
    "$KG" build "$SHARED/quotes-dev/texts" --out "$OUT"
fi
"$KG" query -f scripts/direct_only.rq --out "$OUT" > "$OUT/direct.ttl"
all=$("$PY" "$SHARED/score_quotes.py" "$OUT/graph.ttl" "$GOLD")
dir=$("$PY" "$SHARED/score_quotes.py" "$OUT/direct.ttl" "$GOLD" --direct-only)
echo "== quotes dev, all attributions (score_quotes.py graph.ttl)"
echo "$all" | sed 's/^/   /'
echo "== quotes dev, direct quotes (score_quotes.py direct.ttl --direct-only; kg:DirectQuote only)"
echo "$dir" | sed 's/^/   /'
echo "quotes dev, all attributions: $(echo "$all" | sed -n 's/^summary: //p')"
echo "quotes dev, direct quotes:    $(echo "$dir" | sed -n 's/^summary: //p')"
