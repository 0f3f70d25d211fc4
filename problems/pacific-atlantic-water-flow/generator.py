#!/usr/bin/env python3
"""Writes tests/ for pacific-atlantic-water-flow (run with /usr/bin/python3). The .out is sorted."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20270102)
M, V = 200, 10**5


def validate(heights):
    assert 1 <= len(heights) <= M and 1 <= len(heights[0]) <= M and all(len(r) == len(heights[0]) for r in heights)
    assert all(0 <= x <= V for r in heights for x in r)


def rand(m, n, hi):
    return [[rng.randint(0, hi) for _ in range(n)] for _ in range(m)]


def ridge(m, n):
    """A high diagonal ridge with a valley: rain on the ridge reaches both oceans."""
    return [[V - abs(r - c) * 7 for c in range(n)] for r in range(m)]


def spiral(m, n):
    """A long winding descent, a hard case for searches that recurse deeply."""
    g = [[0] * n for _ in range(m)]
    h, r, c, dr, dc = V, 0, 0, 0, 1
    seen = set()
    for _ in range(m * n):
        g[r][c] = max(0, h)
        h -= 2
        seen.add((r, c))
        nr, nc = r + dr, c + dc
        if not (0 <= nr < m and 0 <= nc < n) or (nr, nc) in seen:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return g


cases = [
    ([[1, 2, 2, 3, 5], [3, 2, 3, 4, 4], [2, 4, 5, 3, 1], [6, 7, 1, 4, 5], [5, 1, 1, 2, 4]],),
    ([[1]],),
    ([[1, 2], [4, 3]],),
    ([[3, 3, 3], [3, 1, 3], [3, 3, 3]],),
    ([[1, 2, 3]],),
    ([[3], [2], [1]],),
    ([[10, 10, 10], [10, 1, 10], [10, 10, 10]],),
    (rand(10, 10, 5),),
    (rand(50, 70, 100),),
    (rand(M, M, V),),
    (rand(M, M, 3),),
    ([[7] * M for _ in range(M)],),
    (ridge(M, M),),
    (spiral(M, M),),
    ([[r + c for c in range(M)] for r in range(M)],),
    (rand(1, M, 10),),
]
FunctionProblem(__file__, 'pacificAtlantic', ['int[][]'], 'int[][]', canon=sorted, validate=validate).write(cases)
