"""kg build --dask: parsing and extraction on a 2-worker dask LocalCluster give the same graph."""
import pytest

pytest.importorskip("dask.distributed", reason="the Dask test needs the [test] extras (dask[distributed])")


def _sorted_quads(out) -> list[str]:
    from kg import serialize
    from kg.store import Store
    with Store(out / "store", read_only=True) as store:
        lines = serialize.serialize(store, "nq").decode("utf-8").splitlines()
    return sorted(x for x in lines if "/dc/terms/source>" not in x)    # the input's path differs


def test_a_local_cluster_build_equals_the_single_process_build(seeds_copy, seeds_out, tmp_path):
    from kg import build
    report = build([seeds_copy], out=tmp_path / "out", dask="local", jobs=2)
    assert report.parsed == 2
    assert _sorted_quads(tmp_path / "out") == _sorted_quads(seeds_out)


def test_an_unreachable_scheduler_is_one_clear_error(seeds_copy, tmp_path):
    from kg import build
    from kg.errors import KGError
    with pytest.raises(KGError, match="cannot reach the Dask scheduler"):
        build([seeds_copy], out=tmp_path / "out", dask="tcp://127.0.0.1:1")
