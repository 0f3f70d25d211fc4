#!/usr/bin/env python3
"""Writes tests/ for gas-station (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261218)
N, V = 10**5, 10**4


def starts(gas, cost):
    """Every start that completes the lap (prefix sums: start s works when every partial sum from s is >= 0)."""
    n = len(gas)
    diff = [g - c for g, c in zip(gas, cost)]
    if sum(diff) < 0:
        return []
    pre = [0]
    for d in diff + diff:
        pre.append(pre[-1] + d)
    # start s works iff min(pre[s+1..s+n]) - pre[s] >= 0; a sliding-window minimum over 2n prefixes.
    out, dq = [], deque()
    for j in range(1, 2 * n + 1):
        while dq and pre[dq[-1]] >= pre[j]:
            dq.pop()
        dq.append(j)
        s = j - n
        if 0 <= s < n:
            while dq[0] <= s:
                dq.popleft()
            if pre[dq[0]] - pre[s] >= 0:
                out.append(s)
    return out


def validate(gas, cost):
    assert len(gas) == len(cost) and 1 <= len(gas) <= N
    assert all(0 <= x <= V for x in gas + cost)
    assert len(starts(gas, cost)) <= 1, 'more than one start works'


def unique(n, slack=0):
    """Random stations where exactly one start works: rotate a sequence whose only good start is 0."""
    while True:
        gas = [rng.randint(0, V) for _ in range(n)]
        cost = [rng.randint(0, V) for _ in range(n)]
        total = sum(gas) - sum(cost)
        if total < 0:
            gas, cost = cost, gas
            total = -total
        # Spend the surplus at one station so the total is exactly `slack` (0 makes the start unique).
        need = total - slack
        i = rng.randrange(n)
        while need > 0:
            take = min(need, V - cost[i])
            cost[i] += take
            need -= take
            i = (i + 1) % n
        if len(starts(gas, cost)) == 1:
            return gas, cost


def impossible(n):
    gas = [rng.randint(0, V) for _ in range(n)]
    cost = [min(V, g + rng.randint(0, 3)) for g in gas]
    if sum(gas) >= sum(cost):
        cost[0] = V
        gas[0] = 0
    return gas, cost


cases = [
    ([1, 2, 3, 4, 5], [3, 4, 5, 1, 2]),
    ([2, 3, 4], [3, 4, 3]),
    ([5], [4]),
    ([4], [5]),
    ([0], [0]),
    ([3, 1, 1], [1, 2, 2]),
    ([1, 2], [2, 1]),
    ([5, 1, 2, 3, 4], [4, 4, 1, 5, 1]),
    ([2, 0, 0, 0], [0, 1, 1, 1]),
    unique(20),
    unique(1000),
    unique(N),
    unique(N),
    impossible(N),
    ([0] * (N - 10) + [V] * 10, [1] * (N - 10) + [V - (N - 10) // 10] * 10),
    ([V] + [0] * (N - 1), [0] * (N - 1) + [V]),
    ([V - 1] * (N * 4 // 5 - 1) + [V], [V] * (N * 4 // 5)),
]
FunctionProblem(__file__, 'canCompleteCircuit', ['int[]', 'int[]'], 'int', validate=validate).write(cases)
