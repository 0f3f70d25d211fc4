#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(1492)


def validate(grid):
    m, n = len(grid), len(grid[0])
    assert 1 <= m <= 300 and 1 <= n <= 300 and all(len(r) == n for r in grid)
    assert all(c in '01' for r in grid for c in r)


def rg(m, n, p):
    return [['1' if rng.random() < p else '0' for _ in range(n)] for _ in range(m)]


def snake(m, n):
    g = [['0'] * n for _ in range(m)]
    for i in range(m):
        if i % 2 == 0:
            g[i] = ['1'] * n
        else:
            g[i][n - 1 if i % 4 == 1 else 0] = '1'
    return g


def checker(m, n):
    return [['1' if (i + j) % 2 == 0 else '0' for j in range(n)] for i in range(m)]


cases = [
    ([list('11110'), list('11010'), list('11000'), list('00000')],),
    ([list('11000'), list('11000'), list('00100'), list('00011')],),
    ([['0']],),
    ([['1']],),
    ([list('101')],),
    ([['1'], ['0'], ['1'], ['1']],),
    ([list('111'), list('010'), list('111')],),
    ([list('10101'), list('01010'), list('10101')],),
    (rg(20, 30, 0.5),),
    (rg(300, 300, 0.3),),
    (rg(300, 300, 0.55),),
    (rg(300, 300, 0.7),),
    ([['1'] * 300 for _ in range(300)],),
    ([['0'] * 300 for _ in range(300)],),
    (checker(300, 300),),
    (snake(300, 300),),
    (rg(1, 300, 0.5),),
    (rg(300, 1, 0.5),),
]
FunctionProblem(__file__, 'numIslands', ['char[][]'], 'int', validate=validate).write(cases)
