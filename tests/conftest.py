import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "payvand" / "sample" / "seed-shiraz-metropolis.txt"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not present (the shared corpus sits beside the checkout)")
    return path


@pytest.fixture(scope="session")
def corpus() -> Path:
    return _need(CORPUS)


@pytest.fixture(scope="session")
def dev_gold(corpus) -> list[dict]:
    return [json.loads(l) for l in (corpus / "dev.gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]


@pytest.fixture(scope="session")
def seed_gold(corpus) -> dict:
    return json.loads((corpus / "seed.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="session")
def seed_doc():
    from payvand.extract import extract
    from payvand.types import Article

    return extract(Article("seed-shiraz-metropolis", SEED.read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    from payvand.build import build

    out = tmp_path_factory.mktemp("out")
    summary = build([SEED], out)
    return out, summary


@pytest.fixture(scope="session")
def built_dev(corpus, tmp_path_factory):
    """The development articles and the sample, built (no viewer)."""
    from payvand.build import build

    out = tmp_path_factory.mktemp("dev-out")
    summary = build([corpus / "dev.gold.jsonl", SEED], out, viewer=False)
    assert summary.ok
    return out
