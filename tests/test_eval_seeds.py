"""The shared seed scorer runs on our export (figures go in the issue notes, bars in later tests)."""
import subprocess
import sys

from conftest import SHARED, needs_shared


@needs_shared("eval/score.py")
def test_seed_scorer_runs_on_our_turtle(seeds_out):
    done = subprocess.run([sys.executable, SHARED / "eval/score.py", seeds_out / "graph.ttl",
                           SHARED / "eval/gold/seeds.json"], capture_output=True, text=True, timeout=300)
    assert "summary:" in done.stdout, done.stderr
    assert "persons: nodes" in done.stdout
