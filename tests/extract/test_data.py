import os
import time

import pytest

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


def test_a_data_file_with_a_key_given_twice_is_refused_with_its_line(monkeypatch, tmp_path):
    import yaml

    from payvand.extract import data

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "twice.yaml").write_text("- id: r\n  confidence: 0.7\n  confidence: 0.8\n", encoding="utf-8")
    monkeypatch.setattr(data.resources, "files", lambda package: tmp_path)
    data.load_yaml.cache_clear()
    try:
        with pytest.raises(yaml.YAMLError, match=r"(?s)'confidence' given twice.*line 3"):
            data.load_yaml("twice.yaml")
    finally:
        monkeypatch.undo()
        data.load_yaml.cache_clear()
    # every shipped data file loads (none gives a key twice)
    for name in ["cues.yaml", "roles.yaml", "organizations.yaml", "places.yaml", *data.data_names("patterns")]:
        data.load_yaml(name)


def test_macros_are_filled_inside_macros_and_a_cycle_is_named(monkeypatch):
    from payvand.extract import data

    macros = {"A": "x{B}y", "B": "{C}|z", "C": "c{0,2}"}
    elsewhere = {"patterns/status.yaml": {"intent": ["i", "j"]}, "cues.yaml": {"person": {"former": ["f"]}}}
    monkeypatch.setattr(data, "load_yaml", lambda name: elsewhere.get(name, macros))
    assert data.pattern_macros.__wrapped__() == {"A": "xc{0,2}|zy", "B": "c{0,2}|z", "C": "c{0,2}",
                                                 "INTENT": "(?:i|j)", "FORMER": "(?:f)"}
    macros.update(C="{A}")
    with pytest.raises(ValueError, match=r"_macros.yaml: macro A names itself \(A -> B -> C -> A\)"):
        data.pattern_macros.__wrapped__()
    # the words of intent are stated once, in status.yaml (and a former holder's in cues.yaml): the
    # macros may not state them again
    macros.update(C="c", INTENT="k")
    with pytest.raises(ValueError, match=r"_macros.yaml: INTENT is made from patterns/status.yaml intent"):
        data.pattern_macros.__wrapped__()


def test_the_ceremony_head_is_a_meeting_head():
    """A ceremony told with no event after it is read as "این مراسم": a head that a meeting told
    since takes too (cues.yaml ``coref.ceremony_head``, named there, not by its place in a list)."""
    from payvand.extract.mentions.entities import cues

    coref = cues()["coref"]
    assert coref["ceremony_head"] in coref["meeting_heads"]
