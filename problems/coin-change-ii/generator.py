#!/usr/bin/env python3
"""Writes tests/ for coin-change-ii (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261213)
A, C, V = 5000, 300, 5000


def ways(amount, coins):
    dp = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            dp[a] += dp[a - c]
    return dp


def validate(amount, coins):
    assert 0 <= amount <= A and 1 <= len(coins) <= C and len(set(coins)) == len(coins)
    assert all(1 <= c <= V for c in coins)
    assert max(ways(amount, coins)) < 2**31, 'an intermediate count does not fit 32 bits'


def fitting(coins, hi):
    """The largest amount <= hi whose count, and every smaller one, fits 32 bits."""
    dp = ways(hi, coins)
    best = 0
    for a in range(hi + 1):
        if dp[a] >= 2**31:
            break
        best = a
    return best


big = sorted(rng.sample(range(100, V + 1), C))
mid = sorted(rng.sample(range(20, 400), 40))
cases = [
    (5, [1, 2, 5]),
    (3, [2]),
    (10, [10]),
    (0, [7]),
    (0, [1, 2]),
    (1, [2, 3]),
    (7, [2, 4, 6]),
    (A, [V]),
    (A, [1]),
    (100, [1, 5, 10, 25, 50]),
    (500, [3, 5, 7, 8, 9, 10, 11]),
    (fitting(big, A), big),
    (A, big[C // 2:]),
    (fitting(mid, A), mid),
    (fitting([1, 2, 5, 10, 20, 50, 100, 200], A), [200, 100, 50, 20, 10, 5, 2, 1]),
    (fitting(list(range(1, 11)), A), list(range(10, 0, -1))),
    (fitting([2, 4, 8, 16, 32, 64], A - 1) | 1, [2, 4, 8, 16, 32, 64]),
    (fitting([2, 4, 8, 16, 32, 64], A - 1) & ~1, [2, 4, 8, 16, 32, 64]),
    (A, [V - i for i in range(C)]),
]
FunctionProblem(__file__, 'change', ['int', 'int[]'], 'int', validate=validate).write(cases)
