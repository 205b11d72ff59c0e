"""docs/notebook.ipynb runs top to bottom against the seeds, as a user would run it in Jupyter."""
import pytest
from conftest import ROOT

nbformat = pytest.importorskip("nbformat", reason="the notebook test needs the [test] extras (nbformat)")
nbclient = pytest.importorskip("nbclient", reason="the notebook test needs the [test] extras (nbclient)")


def test_notebook_runs_and_shows_quotes_and_exports():
    path = ROOT / "docs" / "notebook.ipynb"
    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = ["".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in cell.get("outputs", []))
               for cell in nb.cells if cell.cell_type == "code"]
    assert outputs[0].startswith("2 articles,")
    assert "Wang Wenbin" in outputs[1]                          # quotes by person
    assert "China" in outputs[2] and "ventilator" in outputs[2]  # exports table
    assert "China" in outputs[3]                                 # the charted sums by exporter
    assert not any("Traceback" in o or "Error" in o for o in outputs)
