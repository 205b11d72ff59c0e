"""kill -9 in the middle of a real `kg build` loses nothing: re-running completes the same graph."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEEDS

KG = str(Path(sys.executable).with_name("kg"))
ALL = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


def _inputs(folder: Path, copies: int = 24) -> Path:
    """Distinct articles made from the seeds, enough that a build takes a few seconds."""
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for n in range(copies):
        (folder / f"a{n:02d}.txt").write_text(texts[n % len(texts)] + f"\nCopy {n} of the seed.\n",
                                            encoding="utf-8")
    return folder


def _triples(out: Path) -> set[str]:
    done = subprocess.run([KG, "query", ALL, "--out", str(out), "--format", "csv"], capture_output=True,
                          text=True, check=True)
    return set(done.stdout.splitlines()[1:])


@pytest.mark.slow
def test_a_killed_build_is_completed_by_the_next_run(tmp_path):
    inputs = _inputs(tmp_path / "in")
    clean = tmp_path / "clean"
    subprocess.run([KG, "build", str(inputs), "--out", str(clean), "--jobs", "1"], check=True,
                   capture_output=True)
    expected = _triples(clean)
    out = tmp_path / "out"
    for delay in (0.5, 2.0, 3.5, 5.0):     # before, during and after parsing; the last may finish first
        proc = subprocess.Popen([KG, "build", str(inputs), "--out", str(out), "--jobs", "1"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    done = subprocess.run([KG, "build", str(inputs), "--out", str(out), "--jobs", "1"], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    assert _triples(out) == expected
