#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(808)
C = 2**16


def validate(image, sr, sc, color):
    m, n = len(image), len(image[0])
    assert 1 <= m <= 50 and 1 <= n <= 50 and all(len(r) == n for r in image)
    assert all(0 <= x < C for r in image for x in r) and 0 <= color < C
    assert 0 <= sr < m and 0 <= sc < n


def grid(m, n, colors):
    return [[rng.choice(colors) for _ in range(n)] for _ in range(m)]


def spiral(m, n):
    g = [[0] * n for _ in range(m)]
    # walls of 1 drawn as a spiral so the 0-region is one long corridor
    top, left, bottom, right = 0, 0, m - 1, n - 1
    layer = 0
    while top <= bottom and left <= right:
        if layer % 2 == 1:
            for c in range(left, right + 1):
                g[top][c] = 1
                g[bottom][c] = 1
            for r in range(top, bottom + 1):
                g[r][left] = 1
                g[r][right] = 1
        top, left, bottom, right = top + 1, left + 1, bottom - 1, right - 1
        layer += 1
    return g


g1 = grid(50, 50, [0, 1])
g2 = grid(50, 50, [7, 7, 7, 3])
cases = [
    ([[1, 1, 1], [1, 1, 0], [1, 0, 1]], 1, 1, 2),
    ([[0, 0, 0], [0, 0, 0]], 0, 0, 0),
    ([[0, 0, 0], [0, 1, 1]], 1, 1, 1),
    ([[5]], 0, 0, 9),
    ([[5]], 0, 0, 5),
    ([[0, 1, 0, 1, 0]], 0, 2, 3),
    ([[1], [1], [0], [1]], 3, 0, 4),
    ([[1, 0, 1], [0, 1, 0], [1, 0, 1]], 1, 1, 7),
    ([[C - 1] * 4 for _ in range(3)], 2, 3, 0),
    (grid(10, 12, [0, 1, 2]), 4, 5, 2),
    (g1, 25, 25, 2),
    (g2, 0, 0, C - 1),
    ([[0] * 50 for _ in range(50)], 49, 49, 12345),
    (spiral(50, 50), 0, 0, 9),
    (spiral(50, 50), 25, 25, 1),
    (grid(50, 1, [4, 4, 4, 5]), 10, 0, 6),
    (grid(1, 50, [4, 4, 4, 5]), 0, 30, 6),
]
FunctionProblem(__file__, 'floodFill', ['int[][]', 'int', 'int', 'int'], 'int[][]', validate=validate).write(cases)
