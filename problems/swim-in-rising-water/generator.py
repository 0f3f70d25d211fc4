#!/usr/bin/env python3
"""Writes tests/ for swim-in-rising-water (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261221)
N = 50


def validate(grid):
    n = len(grid)
    assert 1 <= n <= N and all(len(r) == n for r in grid)
    assert sorted(v for r in grid for v in r) == list(range(n * n))


def shuffled(n):
    vals = list(range(n * n))
    rng.shuffle(vals)
    return [vals[i * n:(i + 1) * n] for i in range(n)]


def ranked(n, score):
    """Cells ranked by score(i, j) plus noise: low scores get low heights."""
    cells = sorted(((score(i, j) + rng.random() * 0.5, i, j) for i in range(n) for j in range(n)))
    grid = [[0] * n for _ in range(n)]
    for h, (_, i, j) in enumerate(cells):
        grid[i][j] = h
    return grid


def snake(n):
    """A low corridor that winds left and right down the field; walls between its rows are high."""
    def score(i, j):
        if i % 4 == 0:
            return 0
        if i % 4 == 2:
            return 0
        if i % 4 == 1:
            return 0 if j == n - 1 else 10
        return 0 if j == 0 else 10
    return ranked(n, score)


def spiral_order(n):
    grid = [[0] * n for _ in range(n)]
    top, left, bottom, right, v = 0, 0, n - 1, n - 1, 0
    while top <= bottom and left <= right:
        for j in range(left, right + 1):
            grid[top][j] = v
            v += 1
        for i in range(top + 1, bottom + 1):
            grid[i][right] = v
            v += 1
        if top < bottom:
            for j in range(right - 1, left - 1, -1):
                grid[bottom][j] = v
                v += 1
        if left < right:
            for i in range(bottom - 1, top, -1):
                grid[i][left] = v
                v += 1
        top, left, bottom, right = top + 1, left + 1, bottom - 1, right - 1
    return grid


cases = [
    ([[0, 2], [1, 3]],),
    ([[0, 1, 2, 3, 4], [24, 23, 22, 21, 5], [12, 13, 14, 15, 16], [11, 17, 18, 19, 20], [10, 9, 8, 7, 6]],),
    ([[0]],),
    ([[3, 2], [0, 1]],),
    ([[0, 3], [2, 1]],),
    ([[0, 1, 2], [7, 8, 3], [6, 5, 4]],),
    ([[8, 0, 1], [2, 6, 5], [3, 4, 7]],),
    (shuffled(3),),
    (shuffled(10),),
    (snake(7),),
    (snake(N),),
    (snake(N - 1),),
    (spiral_order(N),),
    (shuffled(N),),
    (ranked(N, lambda i, j: abs(i - j)),),
    (ranked(N, lambda i, j: -(i + j)),),
    (ranked(N, lambda i, j: i + j),),
    ([[i * N + j for j in range(N)] for i in range(N)],),
]
FunctionProblem(__file__, 'swimInWater', ['int[][]'], 'int', validate=validate).write(cases)
