"""Write the world basemap the map page draws: ``payvand/graph/assets/world-110m.json``.

Source: Natural Earth 1:110m Admin 0 countries (version 4.1.0, public domain,
https://www.naturalearthdata.com/about/terms-of-use/), as redistributed in TopoJSON by the
npm package ``world-atlas`` 2.0.2 (ISC licence, © Michael Bostock; its file
``countries-110m.json``). Run once, offline, on the unpacked package::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/make_basemap.py package/countries-110m.json

The TopoJSON arcs are decoded into plain rings (longitude, latitude in hundredths of a
degree, flat integer lists), one entry per country, so the page needs no TopoJSON client;
rings that cross the antimeridian are cut there.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "payvand" / "graph" / "assets" / "world-110m.json"
SOURCE = ("Natural Earth 1:110m Admin 0 countries v4.1.0 (public domain), via the npm package world-atlas 2.0.2 "
          "(ISC licence, (c) Michael Bostock); rings by scripts/make_basemap.py")


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs in degrees (quantized, delta-encoded arcs undone)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indices: list[int]) -> list[int]:
    """A ring joined from its arcs (``~i`` is arc ``i`` reversed), as flat integer hundredths."""
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)  # consecutive arcs share their end point
    flat: list[int] = []
    last = None
    for lon, lat in points:
        p = (round(lon * 100), round(lat * 100))
        if p != last:
            flat.extend(p)
            last = p
    return flat


def split_at_antimeridian(flat: list[int]) -> list[list[int]]:
    """A ring that crosses the antimeridian (Fiji, Chukotka, Antarctica's edge) as the pieces on
    either side, each closed along the ±180° edge: drawn whole, its jump would be a line across
    the map."""
    points = list(zip(flat[0::2], flat[1::2]))
    jumps = [i for i in range(1, len(points)) if abs(points[i][0] - points[i - 1][0]) > 180 * 100]
    if not jumps:
        return [flat]
    points = points[jumps[0]:] + points[:jumps[0]]  # start at a jump, so each piece is one stretch
    pieces: list[list[tuple[int, int]]] = [[]]
    for a, b in zip([None, *points], points):
        if a is not None and abs(b[0] - a[0]) > 180 * 100:
            pieces.append([])
        pieces[-1].append(b)
    return [[v for point in piece for v in point] for piece in pieces if len(piece) >= 3]


def main(path: str) -> None:
    topology = json.loads(Path(path).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    countries = []
    for geom in topology["objects"]["countries"]["geometries"]:
        polygons = geom.get("arcs", [])
        if geom["type"] == "Polygon":
            polygons = [polygons]
        rings = [piece for polygon in polygons for part in polygon
                 for piece in split_at_antimeridian(ring(arcs, part)) if len(piece) >= 6]
        if rings:
            countries.append({"id": geom.get("id", ""), "name": geom.get("properties", {}).get("name", ""), "rings": rings})
    countries.sort(key=lambda c: (c["id"], c["name"]))
    OUT.write_text(json.dumps({"source": SOURCE, "scale": 100, "countries": countries},
                              ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(countries)} countries, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/make_basemap.py path/to/world-atlas/countries-110m.json")
    main(sys.argv[1])
