"""A deterministic layout of the knowledge graph for the viewer, computed once in Python.

Each connected component is laid out on its own by a force-directed (Fruchterman–Reingold)
simulation with a seeded start and a fixed number of steps. Repulsion is exact between close
nodes (found with a k-d tree) and comes from the centres of mass of a coarse grid's cells for
the others, so 2,000 nodes lay out in seconds, where networkx's ``spring_layout`` took 80 s. Components are then
packed in rows, largest first, so small pieces (a twinning, a lone meeting) sit in a tidy block
beside the main one instead of drifting across the canvas. The viewer's script lays out a
filtered view the same way (``relayout`` in assets/viewer.js), starting from these positions.

Positions are in whole canvas units (``EDGE_LENGTH`` is the ideal edge length; vis-network
keeps whole units too), so the same graph gives the same page byte for byte.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

EDGE_LENGTH = 90.0
NEAR = 3.0  # exact repulsion within this many edge lengths (in the same cell)
GRID = 8  # cells across, for the repulsion of farther nodes
MIN_GAP = 0.6  # no two nodes closer than this, in edge lengths
GAP = 1.5  # space between packed components, in edge lengths
PULL = 0.15  # the weak pull to the centre that keeps loose branches in (over the component's radius)
ROW_WIDTH = 1.2  # packed rows are this many times the side of a square of the components' area


def _steps(n: int) -> int:
    return 300 if n < 200 else 200 if n < 1000 else 120


def _repulsion(pos: np.ndarray) -> np.ndarray:
    """k²/d repulsion (k = 1): exact between nodes closer than ``NEAR``, and from the centre of
    mass of each other cell of a coarse ``GRID``×``GRID`` grid (a one-level Barnes–Hut), which
    keeps a large component from folding in on itself."""
    n = len(pos)
    lo = pos.min(0)
    size = max(float((pos.max(0) - lo).max()) / GRID, 1e-9)
    cell = np.minimum(((pos - lo) / size).astype(np.int64), GRID - 1)
    which = cell[:, 0] * GRID + cell[:, 1]
    mass = np.bincount(which, minlength=GRID * GRID).astype(float)
    full = mass > 0
    centre = (np.stack([np.bincount(which, pos[:, 0], GRID * GRID), np.bincount(which, pos[:, 1], GRID * GRID)], 1)[full]
              / mass[full, None])
    d = pos[:, None, :] - centre[None, :, :]
    w = mass[full][None, :] / np.maximum((d * d).sum(2), 1e-4)
    w[np.arange(n), np.cumsum(full)[which] - 1] = 0.0  # not from its own cell
    disp = (d * w[:, :, None]).sum(1)
    pairs = cKDTree(pos).query_pairs(NEAR, output_type="ndarray")
    pairs = pairs[which[pairs[:, 0]] == which[pairs[:, 1]]]
    d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
    f = d / np.maximum((d * d).sum(1), 1e-4)[:, None]
    ends = np.concatenate([pairs[:, 0], pairs[:, 1]])
    forces = np.concatenate([f, -f])
    return disp + np.stack([np.bincount(ends, forces[:, 0], n), np.bincount(ends, forces[:, 1], n)], 1)


def force_layout(nodes: list[str], edges: list[tuple[str, str]], seed: int = 1) -> np.ndarray:
    """Positions (n×2, edge length 1) of one connected component."""
    n = len(nodes)
    if n == 1:
        return np.zeros((1, 2))
    index = {v: i for i, v in enumerate(nodes)}
    e = np.array([(index[a], index[b]) for a, b in edges], dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    radius = math.sqrt(n)
    pos = (rng.random((n, 2)) - 0.5) * 2 * radius
    steps = _steps(n)
    temp = radius / 2
    cool = temp / (steps + 1)
    for _ in range(steps):
        disp = _repulsion(pos)
        d = pos[e[:, 0]] - pos[e[:, 1]]
        attract = d * np.sqrt((d * d).sum(1))[:, None]  # dist² / k, k = 1
        ends = np.concatenate([e[:, 0], e[:, 1]])
        forces = np.concatenate([-attract, attract])
        disp += np.stack([np.bincount(ends, forces[:, 0], n), np.bincount(ends, forces[:, 1], n)], 1)
        disp -= pos * (PULL / radius)
        length = np.maximum(np.sqrt((disp * disp).sum(1)), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp -= cool
    return _separate(pos) - pos.mean(0)


def _separate(pos: np.ndarray, rounds: int = 30) -> np.ndarray:
    """Push apart nodes closer than ``MIN_GAP`` (the simulation lets two nodes tied to the same
    others settle on top of each other)."""
    for _ in range(rounds):
        pairs = cKDTree(pos).query_pairs(MIN_GAP, output_type="ndarray")
        if not len(pairs):
            break
        d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
        dist = np.maximum(np.sqrt((d * d).sum(1)), 1e-6)
        push = d / dist[:, None] * ((MIN_GAP - dist) / 2)[:, None]
        ends = np.concatenate([pairs[:, 0], pairs[:, 1]])
        forces = np.concatenate([push, -push])
        pos = pos + np.stack([np.bincount(ends, forces[:, 0], len(pos)), np.bincount(ends, forces[:, 1], len(pos))], 1)
    return pos


def pack(parts: list[np.ndarray]) -> list[np.ndarray]:
    """Shift each component (largest first) into rows; the row width fits the largest one."""
    if not parts:  # an article with no fact gives an empty graph, still drawn
        return []
    boxes = [(p.min(0), p.max(0)) for p in parts]
    sizes = [hi - lo + GAP for lo, hi in boxes]
    width = max(max(s[0] for s in sizes), math.sqrt(sum(s[0] * s[1] for s in sizes)) * ROW_WIDTH)
    x = y = row = 0.0
    out = []
    for p, (lo, _), (w, h) in zip(parts, boxes, sizes):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        out.append(p - lo + (x, y))
        x += w
        row = max(row, h)
    return out


def layout(simple: nx.Graph, seed: int = 1) -> dict[str, tuple[int, int]]:
    """Node → (x, y) in canvas units of an undirected simple graph, the same for the same graph."""
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    parts = [force_layout(c, sorted(tuple(sorted(e)) for e in simple.subgraph(c).edges()), seed) for c in components]
    placed = pack(parts)
    return {v: (round(float(x) * EDGE_LENGTH), round(float(y) * EDGE_LENGTH))
            for c, p in zip(components, placed) for v, (x, y) in zip(c, p)}
