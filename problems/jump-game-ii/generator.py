#!/usr/bin/env python3
"""Writes tests/ for jump-game-ii (run with /usr/bin/python3). The last pad is always reachable."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261207)
N, V = 10**4, 1000


def validate(nums):
    assert 1 <= len(nums) <= N and all(0 <= x <= V for x in nums)
    reach = 0
    for i, x in enumerate(nums):
        assert i <= reach, 'the last pad must be reachable'
        reach = max(reach, i + x)


def reachable(n, lo, hi):
    """Random jumps in [lo, hi], with a few raised so every pad stays reachable."""
    nums = [rng.randint(lo, hi) for _ in range(n)]
    reach = 0
    for i in range(n):
        if i > reach:
            j = rng.randint(max(0, i - 5), i - 1) if i > 0 else 0
            while j + nums[j] < i:
                nums[j] = min(V, i - j + rng.randint(0, 3))
            reach = max(reach, j + nums[j])
        reach = max(reach, i + nums[i])
    return nums


cases = [
    ([2, 3, 1, 1, 4],),
    ([2, 3, 0, 1, 4],),
    ([0],),
    ([1, 2],),
    ([5, 0, 0],),
    ([1, 1, 1, 1],),
    ([3, 2, 1, 1, 1],),
    ([1, 2, 1, 1, 1],),
    ([2, 1, 1, 3],),
    ([4, 1, 1, 3, 1, 1, 1],),
    ([1] * N,),
    ([2] * N,),
    ([V] * N,),
    ([V] + [0] * V,),
    ([max(1, V - i // 10) for i in range(N)],),
    ([V - i % V if i % V else V for i in range(N)],),
    (reachable(N, 0, 3),),
    (reachable(N, 0, 50),),
    (reachable(N, 1, V),),
    ([1 if i % 7 else 7 for i in range(N)],),
    (reachable(200, 0, 2),),
]
FunctionProblem(__file__, 'jump', ['int[]'], 'int', validate=validate).write(cases)
