"""Titles: the role a title (``دبیرکل``, ``نایب رئیس``, ``سفیر``) gives in the body it is held in.

Read by every stage that meets a title (relations, discourse, the scorer), so that what a
title means is decided in one place (``data/roles.yaml``).
"""
from __future__ import annotations

import re
from functools import cache

from payvand.extract.data import load_yaml, trie_regex
from payvand.extract.mentions.gazetteer import gazetteer, surface_key
from payvand.extract.text import Doc

# kinds of listed bodies (organizations.yaml) whose رئیس is their President
NETWORK_KINDS = {"city-network", "international", "un", "regional"}


@cache
def roles_regex() -> str:
    return trie_regex(list(gazetteer().roles))


@cache
def role_phrase() -> re.Pattern:
    return re.compile(rf"(?:{roles_regex()})(?!\w)")


def title_role(text: str, obj_entity: int, doc: Doc, predicate: str = "memberOf") -> str | None:
    """The role a title gives in ``obj_entity``: "رئیس" of a city network is its President, of a
    council its Chair, else the Head."""
    role = gazetteer().roles.get(surface_key(text))
    if predicate == "memberOf" and text in load_yaml("roles.yaml")["heads_of_mission"]:
        role = "Head"
    elif role in ("President", "Head") and text in load_yaml("roles.yaml")["head_words_as_president"]:
        obj = doc.entities[obj_entity]
        kind = org_kind(obj.key)
        if obj.label.startswith(("شورای", "شورا")):
            role = "Chair"
        elif obj.type == "Organization" and (kind in NETWORK_KINDS or kind is None and predicate == "memberOf"
                                             and network_named(obj.label)):
            role = "President"
        else:
            role = "Head"
    return role


def network_named(label: str) -> bool:
    """An unlisted body whose name makes it a forum or network of cities (``roles.yaml``); its
    words with their plural endings on (``شهرداری‌های``: one word, not two as surface_key has it)."""
    return not _network_label_words().isdisjoint(surface_key(w) for w in label.replace("\u200c", "").split())


@cache
def _network_label_words() -> frozenset[str]:
    return frozenset(surface_key(w) for w in load_yaml("roles.yaml")["network_label_words"])


@cache
def _org_kinds() -> dict[str, str]:
    return {f"org/{o['key']}": o.get("kind") for o in load_yaml("organizations.yaml")}


def org_kind(key: str) -> str | None:
    return _org_kinds().get(key)
