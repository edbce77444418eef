import os
import time

from payvand.extract.data import CACHE_KEEP_DAYS, disk_cached


def test_a_disk_cache_is_built_once_and_stale_ones_go(tmp_path, monkeypatch):
    monkeypatch.setenv("PAYVAND_CACHE", str(tmp_path))
    stale, recent = tmp_path / "thing-0000.pickle", tmp_path / "thing-1111.pickle"
    for p in (stale, recent):
        p.write_bytes(b"not a pickle")
    old = time.time() - (CACHE_KEEP_DAYS + 1) * 86400
    os.utime(stale, (old, old))
    calls = []

    def build():
        calls.append(1)
        return {"built": True}

    assert disk_cached("thing", build) == {"built": True}
    assert disk_cached("thing", build) == {"built": True}
    assert len(calls) == 1  # the second read the cache
    assert not stale.exists() and recent.exists()  # another version's, read lately, stays
