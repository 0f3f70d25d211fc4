#!/usr/bin/env python3
"""Writes tests/ for find-the-duplicate-number (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261205)
N = 10**5


def validate(nums):
    n = len(nums) - 1
    assert 1 <= n <= N and all(1 <= x <= n for x in nums)
    repeated = [v for v, c in Counter(nums).items() if c > 1]
    assert len(repeated) == 1


def make(n, dup, copies, order='shuffle'):
    """n + 1 values in [1, n]: dup `copies` times, then distinct others."""
    others = [v for v in range(1, n + 1) if v != dup]
    rng.shuffle(others)
    nums = [dup] * copies + others[:n + 1 - copies]
    if order == 'shuffle':
        rng.shuffle(nums)
    elif order == 'sorted':
        nums.sort()
    elif order == 'dup-last':
        rest = [x for x in nums if x != dup]
        rng.shuffle(rest)
        nums = rest + [dup] * copies
    return nums


def long_cycle(n):
    """One long walk from index 0 and a long cycle: 0 -> ... -> d -> ... -> d."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    nums = [0] * (n + 1)
    cur = 0
    for v in order:
        nums[cur] = v
        cur = v
    nums[cur] = order[n // 2]
    return nums


cases = [
    ([1, 3, 4, 2, 2],),
    ([3, 1, 3, 4, 2],),
    ([3, 3, 3, 3, 3],),
    ([1, 1],),
    ([1, 1, 2],),
    ([2, 2, 2],),
    ([2, 1, 2],),
    ([1, 4, 4, 2, 4],),
    ([2, 5, 9, 6, 9, 3, 8, 9, 7, 1],),
    (make(50, 1, 2),),
    (make(50, 50, 10),),
    (make(1000, 500, 400, 'sorted'),),
    (make(10000, 1, 2),),
    (make(10000, 10000, 2, 'dup-last'),),
    (make(10000, 7777, 3),),
    ([10000] * 10001,),
    (make(10000, 2, 2, 'sorted'),),
    # the largest size: the two copies at the very end (all pairs are compared), many copies, one long cycle
    (make(N, 12345, 2, 'dup-last'),),
    (make(N, 4242, N // 2),),
    (long_cycle(N),),
]
FunctionProblem(__file__, 'findDuplicate', ['int[]'], 'int', validate=validate).write(cases)
