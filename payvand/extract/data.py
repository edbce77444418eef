"""Loading of the data files shipped under ``payvand/extract/data`` (read once)."""
from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_yaml(name: str) -> Any:
    """Parse ``payvand/extract/data/<name>`` once per process."""
    path = resources.files("payvand.extract") / "data" / name
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def data_names(folder: str) -> list[str]:
    """Names of the YAML files in a data sub-folder, sorted (e.g. the pattern files)."""
    root = resources.files("payvand.extract") / "data" / folder
    return sorted(f"{folder}/{p.name}" for p in root.iterdir() if p.name.endswith(".yaml"))
