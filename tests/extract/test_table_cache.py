"""Derived lookup tables are read back from disk instead of derived again in every process."""
from kg.extract.shared import table_cache


def test_a_stored_table_is_read_back_without_deriving_it(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_TABLE_CACHE", str(tmp_path))
    calls = []

    def derive():
        calls.append(1)
        return {"Red Deer": (100418, "CA")}

    first = table_cache.cached_table("towns", derive)
    again = table_cache.cached_table("towns", derive)
    assert first == again == {"Red Deer": (100418, "CA")}
    assert len(calls) == 1
    assert [p.name.split("-")[0] for p in tmp_path.iterdir()] == ["towns"]


def test_a_stale_or_damaged_table_is_derived_again(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_TABLE_CACHE", str(tmp_path))
    table_cache.cached_table("towns", lambda: {"old": 1})
    stored = next(tmp_path.iterdir())
    (tmp_path / "towns-0000000000000000.pickle").write_bytes(stored.read_bytes())   # another fingerprint's
    stored.write_bytes(b"not a pickle")
    assert table_cache.cached_table("towns", lambda: {"new": 2}) == {"new": 2}
    assert [p.name for p in tmp_path.glob("towns-*.pickle")] == [stored.name]   # the stale one dropped
    assert table_cache.cached_table("towns", lambda: {"newer": 3}) == {"new": 2}


def test_an_unwritable_folder_still_gives_the_table(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would go")
    monkeypatch.setenv("KG_TABLE_CACHE", str(blocker / "tables"))
    assert table_cache.cached_table("towns", lambda: [1, 2]) == [1, 2]
