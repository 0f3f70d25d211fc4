#!/usr/bin/env python3
"""Writes tests/ for hand-of-straights (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261208)
N, V = 10**4, 10**9


def validate(hand, size):
    assert 1 <= len(hand) <= N and all(0 <= x <= V for x in hand) and 1 <= size <= len(hand)


def runs(count, size, lo, hi):
    """count runs of `size` consecutive values starting in [lo, hi - size + 1], shuffled together."""
    hand = []
    for _ in range(count):
        start = rng.randint(lo, hi - size + 1)
        hand.extend(range(start, start + size))
    rng.shuffle(hand)
    return hand


def spoil(hand):
    """Moves one card by one, which usually breaks the split."""
    hand = hand[:]
    i = rng.randrange(len(hand))
    hand[i] = hand[i] + 1 if hand[i] < V else hand[i] - 1
    return hand


big3 = runs(N // 3, 3, 0, 500)
big_wide = runs(N // 100, 100, 0, 5000)
cases = [
    ([1, 2, 3, 6, 2, 3, 4, 7, 8], 3),
    ([1, 2, 3, 4, 5], 4),
    ([5], 1),
    ([0, 0], 2),
    ([1, 2, 2, 3, 3, 4], 3),
    ([1, 1, 2, 2, 3, 3], 3),
    ([1, 2, 3, 4, 5, 6], 2),
    ([1, 3], 2),
    ([V - 1, V], 2),
    ([8, 10, 12], 3),
    ([3, 2, 1, 2, 3, 4, 3, 4, 5, 9, 10, 11], 3),
    (runs(10, 4, 0, 20), 4),
    (spoil(runs(10, 4, 0, 20)), 4),
    ([rng.randint(0, V) for _ in range(N)], 1),
    (list(range(V - N + 1, V + 1)), N),
    (list(range(V - N + 1, V)) + [V - N - 1], N),
    (big3, 3),
    (spoil(big3), 3),
    (big_wide, 100),
    (spoil(big_wide), 100),
    (runs(N // 2, 2, 0, 3), 2),
    ([7] * N, 2),
    (runs(N // 5, 5, V - 100, V), 5),
]
FunctionProblem(__file__, 'isNStraightHand', ['int[]', 'int'], 'bool', validate=validate).write(cases)
