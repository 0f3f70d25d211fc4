#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(64)
V = 10**4


def validate(nums, k):
    assert 1 <= len(nums) <= 10**5 and all(-V <= x <= V for x in nums)
    freq = sorted(Counter(nums).values(), reverse=True)
    assert 1 <= k <= len(freq)
    assert k == len(freq) or freq[k - 1] > freq[k], 'answer is not unique'


def canon(res):
    return sorted(res)


def with_counts(counts, values=None):
    if values is None:
        values = rng.sample(range(-V, V + 1), len(counts))
    a = [v for v, c in zip(values, counts) for _ in range(c)]
    rng.shuffle(a)
    return a


def unique_k(nums):
    freq = sorted(Counter(nums).values(), reverse=True)
    ks = [k for k in range(1, len(freq) + 1) if k == len(freq) or freq[k - 1] > freq[k]]
    return ks


big_counts = [rng.randint(1, 20) for _ in range(5000)]
big = with_counts(big_counts)
ks = unique_k(big)
cases = [
    ([1, 1, 1, 2, 2, 3], 2),
    ([1], 1),
    ([4, 4, -1], 1),
    ([5, 6], 2),
    ([3, 0, 1, 0], 1),
    ([1, 2, 2, 3, 3, 3, 4, 4, 4, 4], 3),
    ([-V, -V, V], 2),
    (with_counts([10, 9, 8, 1, 1, 1]), 3),
    (with_counts(list(range(1, 101))), 10),
    (with_counts(list(range(1, 101))), 100),
    (big, ks[len(ks) // 2]),
    (big, ks[0]),
    (with_counts([1] * 20001, list(range(-V, V + 1))), 20001),
    (with_counts([50000] + [2] * 20000 + [1] * 0, [0] + [x for x in range(-V, V + 1) if x != 0])[:10**5], 1),
    (with_counts(list(range(1, 447))), 200),
    (with_counts([99999, 1]), 1),
]
FunctionProblem(__file__, 'topKFrequent', ['int[]', 'int'], 'int[]', canon=canon, validate=validate).write(cases)
