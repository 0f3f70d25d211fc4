#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(31)


def validate(stones):
    assert 1 <= len(stones) <= 30 and all(1 <= s <= 1000 for s in stones)


cases = [
    ([2, 7, 4, 1, 8, 1],),
    ([1],),
    ([3, 3],),
    ([10, 4],),
    ([1, 1, 1],),
    ([1000, 1],),
    ([2, 2, 3, 3],),
    ([9, 3, 2, 10],),
    ([1000] * 30,),
    ([1000] * 29 + [1],),
    (list(range(1, 31)),),
    ([rng.randint(1, 1000) for _ in range(30)],),
    ([rng.randint(1, 1000) for _ in range(30)],),
    ([rng.randint(1, 10) for _ in range(30)],),
    ([rng.randint(1, 1000) for _ in range(7)],),
    ([rng.randint(500, 1000) for _ in range(29)],),
    ([31, 26, 33, 21, 40],),
]
FunctionProblem(__file__, 'lastStoneWeight', ['int[]'], 'int', validate=validate).write(cases)
