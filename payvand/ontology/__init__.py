"""The Payvand OWL ontology, SHACL shapes and the mapping of facts to RDF."""
from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

NS = "https://w3id.org/payvand/ontology#"


def ontology_path(name: str = "payvand.ttl"):
    return resources.files("payvand.ontology") / name


@cache
def vocabulary() -> dict:
    """The fact vocabulary: predicates (domain, range, symmetric, nary, labels) and roles (labels)."""
    with ontology_path("vocabulary.yaml").open(encoding="utf-8") as f:
        return yaml.safe_load(f)
