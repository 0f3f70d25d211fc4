#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(7)
N, V = 10**4, 10**4


def validate(nums, target):
    assert 1 <= len(nums) <= N and all(-V < x < V for x in nums) and -V < target < V
    assert all(nums[i] < nums[i + 1] for i in range(len(nums) - 1))


def sorted_distinct(n):
    return sorted(rng.sample(range(-V + 1, V), n))


big = sorted_distinct(N)
full = list(range(-V + 1, -V + 1 + N))
absent = sorted(set(range(-V + 1, V)) - set(big))
cases = [
    ([-1, 0, 3, 5, 9, 12], 9),
    ([-1, 0, 3, 5, 9, 12], 2),
    ([5], 5),
    ([5], -5),
    ([1, 3], 3),
    ([1, 3], 1),
    ([1, 3], 2),
    ([1, 2, 3, 4, 5, 6, 7], 7),
    ([1, 2, 3, 4, 5, 6, 7], 0),
    ([1, 2, 3, 4, 5, 6, 7], 8),
    (big, big[0]),
    (big, big[-1]),
    (big, big[rng.randrange(N)]),
    (big, rng.choice(absent)),
    (full, full[N // 2]),
    (full, V - 1),
    (sorted_distinct(777), 0),
]
FunctionProblem(__file__, 'search', ['int[]', 'int'], 'int', validate=validate).write(cases)
